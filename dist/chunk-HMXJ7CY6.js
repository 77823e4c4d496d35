import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  LINE_BREAK,
  parsePlan,
  redactSecrets,
  startLint
} from "./chunk-ZUV7M45Y.js";
import {
  MAX_FILE_BYTES,
  WorkTreeSource,
  decodeText,
  describeMenu,
  listTrackedFiles,
  scanSource,
  scannablePaths,
  tooLarge
} from "./chunk-T3R2U76W.js";
import {
  DOT_EXCLUDED,
  SCHEME_RUN_START,
  stripTrailing
} from "./chunk-ZHGTTFTF.js";
import {
  Minimatch
} from "./chunk-VGCUJHZJ.js";
import {
  loadBuiltinRules,
  loadCatalog,
  makeCatalog,
  parseRule
} from "./chunk-7JPQC4DW.js";
import {
  ConfigError,
  mergeConfig,
  parseConfigFile
} from "./chunk-4I77DZQO.js";
import {
  failScopeText,
  gateCounts,
  inFailScope
} from "./chunk-D3U573I3.js";
import {
  git,
  splitNul
} from "./chunk-JA33RAIK.js";
import {
  childEnv
} from "./chunk-YC7J5WRS.js";

// src/check/run.ts
import { existsSync as existsSync3, readFileSync, realpathSync } from "node:fs";
import path5 from "node:path";

// src/config/ignores.ts
function utcDay(now) {
  return now.toISOString().slice(0, 10);
}
function hasLapsed(entry, now) {
  return entry.until !== void 0 && entry.until < utcDay(now);
}
function lapseIgnores(config, now) {
  const lapsed = config.ignore.filter((entry) => hasLapsed(entry, now));
  if (lapsed.length === 0) return config;
  return { ...config, ignore: config.ignore.filter((entry) => !lapsed.includes(entry)), lapsedIgnores: [...config.lapsedIgnores ?? [], ...lapsed] };
}
function lapsedIgnoreFindings(config) {
  return (config.lapsedIgnores ?? []).map((entry) => ({
    rule: "ignore-expired",
    severity: "warning",
    path: entry.file ?? ".github/paramedic.yml",
    line: entry.line ?? 1,
    message: `The ignore entry for "${entry.id}" (${entry.owner ? `owner ${entry.owner}` : "no owner named"}) lapsed after ${entry.until}: ${entry.id} counts as a dependency again (the entry said: ${entry.reason}).`,
    hint: `Write its recovery scenario in the plan, or have ${entry.owner ?? "its owner"} review the exception and set a new \`until:\` date.`
  }));
}
function ignoreReason(entry) {
  const terms = [entry.until ? `until ${entry.until}` : "", entry.owner ? `owner ${entry.owner}` : ""].filter(Boolean);
  return `ignored in config${terms.length ? ` (${terms.join(", ")})` : ""}: ${entry.reason}`;
}

