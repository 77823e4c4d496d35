/**
 * Round 4 of issue 12 (recall; the precision half is discovery-round4-precision.test.ts):
 * configuration written where each ecosystem keeps it, read as configuration for the SDK it names,
 * and what a .NET project pulls in. Each class is a small fixture of our own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { confidenceById, json, lines, reasonOf } from './helpers/confidence.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

const csproj = (packages: string[], projects: string[] = []): string =>
  lines(
    '<Project Sdk="Microsoft.NET.Sdk">',
    '  <ItemGroup>',
    ...packages.map((name) => `    <PackageReference Include="${name}" Version="1.0.0" />`),
    ...projects.map((path) => `    <ProjectReference Include="${path}" />`),
    '  </ItemGroup>',
    '</Project>',
  );

describe('.NET: a deployed web project ships the class libraries it references', () => {
  const web = csproj([], ['..\\Core\\Core.csproj']);
  const files = (extra: Record<string, string>): Record<string, string> => ({
    'src/Api/Api.csproj': web,
    'src/Api/Dockerfile': lines('FROM mcr.microsoft.com/dotnet/aspnet:8.0', 'COPY . /app'),
    'src/Core/Core.csproj': csproj(['Stripe.net', 'Microsoft.Data.SqlClient', 'Azure.Storage.Blobs']),
    'src/Tool/Tool.csproj': csproj(['Twilio']),
    'src/Tool/Dockerfile': lines('FROM mcr.microsoft.com/dotnet/runtime:8.0'),
    'util/Other/Other.csproj': csproj(['SendGrid']),
    ...extra,
  });

  it('appsettings.json keys (GlobalSettings:Stripe:ApiKey) configure the SDKs of the referenced library: likely', async () => {
    const settings = json({ globalSettings: { stripe: { apiKey: 'SECRET' }, sqlServer: { connectionString: 'SECRET' }, storage: { connectionString: 'SECRET' } } });
    const result = await scanFiles(files({ 'src/Api/appsettings.json': settings }));
    const found = confidenceById(result);
    expect(found).toMatchObject({ stripe: 'likely', sqlserver: 'likely', 'azure-blob': 'possible' });
    expect(reasonOf(result, 'stripe')).toMatch(/configured by GLOBALSETTINGS_STRIPE_APIKEY \(src\/Api\/appsettings\.json:4\)/);
    // SendGrid sits in a project nothing deployed references.
    expect(reasonOf(result, 'sendgrid')).toMatch(/in util\/Other, which no deployed app/);
  });

  it('without the ProjectReference the library is undeployed; a Development appsettings configures nothing', async () => {
    const result = await scanFiles(files({
      'src/Api/Api.csproj': csproj([]),
      'src/Api/appsettings.Development.json': json({ stripe: { apiKey: 'dev' } }),
    }));
    expect(confidenceById(result).stripe).toBe('possible');
    expect(reasonOf(result, 'stripe')).toMatch(/in src\/Core, which no deployed app/);
  });
});

describe('an app\'s own settings YAML (config/<app>.yml, configurations/production.yaml)', () => {
  it('a key naming the service configures its imported SDK; the file\'s name stands for the app', async () => {
    const result = await scanFiles({
      'go.mod': lines('module example.com/museum', '', 'go 1.22', '', 'require github.com/stripe/stripe-go/v76 v76.0.0'),
      'cmd/server/main.go': lines('package main', '', 'import "github.com/stripe/stripe-go/v76"', '', 'func main() { _ = stripe.Key }'),
      'Dockerfile': lines('FROM golang:1.22', 'COPY . .'),
      '.env.example': lines('PORT=8080'),
      'configurations/production.yaml': lines('http:', '  port: 8080', 'stripe:', '  key: sk_live_placeholder'),
    });
    expect(confidenceById(result).stripe).toBe('likely');
    expect(reasonOf(result, 'stripe')).toMatch(/configured by STRIPE_KEY \(configurations\/production\.yaml:4\)/);
  });

  it('Rails: production keys count, development and test blocks do not; ENV references name the variable', async () => {
    const gemfile = lines("source 'https://rubygems.org'", "gem 'rails'", "gem 'aws-sdk-s3'", "gem 'bunny'");
    const prod = await scanFiles({
      Gemfile: gemfile,
      '.env.example': lines('SECRET_KEY_BASE='),
      'config/shop.yml': lines('production:', '  s3_bucket: shop-uploads', 'development:', '  amqp_host: localhost'),
      'config/rabbitmq.yml': lines('production:', '  host: <%= ENV["MQ_HOST"] %>'),
    });
    const found = confidenceById(prod);
    expect(found['aws-s3']).toBe('likely');
    expect(reasonOf(prod, 'aws-s3')).toMatch(/configured by SHOP_S3_BUCKET \(config\/shop\.yml:2\)/);
    expect(found.rabbitmq).toBe('likely');
    const dev = await scanFiles({ Gemfile: gemfile, '.env.example': lines('SECRET_KEY_BASE='), 'config/shop.yml': lines('development:', '  s3_bucket: dev-bucket', 'test:', '  s3_bucket: t') });
    expect(confidenceById(dev)['aws-s3']).toBe('possible');
  });

  it('a connection URL to localhost is the file\'s default, not the deployment\'s service; locales and storage.yml are not settings', async () => {
    const result = await scanFiles({
      Gemfile: lines("source 'https://rubygems.org'", "gem 'rails'", "gem 'aws-sdk-s3'"),
      '.env.example': lines('SECRET_KEY_BASE='),
      'config/app.yml': lines('defaults:', '  events:', "    server: 'amqp://localhost:5672'"),
      'config/storage.yml': lines('amazon:', '  service: S3', '  bucket: <%= ENV["S3_BUCKET"] %>'),
      'config/locales/en.yml': lines('en:', '  stripe:', '    title: Pay with Stripe'),
    });
    expect(confidenceById(result)).toEqual({ 'aws-s3': 'possible' });
  });

  it('a connection URL to a real host in production settings is confirmed', async () => {
    const result = await scanFiles({ 'config/cable.yml': lines('production:', '  adapter: redis', '  url: redis://cache.internal:6379/1') });
    expect(confidenceById(result)).toEqual({ redis: 'confirmed' });
    expect(evidenceById(result).redis).toEqual(['config/cable.yml:3']);
  });
});

describe('Elixir: config/runtime.exs reads the deployment\'s settings', () => {
  const mix = lines('defmodule Shop.MixProject do', '  use Mix.Project', '  defp deps do', '    [', '      {:postgrex, "~> 0.17"},', '      {:ex_aws_s3, "~> 2.0"}', '    ]', '  end', 'end');

  it('a setting it fetches configures the SDK; its own wrapper (Util.fetch_env!) counts too', async () => {
    const result = await scanFiles({
      'mix.exs': mix,
      'docker-compose.yml': lines('services:', '  db:', '    image: postgres:16', '    environment:', '      POSTGRES_PASSWORD: dev'),
      'config/runtime.exs': lines(
        'import Config',
        'if config_env() == :prod do',
        '  config :shop, Shop.Repo, hostname: Util.fetch_env!("DATABASE_HOST", all: "localhost")',
        '  # config :ex_aws, bucket: System.get_env("COMMENTED_BUCKET")',
        '  config :shop, uploads: System.fetch_env!("S3_BUCKET")',
        'end',
      ),
    });
    const found = confidenceById(result);
    expect(found['aws-s3']).toBe('likely');
    expect(reasonOf(result, 'aws-s3')).toMatch(/configured by S3_BUCKET \(config\/runtime\.exs:5\)/);
    expect(found.postgresql).toBe('likely');
    expect(reasonOf(result, 'postgresql')).toMatch(/DATABASE_HOST \(config\/runtime\.exs:3\)/);
  });

  it('a setting alone, read only where it is listed, stays possible; dev.exs is not read', async () => {
    const result = await scanFiles({
      'mix.exs': lines('defmodule Shop.MixProject do', '  use Mix.Project', 'end'),
      'config/runtime.exs': lines('import Config', 'config :shop, Shop.Mailer, api_key: System.fetch_env!("SHOP_SENDGRID_API_KEY")'),
      'config/dev.exs': lines('import Config', 'config :shop, key: System.get_env("STRIPE_SECRET_KEY")'),
    });
    expect(confidenceById(result)).toEqual({ sendgrid: 'possible' });
  });
});

describe('SQLite as the app\'s database', () => {
  it('a driver setting (DB_TYPE=sqlite) is confirmed; a Rails database.yml.sample\'s adapter too', async () => {
    const typeorm = await scanFiles({ '.env.example': lines('APP_NAME=Shop', 'DB_TYPE=sqlite') });
    expect(confidenceById(typeorm)).toEqual({ sqlite: 'confirmed' });
    const rails = await scanFiles({
      Gemfile: lines("source 'https://rubygems.org'", "gem 'rails'", "gem 'sqlite3'"),
      'config/database.yml.sample': lines('production:', '  adapter: sqlite3', '  database: storage/production.sqlite3'),
    });
    expect(confidenceById(rails)).toEqual({ sqlite: 'confirmed' });
    expect(evidenceById(rails).sqlite).toContain('config/database.yml.sample:2');
  });

  it('a sqlite3 gem only for development, and a sqlite:/// URL in an env template, say nothing', async () => {
    const result = await scanFiles({
      Gemfile: lines("source 'https://rubygems.org'", "gem 'rails'", 'group :development do', "  gem 'sqlite3'", 'end'),
      '.env.example': lines('DATABASE_URL=sqlite:///db.sqlite3'),
    });
    expect(confidenceById(result).sqlite).toBeUndefined();
  });

  it('a driver nothing imports is no second database driver: the one the code imports stays the only one', async () => {
    const result = await scanFiles({
      'go.mod': lines('module example.com/probe', '', 'go 1.22', '', 'require (', '\tgithub.com/tursodatabase/libsql-client-go v0.0.0-20240902231107-85af5b9d094d', '\tgithub.com/mattn/go-sqlite3 v1.14.22', ')'),
      'main.go': lines('package main', '', 'import _ "github.com/tursodatabase/libsql-client-go/libsql"', '', 'func main() {}'),
      'Dockerfile': lines('FROM golang:1.22'),
      '.env.example': lines('DATABASE_URL='),
    });
    const found = confidenceById(result);
    expect(found.turso).toBe('likely');
    expect(reasonOf(result, 'turso')).toMatch(/is the only database driver/);
    expect(found.sqlite).toBe('possible');
  });
});

describe('Helm values: a block of variables under any key is a container\'s env', () => {
  it('`namespace_secrets.<secret>: {SQS_QUEUE_NAME: key}` gives the workload its settings: likely', async () => {
    const values = lines(
      'generic-service:',
      '  image:',
      '    repository: ghcr.io/acme/users-api',
      '  namespace_secrets:',
      '    users-api-queue:',
      '      USERS_SQS_QUEUE_NAME: "sqs_queue_name"',
      '  resources:',
      '    limits: { cpu: 1 }',
    );
    const result = await scanFiles({ 'helm_deploy/users-api/Chart.yaml': lines('apiVersion: v2', 'name: users-api', 'version: 1.0.0'), 'helm_deploy/users-api/values.yaml': values });
    expect(confidenceById(result)).toEqual({ 'aws-sqs': 'likely' });
    expect(reasonOf(result, 'aws-sqs')).toMatch(/given to a deployed workload \(helm_deploy\/users-api\/values\.yaml:6\)/);
  });

  it('camelCase keys, and a block mixing them with variable-like keys, are values, not env', async () => {
    const values = lines('app:', '  redisUrl: redis-host', '  mixed:', '    REDIS_URL: x', '    replicaCount: 2', '  nested:', '    REDIS_URL:', '      host: x');
    const result = await scanFiles({ 'chart/Chart.yaml': lines('apiVersion: v2', 'name: app', 'version: 1.0.0'), 'chart/values.yaml': values });
    expect(confidenceById(result)).toEqual({});
  });
});

describe('Kubernetes manifests rendered by ERB (config/deploy/<env>/*.yaml.erb)', () => {
  const manifest = lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: web',
    '          image: <%= current_sha %>',
    '          env:',
    '<% if environment == "production" %>',
    '            - name: FASTLY_API_KEY',
    '              valueFrom: { secretKeyRef: { name: web, key: fastly_api_key } }',
    '<% end %>',
    '            - name: ELASTICSEARCH_URL',
    '              value: <%= search_url %>',
  );

  it('the env a workload is given is read line for line; the manifest itself reads nothing', async () => {
    const result = await scanFiles({ 'config/deploy/production/web.yaml.erb': manifest, 'app/jobs/purge.rb': lines('class Purge', '  KEY = ENV["FASTLY_API_KEY"]', 'end') });
    const found = confidenceById(result);
    expect(found.fastly).toBe('likely');
    expect(evidenceById(result).fastly).toEqual(['config/deploy/production/web.yaml.erb:13']);
    expect(reasonOf(result, 'fastly')).toMatch(/read by app\/jobs\/purge\.rb:2/);
  });

  it('an Elasticsearch setting beside a declared OpenSearch cluster is that cluster: possible', async () => {
    const result = await scanFiles({
      'config/deploy/production/web.yaml.erb': manifest,
      'docker-compose.yml': lines('services:', '  web:', '    build: .', '  search:', '    image: opensearchproject/opensearch:2'),
    });
    const found = confidenceById(result);
    expect(found.opensearch).toBe('confirmed');
    expect(found.elasticsearch).toBe('possible');
    expect(reasonOf(result, 'elasticsearch')).toMatch(/also reach OpenSearch/);
  });
});

describe('the cluster a workload runs on, from annotations only that cloud\'s controllers act on', () => {
  it('an ingress for the AWS Load Balancer Controller, or a service account\'s IAM role, is EKS; workload identity is GKE', async () => {
    const ingress = lines('apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata:', '  name: web', '  annotations:', '    alb.ingress.kubernetes.io/scheme: internet-facing', '    kubernetes.io/ingress.class: alb');
    const eks = await scanFiles({ 'k8s/ingress.yaml': ingress });
    expect(confidenceById(eks)).toEqual({ 'aws-eks': 'confirmed' });
    expect(evidenceById(eks)['aws-eks']).toEqual(['k8s/ingress.yaml:6']);
    const values = lines('serviceAccount:', '  annotations:', '    iam.gke.io/gcp-service-account: web@proj.iam.gserviceaccount.com');
    const gke = await scanFiles({ 'chart/Chart.yaml': lines('apiVersion: v2', 'name: web', 'version: 1.0.0'), 'chart/values.yaml': values });
    expect(confidenceById(gke)).toEqual({ gke: 'confirmed' });
  });

  it('generic annotations (kubernetes.io, prometheus.io) name no cloud; a dev overlay counts for nothing', async () => {
    const generic = lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', '  annotations:', '    prometheus.io/scrape: "true"', '    kubernetes.io/description: web');
    const dev = lines('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: web', '  annotations:', '    eks.amazonaws.com/role-arn: arn:aws:iam::1:role/web');
    const result = await scanFiles({ 'k8s/service.yaml': generic, 'k8s/overlays/local/sa.yaml': dev });
    expect(confidenceById(result)).toEqual({});
  });
});

describe('helmfile: values for its releases, rendered by Go templates', () => {
  it('a release\'s values (helmfile/overrides/api.yaml.gotmpl) give the workload its env; control actions are dropped', async () => {
    const values = lines(
      'api:',
      '  REDIS_ENABLED: "1"',
      '  AWS_PINPOINT_REGION: "us-west-2"',
      '  BASE_DOMAIN: "{{ requiredEnv "BASE_DOMAIN" }}"',
      '{{ if eq .StateValues.FF_OTEL "true" }}',
      '  OTEL_SERVICE_NAME: "api"',
      '{{ end }}',
      'apiSecrets:',
      '  REDIS_URL: MANIFEST_REDIS_URL',
    );
    const result = await scanFiles({ 'helmfile/overrides/notify/api.yaml.gotmpl': values, 'helmfile/helmfile.yaml.gotmpl': lines('releases:', '  - name: api', '    chart: ./charts/api') });
    expect(confidenceById(result)).toEqual({ redis: 'likely', 'aws-pinpoint': 'likely' });
    expect(evidenceById(result).redis).toEqual(['helmfile/overrides/notify/api.yaml.gotmpl:9']);
  });

  it('YAML elsewhere with Go template actions is not read as a helmfile\'s values', async () => {
    const result = await scanFiles({ 'deploy/api.yaml.gotmpl': lines('api:', '  REDIS_URL: "{{ .Values.redis }}"') });
    expect(confidenceById(result)).toEqual({});
  });
});
