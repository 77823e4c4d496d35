import type { Verdict } from '../check/types.js';
import { git } from '../util/git.js';
import type { Octokit, RepoRef } from './api.js';
import { explainApiError } from './api.js';
import { commitOneFile, fetchBranchTip, pushCommit, readFileAt, explainRefusal } from './plan-commit.js';

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
  | { outcome: 'nothing' }
  | { outcome: 'skipped'; reason: string };

export const STATUS_CONTEXT = 'Paramedic / disaster-recovery';

async function ensureCommit(root: string, sha: string, log: (m: string) => void): Promise<boolean> {
  if ((await git(root, ['cat-file', '-e', `${sha}^{commit}`])).code === 0) return true;
  log(`fetching PR head ${sha.slice(0, 7)} (depth 1) to commit the stub onto it`);
  return (await git(root, ['fetch', '--no-tags', '--depth=1', 'origin', sha])).code === 0;
}

/**
 * `draft: commit` on a pull request: one commit on the PR's head branch touching only
 * the plan, authored by the Actions bot, pushed without force. The stub is written onto
 * the PR head (not the detached merge commit the checkout made). A non-fast-forward push
 * is retried once on the branch's new tip. Forks, read-only tokens and protected
 * branches are skipped with the reason; the stub then stays in the summary and comment.
 */
export async function commitDraftsToPullRequest(options: {
  root: string;
  pr: PullRequestRef;
  planPath: string;
  draft: PlanDrafter;
  log: (message: string) => void;
}): Promise<DraftCommitResult> {
  const { root, pr, planPath, draft, log } = options;
  if (pr.headRepo !== pr.baseRepo) {
    return { outcome: 'skipped', reason: 'this pull request comes from a fork, where the job token cannot push; the suggested scenarios are in the summary and comment' };
  }
  let parent = pr.headSha;
  if (!(await ensureCommit(root, parent, log))) {
    return { outcome: 'skipped', reason: `the PR head ${parent.slice(0, 7)} could not be fetched from origin` };
  }
  for (let attempt = 1; attempt <= 2; attempt++) {
    const { after, added } = draft(await readFileAt(root, parent, planPath));
    if (added.length === 0) return { outcome: 'nothing' };
    const names = added.map((a) => a.name);
    const message = `docs(disaster-recovery): draft scenarios for ${names.join(', ')}\n\nDrafted by Paramedic. Review the steps, fill in the placeholders and remove\nthe draft markers to sign them off; until then they do not count as coverage.\n`;
    const sha = await commitOneFile(root, { parent, filePath: planPath, content: after, message });
    const pushed = await pushCommit(root, sha, pr.headRef);
    if (pushed.ok) {
      log(`pushed ${sha.slice(0, 7)} to ${pr.headRef}: ${names.join(', ')}`);
      return { outcome: 'pushed', sha, added: added.map((a) => a.id) };
    }
    if (pushed.rejected === 'non-fast-forward' && attempt === 1) {
      log(`push to ${pr.headRef} was not a fast-forward; fetching the branch and trying once more`);
      const tip = await fetchBranchTip(root, pr.headRef);
      if (!tip) return { outcome: 'skipped', reason: `the branch ${pr.headRef} moved and could not be fetched` };
      parent = tip;
      continue;
    }
    return { outcome: 'skipped', reason: `${explainRefusal(pushed, pr.headRef)}; the suggested scenarios are in the summary and comment` };
  }
  return { outcome: 'skipped', reason: `the branch ${pr.headRef} kept moving; try again` };
}

/**
 * A push made with the job's GITHUB_TOKEN starts no workflow, so a required check on the
 * new head commit would wait forever. Paramedic reports the verdict on that commit itself.
 */
export async function reportStatusOnCommit(
  client: Octokit,
  repo: RepoRef,
  sha: string,
  verdict: Verdict,
  description: string,
  targetUrl: string | undefined,
  warn: (message: string) => void,
): Promise<void> {
  try {
    await client.rest.repos.createCommitStatus({
      ...repo,
      sha,
      state: verdict === 'fail' ? 'failure' : 'success',
      context: STATUS_CONTEXT,
      description: description.slice(0, 140),
      ...(targetUrl ? { target_url: targetUrl } : {}),
    });
  } catch (error) {
    warn(explainApiError(error, 'set the commit status on the drafted commit', 'statuses: write'));
  }
}
