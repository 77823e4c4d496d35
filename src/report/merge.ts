import { stripTrailing } from '../util/text-scan.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CheckReport, CoverageFigures, Severity, Verdict } from '../check/types.js';
import { ENVELOPE_KIND, LISTING_KIND, type OrgListing, type OrgRepository, type SweepEnvelope, type SweepStatus } from '../org/types.js';
import { parseJsonWithPositions } from '../util/json.js';

/**
 * `paramedic report merge`: a folder of sweep results (envelopes, or bare `check --json`
 * reports) becomes one organisation report, the JSON contract other tools read
 * (docs/org-report.md describes it). Nothing here trusts the files: names, titles and paths
 * are carried as data, and links are only ever built on http(s) repository URLs.
 */

export type RepositoryStatus = SweepStatus | 'missing';

export interface Link {
  path: string;
  line: number;
  /** the line on the repository's web page at the checked commit; null when unknown */
  url: string | null;
}

export interface MergedDependency {
  id: string;
  name: string;
  category: string;
  tier: 1 | 2 | 3;
  provider: string | null;
  covered: boolean;
  coveredBecause: string | null;
  /** the scenarios that cover it, with their line in the plan */
  scenarios: Array<{ title: string; line: number | null; url: string | null }>;
  evidence: Link[];
}

export interface MergedFinding extends Link {
  rule: string;
  severity: Severity;
  message: string;
}

export interface RepositoryResult {
  fullName: string;
  url: string | null;
  status: RepositoryStatus;
  /** why there is no report (status other than `checked`) */
  reason: string | null;
  commit: string | null;
  defaultBranch: string | null;
  checkedAt: string | null;
  /** the file it was read from, relative to the merged folder */
  source: string | null;
  plan: { path: string; url: string | null } | null;
  verdict: Verdict | null;
  coverage: CoverageFigures | null;
  dependencies: MergedDependency[];
  gaps: string[];
  findings: MergedFinding[];
  /** the plan's stale-plan finding, when it has one */
  stalePlan: { line: number; url: string | null; message: string } | null;
  /** from the listing, when there was one */
  archived: boolean | null;
  fork: boolean | null;
  topics: string[];
}

export interface ServiceSummary {
  id: string;
  name: string;
  category: string;
  tier: 1 | 2 | 3;
  repositories: number;
  covered: number;
  gaps: number;
}

export interface OrgReport {
  kind: 'paramedic-org-report';
  version: 1;
  generatedAt: string;
  organisation: string | null;
  summary: {
    repositories: {
      total: number;
      checked: number;
      /** by reason: every repository that was expected or reported is counted somewhere */
      notChecked: Record<Exclude<RepositoryStatus, 'checked'>, number>;
      fullyCovered: number;
      withGaps: number;
      withTier1Gaps: number;
      withoutPlan: number;
      withStalePlan: number;
    };
    /** every critical dependency of every checked repository */
    coverage: CoverageFigures;
    gaps: {
      total: number;
      byTier: Record<'1' | '2' | '3', number>;
      byCategory: Record<string, number>;
      byCategoryAndTier: Array<{ category: string; tier: 1 | 2 | 3; gaps: number }>;
    };
    findings: { total: number; byRule: Array<{ rule: string; severity: Severity; findings: number; repositories: number }> };
  };
  /** each critical service used anywhere, the most gaps first */
  services: ServiceSummary[];
  repositories: RepositoryResult[];
  /** files that could not be read, with the reason */
  warnings: Array<{ path: string; line?: number; message: string }>;
}

export interface MergeOptions {
  /** the listing the sweep started from: a repository it names with no result is `missing` */
  expected?: OrgListing;
  organisation?: string;
  now?: Date;
}

