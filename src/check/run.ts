import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../catalog/load.js';
import { describeMenu, type Dependency, type OptionMenu } from '../catalog/match.js';
import { ConfigError, mergeConfig, type Config } from '../config/schema.js';
import { scannablePaths } from '../discover/files.js';
import type { ScanWarning } from '../discover/types.js';
import { redactSecrets } from '../lint/rules/secrets.js';
import { computeCoverage, type Coverage } from '../plan/coverage.js';
import { withUpstreamRules } from '../catalog/upstream.js';
import type { Plan } from '../plan/types.js';
import { catalogFor, CONFIG_FILES } from './config-source.js';
import { locatePlan, readPlan, startPlanLint, unknownIgnores, type PlanRead } from './plan-findings.js';
import { planLayout, splitByPlan, type PlanLayout } from '../plan/layout.js';
import { workTreeSnapshot, type Snapshot } from './snapshot.js';
import { lapsedIgnoreFindings, lapseIgnores } from '../config/ignores.js';
import { failScopeText, gateCounts, inFailScope } from './confidence.js';
import type { Change, CheckReport, CheckedDependency, Finding, ProviderChange, ReportNotice, Severity } from './types.js';

export { applySeverities } from './plan-findings.js';

export const DEFAULT_CONFIG_FILE = CONFIG_FILES[0];

export interface CheckOptions {
  config?: Config;
  catalog?: Catalog;
  /** where files are read: default the working tree of `root` */
  snapshot?: Snapshot;
  /** the plan, when the caller read it already (a pull-request check reads it first) */
  planRead?: PlanRead;
  /** the lint of planRead's plan, when the caller started it already (a pull-request check starts it before the diff) */
  lint?: ReturnType<typeof startPlanLint>;
  /** dependencies computed elsewhere (PR mode: from the diff); default: a full scan of the snapshot */
  dependencies?: Dependency[];
  /** per-dependency change (PR mode); default: everything `unchanged` (a sweep) */
  changes?: Map<string, Change>;
  /** PR mode: the paths the change touched */
  changedFiles?: string[];
  /** PR mode, when the change edits the plan: ids the plan covered before it (a lost scenario is a new gap) */
  coveredAtBase?: ReadonlySet<string>;
  /** scan warnings computed elsewhere (PR mode) */
  scanWarnings?: ScanWarning[];
  /** `dependencies` are every dependency of the snapshot (a monorepo's share of a full scan): coverage and orphans are computed */
  dependenciesComplete?: boolean;
  /** check against the one plan found (or `planRead`), even in a monorepo with a plan per service */
  singlePlan?: boolean;
  /** PR mode: marks each plan finding caused by the change or not (see attributeFindings) */
  attribute?: (findings: Finding[], plan: Plan | null) => Promise<Finding[]>;
  /** findings of the stage itself (a changed manifest that could not be read): caused by the change */
  changeFindings?: Finding[];
  notices?: ReportNotice[];
  providerChanges?: ProviderChange[];
  /**
   * Every uncovered dependency counts as new: a pull-request check whose base could not be
   * had cannot tell new gaps from old ones, and fails closed.
   */
  failClosed?: boolean;
  warn?: (message: string) => void;
  now?: Date;
}

export interface CheckResult {
  report: CheckReport;
  plan: Plan | null;
  catalog: Catalog;
  config: Config;
}

const SEVERITY_RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

/**
 * Reads `.github/paramedic.yml` (or `.yaml`, or a configured file) from the working tree
 * when present; ConfigError names file and line. A pull-request check reads the merge
 * base's instead (config-source.ts).
 */
export async function loadConfigFile(root: string, configured?: string): Promise<Partial<Config>> {
  const candidates = configured ? [configured] : CONFIG_FILES.filter((rel) => existsSync(path.resolve(root, rel)));
  if (configured && !existsSync(path.resolve(root, configured))) throw new ConfigError(`config file ${configured} not found`);
  if (candidates.length > 1) throw new ConfigError(`${candidates.join(' and ')} both exist; Paramedic reads one config file: keep one`);
  const rel = candidates[0];
  if (!rel) return {};
  if (linksOutOf(root, rel)) throw new ConfigError(`${rel}: the config file is a symbolic link that leaves the repository; not read`);
  const { parseConfigFile } = await import('../config/file.js');
  return parseConfigFile(readFileSync(path.resolve(root, rel), 'utf8'), rel);
}

