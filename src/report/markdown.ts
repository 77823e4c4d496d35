import { triageLines } from '../check/confidence.js';
import type { CheckReport, CheckedDependency, Finding, Verdict } from '../check/types.js';

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

export interface MarkdownOptions {
  links?: LinkContext;
  /** one line under the title: mode, refs, plan choice */
  context?: string;
  stubs?: SuggestedStub[];
  /** extra notes shown at the end (side channels that failed, push refused...) */
  notes?: string[];
  /** hard cap on the rendered length in characters */
  maxChars: number;
  /** a hidden first line (the sticky comment's marker) */
  marker?: string;
}

const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const SEVERITY_ICON: Record<Finding['severity'], string> = { error: '🛑', warning: '⚠️', notice: 'ℹ️' };

/** A table cell: no pipes or line breaks may leak into the table. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function fileLink(links: LinkContext | undefined, path: string, line?: number): string {
  const label = `${path}${line ? `:${line}` : ''}`;
  if (!links?.repoUrl || !links.sha) return `\`${cell(label)}\``;
  const url = `${links.repoUrl}/blob/${links.sha}/${path.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
  return `[${cell(label)}](${url})`;
}

/** The verdict in words: what a reviewer needs from the first line. */
export function headline(report: CheckReport): string {
  const icon = VERDICT_ICON[report.verdict];
  const n = report.newGaps.length;
  const g = report.gaps.length;
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  let text: string;
  if (n > 0) text = `${n} new critical ${n === 1 ? 'dependency has' : 'dependencies have'} no recovery scenario`;
  else if (g > 0) text = `${g} critical ${g === 1 ? 'dependency has' : 'dependencies have'} no recovery scenario`;
  else if (report.dependencies.length === 0) text = 'no critical dependencies found';
  else text = `every critical dependency has a recovery scenario`;
  if (errors > 0) text += `; ${errors} plan ${errors === 1 ? 'error' : 'errors'}`;
  return `${icon} **${report.verdict.toUpperCase()}**: ${text}`;
}

export function coverageFigures(report: CheckReport): { covered: number; total: number; percent: number } {
  const total = report.dependencies.length;
  const covered = report.dependencies.filter((d) => d.covered).length;
  return { covered, total, percent: total === 0 ? 100 : Math.round((covered / total) * 100) };
}

function dependencyRow(dep: CheckedDependency, links: LinkContext | undefined): string {
  const status = dep.covered ? '✅' : dep.change === 'added' || dep.change === 'changed' ? '❌' : '⚠️';
  const coveredBy = dep.covered ? (dep.scenarios.length ? dep.scenarios.map(cell).join('<br>') : cell(dep.coveredBecause ?? 'covered')) : '—';
  const evidence = dep.evidence.slice(0, 3).map((e) => fileLink(links, e.path, e.line));
  if (dep.evidence.length > 3) evidence.push(`+${dep.evidence.length - 3} more`);
  const provider = dep.provider ? ` (${cell(dep.provider)})` : '';
  return `| ${status} | ${cell(dep.name)}${provider} | ${dep.change} | ${coveredBy} | ${evidence.join(', ')} |`;
}

/** Orders rows so what needs action comes first: new gaps, other gaps, then covered. */
function rank(dep: CheckedDependency): number {
  if (!dep.covered && (dep.change === 'added' || dep.change === 'changed')) return 0;
  if (!dep.covered) return 1;
  return 2;
}

/**
 * Renders the report as GitHub Markdown for the job summary, the PR comment and the
 * tracking issue. It never exceeds `maxChars`: long tables are cut with a count of
 * what was left out, and stubs are dropped before dependency rows.
 */
