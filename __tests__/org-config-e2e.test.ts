import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRepository } from '../src/check/pipeline.js';
import { parseOrgConfigRef, resolveConfig } from '../src/config/org.js';
import { parseConfigFile } from '../src/config/file.js';
import { ConfigError, parseSettings } from '../src/config/schema.js';
import { runAction } from './helpers/action-runner.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, REPO_ROOT, tempDir } from './helpers/repo.js';

/**
 * Issue 14 point 4: one config for an organisation, `config: OWNER/REPO/PATH@REF`, read through
 * the REST contents API with `config-token`. The bundled dist/ runs as a runner runs it, on
 * real git repositories, against the local recording API.
 */

afterAll(cleanupTempDirs);
const api = useFakeGitHub();

const ORG_REF = 'acme/policy/paramedic/base.yml@v1';
const PLAN = [
  '# Disaster Recovery Plan',
  '',
  '## Scenario: PostgreSQL primary unavailable',
  '',
  '**Impact:** Orders fail.',
  '',
  '1. Fail over: `aws rds reboot-db-instance --force-failover --db-instance-identifier "$ID"`.',
  '2. Verify: `psql "$DATABASE_URL" -c "select 1"`.',
  '',
].join('\n');
const pkg = (deps: Record<string, string>): string => JSON.stringify({ name: 'shop', dependencies: deps }, null, 2) + '\n';

/**
 * An origin whose main already uses Redis without a scenario (an existing gap), a pull request
 * that only edits the README, and a depth-1 clone of its head as actions/checkout makes.
 */
function pullRequest(baseExtra: Record<string, string> = {}): { workspace: string; payload: unknown } {
  const origin = makeRepo({ 'package.json': pkg({ pg: '^8.13.0', ioredis: '^5.4.1' }), 'DISASTER_RECOVERY.md': PLAN, 'README.md': '# shop\n', ...baseExtra });
  const base = gitIn(origin, 'rev-parse', 'HEAD').trim();
  gitIn(origin, 'checkout', '-q', '-b', 'feature');
  const head = commit(origin, { 'README.md': '# shop\n\nNow with a README.\n' }, 'docs');
  gitIn(origin, 'checkout', '-q', 'main');
  const workspace = path.join(tempDir(), 'ws');
  gitIn(path.dirname(workspace), 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, workspace);
  const repo = { full_name: 'acme/shop' };
  return {
    workspace,
    payload: {
      number: 3,
      pull_request: { number: 3, base: { ref: 'main', sha: base, repo }, head: { ref: 'feature', sha: head, repo } },
      repository: { full_name: 'acme/shop', default_branch: 'main' },
    },
  };
}

/** The organisation's policy in a private repository only `org-reader` can read. */
function publishPolicy(text: string): void {
  api.current.contents.set('acme/policy/paramedic/base.yml@v1', text);
  api.current.privateRepos.set('acme/policy', 'org-reader');
}

