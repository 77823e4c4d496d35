import fc from 'fast-check';
import { lint } from 'markdownlint/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { itWithShellcheck } from './helpers/shellcheck-gate.js';
import { insertScenarios } from '../src/draft/insert.js';
import type { DraftedScenario } from '../src/draft/stub.js';
import { computeCoverage } from '../src/plan/coverage.js';
import { parsePlan } from '../src/plan/parse.js';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { lintPlan } from '../src/lint/index.js';
import { useStubCatalog } from './helpers/stubs.js';
import { cleanupTempDirs, tempDir } from './helpers/repo.js';
import { useFuzzSeed } from './helpers/fuzz-seed.js';

useFuzzSeed();

afterAll(cleanupTempDirs);

const { catalog, dep, stubFor } = useStubCatalog();


function markdownlintErrors(text: string): string[] {
  const result = lint({ strings: { 'plan.md': text } });
  return (result['plan.md'] ?? []).map((e) => `${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}`);
}

const SECRET_OR_HOST = /(\b\d{1,3}(\.\d{1,3}){3}\b)|(:\/\/[^\s/$]+:[^\s@$]+@)|sk_live_|AKIA[0-9A-Z]{16}|\.internal\b|password\s*=/i;

describe('scenario stubs', () => {
  it('RDS PostgreSQL gets aws rds commands, the env names from .env.example and a review marker', () => {
    const stub = stubFor(dep('postgresql', 'aws-rds', [
      { path: '.env.example', line: 2, source: 'env', detail: 'DATABASE_URL (postgres:// URL)' },
      { path: 'infra/db.tf', line: 1, source: 'terraform', detail: 'resource aws_db_instance.main' },
    ]));
    expect(stub.title).toBe('PostgreSQL primary unavailable');
    expect(stub.markdown).toMatch(/^## Scenario: PostgreSQL primary unavailable\n\n<!-- paramedic:draft -->\n> \*\*Draft by Paramedic\.\*\*/);
    expect(stub.markdown).toMatch(/\*\*Impact:\*\*/);
    expect(stub.markdown).toMatch(/\*\*Mitigation Strategy:\*\*\n\n1\. /);
    expect(stub.markdown).toContain('aws rds reboot-db-instance');
    expect(stub.markdown).toContain('--force-failover');
    expect(stub.markdown).toContain('`DATABASE_URL`');
    expect(stub.markdown).not.toMatch(SECRET_OR_HOST);
  });

  it('compose Redis gets docker compose commands for its service and the thundering-herd warning', () => {
    const stub = stubFor(dep('redis', null, [{ path: 'docker-compose.yml', line: 9, source: 'compose', detail: 'service "cache" image redis:7' }]));
    expect(stub.markdown).toContain('docker compose ps cache');
    expect(stub.markdown).toContain('docker compose restart cache');
    expect(stub.markdown).toContain('docker compose exec -T cache redis-cli ping');
    expect(stub.markdown).toMatch(/Never flush it or restart it in a loop: a cold cache sends\s+every read to the database/);
  });

  it('a managed third party (Stripe) gets the communication protocol, not a failover', () => {
    const stub = stubFor(dep('stripe', null, [{ path: 'package.json', line: 8, source: 'npm', detail: 'dependencies "stripe"' }]));
    expect(stub.markdown).toContain('https://status.stripe.com');
    expect(stub.markdown).toMatch(/update our status page/i);
    expect(stub.markdown).toMatch(/Notify stakeholders/);
    expect(stub.markdown).toMatch(/Wait for the provider to resolve it/);
    expect(stub.markdown).not.toMatch(/docker|kubectl|aws rds/);
  });

  it('every stub of the catalog passes markdownlint default rules inside a plan and has no secret, host or IP', () => {
    const stubs = catalog().rules.map((rule) => stubFor(dep(rule.id, null, [{ path: 'package.json', line: 3, source: 'npm', detail: 'x' }])));
    const variants = [
      stubFor(dep('postgresql', 'aws-aurora', [{ path: 'a.tf', line: 1, source: 'terraform', detail: 'x' }])),
      stubFor(dep('redis', 'aws-elasticache', [{ path: 'a.tf', line: 1, source: 'terraform', detail: 'x' }])),
      stubFor(dep('mysql', 'gcp-cloud-sql', [{ path: 'a.tf', line: 1, source: 'terraform', detail: 'x' }])),
      stubFor(dep('mongodb', null, [{ path: 'k8s/db.yaml', line: 4, source: 'kubernetes', detail: 'x' }])),
      stubFor(dep('mariadb', null, [{ path: 'compose.yaml', line: 4, source: 'compose', detail: 'service "db" image mariadb:11' }])),
    ];
    for (const set of [stubs, variants]) {
      const plan = insertScenarios(null, set, { today: '2026-11-22' }).text;
      expect(markdownlintErrors(plan)).toEqual([]);
      expect(plan).not.toMatch(SECRET_OR_HOST);
    }
  });

  itWithShellcheck('every stub of the catalog passes Paramedic\'s own scenario lint: only its review marker is noted', async () => {
    const evidence = (path: string, source: string) => [{ path, line: 1, source, detail: 'x' }];
    // One plan per variant set: a plan never has two scenarios for the same service.
    const sets = [
      catalog().rules.map((rule) => stubFor(dep(rule.id, null, evidence('package.json', 'npm')))),
      ...['aws-rds', 'aws-aurora', 'gcp-cloud-sql', 'supabase', 'neon'].map((p) => [stubFor(dep('postgresql', p, evidence('a.tf', 'terraform')))]),
      [stubFor(dep('redis', 'aws-elasticache', evidence('a.tf', 'terraform'))), stubFor(dep('mongodb', null, evidence('k8s/db.yaml', 'kubernetes')))],
      [stubFor(dep('redis', null, [{ path: 'compose.yaml', line: 4, source: 'compose', detail: 'service "cache" image redis:7' }]))],
    ];
    for (const all of sets) await expectOnlyDraftNotes(all);
  });

  async function expectOnlyDraftNotes(all: DraftedScenario[]): Promise<void> {
    const plan = parsePlan(insertScenarios(null, all, { today: '2026-11-22' }).text, 'DISASTER_RECOVERY.md');
    expect(plan.scenarios).toHaveLength(all.length);
    const warnings: string[] = [];
    const findings = await lintPlan(plan, {
      root: tempDir(),
      // The evidence files exist in a real repository; stubs point at them.
      repoFiles: new Set(['package.json', 'a.tf', 'k8s/db.yaml', 'compose.yaml']),
      config: DEFAULT_CONFIG,
      catalog: catalog(),
      dependencyIds: new Set(catalog().rules.map((r) => r.id)),
      scenarioCovers: new Map(),
      now: new Date('2026-11-23'),
      warn: (m) => warnings.push(m),
    });
    expect(warnings).toEqual([]);
    expect(findings.filter((f) => f.rule !== 'draft-pending').map((f) => `${f.line} ${f.rule} ${f.message}`)).toEqual([]);
    expect(findings.filter((f) => f.rule === 'draft-pending')).toHaveLength(all.length);
  }

  it('a drafted scenario is found by the parser as a draft and does not count as coverage', () => {
    const stub = stubFor(dep('redis', null, [{ path: 'docker-compose.yml', line: 9, source: 'compose', detail: 'service "cache" image redis:7' }]));
    const plan = parsePlan(insertScenarios('# Plan\n', [stub]).text, 'DR.md');
    expect(plan.scenarios.map((s) => [s.title, s.draft])).toEqual([['Redis primary unavailable', true]]);
    expect(computeCoverage(plan, catalog()).coveredBy.has('redis')).toBe(false);
    expect(computeCoverage(plan, catalog(), { acceptDrafts: true }).coveredBy.get('redis')).toEqual(['Redis primary unavailable']);
  });
});

describe('inserting stubs keeps every byte of the plan', () => {
  const stub = (title: string): DraftedScenario => ({ id: 'x', title, markdown: `## Scenario: ${title}\n\n<!-- paramedic:draft -->\n\n1. Step.\n` });

  it('goes after the last scenario, at its heading level, with the plan\'s CRLF', () => {
    const plan = '\uFEFF# Plan\r\n\r\n## Recovery Procedures\r\n\r\n### Scenario 1: Database loss\r\n\r\n1. Restore.\r\n\r\n## Contacts\r\n\r\n- On-call\r\n';
    const result = insertScenarios(plan, [stub('Redis down')]);
    expect(result.text.slice(0, result.offset) + result.text.slice(result.offset + result.inserted.length)).toBe(plan);
    expect(result.inserted).toBe('### Scenario: Redis down\r\n\r\n<!-- paramedic:draft -->\r\n\r\n1. Step.\r\n\r\n');
    expect(result.text.indexOf('### Scenario: Redis down')).toBeLessThan(result.text.indexOf('## Contacts'));
    expect(result.text.startsWith('\uFEFF# Plan')).toBe(true);
  });

  it('is idempotent: a second run adds nothing', () => {
    const once = insertScenarios('# Plan\n', [stub('Redis down')]).text;
    const twice = insertScenarios(once, [stub('Redis down')]);
    expect(twice.added).toEqual([]);
    expect(twice.text).toBe(once);
  });

  it('creates a plan with a header when there is none', () => {
    const text = insertScenarios(null, [stub('Redis down')], { today: '2026-11-22' }).text;
    expect(text.startsWith('# Disaster Recovery Plan\n\nLast Updated: 2026-11-22\n')).toBe(true);
    expect(parsePlan(text, 'DR.md').scenarios.map((s) => s.title)).toEqual(['Redis down']);
  });

  it('property: for random plans (unicode, CRLF/LF/mixed, BOM, no trailing newline) the original survives byte for byte', () => {
    const line = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('# Plan', '## Scenario: Database Failure', '### 2. Cache outage', '1. Restore it.', '```bash', '```', '| a | b |', '', '---', '<!-- x -->', '## Contacts'),
    );
    const plans = fc.record({
      lines: fc.array(line, { maxLength: 25 }),
      eol: fc.constantFrom('\n', '\r\n', 'mixed'),
      bom: fc.boolean(),
      trailing: fc.boolean(),
    }).map(({ lines, eol, bom, trailing }) => {
      let text = lines.map((l, i) => l + (eol === 'mixed' ? (i % 2 ? '\r\n' : '\n') : eol)).join('');
      if (!trailing) text = text.replace(/\r?\n$/, '');
      return (bom ? '\uFEFF' : '') + text;
    });
    const titles = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }).map((s) => `Svc ${s.replace(/[\r\n#`]/g, '')} down`), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(plans, titles, (plan, ts) => {
        const result = insertScenarios(plan, ts.map(stub));
        const restored = result.text.slice(0, result.offset) + result.text.slice(result.offset + result.inserted.length);
        expect(Buffer.from(restored)).toEqual(Buffer.from(plan));
        // idempotent
        expect(insertScenarios(result.text, ts.map(stub)).added).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
