import type { Catalog } from '../catalog/load.js';
import type { Finding } from '../check/types.js';
import type { Config } from '../config/schema.js';
import type { Plan } from '../plan/types.js';

/** What scenario lint needs to know beyond the plan itself. */
export interface LintContext {
  /** repository root on disk */
  root: string;
  /** repository-relative paths of the repository's files (to check referenced scripts exist) */
  repoFiles: ReadonlySet<string>;
  config: Config;
  catalog: Catalog;
  /** ids of the dependencies the code has today (for scenarios about services that are gone) */
  dependencyIds: ReadonlySet<string>;
  /** scenario title -> ids it covers, from coverage */
  scenarioCovers: ReadonlyMap<string, string[]>;
  now: Date;
  /** a visible warning that is not a finding (e.g. shellcheck missing) */
  warn(message: string): void;
}

/** Lints a plan; every finding carries the plan's path and line. Implemented in the lint rules of this folder. */
export async function lintPlan(_plan: Plan, _context: LintContext): Promise<Finding[]> {
  return [];
}