/**
 * True when `rel` names a place inside `root` whose real path (symbolic links resolved) is
 * outside it: a committed link must not make Paramedic read files beyond the checkout.
 * Paths the user gave outside the repository on purpose (CLI flags) are not links out.
 */
function linksOutOf(root: string, rel: string): boolean {
  const lexical = path.resolve(root, rel);
  const inside = (dir: string, p: string): boolean => p === dir || p.startsWith(dir + path.sep);
  if (!inside(path.resolve(root), lexical)) return false;
  try {
    return !inside(realpathSync(root), realpathSync(lexical));
  } catch {
    return false;
  }
}

/** Every dependency of a snapshot: the scan of a sweep, and of a pull-request check that needs them all. */
export async function scanSnapshot(snapshot: Snapshot, catalog: Catalog, config: Config): Promise<{ dependencies: Dependency[]; warnings: ScanWarning[]; notices: ReportNotice[] }> {
  const paths = scannablePaths(snapshot.files, { exclude: config.exclude });
  // A tree with no file to scan proves nothing; discovery (every extractor and its parser) loads only for one that has.
  if (paths.length === 0) return { dependencies: [], warnings: [], notices: [] };
  const { scanSource } = await import('../discover/scan.js');
  const { dependencies, warnings, menus } = await scanSource(snapshot.root, paths, snapshot.source, catalog, snapshot.commit);
  return { dependencies, warnings, notices: menuNotices(menus ?? []) };
}

/** A notice per file whose menu of options was not counted: "0 critical services" never comes without a word why. */
export function menuNotices(menus: readonly OptionMenu[], scope: 'repository' | 'file' = 'repository'): ReportNotice[] {
  return menus.map((menu) => ({ kind: 'options-dropped', message: describeMenu(menu, scope), path: menu.path }));
}

/** The dependencies the caller computed (a pull-request diff), or a full scan of the snapshot. */
async function dependenciesFor(snapshot: Snapshot, catalog: Catalog, config: Config, options: CheckOptions): Promise<{ dependencies: Dependency[]; warnings: ScanWarning[]; notices: ReportNotice[] }> {
  if (options.dependencies) return { dependencies: options.dependencies, warnings: options.scanWarnings ?? [], notices: [] };
  return scanSnapshot(snapshot, catalog, config);
}

/** The ids a coverage counts as covered (by a scenario, a marker or the ignore list). */
export function coveredIds(coverage: Coverage): Set<string> {
  return new Set([...[...coverage.coveredBy].filter(([, titles]) => titles.length > 0).map(([id]) => id), ...coverage.coveredBecause.keys()]);
}

/**
 * The check: dependencies (a full scan, or what a diff computed), the plan, coverage,
 * lint, and the verdict under the configured policy. Never throws for bad input in the
 * repository: problems become warnings and findings.
 */
export async function runCheck(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const config = lapseIgnores(options.config ?? mergeConfig(await loadConfigFile(root)), options.now ?? new Date());
  const warn = options.warn ?? (() => undefined);
  const catalog = options.catalog ?? (await catalogFor(root, config, undefined, warn));
  const ownSnapshot = options.snapshot ? undefined : await workTreeSnapshot(root);
  const snapshot = options.snapshot ?? ownSnapshot!;
  try {
    const layout = options.planRead || options.singlePlan ? undefined : layoutOf(snapshot, config);
    if (layout) return await assembleByPlan(root, snapshot, config, catalog, warn, options, layout);
    return await assemble(root, snapshot, config, catalog, warn, options);
  } finally {
    await ownSnapshot?.close();
  }
}

