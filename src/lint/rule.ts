import type { Finding, Severity } from '../check/types.js';
import type { LintContext } from './context.js';
import type { PlanDocument } from './document.js';

/** What a rule reports; lintPlan adds the rule id, severity, hint and the plan's path. */
export interface RuleHit {
  line: number;
  message: string;
  /** overrides the rule's hint when a hit knows something more specific */
  hint?: string;
  /** overrides the rule's severity (shellcheck maps its own levels) */
  severity?: Severity;
  /** overrides the rule id, for rules that report sub-ids (shellcheck/SC2086) */
  rule?: string;
}

export interface LintRule {
  id: string;
  /** default severity; the config's `lint:` map changes it or turns the rule off */
  severity: Severity;
  /** what to do about it, shown under every finding */
  hint: string;
  /** one line for the README's rule table */
  description: string;
  /** reads `dependencyIds` / `scenarioCovers`: runs after the scan, the others start before it */
  needsDependencies?: true;
  run(doc: PlanDocument, context: LintContext): RuleHit[] | Promise<RuleHit[]>;
}

export function toFinding(rule: LintRule, hit: RuleHit, path: string): Finding {
  return {
    rule: hit.rule ?? rule.id,
    severity: hit.severity ?? rule.severity,
    path,
    line: hit.line,
    message: hit.message,
    hint: hit.hint ?? rule.hint,
  };
}
