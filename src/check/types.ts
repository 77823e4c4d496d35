import type { Dependency } from '../catalog/match.js';
import type { ScanWarning } from '../discover/types.js';

/** What a change did to a dependency (PR mode); a full sweep says `unchanged`. */
export type Change = 'added' | 'removed' | 'changed' | 'unchanged';

export type Severity = 'error' | 'warning' | 'notice';

export type Verdict = 'pass' | 'warn' | 'fail';

export type FailOn = 'new-gaps' | 'any-gap' | 'never';

export interface CheckedDependency extends Dependency {
  covered: boolean;
  /** titles of the scenarios that cover it */
  scenarios: string[];
  change: Change;
  /** why it counts as covered without a scenario (a plan marker or the config's ignore list) */
  coveredBecause?: string;
}

export interface ScenarioSummary {
  title: string;
  line: number;
  /** dependency ids the scenario covers */
  covers: string[];
}

export interface Finding {
  /** stable rule id, e.g. missing-steps, hardcoded-secret, shellcheck/SC2086, markdownlint/MD001 */
  rule: string;
  severity: Severity;
  path: string;
  line: number;
  message: string;
  hint: string;
}

/** The `paramedic check --json` contract; the action's `report` output is this object. */
export interface CheckReport {
  doc: string | null;
  dependencies: CheckedDependency[];
  scenarios: ScenarioSummary[];
  gaps: string[];
  newGaps: string[];
  findings: Finding[];
  verdict: Verdict;
  /** scan problems (malformed manifests and the like); never fail the check */
  warnings: ScanWarning[];
}
