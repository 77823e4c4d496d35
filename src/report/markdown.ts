import { stripTrailing } from '../util/text-scan.js';
import type { CheckReport, CheckedDependency, CoverageFigures, Finding, Verdict } from '../check/types.js';
import { code, encodePath, html, longestBacktickRun, md, oneLine } from './escape.js';
import { triageLines } from '../check/confidence.js';

/** Where links in a report point: file links at the checked commit. */
export interface LinkContext {
  /** e.g. https://github.com/org/repo */
  repoUrl?: string;
  /** commit the evidence was read at */
  sha?: string;
}

export interface SuggestedStub {
  id: string;
  title: string;
  markdown: string;
}

/** A stub that already exists, committed or in the plan, waiting for a person to sign it off. */
export interface DraftedStub {
  /** the commit that holds it */
  sha?: string;
  /** where the commit (or the pull request holding it) can be seen */
  url?: string;
  /** the sweep's draft pull request that holds it */
  pullRequest?: number;
  /** its place in the checked plan */
  path?: string;
  line?: number;
}

export interface MarkdownOptions {
  links?: LinkContext;
  /** one line under the title: mode, refs, plan choice (Paramedic's own text) */
  context?: string;
  stubs?: SuggestedStub[];
  /**
   * Notes on what Paramedic did (drafts committed, pushes refused), shown under the table and
   * before the how-to sections. Markdown: callers escape any repository text in them with md().
   */
  notes?: string[];
  /** gap id -> the draft that already exists for it: never offered again, named in its row */
  drafted?: ReadonlyMap<string, DraftedStub>;
  /** the command that drafts the stubs, as the reader can run it (never `npx paramedic`) */
  draftCommand?: string;
  /** hard cap on the rendered length in UTF-16 units (GitHub's comment limit counts characters) */
  maxChars?: number;
  /** hard cap on the rendered size in UTF-8 bytes (the job summary's 1 MiB limit counts bytes) */
  maxBytes?: number;
  /** a hidden first line (the sticky comment's marker) */
  marker?: string;
}

const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const SEVERITY_ICON: Record<Finding['severity'], string> = { error: '🛑', warning: '⚠️', notice: 'ℹ️' };
/** Services named in the headline before "and N more". */
const HEADLINE_NAMES = 5;

/** A table cell from repository text: one line, nothing in it read as Markdown or HTML. */
export function cell(text: string): string {
  return md(text);
}

function fileLink(links: LinkContext | undefined, path: string, line?: number): string {
  const label = `${path}${line ? `:${line}` : ''}`;
  if (!links?.repoUrl || !links.sha) return code(label);
  return `[${md(label)}](${links.repoUrl}/blob/${links.sha}/${encodePath(path)}${line ? `#L${line}` : ''})`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function namesOf(report: CheckReport, ids: string[], escape: (text: string) => string): string {
  const names = ids.map((id) => report.dependencies.find((d) => d.id === id)?.name ?? id);
  const shown = names.slice(0, HEADLINE_NAMES).map(escape);
  return names.length > HEADLINE_NAMES ? `${shown.join(', ')} and ${names.length - HEADLINE_NAMES} more` : shown.join(', ');
}

/** Findings the reader must see: those the change caused; in a sweep (nothing caused), all but notices. */
function isForefront(finding: Finding): boolean {
  return finding.causedByChange ?? finding.severity !== 'notice';
}

