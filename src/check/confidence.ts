import type { Dependency } from '../catalog/match.js';
import type { Category, Confidence, Tier } from '../catalog/types.js';

/**
 * Which dependencies the gate counts. A dependency fails the check (when uncovered) only when its
 * evidence is at least as strong as `fail-on-confidence` (default `likely`: confirmed and likely
 * fail, possible ones are listed to triage), or when the team has accepted it as a dependency
 * (`accept:` in the config). Reports from before confidence existed read as `likely`.
 */
export type FailOnConfidence = Confidence;

export const CONFIDENCES: readonly Confidence[] = ['confirmed', 'likely', 'possible'];
export const DEFAULT_FAIL_ON_CONFIDENCE: FailOnConfidence = 'likely';

const RANK: Record<Confidence, number> = { possible: 0, likely: 1, confirmed: 2 };

export interface GatePolicy {
  failOnConfidence: FailOnConfidence;
  /** ids the team has accepted as dependencies whatever the evidence says */
  accept: readonly string[];
}

/** True when the gate counts this dependency: strong enough evidence, or accepted by the team. */
export function gateCounts(dep: Pick<Dependency, 'id' | 'confidence'>, policy: GatePolicy): boolean {
  if (policy.accept.includes(dep.id)) return true;
  return RANK[dep.confidence ?? 'likely'] >= RANK[policy.failOnConfidence];
}

export interface FailScope {
  /** the least critical tier whose gaps fail */
  failOnTier: Tier;
  /** the categories whose gaps fail; empty = all */
  failOnCategories: readonly Category[];
}

/**
 * True when an uncovered dependency of this tier and category fails the check (`fail-on-tier`,
 * `fail-on-categories`). A gap outside that scope is still reported, and never fails: the way
 * fail-on-severity and fail-on-scopes cut noise without hiding anything.
 */
export function inFailScope(dep: Pick<Dependency, 'tier' | 'category'>, scope: FailScope): boolean {
  if (dep.tier > scope.failOnTier) return false;
  return scope.failOnCategories.length === 0 || scope.failOnCategories.includes(dep.category);
}

/** The scope in words, for reports: "tier 1 and 2, database or cache". */
export function failScopeText(scope: FailScope): string {
  const parts: string[] = [];
  if (scope.failOnTier < 3) parts.push(`\`fail-on-tier: ${scope.failOnTier}\``);
  if (scope.failOnCategories.length > 0) parts.push(`\`fail-on-categories: ${scope.failOnCategories.join(', ')}\``);
  return parts.join(' and ');
}

/** The config lines that settle one dependency to triage: accept it, ignore it, or cover it in the plan. */
export function triageLines(id: string): { accept: string; ignore: string; cover: string } {
  return {
    accept: `accept: [${id}]  # in .github/paramedic.yml: it is a dependency; the gate counts it`,
    ignore: `ignore: [{ id: ${id}, reason: "<why it is not critical here>" }]  # in .github/paramedic.yml`,
    cover: `<!-- paramedic: covers ${id} -- <where its recovery is written> -->  # in the plan, or write its scenario`,
  };
}
