import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOutputFile } from './helpers/action-runner.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { apiRepository } from './helpers/org.js';
import { cleanupTempDirs, REPO_ROOT, tempDir } from './helpers/repo.js';

// `paramedic org list|matrix` from the built bundle against the recording API: the listing,
// its pagination, the filters, the batches under GitHub's 256-job matrix limit, rate limits.

afterAll(cleanupTempDirs);
const api = useFakeGitHub();
const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', GITHUB_API_URL: api.current.url, PARAMEDIC_TOKEN: 'org-token', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr })));
}

/** n repositories named svc-001..., in a shuffled order (the API's order is not the name order). */
function noise(n: number): Array<Record<string, unknown>> {
  const repos = Array.from({ length: n }, (_, i) => apiRepository(`svc-${String(i + 1).padStart(3, '0')}`));
  return repos.map((r, i) => [r, (i * 7919) % n] as const).sort((a, b) => a[1] - b[1]).map(([r]) => r);
}

describe('paramedic org list', () => {
  it('follows the Link header through every page and applies the filters, counting what each one left out', async () => {
    api.current.orgRepos.set('acme', [
      ...noise(230),
      apiRepository('shop', { topics: ['dr-sweep', 'payments'] }),
      apiRepository('billing', { topics: ['DR-Sweep'] }),
      apiRepository('old-shop', { topics: ['dr-sweep'], archived: true }),
      apiRepository('shop-fork', { topics: ['dr-sweep'], fork: true }),
      apiRepository('shop-sandbox', { topics: ['dr-sweep'] }),
      apiRepository('ledger', { topics: ['dr-sweep'] }),
    ]);
    const { code, stdout, stderr } = await cli(['org', 'list', 'acme', '--topic', 'dr-sweep', '--name', '*shop*,billing,ledger', '--name', '!*-sandbox', '--limit', '2', '--json']);
    expect(stderr).toContain('acme: 236 repositories listed, 2 kept (left out: 1 archived, 1 forks, 230 by topic, 1 by name, 1 over the limit)');
    expect(code).toBe(0);
    const listing = JSON.parse(stdout);
    // Name order, then the limit: billing and ledger, not shop.
    expect(listing.repositories.map((r: { fullName: string }) => r.fullName)).toEqual(['acme/billing', 'acme/ledger']);
    expect(listing.repositories[0]).toEqual({
      fullName: 'acme/billing',
      name: 'billing',
      url: 'https://github.com/acme/billing',
      defaultBranch: 'main',
      archived: false,
      fork: false,
      visibility: 'private',
      topics: ['DR-Sweep'],
      pushedAt: '2026-11-01T00:00:00Z',
      sizeKb: 120,
    });
    expect(listing).toMatchObject({ kind: 'paramedic-org-repositories', version: 1, organisation: 'acme', listed: 236 });
    // Three pages of 100, each asked for with the token.
    const pages = api.current.calls('GET /orgs/acme/repos');
    expect(pages.map((r) => [r.query.get('per_page'), r.query.get('page'), r.query.get('type')])).toEqual([
      ['100', null, 'all'],
      ['100', '2', 'all'],
      ['100', '3', 'all'],
    ]);
  });

  it('includes archived repositories and forks, or only them, when asked', async () => {
    api.current.orgRepos.set('acme', [apiRepository('a'), apiRepository('b', { archived: true }), apiRepository('c', { fork: true }), apiRepository('d', { archived: true, fork: true })]);
    const names = async (...flags: string[]): Promise<string[]> => JSON.parse((await cli(['org', 'list', 'acme', '--json', ...flags])).stdout).repositories.map((r: { name: string }) => r.name);
    expect(await names()).toEqual(['a']);
    expect(await names('--archived', 'include')).toEqual(['a', 'b']);
    expect(await names('--archived', 'only', '--forks', 'include')).toEqual(['b', 'd']);
    expect(await names('--forks', 'only', '--archived', 'include')).toEqual(['c', 'd']);
  });

  it('fails loudly on an organisation it cannot list, and on a bad filter', async () => {
    const missing = await cli(['org', 'list', 'nobody']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('could not list the repositories of nobody: no such organisation, or the token cannot see it (404)');
    const bad = await cli(['org', 'list', 'acme', '--archived', 'sometimes']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--archived must be exclude, include or only (got "sometimes")');
  });
});

describe('paramedic org matrix', () => {
  it('prints the matrix JSON: one repository a job while they fit, batches of equal size within one when --max-jobs is smaller', async () => {
    api.current.orgRepos.set('acme', ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => apiRepository(n)));
    const one = await cli(['org', 'matrix', 'acme']);
    expect(JSON.parse(one.stdout).include).toHaveLength(7);
    expect(JSON.parse(one.stdout).include[0]).toEqual({ batch: '1', repositories: ['acme/a'] });

    const dir = tempDir();
    const outputs = path.join(dir, 'github-output');
    const three = await cli(['org', 'matrix', 'acme', '--max-jobs', '3', '--listing', path.join(dir, 'listing', 'repositories.json'), '--github-output', outputs]);
    expect(three.code).toBe(0);
    expect(three.stdout).toBe(
      '{"include":[{"batch":"1","repositories":["acme/a","acme/b","acme/c"]},{"batch":"2","repositories":["acme/d","acme/e"]},{"batch":"3","repositories":["acme/f","acme/g"]}]}\n',
    );
    expect(three.stderr).toContain('7 repositories in 3 jobs of up to 3');
    expect(parseOutputFile(readFileSync(outputs, 'utf8'))).toEqual({ matrix: three.stdout.trim(), repositories: '7', jobs: '3' });
    const listing = JSON.parse(readFileSync(path.join(dir, 'listing', 'repositories.json'), 'utf8'));
    expect(listing.repositories.map((r: { name: string }) => r.name)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);

    const perJob = await cli(['org', 'matrix', 'acme', '--per-job', '4']);
    expect(JSON.parse(perJob.stdout).include.map((b: { repositories: string[] }) => b.repositories.length)).toEqual([4, 3]);
  });

  it('keeps 1,000 repositories under the 256-job limit: 250 jobs of 4, each repository in exactly one', async () => {
    api.current.orgRepos.set('acme', noise(1000));
    const { code, stdout } = await cli(['org', 'matrix', 'acme']);
    expect(code).toBe(0);
    const include = JSON.parse(stdout).include as Array<{ batch: string; repositories: string[] }>;
    expect(include).toHaveLength(250);
    expect(new Set(include.map((b) => b.repositories.length))).toEqual(new Set([4]));
    expect(include[0]).toEqual({ batch: '001', repositories: ['acme/svc-001', 'acme/svc-002', 'acme/svc-003', 'acme/svc-004'] });
    expect(include.at(-1)!.batch).toBe('250');
    const all = include.flatMap((b) => b.repositories);
    expect(all).toHaveLength(1000);
    expect(new Set(all).size).toBe(1000);
    expect(api.current.calls('GET /orgs/acme/repos')).toHaveLength(10);
    // 257 repositories: 2 a job at most, so 129 jobs.
    api.current.orgRepos.set('acme', noise(257));
    const odd = JSON.parse((await cli(['org', 'matrix', 'acme'])).stdout).include as Array<{ repositories: string[] }>;
    expect(odd).toHaveLength(129);
    expect(Math.max(...odd.map((b) => b.repositories.length))).toBe(2);
    // More than 256 jobs cannot be asked for.
    const tooMany = await cli(['org', 'matrix', 'acme', '--max-jobs', '300']);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain("--max-jobs must be between 1 and 256 (GitHub's matrix limit)");
  });

  it('an empty selection is an empty matrix with jobs=0, not an error', async () => {
    api.current.orgRepos.set('acme', [apiRepository('a')]);
    const dir = tempDir();
    const { code, stdout } = await cli(['org', 'matrix', 'acme', '--topic', 'none-has-it', '--github-output', path.join(dir, 'out')]);
    expect(code).toBe(0);
    expect(stdout).toBe('{"include":[]}\n');
    expect(parseOutputFile(readFileSync(path.join(dir, 'out'), 'utf8'))).toMatchObject({ repositories: '0', jobs: '0' });
  });
});

describe('rate limits', () => {
  it('waits for the primary limit to reset, then goes on from the page it was refused', async () => {
    api.current.orgRepos.set('acme', noise(150));
    const reset = String(Math.floor(Date.now() / 1000) + 2);
    api.current.faults.set('GET /orgs/acme/repos', { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '5000', 'x-ratelimit-reset': reset }, times: 1 });
    const { code, stdout, stderr } = await cli(['org', 'matrix', 'acme']);
    expect(stderr).toMatch(/rate limited \(403\); waiting [1-3] s before retrying/);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).include).toHaveLength(150);
    expect(api.current.calls('GET /orgs/acme/repos')).toHaveLength(3); // refused, page 1, page 2
    expect(stderr).toMatch(/API rate limit: \d+ of 5000 requests left/);
  });

  it('waits as long as a secondary limit says (retry-after)', async () => {
    api.current.orgRepos.set('acme', noise(5));
    api.current.faults.set('GET /orgs/acme/repos', { status: 429, headers: { 'retry-after': '1' }, times: 1 });
    const { code, stderr } = await cli(['org', 'list', 'acme']);
    expect(stderr).toContain('rate limited (429); waiting 1 s before retrying');
    expect(code).toBe(0);
  });

  it('fails, saying so, when the limit resets later than --max-wait: a partial listing would drop repositories', async () => {
    api.current.orgRepos.set('acme', noise(5));
    api.current.faults.set('GET /orgs/acme/repos', { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3000) } });
    const { code, stdout, stderr } = await cli(['org', 'matrix', 'acme', '--max-wait', '5']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/the API rate limit allows the next request in \d+ s, more than --max-wait 5 s/);
  });
});
