import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHttpServer } from './helpers/git-http.js';
import { publish } from './helpers/org.js';
import { cleanupTempDirs, REPO_ROOT, tempDir } from './helpers/repo.js';

// `paramedic org sweep` from the built bundle: real clones over smart HTTP (git http-backend
// behind a token, as github.com is), the real check, one envelope per repository whatever
// happened to it.

afterAll(cleanupTempDirs);
const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const TOKEN = 'ghs_sweeptoken1234567890';

const PLAN = [
  '# Disaster Recovery Plan',
  '',
  'Last Updated: 2020-01-15',
  '',
  '## Scenario: PostgreSQL primary unavailable',
  '',
  '**Impact:** Orders fail.',
  '',
  '1. Fail over: `aws rds reboot-db-instance --force-failover --db-instance-identifier "$ID"`.',
  '',
].join('\n');

function sweepCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr })));
}

let server: GitHttpServer;
let root: string;
beforeEach(async () => {
  root = tempDir('paramedic-git-server-');
  server = new GitHttpServer(root, TOKEN);
  await server.start();
});
afterEach(async () => {
  await server.stop();
});

function envelopes(dir: string): Record<string, Record<string, unknown>> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, JSON.parse(readFileSync(path.join(dir, f), 'utf8'))]));
}

describe('paramedic org sweep', () => {
  it('clones each repository with the token in a header, checks it, and wraps the report with who, which commit and where the plan is', async () => {
    const sha = publish(root, 'acme/shop', { 'package.json': '{"dependencies":{"pg":"8","ioredis":"5"}}', 'DISASTER_RECOVERY.md': PLAN })!;
    const out = tempDir();
    const run = await sweepCli(['org', 'sweep', 'acme/shop', '--out', out, '--server-url', server.url], { PARAMEDIC_TOKEN: TOKEN });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`1 of 1 repositories checked; reports in ${out}\n`);
    expect(run.stderr).toContain('acme/shop: checked, 1/2 critical services covered (50%)');
    const env = envelopes(out)['acme__shop.json']!;
    expect(env).toMatchObject({
      kind: 'paramedic-sweep-result',
      version: 1,
      repository: { fullName: 'acme/shop', url: `${server.url}/acme/shop`, defaultBranch: 'main', commit: sha },
      status: 'checked',
      plan: { path: 'DISASTER_RECOVERY.md', url: `${server.url}/acme/shop/blob/${sha}/DISASTER_RECOVERY.md` },
    });
    expect(env.reason).toBeUndefined();
    // The report is the `paramedic check --json` contract of that commit, unchanged.
    const report = env.report as { mode: string; gaps: string[]; coverage: unknown; findings: Array<{ rule: string; line: number }> };
    expect(report.mode).toBe('sweep');
    expect(report.gaps).toEqual(['redis']);
    expect(report.coverage).toEqual({ covered: 1, total: 2, percent: 50 });
    expect(report.findings.find((f) => f.rule === 'stale-plan')).toMatchObject({ line: 3 });
    // Every request carried the token, and the token is nowhere in what the sweep wrote or said.
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests.every((r) => r.authorized && r.repository === 'acme/shop')).toBe(true);
    expect(JSON.stringify(env) + run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('lists every repository it could not check, with the reason: no access, not found, empty, timed out, bad config', async () => {
    publish(root, 'acme/shop', { 'package.json': '{"dependencies":{"pg":"8"}}', 'DISASTER_RECOVERY.md': PLAN });
    publish(root, 'acme/locked', { 'package.json': '{}' });
    server.denied.add('acme/locked');
    publish(root, 'acme/hollow', null);
    publish(root, 'acme/slow', { 'package.json': '{}' });
    server.stalled.add('acme/slow');
    publish(root, 'acme/misconfigured', { 'package.json': '{"dependencies":{"pg":"8"}}', '.github/paramedic.yml': 'fail-on: sometimes\n' });
    const out = tempDir();
    const started = Date.now();
    const run = await sweepCli(
      ['org', 'sweep', '--repositories', JSON.stringify(['acme/locked', 'acme/ghost', 'acme/hollow', 'acme/slow', 'acme/misconfigured', 'acme/shop', 'acme/../../etc']), '--out', out, '--server-url', server.url, '--timeout-minutes', '0.1'],
      { PARAMEDIC_TOKEN: TOKEN },
    );
    expect(run.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(40_000); // the stalled clone ended at its 6 s deadline
    expect(run.stdout).toContain('1 of 7 repositories checked');
    const all = envelopes(out);
    const status = Object.fromEntries(Object.values(all).map((e) => [(e.repository as { fullName: string }).fullName, [e.status, e.reason]]));
    expect(status['acme/shop']).toEqual(['checked', undefined]);
    expect(status['acme/locked']![0]).toBe('no-access');
    expect(status['acme/locked']![1]).toMatch(/^git clone failed: .*403/);
    expect(status['acme/ghost']![0]).toBe('no-access');
    expect(status['acme/ghost']![1]).toMatch(/not found/i);
    expect(status['acme/hollow']).toEqual(['empty', 'the repository has no commits']);
    expect(status['acme/slow']).toEqual(['timeout', 'not cloned within 6 s']);
    expect(status['acme/misconfigured']![0]).toBe('error');
    expect(status['acme/misconfigured']![1]).toMatch(/^paramedic check exited 2: .*fail-on/);
    expect(status['acme/../../etc']).toEqual(['error', 'not a repository name (owner/name)']);
    expect(Object.keys(all).sort()).toEqual(['acme__.._.._etc.json', 'acme__ghost.json', 'acme__hollow.json', 'acme__locked.json', 'acme__misconfigured.json', 'acme__shop.json', 'acme__slow.json']);
    expect(JSON.stringify(all) + run.stderr).not.toContain(TOKEN);
  }, 90_000);

  it('a wrong token is no access for every repository, not a crash', async () => {
    publish(root, 'acme/shop', { 'package.json': '{}' });
    const out = tempDir();
    const run = await sweepCli(['org', 'sweep', 'acme/shop', '--out', out, '--server-url', server.url], { PARAMEDIC_TOKEN: 'wrong' });
    expect(run.code).toBe(0);
    const env = envelopes(out)['acme__shop.json']!;
    expect(env.status).toBe('no-access');
    expect(server.requests.some((r) => r.authorized)).toBe(false);
  });

  it('is misused without --out or names', async () => {
    expect((await sweepCli(['org', 'sweep', 'acme/shop'])).code).toBe(2);
    const noNames = await sweepCli(['org', 'sweep', '--out', tempDir()]);
    expect(noNames.code).toBe(2);
    expect(noNames.stderr).toContain('org sweep needs repository names');
    const badJson = await sweepCli(['org', 'sweep', '--out', tempDir(), '--repositories', '{"a":1}']);
    expect(badJson.stderr).toContain('--repositories must be a JSON array of owner/name strings');
  });
});
