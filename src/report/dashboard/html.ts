import { createHash } from 'node:crypto';
import type { OrgReport, RepositoryResult, ServiceSummary } from '../merge.js';
import { CLIENT_SCRIPT } from './client.js';
import { html, safeHref } from './escape.js';
import { STYLE } from './style.js';

/**
 * The organisation dashboard: one HTML file with its style and script inline and a
 * Content-Security-Policy that allows only those two (by hash) and no network at all.
 * Every string that came from a repository goes through `html()`; links only to http(s).
 */
export function renderDashboard(report: OrgReport, options: { title?: string } = {}): string {
  const title = options.title ?? `Disaster-recovery coverage${report.organisation ? `: ${report.organisation}` : ''}`;
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(STYLE)}'`,
    `script-src '${sha256(CLIENT_SCRIPT)}'`,
    "img-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const s = report.summary;
  const out: string[] = [];
  out.push('<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="${html(csp)}">`, '<meta name="referrer" content="no-referrer">');
  out.push(`<title>${html(title)}</title>`, `<style>${STYLE}</style>`, '</head>', '<body>');
  out.push('<header>', `<h1>${html(title)}</h1>`);
  out.push(
    `<p class="meta">Generated ${html(report.generatedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'))} by Paramedic from ${fmt(s.repositories.total)} ${s.repositories.total === 1 ? 'repository' : 'repositories'}. The same data as JSON: <code>org-report.json</code>.</p>`,
    '</header>',
    '<main>',
  );
  out.push(figures(report));
  out.push(matrix(report));
  out.push(gapsByTierAndCategory(report), servicesTable(report.services), findingsByRule(report), stalePlans(report), notChecked(report), skippedFiles(report));
  out.push('</main>', '<footer>Paramedic: every critical service needs a written, step-by-step recovery scenario.</footer>');
  out.push(`<script>${CLIENT_SCRIPT}</script>`, '</body>', '</html>', '');
  return out.join('\n');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function fmt(n: number): string {
  return n.toLocaleString('en');
}

function plural(n: number, one: string, many: string): string {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}

function link(url: string | null | undefined, text: string, attrs = ''): string {
  const href = safeHref(url);
  return href ? `<a href="${html(href)}"${attrs}>${text}</a>` : text;
}

function figures(report: OrgReport): string {
  const s = report.summary;
  const r = s.repositories;
  const failed = r.total - r.checked;
  const item = (label: string, value: string, note: string): string => `<div><dt>${label}</dt><dd>${value}<small>${note}</small></dd></div>`;
  return [
    '<section class="figures" aria-labelledby="h-overview">',
    '<h2 id="h-overview" class="sr-only">Overview</h2>',
    '<dl>',
    item('Critical services covered', `${s.coverage.percent}%`, `${fmt(s.coverage.covered)} of ${fmt(s.coverage.total)} across the checked repositories`),
    item('Repositories checked', fmt(r.checked), `of ${fmt(r.total)}${failed ? `; <a href="#h-failed">${fmt(failed)} not checked</a>` : ''}`),
    item('Fully covered', fmt(r.fullyCovered), `${plural(r.withGaps, 'repository has', 'repositories have')} gaps`),
    item('Tier-1 gaps', fmt(s.gaps.byTier['1']), `in ${plural(r.withTier1Gaps, 'repository', 'repositories')}`),
    item('Stale plans', fmt(r.withStalePlan), `${plural(r.withoutPlan, 'repository has', 'repositories have')} no plan`),
    item('Plan findings', fmt(s.findings.total), `${plural(s.findings.byRule.length, 'rule', 'rules')}`),
    '</dl>',
    '</section>',
  ].join('\n');
}

const STATUS_WORDS: Record<string, string> = {
  'no-access': 'no access',
  empty: 'empty',
  timeout: 'timed out',
  error: 'error',
  missing: 'no report',
};

/** Sort rank of the status column: what needs attention first. */
function statusRank(r: RepositoryResult): number {
  if (r.status !== 'checked') return 0;
  return r.verdict === 'fail' ? 1 : r.verdict === 'warn' ? 2 : 3;
}

function matrix(report: OrgReport): string {
  const services = report.services;
  const out: string[] = [];
  out.push('<section aria-labelledby="h-matrix">', '<h2 id="h-matrix">Repositories × critical services</h2>');
  out.push(
    '<p class="legend"><span class="badge b-fail">✗</span> a gap: the plan has no scenario for a service the code depends on (links to the line that proves the dependency) · <span class="badge b-pass">✓</span> covered (links to the scenario) · blank: not used. Column headers sort the table.</p>',
  );
  out.push('<form id="controls" role="search" aria-label="Filter repositories">');
  out.push('<div><label for="f-text">Filter repositories by name</label><input id="f-text" type="search" autocomplete="off" placeholder="e.g. payments"></div>');
  out.push(
    '<div><label for="f-show">Show</label><select id="f-show">',
    '<option value="all">all repositories</option>',
    '<option value="gaps">with gaps</option>',
    '<option value="tier1">with tier-1 gaps</option>',
    '<option value="covered">fully covered</option>',
    '<option value="stale">with a stale plan</option>',
    '<option value="noplan">with no plan</option>',
    '<option value="failed">not checked</option>',
    '</select></div>',
  );
  out.push('<div><label for="f-service">Using the service</label><select id="f-service"><option value="">any service</option>');
  for (const svc of [...services].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1))) out.push(`<option value="${html(svc.id)}">${html(svc.name)}</option>`);
  out.push('</select></div>', `<output id="f-count" for="f-text f-show f-service" aria-live="polite">${fmt(report.repositories.length)} of ${fmt(report.repositories.length)} repositories shown</output>`, '</form>');
  out.push('<div class="scroll" role="region" aria-labelledby="h-matrix" tabindex="0">', '<table id="matrix">');
  out.push(`<caption class="sr-only">Each row a repository, each service column its recovery coverage. ${fmt(report.repositories.length)} repositories, ${fmt(services.length)} services.</caption>`);
  const sortable = (key: string, label: string, extra = '', sorted = false): string =>
    `<th scope="col" data-key="${html(key)}"${extra}${sorted ? ' aria-sort="ascending"' : ''}><button type="button">${label}</button></th>`;
  out.push(
    '<thead><tr>',
    sortable('name', 'Repository', '', true),
    sortable('status', 'Status'),
    '<th scope="col">Plan</th>',
    sortable('coverage', 'Coverage'),
    sortable('gaps', 'Gaps'),
    sortable('tier1', 'Tier-1 gaps'),
    sortable('findings', 'Findings'),
  );
  for (const svc of services) out.push(sortable(`svc:${svc.id}`, html(svc.name), ` class="svc" title="${html(`${svc.name} (${svc.category}, tier ${svc.tier}): ${svc.gaps} gaps in ${svc.repositories} repositories`)}"`));
  out.push('</tr></thead>', '<tbody>');
  for (const repo of report.repositories) out.push(row(repo, services));
  out.push('</tbody>', '</table>', '</div>', '</section>');
  return out.join('\n');
}

