import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, expect as globalExpect, it, type ExpectStatic } from 'vitest';
import { runAction, type ActionRun } from './helpers/action-runner.js';
import { FakeGitHub, type Fault } from './helpers/fake-github.js';
import { PG_AND_REDIS, PG_ONLY, PLAN, pullRequestFixture, sweepFixture } from './helpers/pr-origin.js';
import { cleanupTempDirs, gitIn, run as runIn, tempDir } from './helpers/repo.js';

/**
 * Faults, end to end: every GitHub API route the action calls failing in every way GitHub
 * fails, a refused push, no shellcheck anywhere, and a base commit that cannot be had.
 * In each case the verdict is still computed, the outputs and the job summary are still
 * written, and a warning says what to fix. The committed bundle runs on real git repos.
 */

afterAll(cleanupTempDirs);

const SCHEDULE = { schedule: '0 6 * * 1' };
const SWEEP_BRANCH = 'paramedic/disaster-recovery-plan';
const TRACKING_MARKER = '<!-- paramedic:tracking-issue -->';
const COMMENT_MARKER = '<!-- paramedic:report -->';

/** Each fault GitHub answers with, and what the warning must tell the user (`perm`: the permission the route needs). */
const FAULTS: Array<{ name: string; fault: Fault; says: (perm: string) => RegExp }> = [
  { name: '403', fault: { status: 403 }, says: (perm) => new RegExp(`lacks permission \\(403\\)\\. Add \`permissions: ${esc(perm)}\` to the job`) },
  { name: '404', fault: { status: 404 }, says: (perm) => new RegExp(`not found \\(404\\)\\. The token may lack \`${esc(perm)}\``) },
  { name: '422', fault: { status: 422 }, says: () => /the API refused the request \(422: injected 422/ },
  { name: '500', fault: { status: 500 }, says: () => /GitHub answered 500; the next run will retry/ },
  {
    name: 'rate limit (403, x-ratelimit-remaining: 0)',
    fault: { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1900000000' } },
    says: () => /the API rate limit is exhausted \(resets at 2030-03-17T17:46:40\.000Z\)/,
  },
  { name: 'rate limit (429, retry-after)', fault: { status: 429, headers: { 'retry-after': '60' } }, says: () => /rate limited by the API \(429\)/ },
];

function esc(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A scenario the action runs, with what it should conclude whatever the API does. */
interface Setup {
  /** prepares a fresh repository and any state the fake API needs for the route to be reached */
  prepare(api: FakeGitHub): { workspace: string; eventName: string; payload: unknown; inputs: Record<string, string> };
  verdict: 'fail' | 'warn';
  code: number;
  gaps: string[];
  /** the start of the side channel's warning */
  what: string;
  permission: string;
}

/** A PR that adds an uncovered Redis; `olderReport` seeds our earlier comment so the update route is reached. */
function prComment(olderReport: boolean): Setup {
  return {
    prepare(api) {
      const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS } });
      if (olderReport) api.addComment(pr.number, `${COMMENT_MARKER}\nan older report`);
      return { workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, inputs: {} };
    },
    verdict: 'fail',
    code: 1,
    gaps: ['redis'],
    what: 'Paramedic could not update the pull request comment',
    permission: 'pull-requests: write',
  };
}

const prStatus: Setup = {
  prepare() {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS } });
    return { workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, inputs: { draft: 'commit', comment: 'false' } };
  },
  verdict: 'fail',
  code: 1,
  gaps: ['redis'],
  what: 'Paramedic could not set the commit status on the drafted commit',
  permission: 'statuses: write',
};

const trackingIssue: Setup = {
  prepare(api) {
    const repo = sweepFixture({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN });
    // An open tracking issue with an older body, so that the update route is reached.
    api.issues.push({ number: 5, title: 'gaps', body: `${TRACKING_MARKER}\nolder`, state: 'open', user: { login: 'github-actions[bot]', type: 'Bot' } });
    return { workspace: repo.workspace, eventName: 'schedule', payload: SCHEDULE, inputs: { 'tracking-issue': 'true' } };
  },
  verdict: 'warn',
  code: 0,
  gaps: ['redis'],
  what: 'Paramedic could not update the tracking issue',
  permission: 'issues: write',
};

const trackingIssueNew: Setup = {
  ...trackingIssue,
  prepare() {
    const repo = sweepFixture({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN });
    return { workspace: repo.workspace, eventName: 'schedule', payload: SCHEDULE, inputs: { 'tracking-issue': 'true' } };
  },
};

const sweepPull: Setup = {
  prepare(api) {
    const repo = sweepFixture({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN });
    api.issues.push({
      number: 6,
      title: 'an older title',
      body: 'older',
      state: 'open',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      pull_request: { url: 'x' },
      head: { ref: SWEEP_BRANCH },
      base: { ref: 'main' },
    });
    return { workspace: repo.workspace, eventName: 'schedule', payload: SCHEDULE, inputs: { draft: 'commit' } };
  },
  verdict: 'warn',
  code: 0,
  gaps: ['redis'],
  what: 'Paramedic could not open or update the draft pull request',
  permission: 'contents: write, pull-requests: write',
};

