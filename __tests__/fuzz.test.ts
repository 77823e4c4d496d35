import fc from 'fast-check';
import { stringify as toToml } from 'smol-toml';
import { stringify as toYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseConfigFile } from '../src/config/file.js';
import { ConfigError } from '../src/config/schema.js';
import { EXTRACTORS } from '../src/discover/extractors/index.js';
import type { Extractor, Signal } from '../src/discover/types.js';
import { insertScenarios } from '../src/draft/insert.js';
import type { DraftedScenario } from '../src/draft/stub.js';
import { parsePlan } from '../src/plan/parse.js';
import { useFuzzSeed } from './helpers/fuzz-seed.js';

useFuzzSeed();

/**
 * Property tests over every parser entry point: whatever the bytes, nothing throws (except
 * ConfigError from the config parser), evidence lines stay inside the file, and inserting
 * stubs keeps every byte of the plan. Inputs are small (300 characters) so 10,000 runs per
 * entry point stay fast; the generators splice manifest fragments so parsers go deep.
 */

const RUNS = 10_000;
const MAX = 300;

/** Paths the extractors are known to claim; each extractor is fuzzed through one path per file format. */
const CANDIDATE_PATHS = [
  'package.json', '.env.example', 'docker-compose.yml', 'k8s/deployment.yaml', 'charts/app/Chart.yaml',
  'charts/app/values.yaml', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'gradle/libs.versions.toml',
  'prisma/schema.prisma', 'requirements.txt', 'pyproject.toml', 'Pipfile', 'vercel.json', 'wrangler.toml', 'wrangler.jsonc', 'netlify.toml',
  'fly.toml', 'railway.json', 'railway.toml', 'render.yaml', 'app.json', 'Procfile', 'serverless.yml',
  'firebase.json', 'supabase/config.toml', 'Gemfile', 'go.mod', 'composer.json', 'Cargo.toml',
  'template.yaml', 'cloudformation/stack.yaml', 'infra/main.tf',
  'Dockerfile', 'heroku.yml', 'src/main/resources/application.yml', 'src/main/resources/application.properties',
  '.github/workflows/deploy.yml', 'config/custom-environment-variables.json', 'railpack.json', '.env.railway',
  'config/environments/production.rb', 'config/database.yml', 'src/Api/Api.csproj', 'packages.config', 'mix.exs',
  '.env.development', 'config/initializers/mail.rb', 'ecs/taskdef.json', 'aws/app/ecs_task/web.json.tpl',
  'src/Api/appsettings.json', 'config/shop.yml', 'config/runtime.exs', 'config/deploy/production/web.yaml.erb',
  'helmfile/overrides/api.yaml.gotmpl', 'config/database.yml.sample', '.replit',
];

function extension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.includes('.') ? name.slice(name.lastIndexOf('.')) : name;
}

/** One claimed path per distinct extension (railway.json and railway.toml go through different parsers). */
function pathsFor(extractor: Extractor): string[] {
  const byExtension = new Map<string, string>();
  for (const path of CANDIDATE_PATHS) if (extractor.matches(path) && !byExtension.has(extension(path))) byExtension.set(extension(path), path);
  return [...byExtension.values()];
}