export function renderMarkdown(report: CheckReport, options: MarkdownOptions): string {
  const attempt = (rowCap: number, findingCap: number, withStubs: boolean): string => {
    const out: string[] = [];
    if (options.marker) out.push(options.marker);
    out.push(`### 🏥 Paramedic — disaster-recovery coverage`, '', headline(report), '');
    const { covered, total, percent } = coverageFigures(report);
    const plan = report.doc ? fileLink(options.links, report.doc) : '**no plan found** (looked for `DISASTER_RECOVERY.md` at the root and in `docs/`)';
    out.push(`**Plan:** ${plan} · **Coverage:** ${covered} of ${total} critical services (${percent}%)${options.context ? ` · ${options.context}` : ''}`, '');

    const triage = new Set(report.triage ?? []);
    if (report.dependencies.some((d) => !triage.has(d.id))) {
      const deps = report.dependencies.filter((d) => !triage.has(d.id)).sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
      out.push('| | Service | Change | Covered by | Evidence |', '|---|---|---|---|---|');
      for (const dep of deps.slice(0, rowCap)) out.push(dependencyRow(dep, options.links));
      if (deps.length > rowCap) out.push(`| | _…and ${deps.length - rowCap} more (see the JSON report)_ | | | |`);
      out.push('');
    }

    out.push(...triageSection(report, options.links, rowCap));

    if (report.findings.length > 0) {
      out.push(`#### Plan findings (${report.findings.length})`, '', '| | Where | Rule | Finding |', '|---|---|---|---|');
      for (const f of report.findings.slice(0, findingCap)) {
        out.push(`| ${SEVERITY_ICON[f.severity]} | ${fileLink(options.links, f.path, f.line)} | \`${cell(f.rule)}\` | ${cell(f.message)}${f.hint ? ` — _${cell(f.hint)}_` : ''} |`);
      }
      if (report.findings.length > findingCap) out.push(`| | | | _…and ${report.findings.length - findingCap} more_ |`);
      out.push('');
    }

    if (withStubs && options.stubs && options.stubs.length > 0) {
      out.push('#### Suggested scenarios', '', 'Paste into the plan, fill in the placeholders, and remove the draft marker to sign off.', '');
      for (const stub of options.stubs) {
        const fence = longestBacktickRun(stub.markdown) >= 3 ? '`'.repeat(longestBacktickRun(stub.markdown) + 1) : '```';
        out.push(`<details><summary>${escapeHtml(stub.title)}</summary>`, '', `${fence}markdown`, stub.markdown.trimEnd(), fence, '', '</details>', '');
      }
    }

    if (report.gaps.length > 0) {
      out.push(
        '<details><summary>How to resolve a gap</summary>',
        '',
        '- Add a scenario for the service to the plan (`## Scenario: <what fails>`, **Impact**, numbered **Mitigation Strategy** steps with exact commands), or run `npx paramedic draft --write` for a stub.',
        '- If another document covers it, add `<!-- paramedic: covers <id> -- <reason> -->` to the plan.',
        '- If it is not critical for you, add it to `ignore:` in `.github/paramedic.yml` with a reason.',
        '',
        '</details>',
        '',
      );
    }
    for (const note of options.notes ?? []) out.push(`> ${note}`, '');
    return out.join('\n');
  };

  // Shrink until it fits: stubs go first, then rows.
  const plans: Array<[number, number, boolean]> = [
    [Infinity, Infinity, true],
    [Infinity, Infinity, false],
    [200, 100, false],
    [50, 25, false],
    [10, 5, false],
  ];
  for (const [rows, findings, stubs] of plans) {
    const text = attempt(rows, findings, stubs);
    if (text.length <= options.maxChars) return text;
  }
  const last = attempt(10, 5, false);
  return last.slice(0, Math.max(0, options.maxChars - 40)) + '\n\n_…report truncated._\n';
}

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
    out.push(`- **${cell(dep.name)}** (\`${dep.id}\`, ${dep.confidence ?? 'possible'}): ${cell(dep.confidenceReason ?? 'weak evidence')}${first ? ` — ${fileLink(links, first.path, first.line)}` : ''}`);
    out.push(`  - accept: \`${lines.accept}\``, `  - ignore: \`${lines.ignore}\``, `  - cover: \`${lines.cover}\``);
  }
  if (deps.length > cap) out.push(`- _…and ${deps.length - cap} more (see the JSON report)_`);
  out.push('', '</details>', '');
  return out;
}

function longestBacktickRun(text: string): number {
  let best = 0;
  for (const run of text.match(/`+/g) ?? []) best = Math.max(best, run.length);
  return best;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