function row(repo: RepositoryResult, services: ServiceSummary[]): string {
  const tier1 = repo.dependencies.filter((d) => !d.covered && d.tier === 1).length;
  const attrs = [
    `data-name="${html(repo.fullName.toLowerCase())}"`,
    `data-status="${html(repo.status)}"`,
    `data-rank="${statusRank(repo)}"`,
    `data-coverage="${repo.coverage ? repo.coverage.percent : -1}"`,
    `data-gaps="${repo.gaps.length}"`,
    `data-tier1="${tier1}"`,
    `data-findings="${repo.findings.length}"`,
    `data-stale="${repo.stalePlan ? 1 : 0}"`,
    `data-plan="${repo.plan ? 1 : 0}"`,
    `data-uses="${html(repo.dependencies.map((d) => d.id).join(' '))}"`,
    `data-gapsin="${html(repo.gaps.join(' '))}"`,
  ].join(' ');
  const cells: string[] = [`<th scope="row">${link(repo.url, html(repo.fullName))}</th>`];
  if (repo.status !== 'checked') {
    cells.push(`<td><span class="badge b-failed">not checked: ${html(STATUS_WORDS[repo.status] ?? repo.status)}</span></td>`);
    cells.push(`<td class="reason" title="${html(repo.reason ?? '')}">${html(repo.reason ?? '')}</td>`);
    cells.push('<td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td>');
    for (let i = 0; i < services.length; i++) cells.push('<td></td>');
    return `<tr ${attrs}>${cells.join('')}</tr>`;
  }
  cells.push(`<td><span class="badge b-${repo.verdict ?? 'warn'}">${html(repo.verdict ?? 'unknown')}</span></td>`);
  const plan = repo.plan ? link(repo.plan.url, html(repo.plan.path)) : '<small>no plan</small>';
  const stale = repo.stalePlan ? ` <span class="badge b-stale" title="${html(repo.stalePlan.message)}">${link(repo.stalePlan.url, 'stale')}</span>` : '';
  cells.push(`<td>${plan}${stale}</td>`);
  const cov = repo.coverage;
  cells.push(`<td class="num">${cov ? `${cov.percent}% <small>${cov.covered}/${cov.total}</small>` : '—'}</td>`);
  cells.push(`<td class="num">${repo.gaps.length}</td>`, `<td class="num">${tier1}</td>`);
  const rules = [...new Set(repo.findings.map((f) => f.rule))];
  cells.push(`<td class="num"${rules.length ? ` title="${html(rules.join(', '))}"` : ''}>${repo.findings.length}</td>`);
  const byId = new Map(repo.dependencies.map((d) => [d.id, d]));
  for (const svc of services) {
    const dep = byId.get(svc.id);
    if (!dep) {
      cells.push('<td></td>');
      continue;
    }
    if (dep.covered) {
      const scenario = dep.scenarios[0];
      const why = scenario ? `covered by “${scenario.title}”` : `covered: ${dep.coveredBecause ?? 'marked as covered'}`;
      cells.push(`<td class="s c">${mark(scenario?.url ?? null, '✓', 'covered', why)}</td>`);
    } else {
      const e = dep.evidence[0];
      const why = `gap: no scenario for ${dep.name}${e ? `; evidence ${e.path}:${e.line}` : ''}`;
      cells.push(`<td class="s g">${mark(e?.url ?? null, '✗', 'gap', why)}</td>`);
    }
  }
  return `<tr ${attrs}>${cells.join('')}</tr>`;
}

