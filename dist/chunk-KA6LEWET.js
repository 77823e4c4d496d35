import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  CONFIG_FILES,
  GitObjectReader,
  GitRevisionSource,
  TEXT_ONLY_RULES,
  assembleByPlan,
  attributeFindings,
  catalogFor,
  computeCoverage,
  coveredIds,
  lapseIgnores,
  layoutOf,
  listTree,
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
} from "./chunk-HMXJ7CY6.js";
import {
  Matcher,
  collectSignals,
  deploymentModel,
  excludeFilter,
  extractorsFor,
  findUsage,
  isManifest,
  isSkippedPath,
  matchEvidence,
  resolveDependencies,
  resolveMatched,
  usageRequest
} from "./chunk-T3R2U76W.js";
import {
  resolveConfig
} from "./chunk-J2FH7X2Z.js";
import {
  ConfigError
} from "./chunk-4I77DZQO.js";
import {
  gateCounts
} from "./chunk-D3U573I3.js";
import {
  RevisionError,
  ensureRevisions,
  resolveRevision
} from "./chunk-TJPOUTPP.js";
import {
  git,
  splitNul
} from "./chunk-JA33RAIK.js";

// src/check/pipeline.ts
import path from "node:path";

// src/diff/event.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);
function isZeroSha(value) {
  return typeof value === "string" && /^0+$/.test(value) && (value.length === 40 || value.length === 64);
}
function isSha(value) {
  return typeof value === "string" && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(value);
}
function field(obj, ...keys) {
  let current = obj;
  for (const key of keys) {
    if (!current || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}
var short = (sha) => isSha(sha) ? sha.slice(0, 7) : sha;
function fromEvent(eventName, payload) {
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const base = field(payload, "pull_request", "base", "sha");
    const head = field(payload, "pull_request", "head", "sha");
    if (isSha(base) && isSha(head)) {
      const number = field(payload, "pull_request", "number");
      const branch = field(payload, "pull_request", "base", "ref");
      return {
        mode: "pr",
        base,
        head,
        baseFrom: "event",
        headFrom: "event",
        ...typeof branch === "string" && branch ? { baseBranch: branch } : {},
        why: `${eventName}${typeof number === "number" ? ` #${number}` : ""}: base ${short(base)}, head ${short(head)}`
      };
    }
    return { mode: "sweep", why: `${eventName} payload has no pull_request base and head sha; checking the whole repository` };
  }
  if (eventName === "merge_group") {
    const base = field(payload, "merge_group", "base_sha");
    const head = field(payload, "merge_group", "head_sha");
    const baseRef = field(payload, "merge_group", "base_ref");
    const branch = typeof baseRef === "string" && baseRef.startsWith("refs/heads/") ? baseRef.slice("refs/heads/".length) : void 0;
    if (isSha(base) && isSha(head)) return { mode: "pr", base, head, baseFrom: "event", headFrom: "event", ...branch ? { baseBranch: branch } : {}, why: `merge_group: base ${short(base)}, head ${short(head)}` };
    return { mode: "sweep", why: "merge_group payload has no base_sha and head_sha; checking the whole repository" };
  }
  if (eventName === "push") return fromPush(payload);
  if (eventName === "workflow_dispatch" || eventName === "schedule") {
    return { mode: "sweep", why: `${eventName}: no base to compare with; checking the whole repository` };
  }
  return { mode: "sweep", why: `${eventName || "unknown event"}: no base to compare with; checking the whole repository` };
}
function fromPush(payload) {
  const before = field(payload, "before");
  const after = field(payload, "after");
  const ref = field(payload, "ref");
  const defaultBranch = field(payload, "repository", "default_branch");
  if (!isSha(after) || isZeroSha(after)) return { mode: "sweep", why: "push without a new head (a deleted branch?); checking the whole repository" };
  if (isSha(before) && !isZeroSha(before)) return { mode: "pr", base: before, head: after, baseFrom: "event", headFrom: "event", why: `push: before ${short(before)}, after ${short(after)}` };
  const branch = typeof ref === "string" && ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
  if (branch && typeof defaultBranch === "string" && defaultBranch && branch !== defaultBranch) {
    return {
      mode: "pr",
      base: defaultBranch,
      head: after,
      baseFrom: "event",
      headFrom: "event",
      sweepIfUnresolvable: true,
      why: `push of new branch ${branch}: comparing with the default branch ${defaultBranch}`
    };
  }
  const what = branch ? branch === defaultBranch ? `the default branch ${branch}` : `branch ${branch}` : typeof ref === "string" && ref ? ref : "a new ref";
  return { mode: "sweep", why: `push creating ${what}: nothing to compare with; checking the whole repository` };
}
function resolveDiffTarget(eventName, payload, overrides = {}) {
  const event = fromEvent(eventName, payload);
  const baseRef = overrides.baseRef?.trim() || void 0;
  const headRef = overrides.headRef?.trim() || void 0;
  if (!baseRef && !headRef) return event;
  if (baseRef) {
    const head = headRef ?? event.head ?? "HEAD";
    const headWhy = headRef ? "head-ref input" : event.head ? eventName : "the checked-out commit";
    const headFrom = headRef ? "input" : event.head ? "event" : "checkout";
    return { mode: "pr", base: baseRef, head, baseFrom: "input", headFrom, why: `base-ref input: base ${short(baseRef)}, head ${short(head)} (from ${headWhy})` };
  }
  if (event.mode === "pr" && event.base) {
    return { ...event, head: headRef, headFrom: "input", why: `${event.why}; head replaced by head-ref input ${short(headRef)}` };
  }
  return { ...event, why: `${event.why} (head-ref input ignored: there is no base to compare it with)` };
}

// src/diff/changed.ts
var STATUS = { A: "added", D: "deleted", M: "modified", T: "type-changed", U: "unmerged", X: "unknown" };
function parseNameStatus(output) {
  const fields = splitNul(output);
  const files = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    files.push({ status: STATUS[fields[i].charAt(0)] ?? "unknown", path: fields[i + 1] });
  }
  return files;
}
async function changedFiles(root, from, to) {
  const result = await git(root, ["-c", "core.quotePath=false", "diff", "--name-status", "-z", "--no-renames", "--no-ext-diff", "--no-textconv", from, to, "--"]);
  if (result.code !== 0) throw new Error(`git diff ${from.slice(0, 7)} ${to.slice(0, 7)} failed: ${result.stderr.trim() || `exit ${result.code}`}`);
  return parseNameStatus(result.stdout).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function changedPaths(files) {
  return files.map((file) => file.path);
}
var existsBefore = (file) => file.status !== "added";
var existsAfter = (file) => file.status !== "deleted";

// src/diff/base-lookup.ts
var LITERAL_EXTRACTORS = /* @__PURE__ */ new Set([
  "npm",
  "env",
  "compose",
  "kubernetes",
  "maven",
  "gradle",
  "gradle-catalog",
  "prisma",
  "pyproject",
  "pipfile",
  "gemfile",
  "go-mod",
  "composer",
  "cargo",
  "terraform",
  "nuget",
  "hex"
]);
function readWhole(path2) {
  return extractorsFor(path2).some((extractor) => !LITERAL_EXTRACTORS.has(extractor.id));
}
function literalRuns(pattern) {
  return pattern.replace(/\{[^}]*\}/g, "*").split(/[*?]/).filter((run) => run.length > 0);
}
var longest = (pieces) => pieces.reduce((best, p) => !best || p.length > best.length ? p : best, void 0);
function needleOf(kind, pattern) {
  let text = pattern.toLowerCase();
  if (kind === "platform") {
    if (!text.startsWith("k8s:")) return void 0;
    text = text.slice("k8s:".length);
  }
  if (kind === "package-go") text = text.replace(/\/v\d+$/, "");
  let pieces = literalRuns(text);
  if (kind === "package-pypi") pieces = pieces.flatMap((p) => p.split(/[-_.[\],]+/));
  else if (kind === "package" || kind === "package-maven") pieces = pieces.flatMap((p) => p.split(/[[\],]+/));
  if (kind === "env-value") pieces = pieces.flatMap((p) => p.split("="));
  if (kind === "platform") pieces = pieces.flatMap((p) => p.split("/"));
  pieces = pieces.filter((p) => p.length > 0);
  if (kind === "package-maven") {
    const artifact = text.slice(text.lastIndexOf(":") + 1);
    if (text.includes(":") && artifact && !/[*?{}]/.test(artifact)) return artifact;
    pieces = pieces.flatMap((p) => p.split(":")).filter(Boolean);
  }
  return longest(pieces) ?? null;
}
function ruleNeedles(rule) {
  const needles = /* @__PURE__ */ new Set();
  let unbounded = false;
  const add = (needle) => {
    if (needle === null) unbounded = true;
    else if (needle !== void 0) needles.add(needle);
  };
  for (const [eco, list] of Object.entries(rule.signals.packages ?? {})) {
    const kind = eco === "pypi" ? "package-pypi" : eco === "maven" ? "package-maven" : eco === "go" ? "package-go" : "package";
    for (const p of list ?? []) add(needleOf(kind, p.name));
  }
  for (const p of rule.signals.env ?? []) add(needleOf("other", p.name));
  for (const p of rule.signals.envValues ?? []) add(needleOf("env-value", p.name));
  for (const p of rule.signals.urlSchemes ?? []) add(needleOf("other", p.name));
  for (const p of rule.signals.images ?? []) add(needleOf("other", p.name));
  for (const p of rule.signals.terraform ?? []) add(needleOf("other", p.type));
  for (const p of rule.signals.terraformModules ?? []) add(needleOf("other", p.name));
  for (const p of rule.signals.helm ?? []) add(needleOf("other", p.name));
  for (const p of rule.signals.prisma ?? []) add(needleOf("other", p.name));
  for (const p of rule.signals.platform ?? []) add(needleOf("platform", p.name));
  return unbounded ? null : [...needles].sort();
}
var PATHS_PER_GREP = 2e3;
async function pathsHolding(root, commit, paths, needles) {
  const found = /* @__PURE__ */ new Set();
  if (paths.length === 0 || needles.length === 0) return found;
  const prefix = `${commit}:`;
  for (let i = 0; i < paths.length; i += PATHS_PER_GREP) {
    const batch = paths.slice(i, i + PATHS_PER_GREP);
    const args = ["--literal-pathspecs", "grep", "-l", "-z", "-I", "-i", "-F", "--no-color", "--no-textconv", ...needles.flatMap((n) => ["-e", n]), commit, "--", ...batch];
    const result = await git(root, args);
    if (result.code === 1) continue;
    if (result.code !== 0) {
      for (const path2 of batch) found.add(path2);
      continue;
    }
    for (const entry of splitNul(result.stdout)) found.add(entry.startsWith(prefix) ? entry.slice(prefix.length) : entry);
  }
  return found;
}

