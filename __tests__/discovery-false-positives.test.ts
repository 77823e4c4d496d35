/**
 * The false-positive classes of issue 12, each as a small fixture of our own: evidence that names a
 * service without showing that the deployment needs it. Such a service may still be listed, as
 * `possible` (to triage), but the gate does not fail on it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { confidenceById, gated, json, lines, reasonOf } from './helpers/confidence.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

const app = (deps: Record<string, string>, extra: Record<string, unknown> = {}): string => json({ name: 'app', private: true, ...extra, dependencies: deps });

describe('optional integrations presented to the deployer', () => {
  it('a GITHUB_CLIENT_ID under an env template\'s INTEGRATIONS heading is an option, not GitHub sign-in', async () => {
    const result = await scanFiles({
      '.env.example': lines(
        '# Required',
        'DATABASE_URL=postgres://app@localhost:5432/app',
        '',
        '# ----- INTEGRATIONS -----',
        '# GitHub: link previews for pasted repository URLs',
        'GITHUB_CLIENT_ID=',
        'GITHUB_CLIENT_SECRET=',
      ),
      'package.json': app({ pg: '^8.12.0' }),
      'src/server.ts': "import pg from 'pg';\nexport const pool = new pg.Pool();\n",
    });
    expect(confidenceById(result)).toEqual({ 'github-oauth': 'possible', postgresql: 'confirmed' });
    expect(reasonOf(result, 'github-oauth')).toContain('INTEGRATIONS');
  });

  it('an OPTIONAL banner holds until the next banner; a REQUIRED one ends it', async () => {
    const result = await scanFiles({
      '.env.example': lines(
        '###### REQUIRED ######',
        'RESEND_API_KEY=',
        '###### OPTIONAL ######',
        '# For AI features',
        'ANTHROPIC_API_KEY=',
        '',
        'OPENAI_API_KEY=',
      ),
      'package.json': app({ resend: '^4.0.0', '@anthropic-ai/sdk': '^0.30.0', openai: '^4.0.0' }),
      'src/mail.ts': "import { Resend } from 'resend';\nexport const resend = new Resend(process.env.RESEND_API_KEY);\n",
      'src/ai.ts': "import Anthropic from '@anthropic-ai/sdk';\nimport OpenAI from 'openai';\nexport const clients = [new Anthropic(), new OpenAI()];\n",
    });
    expect(confidenceById(result)).toEqual({ anthropic: 'possible', openai: 'possible', resend: 'likely' });
  });

  it('SSO options, one of several: two sign-in providers in one file are alternatives', async () => {
    const result = await scanFiles({
      '.env.example': lines('DATABASE_URL=postgres://localhost/app', 'GOOGLE_CLIENT_ID=', 'GOOGLE_CLIENT_SECRET=', 'GITHUB_CLIENT_ID=', 'GITHUB_CLIENT_SECRET='),
      'package.json': app({ pg: '^8.12.0', 'passport-google-oauth20': '^2.0.0', 'passport-github2': '^0.1.12' }),
      'src/auth.ts': "import { Strategy as Google } from 'passport-google-oauth20';\nimport { Strategy as GitHub } from 'passport-github2';\nexport const strategies = [Google, GitHub];\n",
    });
    expect(confidenceById(result)).toEqual({ 'github-oauth': 'possible', 'google-oauth': 'possible', postgresql: 'confirmed' });
    expect(reasonOf(result, 'google-oauth')).toMatch(/one of 2 sign-in providers/);
  });

  it('an AI SDK behind a feature flag: imported, but no deployment setting configures it', async () => {
    const result = await scanFiles({
      '.env.example': lines('DATABASE_URL=postgres://localhost/app', 'AI_FEATURES_ENABLED=false'),
      'package.json': app({ pg: '^8.12.0', openai: '^4.60.0' }),
      'src/ai/summarize.ts': "import OpenAI from 'openai';\nexport const enabled = process.env.AI_FEATURES_ENABLED === 'true';\nexport const client = enabled ? new OpenAI() : undefined;\n",
    });
    expect(gated(result)).toEqual(['postgresql']);
    expect(reasonOf(result, 'openai')).toMatch(/no deployment setting configures it/);
  });

  it('a mailer package that is one of several transports: the selector picks one, the others are options', async () => {
    const result = await scanFiles({
      '.env.example': lines('# options: smtp | postmark', 'MAIL_DRIVER=smtp', 'SMTP_HOST=127.0.0.1', 'SMTP_PORT=587', '', '# Postmark driver config', 'POSTMARK_TOKEN='),
      'package.json': app({ nodemailer: '^6.9.0', postmark: '^4.0.0' }),
      'src/mail/drivers/smtp.driver.ts': "import nodemailer from 'nodemailer';\nexport const smtp = nodemailer.createTransport({});\n",
      'src/mail/drivers/postmark.driver.ts': "import { ServerClient } from 'postmark';\nexport const postmark = new ServerClient('x');\n",
    });
    expect(confidenceById(result).postmark).toBe('possible');
    // Round 6: the selector itself is the reason (it picks smtp, and nothing configures Postmark).
    expect(reasonOf(result, 'postmark')).toMatch(/MAIL_DRIVER=smtp \(\.env\.example:2\) picks another email backend and nothing configures Postmark/);
  });

  it('SDKs in a monorepo package that no deployed app uses', async () => {
    const result = await scanFiles({
      'package.json': json({ name: 'monorepo', private: true, workspaces: ['apps/*', 'packages/*'] }),
      'apps/web/package.json': app({ '@acme/ui': 'workspace:*', pg: '^8.12.0', next: '14.2.0' }, { name: '@acme/web', scripts: { build: 'next build', start: 'next start' } }),
      'apps/web/Dockerfile': lines('FROM node:20-alpine', 'COPY . .', 'CMD ["npm", "start"]'),
      'apps/web/.env.example': lines('DATABASE_URL=postgres://localhost/web', 'STRIPE_SECRET_KEY='),
      'apps/web/src/db.ts': "import pg from 'pg';\nexport const pool = new pg.Pool();\n",
      'packages/ui/package.json': app({ react: '^18.0.0' }, { name: '@acme/ui' }),
      'packages/billing-cli/package.json': app({ stripe: '^16.0.0' }, { name: '@acme/billing-cli' }),
      'packages/billing-cli/src/index.ts': "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\n",
    });
    expect(confidenceById(result)).toEqual({ postgresql: 'confirmed', stripe: 'possible' });
    expect(reasonOf(result, 'stripe')).toMatch(/packages\/billing-cli, which no deployed app/);
  });
});

describe('transitive or unused dependencies', () => {
  it('go.mod lines marked // indirect are another module\'s needs', async () => {
    const result = await scanFiles({
      'go.mod': lines('module example.com/app', '', 'go 1.22', '', 'require (', '\tgithub.com/jackc/pgx/v5 v5.6.0', '\tgo.mongodb.org/mongo-driver v1.15.0 // indirect', ')'),
      'main.go': lines('package main', '', 'import _ "github.com/jackc/pgx/v5/stdlib"', '', 'func main() {}'),
    });
    expect(confidenceById(result)).toEqual({ mongodb: 'possible', postgresql: 'likely' });
    expect(reasonOf(result, 'mongodb')).toMatch(/indirect/);
  });

  it('requirements pins annotated "# via <other package>" are transitive; "# via -r requirements.in" is direct', async () => {
    const result = await scanFiles({
      'requirements.in': lines('celery', 'redis'),
      'requirements.txt': lines(
        'celery==5.4.0',
        '    # via -r requirements.in',
        'kombu==5.4.0',
        '    # via celery',
        'pymongo==4.8.0',
        '    # via',
        '    #   kombu',
        'redis==5.0.8',
        '    # via -r requirements.in',
      ),
      'app/tasks.py': lines('import redis', 'from celery import Celery', '', 'app = Celery(broker="redis://localhost:6379/0")'),
    });
    expect(confidenceById(result)).toEqual({ mongodb: 'possible', redis: 'likely' });
    expect(reasonOf(result, 'mongodb')).toMatch(/transitive pin \(# via kombu\)/);
  });

  it('a declared SDK that no code imports is declared but unused', async () => {
    const result = await scanFiles({
      '.env.example': lines('DATABASE_URL=postgres://localhost/app', 'AWS_S3_BUCKET='),
      'package.json': app({ pg: '^8.12.0', '@aws-sdk/client-s3': '^3.600.0' }),
      'src/index.ts': "import pg from 'pg';\nexport const pool = new pg.Pool();\n",
      // An import in a test does not count.
      'src/upload.test.ts': "import { S3Client } from '@aws-sdk/client-s3';\nexport const client = new S3Client({});\n",
    });
    expect(confidenceById(result)['aws-s3']).toBe('possible');
    expect(reasonOf(result, 'aws-s3')).toMatch(/no code imports it/);
  });

  it('a Spring starter in pom.xml with no configuration or code using it', async () => {
    const pom = lines(
      '<project>',
      '  <modelVersion>4.0.0</modelVersion>',
      '  <groupId>com.acme</groupId><artifactId>portal</artifactId><version>1.0</version>',
      '  <dependencies>',
      '    <dependency><groupId>org.springframework.session</groupId><artifactId>spring-session-data-redis</artifactId></dependency>',
      '    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>',
      '  </dependencies>',
      '</project>',
    );
    const result = await scanFiles({
      'pom.xml': pom,
      'src/main/resources/application.yml': lines('spring:', '  datasource:', '    url: jdbc:postgresql://db:5432/portal', '    username: ${DB_USER}'),
      'src/main/java/com/acme/Portal.java': lines('package com.acme;', 'public class Portal {}'),
    });
    expect(confidenceById(result)).toEqual({ postgresql: 'confirmed', redis: 'possible' });
  });
});

describe('infrastructure that is not the application\'s', () => {
  it('Terraform for CI (.github/terraform/) and a state bucket with its lock table', async () => {
    const result = await scanFiles({
      '.github/terraform/runners.tf': lines('resource "aws_sqs_queue" "runner_jobs" {', '  name = "runner-jobs"', '}'),
      'infra/bootstrap/backend.tf': lines(
        'resource "aws_s3_bucket" "tfstate" {',
        '  bucket = "acme-terraform-state"',
        '}',
        'resource "aws_dynamodb_table" "lock" {',
        '  name     = "terraform-lock"',
        '  hash_key = "LockID"',
        '}',
      ),
      'infra/app/db.tf': lines('resource "aws_db_instance" "main" {', '  engine = "postgres"', '}'),
    });
    expect(gated(result)).toEqual(['postgresql']);
  });

  it('security alerting: GuardDuty findings and alarm topics carry alerts, not the product\'s data', async () => {
    const result = await scanFiles({
      'infra/security/guardduty.tf': lines('resource "aws_sns_topic" "guardduty_findings" {', '  name = "guardduty-findings"', '}'),
      'infra/monitoring/alarms.tf': lines('resource "aws_sns_topic" "alerts" {', '  name = "alerts"', '}'),
      'infra/app/waf.tf': lines('resource "aws_kinesis_firehose_delivery_stream" "waf_logs" {', '  name = "aws-waf-logs-app"', '}'),
      'infra/app/queue.tf': lines('resource "aws_sqs_queue" "jobs" {', '  name = "jobs"', '}'),
    });
    expect(confidenceById(result)).toEqual({ 'aws-kinesis': 'possible', 'aws-sns': 'possible', 'aws-sqs': 'confirmed' });
  });
});

describe('dev-only and auxiliary files', () => {
  it('a local-dev compose file in a subfolder (backing services only, no app) is a local stack', async () => {
    const result = await scanFiles({
      'docker-compose.yml': lines('services:', '  app:', '    build: .', '    environment:', '      DATABASE_URL: postgres://app@db/app', '  db:', '    image: postgres:16'),
      'ops/backing-services/docker-compose.yml': lines('services:', '  cache:', '    image: redis:7', '  search:', '    image: opensearchproject/opensearch:2'),
    });
    expect(confidenceById(result)).toEqual({ opensearch: 'possible', postgresql: 'confirmed', redis: 'possible' });
    expect(reasonOf(result, 'redis')).toMatch(/local stack/);
  });

  it('a Procfile inside docker/ runs processes in a container; it is not Heroku', async () => {
    const result = await scanFiles({
      'docker/Procfile': lines('web: bundle exec puma', 'worker: bundle exec sidekiq'),
      'Dockerfile': lines('FROM ruby:3.3', 'CMD ["overmind", "start", "-f", "docker/Procfile"]'),
    });
    expect(confidenceById(result)).toEqual({ heroku: 'possible' });
  });

  it('an env template for another app (.env.example.<other>) is not this deployment\'s settings', async () => {
    const result = await scanFiles({
      '.env.example': lines('DATABASE_URL=postgres://localhost/app'),
      '.env.example.analytics': lines('CLICKHOUSE_URL=', 'CLICKHOUSE_PASSWORD='),
      '.env.example.complete': lines('DATABASE_URL=postgres://localhost/app', 'REDIS_URL=redis://localhost:6379'),
    });
    // `.env.example.complete` is the same app's, but the reference of every setting it accepts
    // (round 4): what only it names is an option, to triage.
    expect(confidenceById(result)).toEqual({ clickhouse: 'possible', postgresql: 'confirmed', redis: 'possible' });
  });

  it('the documentation site\'s hosting and packages are not the product\'s', async () => {
    const result = await scanFiles({
      'docs/netlify.toml': lines('[build]', '  command = "npm run build"'),
      'docs/package.json': app({ '@docsearch/js': '^3.6.0' }),
      'package.json': app({ pg: '^8.12.0' }),
      '.env.example': lines('DATABASE_URL=postgres://localhost/app'),
    });
    expect(confidenceById(result)).toEqual({ algolia: 'possible', netlify: 'possible', postgresql: 'confirmed' });
  });
});
