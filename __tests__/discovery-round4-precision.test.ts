/**
 * Round 4 of issue 12, the precision half: options a product offers its deployers are reported
 * as `possible` ("to triage") with the reason, never as gated dependencies. Each class is a
 * small fixture of our own, with a control showing the same service still gated where the
 * deployment really declares it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { confidenceById, gated, json, lines, reasonOf } from './helpers/confidence.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

const app = json({ name: 'signer', version: '1.0.0', scripts: { start: 'node server.js' }, dependencies: { express: '^4.0.0' } });

describe('several hosting platforms\' deploy configs side by side', () => {
  const render = lines('services:', '  - type: web', '    name: signer', '    env: docker');
  const railway = lines('[build]', 'builder = "DOCKERFILE"');

  it('a render.yaml beside a railway.toml: each is one hosting option, possible, and the reason names both', async () => {
    const result = await scanFiles({ 'package.json': app, 'render.yaml': render, 'railway.toml': railway });
    expect(confidenceById(result)).toMatchObject({ render: 'possible', railway: 'possible' });
    expect(reasonOf(result, 'render')).toMatch(/one of the hosting options the repository root offers side by side \(Railway, Render\)/);
  });

  it('a netlify.toml beside a Deploy-to-Heroku app.json is an option too', async () => {
    const result = await scanFiles({ 'package.json': app, 'netlify.toml': lines('[build]', 'command = "npm run build"'), 'app.json': json({ name: 'signer', env: { SECRET: { required: true } } }) });
    expect(confidenceById(result)).toMatchObject({ netlify: 'possible', heroku: 'possible' });
  });

  it('control: one platform config, or configs in two apps\' folders, or a platform a workflow deploys to, stay confirmed', async () => {
    const one = await scanFiles({ 'package.json': app, 'render.yaml': render });
    expect(confidenceById(one)).toMatchObject({ render: 'confirmed' });
    const apart = await scanFiles({ 'apps/web/vercel.json': json({ framework: 'nextjs' }), 'apps/web/package.json': app, 'apps/api/fly.toml': lines('app = "signer-api"'), 'apps/api/package.json': app });
    expect(confidenceById(apart)).toMatchObject({ vercel: 'confirmed', fly: 'confirmed' });
    const deployed = await scanFiles({
      'package.json': app,
      'render.yaml': render,
      'railway.toml': railway,
      '.github/workflows/deploy.yml': lines('on: push', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    steps:', '      - run: railway up', '        env:', '          RAILWAY_TOKEN: ${{ secrets.RAILWAY_TOKEN }}'),
    });
    expect(confidenceById(deployed)).toMatchObject({ railway: 'confirmed', render: 'possible' });
  });

  it('a setting named for a platform (HEROKU_APP_NAME) read by the code says it can run there, not that it does', async () => {
    const result = await scanFiles({ 'package.json': app, '.env.example': lines('HEROKU_APP_NAME=', 'SECRET='), 'server.js': lines('const name = process.env.HEROKU_APP_NAME;') });
    expect(confidenceById(result)).toMatchObject({ heroku: 'possible' });
    expect(reasonOf(result, 'heroku')).toMatch(/setting named for Heroku/);
  });
});

describe('a setting the env template marks optional, forwarded by compose or a blueprint', () => {
  const template = lines('DATABASE_URL=postgres://localhost/signer', '', '# [[AUTH OPTIONAL]]', 'GOOGLE_CLIENT_ID=', 'GOOGLE_CLIENT_SECRET=');
  const compose = (extra: string[]): string =>
    lines('services:', '  signer:', '    build: .', '    environment:', '      DATABASE_URL: ${DATABASE_URL}', ...extra.map((row) => `      ${row}`), '  db:', '    image: postgres:16');
  const code = { 'auth.js': lines('const id = process.env.GOOGLE_CLIENT_ID;') };

  it('stays optional where the production compose only passes it on: possible, with the template\'s words', async () => {
    const result = await scanFiles({ 'package.json': app, '.env.example': template, 'docker/production/compose.yml': compose(['GOOGLE_CLIENT_ID: ${GOOGLE_CLIENT_ID}', 'GOOGLE_CLIENT_SECRET: ${GOOGLE_CLIENT_SECRET}']), ...code });
    expect(confidenceById(result)).toMatchObject({ 'google-oauth': 'possible', postgresql: 'confirmed' });
    expect(reasonOf(result, 'google-oauth')).toMatch(/under "\[\[AUTH OPTIONAL\]\]"/);
  });

  it('control: the same compose forwarding a setting the template does not call optional is still read by the code: likely', async () => {
    const plain = lines('DATABASE_URL=postgres://localhost/signer', 'GOOGLE_CLIENT_ID=', 'GOOGLE_CLIENT_SECRET=');
    const result = await scanFiles({ 'package.json': app, '.env.example': plain, 'docker/production/compose.yml': compose(['GOOGLE_CLIENT_ID: ${GOOGLE_CLIENT_ID}']), ...code });
    expect(gated(result)).toContain('google-oauth');
  });
});

describe('a setting read only by an integration\'s own code', () => {
  const template = lines('DB=postgres', 'DATABASE_URL=postgres://db/checks', 'TWILIO_ACCOUNT=', 'TWILIO_AUTH=');

  it('an integrations/ folder reading its key is that integration configuring itself: possible', async () => {
    const result = await scanFiles({ 'requirements.txt': 'django==5.0\n', '.env.example': template, 'hc/integrations/call/transport.py': lines('import os', 'ACCOUNT = os.getenv("TWILIO_ACCOUNT")') });
    expect(confidenceById(result)).toMatchObject({ twilio: 'possible' });
  });

  it('control: the product\'s own code reading it makes it likely', async () => {
    const result = await scanFiles({ 'requirements.txt': 'django==5.0\n', '.env.example': template, 'hc/alerts/sms.py': lines('import os', 'ACCOUNT = os.getenv("TWILIO_ACCOUNT")') });
    expect(confidenceById(result)).toMatchObject({ twilio: 'likely' });
  });
});

describe('env templates that are not a deployment\'s settings', () => {
  it('`.env.example.complete` lists every setting the app accepts: what only it names is possible', async () => {
    const result = await scanFiles({
      'composer.json': json({ require: { 'laravel/framework': '^11.0' } }),
      '.env.example': lines('DB_CONNECTION=mysql', 'DB_HOST=localhost'),
      '.env.example.complete': lines('DB_CONNECTION=mysql', 'MEMCACHED_SERVERS=127.0.0.1:11211:100', 'OKTA_BASE_URL=https://example.okta.com'),
      'app/Config/cache.php': lines('<?php', "return ['servers' => env('MEMCACHED_SERVERS')];"),
    });
    expect(confidenceById(result)).toMatchObject({ mysql: 'confirmed', memcached: 'possible' });
    expect(reasonOf(result, 'memcached')).toMatch(/lists every setting the app accepts/);
  });

  it('`.env.dusk.example` configures the browser-test runner: its mailer is not production evidence', async () => {
    const result = await scanFiles({
      'composer.json': json({ require: { 'laravel/framework': '^11.0', 'symfony/mailgun-mailer': '^7.0' } }),
      '.env.example': lines('DB_CONNECTION=mysql', 'MAIL_MAILER=smtp'),
      '.env.dusk.example': lines('MAILGUN_DOMAIN=sandbox.example.org', 'MAILGUN_SECRET=key'),
    });
    expect(gated(result)).not.toContain('mailgun');
  });
});

describe('a database chosen among several drivers', () => {
  it('settings that differ only in the engine word (POSTGRES_DATABASE_URL, MARIA_DATABASE_URL) are alternatives; the compose image decides', async () => {
    const result = await scanFiles({
      'Cargo.toml': lines('[package]', 'name = "captcha"', 'version = "0.1.0"', '', '[dependencies]', 'sqlx = { version = "0.8", features = ["postgres", "mysql"] }'),
      '.env_sample': lines('export POSTGRES_DATABASE_URL="postgres://postgres:password@localhost:5432/postgres"', 'export MARIA_DATABASE_URL="mysql://root:password@localhost:3306/maria"'),
      'docker-compose.yml': lines('services:', '  app:', '    build: .', '  db:', '    image: postgres:16'),
      'src/settings.rs': lines('let url = "mysql://"; // either scheme is accepted', 'let other = "postgres://";'),
    });
    expect(confidenceById(result)).toMatchObject({ postgresql: 'confirmed', mysql: 'possible' });
    expect(reasonOf(result, 'mysql')).toMatch(/one of the databases \.env_sample offers for DATABASE_URL \(also postgresql\)/);
  });

  it('one package built with two engines\' drivers names neither as the one in use', async () => {
    const result = await scanFiles({
      'Cargo.toml': lines('[package]', 'name = "captcha"', 'version = "0.1.0"', '', '[dependencies]', 'sqlx = { version = "0.8", features = ["postgres", "mysql"] }'),
      '.env.example': lines('SECRET=x'),
      'src/db.rs': lines('use sqlx::Pool;', 'let url = "mysql://";'),
    });
    expect(confidenceById(result)).toMatchObject({ mysql: 'possible', postgresql: 'possible' });
    expect(reasonOf(result, 'mysql')).toMatch(/one of the database drivers the repository builds sqlx with \(MySQL, PostgreSQL\)/);
  });

  it('control: one template URL and one driver stay confirmed', async () => {
    const result = await scanFiles({
      'Cargo.toml': lines('[package]', 'name = "captcha"', 'version = "0.1.0"', '', '[dependencies]', 'sqlx = { version = "0.8", features = ["postgres"] }'),
      '.env_sample': lines('export POSTGRES_DATABASE_URL="postgres://postgres:password@localhost:5432/postgres"'),
    });
    expect(confidenceById(result)).toMatchObject({ postgresql: 'confirmed' });
  });
});

describe('features a template leaves to the deployer', () => {
  it('a section for a commercial edition only (`[[EE ONLY]]`) is optional: its SDK, configured only there, is possible', async () => {
    const result = await scanFiles({
      'package.json': json({ name: 'signer', scripts: { start: 'node server.js' }, dependencies: { '@aws-sdk/client-sesv2': '^3.0.0' } }),
      '.env.example': lines('DATABASE_URL=postgres://localhost/signer', '', '# [[EE ONLY]]', '# The AWS SES key to verify email domains with.', 'SES_ACCESS_KEY_ID=', 'SES_SECRET_ACCESS_KEY='),
      'server.js': lines("import { SESv2Client } from '@aws-sdk/client-sesv2';"),
    });
    expect(confidenceById(result)).toMatchObject({ 'aws-ses': 'possible', postgresql: 'confirmed' });
  });

  it('a feature flag the template leaves off (`NEXT_PUBLIC_SALESFORCE_ENABLED=`) makes its subject\'s settings optional; one left on does not', async () => {
    const code = { 'auth.js': lines('const id = process.env.SALESFORCE_CLIENT_ID;') };
    const off = await scanFiles({ 'package.json': app, '.env.example': lines('NEXT_PUBLIC_SALESFORCE_ENABLED=', 'SALESFORCE_CLIENT_ID=', 'SALESFORCE_CLIENT_SECRET='), ...code });
    expect(confidenceById(off)).toMatchObject({ salesforce: 'possible' });
    expect(reasonOf(off, 'salesforce')).toMatch(/a feature the template leaves off \(NEXT_PUBLIC_SALESFORCE_ENABLED=\)/);
    const on = await scanFiles({ 'package.json': app, '.env.example': lines('NEXT_PUBLIC_SALESFORCE_ENABLED=true', 'SALESFORCE_CLIENT_ID=', 'SALESFORCE_CLIENT_SECRET='), ...code });
    expect(gated(on)).toContain('salesforce');
  });

  it('a local stand-in\'s settings (`MAILPIT_SMTP_PORT`) never configure the production service', async () => {
    const result = await scanFiles({
      'package.json': json({ name: 'api', scripts: { start: 'node server.js' }, dependencies: { nodemailer: '^6.0.0' } }),
      '.env.example': lines('MAILPIT_SMTP_PORT=1025', 'SECRET='),
      'server.js': lines("import nodemailer from 'nodemailer';"),
    });
    expect(gated(result)).not.toContain('smtp');
  });

  it('SDKs of two AI providers in one app are alternatives, and so are the settings for them, wherever the code reads them', async () => {
    const result = await scanFiles({
      'package.json': app,
      'apps/worker/package.json': json({ name: 'worker', scripts: { start: 'node index.js' }, dependencies: { '@ai-sdk/openai': '^2.0.0', '@ai-sdk/anthropic': '^2.0.0' } }),
      'apps/worker/index.js': lines("import { openai } from '@ai-sdk/openai';", "import { anthropic } from '@ai-sdk/anthropic';"),
      '.env.example': lines('# AI Settings', 'OPENAI_API_KEY=', 'ANTHROPIC_API_KEY='),
      'apps/web/config.js': lines('export const keys = [process.env.OPENAI_API_KEY, process.env.ANTHROPIC_API_KEY];'),
    });
    expect(confidenceById(result)).toMatchObject({ openai: 'possible', anthropic: 'possible' });
    expect(reasonOf(result, 'openai')).toMatch(/it configures an option: @ai-sdk\/openai is one of 2 ai-api services apps\/worker\/package\.json offers \(Anthropic API, OpenAI API\)/);
  });

  it('control: one AI provider\'s SDK, imported and configured, is likely', async () => {
    const result = await scanFiles({
      'package.json': json({ name: 'worker', scripts: { start: 'node index.js' }, dependencies: { '@ai-sdk/openai': '^2.0.0' } }),
      'index.js': lines("import { openai } from '@ai-sdk/openai';"),
      '.env.example': lines('OPENAI_API_KEY='),
    });
    expect(confidenceById(result)).toMatchObject({ openai: 'likely' });
  });
});

describe('which file is the plan when none says disaster recovery', () => {
  it('a runbook or a backup-and-restore document is read as the plan, saying why; a file that says disaster recovery still wins', async () => {
    const { findPlan } = await import('../src/plan/find.js');
    const runbook = findPlan('/nowhere', ['README.md', 'RUNBOOK.md', 'docs/ops/runbook-search.md']);
    expect(runbook?.path).toBe('RUNBOOK.md');
    expect(runbook?.chosenBecause).toMatch(/no file says disaster recovery; its name says runbook or restore.*1 other candidate: docs\/ops\/runbook-search\.md.*doc-path/);
    expect(findPlan('/nowhere', ['docs/backup_restore.md', 'README.md'])?.path).toBe('docs/backup_restore.md');
    expect(findPlan('/nowhere', ['RUNBOOK.md', 'ops/dr-plan.md'])?.path).toBe('ops/dr-plan.md');
  });

  it('control: names that only contain the words mean something else (recovery codes, a runbook template)', async () => {
    const { findPlan } = await import('../src/plan/find.js');
    expect(findPlan('/nowhere', ['docs/recovery-codes.md', 'docs/password-restore-flow.md', 'runbook-template.md'])).toBeNull();
  });
});

describe('a compose file that runs a developer\'s tools', () => {
  const compose = (extra: string[]): string =>
    lines('services:', '  app:', '    build: .', '  minio:', '    image: minio/minio:latest', ...extra);

  it('a browser-test runner (Playwright, Selenium) beside the app makes the file a local stack: its object store is possible', async () => {
    const browser = await scanFiles({ 'docker-compose.yml': compose(['  e2e:', '    image: mcr.microsoft.com/playwright:v1.60.0-jammy']) });
    expect(confidenceById(browser)).toMatchObject({ minio: 'possible' });
    expect(reasonOf(browser, 'minio')).toMatch(/\(a browser-test runner\), a development tool: its services are a developer's local stand-ins/);
    const selenium = await scanFiles({ 'docker-compose.yml': compose(['  browser:', '    image: selenium/standalone-chrome:4']) });
    expect(confidenceById(selenium)).toMatchObject({ minio: 'possible' });
  });

  it('control: the same compose without them, or with only a mail catcher, is the deployment\'s stack: confirmed', async () => {
    const result = await scanFiles({ 'docker-compose.yml': compose([]) });
    expect(confidenceById(result)).toMatchObject({ minio: 'confirmed' });
    const mail = await scanFiles({ 'docker-compose.yml': compose(['  mailpit:', '    image: axllent/mailpit:latest']) });
    expect(confidenceById(mail)).toMatchObject({ minio: 'confirmed' });
  });
});
