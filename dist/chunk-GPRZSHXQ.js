import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  DOT_EXCLUDED,
  SCHEME_RUN_START,
  stripTrailing
} from "./chunk-AGHLWIT3.js";

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

export {
  lapseIgnores,
  lapsedIgnoreFindings,
  computeCoverage
};
