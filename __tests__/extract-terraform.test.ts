import { afterAll, describe, expect, it } from 'vitest';
import { terraform } from '../src/discover/extractors/terraform.js';
import { brief, extractOne } from './helpers/extract.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

const INFRA = [
  'resource "aws_db_instance" "orders" {', //               1
  '  engine         = "postgres"',
  '  engine_version = "15.4"',
  '  password       = var.db_password',
  '}',
  '', //                                                      6
  'resource "aws_rds_cluster" "analytics" {',
  '  engine = "aurora-postgresql"',
  '}',
  '', //                                                      10
  'resource "aws_elasticache_cluster" "sessions" {',
  '  engine = "REDIS"',
  '}',
  'resource "aws_elasticache_replication_group" "cache" {}', // 14
  'resource "aws_s3_bucket" "uploads" {',
  '  bucket = "acme-uploads"',
  '}',
  'resource aws_sqs_queue jobs {}', //                        18
  'resource "aws_msk_cluster"   "events" {',
  '  kafka_version = "3.6.0"',
  '}',
  'resource "google_sql_database_instance" "main" {', //      22
  '  database_version = "POSTGRES_15"',
  '  settings {',
  '    tier = "db-f1-micro"',
  '  }',
  '}',
  'resource "azurerm_redis_cache" "cache" {', //              28
  '  sku_name = "Standard"',
  '}',
].join('\n');

describe('terraform extractor', () => {
  it('emits each resource with the line of its header and its literal engine', async () => {
    const { signals, warnings } = await extractOne(terraform, 'infra/main.tf', INFRA);
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual([
      'terraform:aws_db_instance@1',
      'terraform:aws_rds_cluster@7',
      'terraform:aws_elasticache_cluster@11',
      'terraform:aws_elasticache_replication_group@14',
      'terraform:aws_s3_bucket@15',
      'terraform:aws_sqs_queue@18',
      'terraform:aws_msk_cluster@19',
      'terraform:google_sql_database_instance@22',
      'terraform:azurerm_redis_cache@28',
    ]);
    expect(signals.map((s) => s.engine)).toEqual([
      'postgres', 'aurora-postgresql', 'redis', undefined, undefined, undefined, undefined, 'postgres_15', undefined,
    ]);
    expect(signals[0]).toMatchObject({ path: 'infra/main.tf', source: 'terraform', version: '15.4', detail: 'resource aws_db_instance.orders (engine postgres)' });
    // Details name resources, never attribute values such as bucket names.
    expect(signals.map((s) => s.detail).join('\n')).not.toContain('acme-uploads');
  });

  it('reads module sources without the ref or registry host, with version and engine inputs', async () => {
    const text = [
      'module "db" {',
      '  source  = "registry.terraform.io/terraform-aws-modules/rds/aws"',
      '  version = "~> 6.0"',
      '  engine  = "postgres"',
      '}',
      'module "network" {',
      '  source = "git::https://github.com/acme/tf-network.git//vpc?ref=v1.2.0"',
      '}',
      'module "queue" { source = "terraform-aws-modules/sqs/aws" }',
    ].join('\n');
    const { signals } = await extractOne(terraform, 'main.tf', text);
    expect(brief(signals)).toEqual([
      'terraform-module:terraform-aws-modules/rds/aws@1',
      'terraform-module:git::https://github.com/acme/tf-network.git//vpc@6',
      'terraform-module:terraform-aws-modules/sqs/aws@9',
    ]);
    expect(signals[0]).toMatchObject({ engine: 'postgres', version: '~> 6.0', detail: 'module "db" terraform-aws-modules/rds/aws ~> 6.0 (engine postgres)' });
    expect(signals[1]!.engine).toBeUndefined();
  });

  it('skips data sources and keeps interpolated engines out', async () => {
    const text = [
      'data "aws_db_instance" "legacy" {',
      '  db_instance_identifier = "legacy"',
      '}',
      'resource "aws_db_instance" "dynamic" {',
      '  engine = var.engine',
      '}',
      'resource "aws_rds_cluster" "templated" {',
      '  engine = "aurora-${var.flavour}"',
      '}',
      'module "db" {',
      '  source = "terraform-aws-modules/rds/aws"',
      '  engine = local.engine',
      '}',
    ].join('\n');
    const { signals } = await extractOne(terraform, 'main.tf', text);
    expect(brief(signals)).toEqual(['terraform:aws_db_instance@4', 'terraform:aws_rds_cluster@7', 'terraform-module:terraform-aws-modules/rds/aws@10']);
    expect(signals.map((s) => s.engine)).toEqual([undefined, undefined, undefined]);
  });

  it('takes header lines from real blocks, not from comments or heredocs', async () => {
    const text = [
      '# resource "aws_s3_bucket" "assets" {',
      '/*',
      'resource "aws_s3_bucket" "assets" {',
      '}',
      '*/',
      'resource "aws_iam_policy" "p" {',
      '  policy = <<EOF',
      'resource "aws_s3_bucket" "assets" {',
      'EOF',
      '}',
      'resource "aws_s3_bucket" "assets" {', // 11
      '}',
    ].join('\n');
    const { signals } = await extractOne(terraform, 'main.tf', text);
    expect(brief(signals)).toEqual(['terraform:aws_iam_policy@6', 'terraform:aws_s3_bucket@11']);
  });

  it('lists one-line and bare-label headers at their lines', async () => {
    const { signals } = await extractOne(terraform, 'main.tf', 'resource aws_sqs_queue q {}\nlocals {\n  tags = {}\n}\nmodule "m" { source = "x" }\n');
    expect(brief(signals)).toEqual(['terraform:aws_sqs_queue@1', 'terraform-module:x@5']);
  });

  it('warns with the parser line for malformed HCL and returns no signals', async () => {
    const text = ['resource "aws_s3_bucket" "a" {}', '', 'resource "aws_db_instance" "b" {', '  engine = ', '}'].join('\n');
    const { signals, warnings } = await extractOne(terraform, 'infra/broken.tf', text);
    expect(signals).toEqual([]);
    expect(warnings).toEqual([{ path: 'infra/broken.tf', line: 4, message: 'invalid HCL: Invalid expression' }]);

    const unclosed = await extractOne(terraform, 'x.tf', 'module "m" {\n  source = "a"\n');
    expect(unclosed.warnings).toEqual([{ path: 'x.tf', line: 1, message: 'invalid HCL: Unclosed configuration block' }]);
  });

  it('reports the first of several diagnostics without quoting the file', async () => {
    const text = ['resource "aws_db_instance" "b" {', '  engine   = "postgres"', '  password = "hunter\\q2"', '  username = "adm\\win"', '}'].join('\n');
    const { warnings } = await extractOne(terraform, 'db.tf', text);
    expect(warnings).toEqual([{ path: 'db.tf', line: 3, message: 'invalid HCL: Invalid escape sequence' }]);
  });

  it('reads OpenTofu .tofu files and ignores other extensions', async () => {
    expect(['main.tf', 'infra/db.tofu', 'main.tf.json', 'terraform.tfvars', 'main.tf.bak'].map((p) => terraform.matches(p))).toEqual([true, true, false, false, false]);
    const { signals } = await extractOne(terraform, 'db.tofu', 'resource "aws_sqs_queue" "q" {}\n');
    expect(brief(signals)).toEqual(['terraform:aws_sqs_queue@1']);
  });
});