/** The largest report file read; a sweep's are tens of kilobytes. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface ReadResult {
  results: RepositoryResult[];
  warnings: OrgReport['warnings'];
}

/** Reads every `*.json` under `dir` (artifacts may sit in one folder each). */
export function readResults(dir: string): ReadResult {
  const warnings: OrgReport['warnings'] = [];
  const byName = new Map<string, RepositoryResult>();
  for (const file of jsonFiles(dir)) {
    const rel = path.relative(dir, file).split(path.sep).join('/');
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      warnings.push({ path: rel, message: `skipped: ${Math.round(size / 1024 / 1024)} MB is more than a report can be` });
      continue;
    }
    const text = readFileSync(file, 'utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      let line: number | undefined;
      let message = 'invalid JSON';
      parseJsonWithPositions(text, (m, l) => {
        message = m;
        line = l;
      });
      warnings.push({ path: rel, ...(line ? { line } : {}), message: `skipped: ${message}` });
      continue;
    }
    const result = toResult(value, rel, (message) => warnings.push({ path: rel, message }));
    if (!result) continue;
    const key = result.fullName.toLowerCase();
    const earlier = byName.get(key);
    if (earlier) {
      const keepLater = (result.checkedAt ?? '') >= (earlier.checkedAt ?? '');
      warnings.push({ path: rel, message: `${result.fullName} is also in ${earlier.source}; kept the ${keepLater ? 'later' : 'earlier'} one's result (${keepLater ? rel : earlier.source})` });
      if (!keepLater) continue;
    }
    byName.set(key, result);
  }
  return { results: [...byName.values()], warnings };
}

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.json')) out.push(full);
    }
  };
  walk(dir);
  return out;
}

const STATUSES: SweepStatus[] = ['checked', 'no-access', 'empty', 'timeout', 'error'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function looksLikeReport(v: unknown): v is CheckReport {
  return isObject(v) && Array.isArray(v.dependencies) && Array.isArray(v.gaps) && typeof v.verdict === 'string';
}

/** An envelope, or a bare report named after its repository (`owner__name.json`); anything else is a warning. */
function toResult(value: unknown, rel: string, warn: (message: string) => void): RepositoryResult | undefined {
  if (isObject(value) && value.kind === LISTING_KIND) return undefined; // the listing travels with the reports
  if (isObject(value) && value.kind === ENVELOPE_KIND) {
    const env = value as unknown as SweepEnvelope;
    const repo = isObject(env.repository) ? env.repository : undefined;
    const fullName = str(repo?.fullName);
    if (!fullName) {
      warn('skipped: the envelope names no repository (repository.fullName)');
      return undefined;
    }
    const status = STATUSES.includes(env.status) ? env.status : undefined;
    const base = {
      fullName,
      url: httpUrl(str(repo?.url)),
      commit: str(repo?.commit),
      defaultBranch: str(repo?.defaultBranch),
      checkedAt: str(env.checkedAt),
      source: rel,
    };
    if (!status) return failedResult({ ...base, status: 'error', reason: `unreadable envelope: unknown status "${String(env.status)}"` });
    if (status !== 'checked') return failedResult({ ...base, status, reason: str(env.reason) ?? status });
    if (!looksLikeReport(env.report)) return failedResult({ ...base, status: 'error', reason: 'unreadable envelope: status checked but no report' });
    const planPath = str(isObject(env.plan) ? env.plan.path : null) ?? str(env.report.doc);
    return checkedResult(base, env.report, planPath);
  }
  if (looksLikeReport(value)) {
    const fullName = path.posix.basename(rel, '.json').replace('__', '/');
    return checkedResult({ fullName, url: null, commit: null, defaultBranch: null, checkedAt: null, source: rel }, value, str(value.doc));
  }
  warn('skipped: not a Paramedic sweep result or report');
  return undefined;
}

type Identity = Pick<RepositoryResult, 'fullName' | 'url' | 'commit' | 'defaultBranch' | 'checkedAt' | 'source'>;

function failedResult(r: Identity & { status: RepositoryStatus; reason: string }): RepositoryResult {
  return { ...r, plan: null, verdict: null, coverage: null, dependencies: [], gaps: [], findings: [], stalePlan: null, archived: null, fork: null, topics: [] };
}

/** Links only on a web URL: a file's text never becomes a `javascript:` or `data:` link. */
function httpUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  // The parser's own serialisation: percent-encoded, so no quote or space reaches an attribute.
  return stripTrailing(parsed.href, '/');
}

