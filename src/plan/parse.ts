import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Code, Heading, Html, Nodes, Paragraph, Root } from 'mdast';
import { LINE_BREAK, LineIndex, stripBom } from '../util/lines.js';
import { stripLeading, stripTrailing } from '../util/text-scan.js';
import { firstIndexAbove } from '../util/sorted.js';
import { yamlShapeProblem } from '../util/yaml-limits.js';
import { stubLeftovers } from './stub-leftovers.js';
import type { CodeBlock, CoverMarker, Plan, Scenario } from './types.js';

/**
 * Which sections are scenarios. Real plans use many styles (`## Scenario: Redis Fails`,
 * `### Scenario 1: Complete Database Loss`, `### 2. Database/Redis Failure` under
 * "Disaster Scenarios", `#### Emergency Database Restore` under "Restore Procedures",
 * `#### Complete System Outage (P0)` under "Incident Response Playbooks"). The rule:
 *
 * 1. A heading that starts with "Scenario" (in several languages) or "Runbook N:" is a scenario.
 * 2. Otherwise a heading is a scenario when its title names a failure (outage, failure,
 *    loss, breach, compromise, corruption, down, unavailable...) or a recovery action
 *    (restore, recovery, failover, rollback), unless
 *    - it is the document title (depth 1), or a container ("... Procedures", "Workflows",
 *      "Playbooks", "Scenarios", "Runbooks", "Plan", "Procedimentos de ...") whose children
 *      are then examined; a container whose children are "Phase 1", "Phase 2"... is one
 *      phased procedure, and so one scenario;
 *    - it or an ancestor is about something other than recovering (objectives, RTO/RPO,
 *      scope, testing, drills, templates, communication, contacts, escalation, monitoring,
 *      alerting, triggers, detection, post-incident review, priorities, table of contents,
 *      architecture, tools and scripts, validation, success criteria);
 *    - it only names an action and one of its sub-sections (not a "Step N") names a failure
 *      or is a "Scenario N": then the sub-sections are the scenarios ("Railway Service
 *      Recovery" > "Complete Service Outage").
 * 3. Direct children of a section titled like "Scenarios" are scenarios whatever their words,
 *    except severity classes ("Critical (P0)", "High (P1)") that only group examples.
 * 4. A section without sub-sections that has steps (a numbered list or a code block) and sits
 *    beside scenarios is one too ("DNS Issues" next to "Complete Deployment Failure"); right
 *    under the document title, only a numbered one beside numbered scenarios ("## 2. Queue
 *    backlog" next to "## 1. Database down"). Sections about backups, notes or background
 *    are not.
 * 5. A section without sub-sections that is named for what it holds ("## Database (Primary
 *    Postgres)") and has a recovery label over its steps ("- **Restore Steps**:" then a
 *    numbered list) is a scenario.
 * 6. Sub-sections of a scenario are part of it ("#### Step 1: Identify Latest Backup").
 */
// "DR Scenario A: Postgres (RDS)": a "DR" / "Disaster Recovery" lead, and a letter as the index.
const SCENARIO_PREFIX =
  /^(?:(?:(?:dr|disaster[ -]recovery)\s+)?(?:scenario|cen[aá]rio|escenario|sc[eé]nario|szenario|scenariusz|сценарий)\b|(?:runbook|playbook)\s*#?\d+\b|(?:시나리오|シナリオ|场景|場景|情景))\s*#?(?:\d+|[a-z](?=\s*[:.)\-–—]))?\s*[:.)\-–—]?\s*/i;
const NUMBERING = /^(?:\d+(?:\.\d+)*[.)]?|[A-Z][.)])\s+/;
const FAILURE_WORDS =
  /(?<![\p{L}\p{N}_])(outages?|fail(?:s|ed|ures?|ing)?|loss|lost|stuck|breach(?:es)?|compromised?|corrupt(?:ed|ion)?|down|unavailable|unreachable|crash(?:es|ed)?|disasters?|attacks?|ransomware|degradation|exhaust(?:ed|ion)|overload(?:ed)?|leak(?:s|ed)?|deleted|deletion|expired|falhas?|perda|corrup[cç][aã]o|corrompid[oa]|indispon[ií]ve(?:l|is)|indisponibilidade|queda|ataque|vazamento|dele[cç][aã]o|exclus[aã]o|fallos?|fallas?|ca[ií]da|p[eé]rdida|corrupci[oó]n|no disponible|brecha|borrado|eliminaci[oó]n|pannes?|perte|indisponible|attaque|fuite|suppression|ausfall|verlust|st[oö]rung|angriff|besch[aä]digt|[cç][oö]kme(?:si)?|kesinti(?:si)?|ar[ıi]za(?:s[ıi])?|kayb[ıi]|kay[ıi]p)(?![\p{L}])/iu;
