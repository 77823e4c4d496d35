import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from './helpers/action-runner.js';
import { mergeCheckout, packageJson, PG_AND_REDIS, PG_ONLY, PLAN } from './helpers/pr-origin.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, REPO_ROOT, tempDir, writeTree } from './helpers/repo.js';

/**
 * The pull-request verdict, end to end: the bundled action (dist/index.js) and CLI
 * (dist/cli/index.js) run as a runner and a person run them, on real git repositories, for
 * every event that starts a check. What "new" means, head read from git objects whatever is
 * checked out, failing only for what the change caused, and failing closed on mistakes.
 */

afterAll(cleanupTempDirs);

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

/** A plan with no scenario for anything: every dependency is a gap. */
const EMPTY_PLAN = '# Disaster Recovery Plan\n\nOwners: the platform team.\n';

interface Pr {
  origin: string;
  workspace: string;
  base: string;
  head: string;
  number: number;
  payload: Record<string, unknown>;
}

interface PrOptions {
  baseFiles: Record<string, string>;
  headFiles?: Record<string, string>;
  /** paths the PR deletes (`git rm`) */
  remove?: string[];
  /**
   * What the job's workspace holds. `merge`: actions/checkout on pull_request (refs/pull/N/merge,
   * depth 1). `base`: actions/checkout on pull_request_target (the base branch, depth 1). `head`:
   * a depth-1 clone of the PR branch. `full-base`: a full clone on main (a person's clone, or
   * `fetch-depth: 0` on the base branch).
   */
  checkout?: 'merge' | 'base' | 'head' | 'full-base';
  number?: number;
}

/** A bare origin with main and feature (the PR), main moved on after the branch, and the PR refs GitHub keeps. */
function pullRequest(options: PrOptions): Pr {
  const number = options.number ?? 7;
  const work = makeRepo(options.baseFiles);
  gitIn(work, 'checkout', '-q', '-b', 'feature');
  for (const file of options.remove ?? []) gitIn(work, 'rm', '-q', '--', file);
  const head = commit(work, options.headFiles ?? {}, 'feature change');
  gitIn(work, 'checkout', '-q', 'main');
  const base = commit(work, { 'CHANGELOG.md': '# Changes\n' }, 'main moves on');
  gitIn(work, 'checkout', '-q', '--detach', 'main');
  gitIn(work, 'merge', '-q', '--no-ff', '--no-edit', 'feature');
  gitIn(work, 'update-ref', `refs/pull/${number}/merge`, 'HEAD');
  gitIn(work, 'update-ref', `refs/pull/${number}/head`, head);
  gitIn(work, 'checkout', '-q', 'main');
  const origin = path.join(tempDir('paramedic-origin-'), 'origin.git');
  gitIn(path.dirname(origin), 'clone', '-q', '--bare', work, origin);
  for (const ref of [`refs/pull/${number}/merge`, `refs/pull/${number}/head`]) gitIn(work, 'push', '-q', origin, `${ref}:${ref}`);

  const checkout = options.checkout ?? 'merge';
  let workspace: string;
  if (checkout === 'merge') workspace = mergeCheckout(origin, number);
  else {
    workspace = path.join(tempDir('paramedic-ws-'), 'ws');
    const depth = checkout === 'full-base' ? [] : ['--depth', '1'];
    gitIn(path.dirname(workspace), 'clone', '-q', ...depth, '--branch', checkout === 'head' ? 'feature' : 'main', `file://${origin}`, workspace);
  }
  const repo = { full_name: 'acme/shop' };
  return {
    origin,
    workspace,
    base,
    head,
    number,
    payload: {
      action: 'synchronize',
      number,
      pull_request: { number, base: { ref: 'main', sha: base, repo }, head: { ref: 'feature', sha: head, repo } },
      repository: { full_name: 'acme/shop', default_branch: 'main' },
    },
  };
}

async function action(pr: Pr, options: { eventName?: string; payload?: unknown; inputs?: Record<string, string> } = {}): Promise<ActionRun & { report: Record<string, unknown> | undefined }> {
  const run = await runAction({
    workspace: pr.workspace,
    eventName: options.eventName ?? 'pull_request',
    payload: options.payload ?? pr.payload,
    inputs: { comment: 'false', ...options.inputs },
  });
  const report = run.outputs.report ? (JSON.parse(readFileSync(run.outputs.report, 'utf8')) as Record<string, unknown>) : undefined;
  return { ...run, report };
}

