import type { LintRule } from '../rule.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export const stalePlan: LintRule = {
  id: 'stale-plan',
  severity: 'warning',
  description: 'The plan\'s "Last Updated" date is older than `stale-after-days` (default 180).',
  hint: 'Walk through every scenario against today\'s architecture, fix what drifted, then update the date.',
  run(doc, context) {
    const stated = doc.plan.lastUpdated;
    if (!stated) return [];
    const when = Date.parse(stated.date);
    if (Number.isNaN(when)) return [];
    const days = Math.floor((context.now.getTime() - when) / DAY_MS);
    if (days <= context.config.staleAfterDays) return [];
    return [{ line: stated.line, message: `The plan was last updated ${stated.date}, ${days} days ago (limit: ${context.config.staleAfterDays}).` }];
  },
};
