import { afterAll, describe, expect, it } from 'vitest';
import { cargoToml } from '../src/discover/extractors/cargo-toml.js';
import { composerJson } from '../src/discover/extractors/composer-json.js';
import { goMod } from '../src/discover/extractors/go-mod.js';
import { rubyGemfile } from '../src/discover/extractors/ruby-gemfile.js';
import { brief, extractOne } from './helpers/extract.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

describe('Gemfile', () => {
  const gemfile = [
    "source 'https://rubygems.org'", // 1
    "git_source(:github) { |repo| \"https://github.com/#{repo}.git\" }", // 2
    "ruby '3.3.0'", // 3
    'gemspec', // 4
    '', // 5
    "gem 'rails', '~> 7.1'", // 6
    'gem "pg", ">= 1.5", "< 2" # the database', // 7
    "# gem 'mysql2'", // 8
    "gem 'sidekiq',", // 9
    '    require: false', // 10
    "gem('stripe')", // 11
    '', // 12
    'group :development, :test do', // 13
    "  gem 'rspec-rails'", // 14
    "  gem 'redis', group: :production", // 15
    '  platforms :mri do', // 16
    "    gem 'mongo'", // 17
    '  end', // 18
    'end', // 19
    '', // 20
    'group :production do', // 21
    "  gem 'dalli'", // 22
    'end', // 23
    "gem 'bunny', group: :test", // 24
    "gem 'twilio-ruby', groups: [:development, :test]", // 25
    "gem 'resend', :groups => %i[test development]", // 26
    "gem 'rdkafka', groups: %w[test staging]", // 27
    "if ENV['WITH_OPENAI']", // 28
    "  gem 'ruby-openai'", // 29
    'end', // 30
    "gem 'dynamoid' if ENV['AWS']", // 31
    'mongoid_name = "mongoid"', // 32
    'gem mongoid_name', // 33
    '=begin', // 34
    "gem 'aws-sdk-s3'", // 35
    '=end', // 36
    'group :migrations, optional: true do', // 37
    "  gem 'trilogy'", // 38
    'end', // 39
    'unless RUBY_PLATFORM.include?("java")', // 40
    "  gem 'hiredis'", // 41
    'end', // 42
  ].join('\n');

  it('reads gem calls with their lines, versions and group scope', async () => {
    const { signals, warnings } = await extractOne(rubyGemfile, 'Gemfile', gemfile);
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual([
      'package:rails@6',
      'package:pg@7',
      'package:sidekiq@9',
      'package:stripe@11',
      'package:rspec-rails@14/dev',
      // a production group on the gem line outweighs the enclosing development/test block
      'package:redis@15',
      'package:mongo@17/dev',
      'package:dalli@22',
      'package:bunny@24/dev',
      'package:twilio-ruby@25/dev',
      'package:resend@26/dev',
      'package:rdkafka@27',
      // Installed only when an environment variable opts in (importers, optional features).
      'package:ruby-openai@29/dev',
      'package:dynamoid@31/dev',
      // An optional group is left out of `bundle install` unless asked for.
      'package:trilogy@38/dev',
      // A condition on anything but the environment says nothing about production.
      'package:hiredis@41',
    ]);
    expect(signals.find((s) => s.name === 'trilogy')!.detail).toBe('gem "trilogy" (group migrations) (optional)');
    const pg = signals.find((s) => s.name === 'pg')!;
    expect(pg).toMatchObject({ ecosystem: 'gem', version: '>= 1.5, < 2', detail: 'gem "pg" >= 1.5, < 2', source: 'gem' });
    expect(signals.find((s) => s.name === 'redis')!.detail).toBe('gem "redis" (group development, test, production)');
  });

  it('warns with the line of an unterminated string, a stray end and an unclosed block, and keeps reading', async () => {
    const text = ["gem 'pg", "gem 'redis'", 'end', 'group :test do', "  gem 'rspec'"].join('\n');
    const { signals, warnings } = await extractOne(rubyGemfile, 'api/Gemfile', text);
    expect(brief(signals)).toEqual(['package:redis@2', 'package:rspec@5/dev']);
    expect(warnings).toEqual([
      { path: 'api/Gemfile', line: 1, message: 'unterminated string; line skipped' },
      { path: 'api/Gemfile', line: 3, message: '`end` without an open block' },
      { path: 'api/Gemfile', line: 4, message: 'block is never closed with `end`' },
    ]);
  });

  it('reads gems.rb but not Gemfile.lock or gemspecs', () => {
    expect(rubyGemfile.matches('gems.rb')).toBe(true);
    expect(rubyGemfile.matches('apps/web/Gemfile')).toBe(true);
    expect(rubyGemfile.matches('Gemfile.lock')).toBe(false);
    expect(rubyGemfile.matches('shop.gemspec')).toBe(false);
  });
});

