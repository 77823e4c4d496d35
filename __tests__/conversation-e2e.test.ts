import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action-runner.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { PG_AND_REDIS, PG_ONLY, PLAN, pullRequestFixture, REDIS_SCENARIO, sweepFixture } from './helpers/pr-origin.js';
import { cleanupTempDirs, gitIn } from './helpers/repo.js';

/**
 * The conversation on the pull request, end to end: the bundled action (dist/index.js) run as
 * a runner runs it, on real git repositories, against the local recording GitHub API. What
 * people see (the one sticky comment, its headline, the tracking issue) and what they must
 * never see (a second comment, a made-up figure, an outsider's issue hijacked, a hang).
 */

const COMMENT_MARKER = '<!-- paramedic:report -->';
const TRACKING_MARKER = '<!-- paramedic:tracking-issue -->';
const SCHEDULE = { schedule: '0 6 * * 1' };

const api = useFakeGitHub();
afterAll(cleanupTempDirs);

const bodies = (n: number): string[] => (api.current.comments.get(n) ?? []).map((c) => c.body);

function prRun(pr: ReturnType<typeof pullRequestFixture>, inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}) {
  return runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs, extraEnv });
}

describe('the sticky comment', () => {
  it('with a PAT, three runs leave exactly one comment, and a person quoting the marker is never edited', async () => {
    api.current.identity = { kind: 'user', login: 'alice' };
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, number: 21 });
    const quoted = api.current.addComment(21, `${COMMENT_MARKER}\nmallory pasted this`, { login: 'mallory', type: 'User' });
    for (let i = 0; i < 3; i++) {
      const run = await prRun(pr);
      expect(run.outputs.verdict, run.stdout).toBe('fail');
    }
    const ours = (api.current.comments.get(21) ?? []).filter((c) => c.user.login === 'alice');
    expect(ours).toHaveLength(1);
    expect(api.current.calls('POST /issues/:n/comments')).toHaveLength(1);
    expect(quoted.body).toBe(`${COMMENT_MARKER}\nmallory pasted this`);
    expect(ours[0]!.body).toContain('1 new critical dependency without a recovery scenario: Redis');
  });

  it('comment: auto (the default) says nothing on a change that touches no critical dependency, and states no figure', async () => {
    const pr = pullRequestFixture({ headFiles: { 'docs/usage.md': '# Usage\n\nNew docs.\n' }, number: 22 });
    const run = await prRun(pr);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(api.current.calls('POST /issues/:n/comments')).toHaveLength(0);
    expect(run.outputs.coverage).toBe('');
    expect(run.summary).not.toMatch(/Coverage|0 of 0|100%/);
  });

  it('edits the existing comment to a short resolved version once a later push resolves everything', async () => {
    const first = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, number: 23 });
    await prRun(first);
    expect(bodies(23)).toHaveLength(1);
    expect(bodies(23)[0]).toMatch(/FAIL/);

    // The author drops the Redis client again: nothing left to report on this change.
    const later = pullRequestFixture({ headFiles: { 'docs/usage.md': '# Usage\n' }, number: 23 });
    const run = await prRun(later);
    expect(run.outputs.verdict, run.stdout).toBe('pass');
    expect(bodies(23)).toHaveLength(1);
    expect(bodies(23)[0]).toMatch(/^<!-- paramedic:report -->\n[\s\S]*✅ \*\*Resolved\*\*/);
    expect(bodies(23)[0]!.length).toBeLessThan(600);
  });

  it('offers always and never, and keeps true and false as their aliases', async () => {
    const quiet = pullRequestFixture({ headFiles: { 'docs/usage.md': 'docs\n' }, number: 24 });
    await prRun(quiet, { comment: 'always' });
    expect(bodies(24)).toHaveLength(1);
    await prRun(pullRequestFixture({ headFiles: { 'docs/usage.md': 'docs\n' }, number: 25 }), { comment: 'true' });
    expect(bodies(25)).toHaveLength(1);
    await prRun(pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, number: 26 }), { comment: 'never' });
    await prRun(pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, number: 27 }), { comment: 'false' });
    expect(bodies(26)).toHaveLength(0);
    expect(bodies(27)).toHaveLength(0);
  });

  it('treats a comment list answered with null as an error: no second comment', async () => {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, number: 28 });
    api.current.addComment(28, `${COMMENT_MARKER}\nan older report`);
    api.current.faults.set('GET /issues/:n/comments', { status: 200, body: null });
    const run = await prRun(pr);
    expect(run.outputs.verdict).toBe('fail');
    expect(api.current.calls('POST /issues/:n/comments')).toHaveLength(0);
    const warning = run.annotations.find((a) => a.level === 'warning' && a.message.startsWith('Paramedic could not update the pull request comment'));
    expect(warning?.message, run.stdout).toMatch(/answered the request for the pull request comments with null, not a list/);
  });
});