function headlineText(report: CheckReport, escape: (text: string) => string): string {
  const n = report.newGaps.length;
  const existing = report.gaps.filter((id) => !report.newGaps.includes(id));
  const pr = report.mode === 'pr';
  let text: string;
  if (n > 0) text = `${plural(n, 'new critical dependency', 'new critical dependencies')} without a recovery scenario: ${namesOf(report, report.newGaps, escape)}`;
  else if (existing.length > 0) {
    text = `${plural(existing.length, 'critical dependency', 'critical dependencies')} without a recovery scenario${pr ? ', already uncovered before this change' : ''}: ${namesOf(report, existing, escape)}`;
  } else if ((report.outsideGate ?? []).length > 0) {
    const outside = report.outsideGate!;
    text = `${plural(outside.length, 'dependency', 'dependencies')} without a recovery scenario outside the services that fail this check: ${namesOf(report, outside, escape)}`;
  } else if (report.dependencies.length === 0) text = pr ? 'this change adds or changes no critical dependency' : 'no critical dependencies found';
  else text = pr ? 'every critical dependency this change touches has a recovery scenario' : 'every critical dependency has a recovery scenario';
  const errors = report.findings.filter((f) => f.severity === 'error' && (!pr || f.causedByChange !== false)).length;
  if (errors > 0) text += `; ${plural(errors, 'plan error', 'plan errors')}${pr && report.findings.some((f) => f.causedByChange === true) ? ' this change caused' : ''}`;
  return text;
}

/** The verdict in words, as Markdown: what a reviewer needs from the first line. */
export function headline(report: CheckReport): string {
  return `${VERDICT_ICON[report.verdict]} **${report.verdict.toUpperCase()}**: ${headlineText(report, md)}`;
}

/** The headline for a log line or the step's failure message: plain text on one line. */
export function plainHeadline(report: CheckReport): string {
  return `${VERDICT_ICON[report.verdict]} ${report.verdict.toUpperCase()}: ${headlineText(report, oneLine)}`;
}

/** The repository-wide coverage figure, or null when it was not computed (a PR check sees only its diff). */
export function statedCoverage(report: CheckReport): CoverageFigures | null {
  return report.coverage ?? null;
}

/**
 * Counts over the dependencies in the report. Kept for callers that print a figure whatever the
 * mode; what a report *states* as coverage is statedCoverage().
 */
export function coverageFigures(report: CheckReport): { covered: number; total: number; percent: number } {
  if (report.coverage) return report.coverage;
  const live = report.dependencies.filter((d) => d.change !== 'removed');
  const covered = live.filter((d) => d.covered).length;
  return { covered, total: live.length, percent: live.length === 0 ? 100 : Math.round((covered / live.length) * 100) };
}

type Status = 'new-gap' | 'gap' | 'covered' | 'removed';
const STATUS_RANK: Record<Status, number> = { 'new-gap': 0, gap: 1, covered: 2, removed: 3 };
const STATUS_CELL: Record<Status, string> = { 'new-gap': '❌ new gap', gap: '⚠️ gap', covered: '✅', removed: '➖ removed' };
/** A gap outside fail-on-tier / fail-on-categories: reported, never failing. */
const OUTSIDE_GATE_CELL = '⚠️ gap (not gated)';

function statusOf(report: CheckReport, dep: CheckedDependency): Status {
  if (dep.change === 'removed') return 'removed';
  if (dep.covered) return 'covered';
  return report.newGaps.includes(dep.id) ? 'new-gap' : 'gap';
}

