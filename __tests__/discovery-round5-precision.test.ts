/**
 * Round 5 of issue 12, the precision half: what a product offers its deployer (mail it can send
 * if someone configures a server, one engine among the modules it ships, a feature behind a
 * flag) is reported as `possible` ("to triage") with the reason, never as a gated dependency.
 * Each class is a small fixture of our own, with a control showing the same service still gated
 * where the deployment really needs it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { confidenceById, json, lines, reasonOf } from './helpers/confidence.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

const app = (dependencies: Record<string, string>): string =>
  json({ name: 'notes', version: '1.0.0', scripts: { start: 'node server.js' }, dependencies: { express: '^4.0.0', ...dependencies } });

describe('mail the product only offers: a server the operator may configure', () => {
  const mailer = { 'mail.js': lines("const nodemailer = require('nodemailer');", 'module.exports = (settings) => nodemailer.createTransport(settings);') };

  it('a mail library with no mail server setting anywhere (set in an admin page, if at all) is possible, with the reason', async () => {
    const result = await scanFiles({ 'package.json': app({ nodemailer: '^6.9.0' }), ...mailer });
    expect(confidenceById(result)).toMatchObject({ smtp: 'possible' });
    expect(reasonOf(result, 'smtp')).toMatch(/nodemailer imported at mail\.js:1; no template, compose file or manifest sets a mail server for it: mail is configured by the operator at run time/);
  });

  it('control: a mail provider\'s SDK names its provider, so it stays gated without settings (a PR adding @sendgrid/mail or resend)', async () => {
    const result = await scanFiles({
      'package.json': app({ '@sendgrid/mail': '^8.0.0', resend: '^4.0.0' }),
      'mail.js': lines("const sg = require('@sendgrid/mail');", "const { Resend } = require('resend');", 'module.exports = { sg, Resend };'),
    });
    expect(confidenceById(result)).toMatchObject({ sendgrid: 'likely', resend: 'likely' });
  });

  it('control: a template that names the mail server the code reads keeps it gated', async () => {
    const result = await scanFiles({
      'package.json': app({ nodemailer: '^6.9.0' }),
      ...mailer,
      '.env.example': lines('SMTP_HOST=smtp.example.org', 'SMTP_PORT=587'),
      'server.js': lines('const host = process.env.SMTP_HOST;'),
    });
    expect(confidenceById(result)).toMatchObject({ smtp: 'likely' });
  });

  const compose = (mail: string[]): string =>
    lines('services:', '  web:', '    build: .', '    environment:', '      SMTP_HOST: mail', '      SMTP_PORT: "1025"', '  db:', '    image: postgres:16', ...mail);

  it('mail settings a compose file points at its own mail catcher (maildev) are a developer\'s stand-in: possible', async () => {
    const result = await scanFiles({ 'package.json': app({ nodemailer: '^6.9.0' }), ...mailer, 'compose.yaml': compose(['  mail:', '    image: maildev/maildev']) });
    expect(confidenceById(result)).toMatchObject({ smtp: 'possible', postgresql: 'confirmed' });
    expect(reasonOf(result, 'smtp')).toMatch(/no deployment setting configures it; .*SMTP_HOST \(compose\.yaml:\d+\) is set aside: compose\.yaml runs maildev\/maildev, a mail catcher/);
  });

  it('control: the same compose with a real relay (no catcher) keeps SMTP gated', async () => {
    const result = await scanFiles({ 'package.json': app({ nodemailer: '^6.9.0' }), ...mailer, 'compose.yaml': compose(['  mail:', '    image: boky/postfix']) });
    expect(confidenceById(result)).toMatchObject({ smtp: 'likely', postgresql: 'confirmed' });
  });

  const settings = (value: string): Record<string, string> => ({
    'requirements.txt': lines('django==5.0'),
    'Dockerfile': lines('FROM python:3.12', 'CMD ["gunicorn", "notes.wsgi"]'),
    'notes/settings.py': lines('import os', 'EMAIL_HOST = os.environ.get("EMAIL_HOST")'),
    '.env-dist': lines(`EMAIL_HOST=${value}`, 'EMAIL_PORT=1025'),
  });

  it('an env template whose mail host is a local mail catcher (EMAIL_HOST=mailcatcher) is possible, with the reason', async () => {
    const result = await scanFiles(settings('mailcatcher'));
    expect(confidenceById(result)).toMatchObject({ smtp: 'possible' });
    expect(reasonOf(result, 'smtp')).toMatch(/EMAIL_HOST=mailcatcher points at mailcatcher, a local mail catcher/);
  });

  it('an SMTP URL on port 1025 of this machine (smtp://localhost:1025) is a mail catcher too', async () => {
    const result = await scanFiles({ 'requirements.txt': lines('django==5.0'), '.env.example': lines('EMAIL_URL=smtp://localhost:1025', 'SECRET_KEY=changeme') });
    expect(confidenceById(result)).toMatchObject({ smtp: 'possible' });
    expect(reasonOf(result, 'smtp')).toMatch(/port 1025 on this machine, a local mail catcher/);
  });

  it('control: a real mail host in the template, read by the code, keeps SMTP gated', async () => {
    const result = await scanFiles(settings('smtp.example.org'));
    expect(confidenceById(result)).toMatchObject({ smtp: 'likely' });
    const url = await scanFiles({ 'requirements.txt': lines('django==5.0'), '.env.example': lines('EMAIL_URL=smtp://smtp.example.org:587', 'SECRET_KEY=changeme') });
    expect(confidenceById(url)).toMatchObject({ smtp: 'confirmed' });
  });
});

describe('one engine among the modules a product ships side by side', () => {
  const modules = {
    'server/modules/search/algolia/engine.js': lines("const algoliasearch = require('algoliasearch');", 'module.exports = (key) => algoliasearch(key);'),
    'server/modules/search/elasticsearch/engine.js': lines("const { Client } = require('@elastic/elasticsearch');", 'module.exports = (node) => new Client({ node });'),
  };
  const manifest = app({ algoliasearch: '^4.0.0', '@elastic/elasticsearch': '^8.0.0' });

  it('search engines each imported only in a folder named for it under server/modules/search/ are options: possible, with the reason', async () => {
    const result = await scanFiles({ 'package.json': manifest, ...modules });
    expect(confidenceById(result)).toMatchObject({ algolia: 'possible', elasticsearch: 'possible' });
    expect(reasonOf(result, 'algolia')).toMatch(/imported in server\/modules\/search\/algolia\/, one of the engine modules server\/modules\/search\/ ships side by side \(algolia, elasticsearch\)/);
  });

  it('one engine folder under modules/<kind>/ (server/modules/storage/azure/) is a module of that kind by its path: possible', async () => {
    const result = await scanFiles({ 'package.json': app({ '@azure/storage-blob': '^12.0.0' }), 'server/modules/storage/azure/storage.js': lines("const { BlobServiceClient } = require('@azure/storage-blob');", 'module.exports = BlobServiceClient;') });
    expect(confidenceById(result)).toMatchObject({ 'azure-blob': 'possible' });
    expect(reasonOf(result, 'azure-blob')).toMatch(/imported in server\/modules\/storage\/azure\/, the azure module among the storage modules server\/modules\/ ships/);
  });

  it('control: the engine the deployment runs is still confirmed, and one engine folder outside a modules folder is no choice', async () => {
    const deployed = await scanFiles({ 'package.json': manifest, ...modules, 'docker-compose.yml': lines('services:', '  wiki:', '    build: .', '  search:', '    image: elasticsearch:8.14.0') });
    expect(confidenceById(deployed)).toMatchObject({ algolia: 'possible', elasticsearch: 'confirmed' });
    const alone = await scanFiles({ 'package.json': app({ algoliasearch: '^4.0.0' }), 'src/search/algolia/engine.js': modules['server/modules/search/algolia/engine.js'] });
    expect(confidenceById(alone)).toMatchObject({ algolia: 'likely' });
  });

  it('control: folders named for services under an app\'s own layer (lib/) are services it uses together, still gated', async () => {
    const layered = Object.fromEntries(Object.entries(modules).map(([path, text]) => [path.replace('server/modules/search/', 'lib/'), text]));
    const result = await scanFiles({ 'package.json': manifest, ...layered });
    expect(confidenceById(result)).toMatchObject({ algolia: 'likely', elasticsearch: 'likely' });
  });
});

describe('a service named only in a feature-flag file', () => {
  const gems = lines("source 'https://rubygems.org'", "gem 'rails'", "gem 'meilisearch-rails'");
  const code = { 'app/models/invoice.rb': lines('class Invoice < ApplicationRecord', '  include MeiliSearch::Rails', 'end') };

  it('config/feature_flags.yaml describing a meilisearch feature configures nothing: possible, with the reason', async () => {
    const result = await scanFiles({
      'Gemfile': gems,
      ...code,
      '.env.example': lines('DATABASE_URL=postgres://localhost/billing'),
      'config/feature_flags.yaml': lines('meilisearch:', '  description: Search invoices with Meilisearch', '  enabled: false'),
    });
    expect(confidenceById(result)).toMatchObject({ meilisearch: 'possible' });
    expect(reasonOf(result, 'meilisearch')).toMatch(/config\/feature_flags\.yaml lists feature flags/);
  });

  it('control: a setting for it in the env template keeps it gated', async () => {
    const result = await scanFiles({ 'Gemfile': gems, ...code, '.env.example': lines('DATABASE_URL=postgres://localhost/billing', 'MEILISEARCH_URL=http://search:7700') });
    expect(confidenceById(result)).not.toMatchObject({ meilisearch: 'possible' });
  });
});

describe('a Rails backend chosen only when the deployer sets a variable', () => {
  const production = (body: string[]): string => lines('Rails.application.configure do', '  config.cache_classes = true', ...body, 'end');
  const gems = lines("source 'https://rubygems.org'", "gem 'rails'", "gem 'dalli'");

  it('config.cache_store = :mem_cache_store under `if ENV["MEMCACHE_SERVERS"].present?` is an option: possible, with the reason', async () => {
    const result = await scanFiles({
      'Gemfile': gems,
      'config/environments/production.rb': production(['  if ENV["MEMCACHE_SERVERS"].present?', '    config.cache_store = :mem_cache_store, ENV["MEMCACHE_SERVERS"].split(",")', '  end', '  if ENV["SMTP_ADDRESS"].present?', '    config.action_mailer.delivery_method = :smtp', '  end']),
    });
    expect(confidenceById(result)).toMatchObject({ memcached: 'possible', smtp: 'possible' });
    expect(reasonOf(result, 'smtp')).toMatch(/set only under `if ENV\["SMTP_ADDRESS"\]\.present\?` \(config\/environments\/production\.rb:6\): a choice the deployer makes/);
  });

  it('control: the same settings made unconditionally (or under a condition on something else) stay confirmed', async () => {
    const result = await scanFiles({
      'Gemfile': gems,
      'config/environments/production.rb': production(['  config.cache_store = :mem_cache_store', '  if Rails.root.join("tmp").exist?', '    config.action_mailer.delivery_method = :smtp', '  end']),
    });
    expect(confidenceById(result)).toMatchObject({ memcached: 'confirmed', smtp: 'confirmed' });
  });
});

describe('a mail server setting deployment config leaves empty', () => {
  const code = { 'package.json': app({ nodemailer: '^6.9.0' }), 'mail.js': lines("const nodemailer = require('nodemailer');", 'module.exports = nodemailer.createTransport({ host: process.env.SMTP_HOST });') };
  const compose = (host: string): string =>
    lines('services:', '  api:', '    build: .', '    environment:', `      SMTP_HOST: ${host}`, '      SMTP_PORT: ${SMTP_PORT:-587}', '  db:', '    image: postgres:16');

  it('SMTP_HOST: ${SMTP_HOST:-} in compose and SMTP_HOST: "" in a ConfigMap: mail is off by default, possible, with the reason', async () => {
    const configMap = lines('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: api-config', 'data:', '  SMTP_HOST: ""', '  SMTP_PORT: "587"');
    const result = await scanFiles({ ...code, 'docker-compose.yml': compose('${SMTP_HOST:-}'), 'deploy/k8s/configmap.yaml': configMap });
    expect(confidenceById(result)).toMatchObject({ smtp: 'possible', postgresql: 'confirmed' });
    expect(reasonOf(result, 'smtp')).toMatch(/SMTP_HOST is left empty in (?:docker-compose\.yml|deploy\/k8s\/configmap\.yaml): mail stays off until a deployer names a server/);
  });

  it('control: compose passing the deployer\'s SMTP_HOST on (no empty default) keeps SMTP gated', async () => {
    const result = await scanFiles({ ...code, 'docker-compose.yml': compose('${SMTP_HOST}') });
    expect(confidenceById(result)).toMatchObject({ smtp: 'likely' });
  });
});