const ACTION_WORDS =
  /\b(restore|restoring|restoration|recovery|recover|fail-?over|rollback|roll back|disaster recovery|DR (?:runbook|playbook|procedure)|kurtarma|geri y[uü]kleme|recupera[cç][aã]o|recuperaci[oó]n|recuperar|restaura[cç][aã]o|restauraci[oó]n|restaurar|restauration|restaurer|r[eé]tablissement|wiederherstellung)\b/i;
const CONTAINER_WORDS = /\b(procedures|workflows|playbooks|scenarios|runbooks|plan|cen[aá]rios|escenarios|sc[eé]narios|szenarien)\s*$/i;
/** Romance languages put the container noun first: "Procedimentos de Restore", "Cenários de DR". */
const CONTAINER_LEADING = /^(?:procedimentos|procedimientos|proc[eé]dures|cen[aá]rios|escenarios|sc[eé]narios|szenarien|playbooks|runbooks)\b/i;
const SCENARIOS_CONTAINER = /\b(scenarios|cen[aá]rios|escenarios|sc[eé]narios|szenarien|playbooks|runbooks)\b/i;
const NOT_RECOVERY =
  /\b(objectives?|rto|rpo|sla|scope|test(?:s|ing)?|drills?|simulations?|templates?|communications?|contacts?|escalation|monitoring|alert(?:s|ing)?|triggers?|detection|post-incident|post-mortem|postmortem|post-recovery|lessons|review|priorit(?:y|ies)|table of contents|contents|overview|classification|checklist|schedule|appendi(?:x|ces)|glossary|prerequisites|documentation|compliance|synchroni[sz]ation|sync|metrics|architecture|inventory|tools?\s*(?:&|and)\s*scripts|required tools|tooling|scripts|cheat[- ]?sheet|reference|criteria|validation|verification|verified|history|training|testes?|pruebas?|essais?|simulacros?|simula[cç][aã]o|arquitetura|arquitectura|contatos|contactos|comunica[cç][aã]o|comunicaci[oó]n|escalonamento|monitoramento|monitoreo|objetivos|valida[cç][aã]o|verifica[cç][aã]o|validaci[oó]n|verificaci[oó]n|hist[oó]rico|auditoria)\b/i;
/**
 * A table of contents is a heading over a list; when a plan puts its scenarios at the next
 * depth below it ("## Contents" then "### 1. Database failure"), they are the plan's body,
 * not part of the contents, so this ancestor does not disqualify them.
 */
const TABLE_OF_CONTENTS = /^(?:table of )?contents$/i;
/** "Phase 2: Data Recovery", "Step 1: ...": the parts of one procedure, not scenarios of their own. */
const STEP_TITLE = /^(?:phase|step|stage|fase|etapa|paso|passo|schritt|phasen?|[eé]tape)\s*\d+\b/i;
/** Sections beside scenarios that are about them, not one of them ("Notes", "Background"). */
const NOT_A_SCENARIO_BESIDE =
  /\b(notes?|faq|links|resources|see also|summary|background|context|assumptions|requirements|dependencies|roles|responsibilities|owners?|changelog|setup|installation|install|deploy(?:ment|ing)?|configuration|access|environments?|variables|commands|purpose|introduction|getting started|notas|avisos)\b/i;
/** A line that introduces a section's recovery: "**Restore Steps**:", "- Recovery:", "Failover:". */
// Leading white space stops at a line break: with the m flag every line start is tried anyway,
// and `^\s*` from each blank line scanned all the blank lines after it (quadratic).
const RECOVERY_LABEL = /^[^\S\n\r\u2028\u2029]*(?:[-*+]\s+)?(?:\*\*|__)?(?:restore|restoring|recovery|recover|failover|fail over|rollback|roll back)(?: steps| procedure| process| plan)?(?:\*\*|__)?\s*:/im;
/** How backups are taken is not a recovery: "Backup Strategy", "Nightly backups". */
const BACKUP_TOPIC = /\b(?:backups?|snapshots?)\b/i;
/** Words of a severity class: "Critical (P0)", "High", "SEV-2", "Priority 1". */
const SEVERITY_WORD = /^(?:critical|high|medium|low|minor|major|moderate|severe|severity|priority|level|tier|urgent|normal|sev-?\d*|p\d|\d+)$/i;

