import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Code, Heading, Html, Nodes, Root } from 'mdast';
import { stripBom } from '../util/lines.js';
import type { CodeBlock, CoverMarker, Plan, Scenario } from './types.js';

/**
 * Which sections are scenarios. Real plans use many styles (`## Scenario: Redis Fails`,
 * `### Scenario 1: Complete Database Loss`, `### 2. Database/Redis Failure` under
 * "Disaster Scenarios", `#### Emergency Database Restore` under "Restore Procedures",
 * `#### Complete System Outage (P0)` under "Incident Response Playbooks"). The rule:
 *
 * 1. A heading that starts with "Scenario" (in several languages) is a scenario.
 * 2. Otherwise a heading is a scenario when its title names a failure (outage, failure,
 *    loss, breach, compromise, corruption, down, unavailable...) or a recovery action
 *    (restore, recovery, failover, rollback), unless
 *    - it is the document title (depth 1), or a container ("... Procedures", "Workflows",
 *      "Playbooks", "Scenarios", "Runbooks", "Plan") whose children are then examined;
 *    - it or an ancestor is about something other than recovering (objectives, RTO/RPO,
 *      scope, testing, drills, templates, communication, contacts, escalation, monitoring,
 *      alerting, triggers, detection, post-incident review, priorities, table of contents);
 *    - it only names an action and one of its sub-sections names a failure: then the
 *      sub-sections are the scenarios ("Railway Service Recovery" > "Complete Service Outage").
 * 3. Direct children of a section titled like "Scenarios" are scenarios whatever their words.
 * 4. Sub-sections of a scenario are part of it ("#### Step 1: Identify Latest Backup").
 */
const SCENARIO_PREFIX = /^(?:scenario|cen[aá]rio|escenario|sc[eé]nario|szenario|scenariusz|сценарий)\b\s*#?\d*\s*[:.)\-–—]?\s*/i;
const NUMBERING = /^(?:\d+(?:\.\d+)*[.)]?|[A-Z][.)])\s+/;
const FAILURE_WORDS = /\b(outages?|fail(?:s|ed|ures?|ing)?|loss|lost|stuck|breach(?:es)?|compromised?|corrupt(?:ed|ion)?|down|unavailable|unreachable|crash(?:es|ed)?|disasters?|attacks?|ransomware|degradation|falha|fallo|panne|ausfall)\b/i;
const ACTION_WORDS = /\b(restore|restoring|recovery|recover|fail-?over|rollback|roll back|disaster recovery|recupera[cç][aã]o|recuperaci[oó]n|wiederherstellung)\b/i;
const CONTAINER_WORDS = /\b(procedures|workflows|playbooks|scenarios|runbooks|plan|cen[aá]rios|escenarios|sc[eé]narios|szenarien)\s*$/i;
const SCENARIOS_CONTAINER = /\b(scenarios|cen[aá]rios|escenarios|sc[eé]narios|szenarien|playbooks|runbooks)\b/i;
const NOT_RECOVERY = /\b(objectives?|rto|rpo|sla|scope|test(?:s|ing)?|drills?|simulations?|templates?|communications?|contacts?|escalation|monitoring|alert(?:s|ing)?|triggers?|detection|post-incident|post-mortem|postmortem|lessons|review|priorit(?:y|ies)|table of contents|contents|overview|classification|checklist|schedule|appendi(?:x|ces)|glossary|prerequisites|documentation|compliance|synchroni[sz]ation|sync|metrics)\b/i;
/**
 * A table of contents is a heading over a list; when a plan puts its scenarios at the next
 * depth below it ("## Contents" then "### 1. Database failure"), they are the plan's body,
 * not part of the contents, so this ancestor does not disqualify them.
 */
const TABLE_OF_CONTENTS = /^(?:table of )?contents$/i;

/** Marker that a drafted stub has not been reviewed yet. */
export const DRAFT_MARKER = '<!-- paramedic:draft';

