import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from './helpers/action-runner.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, tempDir } from './helpers/repo.js';

/**
 * Fork pull requests, end to end with the committed bundle against the recording API: the
 * fork's `pull_request` run (read-only token) saves its JSON report; a `workflow_run` job with
 * a write token posts it from `report-path`, with no checkout. The saved report is the fork's
 * to write: it is validated, its head must be the run's head, and its PR number is never used.
 */

const api = useFakeGitHub();
afterAll(cleanupTempDirs);

const PLAN = ['# Disaster Recovery Plan', '', '## Scenario: PostgreSQL primary unavailable', '', '**Impact:** Checkout fails.', '', '1. Check: `pg_isready -h "$DB_HOST"`.', '2. Fail over: `aws rds reboot-db-instance --db-instance-identifier "$DB_INSTANCE_ID" --force-failover`.', ''].join('\n');
const pkg = (deps: string[]): string => `{\n  "name": "shop",\n  "dependencies": {\n${['"pg": "^8.13.0"', ...deps].map((d) => `    ${d}`).join(',\n')}\n  }\n}\n`;

const FORK = 'mallory/shop';

/** The fork's pull request #7 (adds Redis), checked by its own read-only run; returns the saved report. */
async function forkRun(): Promise<{ head: string; reportFile: string; run: ActionRun }> {
  const origin = makeRepo({ 'package.json': pkg([]), 'DISASTER_RECOVERY.md': PLAN });
  const base = gitIn(origin, 'rev-parse', 'HEAD').trim();
  gitIn(origin, 'checkout', '-q', '-b', 'feature');
  const head = commit(origin, { 'package.json': pkg(['"ioredis": "^5.4.1"']) });
  gitIn(origin, 'checkout', '-q', 'main');
  const workspace = path.join(tempDir(), 'ws');
  gitIn(path.dirname(workspace), 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, workspace);
  const payload = {
    number: 7,
    pull_request: { number: 7, base: { ref: 'main', sha: base, repo: { full_name: 'acme/shop' } }, head: { ref: 'feature', sha: head, repo: { full_name: FORK } } },
    repository: { full_name: 'acme/shop', default_branch: 'main' },
  };
  // A fork's token cannot write: the comment is refused, the report stays in the summary.
  api.current.faults.set('POST /issues/:n/comments', { status: 403, body: { message: 'Resource not accessible by integration' } });
  const run = await runAction({ workspace, eventName: 'pull_request', payload, apiUrl: api.current.url });
  api.current.faults.clear();
  // From here on, what is recorded is the workflow_run job's.
  const forkRequests = [...api.current.requests];
  api.current.requests.length = 0;
  return { head, reportFile: run.outputs.report!, run: { ...run, forkRequests } as ActionRun };
}

/** The artifact as actions/download-artifact leaves it, in a workspace with nothing checked out. */
function downloaded(report: string | Buffer): string {
  const workspace = tempDir('paramedic-wr-');
  mkdirSync(path.join(workspace, 'paramedic-report'));
  writeFileSync(path.join(workspace, 'paramedic-report', 'report.json'), report);
  return workspace;
}

function workflowRunEvent(headSha: string, overrides: Record<string, unknown> = {}): unknown {
  return {
    action: 'completed',
    workflow_run: { id: 4242, run_number: 12, event: 'pull_request', head_sha: headSha, head_branch: 'feature', head_repository: { full_name: FORK, owner: { login: 'mallory' } }, pull_requests: [], ...overrides },
    repository: { full_name: 'acme/shop', default_branch: 'main' },
  };
}

async function postRun(workspace: string, payload: unknown, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ workspace, eventName: 'workflow_run', payload, apiUrl: api.current.url, inputs: { 'report-path': 'paramedic-report/report.json', ...inputs } });
}

