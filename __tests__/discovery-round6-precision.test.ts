/**
 * Round 6 of issue 12, the precision half: what the deployment does not use (a browser-test
 * harness's databases, a driver whose DATABASE_URL names another engine, a dead-letter queue,
 * per-pull-request review apps) is never a gated dependency. Each class is a small fixture of our
 * own, with a control showing the same service still gated where the deployment needs it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { confidenceById, json, lines, reasonOf } from './helpers/confidence.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

const app = (dependencies: Record<string, string>): string =>
  json({ name: 'vault', version: '1.0.0', scripts: { start: 'node server.js' }, dependencies: { express: '^4.0.0', ...dependencies } });

describe('a browser-test harness (playwright/, cypress/) is test material, not the product', () => {
  const harness = (folder: string): Record<string, string> => ({
    [`${folder}/package.json`]: json({ name: 'e2e', private: true, dependencies: { '@playwright/test': '^1.45.0', mysql2: '^3.0.0' } }),
    [`${folder}/.env.template`]: lines('MARIADB_PORT=3307', 'MYSQL_PORT=3309'),
    [`${folder}/docker-compose.yml`]: lines('services:', '  vault:', '    build: ..', '  mariadb:', '    image: mariadb:11.2', '  mysql:', '    image: mysql:8.4'),
    [`${folder}/global-utils.ts`]: lines("import mysql from 'mysql2';", 'export const port = process.env.MARIADB_PORT;'),
  });

  it('databases that only a playwright/ or cypress/ folder runs and configures are not dependencies', async () => {
    for (const folder of ['playwright', 'cypress']) {
      const result = await scanFiles({ 'package.json': app({}), 'server.js': lines("require('express')();"), ...harness(folder) });
      expect(confidenceById(result)).not.toHaveProperty('mariadb');
      expect(confidenceById(result)).not.toHaveProperty('mysql');
    }
  });

  it('control: the same compose file at the repository root is the deployment, still confirmed', async () => {
    const moved = Object.fromEntries(Object.entries(harness('playwright')).map(([path, text]) => [path.replace('playwright/', 'deploy/'), text]));
    const result = await scanFiles({ 'package.json': app({}), 'server.js': lines("require('express')();"), ...moved });
    expect(confidenceById(result)).toMatchObject({ mariadb: 'confirmed', mysql: 'confirmed' });
  });
});

describe('a generic DATABASE_URL configures the one database driver only when it does not name another engine', () => {
  const files = (url: string): Record<string, string> => ({
    'package.json': app({ '@prisma/client': '^6.0.0', 'better-sqlite3': '^12.0.0' }),
    'prisma/schema.prisma': lines('datasource db {', '  provider = "postgresql"', '  url      = env("DATABASE_URL")', '}'),
    '.env.example': lines(`DATABASE_URL="${url}"`, 'PORT=3000'),
    'src/db.ts': lines("import { PrismaClient } from '@prisma/client';", 'export const prisma = new PrismaClient({ datasourceUrl: process.env.DATABASE_URL });'),
    'src/sync.ts': lines("import Database from 'better-sqlite3';", "export const local = new Database('data/orders.db');"),
  });

  it('better-sqlite3 beside a postgresql:// DATABASE_URL (read by the code too) is not configured by it: possible', async () => {
    const result = await scanFiles(files('postgresql://app:secret@localhost:5432/orders'));
    expect(confidenceById(result)).toMatchObject({ postgresql: 'confirmed', sqlite: 'possible' });
    expect(reasonOf(result, 'sqlite')).toMatch(/better-sqlite3 is declared \(package\.json:\d+\) but no deployment setting configures it/);
  });

  it('control: a DATABASE_URL whose value names no engine still configures the one driver', async () => {
    const result = await scanFiles({ ...files(''), 'prisma/schema.prisma': lines('generator client {', '  provider = "prisma-client-js"', '}') });
    expect(confidenceById(result)).toMatchObject({ sqlite: 'likely' });
    expect(reasonOf(result, 'sqlite')).toMatch(/is the only database driver, and DATABASE_URL/);
  });
});

describe('Terraform for what catches failures or previews changes is not the product', () => {
  const lambda = lines(
    'resource "aws_lambda_function" "rewrite" {',
    '  function_name = "rewrite"',
    '  dead_letter_config {',
    '    target_arn = aws_sqs_queue.lambda_dlq.arn',
    '  }',
    '}',
  );

  it('an SQS queue named as a dead-letter queue (lambda_dlq, orders-dead-letter) is possible, with the reason', async () => {
    const result = await scanFiles({
      'edge/lambda.tf': lambda,
      'edge/dlq.tf': lines('resource "aws_sqs_queue" "lambda_dlq" {', '  name = "rewrite-dlq"', '}'),
      'jobs/queue.tf': lines('resource "aws_sqs_queue" "orders_dead_letter" {', '  name = "orders-dead-letter"', '}'),
    });
    expect(confidenceById(result)).toMatchObject({ 'aws-sqs': 'possible' });
    expect(reasonOf(result, 'aws-sqs')).toMatch(/its name says it catches failed messages \((?:dlq|dead letter)\), not the product's data/);
  });

  it('control: the work queue beside its dead-letter queue is confirmed', async () => {
    const result = await scanFiles({
      'jobs/queue.tf': lines('resource "aws_sqs_queue" "orders" {', '  name = "orders"', '}', 'resource "aws_sqs_queue" "orders_dlq" {', '  name = "orders-dlq"', '}'),
    });
    expect(confidenceById(result)).toMatchObject({ 'aws-sqs': 'confirmed' });
    expect(reasonOf(result, 'aws-sqs')).toMatch(/aws_sqs_queue\.orders \(/);
  });

  it('an ECS service under .review_apps/ (per-pull-request review apps) is not production: not gated', async () => {
    const result = await scanFiles({
      'Gemfile': lines("source 'https://rubygems.org'", "gem 'rails'"),
      '.review_apps/ecs_service.tf': lines('resource "aws_ecs_service" "app" {', '  name = "forms-admin-pr"', '}'),
    });
    expect(confidenceById(result)['aws-ecs'] ?? 'possible').toBe('possible');
  });

  it('a compose file under review-apps/ is dev scope too; the same file under deploy/ is confirmed', async () => {
    const compose = lines('services:', '  web:', '    build: ..', '  db:', '    image: postgres:16');
    expect(confidenceById(await scanFiles({ 'review-apps/docker-compose.yml': compose }))).not.toHaveProperty('postgresql');
    expect(confidenceById(await scanFiles({ 'deploy/docker-compose.yml': compose }))).toMatchObject({ postgresql: 'confirmed' });
  });

  it('control: the same service under infra/ is confirmed', async () => {
    const result = await scanFiles({ 'infra/ecs_service.tf': lines('resource "aws_ecs_service" "app" {', '  name = "forms-admin"', '}') });
    expect(confidenceById(result)).toMatchObject({ 'aws-ecs': 'confirmed' });
  });
});

describe('a Procfile release phase beside a Dockerfile is a container platform\'s process list, not Heroku', () => {
  const site = {
    'requirements.txt': lines('django==5.0', 'gunicorn==22.0'),
    'Procfile': lines('release: python manage.py migrate', 'web: gunicorn site.wsgi', 'worker: celery -A site worker'),
  };

  it('Procfile `release` with a Dockerfile in the same folder and nothing else of Heroku: possible, with the reason', async () => {
    const result = await scanFiles({ ...site, 'Dockerfile': lines('FROM python:3.12-slim', 'CMD ["gunicorn", "site.wsgi"]') });
    expect(confidenceById(result)).toMatchObject({ heroku: 'possible' });
    expect(reasonOf(result, 'heroku')).toMatch(/Procfile sits beside Dockerfile: platforms that build the image \(Dokku, cabotage\) run its processes too; Heroku builds a Dockerfile only with a heroku\.yml/);
  });

  it('control: the same Procfile with no Dockerfile (a buildpack app) is Heroku, and so is one beside a heroku.yml', async () => {
    expect(confidenceById(await scanFiles(site))).toMatchObject({ heroku: 'confirmed' });
    const withYml = await scanFiles({ ...site, 'Dockerfile': lines('FROM python:3.12-slim'), 'heroku.yml': lines('build:', '  docker:', '    web: Dockerfile') });
    expect(confidenceById(withYml)).toMatchObject({ heroku: 'confirmed' });
  });
});

describe('a storage SDK the template\'s own selector does not pick', () => {
  const php = (storage: string): Record<string, string> => ({
    'composer.json': json({ name: 'acme/music', require: { 'laravel/framework': '^11.0', 'league/flysystem-aws-s3-v3': '^3.0' } }),
    'app/Models/Song.php': lines('<?php', 'class Song {', '  public static function pathOf(string $bucket, string $key): string { return "s3://$bucket/$key"; }', '}'),
    '.env.example': lines('# The storage driver. Valid values are:', '# local: files on this server', '# s3: Amazon S3 or a compatible service', `STORAGE_DRIVER=${storage}`, '', 'DB_CONNECTION=mysql'),
  });

  it('STORAGE_DRIVER=local in the template: the S3 adapter nothing configures is an option, possible, with the reason', async () => {
    const result = await scanFiles(php('local'));
    expect(confidenceById(result)).toMatchObject({ 'aws-s3': 'possible', mysql: 'confirmed' });
    expect(reasonOf(result, 'aws-s3')).toMatch(/STORAGE_DRIVER=local \(\.env\.example:4\) picks another storage backend/);
  });

  it('control: STORAGE_DRIVER=s3 is the deployment\'s choice, confirmed', async () => {
    expect(confidenceById(await scanFiles(php('s3')))).toMatchObject({ 'aws-s3': 'confirmed' });
  });
});

describe('settings an env template makes conditional on the deployer\'s choice', () => {
  const sso = (comment: string): Record<string, string> => ({
    'composer.json': json({ name: 'acme/music', require: { 'laravel/framework': '^11.0', 'laravel/socialite': '^5.0' } }),
    'config/services.php': lines('<?php', "return ['google' => ['client_id' => env('SSO_GOOGLE_CLIENT_ID'), 'client_secret' => env('SSO_GOOGLE_CLIENT_SECRET')]];"),
    '.env.example': lines('DB_CONNECTION=mysql', '', comment, 'SSO_GOOGLE_CLIENT_ID=', 'SSO_GOOGLE_CLIENT_SECRET='),
  });

  it('"If using SSO, set the providers here" over the Google client settings: possible, with the reason', async () => {
    const result = await scanFiles(sso('# If using SSO, set the providers details here. SSO is enabled when these are set.'));
    expect(confidenceById(result)).toMatchObject({ 'google-oauth': 'possible', mysql: 'confirmed' });
    expect(reasonOf(result, 'google-oauth')).toMatch(/under "If using SSO, set the providers details here/);
  });

  it('"only needed if you intend on sending emails" and "Redis, if you need it" make those settings options too', async () => {
    const result = await scanFiles({
      'requirements.txt': lines('django==5.0', 'redis==5.0'),
      'app/settings.py': lines('import os', 'REDIS_URL = os.environ.get("REDIS_URL")', 'EMAIL_HOST = os.environ.get("EMAIL_HOST")'),
      '.env.example': lines('# Redis, if you need it for the queues', 'REDIS_URL=redis://localhost:6379/0', '', '# This is only needed if you intend on sending emails', 'EMAIL_HOST=smtp.example.org'),
    });
    expect(confidenceById(result)).toMatchObject({ redis: 'possible', smtp: 'possible' });
  });

  it('control: a comment that only explains the setting ("Set the port to 0 if using a socket", "the Google client") keeps it gated', async () => {
    expect(confidenceById(await scanFiles(sso('# The Google OAuth client for staff sign-in (set the port to 0 if using a socket)')))).toMatchObject({ 'google-oauth': 'likely' });
  });
});
