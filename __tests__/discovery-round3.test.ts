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
