import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action-runner.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { PG_AND_REDIS, PG_ONLY, PLAN, pullRequestFixture } from './helpers/pr-origin.js';
import { cleanupTempDirs } from './helpers/repo.js';

/**
 * One plan line must not stall every pull request. The red-team line: "Rotate the password",
 * 6,000 spaces, "(see vault).", on the base branch (read by every PR's lint and report) and
 * 12 KB of it at head. Before the secrets patterns were made linear this took 130 s and more;
 * the bound below is generous for a run that takes a few seconds.
 */

const api = useFakeGitHub();
afterAll(cleanupTempDirs);

const stallingLine = (spaces: number): string => `Rotate the password${' '.repeat(spaces)}(see vault).`;

describe('pathological plan lines', () => {
  it('a plan line of 6,000 spaces at base and 12,000 at head: the verdict comes at once', async () => {
    const base = PLAN.replace('**Impact:**', `${stallingLine(6_000)}\n\n**Impact:**`);
    const head = PLAN.replace('**Impact:**', `${stallingLine(12_000)}\n\n**Impact:**`);
    const pr = pullRequestFixture({ baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': base }, headFiles: { 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': head } });
    const started = performance.now();
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { comment: 'false' } });
    const seconds = (performance.now() - started) / 1000;
    expect(run.outputs.verdict, run.stdout + run.stderr).toBe('fail');
    expect(JSON.parse(run.outputs['new-gaps']!)).toEqual(['redis']);
    expect(seconds).toBeLessThan(30);
  }, 120_000);
});