// src/plan/coverage.ts
var OUT_OF_SCOPE = /\b(out of scope|not (?:in scope|covered)|n\/a|not applicable)\b/i;
var STEP_LINE = /^\s{0,6}(?:\d{1,3}[.)]\s+\S|#{1,6}\s+step\s+\d)/i;
var FENCE = /^\s*(```|~~~)/;
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function aliasPattern(rule) {
  const alternatives = (terms) => [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 2))].sort((a, b) => b.length - a.length).map((t) => escapeRegex(t).replace(/(?:\\ |\s)+/g, "[\\s_-]+")).join("|");
  const anyCase = alternatives(rule.aliases.length > 0 ? rule.aliases : [rule.id]);
  const asWritten = alternatives([rule.name]);
  const word = (body) => `(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`;
  return new RegExp(`${word(asWritten)}${anyCase ? `|${word(foldCase(anyCase))}` : ""}`, "u");
}
function foldCase(body) {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") {
      out += c + (body[i + 1] ?? "");
      i++;
      continue;
    }
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    out += lower !== upper && lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : c;
  }
  return out;
}
var matcherCache = /* @__PURE__ */ new WeakMap();
function aliasMatcher(rule) {
  let matcher = matcherCache.get(rule);
  if (!matcher) {
    const words = [rule.name, ...rule.aliases.length > 0 ? rule.aliases : [rule.id]].map((t) => t.trim().split(/\s+/)[0].toLowerCase()).filter((w) => w.length >= 2);
    let pattern;
    matcher = { id: rule.id, words: [...new Set(words)], test: (text) => (pattern ??= aliasPattern(rule)).test(text) };
    matcherCache.set(rule, matcher);
  }
  return matcher;
}
var ASIDE = /^(?:future\b|roadmap\b|(?:current |known )?(?:architecture )?limitations?\b|prevent(?:ion|ive)\b|(?:preventing|prevent) recurrence\b|lessons learned\b|alternatives? considered\b|nice to have\b|wish ?list\b|automatic mitigations?\b)|\bnot yet (?:built|implemented|available|done|in place)\b|\balready implemented\b/i;
function asideTitle(text) {
  return ASIDE.test(text.replace(/^[^\p{L}\p{N}]+/u, "").replace(/^\d+(?:\.\d+)*[.)]?\s+/, "").trim());
}
var HEADING_OPEN = /^\s{0,3}(#{1,6})\s+/;
function headingLine(line) {
  const open = HEADING_OPEN.exec(line);
  if (!open) return void 0;
  const text = stripTrailing(line.slice(open[0].length).trimEnd(), "#").trimEnd();
  return DOT_EXCLUDED.test(text) ? void 0 : { depth: open[1].length, text };
}
var LABEL_OPEN = /^\s*(?:[-*+]\s+)?(?:\*\*|__)([^*_]+)(?:\*\*|__)/;
function labelLine(line) {
  const open = LABEL_OPEN.exec(line);
  if (!open) return void 0;
  let rest = line.slice(open[0].length).trimStart();
  if (rest.startsWith(":")) rest = rest.slice(1).trimStart();
  return DOT_EXCLUDED.test(rest) ? void 0 : { label: open[1], rest };
}
var LIST_OR_INDENTED = /^(?:\s{2,}\S|\s*(?:[-*+]|\d{1,3}[.)])\s)/;
var GENERIC_TITLE = /^(?:(?:emergency|full|complete|partial|manual|automated|automatic|point-in-time|point in time|database|data|db|backup|snapshot|disaster|cluster|primary|instance|service)\s+)*(?:restore|restoration|recovery|recover|fail-?over|rollback|roll back)(?:\s+(?:steps|procedures?|process|runbook|plan|guide|from (?:a )?(?:backup|snapshot)s?|to (?:a )?(?:point in time|replica|standby|secondary)))*$/i;
var EXAMPLE_LIST = /\(([^()]*)\)/g;
function withoutExampleLists(line) {
  const choices = (inner) => inner.split(/\/|,|\bor\b/).filter((part) => part.trim() !== "").length;
  return line.replace(EXAMPLE_LIST, (whole, inner) => /\betc\b|\be\.g\.|…/i.test(inner) || choices(inner) >= 3 ? " " : whole);
}
var BRING_UP_VERBS = /* @__PURE__ */ new Set(["up", "start", "stop", "restart", "down", "pull", "ps", "logs", "create", "rm", "kill", "pause", "unpause", "scale", "status", "reload"]);
function isBringUp(command) {
  if (/[|;&]/.test(command)) return false;
  let words = command.trim().replace(/^\$\s+/, "").split(/\s+/);
  if (words[0] === "sudo") words = words.slice(1);
  let rest;
  if ((words[0] === "docker" || words[0] === "podman") && words[1] === "compose") rest = words.slice(2);
  else if (words[0] === "docker-compose" || words[0] === "podman-compose" || words[0] === "systemctl" || words[0] === "supervisorctl" || words[0] === "pm2") rest = words.slice(1);
  else if (words[0] === "kubectl" && words[1] === "rollout") rest = words.slice(2);
  else return false;
  let i = 0;
  while (i < rest.length && rest[i].startsWith("-")) i += /^-[a-z]$/i.test(rest[i]) ? 2 : 1;
  if (!BRING_UP_VERBS.has(rest[i] ?? "")) return false;
  const targets = rest.slice(i + 1).filter((word) => !word.startsWith("-"));
  return targets.length >= 2;
}
function withoutBringUps(line) {
  return line.replace(/`([^`]+)`/g, (whole, inner) => isBringUp(inner) ? " " : whole);
}
var DIAGRAM = /[\u2500-\u257F]/;
var EMPTY_URL = new RegExp(String.raw`${SCHEME_RUN_START}[a-z][a-z0-9+.-]*:\/\/(?:\.{3}|…|<[^>\s]*>)?(?=[\s"'\`),;]|$)`, "gi");
function withoutEmptyUrls(line) {
  return line.replace(EMPTY_URL, (_all, lead) => lead);
}
function evidenceText(scenario) {
  const kept = [scenario.heading];
  if (scenario.context && GENERIC_TITLE.test(scenario.title)) kept.push(scenario.context);
  let inFence = false;
  let asideDepth = 0;
  let asideList = false;
  let labelIndent = -1;
  for (const line of scenario.body.split(/\r?\n/)) {
    const t = line.trim();
    if (FENCE.test(line)) {
      if (!inFence && asideList && !/^\s{2,}/.test(line)) asideList = false;
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (!asideDepth && !asideList && !t.startsWith("|") && !OUT_OF_SCOPE.test(t) && !DIAGRAM.test(t) && !isBringUp(t)) kept.push(withoutExampleLists(withoutEmptyUrls(line)));
      continue;
    }
    const heading = headingLine(line);
    if (heading) {
      const depth = heading.depth;
      if (asideDepth && depth > asideDepth) continue;
      asideDepth = asideTitle(heading.text) ? depth : 0;
      asideList = false;
      if (asideDepth) continue;
    } else if (asideDepth) {
      continue;
    } else if (asideList && (t === "" || (labelIndent < 0 ? LIST_OR_INDENTED.test(line) : line.search(/\S/) > labelIndent))) {
      continue;
    } else {
      asideList = false;
      const label = labelLine(line);
      if (label && asideTitle(label.label)) {
        asideList = true;
        labelIndent = /^\s*[-*+]\s/.test(line) ? line.search(/\S/) : -1;
        continue;
      }
    }
    if (t.startsWith("|") || OUT_OF_SCOPE.test(t) || DIAGRAM.test(t)) continue;
    kept.push(withoutExampleLists(withoutEmptyUrls(withoutBringUps(line))));
  }
  return kept.join("\n");
}
var INLINE_COMMAND = /`((?:sudo\s+)?[a-z][\w.-]*(?:\s+[^`\s]+)+)`/;
var ACTIONS_TITLE = /^(?:actions?|steps|procedure|what to do|response|remediation|resolution|mitigation(?: strategy)?|recovery(?: steps)?)\s*:?$/i;
var BULLET = /^\s{0,3}[-*+]\s+\S/;
function hasProcedure(scenario) {
  if (scenario.codeBlocks.length > 0) return true;
  let inFence = false;
  let underActions = false;
  let bullets = 0;
  for (const line of scenario.body.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence && (STEP_LINE.test(line) || INLINE_COMMAND.test(line))) return true;
    if (inFence) continue;
    const heading = headingLine(line)?.text ?? labelLine(line)?.label;
    if (heading !== void 0) {
      underActions = ACTIONS_TITLE.test(heading.replace(/^[^\p{L}]+/u, "").trim());
      bullets = 0;
    } else if (underActions && BULLET.test(line) && ++bullets >= 2) {
      return true;
    }
  }
  return false;
}
function computeCoverage(plan, catalog, options = {}) {
  const scenarioCovers = /* @__PURE__ */ new Map();
  const coveredBy = /* @__PURE__ */ new Map();
  const coveredBecause = /* @__PURE__ */ new Map();
  const matchers = catalog.rules.map(aliasMatcher);
  for (const scenario of plan?.scenarios ?? []) {
    const text = evidenceText(scenario);
    const lower = text.toLowerCase();
    const ids = hasProcedure(scenario) ? matchers.filter((m) => m.words.some((w) => lower.includes(w)) && m.test(text)).map((m) => m.id) : [];
    scenarioCovers.set(scenario.title, ids);
    if ((scenario.draft || scenario.stubLeftovers) && !options.acceptDrafts) continue;
    for (const id of ids) coveredBy.set(id, [...coveredBy.get(id) ?? [], scenario.title]);
  }
  for (const marker of plan?.markers ?? []) {
    for (const id of marker.ids) {
      coveredBecause.set(id, `plan marker at ${plan.path}:${marker.line}${marker.reason ? `: ${marker.reason}` : ""}`);
    }
  }
  for (const entry of options.ignore ?? []) coveredBecause.set(entry.id, ignoreReason(entry));
  return { scenarioCovers, coveredBy, coveredBecause };
}

// src/check/config-source.ts
import path from "node:path";

// src/diff/revision-source.ts
import { spawn } from "node:child_process";
function parseHeader(line) {
  const object = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(line);
  if (object) return { kind: "object", type: object[1], size: Number(object[2]) };
  const link = /^(symlink|dangling|loop|notdir) (\d+)$/.exec(line);
  if (link) return { kind: "link-problem", problem: link[1], size: Number(link[2]) };
  if (line.endsWith(" missing") || line.endsWith(" ambiguous")) return { kind: "missing" };
  return null;
}
var LINK_REASONS = {
  symlink: ["link-out", "symbolic link leaves the repository; not followed"],
  dangling: ["missing", "symbolic link points to nothing at this revision"],
  loop: ["error", "symbolic link loop; not followed"],
  notdir: ["missing", "a path component is not a directory at this revision"]
};
function judge(header, body) {
  if (header.kind === "link-problem") {
    const [code, reason] = LINK_REASONS[header.problem] ?? ["error", "symbolic link not followed"];
    return { ok: false, code, reason };
  }
  if (header.type !== "blob") return { ok: false, code: "not-a-file", reason: header.type === "tree" ? "a directory at this revision" : "not a regular file" };
  return decodeText(body);
}
var GitObjectReader = class {
  constructor(root) {
    this.root = root;
  }
  root;
  child;
  queue = [];
  chunks = [];
  buffered = 0;
  /** the header whose body is still arriving */
  header = null;
  /** bytes still to drop from an oversized body */
  discard = 0;
  failure;
  closed = false;
  /** `relPath` as it is at `commit` (a resolved sha). */
  read(commit, relPath, options = {}) {
    if (this.closed) return Promise.resolve({ ok: false, code: "error", reason: "revision reader is closed" });
    if (relPath.includes("\n")) return Promise.resolve({ ok: false, code: "error", reason: "path holds a newline; cannot be read at a revision" });
    if (relPath.startsWith("./") || relPath.startsWith("../")) return Promise.resolve({ ok: false, code: "error", reason: "not a repository-relative path" });
    const child = this.start();
    if (this.failure) return Promise.resolve({ ok: false, code: "error", reason: this.failure });
    return new Promise((resolve) => {
      this.queue.push({ maxBytes: options.maxBytes ?? MAX_FILE_BYTES, resolve });
      child.stdin.write(`${commit}:${relPath}
