import path from 'node:path';
import * as core from '@actions/core';
import * as log from './log.js';
import type { Catalog } from '../catalog/load.js';
import type { Dependency } from '../catalog/match.js';
import { checkRepository, type PipelineResult } from '../check/pipeline.js';
import type { CheckReport } from '../check/types.js';
import type { Config } from '../config/schema.js';
import { resolveDiffTarget } from '../diff/event.js';
import { commitOfLine, draftsAwaitingSignOff } from '../draft/awaiting.js';
import { actionDraftCommand } from '../report/cli-command.js';
import { md } from '../report/escape.js';
import { plainHeadline, renderMarkdown, type DraftedStub, type LinkContext, type SuggestedStub } from '../report/markdown.js';
import { createClient, explainApiError, repoFromEnv, type Octokit, type RepoRef } from './api.js';
import { COMMENT_MARKER, commentWanted, MAX_COMMENT_CHARS, resolvedComment, upsertStickyComment } from './comment.js';
import { commitDraftsToPullRequest, reportStatusOnCommit, statusContext, type PlanDrafter } from './draft-commit.js';
import { PullRequestCreationRefused, SWEEP_BRANCH, syncSweepPullRequest } from './draft-pr.js';
import { defaultBranchOf, pullRequestOf, readRunnerEvent, type RunnerEvent } from './event.js';
import { tokenIdentity, type TokenIdentity } from './identity.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { fetchOrgConfig } from './org-config.js';
import { remoteEnvForToken, type RemoteEnv } from './plan-commit.js';
import { annotate, reportSource, setReportOutputs, writeSummaryOutput } from './report-outputs.js';
import { syncTrackingIssue, TRACKING_MARKER } from './tracking-issue.js';
import { git } from '../util/git.js';
import { writeReportFile } from '../util/report-file.js';
import { packageVersion } from '../cli/version.js';

/** GitHub's job summary limit is 1 MiB per step, in bytes; a little is left for the line ending. */
const MAX_SUMMARY_BYTES = 1024 * 1024 - 1024;

/**
 * The stubs for the gaps. In PR mode each gap's stub is drafted from the whole head tree's
 * evidence for that service (read from git objects), not only the diff's lines.
 */
async function stubsFor(
  report: CheckReport,
  catalog: Catalog,
  workspace: string,
  config: Config,
  headRevision: string | undefined,
): Promise<{ stubs: SuggestedStub[]; drafter: PlanDrafter; planPath: string }> {
  let gaps: Dependency[] = report.dependencies.filter((d) => report.gaps.includes(d.id) && !d.covered);
  if (gaps.length === 0 && config.draft !== 'commit') {
    // No gap, so no stub; and the drafter and plan path serve only `draft: commit`.
    const unused: PlanDrafter = () => {
      throw new Error('plans are drafted only under draft: commit');
    };
    return { stubs: [], drafter: unused, planPath: report.doc ?? '' };
  }
  // The drafting stage (its variants and head's evidence lookup) loads here, not at start-up.
  const { dependenciesAtRevision, draftForGaps } = await import('../draft/plan-draft.js');
  if (headRevision && gaps.length > 0 && config.draft !== 'off') gaps = await dependenciesAtRevision(workspace, headRevision, catalog, gaps, { exclude: config.exclude });
  const make: PlanDrafter = (planText) => {
    const result = draftForGaps({ gaps, catalog, planPath: report.doc, planText, root: workspace, stubOptions: { tier3: config.draftTier3 } });
    return { after: result.after, added: result.added.map((a) => ({ id: a.id, title: a.title, name: catalog.byId.get(a.id)?.name ?? a.id })) };
  };
  const preview = draftForGaps({ gaps, catalog, planPath: report.doc, planText: null, root: workspace, stubOptions: { tier3: config.draftTier3 } });
  const stubs = config.draft === 'off' ? [] : preview.stubs.map((s) => ({ id: s.id, title: s.title, markdown: s.markdown }));
  return { stubs, drafter: make, planPath: report.doc ?? preview.path };
}

