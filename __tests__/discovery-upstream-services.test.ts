/**
 * Round 6 of issue 12: the organisation's own upstream services. A production deployment that
 * gives the app another service's address (`INVENTORY_API_URL: https://…` in Helm values, a
 * production compose file, a Spring prod profile), read by the app's code, names a service the
 * app needs that no public catalog can carry. Its id comes from the setting's name. The app's own
 * URL, telemetry endpoints, docs links, its own components and dev-only URLs are not services.
 * Each fixture is a small repository of our own.
 */
import { lint } from 'markdownlint/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../src/check/run.js';
import { DEFAULT_CONFIG, mergeConfig } from '../src/config/schema.js';
import { insertScenarios } from '../src/draft/insert.js';
import { draftForGaps } from '../src/draft/plan-draft.js';
import { lintPlan } from '../src/lint/index.js';
import { parsePlan } from '../src/plan/parse.js';
import { confidenceById, lines, reasonOf } from './helpers/confidence.js';
import { cleanupTempDirs, makeRepo, tempDir } from './helpers/repo.js';
import { scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

/** A Kotlin service deployed by a Helm chart, with per-environment values beside the chart's folder. */
const helmApp = (prodEnv: string[], extra: Record<string, string> = {}): Record<string, string> => ({
  'build.gradle.kts': lines('plugins { id("org.springframework.boot") version "3.3.0" }', 'dependencies { implementation("org.springframework.boot:spring-boot-starter-web") }'),
  'Dockerfile': lines('FROM eclipse-temurin:21', 'COPY build/libs/app.jar /app.jar'),
  'helm_deploy/orders-api/Chart.yaml': lines('apiVersion: v2', 'name: orders-api', 'version: 0.1.0', 'dependencies:', '  - name: generic-service', '    version: "3.0"', '    repository: https://charts.acme-corp.uk'),
  'helm_deploy/orders-api/values.yaml': lines('generic-service:', '  image:', '    repository: registry.acme-corp.uk/orders-api', '  env:', '    SERVER_PORT: "8080"'),
  'helm_deploy/values-prod.yaml': lines('generic-service:', '  ingress:', '    host: orders-api.acme-corp.uk', '  env:', ...prodEnv.map((row) => `    ${row}`)),
  'helm_deploy/values-dev.yaml': lines('generic-service:', '  env:', '    STUB_PAYMENTS_URL: https://stub-payments-dev.acme-corp.uk'),
  'src/main/resources/application.yml': lines('inventory:', '  api:', '    url: http://localhost:8081', 'spring:', '  security:', '    oauth2:', '      resourceserver:', '        jwt:', '          jwk-set-uri: ${customer.auth.url}/.well-known/jwks.json'),
  'src/main/kotlin/acme/orders/ClientConfig.kt': lines(
    'package acme.orders',
    'class ClientConfig(',
    '  @Value("\\${inventory.api.url}") private val inventoryApiUrl: String,',
    '  @Value("\\${customer.auth.url}") private val authUrl: String,',
    '  @Value("\\${app.url}") private val appUrl: String,',
    '  @Value("\\${stub.payments.url}") private val stubUrl: String,',
    ')',
  ),
  ...extra,
});

const PROD_ENV = [
  'INVENTORY_API_URL: https://inventory-api.acme-corp.uk',
  'CUSTOMER_AUTH_URL: https://sign-in.acme-corp.uk/auth',
  'APP_URL: https://orders-api.acme-corp.uk',
  'OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector.monitoring:4317',
  'FEEDBACK_URL: https://forms.acme-corp.uk/orders-feedback',
  'SENTRY_ENVIRONMENT: production',
];

describe('an upstream service named by the deployment', () => {
  it('Helm values env: another service\'s URL the code reads is that service, named from the setting', async () => {
    const result = await scanFiles(helmApp(PROD_ENV));
    const found = confidenceById(result);
    expect(found['inventory-api']).toBeDefined();
    expect(found['customer-auth']).toBeDefined();
    const inventory = result.dependencies.find((d) => d.id === 'inventory-api')!;
    expect(inventory.name).toBe('Inventory API');
    expect(inventory.category).toBe('upstream');
    expect(inventory.evidence.map((e) => `${e.path}:${e.line}`)).toContain('helm_deploy/values-prod.yaml:5');
    expect(reasonOf(result, 'inventory-api')).toMatch(/INVENTORY_API_URL.*values-prod\.yaml:5.*ClientConfig\.kt:3/);
    // No value reaches a report: the address stays in the file.
    expect(JSON.stringify(result.dependencies)).not.toContain('acme-corp.uk');
  });

  it('the app\'s own URL, telemetry, docs links and dev-only URLs are not services', async () => {
    const result = await scanFiles(helmApp(PROD_ENV));
    const upstream = result.dependencies.filter((d) => d.category === 'upstream').map((d) => d.id).sort();
    expect(upstream).toEqual(['customer-auth', 'inventory-api']);
  });

  it('settings that point at one host are one service, named by the shortest name', async () => {
    const files = helmApp([...PROD_ENV, 'OAUTH_TOKEN_ENDPOINT_URL: https://sign-in.acme-corp.uk/auth/oauth/token']);
    files['src/main/kotlin/acme/orders/Token.kt'] = lines('package acme.orders', 'class Token(@Value("\\${oauth.token.endpoint.url}") val url: String)');
    const result = await scanFiles(files);
    expect(result.dependencies.filter((d) => d.category === 'upstream').map((d) => d.id).sort()).toEqual(['customer-auth', 'inventory-api']);
    const auth = result.dependencies.find((d) => d.id === 'customer-auth')!;
    expect(auth.evidence.map((e) => e.detail).join(' ')).toContain('OAUTH_TOKEN_ENDPOINT_URL');
  });

  it('a setting no code or app config reads names nothing the app needs', async () => {
    const result = await scanFiles(helmApp([...PROD_ENV, 'LEGACY_REPORTS_API_URL: https://reports.acme-corp.uk']));
    expect(confidenceById(result)['legacy-reports-api']).toBeUndefined();
  });

  it('a setting a catalog rule matches is that rule, not a new service', async () => {
    const result = await scanFiles(helmApp([...PROD_ENV, 'ELASTICSEARCH_URL: https://search.acme-corp.uk']));
    expect(confidenceById(result).elasticsearch).toBeDefined();
    expect(result.dependencies.filter((d) => d.category === 'upstream').map((d) => d.id)).not.toContain('elasticsearch');
  });

  it('the level is possible, to triage: an organisation\'s deployment lists many upstream APIs, most not critical', async () => {
    const result = await scanFiles(helmApp(PROD_ENV));
    expect(confidenceById(result)['inventory-api']).toBe('possible');
    expect(reasonOf(result, 'inventory-api')).toMatch(/another team/);
  });
});

describe('a production compose file and a Spring prod profile', () => {
  it('compose: a production service\'s URL for another team\'s service counts; a sibling the repository builds is its own component', async () => {
    const result = await scanFiles({
      'requirements.txt': lines('flask==3.0.0'),
      'app/settings.py': lines('import os', 'LEDGER = os.environ["LEDGER_SERVICE_URL"]', 'WORKER = os.environ["WORKER_URL"]', 'BASE = os.environ["BASE_URL"]'),
      'Dockerfile': lines('FROM python:3.12', 'COPY . .'),
      'docker-compose.prod.yml': lines(
        'services:',
        '  web:',
        '    build: .',
        '    environment:',
        '      LEDGER_SERVICE_URL: https://ledger.finance.acme-corp.uk',
        '      WORKER_URL: http://worker:9000',
        '      BASE_URL: https://shop.acme-corp.uk',
        '  worker:',
        '    build: ./worker',
      ),
      'docker-compose.yml': lines('services:', '  web:', '    build: .', '    environment:', '      LEDGER_SERVICE_URL: http://localhost:9999'),
    });
    const upstream = result.dependencies.filter((d) => d.category === 'upstream');
    expect(upstream.map((d) => d.id)).toEqual(['ledger-service']);
    expect(upstream[0]!.evidence.map((e) => `${e.path}:${e.line}`)).toEqual(['docker-compose.prod.yml:5']);
  });

  it('Spring: application-prod.properties naming a service\'s URL, read by @Value, is that service; a tracing endpoint is not', async () => {
    const result = await scanFiles({
      'pom.xml': lines('<project><artifactId>publicapi</artifactId><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>'),
      'Dockerfile': lines('FROM eclipse-temurin:21', 'COPY target/app.jar /app.jar'),
      'src/main/resources/application-prod.properties': lines(
        'connector.url=https://connector.payments.acme-corp.uk',
        'management.otlp.tracing.endpoint=https://otel.acme-corp.uk/v1/traces',
        'help.url=https://docs.acme-corp.uk/help',
      ),
      'src/main/java/acme/Clients.java': lines('class Clients {', '  @Value("${connector.url}") String connector;', '  @Value("${help.url}") String help;', '}'),
    });
    const upstream = result.dependencies.filter((d) => d.category === 'upstream').map((d) => d.id);
    expect(upstream).toEqual(['connector']);
  });
});

describe('reports, plan coverage and drafts for a service another team runs', () => {
  const withPlan = (plan: string): Record<string, string> => helmApp(PROD_ENV, { 'DISASTER_RECOVERY.md': plan });

  it('a scenario titled "Inventory API outage" covers inventory-api', async () => {
    const plan = lines('# Disaster recovery', '', '## Scenario: Inventory API outage', '', '1. Ask the inventory team in their status channel.', '2. Queue stock checks for retry.', '');
    const { report } = await runCheck(makeRepo(withPlan(plan)), { config: mergeConfig({ failOn: 'any-gap', accept: ['inventory-api'] }) });
    const dep = report.dependencies.find((d) => d.id === 'inventory-api')!;
    expect(dep.covered).toBe(true);
    expect(dep.scenarios.join(' ')).toContain('Inventory API outage');
    expect(report.gaps).not.toContain('inventory-api');
  });

  it('the triage line\'s covers marker settles it, and is no unknown id', async () => {
    const plan = lines('# Disaster recovery', '', '<!-- paramedic: covers inventory-api -- the inventory team\'s runbook -->', '');
    const { report } = await runCheck(makeRepo(withPlan(plan)), { config: mergeConfig({ failOn: 'any-gap' }) });
    expect(report.dependencies.find((d) => d.id === 'inventory-api')?.covered).toBe(true);
    expect(report.findings.filter((f) => f.rule === 'unknown-marker')).toEqual([]);
  });

  it('accepted and uncovered, it is a gap whose stub is the communication protocol for another team\'s service, with no host', async () => {
    const result = await runCheck(makeRepo(withPlan(lines('# Disaster recovery', ''))), { config: mergeConfig({ failOn: 'any-gap', accept: ['inventory-api'] }) });
    expect(result.report.gaps).toContain('inventory-api');
    const gap = result.report.dependencies.find((d) => d.id === 'inventory-api')!;
    const draft = draftForGaps({ gaps: [gap], catalog: result.catalog, planPath: 'DISASTER_RECOVERY.md', planText: lines('# Disaster recovery', ''), root: '/nonexistent', today: '2026-12-04' });
    expect(draft.stubs.map((s) => s.title)).toEqual(['Inventory API outage']);
    const stub = draft.stubs[0]!.markdown;
    expect(stub).toMatch(/owners/i);
    expect(stub).toMatch(/another team/);
    expect(stub).toContain('`INVENTORY_API_URL`');
    expect(stub).not.toMatch(/status page\]\(http/);
    expect(stub).not.toContain('acme-corp.uk');
  });

  it('the stub passes markdownlint\'s defaults and Paramedic\'s own scenario lint (only its review marker is noted)', async () => {
    const result = await runCheck(makeRepo(withPlan(lines('# Disaster recovery', ''))), { config: mergeConfig({ failOn: 'any-gap', accept: ['inventory-api', 'customer-auth'] }) });
    const gaps = result.report.dependencies.filter((d) => d.category === 'upstream');
    const draft = draftForGaps({ gaps, catalog: result.catalog, planPath: 'DISASTER_RECOVERY.md', planText: null, root: '/nonexistent', today: '2026-12-04' });
    const text = insertScenarios(null, draft.stubs, { today: '2026-12-04' }).text;
    expect((lint({ strings: { 'plan.md': text } })['plan.md'] ?? []).map((e) => `${e.lineNumber} ${e.ruleNames.join('/')}`)).toEqual([]);
    const warnings: string[] = [];
    const findings = await lintPlan(parsePlan(text, 'DISASTER_RECOVERY.md'), {
      root: tempDir(),
      repoFiles: new Set(gaps.flatMap((d) => d.evidence.map((e) => e.path))),
      config: DEFAULT_CONFIG,
      catalog: result.catalog,
      dependencyIds: new Set(gaps.map((d) => d.id)),
      scenarioCovers: new Map(),
      now: new Date('2026-12-05'),
      warn: (m) => warnings.push(m),
    });
    expect(warnings).toEqual([]);
    expect(findings.filter((f) => f.rule !== 'draft-pending').map((f) => `${f.line} ${f.rule} ${f.message}`)).toEqual([]);
  });
});