async function assemble(root: string, snapshot: Snapshot, config: Config, baseCatalog: Catalog, warn: (m: string) => void, options: CheckOptions): Promise<CheckResult> {
  const now = options.now ?? new Date();
  // The plan first: its lint (a shellcheck process, markdownlint's worker) runs during the scan.
  const planRead = options.planRead ?? (await readPlan(snapshot, config, warn));
  const plan = planRead.plan;
  const lint = options.lint ?? (plan ? startPlanLint(plan, { root, files: snapshot.files, source: snapshot.source, config, catalog: baseCatalog, now, warn }) : undefined);

  const { dependencies, warnings, notices: scanNotices } = await dependenciesFor(snapshot, baseCatalog, config, options);
  // Upstream services found in the deployment's settings get rules of their own: plans, ignores and stubs know them.
  const catalog = withUpstreamRules(baseCatalog, dependencies);

  const coverage = computeCoverage(plan, catalog, { ignore: config.ignore, acceptDrafts: config.acceptDrafts });
  const changes = options.changes ?? new Map<string, Change>();
  const checked: CheckedDependency[] = dependencies.map((dep) => {
    const scenarios = coverage.coveredBy.get(dep.id) ?? [];
    const because = coverage.coveredBecause.get(dep.id);
    return {
      ...dep,
      covered: scenarios.length > 0 || because !== undefined,
      scenarios,
      change: changes.get(dep.id) ?? 'unchanged',
      ...(because && scenarios.length === 0 ? { coveredBecause: because } : {}),
    };
  });

  let planFindings: Finding[] = [...planRead.findings];
  if (lint) {
    // Orphan scenarios need the whole repository's dependencies; a PR check only knows the
    // diff's, so there every known service counts as present and none is called an orphan.
    const dependencyIds = new Set(options.dependencies && !options.dependenciesComplete ? catalog.rules.map((r) => r.id) : dependencies.map((d) => d.id));
    planFindings.push(...(await lint.finish(dependencyIds, coverage.scenarioCovers)));
  }
  const mode = options.changedFiles ? 'pr' : 'sweep';
  if (options.attribute) planFindings = await options.attribute(planFindings, plan);
  // The config is the merge base's in a PR check: its mistakes are not the change's.
  const configFindings = [...unknownIgnores(config, catalog), ...lapsedIgnoreFindings(config)].map((f) => (mode === 'pr' ? { ...f, causedByChange: false } : f));
  const findings = [...(options.changeFindings ?? []), ...planFindings, ...configFindings];

  const present = checked.filter((d) => d.change !== 'removed');
  // The gate counts only dependencies strong enough for fail-on-confidence; the rest are to triage.
  const live = present.filter((d) => gateCounts(d, config));
  const triage = present.filter((d) => !d.covered && !gateCounts(d, config)).map((d) => d.id);
  // Gaps outside fail-on-tier / fail-on-categories are reported on their own and never fail.
  const outsideGate = live.filter((d) => !d.covered && !inFailScope(d, config)).map((d) => d.id);
  const gated = live.filter((d) => inFailScope(d, config));
  const gaps = gated.filter((d) => !d.covered).map((d) => d.id);
  const lostCoverage = (d: CheckedDependency): boolean => options.coveredAtBase?.has(d.id) === true;
  const newGaps = options.failClosed ? gaps : mode === 'sweep' ? [] : gated.filter((d) => !d.covered && (d.change === 'added' || lostCoverage(d))).map((d) => d.id);

  const verdict = decideVerdict(config, mode, gaps, newGaps, findings, outsideGate.length > 0);
  // A PR check that scanned only the diff knows a few dependencies, not the repository's.
  const everyDependencyKnown = !options.dependencies || options.dependenciesComplete === true;
  const covered = live.filter((d) => d.covered).length;
  const report: CheckReport = {
    mode,
    doc: plan?.path ?? null,
    dependencies: checked,
    scenarios: (plan?.scenarios ?? []).map((s) => ({ title: s.title, line: s.line, covers: coverage.scenarioCovers.get(s.title) ?? [] })),
    gaps,
    newGaps,
    existingGaps: mode === 'pr' ? gaps.filter((id) => !newGaps.includes(id)) : [],
    triage,
    ...(outsideGate.length > 0 ? { outsideGate } : {}),
    coverage: everyDependencyKnown ? { covered, total: live.length, percent: live.length === 0 ? 100 : Math.round((covered / live.length) * 100) } : null,
    providerChanges: options.providerChanges ?? [],
    notices: [...(options.notices ?? []), ...scanNotices, ...outsideGateNotices(live.filter((d) => outsideGate.includes(d.id)), config)],
    findings,
    verdict,
    warnings,
  };
  return { report: redactReport(report), plan, catalog, config };
}