// src/diff/dependencies.ts
function evidenceKey(evidence) {
  return evidence.map((e) => `${e.path}\0${e.source}\0${e.detail}`).sort().join("\n");
}
function classifyChanges(baseDeps, headDeps, sides = {}) {
  const base = new Map(baseDeps.map((d) => [d.id, d]));
  const head = new Map(headDeps.map((d) => [d.id, d]));
  const inBase = (id) => base.has(id) || sides.baseIds?.has(id) === true;
  const inHead = (id) => head.has(id) || sides.headIds?.has(id) === true;
  const changes = /* @__PURE__ */ new Map();
  for (const id of [.../* @__PURE__ */ new Set([...base.keys(), ...head.keys()])].sort()) {
    if (!inBase(id)) changes.set(id, "added");
    else if (!inHead(id)) changes.set(id, "removed");
    else changes.set(id, evidenceKey(base.get(id)?.evidence ?? []) === evidenceKey(head.get(id)?.evidence ?? []) ? "unchanged" : "changed");
  }
  return changes;
}
function openAt(root, commit, options) {
  return options.openSource ? options.openSource(root, commit) : new GitRevisionSource(root, commit);
}
async function readSide(root, commit, paths, matcher, options) {
  if (paths.length === 0) return { signals: [], deps: [], menus: [], warnings: [], unreadable: [] };
  const source = openAt(root, commit, options);
  try {
    const { signals, warnings, unreadable } = await collectSignals(paths, source);
    const matched = matchEvidence(signals, matcher);
    return { signals, deps: resolveMatched(matched), menus: matched.menus, warnings, unreadable };
  } finally {
    await source.close?.();
  }
}
var CONTEXT_EXTRACTORS = /* @__PURE__ */ new Set(["env", "compose", "spring", "node-config", "dockerfile", "vercel", "netlify", "fly", "railway", "render", "heroku", "heroku-yml", "procfile", "firebase"]);
async function withHeadConfidence(root, head, diffSignals, deps, matcher, options, changed) {
  if (deps.every((d) => d.confidence === "confirmed")) return { deps, ms: 0 };
  let listedPaths = options.headFiles;
  if (!listedPaths) {
    const listed = await git(root, ["-c", "core.quotePath=false", "ls-tree", "-r", "-z", "--name-only", head]);
    if (listed.code !== 0) return { deps, ms: 0 };
    listedPaths = splitNul(listed.stdout);
  }
  const excluded = excludeFilter(options.exclude);
  const headPaths = listedPaths.filter((p) => !isSkippedPath(p) && !excluded(p));
  const read = new Set(diffSignals.map((s) => s.path));
  const contextPaths = headPaths.filter((p) => !read.has(p) && extractorsFor(p).some((e) => CONTEXT_EXTRACTORS.has(e.id)));
  let contextSignals = [];
  if (contextPaths.length > 0) {
    const source = options.openSource ? options.openSource(root, head) : new GitRevisionSource(root, head);
    try {
      contextSignals = (await collectSignals(contextPaths, source)).signals;
    } finally {
      await source.close?.();
    }
  }
  const all = [...diffSignals, ...contextSignals];
  const matched = matchEvidence(all, matcher);
  const deployment = deploymentModel(all);
  const reported = new Set(deps.filter((d) => d.confidence !== "confirmed").map((d) => d.id));
  const request = usageRequest({ ...matched, candidates: new Map([...matched.candidates].filter(([id]) => reported.has(id))) }, deployment);
  const usage = await findUsage(root, request, { revision: head, paths: headPaths, settingPaths: changed });
  const full = new Map(resolveMatched(matched, { deployment, usage }).map((d) => [d.id, d]));
  return {
    deps: deps.map((d) => {
      const known = full.get(d.id);
      return known ? { ...d, confidence: known.confidence, confidenceReason: known.confidenceReason } : d;
    }),
    ms: usage.ms
  };
}
async function lookUpServices(root, commit, ids, paths, catalog, matcher, options = {}) {
  const needles = /* @__PURE__ */ new Set();
  let everyFile = false;
  for (const id of ids) {
    const rule = catalog.byId.get(id);
    const list = rule ? ruleNeedles(rule) : null;
    if (list === null) everyFile = true;
    else for (const needle of list) needles.add(needle);
  }
  const whole = new Set(paths.filter(readWhole));
  const holding = everyFile ? new Set(paths) : await pathsHolding(root, commit, paths.filter((path2) => !whole.has(path2)), [...needles]);
  const toRead = paths.filter((path2) => holding.has(path2) || whole.has(path2));
  return { side: await readSide(root, commit, toRead, matcher, options), read: toRead.length };
}
async function diffDependencies(root, revs, catalog, options = {}) {
  const revisions = options.revisions ?? await ensureRevisions(root, revs, options);
  const log = [...revisions.log];
  const from = revisions.mergeBase ?? revisions.base;
  const where = revisions.twoDot ? "base" : "the merge base";
  const files = options.changed ?? await changedFiles(root, from, revisions.head);
  const excluded = excludeFilter(options.exclude);
  const counts = (path2) => isManifest(path2) && !isSkippedPath(path2) && !excluded(path2);
  const manifestFiles = files.filter((f) => counts(f.path));
  const atBase = manifestFiles.filter(existsBefore).map((f) => f.path);
  const atHead = manifestFiles.filter(existsAfter).map((f) => f.path);
  log.push(`${files.length} changed file${files.length === 1 ? "" : "s"}, ${manifestFiles.length} of them manifests: read ${atBase.length} at ${where}, ${atHead.length} at head`);
  const matcher = new Matcher(catalog);
  const [before, after] = await Promise.all([readSide(root, from, atBase, matcher, options), readSide(root, revisions.head, atHead, matcher, options)]);
  const counted = options.counts ?? (() => true);
  const headConfidence = after.deps.length > 0 ? withHeadConfidence(root, revisions.head, after.signals, after.deps, matcher, options, files.filter(existsAfter).map((f) => f.path)) : Promise.resolve({ deps: after.deps, ms: 0 });
  headConfidence.catch(() => void 0);
  const baseIds = new Set(before.deps.map((d) => d.id));
  const headIds = new Set(after.deps.map((d) => d.id));
  const candidates = [.../* @__PURE__ */ new Set([...baseIds, ...headIds])].filter((id) => baseIds.has(id) !== headIds.has(id)).sort();
  let unchanged = { signals: [], deps: [], menus: [], warnings: [], unreadable: [] };
  let sides = {};
  if (candidates.length > 0) {
    const changed = new Set(files.map((f) => f.path));
    const headFiles = options.headFiles ?? await listTree(root, revisions.head);
    const others = headFiles.filter((path2) => !changed.has(path2) && counts(path2));
    const found = await lookUpServices(root, from, candidates, others, catalog, matcher, options);
    unchanged = found.side;
    log.push(`looked up ${candidates.join(", ")} in ${found.read} of ${others.length} unchanged manifest${others.length === 1 ? "" : "s"} at ${where}`);
    sides = {
      baseIds: new Set(resolveDependencies([...before.signals, ...unchanged.signals], matcher).filter(counted).map((d) => d.id)),
      headIds: new Set(resolveDependencies([...after.signals, ...unchanged.signals], matcher).map((d) => d.id))
    };
  }
  const head = await headConfidence;
  return {
    base: revisions.base,
    head: revisions.head,
    mergeBase: revisions.mergeBase,
    twoDot: revisions.twoDot,
    changedFiles: files,
    manifests: manifestFiles.map((f) => f.path),
    baseDeps: before.deps,
    headDeps: head.deps,
    unchangedDeps: unchanged.deps,
    changes: classifyChanges(before.deps.filter(counted), head.deps, sides),
    warnings: after.warnings,
    menus: after.menus,
    unreadable: after.unreadable,
    log,
    usageMs: head.ms
  };
}

