import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action-runner.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { isSingleInsertion, mergeCheckout, PG_AND_REDIS, PLAN, pullRequestFixture, REDIS_SCENARIO } from './helpers/pr-origin.js';
import { cleanupTempDirs, gitIn } from './helpers/repo.js';

/**
 * `draft` on a pull request, end to end: the committed bundle runs on a real checkout
 * (the detached merge commit actions/checkout makes), pushes to a real bare origin, and
 * talks to a local recording GitHub API.
 */

const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';
/** The job's id (GITHUB_JOB), which is the check's name when the job has no `name:`. */
const STATUS_CONTEXT = 'disaster-recovery';

const api = useFakeGitHub();
afterAll(cleanupTempDirs);

const tipOf = (origin: string, branch: string): string => gitIn(origin, 'rev-parse', `refs/heads/${branch}`).trim();
const commentBodies = (n: number): string[] => (api.current.comments.get(n) ?? []).map((c) => c.body);

describe('draft: commit on a pull request', () => {
  it('pushes one bot commit onto the PR head touching only the plan, sets its status, and pushes nothing on a re-run', async () => {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS } });
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { draft: 'commit' } });

    // The drafted stub is not coverage: the verdict stays what the change deserves.
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(JSON.parse(run.outputs['new-gaps']!)).toEqual(['redis']);

    const tip = tipOf(pr.origin, 'feature');
    expect(gitIn(pr.origin, 'rev-list', `${pr.head}..${tip}`).trim().split('\n')).toEqual([tip]);
    expect(gitIn(pr.origin, 'rev-parse', `${tip}^`).trim()).toBe(pr.head); // on the PR head, not the merge commit
    expect(gitIn(pr.origin, 'log', '-1', '--format=%an <%ae>|%cn', tip).trim()).toBe(`${BOT}|github-actions[bot]`);
    expect(gitIn(pr.origin, 'diff', '--numstat', pr.head, tip).trim()).toMatch(/^\d+\t0\tDISASTER_RECOVERY\.md$/);
    const after = gitIn(pr.origin, 'show', `${tip}:DISASTER_RECOVERY.md`);
    expect(isSingleInsertion(PLAN, after)).toBe(true);
    expect(after).toContain('## Scenario: Redis');
    expect(after).toContain('<!-- paramedic:draft -->');
    expect(gitIn(pr.workspace, 'status', '--porcelain')).toBe(''); // the checkout is left alone

    // No workflow runs for a push made with the job token: Paramedic reports on the new head itself.
    expect(api.current.statuses).toEqual([expect.objectContaining({ sha: tip, state: 'failure', context: STATUS_CONTEXT })]);
    expect(api.current.statuses[0]!.description).toMatch(/drafted redis/);

    const drafted = `drafted in [${tip.slice(0, 7)}](https://github.com/acme/shop/commit/${tip}), awaiting sign-off`;
    expect(run.summary).toContain(drafted);
    expect(run.summary).not.toContain('## Scenario: Redis'); // committed: not offered again
    expect(commentBodies(pr.number)).toHaveLength(1);
    expect(commentBodies(pr.number)[0]).toContain(`committed draft scenarios (redis) to this branch: ${drafted}`);

    // A re-run of the job an hour later (same event payload, a fresh checkout) finds the stub on
    // the branch. The later clock matters: a commit made in the same second is byte-identical.
    const later = new Date(Date.now() + 3_600_000).toISOString();
    const again = await runAction({
      workspace: mergeCheckout(pr.origin, pr.number),
      eventName: 'pull_request',
      payload: pr.payload,
      apiUrl: api.current.url,
      inputs: { draft: 'commit' },
      extraEnv: { GIT_AUTHOR_DATE: later, GIT_COMMITTER_DATE: later },
    });
    expect(again.outputs.verdict).toBe('fail');
    expect(tipOf(pr.origin, 'feature')).toBe(tip);
    expect(api.current.statuses).toHaveLength(1);
    expect(again.stdout).toMatch(/not a fast-forward/);
    // The branch already holds the stub: said so, not offered again, no warning.
    expect(commentBodies(pr.number)).toHaveLength(1);
    expect(commentBodies(pr.number)[0]).toContain(drafted);
    expect(again.summary).not.toContain('## Scenario: Redis');
    expect(again.annotations.filter((a) => /draft: commit/.test(a.message))).toEqual([]);
  });

  it('works from a depth-1 clone of the head branch too', async () => {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, checkout: 'head', number: 8 });
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { draft: 'commit', comment: 'false' } });
    expect(run.outputs.verdict, run.stdout).toBe('fail');
    const tip = tipOf(pr.origin, 'feature');
    expect(gitIn(pr.origin, 'rev-parse', `${tip}^`).trim()).toBe(pr.head);
    expect(gitIn(pr.origin, 'diff', '--name-only', pr.head, tip).trim()).toBe('DISASTER_RECOVERY.md');
    expect(api.current.statuses.map((s) => s.sha)).toEqual([tip]);
    expect(api.current.calls('POST /issues/:n/comments')).toHaveLength(0);
  });

  it('pushes nothing for a pull request from a fork, and says why next to the stub', async () => {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, headRepo: 'someone/shop', number: 9 });
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { draft: 'commit' } });
    expect(run.outputs.verdict, run.stdout).toBe('fail');
    expect(tipOf(pr.origin, 'feature')).toBe(pr.head);
    expect(api.current.statuses).toHaveLength(0);

    const explanation = /^> Draft scenarios were not committed: this pull request comes from a fork[^\n]*$/m;
    expect(run.summary).toMatch(explanation);
    expect(run.summary).toContain('## Scenario: Redis');
    const [comment] = commentBodies(pr.number);
    expect(comment).toMatch(explanation);
    expect(comment).toContain('## Scenario: Redis');
    expect(run.annotations.filter((a) => a.level === 'warning' && /fork/.test(a.message))).toHaveLength(1);
  });

  it('does not draft when the PR adds no gap', async () => {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN + REDIS_SCENARIO }, number: 10 });
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { draft: 'commit' } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(tipOf(pr.origin, 'feature')).toBe(pr.head);
    expect(api.current.statuses).toHaveLength(0);
  });
});

describe('draft: suggest (the default)', () => {
  it('puts the stub in the summary inside <details> and pushes nothing', async () => {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, number: 11 });
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { draft: 'suggest' } });
    expect(run.outputs.verdict, run.stdout).toBe('fail');
    const details = [...run.summary.matchAll(/<details><summary>([^<]*)<\/summary>([\s\S]*?)<\/details>/g)];
    const redis = details.find((d) => d[2]!.includes('## Scenario: Redis'));
    expect(redis, run.summary).toBeDefined();
    expect(redis![1]).toMatch(/^Redis /);
    expect(redis![2]).toContain('<!-- paramedic:draft -->');
    expect(run.summary.indexOf('## Scenario: Redis')).toBeGreaterThan(run.summary.indexOf('<details>'));
    expect(tipOf(pr.origin, 'feature')).toBe(pr.head);
    expect(api.current.statuses).toHaveLength(0);
    expect(run.summary).not.toMatch(/Draft scenarios were not committed/);
  });

  it('shows no stub with draft: off', async () => {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, number: 12 });
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { draft: 'off', comment: 'false' } });
    expect(run.outputs.verdict, run.stdout).toBe('fail');
    expect(run.summary).toMatch(/Redis/);
    expect(run.summary).not.toContain('## Scenario: Redis');
  });
});
