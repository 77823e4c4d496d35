import { toString } from 'mdast-util-to-string';
import { scenarioNodes } from '../document.js';
import type { LintRule } from '../rule.js';

/**
 * How plans state what an outage does: "**Impact**: ...", "### Impact", "Symptoms:",
 * "Business impact", "Affected services", "**Sintomas:**" and the same in a few other languages.
 */
const IMPACT_LABEL = /^\W*(?:(?:business|user|customer|service) )?(?:impacts?|symptoms?|consequences?|effects?|affected (?:services|users|systems|components)|blast radius|impacto|auswirkungen?|conséquences?|sintomas|s[ií]ntomas|sympt[oô]mes|symptome|etki(?:si|ler)?|belirtiler)(?![\p{L}])/iu;

export const missingImpact: LintRule = {
  id: 'missing-impact',
  severity: 'warning',
  description: 'A scenario that never says what the failure does to users (no Impact).',
  hint: 'Add "**Impact**:" with what users see and which flows stop, so responders can judge severity.',
  run(doc) {
    return doc.plan.scenarios
      .filter((s) => {
        // The heading itself may carry the impact ("Checkout down: payments fail").
        if (/\bimpact\b/i.test(s.heading)) return false;
        // Any line of a paragraph: "**Severity:** High" / "**Impact:** pages are slow" is one paragraph.
        const labelled = (n: { type: string }): boolean => (n.type === 'paragraph' || n.type === 'heading') && toString(n).split('\n').some((line) => IMPACT_LABEL.test(line));
        if (scenarioNodes(doc, s).some(labelled)) return false;
        // A table row that opens with the label ("| **Impact** | checkout stops |"); tables are read as text.
        return !doc.lines.slice(s.line, s.endLine).some((line) => /^\s*\|/.test(line) && IMPACT_LABEL.test(line.replace(/^\s*\|\s*/, '').replace(/\*\*/g, '')));
      })
      .map((s) => ({ line: s.line, message: `Scenario "${s.title}" does not state its impact.` }));
  },
};
