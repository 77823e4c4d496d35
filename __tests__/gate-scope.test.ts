import { afterAll, describe, expect, it } from 'vitest';
import { checkRepository } from '../src/check/pipeline.js';
import { runCli } from '../src/cli/index.js';
import { parseConfigFile } from '../src/config/file.js';
import { ConfigError } from '../src/config/schema.js';
import { runAction } from './helpers/action-runner.js';
import { cleanupTempDirs, commit, gitIn, makeRepo } from './helpers/repo.js';

/**
 * Issue 14 point 4: `fail-on-tier` / `fail-on-categories` cut what fails without hiding anything,
 * and `ignore:` entries end (`until:`) and name who answers for them (`owner:`).
 */

afterAll(cleanupTempDirs);

const PLAN = ['# Disaster Recovery Plan', '', '## Scenario: PostgreSQL primary unavailable', '', '**Impact:** Orders fail.', '', '1. Fail over: `aws rds reboot-db-instance --force-failover --db-instance-identifier "$ID"`.', '2. Verify: `psql "$DATABASE_URL" -c "select 1"`.', ''].join('\n');
const pkg = (deps: Record<string, string>): string => JSON.stringify({ name: 'shop', dependencies: deps }, null, 2) + '\n';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

/** A repository on pg (covered); the pull request adds `added` to package.json. */
async function pullRequest(config: string, added: Record<string, string>, now?: Date): Promise<Awaited<ReturnType<typeof checkRepository>>> {
  const dir = makeRepo({ 'package.json': pkg({ pg: '^8.13.0' }), 'DISASTER_RECOVERY.md': PLAN, '.github/paramedic.yml': config });
  const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
  const head = commit(dir, { 'package.json': pkg({ pg: '^8.13.0', ...added }) });
  return checkRepository(dir, { base, head, ...(now ? { now } : {}) });
}

