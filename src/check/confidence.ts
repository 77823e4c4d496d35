import type { Dependency } from '../catalog/match.js';
import type { Confidence } from '../catalog/types.js';

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

/** The config lines that settle one dependency to triage: accept it, ignore it, or cover it in the plan. */
export function triageLines(id: string): { accept: string; ignore: string; cover: string } {
  return {
    accept: `accept: [${id}]  # in .github/paramedic.yml: it is a dependency; the gate counts it`,
    ignore: `ignore: [{ id: ${id}, reason: "<why it is not critical here>" }]  # in .github/paramedic.yml`,
    cover: `<!-- paramedic: covers ${id} -- <where its recovery is written> -->  # in the plan, or write its scenario`,
  };
}