const sweepPullNew: Setup = {
  ...sweepPull,
  prepare() {
    const repo = sweepFixture({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN });
    return { workspace: repo.workspace, eventName: 'schedule', payload: SCHEDULE, inputs: { draft: 'commit' } };
  },
};

/**
 * Opening a pull request with the job token is refused with a 403 when the repository setting
 * "Allow GitHub Actions to create and approve pull requests" is off: the warning names it.
 */
const PR_CREATION_403 = /GitHub refused to create it \(403\)\. Turn on "Allow GitHub Actions to create and approve pull requests"/;

const ROUTES: Array<{ route: string; setup: Setup; says403?: RegExp }> = [
  { route: 'GET /issues/:n/comments', setup: prComment(true) },
  { route: 'POST /issues/:n/comments', setup: prComment(false) },
  { route: 'PATCH /issues/comments/:n', setup: prComment(true) },
  { route: 'POST /statuses/:sha', setup: prStatus },
  { route: 'GET /issues', setup: trackingIssue },
  { route: 'POST /issues', setup: trackingIssueNew },
  { route: 'PATCH /issues/:n', setup: trackingIssue },
  { route: 'GET /pulls', setup: sweepPull },
  { route: 'POST /pulls', setup: sweepPullNew, says403: PR_CREATION_403 },
  { route: 'PATCH /pulls/:n', setup: sweepPull },
];

async function runWithFault(setup: Setup, route: string, fault: Fault): Promise<{ run: ActionRun; api: FakeGitHub }> {
  const api = new FakeGitHub();
  await api.start();
  try {
    const { workspace, eventName, payload, inputs } = setup.prepare(api);
    api.faults.set(route, { ...fault });
    const run = await runAction({ workspace, eventName, payload, inputs, apiUrl: api.url });
    return { run, api };
  } finally {
    await api.stop();
  }
}

function expectReported(run: ActionRun, setup: Setup, expect: ExpectStatic = globalExpect): void {
  expect(run.code, run.stdout + run.stderr).toBe(setup.code);
  expect(run.outputs.verdict).toBe(setup.verdict);
  expect(JSON.parse(run.outputs.gaps!)).toEqual(setup.gaps);
  expect(run.summary).toMatch(/^### 🏥 Paramedic — disaster-recovery coverage/);
  expect(run.summary).toContain(setup.verdict.toUpperCase());
}

describe.each(ROUTES)('a failing $route', ({ route, setup, says403 }) => {
  // Each run has its own repository and fake API, so the faults run side by side.
  it.concurrent.for(FAULTS)('$name: verdict kept, outputs and summary written, a warning says what to fix', async ({ name, fault, says }, { expect }) => {
    const { run, api } = await runWithFault(setup, route, fault);
    expect(api.calls(route).length, `the route was not reached\n${run.stdout}`).toBeGreaterThan(0);
    expectReported(run, setup, expect);
    const warnings = run.annotations.filter((a) => a.level === 'warning' && a.message.startsWith(setup.what));
    expect(warnings, run.stdout).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(name === '403' && says403 ? says403 : says(setup.permission));
  });
});

describe('a refused push', () => {
  it('warns that the branch is protected and keeps the verdict when a pre-receive hook refuses the draft commit', async () => {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS } });
    // Branch protection, as a server-side hook: only the PR branch is refused.
    writeFileSync(
      path.join(pr.origin, 'hooks', 'pre-receive'),
      '#!/bin/sh\nwhile read old new ref; do\n  if [ "$ref" = refs/heads/feature ]; then echo "feature is protected" >&2; exit 1; fi\ndone\nexit 0\n',
      { mode: 0o755 },
    );
    const api = new FakeGitHub();
    await api.start();
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.url, inputs: { draft: 'commit' } });
    await api.stop();

    expectReported(run, prComment(false));
    expect(gitIn(pr.origin, 'rev-parse', 'refs/heads/feature').trim()).toBe(pr.head);
    const warnings = run.annotations.filter((a) => a.level === 'warning' && /^draft: commit skipped/.test(a.message));
    expect(warnings.map((w) => w.message)).toEqual([
      'draft: commit skipped: the branch feature is protected; the suggested scenarios are in the summary and comment',
    ]);
    expect(api.statuses).toEqual([]);
    expect(run.summary).toMatch(/^> Draft scenarios were not committed: the branch feature is protected/m);
    expect(run.summary).toContain('## Scenario: Redis'); // the stub is still offered
  });

  it('reports a refused push of the sweep branch as a warning and opens no pull request', async () => {
    const repo = sweepFixture({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN });
    writeFileSync(path.join(repo.origin, 'hooks', 'pre-receive'), '#!/bin/sh\necho "no new branches here" >&2\nexit 1\n', { mode: 0o755 });
    const api = new FakeGitHub();
    await api.start();
    const run = await runAction({ workspace: repo.workspace, eventName: 'schedule', payload: SCHEDULE, apiUrl: api.url, inputs: { draft: 'commit' } });
    await api.stop();

    expectReported(run, sweepPull);
    expect(gitIn(repo.origin, 'for-each-ref', '--format=%(refname)', 'refs/heads').trim()).toBe('refs/heads/main');
    expect(api.calls('POST /pulls')).toHaveLength(0);
    const warning = run.annotations.find((a) => a.level === 'warning' && a.message.startsWith(sweepPull.what));
    expect(warning?.message, run.stdout).toMatch(new RegExp(`the branch ${esc(SWEEP_BRANCH)} is protected`));
  });
});

