import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import * as log from './log.js';
import type { CheckReport } from '../check/types.js';
import { oneLine } from '../report/escape.js';
import { statedCoverage, type DraftedStub } from '../report/markdown.js';

/** Writes the full JSON report and sets the action's outputs from it. */
export function setReportOutputs(report: CheckReport): string {
  const dir = process.env.RUNNER_TEMP || tmpdir();
  const file = path.join(dir, `paramedic-report-${process.env.GITHUB_RUN_ID ?? 'local'}-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
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
  const plan = report.doc ?? 'DISASTER_RECOVERY.md';
  for (const id of targets) {
    const dep = report.dependencies.find((d) => d.id === id);
    const evidence = dep?.evidence[0];
    if (!dep || !evidence) continue;
    const name = oneLine(dep.name);
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
