import type { Finding } from '../check/types.js';
import type { Plan } from '../plan/types.js';
import type { DependencyContext, LintContext, PlanLintContext } from './context.js';
import { readPlanDocument } from './document.js';
import { markdownlintRule } from './markdownlint.js';
import { toFinding, type LintRule } from './rule.js';
import { hardcodedHost } from './rules/hosts.js';
import { missingImpact } from './rules/impact.js';
import { draftPending, orphanScenario, unknownMarker } from './rules/orphans.js';
import { missingScript } from './rules/scripts.js';
import { hardcodedSecret } from './rules/hardcoded-secret.js';
import { stalePlan } from './rules/stale.js';
import { missingSteps, vagueSteps } from './rules/steps.js';
import { unknownReference } from './rules/unknown-reference.js';
import { shellcheckRule } from './shellcheck.js';

export type { DependencyContext, LintContext, PlanLintContext } from './context.js';

/** Every lint rule, in the order the README documents them. */
export const LINT_RULES: readonly LintRule[] = [
  missingSteps,
  vagueSteps,
  missingImpact,
  hardcodedSecret,
  hardcodedHost,
  missingScript,
  unknownReference,
  shellcheckRule,
  markdownlintRule,
  stalePlan,
  orphanScenario,
  unknownMarker,
  draftPending,
];

/** A lint run started before the dependency scan; `finish` adds what the scan found. */
export interface LintRun {
  finish(dependencies: DependencyContext): Promise<Finding[]>;
}

/**
 * Starts linting a plan: every rule that needs only the plan runs now, so shellcheck's process
 * and markdownlint's worker thread work while the repository is scanned; rules that need the
 * dependencies run in `finish`. Every finding carries the plan's path and line. A rule turned
 * `off` in the config is not run at all (shellcheck and markdownlint cost a process and a
 * parse). A rule that throws becomes a warning, never a crashed check.
 */
export function startLint(plan: Plan, context: PlanLintContext): LintRun {
  const doc = readPlanDocument(plan);
  const findings: Finding[] = [];
  const enabled = LINT_RULES.filter((rule) => context.config.lint[rule.id] !== 'off');
  const runRule = async (rule: LintRule, full: LintContext): Promise<void> => {
    try {
      for (const hit of await rule.run(doc, full)) findings.push(toFinding(rule, hit, plan.path));
    } catch (error) {
      context.warn(`lint rule ${rule.id} failed on ${plan.path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const early = Promise.all(enabled.filter((rule) => !rule.needsDependencies).map((rule) => runRule(rule, withoutDependencies(context, rule))));
  return {
    async finish(dependencies) {
      const full = { ...context, ...dependencies };
      await Promise.all([early, ...enabled.filter((rule) => rule.needsDependencies).map((rule) => runRule(rule, full))]);
      return findings.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
    },
  };
}

/** The context of a rule that starts before the scan: reading what the scan finds is a bug, said loudly. */
function withoutDependencies(context: PlanLintContext, rule: LintRule): LintContext {
  const missing = (): never => {
    throw new Error(`rule ${rule.id} reads the dependencies: mark it needsDependencies`);
  };
  return Object.defineProperties({ ...context } as LintContext, { dependencyIds: { get: missing }, scenarioCovers: { get: missing } });
}

/** Lints a plan in one go (see startLint). */
export function lintPlan(plan: Plan, context: LintContext): Promise<Finding[]> {
  return startLint(plan, context).finish(context);
}
