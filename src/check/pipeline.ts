import path from 'node:path';
import { loadCatalog, type Catalog } from '../catalog/load.js';
import { computeCoverage } from '../plan/coverage.js';
import { parsePlan } from '../plan/parse.js';
import { git } from '../util/git.js';
import type { Config } from '../config/schema.js';
import { changedPaths, diffDependencies } from '../diff/index.js';
import { runCheck, type CheckResult } from './run.js';

export interface PipelineOptions {
  config: Config;
  /** compare these revisions (PR mode); without both, a full sweep */
  base?: string;
  head?: string;
  warn?: (message: string) => void;
  log?: (message: string) => void;
  now?: Date;
}

export interface PipelineResult extends CheckResult {
  mode: 'pr' | 'sweep';
  base?: string;
  head?: string;
  changedFiles?: string[];
}

/**
 * The whole check as the CLI and the action run it. PR mode reads only the files the diff
 * changed, at the merge base and at head (the cost follows the diff); `fail-on: any-gap`
 * needs every dependency, so it adds a full scan of the checkout for coverage.
 */
export async function checkRepository(root: string, options: PipelineOptions): Promise<PipelineResult> {
  const { config } = options;
  const warn = options.warn ?? (() => undefined);
  const catalog = await loadCatalog(config.rules ? path.resolve(root, config.rules) : undefined, warn, root);
  if (!options.base || !options.head) {
    return { ...(await runCheck(root, { config, catalog, warn, ...(options.now ? { now: options.now } : {}) })), mode: 'sweep' };
  }
  const diff = await diffDependencies(root, { base: options.base, head: options.head }, catalog, { exclude: config.exclude });
  for (const line of diff.log) options.log?.(line);
  // Removed dependencies are reported (their scenario may be an orphan) but never gaps.
  const headIds = new Set(diff.headDeps.map((d) => d.id));
  const dependencies = [...diff.headDeps, ...diff.baseDeps.filter((d) => !headIds.has(d.id))];
  const changedFiles = changedPaths(diff.changedFiles);
  const now = options.now ? { now: options.now } : {};
  let result = await runCheck(root, {
    config,
    catalog,
    ...(config.failOn === 'any-gap' ? {} : { dependencies, scanWarnings: diff.warnings }),
    changes: diff.changes,
    changedFiles,
    warn,
    ...now,
  });
  if (result.plan && changedFiles.includes(result.plan.path)) {
    // The change edits the plan: re-check the plan against every dependency, and a
    // dependency whose scenario this change took away is a new gap like an added one.
    options.log?.(`the change edits ${result.plan.path}: checking it against every dependency`);
    const coveredAtBase = await coveredAt(root, diff.base, result.plan.path, catalog, config);
    result = await runCheck(root, { config, catalog, changes: diff.changes, changedFiles, coveredAtBase, warn, ...now });
  }
  return { ...result, mode: 'pr', base: diff.base, head: diff.head, changedFiles };
}

/** Ids the plan covered at a revision (none when it did not exist there). */
async function coveredAt(root: string, revision: string, planPath: string, catalog: Catalog, config: Config): Promise<Set<string>> {
  const shown = await git(root, ['show', `${revision}:${planPath}`]);
  if (shown.code !== 0) return new Set();
  const coverage = computeCoverage(parsePlan(shown.stdout.toString('utf8'), planPath), catalog, { ignore: config.ignore, acceptDrafts: config.acceptDrafts });
  return new Set([...[...coverage.coveredBy].filter(([, titles]) => titles.length > 0).map(([id]) => id), ...coverage.coveredBecause.keys()]);
}
