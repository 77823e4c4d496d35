import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import type { CheckReport } from '../check/types.js';

/** Writes the full JSON report and sets the action's outputs from it. */
export function setReportOutputs(report: CheckReport): string {
  const dir = process.env.RUNNER_TEMP || tmpdir();
  const file = path.join(dir, `paramedic-report-${process.env.GITHUB_RUN_ID ?? 'local'}-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  core.setOutput('verdict', report.verdict);
  core.setOutput('gaps', JSON.stringify(report.gaps));
  core.setOutput('new-gaps', JSON.stringify(report.newGaps));
  core.setOutput('covered', JSON.stringify(report.dependencies.filter((d) => d.covered).map((d) => d.id)));
  // Empty when the figure was not computed (a pull-request check sees the diff's dependencies, not the repository's).
  core.setOutput('coverage', report.coverage ? String(report.coverage.percent) : '');
  core.setOutput('report', file);
  return file;
}

/**
 * Annotations where people look in the diff: each new gap at the manifest line that
 * introduced it, each plan finding at its plan line. GitHub shows at most 10 errors and
 * 10 warnings per step, so the most important come first.
 */
export function annotate(report: CheckReport, mode: 'pr' | 'sweep'): void {
  const targets = mode === 'pr' ? report.newGaps : report.gaps;
  for (const id of targets) {
    const dep = report.dependencies.find((d) => d.id === id);
    const evidence = dep?.evidence[0];
    if (!dep || !evidence) continue;
    const props = { title: `${dep.name} has no recovery scenario`, file: evidence.path, startLine: evidence.line };
    const message = `${dep.name} (${dep.category}) is a critical dependency with no scenario in ${report.doc ?? 'DISASTER_RECOVERY.md'}. Add one (npx paramedic draft --write drafts it), or mark it covered/ignored with a reason.`;
    if (report.verdict === 'fail' && mode === 'pr') core.error(message, props);
    else core.warning(message, props);
  }
  for (const f of report.findings) {
    const props = { title: `Paramedic: ${f.rule}`, file: f.path, startLine: f.line };
    const message = f.hint ? `${f.message} (${f.hint})` : f.message;
    if (f.severity === 'error') core.error(message, props);
    else if (f.severity === 'warning') core.warning(message, props);
    else core.notice(message, props);
  }
}