/** The plan per service of a monorepo (src/plan/layout.ts), or undefined: one plan, checked as always. */
export function layoutOf(snapshot: Snapshot, config: Config): PlanLayout | undefined {
  const mapped = Object.keys(config.plans).length > 0;
  // A doc-path names the one plan, unless `plans:` maps services to their own.
  if (config.docPath && !mapped) return undefined;
  const root = locatePlan(snapshot.files, config, (rel) => snapshot.exists(rel))?.path ?? null;
  return planLayout(snapshot.files, root, config.plans, config.exclude);
}

/**
 * A monorepo: each plan checked with the dependencies of the code it covers, then one report.
 * Every plan is read, also one no dependency maps to (the sweep lints it; its scenarios about
 * services nobody there uses are orphans).
 */
export async function assembleByPlan(root: string, snapshot: Snapshot, config: Config, catalog: Catalog, warn: (m: string) => void, options: CheckOptions, layout: PlanLayout, perPlan: PerPlanOptions = () => ({})): Promise<CheckResult> {
  const { dependencies, warnings, notices: scanNotices } = await dependenciesFor(snapshot, catalog, config, options);
  const complete = !options.dependencies || options.dependenciesComplete === true;
  const groups = splitByPlan(dependencies, layout);
  const order = [...new Set<string | null>([...layout.plans, ...groups.keys()])].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  const parts: Array<{ plan: string | null; result: CheckResult }> = [];
  for (const [i, plan] of order.entries()) {
    const planRead = plan ? await readPlan(snapshot, { ...config, docPath: plan }, warn) : { plan: null, findings: [] };
    // What belongs to the whole change (notices, unreadable manifests, scan warnings) goes in once.
    const once = i === 0;
    const { extraDependencies, ...extra } = await perPlan(plan, planRead);
    const result = await assemble(root, snapshot, config, catalog, warn, {
      ...options,
      ...extra,
      planRead,
      dependencies: [...(groups.get(plan) ?? []), ...(extraDependencies ? (splitByPlan(extraDependencies, layout).get(plan) ?? []) : [])],
      dependenciesComplete: complete,
      scanWarnings: once ? warnings : [],
      notices: once ? [...(options.notices ?? []), ...scanNotices] : [],
      changeFindings: once ? (options.changeFindings ?? []) : [],
      providerChanges: once ? (options.providerChanges ?? []) : [],
    });
    parts.push({ plan, result });
  }
  // `plan` is the root plan, as `doc` is; each plan's own is in the report's `plans`.
  return { ...parts[0]!.result, report: mergePlanReports(parts, layout), plan: parts.find((p) => p.plan !== null && p.plan === layout.root)?.result.plan ?? null };
}

/** What a pull-request check adds for one plan: its base coverage, how its findings are attributed, and services whose scenario it lost. */
export type PerPlanOptions = (plan: string | null, planRead: PlanRead) => Promise<Partial<CheckOptions> & { extraDependencies?: Dependency[] }> | (Partial<CheckOptions> & { extraDependencies?: Dependency[] });

const VERDICT_RANK = { pass: 0, warn: 1, fail: 2 } as const;

