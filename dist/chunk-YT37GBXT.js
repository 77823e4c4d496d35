import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  ENVELOPE_KIND,
  LISTING_KIND
} from "./chunk-HPUDJHMQ.js";
import {
  parseJsonWithPositions
} from "./chunk-LDBRJ2UR.js";
import "./chunk-FMWSTCU6.js";
import "./chunk-SX36J2YO.js";
import {
  stripTrailing
} from "./chunk-AGHLWIT3.js";
import "./chunk-KJ7NEGQU.js";

// src/report/dashboard/command.ts
import { appendFileSync, existsSync, mkdirSync, statSync as statSync2, writeFileSync } from "node:fs";
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/report/merge.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
var MAX_FILE_BYTES = 64 * 1024 * 1024;
function readResults(dir) {
  const warnings = [];
  const byName2 = /* @__PURE__ */ new Map();
  for (const file of jsonFiles(dir)) {
    const rel = path.relative(dir, file).split(path.sep).join("/");
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      warnings.push({ path: rel, message: `skipped: ${Math.round(size / 1024 / 1024)} MB is more than a report can be` });
      continue;
    }
    const text = readFileSync(file, "utf8");
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      let line;
      let message = "invalid JSON";
      parseJsonWithPositions(text, (m, l) => {
        message = m;
        line = l;
      });
      warnings.push({ path: rel, ...line ? { line } : {}, message: `skipped: ${message}` });
      continue;
    }
    const result = toResult(value, rel, (message) => warnings.push({ path: rel, message }));
    if (!result) continue;
    const key = result.fullName.toLowerCase();
    const earlier = byName2.get(key);
    if (earlier) {
      const keepLater = (result.checkedAt ?? "") >= (earlier.checkedAt ?? "");
      warnings.push({ path: rel, message: `${result.fullName} is also in ${earlier.source}; kept the ${keepLater ? "later" : "earlier"} one's result (${keepLater ? rel : earlier.source})` });
      if (!keepLater) continue;
    }
    byName2.set(key, result);
  }
  return { results: [...byName2.values()], warnings };
}
function jsonFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith(".json")) out.push(full);
    }
  };
  walk(dir);
  return out;
}
var STATUSES = ["checked", "no-access", "empty", "timeout", "error"];
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var str = (v) => typeof v === "string" ? v : null;
function looksLikeReport(v) {
  return isObject(v) && Array.isArray(v.dependencies) && Array.isArray(v.gaps) && typeof v.verdict === "string";
}
function toResult(value, rel, warn) {
  if (isObject(value) && value.kind === LISTING_KIND) return void 0;
  if (isObject(value) && value.kind === ENVELOPE_KIND) {
    const env = value;
    const repo = isObject(env.repository) ? env.repository : void 0;
    const fullName = str(repo?.fullName);
    if (!fullName) {
      warn("skipped: the envelope names no repository (repository.fullName)");
      return void 0;
    }
    const status = STATUSES.includes(env.status) ? env.status : void 0;
    const base = {
      fullName,
      url: httpUrl(str(repo?.url)),
      commit: str(repo?.commit),
      defaultBranch: str(repo?.defaultBranch),
      checkedAt: str(env.checkedAt),
      source: rel
    };
    if (!status) return failedResult({ ...base, status: "error", reason: `unreadable envelope: unknown status "${String(env.status)}"` });
    if (status !== "checked") return failedResult({ ...base, status, reason: str(env.reason) ?? status });
    if (!looksLikeReport(env.report)) return failedResult({ ...base, status: "error", reason: "unreadable envelope: status checked but no report" });
    const planPath = str(isObject(env.plan) ? env.plan.path : null) ?? str(env.report.doc);
    return checkedResult(base, env.report, planPath);
  }
  if (looksLikeReport(value)) {
    const fullName = path.posix.basename(rel, ".json").replace("__", "/");
    return checkedResult({ fullName, url: null, commit: null, defaultBranch: null, checkedAt: null, source: rel }, value, str(value.doc));
  }
  warn("skipped: not a Paramedic sweep result or report");
  return void 0;
}
function failedResult(r) {
  return { ...r, plan: null, verdict: null, coverage: null, dependencies: [], gaps: [], findings: [], stalePlan: null, archived: null, fork: null, topics: [] };
}
function httpUrl(url) {
  if (!url) return null;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return stripTrailing(parsed.href, "/");
}
function blobBase(id) {
  return id.url && id.commit && /^[0-9a-f]{7,64}$/i.test(id.commit) ? `${id.url}/blob/${id.commit}/` : null;
}
var PLAIN_PATH = /^[A-Za-z0-9._/-]+$/;
function fileUrl(base, file, line) {
  if (!base) return null;
  const encoded = PLAIN_PATH.test(file) ? file : file.split("/").map(encodeURIComponent).join("/");
  return `${base}${encoded}${line && line > 0 ? `#L${line}` : ""}`;
}
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : 0;
function checkedResult(id, report, planPath) {
  const scenarioLines = /* @__PURE__ */ new Map();
  for (const s of Array.isArray(report.scenarios) ? report.scenarios : []) if (isObject(s) && typeof s.title === "string") scenarioLines.set(s.title, num(s.line));
  const base = blobBase(id);
  const planUrl = planPath ? fileUrl(base, planPath) : null;
  const dependencies = [];
  for (const d of report.dependencies) {
    if (!isObject(d) || typeof d.id !== "string" || d.change === "removed") continue;
    const tier = d.tier === 1 || d.tier === 2 || d.tier === 3 ? d.tier : 3;
    dependencies.push({
      id: d.id,
      name: str(d.name) ?? d.id,
      category: str(d.category) ?? "other",
      tier,
      provider: str(d.provider),
      covered: d.covered === true,
      coveredBecause: str(d.coveredBecause),
      scenarios: (Array.isArray(d.scenarios) ? d.scenarios : []).filter((t) => typeof t === "string").map((title) => {
        const line = scenarioLines.get(title) ?? null;
        return { title, line, url: planPath && line ? fileUrl(base, planPath, line) : null };
      }),
      evidence: (Array.isArray(d.evidence) ? d.evidence : []).filter((e) => isObject(e) && typeof e.path === "string").map((e) => ({ path: e.path, line: num(e.line), url: fileUrl(base, e.path, num(e.line)) }))
    });
  }
  const findings = (Array.isArray(report.findings) ? report.findings : []).filter((f) => isObject(f) && typeof f.rule === "string").map((f) => ({
    rule: f.rule,
    severity: f.severity === "error" || f.severity === "warning" ? f.severity : "notice",
    path: str(f.path) ?? planPath ?? "",
    line: num(f.line),
    message: str(f.message) ?? "",
    url: fileUrl(base, str(f.path) ?? planPath ?? "", num(f.line))
  }));
  const stale = findings.find((f) => f.rule === "stale-plan");
  const covered = dependencies.filter((d) => d.covered).length;
  const coverage = isObject(report.coverage) && typeof report.coverage.total === "number" ? { covered: num(report.coverage.covered), total: num(report.coverage.total), percent: num(report.coverage.percent) } : { covered, total: dependencies.length, percent: dependencies.length === 0 ? 100 : Math.round(covered / dependencies.length * 100) };
  return {
    ...id,
    status: "checked",
    reason: null,
    plan: planPath ? { path: planPath, url: planUrl } : null,
    verdict: report.verdict === "pass" || report.verdict === "warn" || report.verdict === "fail" ? report.verdict : null,
    coverage,
    dependencies,
    gaps: dependencies.filter((d) => !d.covered).map((d) => d.id),
    findings,
    stalePlan: stale ? { line: stale.line, url: stale.url, message: stale.message } : null,
    archived: null,
    fork: null,
    topics: []
  };
}
var byName = (a, b) => {
  const x = a.fullName.toLowerCase();
  const y = b.fullName.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};
