import type { Catalog } from '../catalog/load.js';
import type { Rule } from '../catalog/types.js';
import { ignoreReason } from '../config/ignores.js';
import type { IgnoreEntry } from '../config/schema.js';
import { DOT_EXCLUDED, SCHEME_RUN_START, stripTrailing } from '../util/text-scan.js';
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
 * - a scenario with no numbered step, no code block and no inline command is not a procedure and
 *   covers nothing;
 * - a title that only names a recovery action ("Restore", "Failover Steps") is read with the
 *   heading of the section it sits in ("### Restore" under "## PostgreSQL" is about PostgreSQL);
 * - a drafted stub whose review marker is still there does not count, nor one whose marker was
 *   deleted while its review note or placeholders (`<FAILOVER_COMMAND>`) are still in it (config
 *   `accept-drafts: true` opts out).
 *
 * Overrides, each with a reason shown in reports: a plan marker
 * `<!-- paramedic: covers redis -- reason -->`, and the config's `ignore:` list.
 */

const OUT_OF_SCOPE = /\b(out of scope|not (?:in scope|covered)|n\/a|not applicable)\b/i;
/** An ordered-list item or a "Step N" heading line: the plan's own numbered steps. */
const STEP_LINE = /^\s{0,6}(?:\d{1,3}[.)]\s+\S|#{1,6}\s+step\s+\d)/i;
const FENCE = /^\s*(```|~~~)/;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One regex per rule matching any of its names as a whole word ("Cloud SQL" also as "cloud-sql").
 * The catalog's aliases match in any case. The display name matches only as written: "Resend",
 * "Render" and "Temporal" are also English words ("pages render again", `stripe events resend`),
 * and a rule that wants a lower-case form lists it as an alias (Redis lists `redis`). The id
 * is a name only for a rule without aliases.
 */
export function aliasPattern(rule: Rule): RegExp {
  const alternatives = (terms: string[]): string =>
    [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 2))]
      .sort((a, b) => b.length - a.length)
      .map((t) => escapeRegex(t).replace(/(?:\\ |\s)+/g, '[\\s_-]+'))
      .join('|');
  const anyCase = alternatives(rule.aliases.length > 0 ? rule.aliases : [rule.id]);
  const asWritten = alternatives([rule.name]);
  const word = (body: string): string => `(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`;
  // Node 20's regexes have no inline case modifier, so the any-case terms are folded by hand.
  return new RegExp(`${word(asWritten)}${anyCase ? `|${word(foldCase(anyCase))}` : ''}`, 'u');
}

/** `Redis` -> `[Rr][Ee][Dd][Ii][Ss]`: a pattern body that matches in any case under the `u` flag alone. */
function foldCase(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      out += c + (body[i + 1] ?? '');
      i++;
      continue;
    }
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    out += lower !== upper && lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : c;
  }
  return out;
}

interface AliasMatcher {
  id: string;
  /** the first word of each name, lower-cased: a cheap test that must pass before the regex runs */
  words: string[];
  /** aliasPattern(rule), built the first time the pre-test passes: most plans name a few of the rules */
  test(text: string): boolean;
}

const matcherCache = new WeakMap<Rule, AliasMatcher>();

/** aliasPattern with a plain-substring pre-test; built once per rule (the catalog is shared). */
function aliasMatcher(rule: Rule): AliasMatcher {
  let matcher = matcherCache.get(rule);
  if (!matcher) {
    const words = [rule.name, ...(rule.aliases.length > 0 ? rule.aliases : [rule.id])].map((t) => t.trim().split(/\s+/)[0]!.toLowerCase()).filter((w) => w.length >= 2);
    let pattern: RegExp | undefined;
    matcher = { id: rule.id, words: [...new Set(words)], test: (text) => (pattern ??= aliasPattern(rule)).test(text) };
    matcherCache.set(rule, matcher);
  }
  return matcher;
}

/**
 * Parts of a scenario that describe instead of doing: what the architecture cannot do today,
 * what is planned, what already happens automatically, how to prevent a repeat. A sub-section
 * or a bold label ("**Mitigation (recommended, not yet built):**") with these words, and the
 * list right under the label, name services without recovering them.
 */
const ASIDE =
  /^(?:future\b|roadmap\b|(?:current |known )?(?:architecture )?limitations?\b|prevent(?:ion|ive)\b|(?:preventing|prevent) recurrence\b|lessons learned\b|alternatives? considered\b|nice to have\b|wish ?list\b|automatic mitigations?\b)|\bnot yet (?:built|implemented|available|done|in place)\b|\balready implemented\b/i;
/** A sub-heading or label without its number or emoji ("#### 5. Prevent Recurrence"). */
function asideTitle(text: string): boolean {
  return ASIDE.test(text.replace(/^[^\p{L}\p{N}]+/u, '').replace(/^\d+(?:\.\d+)*[.)]?\s+/, '').trim());
}
const HEADING_OPEN = /^\s{0,3}(#{1,6})\s+/;
/**
 * An ATX heading line: its depth and its text without the closing `#`s. The closing part is
 * cut in code: `(.*?)\s*#*\s*$` backtracked polynomially on runs of spaces and `#`.
 */
function headingLine(line: string): { depth: number; text: string } | undefined {
  const open = HEADING_OPEN.exec(line);
  if (!open) return undefined;
  const text = stripTrailing(line.slice(open[0].length).trimEnd(), '#').trimEnd();
  // A regex `.` never matched a line break inside the title: such a line is no heading.
  return DOT_EXCLUDED.test(text) ? undefined : { depth: open[1]!.length, text };
}
/** `**Label:**` or `**Label**:` opening a line (a list marker may come first). */
const LABEL_OPEN = /^\s*(?:[-*+]\s+)?(?:\*\*|__)([^*_]+)(?:\*\*|__)/;
/** A label line's label and what follows it (`\s*:?\s*(.*)$` after the label was cubic on spaces). */
function labelLine(line: string): { label: string; rest: string } | undefined {
  const open = LABEL_OPEN.exec(line);
  if (!open) return undefined;
  let rest = line.slice(open[0].length).trimStart();
  if (rest.startsWith(':')) rest = rest.slice(1).trimStart();
  return DOT_EXCLUDED.test(rest) ? undefined : { label: open[1]!, rest };
}
const LIST_OR_INDENTED = /^(?:\s{2,}\S|\s*(?:[-*+]|\d{1,3}[.)])\s)/;
/** A title that names only a recovery action: "Restore", "Point-in-Time Recovery", "Failover Steps", "Database Recovery". */
const GENERIC_TITLE =
  /^(?:(?:emergency|full|complete|partial|manual|automated|automatic|point-in-time|point in time|database|data|db|backup|snapshot|disaster|cluster|primary|instance|service)\s+)*(?:restore|restoration|recovery|recover|fail-?over|rollback|roll back)(?:\s+(?:steps|procedures?|process|runbook|plan|guide|from (?:a )?(?:backup|snapshot)s?|to (?:a )?(?:point in time|replica|standby|secondary)))*$/i;
/**
 * A parenthesis that lists examples or alternatives: "(local/S3/GCS)", "(S3, GCS, or another
 * host)", "(via Route53, CloudFlare, etc.)". Three or more choices, or an "etc.", name what a
 * step could use, not what the scenario recovers.
 */
const EXAMPLE_LIST = /\(([^()]*)\)/g;
function withoutExampleLists(line: string): string {
  const choices = (inner: string): number => inner.split(/\/|,|\bor\b/).filter((part) => part.trim() !== '').length;
  return line.replace(EXAMPLE_LIST, (whole, inner: string) => (/\betc\b|\be\.g\.|…/i.test(inner) || choices(inner) >= 3 ? ' ' : whole));
}
/**
 * A command that starts, stops or lists several services at once (`docker compose up -d db
 * redis`, `kubectl rollout restart deployment/api deployment/worker`, `systemctl restart nginx
 * redis`): the names in it are the targets of a bring-up, not what the scenario recovers. A
 * command about one service, or one that runs the service's own tool (`docker compose exec
 * cache redis-cli ping`), is not one. Hand-written: it reads one command line's words.
 */
const BRING_UP_VERBS = new Set(['up', 'start', 'stop', 'restart', 'down', 'pull', 'ps', 'logs', 'create', 'rm', 'kill', 'pause', 'unpause', 'scale', 'status', 'reload']);
export function isBringUp(command: string): boolean {
  if (/[|;&]/.test(command)) return false;
  let words = command.trim().replace(/^\$\s+/, '').split(/\s+/);
  if (words[0] === 'sudo') words = words.slice(1);
  let rest: string[];
  if ((words[0] === 'docker' || words[0] === 'podman') && words[1] === 'compose') rest = words.slice(2);
  else if (words[0] === 'docker-compose' || words[0] === 'podman-compose' || words[0] === 'systemctl' || words[0] === 'supervisorctl' || words[0] === 'pm2') rest = words.slice(1);
  else if (words[0] === 'kubectl' && words[1] === 'rollout') rest = words.slice(2);
  else return false;
  // Global options come before the verb; a short one takes the next word (`-f docker-compose.prod.yml up`).
  let i = 0;
  while (i < rest.length && rest[i]!.startsWith('-')) i += /^-[a-z]$/i.test(rest[i]!) ? 2 : 1;
  if (!BRING_UP_VERBS.has(rest[i] ?? '')) return false;
  const targets = rest.slice(i + 1).filter((word) => !word.startsWith('-'));
  return targets.length >= 2;
}

/** Inline code spans that are bring-up commands go; the rest of the line stays. */
function withoutBringUps(line: string): string {
  return line.replace(/`([^`]+)`/g, (whole, inner: string) => (isBringUp(inner) ? ' ' : whole));
}

/** Box-drawing characters: an architecture diagram in a text block, a picture and not a step. */
const DIAGRAM = /[\u2500-\u257F]/;
/** A connection URL with nothing after the scheme (`redis://...`, `postgres://<url>`): the scheme alone is not a mention. */
const EMPTY_URL = new RegExp(String.raw`${SCHEME_RUN_START}[a-z][a-z0-9+.-]*:\/\/(?:\.{3}|…|<[^>\s]*>)?(?=[\s"'\`),;]|$)`, 'gi');
/** The line without its empty URLs (the characters skipped before a scheme stay). */
function withoutEmptyUrls(line: string): string {
  return line.replace(EMPTY_URL, (_all, lead: string) => lead);
}

/**
 * The scenario's lines that can prove coverage: title and body without tables, diagrams,
 * out-of-scope lines, asides (future plans, limitations, automatic mitigations) and
 * parenthesised lists of examples.
 */
export function evidenceText(scenario: Scenario): string {
  const kept: string[] = [scenario.heading];
  // "### Restore" under "## PostgreSQL": a title that only says how is about its section.
  if (scenario.context && GENERIC_TITLE.test(scenario.title)) kept.push(scenario.context);
  let inFence = false;
  /** depth of the aside sub-section being skipped, or 0 */
  let asideDepth = 0;
  /** skipping the list (and its nested blocks) under an aside label */
  let asideList = false;
  /** for a label that is itself a list item, its marker's indent: only lines nested deeper go */
  let labelIndent = -1;
  for (const line of scenario.body.split(/\r?\n/)) {
    const t = line.trim();
    if (FENCE.test(line)) {
      // A fence at the margin is not part of the list above it.
      if (!inFence && asideList && !/^\s{2,}/.test(line)) asideList = false;
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (!asideDepth && !asideList && !t.startsWith('|') && !OUT_OF_SCOPE.test(t) && !DIAGRAM.test(t) && !isBringUp(t)) kept.push(withoutExampleLists(withoutEmptyUrls(line)));
      continue;
    }
    const heading = headingLine(line);
    if (heading) {
      const depth = heading.depth;
      if (asideDepth && depth > asideDepth) continue;
      asideDepth = asideTitle(heading.text) ? depth : 0;
      asideList = false;
      if (asideDepth) continue;
    } else if (asideDepth) {
      continue;
    } else if (asideList && (t === '' || (labelIndent < 0 ? LIST_OR_INDENTED.test(line) : line.search(/\S/) > labelIndent))) {
      continue;
    } else {
      asideList = false;
      const label = labelLine(line);
      if (label && asideTitle(label.label)) {
        // The label's line goes, and so does the list under it (for a list item: its nested lines).
        asideList = true;
        labelIndent = /^\s*[-*+]\s/.test(line) ? line.search(/\S/) : -1;
        continue;
      }
    }
    if (t.startsWith('|') || OUT_OF_SCOPE.test(t) || DIAGRAM.test(t)) continue;
    kept.push(withoutExampleLists(withoutEmptyUrls(withoutBringUps(line))));
  }
  return kept.join('\n');
}

/** An inline code span that is a command line (`redis-cli --pipe`, `gunzip -c dump.sql.gz | psql`), not a name or a path. */
const INLINE_COMMAND = /`((?:sudo\s+)?[a-z][\w.-]*(?:\s+[^`\s]+)+)`/;

/** A sub-heading or label that introduces what to do: "#### Actions", "**Steps:**", "What to do". */
const ACTIONS_TITLE = /^(?:actions?|steps|procedure|what to do|response|remediation|resolution|mitigation(?: strategy)?|recovery(?: steps)?)\s*:?$/i;
const BULLET = /^\s{0,3}[-*+]\s+\S/;

/**
 * True when a scenario is a procedure: at least one numbered step, code block or inline command,
 * or two or more bullets under an "Actions" (Steps, Response, What to do...) heading or label:
 * for a third party's outage the written response is the procedure, numbered or not.
 */
export function hasProcedure(scenario: Scenario): boolean {
  if (scenario.codeBlocks.length > 0) return true;
  let inFence = false;
  let underActions = false;
  let bullets = 0;
  for (const line of scenario.body.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence && (STEP_LINE.test(line) || INLINE_COMMAND.test(line))) return true;
    if (inFence) continue;
    const heading = headingLine(line)?.text ?? labelLine(line)?.label;
    if (heading !== undefined) {
      underActions = ACTIONS_TITLE.test(heading.replace(/^[^\p{L}]+/u, '').trim());
      bullets = 0;
    } else if (underActions && BULLET.test(line) && ++bullets >= 2) {
      return true;
    }
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
    const ids = hasProcedure(scenario) ? matchers.filter((m) => m.words.some((w) => lower.includes(w)) && m.test(text)).map((m) => m.id) : [];
    scenarioCovers.set(scenario.title, ids);
    // A stub signed off with its note or placeholders still in it is a draft all the same.
    if ((scenario.draft || scenario.stubLeftovers) && !options.acceptDrafts) continue;
    for (const id of ids) coveredBy.set(id, [...(coveredBy.get(id) ?? []), scenario.title]);
  }
  for (const marker of plan?.markers ?? []) {
    for (const id of marker.ids) {
      coveredBecause.set(id, `plan marker at ${plan!.path}:${marker.line}${marker.reason ? `: ${marker.reason}` : ''}`);
    }
  }
  for (const entry of options.ignore ?? []) coveredBecause.set(entry.id, ignoreReason(entry));
  return { scenarioCovers, coveredBy, coveredBecause };
}
