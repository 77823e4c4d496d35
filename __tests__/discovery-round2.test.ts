/**
 * Round 2 of issue 12's detection classes, each a small fixture of our own: hosting shown (or not)
 * by platform files, SMTP relays that name their provider, deploy actions in workflows, images a
 * project names after the engine, multi-module builds, switchable compose profiles, and the
 * services the catalog lacked.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { confidenceById, json, lines, reasonOf } from './helpers/confidence.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

const herokuButton = json({
  name: 'Tracker',
  repository: 'https://github.com/acme/tracker',
  success_url: '/setup',
  env: { APP_KEY: { generator: 'secret' } },
  addons: ['heroku-postgresql:essential-0', 'heroku-redis:mini'],
});

describe('hosting a platform file does or does not show', () => {
  it('a Heroku button app.json is one way to run the app: Heroku and its add-ons are possible', async () => {
    const result = await scanFiles({ 'app.json': herokuButton, 'composer.json': json({ require: { 'laravel/framework': '^11.0' } }) });
    expect(confidenceById(result)).toEqual({ heroku: 'possible', postgresql: 'possible', redis: 'possible' });
    expect(reasonOf(result, 'heroku')).toMatch(/Deploy-to-Heroku button/);
  });

  it('with a Procfile release phase or a heroku.yml, the same app.json add-ons are confirmed', async () => {
    const proofs: Array<Record<string, string>> = [{ Procfile: lines('web: bin/puma', 'release: bin/rails db:migrate') }, { 'heroku.yml': lines('build:', '  docker:', '    web: Dockerfile') }];
    for (const proof of proofs) {
      const result = await scanFiles({ 'app.json': herokuButton, ...proof });
      expect(confidenceById(result), Object.keys(proof)[0]).toEqual({ heroku: 'confirmed', postgresql: 'confirmed', redis: 'confirmed' });
    }
  });

  it('a platform config under a folder served as static content is a page asset, not the app\'s hosting', async () => {
    const result = await scanFiles({
      'apps/web/public/assets/posts/latency/railway.json': json({ $schema: 'https://railway.com/railway.schema.json', deploy: { startCommand: 'node server.js' } }),
      'apps/web/package.json': json({ name: 'web', private: true, dependencies: { next: '^14.0.0' } }),
    });
    expect(confidenceById(result)).toEqual({ railway: 'possible' });
    expect(reasonOf(result, 'railway')).toMatch(/static content/);
  });

  it('a netlify.toml that publishes docs/ hosts the documentation, not the product', async () => {
    const docs = await scanFiles({ 'netlify.toml': lines('[build]', 'publish = "docs/site/"', 'command = "cd docs && mkdocs build"') });
    expect(confidenceById(docs)).toEqual({ netlify: 'possible' });
    expect(reasonOf(docs, 'netlify')).toMatch(/documentation site/);
    const app = await scanFiles({ 'netlify.toml': lines('[build]', 'publish = "dist"', 'command = "npm run build"') });
    expect(confidenceById(app)).toEqual({ netlify: 'confirmed' });
  });

  it('a deploy action in a workflow names the platform: ECS, App Service, AKS', async () => {
    const workflow = (uses: string): string =>
      lines('on: { push: { branches: [main] } }', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', `      - uses: ${uses}`, '        with: { cluster: prod }');
    const cases: Array<[string, string]> = [
      ['aws-actions/amazon-ecs-deploy-task-definition@v1', 'aws-ecs'],
      ['azure/webapps-deploy@v3', 'azure-app-service'],
      ['Azure/aks-set-context@v4', 'azure-aks'],
    ];
    for (const [uses, id] of cases) {
      const result = await scanFiles({ '.github/workflows/deploy.yml': workflow(uses) });
      expect(confidenceById(result), uses).toEqual({ [id]: 'confirmed' });
      expect(evidenceById(result)[id]).toEqual(['.github/workflows/deploy.yml:7']);
    }
  });
});

describe('an SMTP relay host names its provider', () => {
  it("Rails smtp_settings address: smtp.sendgrid.net, in production.rb or an initializer, is SendGrid", async () => {
    const settings = (assign: string): string =>
      lines(assign, '  address: "smtp.sendgrid.net",', '  port: 587,', '  user_name: ENV["SENDGRID_USERNAME"],', '}');
    for (const [path, text] of [
      ['config/initializers/mail.rb', settings('ActionMailer::Base.smtp_settings = {')],
      ['config/environments/production.rb', lines('Rails.application.configure do', settings('  config.action_mailer.smtp_settings = {'), 'end')],
    ]) {
      const result = await scanFiles({ [path!]: text!, Gemfile: lines("source 'https://rubygems.org'", "gem 'rails'") });
      expect(confidenceById(result).sendgrid, path).toBe('confirmed');
    }
  });

  it("an address key in an initializer that sets no smtp_settings is someone else's", async () => {
    const result = await scanFiles({ 'config/initializers/geo.rb': lines('GEOCODER = {', '  address: "smtp.sendgrid.net",', '}') });
    expect(confidenceById(result).sendgrid).toBeUndefined();
  });

  it('a relay host in deployment config counts; the same value in an env template is a placeholder', async () => {
    const compose = await scanFiles({ 'docker-compose.yml': lines('services:', '  app:', '    image: ghcr.io/acme/app:1', '    environment:', '      SMTP_HOST: smtp.eu.mailgun.org', '      MAIL_PORT: "587"') });
    expect(confidenceById(compose).mailgun).toBe('confirmed');
    const template = await scanFiles({ '.env.example': lines('MAIL_HOST=email-smtp.us-west-2.amazonaws.com', 'MAIL_PORT=587') });
    expect(confidenceById(template)['aws-ses']).toBeUndefined();
  });
});

describe('images a project names after the engine', () => {
  it("Helm values `image: {name: postgresql-16, defaultTag}` and `redis-cache` are the engines; their exporters are not", async () => {
    const result = await scanFiles({
      'charts/app/Chart.yaml': lines('apiVersion: v2', 'name: app', 'version: 1.0.0'),
      'charts/app/values.yaml': lines(
        'pgsql:',
        '  image:',
        '    defaultTag: 6.0.0',
        '    name: "postgresql-16"',
        'redisCache:',
        '  image:',
        '    name: "redis-cache"',
        'redisExporter:',
        '  image:',
        '    name: "redis-exporter"',
        'mongoUi:',
        '  image:',
        '    name: "mongo-ui"',
      ),
    });
    expect(confidenceById(result)).toEqual({ postgresql: 'confirmed', redis: 'confirmed' });
    expect(evidenceById(result).postgresql).toEqual(['charts/app/values.yaml:4']);
  });
});

describe('compose profiles the deployer switches', () => {
  it('`profiles: [${DB_PROFILE:-}]` starts the service by default; a named profile is still an option', async () => {
    const result = await scanFiles({
      'docker-compose.yml': lines(
        'services:',
        '  web:',
        '    image: ghcr.io/acme/app:1',
        '  redis:',
        '    image: redis:7',
        '    profiles:',
        '      - ${DOCKER_REDIS_PROFILE:-}',
        '  search:',
        '    image: getmeili/meilisearch:v1.8',
        '    profiles: [search]',
      ),
    });
    expect(confidenceById(result)).toEqual({ meilisearch: 'possible', redis: 'confirmed' });
  });
});

describe('multi-module builds: a deployed module pulls in the modules it depends on', () => {
  const pom = (artifact: string, deps: string[], parent = true): string =>
    lines(
      '<project>',
      ...(parent ? ['  <parent><groupId>com.acme</groupId><artifactId>shop</artifactId><version>1</version></parent>'] : ['  <groupId>com.acme</groupId>']),
      `  <artifactId>${artifact}</artifactId>`,
      '  <dependencies>',
      ...deps.map((d) => `    <dependency><groupId>${d.split(':')[0]}</groupId><artifactId>${d.split(':')[1]}</artifactId></dependency>`),
      '  </dependencies>',
      '</project>',
    );

  it('a driver in a common module counts when the module with the Dockerfile depends on it; one in an unused module does not', async () => {
    const result = await scanFiles({
      'pom.xml': pom('shop', [], false),
      'shop-api/pom.xml': pom('shop-api', ['${project.groupId}:shop-core']),
      'shop-api/src/main/docker/Dockerfile': lines('FROM eclipse-temurin:21-jre', 'COPY shop-api.jar /app.jar'),
      'shop-core/pom.xml': pom('shop-core', ['com.acme:shop-common']),
      'shop-common/pom.xml': pom('shop-common', ['org.postgresql:postgresql']),
      'shop-tools/pom.xml': pom('shop-tools', ['com.mysql:mysql-connector-j']),
      'shop-common/src/main/java/Db.java': 'import org.postgresql.Driver;\nclass Db {}\n',
      'shop-tools/src/main/java/Tool.java': 'import com.mysql.cj.jdbc.Driver;\nclass Tool {}\n',
      'shop-api/src/main/resources/application.properties': 'spring.datasource.url=jdbc:postgresql://db:5432/shop\n',
    });
    expect(confidenceById(result).postgresql).not.toBe('possible');
    expect(confidenceById(result).mysql).toBe('possible');
    expect(reasonOf(result, 'mysql')).toMatch(/no deployed app/);
  });
});

describe('services the catalog lacked (round 2)', () => {
  it('Fastly, FoundationDB, Turso and Google Cloud Tasks from their Terraform, images and SDKs', async () => {
    const result = await scanFiles({
      'infra/cdn.tf': lines('resource "fastly_service_vcl" "cache" {', '  name = "cache"', '}'),
      'deploy/compose.yml': lines('services:', '  api:', '    build: .', '  fdb:', '    image: foundationdb/foundationdb:7.3.43'),
      'package.json': json({ name: 'api', private: true, dependencies: { '@libsql/client': '^0.14.0', '@google-cloud/tasks': '^5.0.0' } }),
      '.env.example': lines('DATABASE_URL=libsql://app-acme.turso.io', 'DATABASE_AUTH_TOKEN=', 'GCP_PROJECT_ID=', 'CLOUD_TASKS_QUEUE='),
      'src/db.ts': "import { createClient } from '@libsql/client';\nexport const db = createClient({ url: process.env.DATABASE_URL! });\n",
      'src/cron.ts': "import { CloudTasksClient } from '@google-cloud/tasks';\nexport const tasks = new CloudTasksClient();\n",
    });
    const found = confidenceById(result);
    expect(found.fastly).toBe('confirmed');
    expect(found.foundationdb).toBe('confirmed');
    expect(found.turso).toBe('confirmed');
    // Imported, but nothing in the deployment settings names Cloud Tasks: to triage.
    expect(found['google-cloud-tasks']).toBe('possible');
  });

  it('Azure API Management, Application Gateway, Front Door, App Service and Key Vault from resources and registry modules', async () => {
    const result = await scanFiles({
      'infra/gateway.tf': lines('resource "azurerm_application_gateway" "this" {', '  name = "agw"', '}'),
      'infra/apim.tf': lines('module "apim" {', '  source  = "acme-dx/azure-api-management/azurerm"', '  version = "~> 2.0"', '}'),
      'infra/cdn.tf': lines('module "cdn" {', '  source  = "Azure/avm-res-cdn-profile/azurerm"', '  version = "0.1.0"', '}'),
      'infra/app.tf': lines('resource "azurerm_linux_web_app" "backend" {', '  name = "backend"', '}'),
      'infra/kv.tf': lines('resource "azurerm_key_vault" "common" {', '  name = "kv"', '}'),
    });
    expect(confidenceById(result)).toEqual({
      'azure-api-management': 'confirmed',
      'azure-app-service': 'confirmed',
      'azure-application-gateway': 'confirmed',
      'azure-front-door': 'confirmed',
      'azure-key-vault': 'confirmed',
    });
  });
});

describe('settings named around the service', () => {
  it('an app and a purpose before the service word (SYNDICATION_DOWNLOAD_SQS_URL) still name SQS', async () => {
    const result = await scanFiles({
      '.env.example': lines('SYNDICATION_DOWNLOAD_SQS_URL=', 'REPORTS_EXPORT_S3_BUCKET='),
      'package.json': json({ name: 'api', private: true, dependencies: { express: '^4.0.0' } }),
      'src/queue.js': "module.exports = { url: process.env.SYNDICATION_DOWNLOAD_SQS_URL, bucket: process.env.REPORTS_EXPORT_S3_BUCKET };\n",
    });
    expect(confidenceById(result)).toEqual({ 'aws-s3': 'likely', 'aws-sqs': 'likely' });
  });

  it("a used SDK whose settings only .env.development lists, read by the app's code, is likely", async () => {
    const files = {
      Gemfile: lines("source 'https://rubygems.org'", "gem 'rails'", "gem 'twilio-ruby'"),
      // The repository writes its deployment settings down, and lists none for Twilio.
      '.env.example': lines('SECRET_KEY_BASE='),
      '.env.development': lines('TWILIO_ACCOUNT_SID=fake-sid', 'TWILIO_AUTH_TOKEN=fake-token'),
      'app/services/sms.rb': lines('class Sms', '  def client = Twilio::REST::Client.new(ENV.fetch("TWILIO_ACCOUNT_SID"), ENV.fetch("TWILIO_AUTH_TOKEN"))', 'end'),
    };
    const result = await scanFiles(files);
    expect(confidenceById(result).twilio).toBe('likely');
    expect(reasonOf(result, 'twilio')).toMatch(/app\/services\/sms\.rb:2 reads TWILIO_ACCOUNT_SID \(listed in \.env\.development:1\)/);
    // Only a test reads it: still nothing configures the SDK for production.
    const onlyTests = await scanFiles({ ...files, 'app/services/sms.rb': 'class Sms; end\n', 'spec/sms_spec.rb': 'ENV.fetch("TWILIO_ACCOUNT_SID")\n' });
    expect(confidenceById(onlyTests).twilio).toBe('possible');
  });

  it('.env.development alone is never evidence, and a development section of a template lends no names', async () => {
    const alone = await scanFiles({ '.env.development': lines('STRIPE_SECRET_KEY=sk_test_fake'), 'src/pay.js': 'process.env.STRIPE_SECRET_KEY\n' });
    expect(confidenceById(alone).stripe).toBeUndefined();
    const section = await scanFiles({
      '.env.example': lines('DATABASE_URL=postgres://localhost/app', '', '# For local development only (mail catcher)', 'SMTP_HOST=localhost'),
      'package.json': json({ name: 'api', private: true, dependencies: { pg: '^8.0.0', nodemailer: '^6.9.0' } }),
      'src/mail.js': "const nodemailer = require('nodemailer');\nmodule.exports = nodemailer.createTransport({ host: process.env.SMTP_HOST });\n",
      'src/db.js': "const pg = require('pg');\nmodule.exports = new pg.Pool();\n",
    });
    expect(confidenceById(section).smtp).toBe('possible');
  });
});

describe('.NET projects', () => {
  const csproj = (refs: string, sdk = 'Microsoft.NET.Sdk.Web'): string =>
    lines(`<Project Sdk="${sdk}">`, '  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>', '  <ItemGroup>', refs, '  </ItemGroup>', '</Project>');

  it('PackageReference drivers of a deployed project are dependencies; a test project and PrivateAssets="all" are not', async () => {
    const result = await scanFiles({
      'src/Shop.Api/Shop.Api.csproj': csproj(
        lines(
          '    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="8.0.4" />',
          '    <PackageReference Include="StackExchange.Redis">',
          '      <Version>2.8.0</Version>',
          '    </PackageReference>',
          '    <PackageReference Include="Stripe.net" Version="45.0.0" PrivateAssets="all" />',
        ).trimEnd(),
      ),
      'tests/Shop.Api.Tests/Shop.Api.Tests.csproj': csproj('    <PackageReference Include="Testcontainers.PostgreSql" Version="3.9.0" />\n    <PackageReference Include="MongoDB.Driver" Version="2.28.0" />', 'Microsoft.NET.Sdk'),
    });
    expect(confidenceById(result)).toEqual({ postgresql: 'likely', redis: 'likely' });
    expect(evidenceById(result).redis).toEqual(['src/Shop.Api/Shop.Api.csproj:5']);
  });

  it('a legacy packages.config is read too; broken XML is reported with its file and line, and the scan goes on', async () => {
    const result = await scanFiles({
      'Web/packages.config': lines('<?xml version="1.0" encoding="utf-8"?>', '<packages>', '  <package id="MySql.Data" version="8.0.33" targetFramework="net48" />', '</packages>'),
      'Broken/Broken.csproj': lines('<Project Sdk="Microsoft.NET.Sdk">', '  <ItemGroup>', '    <PackageReference Include="AWSSDK.S3" Version="3.7.0" >', '</Project>'),
    });
    expect(confidenceById(result)).toEqual({ mysql: 'likely' });
    expect(result.warnings.some((w) => w.path === 'Broken/Broken.csproj' && /invalid XML/.test(w.message) && w.line !== undefined)).toBe(true);
  });
});

describe('Elixir projects', () => {
  it('mix.exs deps: Postgrex and Redix are dependencies; dev/test-only, optional and in-umbrella ones are not', async () => {
    const result = await scanFiles({
      'mix.exs': lines(
        'defmodule Tracker.MixProject do',
        '  use Mix.Project',
        '  def project, do: [app: :tracker, version: "1.0.0", deps: deps()]',
        '  defp deps do',
        '    [',
        '      {:ecto_sql, "~> 3.10"},',
        '      {:postgrex, ">= 0.0.0"},',
        '      {:redix, "~> 1.5", only: [:dev, :prod]},',
        '      {:ex_aws_s3, "~> 2.5", optional: true},',
        '      {:myxql, "~> 0.7", only: :test},',
        '      # {:stripity_stripe, "~> 3.0"},',
        '      {:mongodb_driver, in_umbrella: true}',
        '    ]',
        '  end',
        'end',
      ),
      'config/runtime.exs': lines('import Config', 'config :tracker, Tracker.Repo, hostname: System.get_env("DATABASE_HOST")'),
    });
    const found = confidenceById(result);
    expect(found.postgresql).toBe('likely');
    expect(found.redis).toBe('likely');
    expect(found['aws-s3']).toBe('possible');
    expect(found.mysql).toBeUndefined();
    expect(found.stripe).toBeUndefined();
    expect(found.mongodb).toBeUndefined();
    expect(evidenceById(result).postgresql).toEqual(['mix.exs:7']);
  });
});

describe('Terraform the stack uses, and Terraform that is not the product', () => {
  it("other publishers' registry modules (cloudposse, Azure Verified Modules) are the services they create, engine checked", async () => {
    const result = await scanFiles({
      'infra/db.tf': lines('module "db" {', '  source  = "cloudposse/rds/aws"', '  version = "1.1.0"', '  engine  = "postgres"', '}'),
      'infra/reports.tf': lines('module "reports" {', '  source  = "cloudposse/rds/aws"', '  version = "1.1.0"', '  engine  = "sqlserver-ex"', '}'),
      'infra/cache.tf': lines('module "cache" {', '  source  = "Azure/avm-res-cache-redis/azurerm"', '  version = "0.4.0"', '}'),
      'infra/files.tf': lines('module "files" {', '  source  = "cloudposse/s3-bucket/aws"', '  version = "4.0.0"', '}'),
    });
    // Round 3: an RDS module of any publisher is read by its engine, so sqlserver-ex is SQL Server.
    expect(confidenceById(result)).toEqual({ 'aws-s3': 'confirmed', postgresql: 'confirmed', redis: 'confirmed', sqlserver: 'confirmed' });
  });

  it('an SNS topic that pages the on-call team (cloudwatch_to_pagerduty) carries alerts, not the product', async () => {
    const result = await scanFiles({
      'terraform/account/pagerduty.tf': lines('resource "aws_sns_topic" "cloudwatch_to_pagerduty" {', '  name = "cloudwatch-to-pagerduty"', '}'),
      'terraform/app/events.tf': lines('resource "aws_sns_topic" "order_events" {', '  name = "order-events"', '}'),
    });
    expect(confidenceById(result)['aws-sns']).toBe('confirmed');
    expect(evidenceById(result)['aws-sns']).toEqual(['terraform/account/pagerduty.tf:1', 'terraform/app/events.tf:1']);
    const alertsOnly = await scanFiles({ 'terraform/account/pagerduty.tf': lines('resource "aws_sns_topic" "cloudwatch_to_pagerduty" {', '  name = "cloudwatch-to-pagerduty"', '}') });
    expect(confidenceById(alertsOnly)['aws-sns']).toBe('possible');
  });
});

describe('connection URLs in code', () => {
  it("a bare scheme prefix being concatenated ('s3://' . $path) is no connection URL; a written URL is", async () => {
    const files = (code: string): Record<string, string> => ({
      'composer.json': json({ require: { 'league/flysystem-aws-s3-v3': '^3.0' } }),
      // No storage selector in the template: one that picks another backend (FILESYSTEM_DISK=local)
      // makes an S3 adapter nothing configures an option, whatever the code (round 6's precision rule).
      '.env.example': lines('APP_KEY=', 'APP_ENV=production'),
      'app/Console/FixMedia.php': code,
    });
    const prefix = await scanFiles(files("<?php\n$manager->copy('s3://' . $path, 'local://' . $path);\n"));
    expect(confidenceById(prefix)['aws-s3']).toBe('possible');
    const url = await scanFiles(files("<?php\n$source = 's3://media-bucket/uploads';\n"));
    expect(confidenceById(url)['aws-s3']).toBe('likely');
  });
});

describe('Rails mail delivered by GOV.UK Notify', () => {
  it('production.rb `delivery_method = :notify` (the mail-notify gem) is GOV.UK Notify', async () => {
    const result = await scanFiles({
      Gemfile: lines("source 'https://rubygems.org'", "gem 'rails'", "gem 'mail-notify'"),
      'config/environments/production.rb': lines('Rails.application.configure do', '  config.action_mailer.delivery_method = :notify', 'end'),
    });
    expect(confidenceById(result)['govuk-notify']).toBe('confirmed');
    expect(evidenceById(result)['govuk-notify']).toEqual(['Gemfile:3', 'config/environments/production.rb:2']);
  });
});
