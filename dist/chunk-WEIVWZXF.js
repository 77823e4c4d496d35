import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  computeCoverage,
  lapseIgnores,
  lapsedIgnoreFindings
} from "./chunk-GPRZSHXQ.js";
import {
  redactSecrets
} from "./chunk-HAHKWHZZ.js";
import {
  listTree
} from "./chunk-LORJ742J.js";
import {
  GitRevisionSource
} from "./chunk-QXHHJ3V5.js";
import {
  WorkTreeSource,
  describeMenu,
  listTrackedFiles,
  scannablePaths,
  withUpstreamRules
} from "./chunk-7OCZDSZG.js";
import {
  Minimatch
} from "./chunk-VGCUJHZJ.js";
import {
  git,
  splitNul
} from "./chunk-JA33RAIK.js";
import {
  ConfigError,
  mergeConfig
} from "./chunk-M52GZBCH.js";
import {
  failScopeText,
  gateCounts,
  inFailScope
} from "./chunk-D3U573I3.js";
import {
  LINE_BREAK
} from "./chunk-SX36J2YO.js";
import {
  loadBuiltinRules,
  loadCatalog,
  makeCatalog
} from "./chunk-WWNZIN5X.js";

// src/check/run.ts
import { existsSync as existsSync3, readFileSync, realpathSync } from "node:fs";
import path5 from "node:path";

// src/check/config-source.ts
import path from "node:path";
var CONFIG_FILES = [".github/paramedic.yml", ".github/paramedic.yaml"];
var repositoryPath = (rel) => path.posix.normalize(rel.replace(/\\/g, "/"));
async function loadConfigFrom(source, configured, at = "") {
  if (configured && path.isAbsolute(configured)) source = new WorkTreeSource(path.dirname(configured));
  const candidates = configured ? [path.isAbsolute(configured) ? path.basename(configured) : repositoryPath(configured)] : [...CONFIG_FILES];
  const found = [];
  for (const rel of candidates) {
    const read = await source.read(rel);
    const shown = configured || rel;
    if (read.ok) found.push({ rel: shown, text: read.text });
    else if (read.code === "link-out") throw new ConfigError(`${shown}: the config file is a symbolic link that leaves the repository; not read`);
    else if (read.code !== "missing") throw new ConfigError(`${shown}: the config file could not be read${at} (${read.reason})`);
  }
  if (configured && found.length === 0) throw new ConfigError(`config file ${configured} not found${at}`);
  if (found.length > 1) throw new ConfigError(`${found.map((f) => f.rel).join(" and ")} both exist${at}; Paramedic reads one config file: keep one`);
  if (!found[0]) return {};
  const { parseConfigFile } = await import("./chunk-6FG5IW6G.js");
  return parseConfigFile(found[0].text, found[0].rel);
}
async function catalogFor(root, config, commit, warn) {
  if (!config.rules) return loadCatalog(void 0, warn);
  if (!commit || path.isAbsolute(config.rules)) return loadCatalog(path.resolve(root, config.rules), warn, root);
  return loadCatalogAt(root, commit, repositoryPath(config.rules), warn);
}
async function loadCatalogAt(root, commit, dir, warn) {
  const byId = new Map(loadBuiltinRules().map((rule) => [rule.id, rule]));
  const listed = await git(root, ["-c", "core.quotePath=false", "ls-tree", "-z", "--name-only", `${commit}`, "--", `${dir}/`]);
  const entries = listed.code === 0 ? splitNul(listed.stdout) : [];
  const files = entries.filter((p) => /\.ya?ml$/.test(p) && path.posix.dirname(p) === dir).sort();
  if (entries.length === 0) {
    warn(`rules folder ${dir} not found at ${commit.slice(0, 7)}; using the built-in catalog only`);
  }
  const source = new GitRevisionSource(root, commit);
  const { parseRule } = files.length > 0 ? await import("./chunk-RHHXHMY2.js") : { parseRule: void 0 };
  try {
    for (const file of files) {
      const read = await source.read(file);
      if (!read.ok) {
        warn(`${file}: ${read.reason}`);
        continue;
      }
      try {
        const rule = parseRule(read.text, file);
        if ("disabled" in rule) byId.delete(rule.disabled);
        else byId.set(rule.id, rule);
      } catch (error) {
        warn(error instanceof Error ? error.message : String(error));
      }
    }
  } finally {
    await source.close();
  }
  return makeCatalog([...byId.values()]);
}

