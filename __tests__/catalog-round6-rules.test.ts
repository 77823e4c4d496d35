/**
 * Discovery round 6 (issue 12): the catalog's reach. Services production deployments commonly
 * depend on that the catalog had no rule for. The rule files are checked as data (each loads as
 * its YAML says, drafts a title that reads as a sentence, a provider-run one has a status page);
 * one small deployed repository of our own per signal kind is found with the right id and
 * confidence, and look-alikes (a word inside another name, a package of the same name) are not.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRulesDir, loadBuiltinRules } from '../src/catalog/load.js';
import { parseRule } from '../src/catalog/rule-file.js';
import { scenarioTitleFor } from '../src/draft/stub.js';
import { confidenceById, lines } from './helpers/confidence.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

/** The rules of this round, with the scenario title each drafts ("<name> <failure>"). */
const TITLES: Record<string, string> = {
  solr: 'Apache Solr cluster unavailable or index corrupted',
  'backblaze-b2': 'Backblaze B2 API outage or objects deleted',
  'hashicorp-vault': 'HashiCorp Vault sealed or unavailable',
  influxdb: 'InfluxDB instance unavailable or data deleted',
  couchdb: 'Apache CouchDB node unavailable or data corrupted',
  couchbase: 'Couchbase cluster unavailable or node failed',
  surrealdb: 'SurrealDB instance unavailable or data corrupted',
  'apache-pulsar': 'Apache Pulsar brokers or bookies unavailable',
  'azure-event-hubs': 'Azure Event Hubs namespace or region unavailable',
  milvus: 'Milvus cluster unavailable or collection lost',
  chroma: 'Chroma server unavailable or collection lost',
  groq: 'Groq API outage or rate limiting',
  'together-ai': 'Together AI API outage or rate limiting',
  replicate: 'Replicate API outage or cold starts',
  'aws-bedrock': 'Amazon Bedrock model or region unavailable, or throttled',
  ollama: 'Ollama server down or model not loaded',
  'aws-kms': 'AWS KMS key disabled, scheduled for deletion or regional outage',
  'aws-secrets-manager': 'AWS Secrets Manager regional outage, secret deleted or rotation failed',
  'aws-lambda': 'AWS Lambda regional outage, throttling or a bad deploy',
  'aws-elastic-beanstalk': 'AWS Elastic Beanstalk environment unhealthy or regional outage',
  digitalocean: 'DigitalOcean region or Droplet outage',
  'digitalocean-spaces': 'DigitalOcean Spaces region outage or objects deleted',
  'google-cloud-run': 'Google Cloud Run region outage or a failing revision',
  'google-app-engine': 'Google App Engine region outage or a failing version',
  zitadel: 'ZITADEL identity provider unavailable',
  ory: 'Ory identity service unavailable',
  supertokens: 'SuperTokens core unavailable',
  workos: 'WorkOS API outage',
  stytch: 'Stytch API outage',
  fusionauth: 'FusionAuth identity provider unavailable',
  authentik: 'authentik identity provider unavailable',
  logto: 'Logto identity provider unavailable',
  revenuecat: 'RevenueCat API outage',
  mollie: 'Mollie API outage',
  square: 'Square API outage',
  'coinbase-commerce': 'Coinbase Commerce API outage',
  plivo: 'Plivo API or carrier outage',
  telnyx: 'Telnyx API or carrier outage',
  messagebird: 'MessageBird API or carrier outage',
  gandi: 'Gandi LiveDNS DNS outage or records changed',
  '1password': '1Password Secrets Automation service or Connect server unavailable',
  akamai: 'Akamai edge outage or property misconfigured',
  replit: 'Replit Deployments platform outage or a failing deployment',
};
const ADDED = Object.keys(TITLES);

/** Self-run services: their recovery is the team's own steps, not waiting on a provider. */
const SELF_RUN = [
  'apache-pulsar', 'authentik', 'aws-kms', 'chroma', 'couchbase', 'couchdb', 'fusionauth', 'hashicorp-vault', 'influxdb',
  'logto', 'milvus', 'ollama', 'ory', 'solr', 'supertokens', 'surrealdb', 'zitadel',
];