function withExpected(results, expected) {
  if (!expected) return results;
  const found = new Map(results.map((r) => [r.fullName.toLowerCase(), r]));
  const out = [...results];
  for (const repo of expected.repositories) {
    const result = found.get(repo.fullName.toLowerCase());
    if (result) Object.assign(result, listingFacts(repo), { url: result.url ?? httpUrl(repo.url), defaultBranch: result.defaultBranch ?? repo.defaultBranch });
    else {
      out.push({
        ...failedResult({
          fullName: repo.fullName,
          url: httpUrl(repo.url),
          commit: null,
          defaultBranch: repo.defaultBranch,
          checkedAt: null,
          source: null,
          status: "missing",
          reason: "no report: its sweep job did not finish (timed out, cancelled or failed before it wrote one)"
        }),
        ...listingFacts(repo)
      });
    }
  }
  return out;
}
function listingFacts(repo) {
  return { archived: repo.archived, fork: repo.fork, topics: repo.topics };
}
function mergeResults(read, options = {}) {
  const repositories = withExpected(read.results, options.expected).sort(byName);
  const checked = repositories.filter((r) => r.status === "checked");
  const notChecked2 = { "no-access": 0, empty: 0, timeout: 0, error: 0, missing: 0 };
  for (const r of repositories) if (r.status !== "checked") notChecked2[r.status]++;
  const services = /* @__PURE__ */ new Map();
  const byTier = { "1": 0, "2": 0, "3": 0 };
  const byCategory = {};
  const byCategoryAndTier = /* @__PURE__ */ new Map();
  const rules = /* @__PURE__ */ new Map();
  let covered = 0;
  let total = 0;
  for (const repo of checked) {
    covered += repo.coverage?.covered ?? 0;
    total += repo.coverage?.total ?? 0;
    for (const d of repo.dependencies) {
      const s = services.get(d.id) ?? { id: d.id, name: d.name, category: d.category, tier: d.tier, repositories: 0, covered: 0, gaps: 0 };
      s.repositories++;
      if (d.covered) s.covered++;
      else {
        s.gaps++;
        byTier[String(d.tier)]++;
        byCategory[d.category] = (byCategory[d.category] ?? 0) + 1;
        const key = `${d.category}\0${d.tier}`;
        const cell = byCategoryAndTier.get(key) ?? { category: d.category, tier: d.tier, gaps: 0 };
        cell.gaps++;
        byCategoryAndTier.set(key, cell);
      }
      services.set(d.id, s);
    }
    for (const f of repo.findings) {
      const r = rules.get(f.rule) ?? { rule: f.rule, severity: f.severity, findings: 0, repos: /* @__PURE__ */ new Set() };
      r.findings++;
      r.repos.add(repo.fullName);
      rules.set(f.rule, r);
    }
  }
  const gapCount = byTier["1"] + byTier["2"] + byTier["3"];
  return {
    kind: "paramedic-org-report",
    version: 1,
    generatedAt: (options.now ?? /* @__PURE__ */ new Date()).toISOString(),
    organisation: options.organisation ?? options.expected?.organisation ?? null,
    summary: {
      repositories: {
        total: repositories.length,
        checked: checked.length,
        notChecked: notChecked2,
        fullyCovered: checked.filter((r) => r.gaps.length === 0).length,
        withGaps: checked.filter((r) => r.gaps.length > 0).length,
        withTier1Gaps: checked.filter((r) => r.dependencies.some((d) => !d.covered && d.tier === 1)).length,
        withoutPlan: checked.filter((r) => !r.plan).length,
        withStalePlan: checked.filter((r) => r.stalePlan).length
      },
      coverage: { covered, total, percent: total === 0 ? 100 : Math.round(covered / total * 100) },
      gaps: {
        total: gapCount,
        byTier,
        byCategory: Object.fromEntries(Object.entries(byCategory).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))),
        byCategoryAndTier: [...byCategoryAndTier.values()].sort((a, b) => a.category < b.category ? -1 : a.category > b.category ? 1 : a.tier - b.tier)
      },
      findings: {
        total: [...rules.values()].reduce((n, r) => n + r.findings, 0),
        byRule: [...rules.values()].map((r) => ({ rule: r.rule, severity: r.severity, findings: r.findings, repositories: r.repos.size })).sort((a, b) => b.findings - a.findings || (a.rule < b.rule ? -1 : 1))
      }
    },
    services: [...services.values()].sort((a, b) => b.gaps - a.gaps || b.repositories - a.repositories || (a.id < b.id ? -1 : 1)),
    repositories,
    warnings: read.warnings
  };
}
function readListing(file) {
  const value = JSON.parse(readFileSync(file, "utf8"));
  if (!isObject(value) || value.kind !== LISTING_KIND || !Array.isArray(value.repositories)) {
    throw new Error(`${file} is not a repository listing (paramedic org matrix --listing)`);
  }
  return value;
}