describe('terraform through a real scan', () => {
  it('turns resources and modules into dependency ids, and a broken file only warns', async () => {
    const result = await scanFiles({
      'infra/main.tf': INFRA,
      'infra/modules.tf': 'module "db" {\n  source = "terraform-aws-modules/rds/aws"\n  engine = "mysql"\n}\n',
      'infra/legacy.tf': 'data "aws_elasticsearch_domain" "old" {\n  domain_name = "old"\n}\n',
      'infra/broken.tf': 'resource "aws_dynamodb_table" "t" {\n  name = \n}\n',
      'examples/demo/main.tf': 'resource "aws_docdb_cluster" "d" {}\n',
    });
    const evidence = evidenceById(result);
    expect(Object.keys(evidence)).toEqual(['aws-s3', 'aws-sqs', 'kafka', 'mysql', 'postgresql', 'redis']);
    expect(evidence).toMatchObject({
      'aws-s3': ['infra/main.tf:15'],
      'aws-sqs': ['infra/main.tf:18'],
      kafka: ['infra/main.tf:19'],
      mysql: ['infra/modules.tf:1'],
      postgresql: ['infra/main.tf:1', 'infra/main.tf:7', 'infra/main.tf:22'],
      redis: ['infra/main.tf:11', 'infra/main.tf:14', 'infra/main.tf:28'],
    });
    const byId = Object.fromEntries(result.dependencies.map((d) => [d.id, d]));
    expect(byId.postgresql!.provider).toBe('aws-rds');
    expect(byId.kafka!.provider).toBe('aws-msk');
    expect(result.warnings).toEqual([{ path: 'infra/broken.tf', line: 2, message: 'invalid HCL: Invalid expression' }]);
  });

  it('an engine that is not literal proves no database', async () => {
    const result = await scanFiles({ 'main.tf': 'resource "aws_db_instance" "db" {\n  engine = var.engine\n}\n' });
    expect(result.dependencies).toEqual([]);
  });
});