/** One report from each plan's: every dependency and scenario says its plan; the verdict is the worst. */
function mergePlanReports(parts: Array<{ plan: string | null; result: CheckResult }>, layout: PlanLayout): CheckReport {
  const union = (pick: (r: CheckReport) => string[] | undefined): string[] => [...new Set(parts.flatMap((p) => pick(p.result.report) ?? []))];
  const unique = <T>(items: T[]): T[] => [...new Map(items.map((item) => [JSON.stringify(item), item])).values()];
  const reports = parts.map((p) => p.result.report);
  const first = reports[0]!;
  const coverages = reports.map((r) => r.coverage);
  const coverage = coverages.every((c) => c !== null)
    ? (() => {
        const covered = coverages.reduce((n, c) => n + c!.covered, 0);
        const total = coverages.reduce((n, c) => n + c!.total, 0);
        return { covered, total, percent: total === 0 ? 100 : Math.round((covered / total) * 100) };
      })()
    : null;
  const outsideGate = union((r) => r.outsideGate);
  const triage = union((r) => r.triage);
  return {
    mode: first.mode,
    doc: layout.root,
    dependencies: parts.flatMap((p) => p.result.report.dependencies.map((d) => ({ ...d, plan: p.plan }))),
    scenarios: parts.flatMap((p) => (p.plan ? p.result.report.scenarios.map((s) => ({ ...s, plan: p.plan! })) : [])),
    gaps: union((r) => r.gaps),
    newGaps: union((r) => r.newGaps),
    existingGaps: union((r) => r.existingGaps),
    ...(reports.some((r) => r.triage) ? { triage } : {}),
    ...(outsideGate.length > 0 ? { outsideGate } : {}),
    coverage,
    plans: parts
      .filter((p): p is { plan: string; result: CheckResult } => p.plan !== null)
      .map((p) => ({ path: p.plan, found: p.result.plan !== null, dependencies: p.result.report.dependencies.length, gaps: p.result.report.gaps, newGaps: p.result.report.newGaps, coverage: p.result.report.coverage })),
    providerChanges: unique(reports.flatMap((r) => r.providerChanges)),
    notices: unique(reports.flatMap((r) => r.notices)),
    findings: unique(reports.flatMap((r) => r.findings)),
    verdict: reports.reduce<CheckReport['verdict']>((worst, r) => (VERDICT_RANK[r.verdict] > VERDICT_RANK[worst] ? r.verdict : worst), 'pass'),
    warnings: unique(reports.flatMap((r) => r.warnings)),
  };
}

/** One notice naming the gaps outside fail-on-tier / fail-on-categories: they are reported, and do not fail. */
function outsideGateNotices(deps: CheckedDependency[], config: Config): ReportNotice[] {
  if (deps.length === 0) return [];
  const names = deps.map((d) => `${d.name} (tier ${d.tier}, ${d.category})`).join(', ');
  return [
    {
      kind: 'outside-gate',
      message: `Without a recovery scenario, outside ${failScopeText(config)}: ${names}. ${deps.length === 1 ? 'It is reported and does' : 'They are reported and do'} not fail this check.`,
    },
  ];
}

/**
 * The verdict under the policy. `fail-on: never` never fails. Otherwise gaps fail as the
 * policy says, and findings at or above `fail-on-findings` fail, in a pull-request check
 * only those the change caused (a changed manifest that could not be read is one). Anything
 * left to look at warns.
 */
export function decideVerdict(config: Config, mode: 'pr' | 'sweep', gaps: string[], newGaps: string[], findings: Finding[], ungatedGaps = false): CheckReport['verdict'] {
  const attention = gaps.length > 0 || ungatedGaps || findings.some((f) => f.severity !== 'notice');
  if (config.failOn === 'never') return attention ? 'warn' : 'pass';
  const gapsFail = config.failOn === 'any-gap' ? gaps.length > 0 : newGaps.length > 0;
  const unreadable = findings.some((f) => f.rule === 'unreadable-manifest');
  const threshold = config.failOnFindings;
  const blocking = findings.filter((f) => f.rule !== 'unreadable-manifest' && (mode === 'sweep' || f.causedByChange === true));
  const findingsFail = threshold !== 'never' && blocking.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
  return gapsFail || unreadable || findingsFail ? 'fail' : attention ? 'warn' : 'pass';
}

/**
 * Every string of the report with secret values masked. Titles, marker reasons, quoted steps
 * and warnings come from repository files, and the report goes to logs, comments and issues.
 */
function redactReport(report: CheckReport): CheckReport {
  return JSON.parse(JSON.stringify(report), (_key, value: unknown) => (typeof value === 'string' ? redactSecrets(value) : value)) as CheckReport;
}
