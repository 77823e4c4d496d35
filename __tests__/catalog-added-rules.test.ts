import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRulesDir, loadBuiltinRules } from '../src/catalog/load.js';
import { parseRule } from '../src/catalog/rule-file.js';
import { scenarioTitleFor } from '../src/draft/stub.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

/** The rules this file covers, with the scenario title each drafts ("<name> <failure>"). */
const TITLES: Record<string, string> = {
  'github-oauth': 'GitHub Sign-In (OAuth) outage',
  'microsoft-entra-id': 'Microsoft Entra ID sign-in outage',
  inngest: 'Inngest platform outage',
  'trigger-dev': 'Trigger.dev platform outage',
  'upstash-qstash': 'Upstash QStash API outage',
  cloudinary: 'Cloudinary API or delivery outage',
  pusher: 'Pusher Channels outage',
  ably: 'Ably outage',
  adyen: 'Adyen API outage',
  razorpay: 'Razorpay API outage',
  'mailchimp-transactional': 'Mailchimp Transactional (Mandrill) API outage',
  mailjet: 'Mailjet API outage',
  vonage: 'Vonage API or carrier outage',
  'aws-kinesis': 'Amazon Kinesis stream unavailable or throttled',
  'google-spanner': 'Google Cloud Spanner instance unavailable or data corrupted',
  'google-bigtable': 'Google Cloud Bigtable instance unavailable or data deleted',
  temporal: 'Temporal cluster unavailable',
  'apple-push-notifications': 'Apple Push Notification service (APNs) outage or rejected credentials',
  'aliyun-oss': 'Alibaba Cloud OSS bucket unavailable or objects deleted',
  'aws-pinpoint': 'AWS End User Messaging (Pinpoint) outage or spend limit reached',
  tinybird: 'Tinybird API outage',
};
const ADDED = Object.keys(TITLES);

const text = (...lines: string[]): string => lines.join('\n') + '\n';

/** `path:line` of the first line of `body` that contains `needle`: where the scan must point. */
function at(file: string, body: string, needle: string): string {
  const index = body.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`${needle} is not in ${file}`);
  return `${file}:${index + 1}`;
}

const packageJson = (deps: Record<string, string>, devDeps: Record<string, string> = {}): string =>
  JSON.stringify({ name: 'app', private: true, dependencies: deps, devDependencies: devDeps }, null, 2) + '\n';
const composerJson = (deps: Record<string, string>): string => JSON.stringify({ name: 'acme/app', require: { php: '^8.2', ...deps } }, null, 4) + '\n';