/** `<url>/blob/<commit>/`, or null when a link cannot be made (no web URL, no commit). */
function blobBase(id: Identity): string | null {
  return id.url && id.commit && /^[0-9a-f]{7,64}$/i.test(id.commit) ? `${id.url}/blob/${id.commit}/` : null;
}

/** Most paths need no encoding; the rest get each segment encoded. */
const PLAIN_PATH = /^[A-Za-z0-9._/-]+$/;

function fileUrl(base: string | null, file: string, line?: number | null): string | null {
  if (!base) return null;
  const encoded = PLAIN_PATH.test(file) ? file : file.split('/').map(encodeURIComponent).join('/');
  return `${base}${encoded}${line && line > 0 ? `#L${line}` : ''}`;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

function checkedResult(id: Identity, report: CheckReport, planPath: string | null): RepositoryResult {
  const scenarioLines = new Map<string, number>();
  for (const s of Array.isArray(report.scenarios) ? report.scenarios : []) if (isObject(s) && typeof s.title === 'string') scenarioLines.set(s.title, num(s.line));
  const base = blobBase(id);
  const planUrl = planPath ? fileUrl(base, planPath) : null;
  const dependencies: MergedDependency[] = [];
  for (const d of report.dependencies) {
    if (!isObject(d) || typeof d.id !== 'string' || (d as { change?: unknown }).change === 'removed') continue;
    const tier = d.tier === 1 || d.tier === 2 || d.tier === 3 ? d.tier : 3;
    dependencies.push({
      id: d.id,
      name: str(d.name) ?? d.id,
      category: str(d.category) ?? 'other',
      tier,
      provider: str(d.provider),
      covered: d.covered === true,
      coveredBecause: str(d.coveredBecause),
      scenarios: (Array.isArray(d.scenarios) ? d.scenarios : []).filter((t): t is string => typeof t === 'string').map((title) => {
        const line = scenarioLines.get(title) ?? null;
        return { title, line, url: planPath && line ? fileUrl(base, planPath, line) : null };
      }),
      evidence: (Array.isArray(d.evidence) ? d.evidence : [])
        .filter((e) => isObject(e) && typeof e.path === 'string')
        .map((e) => ({ path: e.path, line: num(e.line), url: fileUrl(base, e.path, num(e.line)) })),
    });
  }
  const findings: MergedFinding[] = (Array.isArray(report.findings) ? report.findings : [])
    .filter((f) => isObject(f) && typeof f.rule === 'string')
    .map((f) => ({
      rule: f.rule,
      severity: f.severity === 'error' || f.severity === 'warning' ? f.severity : 'notice',
      path: str(f.path) ?? planPath ?? '',
      line: num(f.line),
      message: str(f.message) ?? '',
      url: fileUrl(base, str(f.path) ?? planPath ?? '', num(f.line)),
    }));
  const stale = findings.find((f) => f.rule === 'stale-plan');
  const covered = dependencies.filter((d) => d.covered).length;
  const coverage =
    isObject(report.coverage) && typeof report.coverage.total === 'number'
      ? { covered: num(report.coverage.covered), total: num(report.coverage.total), percent: num(report.coverage.percent) }
      : { covered, total: dependencies.length, percent: dependencies.length === 0 ? 100 : Math.round((covered / dependencies.length) * 100) };
  return {
    ...id,
    status: 'checked',
    reason: null,
    plan: planPath ? { path: planPath, url: planUrl } : null,
    verdict: report.verdict === 'pass' || report.verdict === 'warn' || report.verdict === 'fail' ? report.verdict : null,
    coverage,
    dependencies,
    gaps: dependencies.filter((d) => !d.covered).map((d) => d.id),
    findings,
    stalePlan: stale ? { line: stale.line, url: stale.url, message: stale.message } : null,
    archived: null,
    fork: null,
    topics: [],
  };
}

const byName = (a: { fullName: string }, b: { fullName: string }): number => {
  const x = a.fullName.toLowerCase();
  const y = b.fullName.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Adds the listing's repositories that left no result, and what the listing knows of the others. */
function withExpected(results: RepositoryResult[], expected: OrgListing | undefined): RepositoryResult[] {
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
          status: 'missing',
          reason: 'no report: its sweep job did not finish (timed out, cancelled or failed before it wrote one)',
        }),
        ...listingFacts(repo),
      });
    }
  }
  return out;
}

