import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitDraftsToPullRequest, type PlanDrafter } from '../src/action/draft-commit.js';
import { BOT_IDENTITY } from '../src/action/plan-commit.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, tempDir } from './helpers/repo.js';

afterAll(cleanupTempDirs);

const STUB = '\n## Scenario: Redis primary unavailable\n\n<!-- paramedic:draft -->\n';

/** Appends the stub once: the same contract as the real drafter (idempotent, plan-only). */
const appendOnce: PlanDrafter = (text) => {
  const before = text ?? '# Disaster Recovery Plan\n';
  if (before.includes('## Scenario: Redis primary unavailable')) return { after: before, added: [] };
  return { after: before + STUB, added: [{ id: 'redis', title: 'Redis primary unavailable', name: 'Redis' }] };
};

/** A bare origin with main and a PR branch, and a depth-1 clone checked out detached at a merge commit. */
function setup() {
  const work = makeRepo({ 'DISASTER_RECOVERY.md': '# Plan\r\n\r\nKeep CRLF.\r\n', 'package.json': '{"dependencies":{"ioredis":"5"}}\n' });
  gitIn(work, 'checkout', '-q', '-b', 'feature');
  const head = commit(work, { 'src/app.js': 'console.log(1)\n' }, 'feature');
  const origin = path.join(tempDir(), 'origin.git');
  gitIn(path.dirname(origin), 'clone', '-q', '--bare', work, origin);
  const ws = path.join(tempDir(), 'ws');
  gitIn(path.dirname(ws), 'clone', '-q', '--depth', '1', `file://${origin}`, ws);
  // actions/checkout leaves a detached HEAD on pull_request; emulate with the main tip.
  gitIn(ws, 'checkout', '-q', '--detach');
  return { origin, ws, head, pr: { number: 3, headRef: 'feature', headSha: head, headRepo: 'acme/shop', baseRepo: 'acme/shop' } };
}

describe('draft: commit on a pull request', () => {
  it('pushes exactly one bot commit that touches only the plan, keeping its bytes; a second run pushes nothing', async () => {
    const { origin, ws, head, pr } = setup();
    const logs: string[] = [];
    const result = await commitDraftsToPullRequest({ root: ws, pr, planPath: 'DISASTER_RECOVERY.md', draft: appendOnce, log: (m) => logs.push(m) });
    expect(result.outcome).toBe('pushed');
    const tip = gitIn(origin, 'rev-parse', 'refs/heads/feature').trim();
    expect(tip).toBe((result as { sha: string }).sha);
    expect(gitIn(origin, 'rev-parse', `${tip}^`).trim()).toBe(head);
    expect(gitIn(origin, 'diff', '--name-only', head, tip).trim()).toBe('DISASTER_RECOVERY.md');
    expect(gitIn(origin, 'log', '-1', '--format=%an <%ae>', tip).trim()).toBe(`${BOT_IDENTITY.name} <${BOT_IDENTITY.email}>`);
    expect(gitIn(origin, 'show', `${tip}:DISASTER_RECOVERY.md`)).toBe('# Plan\r\n\r\nKeep CRLF.\r\n' + STUB);
    expect(gitIn(ws, 'status', '--porcelain')).toBe(''); // the work tree is untouched

    const again = await commitDraftsToPullRequest({ root: ws, pr: { ...pr, headSha: tip }, planPath: 'DISASTER_RECOVERY.md', draft: appendOnce, log: () => undefined });
    expect(again.outcome).toBe('nothing');
    expect(gitIn(origin, 'rev-parse', 'refs/heads/feature').trim()).toBe(tip);
  });

  it('commits nothing on a branch that moved since the check (its new code was never checked)', async () => {
    const { origin, ws, pr } = setup();
    // Someone pushes to the PR branch after the event was sent.
    const other = path.join(tempDir(), 'other');
    gitIn(path.dirname(other), 'clone', '-q', '--branch', 'feature', `file://${origin}`, other);
    gitIn(other, 'config', 'user.email', 'dev@example.com');
    gitIn(other, 'config', 'user.name', 'Dev');
    const moved = commit(other, { 'src/more.js': 'x\n' }, 'more');
    gitIn(other, 'push', '-q', 'origin', 'feature');

    const logs: string[] = [];
    const result = await commitDraftsToPullRequest({ root: ws, pr, planPath: 'DISASTER_RECOVERY.md', draft: appendOnce, log: (m) => logs.push(m) });
    expect(result).toMatchObject({ outcome: 'skipped' });
    expect((result as { reason: string }).reason).toMatch(/moved on from the checked head/);
    expect(gitIn(origin, 'rev-parse', 'refs/heads/feature').trim()).toBe(moved);
    expect(logs.join('\n')).toMatch(/not a fast-forward/);
  });

  it('never pushes for a pull request from a fork', async () => {
    const { origin, ws, head, pr } = setup();
    const result = await commitDraftsToPullRequest({ root: ws, pr: { ...pr, headRepo: 'someone/shop' }, planPath: 'DISASTER_RECOVERY.md', draft: appendOnce, log: () => undefined });
    expect(result).toMatchObject({ outcome: 'skipped' });
    expect((result as { reason: string }).reason).toMatch(/fork/);
    expect(gitIn(origin, 'rev-parse', 'refs/heads/feature').trim()).toBe(head);
  });

  it('reports a refused push (read-only remote) as skipped with the reason', async () => {
    const { origin, ws, head, pr } = setup();
    gitIn(origin, 'config', 'receive.denyNonFastForwards', 'true');
    // A pre-receive hook stands in for branch protection.
    const hook = path.join(origin, 'hooks', 'pre-receive');
    (await import('node:fs')).writeFileSync(hook, '#!/bin/sh\necho "GH006: Protected branch update failed" >&2\nexit 1\n', { mode: 0o755 });
    const result = await commitDraftsToPullRequest({ root: ws, pr, planPath: 'DISASTER_RECOVERY.md', draft: appendOnce, log: () => undefined });
    expect(result).toMatchObject({ outcome: 'skipped' });
    expect((result as { reason: string }).reason).toMatch(/protected/);
    expect(gitIn(origin, 'rev-parse', 'refs/heads/feature').trim()).toBe(head);
  });
});