// src/report/dashboard/html.ts
import { createHash } from "node:crypto";

// src/report/dashboard/client.ts
var CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var table = document.getElementById('matrix');
  var source = document.getElementById('matrix-data');
  if (!table || !source) return;
  var data = JSON.parse(source.textContent);
  var columns = data.services.length;
  var tbody = table.tBodies[0];
  var text = document.getElementById('f-text');
  var show = document.getElementById('f-show');
  var service = document.getElementById('f-service');
  var count = document.getElementById('f-count');
  var more = document.getElementById('m-more');
  var shownText = document.getElementById('m-shown');
  var PAGE = 100;
  var STATUS = { 'no-access': 'no access', empty: 'empty', timeout: 'timed out', error: 'error', missing: 'no report' };

  var items = data.rows.map(function (r) {
    var uses = {};
    var gapsin = {};
    for (var i = 0; i < r.d.length; i++) {
      uses[data.services[r.d[i][0]]] = true;
      if (!r.d[i][1]) gapsin[data.services[r.d[i][0]]] = true;
    }
    return { r: r, name: r.n.toLowerCase(), uses: uses, gapsin: gapsin, row: null };
  });
  var matching = items.slice();
  var limit = PAGE;

  function web(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }
  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined && content !== null) node.textContent = String(content);
    return node;
  }
  function linked(url, label) {
    var href = web(url);
    if (!href) return document.createTextNode(label);
    var a = el('a', '', label);
    a.setAttribute('href', href);
    return a;
  }
  function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
  }
  function numberCell(value) {
    return el('td', 'num', value);
  }

  function build(item) {
    var r = item.r;
    var tr = document.createElement('tr');
    tr.dataset.name = item.name;
    tr.dataset.status = r.s;
    tr.dataset.coverage = r.c ? r.c[2] : -1;
    tr.dataset.gaps = r.g;
    tr.dataset.tier1 = r.t1;
    tr.dataset.findings = r.f;
    var th = el('th');
    th.setAttribute('scope', 'row');
    th.appendChild(linked(r.u, r.n));
    tr.appendChild(th);
    if (r.s !== 'checked') {
      var status = el('td');
      var failed = el('span', 'badge b-failed');
      failed.appendChild(el('span', 'sr-only', 'not checked: '));
      failed.appendChild(document.createTextNode(STATUS[r.s] || r.s));
      failed.title = 'not checked: ' + (STATUS[r.s] || r.s);
      status.appendChild(failed);
      tr.appendChild(status);
      var reason = el('td', 'reason', r.r || '');
      reason.title = r.r || '';
      tr.appendChild(reason);
      for (var k = 0; k < 4; k++) tr.appendChild(numberCell('—'));
      for (var e = 0; e < columns; e++) tr.appendChild(el('td'));
      return tr;
    }
    var verdict = el('td');
    verdict.appendChild(el('span', 'badge b-' + (r.v || 'warn'), r.v || 'unknown'));
    tr.appendChild(verdict);
    var plan = el('td');
    if (r.st) {
      // First, so a long path cannot push it out of sight.
      var badge = el('span', 'badge b-stale');
      badge.title = r.st[1];
      badge.appendChild(linked(r.st[0], 'stale'));
      plan.appendChild(badge);
      plan.appendChild(document.createTextNode(' '));
    }
    if (r.p) plan.appendChild(linked(r.pu, r.p));
    else plan.appendChild(el('small', '', 'no plan'));
    tr.appendChild(plan);
    var coverage = el('td', 'num');
    if (r.c) {
      coverage.appendChild(document.createTextNode(r.c[2] + '% '));
      coverage.appendChild(el('small', '', r.c[0] + '/' + r.c[1]));
    } else coverage.textContent = '—';
    tr.appendChild(coverage);
    tr.appendChild(numberCell(r.g));
    tr.appendChild(numberCell(r.t1));
    var findings = numberCell(r.f);
    if (r.fr) findings.title = r.fr;
    tr.appendChild(findings);
    var cells = new Array(columns);
    for (var i = 0; i < r.d.length; i++) cells[r.d[i][0]] = r.d[i];
    for (var j = 0; j < columns; j++) {
      var d = cells[j];
      var td = el('td', d ? (d[1] ? 'c' : 'g') : '');
      if (d) {
        // The column names the service; the mark's accessible name says gap or covered, its title where.
        var url = d[1] ? (web(r.pu) && d[3] ? r.pu + '#L' + d[3] : null) : (web(r.b) && d[2] ? r.b + encodePath(d[2]) + (d[3] ? '#L' + d[3] : '') : null);
        var mark = url ? el('a', '', d[1] ? '✓' : '✗') : el('span', '', d[1] ? '✓' : '✗');
        if (url) mark.setAttribute('href', url);
        else mark.setAttribute('role', 'img');
        mark.setAttribute('aria-label', d[1] ? 'covered' : 'gap');
        mark.title = d[1] ? d[2] : d[2] ? d[2] + ':' + d[3] : 'no scenario';
        td.appendChild(mark);
      }
      tr.appendChild(td);
    }
    return tr;
  }

  function render() {
    var fragment = document.createDocumentFragment();
    var n = Math.min(limit, matching.length);
    for (var i = 0; i < n; i++) {
      var item = matching[i];
      if (!item.row) item.row = build(item);
      fragment.appendChild(item.row);
    }
    tbody.replaceChildren(fragment);
    count.textContent = matching.length.toLocaleString('en') + ' of ' + items.length.toLocaleString('en') + ' repositories match';
    more.hidden = n >= matching.length;
    shownText.textContent = 'Showing ' + n.toLocaleString('en') + ' of ' + matching.length.toLocaleString('en') + '.';
  }

  function shown(item, what, svc) {
    var r = item.r;
    switch (what) {
      case 'gaps': return svc ? !!item.gapsin[svc] : r.g > 0;
      case 'tier1': return r.t1 > 0;
      case 'covered': return r.s === 'checked' && r.g === 0;
      case 'stale': return !!r.st;
      case 'noplan': return r.s === 'checked' && !r.p;
      case 'failed': return r.s !== 'checked';
      default: return true;
    }
  }

  function apply() {
    var q = text.value.trim().toLowerCase();
    var what = show.value;
    var svc = service.value;
    matching = items.filter(function (item) {
      return (!q || item.name.indexOf(q) !== -1) && (!svc || !!item.uses[svc]) && shown(item, what, svc);
    });
    limit = PAGE;
    render();
  }

  // What a column sorts by, and which way first: the worst first for figures.
  function keyOf(item, key) {
    var r = item.r;
    switch (key) {
      case 'name': return item.name;
      case 'status': return r.k;
      case 'coverage': return r.c ? r.c[2] : -1;
      case 'gaps': return r.g;
      case 'tier1': return r.t1;
      case 'findings': return r.f;
      default: {
        var id = key.slice(4);
        return item.gapsin[id] ? 0 : item.uses[id] ? 1 : 2;
      }
    }
  }
  var FIRST = { name: 'ascending', coverage: 'ascending', status: 'ascending' };
  var state = { key: 'name', dir: 'ascending' };
  var headers = Array.prototype.slice.call(table.tHead.querySelectorAll('th[data-key]'));

  function sortBy(key, dir) {
    state = { key: key, dir: dir };
    var sign = dir === 'ascending' ? 1 : -1;
    var keyed = items.map(function (item) { return { item: item, k: keyOf(item, key) }; });
    keyed.sort(function (a, b) {
      if (a.k < b.k) return -sign;
      if (a.k > b.k) return sign;
      return a.item.name < b.item.name ? -1 : a.item.name > b.item.name ? 1 : 0;
    });
    items = keyed.map(function (x) { return x.item; });
    for (var j = 0; j < headers.length; j++) {
      if (headers[j].dataset.key === key) headers[j].setAttribute('aria-sort', dir);
      else headers[j].removeAttribute('aria-sort');
    }
    apply();
  }

  table.tHead.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button) return;
    var key = button.parentElement.dataset.key;
    var first = FIRST[key] || (key.indexOf('svc:') === 0 ? 'ascending' : 'descending');
    var dir = state.key === key ? (state.dir === 'ascending' ? 'descending' : 'ascending') : first;
    sortBy(key, dir);
  });
  text.addEventListener('input', apply);
  show.addEventListener('change', apply);
  service.addEventListener('change', apply);
  document.getElementById('m-next').addEventListener('click', function () { limit += PAGE; render(); });
  document.getElementById('m-all').addEventListener('click', function () { limit = Infinity; render(); });
  document.getElementById('controls').addEventListener('submit', function (event) { event.preventDefault(); });
  render();

  // Interactive once the handlers are on and the first frame with the table is painted
  // (a callback queued from the next animation frame runs after that paint).
  var done = false;
  function ready() {
    if (done) return;
    done = true;
    document.documentElement.setAttribute('data-ready', 'true');
    if (window.performance && performance.mark) performance.mark('paramedic:interactive');
  }
  requestAnimationFrame(function () { setTimeout(ready, 0); });
  setTimeout(ready, 5000); // a page in a background tab gets no frames
})();`;

// src/report/dashboard/escape.ts
function html(text) {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function markdownText(text) {
  return text.replace(/\r?\n/g, " ").replace(/[\\`*_[\]{}()<>#+!|~]/g, (c) => `\\${c}`).replace(/&/g, "&amp;");
}
function safeHref(url) {
  if (!url) return null;
  try {
    const protocol = new URL(url).protocol;
    return protocol === "https:" || protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

// src/report/dashboard/style.ts
var STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --head: #f6f8fa; --gap: #ffebe9; --gap-ink: #a40e26; --ok: #dafbe1; --ok-ink: #116329; --warn: #fff8c5; --warn-ink: #7d4e00; --focus: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
header, main > section { padding: 0 24px; }
header { padding-top: 16px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 28px 0 8px; }
.meta, .legend, caption { color: var(--muted); }
a { color: #0550ae; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.figures dl { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 0; }
.figures dl > div { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 150px; }
.figures dt { color: var(--muted); font-size: 13px; }
.figures dd { margin: 0; font-size: 26px; font-weight: 600; }
.figures dd small { display: block; font-size: 13px; font-weight: 400; color: var(--muted); }
form#controls { display: flex; flex-wrap: wrap; align-items: end; gap: 12px 20px; margin: 8px 0 10px; }
form#controls label { display: block; font-size: 13px; color: var(--muted); margin-bottom: 2px; }
input, select { font: inherit; padding: 5px 8px; border: 1px solid var(--line); border-radius: 6px; min-width: 14em; }
output { font-size: 14px; color: var(--muted); padding-bottom: 6px; }
.scroll { overflow: auto; max-height: 78vh; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: separate; border-spacing: 0; font-size: 14px; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; white-space: nowrap; }
thead th { background: var(--head); position: sticky; top: 0; z-index: 2; vertical-align: bottom; border-bottom: 2px solid var(--line); }
#matrix tbody th { position: sticky; left: 0; background: #fff; z-index: 1; font-weight: 500; border-right: 1px solid var(--line); }
#matrix thead th:first-child { left: 0; z-index: 3; border-right: 1px solid var(--line); }
#matrix tbody tr:hover th, #matrix tbody tr:hover td { background-color: #f3f6fa; }
th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 2px; cursor: pointer; text-align: left; }
th[aria-sort] button::after { content: " \\25B2"; font-size: 11px; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
#matrix th.svc { padding: 4px 2px; text-align: center; }
#matrix th.svc button { writing-mode: vertical-rl; transform: rotate(180deg); max-height: 11em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-weight: 500; }
#matrix { table-layout: fixed; width: 1px; }
#matrix th, #matrix td { overflow: hidden; text-overflow: ellipsis; }
col.w-name { width: 15rem; } col.w-status { width: 7rem; } col.w-plan { width: 16rem; } col.w-cov { width: 6.5rem; }
col.w-n { width: 4.5rem; } col.w-t1 { width: 5.5rem; } col.w-f { width: 5.5rem; } col.w-svc { width: 2.1rem; }
#matrix thead th:not(.svc) { white-space: normal; }
#matrix td.g, #matrix td.c { text-align: center; padding: 2px; font-weight: 700; }
#matrix td.g a, #matrix td.c a, #matrix td.g span, #matrix td.c span { text-decoration: none; display: block; }
td.g, td.g a { background: var(--gap); color: var(--gap-ink); }
td.c, td.c a { background: var(--ok); color: var(--ok-ink); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td small, th small { color: var(--muted); font-size: 13px; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 13px; font-weight: 600; }
.b-pass { background: var(--ok); color: var(--ok-ink); }
.b-warn, .b-stale { background: var(--warn); color: var(--warn-ink); }
.b-fail, .b-failed { background: var(--gap); color: var(--gap-ink); }
td.reason { max-width: 32em; overflow: hidden; text-overflow: ellipsis; }
tr[hidden] { display: none; }
.plain { margin-bottom: 8px; }
.plain td, .plain th { white-space: normal; }
details > summary { cursor: pointer; margin: 6px 0; }
footer { padding: 24px; color: var(--muted); font-size: 13px; }
`;

// src/report/dashboard/html.ts
function renderDashboard(report, options = {}) {
  const title = options.title ?? `Disaster-recovery coverage${report.organisation ? `: ${report.organisation}` : ""}`;
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(STYLE)}'`,
    `script-src '${sha256(CLIENT_SCRIPT)}'`,
    "img-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
  const s = report.summary;
  const out = [];
  out.push("<!doctype html>", '<html lang="en">', "<head>", '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="${html(csp)}">`, '<meta name="referrer" content="no-referrer">');
  out.push(`<title>${html(title)}</title>`, `<style>${STYLE}</style>`, "</head>", "<body>");
  out.push("<header>", `<h1>${html(title)}</h1>`);
  out.push(
    `<p class="meta">Generated ${html(report.generatedAt.replace("T", " ").replace(/\.\d+Z$/, " UTC"))} by Paramedic from ${fmt(s.repositories.total)} ${s.repositories.total === 1 ? "repository" : "repositories"}. The same data as JSON: <code>org-report.json</code>.</p>`,
    "</header>",
    "<main>"
  );
  out.push(figures(report));
  out.push(matrix(report));
  out.push(gapsByTierAndCategory(report), servicesTable(report.services), findingsByRule(report), stalePlans(report), notChecked(report), skippedFiles(report));
  out.push("</main>", "<footer>Paramedic: every critical service needs a written, step-by-step recovery scenario.</footer>");
  out.push(`<script>${CLIENT_SCRIPT}</script>`, "</body>", "</html>", "");
  return out.join("\n");
}
function sha256(text) {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}
function fmt(n) {
  return n.toLocaleString("en");
}
function plural(n, one, many) {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}
function link(url, text, attrs = "") {
  const href = safeHref(url);
  return href ? `<a href="${html(href)}"${attrs}>${text}</a>` : text;
}
function figures(report) {
  const s = report.summary;
  const r = s.repositories;
  const failed = r.total - r.checked;
  const item = (label, value, note) => `<div><dt>${label}</dt><dd>${value}<small>${note}</small></dd></div>`;
  return [
    '<section class="figures" aria-labelledby="h-overview">',
    '<h2 id="h-overview" class="sr-only">Overview</h2>',
    "<dl>",
    item("Critical services covered", `${s.coverage.percent}%`, `${fmt(s.coverage.covered)} of ${fmt(s.coverage.total)} across the checked repositories`),
    item("Repositories checked", fmt(r.checked), `of ${fmt(r.total)}${failed ? `; <a href="#h-failed">${fmt(failed)} not checked</a>` : ""}`),
    item("Fully covered", fmt(r.fullyCovered), `${plural(r.withGaps, "repository has", "repositories have")} gaps`),
    item("Tier-1 gaps", fmt(s.gaps.byTier["1"]), `in ${plural(r.withTier1Gaps, "repository", "repositories")}`),
    item("Stale plans", fmt(r.withStalePlan), `${plural(r.withoutPlan, "repository has", "repositories have")} no plan`),
    item("Plan findings", fmt(s.findings.total), `${plural(s.findings.byRule.length, "rule", "rules")}`),
    "</dl>",
    "</section>"
  ].join("\n");
}
var STATUS_WORDS = {
  "no-access": "no access",
  empty: "empty",
  timeout: "timed out",
  error: "error",
  missing: "no report"
};
function statusRank(r) {
  if (r.status !== "checked") return 0;
  return r.verdict === "fail" ? 1 : r.verdict === "warn" ? 2 : 3;
}
function matrix(report) {
  const services = report.services;
  const out = [];
  out.push('<section aria-labelledby="h-matrix">', '<h2 id="h-matrix">Repositories \xD7 critical services</h2>');
  out.push(
    '<p class="legend"><span class="badge b-fail">\u2717</span> a gap: the plan has no scenario for a service the code depends on (links to the line that proves the dependency) \xB7 <span class="badge b-pass">\u2713</span> covered (its title names the scenario) \xB7 blank: not used. Column headers sort the table.</p>'
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
    "</select></div>"
  );
  out.push('<div><label for="f-service">Using the service</label><select id="f-service"><option value="">any service</option>');
  for (const svc of [...services].sort((a, b) => a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1)) out.push(`<option value="${html(svc.id)}">${html(svc.name)}</option>`);
  out.push("</select></div>", `<output id="f-count" for="f-text f-show f-service" aria-live="polite">${fmt(report.repositories.length)} of ${fmt(report.repositories.length)} repositories match</output>`, "</form>");
  out.push('<div class="scroll" role="region" aria-label="Scrollable table of repositories \xD7 critical services" tabindex="0">', '<table id="matrix">');
  out.push(`<caption class="sr-only">Each row a repository, each service column its recovery coverage. ${fmt(report.repositories.length)} repositories, ${fmt(services.length)} services.</caption>`);
  const sortable = (key, label, extra = "", sorted = false) => `<th scope="col" data-key="${html(key)}"${extra}${sorted ? ' aria-sort="ascending"' : ""}><button type="button">${label}</button></th>`;
  out.push(`<colgroup><col class="w-name"><col class="w-status"><col class="w-plan"><col class="w-cov"><col class="w-n"><col class="w-t1"><col class="w-f">${'<col class="w-svc">'.repeat(services.length)}</colgroup>`);
  out.push(
    "<thead><tr>",
    sortable("name", "Repository", "", true),
    sortable("status", "Status"),
    '<th scope="col">Plan</th>',
    sortable("coverage", "Coverage"),
    sortable("gaps", "Gaps"),
    sortable("tier1", "Tier-1 gaps"),
    sortable("findings", "Findings")
  );
  for (const svc of services) out.push(sortable(`svc:${svc.id}`, html(svc.name), ` class="svc" title="${html(`${svc.name} (${svc.category}, tier ${svc.tier}): ${svc.gaps} gaps in ${svc.repositories} repositories`)}"`));
  out.push("</tr></thead>", "<tbody></tbody>", "</table>", "</div>");
  out.push('<p id="m-more" hidden><span id="m-shown"></span> <button type="button" id="m-next">Show 100 more</button> <button type="button" id="m-all">Show all</button></p>');
  out.push("<noscript><p>The table needs JavaScript; every figure in it is in <code>org-report.json</code>.</p></noscript>");
  out.push(`<script type="application/json" id="matrix-data">${jsonForScript(matrixData(report))}</script>`);
  out.push("</section>");
  return out.join("\n");
}
function jsonForScript(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function matrixData(report) {
  const column = new Map(report.services.map((s, i) => [s.id, i]));
  const rows = report.repositories.map((repo) => {
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
      fr: [...new Set(repo.findings.map((f) => f.rule))].join(", "),
      b: base,
      d: repo.dependencies.map((d) => {
        const scenario = d.scenarios[0];
        const e = d.evidence[0];
        return d.covered ? [column.get(d.id), 1, scenario?.title ?? d.coveredBecause ?? "marked as covered", scenario?.line ?? 0] : [column.get(d.id), 0, e?.path ?? "", e?.line ?? 0];
      })
    };
  });
  return { services: report.services.map((s) => s.id), rows };
}
function collapsible(id, heading, rows, body, openBelow = 25) {
  return [
    `<section aria-labelledby="${id}">`,
    `<h2 id="${id}">${heading}</h2>`,
    rows > openBelow ? `<details><summary>Show all ${fmt(rows)}</summary>
${body}
</details>` : body,
    "</section>"
  ].join("\n");
}
function gapsByTierAndCategory(report) {
  const g = report.summary.gaps;
  const categories = [...new Set(g.byCategoryAndTier.map((c) => c.category))].sort();
  const at = (category, tier) => g.byCategoryAndTier.find((c) => c.category === category && c.tier === tier)?.gaps ?? 0;
  const rows = categories.map((c) => `<tr><th scope="row">${html(c)}</th>${[1, 2, 3].map((t) => `<td class="num">${fmt(at(c, t))}</td>`).join("")}<td class="num">${fmt(g.byCategory[c] ?? 0)}</td></tr>`);
  const body = categories.length === 0 ? "<p>No gaps: every critical service of every checked repository has a recovery scenario.</p>" : [
    '<table class="plain">',
    '<caption class="sr-only">Uncovered critical services, by category and tier</caption>',
    '<thead><tr><th scope="col">Category</th><th scope="col">Tier 1</th><th scope="col">Tier 2</th><th scope="col">Tier 3</th><th scope="col">Total</th></tr></thead>',
    `<tbody>${rows.join("\n")}</tbody>`,
    `<tfoot><tr><th scope="row">All</th>${["1", "2", "3"].map((t) => `<td class="num">${fmt(g.byTier[t])}</td>`).join("")}<td class="num">${fmt(g.total)}</td></tr></tfoot>`,
    "</table>"
  ].join("\n");
  return collapsible("h-gaps", "Gaps by tier and category", categories.length, body, 1e3);
}
function servicesTable(services) {
  const rows = services.map(
    (s) => `<tr><th scope="row">${html(s.name)}</th><td>${html(s.category)}</td><td class="num">${s.tier}</td><td class="num">${fmt(s.repositories)}</td><td class="num">${fmt(s.covered)}</td><td class="num">${fmt(s.gaps)}</td><td class="num">${Math.round(s.covered / Math.max(1, s.repositories) * 100)}%</td></tr>`
  );
  const body = [
    '<table class="plain">',
    '<caption class="sr-only">Each critical service: how many repositories use it and how many cover it</caption>',
    '<thead><tr><th scope="col">Service</th><th scope="col">Category</th><th scope="col">Tier</th><th scope="col">Repositories</th><th scope="col">Covered</th><th scope="col">Gaps</th><th scope="col">Coverage</th></tr></thead>',
    `<tbody>${rows.join("\n")}</tbody>`,
    "</table>"
  ].join("\n");
  return collapsible("h-services", "Services", services.length, services.length ? body : "<p>No critical services found.</p>");
}
function findingsByRule(report) {
  const rules = report.summary.findings.byRule;
  const body = rules.length ? [
    '<table class="plain">',
    '<caption class="sr-only">Plan lint findings, by rule</caption>',
    '<thead><tr><th scope="col">Rule</th><th scope="col">Severity</th><th scope="col">Findings</th><th scope="col">Repositories</th></tr></thead>',
    `<tbody>${rules.map((r) => `<tr><th scope="row"><code>${html(r.rule)}</code></th><td>${html(r.severity)}</td><td class="num">${fmt(r.findings)}</td><td class="num">${fmt(r.repositories)}</td></tr>`).join("\n")}</tbody>`,
    "</table>"
  ].join("\n") : "<p>No findings in the plans.</p>";
  return collapsible("h-findings", "Findings by rule", rules.length, body);
}
function stalePlans(report) {
  const stale = report.repositories.filter((r) => r.stalePlan);
  const body = stale.length ? [
    '<table class="plain">',
    '<caption class="sr-only">Plans whose Last Updated date is older than the limit</caption>',
    '<thead><tr><th scope="col">Repository</th><th scope="col">Plan</th><th scope="col">Finding</th></tr></thead>',
    `<tbody>${stale.map((r) => `<tr><th scope="row">${link(r.url, html(r.fullName))}</th><td>${link(r.stalePlan.url, html(`${r.plan?.path ?? ""}:${r.stalePlan.line}`))}</td><td>${html(r.stalePlan.message)}</td></tr>`).join("\n")}</tbody>`,
    "</table>"
  ].join("\n") : "<p>No stale plans.</p>";
  return collapsible("h-stale", "Stale plans", stale.length, body);
}
function notChecked(report) {
  const failed = report.repositories.filter((r) => r.status !== "checked");
  const body = failed.length ? [
    '<table class="plain">',
    '<caption class="sr-only">Repositories that could not be checked, and why</caption>',
    '<thead><tr><th scope="col">Repository</th><th scope="col">Status</th><th scope="col">Why</th></tr></thead>',
    `<tbody>${failed.map((r) => `<tr><th scope="row">${link(r.url, html(r.fullName))}</th><td>${html(STATUS_WORDS[r.status] ?? r.status)}</td><td>${html(r.reason ?? "")}</td></tr>`).join("\n")}</tbody>`,
    "</table>"
  ].join("\n") : "<p>Every repository was checked.</p>";
  return collapsible("h-failed", "Not checked", failed.length, body, 50);
}
function skippedFiles(report) {
  if (report.warnings.length === 0) return "";
  const body = [
    '<table class="plain">',
    '<caption class="sr-only">Report files that could not be read</caption>',
    '<thead><tr><th scope="col">File</th><th scope="col">Why</th></tr></thead>',
    `<tbody>${report.warnings.map((w) => `<tr><th scope="row"><code>${html(`${w.path}${w.line ? `:${w.line}` : ""}`)}</code></th><td>${html(w.message)}</td></tr>`).join("\n")}</tbody>`,
    "</table>"
  ].join("\n");
  return collapsible("h-skipped", "Report files skipped", report.warnings.length, body);
}

// src/report/dashboard/markdown.ts
var MAX_CHARS = 9e5;
var WORST_ROWS = 50;
var STATUS_WORDS2 = { "no-access": "no access", empty: "empty", timeout: "timed out", error: "error", missing: "no report" };
function fmt2(n) {
  return n.toLocaleString("en");
}
function repoLink(r) {
  const name = markdownText(r.fullName);
  return r.url && /^https?:\/\//i.test(r.url) ? `[${name}](${r.url})` : name;
}
function renderOrgMarkdown(report, options = {}) {
  const s = report.summary;
  const r = s.repositories;
  const out = [];
  out.push(`## \u{1F3E5} Paramedic: disaster-recovery coverage${report.organisation ? ` across ${markdownText(report.organisation)}` : ""}`, "");
  out.push(
    `**${s.coverage.percent}%** of critical services covered (${fmt2(s.coverage.covered)} of ${fmt2(s.coverage.total)}) in ${fmt2(r.checked)} checked ${r.checked === 1 ? "repository" : "repositories"}${r.total > r.checked ? `; **${fmt2(r.total - r.checked)} not checked**` : ""}.`,
    ""
  );
  out.push("| Repositories | Count |", "|---|---:|");
  out.push(`| Checked | ${fmt2(r.checked)} of ${fmt2(r.total)} |`, `| Fully covered | ${fmt2(r.fullyCovered)} |`, `| With gaps | ${fmt2(r.withGaps)} |`);
  out.push(`| With tier-1 gaps | ${fmt2(r.withTier1Gaps)} |`, `| With a stale plan | ${fmt2(r.withStalePlan)} |`, `| Without a plan | ${fmt2(r.withoutPlan)} |`, "");
  if (options.dashboardNote) out.push(options.dashboardNote, "");
  if (s.gaps.total > 0) {
    out.push("### Gaps by tier and category", "", "| Category | Tier 1 | Tier 2 | Tier 3 | Total |", "|---|---:|---:|---:|---:|");
    const categories = Object.keys(s.gaps.byCategory);
    const at = (c, t) => s.gaps.byCategoryAndTier.find((x) => x.category === c && x.tier === t)?.gaps ?? 0;
    for (const c of categories) out.push(`| ${markdownText(c)} | ${at(c, 1)} | ${at(c, 2)} | ${at(c, 3)} | ${s.gaps.byCategory[c]} |`);
    out.push(`| **All** | ${s.gaps.byTier["1"]} | ${s.gaps.byTier["2"]} | ${s.gaps.byTier["3"]} | ${s.gaps.total} |`, "");
  }
  const failed = report.repositories.filter((x) => x.status !== "checked");
  if (failed.length > 0) {
    out.push(`### Not checked (${fmt2(failed.length)})`, "", "| Repository | Status | Why |", "|---|---|---|");
    for (const x of failed) out.push(`| ${repoLink(x)} | ${STATUS_WORDS2[x.status] ?? x.status} | ${markdownText(x.reason ?? "")} |`);
    out.push("");
  }
  const worst = report.repositories.filter((x) => x.status === "checked" && x.gaps.length > 0).map((x) => ({ x, tier1: x.dependencies.filter((d) => !d.covered && d.tier === 1).length })).sort((a, b) => b.tier1 - a.tier1 || (a.x.coverage?.percent ?? 0) - (b.x.coverage?.percent ?? 0) || b.x.gaps.length - a.x.gaps.length);
  if (worst.length > 0) {
    out.push(`### Repositories with gaps${worst.length > WORST_ROWS ? ` (the ${WORST_ROWS} with the most tier-1 gaps of ${fmt2(worst.length)})` : ""}`, "");
    out.push("| Repository | Coverage | Tier-1 gaps | Uncovered services |", "|---|---:|---:|---|");
    for (const { x, tier1 } of worst.slice(0, WORST_ROWS)) {
      const names = x.dependencies.filter((d) => !d.covered).map((d) => markdownText(d.name));
      out.push(`| ${repoLink(x)} | ${x.coverage?.percent ?? 0}% | ${tier1} | ${names.slice(0, 8).join(", ")}${names.length > 8 ? `, +${names.length - 8} more` : ""} |`);
    }
    out.push("");
  }
  if (s.findings.byRule.length > 0) {
    out.push("### Findings by rule", "", "| Rule | Severity | Findings | Repositories |", "|---|---|---:|---:|");
    for (const f of s.findings.byRule) out.push(`| ${markdownText(f.rule)} | ${f.severity} | ${fmt2(f.findings)} | ${fmt2(f.repositories)} |`);
    out.push("");
  }
  if (report.warnings.length > 0) {
    out.push(`### Report files skipped (${report.warnings.length})`, "");
    for (const w of report.warnings.slice(0, 100)) out.push(`- ${markdownText(`${w.path}${w.line ? `:${w.line}` : ""}`)}: ${markdownText(w.message)}`);
    if (report.warnings.length > 100) out.push(`- \u2026 and ${report.warnings.length - 100} more (in org-report.json)`);
    out.push("");
  }
  const text = out.join("\n");
  return text.length <= MAX_CHARS ? text : `${text.slice(0, MAX_CHARS)}

_\u2026summary truncated; the dashboard and org-report.json have everything._
`;
}

// src/report/dashboard/command.ts
var REPORT_USAGE = `Usage: paramedic report merge DIR [options]

Merges a folder of sweep results (the envelopes \`paramedic org sweep\` writes, or bare
\`paramedic check --json\` reports named owner__name.json) into:
  org-report.json   the organisation report (the contract for other tools)
  org-report.md     Markdown for a job summary
  dashboard.html    a self-contained dashboard (one file, no network)

Options:
  --out DIR              where the three files go (default: the current folder)
  --expect FILE          the listing from \`paramedic org matrix --listing\`: a repository it names
                         with no result is reported as not checked (no report), never dropped
  --org NAME             the organisation's name, for titles (default: the listing's)
  --title TEXT           the dashboard's title
  --github-output FILE   append coverage=, repositories=, checked= and not-checked= lines
`;
async function runReportCommand(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        expect: { type: "string" },
        org: { type: "string" },
        title: { type: "string" },
        "github-output": { type: "string" },
        help: { type: "boolean", short: "h", default: false }
      }
    });
  } catch (error) {
    io.stderr(`paramedic: ${error instanceof Error ? error.message : String(error)}

${REPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(REPORT_USAGE);
    return 0;
  }
  const [sub, dir, ...rest] = positionals;
  if (sub !== "merge" || !dir || rest.length > 0) {
    io.stderr(`paramedic: ${sub && sub !== "merge" ? `unknown report command "${sub}"` : "report merge needs one folder"}

${REPORT_USAGE}`);
    return 2;
  }
  if (!existsSync(dir) || !statSync2(dir).isDirectory()) {
    io.stderr(`paramedic: ${dir}: no such folder
`);
    return 2;
  }
  let expected;
  if (values.expect) {
    try {
      expected = readListing(values.expect);
    } catch (error) {
      io.stderr(`paramedic: --expect ${values.expect}: ${error instanceof Error ? error.message : String(error)}
`);
      return 2;
    }
  }
  const read = readResults(dir);
  for (const w of read.warnings) io.stderr(`paramedic: warning: ${w.path}${w.line ? `:${w.line}` : ""}: ${w.message}
`);
  const report = mergeResults(read, { expected, ...values.org ? { organisation: values.org } : {} });
  const out = path2.resolve(values.out ?? ".");
  mkdirSync(out, { recursive: true });
  writeFileSync(path2.join(out, "org-report.json"), `${JSON.stringify(report)}
`);
  writeFileSync(path2.join(out, "org-report.md"), renderOrgMarkdown(report));
  writeFileSync(path2.join(out, "dashboard.html"), renderDashboard(report, values.title ? { title: values.title } : {}));
  const r = report.summary.repositories;
  if (values["github-output"]) {
    appendFileSync(values["github-output"], `coverage=${report.summary.coverage.percent}
repositories=${r.total}
checked=${r.checked}
not-checked=${r.total - r.checked}
`);
  }
  io.stdout(
    `${r.total} repositories: ${r.checked} checked, ${r.total - r.checked} not checked; ${report.summary.coverage.covered}/${report.summary.coverage.total} critical services covered (${report.summary.coverage.percent}%)
wrote ${path2.join(out, "org-report.json")}, org-report.md, dashboard.html
`
  );
  return 0;
}
export {
  REPORT_USAGE,
  runReportCommand
};
