import path from 'node:path';
import * as core from '@actions/core';
import * as log from './log.js';
import { plainHeadline, renderMarkdown } from '../report/markdown.js';
import { createClient, explainApiError, listAll, repoFromEnv, type Octokit, type RepoRef } from './api.js';
import { COMMENT_MARKER, commentWanted, MAX_COMMENT_CHARS, resolvedComment, upsertStickyComment } from './comment.js';
import type { RunnerEvent } from './event.js';
import { tokenIdentity } from './identity.js';
import type { ActionInputs } from './inputs.js';
import { setReportOutputs, writeSummaryOutput } from './report-outputs.js';
import { readSavedReport, SavedReportError } from './saved-report.js';

/**
 * The second half of the fork workflow: a `workflow_run` job (which has a write token) posts
 * the report that the fork's read-only `pull_request` run saved as an artifact. Nothing of the
 * fork is checked out or run here. The artifact is the fork's to write, so it is validated
 * strictly (saved-report.ts), and where to post is never taken from it: the pull request is
 * the open one whose head is the workflow run's head repository and commit, as the API says.
 */

interface WorkflowRun {
  id?: number;
  run_number?: number;
  event?: string;
  head_sha?: string;
  head_branch?: string | null;
  head_repository?: { full_name?: string; owner?: { login?: string } } | null;
  html_url?: string;
}

interface PullSummary {
  number: number;
  state?: string;
  head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
  base?: { repo?: { full_name?: string } | null };
}

const SHA = /^[0-9a-f]{40}$/;

/** Thrown for what must fail the step: a report that is not the run's, or not a report at all. */
class Refused extends Error {}

export async function postSavedReport(inputs: ActionInputs, event: RunnerEvent, workspace: string): Promise<void> {
  try {
    await post(inputs, event, workspace);
  } catch (error) {
    if (error instanceof SavedReportError || error instanceof Refused) {
      log.setFailed(`report-path: ${error.message}`);
      return;
    }
    throw error;
  }
}

async function post(inputs: ActionInputs, event: RunnerEvent, workspace: string): Promise<void> {
  if (event.name !== 'workflow_run') throw new Refused(`posts a saved report from a \`workflow_run\` job only (this is a ${event.name || 'unknown'} event); see the README's fork pull requests recipe`);
  const run = (event.payload.workflow_run ?? {}) as WorkflowRun;
  const headSha = typeof run.head_sha === 'string' && SHA.test(run.head_sha) ? run.head_sha : undefined;
  const headRepo = run.head_repository?.full_name;
  if (!headSha || typeof headRepo !== 'string' || !run.head_branch) throw new Refused('the workflow_run event names no head commit, head repository or head branch');
  if (run.event !== 'pull_request') {
    log.info(`report-path: the run that saved the report was started by ${run.event ?? 'an unknown event'}, not a pull request; nothing to post`);
    return;
  }

  const file = path.resolve(workspace, inputs.reportPath);
  const report = readSavedReport(file);
  // The report must be about the commit this run names: an artifact from another push, or one
  // made up for another pull request, is refused, whatever it says about itself.
  if (report.source.headSha !== headSha) throw new Refused(`the saved report checked ${report.source.headSha.slice(0, 12)}, but the workflow run is for ${headSha.slice(0, 12)}; not posted`);
  const repo = repoFromEnv();
  if (!repo) throw new Refused('GITHUB_REPOSITORY is not set');
  if (report.source.repository.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase()) throw new Refused(`the saved report is for ${report.source.repository}, not ${repo.owner}/${repo.repo}; not posted`);

  setReportOutputs(report, report.source);
  const repoUrl = `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repo.owner}/${repo.repo}`;
  const runNote = `Posted from the report the pull request's own run saved${typeof run.id === 'number' ? ` ([run ${run.id}](${repoUrl}/actions/runs/${run.id}))` : ''}, for commit ${headSha.slice(0, 7)}.`;
  const options = { links: { repoUrl, sha: headSha }, context: `pull request: ${report.source.baseSha ? `${report.source.baseSha.slice(0, 7)}…` : ''}${headSha.slice(0, 7)}`, stubs: [], notes: [runNote] };
  const summary = renderMarkdown(report, options);
  await core.summary.addRaw(summary, true).write().catch((e: unknown) => log.warning(`could not write the job summary: ${String(e)}`));
  writeSummaryOutput(summary);

  if (!inputs.token) throw new Refused('the `token` input is empty: the comment cannot be posted');
  const client = await createClient(inputs.token);
  const numbers = await pullRequestsFor(client, repo, headRepo, run.head_branch, headSha);
  if (numbers === undefined) return;
  if (numbers.length === 0) {
    log.info(`report-path: no open pull request has head ${headRepo}@${headSha.slice(0, 7)} (closed, or pushed to since); nothing posted`);
    return;
  }
  if (numbers.length > 1) throw new Refused(`${numbers.length} open pull requests (#${numbers.join(', #')}) have head ${headRepo}@${headSha.slice(0, 7)}; not posted, as it is not clear which one the report is for`);
  const number = numbers[0]!;
  if (report.source.pullRequest !== undefined && report.source.pullRequest !== number) log.info(`report-path: the saved report names pull request #${report.source.pullRequest}; posting on #${number}, the one GitHub says has this head`);

  const wanted = commentWanted(inputs.settings.comment ?? 'auto', report);
  if (wanted === 'none') return;
  const body = wanted === 'report' ? renderMarkdown(report, { ...options, maxChars: MAX_COMMENT_CHARS, marker: COMMENT_MARKER }) : resolvedComment(report, headSha);
  try {
    let identity: ReturnType<typeof tokenIdentity> | undefined;
    const done = await upsertStickyComment(client, repo, number, body, () => (identity ??= tokenIdentity(client)), { create: wanted === 'report' });
    if (done.id !== undefined) core.setOutput('comment-id', String(done.id));
    log.info(`PR comment on #${number}: ${done.outcome}`);
  } catch (error) {
    log.warning(explainApiError(error, 'update the pull request comment', 'pull-requests: write'));
  }
  log.info(plainHeadline(report));
}

/**
 * The open pull requests of this repository whose head is `headRepo` at `headSha`. The event's
 * own `pull_requests` list is empty for a fork's run, so the API is asked, by head branch, and
 * each answer is checked against the head repository and commit.
 */
async function pullRequestsFor(client: Octokit, repo: RepoRef, headRepo: string, headBranch: string, headSha: string): Promise<number[] | undefined> {
  const owner = headRepo.split('/')[0]!;
  try {
    const pulls = await listAll<PullSummary>(client, 'GET /repos/{owner}/{repo}/pulls', { ...repo, state: 'open', head: `${owner}:${headBranch}` }, 'open pull requests');
    const base = `${repo.owner}/${repo.repo}`.toLowerCase();
    return pulls
      .filter((p) => p.head?.sha === headSha && p.head.repo?.full_name?.toLowerCase() === headRepo.toLowerCase() && (p.base?.repo?.full_name ?? base).toLowerCase() === base)
      .map((p) => p.number)
      .filter((n) => Number.isInteger(n) && n > 0);
  } catch (error) {
    log.warning(explainApiError(error, 'find the pull request of the workflow run', 'pull-requests: read'));
    return undefined;
  }
}
