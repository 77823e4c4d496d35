import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  collectSignals,
  extractorsFor,
  findUsage
} from "./chunk-46I3BMFG.js";
import "./chunk-LDBRJ2UR.js";
import "./chunk-FMWSTCU6.js";
import "./chunk-QBC4IHSJ.js";
import {
  DEEPEN_CAP,
  DEEPEN_START,
  RevisionError,
  ensureRevisions,
  hasCommit,
  resolveRevision
} from "./chunk-TJPOUTPP.js";
import "./chunk-VIX7GTYN.js";
import {
  isZeroSha,
  resolveDiffTarget
} from "./chunk-FP6KNBKK.js";
import {
  listTree
} from "./chunk-LORJ742J.js";
import {
  GitRevisionSource
} from "./chunk-QXHHJ3V5.js";
import {
  Matcher,
  deploymentModel,
  excludeFilter,
  isSkippedPath,
  matchEvidence,
  resolveDependencies,
  resolveMatched,
  usageRequest
} from "./chunk-7OCZDSZG.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-YIC2S5OT.js";
import {
  git,
  splitNul
} from "./chunk-JA33RAIK.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-SX36J2YO.js";
import "./chunk-AGHLWIT3.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-WWNZIN5X.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-EXPTTWJG.js";
import "./chunk-KJ7NEGQU.js";

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
function readWhole(path) {
  return extractorsFor(path).some((extractor) => !LITERAL_EXTRACTORS.has(extractor.id));
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
      for (const path of batch) found.add(path);
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
var CONTEXT_EXTRACTORS = /* @__PURE__ */ new Set(["env", "compose", "spring", "appsettings", "app-config", "elixir-config", "node-config", "dockerfile", "vercel", "netlify", "fly", "railway", "render", "heroku", "heroku-yml", "procfile", "firebase", "replit"]);
async function withHeadConfidence(root, head, diffSignals, deps, matcher, options, changed, claimedBy = extractorsFor, usageStarted = () => void 0) {
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
  const contextPaths = headPaths.filter((p) => !read.has(p) && claimedBy(p).some((e) => CONTEXT_EXTRACTORS.has(e.id)));
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
  const usageRun = findUsage(root, request, { revision: head, paths: headPaths, settingPaths: changed });
  usageStarted();
  const usage = await usageRun;
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
  const holding = everyFile ? new Set(paths) : await pathsHolding(root, commit, paths.filter((path) => !whole.has(path)), [...needles]);
  const toRead = paths.filter((path) => holding.has(path) || whole.has(path));
  return { side: await readSide(root, commit, toRead, matcher, options), read: toRead.length };
}
async function diffDependencies(root, revs, catalog, options = {}) {
  const revisions = options.revisions ?? await ensureRevisions(root, revs, options);
  const log = [...revisions.log];
  const from = revisions.mergeBase ?? revisions.base;
  const where = revisions.twoDot ? "base" : "the merge base";
  const files = options.changed ?? await changedFiles(root, from, revisions.head);
  const excluded = excludeFilter(options.exclude);
  const claims = /* @__PURE__ */ new Map();
  const claimedBy = (path) => {
    let found = claims.get(path);
    if (!found) claims.set(path, found = extractorsFor(path));
    return found;
  };
  const counts = (path) => claimedBy(path).length > 0 && !isSkippedPath(path) && !excluded(path);
  const manifestFiles = files.filter((f) => counts(f.path));
  const atBase = manifestFiles.filter(existsBefore).map((f) => f.path);
  const atHead = manifestFiles.filter(existsAfter).map((f) => f.path);
  log.push(`${files.length} changed file${files.length === 1 ? "" : "s"}, ${manifestFiles.length} of them manifests: read ${atBase.length} at ${where}, ${atHead.length} at head`);
  const matcher = new Matcher(catalog);
  const [before, after] = await Promise.all([readSide(root, from, atBase, matcher, options), readSide(root, revisions.head, atHead, matcher, options)]);
  const counted = options.counts ?? (() => true);
  let usageStarted;
  const headGitStarted = new Promise((resolve) => usageStarted = resolve);
  const headConfidence = after.deps.length > 0 ? withHeadConfidence(root, revisions.head, after.signals, after.deps, matcher, options, files.filter(existsAfter).map((f) => f.path), claimedBy, usageStarted) : Promise.resolve({ deps: after.deps, ms: 0 });
  headConfidence.then(usageStarted, usageStarted);
  headConfidence.catch(() => void 0);
  const gitStarted = () => void headGitStarted.then(options.onGitStarted);
  const baseIds = new Set(before.deps.map((d) => d.id));
  const headIds = new Set(after.deps.map((d) => d.id));
  const candidates = [.../* @__PURE__ */ new Set([...baseIds, ...headIds])].filter((id) => baseIds.has(id) !== headIds.has(id)).sort();
  let unchanged = { signals: [], deps: [], menus: [], warnings: [], unreadable: [] };
  let sides = {};
  if (candidates.length === 0) gitStarted();
  else {
    const changed = new Set(files.map((f) => f.path));
    const headFiles = options.headFiles ?? await listTree(root, revisions.head);
    const others = headFiles.filter((path) => !changed.has(path) && counts(path));
    const lookup = lookUpServices(root, from, candidates, others, catalog, matcher, options);
    gitStarted();
    const found = await lookup;
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
export {
  DEEPEN_CAP,
  DEEPEN_START,
  GitRevisionSource,
  RevisionError,
  changedFiles,
  changedPaths,
  classifyChanges,
  diffDependencies,
  ensureRevisions,
  hasCommit,
  isZeroSha,
  listTree,
  lookUpServices,
  parseNameStatus,
  resolveDiffTarget,
  resolveRevision
};