/** A cell's mark: a link when there is somewhere to go; its accessible name is the word, its title the detail. */
function mark(url: string | null, symbol: string, word: string, detail: string): string {
  const href = safeHref(url);
  if (href) return `<a href="${html(href)}" aria-label="${word}" title="${html(detail)}">${symbol}</a>`;
  return `<span role="img" aria-label="${word}" title="${html(detail)}">${symbol}</span>`;
}

function collapsible(id: string, heading: string, rows: number, body: string, openBelow = 25): string {
  return [
    `<section aria-labelledby="${id}">`,
    `<h2 id="${id}">${heading}</h2>`,
    rows > openBelow ? `<details><summary>Show all ${fmt(rows)}</summary>\n${body}\n</details>` : body,
    '</section>',
  ].join('\n');
}

function gapsByTierAndCategory(report: OrgReport): string {
  const g = report.summary.gaps;
  const categories = [...new Set(g.byCategoryAndTier.map((c) => c.category))].sort();
  const at = (category: string, tier: number): number => g.byCategoryAndTier.find((c) => c.category === category && c.tier === tier)?.gaps ?? 0;
  const rows = categories.map((c) => `<tr><th scope="row">${html(c)}</th>${[1, 2, 3].map((t) => `<td class="num">${fmt(at(c, t))}</td>`).join('')}<td class="num">${fmt(g.byCategory[c] ?? 0)}</td></tr>`);
  const body =
    categories.length === 0
      ? '<p>No gaps: every critical service of every checked repository has a recovery scenario.</p>'
      : [
          '<table class="plain">',
          '<caption class="sr-only">Uncovered critical services, by category and tier</caption>',
          '<thead><tr><th scope="col">Category</th><th scope="col">Tier 1</th><th scope="col">Tier 2</th><th scope="col">Tier 3</th><th scope="col">Total</th></tr></thead>',
          `<tbody>${rows.join('\n')}</tbody>`,
          `<tfoot><tr><th scope="row">All</th>${(['1', '2', '3'] as const).map((t) => `<td class="num">${fmt(g.byTier[t])}</td>`).join('')}<td class="num">${fmt(g.total)}</td></tr></tfoot>`,
          '</table>',
        ].join('\n');
  return collapsible('h-gaps', 'Gaps by tier and category', categories.length, body, 1000);
}