/** `text` with each `(...)` (up to the first `)`) replaced by a space, as `/\([^)]*\)/g` did, in one pass. */
function withoutParenthesised(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('(', at); open >= 0; open = text.indexOf('(', at)) {
    const close = text.indexOf(')', open + 1);
    // No `)` after this `(` means none after any later `(` either.
    if (close < 0) break;
    out += `${text.slice(at, open)} `;
    at = close + 1;
  }
  return out + text.slice(at);
}

function isSeverityClass(title: string): boolean {
  const words = withoutParenthesised(title).split(/[\s:/–—-]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SEVERITY_WORD.test(w));
}

/** The heading's words without a leading emoji, symbol or section number ("🔧 3.1 Restore" → "Restore"). */
function bare(text: string): string {
  const words = text.replace(/^[^\p{L}\p{N}]+/u, '');
  return words.replace(NUMBERING, '').trim();
}

/** Marker that a drafted stub has not been reviewed yet. */
export const DRAFT_MARKER = '<!-- paramedic:draft';

/**
 * `<!-- paramedic: covers redis, postgresql -- reason -->`. HTML comments are opaque to a
 * Markdown parser, so the comment's text is read with this regex.
 */
const COVERS_HEAD = /^\s*paramedic:\s*covers\s+/i;
const COVERS_IDS = /^[a-z0-9][a-z0-9, -]*$/i;

/**
 * Every covers marker in an HTML node's text, with its offset. Read comment by comment (from
 * `<!--` to the first `-->`) instead of with one lazy regex, which backtracked polynomially on
 * runs of spaces: the ids run to the first `--` (or the end), the reason follows it.
 */
function coversMarkers(html: string): Array<{ at: number; ids: string; reason?: string }> {
  const out: Array<{ at: number; ids: string; reason?: string }> = [];
  for (let open = html.indexOf('<!--'); open >= 0; ) {
    const close = html.indexOf('-->', open + 4);
    if (close < 0) break;
    const head = COVERS_HEAD.exec(html.slice(open + 4, close));
    const body = head ? html.slice(open + 4 + head[0].length, close) : '';
    const separator = body.indexOf('--');
    const ids = (separator < 0 ? body : body.slice(0, separator)).trimEnd();
    if (head && COVERS_IDS.test(ids)) {
      out.push({ at: open, ids, ...(separator < 0 ? {} : { reason: body.slice(separator + 2) }) });
      open = html.indexOf('<!--', close + 3);
    } else {
      // Not a marker: a marker may still start inside this comment, as the regex would have found.
      open = html.indexOf('<!--', open + 1);
    }
  }
  return out;
}

/**
 * "Last Updated: 2026-01-05", "**Last updated**: January 5, 2026", "| Last Updated | 2026-01-05 |",
 * "Última Atualização: 2025-12-14" (one line of prose or a table row).
 */
const LAST_UPDATED =
  /(?:last[\s_-]*(?:updated|reviewed|modified|revised|edited)|[uú]ltima[\s_-]*(?:atualiza[cç][aã]o|actualizaci[oó]n|revis[aã]o|revisi[oó]n)|zuletzt[\s_-]*(?:aktualisiert|ge[aä]ndert)|derni[eè]re[\s_-]*mise[\s_-]*[aà][\s_-]*jour)\**\s*(?:[:\-–]\s*)?(?:\*+\s*)?(?:\|\s*)?([^|\n<]+)/i;
/** Dates inside a longer text ("2025-03-02 by ops", "on March 5, 2026 (v2)"). */
const DATE_IN_TEXT =
  /\d{4}-\d{2}-\d{2}|\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4}|\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+\d{4}\b/i;

/** The date a "Last Updated" text states, as written (or as ISO for day/month/year), or undefined. */
function statedDate(text: string): string | undefined {
  const found = DATE_IN_TEXT.exec(text)?.[0];
  if (found) {
    const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(found);
    if (dmy && Number(dmy[1]) > 12) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
    const plain = found.replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1');
    if (!Number.isNaN(Date.parse(plain))) return plain;
  }
  return Number.isNaN(Date.parse(text)) ? undefined : text;
}

