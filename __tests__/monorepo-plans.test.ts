import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRepository } from '../src/check/pipeline.js';
import { runCli } from '../src/cli/index.js';
import { parseConfigFile } from '../src/config/file.js';
import { ConfigError } from '../src/config/schema.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { runAction } from './helpers/action-runner.js';
import { PLAN, REDIS_SCENARIO, packageJson } from './helpers/pr-origin.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, tempDir } from './helpers/repo.js';

/**
 * Issue 14 point 5: a monorepo with a plan per service. Real git repositories in temp dirs;
 * billing's plan covers PostgreSQL and Redis, search's plan covers PostgreSQL only.
 */

afterAll(cleanupTempDirs);

const STRIPE_SCENARIO = [
  '',
  '## Scenario: Stripe API outage',
  '',
  '**Impact:** Card payments fail.',
  '',
  '**Mitigation Strategy:**',
  '',
  '1. Check https://status.stripe.com and `stripe status`.',
  '2. Switch checkout to "pay later": `kubectl set env deploy/billing PAYMENTS_MODE=deferred`.',
  '',
].join('\n');

const MONOREPO = {
  'README.md': '# shop monorepo\n',
  'services/billing/package.json': packageJson({ pg: '^8.13.0', ioredis: '^5.4.1' }),
  'services/billing/DISASTER_RECOVERY.md': PLAN + REDIS_SCENARIO,
  'services/search/package.json': packageJson({ pg: '^8.13.0' }),
  // Search runs no payments: its Stripe scenario is about a service search does not use.
  'services/search/DISASTER_RECOVERY.md': PLAN + STRIPE_SCENARIO,
};

const BILLING_PLAN = 'services/billing/DISASTER_RECOVERY.md';
const SEARCH_PLAN = 'services/search/DISASTER_RECOVERY.md';

