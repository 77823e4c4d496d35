import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action-runner.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { isSingleInsertion, packageJson, PG_AND_REDIS, PLAN, REDIS_SCENARIO, sweepFixture } from './helpers/pr-origin.js';
import { cleanupTempDirs, gitIn } from './helpers/repo.js';

/**
 * The scheduled sweep, end to end (mode auto): the committed bundle on a real depth-1
 * checkout of the default branch, a real bare origin, a local recording GitHub API.
 */

const SCHEDULE = { schedule: '0 6 * * 1' };
const SWEEP_BRANCH = 'paramedic/disaster-recovery-plan';
const TRACKING_MARKER = '<!-- paramedic:tracking-issue -->';
const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';

/** The plan with a hard-coded address in a step: a lint finding on line 11. */
const PLAN_WITH_IP = PLAN.replace('3. Verify: `psql "$DATABASE_URL" -c "select 1"` answers.', '3. Verify: `pg_isready -h 10.20.30.40` answers.');
const IP_LINE = PLAN_WITH_IP.split('\n').findIndex((l) => l.includes('10.20.30.40')) + 1;

const STRIPE_SCENARIO = [
  '',
  '## Scenario: Stripe API outage',
  '',
  '**Impact:** Checkout and subscription changes fail; webhooks arrive late.',
  '',
  '**Mitigation Strategy:**',
  '',
  '1. Confirm the outage on the Stripe status page and post it on ours.',
  '2. Switch checkout to "orders on hold": `kubectl set env deployment/shop-api CHECKOUT_HOLD=1`.',
  '3. After recovery, replay missed webhooks: `stripe events resend "$EVENT_ID"` for each event since the start.',
  '',
].join('\n');

const WITH_STRIPE = packageJson({ pg: '^8.13.0', ioredis: '^5.4.1', stripe: '^17.0.0' });

const api = useFakeGitHub();
afterAll(cleanupTempDirs);

/** Each later sweep runs an hour on, as the next scheduled run would (commits made in the same second are identical). */
let clock = Date.now();
function sweep(workspace: string, inputs: Record<string, string> = {}, eventName = 'schedule', payload: unknown = SCHEDULE) {
  clock += 3_600_000;
  const at = new Date(clock).toISOString();
  return runAction({ workspace, eventName, payload, apiUrl: api.current.url, inputs, extraEnv: { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at } });
}

describe('scheduled sweep', () => {
  it('reports full coverage and the plan findings in the summary and outputs, and calls no API by default', async () => {
    const repo = sweepFixture({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN_WITH_IP });
    const run = await sweep(repo.workspace);

    expect(run.code, run.stdout + run.stderr).toBe(0); // a sweep warns, it does not fail on old gaps
    expect(run.stdout).toMatch(/schedule: no base to compare with; checking the whole repository/);
    expect(run.outputs.verdict).toBe('warn');
    expect(JSON.parse(run.outputs.gaps!)).toEqual(['redis']);
    expect(JSON.parse(run.outputs['new-gaps']!)).toEqual([]);
    expect(JSON.parse(run.outputs.covered!)).toEqual(['postgresql']);
    expect(run.outputs.coverage).toBe('50');
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as { findings: Array<{ rule: string; line: number; path: string }> };
    expect(report.findings.map((f) => `${f.rule}@${f.path}:${f.line}`)).toEqual([`hardcoded-host@DISASTER_RECOVERY.md:${IP_LINE}`]);

    expect(run.summary).toMatch(/\*\*Coverage:\*\* 1 of 2 critical services \(50%\) · full sweep/);
    expect(run.summary).toMatch(new RegExp(`DISASTER_RECOVERY\\.md:${IP_LINE}\\]\\([^)]*#L${IP_LINE}\\) \\| \`hardcoded-host\``));
    expect(run.summary).toMatch(/package\.json:\d+/);
    // Sweeps annotate every gap as a warning (nothing here was added by a change).
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.annotations.find((a) => a.file === 'package.json')?.message).toMatch(/^Redis \(cache\)/);
    expect(run.annotations.find((a) => a.file === 'DISASTER_RECOVERY.md')?.line).toBe(IP_LINE);

    // No PR to comment on, no tracking issue asked for, no draft to push.
    expect(api.current.requests).toEqual([]);
    expect(gitIn(repo.origin, 'for-each-ref', '--format=%(refname)', 'refs/heads').trim()).toBe('refs/heads/main');
  });

  it('passes a clean, fully covered repository', async () => {
    const repo = sweepFixture({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN + REDIS_SCENARIO });
    const run = await sweep(repo.workspace, { mode: 'auto' }, 'workflow_dispatch', { inputs: {}, repository: { full_name: 'acme/shop', default_branch: 'main' } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs.coverage).toBe('100');
    expect(JSON.parse(run.outputs.covered!)).toEqual(['postgresql', 'redis']);
    expect(run.summary).toMatch(/2 of 2 critical services \(100%\)/);
    expect(run.summary).not.toMatch(/Plan findings/);
  });
});