describe('what the comment says', () => {
  it('names the services, advises a command that works, and lets no repository text become Markdown', async () => {
    const hostile = PLAN + REDIS_SCENARIO.replace('## Scenario: Redis cache unavailable', '## Scenario: Redis cache unavailable <img src=x onerror=alert(1)> @acme/security [ok](https://evil.example)');
    const pr = pullRequestFixture({ headFiles: { 'package.json': packageWith({ ioredis: '^5.4.1', stripe: '^17.0.0' }), 'DISASTER_RECOVERY.md': hostile }, number: 29 });
    const run = await prRun(pr, {}, { GITHUB_ACTION_REPOSITORY: 'acme/paramedic-action', GITHUB_ACTION_REF: 'v1' });
    expect(run.outputs.verdict, run.stdout).toBe('fail');
    const [comment] = bodies(29);
    expect(comment).toContain('1 new critical dependency without a recovery scenario: Stripe');
    expect(comment).not.toMatch(/<img|@acme\/|\]\(https:\/\/evil/);
    for (const text of [comment!, run.summary, ...run.annotations.map((a) => a.message)]) expect(text).not.toMatch(/npx paramedic/);
    const annotation = run.annotations.find((a) => a.file === 'package.json' && /Stripe/.test(a.message));
    expect(annotation?.message).toContain('`npx github:acme/paramedic-action#v1 draft . --write`');
    expect(comment).toContain('`npx github:acme/paramedic-action#v1 draft . --write`');
  });

  it('drafts a PR-mode stub from the whole head tree, as specific as the sweep', async () => {
    const terraform = 'resource "aws_elasticache_replication_group" "cache" {\n  replication_group_id = "shop-cache"\n}\n';
    const pr = pullRequestFixture({
      baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN, 'infra/cache.tf': terraform },
      headFiles: { 'package.json': PG_AND_REDIS },
      number: 30,
    });
    const run = await prRun(pr, { comment: 'false' });
    expect(JSON.parse(run.outputs.gaps!)).toEqual(['redis']);
    expect(run.summary).toContain('## Scenario: Redis');
    expect(run.summary).toContain('aws elasticache describe-replication-groups --replication-group-id');
    expect(run.summary).toContain('shop-cache');
    expect(run.summary).toContain('modify-replication-group');
    expect(run.summary).not.toContain('<FAILOVER_COMMAND>');
  });
});

describe('a stub already drafted', () => {
  it('is named with the commit that drafted it, in the comment and the annotation, and not offered again', async () => {
    const stub = [
      '',
      '## Scenario: Redis cache unavailable',
      '',
      '<!-- paramedic:draft -->',
      '',
      '**Impact:** Sessions drop.',
      '',
      '**Mitigation Strategy:**',
      '',
      '1. Check it: `redis-cli -u "$REDIS_URL" ping`.',
      '',
    ].join('\n');
    const pr = pullRequestFixture({ baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN + stub }, headFiles: { 'package.json': PG_AND_REDIS }, number: 33 });
    const drafter = gitIn(pr.origin, 'rev-list', '--max-parents=0', 'main').trim();
    const run = await prRun(pr);
    expect(JSON.parse(run.outputs.gaps!)).toEqual(['redis']);
    const [comment] = bodies(33);
    expect(comment).toContain(`drafted in [${drafter.slice(0, 7)}](https://github.com/acme/shop/commit/${drafter}), awaiting sign-off`);
    expect(comment).not.toContain('Suggested scenarios');
    const annotation = run.annotations.find((a) => a.file === 'package.json');
    expect(annotation?.message).toMatch(new RegExp(`drafted in ${drafter.slice(0, 7)} .*awaiting sign-off`));
  });
});

describe('the tracking issue', () => {
  it('never touches an outsider\'s issue that starts with the marker', async () => {
    const repo = sweepFixture({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN });
    const outsider = { number: 5, title: 'please read', body: `${TRACKING_MARKER}\n✅ Security review passed`, state: 'open' as const, user: { login: 'mallory', type: 'User' } };
    api.current.issues.push(outsider);
    const run = await runAction({ workspace: repo.workspace, eventName: 'schedule', payload: SCHEDULE, apiUrl: api.current.url, inputs: { 'tracking-issue': 'true' } });
    expect(run.outputs.verdict, run.stdout).toBe('warn');
    expect(outsider.body).toBe(`${TRACKING_MARKER}\n✅ Security review passed`);
    expect(outsider.state).toBe('open');
    expect(api.current.calls('PATCH /issues/:n')).toHaveLength(0);
    expect(api.current.calls('POST /issues')).toHaveLength(1); // our own issue
    expect(run.stdout).toMatch(/tracking issue: opened/);
  });
});

describe('an API that fails underneath', () => {
  it('times out on a silent server with a truthful message, and the verdict stands', async () => {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, number: 31 });
    api.current.faults.set('GET /issues/:n/comments', { status: 200, silent: true });
    const started = Date.now();
    const run = await prRun(pr, {}, { PARAMEDIC_API_TIMEOUT_MS: '500' });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.summary).toMatch(/FAIL/);
    const warning = run.annotations.find((a) => a.level === 'warning' && a.message.startsWith('Paramedic could not update the pull request comment'));
    expect(warning?.message, run.stdout).toMatch(/GitHub's API at 127\.0\.0\.1:\d+ did not answer within 0\.5 s \(3 tries\)/);
    expect(warning?.message).not.toMatch(/500/);
    expect(api.current.calls('GET /issues/:n/comments')).toHaveLength(3); // bounded retries
  });

  it('reports connection refused as unreachable, not as "GitHub answered 500"', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, number: 32 });
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: `http://127.0.0.1:${port}` });
    expect(run.outputs.verdict).toBe('fail');
    const warning = run.annotations.find((a) => a.level === 'warning' && a.message.startsWith('Paramedic could not update the pull request comment'));
    expect(warning?.message, run.stdout).toMatch(new RegExp(`GitHub's API at 127\\.0\\.0\\.1:${port} is unreachable \\(connection refused\\)`));
    expect(warning?.message).not.toMatch(/answered 500/);
  });
});

function packageWith(deps: Record<string, string>): string {
  return JSON.stringify({ name: 'shop', dependencies: { express: '^4.21.0', pg: '^8.13.0', ...deps } }, null, 2) + '\n';
}
