import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  isInside,
  readFileInside,
  realPathOf
} from "./chunk-7ZLZFHH5.js";
import {
  CATEGORIES
} from "./chunk-EXPTTWJG.js";

// src/catalog/load.ts
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
var ECOSYSTEMS = ["npm", "pypi", "gem", "go", "composer", "cargo", "maven", "nuget", "hex"];
var SIGNAL_KEYS = /* @__PURE__ */ new Set([...ECOSYSTEMS, "env", "env-values", "url-schemes", "images", "terraform", "terraform-modules", "helm", "prisma", "platform"]);
var TOP_KEYS = /* @__PURE__ */ new Set(["id", "name", "category", "tier", "aliases", "signals", "recovery", "disabled"]);
var RuleError = class extends Error {
  constructor(file, line, message) {
    super(`${file}${line ? `:${line}` : ""}: ${message}`);
    this.file = file;
    this.line = line;
  }
  file;
  line;
};
function builtinRulesDir() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, "rules");
    if (existsSync(path.join(dir, "action.yml")) && existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error("paramedic: built-in rules/ folder not found beside the bundle");
}
function patterns(value, file, key) {
  if (value == null) return [];
  if (!Array.isArray(value)) throw new RuleError(file, void 0, `signals.${key} must be a list`);
  return value.map((item) => {
    if (typeof item === "string") return { name: item };
    if (item && typeof item === "object" && typeof item.name === "string") {
      const { name, provider } = item;
      const rawEngine = item.engine;
      const rawImports = item.imports;
      if (rawImports != null && !ECOSYSTEMS.includes(key)) throw new RuleError(file, void 0, `signals.${key} entries take no imports`);
      const imports = rawImports == null ? void 0 : [].concat(rawImports).map(String);
      if (rawEngine != null && key !== "terraform-modules") throw new RuleError(file, void 0, `signals.${key} entries take no engine`);
      const engine = rawEngine == null ? void 0 : [].concat(rawEngine).map(String);
      return { name, ...provider ? { provider } : {}, ...engine ? { engine } : {}, ...imports ? { imports } : {} };
    }
    throw new RuleError(file, void 0, `signals.${key} entries are names or {name, provider}`);
  });
}
function terraformPatterns(value, file) {
  if (value == null) return [];
  if (!Array.isArray(value)) throw new RuleError(file, void 0, "signals.terraform must be a list");
  return value.map((item) => {
    if (typeof item === "string") return { type: item };
    const entry = item;
    if (!entry || typeof entry.type !== "string") throw new RuleError(file, void 0, "signals.terraform entries need a type");
    const engine = entry.engine == null ? void 0 : [].concat(entry.engine).map(String);
    return { type: entry.type, ...engine ? { engine } : {}, ...typeof entry.provider === "string" ? { provider: entry.provider } : {} };
  });
}
function ruleFromYaml(yaml, text, file) {
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new RuleError(file, error.linePos?.[0]?.line, error.message.split("\n")[0]);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 1e3 });
  } catch (error) {
    throw new RuleError(file, void 0, error instanceof Error ? error.message.split("\n")[0] : String(error));
  }
  return ruleFromObject(data, file);
}
function ruleFromObject(data, file) {
  const raw = data;
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new RuleError(file, 1, "a rule is a YAML mapping");
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.has(key)) throw new RuleError(file, void 0, `unknown key "${key}"`);
  }
  if (typeof raw.id !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(raw.id)) {
    throw new RuleError(file, void 0, "id must be lowercase letters, digits and dashes");
  }
  if (raw.disabled === true) return { disabled: raw.id };
  if (typeof raw.name !== "string") throw new RuleError(file, void 0, "name is required");
  if (!CATEGORIES.includes(raw.category)) {
    throw new RuleError(file, void 0, `category must be one of ${CATEGORIES.join(", ")}`);
  }
  const tier = raw.tier ?? 2;
  if (tier !== 1 && tier !== 2 && tier !== 3) throw new RuleError(file, void 0, "tier must be 1, 2 or 3");
  const rawSignals = raw.signals ?? {};
  for (const key of Object.keys(rawSignals)) {
    if (!SIGNAL_KEYS.has(key)) throw new RuleError(file, void 0, `unknown signal source "${key}"`);
  }
  const signals = { packages: {} };
  for (const eco of ECOSYSTEMS) {
    const list = patterns(rawSignals[eco], file, eco);
    if (list.length) signals.packages[eco] = list;
  }
  signals.env = patterns(rawSignals.env, file, "env");
  signals.envValues = patterns(rawSignals["env-values"], file, "env-values");
  signals.urlSchemes = patterns(rawSignals["url-schemes"], file, "url-schemes");
  signals.images = patterns(rawSignals.images, file, "images");
  signals.terraform = terraformPatterns(rawSignals.terraform, file);
  signals.terraformModules = patterns(rawSignals["terraform-modules"], file, "terraform-modules");
  signals.helm = patterns(rawSignals.helm, file, "helm");
  signals.prisma = patterns(rawSignals.prisma, file, "prisma");
  signals.platform = patterns(rawSignals.platform, file, "platform");
  const recovery = raw.recovery ?? {};
  return {
    id: raw.id,
    name: raw.name,
    category: raw.category,
    tier,
    aliases: Array.isArray(raw.aliases) ? raw.aliases.map(String) : [],
    signals,
    recovery: {
      failure: typeof recovery.failure === "string" ? recovery.failure : "unavailable",
      impact: typeof recovery.impact === "string" ? recovery.impact : `Features that depend on ${raw.name} fail.`,
      managed: recovery.managed === true,
      ...typeof recovery["status-page"] === "string" ? { statusPage: recovery["status-page"] } : {},
      ...Array.isArray(recovery.verify) ? { verify: recovery.verify.map(String) } : {},
      ...typeof recovery.detection === "string" ? { detection: recovery.detection } : {},
      ...typeof recovery.degrade === "string" ? { degrade: recovery.degrade } : {}
    },
    origin: file
  };
}
function ruleFilesIn(dir) {
  return readdirSync(dir).filter((name) => name.endsWith(".yml") || name.endsWith(".yaml")).sort().map((name) => path.join(dir, name));
}
var PLAIN_ID = /^[a-z0-9-]*$/;
function makeCatalog(rules) {
  const plain = rules.every((rule) => PLAIN_ID.test(rule.id));
  const sorted = [...rules].sort(plain ? (a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0 : (a, b) => a.id.localeCompare(b.id));
  return { rules: sorted, byId: new Map(sorted.map((rule) => [rule.id, rule])) };
}
var builtinCache;
function precompiledRules() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, path.dirname(here)]) {
    const file = path.join(dir, "catalog.json");
    if (existsSync(file) && existsSync(path.join(dir, "index.js"))) return JSON.parse(readFileSync(file, "utf8"));
  }
  return void 0;
}
function sourceRules() {
  const yaml = createRequire(import.meta.url)("yaml");
  return ruleFilesIn(builtinRulesDir()).map((file) => [file, () => ruleFromYaml(yaml, readFileSync(file, "utf8"), `rules/${path.basename(file)}`)]);
}
function loadBuiltinRules() {
  if (!builtinCache) {
    const precompiled = precompiledRules();
    const entries = precompiled ? Object.entries(precompiled).map(([origin, data]) => [origin, () => ruleFromObject(data, origin)]) : sourceRules();
    builtinCache = entries.map(([origin, read]) => {
      const rule = read();
      if ("disabled" in rule) throw new Error(`built-in rule ${origin} cannot be disabled`);
      return rule;
    });
  }
  return builtinCache;
}
async function loadCatalog(userDir, warn, root) {
  const byId = new Map(loadBuiltinRules().map((rule) => [rule.id, rule]));
  if (userDir) {
    let files = [];
    const realDir = realPathOf(userDir);
    const realRoot = root ? realPathOf(root) ?? path.resolve(root) : void 0;
    if (root && realRoot && realDir && isInside(path.resolve(root), path.resolve(userDir)) && !isInside(realRoot, realDir)) {
      warn?.(`rules folder ${path.relative(root, userDir) || userDir} is a symbolic link that leaves the repository; not read, using the built-in catalog only`);
    } else {
      try {
        files = ruleFilesIn(userDir);
      } catch {
        warn?.(`rules folder ${userDir} not found; using the built-in catalog only`);
      }
    }
    const { parseRule } = files.length > 0 ? await import("./chunk-RHHXHMY2.js") : { parseRule: void 0 };
    for (const file of files) {
      const shown = path.relative(process.cwd(), file) || file;
      const read = readFileInside(realDir ?? userDir, file);
      if (!read.ok) {
        warn?.(`${shown}: ${read.reason}; rule not loaded`);
        continue;
      }
      try {
        const rule = parseRule(read.text, shown);
        if ("disabled" in rule) byId.delete(rule.disabled);
        else byId.set(rule.id, rule);
      } catch (error) {
        warn?.(error instanceof Error ? error.message : String(error));
      }
    }
  }
  return makeCatalog([...byId.values()]);
}

export {
  RuleError,
  builtinRulesDir,
  ruleFromYaml,
  ruleFromObject,
  makeCatalog,
  loadBuiltinRules,
  loadCatalog
};