async function cli(args: string[], cwd = REPO_ROOT, nodeArgs: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...nodeArgs, CLI, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr };
  }
}

type Dep = { id: string; change: string; covered: boolean; provider: string | null };
const changes = (report: Record<string, unknown> | undefined): Record<string, string> =>
  Object.fromEntries(((report?.dependencies ?? []) as Dep[]).map((d) => [d.id, d.change]));

describe('what "new" means (§1)', () => {
  it('a Dependabot-style bump of celery[redis] is a change to an existing gap: it warns, never fails, never says new', async () => {
    const pr = pullRequest({
      baseFiles: { 'requirements.txt': 'django==5.0.1\ncelery[redis]==5.4.0\n', 'DISASTER_RECOVERY.md': EMPTY_PLAN },
      headFiles: { 'requirements.txt': 'django==5.0.1\ncelery[redis]==5.4.1\n' },
    });
    const run = await action(pr);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.verdict).toBe('warn');
    expect(JSON.parse(run.outputs['new-gaps']!)).toEqual([]);
    expect(run.report).toMatchObject({ mode: 'pr', gaps: ['redis'], newGaps: [], existingGaps: ['redis'] });
    expect(changes(run.report)).toEqual({ redis: 'changed' });
    expect(run.summary).not.toMatch(/new critical/);
  });

  it('a Dependabot-style bump of pg in package.json is changed, not new', async () => {
    const pr = pullRequest({
      baseFiles: { 'package.json': packageJson({ pg: '^8.13.0' }), 'DISASTER_RECOVERY.md': EMPTY_PLAN },
      headFiles: { 'package.json': packageJson({ pg: '^8.13.1' }) },
    });
    const run = await action(pr);
    expect(run.code, run.stdout).toBe(0);
    expect(run.report).toMatchObject({ newGaps: [], existingGaps: ['postgresql'], verdict: 'warn' });
    expect(changes(run.report)).toEqual({ postgresql: 'changed' });
  });

  it('a compose service gaining a DATABASE_URL for a PostgreSQL that already exists is not new', async () => {
    const compose = 'services:\n  db:\n    image: postgres:16\n  api:\n    image: acme/api:1\n';
    const pr = pullRequest({
      baseFiles: { 'docker-compose.yml': compose, 'DISASTER_RECOVERY.md': EMPTY_PLAN },
      headFiles: { 'docker-compose.yml': `${compose}    environment:\n      DATABASE_URL: postgres://db:5432/shop\n` },
    });
    const run = await action(pr);
    expect(run.code, run.stdout).toBe(0);
    expect(run.report).toMatchObject({ newGaps: [], existingGaps: ['postgresql'], verdict: 'warn' });
    expect(changes(run.report)).toEqual({ postgresql: 'changed' });
  });

  it('a service the merge base proved in an unchanged file is changed when the PR names it again', async () => {
    // Redis runs in the app's compose stack (not touched by the PR); the PR adds a Redis client to package.json.
    const pr = pullRequest({
      baseFiles: { 'package.json': PG_ONLY, 'docker-compose.yml': 'services:\n  app:\n    build: .\n  cache:\n    image: redis:7\n', 'DISASTER_RECOVERY.md': PLAN },
      headFiles: { 'package.json': PG_AND_REDIS },
    });
    const run = await action(pr);
    expect(run.code, run.stdout).toBe(0);
    expect(run.report).toMatchObject({ gaps: ['redis'], newGaps: [], existingGaps: ['redis'], verdict: 'warn' });
    expect(changes(run.report).redis).toBe('changed');
  });

  it('a service absent from the whole merge-base tree is added and fails', async () => {
    const pr = pullRequest({
      baseFiles: { 'package.json': PG_ONLY, 'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n', 'DISASTER_RECOVERY.md': PLAN },
      headFiles: { 'package.json': PG_AND_REDIS },
    });
    const run = await action(pr);
    expect(run.code, run.stdout).toBe(1);
    expect(run.report).toMatchObject({ gaps: ['redis'], newGaps: ['redis'], existingGaps: [], verdict: 'fail' });
    expect(changes(run.report).redis).toBe('added');
  });

  it('a provider change (compose PostgreSQL to RDS) is a notice that the scenario may need updating', async () => {
    const pr = pullRequest({
      baseFiles: { 'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n  api:\n    image: acme/api:1\n', 'DISASTER_RECOVERY.md': PLAN },
      headFiles: {
        'docker-compose.yml': 'services:\n  api:\n    image: acme/api:1\n',
        'infra/db.tf': 'resource "aws_db_instance" "main" {\n  engine = "postgres"\n}\n',
      },
    });
    const run = await action(pr);
    expect(run.code, run.stdout).toBe(0);
    expect(run.report?.providerChanges).toEqual([{ id: 'postgresql', from: null, to: 'aws-rds' }]);
    expect((run.report?.notices as Array<{ kind: string; message: string }>).filter((n) => n.kind === 'provider-changed').map((n) => n.message)).toEqual([
      expect.stringMatching(/PostgreSQL.*aws-rds.*scenario/),
    ]);
  });

  it('a PR that only touches the README states no repository-wide coverage figure', async () => {
    const pr = pullRequest({ baseFiles: { 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN, 'README.md': '# shop\n' }, headFiles: { 'README.md': '# shop\n\nDocs.\n' } });
    const run = await action(pr);
    expect(run.code, run.stdout).toBe(0);
    expect(run.report?.coverage).toBeNull();
    expect(run.outputs.coverage).toBe('');
  });
});