async function sideChannel(what: string, permission: string, fn: () => Promise<string | void>): Promise<string | undefined> {
  try {
    const result = await fn();
    return typeof result === 'string' ? result : undefined;
  } catch (error) {
    const message = error instanceof PullRequestCreationRefused ? PR_CREATION_SETTING : explainApiError(error, what, permission);
    log.warning(message);
    return message;
  }
}

/** The repository setting a 403 on opening the sweep's pull request points at. */
const PR_CREATION_SETTING =
  'Paramedic could not open or update the draft pull request: GitHub refused to create it (403). Turn on "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General → Workflow permissions; an organization can lock it), and give the job `permissions: contents: write, pull-requests: write`; or pass a GitHub App token or PAT as `token`.';

/** Once per run, and only when asked: who the token writes as. */
function lazyIdentity(client: Octokit): () => Promise<TokenIdentity> {
  let pending: Promise<TokenIdentity> | undefined;
  return () => (pending ??= tokenIdentity(client));
}

/** Runs the action: compute the verdict first, then report it everywhere; side channels never change it. */
export async function run(): Promise<void> {
  // Held until the report is in: gaps and caused findings must not lose their slots to parse warnings.
  log.holdAnnotations();
  try {
    const inputs = readInputs();
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    const event = readRunnerEvent();
    if (inputs.reportPath) {
      // The fork workflow's second half: post a saved report; nothing is checked out or run.
      const { postSavedReport } = await import('./saved-report-run.js');
      await postSavedReport(inputs, event, workspace);
      log.flushAnnotations();
      return;
    }
    const target = resolveDiffTarget(event.name, event.payload, { baseRef: inputs.baseRef, headRef: inputs.headRef });
    log.info(`Paramedic: ${target.why}`);

    // The config file is read by the pipeline: from the merge base in a pull-request check
    // (head's own config must not decide head's verdict), from the workspace in a sweep.
    // An organisation config (`config: OWNER/REPO/PATH@REF`) is read first: one that cannot be read fails the run.
    const orgConfig = inputs.orgConfig ? await fetchOrgConfig(inputs.orgConfig, inputs.configToken || inputs.token) : undefined;
    const options = { configFile: inputs.configPath, settings: inputs.settings, ...(orgConfig ? { orgConfig } : {}), warn: (m: string) => log.warning(m), log: (m: string) => log.info(m) };
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
    if (config.mode === 'pr' && target.mode === 'sweep') log.info(`mode: pr, but ${target.why}; checked the whole repository`);
    const { report, catalog, mode } = result;
    // Side channels follow what the event asked for: a pull request whose base could not be
    // fetched still gets its comment (and never a sweep's draft PR or tracking issue).
    const channel = config.mode === 'sweep' ? 'sweep' : target.mode;
    for (const w of report.warnings) log.warning(w.message, { file: w.path, ...(w.line ? { startLine: w.line } : {}) }, 'parse');

    const reportPath = setReportOutputs(report, reportSource(event, result));
    if (inputs.sarifPath) {
      const file = path.resolve(workspace, inputs.sarifPath);
      const { sarifText } = await import('../report/sarif.js');
      const problem = writeReportFile(file, sarifText(report, { version: packageVersion(), draftCommand: actionDraftCommand() }), workspace);
      // The workflow asked for the file (an upload step reads it next): not writing it fails loudly.
      if (problem) log.setFailed(`sarif: ${file} ${problem}`);
      else core.setOutput('sarif', file);
    }
    const repo = repoFromEnv();
    const repoUrl = repo ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repo.owner}/${repo.repo}` : undefined;
    const checkedHead = mode === 'pr' && result.head ? result.head : undefined;
    const links: LinkContext | undefined = repoUrl ? { repoUrl, sha: result.head ?? process.env.GITHUB_SHA } : undefined;
    const context = mode === 'pr' && result.base && result.head ? `pull request: ${result.base.slice(0, 7)}…${result.head.slice(0, 7)}` : 'full sweep';
    const draftCommand = actionDraftCommand();
    const notes: string[] = [];

    // Stubs already in the checked plan, waiting for a person: named with their commit, never offered again.
    const drafted = new Map<string, DraftedStub>();
    for (const [id, draft] of draftsAwaitingSignOff(report)) {
      const sha = draft.path ? commitOfLine(workspace, draft.path, draft.line, checkedHead) : undefined;
      drafted.set(id, { ...(sha ? { sha, ...(repoUrl ? { url: `${repoUrl}/commit/${sha}` } : {}) } : {}), ...(draft.path ? { path: draft.path } : {}), line: draft.line });
    }
    const { stubs, drafter, planPath } = await stubsFor(report, catalog, workspace, config, checkedHead);
    const client = inputs.token && repo ? await createClient(inputs.token) : undefined;
    const identity = client ? lazyIdentity(client) : undefined;

    // Drafts committed before the comment is written, so the comment can say what happened.
    // A sweep runs it with no gaps too: that is when its draft pull request gets closed.
    if (config.draft === 'commit' && report.plans) {
      // One commit writes one plan; a monorepo's stubs belong in several.
      notes.push('Draft scenarios were not committed: this repository has a plan per service, and `draft: commit` writes one plan; the suggested scenarios are below.');
    } else if (config.draft === 'commit') {
      if (!client || !repo) {
        const why = !inputs.token ? 'the `token` input is empty' : 'GITHUB_REPOSITORY is not set';
        log.warning(`draft: commit did nothing: ${why}, so Paramedic cannot push or open a pull request. Pass a token (the default is \`\${{ github.token }}\`); the suggested scenarios are in the summary.`);
        notes.push(`Draft scenarios were not committed: ${why}.`);
      } else if (report.gaps.length > 0 || channel === 'sweep') {
        try {
          const remote = await remoteEnvForToken(workspace, inputs.token);
          if (remote.header) core.setSecret(remote.header.replace(/^AUTHORIZATION: basic /, ''));
          const outcome = await draftCommit({ event, mode: channel, workspace, client, repo, repoUrl: repoUrl!, planPath, drafter, report, inputs, remoteEnv: remote.env });
          if (outcome.note) notes.push(outcome.note);
          for (const [id, stub] of outcome.drafted ?? []) drafted.set(id, stub);
        } catch (error) {
          log.warning(`draft: commit failed: ${error instanceof Error ? error.message : String(error)}; the suggested scenarios are in the summary`);
        }
      }
    }
    annotate(report, mode, { drafted, draftCommand });
    const unannotated = notAnnotatedSection(log.flushAnnotations());

    const summary = renderMarkdown(report, { links, context, stubs, notes, drafted, draftCommand, maxBytes: MAX_SUMMARY_BYTES - Buffer.byteLength(unannotated) }) + unannotated;
    await core.summary.addRaw(summary, true).write().catch((e: unknown) => log.warning(`could not write the job summary: ${String(e)}`));
    writeSummaryOutput(summary);

    const prNumber = pullRequestOf(event)?.number;
    const wanted = commentWanted(config.comment, report);
    if (channel === 'pr' && prNumber && wanted !== 'none') {
      if (client && repo && identity) {
        const body =
          wanted === 'report'
            ? renderMarkdown(report, { links, context, stubs, notes, drafted, draftCommand, maxChars: MAX_COMMENT_CHARS, marker: COMMENT_MARKER })
            : resolvedComment(report, result.head ?? process.env.GITHUB_SHA);
        const outcome = await sideChannel('update the pull request comment', 'pull-requests: write', async () => {
          const done = await upsertStickyComment(client, repo, prNumber, body, identity, { create: wanted === 'report' });
          if (done.id !== undefined) core.setOutput('comment-id', String(done.id));
          log.info(`PR comment: ${done.outcome}${wanted === 'resolved' ? ' (nothing left to report on this change)' : ''}`);
        });
        if (outcome) log.info('the report is in the job summary');
        const pr = pullRequestOf(event);
        const fromFork = pr?.head?.repo?.full_name && pr.base?.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name;
        if (outcome && fromFork) log.info("this pull request comes from a fork, whose token is read-only: save the `report` output as an artifact and post it from a workflow_run job with `report-path` (README: Pull requests from forks)");
      } else if (wanted === 'report') {
        log.info('no PR comment: there is no token (or no GITHUB_REPOSITORY); the report is in the job summary');
      }
    }

    if (channel === 'sweep' && config.trackingIssue && client && repo && identity) {
      const branch = await sweptBranch(event, workspace, {});
      if (branch.other) {
        log.info(`tracking issue not updated: ${branch.other}`);
      } else {
        const blocking = report.gaps.length > 0 || report.findings.some((f) => f.severity !== 'notice');
        const body = blocking ? renderMarkdown(report, { links, context, stubs, drafted, draftCommand, maxChars: MAX_COMMENT_CHARS - TRACKING_MARKER.length - 1 }) : null;
        await sideChannel('update the tracking issue', 'issues: write', async () => {
          log.info(`tracking issue: ${await syncTrackingIssue(client, repo, body, identity)}`);
        });
      }
    }

    const line = plainHeadline(report);
    log.info(line);
    log.info(`full report: ${reportPath}`);
    if (report.verdict === 'fail') log.setFailed(line.replace(/^\S+\s/, ''));
  } catch (error) {
    log.flushAnnotations();
    log.setFailed(error instanceof Error ? error.message : String(error));
  }
}