async function check(repo: { workspace: string; payload: unknown }, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<Awaited<ReturnType<typeof runAction>>> {
  return runAction({ workspace: repo.workspace, eventName: 'pull_request', payload: repo.payload, apiUrl: api.current.url, inputs: { comment: 'never', ...inputs }, extraEnv });
}

describe('organisation config through the API (action, bundled dist/)', () => {
  it('applies the organisation policy: any-gap makes an existing gap fail a pull request that only edits the README', async () => {
    publishPolicy('fail-on: any-gap\n');
    const repo = pullRequest();
    const without = await check(repo, {});
    expect(without.code, without.stdout + without.stderr).toBe(0);
    expect(without.outputs.verdict).toBe('pass'); // new-gaps: the change touches no dependency

    const run = await check(repo, { config: ORG_REF, 'config-token': 'org-reader' });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(JSON.parse(run.outputs.gaps!)).toEqual(['redis']);
    // Read once, through the contents API, at the ref, with config-token (not the job token).
    const reads = api.current.requests.filter((r) => r.path === '/contents/paramedic%2Fbase.yml' || r.path === '/contents/paramedic/base.yml');
    expect(reads).toHaveLength(1);
    expect(reads[0]!.query.get('ref')).toBe('v1');
    expect(reads[0]!.authorization).toBe('token org-reader');
    // md() keeps `@v1` from reading as a mention (a word joiner after the @).
    expect(run.summary).toContain('Checked under the organisation config acme/policy/paramedic/base.yml@\u2060v1');
    // The token is masked first, and never printed otherwise.
    expect(run.stdout.split('\n')[0]).toBe('::add-mask::org-reader');
    expect(run.stdout.split('\n').slice(1).join('\n') + run.stderr).not.toContain('org-reader');
  });

  it("the repository's own file may tighten the policy: its fail-on-tier adds to what fails", async () => {
    publishPolicy('fail-on: any-gap\nfail-on-tier: 1\n');
    const loose = await check(pullRequest(), { config: ORG_REF, 'config-token': 'org-reader' });
    expect(loose.outputs.verdict, loose.stdout).toBe('warn'); // Redis is tier 2: outside the organisation's tier 1
    const tightened = await check(pullRequest({ '.github/paramedic.yml': 'fail-on-tier: 2\n' }), { config: ORG_REF, 'config-token': 'org-reader' });
    expect(tightened.code, tightened.stdout).toBe(1);
    expect(tightened.outputs.verdict).toBe('fail');
  });

  it("a repository file that tries to loosen the policy is refused with its file:line, and the run fails", async () => {
    publishPolicy('fail-on: any-gap\nfail-on-confidence: likely\n');
    const repo = pullRequest({ '.github/paramedic.yml': 'draft: off\nfail-on: never\nexclude: ["**"]\n' });
    const run = await check(repo, { config: ORG_REF, 'config-token': 'org-reader' });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBeUndefined(); // no verdict at all: never a pass
    const failure = run.stdout.split('\n').find((l) => l.startsWith('::error::'))!;
    expect(failure).toContain(
      '.github/paramedic.yml:2: fail-on: never is looser than the organisation\'s any-gap (allowed: any-gap); a repository\'s config, inputs and flags may only tighten the organisation config acme/policy/paramedic/base.yml@v1',
    );
    expect(failure).toContain('.github/paramedic.yml:3: exclude: "**" would leave out files the organisation checks');
  });

  it('an input that tries to loosen the policy is refused, naming the input', async () => {
    publishPolicy('fail-on: any-gap\n');
    const run = await check(pullRequest(), { config: ORG_REF, 'config-token': 'org-reader', 'fail-on': 'new-gaps' });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBeUndefined();
    expect(run.stdout).toContain('input "fail-on": fail-on: new-gaps is looser than the organisation\'s any-gap');
  });

  it('fails loudly when the policy cannot be read: a missing file, a token that cannot see the private repository, a refused token, no network', async () => {
    const repo = pullRequest();
    const cases: Array<{ setup: () => void; inputs: Record<string, string>; env?: Record<string, string>; apiUrl?: string; message: RegExp }> = [
      { setup: () => api.current.contents.clear(), inputs: { config: ORG_REF, 'config-token': 'org-reader' }, message: /config acme\/policy\/paramedic\/base\.yml@v1: not found \(404\): check that paramedic\/base\.yml exists at v1 in acme\/policy/ },
      // No config-token: the job token cannot see a private repository, and GitHub says 404.
      { setup: () => publishPolicy('fail-on: any-gap\n'), inputs: { config: ORG_REF }, message: /not found \(404\).*`config-token` needs `contents: read` on acme\/policy/ },
      { setup: () => api.current.faults.set('GET /contents/paramedic%2Fbase.yml', { status: 401 }), inputs: { config: ORG_REF, 'config-token': 'expired' }, message: /the token was refused \(401\): check `config-token`/ },
      { setup: () => undefined, inputs: { config: ORG_REF, 'config-token': 'org-reader' }, apiUrl: 'http://127.0.0.1:9', env: { PARAMEDIC_API_TIMEOUT_MS: '400' }, message: /config acme\/policy\/paramedic\/base\.yml@v1: could not be fetched: .*GitHub's API at 127\.0\.0\.1:9/ },
    ];
    for (const c of cases) {
      api.current.faults.clear();
      c.setup();
      const run = await runAction({ workspace: repo.workspace, eventName: 'pull_request', payload: repo.payload, apiUrl: c.apiUrl ?? api.current.url, inputs: { comment: 'never', ...c.inputs }, extraEnv: c.env ?? {} });
      expect(run.code, run.stdout).toBe(1);
      expect(run.outputs.verdict).toBeUndefined();
      expect(run.stdout).toMatch(c.message);
    }
  });

  it('the bundled CLI reads it too, with PARAMEDIC_CONFIG_TOKEN, and refuses a loosening flag (exit 2)', async () => {
    publishPolicy('fail-on: any-gap\n');
    const dir = makeRepo({ 'package.json': pkg({ ioredis: '^5.4.1' }), 'DISASTER_RECOVERY.md': PLAN });
    const cli = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
      new Promise((resolve) => {
        const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, GITHUB_API_URL: api.current.url, PARAMEDIC_CONFIG_TOKEN: 'org-reader' };
        execFile(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), ...args], { env }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
      });
    const run = await cli('check', dir, '--config', ORG_REF);
    expect(run.code, run.stderr).toBe(1); // any-gap: the uncovered Redis fails
    expect(run.stdout).toMatch(/^FAIL /);
    expect(api.current.requests.at(-1)?.authorization).toBe('token org-reader');
    const loose = await cli('check', dir, '--config', ORG_REF, '--fail-on', 'never');
    expect(loose.code).toBe(2);
    expect(loose.stderr).toContain("paramedic: --fail-on: fail-on: never is looser than the organisation's any-gap");
  });

  it('a mistake in the organisation config names the organisation file and its line', async () => {
    publishPolicy('fail-on: any-gap\nfail-on-categories: [database, kv]\n');
    const run = await check(pullRequest(), { config: ORG_REF, 'config-token': 'org-reader' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('acme/policy/paramedic/base.yml@v1:2: fail-on-categories[1]: unknown category \\"kv\\"'.replace(/\\"/g, '"'));
  });
});

describe('what a repository may change under an organisation config', () => {
  const org = { label: ORG_REF, settings: parseConfigFile('fail-on: new-gaps\nfail-on-categories: [database]\naccept: [redis]\nexclude: [vendor/**]\nlint: { vague-steps: warning }\n', ORG_REF) };
  const problems = (fn: () => unknown): string[] => {
    try {
      fn();
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    return [];
  };

  it('tightens: stricter ranks win, lists join, and the reporting settings stay the repository’s', () => {
    const local = parseConfigFile('fail-on: any-gap\nfail-on-confidence: possible\nfail-on-categories: [cache]\naccept: [stripe]\nexclude: [vendor/**]\ndraft: off\nlint: { vague-steps: error }\n', '.github/paramedic.yml');
    const config = resolveConfig(org, local);
    expect(config).toMatchObject({ failOn: 'any-gap', failOnConfidence: 'possible', failOnCategories: ['database', 'cache'], accept: ['redis', 'stripe'], exclude: ['vendor/**'], draft: 'off', lint: { 'vague-steps': 'error' } });
  });

  it('refuses every loosening at its own line', () => {
    const local = parseConfigFile(
      ['fail-on: never', 'fail-on-confidence: confirmed', 'fail-on-findings: never', 'accept-drafts: true', 'stale-after-days: 400', 'rules: .github/rules', 'lint: { vague-steps: notice, markdownlint: off }', ''].join('\n'),
      '.github/paramedic.yml',
    );
    const found = problems(() => resolveConfig(org, local));
    expect(found.map((p) => p.split(': ').slice(0, 2).join(': '))).toEqual([
      '.github/paramedic.yml:1: fail-on',
      '.github/paramedic.yml:2: fail-on-confidence',
      '.github/paramedic.yml:3: fail-on-findings',
      '.github/paramedic.yml:5: stale-after-days',
      '.github/paramedic.yml:4: accept-drafts',
      '.github/paramedic.yml:7: lint',
      '.github/paramedic.yml:7: lint',
      '.github/paramedic.yml:6: rules',
    ]);
    expect(found[0]).toBe(".github/paramedic.yml:1: fail-on: never is looser than the organisation's new-gaps (allowed: new-gaps or any-gap); a repository's config, inputs and flags may only tighten the organisation config acme/policy/paramedic/base.yml@v1");
  });

  it("a repository's own ignore entry needs until and owner; then it joins the organisation's", () => {
    const open = parseConfigFile('ignore:\n  - id: redis\n    reason: cache only\n', '.github/paramedic.yml');
    expect(problems(() => resolveConfig(org, open))).toEqual([
      '.github/paramedic.yml:2: ignore: the entry for "redis" needs `until:` and `owner:` under the organisation config acme/policy/paramedic/base.yml@v1: an exception a repository grants itself must end and name who answers for it',
    ]);
    const owned = parseConfigFile('ignore:\n  - id: redis\n    reason: cache only\n    until: 2027-03-31\n    owner: "@acme/cache"\n', '.github/paramedic.yml');
    expect(resolveConfig(org, owned).ignore.map((e) => [e.id, e.until, e.owner])).toEqual([['redis', '2027-03-31', '@acme/cache']]);
  });

  it('a sweep reads the working tree’s file under the same rule', async () => {
    const policy = { label: ORG_REF, settings: parseConfigFile('fail-on: any-gap\n', ORG_REF) };
    const loose = makeRepo({ 'package.json': pkg({ ioredis: '^5.4.1' }), 'DISASTER_RECOVERY.md': PLAN, '.github/paramedic.yml': 'fail-on: never\n' });
    await expect(checkRepository(loose, { orgConfig: policy })).rejects.toThrow(/^\.github\/paramedic\.yml:1: fail-on: never is looser than the organisation's any-gap/);
    const strict = makeRepo({ 'package.json': pkg({ ioredis: '^5.4.1' }), 'DISASTER_RECOVERY.md': PLAN });
    const { report } = await checkRepository(strict, { orgConfig: policy });
    expect(report.verdict).toBe('fail');
    expect(report.notices[0]).toEqual({ kind: 'org-config', message: `Checked under the organisation config ${ORG_REF}; this repository's config, inputs and flags may only tighten it.` });
  });

  it('flags are checked like the file, and name themselves', () => {
    const flags = parseSettings({ 'fail-on-tier': '1' }, (key) => `--${key}`);
    expect(problems(() => resolveConfig({ label: ORG_REF, settings: parseConfigFile('fail-on-tier: 2\n', ORG_REF) }, {}, flags))).toEqual([
      "--fail-on-tier: fail-on-tier: 1 fails on fewer tiers than the organisation's 2; a repository's config, inputs and flags may only tighten the organisation config acme/policy/paramedic/base.yml@v1",
    ]);
  });

  it('tells an organisation reference from a local path', () => {
    expect(parseOrgConfigRef('acme/policy/paramedic/base.yml@v1')).toEqual({ owner: 'acme', repo: 'policy', path: 'paramedic/base.yml', ref: 'v1' });
    expect(parseOrgConfigRef('acme/.github/paramedic.yml@0123456789abcdef0123456789abcdef01234567')).toMatchObject({ repo: '.github', ref: '0123456789abcdef0123456789abcdef01234567' });
    for (const local of ['.github/paramedic.yml', './configs/a/b@2.yml', 'acme/policy@v1', 'acme/policy/../x.yml@v1', '/etc/paramedic.yml@v1', 'acme/policy/x.yml@']) expect(parseOrgConfigRef(local), local).toBeUndefined();
  });
});
