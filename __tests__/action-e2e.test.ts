import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action-runner.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { REDIS_SCENARIO } from './helpers/pr-origin.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, tempDir } from './helpers/repo.js';

/**
 * End to end: the committed bundle (dist/index.js) run as a runner runs it, on real git
 * repositories, against a local recording GitHub API.
 */

const BASE_FILES = {
  'package.json': '{\n  "name": "shop",\n  "dependencies": {\n    "express": "^4.21.0",\n    "pg": "^8.13.0"\n  }\n}\n',
  'DISASTER_RECOVERY.md': [
    '# Disaster Recovery Plan',
    '',
    '## Scenario: PostgreSQL primary unavailable',
    '',
    '**Impact:** Checkout fails.',
    '',
    '**Mitigation Strategy:**',
    '',
    '1. Check the instance: `aws rds describe-db-instances --db-instance-identifier "$DB_INSTANCE_ID"`.',
    '2. Fail over: `aws rds reboot-db-instance --db-instance-identifier "$DB_INSTANCE_ID" --force-failover`.',
    '3. Verify: `psql "$DATABASE_URL" -c "select 1"`.',
    '',
  ].join('\n'),
};

const WITH_REDIS = '{\n  "name": "shop",\n  "dependencies": {\n    "express": "^4.21.0",\n    "pg": "^8.13.0",\n    "ioredis": "^5.4.1"\n  }\n}\n';

interface PrRepo {
  origin: string;
  workspace: string;
  base: string;
  head: string;
  payload: unknown;
}

/** An origin with main (base) and a feature branch (head), and a depth-1 clone of the head, as actions/checkout makes. */
function prRepo(headFiles: Record<string, string>, prNumber = 7): PrRepo {
  const origin = makeRepo(BASE_FILES);
  const base = gitIn(origin, 'rev-parse', 'HEAD').trim();
  gitIn(origin, 'checkout', '-q', '-b', 'feature');
  const head = commit(origin, headFiles, 'feature change');
  gitIn(origin, 'checkout', '-q', 'main');
  const workspace = path.join(tempDir(), 'ws');
  gitIn(path.dirname(workspace), 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, workspace);
  const repo = { full_name: 'acme/shop' };
  return {
    origin,
    workspace,
    base,
    head,
    payload: {
      number: prNumber,
      pull_request: { number: prNumber, base: { ref: 'main', sha: base, repo }, head: { ref: 'feature', sha: head, repo } },
      repository: { full_name: 'acme/shop', default_branch: 'main' },
    },
  };
}

const api = new FakeGitHub();
beforeAll(async () => {
  await api.start();
});
afterAll(async () => {
  await api.stop();
  cleanupTempDirs();
});

describe('action on a pull request', () => {
  it('fails on a new uncovered dependency, annotates its manifest line and reports everywhere', async () => {
    const repo = prRepo({ 'package.json': WITH_REDIS });
    const run = await runAction({ workspace: repo.workspace, eventName: 'pull_request', payload: repo.payload, apiUrl: api.url });

    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(JSON.parse(run.outputs['new-gaps']!)).toEqual(['redis']);
    expect(JSON.parse(run.outputs.gaps!)).toEqual(['redis']);
    expect(JSON.parse(run.outputs.covered!)).toEqual(['postgresql']);
    expect(run.outputs.coverage).toBe(''); // a PR check sees the diff's services, not the repository's: no figure
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(report.verdict).toBe('fail');
    expect(report.newGaps).toEqual(['redis']);

    const annotation = run.annotations.find((a) => a.level === 'error' && a.file === 'package.json');
    expect(annotation?.line).toBe(6);
    expect(annotation?.message).toMatch(/Redis/);
    expect(run.stdout).toMatch(/fetch/i); // the depth-1 clone lacked the base commit

    expect(run.summary).toMatch(/FAIL/);
    expect(run.summary).toMatch(/Redis/);
    expect(run.summary).toMatch(/package\.json:6/);
    expect(run.summary).toMatch(/Scenario: Redis/); // the suggested stub

    const posts = api.calls('POST /issues/:n/comments');
    expect(posts).toHaveLength(1);
    expect(String((posts[0]!.body as { body: string }).body)).toMatch(/^<!-- paramedic:report -->/);
  });

  it('updates its one comment in place and makes no call when nothing changed', async () => {
    const repo = prRepo({ 'package.json': WITH_REDIS }, 8);
    await runAction({ workspace: repo.workspace, eventName: 'pull_request', payload: repo.payload, apiUrl: api.url });
    await runAction({ workspace: repo.workspace, eventName: 'pull_request', payload: repo.payload, apiUrl: api.url });
    expect(api.comments.get(8)).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'PATCH' && r.path.startsWith('/issues/comments/'))).toHaveLength(0);

    // The PR now adds the scenario too: same comment, edited.
    const fixed = prRepo({ 'package.json': WITH_REDIS, 'DISASTER_RECOVERY.md': BASE_FILES['DISASTER_RECOVERY.md'] + REDIS_SCENARIO }, 8);
    const run = await runAction({ workspace: fixed.workspace, eventName: 'pull_request', payload: fixed.payload, apiUrl: api.url });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(api.comments.get(8)).toHaveLength(1);
    expect(api.comments.get(8)![0]!.body).toMatch(/PASS/);
  });

  it('passes when the PR adds the dependency and its scenario together', async () => {
    const repo = prRepo({ 'package.json': WITH_REDIS, 'DISASTER_RECOVERY.md': BASE_FILES['DISASTER_RECOVERY.md'] + REDIS_SCENARIO }, 9);
    const run = await runAction({ workspace: repo.workspace, eventName: 'pull_request', payload: repo.payload, apiUrl: api.url, inputs: { comment: 'false' } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(JSON.parse(run.outputs['new-gaps']!)).toEqual([]);
    expect(JSON.parse(run.outputs.covered!)).toEqual(['postgresql', 'redis']); // pg is in the changed package.json too
    expect(api.calls('POST /issues/:n/comments').filter((r) => r.path === '/issues/9/comments')).toHaveLength(0);
  });

  it('turns a 403 on the comment into a warning and keeps the verdict', async () => {
    const repo = prRepo({ 'package.json': WITH_REDIS }, 10);
    api.faults.set('GET /issues/:n/comments', { status: 403, times: 1 });
    const run = await runAction({ workspace: repo.workspace, eventName: 'pull_request', payload: repo.payload, apiUrl: api.url });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const warning = run.annotations.find((a) => a.level === 'warning' && /pull-requests: write/.test(a.message));
    expect(warning, run.stdout).toBeDefined();
    expect(run.summary).toMatch(/FAIL/);
  });

  it('warns instead of failing with fail-on: never', async () => {
    const repo = prRepo({ 'package.json': WITH_REDIS }, 11);
    const run = await runAction({ workspace: repo.workspace, eventName: 'pull_request', payload: repo.payload, apiUrl: api.url, inputs: { 'fail-on': 'never', comment: 'false' } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('warn');
  });

  it('rejects a bad input with a message naming it', async () => {
    const repo = prRepo({ 'package.json': WITH_REDIS }, 12);
    const run = await runAction({ workspace: repo.workspace, eventName: 'pull_request', payload: repo.payload, apiUrl: api.url, inputs: { 'fail-on': 'sometimes' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/fail-on.*new-gaps, any-gap, never/);
  });
});
