import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  CONFIDENCES,
  DEFAULT_FAIL_ON_CONFIDENCE
} from "./chunk-D3U573I3.js";
import {
  CATEGORIES,
  TIERS
} from "./chunk-EXPTTWJG.js";

// src/config/schema.ts
import { posix } from "node:path";
var DEFAULT_CONFIG = {
  failOn: "new-gaps",
  failOnConfidence: DEFAULT_FAIL_ON_CONFIDENCE,
  accept: [],
  failOnTier: 3,
  failOnCategories: [],
  failOnFindings: "error",
  docPath: "",
  plans: {},
  rules: "",
  exclude: [],
  ignore: [],
  acceptDrafts: false,
  lint: {},
  staleAfterDays: 180,
  shellcheck: "",
  draft: "suggest",
  draftTier3: "note",
  comment: "auto",
  mode: "auto",
  trackingIssue: false
};
var ConfigError = class extends Error {
  problems;
  constructor(message, problems) {
    super(message);
    this.problems = problems ?? [message];
  }
};
var SEVERITIES = ["error", "warning", "notice"];
var INVALID = /* @__PURE__ */ Symbol("invalid");
var oneOf = (values) => (value, report) => {
  if (typeof value === "string" && values.includes(value)) return value;
  report(`must be one of ${values.join(", ")} (got ${JSON.stringify(value)})`);
  return INVALID;
};
var bool = (value, report) => {
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  report(`must be true or false (got ${JSON.stringify(value)})`);
  return INVALID;
};
var commentMode = (value, report) => {
  if (value === true || value === "true") return "always";
  if (value === false || value === "false") return "never";
  if (value === "auto" || value === "always" || value === "never") return value;
  report(`must be one of auto, always, never (or true/false) (got ${JSON.stringify(value)})`);
  return INVALID;
};
var str = (value, report) => {
  if (typeof value === "string") return value;
  report("must be a string");
  return INVALID;
};
var strList = (value, report) => {
  if (typeof value === "string") return value.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
  report("must be a list of strings");
  return INVALID;
};
var positiveInt = (value, report) => {
  const n = typeof value === "string" ? Number(value) : value;
  if (typeof n === "number" && Number.isInteger(n) && n > 0) return n;
  report("must be a positive whole number");
  return INVALID;
};
function isCalendarDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
var IGNORE_KEYS = /* @__PURE__ */ new Set(["id", "reason", "until", "owner"]);
var ignoreList = (value, report) => {
  if (!Array.isArray(value)) {
    report("must be a list of {id, reason, until, owner}");
    return INVALID;
  }
  const entries = [];
  value.forEach((entry, i) => {
    const e = entry;
    if (!e || typeof e !== "object" || typeof e.id !== "string" || typeof e.reason !== "string" || !e.reason.trim()) {
      report("each entry needs an id and a non-empty reason", [i]);
      return;
    }
    let ok = true;
    for (const key of Object.keys(e)) {
      if (!IGNORE_KEYS.has(key)) {
        report(`unknown key "${key}" (known: id, reason, until, owner)`, [i, key]);
        ok = false;
      }
    }
    const until = e.until instanceof Date ? e.until.toISOString().slice(0, 10) : e.until;
    if (until !== void 0 && (typeof until !== "string" || !isCalendarDate(until))) {
      report(`must be a date written YYYY-MM-DD (got ${JSON.stringify(e.until)})`, [i, "until"]);
      ok = false;
    }
    if (e.owner !== void 0 && (typeof e.owner !== "string" || !e.owner.trim())) {
      report('must be a non-empty string (a person or team, e.g. "@acme/payments")', [i, "owner"]);
      ok = false;
    }
    if (!ok) return;
    entries.push({ id: e.id, reason: e.reason.trim(), ...typeof until === "string" ? { until } : {}, ...typeof e.owner === "string" ? { owner: e.owner.trim() } : {} });
  });
  return entries;
};
var tier = (value, report) => {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (TIERS.includes(n)) return n;
  report(`must be one of the catalog's tiers ${TIERS.join(", ")} (1: data is lost or the product is down, 2: a core flow breaks, 3: a feature degrades) (got ${JSON.stringify(value)})`);
  return INVALID;
};
var categoryList = (value, report) => {
  const list = strList(value, report);
  if (list === INVALID) return INVALID;
  const out = [];
  let ok = true;
  list.forEach((name, i) => {
    if (CATEGORIES.includes(name)) out.push(name);
    else {
      report(`unknown category ${JSON.stringify(name)} (the catalog's categories: ${CATEGORIES.join(", ")})`, Array.isArray(value) ? [i] : []);
      ok = false;
    }
  });
  return ok ? [...new Set(out)] : INVALID;
};
var planMap = (value, report) => {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    report("must map path globs to plans (services/billing/**: services/billing/DISASTER_RECOVERY.md)");
    return INVALID;
  }
  const out = {};
  let ok = true;
  for (const [glob, plan] of Object.entries(value)) {
    if (typeof plan !== "string" || plan.trim() === "" || !staysInRepository(plan) || !/\.(?:md|markdown)$/i.test(plan)) {
      report(`must name a Markdown plan inside the repository (got ${JSON.stringify(plan)})`, [glob]);
      ok = false;
    } else {
      out[glob] = posix.normalize(plan.replace(/\\/g, "/"));
    }
  }
  return ok ? out : INVALID;
};
var lintLevels = (value, report) => {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    report("must map rule ids to error, warning, notice or off");
    return INVALID;
  }
  const out = {};
  for (const [rule, level] of Object.entries(value)) {
    const parsed = oneOf([...SEVERITIES, "off"])(level, (message) => report(message, [rule]));
    if (parsed !== INVALID) out[rule] = parsed;
  }
  return out;
};
var FIELDS = {
  "fail-on": ["failOn", oneOf(["new-gaps", "any-gap", "never"])],
  "fail-on-confidence": ["failOnConfidence", oneOf(CONFIDENCES)],
  accept: ["accept", strList],
  "fail-on-tier": ["failOnTier", tier],
  "fail-on-categories": ["failOnCategories", categoryList],
  "fail-on-findings": ["failOnFindings", oneOf([...SEVERITIES, "never"])],
  "doc-path": ["docPath", str],
  plans: ["plans", planMap],
  rules: ["rules", str],
  exclude: ["exclude", strList],
  ignore: ["ignore", ignoreList],
  "accept-drafts": ["acceptDrafts", bool],
  lint: ["lint", lintLevels],
  "stale-after-days": ["staleAfterDays", positiveInt],
  shellcheck: ["shellcheck", str],
  draft: ["draft", oneOf(["off", "suggest", "commit"])],
  "draft-tier-3": ["draftTier3", oneOf(["note", "scenario"])],
  comment: ["comment", commentMode],
  mode: ["mode", oneOf(["auto", "pr", "sweep"])],
  "tracking-issue": ["trackingIssue", bool]
};
var CONFIG_KEYS = Object.keys(FIELDS);
var PLACES = /* @__PURE__ */ new WeakMap();
function placeOf(layer, key, fallback) {
  return PLACES.get(layer)?.[key] ?? fallback;
}
function keyOf(field) {
  return Object.entries(FIELDS).find(([, [f]]) => f === field)?.[0] ?? field;
}
function label(key, sub) {
  return key + sub.map((s) => typeof s === "number" ? `[${s}]` : `.${s}`).join("");
}
function parseSettings(raw, where) {
  const out = {};
  const places = {};
  PLACES.set(out, places);
  const problems = [];
  for (const [key, value] of Object.entries(raw)) {
    const field = Object.hasOwn(FIELDS, key) ? FIELDS[key] : void 0;
    if (!field) {
      problems.push(`${where(key)}: unknown setting "${key}" (known: ${CONFIG_KEYS.join(", ")})`);
      continue;
    }
    const parsed = field[1](value, (message, sub = []) => problems.push(`${where(key, sub)}: ${label(key, sub)}: ${message}`));
    if (parsed !== INVALID) {
      out[field[0]] = parsed;
      places[key] = where(key);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join("\n"), problems);
  return out;
}
function staysInRepository(relPath) {
  const normalized = posix.normalize(relPath.replace(/\\/g, "/"));
  return !posix.isAbsolute(normalized) && !/^[A-Za-z]:/.test(normalized) && normalized !== ".." && !normalized.startsWith("../");
}
function mergeConfig(...layers) {
  return Object.assign({}, DEFAULT_CONFIG, ...layers);
}

export {
  DEFAULT_CONFIG,
  ConfigError,
  isCalendarDate,
  CONFIG_KEYS,
  placeOf,
  keyOf,
  parseSettings,
  staysInRepository,
  mergeConfig
};