/**
 * `<!-- paramedic: covers redis, postgresql -- reason -->`. HTML comments are opaque to a
 * Markdown parser, so the comment's text is read with this regex.
 */
const COVERS_MARKER = /<!--\s*paramedic:\s*covers\s+([a-z0-9][a-z0-9, -]*?)\s*(?:--\s*([\s\S]*?))?\s*-->/gi;

/** "Last Updated: 2026-01-05", "**Last updated**: January 5, 2026" (one line of prose). */
const LAST_UPDATED = /last[\s_-]*(?:updated|reviewed|modified)\**\s*[:\-–]?\s*\**\s*([^|\n<]+)/i;

/**
 * The date text without the emphasis around it: `**Last Updated:** 2026-01-05`,
 * `_Last updated: March 2025_`. Only `*` anywhere and `_` at the ends go: an underscore
 * inside a word (`ops_team`) is text, as in CommonMark.
 */
function stripEmphasis(text: string): string {
  return text.replace(/\*/g, '').trim().replace(/^_+|_+$/g, '').trim();
}

interface HeadingInfo {
  node: Heading;
  text: string;
  depth: number;
  line: number;
  index: number;
  parent: number | null;
}

export function scenarioTitle(text: string): string {
  const withoutPrefix = text.replace(SCENARIO_PREFIX, '');
  const stripped = (withoutPrefix === text ? text.replace(NUMBERING, '') : withoutPrefix).trim();
  return stripped || text.trim();
}

/** Line breaks as CommonMark (and so the Markdown parser's positions) count them: LF, CRLF or a lone CR. */
export const LINE_BREAK = /\r\n|\r|\n/;

function lineCount(text: string): number {
  return text.split(LINE_BREAK).length;
}

/** The Markdown tree each parsed plan came from, so lint reads it without parsing again. */
const trees = new WeakMap<Plan, Root>();

/** The tree parsePlan built for this plan, or undefined for a plan made elsewhere. */
export function parsedTree(plan: Plan): Root | undefined {
  return trees.get(plan);
}