/** The annotations GitHub's budget left out, listed at the end of the job summary (repository text escaped). */
function notAnnotatedSection(overflow: log.HeldAnnotation[]): string {
  if (overflow.length === 0) return '';
  const lines = overflow.slice(0, 200).map((a) => `- **${a.level}** ${md(log.where(a))}${md(a.message)}`);
  if (overflow.length > lines.length) lines.push(`- … and ${overflow.length - lines.length} more (in the job log)`);
  return `\n<details><summary>${overflow.length} more annotation${overflow.length === 1 ? '' : 's'} than GitHub shows per step</summary>\n\n${lines.join('\n')}\n\n</details>\n`;
}

interface DraftOutcome {
  /** Markdown for the report (repository text escaped) */
  note?: string;
  drafted?: Map<string, DraftedStub>;
}

/**
 * Which branch a sweep checked, and whether that is the default branch. Only the default
 * branch's sweep may open the draft pull request or write the tracking issue: a
 * workflow_dispatch on a feature branch would otherwise carry that branch's code into the
 * bot's "docs" pull request (and past a two-person rule).
 */
async function sweptBranch(event: RunnerEvent, workspace: string, env: RemoteEnv): Promise<{ branch?: string; defaultBranch?: string; other?: string }> {
  const ref = process.env.GITHUB_REF || (typeof event.payload.ref === 'string' ? event.payload.ref : '');
  let branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  if (!branch && !ref) {
    const current = await git(workspace, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
    if (current.code === 0) branch = current.stdout.toString('utf8').trim() || undefined;
  }
  let defaultBranch = defaultBranchOf(event);
  if (!defaultBranch) {
    const head = await git(workspace, ['ls-remote', '--symref', 'origin', 'HEAD'], undefined, env);
    const symref = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(head.stdout.toString('utf8'));
    defaultBranch = symref?.[1];
  }
  if (!defaultBranch) return { ...(branch ? { branch } : {}), other: 'the default branch is unknown (the event names none and origin did not say), so this run cannot tell whether it checked it' };
  if (branch !== defaultBranch) {
    const what = branch ? `the branch ${branch}` : ref ? ref : 'a detached checkout';
    return { ...(branch ? { branch } : {}), defaultBranch, other: `this run checked ${what}, not the default branch ${defaultBranch}; only a run on ${defaultBranch} opens or updates it` };
  }
  return { branch, defaultBranch };
}

async function draftCommit(options: {
  event: RunnerEvent;
  mode: 'pr' | 'sweep';
  workspace: string;
  client: Octokit;
  repo: RepoRef;
  repoUrl: string;
  planPath: string;
  drafter: PlanDrafter;
  report: CheckReport;
  inputs: ActionInputs;
  remoteEnv: RemoteEnv;
}): Promise<DraftOutcome> {
  const { event, mode, workspace, client, repo, repoUrl, planPath, drafter, report, remoteEnv } = options;
  const prPayload = pullRequestOf(event);
  if (mode === 'pr' && prPayload?.head?.ref && prPayload.head.sha) {
    const headRef = prPayload.head.ref;
    const result = await commitDraftsToPullRequest({
      root: workspace,
      pr: {
        number: prPayload.number!,
        headRef,
        headSha: prPayload.head.sha,
        headRepo: prPayload.head.repo?.full_name ?? '',
        baseRepo: prPayload.base?.repo?.full_name ?? `${repo.owner}/${repo.repo}`,
      },
      planPath,
      draft: drafter,
      log: (m) => log.info(m),
      remoteEnv,
    });
    if (result.outcome === 'pushed') {
      const context = statusContext(options.inputs.statusContext);
      await reportStatusOnCommit(client, repo, result.sha, report.verdict, `${report.verdict}: drafted ${result.added.join(', ')}; review the stubs`, context, undefined, (m) => log.warning(m));
      const url = `${repoUrl}/commit/${result.sha}`;
      const drafted = new Map(result.added.map((id) => [id, { sha: result.sha, url }] as [string, DraftedStub]));
      return {
        note: `Paramedic committed draft scenarios (${result.added.map(md).join(', ')}) to this branch: drafted in [${result.sha.slice(0, 7)}](${url}), awaiting sign-off. Review them and remove the draft markers to sign off.`,
        drafted,
      };
    }
    if (result.outcome === 'present') {
      const url = result.sha ? `${repoUrl}/commit/${result.sha}` : `${repoUrl}/tree/${result.tip}`;
      const stub: DraftedStub = result.sha ? { sha: result.sha, url } : { url };
      const drafted = new Map(report.gaps.map((id) => [id, stub] as [string, DraftedStub]));
      const where = result.sha ? `drafted in [${result.sha.slice(0, 7)}](${url})` : `already on [${md(headRef)}](${url})`;
      return { note: `The draft scenarios are ${where}, awaiting sign-off; nothing new was committed.`, drafted };
    }
    if (result.outcome === 'skipped') {
      log.warning(`draft: commit skipped: ${result.reason}`);
      return { note: `Draft scenarios were not committed: ${md(result.reason)}.` };
    }
    return {};
  }
  if (mode === 'sweep') {
    const branch = await sweptBranch(event, workspace, remoteEnv);
    if (branch.other) {
      const why = `draft pull request not opened: ${branch.other}`;
      log.warning(`draft: commit: ${why}`);
      return { note: `The ${md(why)}.` };
    }
    const baseSha = (await git(workspace, ['rev-parse', 'HEAD'])).stdout.toString('utf8').trim();
    let outcome: Awaited<ReturnType<typeof syncSweepPullRequest>> | undefined;
    const failure = await sideChannel(
      'open or update the draft pull request',
      'contents: write, pull-requests: write',
      async () => {
        outcome = await syncSweepPullRequest({
          root: workspace,
          client,
          repo,
          baseBranch: branch.defaultBranch!,
          baseSha,
          planPath,
          draft: drafter,
          gaps: report.gaps,
          body: (title) => `${title}\n\nDraft recovery scenarios for the services the plan does not cover yet. Review the steps, fill in the placeholders, and remove each draft marker to sign it off. Commits you push to \`${SWEEP_BRANCH}\` are kept: later sweeps add their stubs on top.\n\n_Opened by the weekly Paramedic sweep; updated in place on later sweeps._`,
          log: (m) => log.info(m),
          remoteEnv,
        });
        log.info(`draft PR: ${outcome.outcome}${outcome.number ? ` #${outcome.number}` : ''}`);
      },
    );
    if (failure || !outcome?.number) return {};
    const url = `${repoUrl}/pull/${outcome.number}`;
    const stub: DraftedStub = { ...(outcome.tip ? { sha: outcome.tip } : {}), pullRequest: outcome.number, url };
    const drafted = new Map((outcome.outcome === 'closed' ? [] : (outcome.drafted ?? [])).map((id) => [id, stub] as [string, DraftedStub]));
    return { note: outcome.outcome === 'closed' ? `The draft pull request #${outcome.number} was closed: no gaps left.` : `Draft scenarios are in pull request #${outcome.number}.`, drafted };
  }
  return {};
}
