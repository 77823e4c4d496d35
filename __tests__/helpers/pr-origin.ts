import path from 'node:path';
import { commit, gitIn, makeRepo, tempDir } from './repo.js';

/**
 * Shared set-ups for the action's end-to-end tests: a bare origin like GitHub's, and the
 * clones actions/checkout leaves in the workspace. Real git everywhere, no mocks.
 */

export const PLAN = [
  '# Disaster Recovery Plan',
  '',
  '## Scenario: PostgreSQL primary unavailable',
  '',
  '**Impact:** Checkout fails; orders queue in the browser.',
  '',
  '**Mitigation Strategy:**',
  '',
  '1. Check the instance: `aws rds describe-db-instances --db-instance-identifier "$DB_INSTANCE_ID"`.',
  '2. Fail over: `aws rds reboot-db-instance --db-instance-identifier "$DB_INSTANCE_ID" --force-failover`.',
  '3. Verify: `psql "$DATABASE_URL" -c "select 1"` answers.',
  '',
].join('\n');

export const REDIS_SCENARIO = [
  '',
  '## Scenario: Redis cache unavailable',
  '',
  '**Impact:** Sessions drop and the database takes the read load.',
  '',
  '**Mitigation Strategy:**',
  '',
  '1. Check the group: `aws elasticache describe-replication-groups --replication-group-id "$REDIS_GROUP_ID"`.',
  '2. Do not restart the primary at once; fail over: `aws elasticache test-failover --replication-group-id "$REDIS_GROUP_ID" --node-group-id 0001`.',
  '3. Verify: `redis-cli -u "$REDIS_URL" ping` answers PONG.',
  '',
].join('\n');

export function packageJson(deps: Record<string, string>): string {
  return JSON.stringify({ name: 'shop', dependencies: { express: '^4.21.0', ...deps } }, null, 2) + '\n';
}

export const PG_ONLY = packageJson({ pg: '^8.13.0' });
export const PG_AND_REDIS = packageJson({ pg: '^8.13.0', ioredis: '^5.4.1' });

export interface PullRequestFixture {
  /** the bare repository standing in for GitHub */
  origin: string;
  /** the job's checkout */
  workspace: string;
  base: string;
  head: string;
  number: number;
  payload: Record<string, unknown>;
}

export interface PullRequestOptions {
  baseFiles?: Record<string, string>;
  headFiles: Record<string, string>;
  number?: number;
  /** owner/name of the head repository; differs from acme/shop for a fork */
  headRepo?: string;
  /**
   * `merge` (default): what actions/checkout does on pull_request, a depth-1 fetch of
   * refs/pull/N/merge checked out detached. `head`: a depth-1 clone of the head branch.
   */
  checkout?: 'merge' | 'head';
}

function origin(work: string): string {
  const bare = path.join(tempDir('paramedic-origin-'), 'origin.git');
  gitIn(path.dirname(bare), 'clone', '-q', '--bare', work, bare);
  return bare;
}

/**
 * A bare origin with `main` and `feature` (the PR head), main moved on after the branch
 * (so the merge commit is a real merge), and refs/pull/N/merge as GitHub keeps it.
 */
export function pullRequestFixture(options: PullRequestOptions): PullRequestFixture {
  const number = options.number ?? 7;
  const work = makeRepo(options.baseFiles ?? { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN });
  gitIn(work, 'checkout', '-q', '-b', 'feature');
  const head = commit(work, options.headFiles, 'feature change');
  gitIn(work, 'checkout', '-q', 'main');
  const base = commit(work, { 'README.md': '# shop\n' }, 'main moves on');
  gitIn(work, 'checkout', '-q', '--detach', 'main');
  gitIn(work, 'merge', '-q', '--no-ff', '--no-edit', 'feature');
  gitIn(work, 'update-ref', `refs/pull/${number}/merge`, 'HEAD');
  gitIn(work, 'update-ref', `refs/pull/${number}/head`, head);
  gitIn(work, 'checkout', '-q', 'main');
  const bare = origin(work);
  for (const ref of [`refs/pull/${number}/merge`, `refs/pull/${number}/head`]) gitIn(work, 'push', '-q', bare, `${ref}:${ref}`);

  let workspace: string;
  if (options.checkout === 'head') {
    workspace = path.join(tempDir('paramedic-ws-'), 'ws');
    gitIn(path.dirname(workspace), 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${bare}`, workspace);
  } else {
    workspace = mergeCheckout(bare, number);
  }
  const baseRepo = { full_name: 'acme/shop' };
  return {
    origin: bare,
    workspace,
    base,
    head,
    number,
    payload: {
      action: 'opened',
      number,
      pull_request: {
        number,
        base: { ref: 'main', sha: base, repo: baseRepo },
        head: { ref: 'feature', sha: head, repo: { full_name: options.headRepo ?? 'acme/shop' } },
      },
      repository: { full_name: 'acme/shop', default_branch: 'main' },
    },
  };
}

/** A fresh workspace with the same steps actions/checkout runs for a pull_request event: refs/pull/N/merge, depth 1, detached. */
export function mergeCheckout(bare: string, number: number): string {
  const workspace = path.join(tempDir('paramedic-ws-'), 'ws');
  gitIn(path.dirname(workspace), 'init', '-q', workspace);
  gitIn(workspace, 'remote', 'add', 'origin', `file://${bare}`);
  gitIn(workspace, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', `+refs/pull/${number}/merge:refs/remotes/pull/${number}/merge`);
  gitIn(workspace, 'checkout', '-q', '--detach', `refs/remotes/pull/${number}/merge`);
  return workspace;
}

export interface SweepFixture {
  origin: string;
  workspace: string;
  /** commits files to origin's main and brings the workspace to the new tip, as the next scheduled checkout would */
  advance(files: Record<string, string>, message?: string): string;
}

/**
 * A bare origin with `main`, and a depth-1 checkout of it on a local `main` branch: what
 * actions/checkout leaves for a schedule or workflow_dispatch run.
 */
export function sweepFixture(files: Record<string, string>): SweepFixture {
  const work = makeRepo(files);
  const bare = origin(work);
  const workspace = path.join(tempDir('paramedic-ws-'), 'ws');
  gitIn(path.dirname(workspace), 'clone', '-q', '--depth', '1', '--branch', 'main', `file://${bare}`, workspace);
  return {
    origin: bare,
    workspace,
    advance(more, message = 'change on main') {
      const sha = commit(work, more, message);
      gitIn(work, 'push', '-q', bare, 'main:main');
      gitIn(workspace, 'fetch', '-q', '--depth=1', 'origin', 'main');
      gitIn(workspace, 'checkout', '-q', '--force', '-B', 'main', 'FETCH_HEAD');
      return sha;
    },
  };
}

/** True when `after` is `before` with one block of text inserted somewhere: no byte of `before` changed or lost. */
export function isSingleInsertion(before: string, after: string): boolean {
  if (after.length <= before.length) return false;
  let prefix = 0;
  while (prefix < before.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return prefix + suffix === before.length;
}