// src/check/pipeline.ts
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
var short2 = (sha) => sha.slice(0, 7);
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
    const config = options.config ?? resolveConfig(options.orgConfig, loadConfigFile(root, options.configFile), options.settings ?? {});
    return { ...await runCheck(root, { config, catalog: await catalogFor(root, config, void 0, warn), warn, ...options.now ? { now: options.now } : {} }), mode: "sweep" };
  }
  const revisions = await resolveOrFallBack(root, options.base, options.head, options);
  if ("failClosed" in revisions) return checkWithoutBase(root, revisions.head, revisions.reason, options);
  return checkChange(root, revisions, options);
}
async function resolveOrFallBack(root, base, head, options) {
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
    throw new RevisionError("head", head, `could not get head ${head.length === 40 ? short2(head) : head} to check, and the working tree is not it: ${failure.reason}`, failure.log, failure.reason);
  }
  return { failClosed: true, head: headSha, reason: failure.reason };
}
async function checkWithoutBase(root, head, reason, options) {
  const warn = options.warn ?? (() => void 0);
  const failClosed = !options.sweepIfUnresolvable;
  const config = options.config ?? resolveConfig(options.orgConfig, failClosed ? {} : loadConfigFile(root, options.configFile), options.settings ?? {});
  const notices = [];
  if (failClosed) {
    const message = `Paramedic could not get the base to compare with (${reason}), so it checked the whole ${head ? `head ${short2(head)}` : "checkout"}: every uncovered dependency fails this check, since new gaps cannot be told from old ones, and the config file was not read (only the action's inputs${options.orgConfig ? ` and the organisation config ${options.orgConfig.label}` : ""} apply). Fix: let the job reach origin, or check out with \`fetch-depth: 0\`.`;
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
  const where = revisions.twoDot ? `base ${short2(from)}` : `the merge base ${short2(from)}`;
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
  if (config.mode === "sweep") {
    log(`mode: sweep: checking the whole repository at head ${short2(revisions.head)}`);
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
  const early = deferredWarnings(warn);
  const earlyPlan = layout ? void 0 : await readPlan(head, config, early.warn);
  const lint = earlyPlan?.plan ? startPlanLint(earlyPlan.plan, { root, files: head.files, source: head.source, config, catalog, now, warn: early.warn }) : void 0;
  const openSource = (_root, commit) => new GitRevisionSource(root, commit, objects);
  const diff = await diffDependencies(root, { base: revisions.base, head: revisions.head }, catalog, { exclude: config.exclude, revisions, headFiles, changed: await changes, openSource, counts: (dep) => gateCounts(dep, config) });
  for (const line of diff.log) log(line);
  early.release();
  const changed = changedPaths(diff.changedFiles);
  const changedSet = new Set(changed);
  const baseFiles = baseListing(headFiles, diff.changedFiles);
  const base = await revisionSnapshot(root, from, baseFiles, objects);
  try {
    const makeAttribute = (planEdited2, basePlan2, baseCoverage2, planRead2) => async (findings, plan) => {
      const deletes = diff.changedFiles.some((f) => f.status === "deleted" || f.status === "type-changed");
      if (findings.length === 0 || !planEdited2 && !deletes) return findings.map((f) => ({ ...f, causedByChange: false }));
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
  resolveDiffTarget,
  RevisionInputError,
  checkRepository
};
