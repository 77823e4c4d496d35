import type { Octokit, RepoRef } from './api.js';
import { listAll } from './api.js';
import type { PlanDrafter } from './draft-commit.js';
import { draftPrTitle } from './draft-title.js';
import { commitOneFile, explainRefusal, fetchBranchTip, pushCommit, readFileAt, remoteBranchTip, type RemoteEnv } from './plan-commit.js';

/** The sweep's fixed branch: one PR carries every stub and is updated in place. */
export const SWEEP_BRANCH = 'paramedic/disaster-recovery-plan';

export interface SweepPrOutcome {
  outcome: 'opened' | 'updated' | 'unchanged' | 'closed' | 'none';
  number?: number;
  title?: string;
  /** the branch's tip after this run, when it holds drafts */
  tip?: string;
  /** gap ids whose scenario is on the branch, awaiting sign-off */
  drafted?: string[];
}

/**
 * GitHub refused to open the pull request (403). With the job token that is almost always the
 * repository (or organization) setting "Allow GitHub Actions to create and approve pull
 * requests", not the job's `permissions:`.
 */
export class PullRequestCreationRefused extends Error {
  readonly status = 403;
  constructor(cause: unknown) {
    super('GitHub refused to create the pull request (403)', { cause });
    this.name = 'PullRequestCreationRefused';
  }
}

interface PullLike {
  number: number;
  title: string;
  body?: string | null;
}

/**
 * The weekly sweep with `draft: commit`: stubs for every gap on a fixed branch, one PR to the
 * default branch titled per the brief, updated in place, closed when the default branch has no
 * gap left. The branch may carry people's commits (a reviewer filling in a stub): they are
 * kept. Nothing is ever reset or forced:
 * - no branch yet: it is created with one commit on the default branch's tip;
 * - the branch is merged or behind (its tip is an ancestor of the default branch): the new
 *   commit goes on the default branch's tip, a fast-forward of the branch;
 * - the branch has commits the default branch lacks: the stubs it does not hold yet go on top.
 * Git refuses any push that is not a fast-forward, so no commit on the branch can be lost.
 */
export async function syncSweepPullRequest(options: {
  root: string;
  client: Octokit;
  repo: RepoRef;
  baseBranch: string;
  baseSha: string;
  planPath: string;
  draft: PlanDrafter;
  /** ids of the gaps on the default branch (none: the draft PR is closed) */
  gaps: string[];
  body: (title: string) => string;
  log: (message: string) => void;
  remoteEnv?: RemoteEnv;
}): Promise<SweepPrOutcome> {
  const { root, client, repo, baseBranch, baseSha, planPath, draft, log } = options;
  const env = options.remoteEnv ?? {};
  const open = await listAll<PullLike>(client, 'GET /repos/{owner}/{repo}/pulls', { ...repo, state: 'open', head: `${repo.owner}:${SWEEP_BRANCH}` }, 'open pull requests');
  const existing = open[0];

  if (options.gaps.length === 0) {
    if (!existing) return { outcome: 'none' };
    await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: 'The plan on the default branch now covers these services. Closing.' });
    await client.rest.pulls.update({ ...repo, pull_number: existing.number, state: 'closed' });
    log(`closed #${existing.number}: no gaps left`);
    return { outcome: 'closed', number: existing.number };
  }

  const fromBase = draft(await readFileAt(root, baseSha, planPath));
  if (fromBase.added.length === 0) return { outcome: 'none' }; // no stub to offer (no rule drafts these gaps)
  const remoteTip = await remoteBranchTip(root, SWEEP_BRANCH, env);
  let tip = remoteTip;
  let names = fromBase.added.map((a) => a.name);
  let branchChanged = false;
  if (remoteTip === null) {
    const sha = await commitOneFile(root, { parent: baseSha, filePath: planPath, content: fromBase.after, message: commitMessage(names) });
    const pushed = await pushCommit(root, sha, SWEEP_BRANCH, { env });
    if (!pushed.ok) throw refused(pushed);
    log(`pushed ${sha.slice(0, 7)} to ${SWEEP_BRANCH} (new branch from ${baseBranch})`);
    tip = sha;
    branchChanged = true;
  } else {
    const fetched = await fetchBranchTip(root, SWEEP_BRANCH, env);
    if (fetched !== remoteTip) throw new Error(`could not fetch ${SWEEP_BRANCH} from origin`);
    const onTip = draft(await readFileAt(root, remoteTip, planPath));
    if (onTip.added.length > 0) {
      // First as a fast-forward from the default branch (the branch was merged or is behind);
      // git refuses that when the branch has commits of its own, and the stubs go on top of them.
      const fresh = await commitOneFile(root, { parent: baseSha, filePath: planPath, content: fromBase.after, message: commitMessage(names) });
      let pushed = await pushCommit(root, fresh, SWEEP_BRANCH, { env });
      let sha = fresh;
      if (!pushed.ok && pushed.rejected === 'non-fast-forward') {
        names = onTip.added.map((a) => a.name);
        sha = await commitOneFile(root, { parent: remoteTip, filePath: planPath, content: onTip.after, message: commitMessage(names) });
        pushed = await pushCommit(root, sha, SWEEP_BRANCH, { env });
        if (pushed.ok) log(`pushed ${sha.slice(0, 7)} to ${SWEEP_BRANCH} on top of its ${remoteTip.slice(0, 7)}: the commits on it are kept`);
      } else if (pushed.ok) {
        log(`pushed ${sha.slice(0, 7)} to ${SWEEP_BRANCH} (a fast-forward from ${baseBranch})`);
      }
      if (!pushed.ok) throw refused(pushed);
      tip = sha;
      branchChanged = true;
    }
  }

  const drafted = fromBase.added.map((a) => a.id);
  const title = draftPrTitle(fromBase.added.map((a) => a.name));
  const body = options.body(title);
  if (!existing) {
    const created = await client.rest.pulls.create({ ...repo, title, body, head: SWEEP_BRANCH, base: baseBranch }).catch((error: unknown) => {
      throw (error as { status?: number }).status === 403 && !isRateLimit(error) ? new PullRequestCreationRefused(error) : error;
    });
    return { outcome: 'opened', number: created.data.number, title, drafted, ...(tip ? { tip } : {}) };
  }
  if (!branchChanged && existing.title === title && (existing.body ?? '') === body) return { outcome: 'unchanged', number: existing.number, title, drafted, ...(tip ? { tip } : {}) };
  await client.rest.pulls.update({ ...repo, pull_number: existing.number, title, body });
  return { outcome: 'updated', number: existing.number, title, drafted, ...(tip ? { tip } : {}) };
}

function isRateLimit(error: unknown): boolean {
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
  return headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined;
}

function commitMessage(names: string[]): string {
  return `docs(disaster-recovery): draft scenarios for ${names.join(', ')}\n\nDrafted by Paramedic's weekly sweep.\n`;
}

function refused(pushed: Parameters<typeof explainRefusal>[0]): Error {
  return Object.assign(new Error(explainRefusal(pushed, SWEEP_BRANCH)), { status: pushed.rejected === 'permission' ? 403 : undefined });
}
