import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/index.js';
import { parseOutputFile } from './helpers/action-runner.js';
import { cleanupTempDirs, makeRepo, tempDir } from './helpers/repo.js';

// `paramedic report merge`: a folder of sweep results into org-report.json, Markdown and the
// dashboard. Reports here come from the real `paramedic check --json` on real repositories,
// wrapped the way `org sweep` wraps them.

afterAll(cleanupTempDirs);

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const PLAN = [
  '# Disaster Recovery Plan',
  '',
  'Last Updated: 2020-01-15',
  '',
  '## Scenario: PostgreSQL primary unavailable',
  '',
  '**Impact:** Orders fail.',
  '',
  '1. Fail over: `aws rds reboot-db-instance --force-failover --db-instance-identifier "$ID"`.',
  '',
].join('\n');

/** `paramedic check --json` of a real repository with these files. */
async function checkReport(files: Record<string, string>): Promise<Record<string, unknown>> {
  const { out } = await cli(['check', makeRepo(files), '--json']);
  return JSON.parse(out);
}

function envelope(fullName: string, report: Record<string, unknown> | null, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const commit = 'a'.repeat(40);
  return {
    kind: 'paramedic-sweep-result',
    version: 1,
    repository: { fullName, url: `https://github.com/${fullName}`, defaultBranch: 'main', commit },
    status: report ? 'checked' : 'no-access',
    ...(report ? {} : { reason: 'git clone failed: repository not found' }),
    checkedAt: '2026-12-01T06:00:00.000Z',
    durationMs: 800,
    plan: report?.doc ? { path: report.doc, url: `https://github.com/${fullName}/blob/${commit}/${String(report.doc)}` } : null,
    report,
    ...extra,
  };
}

function writeJson(dir: string, name: string, value: unknown): void {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
}

function listing(names: string[]): Record<string, unknown> {
  return {
    kind: 'paramedic-org-repositories',
    version: 1,
    organisation: 'acme',
    listedAt: '2026-12-01T06:00:00.000Z',
    filters: { topics: [], names: [], archived: 'exclude', forks: 'exclude', limit: 0 },
    listed: names.length,
    leftOut: { archived: 0, forks: 0, topics: 0, names: 0, limit: 0 },
    repositories: names.map((fullName) => ({ fullName, name: fullName.split('/')[1], url: `https://github.com/${fullName}`, defaultBranch: 'main', archived: false, fork: false, visibility: 'private', topics: ['prod'], pushedAt: null, sizeKb: 1 })),
  };
}

