import path from 'node:path';
import { Minimatch } from 'minimatch';
import type { Dependency, Evidence } from '../catalog/match.js';
import { scannablePaths } from '../discover/files.js';

/**
 * Monorepos with a plan per service. Each dependency is checked against the plan of the code
 * that uses it:
 * - `plans:` in the config maps path globs (minimatch) to plans; the first glob that matches an
 *   evidence file decides;
 * - otherwise, the plan nearest to the evidence: walking up from the evidence file's folder to
 *   the root, the first `DISASTER_RECOVERY.md` or `docs/DISASTER_RECOVERY.md`; at the root, the
 *   repository's plan as a single-plan repository finds it (any of its standard names).
 *
 * A repository with no plan below its root (and no `plans:`) has one plan: planLayout returns
 * undefined, and the check runs exactly as it always has.
 */

const PLAN_FILE = 'DISASTER_RECOVERY.md';

export interface PlanLayout {
  /** every plan, in path order */
  plans: string[];
  /** the repository's own plan (at the root or in docs/, or doc-path), which files no other plan claims use */
  root: string | null;
  /** the plan a file's dependencies are checked against; null when no plan applies */
  planFor: (file: string) => string | null;
}

/**
 * The layout of `files` (a revision's tracked paths), or undefined for a single-plan
 * repository. `rootPlan` is the plan the single-plan lookup found (doc-path, or a standard
 * location); `mapped` is the config's `plans:`.
 */
export function planLayout(files: readonly string[], rootPlan: string | null, mapped: Record<string, string>, exclude: string[]): PlanLayout | undefined {
  const globs = Object.entries(mapped).map(([glob, plan]) => ({ matcher: new Minimatch(glob, { dot: true }), plan: path.posix.normalize(plan) }));
  // Most repositories have one plan: no service's plan among the paths, no need to judge every path.
  if (globs.length === 0 && !files.some((p) => p.endsWith(`/${PLAN_FILE}`) && !isRootPlanPath(p))) return undefined;
  const present = new Set(scannablePaths(files, { exclude }));
  const nested = [...present].filter((p) => path.posix.basename(p) === PLAN_FILE && !isRootPlanPath(p));
  if (globs.length === 0 && nested.length === 0) return undefined;
  // With no plan at the root, the single-plan lookup falls back to the shallowest named file:
  // a service's plan, which must not cover the rest of the repository.
  if (rootPlan && nested.includes(rootPlan)) rootPlan = null;

  const nearest = (file: string): string | null => {
    let dir = path.posix.dirname(file);
    while (dir !== '.' && dir !== '') {
      for (const candidate of [`${dir}/${PLAN_FILE}`, `${dir}/docs/${PLAN_FILE}`]) if (present.has(candidate)) return candidate;
      dir = path.posix.dirname(dir);
    }
    return rootPlan;
  };
  const planFor = (file: string): string | null => globs.find((g) => g.matcher.match(file))?.plan ?? nearest(file);
  const plans = [...new Set([...(rootPlan ? [rootPlan] : []), ...nested, ...globs.map((g) => g.plan)])].sort();
  return { plans, root: rootPlan, planFor };
}

/** `DISASTER_RECOVERY.md` or `docs/DISASTER_RECOVERY.md`: the root's own plan, not a service's. */
function isRootPlanPath(p: string): boolean {
  return p === PLAN_FILE || p === `docs/${PLAN_FILE}`;
}

/**
 * Each dependency split by the plan its evidence maps to: Redis used by two services is
 * checked once against each service's plan, each time with that service's evidence.
 */
export function splitByPlan(dependencies: readonly Dependency[], layout: PlanLayout): Map<string | null, Dependency[]> {
  const out = new Map<string | null, Dependency[]>();
  for (const dep of dependencies) {
    const byPlan = new Map<string | null, Evidence[]>();
    for (const evidence of dep.evidence) {
      const plan = layout.planFor(evidence.path);
      byPlan.set(plan, [...(byPlan.get(plan) ?? []), evidence]);
    }
    if (dep.evidence.length === 0) byPlan.set(layout.planFor('.'), []);
    for (const [plan, evidence] of byPlan) out.set(plan, [...(out.get(plan) ?? []), { ...dep, evidence }]);
  }
  return out;
}