describe('added rules in the built-in catalog', () => {
  const rules = loadBuiltinRules();

  it('loads every added rule from rules/, each as its YAML says', () => {
    for (const id of ADDED) {
      const rule = rules.find((r) => r.id === id);
      expect(rule, id).toBeDefined();
      expect(rule!.origin).toBe(`rules/${id}.yml`);
      const yaml = readFileSync(path.join(builtinRulesDir(), `${id}.yml`), 'utf8');
      expect(rule).toEqual(parseRule(yaml, `rules/${id}.yml`));
    }
  });

  it('drafts scenario titles that read as a sentence', () => {
    for (const id of ADDED) {
      const rule = rules.find((r) => r.id === id)!;
      expect(scenarioTitleFor(rule.name, rule.recovery.failure), id).toBe(TITLES[id]);
    }
  });

  it('gives third-party services a status page and self-run ones real recovery steps', () => {
    const selfRun = ADDED.filter((id) => !rules.find((r) => r.id === id)!.recovery.managed).sort();
    expect(selfRun).toEqual(['aliyun-oss', 'aws-kinesis', 'google-bigtable', 'google-spanner', 'temporal']);
    for (const id of ADDED) expect(rules.find((r) => r.id === id)!.recovery.statusPage, id).toMatch(/^https:\/\//);
  });
});

describe('realistic manifests', () => {
  it('github-oauth: a Passport app and its env template; GITHUB_TOKEN beside them is API access', async () => {
    const pkg = packageJson({ express: '^4.19.2', passport: '^0.7.0', 'passport-github2': '^0.1.12' });
    const env = text(
      'PORT=3000',
      'GITHUB_CLIENT_ID=',
      'GITHUB_CLIENT_SECRET=',
      'GITHUB_CALLBACK_URL=https://app.example.com/auth/github/callback',
      '# used by the release script',
      'GITHUB_TOKEN=',
    );
    const result = await scanFiles({ 'package.json': pkg, '.env.example': env });
    expect(evidenceById(result)).toEqual({
      'github-oauth': [at('.env.example', env, 'GITHUB_CLIENT_ID'), at('.env.example', env, 'GITHUB_CLIENT_SECRET'), at('.env.example', env, 'GITHUB_CALLBACK_URL'), at('package.json', pkg, 'passport-github2')],
    });
  });

  it('microsoft-entra-id: MSAL in a Next.js app, Auth.js variables and the Terraform app registration', async () => {
    const pkg = packageJson({ next: '14.2.5', '@azure/msal-browser': '^3.20.0', '@azure/msal-react': '^2.0.22' });
    const env = text('AUTH_SECRET=', 'AUTH_MICROSOFT_ENTRA_ID_ID=', 'AUTH_MICROSOFT_ENTRA_ID_SECRET=', 'AZURE_AD_TENANT_ID=');
    const tf = text('resource "azuread_application" "web" {', '  display_name = "web"', '}');
    const result = await scanFiles({ 'package.json': pkg, '.env.example': env, 'infra/main.tf': tf });
    expect(evidenceById(result)).toEqual({
      'microsoft-entra-id': [
        '.env.example:2', '.env.example:3', '.env.example:4',
        'infra/main.tf:1',
        at('package.json', pkg, '@azure/msal-browser'), at('package.json', pkg, '@azure/msal-react'),
      ],
    });
  });

  it('inngest: the SDK and its keys', async () => {
    const pkg = packageJson({ inngest: '^3.22.0', zod: '^3.23.0' });
    const env = text('INNGEST_EVENT_KEY=', 'INNGEST_SIGNING_KEY=');
    const result = await scanFiles({ 'package.json': pkg, '.env.example': env });
    expect(evidenceById(result)).toEqual({ inngest: ['.env.example:1', '.env.example:2', at('package.json', pkg, '"inngest"')] });
  });

  it('inngest: the Go SDK in go.mod', async () => {
    const mod = text('module example.com/jobs', '', 'go 1.22', '', 'require (', '\tgithub.com/inngest/inngestgo v0.7.4', '\tgithub.com/go-chi/chi/v5 v5.1.0', ')');
    expect(evidenceById(await scanFiles({ 'go.mod': mod }))).toEqual({ inngest: ['go.mod:6'] });
  });

  it('trigger-dev: the SDK in production, the CLI as a dev dependency', async () => {
    const pkg = packageJson({ '@trigger.dev/sdk': '^3.3.7' }, { 'trigger.dev': '^3.3.7' });
    const env = text('TRIGGER_SECRET_KEY=tr_dev_xxxxxxxx', 'TRIGGER_PROJECT_REF=proj_xxxxxxxx');
    const result = await scanFiles({ 'package.json': pkg, '.env.example': env });
    expect(evidenceById(result)).toEqual({ 'trigger-dev': ['.env.example:1', '.env.example:2', at('package.json', pkg, '@trigger.dev/sdk')] });
  });

  it('upstash-qstash: QStash beside Upstash Redis is its own service', async () => {
    const pkg = packageJson({ '@upstash/qstash': '^2.7.0', '@upstash/redis': '^1.34.0' });
    const env = text('QSTASH_TOKEN=', 'QSTASH_CURRENT_SIGNING_KEY=', 'QSTASH_NEXT_SIGNING_KEY=', 'UPSTASH_REDIS_REST_URL=https://eu1-example.upstash.io');
    const result = await scanFiles({ 'package.json': pkg, '.env.example': env });
    expect(evidenceById(result)).toEqual({
      redis: ['.env.example:4', at('package.json', pkg, '@upstash/redis')],
      'upstash-qstash': ['.env.example:1', '.env.example:2', '.env.example:3', at('package.json', pkg, '@upstash/qstash')],
    });
  });

  it('cloudinary: the Laravel package and a cloudinary:// URL, never its credentials', async () => {
    const composer = composerJson({ 'laravel/framework': '^11.0', 'cloudinary-labs/cloudinary-laravel': '^2.2' });
    const env = text('APP_NAME=shop', 'CLOUDINARY_URL=cloudinary://123456:s3cretpart@demo-cloud', 'CLOUDINARY_UPLOAD_PRESET=');
    const result = await scanFiles({ 'composer.json': composer, '.env.example': env });
    // the name and the URL's scheme both point at line 2
    expect(evidenceById(result)).toEqual({ cloudinary: ['.env.example:2', '.env.example:2', '.env.example:3', at('composer.json', composer, 'cloudinary-labs')] });
    expect(JSON.stringify(result)).not.toContain('s3cretpart');
  });

  it('pusher: the server and browser clients', async () => {
    const composer = composerJson({ 'laravel/framework': '^10.0', 'pusher/pusher-php-server': '^7.2' });
    const pkg = packageJson({ 'laravel-echo': '^1.16.1', 'pusher-js': '^8.4.0' });
    const result = await scanFiles({ 'composer.json': composer, 'package.json': pkg });
    expect(evidenceById(result)).toEqual({ pusher: [at('composer.json', composer, 'pusher/pusher-php-server'), at('package.json', pkg, 'pusher-js')] });
  });

  it('ably: the gem and its key', async () => {
    const gemfile = text('source "https://rubygems.org"', '', 'gem "rails", "~> 7.1"', 'gem "ably", "~> 1.2"');
    const result = await scanFiles({ Gemfile: gemfile, '.env.example': text('ABLY_API_KEY=') });
    expect(evidenceById(result)).toEqual({ ably: ['.env.example:1', 'Gemfile:4'] });
  });

  it('adyen: the Java library in pom.xml', async () => {
    const pom = text(
      '<project>',
      '  <dependencies>',
      '    <dependency>',
      '      <groupId>com.adyen</groupId>',
      '      <artifactId>adyen-java-api-library</artifactId>',
      '      <version>25.1.0</version>',
      '    </dependency>',
      '  </dependencies>',
      '</project>',
    );
    expect(evidenceById(await scanFiles({ 'pom.xml': pom }))).toEqual({ adyen: ['pom.xml:5'] });
  });

  it('adyen: Drop-in on the web and the API library on the server', async () => {
    const pkg = packageJson({ '@adyen/adyen-web': '^5.66.0', '@adyen/api-library': '^20.0.0' });
    const env = text('ADYEN_API_KEY=', 'ADYEN_MERCHANT_ACCOUNT=', 'ADYEN_HMAC_KEY=');
    const result = await scanFiles({ 'package.json': pkg, '.env.example': env });
    expect(evidenceById(result)).toEqual({
      adyen: ['.env.example:1', '.env.example:2', '.env.example:3', at('package.json', pkg, '@adyen/adyen-web'), at('package.json', pkg, '@adyen/api-library')],
    });
  });

  it('razorpay: a Django app', async () => {
    const req = text('Django==5.0.6', 'razorpay==1.4.2', 'gunicorn==22.0.0');
    const env = text('RAZORPAY_KEY_ID=', 'RAZORPAY_KEY_SECRET=');
    const result = await scanFiles({ 'requirements.txt': req, '.env.example': env });
    expect(evidenceById(result)).toEqual({ razorpay: ['.env.example:1', '.env.example:2', 'requirements.txt:2'] });
  });

  it('mailchimp-transactional: Mandrill, not the newsletter API beside it', async () => {
    const pkg = packageJson({ '@mailchimp/mailchimp_marketing': '^3.0.80', '@mailchimp/mailchimp_transactional': '^1.0.59' });
    const env = text('MAILCHIMP_API_KEY=', 'MAILCHIMP_SERVER_PREFIX=us21', 'MANDRILL_API_KEY=');
    const result = await scanFiles({ 'package.json': pkg, '.env.example': env });
    expect(evidenceById(result)).toEqual({ 'mailchimp-transactional': ['.env.example:3', at('package.json', pkg, 'mailchimp_transactional')] });
  });

  it('mailjet: the PHP client and the key names Mailjet documents', async () => {
    const composer = composerJson({ 'mailjet/mailjet-apiv3-php': '^1.6' });
    const env = text('MJ_APIKEY_PUBLIC=', 'MJ_APIKEY_PRIVATE=');
    const result = await scanFiles({ 'composer.json': composer, '.env.example': env });
    expect(evidenceById(result)).toEqual({ mailjet: ['.env.example:1', '.env.example:2', at('composer.json', composer, 'mailjet/mailjet-apiv3-php')] });
  });

  it('vonage: the gem and both its current and its Nexmo-era variables', async () => {
    const gemfile = text('source "https://rubygems.org"', 'gem "rails"', 'gem "vonage", "~> 7.27"');
    const env = text('VONAGE_API_KEY=', 'VONAGE_API_SECRET=', 'NEXMO_FROM_NUMBER=');
    const result = await scanFiles({ Gemfile: gemfile, '.env.example': env });
    expect(evidenceById(result)).toEqual({ vonage: ['.env.example:1', '.env.example:2', '.env.example:3', 'Gemfile:3'] });
  });

  it('aws-kinesis: streams in Terraform and the service client; the umbrella SDKs prove nothing', async () => {
    const tf = text(
      'resource "aws_kinesis_stream" "events" {',
      '  name             = "events"',
      '  shard_count      = 2',
      '  retention_period = 48',
      '}',
      '',
      'resource "aws_kinesis_firehose_delivery_stream" "archive" {',
      '  name        = "events-archive"',
      '  destination = "extended_s3"',
      '}',
    );
    const pkg = packageJson({ 'aws-sdk': '^2.1650.0', '@aws-sdk/client-kinesis': '^3.600.0' });
    const result = await scanFiles({ 'infra/main.tf': tf, 'package.json': pkg, 'worker/requirements.txt': text('boto3==1.34.140') });
    expect(evidenceById(result)).toEqual({ 'aws-kinesis': ['infra/main.tf:1', 'infra/main.tf:7', at('package.json', pkg, 'client-kinesis')] });
  });

  it('google-spanner: the Go client and the Terraform instance', async () => {
    const mod = text('module example.com/ledger', '', 'go 1.22', '', 'require (', '\tcloud.google.com/go/spanner v1.73.0', '\tgithub.com/gin-gonic/gin v1.10.0', ')');
    const tf = text('resource "google_spanner_instance" "main" {', '  config       = "regional-europe-west1"', '  display_name = "main"', '}');
    const result = await scanFiles({ 'go.mod': mod, 'infra/spanner.tf': tf });
    expect(evidenceById(result)).toEqual({ 'google-spanner': ['go.mod:6', 'infra/spanner.tf:1'] });
  });

  it('google-bigtable: the Python client and the Terraform instance', async () => {
    const req = text('flask==3.0.3', 'google-cloud-bigtable==2.25.0');
    const tf = text('resource "google_bigtable_instance" "metrics" {', '  name = "metrics"', '}');
    const result = await scanFiles({ 'requirements.txt': req, 'main.tf': tf });
    expect(evidenceById(result)).toEqual({ 'google-bigtable': ['main.tf:1', 'requirements.txt:2'] });
  });

  it('temporal: a self-run server in compose, the Helm chart and the SDK', async () => {
    const compose = text(
      'services:',
      '  temporal:',
      '    image: temporalio/auto-setup:1.25.2',
      '    depends_on: [postgresql]',
      '  temporal-ui:',
      '    image: temporalio/ui:2.31.2',
      '  postgresql:',
      '    image: postgres:16',
    );
    const chart = text(
      'apiVersion: v2',
      'name: platform',
      'version: 1.0.0',
      'dependencies:',
      '  - name: temporal',
      '    version: 0.52.0',
      '    repository: https://go.temporal.io/helm-charts',
    );
    const pkg = packageJson({ '@temporalio/client': '^1.10.1', '@temporalio/worker': '^1.10.1' });
    const result = await scanFiles({ 'docker-compose.yml': compose, 'deploy/platform/Chart.yaml': chart, 'package.json': pkg });
    expect(evidenceById(result)).toEqual({
      postgresql: ['docker-compose.yml:8'],
      temporal: ['deploy/platform/Chart.yaml:5', 'docker-compose.yml:3', at('package.json', pkg, '@temporalio/client'), at('package.json', pkg, '@temporalio/worker')],
    });
  });

  it('apple-push-notifications: apnotic and its token settings', async () => {
    const gemfile = text('source "https://rubygems.org"', 'gem "rails", "~> 7.1"', 'gem "apnotic", "~> 1.7"', 'gem "sidekiq", "~> 7.2"');
    const env = text('APNS_KEY_ID=', 'APNS_TEAM_ID=', 'APNS_TOPIC=com.example.app', 'REDIS_URL=redis://localhost:6379/0');
    const result = await scanFiles({ Gemfile: gemfile, '.env.example': env });
    expect(evidenceById(result)).toEqual({
      'apple-push-notifications': ['.env.example:1', '.env.example:2', '.env.example:3', 'Gemfile:3'],
      redis: ['.env.example:4', '.env.example:4', 'Gemfile:4'],
    });
  });

  it('aliyun-oss: the Python SDK, its bucket variable and the Terraform bucket', async () => {
    const req = text('oss2==2.18.6', 'fastapi==0.111.0');
    const env = text('ALIYUN_OSS_BUCKET=', 'ALIYUN_OSS_ENDPOINT=https://oss-cn-hangzhou.aliyuncs.com');
    const tf = text('resource "alicloud_oss_bucket" "assets" {', '  bucket = "acme-assets"', '}');
    const result = await scanFiles({ 'requirements.txt': req, '.env.example': env, 'main.tf': tf });
    expect(evidenceById(result)).toEqual({ 'aliyun-oss': ['.env.example:1', '.env.example:2', 'main.tf:1', 'requirements.txt:1'] });
  });

  it('aws-pinpoint: the SMS v2 client and a Pinpoint app in Terraform', async () => {
    const pkg = packageJson({ '@aws-sdk/client-pinpoint-sms-voice-v2': '^3.600.0' });
    const tf = text('resource "aws_pinpoint_app" "notify" {', '  name = "notify"', '}', '', 'resource "aws_pinpoint_sms_channel" "sms" {', '  application_id = aws_pinpoint_app.notify.application_id', '}');
    const result = await scanFiles({ 'package.json': pkg, 'main.tf': tf });
    expect(evidenceById(result)).toEqual({ 'aws-pinpoint': ['main.tf:1', 'main.tf:5', at('package.json', pkg, 'pinpoint-sms-voice-v2')] });
  });

  it('tinybird: zod-bird and its token, also behind a framework prefix', async () => {
    const pkg = packageJson({ '@chronark/zod-bird': '^0.3.9', zod: '^3.23.0' });
    const env = text('TINYBIRD_TOKEN=', 'NEXT_PUBLIC_TINYBIRD_HOST=https://api.tinybird.co');
    const result = await scanFiles({ 'package.json': pkg, '.env.example': env });
    expect(evidenceById(result)).toEqual({ tinybird: ['.env.example:1', '.env.example:2', at('package.json', pkg, 'zod-bird')] });
  });
});

describe('traps that must not match', () => {
  it('GitHub API tokens alone are no GitHub sign-in', async () => {
    const result = await scanFiles({ '.env.example': text('GITHUB_TOKEN=', 'GH_TOKEN=', 'GITHUB_WEBHOOK_SECRET='), 'package.json': packageJson({ '@octokit/rest': '^21.0.0' }) });
    // Octokit is the GitHub API as a data source (rules/github-api.yml), never a sign-in.
    expect(evidenceById(result)).toEqual({ 'github-api': ['package.json:5'] });
  });

  it('an env template listing many SSO providers is a menu, unless a package confirms one', async () => {
    const env = text(
      'AUTH_GITHUB_ID=',
      'AUTH_GITHUB_SECRET=',
      'AUTH_GOOGLE_ID=',
      'AUTH_GOOGLE_SECRET=',
      'AUTH_MICROSOFT_ENTRA_ID_ID=',
      'AUTH_MICROSOFT_ENTRA_ID_SECRET=',
      'OKTA_CLIENT_ID=',
      'AUTH0_CLIENT_ID=',
      'KEYCLOAK_CLIENT_ID=',
    );
    expect(evidenceById(await scanFiles({ '.env.example': env }))).toEqual({});
    const pkg = packageJson({ 'passport-github2': '^0.1.12' });
    const confirmed = await scanFiles({ '.env.example': env, 'package.json': pkg });
    expect(evidenceById(confirmed)).toEqual({ 'github-oauth': ['.env.example:1', '.env.example:2', at('package.json', pkg, 'passport-github2')] });
  });

  it('azure-identity and the MSAL it pulls in are no Entra ID sign-in', async () => {
    const frozen = text('azure-core==1.30.2', 'azure-identity==1.17.1', 'azure-storage-blob==12.20.0', 'msal==1.30.0', '    # via azure-identity', 'msal-extensions==1.2.0');
    const mod = text(
      'module example.com/blobs',
      '',
      'go 1.22',
      '',
      'require (',
      '\tgithub.com/Azure/azure-sdk-for-go/sdk/azidentity v1.8.0',
      '\tgithub.com/Azure/azure-sdk-for-go/sdk/storage/azblob v1.5.0',
      ')',
      '',
      'require github.com/AzureAD/microsoft-authentication-library-for-go v1.3.2 // indirect',
    );
    const env = text('AZURE_CLIENT_ID=', 'AZURE_TENANT_ID=', 'AZURE_CLIENT_SECRET=');
    const result = await scanFiles({ 'requirements.txt': frozen, 'go.mod': mod, '.env.example': env, 'package.json': packageJson({ '@azure/identity': '^4.4.0' }) });
    expect(evidenceById(result)).toEqual({ 'azure-blob': ['go.mod:7', 'requirements.txt:3'] });
  });

  it("Laravel's skeleton Pusher variables are no Pusher", async () => {
    const env = text(
      'BROADCAST_CONNECTION=log',
      'PUSHER_APP_ID=',
      'PUSHER_APP_KEY=',
      'PUSHER_APP_SECRET=',
      'PUSHER_HOST=',
      'PUSHER_PORT=443',
      'PUSHER_SCHEME=https',
      'PUSHER_APP_CLUSTER=mt1',
      '',
      'VITE_PUSHER_APP_KEY="${PUSHER_APP_KEY}"',
      'VITE_PUSHER_APP_CLUSTER="${PUSHER_APP_CLUSTER}"',
    );
    expect(evidenceById(await scanFiles({ '.env.example': env }))).toEqual({});
  });

  it('everyday words and generic prefixes name no service', async () => {
    const env = text(
      'TRIGGER_TIMEOUT=30',
      'TEMPORAL_TABLES_ENABLED=false',
      'OSS_ENDPOINT=http://minio:9000',
      'OSS_ACCESS_KEY_ID=',
      'APN_NAME=internet',
      'MAILCHIMP_API_KEY=',
      'FIREHOSE_URL=https://stream.example.com',
    );
    expect(evidenceById(await scanFiles({ '.env.example': env }))).toEqual({});
  });

  it('deploy CLIs in requirements are no runtime client', async () => {
    expect(evidenceById(await scanFiles({ 'requirements.txt': text('tinybird-cli==5.8.0', 'tinybird==5.0.3') }))).toEqual({});
  });
});