/** Parses a plan's text into scenarios, markers and its "Last Updated" date. */
export function parsePlan(rawText: string, planPath: string, chosenBecause = 'given'): Plan {
  const text = stripBom(rawText);
  const tree = fromMarkdown(text, { extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])] }) as Root;
  const lines = text.split(LINE_BREAK);
  const totalLines = lineCount(text);

  const headings: HeadingInfo[] = [];
  const codes: Code[] = [];
  const htmls: Html[] = [];
  let frontMatterUpdated: { date: string; line: number } | undefined;
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') headings.push({ node, text: toString(node).trim(), depth: node.depth, line: node.position!.start.line, index: headings.length, parent: null });
    else if (node.type === 'code') codes.push(node);
    else if (node.type === 'html') htmls.push(node);
    else if (node.type === 'yaml') {
      try {
        const data = parseYaml(node.value) as Record<string, unknown> | null;
        const key = ['last_updated', 'lastUpdated', 'updated', 'last_modified'].find((k) => data?.[k]);
        if (key) {
          const value = data![key];
          // The line of the key inside the front matter (which starts after its `---` line).
          const offset = node.value.split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`));
          frontMatterUpdated = { date: value instanceof Date ? value.toISOString().slice(0, 10) : String(value), line: node.position!.start.line + 1 + Math.max(0, offset) };
        }
      } catch {
        // Broken front matter is markdownlint's business; it just has no date for us.
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);

  // Parent of each heading: the nearest earlier heading of a smaller depth.
  const stack: HeadingInfo[] = [];
  for (const h of headings) {
    while (stack.length && stack[stack.length - 1]!.depth >= h.depth) stack.pop();
    h.parent = stack.length ? stack[stack.length - 1]!.index : null;
    stack.push(h);
  }
  const endLineOf = (h: HeadingInfo): number => {
    const next = headings.find((o) => o.index > h.index && o.depth <= h.depth);
    return next ? next.line - 1 : totalLines;
  };
  const ancestors = (h: HeadingInfo): HeadingInfo[] => {
    const out: HeadingInfo[] = [];
    for (let p = h.parent; p !== null; p = headings[p]!.parent) out.push(headings[p]!);
    return out;
  };
  const descendants = (h: HeadingInfo): HeadingInfo[] => {
    const end = endLineOf(h);
    return headings.filter((o) => o.index > h.index && o.line <= end);
  };

  const isCandidate = (h: HeadingInfo): boolean => {
    if (SCENARIO_PREFIX.test(h.text)) return true;
    if (h.depth === 1) return false;
    if (NOT_RECOVERY.test(h.text) || ancestors(h).some((a) => a.depth > 1 && NOT_RECOVERY.test(a.text) && !TABLE_OF_CONTENTS.test(scenarioTitle(a.text)))) return false;
    const parent = h.parent !== null ? headings[h.parent]! : undefined;
    if (parent && parent.depth > 1 && SCENARIOS_CONTAINER.test(parent.text) && !SCENARIO_PREFIX.test(parent.text)) return true;
    if (CONTAINER_WORDS.test(h.text) && descendants(h).length > 0) return false;
    if (FAILURE_WORDS.test(h.text)) return true;
    if (ACTION_WORDS.test(h.text)) {
      // An action heading whose sub-sections name failures is a group of scenarios.
      return !descendants(h).some((d) => FAILURE_WORDS.test(d.text) && !NOT_RECOVERY.test(d.text));
    }
    return false;
  };

  const scenarios: Scenario[] = [];
  const taken = new Set<number>();
  for (const h of headings) {
    if (ancestors(h).some((a) => taken.has(a.index))) continue;
    if (!isCandidate(h)) continue;
    taken.add(h.index);
    const endLine = endLineOf(h);
    const body = lines.slice(h.line, endLine).join('\n');
    const codeBlocks: CodeBlock[] = codes
      .filter((c) => c.position!.start.line > h.line && c.position!.start.line <= endLine)
      .map((c) => {
        const fenceLine = c.position!.start.line;
        const fenced = /^\s*(```|~~~)/.test(lines[fenceLine - 1] ?? '');
        return { lang: (c.lang ?? '').toLowerCase(), value: c.value, fenceLine, firstLine: fenced ? fenceLine + 1 : fenceLine };
      });
    scenarios.push({
      title: scenarioTitle(h.text),
      heading: h.text,
      depth: h.depth,
      line: h.line,
      endLine,
      body,
      codeBlocks,
      draft: body.includes(DRAFT_MARKER),
    });
  }

  const markers: CoverMarker[] = [];
  for (const html of htmls) {
    for (const m of html.value.matchAll(COVERS_MARKER)) {
      const before = html.value.slice(0, m.index);
      markers.push({
        ids: m[1]!.split(/[,\s]+/).map((s) => s.trim().toLowerCase()).filter(Boolean),
        reason: (m[2] ?? '').trim(),
        line: html.position!.start.line + (before.match(/\n/g)?.length ?? 0),
      });
    }
  }

  let lastUpdated = frontMatterUpdated;
  if (!lastUpdated) {
    const inCode = new Set<number>();
    for (const c of codes) for (let l = c.position!.start.line; l <= c.position!.end.line; l++) inCode.add(l);
    for (let i = 0; i < lines.length && !lastUpdated; i++) {
      if (inCode.has(i + 1)) continue;
      const m = LAST_UPDATED.exec(lines[i]!);
      const date = m ? stripEmphasis(m[1]!) : '';
      if (m && !Number.isNaN(Date.parse(date))) lastUpdated = { date, line: i + 1 };
    }
  }

  const plan: Plan = { path: planPath, chosenBecause, text: rawText, scenarios, markers, ...(lastUpdated ? { lastUpdated } : {}) };
  trees.set(plan, tree);
  return plan;
}