describe('head is head (§2)', () => {
  const headFiles = { 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': `${PLAN}\nLast Updated: 2026-11-20\n` };

  it('pull_request_target with the default checkout (the base branch) still sees the head: ioredis plus a plan edit fails', async () => {
    const pr = pullRequest({ baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN }, headFiles, checkout: 'base' });
    expect(readFileSync(path.join(pr.workspace, 'package.json'), 'utf8')).toBe(PG_ONLY); // the workspace is the base
    const run = await action(pr, { eventName: 'pull_request_target' });
    expect(run.code, run.stdout).toBe(1);
    expect(run.report).toMatchObject({ mode: 'pr', newGaps: ['redis'], verdict: 'fail' });
  });

  it('the base-ref and head-ref inputs are read from git objects, not from the checked-out base', async () => {
    const pr = pullRequest({ baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN }, headFiles, checkout: 'full-base' });
    const run = await action(pr, { eventName: 'workflow_dispatch', payload: { ref: 'refs/heads/main' }, inputs: { 'base-ref': 'main', 'head-ref': 'origin/feature' } });
    expect(run.code, run.stdout).toBe(1);
    expect(run.report).toMatchObject({ mode: 'pr', newGaps: ['redis'], verdict: 'fail' });
  });

  it('the plan is linted as it is at head: a script the PR adds is not missing', async () => {
    const planWithScript = `${PLAN}\n## Scenario: Redis cache unavailable\n\n**Impact:** Sessions drop.\n\n1. Fail over:\n\n   \`\`\`bash\n   ./scripts/redis-failover.sh "$REDIS_GROUP_ID"\n   \`\`\`\n\n2. Verify: \`redis-cli -u "$REDIS_URL" ping\`.\n`;
    const pr = pullRequest({
      baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN },
      headFiles: { 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': planWithScript, 'scripts/redis-failover.sh': '#!/bin/sh\necho "$1"\n' },
      checkout: 'base',
    });
    const run = await action(pr, { eventName: 'pull_request_target' });
    expect(run.code, run.stdout).toBe(0);
    expect((run.report?.findings as Array<{ rule: string }>).filter((f) => f.rule === 'missing-script')).toEqual([]);
    expect(run.report).toMatchObject({ newGaps: [], verdict: 'pass' });
  });

  it('`paramedic check --base main --head feature` run from the base branch checks the feature branch', async () => {
    const pr = pullRequest({ baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN }, headFiles, checkout: 'full-base' });
    gitIn(pr.workspace, 'branch', '-q', 'feature', 'origin/feature');
    const result = await cli(['check', '.', '--base', 'main', '--head', 'feature', '--json'], pr.workspace);
    expect(result.code, result.stderr).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ mode: 'pr', newGaps: ['redis'], verdict: 'fail' });
  });
});