describe('fork pull requests: the workflow_run job posts the saved report', () => {
  it('posts the sticky comment on the pull request GitHub names for the head, sets comment-id, and never checks out', async () => {
    const fork = await forkRun();
    expect(fork.run.code).toBe(1);
    expect(fork.run.stdout).toMatch(/could not update the pull request comment/);
    expect(fork.run.stdout).toMatch(/^this pull request comes from a fork, whose token is read-only: .*report-path/m);
    expect((fork.run as ActionRun & { forkRequests: unknown[] }).forkRequests.length).toBeGreaterThan(0);
    const saved = JSON.parse(readFileSync(fork.reportFile, 'utf8')) as { source: Record<string, unknown>; newGaps: string[] };
    expect(saved.source).toMatchObject({ event: 'pull_request', repository: 'acme/shop', headSha: fork.head, pullRequest: 7 });
    expect(saved.newGaps).toEqual(['redis']);

    api.current.addPullRequest(7, { ref: 'feature', sha: fork.head, repo: FORK });
    const workspace = downloaded(readFileSync(fork.reportFile));
    const run = await postRun(workspace, workflowRunEvent(fork.head));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const comments = api.current.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^<!-- paramedic:report -->/);
    expect(comments[0]!.body).toMatch(/Redis/);
    expect(comments[0]!.body).toContain(`Posted from the report the pull request's own run saved ([run 4242](https://github.com/acme/shop/actions/runs/4242)), for commit ${fork.head.slice(0, 7)}.`);
    expect(run.outputs['comment-id']).toBe(String(comments[0]!.id));
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs['new-gaps']).toBe('["redis"]');
    expect(readFileSync(run.outputs['summary-path']!, 'utf8')).toMatch(/Redis/);
    // The pull request was found by head repository and branch, not from the file.
    const lookup = api.current.calls('GET /pulls')[0]!;
    expect(lookup.query.get('head')).toBe('mallory:feature');
    expect(lookup.query.get('state')).toBe('open');

    // A second run edits the same comment in place; report-path may name the download folder.
    const again = await postRun(workspace, workflowRunEvent(fork.head), { 'report-path': 'paramedic-report' });
    expect(again.code).toBe(0);
    expect(api.current.comments.get(7)).toHaveLength(1);
    expect(again.outputs['comment-id']).toBe(String(comments[0]!.id));
  });

  it('refuses a report whose head is not the workflow run\'s head, and posts nothing', async () => {
    const fork = await forkRun();
    api.current.addPullRequest(7, { ref: 'feature', sha: fork.head, repo: FORK });
    const other = 'f'.repeat(40);
    const run = await postRun(downloaded(readFileSync(fork.reportFile)), workflowRunEvent(other));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`::error::report-path: the saved report checked ${fork.head.slice(0, 12)}, but the workflow run is for ffffffffffff; not posted`));
    expect(api.current.calls('POST /issues/:n/comments')).toHaveLength(0);
    expect(api.current.calls('GET /pulls')).toHaveLength(0);
  });

  it('never trusts the pull request number inside the report: it posts where GitHub says the head is', async () => {
    const fork = await forkRun();
    const saved = JSON.parse(readFileSync(fork.reportFile, 'utf8')) as { source: { pullRequest: number } };
    saved.source.pullRequest = 8;
    // #8 is someone else's pull request; #7 has the run's head.
    api.current.addPullRequest(8, { ref: 'feature', sha: 'a'.repeat(40), repo: 'alice/shop' });
    api.current.addPullRequest(7, { ref: 'feature', sha: fork.head, repo: FORK });
    const run = await postRun(downloaded(JSON.stringify(saved)), workflowRunEvent(fork.head));
    expect(run.code, run.stdout).toBe(0);
    expect(api.current.comments.get(8) ?? []).toHaveLength(0);
    expect(api.current.comments.get(7)).toHaveLength(1);
    expect(run.stdout).toMatch(/the saved report names pull request #8; posting on #7/);
  });

  it('a head that no open pull request has (closed, or pushed to since) posts nothing and passes', async () => {
    const fork = await forkRun();
    api.current.addPullRequest(7, { ref: 'feature', sha: 'b'.repeat(40), repo: FORK });
    const run = await postRun(downloaded(readFileSync(fork.reportFile)), workflowRunEvent(fork.head));
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/no open pull request has head mallory\/shop@/);
    expect(api.current.calls('POST /issues/:n/comments')).toHaveLength(0);
  });

  it('escapes everything the report says: HTML, mentions, links in hints', async () => {
    const fork = await forkRun();
    const saved = JSON.parse(readFileSync(fork.reportFile, 'utf8')) as { dependencies: Array<{ id: string; name: string }>; findings: unknown[] };
    saved.dependencies.find((d) => d.id === 'redis')!.name = '<img src=x onerror=alert(1)> @acme/admins [click](https://evil.example)';
    saved.findings.push({ rule: 'made-up', severity: 'warning', path: 'DISASTER_RECOVERY.md', line: 3, message: '<script>x</script>', hint: 'See https://evil.example/phish', causedByChange: true });
    api.current.addPullRequest(7, { ref: 'feature', sha: fork.head, repo: FORK });
    const run = await postRun(downloaded(JSON.stringify(saved)), workflowRunEvent(fork.head));
    expect(run.code, run.stdout).toBe(0);
    const body = api.current.comments.get(7)![0]!.body;
    // No HTML and no Markdown link survive (the brackets are escaped: `\[click\](...)` is plain text).
    expect(body).not.toMatch(/<img|<script|(?<!\\)\]\(https:\/\/evil/);
    expect(body).toContain('\\[click\\](https://evil.example)');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(body).toContain('@\u2060acme/admins');
    expect(body).not.toContain('evil.example/phish');
  });

  it.each([
    ['an unknown field', (r: Record<string, unknown>) => (r.extra = 1), /report: unknown field "extra"/],
    ['a category that is not ours', (r: Record<string, unknown>) => ((r.dependencies as Array<Record<string, unknown>>)[0]!.category = 'x'), /dependencies\[0\]\.category: expected one of database/],
    ['a path out of the repository', (r: Record<string, unknown>) => ((r.findings as unknown[]).push({ rule: 'missing-steps', severity: 'error', path: '../../etc/passwd', line: 1, message: 'm', hint: '' })), /findings\[\d+\]\.path: not a repository-relative path/],
    ['a gap that is no dependency', (r: Record<string, unknown>) => (r.gaps = ['nope']), /gaps\[0\]: "nope" is not one of the report's dependencies/],
    ['no source', (r: Record<string, unknown>) => delete r.source, /report: missing field "source"/],
  ])('refuses a report with %s, naming the file and the field', async (_what, tamper, message) => {
    const fork = await forkRun();
    const saved = JSON.parse(readFileSync(fork.reportFile, 'utf8')) as Record<string, unknown>;
    tamper(saved);
    api.current.addPullRequest(7, { ref: 'feature', sha: fork.head, repo: FORK });
    const run = await postRun(downloaded(JSON.stringify(saved)), workflowRunEvent(fork.head));
    expect(run.code).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error')!;
    expect(error.message).toMatch(/^report-path: .*paramedic-report\/report\.json: /);
    expect(error.message).toMatch(message);
    expect(api.current.calls('POST /issues/:n/comments')).toHaveLength(0);
  });

  it('refuses a file over the size cap, a symlink, and a report-path on another event', async () => {
    const fork = await forkRun();
    api.current.addPullRequest(7, { ref: 'feature', sha: fork.head, repo: FORK });
    const huge = await postRun(downloaded(Buffer.alloc(5 * 1024 * 1024 + 1, 0x20)), workflowRunEvent(fork.head));
    expect(huge.code).toBe(1);
    expect(huge.stdout).toMatch(/report\.json: larger than 5242880 bytes/);

    const linked = downloaded('{}');
    const target = path.join(linked, 'elsewhere.json');
    copyFileSync(fork.reportFile, target);
    const file = path.join(linked, 'paramedic-report', 'report.json');
    rmSync(file);
    symlinkSync(target, file);
    const link = await postRun(linked, workflowRunEvent(fork.head));
    expect(link.code).toBe(1);
    expect(link.stdout).toMatch(/report\.json: is a symbolic link; not followed/);

    const wrong = await runAction({ workspace: downloaded(readFileSync(fork.reportFile)), eventName: 'pull_request_target', payload: {}, apiUrl: api.current.url, inputs: { 'report-path': 'paramedic-report/report.json' } });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/report-path: posts a saved report from a `workflow_run` job only/);
    expect(api.current.calls('POST /issues/:n/comments')).toHaveLength(0);
  });

  it('does nothing for a workflow run that a push started', async () => {
    const fork = await forkRun();
    const run = await postRun(downloaded(readFileSync(fork.reportFile)), workflowRunEvent(fork.head, { event: 'push' }));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/started by push, not a pull request; nothing to post/);
    expect(api.current.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });
});
