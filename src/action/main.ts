import path from 'node:path';
import * as core from '@actions/core';
import type { Catalog } from '../catalog/load.js';
import { checkRepository, type PipelineResult } from '../check/pipeline.js';
import type { CheckReport } from '../check/types.js';
import type { Config } from '../config/schema.js';
import { resolveDiffTarget } from '../diff/index.js';
import { draftForGaps } from '../draft/plan-draft.js';
import { renderMarkdown, headline, type SuggestedStub } from '../report/markdown.js';
import { createClient, explainApiError, repoFromEnv, type Octokit, type RepoRef } from './api.js';
import { COMMENT_MARKER, MAX_COMMENT_CHARS, upsertStickyComment } from './comment.js';
import { commitDraftsToPullRequest, reportStatusOnCommit, type PlanDrafter } from './draft-commit.js';
import { syncSweepPullRequest } from './draft-pr.js';
import { defaultBranchOf, pullRequestOf, readRunnerEvent, type RunnerEvent } from './event.js';
import { readInputs } from './inputs.js';
import { annotate, setReportOutputs } from './report-outputs.js';
import { syncTrackingIssue, TRACKING_MARKER } from './tracking-issue.js';
import { gitText } from '../util/git.js';

/** The job summary limit is 1 MiB; stay well under it. */
const MAX_SUMMARY_CHARS = 900_000;

function stubsFor(report: CheckReport, catalog: Catalog, workspace: string, config: Config): { stubs: SuggestedStub[]; drafter: PlanDrafter; planPath: string } {
  const gaps = report.dependencies.filter((d) => report.gaps.includes(d.id));
  const make: PlanDrafter = (planText) => {
    const result = draftForGaps({ gaps, catalog, planPath: report.doc, planText, root: workspace });
    return { after: result.after, added: result.added.map((a) => ({ id: a.id, title: a.title, name: catalog.byId.get(a.id)?.name ?? a.id })) };
  };
  const preview = draftForGaps({ gaps, catalog, planPath: report.doc, planText: null, root: workspace });
  const stubs = config.draft === 'off' ? [] : preview.stubs.map((s) => ({ id: s.id, title: s.title, markdown: s.markdown }));
  return { stubs, drafter: make, planPath: report.doc ?? preview.path };
}

async function sideChannel(what: string, permission: string, fn: () => Promise<string | void>): Promise<string | undefined> {
  try {
    const result = await fn();
    return typeof result === 'string' ? result : undefined;
  } catch (error) {
    const message = explainApiError(error, what, permission);
    core.warning(message);
    return message;
  }
}

