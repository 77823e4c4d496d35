import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import * as log from './log.js';
import type { CheckReport } from '../check/types.js';
import { oneLine } from '../report/escape.js';
import { statedCoverage, type DraftedStub } from '../report/markdown.js';
import { pullRequestOf, type RunnerEvent } from './event.js';
import type { ReportSource } from './saved-report.js';

/**
 * Where the report came from, saved beside the `paramedic check --json` fields: the fork
 * workflow's second half refuses a report whose head is not the commit its run names.
 */
export function reportSource(event: RunnerEvent, result: { base?: string; head?: string }): ReportSource | undefined {
  const pr = pullRequestOf(event);
  const headSha = pr?.head?.sha ?? result.head ?? process.env.GITHUB_SHA;
  const repository = process.env.GITHUB_REPOSITORY;
  if (!headSha || !/^[0-9a-f]{40}$/.test(headSha) || !repository) return undefined;
  const baseSha = pr?.base?.sha ?? result.base;
  return {
    event: event.name,
    repository,
    headSha,
    ...(baseSha && /^[0-9a-f]{40}$/.test(baseSha) ? { baseSha } : {}),
    ...(typeof pr?.number === 'number' ? { pullRequest: pr.number } : {}),
  };
}

function outputFile(kind: string, ext: string): string {
  return path.join(process.env.RUNNER_TEMP || tmpdir(), `paramedic-${kind}-${process.env.GITHUB_RUN_ID ?? 'local'}-${process.pid}.${ext}`);
}

/** Writes the full JSON report (with its source, when known) and sets the action's outputs from it. */
export function setReportOutputs(report: CheckReport, source?: ReportSource): string {
  const file = outputFile('report', 'json');
  writeFileSync(file, JSON.stringify(source ? { ...report, source } : report, null, 2) + '\n');
  core.setOutput('verdict', report.verdict);
  core.setOutput('gaps', JSON.stringify(report.gaps));
  core.setOutput('new-gaps', JSON.stringify(report.newGaps));
  core.setOutput('covered', JSON.stringify(report.dependencies.filter((d) => d.covered).map((d) => d.id)));
  // Empty when the figure was not computed (a PR check sees only its diff): never a made-up 100.
  const coverage = statedCoverage(report);
  core.setOutput('coverage', coverage ? String(coverage.percent) : '');
  core.setOutput('report', file);
  return file;
}

/** The rendered Markdown report as a file (the `summary-path` output), to forward to Slack or elsewhere. */
export function writeSummaryOutput(markdown: string): string {
  const file = outputFile('summary', 'md');
  writeFileSync(file, markdown);
  core.setOutput('summary-path', file);
  return file;
}

/**
 * Annotations where people look in the diff: each new gap at the manifest line that
 * introduced it, each plan finding at its plan line. GitHub shows at most 10 of each level
 * per step: the kinds given here decide the order log.flushAnnotations writes them in.
 */
export function annotate(
  report: CheckReport,
  mode: 'pr' | 'sweep',
  options: { drafted?: ReadonlyMap<string, DraftedStub>; draftCommand?: string } = {},
): void {
  const targets = mode === 'pr' ? report.newGaps : report.gaps;
  const planOfRepository = report.doc ?? 'DISASTER_RECOVERY.md';
  for (const id of targets) {
    // In a monorepo the same service can be covered in one plan and a gap in another.
    const dep = report.dependencies.find((d) => d.id === id && !d.covered) ?? report.dependencies.find((d) => d.id === id);
    const evidence = dep?.evidence[0];
    if (!dep || !evidence) continue;
    const name = oneLine(dep.name);
    // A monorepo checks each dependency against its own service's plan.
    const plan = dep.plan !== undefined ? (dep.plan ?? 'a plan next to this code') : planOfRepository;
    const props = { title: `${name} has no recovery scenario`, file: evidence.path, startLine: evidence.line };
    const drafted = options.drafted?.get(id);
    const message = drafted
      ? `${name} (${dep.category}) is a critical dependency whose scenario is ${draftedWords(drafted)}: review it in ${oneLine(plan)} and remove its draft marker to sign it off.`
      : `${name} (${dep.category}) is a critical dependency with no scenario in ${oneLine(plan)}. Add one${options.draftCommand ? ` (\`${options.draftCommand}\` drafts it)` : ''}, or mark it covered/ignored with a reason.`;
    if (report.verdict === 'fail' && mode === 'pr') log.error(message, props, 'gap');
    else log.warning(message, props, 'gap');
  }
  for (const f of report.findings) {
    const props = { title: `Paramedic: ${f.rule}`, file: f.path, startLine: f.line };
    const message = f.hint ? `${f.message} (${f.hint})` : f.message;
    // On a pull request the findings it caused come before the older ones; a sweep's all count.
    const kind = f.causedByChange === false ? 'finding' : 'caused';
    if (f.severity === 'error') log.error(message, props, kind);
    else if (f.severity === 'warning') log.warning(message, props, kind);
    else log.notice(message, props, kind);
  }
}

/** "drafted in abc1234, awaiting sign-off" as plain text for an annotation. */
function draftedWords(drafted: DraftedStub): string {
  const where = drafted.sha ? ` in ${drafted.sha.slice(0, 7)}` : drafted.pullRequest ? ` in #${drafted.pullRequest}` : drafted.line ? ` at line ${drafted.line}` : '';
  return `drafted${where}${drafted.url ? ` (${drafted.url})` : ''}, awaiting sign-off`;
}
