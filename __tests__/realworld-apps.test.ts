/**
 * Discovery defects found by scanning real application repositories (BI tools with connector
 * extras, Rails and Laravel apps, notification platforms with provider adapters, SvelteKit and
 * Next.js starters), each reproduced with a small fixture of our own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, ids, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

describe('optional installs are not production', () => {
  it('a Poetry group marked optional is left out; a plain group stays in', async () => {
    const result = await scanFiles({
      'pyproject.toml': [
        '[tool.poetry.dependencies]', //              1
        'python = "^3.10"',
        'psycopg2-binary = "2.9.9"', //               3
        '',
        '[tool.poetry.group.all_ds]', //              5
        'optional = true',
        '',
        '[tool.poetry.group.all_ds.dependencies]', // 8
        'mysqlclient = "2.1.1"',
        'pymongo = "4.6.1"',
        '',
        '[tool.poetry.group.worker.dependencies]', // 12
        'redis = "5.0.1"', //                         13
      ].join('\n'),
    });
    expect(evidenceById(result)).toEqual({ postgresql: ['pyproject.toml:3'], redis: ['pyproject.toml:13'] });
  });

  it("extras (a BI tool's database connectors) are optional installs; what the compose file runs stays", async () => {
    const result = await scanFiles({
      'pyproject.toml': [
        '[project]',
        'name = "bi-tool"',
        'dependencies = ["redis>=4.6"]', //                    3
        '[project.optional-dependencies]',
        'mysql = ["mysqlclient>=2.1.0, <3"]',
        'mssql = ["pymssql>=2.2.8"]',
        'clickhouse = ["clickhouse-connect>=0.5.14"]',
        'cockroachdb = ["cockroachdb>=0.3.5"]',
        'postgres = ["psycopg2-binary==2.9.6"]', //            9
        'mongo = ["pymongo>=4.6"]',
      ].join('\n'),
      'docker-compose-non-dev.yml': ['services:', '  db:', '    image: postgres:16', '  cache:', '    image: redis:7'].join('\n'),
    });
    expect(evidenceById(result)).toEqual({
      postgresql: ['docker-compose-non-dev.yml:3'],
      redis: ['docker-compose-non-dev.yml:5', 'pyproject.toml:3'],
    });
  });

  it('a package of provider adapters is a menu; a provider the app itself uses elsewhere stays', async () => {
    const result = await scanFiles({
      'packages/providers/package.json': JSON.stringify({
        name: '@acme/providers',
        dependencies: { '@aws-sdk/client-ses': '^3.0.0', 'mailgun.js': '^9.0.0', postmark: '^4.0.0', resend: '^3.0.0', '@sendgrid/mail': '^8.0.0' },
      }, null, 2),
      'apps/api/package.json': JSON.stringify({ name: 'api', dependencies: { '@sendgrid/mail': '^8.0.0', mongoose: '^8.0.0' } }, null, 2),
    });
    expect(ids(result)).toEqual(['mongodb', 'sendgrid']);
    expect(evidenceById(result).sendgrid).toEqual(['apps/api/package.json:4', 'packages/providers/package.json:8']);
  });

  it('a manifest in an integrations folder (packages/providers/) lists options: only what the app uses elsewhere stays', async () => {
    const result = await scanFiles({
      'packages/providers/package.json': JSON.stringify({ name: '@acme/providers', dependencies: { '@vonage/server-sdk': '^3.0.0', 'firebase-admin': '^11.0.0', twilio: '^4.0.0' } }, null, 2),
      'apps/api/package.json': JSON.stringify({ name: 'api', dependencies: { twilio: '^4.0.0' } }, null, 2),
      // A folder named for one provider is product code.
      'apps/provider-portal/package.json': JSON.stringify({ name: 'portal', dependencies: { stripe: '^14.0.0' } }, null, 2),
    });
    expect(evidenceById(result)).toEqual({ stripe: ['apps/provider-portal/package.json:4'], twilio: ['apps/api/package.json:4', 'packages/providers/package.json:6'] });
  });
});

describe('a compose file for everything but development', () => {
  it('docker-compose-non-dev.yml is production; docker-compose-dev.yml is not', async () => {
    const result = await scanFiles({
      'docker-compose-non-dev.yml': 'services:\n  db:\n    image: postgres:16\n',
      'docker-compose-dev.yml': 'services:\n  search:\n    image: opensearchproject/opensearch:2\n',
    });
    expect(evidenceById(result)).toEqual({ postgresql: ['docker-compose-non-dev.yml:3'] });
  });
});

describe('driver settings in env templates', () => {
  it("reads Laravel's DB_CONNECTION, CACHE_STORE, QUEUE_CONNECTION, MAIL_MAILER and FILESYSTEM_DISK values", async () => {
    const result = await scanFiles({
      '.env.example': [
        'APP_NAME=Pixels', //            1
        'DB_CONNECTION=mysql', //        2
        'DB_PASSWORD=secret', //         3
        'CACHE_STORE=redis', //          4
        'QUEUE_CONNECTION=sync', //      5
        'MAIL_MAILER="postmark"', //     6
        'FILESYSTEM_DISK=s3', //         7
        'SESSION_DRIVER=file', //        8
      ].join('\n'),
    });
    expect(evidenceById(result)).toEqual({ 'aws-s3': ['.env.example:7'], mysql: ['.env.example:2'], postmark: ['.env.example:6'], redis: ['.env.example:4'] });
    expect(result.dependencies.find((d) => d.id === 'mysql')!.evidence[0]!.detail).toBe('DB_CONNECTION=mysql');
    // A value is named only through a selector the catalog lists: the password never appears.
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('Laravel 11 defaults (sqlite, database cache and queue, log mailer) name no service', async () => {
    const result = await scanFiles({ '.env.example': 'DB_CONNECTION=sqlite\nCACHE_STORE=database\nQUEUE_CONNECTION=database\nMAIL_MAILER=log\nFILESYSTEM_DISK=local\n' });
    expect(ids(result)).toEqual([]);
  });
});

describe('variable names', () => {
  it('framework prefixes (NEXT_PRIVATE_, VITE_, NUXT_) name the same service; *_VERCEL names Vercel', async () => {
    const result = await scanFiles({
      '.env.example': ['NEXT_PRIVATE_REDIS_URL=', 'VITE_SUPABASE_URL=', 'PROJECT_ID_VERCEL=', 'NUXT_PUBLIC_SITE_URL='].join('\n'),
    });
    expect(evidenceById(result)).toEqual({ redis: ['.env.example:1'], supabase: ['.env.example:2'], vercel: ['.env.example:3'] });
  });
});

describe('packages', () => {
  it("Mastodon's Paperclip Azure gem is Azure Blob Storage", async () => {
    const result = await scanFiles({ Gemfile: "source 'https://rubygems.org'\ngem 'jd-paperclip-azure', '~> 3.0'\n" });
    expect(evidenceById(result)).toEqual({ 'azure-blob': ['Gemfile:2'] });
  });

  it('a SvelteKit app ships its devDependencies (the build bundles them); type packages still never count', async () => {
    const svelte = await scanFiles({
      'package.json': JSON.stringify({ name: 'app', devDependencies: { '@sveltejs/kit': '^2.0.0', '@supabase/supabase-js': '^2.0.0', stripe: '^14.0.0', '@types/pg': '^8.0.0' } }, null, 2),
    });
    expect(ids(svelte)).toEqual(['stripe', 'supabase']);
    expect(svelte.dependencies.find((d) => d.id === 'stripe')!.evidence[0]!.detail).toBe('devDependencies "stripe" ^14.0.0 (bundled by @sveltejs/kit)');
    const plain = await scanFiles({ 'package.json': JSON.stringify({ name: 'lib', devDependencies: { vite: '^5.0.0', stripe: '^14.0.0' } }, null, 2) });
    expect(ids(plain)).toEqual([]);
  });
});

describe('a variable that selects one provider', () => {
  it('makes the providers a compose file passes through alternatives (MAILER_ADAPTER with Postmark, Mailgun, SendGrid keys)', async () => {
    const compose = (selector: string): string => ['services:', '  app:', '    image: ghcr.io/acme/analytics:v2', '    environment:', `      - ${selector}`, '      - POSTMARK_API_KEY', '      - MAILGUN_API_KEY', '      - SENDGRID_API_KEY', '  db:', '    image: postgres:16'].join('\n');
    expect(ids(await scanFiles({ 'compose.yml': compose('MAILER_ADAPTER') }))).toEqual(['postgresql']);
    // Without the selector, three keys are three dependencies (below the menu size of five).
    expect(ids(await scanFiles({ 'compose.yml': compose('BASE_URL') }))).toEqual(['mailgun', 'postgresql', 'postmark', 'sendgrid']);
  });

  it('a driver setting confirms its service even inside such a menu', async () => {
    const result = await scanFiles({ '.env.example': 'MAIL_MAILER=postmark\nPOSTMARK_TOKEN=\nMAILGUN_SECRET=\nRESEND_API_KEY=\n' });
    expect(ids(result)).toEqual(['postmark']);
  });
});

describe('second round of real applications', () => {
  it("an application's PEP 735 production group is production when it has no [project].dependencies", async () => {
    const app = await scanFiles({ 'pyproject.toml': '[project]\nname = "chat"\n\n[dependency-groups]\nprod = ["pika", "psycopg2", "redis"]\ndev = ["pytest", "pymongo"]\n' });
    expect(evidenceById(app)).toEqual({ postgresql: ['pyproject.toml:5'], rabbitmq: ['pyproject.toml:5'], redis: ['pyproject.toml:5'] });
    // A library with its own dependencies keeps groups for development.
    const lib = await scanFiles({ 'pyproject.toml': '[project]\nname = "lib"\ndependencies = ["requests"]\n\n[dependency-groups]\nprod = ["redis"]\n' });
    expect(ids(lib)).toEqual([]);
  });

  it('a plugin folder named with more words (appsmith-plugins/) is an integrations folder too', async () => {
    const pom = (artifact: string, group: string): string => `<project><dependencies><dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId></dependency></dependencies></project>`;
    const result = await scanFiles({
      'app/server/appsmith-plugins/dynamoPlugin/pom.xml': pom('dynamodb', 'software.amazon.awssdk'),
      'app/server/appsmith-server/pom.xml': pom('spring-boot-starter-data-mongodb', 'org.springframework.boot'),
    });
    expect(ids(result)).toEqual(['mongodb']);
  });

  it("an n8n nodes package lists workflow connectors, not the product's services", async () => {
    const result = await scanFiles({
      'packages/nodes-base/package.json': JSON.stringify({ name: 'n8n-nodes-base', n8n: { nodes: ['dist/nodes/Kafka/Kafka.node.js'] }, dependencies: { kafkajs: '^2.0.0', mongodb: '^6.0.0', mysql2: '^3.0.0', amqplib: '^0.10.0' } }, null, 2),
      'packages/cli/package.json': JSON.stringify({ name: 'n8n', dependencies: { pg: '^8.0.0' } }, null, 2),
    });
    expect(ids(result)).toEqual(['postgresql']);
  });

  it("an integration's Vercel OAuth client is not hosting on Vercel; a header that rules production out makes a compose file dev-only", async () => {
    const result = await scanFiles({
      '.env.example': 'CLIENT_ID_VERCEL=\nCLIENT_SECRET_VERCEL=\n',
      'docker-compose.yml': '# ONLY FOR DEBUGGING. THIS IS NOT INTENDED FOR PRODUCTION USE.\nservices:\n  keycloak:\n    image: jboss/keycloak:latest\n',
      'deploy/docker-compose.yml': '# Production stack\nservices:\n  db:\n    image: postgres:16\n',
    });
    expect(evidenceById(result)).toEqual({ postgresql: ['deploy/docker-compose.yml:4'] });
  });

  it("the Go Elasticsearch client's gopkg.in path is Elasticsearch", async () => {
    const result = await scanFiles({ 'go.mod': 'module acme/chat\n\ngo 1.22\n\nrequire gopkg.in/olivere/elastic.v6 v6.2.1\n' });
    expect(evidenceById(result)).toEqual({ elasticsearch: ['go.mod:5'] });
  });
});
