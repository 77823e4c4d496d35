import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action-runner.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, tempDir } from './helpers/repo.js';

/** The outputs for chaining, through the committed bundle: summary-path and comment-id. */

const api = useFakeGitHub();
afterAll(cleanupTempDirs);

const PLAN = ['# Disaster Recovery Plan', '', '## Scenario: PostgreSQL primary unavailable', '', '**Impact:** Checkout fails.', '', '1. Check: `pg_isready -h "$DB_HOST"`.', '2. Fail over: `aws rds reboot-db-instance --db-instance-identifier "$DB_INSTANCE_ID" --force-failover`.', ''].join('\n');

function pullRequest(): { workspace: string; payload: unknown } {
  const origin = makeRepo({ 'package.json': '{\n  "dependencies": {\n    "pg": "^8.13.0"\n  }\n}\n', 'DISASTER_RECOVERY.md': PLAN });
  const base = gitIn(origin, 'rev-parse', 'HEAD').trim();
  gitIn(origin, 'checkout', '-q', '-b', 'feature');
  const head = commit(origin, { 'package.json': '{\n  "dependencies": {\n    "pg": "^8.13.0",\n    "ioredis": "^5.4.1"\n  }\n}\n' });
  gitIn(origin, 'checkout', '-q', 'main');
  const workspace = path.join(tempDir(), 'ws');
  gitIn(path.dirname(workspace), 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, workspace);
  const repo = { full_name: 'acme/shop' };
  return { workspace, payload: { number: 9, pull_request: { number: 9, base: { ref: 'main', sha: base, repo }, head: { ref: 'feature', sha: head, repo } }, repository: { full_name: 'acme/shop', default_branch: 'main' } } };
}

describe('outputs for chaining', () => {
  it('summary-path holds the rendered Markdown report, the same as the job summary', async () => {
    const pr = pullRequest();
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url });
    const file = run.outputs['summary-path']!;
    expect(path.isAbsolute(file)).toBe(true);
    const markdown = readFileSync(file, 'utf8');
    expect(markdown).toMatch(/^### 🏥 Paramedic — disaster-recovery coverage/m);
    expect(markdown).toMatch(/1 new critical dependency without a recovery scenario: Redis/);
    expect(run.summary.trimEnd()).toBe(markdown.trimEnd());
  });

  it('comment-id is the sticky comment\'s id when it is created, and the same id when it is edited', async () => {
    const pr = pullRequest();
    const first = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url });
    const comments = api.current.comments.get(9)!;
    expect(comments).toHaveLength(1);
    expect(first.outputs['comment-id']).toBe(String(comments[0]!.id));
    const second = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { 'fail-on': 'never' } });
    expect(api.current.calls('PATCH /issues/comments/:n')).toHaveLength(1);
    expect(second.outputs['comment-id']).toBe(String(comments[0]!.id));
  });

  it('comment-id is empty when no comment is written', async () => {
    const pr = pullRequest();
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { comment: 'never' } });
    expect(run.outputs['comment-id']).toBeUndefined();
    expect(api.current.calls('POST /issues/:n/comments')).toHaveLength(0);
  });
});
