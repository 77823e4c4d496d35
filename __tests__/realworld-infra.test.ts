/**
 * Discovery defects found by scanning real infrastructure repositories (SAM stacks, Kubernetes
 * demos, Azure Terraform, self-hosted compose stacks, Rust workspaces), each reproduced here
 * with a small fixture of our own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

describe('CloudFormation and SAM templates', () => {
  it('reads the resources of a SAM template.yaml at the lines of their Type', async () => {
    const result = await scanFiles({
      'template.yaml': [
        "AWSTemplateFormatVersion: '2010-09-09'", // 1
        'Transform: AWS::Serverless-2016-10-31', //   2
        'Resources:', //                              3
        '  Orders:', //                               4
        '    Type: AWS::DynamoDB::Table', //          5
        '  Jobs:', //                                 6
        '    Type: AWS::SQS::Queue', //               7
        '    Properties:', //                         8
        '      QueueName: !Sub "${AWS::StackName}-jobs"', // 9
        '  Api:', //                                  10
        '    Type: AWS::Serverless::Function', //     11
      ].join('\n'),
    });
    expect(result.warnings).toEqual([]);
    // The serverless function is the app running on Lambda (rules/aws-lambda.yml).
    expect(evidenceById(result)).toEqual({ 'aws-sqs': ['template.yaml:7'], dynamodb: ['template.yaml:5'], 'aws-lambda': ['template.yaml:11'] });
  });

  it('reads JSON templates and templates in a cloudformation/ folder; ignores other template.yaml files', async () => {
    const result = await scanFiles({
      'infra/cloudformation/storage.json': JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { Uploads: { Type: 'AWS::S3::Bucket' } } }, null, 2),
      // A Backstage software template: claimed by name, but not CloudFormation.
      'backstage/template.yaml': 'apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nspec:\n  steps: []\n',
      // A Go text/template that is not even YAML: passed over without a warning.
      'web/template.yml': '{{ range .Items }}\n- {{ .Name }}\n{{ end }}\n',
    });
    expect(result.warnings).toEqual([]);
    expect(evidenceById(result)).toEqual({ 'aws-s3': ['infra/cloudformation/storage.json:5'] });
  });

  it('follows serverless.yml resources included with ${file(...)}, inside the repository only', async () => {
    const result = await scanFiles({
      'serverless.yml': ['service: notes', 'provider:', '  name: aws', 'resources:', '  - ${file(resources/dynamodb-table.yml)}', '  - ${file(../outside.yml)}', '  - Resources:', '      Bucket:', '        Type: AWS::S3::Bucket'].join('\n'),
      'resources/dynamodb-table.yml': ['Resources:', '  NotesTable:', '    Type: AWS::DynamoDB::Table'].join('\n'),
    });
    expect(evidenceById(result)).toEqual({ 'aws-s3': ['serverless.yml:9'], dynamodb: ['resources/dynamodb-table.yml:3'] });
  });
});

describe('Kubernetes folders and images', () => {
  it('reads manifests in folders whose name contains a manifest word (kubernetes-manifests/, k8s-prod/)', async () => {
    const deployment = (image: string): string => ['apiVersion: apps/v1', 'kind: Deployment', 'spec:', '  template:', '    spec:', '      containers:', '        - name: c', `          image: ${image}`].join('\n');
    const result = await scanFiles({
      'kubernetes-manifests/redis.yaml': deployment('redis:alpine'),
      'k8s-prod/db.yaml': deployment('postgres:16'),
      // "kubernetes" inside a longer word is not a folder word.
      'src/kubernetesish/config.yaml': deployment('mongo:7'),
    });
    expect(evidenceById(result)).toEqual({ postgresql: ['k8s-prod/db.yaml:8'], redis: ['kubernetes-manifests/redis.yaml:8'] });
  });

  it("takes a project's own build of an official image for that engine, by the last segment only", async () => {
    const result = await scanFiles({
      'docker-compose.yml': ['services:', '  database:', '    image: ghcr.io/immich-app/postgres:14-vectorchord0.4.3', '  worker:', '    image: ghcr.io/immich-app/redis-tools:1', '  api:', '    image: ghcr.io/immich-app/server:v1'].join('\n'),
    });
    expect(evidenceById(result)).toEqual({ postgresql: ['docker-compose.yml:3'] });
  });

  it('a self-run Confluent Platform image is Kafka without Confluent Cloud as its provider', async () => {
    const result = await scanFiles({
      'docker-compose.yml': ['services:', '  kafka:', '    image: "confluentinc/cp-kafka:7.6.1"', '    environment:', '      CONFLUENT_SUPPORT_METRICS_ENABLE: "false"'].join('\n'),
    });
    expect(result.dependencies.map((d) => [d.id, d.provider])).toEqual([['kafka', null]]);
    const cloud = await scanFiles({ '.env.example': 'CONFLUENT_CLOUD_API_KEY=\nKAFKA_BOOTSTRAP_SERVERS=\n' });
    expect(cloud.dependencies.map((d) => [d.id, d.provider])).toEqual([['kafka', 'confluent-cloud']]);
  });
});

describe('Azure Cosmos DB', () => {
  it('a MongoDB-API account is MongoDB on Cosmos DB; the default (NoSQL) API is Cosmos DB itself; a variable kind is neither', async () => {
    const result = await scanFiles({
      'infra/main.tf': [
        'resource "azurerm_cosmosdb_account" "mongo" {', // 1
        '  kind = "MongoDB"',
        '}',
        'resource "azurerm_cosmosdb_account" "docs" {', //  4
        '  offer_type = "Standard"',
        '}',
        'resource "azurerm_cosmosdb_account" "any" {', //   7
        '  kind = var.kind',
        '}',
      ].join('\n'),
    });
    expect(result.dependencies.map((d) => [d.id, d.provider, d.evidence.map((e) => e.line)])).toEqual([
      ['azure-cosmos-db', null, [4]],
      ['mongodb', 'azure-cosmos-db', [1]],
    ]);
  });
});

describe('Rust workspaces', () => {
  it('[workspace.dependencies] pins versions only: a crate no member uses is no dependency', async () => {
    const result = await scanFiles({
      'Cargo.toml': ['[workspace]', 'members = ["api"]', '', '[workspace.dependencies]', 'redis = "0.25"', 'diesel = { version = "2", features = ["postgres"] }'].join('\n'),
      'api/Cargo.toml': ['[package]', 'name = "api"', '', '[dependencies]', 'diesel = { workspace = true, features = ["postgres"] }'].join('\n'),
    });
    expect(evidenceById(result)).toEqual({ postgresql: ['api/Cargo.toml:5'] });
  });
});