describe('paramedic report merge', () => {
  it('merges envelopes into one report: coverage per repository and overall, gaps by tier and category, findings by rule, stale plans, and every repository not checked', async () => {
    const shop = await checkReport({ 'package.json': '{\n  "dependencies": {\n    "pg": "8",\n    "ioredis": "5",\n    "stripe": "14"\n  }\n}\n', 'DISASTER_RECOVERY.md': PLAN });
    const api = await checkReport({ 'package.json': '{"dependencies":{"pg":"8"}}', 'DISASTER_RECOVERY.md': PLAN.replace('Last Updated: 2020-01-15\n\n', '') });
    const bare = await checkReport({ 'package.json': '{"dependencies":{"pg":"8","ioredis":"5"}}' });
    const dir = tempDir();
    // As download-artifact leaves them without merge-multiple: one folder per artifact.
    writeJson(dir, 'paramedic-report-1/acme__shop.json', envelope('acme/shop', shop));
    writeJson(dir, 'paramedic-report-1/acme__api.json', envelope('acme/api', api));
    writeJson(dir, 'paramedic-report-2/acme__locked.json', envelope('acme/locked', null));
    writeJson(dir, 'paramedic-report-2/acme__cache.json', envelope('acme/cache', bare));
    const expect_ = path.join(tempDir(), 'repositories.json');
    writeJson(path.dirname(expect_), 'repositories.json', listing(['acme/api', 'acme/cache', 'acme/locked', 'acme/lost', 'acme/shop']));
    const out = tempDir();
    const outputs = path.join(out, 'github-output');
    const run = await cli(['report', 'merge', dir, '--expect', expect_, '--out', out, '--github-output', outputs]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('5 repositories: 3 checked, 2 not checked; 2/6 critical services covered (33%)');

    const report = JSON.parse(readFileSync(path.join(out, 'org-report.json'), 'utf8'));
    expect(report).toMatchObject({ kind: 'paramedic-org-report', version: 1, organisation: 'acme' });
    expect(report.repositories.map((r: { fullName: string; status: string; coverage: unknown }) => [r.fullName, r.status, r.coverage])).toEqual([
      ['acme/api', 'checked', { covered: 1, total: 1, percent: 100 }],
      ['acme/cache', 'checked', { covered: 0, total: 2, percent: 0 }],
      ['acme/locked', 'no-access', null],
      ['acme/lost', 'missing', null],
      ['acme/shop', 'checked', { covered: 1, total: 3, percent: 33 }],
    ]);
    expect(report.summary.repositories).toEqual({
      total: 5,
      checked: 3,
      notChecked: { 'no-access': 1, empty: 0, timeout: 0, error: 0, missing: 1 },
      fullyCovered: 1,
      withGaps: 2,
      withTier1Gaps: 1,
      withoutPlan: 1,
      withStalePlan: 1,
    });
    expect(report.summary.coverage).toEqual({ covered: 2, total: 6, percent: 33 });
    // Redis (cache, tier 2) is a gap twice, PostgreSQL (database, tier 1) and Stripe (payments, tier 2) once.
    expect(report.summary.gaps).toEqual({
      total: 4,
      byTier: { '1': 1, '2': 3, '3': 0 },
      byCategory: { cache: 2, database: 1, payments: 1 },
      byCategoryAndTier: [
        { category: 'cache', tier: 2, gaps: 2 },
        { category: 'database', tier: 1, gaps: 1 },
        { category: 'payments', tier: 2, gaps: 1 },
      ],
    });
    // The most gaps first, then the most used.
    expect(report.services.map((s: { id: string; repositories: number; covered: number; gaps: number }) => [s.id, s.repositories, s.covered, s.gaps])).toEqual([
      ['redis', 2, 0, 2],
      ['postgresql', 3, 2, 1],
      ['stripe', 1, 0, 1],
    ]);
    expect(report.summary.findings.byRule.find((r: { rule: string }) => r.rule === 'stale-plan')).toEqual({ rule: 'stale-plan', severity: 'warning', findings: 1, repositories: 1 });

    const shopResult = report.repositories.find((r: { fullName: string }) => r.fullName === 'acme/shop');
    const commit = 'a'.repeat(40);
    expect(shopResult.plan).toEqual({ path: 'DISASTER_RECOVERY.md', url: `https://github.com/acme/shop/blob/${commit}/DISASTER_RECOVERY.md` });
    expect(shopResult.stalePlan).toMatchObject({ line: 3, url: `https://github.com/acme/shop/blob/${commit}/DISASTER_RECOVERY.md#L3` });
    const stripe = shopResult.dependencies.find((d: { id: string }) => d.id === 'stripe');
    expect(stripe).toMatchObject({ covered: false, tier: 2, category: 'payments', evidence: [{ path: 'package.json', line: 5, url: `https://github.com/acme/shop/blob/${commit}/package.json#L5` }] });
    const pg = shopResult.dependencies.find((d: { id: string }) => d.id === 'postgresql');
    expect(pg.scenarios).toEqual([{ title: 'PostgreSQL primary unavailable', line: 5, url: `https://github.com/acme/shop/blob/${commit}/DISASTER_RECOVERY.md#L5` }]);
    expect(shopResult.topics).toEqual(['prod']);
    expect(report.repositories.find((r: { fullName: string }) => r.fullName === 'acme/lost').reason).toMatch(/^no report: its sweep job did not finish/);

    expect(parseOutputFile(readFileSync(outputs, 'utf8'))).toEqual({ coverage: '33', repositories: '5', checked: '3', 'not-checked': '2' });
    const md = readFileSync(path.join(out, 'org-report.md'), 'utf8');
    expect(md).toContain('**33%** of critical services covered (2 of 6) in 3 checked repositories; **2 not checked**.');
    expect(md).toContain('| [acme/locked](https://github.com/acme/locked) | no access | git clone failed: repository not found |');
    expect(md).toContain('| [acme/lost](https://github.com/acme/lost) | no report |');
    expect(md).toContain('| payments | 0 | 1 | 0 | 1 |');
    expect(md).toContain('| **All** | 1 | 3 | 0 | 4 |');
  });

  it('reads bare `check --json` reports named owner__name.json, without links', async () => {
    const dir = tempDir();
    writeJson(dir, 'acme__plain.json', await checkReport({ 'package.json': '{"dependencies":{"pg":"8"}}', 'DISASTER_RECOVERY.md': PLAN }));
    const out = tempDir();
    expect((await cli(['report', 'merge', dir, '--out', out])).code).toBe(0);
    const [repo] = JSON.parse(readFileSync(path.join(out, 'org-report.json'), 'utf8')).repositories;
    expect(repo).toMatchObject({ fullName: 'acme/plain', url: null, status: 'checked', plan: { path: 'DISASTER_RECOVERY.md', url: null } });
    expect(repo.dependencies[0].evidence[0].url).toBeNull();
  });

  it('names each file it cannot read, with the line, and goes on with the rest; a duplicate keeps the later result', async () => {
    const report = await checkReport({ 'package.json': '{"dependencies":{"pg":"8"}}' });
    const dir = tempDir();
    writeJson(dir, 'good.json', envelope('acme/good', report));
    writeJson(dir, 'broken.json', '{\n  "kind": "paramedic-sweep-result",\n  "repository": {\n    "fullName": "acme/broken",\n  ,\n}\n');
    writeJson(dir, 'other.json', { name: 'some other tool' });
    writeJson(dir, 'nameless.json', { kind: 'paramedic-sweep-result', status: 'checked' });
    writeJson(dir, 'odd-status.json', envelope('acme/odd', null, { status: 'exploded' }));
    writeJson(dir, 'hollow.json', envelope('acme/hollow', null, { status: 'checked', report: { nothing: true } }));
    writeJson(dir, 'z-later.json', envelope('acme/good', null, { checkedAt: '2026-12-02T00:00:00.000Z' }));
    const out = tempDir();
    const run = await cli(['report', 'merge', dir, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.err).toContain('paramedic: warning: broken.json:5: skipped: invalid JSON: property name expected');
    expect(run.err).toContain('paramedic: warning: other.json: skipped: not a Paramedic sweep result or report');
    expect(run.err).toContain('paramedic: warning: nameless.json: skipped: the envelope names no repository (repository.fullName)');
    expect(run.err).toContain("paramedic: warning: z-later.json: acme/good is also in good.json; kept the later one's result (z-later.json)");
    const merged = JSON.parse(readFileSync(path.join(out, 'org-report.json'), 'utf8'));
    expect(merged.repositories.map((r: { fullName: string; status: string; reason: string | null }) => [r.fullName, r.status, r.reason])).toEqual([
      ['acme/good', 'no-access', 'git clone failed: repository not found'],
      ['acme/hollow', 'error', 'unreadable envelope: status checked but no report'],
      ['acme/odd', 'error', 'unreadable envelope: unknown status "exploded"'],
    ]);
    expect(merged.warnings).toHaveLength(4);
    expect(readFileSync(path.join(out, 'dashboard.html'), 'utf8')).toContain('Report files skipped');
  });

  it('keeps attacker-controlled text as text: repository names, titles, paths and URLs', async () => {
    const report = await checkReport({ 'package.json': '{"dependencies":{"pg":"8","ioredis":"5"}}', 'DISASTER_RECOVERY.md': PLAN });
    const evil = '<img src=x onerror=alert(1)>';
    const hostile = JSON.parse(JSON.stringify(report));
    hostile.dependencies[0].scenarios = ['</script><script>alert(2)</script>'];
    hostile.scenarios[0].title = '</script><script>alert(2)</script>';
    hostile.dependencies[1].name = `Redis" onmouseover="alert(3)`;
    hostile.dependencies[1].evidence[0].path = '"><svg onload=alert(4)>/x.json';
    hostile.findings.push({ rule: 'x|y](javascript:alert(5))', severity: 'error', path: 'DISASTER_RECOVERY.md', line: 1, message: '[click](javascript:alert(6)) | <b>bold</b>', hint: '' });
    const dir = tempDir();
    writeJson(dir, 'a.json', envelope(`acme/${evil}`, hostile, { repository: { fullName: `acme/${evil}`, url: 'javascript:alert(7)', defaultBranch: 'main', commit: 'b'.repeat(40) } }));
    writeJson(dir, 'b.json', envelope('acme/ok', null, { reason: '<script>alert(8)</script> | [x](javascript:alert(9))' }));
    const out = tempDir();
    expect((await cli(['report', 'merge', dir, '--out', out])).code).toBe(0);
    const page = readFileSync(path.join(out, 'dashboard.html'), 'utf8');
    // The page's only script is its own (the rows travel in a JSON data block), and nothing from the files became markup or a link.
    expect(page.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/json" id="matrix-data">', '<script>']);
    const data = /<script type="application\/json" id="matrix-data">([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(data).not.toContain('<');
    expect(JSON.parse(data).rows.map((r: { n: string }) => r.n)).toEqual([`acme/${evil}`, 'acme/ok']);
    expect(JSON.parse(data).rows[0].u).toBeNull(); // javascript: is no link
    expect(page).not.toMatch(/<img|<svg|<b>|" onmouseover|href="javascript:/i);
    expect([...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1]).filter((h) => !/^(https:\/\/github\.com\/|#)/.test(h!))).toEqual([]);
    expect(page).toContain('acme/&lt;img src=x onerror=alert(1)&gt;');
    expect(data).toContain('\\u003c/script>\\u003cscript>alert(2)\\u003c/script>');
    // The Content-Security-Policy allows that one script by its hash, and no network.
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!.replace(/&#39;/g, "'");
    expect(csp).toContain(`script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");

    const md = readFileSync(path.join(out, 'org-report.md'), 'utf8');
    // No `<` and no `](` that Markdown would read: each is escaped.
    expect(md).not.toMatch(/(?<!\\)<(?!!--)|(?<!\\)\]\(javascript/i);
    const ruleRow = md.split('\n').find((l) => l.includes('javascript:alert\\(5'))!;
    expect(ruleRow.split(/(?<!\\)\|/)).toHaveLength(6); // the rule id's pipe did not open a column
    expect(md).toContain('acme/\\<img src=x onerror=alert\\(1\\)\\>');
    const row = md.split('\n').find((l) => l.includes('acme/ok'))!;
    expect(row.split(/(?<!\\)\|/)).toHaveLength(5); // the reason's pipe did not open a column
  });

  it('is misused without a folder, with a folder that does not exist, or a listing that is not one', async () => {
    expect((await cli(['report', 'merge'])).code).toBe(2);
    expect((await cli(['report', 'frobnicate', tempDir()])).err).toContain('unknown report command "frobnicate"');
    const missing = await cli(['report', 'merge', path.join(tempDir(), 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such folder');
    const notListing = path.join(tempDir(), 'x.json');
    writeFileSync(notListing, '{}');
    const bad = await cli(['report', 'merge', tempDir(), '--expect', notListing]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('is not a repository listing');
  });
});
