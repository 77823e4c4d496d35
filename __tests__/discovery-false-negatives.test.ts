/**
 * The false-negative classes of issue 12, each as a small fixture of our own: evidence a deployment
 * really gives for a service that discovery missed, or could not tell from an option.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { confidenceById, gated, json, lines, reasonOf } from './helpers/confidence.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

const app = (deps: Record<string, string>, extra: Record<string, unknown> = {}): string => json({ name: 'app', private: true, ...extra, dependencies: deps });

describe('app-prefixed env names', () => {
  it('<APP>_RESEND_API_KEY and <APP>_TINYBIRD_API_TOKEN name what RESEND_API_KEY does, like <APP>_GITHUB_CLIENT_ID', async () => {
    const result = await scanFiles({
      '.env.example': lines('DUB_RESEND_API_KEY=', 'DUB_TINYBIRD_API_TOKEN=', 'DUB_GITHUB_CLIENT_ID=', 'DUB_GITHUB_CLIENT_SECRET='),
      'package.json': app({ resend: '^4.0.0', '@chronark/zod-bird': '^1.0.0' }),
      'src/mail.ts': "import { Resend } from 'resend';\nexport const mail = new Resend(process.env.DUB_RESEND_API_KEY);\n",
      'src/analytics.ts': "import { Tinybird } from '@chronark/zod-bird';\nexport const tb = new Tinybird({ token: process.env.DUB_TINYBIRD_API_TOKEN! });\n",
      'src/auth.ts': 'export const github = { clientId: process.env.DUB_GITHUB_CLIENT_ID };\n',
    });
    expect(evidenceById(result)).toEqual({
      'github-oauth': ['.env.example:3', '.env.example:4'],
      resend: ['.env.example:1', 'package.json:5'],
      tinybird: ['.env.example:2', 'package.json:6'],
    });
    expect(confidenceById(result)).toEqual({ 'github-oauth': 'likely', resend: 'likely', tinybird: 'likely' });
  });
});

describe('configuration the JVM and Kubernetes world uses', () => {
  it('application.properties with ${RAZORPAY_KEY_ID} placeholders configures the payment SDK the pom declares', async () => {
    const result = await scanFiles({
      'pom.xml': lines(
        '<project>',
        '  <modelVersion>4.0.0</modelVersion>',
        '  <groupId>com.acme</groupId><artifactId>shop</artifactId><version>1.0</version>',
        '  <dependencies>',
        '    <dependency><groupId>com.razorpay</groupId><artifactId>razorpay-java</artifactId><version>1.4.6</version></dependency>',
        '  </dependencies>',
        '</project>',
      ),
      'src/main/resources/application.properties': lines('server.port=8080', 'razorpay.key.id=${RAZORPAY_KEY_ID}', 'razorpay.key.secret=${RAZORPAY_KEY_SECRET:}', 'spring.datasource.url=jdbc:postgresql://db:5432/shop'),
    });
    expect(confidenceById(result)).toEqual({ postgresql: 'confirmed', razorpay: 'likely' });
    expect(evidenceById(result).razorpay).toEqual(['pom.xml:5', 'src/main/resources/application.properties:2', 'src/main/resources/application.properties:3']);
  });

  it('application.yml properties bind to the variables Spring reads (spring.data.redis.host)', async () => {
    const result = await scanFiles({
      'build.gradle': lines("dependencies {", "  implementation 'org.springframework.boot:spring-boot-starter-data-redis'", '}'),
      'src/main/resources/application.yml': lines('spring:', '  data:', '    redis:', '      host: ${REDIS_HOST:localhost}'),
    });
    expect(confidenceById(result)).toEqual({ redis: 'likely' });
  });

  it('the keys of a Kubernetes Secret and ConfigMap are the settings workloads take with envFrom', async () => {
    const result = await scanFiles({
      'k8s/app.yaml': lines(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: { name: api }',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: api',
        '          image: ghcr.io/acme/api:1.2.0',
        '          envFrom: [{ secretRef: { name: api } }, { configMapRef: { name: api } }]',
        '---',
        'apiVersion: v1',
        'kind: Secret',
        'metadata: { name: api }',
        'stringData:',
        '  STRIPE_SECRET_KEY: sk_live_xxxxxxxx',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: { name: api }',
        'data:',
        '  QUEUE_URL: amqp://rabbit:5672',
      ),
      'package.json': app({ stripe: '^16.0.0' }),
      'src/pay.ts': "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\n",
    });
    expect(confidenceById(result)).toEqual({ rabbitmq: 'confirmed', stripe: 'likely' });
    expect(JSON.stringify(result)).not.toContain('sk_live');
  });
});

describe('images and charts named in other ways', () => {
  it("a project's own registry with the engine in the tag (registry/database:mysql-8.0)", async () => {
    const result = await scanFiles({
      'docker-compose.yml': lines('services:', '  app:', '    build: .', '  db:', '    image: registry.acme.io/platform/database:mysql-8.0'),
    });
    expect(confidenceById(result)).toEqual({ mysql: 'confirmed' });
  });

  it('a Dockerfile FROM mysql:8.0 that compose builds is MySQL; one nothing builds is only possible', async () => {
    const result = await scanFiles({
      'docker-compose.yml': lines('services:', '  app:', '    build: .', '  db:', '    build: ./docker/db'),
      'docker/db/Dockerfile': lines('ARG VERSION=8.0', 'FROM mysql:${VERSION}', 'COPY schema.sql /docker-entrypoint-initdb.d/'),
      'docker/search/Dockerfile': lines('FROM elasticsearch:8.14.0'),
    });
    expect(confidenceById(result)).toEqual({ elasticsearch: 'possible', mysql: 'confirmed' });
    expect(evidenceById(result).mysql).toEqual(['docker/db/Dockerfile:2']);
    expect(reasonOf(result, 'elasticsearch')).toMatch(/no workload is known to build/);
  });

  it("Helm values `mysql: enabled: true` switch on the chart's own sub-chart", async () => {
    const result = await scanFiles({
      'chart/Chart.yaml': lines('apiVersion: v2', 'name: app', 'version: 1.0.0'),
      'chart/values.yaml': lines('image:', '  repository: ghcr.io/acme/app', 'mysql:', '  enabled: true', 'redis:', '  enabled: false'),
    });
    expect(confidenceById(result)).toEqual({ mysql: 'confirmed' });
    expect(evidenceById(result).mysql).toEqual(['chart/values.yaml:4']);
  });

  it('a drop-in PostgreSQL image that upgrades itself (pgautoupgrade) is PostgreSQL', async () => {
    const result = await scanFiles({ 'docker/docker-compose.yml': lines('services:', '  lemmy:', '    image: dessalines/lemmy:0.19', '  postgres:', '    image: pgautoupgrade/pgautoupgrade:17-alpine') });
    expect(confidenceById(result)).toEqual({ postgresql: 'confirmed' });
  });
});

describe('hosting shown by its config files', () => {
  it('railpack.json, .env.railway and RAILWAY_TOKEN in a deploy workflow are Railway', async () => {
    const cases: Array<Record<string, string>> = [
      { 'railpack.json': json({ $schema: 'https://schema.railpack.com', steps: {} }) },
      { '.env.railway': 'PORT=3000\n' },
      {
        '.github/workflows/deploy.yml': lines(
          'on: { push: { branches: [main] } }',
          'jobs:',
          '  deploy:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - run: railway up --service api',
          '        env:',
          '          RAILWAY_TOKEN: ${{ secrets.RAILWAY_TOKEN }}',
          '      - run: npm test',
          '        env:',
          '          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}',
        ),
      },
    ];
    for (const files of cases) {
      const result = await scanFiles(files);
      // A test secret in a workflow is no dependency of the app.
      expect(confidenceById(result), Object.keys(files)[0]).toEqual({ railway: 'confirmed' });
    }
  });
});

describe('services the catalog lacked', () => {
  it('Polar payments: the SDK, imported and configured', async () => {
    const result = await scanFiles({
      'package.json': app({ '@polar-sh/sdk': '^0.20.0' }),
      '.env.example': lines('POLAR_ACCESS_TOKEN=', 'POLAR_WEBHOOK_SECRET='),
      'src/billing.ts': "import { Polar } from '@polar-sh/sdk';\nexport const polar = new Polar({ accessToken: process.env.POLAR_ACCESS_TOKEN });\n",
    });
    expect(confidenceById(result)).toEqual({ polar: 'likely' });
  });

  it('Oracle Cloud: the OCI resources of the stack', async () => {
    const result = await scanFiles({ 'infra/main.tf': lines('resource "oci_containerengine_cluster" "main" {', '  name = "app"', '}') });
    expect(confidenceById(result)).toEqual({ 'oracle-cloud': 'confirmed' });
  });

  it('SeaweedFS: the image and the chart', async () => {
    const result = await scanFiles({
      'docker-compose.yml': lines('services:', '  app:', '    build: .', '  s3:', '    image: chrislusf/seaweedfs:3.80', '    command: server -s3'),
      'charts/app/Chart.yaml': lines('apiVersion: v2', 'name: app', 'version: 1.0.0', 'dependencies:', '  - name: seaweedfs', '    version: 4.0.0', '    repository: https://seaweedfs.github.io/seaweedfs/helm'),
    });
    expect(evidenceById(result)).toEqual({ seaweedfs: ['charts/app/Chart.yaml:5', 'docker-compose.yml:5'] });
    expect(gated(result)).toEqual(['seaweedfs']);
  });

  it('Kubernetes and container hosting: EKS, GKE, AKS and ECS from their Terraform', async () => {
    const result = await scanFiles({
      'infra/aws/eks.tf': lines('module "eks" {', '  source  = "terraform-aws-modules/eks/aws"', '  version = "~> 20.0"', '}'),
      'infra/aws/ecs.tf': lines('resource "aws_ecs_cluster" "main" {', '  name = "app"', '}'),
      'infra/gcp/gke.tf': lines('resource "google_container_cluster" "main" {', '  name = "app"', '}'),
      'infra/azure/aks.tf': lines('resource "azurerm_kubernetes_cluster" "main" {', '  name = "app"', '}'),
    });
    expect(confidenceById(result)).toEqual({ 'aws-ecs': 'confirmed', 'aws-eks': 'confirmed', 'azure-aks': 'confirmed', gke: 'confirmed' });
  });
});

describe('what is deployed pulls in the workspace packages it uses', () => {
  it('an SDK in a library package counts when a deployed app depends on that package', async () => {
    const result = await scanFiles({
      'package.json': json({ name: 'monorepo', private: true, workspaces: ['apps/*', 'packages/*'] }),
      'apps/web/package.json': app({ '@acme/email': 'workspace:*', next: '14.2.0' }, { name: '@acme/web' }),
      'apps/web/vercel.json': json({ crons: [] }),
      'apps/web/.env.example': lines('RESEND_API_KEY='),
      'packages/email/package.json': app({ resend: '^4.0.0' }, { name: '@acme/email' }),
      'packages/email/src/index.ts': "import { Resend } from 'resend';\nexport const resend = new Resend(process.env.RESEND_API_KEY);\n",
      'packages/cli/package.json': app({ '@octokit/rest': '^21.0.0' }, { name: '@acme/cli' }),
    });
    expect(confidenceById(result)).toEqual({ 'github-api': 'possible', resend: 'likely', vercel: 'confirmed' });
  });
});

describe("a framework's own driver settings", () => {
  it("Rails: database.yml's production adapter and production.rb's storage, mailer and queue choices", async () => {
    const result = await scanFiles({
      'Gemfile': lines("source 'https://rubygems.org'", "gem 'rails'", "gem 'pg'", "gem 'sidekiq'", "gem 'aws-sdk-s3'", "gem 'postmark-rails'"),
      '.env.example': lines('RAILS_MASTER_KEY='),
      'config/database.yml': lines('default: &default', '  adapter: postgresql', '  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>', 'production:', '  <<: *default', '  url: <%= ENV["DATABASE_URL"] %>'),
      'config/environments/production.rb': lines(
        'Rails.application.configure do',
        '  config.active_storage.service = :amazon',
        '  config.action_mailer.delivery_method = :postmark',
        '  config.active_job.queue_adapter = :sidekiq',
        '  # config.cache_store = :mem_cache_store',
        'end',
      ),
      'config/environments/development.rb': lines('Rails.application.configure do', '  config.active_storage.service = :google', 'end'),
    });
    expect(confidenceById(result)).toEqual({ 'aws-s3': 'confirmed', postgresql: 'confirmed', postmark: 'confirmed', redis: 'confirmed' });
    expect(evidenceById(result).postgresql).toEqual(['Gemfile:3', 'config/database.yml:2']);
  });
});
