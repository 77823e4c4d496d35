import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../catalog/load.js';
import { Matcher, resolveDependencies, type Dependency } from '../catalog/match.js';
import { isUpstreamRule, upstreamRule } from '../catalog/upstream.js';
import { GitRevisionSource } from '../diff/revision-source.js';
import { scannablePaths } from '../discover/files.js';
import { collectSignals, isManifest } from '../discover/scan.js';
import { computeCoverage } from '../plan/coverage.js';
import { parsePlan } from '../plan/parse.js';
import { git, splitNul } from '../util/git.js';
import { insertScenarios } from './insert.js';
import { draftScenario, type DraftedScenario, type StubOptions } from './stub.js';

export interface PlanDraft {
  /** the plan's repository-relative path (the one to create when there is none) */
  path: string;
  before: string | null;
  after: string;
  /** stubs that were inserted (not already in the plan) */
  added: DraftedScenario[];
  /** every stub for the gaps, for the summary and comment */
  stubs: DraftedScenario[];
}

/** Where a new plan goes: `docs/` when the repository keeps its docs there, else the root. */
export function defaultPlanPath(root: string): string {
  return existsSync(path.join(root, 'docs')) ? 'docs/DISASTER_RECOVERY.md' : 'DISASTER_RECOVERY.md';
}

/**
 * Ids the plan text already has a scenario about, signed off or still a draft (or a draft whose
 * marker went but whose placeholders stayed): a stub for them would be a second scenario for the
 * same service, however a person retitled the first.
 */
function idsWithScenario(planText: string | null, planPath: string, catalog: Catalog): Set<string> {
  if (!planText) return new Set();
  const coverage = computeCoverage(parsePlan(planText, planPath), catalog, { acceptDrafts: true });
  return new Set([...coverage.scenarioCovers.values()].flat());
}

/** Stubs for the uncovered dependencies, inserted into the plan text (or a new plan). */
export function draftForGaps(input: { gaps: Dependency[]; catalog: Catalog; planPath: string | null; planText: string | null; root: string; today?: string; stubOptions?: StubOptions }): PlanDraft {
  const stubs = input.gaps.flatMap((dep) => {
    // An upstream service's rule is made from its id when the caller's catalog predates the scan.
    const rule = input.catalog.byId.get(dep.id) ?? (isUpstreamRule(dep) ? upstreamRule(dep.id) : undefined);
    return rule ? [draftScenario(dep, rule, input.stubOptions)] : [];
  });
  const planPath = input.planPath ?? defaultPlanPath(input.root);
  const present = idsWithScenario(input.planText, planPath, input.catalog);
  const result = insertScenarios(
    input.planText,
    stubs.filter((s) => !present.has(s.id)),
    input.today ? { today: input.today } : {},
  );
  return { path: planPath, before: input.planText, after: result.text, added: result.added, stubs };
}

/**
 * The gap services as the whole tree at `revision` shows them (PR mode): the diff proves that a
 * service is new, but its Terraform, compose and Kubernetes files elsewhere say how it runs, so
 * the stub is as specific as the sweep's (ElastiCache commands, not `<FAILOVER_COMMAND>`).
 * Files are read from git objects (`git ls-tree` and `cat-file` at the revision), never from the
 * working tree, and only when there are gaps to draft.
 */
export async function dependenciesAtRevision(
  root: string,
  revision: string,
  catalog: Catalog,
  gaps: readonly Dependency[],
  options: { exclude?: string[] } = {},
): Promise<Dependency[]> {
  if (gaps.length === 0) return [];
  const listed = await git(root, ['-c', 'core.quotePath=false', 'ls-tree', '-r', '-z', '--name-only', '--full-tree', revision]);
  if (listed.code !== 0) return [...gaps];
  const paths = scannablePaths(splitNul(listed.stdout), { exclude: options.exclude }).filter(isManifest);
  const source = new GitRevisionSource(root, revision);
  try {
    const { signals } = await collectSignals(paths, source);
    const found = new Map(resolveDependencies(signals, new Matcher(catalog)).map((d) => [d.id, d]));
    return gaps.map((gap) => mergeEvidence(gap, found.get(gap.id)));
  } finally {
    await source.close();
  }
}

/** The diff's view of a service with the tree's evidence added (the diff's lines first) and the tree's host when the diff had none. */
function mergeEvidence(fromDiff: Dependency, fromTree: Dependency | undefined): Dependency {
  if (!fromTree) return fromDiff;
  const seen = new Set(fromDiff.evidence.map((e) => `${e.path}\0${e.line}\0${e.detail}`));
  const evidence = [...fromDiff.evidence, ...fromTree.evidence.filter((e) => !seen.has(`${e.path}\0${e.line}\0${e.detail}`))];
  return { ...fromDiff, provider: fromDiff.provider ?? fromTree.provider, evidence };
}
