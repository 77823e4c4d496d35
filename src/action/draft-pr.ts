import type { Octokit, RepoRef } from './api.js';
import type { PlanDrafter } from './draft-commit.js';
import { draftPrTitle } from './draft-title.js';
import { commitOneFile, explainRefusal, fetchBranchTip, pushCommit, readFileAt, remoteBranchTip } from './plan-commit.js';

/** The sweep's fixed branch: one PR carries every stub and is updated in place. */
export const SWEEP_BRANCH = 'paramedic/disaster-recovery-plan';

export type SweepPrOutcome = { outcome: 'opened' | 'updated' | 'unchanged' | 'closed' | 'none'; number?: number; title?: string };

interface PullLike {
  number: number;
  title: string;
  body?: string | null;
}

/**
 * The weekly sweep with `draft: commit`: stubs for every gap on a fixed branch cut from the
 * default branch, one PR titled per the brief, updated in place, closed when the gaps are
 * gone. The branch is Paramedic's own, so moving it uses --force-with-lease against the
 * tip it saw, never a blind force.
 */
export async function syncSweepPullRequest(options: {
  root: string;
  client: Octokit;
  repo: RepoRef;
  baseBranch: string;
  baseSha: string;
  planPath: string;
  draft: PlanDrafter;
  body: (title: string) => string;
  log: (message: string) => void;
}): Promise<SweepPrOutcome> {
  const { root, client, repo, baseBranch, baseSha, planPath, draft, log } = options;
  const { after, added } = draft(await readFileAt(root, baseSha, planPath));
  const open = (await client.paginate(client.rest.pulls.list, { ...repo, state: 'open', head: `${repo.owner}:${SWEEP_BRANCH}`, per_page: 100 })) as PullLike[];
  const existing = open[0];

  if (added.length === 0) {
    if (!existing) return { outcome: 'none' };
    await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: 'The plan on the default branch now covers these services. Closing.' });
    await client.rest.pulls.update({ ...repo, pull_number: existing.number, state: 'closed' });
    log(`closed #${existing.number}: no gaps left`);
    return { outcome: 'closed', number: existing.number };
  }

  const title = draftPrTitle(added.map((a) => a.name));
  const body = options.body(title);
  const tip = await remoteBranchTip(root, SWEEP_BRANCH);
  let branchChanged = true;
  if (tip) {
    const fetched = await fetchBranchTip(root, SWEEP_BRANCH);
    if (fetched && (await readFileAt(root, fetched, planPath)) === after) branchChanged = false;
  }
  if (branchChanged) {
    const message = `docs(disaster-recovery): draft scenarios for ${added.map((a) => a.name).join(', ')}\n\nDrafted by Paramedic's weekly sweep.\n`;
    const sha = await commitOneFile(root, { parent: baseSha, filePath: planPath, content: after, message });
    const pushed = await pushCommit(root, sha, SWEEP_BRANCH, tip ?? '');
    if (!pushed.ok) throw Object.assign(new Error(explainRefusal(pushed, SWEEP_BRANCH)), { status: pushed.rejected === 'permission' ? 403 : undefined });
    log(`pushed ${sha.slice(0, 7)} to ${SWEEP_BRANCH}`);
  }

  if (!existing) {
    const created = await client.rest.pulls.create({ ...repo, title, body, head: SWEEP_BRANCH, base: baseBranch });
    return { outcome: 'opened', number: created.data.number, title };
  }
  if (!branchChanged && existing.title === title && (existing.body ?? '') === body) return { outcome: 'unchanged', number: existing.number, title };
  await client.rest.pulls.update({ ...repo, pull_number: existing.number, title, body });
  return { outcome: 'updated', number: existing.number, title };
}