// src/plan/find.ts
import { existsSync } from "node:fs";
import path2 from "node:path";
var STANDARD_PLAN_PATHS = [
  "DISASTER_RECOVERY.md",
  "docs/DISASTER_RECOVERY.md",
  "DISASTER-RECOVERY.md",
  "docs/DISASTER-RECOVERY.md",
  "disaster_recovery.md",
  "disaster-recovery.md",
  "docs/disaster_recovery.md",
  "docs/disaster-recovery.md",
  "docs/operations/disaster-recovery.md",
  "content/docs/deployment/disaster-recovery.md"
];
var PLAN_NAME = /(^|[^a-z])(disaster[-_ ]?(?:recovery|plan|runbook|playbook)|dr[-_](?:plan|runbook|playbook|procedures?)|drp)([^a-z]|$)|^dr$/i;
var RUNBOOK_NAME = /^(?:restore|restoring|recovery|failover)$|(^|[^a-z])(run[-_ ]?books?|play[-_ ]?books?|backups?[-_ ]?(?:and[-_ ])?restor(?:e|es|ing|ation)|restor(?:e|ing)[-_ ](?:from[-_ ])?backups?)([^a-z]|$)/i;
var SECONDARY_NAME = /(^|[-_. ])(tests?|testing|drills?|templates?|checklists?|reports?|summary|log|history|changelog|pr|review|audit|results?)([-_. ]|$)/i;
function secondary(file) {
  return SECONDARY_NAME.test(path2.posix.basename(file).replace(/\.(md|markdown)$/i, "")) ? 1 : 0;
}
function findPlan(root, files, configured, exists = (rel) => existsSync(path2.join(root, rel))) {
  if (configured) {
    const rel = configured.replace(/^\.\//, "");
    if (!exists(rel)) return null;
    return { path: rel, chosenBecause: `configured path (doc-path: ${rel})` };
  }
  const tracked = new Set(files);
  const byLower = new Map(files.map((f) => [f.toLowerCase(), f]));
  for (const candidate of STANDARD_PLAN_PATHS) {
    const hit = tracked.has(candidate) ? candidate : byLower.get(candidate.toLowerCase());
    if (hit) return { path: hit, chosenBecause: "standard location" };
  }
  const named = files.filter((f) => /\.(md|markdown)$/i.test(f) && PLAN_NAME.test(path2.posix.basename(f).replace(/\.(md|markdown)$/i, ""))).sort((a, b) => secondary(a) - secondary(b) || a.split("/").length - b.split("/").length || a.localeCompare(b));
  if (named.length > 0) {
    const others = named.length > 1 ? `; ${named.length - 1} other candidate${named.length > 2 ? "s" : ""}: ${named.slice(1, 4).join(", ")}` : "";
    return { path: named[0], chosenBecause: `its name says disaster recovery (${secondary(named[0]) ? "only a test, template or report of the plan" : "shallowest match"}${others})` };
  }
  const runbooks = files.filter((f) => /\.(md|markdown)$/i.test(f) && RUNBOOK_NAME.test(path2.posix.basename(f).replace(/\.(md|markdown)$/i, "")) && !secondary(f)).sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b));
  if (runbooks.length > 0) {
    const others = runbooks.length > 1 ? `; ${runbooks.length - 1} other candidate${runbooks.length > 2 ? "s" : ""}: ${runbooks.slice(1, 4).join(", ")}` : "";
    return { path: runbooks[0], chosenBecause: `no file says disaster recovery; its name says runbook or restore (shallowest match${others}); set doc-path to choose another` };
  }
  return null;
}

