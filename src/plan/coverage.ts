import type { Catalog } from '../catalog/load.js';
import type { Rule } from '../catalog/types.js';
import type { IgnoreEntry } from '../config/schema.js';
import type { Plan, Scenario } from './types.js';

/**
 * When a dependency counts as covered.
 *
 * A scenario covers a service when it is about that service: its title or its body names
 * the service through the catalog (id, display name, aliases such as `pg_restore`, `RDS`,
 * `redis-cli`, `ElastiCache`), matched case-insensitively as whole words. A generic title
 * whose steps do the work counts ("Database/Redis Failure" that runs
 * `aws rds restore-db-cluster-from-snapshot` covers PostgreSQL).
 *
 * A passing mention does not cover:
 * - only scenario sections count, so a table of contents, an RTO/RPO table, a vendor contact
 *   list or a backup schedule elsewhere in the plan never covers anything;
 * - inside a scenario, table rows and lines that say "out of scope" / "not covered" are skipped;
 * - a scenario with no numbered step and no code block is not a procedure and covers nothing;
 * - a drafted stub whose review marker is still there does not count (config `accept-drafts: true`
 *   opts out).
 *
 * Overrides, each with a reason shown in reports: a plan marker
 * `<!-- paramedic: covers redis -- reason -->`, and the config's `ignore:` list.
 */

const OUT_OF_SCOPE = /\b(out of scope|not (?:in scope|covered)|n\/a|not applicable)\b/i;
/** An ordered-list item or a "Step N" heading line: the plan's own numbered steps. */
const STEP_LINE = /^\s{0,6}(?:\d{1,3}[.)]\s+\S|#{1,6}\s+step\s+\d)/i;
const FENCE = /^\s{0,3}(```|~~~)/;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regex per rule matching any of its names as a whole word ("Cloud SQL" also as "cloud-sql"). */
export function aliasPattern(rule: Rule): RegExp {
  const terms = [...new Set([rule.id, rule.name, ...rule.aliases].map((t) => t.trim()).filter((t) => t.length >= 2))];
  terms.sort((a, b) => b.length - a.length);
  const alternatives = terms.map((t) => escapeRegex(t).replace(/(?:\\ |\s)+/g, '[\\s_-]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
}

interface AliasMatcher {
  id: string;
  pattern: RegExp;
  /** the first word of each name, lower-cased: a cheap test that must pass before the regex runs */
  words: string[];
}

const matcherCache = new WeakMap<Rule, AliasMatcher>();

/** aliasPattern with a plain-substring pre-test; built once per rule (the catalog is shared). */
function aliasMatcher(rule: Rule): AliasMatcher {
  let matcher = matcherCache.get(rule);
  if (!matcher) {
    const words = [rule.id, rule.name, ...rule.aliases].map((t) => t.trim().split(/\s+/)[0]!.toLowerCase()).filter((w) => w.length >= 2);
    matcher = { id: rule.id, pattern: aliasPattern(rule), words: [...new Set(words)] };
    matcherCache.set(rule, matcher);
  }
  return matcher;
}

/** The scenario's lines that can prove coverage: title and body without tables and out-of-scope lines. */
export function evidenceText(scenario: Scenario): string {
  const kept: string[] = [scenario.heading];
  for (const line of scenario.body.split(/\r?\n/)) {
    const t = line.trim();
    if (t.startsWith('|') || OUT_OF_SCOPE.test(t)) continue;
    kept.push(line);
  }
  return kept.join('\n');
}

/** True when a scenario is a procedure: at least one numbered step or code block. */
export function hasProcedure(scenario: Scenario): boolean {
  if (scenario.codeBlocks.length > 0) return true;
  let inFence = false;
  for (const line of scenario.body.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence && STEP_LINE.test(line)) return true;
  }
  return false;
}

export interface Coverage {
  /** scenario title -> ids it is about (drafts included: lint and reports want them) */
  scenarioCovers: Map<string, string[]>;
  /** id -> titles of the scenarios that count as coverage */
  coveredBy: Map<string, string[]>;
  /** id -> why it counts as covered without a scenario */
  coveredBecause: Map<string, string>;
}

export function computeCoverage(plan: Plan | null, catalog: Catalog, options: { ignore?: IgnoreEntry[]; acceptDrafts?: boolean } = {}): Coverage {
  const scenarioCovers = new Map<string, string[]>();
  const coveredBy = new Map<string, string[]>();
  const coveredBecause = new Map<string, string>();
  const matchers = catalog.rules.map(aliasMatcher);

  for (const scenario of plan?.scenarios ?? []) {
    const text = evidenceText(scenario);
    const lower = text.toLowerCase();
    const ids = hasProcedure(scenario) ? matchers.filter((m) => m.words.some((w) => lower.includes(w)) && m.pattern.test(text)).map((m) => m.id) : [];
    scenarioCovers.set(scenario.title, ids);
    if (scenario.draft && !options.acceptDrafts) continue;
    for (const id of ids) coveredBy.set(id, [...(coveredBy.get(id) ?? []), scenario.title]);
  }
  for (const marker of plan?.markers ?? []) {
    for (const id of marker.ids) {
      coveredBecause.set(id, `plan marker at ${plan!.path}:${marker.line}${marker.reason ? `: ${marker.reason}` : ''}`);
    }
  }
  for (const entry of options.ignore ?? []) coveredBecause.set(entry.id, `ignored in config: ${entry.reason}`);
  return { scenarioCovers, coveredBy, coveredBecause };
}