/** Tokens of the manifest languages the extractors read, spliced at random so parsers get past their first byte. */
const FRAGMENTS = [
  // JSON
  '{', '}', '[', ']', ':', ',', '"dependencies"', '"devDependencies"', '"require"', '"pg"', '"^8.0.0"', '"redis"', 'null', 'true', '1e999', '-0',
  '"env"', '"build"', '"services"', '"\\u0000"', '"\\ud800"', '//', '/*', '*/',
  // YAML
  'services:', 'image: postgres:16', 'image: ', 'environment:', '- DATABASE_URL=postgres://u:p@h/db', '- ', '  ', '    ', '&a ', '*a', '<<: *a', '---', '...',
  'apiVersion: v1', 'kind: Deployment', 'kind: Cluster', 'spec:', 'containers:', 'template:', 'dependencies:', 'name: redis', 'condition: redis.enabled',
  'enabled: true', 'repository: https://charts.bitnami.com', '!Ref ', '!GetAtt ', 'Type: AWS::RDS::DBInstance', 'Resources:', 'provider:', '? ', '|', '>-', '%YAML 1.2', '!!binary ',
  // TOML
  '[dependencies]', '[[services]]', '[tool.poetry.dependencies]', '[project]', 'dependencies = ["psycopg2>=2"]', 'key = "value"', '"""', "'''", '= ', '[build.environment]',
  'project_id = "x"', '[packages]', 'redis = "*"', '[libraries]', 'pg = { module = "org.postgresql:postgresql" }', 'app = "x"', '[env]',
  // XML
  '<project>', '</project>', '<dependencies>', '<dependency>', '<groupId>org.postgresql</groupId>', '<artifactId>postgresql</artifactId>', '<scope>test</scope>', '<!--', '-->', '<![CDATA[', ']]>', '&amp;', '&x;', '<?xml version="1.0"?>',
  // Gradle, Ruby, Go, Prisma, Procfile, requirements
  'dependencies {', 'implementation("org.postgresql:postgresql:42.7.0")', "implementation 'redis.clients:jedis:5'", 'platform(', ')', '(', 'libs.pg',
  "gem 'pg'", 'gem "redis", "~> 5"', 'group :test do', 'end', 'require (', 'github.com/jackc/pgx/v5 v5.5.0', 'module x', 'replace ', '=>',
  'datasource db {', 'provider = "postgresql"', 'url = env("DATABASE_URL")', 'web: node server.js', 'worker: celery -A app worker', 'psycopg2-binary==2.9', '-r other.txt', '-e .', '\\',
  // env
  'DATABASE_URL=', 'REDIS_URL=redis://localhost:6379', 'export ', 'STRIPE_SECRET_KEY=sk_live_x', '#', '${', '{{', '}}', '%',
  // whitespace and oddities
  '\n', '\r\n', '\r', '\t', '\uFEFF', '\u2028', '\u0000', "'", '"', '`', '=', 'é', '🙂', '\uD800',
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
);
const spliced = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join('').slice(0, MAX * 2));
const anyUnicode = fc.string({ unit: 'binary', maxLength: MAX });

/** Keys manifests nest their facts under, so random values land where extractors look. */
const MANIFEST_KEYS = [
  'dependencies', 'devDependencies', 'services', 'spec', 'containers', 'env', 'image', 'environment', 'tool', 'poetry', 'project',
  'require', 'build', 'provider', 'Resources', 'packages', 'libraries', 'plugins', 'kind', 'apiVersion', 'template', 'values', 'redis', 'postgresql',
];
const shapedValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('postgres:16', 'redis', 'postgres://user:pw@db:5432/app', 'pg', '^8', 'Deployment', 'v1', true, 'AWS::RDS::DBInstance'),
    fc.dictionary(fc.constantFrom(...MANIFEST_KEYS), tie('value'), { maxKeys: 3 }),
    fc.array(tie('value'), { maxLength: 3 }),
  ),
})).value;
const shapedObject = fc.dictionary(fc.constantFrom(...MANIFEST_KEYS), shapedValue, { maxKeys: 4 });

/** A manifest-shaped object written as JSON, YAML or TOML (whichever the target format is, others are noise). */
const shaped = fc.tuple(shapedObject, fc.constantFrom('json', 'yaml', 'toml')).map(([object, format]) => {
  try {
    if (format === 'json') return JSON.stringify(object, null, 2);
    if (format === 'yaml') return toYaml(object);
    return toToml(object as Record<string, unknown>);
  } catch {
    return JSON.stringify(object); // TOML has no null; such objects are fed as JSON
  }
});

const manifestText = fc.oneof(anyUnicode, spliced, shaped);