describe('go.mod', () => {
  const gomod = [
    'module example.com/shop', // 1
    '', // 2
    'go 1.22', // 3
    'toolchain go1.22.3', // 4
    '', // 5
    'require github.com/jackc/pgx/v5 v5.5.0', // 6
    '', // 7
    'require (', // 8
    '\tgithub.com/redis/go-redis/v9 v9.5.1', // 9
    '\tcloud.google.com/go/pubsub/v2 v2.0.0 // indirect', // 10
    '\t"github.com/aws/aws-sdk-go-v2/service/sqs" v1.31.0', // 11
    '\tgopkg.in/mgo.v2 v2.0.0-20190816093944-a6b53ec6cb22', // 12
    '\tgithub.com/stretchr/testify v1.9.0 // test helpers', // 13
    ')', // 14
    '', // 15
    'replace github.com/lib/pq => ../pq', // 16
    'exclude github.com/go-sql-driver/mysql v1.7.0', // 17
    'retract v1.0.1', // 18
    'replace (', // 19
    '\tgithub.com/gomodule/redigo => github.com/gomodule/redigo v1.9.0', // 20
    ')', // 21
  ].join('\n');

  it('reads single and block requires with versions, marking indirect ones', async () => {
    const { signals, warnings } = await extractOne(goMod, 'go.mod', gomod);
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual([
      'package:github.com/jackc/pgx/v5@6',
      'package:github.com/redis/go-redis/v9@9',
      'package:cloud.google.com/go/pubsub/v2@10',
      'package:github.com/aws/aws-sdk-go-v2/service/sqs@11',
      'package:gopkg.in/mgo.v2@12',
      'package:github.com/stretchr/testify@13',
      // The module as a workspace package: what it requires directly (not the indirect pins).
      'workspace:example.com/shop@1',
    ]);
    expect(signals.find((s) => s.kind === 'workspace')!.refs).not.toContain('cloud.google.com/go/pubsub/v2');
    expect(signals.map((s) => s.detail)).toContain('require cloud.google.com/go/pubsub/v2 v2.0.0 (indirect)');
    expect(signals.find((s) => s.line === 13)!.detail).toBe('require github.com/stretchr/testify v1.9.0');
    expect(signals.every((s) => s.scope === 'prod' && (s.kind === 'workspace' || s.ecosystem === 'go'))).toBe(true);
  });

  it('warns about a malformed entry and an unclosed block with their lines', async () => {
    const text = ['module x', 'require (', '\tgithub.com/lib/pq', '\tgithub.com/jackc/pgx/v5 v5.5.0', 'requires foo v1'].join('\n');
    const { signals, warnings } = await extractOne(goMod, 'svc/go.mod', text);
    expect(brief(signals)).toEqual(['package:github.com/jackc/pgx/v5@4', 'workspace:x@1']);
    expect(warnings).toEqual([
      { path: 'svc/go.mod', line: 3, message: 'require entry needs a module path and a version, found 1 word' },
      // `requires foo v1` sits inside the unclosed block, so it is read as an entry of it
      { path: 'svc/go.mod', line: 5, message: 'require entry needs a module path and a version, found 3 words' },
      { path: 'svc/go.mod', line: 2, message: 'require block is never closed with ")"' },
    ]);
  });
});