function listingFacts(repo: OrgRepository): Pick<RepositoryResult, 'archived' | 'fork' | 'topics'> {
  return { archived: repo.archived, fork: repo.fork, topics: repo.topics };
}

export function mergeResults(read: ReadResult, options: MergeOptions = {}): OrgReport {
  const repositories = withExpected(read.results, options.expected).sort(byName);
  const checked = repositories.filter((r) => r.status === 'checked');
  const notChecked = { 'no-access': 0, empty: 0, timeout: 0, error: 0, missing: 0 };
  for (const r of repositories) if (r.status !== 'checked') notChecked[r.status]++;

  const services = new Map<string, ServiceSummary>();
  const byTier = { '1': 0, '2': 0, '3': 0 };
  const byCategory: Record<string, number> = {};
  const byCategoryAndTier = new Map<string, { category: string; tier: 1 | 2 | 3; gaps: number }>();
  const rules = new Map<string, { rule: string; severity: Severity; findings: number; repos: Set<string> }>();
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
        byTier[String(d.tier) as '1' | '2' | '3']++;
        byCategory[d.category] = (byCategory[d.category] ?? 0) + 1;
        const key = `${d.category}\u0000${d.tier}`;
        const cell = byCategoryAndTier.get(key) ?? { category: d.category, tier: d.tier, gaps: 0 };
        cell.gaps++;
        byCategoryAndTier.set(key, cell);
      }
      services.set(d.id, s);
    }
    for (const f of repo.findings) {
      const r = rules.get(f.rule) ?? { rule: f.rule, severity: f.severity, findings: 0, repos: new Set<string>() };
      r.findings++;
      r.repos.add(repo.fullName);
      rules.set(f.rule, r);
    }
  }
  const gapCount = byTier['1'] + byTier['2'] + byTier['3'];
  return {
    kind: 'paramedic-org-report',
    version: 1,
    generatedAt: (options.now ?? new Date()).toISOString(),
    organisation: options.organisation ?? options.expected?.organisation ?? null,
    summary: {
      repositories: {
        total: repositories.length,
        checked: checked.length,
        notChecked,
        fullyCovered: checked.filter((r) => r.gaps.length === 0).length,
        withGaps: checked.filter((r) => r.gaps.length > 0).length,
        withTier1Gaps: checked.filter((r) => r.dependencies.some((d) => !d.covered && d.tier === 1)).length,
        withoutPlan: checked.filter((r) => !r.plan).length,
        withStalePlan: checked.filter((r) => r.stalePlan).length,
      },
      coverage: { covered, total, percent: total === 0 ? 100 : Math.round((covered / total) * 100) },
      gaps: {
        total: gapCount,
        byTier,
        byCategory: Object.fromEntries(Object.entries(byCategory).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))),
        byCategoryAndTier: [...byCategoryAndTier.values()].sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : a.tier - b.tier)),
      },
      findings: {
        total: [...rules.values()].reduce((n, r) => n + r.findings, 0),
        byRule: [...rules.values()]
          .map((r) => ({ rule: r.rule, severity: r.severity, findings: r.findings, repositories: r.repos.size }))
          .sort((a, b) => b.findings - a.findings || (a.rule < b.rule ? -1 : 1)),
      },
    },
    services: [...services.values()].sort((a, b) => b.gaps - a.gaps || b.repositories - a.repositories || (a.id < b.id ? -1 : 1)),
    repositories,
    warnings: read.warnings,
  };
}

/** Reads a listing written by `paramedic org matrix --listing`. */
export function readListing(file: string): OrgListing {
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isObject(value) || value.kind !== LISTING_KIND || !Array.isArray(value.repositories)) {
    throw new Error(`${file} is not a repository listing (paramedic org matrix --listing)`);
  }
  return value as unknown as OrgListing;
}
