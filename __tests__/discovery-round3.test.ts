/**
 * Round 3 of issue 12's detection classes, each a small fixture of our own: a Helm chart
 * collection's per-app values, Terraform module calls named for the service, ECS task
 * definitions' environment, and a Laravel env template offering alternative drivers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { confidenceById, gated, lines, reasonOf } from './helpers/confidence.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

describe('a Helm chart collection: each app\'s values are its deployment', () => {
  const chart = lines('apiVersion: v2', 'name: app-config', 'version: 1.0.0');
  const values = lines(
    'banner-cache:',
    '  - &banner redis://shared-redis/1',
    'apps:',
    '  - name: orders',
    '    helmValues:',
    '      redis:',
    '        enabled: true',
    '      extraEnv:',
    '        - name: MONGODB_URI',
    '          valueFrom:',
    '            secretKeyRef: { name: orders-docdb, key: MONGODB_URI }',
    '        - name: RABBITMQ_URL',
    '          valueFrom:',
    '            secretKeyRef: { name: orders-mq, key: RABBITMQ_URL }',
    '  - name: search',
    '    helmValues:',
    '      env:',
    '        ELASTICSEARCH_URI: https://search.internal:9200',
    '        QUEUE_URL: amqp://mq.internal:5672',
    '      metrics:',
    '        enabled: true',
  );

  it('env given to an app (a list with valueFrom, or a map) is the deployment\'s configuration: likely', async () => {
    const result = await scanFiles({ 'charts/app-config/Chart.yaml': chart, 'charts/app-config/values-production.yaml': values });
    const found = confidenceById(result);
    expect(found).toMatchObject({ mongodb: 'likely', elasticsearch: 'likely', rabbitmq: 'confirmed', redis: 'confirmed' });
    expect(reasonOf(result, 'mongodb')).toMatch(/given to a deployed workload/);
    expect(evidenceById(result).mongodb).toEqual(['charts/app-config/values-production.yaml:9']);
  });

  it('a per-app block switched on below the top (`redis.enabled: true`) and a connection URL anywhere are confirmed', async () => {
    const result = await scanFiles({ 'charts/app-config/Chart.yaml': chart, 'charts/app-config/values-production.yaml': values });
    expect(evidenceById(result).redis).toEqual(['charts/app-config/values-production.yaml:2', 'charts/app-config/values-production.yaml:7']);
  });

  it('a generic DATABASE_URL taken from a secret named for the engine is that engine; another secret says nothing', async () => {
    const env = (secret: string): string =>
      lines('apps:', '  - name: content', '    helmValues:', '      extraEnv:', '        - name: DATABASE_URL', '          valueFrom:', '            secretKeyRef:', `              name: ${secret}`, '              key: DATABASE_URL');
    const postgres = await scanFiles({ 'charts/app-config/Chart.yaml': chart, 'charts/app-config/values-production.yaml': env('content-store-postgres') });
    expect(confidenceById(postgres)).toEqual({ postgresql: 'confirmed' });
    expect(evidenceById(postgres).postgresql).toEqual(['charts/app-config/values-production.yaml:5']);
    const mysql = await scanFiles({ 'k8s/deployment.yaml': lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata: { name: admin }', 'spec:', '  template:', '    spec:', '      containers:', '        - name: admin', '          image: acme/admin:1', '          env:', '            - name: DATABASE_URL', '              valueFrom: { secretKeyRef: { name: admin-mysql, key: url } }') });
    expect(confidenceById(mysql)).toEqual({ mysql: 'confirmed' });
    const other = await scanFiles({ 'charts/app-config/Chart.yaml': chart, 'charts/app-config/values-production.yaml': env('content-store-credentials') });
    expect(confidenceById(other)).toEqual({});
  });

  it('a per-app block switched off, and env in a chart\'s test values, make nothing', async () => {
    const off = lines('apps:', '  - name: orders', '    helmValues:', '      redis:', '        enabled: false', '        env:', '          - name: REDIS_URL', '            value: redis://r:6379');
    const result = await scanFiles({ 'charts/app-config/Chart.yaml': chart, 'charts/app-config/values.yaml': off, 'charts/app-config/values-test.yaml': lines('env:', '  - name: MONGODB_URI', '    value: mongodb://m/db') });
    expect(confidenceById(result)).toEqual({});
  });
});

describe('Terraform module calls named for the service', () => {
  it('a team\'s own module folder or a git module named for the service is that service: s3, rds with its engine', async () => {
    const result = await scanFiles({
      'main.tf': lines(
        'module "upload_bucket" {',
        '  source = "./shared-modules/s3"',
        '  name   = "uploads"',
        '}',
        'module "idp_database" {',
        '  source = "github.com/acme/terraform-modules//rds?ref=v1.2.3"',
        '  engine = "aurora-postgresql"',
        '}',
        'module "queue" {',
        '  source = "acme/sqs-queue/aws"',
        '}',
      ),
    });
    expect(confidenceById(result)).toEqual({ 'aws-s3': 'confirmed', postgresql: 'confirmed', 'aws-sqs': 'confirmed' });
    expect(evidenceById(result).postgresql).toEqual(['main.tf:5']);
  });

  it('an rds module without a literal engine, and a module of another provider, name nothing', async () => {
    const result = await scanFiles({
      'main.tf': lines('module "db" {', '  source = "./modules/rds_instance"', '  database_version = "17.9"', '}', 'module "b" {', '  source = "acme/s3-bucket/google"', '}'),
    });
    expect(confidenceById(result)).toEqual({});
  });

  it('an engine kept in the file\'s locals block is the resource\'s engine', async () => {
    const result = await scanFiles({
      'rds.tf': lines('locals {', '  rds_engine = "aurora-postgresql"', '}', 'resource "aws_rds_cluster" "forms" {', '  engine = local.rds_engine', '}'),
    });
    expect(confidenceById(result)).toEqual({ postgresql: 'confirmed' });
  });
});

describe('an SDK the deployed code imports and configures from the environment', () => {
  const app = (dependencies: Record<string, string>): string => JSON.stringify({ name: 'shop', private: true, scripts: { start: 'node src/server.js' }, dependencies }, null, 2) + '\n';

  it('a data store\'s SDK whose importing code reads the service\'s own setting beside it (S3_BUCKET) is likely', async () => {
    const result = await scanFiles({
      '.env.example': lines('PORT=3000', 'SESSION_SECRET='),
      'package.json': app({ '@aws-sdk/client-s3': '^3.600.0' }),
      'src/storage.ts': "import { S3Client } from '@aws-sdk/client-s3';\nexport const bucket = process.env.S3_BUCKET;\nexport const s3 = new S3Client({});\n",
    });
    expect(confidenceById(result)).toEqual({ 'aws-s3': 'likely' });
    expect(reasonOf(result, 'aws-s3')).toBe('@aws-sdk/client-s3 imported at src/storage.ts:1, and src/storage.ts:2 beside it reads S3_BUCKET');
  });

  it('a payment or AI SDK reading its key beside the client is an opt-in integration: possible', async () => {
    const result = await scanFiles({
      '.env.example': lines('PORT=3000'),
      'package.json': app({ stripe: '^16.0.0', openai: '^4.0.0' }),
      'src/pay.ts': "import Stripe from 'stripe';\nexport const stripe = process.env.STRIPE_SECRET_KEY ? new Stripe(process.env.STRIPE_SECRET_KEY) : undefined;\n",
      'src/ai.ts': "import OpenAI from 'openai';\nexport const ai = process.env.OPENAI_API_KEY ? new OpenAI() : undefined;\n",
    });
    expect(confidenceById(result)).toEqual({ stripe: 'possible', openai: 'possible' });
  });

  it('a central settings module reading every integration\'s key, or a template offering the service as an option, proves nothing', async () => {
    const result = await scanFiles({
      '.env.example': lines('PORT=3000', '# Optional', 'MEILISEARCH_HOST='),
      'package.json': app({ '@aws-sdk/client-s3': '^3.600.0', meilisearch: '^0.40.0' }),
      'src/files/store.ts': "import { S3Client } from '@aws-sdk/client-s3';\nexport const make = (bucket: string) => ({ bucket, s3: new S3Client({}) });\n",
      'src/config/env.ts': 'export const bucket = process.env.S3_BUCKET;\n',
      'src/search/client.ts': "import { MeiliSearch } from 'meilisearch';\nexport const client = new MeiliSearch({ host: process.env.MEILISEARCH_HOST! });\n",
    });
    expect(confidenceById(result)).toEqual({ 'aws-s3': 'possible', meilisearch: 'possible' });
  });

  it('an SDK whose settings only a test reads stays possible', async () => {
    const result = await scanFiles({
      '.env.example': lines('PORT=3000'),
      'package.json': app({ stripe: '^16.0.0' }),
      'src/pay.ts': "import Stripe from 'stripe';\nexport const make = (key: string) => new Stripe(key);\n",
      'test/pay.test.ts': "const key = process.env.STRIPE_SECRET_KEY;\n",
    });
    expect(confidenceById(result)).toEqual({ stripe: 'possible' });
  });
});

describe('a Laravel env template offering alternative drivers', () => {
  const template = lines(
    'DB_CONNECTION=pgsql',
    'DB_HOST=127.0.0.1',
    '',
    '# Cache, session and queue',
    '#. Cache: database, file, memcached, redis, dynamodb',
    '#. Queue: sync, database, beanstalkd, sqs, redis',
    'CACHE_STORE=database',
    'QUEUE_CONNECTION=sync',
    '',
    'REDIS_HOST=127.0.0.1',
    'MEMCACHED_HOST=127.0.0.1',
    '',
    "## Search: use 'meilisearch', 'typesense', 'algolia' or the 'database'",
    '## driver (see config/scout.php)',
    'SCOUT_DRIVER=typesense',
    'MEILISEARCH_HOST=',
    'TYPESENSE_HOST=',
    'TYPESENSE_API_KEY=',
  );
  const composer = JSON.stringify({ require: { 'laravel/framework': '^11.0', 'typesense/typesense-php': '^5.0', 'meilisearch/meilisearch-php': '^1.0' } }, null, 2) + '\n';

  it('only the selected driver counts: the settings of the others are options', async () => {
    const result = await scanFiles({ '.env.example': template, 'composer.json': composer });
    const found = confidenceById(result);
    expect(found).toMatchObject({ postgresql: 'confirmed', typesense: 'confirmed' });
    for (const id of ['redis', 'memcached', 'meilisearch']) expect(gated(result), id).not.toContain(id);
    expect(found.meilisearch).toBe('possible');
    expect(reasonOf(result, 'meilisearch')).toMatch(/one of the drivers SCOUT_DRIVER offers; the template selects typesense/);
  });

  it('a driver another selector picks is not an option: QUEUE_CONNECTION=redis keeps REDIS_HOST', async () => {
    const result = await scanFiles({ '.env.example': template.replace('QUEUE_CONNECTION=sync', 'QUEUE_CONNECTION=redis'), 'composer.json': composer });
    expect(confidenceById(result).redis).toBe('confirmed');
  });

  it('Laravel Sail\'s compose stack (built from vendor/) and its .env.example.sail are local development', async () => {
    const result = await scanFiles({
      'docker-compose.yml': lines('services:', '  laravel.test:', '    build:', '      context: ./vendor/laravel/sail/runtimes/8.4', '    image: sail-8.4/app', '  mariadb:', '    image: mariadb:10', '  redis:', '    image: redis:alpine'),
      '.env.example.sail': lines('DB_CONNECTION=mariadb', 'CACHE_STORE=redis'),
      'composer.json': JSON.stringify({ require: { 'laravel/framework': '^11.0' } }) + '\n',
    });
    expect(confidenceById(result)).toEqual({});
  });
});

describe('ECS task definitions: the environment a running service is given', () => {
  const containers = lines(
    '[',
    '  {',
    '    "name": "web",',
    '    "image": "${image}",',
    '    "cpu": ${cpu},',
    '    "environment": [',
    '      { "name": "REDIS_URL", "value": "${redis_url}" },',
    '      { "name": "NOTIFY_API_KEY", "value": "${notify_key}" }',
    '    ],',
    '    "secrets": [',
    '      { "name": "DATABASE_URL", "valueFrom": "${database_url_arn}" },',
    '      { "name": "SENDGRID_API_KEY", "valueFrom": "${sendgrid_arn}" }',
    '    ]',
    '  },',
    '  { "name": "cache", "image": "redis:7-alpine" }',
    ']',
  );

  it('a Terraform template of container definitions: env and secrets names are likely, a service image confirmed', async () => {
    const result = await scanFiles({ 'aws/app/ecs_task/web.json.tpl': containers });
    expect(confidenceById(result)).toMatchObject({ redis: 'confirmed', sendgrid: 'likely' });
    expect(evidenceById(result).sendgrid).toEqual(['aws/app/ecs_task/web.json.tpl:12']);
    expect(reasonOf(result, 'sendgrid')).toMatch(/given to a deployed workload/);
    expect(result.warnings).toEqual([]);
  });

  it('a registered task definition (`containerDefinitions`) reads the same; JSON elsewhere is not a task definition', async () => {
    const registered = JSON.stringify({ family: 'web', containerDefinitions: [{ name: 'web', image: 'acme/web:1', environment: [{ name: 'SENDGRID_API_KEY', value: '' }] }] }, null, 2) + '\n';
    expect(confidenceById(await scanFiles({ 'deploy/taskdef.json': registered }))).toEqual({ sendgrid: 'likely' });
    expect(confidenceById(await scanFiles({ 'fixtures/data.json': registered }))).toEqual({});
  });
});
