import type { OrgReport, RepositoryResult } from '../merge.js';
import { markdownText } from './escape.js';

/** A job summary is capped at 1 MiB; the dashboard has everything, the summary the essentials. */
const MAX_CHARS = 900_000;
const WORST_ROWS = 50;

const STATUS_WORDS: Record<string, string> = { 'no-access': 'no access', empty: 'empty', timeout: 'timed out', error: 'error', missing: 'no report' };

function fmt(n: number): string {
  return n.toLocaleString('en');
}

function repoLink(r: RepositoryResult): string {
  const name = markdownText(r.fullName);
  return r.url && /^https?:\/\//i.test(r.url) ? `[${name}](${r.url})` : name;
}

/** The organisation report as GitHub Markdown, for the merge job's summary. */
export function renderOrgMarkdown(report: OrgReport, options: { dashboardNote?: string } = {}): string {
  const s = report.summary;
  const r = s.repositories;
  const out: string[] = [];
  out.push(`## 🏥 Paramedic: disaster-recovery coverage${report.organisation ? ` across ${markdownText(report.organisation)}` : ''}`, '');
  out.push(
    `**${s.coverage.percent}%** of critical services covered (${fmt(s.coverage.covered)} of ${fmt(s.coverage.total)}) in ${fmt(r.checked)} checked ${r.checked === 1 ? 'repository' : 'repositories'}` +
      `${r.total > r.checked ? `; **${fmt(r.total - r.checked)} not checked**` : ''}.`,
    '',
  );
  out.push('| Repositories | Count |', '|---|---:|');
  out.push(`| Checked | ${fmt(r.checked)} of ${fmt(r.total)} |`, `| Fully covered | ${fmt(r.fullyCovered)} |`, `| With gaps | ${fmt(r.withGaps)} |`);
  out.push(`| With tier-1 gaps | ${fmt(r.withTier1Gaps)} |`, `| With a stale plan | ${fmt(r.withStalePlan)} |`, `| Without a plan | ${fmt(r.withoutPlan)} |`, '');
  if (options.dashboardNote) out.push(options.dashboardNote, '');

  if (s.gaps.total > 0) {
    out.push('### Gaps by tier and category', '', '| Category | Tier 1 | Tier 2 | Tier 3 | Total |', '|---|---:|---:|---:|---:|');
    const categories = Object.keys(s.gaps.byCategory);
    const at = (c: string, t: number): number => s.gaps.byCategoryAndTier.find((x) => x.category === c && x.tier === t)?.gaps ?? 0;
    for (const c of categories) out.push(`| ${markdownText(c)} | ${at(c, 1)} | ${at(c, 2)} | ${at(c, 3)} | ${s.gaps.byCategory[c]} |`);
    out.push(`| **All** | ${s.gaps.byTier['1']} | ${s.gaps.byTier['2']} | ${s.gaps.byTier['3']} | ${s.gaps.total} |`, '');
  }

  const failed = report.repositories.filter((x) => x.status !== 'checked');
  if (failed.length > 0) {
    // Never dropped: each repository that could not be checked is listed, whatever the count.
    out.push(`### Not checked (${fmt(failed.length)})`, '', '| Repository | Status | Why |', '|---|---|---|');
    for (const x of failed) out.push(`| ${repoLink(x)} | ${STATUS_WORDS[x.status] ?? x.status} | ${markdownText(x.reason ?? '')} |`);
    out.push('');
  }

  const worst = report.repositories
    .filter((x) => x.status === 'checked' && x.gaps.length > 0)
    .map((x) => ({ x, tier1: x.dependencies.filter((d) => !d.covered && d.tier === 1).length }))
    .sort((a, b) => b.tier1 - a.tier1 || (a.x.coverage?.percent ?? 0) - (b.x.coverage?.percent ?? 0) || b.x.gaps.length - a.x.gaps.length);
  if (worst.length > 0) {
    out.push(`### Repositories with gaps${worst.length > WORST_ROWS ? ` (the ${WORST_ROWS} with the most tier-1 gaps of ${fmt(worst.length)})` : ''}`, '');
    out.push('| Repository | Coverage | Tier-1 gaps | Uncovered services |', '|---|---:|---:|---|');
    for (const { x, tier1 } of worst.slice(0, WORST_ROWS)) {
      const names = x.dependencies.filter((d) => !d.covered).map((d) => markdownText(d.name));
      out.push(`| ${repoLink(x)} | ${x.coverage?.percent ?? 0}% | ${tier1} | ${names.slice(0, 8).join(', ')}${names.length > 8 ? `, +${names.length - 8} more` : ''} |`);
    }
    out.push('');
  }

  if (s.findings.byRule.length > 0) {
    out.push('### Findings by rule', '', '| Rule | Severity | Findings | Repositories |', '|---|---|---:|---:|');
    // Rule ids come from the reports: escaped text, not a code span (a pipe would still split the row there).
    for (const f of s.findings.byRule) out.push(`| ${markdownText(f.rule)} | ${f.severity} | ${fmt(f.findings)} | ${fmt(f.repositories)} |`);
    out.push('');
  }

  if (report.warnings.length > 0) {
    out.push(`### Report files skipped (${report.warnings.length})`, '');
    for (const w of report.warnings.slice(0, 100)) out.push(`- ${markdownText(`${w.path}${w.line ? `:${w.line}` : ''}`)}: ${markdownText(w.message)}`);
    if (report.warnings.length > 100) out.push(`- … and ${report.warnings.length - 100} more (in org-report.json)`);
    out.push('');
  }
  const text = out.join('\n');
  return text.length <= MAX_CHARS ? text : `${text.slice(0, MAX_CHARS)}\n\n_…summary truncated; the dashboard and org-report.json have everything._\n`;
}