describe('no shellcheck anywhere', () => {
  it('warns exactly once and still computes the verdict', async () => {
    // PATH holds only node and git: no shellcheck binary, no npx to fetch one.
    const bin = tempDir('paramedic-bin-');
    symlinkSync(process.execPath, path.join(bin, 'node'));
    symlinkSync(runIn(bin, 'sh', ['-c', 'command -v git']).trim(), path.join(bin, 'git'));

    const planWithShell = `${PLAN}\n## Scenario: Restore from backup\n\n**Impact:** Data since the last backup is lost.\n\n**Mitigation Strategy:**\n\n1. Restore:\n\n\`\`\`bash\npg_restore --clean --dbname "$DATABASE_URL" latest.dump\n\`\`\`\n`;
    const pr = pullRequestFixture({
      baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': planWithShell },
      // The change edits the plan: a change that leaves it as it was runs no shellcheck at all.
      headFiles: { 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': `${planWithShell}\nLast reviewed: 2026-11-20.\n` },
    });
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, inputs: { comment: 'false' }, extraEnv: { PATH: bin } });

    expectReported(run, prComment(false));
    const shellcheck = run.annotations.filter((a) => /shellcheck/i.test(a.message));
    expect(shellcheck.map((a) => a.level)).toEqual(['warning']);
    expect(shellcheck[0]!.message).toMatch(/^shellcheck was not found \(PATH, the `shellcheck` setting, npx\)/);
    expect(run.stdout).toMatch(/fetched base/); // git worked on that PATH: this was a real PR-mode run
  });
});

describe('a base commit that cannot be had', () => {
  function unreachableOrigin(): ReturnType<typeof pullRequestFixture> {
    const pr = pullRequestFixture({ headFiles: { 'package.json': PG_AND_REDIS }, checkout: 'head' });
    rmSync(pr.origin, { recursive: true, force: true }); // origin unreachable after the clone
    return pr;
  }

  it('falls back to a full check of head with a clear log line, fails closed, and still reports', async () => {
    const pr = unreachableOrigin();
    const api = new FakeGitHub();
    await api.start();
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.url });
    await api.stop();

    expect(run.stdout).toMatch(new RegExp(`could not fetch base ${pr.base.slice(0, 7)} from origin: .*; falling back to the base branch main`));
    const warning = run.annotations.find((a) => a.level === 'warning' && /new gaps/.test(a.message));
    expect(warning?.message, run.stdout).toMatch(/fetch-depth/);
    // Without a base, new gaps cannot be told from old ones: every uncovered dependency fails.
    expect(run.outputs.verdict, run.stdout + run.stderr).toBe('fail');
    expect(JSON.parse(run.outputs.gaps!)).toEqual(['redis']);
    expect(JSON.parse(run.outputs['new-gaps']!)).toEqual(['redis']);
    expect(run.summary).toMatch(/full sweep/);
    // The PR still gets its comment.
    expect(api.comments.get(pr.number)).toHaveLength(1);
  });

  it('falls back for a new branch pushed when the default branch cannot be fetched', async () => {
    const pr = unreachableOrigin();
    const payload = { ref: 'refs/heads/feature', before: '0'.repeat(40), after: pr.head, repository: { full_name: 'acme/shop', default_branch: 'main' } };
    const run = await runAction({ workspace: pr.workspace, eventName: 'push', payload });
    expect(run.stdout).toMatch(/push of new branch feature: comparing with the default branch main/);
    expect(run.stdout).toMatch(/base main is neither a local revision nor fetchable from origin: .*; running a full sweep instead/);
    // A new branch has no base of its own: the sweep only warns.
    expect(run.outputs.verdict, run.stdout + run.stderr).toBe('warn');
    expect(JSON.parse(run.outputs.gaps!)).toEqual(['redis']);
    expect(run.summary).toMatch(/full sweep/);
  });
});