/**
 * The date text without the emphasis around it: `**Last Updated:** 2026-01-05`,
 * `_Last updated: March 2025_`. Only `*` anywhere and `_` at the ends go: an underscore
 * inside a word (`ops_team`) is text, as in CommonMark.
 */
function stripEmphasis(text: string): string {
  return stripTrailing(stripLeading(text.replace(/\*/g, '').trim(), '_'), '_').trim();
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
  const lead = text.replace(/^[^\p{L}\p{N}]+/u, '');
  const withoutPrefix = lead.replace(SCENARIO_PREFIX, '');
  // "1 — PostgreSQL down", "2) - Redis": the separator after a number goes with it.
  const numbered = text.replace(/^(\d+(?:\.\d+)*[.)]?)\s*[—–:|-]\s+/, '$1 ');
  const stripped = (withoutPrefix === lead ? numbered.replace(NUMBERING, '') : withoutPrefix).trim();
  return stripped || text.trim();
}

/**
 * The text of a paragraph that stands for a heading: one short line ending with a colon
 * ("Restore procedures:") or all in bold ("**Redis outage**"). Undefined for prose.
 */
function labelOf(paragraph: Paragraph): string | undefined {
  const start = paragraph.position?.start.line;
  if (start === undefined || paragraph.position!.end.line !== start) return undefined;
  const text = toString(paragraph).trim();
  const emphasised = paragraph.children.length === 1 && (paragraph.children[0]!.type === 'strong' || paragraph.children[0]!.type === 'emphasis');
  const colon = /:$/.test(text) && text.split(/\s+/).length <= 8;
  return emphasised || colon ? (text.endsWith(':') ? text.slice(0, -1) : text).trim() || undefined : undefined;
}