// src/check/plan-findings.ts
var MAX_PLAN_BYTES = 2 * 1024 * 1024;
function locatePlan(files, config, exists) {
  const markdown = scannablePaths(files.filter((p) => /\.(?:md|markdown)$/i.test(p)), { exclude: config.exclude });
  return findPlan("", markdown, config.docPath || void 0, exists);
}
async function readPlan(snapshot, config, warn, parseAfter) {
  const found = locatePlan(snapshot.files, config, (rel) => snapshot.exists(rel));
  if (config.docPath && !found) warn(`the configured plan ${config.docPath} does not exist${snapshot.commit ? ` at ${snapshot.commit.slice(0, 7)}` : ""}; every dependency is a gap`);
  if (!found) return { plan: null, findings: [] };
  const read = await snapshot.source.read(found.path, { maxBytes: MAX_PLAN_BYTES });
  if (!read.ok) {
    if (read.code === "too-large") {
      return {
        plan: null,
        findings: [
          {
            rule: "plan-too-large",
            severity: "error",
            path: found.path,
            line: 1,
            message: `The plan is over the ${MAX_PLAN_BYTES / 1048576} MB a plan may be (${read.reason.replace(/; skipped$/, "")}); it was not read, so no scenario in it counts.`,
            hint: "Keep the scenarios in the plan and move incident logs, postmortems and archives to files of their own."
          }
        ]
      };
    }
    warn(read.code === "link-out" ? `the plan ${found.path} is a symbolic link that leaves the repository; not read` : `could not read the plan ${found.path}: ${read.reason}`);
    return { plan: null, findings: [] };
  }
  try {
    const { parsePlan } = await import("./chunk-QU6UGNP5.js");
    await parseAfter;
    return { plan: parsePlan(read.text, found.path, found.chosenBecause), findings: [] };
  } catch (error) {
    warn(`could not read the plan ${found.path}: ${error instanceof Error ? error.message : String(error)}`);
    return { plan: null, findings: [] };
  }
}
function applySeverities(findings, levels) {
  const out = [];
  for (const f of findings) {
    const level = levels[f.rule] ?? levels[f.rule.split("/")[0]];
    if (level === "off") continue;
    out.push(level ? { ...f, severity: level } : f);
  }
  return out;
}
var TEXT_ONLY_RULES = /* @__PURE__ */ new Set(["shellcheck", "markdownlint"]);
function startPlanLint(plan, options) {
  const lint = options.skip?.size ? { ...options.config.lint, ...Object.fromEntries([...options.skip].map((id) => [id, "off"])) } : options.config.lint;
  const run = import("./chunk-Q5WOTXGD.js").then(
    ({ startLint }) => startLint(plan, { root: options.root, repoFiles: new Set(options.files), ...options.source ? { source: options.source } : {}, config: { ...options.config, lint }, catalog: options.catalog, now: options.now, warn: options.warn })
  );
  return {
    async finish(dependencyIds, scenarioCovers) {
      const findings = [...await (await run).finish({ dependencyIds, scenarioCovers }), ...unfinishedDrafts(plan)];
      return applySeverities(findings, options.config.lint).sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
    }
  };
}
function unfinishedDrafts(plan) {
  return plan.scenarios.filter((s) => !s.draft && s.stubLeftovers && s.stubLeftovers.length > 0).map((s) => ({
    rule: "unfinished-draft",
    severity: "error",
    path: plan.path,
    line: s.line,
    message: `Scenario "${s.title}" is a Paramedic draft whose marker was deleted, but it still holds ${s.stubLeftovers.join(", ")}; it does not count as coverage.`,
    hint: 'Replace each placeholder with the real command, name or link, and delete the "Draft by Paramedic" note: then it counts.'
  }));
}
function unknownIgnores(config, catalog) {
  return config.ignore.filter((entry) => !catalog.byId.has(entry.id)).map((entry) => ({
    rule: "unknown-ignore",
    severity: "warning",
    path: entry.file ?? ".github/paramedic.yml",
    line: entry.line ?? 1,
    message: `The ignore list names "${entry.id}", which is not a dependency id; it ignores nothing.`,
    hint: "Use a dependency id as `paramedic check` prints it (postgresql, redis, stripe...)."
  }));
}
function attributeFindings(head, base, headPlan, basePlan, preexisting = () => false) {
  const textOf = (plan) => {
    const lines = plan ? plan.text.split(LINE_BREAK) : [];
    return (line) => (lines[line - 1] ?? "").trim();
  };
  const headLine = textOf(headPlan);
  const baseLine = textOf(basePlan);
  const remaining = /* @__PURE__ */ new Map();
  for (const f of base) {
    const key = `${f.rule}\0${f.message}\0${baseLine(f.line)}`;
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  return head.map((f) => {
    if (preexisting(f)) return { ...f, causedByChange: false };
    const key = `${f.rule}\0${f.message}\0${headLine(f.line)}`;
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    return { ...f, causedByChange: left === 0 };
  });
}

// src/plan/layout.ts
import path3 from "node:path";
var PLAN_FILE = "DISASTER_RECOVERY.md";
function planLayout(files, rootPlan, mapped, exclude) {
  const globs = Object.entries(mapped).map(([glob, plan]) => ({ matcher: new Minimatch(glob, { dot: true }), plan: path3.posix.normalize(plan) }));
  if (globs.length === 0 && !files.some((p) => p.endsWith(`/${PLAN_FILE}`) && !isRootPlanPath(p))) return void 0;
  const present = new Set(scannablePaths(files, { exclude }));
  const nested = [...present].filter((p) => path3.posix.basename(p) === PLAN_FILE && !isRootPlanPath(p));
  if (globs.length === 0 && nested.length === 0) return void 0;
  if (rootPlan && nested.includes(rootPlan)) rootPlan = null;
  const nearest = (file) => {
    let dir = path3.posix.dirname(file);
    while (dir !== "." && dir !== "") {
      for (const candidate of [`${dir}/${PLAN_FILE}`, `${dir}/docs/${PLAN_FILE}`]) if (present.has(candidate)) return candidate;
      dir = path3.posix.dirname(dir);
    }
    return rootPlan;
  };
  const planFor = (file) => globs.find((g) => g.matcher.match(file))?.plan ?? nearest(file);
  const plans = [.../* @__PURE__ */ new Set([...rootPlan ? [rootPlan] : [], ...nested, ...globs.map((g) => g.plan)])].sort();
  return { plans, root: rootPlan, planFor };
}
function isRootPlanPath(p) {
  return p === PLAN_FILE || p === `docs/${PLAN_FILE}`;
}
function splitByPlan(dependencies, layout) {
  const out = /* @__PURE__ */ new Map();
  for (const dep of dependencies) {
    const byPlan = /* @__PURE__ */ new Map();
    for (const evidence of dep.evidence) {
      const plan = layout.planFor(evidence.path);
      byPlan.set(plan, [...byPlan.get(plan) ?? [], evidence]);
    }
    if (dep.evidence.length === 0) byPlan.set(layout.planFor("."), []);
    for (const [plan, evidence] of byPlan) out.set(plan, [...out.get(plan) ?? [], { ...dep, evidence }]);
  }
  return out;
}

// src/check/snapshot.ts
import { existsSync as existsSync2 } from "node:fs";
import path4 from "node:path";
async function workTreeSnapshot(root) {
  return {
    root,
    files: await listTrackedFiles(root),
    source: new WorkTreeSource(root),
    // On disk: a plan that is not committed yet still counts for a local run.
    exists: (rel) => existsSync2(path4.join(root, rel)),
    close: async () => void 0
  };
}
async function revisionSnapshot(root, commit, files, objects) {
  const listed = files ?? await listTree(root, commit);
  let set;
  const source = new GitRevisionSource(root, commit, objects);
  return { root, files: listed, source, exists: (rel) => (set ??= new Set(listed)).has(rel), commit, close: () => source.close() };
}

// src/check/run.ts
var DEFAULT_CONFIG_FILE = CONFIG_FILES[0];
var SEVERITY_RANK = { notice: 0, warning: 1, error: 2 };
async function loadConfigFile(root, configured) {
  const candidates = configured ? [configured] : CONFIG_FILES.filter((rel2) => existsSync3(path5.resolve(root, rel2)));
  if (configured && !existsSync3(path5.resolve(root, configured))) throw new ConfigError(`config file ${configured} not found`);
  if (candidates.length > 1) throw new ConfigError(`${candidates.join(" and ")} both exist; Paramedic reads one config file: keep one`);
  const rel = candidates[0];
  if (!rel) return {};
  if (linksOutOf(root, rel)) throw new ConfigError(`${rel}: the config file is a symbolic link that leaves the repository; not read`);
  const { parseConfigFile } = await import("./chunk-6FG5IW6G.js");
  return parseConfigFile(readFileSync(path5.resolve(root, rel), "utf8"), rel);
}
function linksOutOf(root, rel) {
  const lexical = path5.resolve(root, rel);
  const inside = (dir, p) => p === dir || p.startsWith(dir + path5.sep);
  if (!inside(path5.resolve(root), lexical)) return false;
  try {
    return !inside(realpathSync(root), realpathSync(lexical));
  } catch {
    return false;
  }
}
async function scanSnapshot(snapshot, catalog, config) {
  const paths = scannablePaths(snapshot.files, { exclude: config.exclude });
  if (paths.length === 0) return { dependencies: [], warnings: [], notices: [] };
  const { scanSource } = await import("./chunk-QUU2SQGW.js");
  const { dependencies, warnings, menus } = await scanSource(snapshot.root, paths, snapshot.source, catalog, snapshot.commit);
  return { dependencies, warnings, notices: menuNotices(menus ?? []) };
}
function menuNotices(menus, scope = "repository") {
  return menus.map((menu) => ({ kind: "options-dropped", message: describeMenu(menu, scope), path: menu.path }));
}
async function dependenciesFor(snapshot, catalog, config, options) {
  if (options.dependencies) return { dependencies: options.dependencies, warnings: options.scanWarnings ?? [], notices: [] };
  return scanSnapshot(snapshot, catalog, config);
}
function coveredIds(coverage) {
  return /* @__PURE__ */ new Set([...[...coverage.coveredBy].filter(([, titles]) => titles.length > 0).map(([id]) => id), ...coverage.coveredBecause.keys()]);
}
async function runCheck(root, options = {}) {
  const config = lapseIgnores(options.config ?? mergeConfig(await loadConfigFile(root)), options.now ?? /* @__PURE__ */ new Date());
  const warn = options.warn ?? (() => void 0);
  const catalog = options.catalog ?? await catalogFor(root, config, void 0, warn);
  const ownSnapshot = options.snapshot ? void 0 : await workTreeSnapshot(root);
  const snapshot = options.snapshot ?? ownSnapshot;
  try {
    const layout = options.planRead || options.singlePlan ? void 0 : layoutOf(snapshot, config);
    if (layout) return await assembleByPlan(root, snapshot, config, catalog, warn, options, layout);
    return await assemble(root, snapshot, config, catalog, warn, options);
  } finally {
    await ownSnapshot?.close();
  }
}
async function assemble(root, snapshot, config, baseCatalog, warn, options) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const planRead = options.planRead ?? await readPlan(snapshot, config, warn);
  const plan = planRead.plan;
  const lint = options.lint ?? (plan ? startPlanLint(plan, { root, files: snapshot.files, source: snapshot.source, config, catalog: baseCatalog, now, warn }) : void 0);
  const { dependencies, warnings, notices: scanNotices } = await dependenciesFor(snapshot, baseCatalog, config, options);
  const catalog = withUpstreamRules(baseCatalog, dependencies);
  const coverage = computeCoverage(plan, catalog, { ignore: config.ignore, acceptDrafts: config.acceptDrafts });
  const changes = options.changes ?? /* @__PURE__ */ new Map();
  const checked = dependencies.map((dep) => {
    const scenarios = coverage.coveredBy.get(dep.id) ?? [];
    const because = coverage.coveredBecause.get(dep.id);
    return {
      ...dep,
      covered: scenarios.length > 0 || because !== void 0,
      scenarios,
      change: changes.get(dep.id) ?? "unchanged",
      ...because && scenarios.length === 0 ? { coveredBecause: because } : {}
    };
  });
  let planFindings = [...planRead.findings];
  if (lint) {
    const dependencyIds = new Set(options.dependencies && !options.dependenciesComplete ? catalog.rules.map((r) => r.id) : dependencies.map((d) => d.id));
    planFindings.push(...await lint.finish(dependencyIds, coverage.scenarioCovers));
  }
  const mode = options.changedFiles ? "pr" : "sweep";
  if (options.attribute) planFindings = await options.attribute(planFindings, plan);
  const configFindings = [...unknownIgnores(config, catalog), ...lapsedIgnoreFindings(config)].map((f) => mode === "pr" ? { ...f, causedByChange: false } : f);
  const findings = [...options.changeFindings ?? [], ...planFindings, ...configFindings];
  const present = checked.filter((d) => d.change !== "removed");
  const live = present.filter((d) => gateCounts(d, config));
  const triage = present.filter((d) => !d.covered && !gateCounts(d, config)).map((d) => d.id);
  const outsideGate = live.filter((d) => !d.covered && !inFailScope(d, config)).map((d) => d.id);
  const gated = live.filter((d) => inFailScope(d, config));
  const gaps = gated.filter((d) => !d.covered).map((d) => d.id);
  const lostCoverage = (d) => options.coveredAtBase?.has(d.id) === true;
  const newGaps = options.failClosed ? gaps : mode === "sweep" ? [] : gated.filter((d) => !d.covered && (d.change === "added" || lostCoverage(d))).map((d) => d.id);
  const verdict = decideVerdict(config, mode, gaps, newGaps, findings, outsideGate.length > 0);
  const everyDependencyKnown = !options.dependencies || options.dependenciesComplete === true;
  const covered = live.filter((d) => d.covered).length;
  const report = {
    mode,
    doc: plan?.path ?? null,
    dependencies: checked,
    scenarios: (plan?.scenarios ?? []).map((s) => ({ title: s.title, line: s.line, covers: coverage.scenarioCovers.get(s.title) ?? [] })),
    gaps,
    newGaps,
    existingGaps: mode === "pr" ? gaps.filter((id) => !newGaps.includes(id)) : [],
    triage,
    ...outsideGate.length > 0 ? { outsideGate } : {},
    coverage: everyDependencyKnown ? { covered, total: live.length, percent: live.length === 0 ? 100 : Math.round(covered / live.length * 100) } : null,
    providerChanges: options.providerChanges ?? [],
    notices: [...options.notices ?? [], ...scanNotices, ...outsideGateNotices(live.filter((d) => outsideGate.includes(d.id)), config)],
    findings,
    verdict,
    warnings
  };
  return { report: redactReport(report), plan, catalog, config };
}
function layoutOf(snapshot, config) {
  const mapped = Object.keys(config.plans).length > 0;
  if (config.docPath && !mapped) return void 0;
  const root = locatePlan(snapshot.files, config, (rel) => snapshot.exists(rel))?.path ?? null;
  return planLayout(snapshot.files, root, config.plans, config.exclude);
}
async function assembleByPlan(root, snapshot, config, catalog, warn, options, layout, perPlan = () => ({})) {
  const { dependencies, warnings, notices: scanNotices } = await dependenciesFor(snapshot, catalog, config, options);
  const complete = !options.dependencies || options.dependenciesComplete === true;
  const groups = splitByPlan(dependencies, layout);
  const order = [.../* @__PURE__ */ new Set([...layout.plans, ...groups.keys()])].sort((a, b) => a === null ? 1 : b === null ? -1 : a.localeCompare(b));
  const parts = [];
  for (const [i, plan] of order.entries()) {
    const planRead = plan ? await readPlan(snapshot, { ...config, docPath: plan }, warn) : { plan: null, findings: [] };
    const once = i === 0;
    const { extraDependencies, ...extra } = await perPlan(plan, planRead);
    const result = await assemble(root, snapshot, config, catalog, warn, {
      ...options,
      ...extra,
      planRead,
      dependencies: [...groups.get(plan) ?? [], ...extraDependencies ? splitByPlan(extraDependencies, layout).get(plan) ?? [] : []],
      dependenciesComplete: complete,
      scanWarnings: once ? warnings : [],
      notices: once ? [...options.notices ?? [], ...scanNotices] : [],
      changeFindings: once ? options.changeFindings ?? [] : [],
      providerChanges: once ? options.providerChanges ?? [] : []
    });
    parts.push({ plan, result });
  }
  return { ...parts[0].result, report: mergePlanReports(parts, layout), plan: parts.find((p) => p.plan !== null && p.plan === layout.root)?.result.plan ?? null };
}
var VERDICT_RANK = { pass: 0, warn: 1, fail: 2 };
function mergePlanReports(parts, layout) {
  const union = (pick) => [...new Set(parts.flatMap((p) => pick(p.result.report) ?? []))];
  const unique = (items) => [...new Map(items.map((item) => [JSON.stringify(item), item])).values()];
  const reports = parts.map((p) => p.result.report);
  const first = reports[0];
  const coverages = reports.map((r) => r.coverage);
  const coverage = coverages.every((c) => c !== null) ? (() => {
    const covered = coverages.reduce((n, c) => n + c.covered, 0);
    const total = coverages.reduce((n, c) => n + c.total, 0);
    return { covered, total, percent: total === 0 ? 100 : Math.round(covered / total * 100) };
  })() : null;
  const outsideGate = union((r) => r.outsideGate);
  const triage = union((r) => r.triage);
  return {
    mode: first.mode,
    doc: layout.root,
    dependencies: parts.flatMap((p) => p.result.report.dependencies.map((d) => ({ ...d, plan: p.plan }))),
    scenarios: parts.flatMap((p) => p.plan ? p.result.report.scenarios.map((s) => ({ ...s, plan: p.plan })) : []),
    gaps: union((r) => r.gaps),
    newGaps: union((r) => r.newGaps),
    existingGaps: union((r) => r.existingGaps),
    ...reports.some((r) => r.triage) ? { triage } : {},
    ...outsideGate.length > 0 ? { outsideGate } : {},
    coverage,
    plans: parts.filter((p) => p.plan !== null).map((p) => ({ path: p.plan, found: p.result.plan !== null, dependencies: p.result.report.dependencies.length, gaps: p.result.report.gaps, newGaps: p.result.report.newGaps, coverage: p.result.report.coverage })),
    providerChanges: unique(reports.flatMap((r) => r.providerChanges)),
    notices: unique(reports.flatMap((r) => r.notices)),
    findings: unique(reports.flatMap((r) => r.findings)),
    verdict: reports.reduce((worst, r) => VERDICT_RANK[r.verdict] > VERDICT_RANK[worst] ? r.verdict : worst, "pass"),
    warnings: unique(reports.flatMap((r) => r.warnings))
  };
}
function outsideGateNotices(deps, config) {
  if (deps.length === 0) return [];
  const names = deps.map((d) => `${d.name} (tier ${d.tier}, ${d.category})`).join(", ");
  return [
    {
      kind: "outside-gate",
      message: `Without a recovery scenario, outside ${failScopeText(config)}: ${names}. ${deps.length === 1 ? "It is reported and does" : "They are reported and do"} not fail this check.`
    }
  ];
}
function decideVerdict(config, mode, gaps, newGaps, findings, ungatedGaps = false) {
  const attention = gaps.length > 0 || ungatedGaps || findings.some((f) => f.severity !== "notice");
  if (config.failOn === "never") return attention ? "warn" : "pass";
  const gapsFail = config.failOn === "any-gap" ? gaps.length > 0 : newGaps.length > 0;
  const unreadable = findings.some((f) => f.rule === "unreadable-manifest");
  const threshold = config.failOnFindings;
  const blocking = findings.filter((f) => f.rule !== "unreadable-manifest" && (mode === "sweep" || f.causedByChange === true));
  const findingsFail = threshold !== "never" && blocking.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
  return gapsFail || unreadable || findingsFail ? "fail" : attention ? "warn" : "pass";
}
function redactReport(report) {
  return JSON.parse(JSON.stringify(report), (_key, value) => typeof value === "string" ? redactSecrets(value) : value);
}

export {
  splitByPlan,
  CONFIG_FILES,
  loadConfigFrom,
  catalogFor,
  locatePlan,
  readPlan,
  applySeverities,
  TEXT_ONLY_RULES,
  startPlanLint,
  attributeFindings,
  revisionSnapshot,
  DEFAULT_CONFIG_FILE,
  loadConfigFile,
  scanSnapshot,
  menuNotices,
  coveredIds,
  runCheck,
  layoutOf,
  assembleByPlan,
  decideVerdict
};