/** The largest 1-based line a parser may point at: lines split at \n, \r\n or a lone \r. */
function maxLine(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** Evidence points into the file itself, or into a sibling it read (a requirements file's `-r other.txt`). */
function expectSaneSignal(signal: Signal, path: string, text: string, siblingsRead: number, sibling: string | undefined): void {
  const source = signal.path === path ? text : sibling;
  if (signal.path !== path) expect(siblingsRead, `evidence in ${signal.path} without reading it`).toBeGreaterThan(0);
  expect(Number.isInteger(signal.line) && signal.line >= 1 && signal.line <= maxLine(source ?? ''), `line ${signal.line} of ${maxLine(source ?? '')}`).toBe(true);
  expect(typeof signal.name).toBe('string');
  expect(typeof signal.detail).toBe('string');
}

describe('fuzz: every extractor survives any input', () => {
  const targets = EXTRACTORS.flatMap((extractor) => pathsFor(extractor).map((path) => ({ extractor, path })));

  it('every registered extractor claims one of the candidate paths', () => {
    expect(EXTRACTORS.filter((extractor) => pathsFor(extractor).length === 0).map((e) => e.id)).toEqual([]);
  });

  for (const { extractor, path } of targets) {
    it(`${extractor.id} on ${path}: no exception, evidence inside the file, warnings with real lines`, async () => {
      await fc.assert(
        fc.asyncProperty(manifestText, fc.option(manifestText, { nil: undefined }), async (text, sibling) => {
          const warnings: Array<{ message: string; line?: number }> = [];
          let siblingsRead = 0;
          const signals = await extractor.extract({
            path,
            text,
            warn: (message, line) => warnings.push({ message, ...(line !== undefined ? { line } : {}) }),
            readSibling: async () => (siblingsRead++, sibling),
          });
          expect(Array.isArray(signals)).toBe(true);
          for (const signal of signals) expectSaneSignal(signal, path, text, siblingsRead, sibling);
          for (const warning of warnings) {
            expect(typeof warning.message).toBe('string');
            if (warning.line !== undefined) expect(Number.isInteger(warning.line) && warning.line >= 1, `warning line ${warning.line}`).toBe(true);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});

/** Markdown pieces plans are made of, and the ones that trip parsers (unclosed fences, front matter, HTML). */
const PLAN_LINES = [
  '# Disaster Recovery Plan', '## Scenario: Database Failure', '### Scenario 1: Complete Database Loss', '### 2. Cache outage', '#### Emergency Database Restore',
  '## Recovery Procedures', '## Contacts', '## Testing', '## Disaster Scenarios', '1. Restore it: `pg_restore -d "$DATABASE_URL" dump`', '- step', '> quote', '> ```',
  '```bash', '```', '~~~', '````', '    indented code', '| a | b |', '|---|---|', '---', 'last_updated: 2026-01-05', 'Last Updated: 2026-01-05', '**Last updated**: January 5, 2026',
  '<!-- paramedic: covers redis, postgresql -- managed by the platform team -->', '<!-- paramedic:draft -->', '<!-- unclosed', '-->', '<pre>', '<?php', '<!DOCTYPE html', '<![CDATA[', '<details>', '</details>', '+++', 'title = "x"',
  '**Impact:** everything stops', '**Mitigation Strategy:**', 'Setext heading', '===', '\t', '',
];
const planLine = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PLAN_LINES) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
/** Plans with LF, CRLF, lone CR or mixed endings, an optional BOM and an optional final newline. */
const planText = fc
  .record({
    lines: fc.array(planLine, { maxLength: 20 }),
    eol: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
    bom: fc.boolean(),
    trailing: fc.boolean(),
  })
  .map(({ lines, eol, bom, trailing }) => {
    let text = lines.map((l, i) => l + (eol === 'mixed' ? ['\n', '\r\n'][i % 2] : eol)).join('');
    if (!trailing) text = text.replace(/(\r\n|\r|\n)$/, '');
    return (bom ? '\uFEFF' : '') + text;
  });

describe('fuzz: claiming files by name', () => {
  it('an extractor that claims a path always claims its file name (the scan skips paths by name first)', () => {
    const segment = fc.constantFrom('k8s', 'deploy', 'charts', 'app', 'gradle', 'supabase', 'cloudformation', 'requirements', 'docs', 'kubernetes-manifests', 'src');
    const name = fc.oneof(
      fc.constantFrom(...CANDIDATE_PATHS.map((p) => p.slice(p.lastIndexOf('/') + 1)), 'values-prod.yaml', 'docker-compose-non-dev.yml', 'requirements-dev.in', 'stack.template', 'x.cfn.json', 'main.tofu', 'SCHEMA.PRISMA', 'Serverless.YAML'),
      fc.string({ maxLength: 12 }).map((s) => s.replace(/\//g, '')),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), name, (folders, file) => {
        const path = [...folders, file].join('/');
        for (const extractor of EXTRACTORS) {
          if (extractor.matches(path)) expect(extractor.claimsName(file), `${extractor.id} on ${path}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: plan parsing', () => {
  it('parsePlan never throws and every scenario, code block and marker points inside the plan', () => {
    fc.assert(
      fc.property(fc.oneof(planText, fc.string({ unit: 'binary', maxLength: MAX })), (text) => {
        const plan = parsePlan(text, 'DISASTER_RECOVERY.md');
        const last = maxLine(text);
        expect(plan.text).toBe(text);
        for (const s of plan.scenarios) {
          expect(s.line >= 1 && s.line <= s.endLine && s.endLine <= last, `scenario ${s.line}-${s.endLine} of ${last}`).toBe(true);
          expect(s.title.length).toBeGreaterThan(0);
          for (const c of s.codeBlocks) expect(c.fenceLine > s.line && c.fenceLine <= s.endLine && c.firstLine >= c.fenceLine).toBe(true);
        }
        for (const m of plan.markers) expect(m.line >= 1 && m.line <= last).toBe(true);
        if (plan.lastUpdated) expect(plan.lastUpdated.line >= 1 && plan.lastUpdated.line <= last).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Setting names, values and YAML constructs a config file may hold, including prototype keys. */
const CONFIG_FRAGMENTS = [
  'fail-on: ', 'fail-on-findings: ', 'doc-path: ', 'rules: ', 'exclude:', 'ignore:', 'accept-drafts: ', 'lint:', 'stale-after-days: ', 'shellcheck: ', 'draft: ',
  'comment: ', 'mode: ', 'tracking-issue: ', '__proto__: ', 'constructor: ', 'toString: ', 'hasOwnProperty: ', 'unknown-key: ',
  'new-gaps', 'any-gap', 'never', 'error', 'off', 'true', 'false', '0', '-1', '1.5', '180', 'docs/DR.md', '../../etc/passwd', '[a, b]', '{id: redis, reason: r}',
  '- id: redis', '  reason: managed', '  shellcheck: off', '  "shellcheck/SC2086": error', '- ', '  ', '\n', '\r\n', '&a ', '*a', '<<: *a', '---', '!!str ', '? ', '"', "'", '#', '{', '}', '[', ']', ',',
];
const configText = fc.oneof(
  fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...CONFIG_FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 30 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: MAX }),
);

describe('fuzz: config file', () => {
  it('parseConfigFile returns settings or throws a ConfigError that names the file and a line', () => {
    const file = '.github/paramedic.yml';
    fc.assert(
      fc.property(configText, (text) => {
        try {
          const settings = parseConfigFile(text, file);
          expect(typeof settings).toBe('object');
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          expect((error as Error).message).toMatch(/^\.github\/paramedic\.yml:\d+: /);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: inserting stubs into a plan', () => {
  const stub = (title: string): DraftedScenario => ({
    id: 'x',
    title,
    markdown: `## Scenario: ${title}\n\n<!-- paramedic:draft -->\n\n**Impact:** it stops.\n\n1. Step: \`true\`.\n`,
  });
  const titles = fc.uniqueArray(fc.constantFrom('Redis down', 'PostgreSQL primary unavailable', 'Stripe outage', 'Kafka broker loss', 'S3 bucket deleted'), { minLength: 1, maxLength: 3 });

  it('the original plan survives byte for byte, the inserted text is exactly what was added, and a second run adds nothing', () => {
    fc.assert(
      fc.property(planText, titles, (plan, ts) => {
        const result = insertScenarios(plan, ts.map(stub));
        expect(result.text.slice(result.offset, result.offset + result.inserted.length)).toBe(result.inserted);
        const restored = result.text.slice(0, result.offset) + result.text.slice(result.offset + result.inserted.length);
        expect(restored).toBe(plan);
        if (result.added.length > 0) expect(result.inserted.length).toBeGreaterThan(0);
        expect(insertScenarios(result.text, ts.map(stub)).added).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    // Two Markdown parses per case: about 40 s for 10,000 cases on two cores, more on a busy machine.
  }, 240_000);
});
