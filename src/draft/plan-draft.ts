import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../catalog/load.js';
import type { Dependency } from '../catalog/match.js';
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

/** Stubs for the uncovered dependencies, inserted into the plan text (or a new plan). */
export function draftForGaps(input: { gaps: Dependency[]; catalog: Catalog; planPath: string | null; planText: string | null; root: string; today?: string; stubOptions?: StubOptions }): PlanDraft {
  const stubs = input.gaps.flatMap((dep) => {
    const rule = input.catalog.byId.get(dep.id);
    return rule ? [draftScenario(dep, rule, input.stubOptions)] : [];
  });
  const result = insertScenarios(input.planText, stubs, input.today ? { today: input.today } : {});
  return { path: input.planPath ?? defaultPlanPath(input.root), before: input.planText, after: result.text, added: result.added, stubs };
}
