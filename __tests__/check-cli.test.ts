import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/index.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, tempDir } from './helpers/repo.js';

afterAll(cleanupTempDirs);

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const PLAN = ['# Disaster Recovery Plan', '', '## Scenario: PostgreSQL primary unavailable', '', '**Impact:** Orders fail.', '', '1. Fail over: `aws rds reboot-db-instance --force-failover --db-instance-identifier "$ID"`.', ''].join('\n');

describe('paramedic check', () => {
  it('prints the JSON contract for a full sweep and exits 0 when nothing new is uncovered', async () => {
    const dir = makeRepo({ 'package.json': '{"dependencies":{"pg":"8","ioredis":"5"}}', 'DISASTER_RECOVERY.md': PLAN });
    const { code, out } = await cli(['check', dir, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(['mode', 'doc', 'dependencies', 'scenarios', 'gaps', 'newGaps', 'existingGaps', 'triage', 'coverage', 'providerChanges', 'notices', 'findings', 'verdict', 'warnings']);
    expect(report.mode).toBe('sweep');
    expect(report.coverage).toEqual({ covered: 1, total: 2, percent: 50 });
    expect(report.doc).toBe('DISASTER_RECOVERY.md');
    expect(report.dependencies.map((d: { id: string; covered: boolean; change: string; scenarios: string[] }) => [d.id, d.covered, d.change, d.scenarios])).toEqual([
      ['postgresql', true, 'unchanged', ['PostgreSQL primary unavailable']],
      ['redis', false, 'unchanged', []],
    ]);
    expect(report.scenarios).toEqual([{ title: 'PostgreSQL primary unavailable', line: 3, covers: ['mariadb', 'mysql', 'postgresql'] }]);
    expect(report.gaps).toEqual(['redis']);
    expect(report.newGaps).toEqual([]);
    expect(report.verdict).toBe('warn');
  });

  it('exits 1 exactly when the verdict is fail: any-gap on a sweep', async () => {
    const dir = makeRepo({ 'package.json': '{"dependencies":{"ioredis":"5"}}', 'DISASTER_RECOVERY.md': PLAN });
    const { code, out } = await cli(['check', dir, '--fail-on', 'any-gap']);
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toMatch(/^FAIL {2}0\/1 critical services covered \(0%\), 1 gap/);
  });

  it('a sweep prints no CHANGE column (every row would say "unchanged"); a comparison of two revisions does', async () => {
    const dir = makeRepo({ 'package.json': '{"dependencies":{"pg":"8"}}', 'DISASTER_RECOVERY.md': PLAN });
    const sweep = await cli(['check', dir]);
    const sweepHeader = sweep.out.split('\n').find((line) => line.trimStart().startsWith('STATUS'))!;
    expect(sweepHeader.split(/\s{2,}/).map((s) => s.trim()).filter(Boolean)).toEqual(['STATUS', 'SERVICE', 'COVERED BY', 'EVIDENCE']);
    expect(sweep.out).not.toContain('unchanged');
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    const head = commit(dir, { 'package.json': '{"dependencies":{"pg":"8","ioredis":"5"}}' });
    const pr = await cli(['check', dir, '--base', base, '--head', head]);
    const prHeader = pr.out.split('\n').find((line) => line.trimStart().startsWith('STATUS'))!;
    expect(prHeader.split(/\s{2,}/).map((s) => s.trim()).filter(Boolean)).toEqual(['STATUS', 'SERVICE', 'CHANGE', 'COVERED BY', 'EVIDENCE']);
    expect(pr.out).toMatch(/NEW GAP\s+Redis\s+added/);
  });

  it('compares two revisions with --base/--head: a new uncovered dependency fails', async () => {
    const dir = makeRepo({ 'package.json': '{"dependencies":{"pg":"8"}}', 'DISASTER_RECOVERY.md': PLAN });
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    const head = commit(dir, { 'package.json': '{"dependencies":{"pg":"8","ioredis":"5"}}' });
    const { code, out } = await cli(['check', dir, '--base', base, '--head', head, '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.newGaps).toEqual(['redis']);
    expect(report.dependencies.map((d: { id: string; change: string }) => [d.id, d.change])).toEqual([
      ['postgresql', 'unchanged'],
      ['redis', 'added'],
    ]);
  });

  it('re-checks an edited plan against what it covered: a removed scenario is a new gap', async () => {
    const redis = '\n## Scenario: Redis unavailable\n\n**Impact:** Sessions drop.\n\n1. Fail over: `aws elasticache test-failover --replication-group-id "$GROUP" --node-group-id 0001`.\n2. Verify: `redis-cli -u "$REDIS_URL" ping`.\n';
    const dir = makeRepo({ 'package.json': '{"dependencies":{"pg":"8","ioredis":"5","stripe":"14"}}', 'DISASTER_RECOVERY.md': PLAN + redis });
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    // Editing the plan without losing coverage passes: stripe's old gap is not this change's doing
    // (and, outside the diff, not looked at: the check stays as cheap as the diff).
    const edited = commit(dir, { 'DISASTER_RECOVERY.md': `${PLAN}\nLast Updated: 2026-11-20\n${redis}` });
    const ok = await cli(['check', dir, '--base', base, '--head', edited, '--json']);
    expect(JSON.parse(ok.out)).toMatchObject({ gaps: [], newGaps: [], verdict: 'warn', coverage: null });
    expect(ok.code).toBe(0);
    // Deleting the Redis scenario fails, though no manifest changed: head still uses Redis.
    const removed = commit(dir, { 'DISASTER_RECOVERY.md': PLAN });
    const bad = await cli(['check', dir, '--base', base, '--head', removed, '--json']);
    expect(JSON.parse(bad.out)).toMatchObject({ gaps: ['redis'], newGaps: ['redis'], verdict: 'fail' });
    expect(bad.code).toBe(1);
  });

  it('says plainly when there is no plan: every dependency is a gap', async () => {
    const dir = makeRepo({ 'package.json': '{"dependencies":{"pg":"8"}}' });
    const { code, out } = await cli(['check', dir]);
    expect(code).toBe(0);
    expect(out).toMatch(/Plan: none found/);
    expect(out).toMatch(/GAP\s+PostgreSQL/);
  });

  it('rejects misuse with exit 2 and a message naming the flag', async () => {
    const dir = makeRepo({});
    expect((await cli(['check', dir, '--fail-on', 'often'])).err).toMatch(/--fail-on: fail-on: must be one of new-gaps, any-gap, never/);
    expect((await cli(['check', dir, '--fail-on', 'often'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['check', dir, '--head', 'HEAD'])).code).toBe(2);
  });

  it('reads the config file: ignore list with its reason, and a clear error for a bad key', async () => {
    const dir = makeRepo({
      'package.json': '{"dependencies":{"ioredis":"5"}}',
      '.github/paramedic.yml': 'fail-on: any-gap\nignore:\n  - id: redis\n    reason: cache only, rebuilt on start\n',
    });
    const { code, out } = await cli(['check', dir, '--json']);
    expect(code).toBe(0);
    const redis = JSON.parse(out).dependencies[0];
    expect(redis).toMatchObject({ id: 'redis', covered: true, coveredBecause: 'ignored in config: cache only, rebuilt on start' });

    const bad = makeRepo({ '.github/paramedic.yml': 'fail-on: any-gap\nfailon: never\n' });
    const result = await cli(['check', bad]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/\.github\/paramedic\.yml:2: unknown setting "failon"/);
  });
});

describe('the bundled CLI', () => {
  const bundle = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'index.js');

  it('lints the plan with markdownlint in its worker thread and reports what the sources report', async () => {
    // One build: the worker sits in dist/ beside the shared chunk that starts it.
    expect(existsSync(path.join(path.dirname(bundle), '..', 'markdownlint-worker.js'))).toBe(true);
    // MD001 (a skipped heading level) at line 3, MD040 (a fence without a language) at line 7.
    const plan = ['# Plan', '', '### Scenario: PostgreSQL primary unavailable', '', '**Impact:** Orders fail.', '', '```', 'pg_restore --dbname "$DATABASE_URL" "$BACKUP_FILE"', '```', ''].join('\n');
    const dir = makeRepo({ 'package.json': '{"dependencies":{"pg":"8"}}', 'DISASTER_RECOVERY.md': plan });
    // --cpu-prof writes one profile per thread: two profiles prove the worker thread ran.
    const profiles = tempDir('paramedic-prof-');
    const bundled = await promisify(execFile)(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, bundle, 'check', dir, '--json']).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    expect(readdirSync(profiles).filter((f) => f.endsWith('.cpuprofile'))).toHaveLength(2);
    const markdownlint = (out: string): Array<[string, number]> => (JSON.parse(out) as { findings: Array<{ rule: string; line: number }> }).findings.filter((f) => f.rule.startsWith('markdownlint/')).map((f) => [f.rule, f.line]);
    expect(markdownlint(bundled.stdout)).toEqual([['markdownlint/MD001', 3], ['markdownlint/MD040', 7]]);
    expect(markdownlint((await cli(['check', dir, '--json'])).out)).toEqual(markdownlint(bundled.stdout));
  });
});

describe('a pull-request check of a change that leaves the plan as it was', () => {
  // MD001 (a skipped heading level) at line 3, MD040 (a fence without a language) at line 7, and a
  // step that runs a script the repository does not have (missing-script reads the file list).
  const plan = [
    '# Plan',
    '',
    '### Scenario: PostgreSQL primary unavailable',
    '',
    '**Impact:** Orders fail.',
    '',
    '```',
    'pg_restore --dbname "$DATABASE_URL" "$BACKUP_FILE"',
    '```',
    '',
    '1. Fail over with `./scripts/failover.sh`.',
    '',
  ].join('\n');
  type Report = { findings: Array<{ rule: string; line: number; causedByChange?: boolean }>; notices: Array<{ kind: string; path?: string; message: string }>; newGaps: string[] };
  const prCheck = async (headFiles: Record<string, string>): Promise<Report> => {
    const dir = makeRepo({ 'package.json': '{"dependencies":{"pg":"8"}}', 'DISASTER_RECOVERY.md': plan });
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    const head = commit(dir, headFiles);
    const { out } = await cli(['check', dir, '--base', base, '--head', head, '--json']);
    return JSON.parse(out) as Report;
  };
  const rules = (report: Report): string[] => report.findings.map((f) => f.rule.split('/')[0]!);

  it('runs neither markdownlint nor shellcheck, keeps the reference rules, and says where the plan\'s own findings are', async () => {
    const report = await prCheck({ 'package.json': '{"dependencies":{"pg":"8","ioredis":"5"}}' });
    expect(report.newGaps).toEqual(['redis']);
    expect(rules(report)).not.toContain('markdownlint');
    expect(report.findings.filter((f) => f.rule === 'missing-script')).toEqual([expect.objectContaining({ line: 11, causedByChange: false })]);
    const kept = report.notices.filter((n) => n.kind === 'plan-unchanged');
    expect(kept).toEqual([{ kind: 'plan-unchanged', path: 'DISASTER_RECOVERY.md', message: expect.stringMatching(/leaves the plan as it was, so shellcheck and markdownlint did not run on it: .* the sweep's report and in `paramedic check` of the whole tree/) }]);
  });

  it('a change that edits the plan lints it whole, and the old findings are still not the change\'s', async () => {
    const report = await prCheck({ 'DISASTER_RECOVERY.md': `${plan}\nLast reviewed: 2026-11-20.\n` });
    expect(report.findings.filter((f) => f.rule.startsWith('markdownlint/')).map((f) => [f.rule, f.line, f.causedByChange])).toEqual([
      ['markdownlint/MD001', 3, false],
      ['markdownlint/MD040', 7, false],
    ]);
    expect(report.notices.map((n) => n.kind)).not.toContain('plan-unchanged');
  });

  it('a change that adds a Markdown file (which could become the plan) lints the plan whole', async () => {
    const report = await prCheck({ 'docs/notes.md': '# Notes\n' });
    expect(rules(report)).toContain('markdownlint');
    expect(report.notices.map((n) => n.kind)).not.toContain('plan-unchanged');
  });

  it('with markdownlint and shellcheck both off, nothing was skipped and nothing is said', async () => {
    const dir = makeRepo({ 'package.json': '{"dependencies":{"pg":"8"}}', 'DISASTER_RECOVERY.md': plan, '.github/paramedic.yml': 'lint: { markdownlint: off, shellcheck: off }\n' });
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    const head = commit(dir, { 'package.json': '{"dependencies":{"pg":"8","ioredis":"5"}}' });
    const report = JSON.parse((await cli(['check', dir, '--base', base, '--head', head, '--json'])).out) as Report;
    expect(report.notices.map((n) => n.kind)).not.toContain('plan-unchanged');
  });
});
