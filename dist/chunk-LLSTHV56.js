import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  CONFIG_FILES,
  TEXT_ONLY_RULES,
  assembleByPlan,
  attributeFindings,
  catalogFor,
  coveredIds,
  layoutOf,
  loadConfigFile,
  loadConfigFrom,
  locatePlan,
  menuNotices,
  readPlan,
  revisionSnapshot,
  runCheck,
  scanSnapshot,
  splitByPlan,
  startPlanLint
} from "./chunk-WEIVWZXF.js";
import {
  computeCoverage,
  lapseIgnores
} from "./chunk-GPRZSHXQ.js";
import {
  GitObjectReader,
  GitRevisionSource
} from "./chunk-QXHHJ3V5.js";
import {
  Matcher,
  excludeFilter,
  isSkippedPath
} from "./chunk-7OCZDSZG.js";
import {
  resolveConfig
} from "./chunk-3B2RPBFT.js";
import {
  ConfigError
} from "./chunk-M52GZBCH.js";
import {
  gateCounts
} from "./chunk-D3U573I3.js";

// src/check/pipeline.ts
import path from "node:path";
var diffStage = () => import("./chunk-7TLHEM2I.js");
var RevisionInputError = class extends Error {
  constructor(label, revision, reason) {
    super(`${label} "${revision}" does not resolve: ${reason}`);
    this.label = label;
    this.revision = revision;
    this.reason = reason;
    this.name = "RevisionInputError";
  }
  label;
  revision;
  reason;
};
var short = (sha) => sha.slice(0, 7);
async function checkRepository(root, options) {
  const result = await check(root, options);
  if (options.orgConfig) {
    result.report.notices.unshift({
      kind: "org-config",
      message: `Checked under the organisation config ${options.orgConfig.label}; this repository's config, inputs and flags may only tighten it.`
    });
  }
  return result;
}
async function check(root, options) {
  const warn = options.warn ?? (() => void 0);
  if (!options.base || !options.head) {
    const config = options.config ?? resolveConfig(options.orgConfig, await loadConfigFile(root, options.configFile), options.settings ?? {});
    return { ...await runCheck(root, { config, catalog: await catalogFor(root, config, void 0, warn), warn, ...options.now ? { now: options.now } : {} }), mode: "sweep" };
  }
  const revisions = await resolveOrFallBack(root, options.base, options.head, options);
  if ("failClosed" in revisions) return checkWithoutBase(root, revisions.head, revisions.reason, options);
  return checkChange(root, revisions, options);
}
async function resolveOrFallBack(root, base, head, options) {
  const { ensureRevisions, RevisionError, resolveRevision } = await diffStage();
  const log = options.log ?? (() => void 0);
  let failure;
  try {
    return await ensureRevisions(root, { base, head });
  } catch (error) {
    if (!(error instanceof RevisionError)) throw error;
    failure = error;
  }
  const label = failure.which === "base" ? options.baseLabel : options.headLabel;
  if (label) throw new RevisionInputError(label, failure.revision, failure.reason);
  for (const line of failure.log) log(line);
  if (failure.which === "base" && options.baseBranch && options.baseBranch !== base) {
    log(`${failure.message.split("\n")[0]}; falling back to the base branch ${options.baseBranch}`);
    try {
      return await ensureRevisions(root, { base: options.baseBranch, head });
    } catch (error) {
      if (!(error instanceof RevisionError)) throw error;
      for (const line of error.log) log(line);
      failure = error;
    }
  }
  log(`${failure.message.split("\n")[0]}; ${options.sweepIfUnresolvable ? "running a full sweep instead" : "checking the whole head instead, failing closed"}`);
  let headSha = null;
  try {
    headSha = failure.which === "head" ? null : await resolveRevision(root, "head", head);
  } catch (error) {
    if (!(error instanceof RevisionError)) throw error;
  }
  if (headSha === null && !options.checkoutHasHead) {
    throw new RevisionError("head", head, `could not get head ${head.length === 40 ? short(head) : head} to check, and the working tree is not it: ${failure.reason}`, failure.log, failure.reason);
  }
  return { failClosed: true, head: headSha, reason: failure.reason };
}
async function checkWithoutBase(root, head, reason, options) {
  const warn = options.warn ?? (() => void 0);
  const failClosed = !options.sweepIfUnresolvable;
  const config = options.config ?? resolveConfig(options.orgConfig, failClosed ? {} : await loadConfigFile(root, options.configFile), options.settings ?? {});
  const notices = [];
  if (failClosed) {
    const message = `Paramedic could not get the base to compare with (${reason}), so it checked the whole ${head ? `head ${short(head)}` : "checkout"}: every uncovered dependency fails this check, since new gaps cannot be told from old ones, and the config file was not read (only the action's inputs${options.orgConfig ? ` and the organisation config ${options.orgConfig.label}` : ""} apply). Fix: let the job reach origin, or check out with \`fetch-depth: 0\`.`;
    warn(message);
    notices.push({ kind: "base-unavailable", message });
  } else {
    warn(`Paramedic could not get the base to compare with (${reason}), so it checked the whole repository: new gaps cannot be told from old ones and only warn. Fix: let the job reach origin (actions/checkout with \`fetch-depth: 0\` needs no fetch).`);
  }
  const catalog = await catalogFor(root, config, void 0, warn);
  const snapshot = head ? await revisionSnapshot(root, head) : void 0;
  try {
    const result = await runCheck(root, { config, catalog, ...snapshot ? { snapshot } : {}, failClosed, notices, warn, ...options.now ? { now: options.now } : {} });
    return { ...result, mode: "sweep", ...head ? { head } : {} };
  } finally {
    await snapshot?.close();
  }
}
async function configAt(root, commit, where, options, objects) {
  if (options.config) return options.config;
  const source = new GitRevisionSource(root, commit, objects);
  try {
    const file = await loadConfigFrom(source, options.configFile, ` at ${where}`).catch((error) => {
      if (error instanceof ConfigError && options.configFile && /not found/.test(error.message)) {
        throw new ConfigError(`${error.message} (a config file this change adds takes effect after merge)`);
      }
      throw error;
    });
    return resolveConfig(options.orgConfig, file, options.settings ?? {});
  } finally {
    await source.close();
  }
}
function deferredWarnings(warn) {
  let held = [];
  return {
    warn: (message) => held ? held.push(message) : warn(message),
    release() {
      const messages = held ?? [];
      held = null;
      for (const message of messages) warn(message);
    }
  };
}
function baseListing(headFiles, changed) {
  const added = new Set(changed.filter((f) => f.status === "added").map((f) => f.path));
  const deleted = changed.filter((f) => f.status === "deleted").map((f) => f.path);
  if (added.size === 0 && deleted.length === 0) return headFiles;
  return [...headFiles.filter((p) => !added.has(p)), ...deleted].sort();
}
async function checkChange(root, revisions, options) {
  const from = revisions.mergeBase ?? revisions.base;
  const where = revisions.twoDot ? `base ${short(from)}` : `the merge base ${short(from)}`;
  const { changedFiles, listTree } = await diffStage();
  const objects = new GitObjectReader(root);
  try {
    const listing = listTree(root, revisions.head);
    const changes = changedFiles(root, from, revisions.head);
    listing.catch(() => void 0);
    changes.catch(() => void 0);
    const config = lapseIgnores(await configAt(root, from, where, options, objects), options.now ?? /* @__PURE__ */ new Date());
    return await checkConfiguredChange(root, revisions, options, { config, listing, changes, objects, from, where });
  } finally {
    await objects.close();
  }
}
async function checkConfiguredChange(root, revisions, options, { config, listing, changes, objects, from, where }) {
  const warn = options.warn ?? (() => void 0);
  const log = options.log ?? (() => void 0);
  const quiet = () => void 0;
  const now = options.now ?? /* @__PURE__ */ new Date();
  const { changedPaths, diffDependencies } = await diffStage();
  if (config.mode === "sweep") {
    log(`mode: sweep: checking the whole repository at head ${short(revisions.head)}`);
    const snapshot = await revisionSnapshot(root, revisions.head, await listing, objects);
    try {
      return { ...await runCheck(root, { config, catalog: await catalogFor(root, config, from, warn), snapshot, warn, now }), mode: "sweep", head: revisions.head };
    } finally {
      await snapshot.close();
    }
  }
  const catalog = await catalogFor(root, config, from, warn);
  const headFiles = await listing;
  const head = await revisionSnapshot(root, revisions.head, headFiles, objects);
  const layout = layoutOf(head, config);
  const changedList = await changes;
  const openSource = (_root, commit) => new GitRevisionSource(root, commit, objects);
  let gitBusy;
  const gitStarted = new Promise((resolve) => gitBusy = resolve);
  const diffRun = diffDependencies(root, { base: revisions.base, head: revisions.head }, catalog, {
    exclude: config.exclude,
    revisions,
    headFiles,
    changed: changedList,
    openSource,
    counts: (dep) => gateCounts(dep, config),
    onGitStarted: gitBusy
  });
  diffRun.then(gitBusy, gitBusy);
  const early = deferredWarnings(warn);
  const earlyPlan = layout ? void 0 : await readPlan(head, config, early.warn, gitStarted);
  const planKept = earlyPlan?.plan ? !mayEditPlan(changedList, earlyPlan.plan.path) : false;
  const startLint = (skip) => earlyPlan?.plan ? startPlanLint(earlyPlan.plan, { root, files: head.files, source: head.source, config, catalog, now, warn: early.warn, ...skip ? { skip } : {} }) : void 0;
  let lint = startLint(planKept ? TEXT_ONLY_RULES : void 0);
  const diff = await diffRun;
  for (const line of diff.log) log(line);
  early.release();
  const changed = changedPaths(diff.changedFiles);
  const changedSet = new Set(changed);
  const baseFiles = baseListing(headFiles, diff.changedFiles);
  const base = await revisionSnapshot(root, from, baseFiles, objects);
  try {
    const makeAttribute = (planEdited2, basePlan2, baseCoverage2, planRead2) => async (findings, plan) => {
      if (findings.length === 0) return findings;
      const { mayBeInventoryFile } = await import("./chunk-GI6X4CFZ.js");
      const filesMatter = diff.changedFiles.some((f) => f.status === "deleted" || f.status === "type-changed" || mayBeInventoryFile(f.path));
      if (findings.length === 0 || !planEdited2 && !filesMatter) return findings.map((f) => ({ ...f, causedByChange: false }));
      const dependencyIds = new Set(catalog.rules.map((r) => r.id));
      if (planEdited2) {
        const before2 = basePlan2?.plan ? await startPlanLint(basePlan2.plan, { root, files: baseFiles, source: base.source, config, catalog, now, warn: quiet }).finish(dependencyIds, baseCoverage2.scenarioCovers) : [];
        return attributeFindings(findings, [...basePlan2?.findings ?? [], ...before2], plan, basePlan2?.plan ?? null);
      }
      const before = plan ? await startPlanLint(plan, { root, files: baseFiles, source: base.source, config, catalog, now, warn: quiet, skip: TEXT_ONLY_RULES }).finish(dependencyIds, computeCoverage(plan, catalog, { ignore: config.ignore }).scenarioCovers) : [];
      return attributeFindings(findings, [...planRead2.findings, ...before], plan, plan, (f) => TEXT_ONLY_RULES.has(f.rule.split("/")[0]));
    };
    const fullScan = config.failOn === "any-gap";
    const changeOptions = {
      changes: diff.changes,
      changedFiles: changed,
      changeFindings: unreadableFindings(diff),
      notices: [...configNotices(changed, config, options, where), ...providerNotices(providerChanges(diff), catalog), ...menuNotices(menusNotCounted(diff), "file")],
      providerChanges: providerChanges(diff),
      warn,
      now
    };
    if (layout) {
      const all = fullScan ? await scanSnapshot(head, catalog, config) : void 0;
      const dependencies2 = all ? all.dependencies : await changeDependencies(root, diff, null, void 0, headFiles, changedSet, catalog, config, log);
      const byPlan = splitByPlan(dependencies2, layout);
      const basePlans = /* @__PURE__ */ new Map();
      for (const dep of [...diff.baseDeps, ...diff.unchangedDeps]) {
        const plans = basePlans.get(dep.id) ?? /* @__PURE__ */ new Set();
        for (const e of dep.evidence) plans.add(layout.planFor(e.path));
        basePlans.set(dep.id, plans);
      }
      const changesFor = (planPath) => new Map([...diff.changes].map(([id, change]) => [id, change === "changed" && !basePlans.get(id)?.has(planPath) ? "added" : change]));
      const perPlan = async (planPath, planRead2) => {
        if (!planPath) return { attribute: makeAttribute(false, void 0, void 0, planRead2), changes: changesFor(null) };
        const planEdited2 = changedSet.has(planPath) || headFiles.includes(planPath) !== baseFiles.includes(planPath);
        const basePlan2 = planEdited2 ? await readPlan(base, { ...config, docPath: planPath }, quiet) : void 0;
        const baseCoverage2 = basePlan2 ? computeCoverage(basePlan2.plan, catalog, { ignore: config.ignore, acceptDrafts: config.acceptDrafts }) : void 0;
        if (planEdited2) log(`the change edits ${planPath}: comparing its coverage and findings with ${where}'s`);
        const lost = baseCoverage2 && !fullScan ? await lostCoverage(root, diff, planRead2.plan, coveredIds(baseCoverage2), new Set((byPlan.get(planPath) ?? []).map((d) => d.id)), headFiles, changedSet, catalog, config, log) : [];
        return {
          ...baseCoverage2 ? { coveredAtBase: coveredIds(baseCoverage2) } : {},
          attribute: makeAttribute(planEdited2, basePlan2, baseCoverage2, planRead2),
          changes: changesFor(planPath),
          ...lost.length > 0 ? { extraDependencies: lost } : {}
        };
      };
      const result2 = await assembleByPlan(root, head, config, catalog, warn, { config, catalog, snapshot: head, dependencies: dependencies2, dependenciesComplete: fullScan, scanWarnings: all ? all.warnings : diff.warnings, ...changeOptions }, layout, perPlan);
      return { ...result2, mode: "pr", base: revisions.base, head: revisions.head, changedFiles: changed };
    }
    const planRead = earlyPlan;
    const headPlanPath = planRead.plan?.path ?? planRead.findings[0]?.path;
    const basePlanPath = baseFiles === headFiles ? headPlanPath : locatePlan(baseFiles, config, (rel) => base.exists(rel))?.path;
    const planEdited = headPlanPath !== basePlanPath || headPlanPath !== void 0 && changedSet.has(headPlanPath);
    const basePlan = planEdited ? await readPlan(base, config, quiet) : void 0;
    const baseCoverage = basePlan ? computeCoverage(basePlan.plan, catalog, { ignore: config.ignore, acceptDrafts: config.acceptDrafts }) : void 0;
    if (planEdited) log(`the change edits ${headPlanPath ?? basePlanPath}: comparing its coverage and findings with ${where}'s`);
    if (planKept && planEdited) lint = startLint();
    const keptNotice = planKept && !planEdited ? planKeptNotice(planRead.plan.path, config) : void 0;
    if (keptNotice) changeOptions.notices.push(keptNotice);
    const dependencies = fullScan ? void 0 : await changeDependencies(root, diff, planRead.plan, baseCoverage ? coveredIds(baseCoverage) : void 0, headFiles, changedSet, catalog, config, log);
    const result = await runCheck(root, {
      config,
      catalog,
      snapshot: head,
      planRead,
      ...lint ? { lint } : {},
      ...dependencies ? { dependencies, scanWarnings: diff.warnings } : {},
      ...baseCoverage ? { coveredAtBase: coveredIds(baseCoverage) } : {},
      attribute: makeAttribute(planEdited, basePlan, baseCoverage, planRead),
      ...changeOptions
    });
    return { ...result, mode: "pr", base: revisions.base, head: revisions.head, changedFiles: changed };
  } finally {
    await Promise.all([head.close(), base.close()]);
  }
}
function mayEditPlan(changed, planPath) {
  return changed.some((file) => file.path === planPath || file.status !== "modified" && /\.(?:md|markdown)$/i.test(file.path));
}
function planKeptNotice(planPath, config) {
  const skipped = [...TEXT_ONLY_RULES].filter((id) => config.lint[id] !== "off");
  if (skipped.length === 0) return void 0;
  return {
    kind: "plan-unchanged",
    path: planPath,
    message: `This change leaves the plan as it was, so ${skipped.join(" and ")} did not run on it: their findings on the plan's own text are in the sweep's report and in \`paramedic check\` of the whole tree.`
  };
}
function menusNotCounted(diff) {
  const proven = new Set([...diff.headDeps, ...diff.unchangedDeps].map((d) => d.id));
  return diff.menus.map((m) => ({ ...m, dropped: m.dropped.filter((id) => !proven.has(id)) })).filter((m) => m.dropped.length > 0);
}
async function changeDependencies(root, diff, plan, coveredAtBase, headFiles, changed, catalog, config, log) {
  const deps = [...diff.headDeps];
  const ids = new Set(deps.map((d) => d.id));
  const unchanged = new Map(diff.unchangedDeps.map((d) => [d.id, d]));
  for (const dep of diff.baseDeps) {
    if (ids.has(dep.id)) continue;
    deps.push(diff.changes.get(dep.id) === "changed" ? unchanged.get(dep.id) ?? dep : dep);
    ids.add(dep.id);
  }
  if (coveredAtBase) deps.push(...await lostCoverage(root, diff, plan, coveredAtBase, ids, headFiles, changed, catalog, config, log));
  return deps.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
async function lostCoverage(root, diff, plan, coveredAtBase, ids, headFiles, changed, catalog, config, log) {
  const coveredNow = coveredIds(computeCoverage(plan, catalog, { ignore: config.ignore, acceptDrafts: config.acceptDrafts }));
  const lost = [...coveredAtBase].filter((id) => !coveredNow.has(id) && !ids.has(id) && catalog.byId.has(id)).sort();
  if (lost.length === 0) return [];
  const [{ lookUpServices }, { isManifest }] = await Promise.all([diffStage(), import("./chunk-QUU2SQGW.js")]);
  const excluded = excludeFilter(config.exclude);
  const others = headFiles.filter((p) => !changed.has(p) && isManifest(p) && !isSkippedPath(p) && !excluded(p));
  const found = await lookUpServices(root, diff.head, lost, others, catalog, new Matcher(catalog));
  log(`the plan no longer covers ${lost.join(", ")}: looked them up in ${found.read} of ${others.length} unchanged manifests at head`);
  return found.side.deps.filter((dep) => lost.includes(dep.id));
}
function unreadableFindings(diff) {
  return diff.unreadable.map((file) => ({
    rule: "unreadable-manifest",
    severity: "error",
    path: file.path,
    line: 1,
    message: `${file.path} could not be read at head (${file.reason}), so a dependency it adds cannot be ruled out.`,
    hint: "Keep manifests in plain text and under 5 MB; a generated or vendored file belongs in an `exclude:` glob of the config.",
    causedByChange: true
  }));
}
function providerChanges(diff) {
  const before = new Map(diff.baseDeps.map((d) => [d.id, d]));
  const after = new Map(diff.headDeps.map((d) => [d.id, d]));
  const unchanged = new Map(diff.unchangedDeps.map((d) => [d.id, d]));
  const out = [];
  for (const [id, change] of diff.changes) {
    if (change !== "changed") continue;
    const from = (before.get(id) ?? unchanged.get(id))?.provider ?? null;
    const to = (after.get(id) ?? unchanged.get(id))?.provider ?? null;
    if (from !== to) out.push({ id, from, to });
  }
  return out;
}
function providerNotices(changes, catalog) {
  const host = (provider) => provider ?? "self-run (or not stated)";
  return changes.map((c) => ({
    kind: "provider-changed",
    message: `${catalog.byId.get(c.id)?.name ?? c.id} moves from ${host(c.from)} to ${host(c.to)}: its recovery scenario may describe the old host; check its steps.`
  }));
}
function configNotices(changed, config, options, where) {
  const normalize = (rel) => path.posix.normalize(rel.replace(/\\/g, "/"));
  const configFiles = new Set(options.configFile && !path.isAbsolute(options.configFile) ? [normalize(options.configFile)] : CONFIG_FILES);
  const rules = config.rules && !path.isAbsolute(config.rules) ? `${normalize(config.rules).replace(/\/$/, "")}/` : void 0;
  return changed.filter((p) => configFiles.has(p) || rules !== void 0 && p.startsWith(rules)).map((p) => ({
    kind: "config-after-merge",
    path: p,
    message: `This change edits Paramedic's configuration (${p}); it takes effect after merge. This check used the config and rules at ${where}.`
  }));
}

export {
  RevisionInputError,
  checkRepository
};