describe('round 6 rules in the built-in catalog', () => {
  const rules = loadBuiltinRules();
  const rule = (id: string) => rules.find((r) => r.id === id)!;

  it('loads every added rule from rules/, each as its YAML says', () => {
    for (const id of ADDED) {
      expect(rule(id), id).toBeDefined();
      expect(rule(id).origin).toBe(`rules/${id}.yml`);
      const yaml = readFileSync(path.join(builtinRulesDir(), `${id}.yml`), 'utf8');
      expect(rule(id)).toEqual(parseRule(yaml, `rules/${id}.yml`));
    }
  });

  it('drafts scenario titles that read as a sentence', () => {
    for (const id of ADDED) expect(scenarioTitleFor(rule(id).name, rule(id).recovery.failure), id).toBe(TITLES[id]);
  });

  it('gives provider-run services a status page and self-run ones their own recovery steps', () => {
    expect(ADDED.filter((id) => !rule(id).recovery.managed).sort()).toEqual(SELF_RUN);
    for (const id of ADDED.filter((id) => rule(id).recovery.managed)) expect(rule(id).recovery.statusPage, id).toMatch(/^https:\/\//);
  });
});

/** A deployed app: a Dockerfile builds the repository root. */
const DOCKERFILE = lines('FROM node:20-slim', 'COPY . .', 'CMD ["node", "server.js"]');

describe('round 6 rules on a small deployed repository', () => {
  it('an npm SDK with its key in the env template and an import is likely; Sanity\'s groq package is not Groq', async () => {
    const files = {
      Dockerfile: DOCKERFILE,
      'package.json': lines(JSON.stringify({ name: 'app', private: true, dependencies: { 'groq-sdk': '^0.9.0', groq: '^3.60.0', '@workos-inc/node': '^7.30.0' } })),
      '.env.example': lines('GROQ_API_KEY=', 'WORKOS_API_KEY=', 'WORKOS_CLIENT_ID=', 'SQUARE_FOOTAGE_UNIT=m2', 'CHROMATIC_PROJECT_TOKEN='),
      'server.js': lines("import Groq from 'groq-sdk';", "import { WorkOS } from '@workos-inc/node';", 'export const groq = new Groq();', 'export const workos = new WorkOS(process.env.WORKOS_API_KEY);'),
      'sanity/queries.js': lines("import groq from 'groq';", 'export const posts = groq`*[_type == "post"]`;'),
    };
    const found = confidenceById(await scanFiles(files));
    expect(found).toMatchObject({ groq: 'likely', workos: 'likely' });
    // A setting that merely starts with a provider's word (Square, Chroma) names nothing.
    expect(found.square).toBeUndefined();
    expect(found.chroma).toBeUndefined();
  });

  it('the Sanity package alone proves nothing; the Groq SDK that nothing configures is possible', async () => {
    const sanityOnly = {
      Dockerfile: DOCKERFILE,
      'package.json': lines(JSON.stringify({ name: 'site', private: true, dependencies: { groq: '^3.60.0', next: '14.2.5' } })),
      '.env.example': lines('SANITY_PROJECT_ID='),
      'server.js': lines("import groq from 'groq';"),
    };
    expect(confidenceById(await scanFiles(sanityOnly)).groq).toBeUndefined();
    const unconfigured = {
      ...sanityOnly,
      'package.json': lines(JSON.stringify({ name: 'site', private: true, dependencies: { groq: '^3.60.0', 'groq-sdk': '^0.9.0' } })),
      'server.js': lines("import groq from 'groq';", "import Groq from 'groq-sdk';"),
    };
    expect(confidenceById(await scanFiles(unconfigured)).groq).toBe('possible');
  });

  it('a Python client with its URL setting is likely; Solr\'s image in the production compose is confirmed', async () => {
    const files = {
      'requirements.txt': lines('django==5.0.6', 'pysolr==3.10.0', 'b2sdk==2.5.0'),
      '.env.example': lines('SOLR_URL=http://solr:8983/solr/catalog', 'B2_APPLICATION_KEY_ID=', 'B2_APPLICATION_KEY='),
      'search/index.py': lines('import os', 'import pysolr', "solr = pysolr.Solr(os.environ['SOLR_URL'])"),
      'media/storage.py': lines('from b2sdk.v2 import B2Api'),
      Dockerfile: lines('FROM python:3.12-slim', 'COPY . .', 'CMD ["gunicorn", "app.wsgi"]'),
      'docker-compose.yml': lines('services:', '  web:', '    build: .', '  solr:', '    image: solr:9.6'),
    };
    expect(confidenceById(await scanFiles(files))).toMatchObject({ solr: 'confirmed', 'backblaze-b2': 'likely' });
  });

  it('a DNS or CDN provider the stack declares in Terraform is confirmed; AWS glue resources alone are not dependencies', async () => {
    const tf = lines(
      'resource "gandi_livedns_record" "www" {', '  zone = "example.org"', '}',
      'resource "aws_route53_zone" "main" {', '  name = "example.org"', '}',
      'resource "aws_kms_key" "data" {', '  description = "database encryption"', '}',
      'resource "aws_secretsmanager_secret" "db" {', '  name = "db"', '}',
      'resource "aws_lambda_function" "rotate" {', '  function_name = "rotate-logs"', '}',
    );
    const found = confidenceById(await scanFiles({ 'infra/main.tf': tf }));
    expect(found.gandi).toBe('confirmed');
    for (const id of ['aws-kms', 'aws-secrets-manager', 'aws-lambda']) expect(found[id], id).toBeUndefined();
  });

  it('a SAM app runs on Lambda; code that calls KMS with its key setting depends on KMS', async () => {
    const sam = lines('Transform: AWS::Serverless-2016-10-31', 'Resources:', '  Api:', '    Type: AWS::Serverless::Function', '    Properties:', '      Handler: app.handler', '      Runtime: nodejs20.x');
    const files = {
      'template.yaml': sam,
      'package.json': lines(JSON.stringify({ name: 'api', private: true, dependencies: { '@aws-sdk/client-kms': '^3.600.0' } })),
      'app.js': lines("import { KMSClient } from '@aws-sdk/client-kms';", 'export const kms = new KMSClient({});', 'export const keyId = process.env.AWS_KMS_KEY_ID;'),
      '.env.example': lines('AWS_KMS_KEY_ID='),
    };
    expect(confidenceById(await scanFiles(files))).toMatchObject({ 'aws-lambda': 'confirmed', 'aws-kms': 'likely' });
  });

  it('a Go client with VAULT_ADDR is HashiCorp Vault; an Azure Key Vault URL is not', async () => {
    const files = {
      'go.mod': lines('module example.com/api', '', 'go 1.22', '', 'require github.com/hashicorp/vault/api v1.14.0'),
      'main.go': lines('package main', '', 'import (', '\t"os"', '\tvault "github.com/hashicorp/vault/api"', ')', '', 'func main() { _ = os.Getenv("VAULT_ADDR"); _ = vault.DefaultConfig() }'),
      '.env.example': lines('VAULT_ADDR=https://vault.internal:8200', 'AZURE_KEY_VAULT_URL=https://kv.vault.azure.net/'),
      Dockerfile: lines('FROM golang:1.22', 'COPY . .', 'RUN go build -o /api .'),
    };
    const found = confidenceById(await scanFiles(files));
    expect(found['hashicorp-vault']).toBe('likely');
    expect(found['azure-key-vault']).toBeDefined();
    const vaultOnlyAzure = confidenceById(await scanFiles({ ...files, 'go.mod': lines('module example.com/api', '', 'go 1.22'), 'main.go': lines('package main', 'func main() {}'), '.env.example': lines('AZURE_KEY_VAULT_URL=https://kv.vault.azure.net/') }));
    expect(vaultOnlyAzure['hashicorp-vault']).toBeUndefined();
  });

  it('a self-run model server in the production compose is confirmed by its image', async () => {
    const files = {
      Dockerfile: DOCKERFILE,
      'package.json': lines(JSON.stringify({ name: 'chat', private: true, dependencies: { ollama: '^0.5.0' } })),
      'server.js': lines("import ollama from 'ollama';"),
      'docker-compose.yml': lines('services:', '  app:', '    build: .', '    environment:', '      OLLAMA_HOST: http://ollama:11434', '  ollama:', '    image: ollama/ollama:0.3.14'),
    };
    expect(confidenceById(await scanFiles(files)).ollama).toBe('confirmed');
  });
});

describe('.replit: a Replit workspace config deploys the app only with a [deployment] table', () => {
  const replit = (deployment: boolean): string =>
    lines(
      'entrypoint = "server/index.ts"',
      'modules = ["nodejs-20"]',
      '',
      ...(deployment ? ['[deployment]', 'deploymentTarget = "autoscale"', 'run = ["npm", "run", "start"]', ''] : []),
      '[env]',
      'PORT = "5000"',
    );
  const files = (config: string): Record<string, string> => ({
    '.replit': config,
    'package.json': lines(JSON.stringify({ name: 'api', private: true, scripts: { start: 'node dist/index.js' }, dependencies: { stripe: '^16.0.0' } })),
    'server/index.ts': lines("import Stripe from 'stripe';", 'export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);'),
  });

  // Replit keeps an app's secrets in its Secrets store, not in .replit: the file's [env] is run-time
  // plumbing (PORT), and reading it as the repository's settings would leave every SDK unconfigured.
  it('a [deployment] table is the Replit platform, confirmed at its line; its [env] is not where services are configured', async () => {
    const config = replit(true);
    const result = await scanFiles(files(config));
    expect(confidenceById(result)).toMatchObject({ replit: 'confirmed', stripe: 'likely' });
    const evidence = result.dependencies.find((d) => d.id === 'replit')!.evidence.map((e) => `${e.path}:${e.line}`);
    expect(evidence).toEqual([`.replit:${config.split('\n').indexOf('[deployment]') + 1}`]);
  });

  it('without one the file only runs the workspace: no platform', async () => {
    expect(confidenceById(await scanFiles(files(replit(false)))).replit).toBeUndefined();
  });

  it('a broken .replit is reported with its line and gives nothing', async () => {
    const result = await scanFiles(files('[deployment\nrun = 1\n'));
    expect(confidenceById(result).replit).toBeUndefined();
    expect(result.warnings.some((w) => w.path === '.replit' && w.line !== undefined)).toBe(true);
  });
});

describe('a compose file of observability and load-test tools is not a deployment of the product', () => {
  const app = { Dockerfile: DOCKERFILE, 'package.json': lines(JSON.stringify({ name: 'app', private: true, scripts: { start: 'node server.js' } })), 'server.js': lines('export {};') };

  it('InfluxDB beside Grafana only (a k6 results stack) is a local stack, not the product\'s database', async () => {
    const monitoring = lines('services:', '  influxdb:', '    image: influxdb:1.8', '  grafana:', '    image: grafana/grafana:latest', '    ports: ["3000:3000"]');
    const found = confidenceById(await scanFiles({ ...app, 'load-testing/docker-compose.monitoring.yml': monitoring }));
    expect(found.influxdb).toBe('possible');
  });

  it('a compose file that runs a load-test runner is a test stack, whatever else it runs', async () => {
    const perf = lines('services:', '  web:', '    build: .', '  k6:', '    image: grafana/k6:latest', '  db:', '    image: postgres:16');
    expect(confidenceById(await scanFiles({ ...app, 'docker-compose.perf.yml': perf })).postgresql).toBe('possible');
  });

  it('the product\'s own compose with InfluxDB and Grafana still runs the product: confirmed', async () => {
    const prod = lines('services:', '  web:', '    build: .', '  influxdb:', '    image: influxdb:2.7', '  grafana:', '    image: grafana/grafana:11.0.0');
    expect(confidenceById(await scanFiles({ ...app, 'docker-compose.yml': prod })).influxdb).toBe('confirmed');
  });
});

describe('an env template block headed as an alternative provider is an option', () => {
  it('"# Groq (alternative)" under a provider selector: its key, read by the code, is an option to triage', async () => {
    const env = lines(
      '# AI provider (required for AI features)',
      '# Choose provider: "openrouter" | "groq"',
      'AI_PROVIDER=openrouter',
      '',
      '# OpenRouter (recommended)',
      'OPENROUTER_API_KEY=',
      '',
      '# Groq (alternative)',
      'GROQ_API_KEY=',
    );
    const files = {
      Dockerfile: DOCKERFILE,
      'package.json': lines(JSON.stringify({ name: 'app', private: true, scripts: { start: 'node server.js' } })),
      '.env.example': env,
      'lib/ai/openrouter.ts': lines('export const key = process.env.OPENROUTER_API_KEY;'),
      'lib/ai/groq.ts': lines('export const key = process.env.GROQ_API_KEY;', "export const url = 'https://api.groq.com/openai/v1/chat/completions';"),
    };
    expect(confidenceById(await scanFiles(files)).groq).toBe('possible');
  });
});
