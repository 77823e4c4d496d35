import type { Catalog } from '../catalog/load.js';
import type { Config } from '../config/schema.js';
import type { FileSource } from '../discover/source.js';

/** What scenario lint needs to know beyond the plan itself. */
export interface LintContext extends PlanLintContext, DependencyContext {}

/** What a dependency scan adds; only rules marked `needsDependencies` may read it. */
export interface DependencyContext {
  /** ids of the dependencies the code has today (for scenarios about services that are gone) */
  dependencyIds: ReadonlySet<string>;
  /** scenario title -> ids it covers, from coverage */
  scenarioCovers: ReadonlyMap<string, string[]>;
}

/** What is known before the repository's dependencies are: enough for every rule but the orphan check. */
export interface PlanLintContext {
  /** repository root on disk */
  root: string;
  /** repository-relative paths of the repository's files (to check referenced scripts exist) */
  repoFiles: ReadonlySet<string>;
  /** where their contents are read: a commit's objects in a pull-request check; default the disk under root */
  source?: FileSource;
  config: Config;
  catalog: Catalog;
  now: Date;
  /** a visible warning that is not a finding (e.g. shellcheck missing) */
  warn(message: string): void;
}
