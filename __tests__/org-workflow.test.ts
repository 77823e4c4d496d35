import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { useFakeGitHub } from './helpers/fake-github.js';
import { GitHttpServer } from './helpers/git-http.js';
import { apiRepository, publish } from './helpers/org.js';
import { cleanupTempDirs, REPO_ROOT, tempDir } from './helpers/repo.js';
import { runWorkflow, workflowErrors } from './helpers/workflow-runner.js';

// The reusable workflow, end to end: its jobs run here as a runner would run them (GitHub's
// expression engine, bash, job outputs, a matrix from JSON, artifacts), against the recording
// API for the listing and a real git server for the clones.

afterAll(cleanupTempDirs);
const api = useFakeGitHub();
const WORKFLOW = path.join(REPO_ROOT, '.github', 'workflows', 'org-sweep.yml');
const TOKEN = 'ghs_orgsweeptoken0987654321';
const SELF = { repository: 'acme/paramedic-action', sha: '1111111111111111111111111111111111111111' };

/** The tags the brief pins, and their commits (checked against the mirrors when present). */
const PINS: Record<string, { version: string; sha: string; mirror: string }> = {
  'actions/checkout': { version: 'v7.0.1', sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', mirror: '/work/.mirror/actions+checkout/repo' },
  'actions/upload-artifact': { version: 'v7.0.0', sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', mirror: '/work/.mirror/actions+upload-artifact/repo' },
  'actions/download-artifact': { version: 'v8.0.1', sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', mirror: '/work/.mirror/actions+download-artifact/repo' },
};

const COVERED_PLAN = ['# Disaster Recovery Plan', '', '## Scenario: PostgreSQL primary unavailable', '', '**Impact:** Orders fail.', '', '1. Fail over: `aws rds reboot-db-instance --force-failover --db-instance-identifier "$ID"`.', ''].join('\n');
const STALE_PLAN = COVERED_PLAN.replace('# Disaster Recovery Plan\n', '# Disaster Recovery Plan\n\nLast Updated: 2020-01-15\n');

describe('the org-sweep workflow file', () => {
  const text = readFileSync(WORKFLOW, 'utf8');
  const doc = parseYaml(text) as { on: Record<string, unknown>; jobs: Record<string, { steps: Array<{ uses?: string; run?: string }> }> };

  it("is valid by GitHub's own workflow parser, and is a reusable workflow", async () => {
    expect(await workflowErrors(WORKFLOW)).toEqual([]);
    expect(Object.keys(doc.on)).toEqual(['workflow_call']);
  });

  it('pins every action to the full commit of its release, with the version in a comment', () => {
    const uses = [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThanOrEqual(7);
    for (const [, ref, comment] of uses) {
      const [action, sha] = ref!.split('@');
      const pin = PINS[action!];
      expect(pin, `${ref} is not one of the pinned actions`).toBeDefined();
      expect(sha).toBe(pin!.sha);
      expect(comment!.trim()).toBe(`# ${pin!.version}`);
    }
    for (const [action, pin] of Object.entries(PINS)) {
      if (!existsSync(pin.mirror)) continue;
      const tagged = execFileSync('git', ['-C', pin.mirror, 'rev-parse', `${pin.version}^{commit}`], { encoding: 'utf8' }).trim();
      expect(tagged, `${action} ${pin.version}`).toBe(pin.sha);
    }
  });

  it('never puts an expression inside a script: repository text reaches the shell only through env', () => {
    const scripts = Object.values(doc.jobs).flatMap((j) => j.steps.map((s) => s.run).filter((r): r is string => typeof r === 'string'));
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const script of scripts) expect(script).not.toContain('${{');
  });
});

describe('the org-sweep workflow, run', () => {
  let git: GitHttpServer;
  beforeEach(async () => {
    git = new GitHttpServer(tempDir('paramedic-git-server-'), TOKEN);
    await git.start();
  });
  afterEach(async () => {
    await git.stop();
  });

  it('lists the organisation across pages, batches it into a matrix, sweeps each batch and merges what came back, listing what did not', async () => {
    // 230 repositories on three pages; eight carry the topic, two of those are archived or forks.
    const tagged = ['api', 'billing', 'empty-one', 'ghost', 'locked', 'payments', 'zz-lost-1', 'zz-lost-2'];
    api.current.orgRepos.set('acme', [
      ...Array.from({ length: 220 }, (_, i) => apiRepository(`noise-${i}`)),
      ...tagged.map((n) => apiRepository(n, { topics: ['dr-sweep'] })),
      apiRepository('old', { topics: ['dr-sweep'], archived: true }),
      apiRepository('copy', { topics: ['dr-sweep'], fork: true }),
    ]);
    const root = git.root;
    publish(root, 'acme/api', { 'package.json': '{"dependencies":{"pg":"8"}}', 'DISASTER_RECOVERY.md': COVERED_PLAN });
    const billingSha = publish(root, 'acme/billing', { 'package.json': '{\n  "dependencies": {\n    "pg": "8",\n    "ioredis": "5"\n  }\n}\n', 'DISASTER_RECOVERY.md': STALE_PLAN });
    publish(root, 'acme/empty-one', null);
    publish(root, 'acme/locked', { 'package.json': '{}' });
    git.denied.add('acme/locked');
    publish(root, 'acme/payments', { 'package.json': '{"dependencies":{"stripe":"14"}}' });
    publish(root, 'acme/zz-lost-1', { 'package.json': '{}' });
    publish(root, 'acme/zz-lost-2', { 'package.json': '{}' });

    const run = await runWorkflow({
      file: WORKFLOW,
      inputs: { organisation: 'acme', topics: 'dr-sweep', 'max-jobs': 4, 'max-parallel': 3 },
      secrets: { token: TOKEN },
      env: { GITHUB_API_URL: api.current.url, GITHUB_SERVER_URL: git.url },
      workflowRepository: SELF.repository,
      workflowSha: SELF.sha,
      checkout: (inputs) => {
        // Paramedic itself, from the repository and commit the workflow file was read at.
        expect(inputs).toMatchObject({ repository: SELF.repository, ref: SELF.sha, path: '.paramedic', 'persist-credentials': 'false' });
        return REPO_ROOT;
      },
      // The fourth batch's runner is lost (a timeout, a cancellation): it leaves no artifact.
      interrupt: (job, matrix) => job === 'sweep' && (matrix as { batch: string }).batch === '4',
    });

    const [plan] = run.result('plan');
    expect(plan!.result, plan!.steps.map((s) => s.stderr).join('\n')).toBe('success');
    // The listing: three pages, read with the token's requests recorded by the fake API.
    expect(api.current.calls('GET /orgs/acme/repos').map((r) => r.query.get('page'))).toEqual([null, '2', '3']);
    // The generated matrix, as the sweep jobs received it.
    expect(JSON.parse(plan!.outputs.matrix!)).toEqual({
      include: [
        { batch: '1', repositories: ['acme/api', 'acme/billing'] },
        { batch: '2', repositories: ['acme/empty-one', 'acme/ghost'] },
        { batch: '3', repositories: ['acme/locked', 'acme/payments'] },
        { batch: '4', repositories: ['acme/zz-lost-1', 'acme/zz-lost-2'] },
      ],
    });
    expect(plan!.outputs).toMatchObject({ repositories: '8', jobs: '4' });

    const sweeps = run.result('sweep');
    expect(sweeps.map((j) => [j.name, j.result])).toEqual([
      ['Sweep batch 1', 'success'],
      ['Sweep batch 2', 'success'],
      ['Sweep batch 3', 'success'],
      ['Sweep batch 4', 'cancelled'],
    ]);
    expect(sweeps[0]!.strategy).toEqual({ 'max-parallel': 3, 'fail-fast': false });
    expect(sweeps[0]!.timeoutMinutes).toBe(120);
    expect([...run.artifacts.keys()].sort()).toEqual(['paramedic-dashboard', 'paramedic-org-repositories', 'paramedic-report-1', 'paramedic-report-2', 'paramedic-report-3']);

    const [merge] = run.result('merge');
    expect(merge!.result, merge!.steps.map((s) => s.stderr).join('\n')).toBe('success');
    const dashboard = run.artifacts.get('paramedic-dashboard')!;
    const report = JSON.parse(readFileSync(path.join(dashboard, 'org-report.json'), 'utf8'));
    const statuses = Object.fromEntries(report.repositories.map((r: { fullName: string; status: string }) => [r.fullName, r.status]));
    expect(statuses).toEqual({
      'acme/api': 'checked',
      'acme/billing': 'checked',
      'acme/empty-one': 'empty',
      'acme/ghost': 'no-access',
      'acme/locked': 'no-access',
      'acme/payments': 'checked',
      'acme/zz-lost-1': 'missing',
      'acme/zz-lost-2': 'missing',
    });
    expect(report.summary.coverage).toEqual({ covered: 2, total: 4, percent: 50 });
    expect(report.summary.repositories).toMatchObject({ total: 8, checked: 3, notChecked: { 'no-access': 2, empty: 1, timeout: 0, error: 0, missing: 2 }, withStalePlan: 1 });
    // Links point at the lines that were read, at the commit that was checked.
    const billing = report.repositories.find((r: { fullName: string }) => r.fullName === 'acme/billing');
    const redis = billing.dependencies.find((d: { id: string }) => d.id === 'redis');
    expect(redis.evidence[0]).toEqual({ path: 'package.json', line: 4, url: `${git.url}/acme/billing/blob/${billingSha}/package.json#L4` });
    expect(billing.stalePlan.url).toBe(`${git.url}/acme/billing/blob/${billingSha}/DISASTER_RECOVERY.md#L3`);
    expect(billing.topics).toEqual(['dr-sweep']);

    // The job summary says what was not checked, each repository by name.
    expect(merge!.summary).toContain('**50%** of critical services covered (2 of 4) in 3 checked repositories; **5 not checked**.');
    expect(merge!.summary).toContain('### Not checked (5)');
    for (const name of ['empty-one', 'ghost', 'locked', 'zz-lost-1', 'zz-lost-2']) expect(merge!.summary).toContain(`acme/${name}`);
    expect(existsSync(path.join(dashboard, 'dashboard.html'))).toBe(true);
    expect(run.outputs).toEqual({ coverage: '50', repositories: '8', 'not-checked': '5' });

    // The token went to the API and to git, and nowhere else.
    const everything = run.jobs.flatMap((j) => j.steps.map((s) => s.stdout + s.stderr)).join('\n');
    for (const dir of run.artifacts.values()) {
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        const full = path.join(dir, file);
        if (statSync(full).isFile()) expect(readFileSync(full, 'utf8'), file).not.toContain(TOKEN);
      }
    }
    expect(everything).not.toContain(TOKEN);
    expect(git.requests.every((r) => r.authorized)).toBe(true);
  }, 120_000);

  it('an organisation with nothing to sweep skips the matrix and still merges an empty report', async () => {
    api.current.orgRepos.set('acme', [apiRepository('only-one')]);
    const run = await runWorkflow({
      file: WORKFLOW,
      inputs: { organisation: 'acme', topics: 'nobody-has-this' },
      secrets: { token: TOKEN },
      env: { GITHUB_API_URL: api.current.url, GITHUB_SERVER_URL: git.url },
      workflowRepository: SELF.repository,
      workflowSha: SELF.sha,
      checkout: () => REPO_ROOT,
    });
    expect(run.result('sweep').map((j) => j.result)).toEqual(['skipped']);
    expect(run.result('merge')[0]!.result).toBe('success');
    expect(run.outputs).toEqual({ coverage: '100', repositories: '0', 'not-checked': '0' });
  }, 60_000);
});