function servicesTable(services: ServiceSummary[]): string {
  const rows = services.map(
    (s) =>
      `<tr><th scope="row">${html(s.name)}</th><td>${html(s.category)}</td><td class="num">${s.tier}</td><td class="num">${fmt(s.repositories)}</td><td class="num">${fmt(s.covered)}</td><td class="num">${fmt(s.gaps)}</td><td class="num">${Math.round((s.covered / Math.max(1, s.repositories)) * 100)}%</td></tr>`,
  );
  const body = [
    '<table class="plain">',
    '<caption class="sr-only">Each critical service: how many repositories use it and how many cover it</caption>',
    '<thead><tr><th scope="col">Service</th><th scope="col">Category</th><th scope="col">Tier</th><th scope="col">Repositories</th><th scope="col">Covered</th><th scope="col">Gaps</th><th scope="col">Coverage</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
  return collapsible('h-services', 'Services', services.length, services.length ? body : '<p>No critical services found.</p>');
}

function findingsByRule(report: OrgReport): string {
  const rules = report.summary.findings.byRule;
  const body = rules.length
    ? [
        '<table class="plain">',
        '<caption class="sr-only">Plan lint findings, by rule</caption>',
        '<thead><tr><th scope="col">Rule</th><th scope="col">Severity</th><th scope="col">Findings</th><th scope="col">Repositories</th></tr></thead>',
        `<tbody>${rules.map((r) => `<tr><th scope="row"><code>${html(r.rule)}</code></th><td>${html(r.severity)}</td><td class="num">${fmt(r.findings)}</td><td class="num">${fmt(r.repositories)}</td></tr>`).join('\n')}</tbody>`,
        '</table>',
      ].join('\n')
    : '<p>No findings in the plans.</p>';
  return collapsible('h-findings', 'Findings by rule', rules.length, body);
}

function stalePlans(report: OrgReport): string {
  const stale = report.repositories.filter((r) => r.stalePlan);
  const body = stale.length
    ? [
        '<table class="plain">',
        '<caption class="sr-only">Plans whose Last Updated date is older than the limit</caption>',
        '<thead><tr><th scope="col">Repository</th><th scope="col">Plan</th><th scope="col">Finding</th></tr></thead>',
        `<tbody>${stale
          .map((r) => `<tr><th scope="row">${link(r.url, html(r.fullName))}</th><td>${link(r.stalePlan!.url, html(`${r.plan?.path ?? ''}:${r.stalePlan!.line}`))}</td><td>${html(r.stalePlan!.message)}</td></tr>`)
          .join('\n')}</tbody>`,
        '</table>',
      ].join('\n')
    : '<p>No stale plans.</p>';
  return collapsible('h-stale', 'Stale plans', stale.length, body);
}

function notChecked(report: OrgReport): string {
  const failed = report.repositories.filter((r) => r.status !== 'checked');
  const body = failed.length
    ? [
        '<table class="plain">',
        '<caption class="sr-only">Repositories that could not be checked, and why</caption>',
        '<thead><tr><th scope="col">Repository</th><th scope="col">Status</th><th scope="col">Why</th></tr></thead>',
        `<tbody>${failed.map((r) => `<tr><th scope="row">${link(r.url, html(r.fullName))}</th><td>${html(STATUS_WORDS[r.status] ?? r.status)}</td><td>${html(r.reason ?? '')}</td></tr>`).join('\n')}</tbody>`,
        '</table>',
      ].join('\n')
    : '<p>Every repository was checked.</p>';
  return collapsible('h-failed', 'Not checked', failed.length, body, 50);
}

function skippedFiles(report: OrgReport): string {
  if (report.warnings.length === 0) return '';
  const body = [
    '<table class="plain">',
    '<caption class="sr-only">Report files that could not be read</caption>',
    '<thead><tr><th scope="col">File</th><th scope="col">Why</th></tr></thead>',
    `<tbody>${report.warnings.map((w) => `<tr><th scope="row"><code>${html(`${w.path}${w.line ? `:${w.line}` : ''}`)}</code></th><td>${html(w.message)}</td></tr>`).join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
  return collapsible('h-skipped', 'Report files skipped', report.warnings.length, body);
}