/** "drafted in abc1234, awaiting sign-off", linked to where the draft can be read. */
export function draftedText(drafted: DraftedStub, links?: LinkContext): string {
  if (drafted.sha) {
    const short = drafted.sha.slice(0, 7);
    const ref = drafted.url ? `[${short}](${drafted.url})` : short;
    return `drafted in ${ref}${drafted.pullRequest ? ` (#${drafted.pullRequest})` : ''}, awaiting sign-off`;
  }
  if (drafted.pullRequest) return `drafted in ${drafted.url ? `[#${drafted.pullRequest}](${drafted.url})` : `#${drafted.pullRequest}`}, awaiting sign-off`;
  if (drafted.path) return `drafted at ${fileLink(links, drafted.path, drafted.line)}, awaiting sign-off`;
  return 'drafted, awaiting sign-off';
}

function dependencyRow(report: CheckReport, dep: CheckedDependency, options: MarkdownOptions, withChange: boolean): string {
  const status = statusOf(report, dep);
  const drafted = options.drafted?.get(dep.id);
  let coveredBy: string;
  if (dep.covered) coveredBy = dep.scenarios.length ? dep.scenarios.map(md).join('<br>') : md(dep.coveredBecause ?? 'covered');
  else if (drafted && status !== 'removed') coveredBy = `📝 ${draftedText(drafted, options.links)}`;
  else coveredBy = '—';
  // One place per file:line: an env line can prove a service twice (its name and its URL scheme).
  const places = [...new Map(dep.evidence.map((e) => [`${e.path}:${e.line}`, e])).values()];
  const evidence = places.slice(0, 3).map((e) => fileLink(options.links, e.path, e.line));
  if (places.length > 3) evidence.push(`+${places.length - 3} more`);
  const provider = dep.provider ? ` (${md(dep.provider)})` : '';
  const change = withChange ? ` ${dep.change} |` : '';
  const cell = status === 'gap' && report.outsideGate?.includes(dep.id) ? OUTSIDE_GATE_CELL : STATUS_CELL[status];
  return `| ${cell} | ${md(dep.name)}${provider} |${change} ${coveredBy} | ${evidence.join(', ')} |`;
}

/** Rows in the order a reviewer acts on them: status (new gaps, gaps, covered, removed), then tier, then name. */
export function orderDependencies(report: CheckReport): CheckedDependency[] {
  return [...report.dependencies].sort(
    (a, b) => STATUS_RANK[statusOf(report, a)] - STATUS_RANK[statusOf(report, b)] || a.tier - b.tier || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
}

/** A link written out in full cannot wrap and widens the table: each becomes a short labelled link. */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>()[\]|`"']+/g;

function withShortLinks(text: string): string {
  const line = oneLine(text);
  let out = '';
  let last = 0;
  for (const match of line.matchAll(URL_IN_TEXT)) {
    const url = stripTrailing(match[0], '.,;:!?');
    const start = match.index;
    out += md(line.slice(last, start));
    const label = stripTrailing(url, '/').split('/').pop() || 'link';
    out += `[${md(label.length > 24 ? 'docs' : label)}](${url})`;
    last = start + url.length;
  }
  return out + md(line.slice(last));
}

function findingRow(f: Finding, links: LinkContext | undefined): string {
  return `| ${SEVERITY_ICON[f.severity]} | ${fileLink(links, f.path, f.line)} | ${code(f.rule)} | ${md(f.message)}${f.hint ? ` — _${withShortLinks(f.hint)}_` : ''} |`;
}

function findingsTable(findings: Finding[], cap: number, links: LinkContext | undefined): string[] {
  const out = ['| | Where | Rule | Finding |', '|---|---|---|---|'];
  for (const f of findings.slice(0, cap)) out.push(findingRow(f, links));
  if (findings.length > cap) out.push(`| | | | _…and ${findings.length - cap} more (see the JSON report)_ |`);
  return out;
}

function noticeLines(report: CheckReport, links: LinkContext | undefined): string[] {
  const out: string[] = [];
  const existing = report.mode === 'pr' ? report.existingGaps ?? [] : [];
  if (existing.length > 0) {
    out.push(`- Already without a recovery scenario before this change: ${namesOf(report, existing, md)} (an existing gap fails only under \`fail-on: any-gap\`).`);
  }
  for (const change of report.providerChanges ?? []) {
    const name = report.dependencies.find((d) => d.id === change.id)?.name ?? change.id;
    out.push(`- ${md(name)} moved from ${md(change.from ?? 'self-run')} to ${md(change.to ?? 'self-run')}: its scenario may need updating.`);
  }
  for (const notice of report.notices ?? []) {
    const where = notice.path ? ` (${fileLink(links, notice.path, notice.line)})` : '';
    out.push(`- ${md(notice.message)}${where}`);
  }
  return out;
}

/** The Markdown of one attempt at a size: rows, findings and stubs up to their caps. */
function compose(report: CheckReport, options: MarkdownOptions, rowCap: number, findingCap: number, withStubs: boolean): string {
  const out: string[] = [];
  const { links } = options;
  if (options.marker) out.push(options.marker);
  out.push('### 🏥 Paramedic — disaster-recovery coverage', '', headline(report), '');
  const triage = new Set(report.triage ?? []);
  const withChange = report.mode === 'pr';
  const table = (deps: CheckedDependency[]): string[] => {
    const rows = [withChange ? '| | Service | Change | Covered by | Evidence |' : '| | Service | Covered by | Evidence |', withChange ? '|---|---|---|---|---|' : '|---|---|---|---|'];
    for (const dep of deps.slice(0, rowCap)) rows.push(dependencyRow(report, dep, options, withChange));
    if (deps.length > rowCap) rows.push(`| | _…and ${deps.length - rowCap} more (see the JSON report)_ |${withChange ? ' |' : ''} | |`);
    return [...rows, ''];
  };
  const coverage = statedCoverage(report);
  const figure = coverage ? ` · **Coverage:** ${coverage.covered} of ${coverage.total} critical services (${coverage.percent}%)` : '';
  if (report.plans) {
    // A plan per service: one section per plan, each with the dependencies checked against it.
    out.push(`**Plans:** ${report.plans.length}${figure}${options.context ? ` · ${md(options.context)}` : ''}`, '');
    const deps = orderDependencies(report).filter((d) => !triage.has(d.id));
    for (const plan of report.plans) {
      const own = deps.filter((d) => d.plan === plan.path);
      const planFigure = plan.coverage ? ` · ${plan.coverage.covered} of ${plan.coverage.total} covered (${plan.coverage.percent}%)` : '';
      out.push(`**Plan:** ${fileLink(links, plan.path)}${plan.found ? '' : ' (**not found**: every dependency mapped to it is a gap)'}${planFigure}`, '');
      out.push(...(own.length > 0 ? table(own) : [withChange ? '_This change touches no dependency checked against this plan._' : '_No dependency is checked against this plan._', '']));
    }
    const orphans = deps.filter((d) => d.plan === null);
    if (orphans.length > 0) out.push('**No plan** next to this code (add a `DISASTER_RECOVERY.md` beside it, or map it under `plans:`):', '', ...table(orphans));
  } else {
    const plan = report.doc ? fileLink(links, report.doc) : '**no plan found** (looked for `DISASTER_RECOVERY.md` at the root and in `docs/`)';
    out.push(`**Plan:** ${plan}${figure}${options.context ? ` · ${md(options.context)}` : ''}`, '');
    if (report.dependencies.some((d) => !triage.has(d.id))) out.push(...table(orderDependencies(report).filter((d) => !triage.has(d.id))));
  }
  out.push(...triageSection(report, links, rowCap));

  for (const note of options.notes ?? []) out.push(`> ${oneLine(note)}`, '');

  const forefront = report.findings.filter(isForefront);
  const others = report.findings.filter((f) => !isForefront(f));
  if (forefront.length > 0) {
    const title = report.mode === 'pr' && forefront.some((f) => f.causedByChange === true) ? 'Plan findings this change caused' : 'Plan findings';
    out.push(`#### ${title} (${forefront.length})`, '', ...findingsTable(forefront, findingCap, links), '');
  }

  const stubs = (options.stubs ?? []).filter((s) => !options.drafted?.has(s.id));
  if (withStubs && stubs.length > 0) {
    out.push('#### Suggested scenarios', '', 'Paste into the plan, fill in the placeholders, and remove the draft marker to sign off.', '');
    for (const stub of stubs) {
      const run = longestBacktickRun(stub.markdown);
      const fence = '`'.repeat(Math.max(3, run + 1));
      out.push(`<details><summary>${html(stub.title)}</summary>`, '', `${fence}markdown`, stub.markdown.trimEnd(), fence, '', '</details>', '');
    }
  }

  const undrafted = report.gaps.filter((id) => !options.drafted?.has(id));
  if (undrafted.length > 0) {
    const draft = options.draftCommand ? `, or run \`${options.draftCommand}\` for a stub` : '';
    out.push(
      '<details><summary>How to resolve a gap</summary>',
      '',
      `- Add a scenario for the service to the plan (\`## Scenario: <what fails>\`, **Impact**, numbered **Mitigation Strategy** steps with exact commands)${draft}.`,
      '- If another document covers it, add `<!-- paramedic: covers <id> -- <reason> -->` to the plan.',
      '- If it is not critical for you, add it to `ignore:` in `.github/paramedic.yml` with a reason.',
      '',
      '</details>',
      '',
    );
  }

  const notices = noticeLines(report, links);
  if (notices.length + others.length > 0) {
    const count = notices.length + others.length;
    out.push(`<details><summary>Other findings and notices (${count})</summary>`, '');
    if (notices.length > 0) out.push(...notices, '');
    if (others.length > 0) {
      const why = report.mode === 'pr' ? 'Already in the plan before this change; they do not fail it.' : 'Notices: they never fail the check.';
      out.push(why, '', ...findingsTable(others, findingCap, links), '');
    }
    out.push('</details>', '');
  }
  return out.join('\n');
}

/**
 * Renders the report as GitHub Markdown for the job summary, the PR comment and the
 * tracking issue. It never exceeds its cap (characters for a comment, bytes for the summary):
 * stubs are dropped first, then rows and findings are cut with a count of what was left out.
 */
export function renderMarkdown(report: CheckReport, options: MarkdownOptions): string {
  const size = (text: string): number => (options.maxBytes !== undefined ? Buffer.byteLength(text, 'utf8') : text.length);
  const cap = Math.min(options.maxBytes ?? Infinity, options.maxChars ?? Infinity);
  const plans: Array<[number, number, boolean]> = [
    [Infinity, Infinity, true],
    [Infinity, Infinity, false],
    [200, 100, false],
    [50, 25, false],
    [10, 5, false],
  ];
  let text = '';
  for (const [rows, findings, stubs] of plans) {
    text = compose(report, options, rows, findings, stubs);
    if (size(text) <= cap) return text;
  }
  return truncate(text, cap, size);
}

const TRUNCATED = '\n\n_…report truncated._\n';

/**
 * Dependencies whose evidence is too weak for the gate (possible ones, by default): each with why,
 * and the one line that accepts it (the gate counts it), ignores it, or covers it in the plan.
 */
export function triageSection(report: CheckReport, links: LinkContext | undefined, cap = Infinity): string[] {
  const deps = report.dependencies.filter((d) => (report.triage ?? []).includes(d.id)).sort((a, b) => a.id.localeCompare(b.id));
  if (deps.length === 0) return [];
  const out = [`<details><summary>To triage (${deps.length}): found, but the evidence does not show the deployment needs ${deps.length === 1 ? 'it' : 'them'}</summary>`, ''];
  for (const dep of deps.slice(0, cap)) {
    const first = dep.evidence[0];
    const lines = triageLines(dep.id);
    out.push(`- **${md(dep.name)}** (${code(dep.id)}, ${dep.confidence ?? 'possible'}): ${md(dep.confidenceReason ?? 'weak evidence')}${first ? ` — ${fileLink(links, first.path, first.line)}` : ''}`);
    out.push(`  - accept: ${code(lines.accept)}`, `  - ignore: ${code(lines.ignore)}`, `  - cover: ${code(lines.cover)}`);
  }
  if (deps.length > cap) out.push(`- _…and ${deps.length - cap} more (see the JSON report)_`);
  out.push('', '</details>', '');
  return out;
}


/** Cuts at a line end so no link, entity or character is split, then says so. */
function truncate(text: string, cap: number, size: (text: string) => number): string {
  const budget = cap - size(TRUNCATED);
  let end = Math.min(text.length, Math.max(0, budget));
  while (end > 0 && size(text.slice(0, end)) > budget) end = Math.floor(end * 0.9);
  const cut = text.lastIndexOf('\n', end);
  return text.slice(0, cut > 0 ? cut : 0) + TRUNCATED;
}