describe('every event that starts a check', () => {
  const baseFiles = { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN };

  it('merge_group compares base_sha with head_sha', async () => {
    const pr = pullRequest({ baseFiles, headFiles: { 'package.json': PG_AND_REDIS }, checkout: 'head' });
    const run = await action(pr, { eventName: 'merge_group', payload: { merge_group: { base_sha: pr.base, head_sha: pr.head, head_ref: 'gh-readonly-queue/main/pr-7' } } });
    expect(run.code, run.stdout).toBe(1);
    expect(run.report).toMatchObject({ mode: 'pr', newGaps: ['redis'], verdict: 'fail' });
  });

  it('push compares before with after', async () => {
    const pr = pullRequest({ baseFiles, headFiles: { 'package.json': PG_AND_REDIS }, checkout: 'head' });
    const mergeBase = gitIn(pr.origin, 'rev-parse', 'main~1').trim(); // where feature forked
    const run = await action(pr, { eventName: 'push', payload: { ref: 'refs/heads/feature', before: mergeBase, after: pr.head, repository: { default_branch: 'main' } } });
    expect(run.code, run.stdout).toBe(1);
    expect(run.report).toMatchObject({ mode: 'pr', newGaps: ['redis'], verdict: 'fail' });
  });

  it('schedule sweeps: gaps warn and the coverage figure is stated', async () => {
    const pr = pullRequest({ baseFiles: { 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN }, checkout: 'base' });
    const run = await action(pr, { eventName: 'schedule', payload: { schedule: '0 6 * * 1' } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.report).toMatchObject({ mode: 'sweep', gaps: ['redis'], coverage: { covered: 1, total: 2, percent: 50 }, verdict: 'warn' });
    expect(run.outputs.coverage).toBe('50');
  });
});

describe('failing means what it says (§3)', () => {
  it('fail-on: never never fails, even with error findings in a plan the PR edits', async () => {
    const broken = `${PLAN}\n## Scenario: Queue backlog\n\n1. Run \`./scripts/drain-queue.sh\` and wait.\n`;
    const pr = pullRequest({ baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN }, headFiles: { 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': broken } });
    const run = await action(pr, { inputs: { 'fail-on': 'never' } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.verdict).toBe('warn');
    expect((run.report?.findings as Array<{ rule: string; severity: string }>).some((f) => f.severity === 'error')).toBe(true);

    const local = await cli(['check', '.', '--base', pr.base, '--head', pr.head, '--fail-on', 'never'], pr.workspace);
    expect(local.code, local.stdout + local.stderr).toBe(0);
    const sweep = makeRepo({ 'DISASTER_RECOVERY.md': broken, 'package.json': PG_ONLY });
    expect((await cli(['check', sweep, '--fail-on', 'never'])).code).toBe(0);
  });

  it('`git rm scripts/failover.sh` fails when the plan runs that script', async () => {
    const plan = PLAN.replace('2. Fail over:', '2. Fail over with `./scripts/failover.sh "$DB_INSTANCE_ID"`, or by hand:');
    const pr = pullRequest({
      baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': plan, 'scripts/failover.sh': '#!/bin/sh\necho "$1"\n' },
      remove: ['scripts/failover.sh'],
    });
    const run = await action(pr);
    expect(run.code, run.stdout).toBe(1);
    const missing = (run.report?.findings as Array<{ rule: string; line: number; causedByChange?: boolean }>).filter((f) => f.rule === 'missing-script');
    expect(missing).toEqual([expect.objectContaining({ line: 10, causedByChange: true })]);
    expect(run.report?.verdict).toBe('fail');
  });

  it('findings that were already there never fail a PR, even one that edits the plan', async () => {
    const plan = PLAN.replace('2. Fail over:', '2. Fail over with `./scripts/never-committed.sh`, or by hand:');
    const pr = pullRequest({
      baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': plan },
      headFiles: { 'DISASTER_RECOVERY.md': `${plan}\nLast Updated: 2026-11-20\n` },
    });
    const run = await action(pr);
    expect(run.code, run.stdout).toBe(0);
    const missing = (run.report?.findings as Array<{ rule: string; causedByChange?: boolean }>).filter((f) => f.rule === 'missing-script');
    expect(missing).toEqual([expect.objectContaining({ causedByChange: false })]);
  });

  it('a plan error the PR writes fails it', async () => {
    const pr = pullRequest({
      baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN },
      headFiles: { 'DISASTER_RECOVERY.md': PLAN.replace('2. Fail over:', '2. Fail over with `./scripts/never-committed.sh`, or by hand:') },
    });
    const run = await action(pr);
    expect(run.code, run.stdout).toBe(1);
    expect((run.report?.findings as Array<{ rule: string; causedByChange?: boolean }>).filter((f) => f.rule === 'missing-script')).toEqual([expect.objectContaining({ causedByChange: true })]);
  });

  it('a drafted stub whose marker was deleted but which still holds its placeholders is not coverage, and is an error at its line', async () => {
    const unfinished = [
      '',
      '## Scenario: Redis unavailable',
      '',
      '> **Draft by Paramedic.** Check every step against how this service really',
      '> runs, fill in the `<PLACEHOLDERS>`, then delete this note and the marker',
      '> above to sign it off.',
      '',
      '**Impact:** Sessions drop.',
      '',
      '1. Confirm the outage with `<HEALTH_CHECK_COMMAND>`.',
      '2. Fail over or restart Redis the way this deployment allows: `<FAILOVER_COMMAND>`.',
      '',
    ].join('\n');
    const dir = makeRepo({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN + unfinished });
    const result = await cli(['check', dir, '--json']);
    const report = JSON.parse(result.stdout);
    expect(report.gaps).toEqual(['redis']);
    expect(report.findings.filter((f: { rule: string }) => f.rule === 'unfinished-draft')).toEqual([
      expect.objectContaining({ severity: 'error', line: PLAN.split('\n').length + 1, path: 'DISASTER_RECOVERY.md' }),
    ]);
    // The note alone is enough: a signed-off stub keeps neither.
    const noteOnly = makeRepo({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN + unfinished.replace(/`<[A-Z_]+>`/g, '`redis-cli ping`') });
    expect(JSON.parse((await cli(['check', noteOnly, '--json'])).stdout).gaps).toEqual(['redis']);
    const signed = makeRepo({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN + unfinished.replace(/^>.*\n/gm, '').replace(/`<[A-Z_]+>`/g, '`redis-cli ping`') });
    expect(JSON.parse((await cli(['check', signed, '--json'])).stdout).gaps).toEqual([]);
  });
});

describe('the gate does not fail open (17 #6)', () => {
  it('a changed package.json over the size cap that adds ioredis fails, naming the file', async () => {
    const padded = packageJson({ pg: '^8.13.0', ioredis: '^5.4.1' }).replace('{', `{${' '.repeat(5 * 1024 * 1024 + 10)}`);
    const pr = pullRequest({ baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN }, headFiles: { 'package.json': padded } });
    const run = await action(pr);
    expect(run.code, run.stdout).toBe(1);
    expect(run.report?.verdict).toBe('fail');
    expect((run.report?.findings as Array<{ rule: string; path: string; causedByChange?: boolean }>).filter((f) => f.rule === 'unreadable-manifest')).toEqual([
      expect.objectContaining({ path: 'package.json', severity: 'error', causedByChange: true }),
    ]);
    expect(run.annotations.some((a) => a.level === 'error' && a.file === 'package.json')).toBe(true);
  });

  it('the PR head\'s own config and rules do not decide its verdict; changing them takes effect after merge', async () => {
    const pr = pullRequest({
      baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN, '.github/paramedic.yml': 'rules: .github/paramedic-rules\n', '.github/paramedic-rules/README.md': 'rules\n' },
      headFiles: {
        'package.json': PG_AND_REDIS,
        '.github/paramedic.yml': 'rules: .github/paramedic-rules\nfail-on: never\nexclude: ["**"]\nignore:\n  - id: redis\n    reason: trust me\n',
        '.github/paramedic-rules/redis.yml': 'id: redis\ndisabled: true\n',
      },
    });
    const run = await action(pr);
    expect(run.code, run.stdout).toBe(1);
    expect(run.report).toMatchObject({ newGaps: ['redis'], verdict: 'fail' });
    const after = (run.report?.notices as Array<{ kind: string; path?: string; message: string }>).filter((n) => n.kind === 'config-after-merge');
    expect(after.map((n) => n.path).sort()).toEqual(['.github/paramedic-rules/redis.yml', '.github/paramedic.yml']);
    expect(after[0]!.message).toMatch(/takes effect after merge/);
  });

  it('an action input still sets the policy (the workflow is not the PR author\'s)', async () => {
    const pr = pullRequest({ baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN }, headFiles: { 'package.json': PG_AND_REDIS } });
    const run = await action(pr, { inputs: { 'fail-on': 'never' } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.verdict).toBe('warn');
  });
});

describe('memory and time bombs (17 #7): the verdict is always reported', () => {
  it('a 5 MB compose file of nested [ is refused with a warning naming it', async () => {
    const dir = makeRepo({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN, 'docker-compose.yml': `services:\n  api:\n    image: ${'['.repeat(5_000_000)}\n` });
    const result = await cli(['check', dir, '--json'], REPO_ROOT, ['--max-old-space-size=512']);
    expect(result.code, result.stderr.slice(0, 2000)).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.warnings.filter((w: { path: string }) => w.path === 'docker-compose.yml')).toEqual([{ path: 'docker-compose.yml', message: expect.stringMatching(/nest/) }]);
    expect(report.gaps).toEqual(['redis']);
  }, 120_000);

  it('a plan over the size cap is a finding, and the verdict is still reported', async () => {
    const huge = `${PLAN}\n${'Filler line for the archive.\n'.repeat(120_000)}`;
    const dir = makeRepo({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': huge });
    const result = await cli(['check', dir, '--json']);
    const report = JSON.parse(result.stdout);
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'plan-too-large', severity: 'error', path: 'DISASTER_RECOVERY.md', line: 1 })]);
    expect(report.gaps).toEqual(['postgresql', 'redis']);
    expect(['warn', 'fail']).toContain(report.verdict);
  }, 120_000);
});

