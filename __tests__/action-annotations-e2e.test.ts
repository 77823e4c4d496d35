import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action-runner.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, tempDir } from './helpers/repo.js';

/**
 * GitHub shows 10 error, 10 warning and 10 notice annotations per step and drops the rest
 * silently. The committed bundle, run as a runner runs it, must spend that budget on what
 * matters (gaps, then findings the change caused, then parse warnings) and say what it left out.
 */

const PLAN = [
  '# Disaster Recovery Plan',
  '',
  '## Scenario: PostgreSQL primary unavailable',
  '',
  '**Impact:** Checkout fails.',
  '',
  '1. Check the instance: `aws rds describe-db-instances --db-instance-identifier "$DB_INSTANCE_ID"`.',
  '2. Fail over: `aws rds reboot-db-instance --db-instance-identifier "$DB_INSTANCE_ID" --force-failover`.',
  '3. Verify: `psql "$DATABASE_URL" -c "select 1"`.',
  '',
].join('\n');

const NEW_DEPENDENCIES = [
  '"ioredis": "^5.4.1"',
  '"stripe": "^17.0.0"',
  '"@aws-sdk/client-s3": "^3.0.0"',
  '"mongodb": "^6.0.0"',
  '"kafkajs": "^2.2.4"',
  '"@sendgrid/mail": "^8.0.0"',
  '"twilio": "^5.0.0"',
  '"openai": "^4.0.0"',
  '"@pinecone-database/pinecone": "^3.0.0"',
  '"@elastic/elasticsearch": "^8.0.0"',
  '"amqplib": "^0.10.0"',
];

const pkg = (deps: string[]): string => `{\n  "name": "shop",\n  "dependencies": {\n${['"pg": "^8.13.0"', ...deps].map((d) => `    ${d}`).join(',\n')}\n  }\n}\n`;

const api = new FakeGitHub();
beforeAll(async () => {
  await api.start();
});
afterAll(async () => {
  await api.stop();
  cleanupTempDirs();
});

/** A pull request that adds 11 uncovered services, 12 broken manifests and a plan edit with a vague scenario. */
function noisyPullRequest(): { workspace: string; payload: unknown } {
  const origin = makeRepo({ 'package.json': pkg([]), 'DISASTER_RECOVERY.md': PLAN });
  const base = gitIn(origin, 'rev-parse', 'HEAD').trim();
  gitIn(origin, 'checkout', '-q', '-b', 'feature');
  const broken: Record<string, string> = {};
  for (let i = 1; i <= 12; i++) broken[`services/svc${String(i).padStart(2, '0')}/package.json`] = '{ "name": "svc", "dependencies": {\n';
  const head = commit(origin, {
    'package.json': pkg(NEW_DEPENDENCIES),
    ...broken,
    'DISASTER_RECOVERY.md': PLAN + ['## Scenario: Search cluster down', '', '**Impact:** Search is empty.', '', 'We would look into it.', ''].join('\n'),
  });
  gitIn(origin, 'checkout', '-q', 'main');
  const workspace = path.join(tempDir(), 'ws');
  gitIn(path.dirname(workspace), 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, workspace);
  const repo = { full_name: 'acme/shop' };
  return {
    workspace,
    payload: { number: 7, pull_request: { number: 7, base: { ref: 'main', sha: base, repo }, head: { ref: 'feature', sha: head, repo } }, repository: { full_name: 'acme/shop', default_branch: 'main' } },
  };
}

describe('the annotation budget', () => {
  it('writes gaps first, then findings the change caused, then parse warnings, and one "N more" line per level past 10', async () => {
    const pr = noisyPullRequest();
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.url, inputs: { comment: 'never' } });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    const warnings = run.annotations.filter((a) => a.level === 'warning');
    // Never more than GitHub shows: whatever is past it would vanish without a word.
    expect(errors.length).toBe(10);
    expect(warnings.length).toBeLessThanOrEqual(10);

    // 11 gaps: 8 fit beside the "more" line and the failure line.
    expect(errors.slice(0, 8).every((a) => a.file === 'package.json' && /is a critical dependency with no scenario/.test(a.message))).toBe(true);
    expect(errors[8]!.message).toBe('3 more errors in the job summary (GitHub shows 10 errors per step)');
    expect(errors[8]!.file).toBeUndefined();
    expect(errors[9]!.message).toMatch(/^FAIL: 11 new critical dependencies without a recovery scenario/);

    // The plan edit's own findings come before any parse warning.
    const kinds = warnings.map((a) => (a.file === 'DISASTER_RECOVERY.md' ? 'caused' : a.file?.startsWith('services/') ? 'parse' : a.file ? 'other' : 'more'));
    const caused = kinds.filter((k) => k === 'caused').length;
    expect(caused).toBeGreaterThanOrEqual(2);
    expect(kinds.slice(0, caused)).toEqual(Array(caused).fill('caused'));
    expect(kinds.slice(caused, -1).every((k) => k === 'parse')).toBe(true);
    const more = warnings.at(-1)!;
    const shownParse = kinds.filter((k) => k === 'parse').length;
    expect(more.message).toBe(`${12 - shownParse} more warnings in the job summary (GitHub shows 10 warnings per step)`);

    // What did not fit is named in the job summary and in the log, so nothing is lost.
    expect(run.summary).toMatch(new RegExp(`<summary>${3 + 12 - shownParse} more annotations than GitHub shows per step</summary>`));
    expect(run.summary).toContain('services/svc12/package.json:2: invalid JSON');
    expect(run.stdout).toMatch(/^not annotated \(warning\): services\/svc12\/package\.json:2: invalid JSON/m);
    expect((run.stdout.match(/^not annotated \(error\): package\.json:\d+: /gm) ?? []).length).toBe(3);
  });

  it('a quiet run writes every annotation and no "more" line', async () => {
    const origin = makeRepo({ 'package.json': pkg([]), 'DISASTER_RECOVERY.md': PLAN });
    const base = gitIn(origin, 'rev-parse', 'HEAD').trim();
    gitIn(origin, 'checkout', '-q', '-b', 'feature');
    const head = commit(origin, { 'package.json': pkg(NEW_DEPENDENCIES.slice(0, 2)), 'services/a/package.json': '{\n' });
    gitIn(origin, 'checkout', '-q', 'main');
    const workspace = path.join(tempDir(), 'ws');
    gitIn(path.dirname(workspace), 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, workspace);
    const repo = { full_name: 'acme/shop' };
    const payload = { number: 8, pull_request: { number: 8, base: { ref: 'main', sha: base, repo }, head: { ref: 'feature', sha: head, repo } }, repository: { full_name: 'acme/shop', default_branch: 'main' } };
    const run = await runAction({ workspace, eventName: 'pull_request', payload, apiUrl: api.url, inputs: { comment: 'never' } });
    expect(run.annotations.map((a) => [a.level, a.file ?? ''])).toEqual([
      ['error', 'package.json'],
      ['error', 'package.json'],
      ['warning', 'services/a/package.json'],
      // The failure line, written last.
      ['error', ''],
    ]);
    expect(run.stdout).not.toMatch(/more (errors|warnings) in the job summary/);
    expect(run.summary).not.toMatch(/than GitHub shows per step/);
  });
});
