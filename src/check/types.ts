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
  /** monorepos with a plan per service: the plan it was checked against (null: none applies); absent with one plan */
  plan?: string | null;
}

export interface ScenarioSummary {
  title: string;
  line: number;
  /** dependency ids the scenario covers */
  covers: string[];
  /** monorepos: the plan the scenario is in; absent with one plan */
  plan?: string;
}

/** One plan of a monorepo and what was checked against it. */
export interface PlanSummary {
  path: string;
  /** false when the plan is mapped (`plans:`) or expected but not there: its dependencies are gaps */
  found: boolean;
  dependencies: number;
  gaps: string[];
  newGaps: string[];
  coverage: CoverageFigures | null;
}

export interface Finding {
  /** stable rule id, e.g. missing-steps, hardcoded-secret, shellcheck/SC2086, markdownlint/MD001 */
  rule: string;
  severity: Severity;
  path: string;
  line: number;
  message: string;
  hint: string;
  /**
   * PR mode: true when this change caused the finding (it edits the plan, or deletes, renames
   * or moves a file the plan references). Only such findings can fail a pull request; the
   * others were already there and are listed, collapsed. Absent in a sweep.
   */
  causedByChange?: boolean;
}

/** Repository-wide coverage: only stated when every dependency was computed (a sweep, or any-gap). */
export interface CoverageFigures {
  covered: number;
  total: number;
  percent: number;
}

/** A service whose host changed in this change (compose PostgreSQL -> RDS): its scenario may need updating. */
export interface ProviderChange {
  id: string;
  /** null: self-run or unknown */
  from: string | null;
  to: string | null;
}

/** Something the reader should know that is neither a gap nor a plan finding. */
export interface ReportNotice {
  /** stable kind, e.g. provider-changed, options-dropped, config-after-merge */
  kind: string;
  message: string;
  path?: string;
  line?: number;
}

/** The `paramedic check --json` contract; the action's `report` output is this object. */
export interface CheckReport {
  /** `pr`: what a change did (only the dependencies its files prove); `sweep`: the whole repository */
  mode: 'pr' | 'sweep';
  doc: string | null;
  dependencies: CheckedDependency[];
  scenarios: ScenarioSummary[];
  /** every uncovered dependency in the report (not removed ones) */
  gaps: string[];
  /**
   * Uncovered services the merge base did not depend on at all, or whose scenario this change
   * took away: what `fail-on: new-gaps` fails on. In a sweep, empty.
   */
  newGaps: string[];
  /** PR mode: uncovered services that were already uncovered at the merge base (fail only under `any-gap`) */
  existingGaps: string[];
  /**
   * Uncovered dependencies whose evidence is weaker than `fail-on-confidence` (possible ones, by
   * default): never gaps, listed to triage with the line that accepts, ignores or covers each.
   */
  triage?: string[];
  /**
   * Uncovered dependencies outside `fail-on-tier` / `fail-on-categories`: reported, never
   * fail, and not in `gaps` or `newGaps` (which list what the gate fails on).
   */
  outsideGate?: string[];
  /** null when the figure was not computed (a PR check sees only the diff's dependencies) */
  coverage: CoverageFigures | null;
  /**
   * Monorepos with a plan per service (`plans:`, or a DISASTER_RECOVERY.md below the root):
   * each plan with its own figures; each dependency says its plan. Absent with one plan, and
   * then `doc` is that plan.
   */
  plans?: PlanSummary[];
  providerChanges: ProviderChange[];
  notices: ReportNotice[];
  findings: Finding[];
  verdict: Verdict;
  /** scan problems (malformed manifests and the like); never fail the check */
  warnings: ScanWarning[];
}
