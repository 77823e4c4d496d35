/**
 * Defects a review of round 6 found, each reproduced on a small repository of our own: a
 * selector naming the service itself read as "another backend", a dead-letter word in a file's
 * path hiding the main queue, conditional-comment wording that is no choice, and plan aliases
 * that are everyday words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/index.js';
import type { CheckReport } from '../src/check/types.js';
import { confidenceById, json, lines, reasonOf } from './helpers/confidence.js';
import { cleanupTempDirs, makeRepo } from './helpers/repo.js';
import { scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

const app = (dependencies: Record<string, string>): string =>
  json({ name: 'shop', version: '1.0.0', scripts: { start: 'node server.js' }, dependencies: { express: '^4.0.0', ...dependencies } });

describe('a storage selector set to this very service', () => {
  it('STORAGE_PROVIDER=s3 (a selector name the rule does not list) with an imported S3 client is no "other backend": the SDK stays gated', async () => {
    const result = await scanFiles({
      'package.json': app({ '@aws-sdk/client-s3': '^3.0.0' }),
      '.env.example': lines('STORAGE_PROVIDER=s3', 'PORT=3000'),
      'server.js': lines("const { S3Client } = require('@aws-sdk/client-s3');", 'module.exports = new S3Client({});'),
      Dockerfile: lines('FROM node:20', 'COPY . .', 'CMD ["node", "server.js"]'),
    });
    expect(reasonOf(result, 'aws-s3')).not.toMatch(/picks another/);
    expect(confidenceById(result)['aws-s3']).not.toBe('possible');
  });

  it('control: STORAGE_PROVIDER=local picks another backend, so the same client is an option', async () => {
    const result = await scanFiles({
      'package.json': app({ '@aws-sdk/client-s3': '^3.0.0' }),
      '.env.example': lines('STORAGE_PROVIDER=local', 'PORT=3000'),
      'server.js': lines("const { S3Client } = require('@aws-sdk/client-s3');", 'module.exports = new S3Client({});'),
      Dockerfile: lines('FROM node:20', 'COPY . .', 'CMD ["node", "server.js"]'),
    });
    expect(confidenceById(result)['aws-s3']).toBe('possible');
  });
});

describe('a mail selector set to the protocol', () => {
  it('MAIL_DRIVER=smtp among "options: smtp | postmark" selects no server: SMTP stays one of the options, to triage (docmost)', async () => {
    const files = (selector: string[]): Record<string, string> => ({
      'package.json': app({ nodemailer: '^6.9.0', postmark: '^4.0.0' }),
      '.env.example': lines(...selector, '# SMTP driver config', 'SMTP_HOST=127.0.0.1', 'SMTP_PORT=587', '', '# Postmark driver config', 'POSTMARK_TOKEN='),
      'mail.js': lines("const nodemailer = require('nodemailer');", "const postmark = require('postmark');", 'module.exports = { nodemailer, postmark };'),
      Dockerfile: lines('FROM node:20', 'COPY . .', 'CMD ["node", "mail.js"]'),
    });
    const withSelector = await scanFiles(files(['# options: smtp | postmark', 'MAIL_DRIVER=smtp', '']));
    expect(reasonOf(withSelector, 'smtp')).not.toMatch(/selects it/);
    expect(confidenceById(withSelector).smtp).toBe('possible');
  });
});

describe('dead-letter queues are named by the resource, not by its file', () => {
  it('the main queue in sqs_dlq.tf is the product\'s queue; only its _dlq sibling is the dead-letter copy', async () => {
    const result = await scanFiles({
      'infra/sqs_dlq.tf': lines('resource "aws_sqs_queue" "orders" {', '  name = "orders"', '}', '', 'resource "aws_sqs_queue" "orders_dlq" {', '  name = "orders-dlq"', '}'),
    });
    expect(confidenceById(result)['aws-sqs']).toBe('confirmed');
  });
});

describe('conditional comments in env templates', () => {
  it('"Required when you deploy to production" makes nothing optional', async () => {
    const result = await scanFiles({
      'package.json': app({ stripe: '^17.0.0' }),
      '.env.example': lines('# Required when you deploy to production', 'STRIPE_SECRET_KEY='),
      'server.js': lines("const Stripe = require('stripe');", 'module.exports = new Stripe(process.env.STRIPE_SECRET_KEY);'),
    });
    expect(confidenceById(result).stripe).toBe('likely');
  });

  it('control: "Required if you use Stripe payments" is the deployer\'s choice', async () => {
    const result = await scanFiles({
      'package.json': app({ stripe: '^17.0.0' }),
      '.env.example': lines('# Required if you use Stripe payments', 'STRIPE_SECRET_KEY='),
      'server.js': lines("const Stripe = require('stripe');", 'module.exports = new Stripe(process.env.STRIPE_SECRET_KEY);'),
    });
    expect(confidenceById(result).stripe).toBe('possible');
  });
});

describe('plan aliases that are everyday words cover nothing', () => {
  async function gaps(plan: string, files: Record<string, string>): Promise<string[]> {
    let out = '';
    await runCli(['check', makeRepo({ 'DISASTER_RECOVERY.md': plan, ...files }), '--json'], { stdout: (t) => (out += t), stderr: () => undefined });
    return (JSON.parse(out) as CheckReport).gaps;
  }
  const scenario = (title: string, body: string): string => ['# Plan', '', `## Scenario: ${title}`, '', '**Impact:** checkout fails.', '', `1. ${body}`, '2. Run `curl -fsS "$APP_URL/health"` until it answers.', ''].join('\n');

  it.each([
    ['influxdb', 'Traffic spike', 'Scale out for the influx of traffic: `kubectl scale deploy/web --replicas=6`.', { 'package.json': app({ influx: '^5.9.0' }), '.env.example': 'INFLUX_URL=\n', 'server.js': "const Influx = require('influx');\nmodule.exports = new Influx.InfluxDB(process.env.INFLUX_URL);\n" }],
    ['aws-kms', 'Google Cloud KMS key disabled', 'Re-enable the key in Cloud Key Management Service: `gcloud kms keys versions enable 1 --key app --keyring main --location global`.', { 'package.json': app({ '@aws-sdk/client-kms': '^3.0.0' }), '.env.example': 'AWS_KMS_KEY_ID=\n', 'server.js': "const { KMSClient } = require('@aws-sdk/client-kms');\nmodule.exports = new KMSClient({ keyId: process.env.AWS_KMS_KEY_ID });\n" }],
  ] as const)('a scenario that only says the word does not cover %s', async (id, title, body, files) => {
    expect(await gaps(scenario(title, body), files)).toContain(id);
  });
});

describe('review-app folders are one list for every extractor', () => {
  it('a compose file under preview-apps/ is a preview, as Terraform under it already was: its database is not gated', async () => {
    const compose = lines('services:', '  web:', '    build: .', '  db:', '    image: postgres:16');
    const preview = await scanFiles({ 'preview-apps/docker-compose.yml': compose, Dockerfile: lines('FROM node:20') });
    expect(confidenceById(preview).postgresql).not.toBe('confirmed');
    const production = await scanFiles({ 'deploy/docker-compose.yml': compose, Dockerfile: lines('FROM node:20') });
    expect(confidenceById(production).postgresql).toBe('confirmed');
  });
});
