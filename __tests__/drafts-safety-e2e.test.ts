import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action-runner.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { GitHttpServer } from './helpers/git-http.js';
import { packageJson, PG_AND_REDIS, PLAN, pullRequestFixture, sweepFixture } from './helpers/pr-origin.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, tempDir } from './helpers/repo.js';

/**
 * Drafts that never cost anyone's work, end to end: the bundled action on real git
 * repositories (a bare origin, the checkouts actions/checkout makes, a real smart-HTTP git
 * server where the credentials matter) and the local recording GitHub API.
 */

const SCHEDULE = { schedule: '0 6 * * 1' };
const SWEEP_BRANCH = 'paramedic/disaster-recovery-plan';
const WITH_STRIPE = packageJson({ pg: '^8.13.0', ioredis: '^5.4.1', stripe: '^17.0.0' });

const api = useFakeGitHub();
afterAll(cleanupTempDirs);

const tipOf = (origin: string, branch: string): string | null => {
  try {
    return gitIn(origin, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}`).trim();
  } catch {
    return null;
  }
};
const isAncestor = (origin: string, older: string, newer: string): boolean => {
  try {
    gitIn(origin, 'merge-base', '--is-ancestor', older, newer);
    return true;
  } catch {
    return false;
  }
};

/** git without blocking the event loop: the HTTP git server answering it runs in this process. */
const gitAsync = async (cwd: string, ...args: string[]): Promise<string> => (await promisify(execFile)('git', args, { cwd, encoding: 'utf8' })).stdout;

/** Each later run an hour on: commits made in the same second would be byte-identical. */
let clock = Date.now();
function later(): Record<string, string> {
  clock += 3_600_000;
  const at = new Date(clock).toISOString();
  return { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at };
}

/** A person's clone of `branch`: commits as Dana and pushes, as a reviewer would. */
function pushAsPerson(origin: string, branch: string, edit: (plan: string) => string): string {
  const dir = path.join(tempDir('paramedic-dana-'), 'clone');
  gitIn(path.dirname(dir), 'clone', '-q', '--branch', branch, `file://${origin}`, dir);
  gitIn(dir, 'config', 'user.name', 'Dana');
  gitIn(dir, 'config', 'user.email', 'dana@example.com');
  const plan = gitIn(dir, 'show', 'HEAD:DISASTER_RECOVERY.md');
  const sha = commit(dir, { 'DISASTER_RECOVERY.md': edit(plan) }, 'Fill in the Redis stub');
  gitIn(dir, 'push', '-q', 'origin', `HEAD:refs/heads/${branch}`);
  return sha;
}

describe('the sweep\'s draft branch', () => {
  it('keeps a person\'s commit: the next sweep adds its stubs on top, never resets or forces', async () => {
    const repo = sweepFixture({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN });
    const first = await runAction({ workspace: repo.workspace, eventName: 'schedule', payload: SCHEDULE, apiUrl: api.current.url, inputs: { draft: 'commit' }, extraEnv: later() });
    expect(first.stdout).toMatch(/draft PR: opened/);

    // A reviewer fills in part of the stub on the draft branch.
    const danas = pushAsPerson(repo.origin, SWEEP_BRANCH, (plan) => plan.replace('## Scenario: Redis', '<!-- reviewed by Dana: ElastiCache, two replicas -->\n\n## Scenario: Redis'));

    // Stripe lands on main; the next sweep drafts it.
    repo.advance({ 'package.json': WITH_STRIPE }, 'add stripe');
    const second = await runAction({ workspace: repo.workspace, eventName: 'schedule', payload: SCHEDULE, apiUrl: api.current.url, inputs: { draft: 'commit' }, extraEnv: later() });
    expect(second.stdout, second.stdout).toMatch(/draft PR: updated/);
    const tip = tipOf(repo.origin, SWEEP_BRANCH)!;
    expect(isAncestor(repo.origin, danas, tip)).toBe(true);
    expect(gitIn(repo.origin, 'rev-parse', `${tip}^`).trim()).toBe(danas);
    const plan = gitIn(repo.origin, 'show', `${tip}:DISASTER_RECOVERY.md`);
    expect(plan).toContain('reviewed by Dana');
    expect(plan).toContain('## Scenario: Stripe');
    expect(plan.match(/## Scenario: Redis/g)).toHaveLength(1);
    expect(api.current.calls('POST /pulls')).toHaveLength(1);

    // Nothing new: the branch is left alone.
    const third = await runAction({ workspace: repo.workspace, eventName: 'schedule', payload: SCHEDULE, apiUrl: api.current.url, inputs: { draft: 'commit' }, extraEnv: later() });
    expect(third.stdout).toMatch(/draft PR: unchanged/);
    expect(tipOf(repo.origin, SWEEP_BRANCH)).toBe(tip);
  });

  it('a workflow_dispatch on a feature branch sweeps that branch, opens no PR and says why', async () => {
    const work = makeRepo({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN });
    gitIn(work, 'checkout', '-q', '-b', 'feature');
    const featureCode = commit(work, { 'package.json': WITH_STRIPE, 'src/payments.js': "import Stripe from 'stripe';\nimport Redis from 'ioredis';\nexport const charge = () => new Stripe(process.env.STRIPE_SECRET_KEY).charges;\nexport const cache = new Redis(process.env.REDIS_URL);\n" }, 'unreviewed payments code');
    gitIn(work, 'checkout', '-q', 'main');
    const origin = path.join(tempDir('paramedic-origin-'), 'origin.git');
    gitIn(path.dirname(origin), 'clone', '-q', '--bare', work, origin);
    const workspace = path.join(tempDir('paramedic-ws-'), 'ws');
    gitIn(path.dirname(workspace), 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, workspace);

    const run = await runAction({
      workspace,
      eventName: 'workflow_dispatch',
      payload: { ref: 'refs/heads/feature', inputs: {}, repository: { full_name: 'acme/shop', default_branch: 'main' } },
      apiUrl: api.current.url,
      inputs: { draft: 'commit', 'tracking-issue': 'true' },
      extraEnv: { GITHUB_REF: 'refs/heads/feature' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.outputs.gaps!)).toEqual(['redis', 'stripe']); // the feature branch was swept
    expect(tipOf(origin, SWEEP_BRANCH)).toBeNull();
    expect(api.current.calls('POST /pulls')).toHaveLength(0);
    expect(api.current.calls('POST /issues')).toHaveLength(0);
    const why = run.annotations.find((a) => a.level === 'warning' && /draft pull request not opened/.test(a.message));
    expect(why?.message, run.stdout).toMatch(/this run checked the branch feature, not the default branch main/);
    expect(run.summary).toMatch(/draft pull request not opened: this run checked the branch feature, not the default branch main/);
    expect(gitIn(origin, 'branch', '--contains', featureCode).trim()).toBe('feature');
  });
});

describe('draft: commit on a pull request', () => {
  it('pushes with the `token` input, not the credentials the checkout persisted', async () => {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, number: 41 });
    const server = new GitHttpServer(path.dirname(pr.origin));
    await server.start();
    try {
      // What actions/checkout leaves: origin over HTTP(S) and its token in .git/config.
      const workspace = path.join(tempDir('paramedic-ws-'), 'ws');
      gitIn(path.dirname(workspace), 'init', '-q', workspace);
      gitIn(workspace, 'remote', 'add', 'origin', server.repoUrl(pr.origin));
      gitIn(workspace, 'config', `http.${server.url}/.extraheader`, `AUTHORIZATION: basic ${Buffer.from('x-access-token:checkout-token').toString('base64')}`);
      await gitAsync(workspace, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/41/merge:refs/remotes/pull/41/merge');
      gitIn(workspace, 'checkout', '-q', '--detach', 'refs/remotes/pull/41/merge');

      const run = await runAction({ workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { draft: 'commit', comment: 'false', token: 'app-token' } });
      expect(run.outputs.verdict, run.stdout).toBe('fail');
      const tip = tipOf(pr.origin, 'feature')!;
      expect(gitIn(pr.origin, 'rev-parse', `${tip}^`).trim()).toBe(pr.head);
      expect(server.pushTokens()).toEqual(['app-token']);
      // The encoded credentials are masked (the runner hides every later occurrence), never printed.
      const encoded = Buffer.from('x-access-token:app-token').toString('base64');
      expect(run.stdout.split('\n')).toContain(`::add-mask::${encoded}`);
      expect(run.stdout.split('\n').filter((l) => l.includes(encoded) && !l.startsWith('::add-mask::'))).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it('never commits on a head it did not check, and sets no status there', async () => {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, number: 42 });
    // Someone pushes to the PR branch after the checkout.
    const clone = path.join(tempDir('paramedic-other-'), 'clone');
    gitIn(path.dirname(clone), 'clone', '-q', '--branch', 'feature', `file://${pr.origin}`, clone);
    gitIn(clone, 'config', 'user.name', 'Sam');
    gitIn(clone, 'config', 'user.email', 'sam@example.com');
    const moved = commit(clone, { 'package.json': packageJson({ pg: '^8.13.0', ioredis: '^5.4.1', mongodb: '^6.0.0' }) }, 'more work');
    gitIn(clone, 'push', '-q', 'origin', 'HEAD:refs/heads/feature');

    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { draft: 'commit' } });
    expect(run.outputs.verdict, run.stdout).toBe('fail');
    expect(tipOf(pr.origin, 'feature')).toBe(moved);
    expect(api.current.statuses).toEqual([]);
    const warning = run.annotations.find((a) => a.level === 'warning' && /^draft: commit skipped/.test(a.message));
    expect(warning?.message, run.stdout).toMatch(/the branch feature moved on from the checked head [0-9a-f]{7}; nothing was committed/);
    expect(run.summary).toContain('## Scenario: Redis'); // still offered
  });

  it('never re-creates a deleted branch', async () => {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, number: 43 });
    gitIn(pr.origin, 'update-ref', '-d', 'refs/heads/feature');
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { draft: 'commit', comment: 'false' } });
    expect(run.outputs.verdict, run.stdout).toBe('fail');
    expect(tipOf(pr.origin, 'feature')).toBeNull();
    expect(api.current.statuses).toEqual([]);
    expect(run.annotations.some((a) => /the branch feature no longer exists; it is not re-created/.test(a.message))).toBe(true);
  });

  it('names the commit status after the job (GITHUB_JOB), or after the status-context input', async () => {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, number: 44 });
    await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { draft: 'commit', comment: 'false' }, extraEnv: { GITHUB_JOB: 'dr-check' } });
    expect(api.current.statuses.map((s) => s.context)).toEqual(['dr-check']);

    const other = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, number: 45 });
    await runAction({ workspace: other.workspace, eventName: 'pull_request', payload: other.payload, apiUrl: api.current.url, inputs: { draft: 'commit', comment: 'false', 'status-context': 'Paramedic / DR' } });
    expect(api.current.statuses.map((s) => s.context)).toEqual(['dr-check', 'Paramedic / DR']);
  });

  it('says so when draft: commit has no token, instead of doing nothing silently', async () => {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, number: 46 });
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { draft: 'commit', token: '' } });
    expect(run.outputs.verdict, run.stdout).toBe('fail');
    expect(tipOf(pr.origin, 'feature')).toBe(pr.head);
    const warning = run.annotations.find((a) => a.level === 'warning' && /draft: commit/.test(a.message));
    expect(warning?.message, run.stdout).toMatch(/draft: commit did nothing: the `token` input is empty/);
    expect(run.summary).toMatch(/Draft scenarios were not committed: the `token` input is empty/);
    expect(api.current.requests).toEqual([]);
  });
});
