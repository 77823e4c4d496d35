import type { Finding } from '../check/types.js';
import type { Plan } from '../plan/types.js';
import type { LintContext } from './context.js';
import { readPlanDocument } from './document.js';
import { markdownlintRule } from './markdownlint.js';
import { toFinding, type LintRule } from './rule.js';
import { hardcodedHost } from './rules/hosts.js';
import { missingImpact } from './rules/impact.js';
import { draftPending, orphanScenario, unknownMarker } from './rules/orphans.js';
import { missingScript } from './rules/scripts.js';
import { hardcodedSecret } from './rules/secrets.js';
import { stalePlan } from './rules/stale.js';
import { missingSteps, vagueSteps } from './rules/steps.js';
import { shellcheckRule } from './shellcheck.js';

export type { LintContext } from './context.js';

/** Every lint rule, in the order the README documents them. */
export const LINT_RULES: readonly LintRule[] = [
  missingSteps,
  vagueSteps,
  missingImpact,
  hardcodedSecret,
  hardcodedHost,
  missingScript,
  shellcheckRule,
  markdownlintRule,
  stalePlan,
  orphanScenario,
  unknownMarker,
  draftPending,
];

/**
 * Lints a plan; every finding carries the plan's path and line. A rule turned `off` in the
 * config is not run at all (shellcheck and markdownlint cost a process and a parse). A rule
 * that throws becomes a warning, never a crashed check.
 */
export async function lintPlan(plan: Plan, context: LintContext): Promise<Finding[]> {
  const doc = readPlanDocument(plan);
  const findings: Finding[] = [];
  await Promise.all(
    LINT_RULES.filter((rule) => context.config.lint[rule.id] !== 'off').map(async (rule) => {
      try {
        for (const hit of await rule.run(doc, context)) findings.push(toFinding(rule, hit, plan.path));
      } catch (error) {
        context.warn(`lint rule ${rule.id} failed on ${plan.path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  return findings.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}