describe('tracking issue', () => {
  it('opens one issue, updates it in place, leaves it alone when nothing changed, and closes it when all is covered', async () => {
    const repo = sweepFixture({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN_WITH_IP });
    const first = await sweep(repo.workspace, { 'tracking-issue': 'true' });
    expect(first.outputs.verdict, first.stdout).toBe('warn');
    expect(api.current.calls('POST /issues')).toHaveLength(1);
    expect(api.current.issues).toHaveLength(1);
    const issue = api.current.issues[0]!;
    expect(issue.title).toBe('🏥 Paramedic: disaster-recovery gaps');
    expect(issue.body.startsWith(`${TRACKING_MARKER}\n`)).toBe(true);
    expect(issue.body).toMatch(/Redis/);
    expect(issue.body).toMatch(/hardcoded-host/);
    expect(issue.body).not.toMatch(/Stripe/);
    expect(first.stdout).toMatch(/tracking issue: opened/);

    // Stripe lands on main: the same issue is edited.
    repo.advance({ 'package.json': WITH_STRIPE }, 'add stripe');
    const second = await sweep(repo.workspace, { 'tracking-issue': 'true' });
    expect(JSON.parse(second.outputs.gaps!)).toEqual(['redis', 'stripe']);
    expect(api.current.calls('POST /issues')).toHaveLength(1);
    expect(api.current.calls('PATCH /issues/:n').map((r) => r.path)).toEqual([`/issues/${issue.number}`]);
    expect(api.current.issues).toHaveLength(1);
    expect(issue.state).toBe('open');
    expect(issue.body).toMatch(/Stripe/);

    // Nothing changed: no write at all.
    const third = await sweep(repo.workspace, { 'tracking-issue': 'true' });
    expect(third.stdout).toMatch(/tracking issue: unchanged/);
    expect(api.current.calls('PATCH /issues/:n')).toHaveLength(1);

    // Everything covered and the finding fixed: a closing comment, then closed.
    repo.advance({ 'DISASTER_RECOVERY.md': PLAN + REDIS_SCENARIO + STRIPE_SCENARIO }, 'cover everything');
    const last = await sweep(repo.workspace, { 'tracking-issue': 'true' });
    expect(last.outputs.verdict, last.summary).toBe('pass');
    expect(issue.state).toBe('closed');
    expect(api.current.comments.get(issue.number)).toHaveLength(1);
    expect(api.current.calls('POST /issues')).toHaveLength(1);

    // And a later clean sweep touches nothing.
    const before = api.current.requests.length;
    await sweep(repo.workspace, { 'tracking-issue': 'true' });
    expect(api.current.requests.slice(before).map((r) => r.method)).toEqual(['GET']);
  });
});

describe('draft: commit in a sweep', () => {
  it('pushes the fixed branch and opens one pull request, updated in place and never duplicated', async () => {
    const repo = sweepFixture({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN });
    const mainTip = gitIn(repo.origin, 'rev-parse', 'refs/heads/main').trim();
    const first = await sweep(repo.workspace, { draft: 'commit' });
    expect(first.outputs.verdict, first.stdout).toBe('warn');

    const tip = gitIn(repo.origin, 'rev-parse', `refs/heads/${SWEEP_BRANCH}`).trim();
    expect(gitIn(repo.origin, 'rev-parse', `${tip}^`).trim()).toBe(mainTip);
    expect(gitIn(repo.origin, 'log', '-1', '--format=%an <%ae>', tip).trim()).toBe(BOT);
    expect(gitIn(repo.origin, 'diff', '--name-only', mainTip, tip).trim()).toBe('DISASTER_RECOVERY.md');
    expect(isSingleInsertion(PLAN, gitIn(repo.origin, 'show', `${tip}:DISASTER_RECOVERY.md`))).toBe(true);
    expect(gitIn(repo.origin, 'rev-parse', 'refs/heads/main').trim()).toBe(mainTip); // the default branch is never pushed to

    const opened = api.current.calls('POST /pulls');
    expect(opened).toHaveLength(1);
    const body = opened[0]!.body as { title: string; head: string; base: string };
    expect(body.title.startsWith('🏥 Paramedic: [Disaster Recovery Plan Updated: ')).toBe(true);
    expect(body.title).toBe('🏥 Paramedic: [Disaster Recovery Plan Updated: Redis]');
    expect(body).toMatchObject({ head: SWEEP_BRANCH, base: 'main' });
    const pr = api.current.issues.find((i) => i.pull_request)!;
    expect(first.summary).toContain(`Draft scenarios are in pull request #${pr.number}.`);

    // The next sweep, nothing new: no push, no second PR, no edit.
    const second = await sweep(repo.workspace, { draft: 'commit' });
    expect(second.stdout).toMatch(/draft PR: unchanged/);
    expect(gitIn(repo.origin, 'rev-parse', `refs/heads/${SWEEP_BRANCH}`).trim()).toBe(tip);
    expect(api.current.calls('POST /pulls')).toHaveLength(1);
    expect(api.current.calls('PATCH /pulls/:n')).toHaveLength(0);

    // Stripe lands on main: the new stub goes on top of the branch (never a reset) and the same PR is retitled.
    repo.advance({ 'package.json': WITH_STRIPE }, 'add stripe');
    const third = await sweep(repo.workspace, { draft: 'commit' });
    expect(third.stdout).toMatch(/draft PR: updated/);
    const moved = gitIn(repo.origin, 'rev-parse', `refs/heads/${SWEEP_BRANCH}`).trim();
    expect(gitIn(repo.origin, 'rev-parse', `${moved}^`).trim()).toBe(tip);
    expect(gitIn(repo.origin, 'show', `${moved}:DISASTER_RECOVERY.md`)).toMatch(/## Scenario: Redis[\s\S]*## Scenario: Stripe/);
    expect(api.current.calls('POST /pulls')).toHaveLength(1);
    expect(pr.title).toBe('🏥 Paramedic: [Disaster Recovery Plan Updated: Redis, Stripe]');

    // Once main covers everything, the PR is closed.
    repo.advance({ 'DISASTER_RECOVERY.md': PLAN + REDIS_SCENARIO + STRIPE_SCENARIO }, 'cover everything');
    const last = await sweep(repo.workspace, { draft: 'commit' });
    expect(last.outputs.verdict, last.summary).toBe('pass');
    expect(pr.state).toBe('closed');
    expect(last.stdout).toMatch(/draft PR: closed/);
  });
});
