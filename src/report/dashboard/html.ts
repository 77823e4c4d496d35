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
    '<p class="legend"><span class="badge b-fail">✗</span> a gap: the plan has no scenario for a service the code depends on (links to the line that proves the dependency) · <span class="badge b-pass">✓</span> covered (its title names the scenario) · blank: not used. Column headers sort the table.</p>',
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
  out.push('</select></div>', `<output id="f-count" for="f-text f-show f-service" aria-live="polite">${fmt(report.repositories.length)} of ${fmt(report.repositories.length)} repositories match</output>`, '</form>');
  out.push('<div class="scroll" role="region" aria-label="Scrollable table of repositories × critical services" tabindex="0">', '<table id="matrix">');
  out.push(`<caption class="sr-only">Each row a repository, each service column its recovery coverage. ${fmt(report.repositories.length)} repositories, ${fmt(services.length)} services.</caption>`);
  const sortable = (key: string, label: string, extra = '', sorted = false): string =>
    `<th scope="col" data-key="${html(key)}"${extra}${sorted ? ' aria-sort="ascending"' : ''}><button type="button">${label}</button></th>`;
  // Fixed column widths: the browser lays out the rows without measuring every cell.
  out.push(`<colgroup><col class="w-name"><col class="w-status"><col class="w-plan"><col class="w-cov"><col class="w-n"><col class="w-t1"><col class="w-f">${'<col class="w-svc">'.repeat(services.length)}</colgroup>`);
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
  out.push('</tr></thead>', '<tbody></tbody>', '</table>', '</div>');
  out.push('<p id="m-more" hidden><span id="m-shown"></span> <button type="button" id="m-next">Show 100 more</button> <button type="button" id="m-all">Show all</button></p>');
  out.push('<noscript><p>The table needs JavaScript; every figure in it is in <code>org-report.json</code>.</p></noscript>');
  // The rows travel as data and are built with the DOM (textContent, never markup) a page at a
  // time: 1,000 repositories × 40 services as static HTML is 100,000 nodes to parse and lay out.
  out.push(`<script type="application/json" id="matrix-data">${jsonForScript(matrixData(report))}</script>`);
  out.push('</section>');
  return out.join('\n');
}

/** JSON inside a script element: no `<` can end the element or open a comment. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** One row's data, in short keys (the page carries 1,000 of them); client.ts reads it. */
export interface RowData {
  /** owner/name, its page, status, reason, verdict, status sort rank */
  n: string;
  u: string | null;
  s: string;
  r: string | null;
  v: string | null;
  k: number;
  /** the plan's path and link; the stale-plan finding's link and message */
  p: string | null;
  pu: string | null;
  st: [string | null, string] | null;
  /** coverage [covered, total, percent]; gaps; tier-1 gaps; findings and their rules */
  c: [number, number, number] | null;
  g: number;
  t1: number;
  f: number;
  fr: string;
  /** `<url>/blob/<commit>/` for evidence links (http(s) only) */
  b: string | null;
  /** per dependency: [service column, covered 1/0, scenario title or evidence path, its line] */
  d: Array<[number, 0 | 1, string, number]>;
}

function matrixData(report: OrgReport): { services: string[]; rows: RowData[] } {
  const column = new Map(report.services.map((s, i) => [s.id, i]));
  const rows = report.repositories.map((repo): RowData => {
    const base = safeHref(repo.url) && repo.commit && /^[0-9a-f]{7,64}$/i.test(repo.commit) ? `${repo.url}/blob/${repo.commit}/` : null;
    return {
      n: repo.fullName,
      u: safeHref(repo.url),
      s: repo.status,
      r: repo.reason,
      v: repo.verdict,
      k: statusRank(repo),
      p: repo.plan?.path ?? null,
      pu: safeHref(repo.plan?.url),
      st: repo.stalePlan ? [safeHref(repo.stalePlan.url), repo.stalePlan.message] : null,
      c: repo.coverage ? [repo.coverage.covered, repo.coverage.total, repo.coverage.percent] : null,
      g: repo.gaps.length,
      t1: repo.dependencies.filter((d) => !d.covered && d.tier === 1).length,
      f: repo.findings.length,
      fr: [...new Set(repo.findings.map((f) => f.rule))].join(', '),
      b: base,
      d: repo.dependencies.map((d) => {
        const scenario = d.scenarios[0];
        const e = d.evidence[0];
        return d.covered
          ? [column.get(d.id)!, 1, scenario?.title ?? d.coveredBecause ?? 'marked as covered', scenario?.line ?? 0]
          : [column.get(d.id)!, 0, e?.path ?? '', e?.line ?? 0];
      }),
    };
  });
  return { services: report.services.map((s) => s.id), rows };
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