describe('a plan per service', () => {
  it('a pull request adding Redis to search is a gap, though billing’s plan covers Redis', async () => {
    const dir = makeRepo(MONOREPO);
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    const head = commit(dir, { 'services/search/package.json': packageJson({ pg: '^8.13.0', ioredis: '^5.4.1' }) });
    const { report } = await checkRepository(dir, { base, head });
    expect(report.verdict).toBe('fail');
    expect(report.newGaps).toEqual(['redis']);
    expect(report.dependencies.map((d) => [d.id, d.plan, d.covered, d.change])).toEqual([
      ['postgresql', SEARCH_PLAN, true, 'unchanged'],
      ['redis', SEARCH_PLAN, false, 'added'],
    ]);
    expect(report.plans?.map((p) => [p.path, p.gaps, p.newGaps])).toEqual([
      [BILLING_PLAN, [], []],
      [SEARCH_PLAN, ['redis'], ['redis']],
    ]);

    // The summary groups by plan, and names search's plan as the one Redis needs a scenario in.
    const summary = renderMarkdown(report, { maxChars: 65000 });
    const sections = summary.split(/^(?=\*\*Plan:\*\* )/m).slice(1);
    expect(sections.map((section) => section.split('\n')[0])).toEqual([`**Plan:** \`${BILLING_PLAN}\``, `**Plan:** \`${SEARCH_PLAN}\``]);
    expect(sections[0]).toContain('_This change touches no dependency checked against this plan._');
    expect(sections[1]).toMatch(/\| ❌ new gap \| Redis \| added \|/);
    expect(summary).toContain('**Plans:** 2');
  });

  it('adding Redis to billing passes: its own plan covers it', async () => {
    const dir = makeRepo({ ...MONOREPO, 'services/billing/package.json': packageJson({ pg: '^8.13.0' }) });
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    const head = commit(dir, { 'services/billing/package.json': packageJson({ pg: '^8.13.0', ioredis: '^5.4.1' }) });
    const { report } = await checkRepository(dir, { base, head });
    expect(report.newGaps).toEqual([]);
    expect(report.dependencies.find((d) => d.id === 'redis')).toMatchObject({ plan: BILLING_PLAN, covered: true, scenarios: ['Redis cache unavailable'] });
  });

  it('a change that takes Redis’s scenario out of billing’s plan is a new gap in billing, with its unchanged manifest as evidence', async () => {
    const dir = makeRepo(MONOREPO);
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    const head = commit(dir, { [BILLING_PLAN]: PLAN });
    const { report } = await checkRepository(dir, { base, head });
    expect(report.newGaps).toEqual(['redis']);
    expect(report.verdict).toBe('fail');
    expect(report.dependencies.map((d) => [d.id, d.plan, d.covered, d.evidence[0]?.path])).toEqual([['redis', BILLING_PLAN, false, 'services/billing/package.json']]);
  });

  it('the sweep covers every plan: coverage per plan and orphan scenarios per plan', async () => {
    const dir = makeRepo(MONOREPO);
    const { report } = await checkRepository(dir, {});
    expect(report.mode).toBe('sweep');
    expect(report.plans).toEqual([
      { path: BILLING_PLAN, found: true, dependencies: 2, gaps: [], newGaps: [], coverage: { covered: 2, total: 2, percent: 100 } },
      { path: SEARCH_PLAN, found: true, dependencies: 1, gaps: [], newGaps: [], coverage: { covered: 1, total: 1, percent: 100 } },
    ]);
    expect(report.coverage).toEqual({ covered: 3, total: 3, percent: 100 });
    // Stripe's scenario in search's plan is an orphan there; billing's Redis scenario is not.
    const orphans = report.findings.filter((f) => f.rule === 'orphan-scenario');
    expect(orphans.map((f) => f.path)).toEqual([SEARCH_PLAN]);
    expect(report.scenarios.map((s) => [s.plan, s.title])).toEqual([
      [BILLING_PLAN, 'PostgreSQL primary unavailable'],
      [BILLING_PLAN, 'Redis cache unavailable'],
      [SEARCH_PLAN, 'PostgreSQL primary unavailable'],
      [SEARCH_PLAN, 'Stripe API outage'],
    ]);
  });

  it('code outside every service, with no plan at the root, is checked against no plan (not the first service’s)', async () => {
    const dir = makeRepo({ ...MONOREPO, 'package.json': packageJson({ stripe: '^17.0.0' }) });
    const { report } = await checkRepository(dir, {});
    expect(report.doc).toBe(null);
    expect(report.dependencies.find((d) => d.id === 'stripe')).toMatchObject({ plan: null, covered: false });
    expect(report.plans?.map((p) => p.path)).toEqual([BILLING_PLAN, SEARCH_PLAN]);
    const summary = renderMarkdown(report, { maxChars: 65000 });
    expect(summary).toMatch(/\*\*No plan\*\* next to this code[^\n]*\n\n\| \| Service \| Covered by \| Evidence \|\n\|---\|---\|---\|---\|\n\| ⚠️ gap \| Stripe/);
  });

  it('the terminal report lists the plans and gives each dependency its plan', async () => {
    const dir = makeRepo({ ...MONOREPO, 'services/search/package.json': packageJson({ pg: '^8.13.0', ioredis: '^5.4.1' }) });
    let out = '';
    const code = await runCli(['check', dir, '--fail-on', 'any-gap'], { stdout: (t) => (out += t), stderr: () => undefined });
    expect(code).toBe(1);
    const lines = out.split('\n');
    expect(lines[1]).toBe(`Plans: ${BILLING_PLAN}, ${SEARCH_PLAN} (1 gap)`);
    expect(lines.map((l) => l.trim()).find((l) => l.startsWith('GAP'))).toMatch(/^GAP\s+Redis\s+-\s+services\/search\/package\.json:\d+\s+services\/search\/DISASTER_RECOVERY\.md$/);
  });

  it('plans: maps globs to plans; a mapped plan that is missing leaves its services uncovered', async () => {
    const { 'services/search/DISASTER_RECOVERY.md': _searchPlan, ...withoutSearchPlan } = MONOREPO;
    const dir = makeRepo({
      ...withoutSearchPlan,
      'docs/search-dr.md': PLAN + REDIS_SCENARIO,
      '.github/paramedic.yml': ['plans:', '  "services/search/**": docs/search-dr.md', '  "services/ledger/**": services/ledger/DR.md', ''].join('\n'),
      'services/ledger/package.json': packageJson({ stripe: '^17.0.0' }),
    });
    const { report } = await checkRepository(dir, {});
    const planOf = Object.fromEntries(report.dependencies.map((d) => [`${d.id}@${d.evidence[0]!.path.split('/')[1]}`, [d.plan, d.covered]]));
    expect(planOf).toEqual({
      'postgresql@billing': [BILLING_PLAN, true],
      'redis@billing': [BILLING_PLAN, true],
      'postgresql@search': ['docs/search-dr.md', true],
      'stripe@ledger': ['services/ledger/DR.md', false],
    });
    expect(report.plans?.find((p) => p.path === 'services/ledger/DR.md')).toMatchObject({ found: false, gaps: ['stripe'] });
  });

  it('refuses a plans: entry that is not a Markdown file inside the repository, at its line', () => {
    try {
      parseConfigFile('plans:\n  "a/**": a/DR.md\n  "b/**": ../elsewhere/DR.md\n', 'cfg.yml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual(['cfg.yml:3: plans.b/**: must name a Markdown plan inside the repository (got "../elsewhere/DR.md")']);
    }
  });

  it('a repository with one plan keeps its report exactly: no plan fields', async () => {
    const dir = makeRepo({ 'package.json': packageJson({ pg: '^8.13.0', ioredis: '^5.4.1' }), 'DISASTER_RECOVERY.md': PLAN, 'docs/DISASTER_RECOVERY.md.bak': 'x' });
    const { report } = await checkRepository(dir, {});
    expect(report.plans).toBeUndefined();
    expect(report.dependencies.some((d) => 'plan' in d)).toBe(false);
    expect(report.scenarios.some((s) => 'plan' in s)).toBe(false);
    expect(report.doc).toBe('DISASTER_RECOVERY.md');
  });

  it('paramedic draft --write puts each service’s stubs into its own plan, keeping every original byte', async () => {
    const dir = makeRepo({ ...MONOREPO, 'services/search/package.json': packageJson({ pg: '^8.13.0', ioredis: '^5.4.1' }) });
    let err = '';
    const code = await runCli(['draft', dir, '--write'], { stdout: () => undefined, stderr: (t) => (err += t) });
    expect(code).toBe(0);
    expect(err).toMatch(/^services\/search\/DISASTER_RECOVERY\.md: added 1 draft scenario \(Redis/);
    const search = readFileSync(path.join(dir, SEARCH_PLAN), 'utf8');
    expect(search.startsWith(MONOREPO[SEARCH_PLAN])).toBe(true);
    expect(search).toMatch(/## Scenario: Redis/);
    expect(readFileSync(path.join(dir, BILLING_PLAN), 'utf8')).toBe(MONOREPO[BILLING_PLAN]);
  });

  it('a stub awaiting sign-off is named in its own service’s plan, and another plan’s signed scenario is never taken for it', async () => {
    const dir = makeRepo({ ...MONOREPO, 'services/search/package.json': packageJson({ pg: '^8.13.0', ioredis: '^5.4.1' }) });
    const hint = async (): Promise<string> => {
      let out = '';
      await runCli(['check', dir], { stdout: (t) => (out += t), stderr: () => undefined });
      return out;
    };
    // Billing's plan covers Redis (signed): that is no draft of search's gap, so the stub is offered.
    expect(await hint()).toMatch(/^Draft the missing scenarios with: /m);
    expect(await hint()).not.toMatch(/awaiting sign-off/);
    expect(await runCli(['draft', dir, '--write'], { stdout: () => undefined, stderr: () => undefined })).toBe(0);
    const sha = commit(dir, {}, 'draft the Redis scenario for search');
    const after = await hint();
    expect(after).toMatch(new RegExp(`Redis: drafted in ${sha.slice(0, 7)}, awaiting sign-off \\(services/search/DISASTER_RECOVERY\\.md:\\d+\\)`));
    expect(after).not.toMatch(/^Draft the missing scenarios with: /m);
  });

  it('end to end: the bundled action fails the pull request and its JSON report names each dependency’s plan', async () => {
    const origin = makeRepo(MONOREPO);
    const base = gitIn(origin, 'rev-parse', 'HEAD').trim();
    gitIn(origin, 'checkout', '-q', '-b', 'feature');
    const head = commit(origin, { 'services/search/package.json': packageJson({ pg: '^8.13.0', ioredis: '^5.4.1' }) });
    gitIn(origin, 'checkout', '-q', 'main');
    const workspace = path.join(tempDir(), 'ws');
    gitIn(path.dirname(workspace), 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, workspace);
    const repo = { full_name: 'acme/shop' };
    const payload = { number: 5, pull_request: { number: 5, base: { ref: 'main', sha: base, repo }, head: { ref: 'feature', sha: head, repo } }, repository: { full_name: 'acme/shop', default_branch: 'main' } };
    const run = await runAction({ workspace, eventName: 'pull_request', payload, inputs: { comment: 'never' } });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(JSON.parse(run.outputs['new-gaps']!)).toEqual(['redis']);
    const annotation = run.annotations.find((a) => a.file === 'services/search/package.json');
    expect(annotation?.message).toContain(SEARCH_PLAN);
    expect(run.summary).toContain(`**Plan:** [${SEARCH_PLAN}]`);
  });
});