`);
    });
  }
  /** Ends the git process; pending reads still get their answers first. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    const child = this.child;
    if (!child || child.exitCode !== null || this.failure) return;
    await new Promise((resolve) => {
      child.once("close", () => resolve());
      child.stdin.end();
    });
  }
  start() {
    if (this.child) return this.child;
    const child = spawn("git", ["cat-file", "--batch", "--follow-symlinks"], {
      cwd: this.root,
      stdio: ["pipe", "pipe", "pipe"],
      env: childEnv({ git: true, workspace: this.root })
    });
    let stderr = "";
    child.stdout.on("data", (chunk) => this.onData(chunk));
    child.stderr.on("data", (chunk) => stderr += chunk.toString("utf8"));
    child.stdin.on("error", () => void 0);
    child.on("error", (error) => this.fail(`git cat-file could not start: ${error.message}`));
    child.on("close", (code) => this.fail(`git cat-file ended (exit ${code ?? "signal"})${stderr.trim() ? `: ${stderr.trim()}` : ""}`));
    this.child = child;
    return child;
  }
  /** Answers every pending read with the reason, and every later one too. */
  fail(reason) {
    this.failure ??= reason;
    for (const pending of this.queue.splice(0)) pending.resolve({ ok: false, code: "error", reason: this.failure });
  }
  onData(chunk) {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (; ; ) {
      if (this.discard > 0) {
        const drop = Math.min(this.discard, this.buffered);
        this.keep(this.joined().subarray(drop));
        this.discard -= drop;
        if (this.discard > 0) return;
        continue;
      }
      if (!this.header) {
        const all2 = this.joined();
        const eol = all2.indexOf(10);
        if (eol === -1) return;
        const line = all2.subarray(0, eol).toString("utf8");
        this.keep(all2.subarray(eol + 1));
        const header2 = parseHeader(line);
        if (!header2) {
          this.fail(`unexpected answer from git cat-file: ${line.slice(0, 80)}`);
          this.child?.kill();
          return;
        }
        if (header2.kind === "missing") {
          this.answer({ ok: false, code: "missing", reason: "file does not exist at this revision" });
          continue;
        }
        const cap = this.queue[0]?.maxBytes ?? MAX_FILE_BYTES;
        if (header2.kind === "object" && header2.type === "blob" && header2.size > cap) {
          this.answer(tooLarge(header2.size, cap));
          this.discard = header2.size + 1;
          continue;
        }
        this.header = header2;
      }
      if (this.buffered < this.header.size + 1) return;
      const all = this.joined();
      const body = Buffer.from(all.subarray(0, this.header.size));
      this.keep(all.subarray(this.header.size + 1));
      const header = this.header;
      this.header = null;
      this.answer(judge(header, body));
    }
  }
  answer(result) {
    this.queue.shift()?.resolve(result);
  }
  /** All buffered bytes as one Buffer (copies only when there are several chunks). */
  joined() {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }
  keep(rest) {
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
  }
};
var GitRevisionSource = class {
  constructor(root, commit, shared) {
    this.commit = commit;
    this.reader = shared ?? new GitObjectReader(root);
    this.owned = !shared;
  }
  commit;
  reader;
  owned;
  closed = false;
  /** paths read so far, in order: lets callers log (and tests prove) what a diff cost */
  requested = [];
  read(relPath, options = {}) {
    this.requested.push(relPath);
    if (this.closed) return Promise.resolve({ ok: false, code: "error", reason: "revision reader is closed" });
    return this.reader.read(this.commit, relPath, options);
  }
  /** Ends the git process when this source owns it; pending reads still get their answers first. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    if (this.owned) await this.reader.close();
  }
};

// src/check/config-source.ts
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
  return found[0] ? parseConfigFile(found[0].text, found[0].rel) : {};
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
  return null;
}

// src/check/plan-findings.ts
var MAX_PLAN_BYTES = 2 * 1024 * 1024;
function locatePlan(files, config, exists) {
  const markdown = scannablePaths(files.filter((p) => /\.(?:md|markdown)$/i.test(p)), { exclude: config.exclude });
  return findPlan("", markdown, config.docPath || void 0, exists);
}
async function readPlan(snapshot, config, warn) {
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
  const run = startLint(plan, { root: options.root, repoFiles: new Set(options.files), ...options.source ? { source: options.source } : {}, config: { ...options.config, lint }, catalog: options.catalog, now: options.now, warn: options.warn });
  return {
    async finish(dependencyIds, scenarioCovers) {
      const findings = [...await run.finish({ dependencyIds, scenarioCovers }), ...unfinishedDrafts(plan)];
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

// src/diff/tree.ts
async function listTree(root, commit) {
  const result = await git(root, ["-c", "core.quotePath=false", "ls-tree", "-r", "-z", "--name-only", "--full-tree", commit]);
  if (result.code !== 0) throw new Error(`git ls-tree ${commit.slice(0, 7)} failed: ${result.stderr.trim() || `exit ${result.code}`}`);
  return splitNul(result.stdout).sort();
}

// src/check/snapshot.ts
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
function loadConfigFile(root, configured) {
  const candidates = configured ? [configured] : CONFIG_FILES.filter((rel2) => existsSync3(path5.resolve(root, rel2)));
  if (configured && !existsSync3(path5.resolve(root, configured))) throw new ConfigError(`config file ${configured} not found`);
  if (candidates.length > 1) throw new ConfigError(`${candidates.join(" and ")} both exist; Paramedic reads one config file: keep one`);
  const rel = candidates[0];
  if (!rel) return {};
  if (linksOutOf(root, rel)) throw new ConfigError(`${rel}: the config file is a symbolic link that leaves the repository; not read`);
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
  const { dependencies, warnings, menus } = await scanSource(snapshot.root, scannablePaths(snapshot.files, { exclude: config.exclude }), snapshot.source, catalog, snapshot.commit);
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
  const config = lapseIgnores(options.config ?? mergeConfig(loadConfigFile(root)), options.now ?? /* @__PURE__ */ new Date());
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
async function assemble(root, snapshot, config, catalog, warn, options) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const planRead = options.planRead ?? await readPlan(snapshot, config, warn);
  const plan = planRead.plan;
  const lint = options.lint ?? (plan ? startPlanLint(plan, { root, files: snapshot.files, source: snapshot.source, config, catalog, now, warn }) : void 0);
  const { dependencies, warnings, notices: scanNotices } = await dependenciesFor(snapshot, catalog, config, options);
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
  GitObjectReader,
  GitRevisionSource,
  listTree,
  lapseIgnores,
  computeCoverage,
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
