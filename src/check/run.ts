import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog, type Catalog } from '../catalog/load.js';
import type { Dependency } from '../catalog/match.js';
import { ConfigError, mergeConfig, parseConfigFile, type Config } from '../config/schema.js';
import { listTrackedFiles, scannablePaths } from '../discover/files.js';
import { scanRepository } from '../discover/scan.js';
import type { ScanWarning } from '../discover/types.js';
import { startLint } from '../lint/index.js';
import { redactSecrets } from '../lint/rules/secrets.js';
import { computeCoverage } from '../plan/coverage.js';
import { findPlan } from '../plan/find.js';
import { parsePlan } from '../plan/parse.js';
import type { Plan } from '../plan/types.js';
import { gateCounts } from './confidence.js';
import type { Change, CheckReport, CheckedDependency, Finding, Severity } from './types.js';

export const DEFAULT_CONFIG_FILE = '.github/paramedic.yml';

export interface CheckOptions {
  config?: Config;
  catalog?: Catalog;
  /** dependencies computed elsewhere (PR mode: from the diff); default: a full scan */
  dependencies?: Dependency[];
  /** per-dependency change (PR mode); default: everything `unchanged` (a sweep) */
  changes?: Map<string, Change>;
  /** PR mode: the paths the change touched; plan findings fail only when the plan is among them */
  changedFiles?: string[];
  /** PR mode, when the change edits the plan: ids the plan covered before it (a lost scenario is a new gap) */
  coveredAtBase?: ReadonlySet<string>;
  /** scan warnings computed elsewhere (PR mode) */
  scanWarnings?: ScanWarning[];
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

/** Reads `.github/paramedic.yml` (or a configured file) when present; ConfigError names file and line. */
export function loadConfigFile(root: string, configured?: string): Partial<Config> {
  const rel = configured || DEFAULT_CONFIG_FILE;
  const file = path.resolve(root, rel);
  if (!existsSync(file)) {
    if (configured) throw new ConfigError(`config file ${rel} not found`);
    return {};
  }
  if (linksOutOf(root, rel)) throw new ConfigError(`${rel}: the config file is a symbolic link that leaves the repository; not read`);
  return parseConfigFile(readFileSync(file, 'utf8'), rel);
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

/** Applies the config's per-rule severities (`lint: { shellcheck: off, "shellcheck/SC2086": error }`). */
export function applySeverities(findings: Finding[], levels: Config['lint']): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = levels[f.rule] ?? levels[f.rule.split('/')[0]!];
    if (level === 'off') continue;
    out.push(level ? { ...f, severity: level } : f);
  }
  return out;
}

/**
 * The check: dependencies (a full scan, or what a diff computed), the plan, coverage,
 * lint, and the verdict under the configured policy. Never throws for bad input in the
 * repository: problems become warnings and findings.
 */
export async function runCheck(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const config = options.config ?? mergeConfig(loadConfigFile(root));
  const warn = options.warn ?? (() => undefined);
  const catalog = options.catalog ?? (await loadCatalog(config.rules ? path.resolve(root, config.rules) : undefined, warn, root));
  // Every tracked file may be what a plan points at (`./ops/tests/failover.sh`); the scan reads fewer.
  const tracked = await listTrackedFiles(root);
  const files = scannablePaths(tracked, { exclude: config.exclude });

  // The plan first: its lint (a shellcheck process, markdownlint's worker) runs during the scan.
  const found = findPlan(root, files, config.docPath || undefined);
  if (config.docPath && !found) warn(`the configured plan ${config.docPath} does not exist; every dependency is a gap`);
  let plan: Plan | null = null;
  if (found && linksOutOf(root, found.path)) {
    warn(`the plan ${found.path} is a symbolic link that leaves the repository; not read`);
  } else if (found) {
    try {
      plan = parsePlan(readFileSync(path.join(root, found.path), 'utf8'), found.path, found.chosenBecause);
    } catch (error) {
      warn(`could not read the plan ${found.path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const lint = plan ? startLint(plan, { root, repoFiles: new Set(tracked), config, catalog, now: options.now ?? new Date(), warn }) : undefined;

  let dependencies: Dependency[];
  let warnings: ScanWarning[];
  if (options.dependencies) {
    dependencies = options.dependencies;
    warnings = options.scanWarnings ?? [];
  } else {
    const scan = await scanRepository(root, catalog, { paths: files });
    dependencies = scan.dependencies;
    warnings = scan.warnings;
  }

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

  let findings: Finding[] = [];
  if (lint) {
    // Orphan scenarios need the whole repository's dependencies; a PR check only knows the
    // diff's, so there every known service counts as present and none is called an orphan.
    const dependencyIds = new Set(options.dependencies ? catalog.rules.map((r) => r.id) : dependencies.map((d) => d.id));
    findings = applySeverities(await lint.finish({ dependencyIds, scenarioCovers: coverage.scenarioCovers }), config.lint);
  }

  const present = checked.filter((d) => d.change !== 'removed');
  // The gate counts only dependencies strong enough for fail-on-confidence; the rest are to triage.
  const live = present.filter((d) => gateCounts(d, config));
  const triage = present.filter((d) => !d.covered && !gateCounts(d, config)).map((d) => d.id);
  const gaps = live.filter((d) => !d.covered).map((d) => d.id);
  const lostCoverage = (d: CheckedDependency): boolean => options.coveredAtBase?.has(d.id) === true;
  const newGaps = live.filter((d) => !d.covered && (d.change === 'added' || d.change === 'changed' || lostCoverage(d))).map((d) => d.id);

  const gapsFail = config.failOn === 'any-gap' ? gaps.length > 0 : config.failOn === 'new-gaps' ? newGaps.length > 0 : false;
  // In PR mode an untouched plan's old findings are reported but do not block an unrelated change.
  const planInPlay = !options.changedFiles || (plan !== null && options.changedFiles.includes(plan.path));
  const threshold = config.failOnFindings;
  const findingsFail = threshold !== 'never' && planInPlay && findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
  const verdict = gapsFail || findingsFail ? 'fail' : gaps.length > 0 || findings.some((f) => f.severity !== 'notice') ? 'warn' : 'pass';

  const mode = options.changedFiles ? 'pr' : 'sweep';
  // A PR check that scanned only the diff knows a few dependencies, not the repository's.
  const everyDependencyKnown = !options.dependencies;
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
    coverage: everyDependencyKnown ? { covered, total: live.length, percent: live.length === 0 ? 100 : Math.round((covered / live.length) * 100) } : null,
    providerChanges: [],
    notices: [],
    findings,
    verdict,
    warnings,
  };
  return { report: redactReport(report), plan, catalog, config };
}

/**
 * Every string of the report with secret values masked. Titles, marker reasons, quoted steps
 * and warnings come from repository files, and the report goes to logs, comments and issues.
 */
function redactReport(report: CheckReport): CheckReport {
  return JSON.parse(JSON.stringify(report), (_key, value: unknown) => (typeof value === 'string' ? redactSecrets(value) : value)) as CheckReport;
}