describe('composer.json', () => {
  it('reads require and require-dev with key lines, skipping php itself', async () => {
    const text = [
      '{', // 1
      '  "name": "acme/shop",', // 2
      '  "require": {', // 3
      '    "php": "^8.2",', // 4
      '    "ext-pgsql": "*",', // 5
      '    "predis/predis": "^2.2",', // 6
      '    "php-64bit": "*"', // 7
      '  },', // 8
      '  "require-dev": {', // 9
      '    "stripe/stripe-php": "^13.0"', // 10
      '  },', // 11
      '  "suggest": { "ext-redis": "faster cache" }', // 12
      '}', // 13
    ].join('\n');
    const { signals, warnings } = await extractOne(composerJson, 'composer.json', text);
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual(['package:ext-pgsql@5', 'package:predis/predis@6', 'package:stripe/stripe-php@10/dev']);
    expect(signals[1]!.detail).toBe('require "predis/predis" ^2.2');
  });

  it('warns with the line of invalid JSON and of a require that is not an object', async () => {
    const broken = await extractOne(composerJson, 'composer.json', '{\n  "require": {\n    "ext-pgsql": "*",,\n  }\n}');
    expect(broken.warnings).toEqual([{ path: 'composer.json', line: 3, message: 'invalid JSON: property name expected' }]);
    const wrongShape = await extractOne(composerJson, 'composer.json', '{\n  "require": ["ext-pgsql"]\n}');
    expect(wrongShape.signals).toEqual([]);
    expect(wrongShape.warnings).toEqual([{ path: 'composer.json', line: 2, message: '"require" is not an object of package constraints' }]);
  });
});

describe('Cargo.toml', () => {
  const cargo = [
    '[package]', // 1
    'name = "shop"', // 2
    'version = "0.1.0"', // 3
    '', // 4
    '[dependencies]', // 5
    'tokio = { version = "1", features = ["full"] }', // 6
    'sqlx = { version = "0.7", features = ["runtime-tokio", "postgres"] }', // 7
    'cache = { package = "redis", version = "0.25" }', // 8
    'serde = "1"', // 9
    '', // 10
    '[dependencies.async-stripe]', // 11
    'version = "0.34"', // 12
    'features = [', // 13
    '  "runtime-tokio-hyper",', // 14
    ']', // 15
    '', // 16
    '[dev-dependencies]', // 17
    'mongodb = "2"', // 18
    '', // 19
    '[build-dependencies]', // 20
    'lapin = "2"', // 21
    '', // 22
    "[target.'cfg(unix)'.dependencies]", // 23
    'rdkafka = "0.36"', // 24
    '', // 25
    '[workspace.dependencies]', // 26
    'aws-sdk-s3 = "1"', // 27
    '', // 28
    '[patch.crates-io]', // 29
    'tiberius = { git = "https://example.com/tiberius" }', // 30
  ].join('\n');

  it('reads every dependency table with scope, renames and one crate[feature] per feature', async () => {
    const { signals, warnings } = await extractOne(cargoToml, 'Cargo.toml', cargo);
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual([
      'package:tokio@6',
      'package:tokio[full]@6',
      'package:sqlx@7',
      'package:sqlx[runtime-tokio]@7',
      'package:sqlx[postgres]@7',
      'package:redis@8',
      'package:serde@9',
      'package:async-stripe@11',
      'package:async-stripe[runtime-tokio-hyper]@13',
      'package:mongodb@18/dev',
      'package:lapin@21/dev',
      'package:rdkafka@24',
      // The crate as a workspace package, by name and by folder (for members' `path =` references).
      'workspace:shop@2',
      'workspace:cargo-path:@2',
    ]);
    // [workspace.dependencies] only pins versions for members (line 27 is never a signal).
    expect(signals.some((s) => s.name === 'aws-sdk-s3')).toBe(false);
    expect(signals.find((s) => s.name === 'redis')!.detail).toBe('dependencies "redis" 0.25 (as "cache")');
    expect(signals.find((s) => s.name === 'sqlx[postgres]')).toMatchObject({ version: '0.7', detail: 'dependencies "sqlx" feature "postgres" 0.7' });
  });

  it('warns with the line of a TOML syntax error and of a dependency that is neither string nor table', async () => {
    const broken = await extractOne(cargoToml, 'Cargo.toml', '[dependencies]\nredis = "0.25"\nredis = "0.26"\npostgres = "0.19"\n');
    expect(broken.signals).toEqual([]);
    expect(broken.warnings).toEqual([{ path: 'Cargo.toml', line: 3, message: 'invalid TOML: trying to redefine an already defined table or value' }]);
    const odd = await extractOne(cargoToml, 'Cargo.toml', '[dependencies]\nredis = 25\npostgres = "0.19"\n');
    expect(brief(odd.signals)).toEqual(['package:postgres@3']);
    expect(odd.warnings).toEqual([{ path: 'Cargo.toml', line: 2, message: '[dependencies] "redis" is neither a version string nor a table' }]);
  });
});