describe('fail closed on a mistake (§6)', () => {
  it('a base-ref that does not resolve is an error naming the ref, not a sweep that warns', async () => {
    const pr = pullRequest({ baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN }, headFiles: { 'package.json': PG_AND_REDIS }, checkout: 'head' });
    const run = await action(pr, { eventName: 'workflow_dispatch', payload: {}, inputs: { 'base-ref': 'mian' } });
    expect(run.code).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => a.message)).toEqual([expect.stringMatching(/base-ref "mian"/)]);
    expect(run.outputs.verdict).toBeUndefined();
  });

  it('a head-ref that does not resolve is an error naming the ref', async () => {
    const pr = pullRequest({ baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN }, headFiles: { 'package.json': PG_AND_REDIS } });
    const run = await action(pr, { inputs: { 'head-ref': 'feture' } });
    expect(run.code).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(/head-ref "feture"/)]);
  });

  it('an event base that cannot be fetched falls back to the base branch and keeps the real verdict', async () => {
    const pr = pullRequest({ baseFiles: { 'requirements.txt': 'celery[redis]==5.4.0\n', 'DISASTER_RECOVERY.md': EMPTY_PLAN }, headFiles: { 'requirements.txt': 'celery[redis]==5.4.1\n' }, checkout: 'head' });
    const payload = structuredClone(pr.payload) as { pull_request: { base: { sha: string } } };
    payload.pull_request.base.sha = 'f'.repeat(40); // gone from origin (a rewritten base branch)
    const run = await action(pr, { payload });
    expect(run.stdout).toMatch(/falling back to the base branch main/);
    expect(run.code, run.stdout).toBe(0);
    expect(run.report).toMatchObject({ mode: 'pr', newGaps: [], existingGaps: ['redis'] });
  });

  it('with no base at all, an uncovered dependency in the changed files still fails the check', async () => {
    const pr = pullRequest({ baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN }, headFiles: { 'package.json': PG_AND_REDIS }, checkout: 'head' });
    rmSync(pr.origin, { recursive: true, force: true }); // origin unreachable after the clone
    const run = await action(pr);
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(JSON.parse(run.outputs['new-gaps']!)).toEqual(['redis']);
    expect(run.annotations.some((a) => a.level === 'warning' && /could not get the base/.test(a.message))).toBe(true);
  });

  it('the CLI: usage errors exit 2 with one line and no stack trace', async () => {
    const repo = makeRepo({ 'package.json': PG_ONLY });
    const cases: Array<[string[], RegExp]> = [
      [['check', path.join(repo, 'nope')], /^paramedic: .*nope: no such directory$/],
      [['check', path.join(repo, 'package.json')], /^paramedic: .*package\.json: not a directory$/],
      [['check', repo, '--base', 'mian'], /^paramedic: --base mian: /],
      [['check', repo, '--base', 'main', '--head', 'feture'], /^paramedic: --head feture: /],
      [['check', repo, '--doc', 'docs/DR.md'], /^paramedic: --doc docs\/DR\.md: no such file/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(2);
      expect(result.stderr.trimEnd().split('\n'), args.join(' ')).toEqual([expect.stringMatching(message)]);
    }
  });

  it('the CLI: --version prints the version', async () => {
    const version = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const result = await cli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `paramedic ${version}\n` });
  });

  it('.github/paramedic.yaml is read like .yml', async () => {
    const dir = makeRepo({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN, '.github/paramedic.yaml': 'fail-on: any-gap\n' });
    const result = await cli(['check', dir, '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).verdict).toBe('fail');
  });

  it('an ignore id the catalog does not know is a finding at its line', async () => {
    const dir = makeRepo({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN, '.github/paramedic.yml': 'fail-on: new-gaps\nignore:\n  - id: redis-cache\n    reason: rebuilt on start\n' });
    const report = JSON.parse((await cli(['check', dir, '--json'])).stdout);
    expect(report.findings.filter((f: { rule: string }) => f.rule === 'unknown-ignore')).toEqual([
      expect.objectContaining({ path: '.github/paramedic.yml', line: 3, message: expect.stringMatching(/redis-cache/) }),
    ]);
    expect(report.gaps).toEqual(['redis']);
  });

  it('a config with several problems reports them all, each at its own line', async () => {
    const dir = makeRepo({ 'package.json': PG_ONLY, '.github/paramedic.yml': 'fail-on: sometimes\nfial-on: any-gap\nignore:\n  - id: redis\n  - reason: no id\n' });
    const result = await cli(['check', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^paramedic: \.github\/paramedic\.yml:1: fail-on: must be one of/),
      expect.stringMatching(/^paramedic: \.github\/paramedic\.yml:2: unknown setting "fial-on"/),
      expect.stringMatching(/^paramedic: \.github\/paramedic\.yml:4: ignore\[0\]: /),
      expect.stringMatching(/^paramedic: \.github\/paramedic\.yml:5: ignore\[1\]: /),
    ]);
  });
});

describe('cost', () => {
  it('the base lookup reads only the unchanged manifests that could name the service', async () => {
    const files: Record<string, string> = { 'DISASTER_RECOVERY.md': PLAN };
    for (let i = 0; i < 60; i++) files[`services/s${i}/package.json`] = packageJson({ pg: `^8.${i}.0` });
    files['services/s59/docker-compose.yml'] = 'services:\n  app:\n    build: .\n  cache:\n    image: redis:7\n';
    const dir = makeRepo(files);
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    writeTree(dir, { 'services/s7/package.json': packageJson({ pg: '^8.7.0', ioredis: '^5.0.0' }) });
    const head = commit(dir, {});
    const result = await cli(['check', dir, '--base', base, '--head', head, '--json']);
    const report = JSON.parse(result.stdout);
    expect(report.dependencies.find((d: Dep) => d.id === 'redis')?.change).toBe('changed');
    // The log says what the lookup read: one file of the 60 unchanged manifests.
    const verbose = await cli(['check', dir, '--base', base, '--head', head]);
    expect(verbose.stderr).toMatch(/looked up redis in 1 of 60 unchanged manifests at the merge base/);
  });
});
