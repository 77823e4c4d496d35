import type { Verdict } from '../check/types.js';
import { git } from '../util/git.js';
import type { Octokit, RepoRef } from './api.js';
import { explainApiError } from './api.js';
import { commitOneFile, explainRefusal, fetchBranchTip, pushCommit, readFileAt, remoteBranchTip, type RemoteEnv } from './plan-commit.js';

/** Produces the plan with stubs inserted from the plan's text at some commit (null: no plan there). */
export type PlanDrafter = (planText: string | null) => { after: string; added: Array<{ id: string; title: string; name: string }> };

export interface PullRequestRef {
  number: number;
  headRef: string;
  headSha: string;
  /** owner/name of the head repository (differs from the base repository for forks) */
  headRepo: string;
  baseRepo: string;
}

export type DraftCommitResult =
  | { outcome: 'pushed'; sha: string; added: string[] }
  /** the branch already holds the stubs (an earlier run committed them, as `sha` when it is that commit): nothing to do */
  | { outcome: 'present'; tip: string; sha?: string }
  | { outcome: 'nothing' }
  | { outcome: 'skipped'; reason: string };

/**
 * The commit status's context when none is configured: the job's id (GITHUB_JOB), which is the
 * name a job without `name:` shows as a check, so the status satisfies that required check.
 */
export function statusContext(configured: string, env: NodeJS.ProcessEnv = process.env): string {
  return configured.trim() || env.GITHUB_JOB?.trim() || 'paramedic';
}

async function ensureCommit(root: string, sha: string, log: (m: string) => void, env: RemoteEnv): Promise<boolean> {
  if ((await git(root, ['cat-file', '-e', `${sha}^{commit}`])).code === 0) return true;
  log(`fetching PR head ${sha.slice(0, 7)} (depth 1) to commit the stub onto it`);
  return (await git(root, ['fetch', '--no-tags', '--depth=1', 'origin', sha], undefined, env)).code === 0;
}

/**
 * `draft: commit` on a pull request: one commit on the PR's head branch touching only the plan,
 * authored by the Actions bot, on the exact head this run checked. The stub is written onto the
 * PR head (not the detached merge commit the checkout made), and pushed with a lease on that
 * head: a branch that moved or was deleted since is never overwritten or re-created, and no
 * status is ever set on a commit whose code was not checked. Forks, read-only tokens and
 * protected branches are skipped with the reason; the stub then stays in the summary and comment.
 */
export async function commitDraftsToPullRequest(options: {
  root: string;
  pr: PullRequestRef;
  planPath: string;
  draft: PlanDrafter;
  log: (message: string) => void;
  /** how git authenticates to origin (the `token` input) */
  remoteEnv?: RemoteEnv;
}): Promise<DraftCommitResult> {
  const { root, pr, planPath, draft, log } = options;
  const env = options.remoteEnv ?? {};
  if (pr.headRepo !== pr.baseRepo) {
    return { outcome: 'skipped', reason: 'this pull request comes from a fork, where the job token cannot push; the suggested scenarios are in the summary and comment' };
  }
  const checked = pr.headSha;
  let tip: string | null;
  try {
    tip = await remoteBranchTip(root, pr.headRef, env);
  } catch (error) {
    return { outcome: 'skipped', reason: error instanceof Error ? error.message : String(error) };
  }
  if (tip === null) return { outcome: 'skipped', reason: `the branch ${pr.headRef} no longer exists; it is not re-created` };
  if (tip !== checked) return movedOn(root, pr, planPath, draft, log, env, tip);

  if (!(await ensureCommit(root, checked, log, env))) {
    return { outcome: 'skipped', reason: `the PR head ${checked.slice(0, 7)} could not be fetched from origin` };
  }
  const { after, added } = draft(await readFileAt(root, checked, planPath));
  if (added.length === 0) return { outcome: 'nothing' };
  const names = added.map((a) => a.name);
  const message = `docs(disaster-recovery): draft scenarios for ${names.join(', ')}\n\nDrafted by Paramedic. Review the steps, fill in the placeholders and remove\nthe draft markers to sign them off; until then they do not count as coverage.\n`;
  const sha = await commitOneFile(root, { parent: checked, filePath: planPath, content: after, message });
  const pushed = await pushCommit(root, sha, pr.headRef, { lease: checked, env });
  if (pushed.ok) {
    log(`pushed ${sha.slice(0, 7)} to ${pr.headRef}: ${names.join(', ')}`);
    return { outcome: 'pushed', sha, added: added.map((a) => a.id) };
  }
  if (pushed.rejected === 'non-fast-forward') {
    // The branch moved between the look and the push: the lease refused it.
    return { outcome: 'skipped', reason: `the branch ${pr.headRef} moved while the draft was being pushed; nothing was committed, and the run on its new head will draft it` };
  }
  return { outcome: 'skipped', reason: `${explainRefusal(pushed, pr.headRef)}; the suggested scenarios are in the summary and comment` };
}

/**
 * The branch is no longer at the head this run checked (a push came in, or the job re-ran on an
 * old event). Nothing is committed on top of code nobody checked; when the new tip already holds
 * the stubs (an earlier run of this job drafted them), that is said instead.
 */
async function movedOn(root: string, pr: PullRequestRef, planPath: string, draft: PlanDrafter, log: (m: string) => void, env: RemoteEnv, tip: string): Promise<DraftCommitResult> {
  log(`${pr.headRef} is at ${tip.slice(0, 7)}, not at the checked head ${pr.headSha.slice(0, 7)}: a commit there is not a fast-forward of what was checked, so nothing is committed`);
  const fetched = await fetchBranchTip(root, pr.headRef, env);
  if (fetched === tip && draft(await readFileAt(root, tip, planPath)).added.length === 0) {
    // The raw commit names its parents even in a shallow clone, where `tip^` cannot be resolved.
    const raw = await git(root, ['cat-file', 'commit', tip]);
    const parents = raw.stdout.toString('utf8').split('\n\n')[0]!.split('\n').filter((l) => l.startsWith('parent ')).map((l) => l.slice(7));
    return { outcome: 'present', tip, ...(parents.length === 1 && parents[0] === pr.headSha ? { sha: tip } : {}) };
  }
  return { outcome: 'skipped', reason: `the branch ${pr.headRef} moved on from the checked head ${pr.headSha.slice(0, 7)}; nothing was committed, and the run on its new head will draft it` };
}

/**
 * A push made with the job's GITHUB_TOKEN starts no workflow, so a required check on the
 * new head commit would wait forever. Paramedic reports the verdict on that commit itself:
 * only on the commit it made on the checked head, whose code is the checked code.
 */
export async function reportStatusOnCommit(
  client: Octokit,
  repo: RepoRef,
  sha: string,
  verdict: Verdict,
  description: string,
  context: string,
  targetUrl: string | undefined,
  warn: (message: string) => void,
): Promise<void> {
  try {
    await client.rest.repos.createCommitStatus({
      ...repo,
      sha,
      state: verdict === 'fail' ? 'failure' : 'success',
      context,
      description: description.slice(0, 140),
      ...(targetUrl ? { target_url: targetUrl } : {}),
    });
  } catch (error) {
    warn(explainApiError(error, 'set the commit status on the drafted commit', 'statuses: write'));
  }
}