describe('through the real scan and catalog', () => {
  it('turns Ruby, Go, PHP and Rust manifests into the right services, leaving dev-only ones out', async () => {
    const result = await scanFiles({
      'Gemfile': ["source 'https://rubygems.org'", "gem 'pg'", 'group :test do', "  gem 'stripe'", 'end'].join('\n'),
      'services/worker/go.mod': ['module acme/worker', 'require (', '\tgithub.com/jackc/pgx/v5 v5.5.0', '\tcloud.google.com/go/pubsub/v2 v2.0.0', '\tgithub.com/aws/aws-sdk-go-v2/service/sqs v1.31.0 // indirect', ')'].join('\n'),
      'web/composer.json': '{\n  "require": {\n    "php": "^8.2",\n    "predis/predis": "^2"\n  },\n  "require-dev": { "stripe/stripe-php": "^13" }\n}',
      'engine/Cargo.toml': ['[dependencies]', 'sqlx = { version = "0.7", features = ["mysql"] }', 'tokio-postgres = "0.7"', '', '[dev-dependencies]', 'async-stripe = "0.34"'].join('\n'),
    });
    expect(result.warnings).toEqual([]);
    expect(evidenceById(result)).toEqual({
      'aws-sqs': ['services/worker/go.mod:5'],
      'google-pubsub': ['services/worker/go.mod:4'],
      mysql: ['engine/Cargo.toml:2'],
      postgresql: ['Gemfile:2', 'engine/Cargo.toml:3', 'services/worker/go.mod:3'],
      redis: ['web/composer.json:4'],
    });
  });

  it('does not take look-alike names for services', async () => {
    const result = await scanFiles({
      // pgx-zerolog is a logger adapter, redis-mock a test double; sqlx without a database feature picks none
      'go.mod': 'module x\nrequire github.com/jackc/pgx-zerolog v0.0.0-20230315001418-f978528409eb\n',
      'Gemfile': "gem 'redis-mock'\ngem 'pg_search_light'\n",
      'Cargo.toml': '[dependencies]\nsqlx = { version = "0.7", features = ["runtime-tokio"] }\npostgres-types = "0.2"\n',
      'composer.json': '{"require": {"ext-json": "*", "stripe/stripe-php-mock": "1"}}',
    });
    expect(result.warnings).toEqual([]);
    expect(evidenceById(result)).toEqual({});
  });
});