describe('fail-on-tier and fail-on-categories', () => {
  it('reads both from the config file, as a number and a list', () => {
    expect(parseConfigFile('fail-on-tier: 2\nfail-on-categories: [database, cache]\n', 'cfg.yml')).toEqual({ failOnTier: 2, failOnCategories: ['database', 'cache'] });
    expect(parseConfigFile('fail-on-categories: database, payments\n', 'cfg.yml')).toEqual({ failOnCategories: ['database', 'payments'] });
  });

  it('refuses a tier or category the catalog does not have, at its own file:line', () => {
    expect(problemsOf(() => parseConfigFile('fail-on: any-gap\nfail-on-tier: 4\n', 'cfg.yml'))).toEqual([
      `cfg.yml:2: fail-on-tier: must be one of the catalog's tiers 1, 2, 3 (1: data is lost or the product is down, 2: a core flow breaks, 3: a feature degrades) (got 4)`,
    ]);
    const problems = problemsOf(() => parseConfigFile('fail-on-categories:\n  - database\n  - caches\n', 'cfg.yml'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^cfg\.yml:3: fail-on-categories\[1\]: unknown category "caches" \(the catalog's categories: database, cache, queue, /);
  });

  it('a CLI flag with an unknown value is a usage error naming the flag (exit 2), never a pass', async () => {
    const dir = makeRepo({ 'package.json': pkg({ ioredis: '^5.4.1' }), 'DISASTER_RECOVERY.md': PLAN });
    const tier = await cli(['check', dir, '--fail-on-tier', 'high']);
    expect(tier.code).toBe(2);
    expect(tier.err).toMatch(/^paramedic: --fail-on-tier: fail-on-tier: must be one of the catalog's tiers 1, 2, 3 /);
    const category = await cli(['check', dir, '--fail-on-categories', 'database,kv']);
    expect(category.code).toBe(2);
    expect(category.err).toMatch(/--fail-on-categories: fail-on-categories: unknown category "kv"/);
  });

  it('an action input with an unknown category fails the step, naming the input (bundled dist/)', async () => {
    const dir = makeRepo({ 'package.json': pkg({ ioredis: '^5.4.1' }), 'DISASTER_RECOVERY.md': PLAN });
    const run = await runAction({ workspace: dir, eventName: 'workflow_dispatch', payload: {}, inputs: { 'fail-on-categories': 'database, caches', comment: 'never' } });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBeUndefined();
    expect(run.stdout).toMatch(/::error::input "fail-on-categories": fail-on-categories: unknown category "caches"/);
    const ok = await runAction({ workspace: dir, eventName: 'workflow_dispatch', payload: {}, inputs: { 'fail-on': 'any-gap', 'fail-on-categories': 'database, payments', comment: 'never' } });
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.outputs.verdict).toBe('warn');
    expect(JSON.parse(ok.outputs.gaps!)).toEqual([]);
    expect(ok.summary).toContain('gap (not gated)');
  });

  it('a new tier-2 gap fails under the default and under fail-on-tier: 2', async () => {
    for (const config of ['fail-on: new-gaps\n', 'fail-on-tier: 2\n']) {
      const { report } = await pullRequest(config, { ioredis: '^5.4.1' });
      expect(report.newGaps).toEqual(['redis']);
      expect(report.verdict).toBe('fail');
      expect(report.outsideGate).toBeUndefined();
    }
  });

  it('fail-on-tier: 1 reports a new tier-2 gap without failing on it', async () => {
    const { report } = await pullRequest('fail-on-tier: 1\n', { ioredis: '^5.4.1' });
    expect(report.verdict).toBe('warn');
    expect(report.gaps).toEqual([]);
    expect(report.newGaps).toEqual([]);
    expect(report.outsideGate).toEqual(['redis']);
    expect(report.dependencies.find((d) => d.id === 'redis')).toMatchObject({ covered: false, change: 'added', tier: 2, category: 'cache' });
    expect(report.notices.find((n) => n.kind === 'outside-gate')?.message).toBe(
      'Without a recovery scenario, outside `fail-on-tier: 1`: Redis (tier 2, cache). It is reported and does not fail this check.',
    );
  });

  it('fail-on-categories fails on a listed category and only reports the others', async () => {
    const config = 'fail-on-categories: [database, payments]\n';
    const cache = await pullRequest(config, { ioredis: '^5.4.1' });
    expect(cache.report.verdict).toBe('warn');
    expect(cache.report.outsideGate).toEqual(['redis']);
    const payments = await pullRequest(config, { stripe: '^17.0.0' });
    expect(payments.report.newGaps).toEqual(['stripe']);
    expect(payments.report.verdict).toBe('fail');
  });

  it('any-gap on a sweep fails only on gaps in scope, and the text report marks the others', async () => {
    const dir = makeRepo({ 'package.json': pkg({ pg: '8', ioredis: '5' }), 'DISASTER_RECOVERY.md': PLAN, '.github/paramedic.yml': 'fail-on: any-gap\nfail-on-categories: [database]\n' });
    const quiet = await cli(['check', dir]);
    expect(quiet.code).toBe(0);
    expect(quiet.out).toMatch(/^WARN /);
    expect(quiet.out).toMatch(/GAP \(not gated\)\s+Redis/);
    const strict = await cli(['check', dir, '--fail-on-categories', 'database,cache']);
    expect(strict.code).toBe(1);
  });
});

describe('ignore entries with until and owner', () => {
  const NOW = new Date('2026-12-04T12:00:00Z');
  const ignoring = (until: string): string => ['fail-on: any-gap', 'ignore:', '  - id: redis', '    reason: cache only, rebuilt on start', `    until: ${until}`, '    owner: "@acme/cache"', ''].join('\n');

  it('reads until and owner, and refuses a date that does not exist, at its line', () => {
    expect(parseConfigFile(ignoring('2027-01-31'), 'cfg.yml').ignore).toEqual([{ id: 'redis', reason: 'cache only, rebuilt on start', until: '2027-01-31', owner: '@acme/cache', file: 'cfg.yml', line: 3 }]);
    expect(problemsOf(() => parseConfigFile(ignoring('2026-02-30'), 'cfg.yml'))).toEqual(['cfg.yml:5: ignore[0].until: must be a date written YYYY-MM-DD (got "2026-02-30")']);
    expect(problemsOf(() => parseConfigFile(ignoring('31/12/2026'), 'cfg.yml'))).toEqual(['cfg.yml:5: ignore[0].until: must be a date written YYYY-MM-DD (got "31/12/2026")']);
    expect(problemsOf(() => parseConfigFile('ignore:\n  - id: redis\n    reason: x\n    expires: 2027-01-01\n', 'cfg.yml'))).toEqual(['cfg.yml:4: ignore[0].expires: unknown key "expires" (known: id, reason, until, owner)']);
  });

  it('an entry holds through its until day', async () => {
    const dir = makeRepo({ 'package.json': pkg({ pg: '8', ioredis: '5' }), 'DISASTER_RECOVERY.md': PLAN, '.github/paramedic.yml': ignoring('2026-12-04') });
    const { report } = await checkRepository(dir, { now: NOW });
    expect(report.dependencies.find((d) => d.id === 'redis')).toMatchObject({ covered: true, coveredBecause: 'ignored in config (until 2026-12-04, owner @acme/cache): cache only, rebuilt on start' });
    expect(report.verdict).toBe('pass');
    expect(report.findings).toEqual([]);
  });

  it('an expired entry lapses: the dependency counts again, with a finding at the entry naming its owner and date', async () => {
    const dir = makeRepo({ 'package.json': pkg({ pg: '8', ioredis: '5' }), 'DISASTER_RECOVERY.md': PLAN, '.github/paramedic.yml': ignoring('2026-12-03') });
    const { report } = await checkRepository(dir, { now: NOW });
    expect(report.gaps).toEqual(['redis']);
    expect(report.verdict).toBe('fail');
    expect(report.findings).toEqual([
      {
        rule: 'ignore-expired',
        severity: 'warning',
        path: '.github/paramedic.yml',
        line: 3,
        message: 'The ignore entry for "redis" (owner @acme/cache) lapsed after 2026-12-03: redis counts as a dependency again (the entry said: cache only, rebuilt on start).',
        hint: 'Write its recovery scenario in the plan, or have @acme/cache review the exception and set a new `until:` date.',
      },
    ]);
  });

  it('a lapsed ignore does not fail a pull request that did not cause it; one that adds the service fails', async () => {
    const config = ignoring('2026-11-30').replace('fail-on: any-gap\n', '');
    // The change bumps ioredis: redis was at base already, so its gap is not the change's.
    const dir = makeRepo({ 'package.json': pkg({ pg: '^8.13.0', ioredis: '^5.4.0' }), 'DISASTER_RECOVERY.md': PLAN, '.github/paramedic.yml': config });
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    const head = commit(dir, { 'package.json': pkg({ pg: '^8.13.0', ioredis: '^5.4.1' }) });
    const bump = (await checkRepository(dir, { base, head, now: NOW })).report;
    expect(bump.existingGaps).toEqual(['redis']);
    expect(bump.newGaps).toEqual([]);
    expect(bump.verdict).toBe('warn');
    expect(bump.findings.map((f) => [f.rule, f.line, f.causedByChange])).toEqual([['ignore-expired', 2, false]]);

    const added = (await pullRequest(config, { ioredis: '^5.4.1' }, NOW)).report;
    expect(added.newGaps).toEqual(['redis']);
    expect(added.verdict).toBe('fail');
  });
});