/** Runs the action: compute the verdict first, then report it everywhere; side channels never change it. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    const event = readRunnerEvent();
    const target = resolveDiffTarget(event.name, event.payload, { baseRef: inputs.baseRef, headRef: inputs.headRef });
    core.info(`Paramedic: ${target.why}`);

    // The config file is read by the pipeline: from the merge base in a pull-request check
    // (head's own config must not decide head's verdict), from the workspace in a sweep.
    const options = { configFile: inputs.configPath, settings: inputs.settings, warn: (m: string) => core.warning(m), log: (m: string) => core.info(m) };
    const revisions =
      target.mode === 'pr' && target.base && target.head && inputs.settings.mode !== 'sweep'
        ? {
            base: target.base,
            head: target.head,
            // An input that does not resolve is an error naming it; the event's revisions may fall back.
            ...(target.baseFrom === 'input' ? { baseLabel: 'base-ref' } : {}),
            ...(target.headFrom === 'input' ? { headLabel: 'head-ref' } : {}),
            ...(target.baseBranch ? { baseBranch: target.baseBranch } : {}),
            ...(target.sweepIfUnresolvable ? { sweepIfUnresolvable: true } : {}),
            checkoutHasHead: !event.name.endsWith('_target'),
          }
        : {};
    const result: PipelineResult = await checkRepository(workspace, { ...options, ...revisions });
    const config = result.config;
    if (config.mode === 'pr' && target.mode === 'sweep') core.info(`mode: pr, but ${target.why}; checked the whole repository`);
    const { report, catalog, mode } = result;
    // Side channels follow what the event asked for: a pull request whose base could not be
    // fetched still gets its comment (and never a sweep's draft PR or tracking issue).
    const channel = config.mode === 'sweep' ? 'sweep' : target.mode;
    for (const w of report.warnings) core.warning(w.message, { file: w.path, ...(w.line ? { startLine: w.line } : {}) });

    const reportPath = setReportOutputs(report);
    annotate(report, mode);
    const { stubs, drafter, planPath } = stubsFor(report, catalog, workspace, config);
    const notes: string[] = [];
    const repo = repoFromEnv();
    const client = inputs.token && repo ? await createClient(inputs.token) : undefined;
    const links = repo ? { repoUrl: `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repo.owner}/${repo.repo}`, sha: result.head ?? process.env.GITHUB_SHA } : undefined;
    const context = mode === 'pr' && result.base && result.head ? `pull request: ${result.base.slice(0, 7)}…${result.head.slice(0, 7)}` : 'full sweep';

    // Drafts committed before the comment is written, so the comment can say what happened.
    // A sweep runs it with no gaps too: that is when its draft pull request gets closed.
    if (config.draft === 'commit' && client && repo && (report.gaps.length > 0 || channel === 'sweep')) {
      try {
        const note = await draftCommit(event, channel, workspace, client, repo, planPath, drafter, report);
        if (note) notes.push(note);
      } catch (error) {
        core.warning(`draft: commit failed: ${error instanceof Error ? error.message : String(error)}; the suggested scenarios are in the summary`);
      }
    }

    const summary = renderMarkdown(report, { links, context, stubs, notes, maxChars: MAX_SUMMARY_CHARS });
    await core.summary.addRaw(summary, true).write().catch((e: unknown) => core.warning(`could not write the job summary: ${String(e)}`));

    const prPayload = pullRequestOf(event);
    if (channel === 'pr' && config.comment && client && repo && prPayload?.number) {
      const body = renderMarkdown(report, { links, context, stubs, notes, maxChars: MAX_COMMENT_CHARS, marker: COMMENT_MARKER });
      const outcome = await sideChannel('update the pull request comment', 'pull-requests: write', async () => {
        const result = await upsertStickyComment(client, repo, prPayload.number!, body);
        core.info(`PR comment: ${result}`);
      });
      if (outcome) core.info('the report is in the job summary');
    }

    if (channel === 'sweep' && config.trackingIssue && client && repo) {
      const blocking = report.gaps.length > 0 || report.findings.some((f) => f.severity !== 'notice');
      const body = blocking ? renderMarkdown(report, { links, context, stubs, maxChars: MAX_COMMENT_CHARS - TRACKING_MARKER.length - 1 }) : null;
      await sideChannel('update the tracking issue', 'issues: write', async () => {
        core.info(`tracking issue: ${await syncTrackingIssue(client, repo, body)}`);
      });
    }

    core.info(headline(report).replace(/\*\*/g, ''));
    core.info(`full report: ${reportPath}`);
    if (report.verdict === 'fail') core.setFailed(headline(report).replace(/\*\*/g, '').replace(/^\S+\s/, ''));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

async function draftCommit(
  event: RunnerEvent,
  mode: 'pr' | 'sweep',
  workspace: string,
  client: Octokit,
  repo: RepoRef,
  planPath: string,
  drafter: PlanDrafter,
  report: CheckReport,
): Promise<string | undefined> {
  const prPayload = pullRequestOf(event);
  if (mode === 'pr' && prPayload?.head?.ref && prPayload.head.sha) {
    const result = await commitDraftsToPullRequest({
      root: workspace,
      pr: {
        number: prPayload.number!,
        headRef: prPayload.head.ref,
        headSha: prPayload.head.sha,
        headRepo: prPayload.head.repo?.full_name ?? '',
        baseRepo: prPayload.base?.repo?.full_name ?? `${repo.owner}/${repo.repo}`,
      },
      planPath,
      draft: drafter,
      log: (m) => core.info(m),
    });
    if (result.outcome === 'pushed') {
      await reportStatusOnCommit(client, repo, result.sha, report.verdict, `${report.verdict}: drafted ${result.added.join(', ')}; review the stubs`, undefined, (m) => core.warning(m));
      return `Paramedic committed draft scenarios (${result.added.join(', ')}) to this branch as ${result.sha.slice(0, 7)}. Review them and remove the draft markers to sign off.`;
    }
    if (result.outcome === 'skipped') {
      core.warning(`draft: commit skipped: ${result.reason}`);
      return `Draft scenarios were not committed: ${result.reason}.`;
    }
    return undefined;
  }
  if (mode === 'sweep') {
    const baseBranch = defaultBranchOf(event) ?? (await gitText(workspace, ['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
    const baseSha = (await gitText(workspace, ['rev-parse', 'HEAD'])).trim();
    const result = await sideChannel('open or update the draft pull request', 'contents: write, pull-requests: write', async () => {
      const outcome = await syncSweepPullRequest({
        root: workspace,
        client,
        repo,
        baseBranch,
        baseSha,
        planPath,
        draft: drafter,
        body: (title) => `${title}\n\nDraft recovery scenarios for the services the plan does not cover yet. Review the steps, fill in the placeholders, and remove each draft marker to sign it off.\n\n_Opened by the weekly Paramedic sweep; updated in place on later sweeps._`,
        log: (m) => core.info(m),
      });
      core.info(`draft PR: ${outcome.outcome}${outcome.number ? ` #${outcome.number}` : ''}`);
      return outcome.number ? `Draft scenarios are in pull request #${outcome.number}.` : undefined;
    });
    return result;
  }
  return undefined;
}