/** util/lines.ts's, for the plan's readers that import it from here. */
export { LINE_BREAK };

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
  const orderedLists: number[] = [];
  let frontMatterUpdated: { date: string; line: number } | undefined;
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') headings.push({ node, text: toString(node).trim(), depth: node.depth, line: node.position!.start.line, index: headings.length, parent: null });
    else if (node.type === 'code') codes.push(node);
    else if (node.type === 'html') htmls.push(node);
    else if (node.type === 'list' && node.ordered) orderedLists.push(node.position!.start.line);
    else if (node.type === 'yaml' && yamlShapeProblem(node.value) === undefined) {
      try {
        const data = parseYaml(node.value, { uniqueKeys: false }) as Record<string, unknown> | null;
        const key = ['last_updated', 'lastUpdated', 'last-updated', 'updated', 'last_modified', 'lastmod', 'last_reviewed', 'lastReviewed', 'updated_at'].find((k) => data?.[k]);
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
  // Where each section ends (before the next heading of its depth or higher) and its
  // sub-sections: the headings after it up to that point. One pass, so big plans stay fast.
  const nextPeer: number[] = headings.map(() => headings.length);
  const kidsOf: HeadingInfo[][] = headings.map(() => []);
  {
    const open: HeadingInfo[] = [];
    for (const h of headings) {
      while (open.length && open[open.length - 1]!.depth >= h.depth) nextPeer[open.pop()!.index] = h.index;
      open.push(h);
      if (h.parent !== null) kidsOf[h.parent]!.push(h);
    }
  }
  const endLineOf = (h: HeadingInfo): number => {
    const next = headings[nextPeer[h.index]!];
    return next ? next.line - 1 : totalLines;
  };
  const ancestors = (h: HeadingInfo): HeadingInfo[] => {
    const out: HeadingInfo[] = [];
    for (let p = h.parent; p !== null; p = headings[p]!.parent) out.push(headings[p]!);
    return out;
  };
  const descendants = (h: HeadingInfo): HeadingInfo[] => headings.slice(h.index + 1, nextPeer[h.index]);
  const children = (h: HeadingInfo): HeadingInfo[] => kidsOf[h.index]!;
  const hasPrefix = (h: HeadingInfo): boolean => SCENARIO_PREFIX.test(bare(h.text));
  const notRecovery = (h: HeadingInfo): boolean =>
    NOT_RECOVERY.test(h.text) || ancestors(h).some((a) => a.depth > 1 && NOT_RECOVERY.test(a.text) && !TABLE_OF_CONTENTS.test(scenarioTitle(a.text)));
  const isContainer = (h: HeadingInfo): boolean => CONTAINER_WORDS.test(h.text) || CONTAINER_LEADING.test(bare(h.text));
  /** "Recovery Procedures" whose sections are "Phase 1", "Phase 2"...: one procedure in phases. */
  const isPhased = (h: HeadingInfo): boolean => {
    const kids = children(h);
    return kids.length >= 2 && kids.filter((k) => STEP_TITLE.test(bare(k.text))).length * 2 > kids.length;
  };
  /** A sub-section that makes its recovery-action parent a group of scenarios. */
  const makesGroup = (d: HeadingInfo): boolean => !STEP_TITLE.test(bare(d.text)) && (hasPrefix(d) || (FAILURE_WORDS.test(d.text) && !NOT_RECOVERY.test(d.text)));

  // A plan without a `#` heading has its title in its first heading ("## Acme Disaster Recovery Plan").
  const titleIndex = headings.some((x) => x.depth === 1) ? -1 : 0;
  const isCandidate = (h: HeadingInfo): boolean => {
    if (hasPrefix(h)) return true;
    if (h.depth === 1 || (h.index === titleIndex && headings.length > 1)) return false;
    if (notRecovery(h)) return false;
    const parent = h.parent !== null ? headings[h.parent]! : undefined;
    if (parent && parent.depth > 1 && SCENARIOS_CONTAINER.test(parent.text) && !hasPrefix(parent)) return !isSeverityClass(bare(h.text));
    if (isContainer(h) && descendants(h).length > 0) return isPhased(h) && (ACTION_WORDS.test(h.text) || FAILURE_WORDS.test(h.text));
    if (FAILURE_WORDS.test(h.text)) return true;
    if (ACTION_WORDS.test(h.text)) {
      // An action heading whose sub-sections name failures is a group of scenarios.
      return !descendants(h).some(makesGroup);
    }
    return false;
  };

  /** Lines that start an ordered list or a code block, sorted: a section with one of these has steps. */
  const stepLines = [...orderedLists, ...codes.map((c) => c.position!.start.line)].sort((a, b) => a - b);
  const hasSteps = (h: HeadingInfo): boolean => {
    const next = stepLines[firstIndexAbove(stepLines, h.line)];
    return next !== undefined && next <= endLineOf(h);
  };

  const taken = new Set<number>();
  for (const h of headings) {
    if (ancestors(h).some((a) => taken.has(a.index))) continue;
    if (isCandidate(h)) taken.add(h.index);
  }
  // A section beside scenarios that has steps of its own is one of them. Under the document
  // title only numbered sections count, beside numbered scenarios ("## 1. Database down",
  // "## 2. Queue backlog"): there the plan's other top sections are its backups and contacts.
  const numbered = (x: HeadingInfo): boolean => NUMBERING.test(x.text.replace(/^[^\p{L}\p{N}]+/u, ''));
  const roots = headings.filter((o) => o.parent === null);
  for (const h of headings) {
    if (taken.has(h.index) || descendants(h).length > 0) continue;
    const parent = h.parent !== null ? headings[h.parent]! : undefined;
    const siblings = parent ? children(parent) : roots;
    const underTitle = !parent || parent.depth < 2;
    if (underTitle && !numbered(h)) continue;
    if (ancestors(h).some((a) => taken.has(a.index)) || notRecovery(h) || isContainer(h) || isSeverityClass(bare(h.text)) || NOT_A_SCENARIO_BESIDE.test(h.text)) continue;
    if (BACKUP_TOPIC.test(h.text) && !ACTION_WORDS.test(h.text)) continue;
    if (siblings.some((sibling) => taken.has(sibling.index) && (!underTitle || numbered(sibling))) && hasSteps(h)) taken.add(h.index);
  }

  // A section named for a service ("## Database (Primary Postgres)") that says how to restore
  // it ("- **Restore Steps**:" and a numbered list) is that service's scenario.
  for (const h of headings) {
    if (taken.has(h.index) || h.depth === 1 || h.index === titleIndex || descendants(h).length > 0 || !hasSteps(h)) continue;
    if (ancestors(h).some((a) => taken.has(a.index)) || notRecovery(h) || isContainer(h) || BACKUP_TOPIC.test(h.text) || NOT_A_SCENARIO_BESIDE.test(h.text)) continue;
    if (RECOVERY_LABEL.test(lines.slice(h.line, endLineOf(h)).join('\n'))) taken.add(h.index);
  }

  // Code nodes come in document order, so their start lines are sorted: each scenario takes a
  // slice (a scan of every block per scenario cost minutes on a 1 MB plan).
  const codeStarts = codes.map((c) => c.position!.start.line);
  const makeScenario = (heading: string, depth: number, line: number, endLine: number, context?: string): Scenario => {
    const body = lines.slice(line, endLine).join('\n');
    const codeBlocks: CodeBlock[] = codes
      .slice(firstIndexAbove(codeStarts, line), firstIndexAbove(codeStarts, endLine))
      .map((c) => {
        const fenceLine = c.position!.start.line;
        const fenced = /^\s*(```|~~~)/.test(lines[fenceLine - 1] ?? '');
        return { lang: (c.lang ?? '').toLowerCase(), value: c.value, fenceLine, firstLine: fenced ? fenceLine + 1 : fenceLine };
      });
    const draft = body.includes(DRAFT_MARKER);
    const leftovers = draft ? [] : stubLeftovers(body);
    return { title: scenarioTitle(heading), heading, depth, line, endLine, body, codeBlocks, draft, ...(leftovers.length ? { stubLeftovers: leftovers } : {}), ...(context ? { context } : {}) };
  };
  const contextOf = (h: HeadingInfo): string | undefined => {
    const parent = h.parent !== null ? headings[h.parent]! : undefined;
    return parent && parent.depth > 1 ? parent.text : undefined;
  };
  const scenarios: Scenario[] = headings.filter((h) => taken.has(h.index)).map((h) => makeScenario(h.text, h.depth, h.line, endLineOf(h), contextOf(h)));

  // A plan without headings for its sections ("Restore procedures:" over a list, "**Redis outage**")
  // has its scenarios under those labels instead. Each runs to the next label or heading; the
  // last one to the next heading, so that what follows it (and drafts added after it) stays put.
  if (scenarios.length === 0) {
    const labels = tree.children.flatMap((node) => {
      const label = node.type === 'paragraph' ? labelOf(node) : undefined;
      return label ? [{ text: label, line: node.position!.start.line }] : [];
    });
    let h = -1;
    const found: Array<{ text: string; line: number; depth: number; end: number }> = [];
    labels.forEach((label, i) => {
      while (h + 1 < headings.length && headings[h + 1]!.line < label.line) h++;
      const enclosing = h >= 0 ? headings[h]! : undefined;
      if (enclosing && notRecovery(enclosing)) return;
      const isScenario = SCENARIO_PREFIX.test(bare(label.text)) || (!NOT_RECOVERY.test(label.text) && (FAILURE_WORDS.test(label.text) || ACTION_WORDS.test(label.text)));
      if (!isScenario) return;
      const nextHeading = headings[h + 1]?.line ?? totalLines + 1;
      const nextLabel = labels[i + 1]?.line ?? totalLines + 1;
      found.push({ text: label.text, line: label.line, depth: (enclosing?.depth ?? 1) + 1, end: Math.min(nextHeading, nextLabel) - 1 });
    });
    const last = found[found.length - 1];
    if (last) last.end = (headings.find((x) => x.line > last.line)?.line ?? totalLines + 1) - 1;
    for (const f of found) scenarios.push(makeScenario(f.text, f.depth, f.line, f.end));
  }

  const markers: CoverMarker[] = [];
  for (const html of htmls) {
    const lines = new LineIndex(html.value);
    for (const m of coversMarkers(html.value)) {
      markers.push({
        ids: m.ids.split(/[,\s]+/).map((s) => s.trim().toLowerCase()).filter(Boolean),
        reason: (m.reason ?? '').trim(),
        line: html.position!.start.line + lines.lineAt(m.at) - 1,
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
      const date = m ? statedDate(stripEmphasis(m[1]!)) : undefined;
      if (date) lastUpdated = { date, line: i + 1 };
    }
  }

  const plan: Plan = { path: planPath, chosenBecause, text: rawText, scenarios, markers, ...(lastUpdated ? { lastUpdated } : {}) };
  trees.set(plan, tree);
  return plan;
}
