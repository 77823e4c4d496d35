/**
 * Round 3 of issue 12's detection classes, each a small fixture of our own: a Helm chart
 * collection's per-app values, Terraform module calls named for the service, ECS task
 * definitions' environment, and a Laravel env template offering alternative drivers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { confidenceById, lines, reasonOf } from './helpers/confidence.js';
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

  it('code reading the service\'s own setting (S3_BUCKET, or STRIPE_SECRET_KEY under a rule\'s STRIPE_* prefix) makes it likely', async () => {
    const result = await scanFiles({
      '.env.example': lines('PORT=3000', 'SESSION_SECRET='),
      'package.json': app({ '@aws-sdk/client-s3': '^3.600.0', stripe: '^16.0.0' }),
      'src/storage.ts': "import { S3Client } from '@aws-sdk/client-s3';\nexport const bucket = process.env.S3_BUCKET;\nexport const s3 = new S3Client({});\n",
      'src/pay.ts': "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\n",
    });
    expect(confidenceById(result)).toEqual({ 'aws-s3': 'likely', stripe: 'likely' });
    expect(reasonOf(result, 'aws-s3')).toBe('@aws-sdk/client-s3 imported at src/storage.ts:1, and src/storage.ts:2 beside it reads S3_BUCKET');
    expect(reasonOf(result, 'stripe')).toMatch(/src\/pay\.ts:2 beside it reads STRIPE_SECRET_KEY$/);
  });

  it('a central settings module reading every integration\'s key, or a template offering the service as an option, proves nothing', async () => {
    const result = await scanFiles({
      '.env.example': lines('PORT=3000', '# Optional', 'POSTMARK_API_TOKEN='),
      'package.json': app({ stripe: '^16.0.0', postmark: '^4.0.0' }),
      'src/billing/pay.ts': "import Stripe from 'stripe';\nexport const make = (key: string) => new Stripe(key);\n",
      'src/config/env.ts': 'export const stripeKey = process.env.STRIPE_SECRET_KEY;\n',
      'src/mail/send.ts': "import { ServerClient } from 'postmark';\nexport const client = new ServerClient(process.env.POSTMARK_API_TOKEN!);\n",
    });
    expect(confidenceById(result)).toEqual({ stripe: 'possible', postmark: 'possible' });
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
