import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  DOT_EXCLUDED,
  LineIndex,
  SCHEME_RUN_START,
  isWhiteSpace,
  objectEntries,
  parse,
  parseJsonWithPositions,
  property,
  skipRun,
  skipWhiteSpace,
  splitLines,
  stripBom,
  stripLeading,
  stripTrailing
} from "./chunk-6LFAWNC3.js";
import {
  CATEGORIES,
  ConfigError,
  DUPLICATE_KEY_MESSAGE,
  duplicateKey,
  failScopeText,
  gateCounts,
  inFailScope,
  mergeConfig,
  parseConfigFile,
  require_dist,
  resolveConfig,
  yamlShapeProblem
} from "./chunk-JKRHNTQI.js";
import {
  require_helpers,
  require_markdownit,
  require_micromark_helpers,
  require_shared
} from "./chunk-W4DOK2OE.js";
import {
  Minimatch,
  minimatch
} from "./chunk-VGCUJHZJ.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunk-KJ7NEGQU.js";

// node_modules/format/format.js
var require_format = __commonJS({
  "node_modules/format/format.js"(exports2, module) {
    (function() {
      var namespace;
      if (typeof module !== "undefined") {
        namespace = module.exports = format;
      } else {
        namespace = (function() {
          return this || (1, eval)("this");
        })();
      }
      namespace.format = format;
      namespace.vsprintf = vsprintf;
      if (typeof console !== "undefined" && typeof console.log === "function") {
        namespace.printf = printf;
      }
      function printf() {
        console.log(format.apply(null, arguments));
      }
      function vsprintf(fmt, replacements) {
        return format.apply(null, [fmt].concat(replacements));
      }
      function format(fmt) {
        var argIndex = 1, args = [].slice.call(arguments), i = 0, n = fmt.length, result = "", c, escaped = false, arg, tmp, leadingZero = false, precision, nextArg = function() {
          return args[argIndex++];
        }, slurpNumber = function() {
          var digits = "";
          while (/\d/.test(fmt[i])) {
            digits += fmt[i++];
            c = fmt[i];
          }
          return digits.length > 0 ? parseInt(digits) : null;
        };
        for (; i < n; ++i) {
          c = fmt[i];
          if (escaped) {
            escaped = false;
            if (c == ".") {
              leadingZero = false;
              c = fmt[++i];
            } else if (c == "0" && fmt[i + 1] == ".") {
              leadingZero = true;
              i += 2;
              c = fmt[i];
            } else {
              leadingZero = true;
            }
            precision = slurpNumber();
            switch (c) {
              case "b":
                result += parseInt(nextArg(), 10).toString(2);
                break;
              case "c":
                arg = nextArg();
                if (typeof arg === "string" || arg instanceof String)
                  result += arg;
                else
                  result += String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
                result += parseInt(nextArg(), 10);
                break;
              case "f":
                tmp = String(parseFloat(nextArg()).toFixed(precision || 6));
                result += leadingZero ? tmp : tmp.replace(/^0/, "");
                break;
              case "j":
                result += JSON.stringify(nextArg());
                break;
              case "o":
                result += "0" + parseInt(nextArg(), 10).toString(8);
                break;
              case "s":
                result += nextArg();
                break;
              case "x":
                result += "0x" + parseInt(nextArg(), 10).toString(16);
                break;
              case "X":
                result += "0x" + parseInt(nextArg(), 10).toString(16).toUpperCase();
                break;
              default:
                result += c;
                break;
            }
          } else if (c === "%") {
            escaped = true;
          } else {
            result += c;
          }
        }
        return result;
      }
    })();
  }
});

// node_modules/markdownlint/lib/defer-require.cjs
var require_defer_require = __commonJS({
  "node_modules/markdownlint/lib/defer-require.cjs"(exports2, module) {
    "use strict";
    function requireMarkdownItCjs2() {
      return require_markdownit();
    }
    module.exports = {
      requireMarkdownItCjs: requireMarkdownItCjs2
    };
  }
});

// node_modules/markdownlint/lib/resolve-module.cjs
var require_resolve_module = __commonJS({
  "node_modules/markdownlint/lib/resolve-module.cjs"(exports2, module) {
    "use strict";
    var nativeRequire = typeof __non_webpack_require__ === "undefined" ? __require : (
      /* c8 ignore next */
      __non_webpack_require__
    );
    var resolveModuleCustomResolve = (resolve2, id, paths = []) => {
      const resolvePaths = resolve2.paths?.("") || [];
      const allPaths = [...paths, ...resolvePaths];
      return resolve2(id, { "paths": allPaths });
    };
    var resolveModule2 = (id, paths) => resolveModuleCustomResolve(nativeRequire.resolve, id, paths);
    module.exports = {
      resolveModule: resolveModule2,
      resolveModuleCustomResolve
    };
  }
});

// src/util/log-text.ts
function escapeLogText(text4) {
  const visible = text4.replace(INVISIBLE, (ch) => ch === "\n" ? "\\n" : ch === "\r" ? "\\r" : `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return visible.replaceAll("##[", "##\\[").replace(LEADING_COMMAND, "$1\\::");
}
var INVISIBLE = new RegExp("[\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f\\u2028\\u2029]|\\p{Cf}", "gu");
var LEADING_COMMAND = /^(\s*)::/;
function jsonForLog(value2) {
  return JSON.stringify(value2, null, 2).replace(new RegExp("[\\u007f-\\u009f\\u2028\\u2029]|\\p{Cf}", "gu"), (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).replaceAll("##[", "##\\u005b");
}
function escapeLogLines(text4) {
  return text4.split("\n").map(escapeLogText).join("\n");
}

// src/check/pipeline.ts
import path18 from "node:path";

// src/discover/extractors/dev-scope.ts
var DEV_TOKENS = /* @__PURE__ */ new Set(["dev", "development", "develop", "local", "test", "tests", "testing", "ci", "e2e", "debug", "devcontainer"]);
function pathTokens(path19) {
  return path19.toLowerCase().split(/[/._-]+/).filter(Boolean);
}
function hasDevToken(path19, ignore = []) {
  const isDev = (word) => DEV_TOKENS.has(word) && !ignore.includes(word);
  const segments = path19.toLowerCase().split("/");
  const file = segments.pop() ?? "";
  const words = pathTokens(file);
  const negated = (i) => i > 0 && (words[i - 1] === "non" || words[i - 1] === "no");
  return words.some((word, i) => isDev(word) && !negated(i)) || segments.some((folder) => isDev(folder.replace(/^\./, "")));
}

// src/catalog/strength.ts
function importQueryOf(evidence, rule) {
  const slash = evidence.signal.path.lastIndexOf("/");
  let folder = slash === -1 ? "" : evidence.signal.path.slice(0, slash);
  if (folder.split("/").pop() === "requirements") folder = folder.includes("/") ? folder.slice(0, folder.lastIndexOf("/")) : "";
  const loadedByName = rule.category === "database";
  return { ecosystem: evidence.signal.ecosystem, name: evidence.signal.name, folder, ...evidence.imports ? { imports: evidence.imports } : {}, ...loadedByName ? { loadedByName } : {} };
}
function urlSchemeWords(rule) {
  return [...new Set((rule.signals.urlSchemes ?? []).map((p) => p.name.replace(/\+\*$/, "")).filter((name) => /^[a-z][a-z0-9]*$/i.test(name)))];
}
var INFRA_KINDS = /* @__PURE__ */ new Set(["image", "terraform", "terraform-module", "helm-chart", "prisma", "platform", "env-value", "url-scheme"]);
var APP_LOCAL_SOURCES = /* @__PURE__ */ new Set(["env", "spring", "node-config"]);
function classOf(signal) {
  if (signal.kind === "package") return "package";
  if (signal.kind === "env" && signal.context !== "ci") return "config";
  return INFRA_KINDS.has(signal.kind) || signal.context === "ci" ? "infra" : "config";
}
var ALTERNATIVE_SDKS = 3;
var ALTERNATIVE_SIGN_INS = 2;
var alternativesCache = /* @__PURE__ */ new WeakMap();
function alternativesOf(matched) {
  let cached = alternativesCache.get(matched);
  if (cached) return cached;
  const perFile = /* @__PURE__ */ new Map();
  for (const item of matched.candidates.values()) {
    if (item.evidence.some((e) => classOf(e.signal) === "infra" && !e.signal.optional)) continue;
    for (const e of item.evidence) {
      const cls = classOf(e.signal);
      const auth = item.rule.category === "auth";
      if (cls !== "package" && !(auth && cls === "config")) continue;
      const key = `${e.path}\0${item.rule.category}`;
      const names = perFile.get(key) ?? /* @__PURE__ */ new Set();
      names.add(item.rule.name);
      perFile.set(key, names);
    }
  }
  const offered = /* @__PURE__ */ new Map();
  for (const [key, names] of perFile) {
    const threshold = key.endsWith("\0auth") ? ALTERNATIVE_SIGN_INS : ALTERNATIVE_SDKS;
    if (names.size >= threshold) offered.set(key, [...names].sort());
  }
  cached = { offered };
  alternativesCache.set(matched, cached);
  return cached;
}
function markAlternatives(item, matched, deployment) {
  const { offered } = alternativesOf(matched);
  return item.evidence.map((evidence) => {
    const { signal } = evidence;
    const cls = classOf(signal);
    let excluded = signal.optional;
    if (excluded && signal.optionalUnless && provenElsewhere(matched, signal.optionalUnless)) excluded = void 0;
    if (!excluded && signal.source === "dockerfile" && deployment && !deployment.builds(signal.path)) {
      excluded = `${signal.path} is a Dockerfile no workload is known to build`;
    }
    if (!excluded && deployment) {
      const located = cls === "package" || APP_LOCAL_SOURCES.has(signal.source) || deployment.inDocsSite(signal.path);
      if (located) excluded = deployment.whyUndeployed(signal.path);
    }
    if (!excluded && (cls === "package" || cls === "config" && item.rule.category === "auth")) {
      const names = offered.get(`${signal.path}\0${item.rule.category}`);
      if (names) excluded = `one of ${names.length} ${item.rule.category === "auth" ? "sign-in providers" : `${item.rule.category} services`} ${signal.path} offers (${names.join(", ")})`;
    }
    return { evidence, class: cls, ...excluded ? { excluded } : {} };
  });
}
function provenElsewhere(matched, platform) {
  return matched.signals.some((s) => s.kind === "platform" && s.name === platform && !s.optional && s.scope !== "dev");
}
var GENERIC_DATASOURCE = /* @__PURE__ */ new Set([
  "DATABASE_URL",
  "DATABASE_URI",
  "DATABASE_DSN",
  "DATABASE_HOST",
  "DB_URL",
  "DB_URI",
  "DB_DSN",
  "DB_HOST",
  "DB_HOSTNAME",
  "SQLALCHEMY_DATABASE_URI",
  "SPRING_DATASOURCE_URL",
  "JDBC_DATABASE_URL",
  "QUARKUS_DATASOURCE_JDBC_URL"
]);
function declaresConfiguration(matched) {
  return matched.signals.some((s) => (s.kind === "env" || s.kind === "url-scheme" || s.kind === "env-value") && !s.context);
}
var where = (e) => `${e.path}:${e.line}`;
function soleDatabaseDriver(matched, context) {
  const ids = [];
  for (const item of matched.candidates.values()) {
    if (item.rule.category !== "database") continue;
    const weighed = markAlternatives(item, matched, context.deployment);
    if (weighed.some((w) => w.class === "package" && !w.excluded)) ids.push(item.rule.id);
  }
  return ids.length === 1 ? ids[0] : void 0;
}
function genericDatasource(matched, context) {
  return matched.signals.find(
    (s) => s.kind === "env" && !s.optional && !s.context && GENERIC_DATASOURCE.has(s.name.toUpperCase()) && context.deployment?.status(s.path) !== "undeployed"
  );
}
function assessConfidence(item, weighed, matched, context) {
  const live = weighed.filter((w) => !w.excluded);
  const infra = live.find((w) => w.class === "infra");
  if (infra) return { confidence: "confirmed", reason: `${infra.evidence.detail} (${where(infra.evidence)})` };
  const packages = live.filter((w) => w.class === "package");
  const configs = live.filter((w) => w.class === "config");
  const imports = packages.map((w) => ({ w, site: context.usage?.imported(importQueryOf(w.evidence, item.rule)) }));
  const used = imports.filter((p) => p.site !== null);
  if (used.length > 0) {
    const pkg = used.find((p) => p.site) ?? used[0];
    const how = pkg.site ? `imported at ${pkg.site.path}:${pkg.site.line}` : `declared at ${where(pkg.w.evidence)}`;
    if (configs.length > 0) {
      return { confidence: "likely", reason: `${pkg.w.evidence.signal.name} ${how}, configured by ${configs[0].evidence.signal.name} (${where(configs[0].evidence)})` };
    }
    const url = urlSchemeWords(item.rule).map((scheme) => context.usage?.urlSeen(scheme)).find((site) => site !== void 0);
    if (url) return { confidence: "likely", reason: `${pkg.w.evidence.signal.name} ${how}, with a connection URL for it at ${url.path}:${url.line}` };
    if (item.rule.category === "database" && soleDatabaseDriver(matched, context) === item.rule.id) {
      const setting = genericDatasource(matched, context);
      if (setting) return { confidence: "likely", reason: `${pkg.w.evidence.signal.name} ${how} is the only database driver, and ${setting.name} (${setting.path}:${setting.line}) points at a database` };
    }
    for (const setting of matched.devSettings?.get(item.rule.id) ?? []) {
      const read = context.usage?.envRead(setting.name).find((site) => context.deployment?.status(site.path) !== "undeployed");
      if (read) return { confidence: "likely", reason: `${pkg.w.evidence.signal.name} ${how}, and ${read.path}:${read.line} reads ${setting.name} (listed in ${setting.path}:${setting.line})` };
    }
    if (!declaresConfiguration(matched)) {
      return { confidence: "likely", reason: `${pkg.w.evidence.signal.name} ${how}; the repository keeps no deployment settings (no env template, compose or manifest variables) to check it against` };
    }
  }
  for (const config of configs) {
    const read = context.usage?.envRead(config.evidence.signal.name).find((site) => context.deployment?.status(site.path) !== "undeployed");
    if (read) return { confidence: "likely", reason: `${config.evidence.signal.name} is set in ${where(config.evidence)} and read by ${read.path}:${read.line}` };
  }
  const setAside = (w) => w ? `; ${w.evidence.detail} (${where(w.evidence)}) is set aside: ${w.excluded}` : "";
  const firstExcluded = weighed.find((w) => w.excluded && (w.class !== "config" || live.every((l) => l.class === "config")));
  if (live.length === 0) {
    const first = weighed.find((w) => w.excluded);
    return { confidence: "possible", reason: `${first.evidence.detail} (${where(first.evidence)}): ${first.excluded}` };
  }
  if (packages.length > 0 && used.length === 0) {
    const p = packages[0].evidence;
    return { confidence: "possible", reason: `${p.signal.name} is declared (${where(p)}) but no code imports it${setAside(weighed.find((w) => w.excluded))}` };
  }
  if (used.length > 0) {
    const p = used[0].w.evidence;
    return { confidence: "possible", reason: `${p.signal.name} is declared (${where(p)}) but no deployment setting configures it${setAside(weighed.find((w) => w.excluded && w.class === "config"))}` };
  }
  const c = configs[0].evidence;
  return { confidence: "possible", reason: `only the setting ${c.signal.name} names it (${where(c)}) and no deployed code reads it${setAside(firstExcluded)}` };
}

// src/catalog/match.ts
var PatternIndex = class {
  constructor(normalize2) {
    this.normalize = normalize2;
  }
  normalize;
  exact = /* @__PURE__ */ new Map();
  globs = [];
  add(pattern2, entry) {
    const name = this.normalize(pattern2);
    if (/[*?{]/.test(name)) {
      const glob = name.replace(/[[\]]/g, "\\$&");
      this.globs.push({ matcher: new Minimatch(glob, { dot: true, nocase: true, noext: true }), entry });
    } else {
      const list2 = this.exact.get(name) ?? [];
      list2.push(entry);
      this.exact.set(name, list2);
    }
  }
  /** Exact names only: no glob is tried. */
  lookupExact(raw) {
    return this.exact.get(this.normalize(raw)) ?? [];
  }
  lookup(raw) {
    const name = this.normalize(raw);
    const found = [...this.exact.get(name) ?? []];
    for (const { matcher, entry } of this.globs) if (matcher.match(name)) found.push(entry);
    return found;
  }
};
var lower = (name) => name.toLowerCase();
var pypiName = (name) => name.toLowerCase().replace(/[-_.]+/g, "-");
var goModule = (name) => name.toLowerCase().replace(/\/v\d+$/, "");
var envName = (name) => name.toUpperCase();
var envValue = (pair) => {
  const eq = pair.indexOf("=");
  return eq === -1 ? pair.toUpperCase() : `${pair.slice(0, eq).toUpperCase()}=${pair.slice(eq + 1).toLowerCase()}`;
};
var FRAMEWORK_ENV_PREFIX = /^(?:NEXT_PUBLIC_|NEXT_PRIVATE_|NUXT_PUBLIC_|NUXT_|VITE_|REACT_APP_|EXPO_PUBLIC_|PUBLIC_|GATSBY_|VUE_APP_)(?=[A-Z])/;
var APP_ENV_PREFIX = /^[A-Z][A-Z0-9]*_([A-Z][A-Z0-9]*_[A-Z0-9_]+)$/;
var NORMALIZERS = {
  npm: lower,
  pypi: pypiName,
  gem: lower,
  go: goModule,
  composer: lower,
  cargo: lower,
  maven: lower,
  nuget: lower,
  hex: lower
};
var Matcher = class {
  packages = /* @__PURE__ */ new Map();
  byKind = /* @__PURE__ */ new Map();
  terraform;
  constructor(catalog) {
    for (const eco of Object.keys(NORMALIZERS)) this.packages.set(eco, new PatternIndex(NORMALIZERS[eco]));
    const kinds = [
      ["env", envName, (r) => r.signals.env],
      ["env-value", envValue, (r) => r.signals.envValues],
      ["url-scheme", lower, (r) => r.signals.urlSchemes],
      ["image", lower, (r) => r.signals.images],
      ["terraform-module", lower, (r) => r.signals.terraformModules],
      ["helm-chart", lower, (r) => r.signals.helm],
      ["prisma", lower, (r) => r.signals.prisma],
      ["platform", lower, (r) => r.signals.platform]
    ];
    for (const [kind, normalize2] of kinds) this.byKind.set(kind, new PatternIndex(normalize2));
    this.terraform = new PatternIndex(lower);
    for (const rule of catalog.rules) {
      for (const [eco, list2] of Object.entries(rule.signals.packages ?? {})) {
        for (const p of list2) this.packages.get(eco).add(p.name, { rule, provider: p.provider, ...p.imports ? { imports: p.imports } : {} });
      }
      for (const [kind, , get] of kinds) {
        for (const p of get(rule) ?? []) this.byKind.get(kind).add(p.name, { rule, provider: p.provider, engine: p.engine });
      }
      for (const t of rule.signals.terraform ?? []) this.terraform.add(t.type, { rule, provider: t.provider, engine: t.engine });
    }
  }
  /** The rules a signal proves, with the provider each implies. */
  match(signal) {
    switch (signal.kind) {
      case "package": {
        const index2 = signal.ecosystem ? this.packages.get(signal.ecosystem) : void 0;
        if (!index2) return [];
        const base = /^([^[\]]+)\[[^\]]*\]$/.exec(signal.name)?.[1];
        return base ? [...index2.lookup(signal.name), ...index2.lookup(base)] : index2.lookup(signal.name);
      }
      case "terraform":
        return this.terraform.lookup(signal.name).filter((entry) => engineMatches(entry, signal.engine));
      case "terraform-module": {
        const found = (this.byKind.get("terraform-module")?.lookup(signal.name) ?? []).filter((entry) => engineMatches(entry, signal.engine));
        if (found.length > 0) return found;
        const local = /^(?:\.{1,2}\/|git::|[^/]+\/\/)|\/\/[^/]/.test(signal.name);
        const folder = stripTrailing(signal.name, "/").split("/").pop() ?? "";
        return local && folder ? this.byKind.get("image").lookupExact(folder) : [];
      }
      case "image": {
        const index2 = this.byKind.get("image");
        const found = index2.lookup(signal.name);
        const slash = signal.name.lastIndexOf("/");
        if (found.length > 0) return found;
        const last = signal.name.slice(slash + 1);
        const own4 = slash === -1 ? [] : index2.lookupExact(last);
        if (own4.length > 0) return own4;
        const named = /^([a-z][a-z0-9]*)-([a-z0-9.-]+)$/.exec(last);
        if (named && !ENGINE_HELPER.test(named[2])) {
          const engine2 = index2.lookupExact(named[1]);
          if (engine2.length > 0) return engine2;
        }
        const engine = /^([a-z][a-z0-9]*)(?:[-_.]|\d|$)/.exec(signal.version?.toLowerCase() ?? "")?.[1];
        return engine ? index2.lookupExact(engine) : [];
      }
      case "env": {
        const index2 = this.byKind.get("env");
        const found = index2.lookup(signal.name);
        if (found.length > 0) return found;
        const upper = signal.name.toUpperCase();
        const bare2 = upper.replace(FRAMEWORK_ENV_PREFIX, "");
        if (bare2 !== upper) return index2.lookup(bare2);
        const unprefixed = APP_ENV_PREFIX.exec(upper)?.[1];
        if (!unprefixed) return [];
        const once = index2.lookup(unprefixed);
        if (once.length > 0) return once;
        const twice = APP_ENV_PREFIX.exec(unprefixed)?.[1];
        return twice ? index2.lookup(twice) : [];
      }
      default:
        return this.byKind.get(signal.kind)?.lookup(signal.name) ?? [];
    }
  }
};
var ENGINE_HELPER = /(?:^|-)(?:exporter|operator|ui|admin|commander|insight|cli|client|metrics|init|migrat\w*|agent|backup|proxy|dashboard|web|gui|browser|sidecar|tools?)(?:$|-)/;
function engineMatches(entry, signalEngine) {
  if (!entry.engine) return true;
  if (!signalEngine) return false;
  const engine = signalEngine.toLowerCase();
  return entry.engine.some((e) => minimatch(engine, e.toLowerCase(), { noext: true }));
}
var OPTIONAL_MENU_THRESHOLD = 5;
var MENU_KINDS = /* @__PURE__ */ new Set(["env", "url-scheme", "package"]);
var CATEGORY_SELECTORS = [
  [/^(?:MAIL|MAILER|EMAIL|SMTP)_(?:ADAPTER|DRIVER|MAILER|BACKEND|PROVIDER|TRANSPORT|SERVICE)$/, "email"],
  [/^SMS_(?:ADAPTER|DRIVER|BACKEND|PROVIDER|SERVICE)$/, "sms"],
  [/^(?:STORAGE|FILESYSTEM|FILE_STORAGE|UPLOAD|BLOB)_(?:ADAPTER|DRIVER|DISK|BACKEND|PROVIDER|SERVICE|TYPE)$/, "storage"],
  [/^(?:PAYMENT|PAYMENTS|BILLING)_(?:ADAPTER|DRIVER|BACKEND|PROVIDER|GATEWAY)$/, "payments"],
  [/^(?:AI|LLM|MODEL)_(?:PROVIDER|BACKEND|ADAPTER)$/, "ai-api"]
];
var SELECTOR_MENU_THRESHOLD = 2;
var INTEGRATION_FOLDERS = /* @__PURE__ */ new Set(["providers", "integrations", "connectors", "adapters", "plugins"]);
function inIntegrationFolder(path19) {
  return path19.toLowerCase().split("/").slice(0, -1).some((folder) => folder.split(/[-_.]+/).some((word) => INTEGRATION_FOLDERS.has(word)));
}
function selectedCategory(envName2) {
  const name = envName2.toUpperCase();
  return CATEGORY_SELECTORS.find(([pattern2]) => pattern2.test(name))?.[1];
}
function resolveDependencies(signals, matcher, context = {}) {
  return resolveMatched(matchEvidence(signals, matcher), context);
}
function matchEvidence(signals, matcher) {
  const found = /* @__PURE__ */ new Map();
  const selectors = /* @__PURE__ */ new Set();
  const production = [];
  const devSettings = /* @__PURE__ */ new Map();
  for (const signal of signals) {
    if (signal.scope === "dev") {
      if (signal.kind === "env" && signal.source === "env" && hasDevToken(signal.path)) {
        for (const entry of matcher.match(signal)) {
          const list2 = devSettings.get(entry.rule.id) ?? [];
          if (list2.length < MAX_DEV_SETTINGS && !list2.some((s) => s.name === signal.name)) devSettings.set(entry.rule.id, [...list2, signal]);
        }
      }
      continue;
    }
    production.push(signal);
    const selected = signal.kind === "env" && !signal.context ? selectedCategory(signal.name) : void 0;
    if (selected) selectors.add(`${signal.path}\0${selected}`);
    const seen = /* @__PURE__ */ new Set();
    for (const entry of matcher.match(signal)) {
      if (seen.has(entry.rule.id)) continue;
      if (signal.context === "ci" && entry.rule.category !== "hosting") continue;
      seen.add(entry.rule.id);
      let item = found.get(entry.rule.id);
      if (!item) {
        item = { rule: entry.rule, providers: [], evidence: [] };
        found.set(entry.rule.id, item);
      }
      if (entry.provider) item.providers.push(entry.provider);
      item.evidence.push({ path: signal.path, line: signal.line, source: signal.source, detail: signal.detail, signal, ...entry.imports ? { imports: entry.imports } : {}, ...signal.facts ? { facts: signal.facts } : {} });
    }
  }
  const menus = dropOptionalMenus(found, selectors);
  markLocalStacks(found, production, matcher);
  return { candidates: found, menus, signals: production, devSettings };
}
var MAX_DEV_SETTINGS = 4;
function markLocalStacks(found, production, matcher) {
  const withApp = /* @__PURE__ */ new Set();
  for (const signal of production) {
    if (signal.source !== "compose") continue;
    if (signal.kind === "deploy" || signal.kind === "image" && matcher.match(signal).length === 0) withApp.add(signal.path);
  }
  for (const item of found.values()) {
    item.evidence = item.evidence.map(
      (e) => e.signal.source === "compose" && !withApp.has(e.path) && !e.signal.optional ? { ...e, signal: { ...e.signal, optional: `${e.path} runs no app of its own, only backing services: a local stack` } } : e
    );
  }
}
function usageRequest(matched, deployment) {
  const request = { imports: [], envNames: [], urlSchemes: [] };
  for (const item of matched.candidates.values()) {
    const weighed = markAlternatives(item, matched, deployment);
    for (const w of weighed) {
      if (w.excluded) continue;
      if (w.evidence.signal.kind === "package" && w.evidence.signal.ecosystem) {
        request.imports.push(importQueryOf(w.evidence, item.rule));
      }
    }
    const strong = weighed.filter((w) => !w.excluded);
    if (strong.length > 0 && strong.every((w) => w.evidence.signal.kind === "env")) request.envNames.push(...strong.map((w) => w.evidence.signal.name));
    if (strong.some((w) => w.class === "package") && !strong.some((w) => w.class !== "package")) {
      request.urlSchemes.push(...urlSchemeWords(item.rule));
      request.envNames.push(...(matched.devSettings?.get(item.rule.id) ?? []).map((s) => s.name));
    }
  }
  return request;
}
function resolveMatched(matched, context = {}) {
  const deps = [];
  for (const item of matched.candidates.values()) {
    const { rule, providers, evidence } = item;
    const weighed = markAlternatives(item, matched, context.deployment);
    const { confidence, reason } = assessConfidence(item, weighed, matched, context);
    const unique = /* @__PURE__ */ new Map();
    for (const e of evidence) {
      const key = `${e.path}\0${e.line}\0${e.detail}`;
      const seen = unique.get(key);
      if (!seen) unique.set(key, { path: e.path, line: e.line, source: e.source, detail: e.detail, ...e.facts ? { facts: e.facts } : {} });
      else if (e.facts) seen.facts = { ...e.facts, ...seen.facts };
    }
    deps.push({
      id: rule.id,
      name: rule.name,
      category: rule.category,
      tier: rule.tier,
      provider: providers[0] ?? null,
      evidence: [...unique.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line),
      confidence,
      confidenceReason: reason
    });
  }
  return deps.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function dropOptionalMenus(found, selectors) {
  const dropped = /* @__PURE__ */ new Map();
  const perFileCategory = /* @__PURE__ */ new Map();
  for (const [id, item] of found) {
    for (const path19 of new Set(item.evidence.filter((e) => MENU_KINDS.has(e.signal.kind)).map((e) => e.path))) {
      const key = `${path19}\0${item.rule.category}`;
      const ids = perFileCategory.get(key) ?? /* @__PURE__ */ new Set();
      ids.add(id);
      perFileCategory.set(key, ids);
    }
  }
  const isMenu = (key) => inIntegrationFolder(key.slice(0, key.indexOf("\0"))) || (perFileCategory.get(key)?.size ?? 0) >= (selectors.has(key) ? SELECTOR_MENU_THRESHOLD : OPTIONAL_MENU_THRESHOLD);
  for (const [key, ids] of perFileCategory) {
    if (!isMenu(key)) continue;
    for (const id of ids) {
      const item = found.get(id);
      if (item && item.evidence.every((e) => MENU_KINDS.has(e.signal.kind))) {
        const paths = new Set(item.evidence.map((e) => e.path));
        const allInMenus = [...paths].every((p) => isMenu(`${p}\0${item.rule.category}`));
        if (allInMenus) {
          found.delete(id);
          for (const path19 of paths) {
            const menuKey = `${path19}\0${item.rule.category}`;
            const menu = dropped.get(menuKey) ?? { path: path19, category: item.rule.category, dropped: [] };
            if (!menu.dropped.includes(id)) menu.dropped.push(id);
            dropped.set(menuKey, menu);
          }
        }
      }
    }
  }
  for (const item of found.values()) {
    item.evidence = item.evidence.map((e) => {
      const key = `${e.path}\0${item.rule.category}`;
      if (!MENU_KINDS.has(e.signal.kind) || e.signal.optional || !isMenu(key)) return e;
      const others = [...perFileCategory.get(key) ?? []].filter((id) => id !== item.rule.id).sort();
      const why = others.length > 0 ? `one of the ${item.rule.category} options ${e.path} offers (also ${others.join(", ")})` : `${e.path} lists integrations to pick from`;
      return { ...e, signal: { ...e.signal, optional: why } };
    });
  }
  return [...dropped.values()].map((m) => ({ ...m, dropped: m.dropped.sort() })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.category < b.category ? -1 : 1);
}
function describeMenu(menu, scope = "repository") {
  const what = menu.dropped.length === 1 ? menu.dropped[0] : `${menu.dropped.length} ${menu.category} services (${menu.dropped.join(", ")})`;
  const why = inIntegrationFolder(menu.path) ? "its folder holds integrations to pick from" : `the file names them side by side, as a menu of ${menu.category} options`;
  const lead = scope === "repository" ? "Not counted as dependencies" : "Not counted from this file";
  return `${lead}: ${what}, since ${why}. A deployment, a driver setting or an import elsewhere confirms one; or cover it in the plan.`;
}

// src/util/git.ts
import { spawn } from "node:child_process";

// src/util/child-env.ts
import { realpathSync as realpathSync2 } from "node:fs";
import path2 from "node:path";

// src/util/inside.ts
import { lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
function isInside(dir, p) {
  const rel = path.relative(dir, p);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function realPathOf(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}
function readFileInside(root, file) {
  const realRoot = realPathOf(root) ?? path.resolve(root);
  const real = realPathOf(file);
  if (real === void 0) return { ok: false, reason: "not found" };
  if (!isInside(realRoot, real)) return { ok: false, reason: "a symbolic link that leaves the repository; not followed" };
  try {
    if (!statSync(real).isFile()) return { ok: false, reason: "not a regular file" };
    return { ok: true, text: readFileSync(real, "utf8"), real };
  } catch (error) {
    return { ok: false, reason: `cannot read: ${error.code ?? String(error)}` };
  }
}
function entryExists(file) {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

// src/util/child-env.ts
var PASSED = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LANGUAGE",
  "TZ",
  "TMPDIR",
  "TMP",
  "TEMP",
  "SYSTEMROOT",
  "WINDIR",
  "COMSPEC",
  "PATHEXT",
  "USERPROFILE",
  "APPDATA",
  "LOCALAPPDATA",
  "XDG_CONFIG_HOME",
  "XDG_CACHE_HOME",
  "XDG_DATA_HOME",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "ALL_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "all_proxy",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "NODE_EXTRA_CA_CERTS"
]);
var PASSED_PREFIXES = ["LC_"];
var GIT_PREFIXES = ["GIT_"];
var GIT_PASSED = /* @__PURE__ */ new Set(["SSH_AUTH_SOCK", "SSH_AGENT_PID"]);
function childEnv(options = {}) {
  const from = options.from ?? process.env;
  const out = {};
  for (const [name, value2] of Object.entries(from)) {
    if (value2 === void 0) continue;
    const passed = PASSED.has(name) || PASSED_PREFIXES.some((p) => name.startsWith(p)) || options.git === true && (GIT_PASSED.has(name) || GIT_PREFIXES.some((p) => name.startsWith(p)));
    if (passed) out[name] = value2;
  }
  if (out.PATH !== void 0) out.PATH = trustedPathEntries(out.PATH, options.workspace).join(path2.delimiter);
  if (options.git) out.GIT_TERMINAL_PROMPT = "0";
  return { ...out, ...options.extra };
}
function trustedPathEntries(value2, workspace) {
  const realWorkspace = workspace ? realOrResolved(workspace) : void 0;
  return value2.split(path2.delimiter).filter((dir) => {
    if (!dir || !path2.isAbsolute(dir)) return false;
    if (!realWorkspace) return true;
    return !isInside(realWorkspace, realOrResolved(dir)) && !isInside(path2.resolve(workspace), path2.resolve(dir));
  });
}
function realOrResolved(p) {
  try {
    return realpathSync2(p);
  } catch {
    return path2.resolve(p);
  }
}

// src/util/git.ts
function git(cwd, args, input, extraEnv = {}) {
  const extra = Object.fromEntries(Object.entries(extraEnv).filter((entry) => entry[1] !== void 0));
  return new Promise((resolve2) => {
    const child = spawn("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"], env: childEnv({ git: true, workspace: cwd, extra }) });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => resolve2({ code: 127, stdout: Buffer.alloc(0), stderr: String(error) }));
    child.on("close", (code2) => resolve2({ code: code2 ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.on("error", () => void 0);
    child.stdin.end(input);
  });
}
function splitNul(buffer) {
  return buffer.toString().split("\0").filter((entry) => entry.length > 0);
}

// src/diff/fetch.ts
var DEEPEN_START = 50;
var DEEPEN_CAP = 1e3;
var RevisionError = class extends Error {
  constructor(which, revision, message, log, reason = message) {
    super(message);
    this.which = which;
    this.revision = revision;
    this.log = log;
    this.reason = reason;
    this.name = "RevisionError";
  }
  which;
  revision;
  log;
  reason;
};
var firstLine = (stderr, code2) => stderr.trim().split("\n")[0] || `exit ${code2}`;
var short = (sha) => sha.slice(0, 7);
var looksLikeSha = (rev) => /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(rev);
async function hasCommit(root, sha) {
  return (await git(root, ["cat-file", "-e", `${sha}^{commit}`])).code === 0;
}
async function revParse(root, rev) {
  const result = await git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
  return result.code === 0 ? result.stdout.toString("utf8").trim() : null;
}
async function isShallow(root) {
  const result = await git(root, ["rev-parse", "--is-shallow-repository"]);
  return result.stdout.toString("utf8").trim() === "true";
}
async function hasRemote(root, remote) {
  return (await git(root, ["remote", "get-url", "--", remote])).code === 0;
}
function fetchArgs(shallow, remote, revs, depthArg) {
  const depth = depthArg ?? (shallow ? "--depth=1" : void 0);
  return ["fetch", "--quiet", "--no-tags", "--no-recurse-submodules", "--no-write-fetch-head", ...depth ? [depth] : [], remote, ...revs];
}
async function resolveOne(root, which, rev, options, state, log) {
  if (rev.startsWith("-")) throw new RevisionError(which, rev, `${which} revision "${rev}" starts with "-"; refused`, log, 'starts with "-"; refused');
  if (looksLikeSha(rev) && await hasCommit(root, rev)) return rev.toLowerCase();
  if (!looksLikeSha(rev)) {
    const local = await revParse(root, rev);
    if (local) {
      log.push(`${which} ${rev} is ${short(local)} (local)`);
      return local;
    }
  }
  if (!options.fetch || !state.remote) {
    throw new RevisionError(
      which,
      rev,
      `${which} ${rev} is not in the local clone${state.remote ? "" : ` and there is no remote "${options.remote}"`} (fetching is off or impossible)`,
      log,
      `not a branch, tag or commit in this clone${state.remote ? " (fetching is off)" : `, and there is no remote "${options.remote}" to fetch it from`}`
    );
  }
  if (looksLikeSha(rev)) {
    const result2 = await git(root, fetchArgs(state.shallow, options.remote, [rev]));
    if (result2.code === 0 && await hasCommit(root, rev)) {
      log.push(`fetched ${which} ${short(rev)}${state.shallow ? " (depth 1)" : ""}`);
      return rev.toLowerCase();
    }
    throw new RevisionError(which, rev, `could not fetch ${which} ${short(rev)} from ${options.remote}: ${result2.stderr.trim() || `exit ${result2.code}`}`, log, `not in this clone, and ${options.remote} does not have it (${firstLine(result2.stderr, result2.code)})`);
  }
  const privateRef = `refs/paramedic/${which}`;
  const result = await git(root, fetchArgs(state.shallow, options.remote, [`+${rev}:${privateRef}`]));
  const fetched = result.code === 0 ? await revParse(root, privateRef) : null;
  if (fetched) {
    log.push(`fetched ${which} ${rev} at ${short(fetched)}${state.shallow ? " (depth 1)" : ""}`);
    return fetched;
  }
  throw new RevisionError(
    which,
    rev,
    `${which} ${rev} is neither a local revision nor fetchable from ${options.remote}: ${result.stderr.trim() || `exit ${result.code}`}`,
    log,
    `not a branch, tag or commit in this clone nor on ${options.remote} (${firstLine(result.stderr, result.code)})`
  );
}
async function mergeBase(root, base, head) {
  const result = await git(root, ["merge-base", base, head]);
  return result.code === 0 ? result.stdout.toString("utf8").trim() : null;
}
async function resolveRevision(root, which, rev, options = {}, log = []) {
  const opts = { remote: options.remote ?? "origin", fetch: options.fetch ?? true };
  return resolveOne(root, which, rev, opts, { shallow: await isShallow(root), remote: await hasRemote(root, opts.remote) }, log);
}
async function ensureRevisions(root, revs, options = {}) {
  const opts = { remote: options.remote ?? "origin", fetch: options.fetch ?? true };
  const cap = options.deepenCap ?? DEEPEN_CAP;
  const log = [];
  const state = { shallow: await isShallow(root), remote: await hasRemote(root, opts.remote) };
  const base = await resolveOne(root, "base", revs.base, opts, state, log);
  const head = await resolveOne(root, "head", revs.head, opts, state, log);
  let found = await mergeBase(root, base, head);
  let added = 0;
  let step = options.deepenStart ?? DEEPEN_START;
  while (!found && opts.fetch && state.remote && await isShallow(root) && added < cap) {
    const by = Math.min(step, cap - added);
    const result = await git(root, fetchArgs(true, opts.remote, [base, head], `--deepen=${by}`));
    if (result.code !== 0) {
      log.push(`deepening failed: ${result.stderr.trim() || `exit ${result.code}`}`);
      break;
    }
    added += by;
    log.push(`deepened by ${by} to find the merge base`);
    found = await mergeBase(root, base, head);
    step *= 2;
  }
  if (found) {
    log.push(`merge base ${short(found)} of base ${short(base)} and head ${short(head)}`);
    return { base, head, mergeBase: found, twoDot: false, log };
  }
  log.push(`no merge base of ${short(base)} and ${short(head)}${added ? ` within ${added} extra commits of history` : ""}; comparing base..head directly (two-dot)`);
  return { base, head, mergeBase: null, twoDot: true, log };
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

// src/diff/revision-source.ts
import { spawn as spawn2 } from "node:child_process";

// src/discover/source.ts
import { lstatSync as lstatSync2, readFileSync as readFileSync2, realpathSync as realpathSync3, statSync as statSync2 } from "node:fs";
import path3 from "node:path";
var MAX_FILE_BYTES = 5 * 1024 * 1024;
function tooLarge(size, cap) {
  return { ok: false, code: "too-large", reason: `file is ${(size / 1048576).toFixed(1)} MB, over the ${+(cap / 1048576).toFixed(1)} MB cap; skipped` };
}
function decodeText(bytes) {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, code: "binary", reason: "binary file skipped" };
  return { ok: true, text: bytes.toString("utf8") };
}
var WorkTreeSource = class {
  constructor(root) {
    this.root = root;
  }
  root;
  realRoot;
  /** folder -> whether its real path is inside the root (a linked folder may lead out) */
  folders = /* @__PURE__ */ new Map();
  /**
   * Synchronous calls on purpose: a scan reads hundreds of small files, and each async
   * read is four trips through libuv's thread pool; direct syscalls measured several
   * times faster (npm run bench), and the event loop has nothing else to do meanwhile.
   */
  async read(relPath, options = {}) {
    const absolute = path3.join(this.root, relPath);
    const cap = options.maxBytes ?? MAX_FILE_BYTES;
    try {
      const stat = lstatSync2(absolute);
      let target = absolute;
      const root = this.realRootPath();
      const inside = (p) => p === root || p.startsWith(root + path3.sep);
      if (stat.isSymbolicLink()) {
        target = realpathSync3(absolute);
        if (!inside(target)) return { ok: false, code: "link-out", reason: "symbolic link leaves the repository; not followed" };
      } else if (!this.folderInside(path3.dirname(absolute), inside)) {
        return { ok: false, code: "link-out", reason: "symbolic link leaves the repository; not followed" };
      }
      const real = stat.isSymbolicLink() ? statSync2(target) : stat;
      if (!real.isFile()) return { ok: false, code: "not-a-file", reason: "not a regular file" };
      if (real.size > cap) return tooLarge(real.size, cap);
      return decodeText(readFileSync2(target));
    } catch (error) {
      const code2 = error.code;
      return code2 === "ENOENT" ? { ok: false, code: "missing", reason: "file does not exist" } : { ok: false, code: "error", reason: `cannot read: ${code2 ?? String(error)}` };
    }
  }
  /** Once per folder: a committed link to a folder outside must not be read through either. */
  folderInside(folder, inside) {
    let known = this.folders.get(folder);
    if (known === void 0) {
      try {
        known = inside(realpathSync3(folder));
      } catch {
        known = true;
      }
      this.folders.set(folder, known);
    }
    return known;
  }
  realRootPath() {
    if (this.realRoot === void 0) {
      try {
        this.realRoot = realpathSync3(this.root);
      } catch {
        this.realRoot = path3.resolve(this.root);
      }
    }
    return this.realRoot;
  }
};

// src/diff/revision-source.ts
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
    const [code2, reason] = LINK_REASONS[header.problem] ?? ["error", "symbolic link not followed"];
    return { ok: false, code: code2, reason };
  }
  if (header.type !== "blob") return { ok: false, code: "not-a-file", reason: header.type === "tree" ? "a directory at this revision" : "not a regular file" };
  return decodeText(body);
}
var GitRevisionSource = class {
  constructor(root, commit) {
    this.root = root;
    this.commit = commit;
  }
  root;
  commit;
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
  /** paths read so far, in order: lets callers log (and tests prove) what a diff cost */
  requested = [];
  read(relPath, options = {}) {
    this.requested.push(relPath);
    if (this.closed) return Promise.resolve({ ok: false, code: "error", reason: "revision reader is closed" });
    if (relPath.includes("\n")) return Promise.resolve({ ok: false, code: "error", reason: "path holds a newline; cannot be read at a revision" });
    if (relPath.startsWith("./") || relPath.startsWith("../")) return Promise.resolve({ ok: false, code: "error", reason: "not a repository-relative path" });
    const child = this.start();
    if (this.failure) return Promise.resolve({ ok: false, code: "error", reason: this.failure });
    return new Promise((resolve2) => {
      this.queue.push({ path: relPath, maxBytes: options.maxBytes ?? MAX_FILE_BYTES, resolve: resolve2 });
      child.stdin.write(`${this.commit}:${relPath}
`);
    });
  }
  /** Ends the git process; pending reads still get their answers first. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    const child = this.child;
    if (!child || child.exitCode !== null || this.failure) return;
    await new Promise((resolve2) => {
      child.once("close", () => resolve2());
      child.stdin.end();
    });
  }
  start() {
    if (this.child) return this.child;
    const child = spawn2("git", ["cat-file", "--batch", "--follow-symlinks"], {
      cwd: this.root,
      stdio: ["pipe", "pipe", "pipe"],
      env: childEnv({ git: true, workspace: this.root })
    });
    let stderr = "";
    child.stdout.on("data", (chunk) => this.onData(chunk));
    child.stderr.on("data", (chunk) => stderr += chunk.toString("utf8"));
    child.stdin.on("error", () => void 0);
    child.on("error", (error) => this.fail(`git cat-file could not start: ${error.message}`));
    child.on("close", (code2) => this.fail(`git cat-file ended (exit ${code2 ?? "signal"})${stderr.trim() ? `: ${stderr.trim()}` : ""}`));
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
        const all3 = this.joined();
        const eol = all3.indexOf(10);
        if (eol === -1) return;
        const line = all3.subarray(0, eol).toString("utf8");
        this.keep(all3.subarray(eol + 1));
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
      const all2 = this.joined();
      const body = Buffer.from(all2.subarray(0, this.header.size));
      this.keep(all2.subarray(this.header.size + 1));
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

// src/discover/files.ts
import { promises as fs } from "node:fs";
import path4 from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  "node_modules",
  "bower_components",
  "vendor",
  "third_party",
  "third-party",
  ".git",
  ".venv",
  "venv",
  ".tox",
  "site-packages",
  "__pycache__",
  ".bundle",
  "dist",
  "build",
  "out",
  ".next",
  ".nuxt",
  ".svelte-kit",
  ".output",
  "target",
  "coverage",
  ".terraform",
  "test",
  "tests",
  "__tests__",
  "spec",
  "specs",
  "e2e",
  "testdata",
  "test-data",
  "fixtures",
  "__fixtures__",
  "fixture",
  "__mocks__",
  "mocks",
  "example",
  "examples",
  "demo",
  "demos",
  "sample",
  "samples",
  "playground",
  "sandbox"
]);
function isSkippedPath(relPath) {
  const parts = relPath.split("/");
  parts.pop();
  return parts.some((part) => SKIPPED_DIRS.has(part.toLowerCase()));
}
function excludeFilter(globs = []) {
  if (globs.length === 0) return () => false;
  const matchers = globs.map((glob) => new Minimatch(glob, { dot: true, matchBase: !glob.includes("/") }));
  return (relPath) => matchers.some((m) => m.match(relPath));
}
async function isGitRepo(dir) {
  const result = await git(dir, ["rev-parse", "--is-inside-work-tree"]);
  return result.code === 0 && result.stdout.toString().trim() === "true";
}
async function listRepositoryFiles(root, options = {}) {
  return scannablePaths(await listTrackedFiles(root), options);
}
async function listTrackedFiles(root) {
  if (await isGitRepo(root)) {
    const result = await git(root, ["-c", "core.quotePath=false", "ls-files", "-z", "--cached", "--", "."]);
    if (result.code === 0) return splitNul(result.stdout).sort();
  }
  return (await walk(root)).sort();
}
function scannablePaths(all2, options = {}) {
  const excluded = excludeFilter(options.exclude);
  return all2.filter((p) => !isSkippedPath(p) && !excluded(p));
}
async function walk(root) {
  const out = [];
  async function visit4(rel) {
    let entries;
    try {
      entries = await fs.readdir(path4.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name.toLowerCase())) await visit4(child);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        out.push(child);
      }
    }
  }
  await visit4("");
  return out;
}

// src/discover/extractors/paths.ts
function basename(path19) {
  const slash = path19.lastIndexOf("/");
  return slash === -1 ? path19 : path19.slice(slash + 1);
}
function dirname(path19) {
  const slash = path19.lastIndexOf("/");
  return slash === -1 ? "" : path19.slice(0, slash);
}
function lowerName(path19) {
  return basename(path19).toLowerCase();
}
var DOCS_FOLDERS = /* @__PURE__ */ new Set(["docs", "doc", "documentation", "website", "storybook"]);
function inDocsSite(path19) {
  return path19.toLowerCase().split("/").slice(0, -1).some((folder) => DOCS_FOLDERS.has(folder));
}

// src/discover/deployment.ts
var PLATFORM_SOURCES = /* @__PURE__ */ new Set(["vercel", "netlify", "fly", "railway", "render", "heroku", "serverless", "firebase"]);
var within = (folder, root) => root === "" || folder === root || folder.startsWith(`${root}/`);
function deploymentModel(signals) {
  const roots = /* @__PURE__ */ new Set();
  const packages = /* @__PURE__ */ new Map();
  const manifestFolders = /* @__PURE__ */ new Set();
  const built = /* @__PURE__ */ new Set();
  const imageNames = /* @__PURE__ */ new Set();
  for (const signal of signals) {
    if (signal.scope === "dev") continue;
    if (signal.kind === "deploy" && signal.source !== "dockerfile") {
      built.add(signal.name);
      for (const ref of signal.refs ?? []) built.add(ref);
    }
    if (signal.kind === "image" && signal.source !== "dockerfile") imageNames.add(signal.name.slice(signal.name.lastIndexOf("/") + 1));
    if (signal.kind === "deploy" && !inDocsSite(`${signal.name}/x`)) roots.add(signal.name);
    if (signal.kind === "platform" && PLATFORM_SOURCES.has(signal.source) && !inDocsSite(signal.path)) roots.add(dirname(signal.path));
    else if (signal.kind === "workspace") packages.set(signal.name, { folder: dirname(signal.path), refs: signal.refs ?? [] });
    else if (signal.kind === "package") manifestFolders.add(dirname(signal.path));
  }
  const deployed = new Set(roots);
  const byFolder = new Map([...packages.values()].map((p) => [p.folder, p]));
  const enclosing = (root) => {
    for (let folder = root; ; folder = dirname(folder)) {
      const found = byFolder.get(folder);
      if (found || folder === "") return found;
    }
  };
  const queue = [...packages.values()].filter((p) => [...roots].some((root) => within(p.folder, root)));
  for (const root of roots) {
    const around = enclosing(root);
    if (around) queue.push(around);
  }
  const visited = /* @__PURE__ */ new Set();
  while (queue.length > 0) {
    const next = queue.pop();
    if (visited.has(next.folder)) continue;
    visited.add(next.folder);
    for (const ref of next.refs) {
      const target = packages.get(ref);
      if (!target) continue;
      deployed.add(target.folder);
      queue.push(target);
    }
  }
  const folders = [...deployed].sort();
  const known = folders.length > 0 && manifestFolders.size > 1;
  const status = (path19) => {
    if (inDocsSite(path19)) return "undeployed";
    if (!known) return "unknown";
    const folder = dirname(path19);
    return folders.some((root) => within(folder, root) || within(root, folder)) ? "deployed" : "undeployed";
  };
  return {
    folders,
    status,
    inDocsSite,
    builds: (dockerfilePath) => {
      const folder = dirname(dockerfilePath);
      return built.has(dockerfilePath) || built.has(folder) && /^(?:Dockerfile|Containerfile)$/.test(dockerfilePath.slice(folder ? folder.length + 1 : 0)) || imageNames.has(folder.slice(folder.lastIndexOf("/") + 1));
    },
    whyUndeployed: (path19) => status(path19) !== "undeployed" ? void 0 : inDocsSite(path19) ? "in the documentation site, not the product" : `in ${dirname(path19) || "the root"}, which no deployed app (${folders.slice(0, 3).map((f) => f || ".").join(", ")}${folders.length > 3 ? ` and ${folders.length - 3} more` : ""}) uses`
  };
}

// src/discover/scan.ts
import { posix as posix4 } from "node:path";

// src/discover/extractors/npm-package-json.ts
var PROD_SECTIONS = ["dependencies", "optionalDependencies", "peerDependencies"];
var DEV_SECTIONS = ["devDependencies"];
var BUNDLING_FRAMEWORKS = ["@sveltejs/kit"];
function isDevServer(command) {
  return /\b(?:vite|webpack-dev-server|react-scripts\s+start|ng\s+serve|next\s+dev|nuxt\s+dev|nodemon|ts-node-dev|tsx\s+watch|storybook|docusaurus\s+start|expo\s+start|react-native\s+start|gatsby\s+develop|parcel|serve\s+-s)\b|--watch\b/.test(command);
}
var npmPackageJson = {
  id: "npm",
  claimsName: (name) => name === "package.json",
  matches: (path19) => basename(path19) === "package.json",
  extract({ path: path19, text: text4, warn }) {
    const json = parseJsonWithPositions(text4, warn);
    if (!json.root) return [];
    if (json.root.type !== "object") {
      warn("package.json is not a JSON object", 1);
      return [];
    }
    const signals = [];
    const nameNode = property(json.root, "name");
    const prodNames = PROD_SECTIONS.flatMap((section) => objectEntries(property(json.root, section)).map(([name]) => name));
    if (nameNode?.type === "string") {
      signals.push({ kind: "workspace", name: String(nameNode.value), path: path19, line: json.lineOf(nameNode), source: "npm", detail: `workspace package "${String(nameNode.value)}"`, refs: prodNames });
    }
    const start = property(property(json.root, "scripts"), "start");
    if (start?.type === "string" && !isDevServer(String(start.value))) {
      const folder = path19.includes("/") ? path19.slice(0, path19.lastIndexOf("/")) : "";
      signals.push({ kind: "deploy", name: folder, path: path19, line: json.lineOf(start), source: "npm", detail: "a start script" });
    }
    const devDependencies = objectEntries(property(json.root, "devDependencies")).map(([name]) => name);
    const connectors = property(property(json.root, "n8n"), "nodes")?.type === "array";
    const bundled = BUNDLING_FRAMEWORKS.find((framework) => devDependencies.includes(framework));
    for (const section of [...PROD_SECTIONS, ...DEV_SECTIONS]) {
      for (const [name, keyNode, valueNode] of objectEntries(property(json.root, section))) {
        const version2 = typeof valueNode.value === "string" ? valueNode.value : void 0;
        signals.push({
          kind: "package",
          ecosystem: "npm",
          name,
          path: path19,
          line: json.lineOf(keyNode),
          source: "npm",
          detail: `${section} "${name}"${version2 ? ` ${version2}` : ""}${bundled && DEV_SECTIONS.includes(section) ? ` (bundled by ${bundled})` : ""}${connectors ? " (n8n connector)" : ""}`,
          ...version2 ? { version: version2 } : {},
          // Type-only packages (@types/pg) never run in production, whatever section lists them.
          scope: connectors || DEV_SECTIONS.includes(section) && !bundled || name.startsWith("@types/") ? "dev" : "prod"
        });
      }
    }
    return signals;
  }
};

// src/discover/extractors/connection-url.ts
var NON_SERVICE_SCHEMES = /* @__PURE__ */ new Set(["http", "https", "ws", "wss", "file", "ftp", "ftps", "sftp", "mailto", "data", "git", "ssh"]);
function connectionScheme(value2) {
  if (!value2) return void 0;
  const match = /^(?:jdbc:)?([a-z][a-z0-9+.-]*):\/\//i.exec(value2.trim());
  const scheme = match?.[1]?.toLowerCase();
  return scheme && !NON_SERVICE_SCHEMES.has(scheme) ? scheme : void 0;
}
var SELECTOR_NAME = /_(?:CONNECTION|DRIVER|STORE|MAILER|DISK|CLIENT|TYPE|DIALECT|PROVIDER|BACKEND|ADAPTER|TRANSPORT|SERVICE|ENGINE|CLOUD|STORAGE)$/i;
var SELECTOR_VALUE = /^[a-z][a-z0-9_-]{1,23}$/i;
function variableSignals(name, value2, site) {
  const prefix = site.context ? `${site.context} ` : "";
  const base = { path: site.path, line: site.line, source: site.source, scope: site.scope };
  const signals = [{ kind: "env", name, detail: `${prefix}${name}`, ...base }];
  const scheme = connectionScheme(value2);
  if (scheme) signals.push({ kind: "url-scheme", name: scheme, detail: `${prefix}${name} (${scheme}:// URL)`, ...base });
  const word = value2?.trim().replace(/^(["'])(.*)\1$/, "$2");
  if (word && SELECTOR_NAME.test(name) && SELECTOR_VALUE.test(word)) signals.push({ kind: "env-value", name: `${name}=${word}`, detail: `${prefix}${name}=${word}`, ...base });
  const relay = word && site.source !== "env" && SMTP_HOST_NAME.test(name) ? smtpRelayHost(word) : void 0;
  if (relay) signals.push(smtpHostSignal(relay, `${prefix}${name}=${relay}`, base));
  return signals;
}
var SMTP_HOST_NAME = /(?:^|_)(?:SMTP|MAIL|EMAIL)_(?:HOST|HOSTNAME|SERVER|ADDRESS)$/i;
var HOST_NAME = /^(?=.{4,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;
function smtpRelayHost(value2) {
  const host = value2.trim().replace(/:\d+$/, "");
  return HOST_NAME.test(host) ? host.toLowerCase() : void 0;
}
function smtpHostSignal(host, detail, site) {
  return { kind: "env-value", name: `SMTP_HOST=${host}`, detail, ...site };
}

// src/discover/extractors/env-example.ts
var DECORATION = "#=*- 	\v\f\r\xA0\uFEFF";
var OTHER_FORMATS = /* @__PURE__ */ new Set(["json", "yml", "yaml", "ts", "js", "mjs", "cjs", "md", "txt", "toml", "ini", "xml", "sh", "py", "rb", "php"]);
var TEMPLATE_MARKERS = /* @__PURE__ */ new Set(["example", "sample", "template", "tmpl", "tpl", "dist", "defaults"]);
function isEnvTemplate(path19) {
  const words = lowerName(path19).split(/[._-]+/).filter(Boolean);
  const last = words[words.length - 1];
  const marker = words.findIndex((w) => TEMPLATE_MARKERS.has(w));
  if (!words.includes("env") || marker === -1 || last === void 0) return false;
  return last === "env" || TEMPLATE_MARKERS.has(last) || marker > words.indexOf("env") && !OTHER_FORMATS.has(last);
}
var ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*(?:=|:(?=\s|$))\s*(.*)$/;
function readDotenv(text4) {
  const lines = splitLines(stripBom(text4));
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const match = ASSIGNMENT.exec(lines[i]);
    if (!match) continue;
    const line = i + 1;
    let rest = match[2];
    const quote2 = rest[0];
    if (quote2 === '"' || quote2 === "'" || quote2 === "`") {
      let body = rest.slice(1);
      let close2 = closingQuote(body, quote2);
      while (close2 === -1 && i + 1 < lines.length) {
        body += "\n" + lines[++i];
        close2 = closingQuote(body, quote2);
      }
      rest = close2 === -1 ? body : body.slice(0, close2);
    } else {
      const hash = rest.indexOf("#");
      rest = (hash === -1 ? rest : rest.slice(0, hash)).trim();
    }
    out.push({ name: match[1], value: rest, line });
  }
  return out;
}
function closingQuote(body, quote2) {
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "\\" && quote2 === '"') i++;
    else if (body[i] === quote2) return i;
  }
  return -1;
}
var VARIANT_WORDS = /* @__PURE__ */ new Set(["complete", "full", "all", "default", "defaults", "prod", "production", "docker", "compose", "selfhost", "selfhosted", "self", "hosted", "minimal", "local", "env"]);
function templateForOtherApp(path19) {
  const words = lowerName(path19).split(/[._-]+/).filter(Boolean);
  const marker = words.findIndex((w) => TEMPLATE_MARKERS.has(w));
  const after = marker === -1 || marker < words.indexOf("env") ? [] : words.slice(marker + 1);
  return after.find((word) => !VARIANT_WORDS.has(word) && !TEMPLATE_MARKERS.has(word) && !hasDevToken(word));
}
var OPTIONAL_WORDS = /\b(?:optional(?:ly)?|integrations?)\b/i;
var DEV_WORDS = /\b(?:(?:for|in) (?:local )?development|local development|development only|dev only|for (?:local )?testing|for tests)\b/i;
function optionalSections(text4) {
  const out = /* @__PURE__ */ new Map();
  let banner;
  let block = [];
  let blockActive = false;
  splitLines(stripBom(text4)).forEach((raw, index2) => {
    const line = raw.trim();
    if (line === "") {
      block = [];
      blockActive = false;
      return;
    }
    if (line.startsWith("#")) {
      const words = stripTrailing(stripLeading(line, DECORATION), DECORATION);
      const decorated = (/^#{3,}|^#\s*[=*-]{3,}/.test(line) || line.length - stripTrailing(line, "#=*-").length >= 3) && words !== "";
      const capitals = words.length > 2 && /[A-Z]/.test(words) && words === words.toUpperCase() && !/[=:]/.test(words);
      if (decorated || capitals) {
        banner = OPTIONAL_WORDS.test(words) || DEV_WORDS.test(words) ? words : void 0;
        block = [];
        blockActive = false;
      } else if (words !== "" && !ASSIGNMENT.test(line.replace(/^#\s*/, ""))) {
        if (blockActive) block = [];
        blockActive = false;
        block.push(words);
      }
      return;
    }
    blockActive = true;
    const said = banner ?? block.find((words) => OPTIONAL_WORDS.test(words) || DEV_WORDS.test(words));
    if (said) out.set(index2 + 1, said);
  });
  return out;
}
function isDevSection(words) {
  return DEV_WORDS.test(words) && !OPTIONAL_WORDS.test(words);
}
function isDevelopmentEnvFile(path19) {
  const name = lowerName(path19);
  return name === ".env.development" || name === ".env.dev";
}
var isEnvFile = (path19) => isEnvTemplate(path19) || isDevelopmentEnvFile(path19);
var envExample = {
  id: "env",
  claimsName: isEnvFile,
  matches: isEnvFile,
  extract({ path: path19, text: text4 }) {
    if (isDevelopmentEnvFile(path19)) {
      return readDotenv(text4).map(({ name, line }) => ({ kind: "env", name, path: path19, line, source: "env", detail: name, scope: "dev", facts: { variable: name } }));
    }
    const scope = hasDevToken(path19, ["local"]) ? "dev" : "prod";
    const other = templateForOtherApp(path19);
    const sections = optionalSections(text4);
    const signals = [];
    for (const { name, value: value2, line } of readDotenv(text4)) {
      const heading = sections.get(line);
      const devOnly = heading !== void 0 && isDevSection(heading);
      const optional = other ? `a template for another app (${other})` : heading && !devOnly ? `under "${heading}"` : void 0;
      for (const signal of variableSignals(name, value2, { path: path19, line, source: "env", scope: devOnly ? "dev" : scope })) signals.push({ ...signal, ...optional ? { optional } : {}, facts: { variable: name } });
    }
    return signals;
  }
};

// src/discover/extractors/docker-compose.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { posix } from "node:path";

// src/discover/extractors/image-ref.ts
var INTERPOLATION_WITH_DEFAULT = /\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}$]*)\}/g;
function parseImageRef(raw) {
  let ref = raw.trim().replace(INTERPOLATION_WITH_DEFAULT, "$1");
  const at = ref.indexOf("@");
  if (at !== -1) ref = ref.slice(0, at);
  let tag;
  const colon = ref.lastIndexOf(":");
  if (colon > ref.lastIndexOf("/")) {
    tag = ref.slice(colon + 1);
    ref = ref.slice(0, colon);
  }
  const repository = normalizeRepository(ref);
  if (!repository) return void 0;
  return { repository, ...tag && !/[${}]/.test(tag) ? { tag } : {} };
}
function normalizeRepository(raw) {
  const parts = raw.trim().toLowerCase().split("/").filter(Boolean);
  if (parts.length > 1 && (parts[0].includes(".") || parts[0].includes(":") || parts[0] === "localhost")) parts.shift();
  if (parts.length > 1 && parts[0] === "library") parts.shift();
  const repository = parts.join("/");
  if (!repository || /[${}\s]/.test(repository)) return void 0;
  return repository;
}
var DEV_HELPER_IMAGES = /* @__PURE__ */ new Set([
  "mailhog",
  "mailpit",
  "inbucket",
  "maildev",
  "mailcatcher",
  "smtp4dev",
  "greenmail",
  "adminer",
  "pgadmin4",
  "pgadmin",
  "phpmyadmin",
  "redis-commander",
  "redisinsight",
  "mongo-express",
  "kafka-ui",
  "kafdrop",
  "localstack",
  "azurite",
  "dynamodb-local",
  "fake-gcs-server",
  "cloud-sql-proxy-emulator",
  "firebase-emulator",
  "wiremock",
  "mockserver",
  "prism",
  "toxiproxy"
]);
function isDevHelperImage(repository) {
  return DEV_HELPER_IMAGES.has(repository.slice(repository.lastIndexOf("/") + 1));
}

// src/discover/extractors/yaml-nodes.ts
var import_yaml = __toESM(require_dist(), 1);
function firstLine2(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
var MAX_ALIAS_EXPANSION = 1e3;
function reportErrors(doc, warn, lineCounter) {
  const error = doc.errors[0];
  if (error) {
    warn(`invalid YAML: ${firstLine2(error.message)}`, error.linePos?.[0]?.line);
    return false;
  }
  const duplicate = duplicateKey(doc);
  if (duplicate) {
    warn(`invalid YAML: ${DUPLICATE_KEY_MESSAGE}`, duplicate.range ? lineCounter.linePos(duplicate.range[0]).line : void 0);
    return false;
  }
  let firstAlias;
  (0, import_yaml.visit)(doc, { Alias: (_, node2) => (firstAlias = node2, import_yaml.visit.BREAK) });
  if (!firstAlias) return true;
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
    return true;
  } catch (aliasError) {
    const line = firstAlias.range ? lineCounter.linePos(firstAlias.range[0]).line : void 0;
    warn(`invalid YAML: ${firstLine2(aliasError instanceof Error ? aliasError.message : String(aliasError))}`, line);
    return false;
  }
}
var YAML_PARSE_OPTIONS = { uniqueKeys: false };
function yamlFitsLimits(text4, warn) {
  const problem = yamlShapeProblem(text4);
  if (problem) warn(problem);
  return problem === void 0;
}
var NOTHING = { docs: [], lineOf: () => 1 };
function parseYaml(text4, warn) {
  if (!yamlFitsLimits(text4, warn)) return NOTHING;
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text4, { lineCounter, ...YAML_PARSE_OPTIONS });
  const docs = reportErrors(doc, warn, lineCounter) ? [doc] : [];
  return { docs, lineOf: (node2) => node2?.range ? lineCounter.linePos(node2.range[0]).line : 1 };
}
function parseYamlStream(text4, warn) {
  if (!yamlFitsLimits(text4, warn)) return NOTHING;
  const lineCounter = new import_yaml.LineCounter();
  const all2 = (0, import_yaml.parseAllDocuments)(text4, { lineCounter, ...YAML_PARSE_OPTIONS });
  const docs = Array.isArray(all2) ? all2.filter((doc) => reportErrors(doc, warn, lineCounter)) : [];
  return { docs, lineOf: (node2) => node2?.range ? lineCounter.linePos(node2.range[0]).line : 1 };
}
function resolve(node2, doc) {
  let current = node2;
  for (let hops = 0; (0, import_yaml.isAlias)(current) && hops < 10; hops++) current = current.resolve(doc);
  return current && typeof current === "object" ? current : void 0;
}
function mapEntries(node2, doc, depth = 0) {
  const map2 = resolve(node2, doc);
  if (!(0, import_yaml.isMap)(map2) || depth > 5) return [];
  const own4 = [];
  const merged = [];
  for (const pair of map2.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : void 0;
    if (key === void 0) continue;
    if (key === "<<") {
      const source = resolve(pair.value, doc);
      const sources = (0, import_yaml.isSeq)(source) ? source.items : [source];
      for (const item of sources) merged.push(...mapEntries(item, doc, depth + 1));
    } else {
      own4.push([key, pair.value ?? void 0, pair.key]);
    }
  }
  const seen = new Set(own4.map(([key]) => key));
  return [...own4, ...merged.filter(([key]) => !seen.has(key) && (seen.add(key), true))];
}
function mapGet(node2, key, doc) {
  const entry = mapEntries(node2, doc).find(([k]) => k === key);
  return entry ? resolve(entry[1], doc) : void 0;
}
function mapPath(node2, keys, doc) {
  let current = resolve(node2, doc);
  for (const key of keys) current = current ? mapGet(current, key, doc) : void 0;
  return current;
}
function seqItems(node2, doc) {
  const seq = resolve(node2, doc);
  if (!(0, import_yaml.isSeq)(seq)) return [];
  return seq.items.map((item) => resolve(item, doc)).filter((item) => item !== void 0);
}
function scalarText(node2, doc) {
  const value2 = resolve(node2, doc);
  if (!(0, import_yaml.isScalar)(value2) || value2.value === null || value2.value === void 0) return void 0;
  return typeof value2.value === "object" ? void 0 : String(value2.value);
}

// src/discover/extractors/docker-compose.ts
function isComposeFile(path19) {
  return /^(docker-)?compose([.-][^/]+)?\.ya?ml$/.test(lowerName(path19));
}
function isDevComposeFile(path19) {
  return hasDevToken(path19) || /^(docker-)?compose\.override\.ya?ml$/.test(lowerName(path19));
}
var DEV_PROFILES = /* @__PURE__ */ new Set(["dev", "development", "local", "test", "testing", "ci", "e2e", "debug", "tools"]);
function hasDevProfile(service, doc) {
  return profilesOf(service, doc).some((p) => DEV_PROFILES.has(p));
}
function profilesOf(service, doc) {
  return seqItems(mapGet(service, "profiles", doc), doc).map((p) => (scalarText(p, doc) ?? "").toLowerCase());
}
function optionalProfile(service, doc) {
  const profiles = profilesOf(service, doc).filter((p) => !/^\$\{\w+(?::?-)?\}$/.test(p));
  if (profiles.length === 0 || profiles.some((p) => /(?:^|[-_.])prod(?:uction)?(?:$|[-_.])/.test(p))) return void 0;
  return `started only with --profile ${profiles.join(" or --profile ")}`;
}
var RUNTIME_ENV_NAMES = /* @__PURE__ */ new Set(["NODE_ENV", "RAILS_ENV", "RACK_ENV", "APP_ENV", "FLASK_ENV", "DJANGO_ENV", "MIX_ENV", "GO_ENV", "ASPNETCORE_ENVIRONMENT", "ENVIRONMENT", "ENV"]);
var DEV_RUNTIME_VALUES = /* @__PURE__ */ new Set(["development", "dev", "local", "test", "testing"]);
function runsInDevelopment(environment, doc) {
  const value2 = (name, raw) => RUNTIME_ENV_NAMES.has(name.toUpperCase()) && DEV_RUNTIME_VALUES.has((raw ?? "").trim().toLowerCase());
  if ((0, import_yaml2.isMap)(environment)) return mapEntries(environment, doc).some(([name, v]) => value2(name, scalarText(v, doc)));
  return seqItems(environment, doc).some((item) => {
    const entry = scalarText(item, doc) ?? "";
    const eq = entry.indexOf("=");
    return eq !== -1 && value2(entry.slice(0, eq).trim(), entry.slice(eq + 1));
  });
}
function buildTarget(build, composePath, doc) {
  const context = ((0, import_yaml2.isScalar)(build) ? scalarText(build, doc) : scalarText(mapGet(build, "context", doc), doc)) ?? ((0, import_yaml2.isMap)(build) ? "." : void 0);
  if (context === void 0 || /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.includes("${")) return void 0;
  const folder = posix.normalize(posix.join(dirname(composePath) || ".", context));
  if (folder === ".." || folder.startsWith("../") || posix.isAbsolute(folder)) return void 0;
  const root = folder === "." ? "" : folder;
  const dockerfile2 = (0, import_yaml2.isMap)(build) ? scalarText(mapGet(build, "dockerfile", doc), doc) : void 0;
  return { folder: root, ...dockerfile2 && !dockerfile2.includes("${") ? { dockerfile: posix.normalize(posix.join(root || ".", dockerfile2)) } : {} };
}
var DEV_ONLY_HEADER = /\b(?:only (?:used |meant |intended )?for (?:debug(?:ging)?|development|local(?: development)?|testing|tests)|not (?:intended |meant |suitable )?for production|(?:development|dev|debug) only|for local development)\b/i;
var dockerCompose = {
  id: "compose",
  claimsName: isComposeFile,
  matches: isComposeFile,
  extract({ path: path19, text: text4, warn }) {
    const { docs, lineOf } = parseYaml(text4, warn);
    const doc = docs[0];
    if (!doc) return [];
    if (doc.contents !== null && !(0, import_yaml2.isMap)(doc.contents)) {
      warn("a compose file is a YAML mapping", lineOf(doc.contents));
      return [];
    }
    const firstKey = (0, import_yaml2.isMap)(doc.contents) ? doc.contents.items[0]?.key : void 0;
    const header = `${doc.commentBefore ?? ""}
${doc.contents?.commentBefore ?? ""}
${firstKey?.commentBefore ?? ""}`;
    const fileIsDev = isDevComposeFile(path19) || DEV_ONLY_HEADER.test(header);
    const signals = [];
    const dependents = dependentsOf(mapGet(doc.contents, "services", doc), doc);
    for (const [serviceName, service, keyNode] of mapEntries(mapGet(doc.contents, "services", doc), doc)) {
      const imageNode = mapGet(service, "image", doc);
      const image = parseImageRef(scalarText(imageNode, doc) ?? "");
      const environment = mapGet(service, "environment", doc);
      const comment = keyNode.commentBefore ?? "";
      const serviceIsDev = fileIsDev || hasDevProfile(service, doc) || image !== void 0 && isDevHelperImage(image.repository) || DEV_ONLY_HEADER.test(comment) || runsInDevelopment(environment, doc);
      const scope = serviceIsDev ? "dev" : "prod";
      const optional = optionalProfile(service, doc);
      const build = mapGet(service, "build", doc);
      const target = build ? buildTarget(build, path19, doc) : void 0;
      if (target) {
        signals.push({
          kind: "deploy",
          name: target.folder,
          path: path19,
          line: lineOf(build),
          source: "compose",
          detail: `service "${serviceName}" builds ${target.dockerfile ?? (target.folder || ".")}`,
          ...target.dockerfile ? { refs: [target.dockerfile] } : {},
          scope
        });
      }
      if (image) {
        signals.push({
          kind: "image",
          name: image.repository,
          path: path19,
          line: lineOf(imageNode),
          source: "compose",
          detail: `service "${serviceName}" image ${image.repository}${image.tag ? `:${image.tag}` : ""}`,
          ...image.tag ? { version: image.tag } : {},
          scope,
          ...optional ? { optional } : {},
          facts: serviceFacts(serviceName, image.repository, service, doc, dependents.get(serviceName))
        });
      }
      const envSignals2 = environmentSignals(environment, doc, lineOf, { path: path19, serviceName, scope });
      signals.push(...optional ? envSignals2.map((signal) => ({ ...signal, optional })) : envSignals2);
    }
    return signals;
  }
};
function environmentSignals(node2, doc, lineOf, site) {
  const context = `service "${site.serviceName}" environment`;
  const signals = [];
  const add = (name, value2, at) => {
    if (!/^[A-Za-z_][\w.-]*$/.test(name)) return;
    for (const signal of variableSignals(name, value2, { path: site.path, line: lineOf(at), source: "compose", context, scope: site.scope })) {
      signals.push({ ...signal, facts: { service: site.serviceName, variable: name } });
    }
  };
  if ((0, import_yaml2.isMap)(node2)) {
    for (const [name, value2, keyNode] of mapEntries(node2, doc)) add(name, scalarText(value2, doc), keyNode);
  } else if ((0, import_yaml2.isSeq)(node2)) {
    for (const item of seqItems(node2, doc)) {
      const entry = scalarText(item, doc);
      if (entry === void 0) continue;
      const eq = entry.indexOf("=");
      add(eq === -1 ? entry.trim() : entry.slice(0, eq).trim(), eq === -1 ? void 0 : entry.slice(eq + 1), item);
    }
  }
  return signals;
}
var NON_SECRET_SETTINGS = /* @__PURE__ */ new Set([
  "POSTGRES_USER",
  "POSTGRES_DB",
  "MYSQL_DATABASE",
  "MYSQL_USER",
  "MARIADB_DATABASE",
  "MARIADB_USER",
  "MONGO_INITDB_DATABASE",
  "MONGO_INITDB_ROOT_USERNAME",
  "RABBITMQ_DEFAULT_VHOST",
  "discovery.type",
  "cluster.name",
  "KAFKA_CFG_PROCESS_ROLES",
  "KAFKA_PROCESS_ROLES",
  "CASSANDRA_CLUSTER_NAME"
]);
function serviceFacts(serviceName, repository, service, doc, dependents) {
  const facts = { service: serviceName, image: repository };
  const containerName = scalarText(mapGet(service, "container_name", doc), doc);
  if (containerName) facts.container_name = containerName;
  const env = mapGet(service, "environment", doc);
  const names = [];
  const note = (name, value2) => {
    names.push(name);
    if (value2 !== void 0 && NON_SECRET_SETTINGS.has(name) && !value2.includes("$") && value2.trim()) facts[`env.${name}`] = value2.trim();
  };
  if ((0, import_yaml2.isMap)(env)) for (const [name, value2] of mapEntries(env, doc)) note(name, scalarText(value2, doc));
  else if ((0, import_yaml2.isSeq)(env)) {
    for (const item of seqItems(env, doc)) {
      const entry = scalarText(item, doc) ?? "";
      const eq = entry.indexOf("=");
      note((eq === -1 ? entry : entry.slice(0, eq)).trim(), eq === -1 ? void 0 : entry.slice(eq + 1));
    }
  }
  if (names.length) facts.environment = names.join(",");
  const volumes = seqItems(mapGet(service, "volumes", doc), doc).map((v) => scalarText(v, doc) ?? scalarText(mapGet(v, "source", doc), doc)).filter((v) => !!v);
  if (volumes.length) facts.volumes = volumes.map((v) => v.split(":")[0]).join(",");
  const ports = seqItems(mapGet(service, "ports", doc), doc);
  facts.published = ports.some((p) => (scalarText(p, doc) ?? "").includes(":") || mapGet(p, "published", doc) !== void 0) ? "yes" : "no";
  const command = scalarText(mapGet(service, "command", doc), doc) ?? seqItems(mapGet(service, "command", doc), doc).map((c) => scalarText(c, doc) ?? "").join(" ");
  if (command && command.length <= 200 && !/pass|secret|token/i.test(command)) facts.command = command;
  if (dependents?.length) facts.dependents = dependents.join(",");
  return facts;
}
function dependentsOf(services, doc) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, service] of mapEntries(services, doc)) {
    const dependsOn = mapGet(service, "depends_on", doc);
    const targets = (0, import_yaml2.isSeq)(dependsOn) ? seqItems(dependsOn, doc).map((d) => scalarText(d, doc) ?? "") : mapEntries(dependsOn, doc).map(([key]) => key);
    for (const target of targets.filter(Boolean)) out.set(target, [...out.get(target) ?? [], name]);
  }
  return out;
}

// src/discover/extractors/helm-chart.ts
var import_yaml3 = __toESM(require_dist(), 1);
function isHelmChartFile(path19) {
  const name = basename(path19);
  return name === "Chart.yaml" || name === "requirements.yaml";
}
async function siblingValues(readSibling2) {
  const text4 = await readSibling2?.("values.yaml");
  if (!text4 || yamlShapeProblem(text4) !== void 0) return {};
  const doc = (0, import_yaml3.parseDocument)(text4, YAML_PARSE_OPTIONS);
  if (doc.errors.length > 0) return {};
  let values;
  try {
    values = doc.toJS({ maxAliasCount: 1e3 });
  } catch {
    return {};
  }
  return values && typeof values === "object" ? values : {};
}
function valueAt(values, dotted) {
  let current = values;
  for (const key of dotted.split(".")) {
    if (!current || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}
function isDependencyEnabled(condition, tags, values) {
  for (const path19 of (condition ?? "").split(",").map((p) => p.trim()).filter(Boolean)) {
    const value2 = valueAt(values, path19);
    if (typeof value2 === "boolean") return value2;
  }
  const tagValues = tags.map((tag) => valueAt(values, `tags.${tag}`)).filter((v) => typeof v === "boolean");
  if (tagValues.includes(true)) return true;
  return !tagValues.includes(false);
}
var helmChart = {
  id: "helm",
  claimsName: isHelmChartFile,
  matches: isHelmChartFile,
  async extract({ path: path19, text: text4, warn, readSibling: readSibling2 }) {
    const { docs, lineOf } = parseYaml(text4, warn);
    const doc = docs[0];
    if (!doc) return [];
    const dependencies = seqItems(mapGet(doc.contents, "dependencies", doc), doc);
    if (dependencies.length === 0) return [];
    const values = await siblingValues(readSibling2);
    const scope = hasDevToken(path19) ? "dev" : "prod";
    const signals = [];
    for (const dependency of dependencies) {
      const nameNode = mapGet(dependency, "name", doc);
      const name = scalarText(nameNode, doc);
      if (!name) continue;
      const condition = scalarText(mapGet(dependency, "condition", doc), doc);
      const tags = seqItems(mapGet(dependency, "tags", doc), doc).map((t) => scalarText(t, doc)).filter((t) => !!t);
      if (!isDependencyEnabled(condition, tags, values)) continue;
      const version2 = scalarText(mapGet(dependency, "version", doc), doc);
      const alias = scalarText(mapGet(dependency, "alias", doc), doc);
      signals.push({
        kind: "helm-chart",
        name,
        path: path19,
        line: lineOf(nameNode),
        source: "helm",
        detail: `dependency "${name}"${version2 ? ` ${version2}` : ""}${alias ? ` as "${alias}"` : ""}${condition ? ` (condition ${condition})` : ""}`,
        ...version2 ? { version: version2 } : {},
        scope,
        facts: { chart: name, ...alias ? { alias } : {}, ...scalarText(mapGet(dependency, "repository", doc), doc) ? { repository: scalarText(mapGet(dependency, "repository", doc), doc) } : {}, ...scalarText(mapGet(doc.contents, "name", doc), doc) ? { parentChart: scalarText(mapGet(doc.contents, "name", doc), doc) } : {} }
      });
    }
    return signals;
  }
};

// src/discover/extractors/helm-values.ts
var import_yaml4 = __toESM(require_dist(), 1);
function isHelmValuesName(path19) {
  const name = lowerName(path19);
  return /\.ya?ml$/.test(name) && name.replace(/\.ya?ml$/, "").split(/[._-]+/).includes("values");
}
var CHART_DIRS = /* @__PURE__ */ new Set(["charts", "chart", "helm"]);
function isImageKey(key) {
  return key === "image" || /[a-z]Image$/.test(key);
}
var helmValues = {
  id: "helm-values",
  claimsName: isHelmValuesName,
  matches: isHelmValuesName,
  async extract({ path: path19, text: text4, warn, readSibling: readSibling2 }) {
    const inChartFolder = path19.toLowerCase().split("/").slice(0, -1).some((folder) => CHART_DIRS.has(folder));
    const chart = await readSibling2?.("Chart.yaml");
    if (!inChartFolder && chart === void 0) return [];
    const { docs, lineOf } = parseYaml(text4, warn);
    const doc = docs[0];
    if (!doc) return [];
    const signals = [];
    const site = { path: path19, scope: hasDevToken(path19) ? "dev" : "prod", lineOf, doc };
    const listed = /* @__PURE__ */ new Set([...chartDependencyNames(chart), ...chartDependencyNames(await readSibling2?.("requirements.yaml"))]);
    signals.push(...enabledSubcharts(doc.contents, site).filter((s) => !listed.has(s.name)));
    walk2(doc.contents, [], site, signals);
    return signals;
  }
};
function chartDependencyNames(text4) {
  if (!text4) return [];
  const { docs } = parseYaml(text4, () => void 0);
  const doc = docs[0];
  if (!doc) return [];
  return seqItems(mapGet(doc.contents, "dependencies", doc), doc).flatMap((d) => [scalarText(mapGet(d, "name", doc), doc), scalarText(mapGet(d, "alias", doc), doc)]).filter((n) => !!n);
}
function enabledSubcharts(root, site) {
  const { doc } = site;
  const signals = [];
  for (const [key, value2] of mapEntries(root, doc)) {
    const enabled = mapGet(value2, "enabled", doc);
    if (scalarText(enabled, doc) !== "true") continue;
    signals.push({ kind: "helm-chart", name: key, path: site.path, line: site.lineOf(enabled), source: "helm-values", detail: `values ${key}.enabled: true`, scope: site.scope });
  }
  return signals;
}
function walk2(node2, keys, site, out) {
  const { doc } = site;
  if (keys.length > 20) return;
  if ((0, import_yaml4.isSeq)(resolve(node2, doc))) {
    seqItems(node2, doc).forEach((item, index2) => walk2(item, [...keys, String(index2)], site, out));
    return;
  }
  if (!(0, import_yaml4.isMap)(resolve(node2, doc))) return;
  if (scalarText(mapGet(node2, "enabled", doc), doc) === "false") return;
  for (const [key, value2] of mapEntries(node2, doc)) {
    const here = [...keys, key];
    if (isImageKey(key)) {
      const signal = imageSignal(resolve(value2, doc), here.join("."), site);
      if (signal) {
        out.push(signal);
        continue;
      }
    }
    walk2(value2, here, site, out);
  }
}
function imageSignal(node2, keyPath, site) {
  const { doc } = site;
  let at = node2;
  let raw = scalarText(node2, doc);
  if ((0, import_yaml4.isMap)(node2)) {
    at = mapGet(node2, "repository", doc) ?? mapGet(node2, "name", doc);
    const repository = scalarText(at, doc);
    if (!repository) return void 0;
    const registry = scalarText(mapGet(node2, "registry", doc), doc);
    const tag = scalarText(mapGet(node2, "tag", doc) ?? mapGet(node2, "defaultTag", doc), doc);
    raw = `${registry ? `${registry}/` : ""}${repository}${tag && !repository.includes(":") ? `:${tag}` : ""}`;
  }
  const image = raw && !/^(true|false)$/.test(raw) ? parseImageRef(raw) : void 0;
  if (!image) return void 0;
  return {
    kind: "image",
    name: image.repository,
    path: site.path,
    line: site.lineOf(at),
    source: "helm",
    detail: `values ${keyPath} ${image.repository}${image.tag ? `:${image.tag}` : ""}`,
    ...image.tag ? { version: image.tag } : {},
    scope: site.scope === "dev" || isDevHelperImage(image.repository) ? "dev" : "prod",
    facts: { valuesKey: keyPath, image: image.repository }
  };
}

// src/discover/extractors/kubernetes.ts
var MANIFEST_DIRS = /* @__PURE__ */ new Set([
  "k8s",
  ".k8s",
  "kube",
  "kubernetes",
  "manifests",
  "deploy",
  "deployment",
  "deployments",
  "infra",
  "infrastructure",
  "charts",
  "helm",
  "kustomize",
  "overlays",
  "argocd",
  "gitops",
  "openshift"
]);
var MANIFEST_NAME_WORDS = /* @__PURE__ */ new Set(["k8s", "kube", "kubernetes", "deployment", "statefulset", "daemonset", "cronjob", "manifest", "manifests"]);
function isKubernetesCandidate(path19) {
  const name = lowerName(path19);
  if (!/\.ya?ml$/.test(name)) return false;
  if (isComposeFile(path19) || isHelmChartFile(path19) || isHelmValuesName(path19) || path19.startsWith(".github/")) return false;
  const folders = path19.toLowerCase().split("/").slice(0, -1);
  if (folders.some((folder) => MANIFEST_DIRS.has(folder) || folder.split(/[._-]+/).some((word) => MANIFEST_DIRS.has(word)))) return true;
  return name.replace(/\.ya?ml$/, "").split(/[._-]+/).some((word) => MANIFEST_NAME_WORDS.has(word));
}
var POD_SPEC_PATHS = {
  Pod: ["spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"]
};
function isCustomGroup(group) {
  return group.includes(".") && !group.endsWith(".k8s.io");
}
var kubernetesManifest = {
  id: "kubernetes",
  claimsName: (name) => /\.ya?ml$/i.test(name),
  matches: isKubernetesCandidate,
  extract({ path: path19, text: text4, warn }) {
    if (path19.split("/").includes("templates") && text4.includes("{{")) return [];
    if (!text4.includes("apiVersion") || !text4.includes("kind")) return [];
    const { docs, lineOf } = parseYamlStream(text4, warn);
    const scope = hasDevToken(path19) ? "dev" : "prod";
    const signals = [];
    for (const doc of docs) signals.push(...resourceSignals(doc.contents, { path: path19, scope, lineOf, doc }, 0));
    return signals;
  }
};
function resourceSignals(node2, site, depth) {
  const { doc } = site;
  const apiVersion = scalarText(mapGet(node2, "apiVersion", doc), doc);
  const kindNode = mapGet(node2, "kind", doc);
  const kind = scalarText(kindNode, doc);
  if (!apiVersion || !kind) return [];
  if (kind === "List" && depth < 3) return seqItems(mapGet(node2, "items", doc), doc).flatMap((item) => resourceSignals(item, site, depth + 1));
  const resourceName = scalarText(mapPath(node2, ["metadata", "name"], doc), doc) ?? "?";
  const specPath = POD_SPEC_PATHS[kind];
  const facts = workloadFacts(node2, kind, resourceName, site);
  if (specPath) return podSpecSignals(mapPath(node2, specPath, doc), `${kind} "${resourceName}"`, site, facts);
  if ((kind === "ConfigMap" || kind === "Secret") && apiVersion === "v1") return settingSignals(node2, `${kind} "${resourceName}"`, site);
  const slash = apiVersion.indexOf("/");
  const group = slash === -1 ? "" : apiVersion.slice(0, slash);
  if (!isCustomGroup(group)) return [];
  return [{
    kind: "platform",
    name: `k8s:${group}/${kind}`,
    path: site.path,
    line: site.lineOf(kindNode),
    source: "kubernetes",
    detail: `${kind} "${resourceName}" (${apiVersion})`,
    scope: site.scope,
    facts: { ...facts, apiVersion }
  }];
}
function settingSignals(node2, owner, site) {
  const { doc, lineOf, path: path19 } = site;
  const secret = scalarText(mapGet(node2, "kind", doc), doc) === "Secret";
  const signals = [];
  for (const section of ["data", "stringData"]) {
    for (const [name, value2, keyNode] of mapEntries(mapGet(node2, section, doc), doc)) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
      const text4 = secret ? void 0 : scalarText(value2, doc);
      signals.push(...variableSignals(name, text4, { path: path19, line: lineOf(keyNode), source: "kubernetes", context: `${owner} ${section}`, scope: site.scope }));
    }
  }
  return signals;
}
function labelText(node2, doc) {
  const pairs = mapEntries(node2, doc).map(([key, value2]) => `${key}=${scalarText(value2, doc) ?? ""}`);
  return pairs.length ? pairs.join(",") : void 0;
}
function workloadFacts(node2, kind, name, site) {
  const { doc } = site;
  const facts = { kind, name };
  const namespace = scalarText(mapPath(node2, ["metadata", "namespace"], doc), doc);
  if (namespace) facts.namespace = namespace;
  const selector = labelText(mapPath(node2, ["spec", "selector", "matchLabels"], doc), doc);
  const labels = selector ?? labelText(mapPath(node2, kind === "Pod" ? ["metadata", "labels"] : ["spec", "template", "metadata", "labels"], doc), doc);
  if (labels) facts.labels = labels;
  const replicas = scalarText(mapPath(node2, ["spec", "replicas"], doc), doc);
  if (replicas) facts.replicas = replicas;
  const serviceName = scalarText(mapPath(node2, ["spec", "serviceName"], doc), doc);
  if (serviceName) facts.serviceName = serviceName;
  return facts;
}
function podSpecSignals(spec, owner, site, facts) {
  const { doc, lineOf, path: path19 } = site;
  const signals = [];
  for (const list2 of ["initContainers", "containers"]) {
    for (const container of seqItems(mapGet(spec, list2, doc), doc)) {
      const containerName = scalarText(mapGet(container, "name", doc), doc) ?? "?";
      const context = `${owner} container "${containerName}"`;
      const imageNode = mapGet(container, "image", doc);
      const image = parseImageRef(scalarText(imageNode, doc) ?? "");
      const scope = site.scope === "dev" || image !== void 0 && isDevHelperImage(image.repository) ? "dev" : "prod";
      if (image) {
        signals.push({
          kind: "image",
          name: image.repository,
          path: path19,
          line: lineOf(imageNode),
          source: "kubernetes",
          detail: `${context} image ${image.repository}${image.tag ? `:${image.tag}` : ""}`,
          ...image.tag ? { version: image.tag } : {},
          scope,
          facts: { ...facts, container: containerName, image: image.repository, ...containerEnvFacts(container, doc) }
        });
      }
      for (const variable of seqItems(mapGet(container, "env", doc), doc)) {
        const nameNode = mapGet(variable, "name", doc);
        const name = scalarText(nameNode, doc);
        if (!name) continue;
        const value2 = scalarText(mapGet(variable, "value", doc), doc);
        for (const signal of variableSignals(name, value2, { path: path19, line: lineOf(nameNode), source: "kubernetes", context: `${context} env`, scope })) {
          signals.push({ ...signal, facts: { ...facts, container: containerName, variable: name } });
        }
      }
    }
  }
  return signals;
}
var NON_SECRET_SETTINGS2 = /* @__PURE__ */ new Set(["POSTGRES_USER", "POSTGRES_DB", "MYSQL_DATABASE", "MYSQL_USER", "MARIADB_DATABASE", "MARIADB_USER", "MONGO_INITDB_ROOT_USERNAME", "discovery.type", "CASSANDRA_CLUSTER_NAME"]);
function containerEnvFacts(container, doc) {
  const facts = {};
  const names = [];
  for (const variable of seqItems(mapGet(container, "env", doc), doc)) {
    const name = scalarText(mapGet(variable, "name", doc), doc);
    if (!name) continue;
    names.push(name);
    const value2 = scalarText(mapGet(variable, "value", doc), doc);
    if (value2 && NON_SECRET_SETTINGS2.has(name) && !value2.includes("$")) facts[`env.${name}`] = value2;
  }
  if (names.length) facts.environment = names.join(",");
  return facts;
}

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
var nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
var nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
var regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string3, regex2) {
  const matches = [];
  let match = regex2.exec(string3);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex2.lastIndex - match[0].length;
    const len = match.length;
    for (let index2 = 0; index2 < len; index2++) {
      allmatches.push(match[index2]);
    }
    matches.push(allmatches);
    match = regex2.exec(string3);
  }
  return matches;
}
var isName = function(string3) {
  const match = regexName.exec(string3);
  return !(match === null || typeof match === "undefined");
};
function isExist(v) {
  return typeof v !== "undefined";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
];
var criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions = {
  allowBooleanAttributes: false,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace2(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace2(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace2(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
var doubleQuote = '"';
var singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace2(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace2(attrStr[i]) && attrStr[i] !== "=") i++;
    const name = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace2(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value2;
    let k = i;
    while (k < len && isWhiteSpace2(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value2 = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value2;
    tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] !== void 0 && matches[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === void 0 && !options.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code2, message, lineNumber) {
  return {
    err: {
      code: code2,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index2) {
  const lines = xmlData.substring(0, index2).split(/\r?\n/);
  return {
    line: lines.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
};
var COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
});
var SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name) {
  if (name[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map2 of maps) {
    if (!map2) continue;
    for (const key of Object.keys(map2)) {
      const raw = map2[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external";
var LIMIT_TIER_BASE = "base";
var LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
var XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
    this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value2, context) {
    if (!hook) return true;
    const action = hook(name, value2);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map2) {
    if (map2) {
      for (const key of Object.keys(map2)) {
        validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map2);
      return;
    }
    const flat = mergeEntityMaps(map2);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value2] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value2, "external")) {
        filtered[name] = value2;
      }
    }
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value2) {
    validateEntityName(key);
    if (typeof value2 === "string" && value2.indexOf("&") === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value2, "external")) {
        this._externalMap[key] = value2;
      }
    }
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map2) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map2);
      return;
    }
    const flat = mergeEntityMaps(map2);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value2] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value2, "input")) {
        filtered[name] = value2;
      }
    }
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version2) {
    this._ncrXmlVersion = version2 === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== "string" || str.length === 0) return str;
    if (str.indexOf("&") === -1) return str;
    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0;
    let i = 0;
    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;
    while (i < len) {
      if (str.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
      if (j >= len || str.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      const token = str.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement;
      let tier;
      if (this._removeSet.has(token)) {
        replacement = "";
        if (tier === void 0) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult;
        tier = LIMIT_TIER_BASE;
      } else {
        const resolved2 = this._resolveName(token);
        replacement = resolved2?.value;
        tier = resolved2?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1;
      i = last;
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }
    if (last < len) chunks.push(str.slice(last));
    const result = chunks.length === 0 ? str : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return void 0;
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    if (cp === 0) return this._ncrNullLevel;
    if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
    if (this._ncrXmlVersion === 1) {
      if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }
    return -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return void 0;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 || second === 88) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }
    if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
    const minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
    const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};
var defaultOptions2 = {
  preserveOrder: false,
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  removeNSPrefix: false,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true,
  //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== "string") {
    return;
  }
  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value2, htmlEntities) {
  if (typeof value2 === "boolean") {
    return {
      enabled: value2,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value2 === "object" && value2 !== null) {
    return {
      enabled: value2.enabled !== false,
      maxEntitySize: Math.max(1, value2.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value2.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value2.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value2.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value2.maxEntityCount ?? 1e3),
      allowedTags: value2.allowedTags ?? null,
      tagFilter: value2.tagFilter ?? null,
      appliesTo: value2.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var buildOptions = function(options) {
  const built = Object.assign({}, defaultOptions2, options);
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (const { value: value2, name } of propertyNameOptions) {
    if (value2) {
      validatePropertyName(value2, name);
    }
  }
  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map((node2) => {
      if (typeof node2 === "string" && node2.startsWith("*.")) {
        return ".." + node2.substring(2);
      }
      return node2;
    });
  }
  return built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
}
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = [];
    this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node2, startIndex) {
    if (node2.tagname === "__proto__") node2.tagname = "#__proto__";
    if (node2[":@"] && Object.keys(node2[":@"]).length > 0) {
      this.child.push({ [node2.tagname]: node2.child, [":@"]: node2[":@"] });
    } else {
      this.child.push({ [node2.tagname]: node2.child });
    }
    this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    if (startIndex !== void 0) {
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }
  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options;
    this.options = options;
    this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    const entities = /* @__PURE__ */ Object.create(null);
    let entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1;
      let hasBody = false, comment = false;
      let quoteChar = null;
      let exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          if (xmlData[i] === quoteChar) quoteChar = null;
          exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i];
          exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
            if (val.indexOf("&") === -1) {
              if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              }
              entities[entityName] = val;
              entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            const { index: index2 } = this.readElementExp(xmlData, i + 1);
            i = index2;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
            i += 8;
          } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            const { index: index2 } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index2;
          } else if (hasSeq(xmlData, "!--", i)) comment = true;
          else throw new Error(`Invalid DOCTYPE`);
          angleBracketsCount++;
          exp = "";
        } else if (xmlData[i] === ">") {
          if (comment) {
            if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
              comment = false;
              angleBracketsCount--;
            }
          } else {
            angleBracketsCount--;
          }
          if (angleBracketsCount === 0) {
            break;
          }
        } else if (xmlData[i] === "[") {
          hasBody = true;
        } else {
          exp += xmlData[i];
        }
      }
      if (quoteChar !== null || angleBracketsCount !== 0) {
        throw new Error(`Unclosed DOCTYPE`);
      }
    } else {
      throw new Error(`Invalid Tag instead of DOCTYPE`);
    }
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
      i++;
    }
    let entityName = xmlData.substring(startIndex, i);
    validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    if (!this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
        throw new Error("External entities are not supported");
      } else if (xmlData[i] === "%") {
        throw new Error("Parameter entities are not supported");
      }
    }
    let entityValue = "";
    [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
    if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    }
    i--;
    return [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    const identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    }
    i += identifierType.length;
    i = skipWhitespace(xmlData, i);
    let publicIdentifier = null;
    let systemIdentifier = null;
    if (identifierType === "PUBLIC") {
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      }
    } else if (identifierType === "SYSTEM") {
      [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      if (!this.suppressValidationErr && !systemIdentifier) {
        throw new Error("Missing mandatory system identifier for SYSTEM notation");
      }
    }
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "";
    const startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'") {
      throw new Error(`Expected quoted string, found "${startChar}"`);
    }
    i++;
    const startIndex = i;
    while (i < xmlData.length && xmlData[i] !== startChar) {
      i++;
    }
    identifierVal = xmlData.substring(startIndex, i);
    if (xmlData[i] !== startChar) {
      throw new Error(`Unterminated ${type} value`);
    }
    i++;
    return [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid element name: "${elementName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      const startIndex2 = i;
      while (i < xmlData.length && xmlData[i] !== ")") {
        i++;
      }
      contentModel = xmlData.substring(startIndex2, i);
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated content model");
      }
    } else if (!this.suppressValidationErr) {
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    }
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      attributeType = "NOTATION";
      i += 8;
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] !== "(") {
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      }
      i++;
      let allowedNotations = [];
      while (i < xmlData.length && xmlData[i] !== ")") {
        const startIndex2 = i;
        while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
          i++;
        }
        let notation = xmlData.substring(startIndex2, i);
        notation = notation.trim();
        if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid notation name: "${notation}"`);
        }
        allowedNotations.push(notation);
        if (xmlData[i] === "|") {
          i++;
          i = skipWhitespace(xmlData, i);
        }
      }
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated list of notations");
      }
      i++;
      attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      const startIndex2 = i;
      while (i < xmlData.length && !/\s/.test(xmlData[i])) {
        i++;
      }
      attributeType += xmlData.substring(startIndex2, i);
      const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
        throw new Error(`Invalid attribute type: "${attributeType}"`);
      }
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
      defaultValue = "#REQUIRED";
      i += 8;
    } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
      defaultValue = "#IMPLIED";
      i += 7;
    } else {
      [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
    }
    return {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
};
var skipWhitespace = (data, index2) => {
  while (index2 < data.length && /\s/.test(data[index2])) {
    index2++;
  }
  return index2;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  else
    throw new Error(`Invalid entity name ${name}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];
var NOT_DIGIT = 255;
var HIGH_MAP = /* @__PURE__ */ new Map();
var LOW_MAX = 65535;
var LOW_MIN = 1632;
var TABLE_OFFSET = LOW_MIN;
var TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
var TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}

// node_modules/anynum/anynum.js
var CHAR_0 = 48;
var CHAR_9 = 57;
var CHAR_MINUS = 45;
var MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str) {
  if (typeof str !== "string") return str;
  const len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str;
  const chars = [];
  if (firstHit > 0) chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
var binRegex = /^0b[01]+$/;
var octRegex = /^0o[0-7]+$/;
var numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
var consider = {
  hex: true,
  binary: false,
  octal: false,
  leadingZeros: true,
  decimalPoint: ".",
  eNotation: true,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: false
};
function toNumber(str, options = {}) {
  options = Object.assign({}, consider, options);
  if (!str || typeof str !== "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
  else if (trimmedStr === "0") return 0;
  if (options.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num = Number(trimmedStr);
    if (Number.isNaN(num)) return str;
    return handleInfinity(str, num, options);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str, trimmedStr, options);
  } else {
    const match = numRegex.exec(trimmedStr);
    if (match) {
      const sign = match[1] || "";
      const leadingZeros = match[2];
      let numTrimmedByZeros = trimZeros(match[3]);
      const decimalAdjacentToLeadingZeros = sign ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str;
      } else {
        const num = Number(trimmedStr);
        const parsedStr = String(num);
        if (num === 0) return num;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options.eNotation) return num;
          else return str;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num;
          else if (parsedStr === numTrimmedByZeros) return num;
          else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
          else return str;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign + n === parsedStr ? num : str;
        } else {
          return n === parsedStr || n === sign + parsedStr ? num : str;
        }
      }
    } else {
      return str;
    }
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
  if (!options.eNotation) return str;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  const str = numStr.trim();
  if (base === 2 || base === 8) numStr = str.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num, options) {
  const isPositive = num === Infinity;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern2 of ignoreAttributes) {
        if (typeof pattern2 === "string" && attrName === pattern2) {
          return true;
        }
        if (pattern2 instanceof RegExp && pattern2.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern2, options = {}, data) {
    this.pattern = pattern2;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern2);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern2) {
    const segments = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern2.length) {
      if (pattern2[i] === this.separator) {
        if (i + 1 < pattern2.length && pattern2[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern2[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }
    return segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content3 = bracketMatch[2].slice(1, -1);
        if (content3) {
          bracketContent = content3;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map();
    this._wildcardByDepth = /* @__PURE__ */ new Map();
    this._deepWildcards = [];
    this._deepByTerminalTag = /* @__PURE__ */ new Map();
    this._patterns = /* @__PURE__ */ new Set();
    this._sealed = false;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    }
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);
    if (expression.hasDeepWildcard()) {
      const lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        const tag2 = lastSeg2.tag;
        if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
        this._deepByTerminalTag.get(tag2).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }
    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;
    if (!tag || tag === "*") {
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path19 = this._matcher.path;
    return path19.length > 0 ? path19[path19.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path19 = this._matcher.path;
    return path19.length > 0 ? path19[path19.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path19 = this._matcher.path;
    if (path19.length === 0) return void 0;
    return path19[path19.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path19 = this._matcher.path;
    if (path19.length === 0) return false;
    const current = path19[path19.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path19 = this._matcher.path;
    if (path19.length === 0) return -1;
    return path19[path19.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path19 = this._matcher.path;
    if (path19.length === 0) return -1;
    return path19[path19.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher2 = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position2 = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node2 = {
      tag: tagName,
      position: position2,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node2.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node2.values = attrValues;
    }
    this.path.push(node2);
    const depth = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== void 0) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node2 = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node2;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep2 = separator || this.separator;
    const isDefault = sep2 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep2);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep2);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;
    if (segments.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }
    return this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node2, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node2.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node2.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node2.values || !(segment.attrName in node2.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node2.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node2.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node2) => ({ ...node2 })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node2) => ({ ...node2 }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
];
var html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
];
var xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
];
var svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
];
var sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
];
var shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
];
var redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep = `["'\\s]*:`;
var NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
];
var nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
];
var log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
];
var SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
var sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: "\n"
});
var ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match;
    return String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = true;
xml_default.decodeEntities = true;
svg_default.decodeEntities = true;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value2) {
  if (typeof value2 !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value2}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list2 of context) {
        if (!Array.isArray(list2) || list2.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value2, list2) {
  if (!list2.decodeEntities) return null;
  const decoded = decodeEntities(value2);
  return decoded === value2 ? null : decoded;
}
function matchList(value2, list2) {
  const label4 = list2.label ?? "CUSTOM";
  const decoded = decodedCopy(value2, list2);
  for (const rule of list2) {
    if (rule.pattern.test(value2) || decoded !== null && rule.pattern.test(decoded)) {
      return { context: label4, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value2, context) {
  assertString(value2);
  assertContext(context);
  const { lists, regex: regex2 } = normalise(context);
  if (regex2) return regex2.test(value2);
  for (const list2 of lists) {
    if (matchList(value2, list2) !== null) return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder;
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value2) => (
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value2, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
        )
        //postCheck: resolved => resolved
      });
    }
    this.matcher = new Matcher2();
    this.readonlyMatcher = this.matcher.readOnly();
    this.isCurrentNodeStopNode = false;
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === "string") {
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== void 0) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);
        if (attrValue(matches[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index2) => {
    if (newline.length === 2) {
      crlfPositions.push(index2 - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode("!xml");
  let currentNode = xmlObj;
  let textData = "";
  this.matcher.reset();
  this.entityDecoder.reset();
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {
    const ch = xmlData[i];
    if (ch === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        this.matcher.pop();
        this.isCurrentNodeStopNode = false;
        currentNode = this.tagsNodeStack.pop() || xmlObj;
        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1);
          docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
        } else {
          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");
          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == void 0) val = "";
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }
        i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result) {
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;
        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
        if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }
        if (currentNode && textData) {
          if (currentNode.tagname !== "!xml") {
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }
          attrExpPresent = tagName !== tagExp;
        }
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = void 0;
        namespace = extractNamespace(rawTagName);
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }
        if (tagName !== tagExp && attrExpPresent) {
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
          if (prefixedAttrs) {
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }
        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing) {
            i = result.closeIndex;
          } else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          } else {
            const result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result2.i;
            tagContent = result2.tagContent;
          }
          const childNode = new XmlNode(tagName);
          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }
          childNode.add(options.textNodeName, tagContent);
          this.matcher.pop();
          this.isCurrentNodeStopNode = false;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
          } else if (options.unpairedTagsSet.has(tagName)) {
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            i = result.closeIndex;
            continue;
          } else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
};
function getOriginalIndex(index2, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index2) low = middle + 1;
    else high = middle;
  }
  return index2 + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result === false) {
  } else if (typeof result === "string") {
    childNode.tagname = result;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result = "";
  let segmentStart = i;
  for (let index2 = i; index2 < len; index2++) {
    const code2 = xmlData.charCodeAt(index2);
    if (code2 === 34 || code2 === 39) {
      index2 = xmlData.indexOf(xmlData[index2], index2 + 1);
      if (index2 === -1) return;
    } else if (code2 === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index2 + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index2);
          return { data: result, index: index2 };
        }
      } else {
        result += xmlData.substring(segmentStart, index2);
        return { data: result, index: index2 };
      }
    } else if (code2 === 9) {
      result += xmlData.substring(segmentStart, index2) + " ";
      segmentStart = index2 + 1;
    }
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep2 = exp.search(/\s/);
            const name = sep2 === -1 ? exp : exp.substring(0, sep2);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function prettify(node2, options, matcher, readonlyMatcher) {
  return compress(node2, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text4;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property2 = propName(tagObj);
    if (property2 !== void 0 && property2 !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property2, rawAttrs);
    }
    if (property2 === options.textNodeName) {
      if (text4 === void 0) text4 = tagObj[property2];
      else text4 += "" + tagObj[property2];
    } else if (property2 === void 0) {
      continue;
    } else if (tagObj[property2]) {
      let val = compress(tagObj[property2], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);
      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property2] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property2)) {
        if (!Array.isArray(compressedObj[property2])) {
          compressedObj[property2] = [compressedObj[property2]];
        }
        compressedObj[property2].push(val);
      } else {
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property2, jPathOrMatcher, isLeaf)) {
          compressedObj[property2] = [val];
        } else {
          compressedObj[property2] = val;
        }
      }
      if (property2 !== void 0 && property2 !== options.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text4 === "string") {
    if (text4.length > 0) compressedObj[options.textNodeName] = text4;
  } else if (text4 !== void 0) compressedObj[options.textNodeName] = text4;
  return compressedObj;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) {
    return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {};
    this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData !== "string" && xmlData.toString) {
      if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
        xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
      } else {
        xmlData = xmlData.toString();
      }
    } else if (typeof xmlData !== "string") {
      throw new Error("XML data is accepted in String or Bytes[] form.");
    }
    if (validationOption) {
      if (validationOption === true) validationOption = {};
      const result = validate(xmlData, validationOption);
      if (result !== true) {
        throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
      }
    }
    const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
    const orderedResult = orderedObjParser.parseXml(xmlData);
    if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
    else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value2) {
    if (value2.indexOf("&") !== -1) {
      throw new Error("Entity value can't have '&'");
    } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    } else if (value2 === "&") {
      throw new Error("An entity with value '&' is not permitted");
    } else {
      this.externalEntities[key] = value2;
    }
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// node_modules/fast-xml-parser/src/fxp.js
var XMLValidator = {
  validate
};

// src/discover/extractors/maven-pom.ts
var META = XMLParser.getMetaDataSymbol();
var parser = new XMLParser({
  preserveOrder: true,
  captureMetaData: true,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Keep every value a string: versions like 1.10 must not become numbers.
  parseTagValue: false
});
var DEV_SCOPES = /* @__PURE__ */ new Set(["test"]);
var mavenPom = {
  id: "maven",
  claimsName: (name) => name === "pom.xml",
  matches: (path19) => basename(path19) === "pom.xml",
  extract({ path: path19, text: text4, warn }) {
    const valid = XMLValidator.validate(text4);
    if (valid !== true) {
      warn(`invalid XML: ${validatorMessage(valid.err.code, valid.err.msg)}`, valid.err.line || void 0);
      return [];
    }
    let roots;
    try {
      roots = parser.parse(text4);
    } catch (error) {
      warn(`invalid XML: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
    const project = roots.find((node2) => "project" in node2);
    if (!project) {
      warn("pom.xml has no <project> element", 1);
      return [];
    }
    const lines = new LineIndex(text4);
    const lineOf = (node2) => {
      const start = node2[META]?.startIndex;
      return typeof start === "number" ? lines.lineAt(start) : 1;
    };
    const signals = [];
    const read = (dependencies, section, devSection) => {
      for (const dependency of elements(dependencies, "dependency")) {
        const children = childrenOf(dependency, "dependency");
        const groupId2 = textOf(children, "groupId");
        const artifactIdNode = elements(children, "artifactId")[0];
        const artifactId2 = textOf(children, "artifactId");
        if (!groupId2 || !artifactId2 || !artifactIdNode) {
          warn(`${section} has a <dependency> without groupId or artifactId`, lineOf(dependency));
          continue;
        }
        const version2 = textOf(children, "version");
        const scope = textOf(children, "scope");
        const name = `${groupId2}:${artifactId2}`;
        signals.push({
          kind: "package",
          ecosystem: "maven",
          name,
          path: path19,
          line: lineOf(artifactIdNode),
          source: "maven",
          detail: `${section} "${name}"${version2 ? ` ${version2}` : ""}${scope ? ` (${scope})` : ""}`,
          ...version2 ? { version: version2 } : {},
          scope: devSection || scope !== void 0 && DEV_SCOPES.has(scope) ? "dev" : "prod"
        });
      }
    };
    const projectChildren = childrenOf(project, "project");
    const parentGroup = elements(projectChildren, "parent").map((parent) => textOf(childrenOf(parent, "parent"), "groupId"))[0];
    const groupId = textOf(projectChildren, "groupId") ?? parentGroup;
    const ownGroup = (name) => groupId ? name.replace(/^\$\{project\.(?:parent\.)?groupId\}:/, `${groupId}:`) : name;
    for (const dependencies of elements(projectChildren, "dependencies")) read(childrenOf(dependencies, "dependencies"), "dependencies", false);
    for (const profiles of elements(projectChildren, "profiles")) {
      for (const profile of elements(childrenOf(profiles, "profiles"), "profile")) {
        const profileChildren = childrenOf(profile, "profile");
        const id = textOf(profileChildren, "id") ?? "";
        for (const dependencies of elements(profileChildren, "dependencies")) {
          read(childrenOf(dependencies, "dependencies"), `profile ${id || "(no id)"} dependencies`, hasDevToken(id));
        }
      }
    }
    const artifactNode = elements(projectChildren, "artifactId")[0];
    const artifactId = textOf(projectChildren, "artifactId");
    if (groupId && artifactId && artifactNode) {
      const refs = signals.filter((s) => s.scope === "prod").map((s) => ownGroup(s.name));
      signals.push({ kind: "workspace", name: `${groupId}:${artifactId}`, path: path19, line: lineOf(artifactNode), source: "maven", detail: `module "${groupId}:${artifactId}"`, refs });
    }
    return signals;
  }
};
function elements(nodes, tag) {
  return nodes.filter((node2) => Array.isArray(node2[tag]));
}
function childrenOf(node2, tag) {
  const children = node2[tag];
  return Array.isArray(children) ? children : [];
}
function textOf(nodes, tag) {
  const element = elements(nodes, tag)[0];
  if (!element) return void 0;
  const text4 = childrenOf(element, tag).map((child) => child["#text"]).filter((value2) => value2 !== void 0).join("").trim();
  return text4 || void 0;
}
function validatorMessage(code2, message) {
  const unclosed = /^Invalid '\[(.*)\]' found\.$/s.exec(message);
  if (code2 === "InvalidXml" && unclosed) {
    const names = unclosed[1].split(",").map((name) => name.trim().replace(/^"|"$/g, ""));
    return `unclosed element${names.length > 1 ? "s" : ""} ${names.map((name) => `<${name}>`).join(", ")}`;
  }
  return message.replace(/\s+/g, " ");
}

// src/discover/extractors/nuget-project.ts
var PROJECT_FILE = /\.(?:csproj|fsproj|vbproj)$/;
var parser2 = new XMLParser({
  preserveOrder: true,
  captureMetaData: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false
});
var META2 = XMLParser.getMetaDataSymbol();
var ATTRIBUTES = ":@";
var TEST_PACKAGES = /* @__PURE__ */ new Set(["microsoft.net.test.sdk", "xunit", "nunit", "mstest.testframework", "xunit.v3"]);
var nugetProject = {
  id: "nuget",
  claimsName: (name) => PROJECT_FILE.test(name.toLowerCase()) || name.toLowerCase() === "packages.config",
  matches: (path19) => PROJECT_FILE.test(lowerName(path19)) || lowerName(path19) === "packages.config",
  extract({ path: path19, text: text4, warn }) {
    const valid = XMLValidator.validate(text4);
    if (valid !== true) {
      warn(`invalid XML: ${valid.err.msg.replace(/\s+/g, " ")}`, valid.err.line || void 0);
      return [];
    }
    let roots;
    try {
      roots = parser2.parse(text4);
    } catch (error) {
      warn(`invalid XML: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
    const lines = new LineIndex(text4);
    const lineOf = (node2) => {
      const start = node2[META2]?.startIndex;
      return typeof start === "number" ? lines.lineAt(start) : 1;
    };
    const legacy = lowerName(path19) === "packages.config";
    const references2 = [];
    let testProject = hasDevToken(path19) || /\.tests?\.(?:cs|fs|vb)proj$/i.test(basename(path19));
    visit2(roots, (tag, node2) => {
      const attributes4 = attributesOf(node2);
      if (tag === "Project" && /\.Test\b|MSTest\.Sdk/i.test(attributes4.Sdk ?? "")) testProject = true;
      if (tag === "IsTestProject" && textOf2(node2, tag).toLowerCase() === "true") testProject = true;
      const name = legacy ? tag === "package" ? attributes4.id : void 0 : tag === "PackageReference" ? attributes4.Include ?? attributes4.Update : void 0;
      if (!name || tag === "PackageReference" && !attributes4.Include) return;
      const version2 = attributes4.Version ?? attributes4.version ?? childText(node2, tag, "Version");
      const privateAssets = (attributes4.PrivateAssets ?? childText(node2, tag, "PrivateAssets") ?? "").toLowerCase() === "all";
      references2.push({ name, ...version2 ? { version: version2 } : {}, line: lineOf(node2), privateAssets });
      if (TEST_PACKAGES.has(name.toLowerCase())) testProject = true;
    });
    return references2.map(({ name, version: version2, line, privateAssets }) => ({
      kind: "package",
      ecosystem: "nuget",
      name,
      path: path19,
      line,
      source: "nuget",
      detail: `${legacy ? "package" : "PackageReference"} "${name}"${version2 ? ` ${version2}` : ""}${privateAssets ? " (PrivateAssets all)" : ""}`,
      ...version2 ? { version: version2 } : {},
      scope: testProject || privateAssets ? "dev" : "prod"
    }));
  }
};
function visit2(nodes, found, depth = 0) {
  if (depth > 30) return;
  for (const node2 of nodes) {
    for (const [tag, children] of Object.entries(node2)) {
      if (tag === ATTRIBUTES || tag === "#text" || !Array.isArray(children)) continue;
      found(tag, node2);
      visit2(children, found, depth + 1);
    }
  }
}
function attributesOf(node2) {
  const attributes4 = node2[ATTRIBUTES];
  return attributes4 && typeof attributes4 === "object" ? attributes4 : {};
}
function textOf2(node2, tag) {
  const children = node2[tag];
  if (!Array.isArray(children)) return "";
  return children.map((child) => child["#text"]).filter((value2) => value2 !== void 0).join("").trim();
}
function childText(node2, tag, child) {
  const children = node2[tag];
  if (!Array.isArray(children)) return void 0;
  const element = children.find((c) => Array.isArray(c[child]));
  const text4 = element ? textOf2(element, child) : "";
  return text4 || void 0;
}

// src/discover/extractors/mix-exs.ts
var DEPENDENCY = /\{\s*:([a-z_][a-z0-9_]*)\s*,\s*(?:"([^"]*)"|(?:git|github|hex|override|runtime|only|optional)\s*:)([^}]*)\}/;
var LOCAL = /\b(?:path|in_umbrella)\s*:/;
var ONLY = /\bonly\s*:\s*(\[[^\]]*\]|:[a-z_]+)/;
var mixExs = {
  id: "hex",
  claimsName: (name) => name === "mix.exs",
  matches: (path19) => basename(path19) === "mix.exs",
  extract({ path: path19, text: text4 }) {
    const signals = [];
    const devFile = hasDevToken(path19);
    splitLines(stripBom(text4)).forEach((line, index2) => {
      const code2 = line.replace(/#.*$/, "");
      const match = DEPENDENCY.exec(code2);
      if (!match || LOCAL.test(code2)) return;
      const name = match[1];
      const version2 = match[2];
      const only = ONLY.exec(code2)?.[1];
      const envs = only ? [...only.matchAll(/:([a-z_]+)/g)].map((m) => m[1]) : [];
      const devOnly = devFile || envs.length > 0 && !envs.includes("prod");
      signals.push({
        kind: "package",
        ecosystem: "hex",
        name,
        path: path19,
        line: index2 + 1,
        source: "hex",
        detail: `deps {:${name}${version2 ? `, "${version2}"` : ""}${only ? `, only: ${only}` : ""}}`,
        ...version2 ? { version: version2 } : {},
        scope: devOnly ? "dev" : "prod",
        .../\boptional\s*:\s*true\b/.test(code2) ? { optional: "an optional dependency of the library" } : {}
      });
    });
    return signals;
  }
};

// src/discover/extractors/gradle-build.ts
var gradleBuild = {
  id: "gradle",
  claimsName: (name) => name === "build.gradle" || name === "build.gradle.kts",
  matches: (path19) => {
    const name = basename(path19);
    return name === "build.gradle" || name === "build.gradle.kts";
  },
  extract({ path: path19, text: text4, warn }) {
    const tokens = tokenize(text4, warn);
    return readDependencyStatements(tokens).flatMap((statement) => statementSignals(statement, path19));
  }
};
function tokenize(text4, warn) {
  const tokens = [];
  let line = 1;
  let i = 0;
  const n = text4.length;
  while (i < n) {
    const c = text4[i];
    if (c === "\n") {
      tokens.push({ type: "newline", text: "\n", line });
      line++;
      i++;
    } else if (c === " " || c === "	" || c === "\r" || c === "\f" || c === "\uFEFF") {
      i++;
    } else if (c === "\\" && text4[i + 1] === "\n") {
      line++;
      i += 2;
    } else if (c === "/" && text4[i + 1] === "/") {
      while (i < n && text4[i] !== "\n") i++;
    } else if (c === "/" && text4[i + 1] === "*") {
      const start = line;
      const end = text4.indexOf("*/", i + 2);
      const stop = end === -1 ? n : end + 2;
      for (let k = i; k < stop; k++) if (text4[k] === "\n") line++;
      if (end === -1) warn("unclosed /* comment", start);
      i = stop;
    } else if (c === '"' || c === "'") {
      const triple = text4.startsWith(c.repeat(3), i);
      const quote2 = triple ? c.repeat(3) : c;
      const start = line;
      let k = i + quote2.length;
      let value2 = "";
      let closed = false;
      while (k < n) {
        if (text4[k] === "\\" && k + 1 < n) {
          value2 += text4[k + 1];
          k += 2;
          continue;
        }
        if (text4.startsWith(quote2, k)) {
          closed = true;
          k += quote2.length;
          break;
        }
        if (text4[k] === "\n" && !triple) break;
        if (text4[k] === "\n") line++;
        value2 += text4[k];
        k++;
      }
      if (!closed) {
        warn("unclosed string", start);
        i = k;
        continue;
      }
      tokens.push({ type: "string", text: value2, line: start });
      i = k;
    } else if (isNameStart(c)) {
      let k = i + 1;
      while (k < n && isNamePart(text4[k])) k++;
      tokens.push({ type: "name", text: text4.slice(i, k), line });
      i = k;
    } else {
      tokens.push({ type: "punct", text: c, line });
      i++;
    }
  }
  return tokens;
}
function isNameStart(c) {
  return c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "_" || c === "$";
}
function isNamePart(c) {
  return isNameStart(c) || c >= "0" && c <= "9";
}
var EXCLUDED_BLOCKS = /* @__PURE__ */ new Set(["buildscript", "constraints"]);
function readDependencyStatements(tokens) {
  const found = [];
  const blocks = [];
  let statement = [];
  let parens = 0;
  const finish = () => {
    const head = statement[0];
    if (head?.type === "name" && blocks[blocks.length - 1]?.name === "dependencies" && !blocks.some((b) => EXCLUDED_BLOCKS.has(b.name)) && configurationScope(head.text)) {
      found.push({ configuration: head.text, inTestBlock: blocks.some((b) => b.test), args: statement.slice(1), line: head.line });
    }
    statement = [];
    parens = 0;
  };
  for (const token of tokens) {
    if (token.type === "punct" && (token.text === "(" || token.text === "[")) parens++;
    if (token.type === "punct" && (token.text === ")" || token.text === "]")) parens = Math.max(0, parens - 1);
    if (token.type === "newline") {
      const last = statement[statement.length - 1];
      if (parens === 0 && !(last?.type === "punct" && last.text === ",")) finish();
    } else if (token.type === "punct" && token.text === ";" && parens === 0) {
      finish();
    } else if (token.type === "punct" && token.text === "{") {
      const block = blockHead(statement);
      finish();
      blocks.push(block);
    } else if (token.type === "punct" && token.text === "}") {
      finish();
      blocks.pop();
    } else {
      statement.push(token);
    }
  }
  finish();
  return found;
}
function blockHead(statement) {
  let depth = 0;
  let name = "";
  let test = false;
  for (const token of statement) {
    if (token.type === "punct" && (token.text === "(" || token.text === "[")) depth++;
    else if (token.type === "punct" && (token.text === ")" || token.text === "]")) depth = Math.max(0, depth - 1);
    else if (token.type === "name" && depth === 0) {
      name = token.text;
      if (namesTest(token.text)) test = true;
    }
  }
  return { name, test };
}
function namesTest(name) {
  return name.startsWith("test") || name.includes("Test");
}
var BASE_CONFIGURATIONS = ["implementation", "api", "compileOnly", "compileOnlyApi", "runtimeOnly", "compile", "runtime"];
var BUILD_TIME_CONFIGURATIONS = ["kapt", "ksp", "annotationProcessor"];
var DEVELOPMENT_ONLY = ["developmentOnly", "testAndDevelopmentOnly"];
function configurationScope(configuration) {
  if (DEVELOPMENT_ONLY.includes(configuration)) return "dev";
  const lower2 = configuration.toLowerCase();
  for (const tool of BUILD_TIME_CONFIGURATIONS) {
    if (lower2 === tool.toLowerCase() || lower2.startsWith(tool.toLowerCase()) || lower2.endsWith(tool.toLowerCase())) return "dev";
  }
  for (const base of BASE_CONFIGURATIONS) {
    if (configuration === base) return "prod";
    const suffix = base[0].toUpperCase() + base.slice(1);
    if (configuration.endsWith(suffix) && configuration.length > suffix.length) {
      const prefix = configuration.slice(0, -suffix.length);
      return namesTest(prefix) || prefix.startsWith("debug") ? "dev" : "prod";
    }
  }
  return void 0;
}
var BOM_CALLS = /* @__PURE__ */ new Set(["platform", "enforcedPlatform"]);
function statementSignals(statement, path19) {
  let args = statement.args;
  if (args[0]?.type === "punct" && args[0].text === "(" && closingParen(args, 0) === args.length - 1) args = args.slice(1, -1);
  if (args[0]?.type === "name" && BOM_CALLS.has(args[0].text)) return [];
  const scope = statement.inTestBlock ? "dev" : configurationScope(statement.configuration) ?? "prod";
  const map2 = /* @__PURE__ */ new Map();
  const coordinates = [];
  for (let i = 0; i < args.length; i++) {
    const token = args[i];
    const next = args[i + 1];
    if (token.type === "name" && next?.type === "punct" && next.text === "(") {
      i = closingParen(args, i + 1);
      continue;
    }
    if (token.type === "name" && next?.type === "punct" && (next.text === ":" || next.text === "=") && args[i + 2]?.type === "string") {
      map2.set(token.text, args[i + 2]);
      i += 2;
      continue;
    }
    if (token.type === "string") coordinates.push(token);
  }
  const signals = [];
  const add = (group2, artifact2, version2, line) => {
    if (!isCoordinatePart(group2) || !isCoordinatePart(artifact2)) return;
    const name = `${group2}:${artifact2}`;
    signals.push({
      kind: "package",
      ecosystem: "maven",
      name,
      path: path19,
      line,
      source: "gradle",
      detail: `${statement.configuration} "${name}"${version2 ? ` ${version2}` : ""}`,
      ...version2 ? { version: version2 } : {},
      scope
    });
  };
  const group = map2.get("group");
  const artifact = map2.get("name");
  if (group && artifact) {
    add(group.text, artifact.text, map2.get("version")?.text || void 0, artifact.line);
    return signals;
  }
  for (const token of coordinates) {
    const parts = token.text.replace(/@[^:@]*$/, "").split(":");
    if (parts.length < 2 || parts.length > 4) continue;
    add(parts[0].trim(), parts[1].trim(), parts[2]?.trim() || void 0, token.line);
  }
  return signals;
}
function closingParen(tokens, open) {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== "punct") continue;
    if (token.text === "(") depth++;
    else if (token.text === ")" && --depth === 0) return i;
  }
  return tokens.length - 1;
}
function isCoordinatePart(part) {
  return /^[A-Za-z0-9_.-]+$/.test(part);
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string3, ptr) {
  let lines = string3.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string3, line, column) {
  let lines = string3.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral2 = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral2 && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value2 = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value2 = value2 << 4 | digit;
        }
        if (value2 < 0 || value2 > 1114111 || value2 >= 55296 && value2 <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value2);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral2 && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value2 = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value2;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value2 = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value2) === "object")
      seen.add(value2);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse2(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/discover/extractors/gradle-version-catalog.ts
var gradleVersionCatalog = {
  id: "gradle-catalog",
  claimsName: (name) => name.endsWith(".versions.toml"),
  matches: (path19) => basename(path19).endsWith(".versions.toml") && basename(dirname(path19)) === "gradle",
  extract({ path: path19, text: text4, warn }) {
    let doc;
    try {
      doc = parse2(stripBom(text4));
    } catch (error) {
      if (error instanceof TomlError) warn(`invalid TOML: ${firstLine3(error.message).replace(/^Invalid TOML document:\s*/, "")}`, error.line);
      else warn(`invalid TOML: ${error instanceof Error ? firstLine3(error.message) : String(error)}`);
      return [];
    }
    const libraries = asTable(doc.libraries);
    if (!libraries) return [];
    const versions = asTable(doc.versions) ?? {};
    const lines = splitLines(stripBom(text4));
    const signals = [];
    for (const [alias, entry] of Object.entries(libraries)) {
      const library = coordinatesOf(entry, versions);
      const line = aliasLine(lines, alias);
      if (!library) {
        warn(`[libraries] ${alias} has no module or group and name`, line);
        continue;
      }
      const name = `${library.group}:${library.artifact}`;
      signals.push({
        kind: "package",
        ecosystem: "maven",
        name,
        path: path19,
        line,
        source: "gradle",
        detail: `libraries ${alias} "${name}"${library.version ? ` ${library.version}` : ""}`,
        ...library.version ? { version: library.version } : {},
        scope: "prod"
      });
    }
    return signals;
  }
};
function coordinatesOf(entry, versions) {
  if (typeof entry === "string") {
    const [group, artifact, version3] = entry.split(":");
    return group && artifact ? { group, artifact, ...version3 ? { version: version3 } : {} } : void 0;
  }
  const table = asTable(entry);
  if (!table) return void 0;
  const version2 = versionOf(table.version, versions);
  if (typeof table.module === "string") {
    const [group, artifact] = table.module.split(":");
    return group && artifact ? { group, artifact, ...version2 ? { version: version2 } : {} } : void 0;
  }
  if (typeof table.group === "string" && typeof table.name === "string" && table.group && table.name) {
    return { group: table.group, artifact: table.name, ...version2 ? { version: version2 } : {} };
  }
  return void 0;
}
function versionOf(value2, versions) {
  if (typeof value2 === "string") return value2 || void 0;
  const table = asTable(value2);
  if (!table) return void 0;
  if (typeof table.ref === "string") return versionOf(versions[table.ref], {});
  for (const key of ["strictly", "require", "prefer"]) if (typeof table[key] === "string") return table[key];
  return void 0;
}
function asTable(value2) {
  return value2 && typeof value2 === "object" && !Array.isArray(value2) && !(value2 instanceof Date) ? value2 : void 0;
}
function aliasLine(lines, alias) {
  const key = escapeRegExp(alias);
  const header = new RegExp(`^\\s*\\[\\s*libraries\\s*\\.\\s*(?:${key}|"${key}")\\s*\\]`);
  const entry = new RegExp(`^\\s*(?:${key}|"${key}"|'${key}')\\s*[=.]`);
  const tableHeader = /^\s*\[\s*libraries\s*\]/;
  const anyHeader = /^\s*\[/;
  let tableLine = 0;
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (header.test(line)) return i + 1;
    if (anyHeader.test(line)) {
      inTable = tableHeader.test(line);
      if (inTable && !tableLine) tableLine = i + 1;
      continue;
    }
    if (inTable && entry.test(line)) return i + 1;
  }
  return tableLine || 1;
}
function escapeRegExp(text4) {
  return text4.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function firstLine3(message) {
  return message.split("\n")[0].trim();
}

// src/discover/extractors/prisma-schema.ts
var prisma;
async function prismaParser() {
  if (!prisma) {
    const lib = await import("./chunk-ABIB5LFG.js");
    const parser4 = new lib.PrismaParser({ nodeLocationTracking: "full" });
    prisma = { getSchema: lib.getSchema, parser: parser4, visitor: new (lib.VisitorClassFactory(parser4))() };
  }
  return prisma;
}
function tokenKind(type) {
  const words = { Identifier: "name", StringLiteral: "string", NumberLiteral: "number" };
  return type && words[type] ? words[type] : type ? `token (${type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()})` : "token";
}
var prismaSchema = {
  id: "prisma",
  claimsName: (name) => name.toLowerCase().endsWith(".prisma"),
  matches: (path19) => path19.toLowerCase().endsWith(".prisma"),
  async extract({ path: path19, text: text4, warn }) {
    const { getSchema, parser: parser4, visitor } = await prismaParser();
    let datasources;
    try {
      datasources = getSchema(text4, { parser: parser4, visitor }).list.filter((block) => block.type === "datasource");
    } catch (error) {
      const failure = error;
      const found = failure.token?.image ? tokenKind(failure.token.tokenType?.name) : void 0;
      const line = numberOrUndefined(failure.token?.startLine) ?? numberOrUndefined(failure.previousToken?.startLine);
      const column = numberOrUndefined(failure.token?.startColumn);
      warn(`invalid Prisma schema: ${found ? `unexpected ${found}${column ? ` at column ${column}` : ""}` : "unexpected end of file"}`, line);
      return [];
    }
    const signals = [];
    for (const datasource of datasources) {
      for (const assignment of datasource.assignments) {
        if (assignment.type !== "assignment" || assignment.key !== "provider") continue;
        const line = assignment.location?.startLine ?? datasource.location?.startLine ?? 1;
        for (const provider of providerNames(assignment.value)) {
          signals.push({
            kind: "prisma",
            name: provider,
            path: path19,
            line,
            source: "prisma",
            detail: `datasource ${datasource.name} provider "${provider}"`
          });
        }
      }
    }
    return signals;
  }
};
function providerNames(value2) {
  if (typeof value2 === "string") {
    const name = unquote(value2);
    return name ? [name.toLowerCase()] : [];
  }
  if (Array.isArray(value2)) return value2.flatMap(providerNames);
  if (value2 && typeof value2 === "object" && value2.type === "array") return value2.args.flatMap(providerNames);
  return [];
}
function unquote(literal) {
  if (literal.length >= 2 && literal.startsWith('"') && literal.endsWith('"')) return literal.slice(1, -1).trim();
  return void 0;
}
function numberOrUndefined(value2) {
  return typeof value2 === "number" && Number.isFinite(value2) ? value2 : void 0;
}

// src/discover/extractors/python-requirements.ts
import { posix as posix2 } from "node:path";

// src/discover/extractors/pep508.ts
var NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
var SPECIFIER_CHARS = /^(?:===|[<>=!~]=?)\s*[A-Za-z0-9.*+!_-]+(?:\s*,\s*(?:===|[<>=!~]=?)\s*[A-Za-z0-9.*+!_-]+)*$/;
function parseRequirement(text4) {
  const source = text4.trim();
  const nameMatch = NAME.exec(source);
  if (!nameMatch) return void 0;
  const name = nameMatch[0];
  let rest = source.slice(name.length).trimStart();
  const extras = [];
  if (rest.startsWith("[")) {
    const close2 = rest.indexOf("]");
    if (close2 === -1) return void 0;
    for (const raw of rest.slice(1, close2).split(",")) {
      const extra = raw.trim();
      if (!extra) continue;
      if (NAME.exec(extra)?.[0] !== extra) return void 0;
      extras.push(extra);
    }
    rest = rest.slice(close2 + 1).trimStart();
  }
  if (rest.startsWith("@")) {
    const url = rest.slice(1).trim().split(/\s/)[0] ?? "";
    return url ? { name, extras, direct: true } : void 0;
  }
  const semicolon = rest.indexOf(";");
  let spec = (semicolon === -1 ? rest : rest.slice(0, semicolon)).trim();
  if (spec.startsWith("(")) {
    if (!spec.endsWith(")")) return void 0;
    spec = spec.slice(1, -1).trim();
  }
  if (spec && !SPECIFIER_CHARS.test(spec)) return void 0;
  return { name, extras, ...spec ? { version: spec.replace(/\s+/g, "") } : {}, direct: false };
}
function normalizePypiName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function displayName(requirement) {
  const base = normalizePypiName(requirement.name);
  return requirement.extras.length ? `${base}[${requirement.extras.map(normalizePypiName).join(",")}]` : base;
}
var PYTHON_DEV_WORDS = /* @__PURE__ */ new Set(["doc", "docs", "lint", "linting", "linters", "typing", "types", "mypy", "style", "format", "fmt", "bench", "benchmark", "benchmarks"]);
function isDevName(name) {
  return hasDevToken(name) || pathTokens(name).some((word) => PYTHON_DEV_WORDS.has(word));
}
function requirementSignals(requirement, site) {
  const base = normalizePypiName(requirement.name);
  const names = requirement.extras.length ? requirement.extras.map((extra) => `${base}[${normalizePypiName(extra)}]`) : [base];
  const suffix = requirement.version ? ` ${requirement.version}` : requirement.direct ? " (direct reference)" : "";
  const detail = `${site.section} "${displayName(requirement)}"${suffix}`;
  return [...new Set(names)].map((name) => ({
    kind: "package",
    ecosystem: "pypi",
    name,
    path: site.path,
    line: site.line,
    source: site.source,
    detail,
    ...requirement.version ? { version: requirement.version } : {},
    scope: site.scope
  }));
}

// src/discover/extractors/python-requirements.ts
var DEV_FOLDERS = /* @__PURE__ */ new Set(["docs", "doc"]);
var MAX_INCLUDE_DEPTH = 8;
function isRequirementsFile(path19) {
  const name = basename(path19).toLowerCase();
  if (!name.endsWith(".txt") && !name.endsWith(".in")) return false;
  const words = name.split(/[._-]+/);
  return words.includes("requirements") || basename(dirname(path19)).toLowerCase() === "requirements";
}
function isDevRequirementsFile(path19) {
  return isDevName(basename(path19)) || DEV_FOLDERS.has(basename(dirname(path19)).toLowerCase());
}
function logicalLines(text4) {
  const out = [];
  const lines = splitLines(stripBom(text4));
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    let joined = lines[i];
    while (joined.endsWith("\\") && !/^\s*#/.test(joined) && i + 1 < lines.length) {
      joined = joined.slice(0, -1) + lines[++i];
    }
    if (joined.endsWith("\\")) joined = joined.slice(0, -1);
    const hash = joined.search(/(?:^|\s)#/);
    const body = (hash < 0 ? joined : joined.slice(0, hash)).trim();
    if (body) out.push({ line: first + 1, text: body });
  }
  return out;
}
function viaAnnotations(text4) {
  const out = /* @__PURE__ */ new Map();
  const lines = splitLines(stripBom(text4));
  let owner;
  let collecting = false;
  let continued = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const trimmed = raw.trim();
    if (!trimmed.startsWith("#")) {
      collecting = false;
      if (!continued) owner = trimmed === "" || trimmed.startsWith("-") ? void 0 : i + 1;
      continued = trimmed.endsWith("\\");
      const inline = /\s#\s*via\s+(.+)$/.exec(raw);
      if (owner && inline) out.set(owner, inline[1].split(",").map((v) => v.trim()).filter(Boolean));
      continue;
    }
    if (owner === void 0) continue;
    const comment = trimmed.replace(/^#\s*/, "");
    const via = /^via(?:\s+(.*))?$/.exec(comment);
    if (via) {
      collecting = via[1] === void 0;
      out.set(owner, via[1] ? [via[1].trim()] : []);
    } else if (collecting && comment) {
      out.get(owner)?.push(comment);
    }
  }
  return out;
}
function isTransitive(via) {
  return via !== void 0 && via.length > 0 && via.every((source) => /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?$/.test(source));
}
var INCLUDE_OPTION = /^(?:-r|--requirement)(?:\s*=\s*|\s+)?(\S+)$/;
var TRAILING_OPTIONS = /\s--?[a-z][\s\S]*$/;
function isUnnamedReference(text4) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text4) || /^(?:\.{1,2}(?:[\\/[]|$)|[\\/]|~|[A-Za-z]:[\\/])/.test(text4)) return true;
  return !/[\s@]/.test(text4) && /\.(?:whl|tar\.gz|tgz|zip)$/i.test(text4);
}
async function readFile(state, filePath, text4, depth, includeLine) {
  const { input } = state;
  const where2 = (line) => filePath === input.path ? "" : ` (in ${filePath} line ${line}, included with -r)`;
  const warnAt = (message, line) => input.warn(`${message}${where2(line)}`, includeLine ?? line);
  const vias = viaAnnotations(text4);
  for (const { line, text: body } of logicalLines(text4)) {
    if (body.startsWith("-")) {
      const include = INCLUDE_OPTION.exec(body)?.[1];
      if (include) await follow(state, filePath, include, line, depth, includeLine);
      continue;
    }
    const requirementText = body.replace(TRAILING_OPTIONS, "");
    if (isUnnamedReference(requirementText)) continue;
    const requirement = parseRequirement(requirementText);
    if (!requirement) {
      warnAt("not a requirement pip can read; line skipped", line);
      continue;
    }
    const via = vias.get(line);
    const signals = requirementSignals(requirement, { path: filePath, line, section: "requirement", scope: state.scope, source: "pypi" });
    const optional = isTransitive(via) ? `a transitive pin (# via ${via.join(", ")})` : void 0;
    state.signals.push(...optional ? signals.map((signal) => ({ ...signal, optional })) : signals);
  }
}
async function follow(state, fromPath, target, line, depth, includeLine) {
  const { input } = state;
  const at = includeLine ?? line;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return;
  const targetPath = posix2.normalize(posix2.join(posix2.dirname(fromPath), target));
  if (isRequirementsFile(targetPath) || state.visited.has(targetPath)) return;
  if (depth >= MAX_INCLUDE_DEPTH) {
    input.warn(`-r includes nest deeper than ${MAX_INCLUDE_DEPTH} files; ${targetPath} not read`, at);
    return;
  }
  const text4 = await input.readSibling?.(posix2.relative(posix2.dirname(input.path), targetPath));
  if (text4 === void 0) {
    input.warn(`-r ${target}: included file not found in the repository`, at);
    return;
  }
  state.visited.add(targetPath);
  await readFile(state, targetPath, text4, depth + 1, at);
}
var pythonRequirements = {
  id: "pip-requirements",
  claimsName: (name) => /\.(?:txt|in)$/i.test(name),
  matches: isRequirementsFile,
  async extract(input) {
    const state = { input, scope: isDevRequirementsFile(input.path) ? "dev" : "prod", visited: /* @__PURE__ */ new Set([input.path]), signals: [] };
    await readFile(state, input.path, input.text, 0);
    return state.signals;
  }
};

// src/discover/extractors/toml-locate.ts
function isTable(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2) && !(value2 instanceof Date);
}
function tableAt(root, keys) {
  let node2 = root;
  for (const key of keys) {
    if (!isTable(node2)) return void 0;
    node2 = node2[key];
  }
  return isTable(node2) ? node2 : void 0;
}
function parseTomlOrWarn(text4, warn) {
  try {
    return parse2(stripBom(text4));
  } catch (error) {
    if (error instanceof TomlError) {
      const what = error.message.split("\n")[0].replace(/^Invalid TOML document:\s*/, "");
      warn(`invalid TOML: ${what}`, error.line);
    } else {
      warn(`invalid TOML: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`);
    }
    return void 0;
  }
}
var HEADER_LINE = /^\s*\[\[?([^]+?)\]\]?\s*(?:#[^]*)?$/;
var BARE_KEY = /^[A-Za-z0-9_-]+$/;
function splitDottedKey(text4) {
  const keys = [];
  let i = 0;
  while (i <= text4.length) {
    while (text4[i] === " " || text4[i] === "	") i++;
    const quote2 = text4[i];
    let key;
    if (quote2 === '"' || quote2 === "'") {
      const close2 = text4.indexOf(quote2, i + 1);
      if (close2 === -1) return void 0;
      key = text4.slice(i + 1, close2);
      i = close2 + 1;
    } else {
      let j = i;
      while (j < text4.length && text4[j] !== "." && text4[j] !== " " && text4[j] !== "	") j++;
      key = text4.slice(i, j);
      if (!BARE_KEY.test(key)) return void 0;
      i = j;
    }
    keys.push(key);
    while (text4[i] === " " || text4[i] === "	") i++;
    if (i >= text4.length) return keys;
    if (text4[i] !== ".") return void 0;
    i++;
  }
  return keys;
}
function startsWithKeys(keys, prefix) {
  return prefix.length <= keys.length && prefix.every((key, i) => keys[i] === key);
}
function assignsKey(line, key) {
  for (const written of [key, `"${key}"`, `'${key}'`]) {
    let from = 0;
    for (let at = line.indexOf(written, from); at !== -1; at = line.indexOf(written, from)) {
      from = at + 1;
      const before = at === 0 ? " " : line[at - 1];
      if (!/[\s{,.]/.test(before)) continue;
      const after = line.slice(at + written.length).trimStart();
      if (after.startsWith("=") || after.startsWith(".")) return true;
    }
  }
  return false;
}
function quotesRequirement(line, needle, name) {
  if (line.includes(`"${needle}"`) || line.includes(`'${needle}'`)) return true;
  const lower2 = line.toLowerCase();
  const wanted = name.toLowerCase();
  for (const quote2 of ['"', "'"]) {
    let from = 0;
    for (let at = lower2.indexOf(quote2, from); at !== -1; at = lower2.indexOf(quote2, from)) {
      from = at + 1;
      const body = lower2.slice(at + 1).trimStart();
      if (body.startsWith(wanted) && !/[a-z0-9._-]/.test(body[wanted.length] ?? "")) return true;
    }
  }
  return false;
}
var TomlLines = class {
  lines;
  sections;
  constructor(text4) {
    this.lines = splitLines(stripBom(text4));
    this.sections = [{ keys: [], header: -1, end: this.lines.length }];
    this.lines.forEach((line, index2) => {
      const match = HEADER_LINE.exec(line);
      const keys = match ? splitDottedKey(match[1]) : void 0;
      if (!keys) return;
      this.sections[this.sections.length - 1].end = index2;
      this.sections.push({ keys, header: index2, end: this.lines.length });
    });
  }
  /**
   * The 1-based line of a dependency under the table at `path` (`['tool', 'poetry', 'dependencies']`,
   * or `['project', 'optional-dependencies', 'redis']` for an array): the section whose header is the
   * longest prefix of `path` is searched, from the line that assigns the rest of the path onwards.
   * `match` tests one line. Falls back to the line of that key, then the header line, then 1.
   */
  find(path19, match) {
    const candidates = this.sections.filter((s) => startsWithKeys(path19, s.keys)).sort((a, b) => b.keys.length - a.keys.length);
    let fallback;
    for (const section of candidates) {
      const rest = path19.slice(section.keys.length);
      let start = section.header + 1;
      if (rest.length > 0) {
        const last = rest[rest.length - 1];
        const keyLine = this.indexWhere(start, section.end, (line) => assignsKey(line, last));
        if (keyLine === -1) continue;
        start = keyLine;
        fallback ??= keyLine + 1;
      }
      const found = this.indexWhere(start, section.end, match);
      if (found !== -1) return found + 1;
      if (section.header >= 0) fallback ??= section.header + 1;
    }
    return fallback ?? 1;
  }
  /** Line of the key `name` in the table at `path` (Poetry and Pipfile dependency tables). */
  keyLine(path19, name) {
    return this.find(path19, (line) => assignsKey(line, name));
  }
  /** Line of the requirement string `requirement` (whose package is `name`) in the array at `path`. */
  stringLine(path19, requirement, name) {
    return this.find(path19, (line) => quotesRequirement(line, requirement, name));
  }
  indexWhere(from, to, test) {
    for (let i = Math.max(from, 0); i < to; i++) if (test(this.lines[i])) return i;
    return -1;
  }
};

// src/discover/extractors/python-keyed-deps.ts
var DIRECT_KEYS = ["git", "url", "path", "file", "hg", "svn", "bzr"];
function keyedRequirement(name, spec) {
  const specs = Array.isArray(spec) ? spec : [spec];
  const extras = /* @__PURE__ */ new Set();
  let version2;
  let direct = false;
  for (const item of specs) {
    if (typeof item === "string") {
      version2 ??= item;
    } else if (isTable(item)) {
      if (typeof item.version === "string") version2 ??= item.version;
      if (Array.isArray(item.extras)) {
        for (const extra of item.extras) if (typeof extra === "string") extras.add(extra);
      }
      if (DIRECT_KEYS.some((key) => key in item)) direct = true;
    }
  }
  const cleanVersion = version2?.trim();
  return { name, extras: [...extras], ...cleanVersion && cleanVersion !== "*" ? { version: cleanVersion } : {}, direct };
}
function keyedTableSignals(table, site) {
  const signals = [];
  for (const [name, spec] of Object.entries(table ?? {})) {
    if (site.skip?.includes(name.toLowerCase())) continue;
    const line = site.lines.keyLine(site.keys, name);
    signals.push(...requirementSignals(keyedRequirement(name, spec), { path: site.path, line, section: site.section, scope: site.scope, source: "pypi" }));
  }
  return signals;
}

// src/discover/extractors/python-pyproject.ts
function leadingName(text4) {
  return text4.trim().split(/[\s[(<>=!~;@]/)[0] ?? "";
}
function requirementArraySignals(value2, site) {
  if (!Array.isArray(value2)) return [];
  const signals = [];
  const section = site.keys.join(".");
  for (const item of value2) {
    if (typeof item !== "string") continue;
    const requirement = parseRequirement(item);
    const line = site.lines.stringLine(site.keys, item, requirement?.name ?? leadingName(item));
    if (!requirement) {
      site.warn(`${section}: an entry is not a PEP 508 requirement; skipped`, line);
      continue;
    }
    signals.push(...requirementSignals(requirement, { path: site.path, line, section, scope: site.scope, source: "pypi" }));
  }
  return signals;
}
function groupArraysSignals(groups, site, scopeOf) {
  return Object.entries(groups ?? {}).flatMap(([group, list2]) => requirementArraySignals(list2, { ...site, keys: [...site.keys, group], scope: scopeOf(group) }));
}
var devUnlessNamed = (group) => isDevName(group) ? "dev" : "prod";
var alwaysDev = () => "dev";
var pythonPyproject = {
  id: "pyproject",
  claimsName: (name) => name === "pyproject.toml",
  matches: (path19) => basename(path19) === "pyproject.toml",
  extract({ path: path19, text: text4, warn }) {
    const doc = parseTomlOrWarn(text4, warn);
    if (!doc) return [];
    const lines = new TomlLines(text4);
    const base = { path: path19, lines, warn };
    const signals = [];
    signals.push(...requirementArraySignals(tableAt(doc, ["project"])?.dependencies, { ...base, keys: ["project", "dependencies"], scope: "prod" }));
    signals.push(...groupArraysSignals(tableAt(doc, ["project", "optional-dependencies"]), { ...base, keys: ["project", "optional-dependencies"] }, alwaysDev));
    const poetry = tableAt(doc, ["tool", "poetry"]);
    if (poetry) {
      const keyed = { path: path19, lines, skip: ["python"] };
      signals.push(...keyedTableSignals(tableAt(poetry, ["dependencies"]), { ...keyed, keys: ["tool", "poetry", "dependencies"], section: "tool.poetry.dependencies", scope: "prod" }));
      signals.push(...keyedTableSignals(tableAt(poetry, ["dev-dependencies"]), { ...keyed, keys: ["tool", "poetry", "dev-dependencies"], section: "tool.poetry.dev-dependencies", scope: "dev" }));
      for (const [group, body] of Object.entries(tableAt(poetry, ["group"]) ?? {})) {
        if (!isTable(body)) continue;
        const keys = ["tool", "poetry", "group", group, "dependencies"];
        const scope = body.optional === true ? "dev" : devUnlessNamed(group);
        signals.push(...keyedTableSignals(tableAt(body, ["dependencies"]), { ...keyed, keys, section: keys.join("."), scope }));
      }
    }
    const defaultGroups = tableAt(doc, ["tool", "uv"])?.["default-groups"];
    const appGroups = !Array.isArray(tableAt(doc, ["project"])?.dependencies);
    const groupScope = (group) => !isDevName(group) && (appGroups || Array.isArray(defaultGroups) && defaultGroups.includes(group)) ? "prod" : "dev";
    signals.push(...groupArraysSignals(tableAt(doc, ["dependency-groups"]), { ...base, keys: ["dependency-groups"] }, groupScope));
    signals.push(...requirementArraySignals(tableAt(doc, ["tool", "uv"])?.["dev-dependencies"], { ...base, keys: ["tool", "uv", "dev-dependencies"], scope: "dev" }));
    signals.push(...groupArraysSignals(tableAt(doc, ["tool", "pdm", "dev-dependencies"]), { ...base, keys: ["tool", "pdm", "dev-dependencies"] }, alwaysDev));
    return signals;
  }
};

// src/discover/extractors/pipfile.ts
var pipfile = {
  id: "pipfile",
  claimsName: (name) => name === "Pipfile",
  matches: (path19) => basename(path19) === "Pipfile",
  extract({ path: path19, text: text4, warn }) {
    const doc = parseTomlOrWarn(text4, warn);
    if (!doc) return [];
    const lines = new TomlLines(text4);
    return [
      ...keyedTableSignals(tableAt(doc, ["packages"]), { path: path19, lines, keys: ["packages"], section: "[packages]", scope: "prod" }),
      ...keyedTableSignals(tableAt(doc, ["dev-packages"]), { path: path19, lines, keys: ["dev-packages"], section: "[dev-packages]", scope: "dev" })
    ];
  }
};

// src/discover/extractors/platform-config.ts
var SERVED_FOLDERS = /* @__PURE__ */ new Set(["public", "static", "assets", "www", "wwwroot"]);
function servedContent(path19) {
  return path19.split("/").slice(0, -1).some((folder) => SERVED_FOLDERS.has(folder.toLowerCase()));
}
function platformSite(path19, source) {
  const site = { path: path19, source, scope: hasDevToken(path19) ? "dev" : "prod" };
  if (servedContent(path19)) site.optional = `${path19} sits in a folder the app serves as static content, where no platform reads its config`;
  return site;
}
function platformSignal(site, name, line, detail, extra = {}) {
  return { kind: "platform", name, path: site.path, line, source: site.source, detail, scope: site.scope, ...site.optional ? { optional: site.optional } : {}, ...extra };
}
function envSignals(site, name, value2, line, context, scope = site.scope) {
  if (!/^[A-Za-z_][\w.-]*$/.test(name)) return [];
  return variableSignals(name, typeof value2 === "string" ? value2 : void 0, { path: site.path, line, source: site.source, context, scope });
}
function parseJsonConfig(text4, fileKind, warn) {
  let broken = false;
  const json = parseJsonWithPositions(text4, (message, line) => {
    broken = true;
    warn(message, line);
  });
  if (broken || !json.root) return void 0;
  if (json.root.type !== "object") {
    warn(`${fileKind} is not a JSON object`, json.lineOf(json.root));
    return void 0;
  }
  const first = objectEntries(json.root)[0];
  return { root: json.root, lineOf: json.lineOf, firstKeyLine: first ? json.lineOf(first[1]) : 1 };
}

// src/discover/extractors/vercel-json.ts
var vercelJson = {
  id: "vercel",
  claimsName: (name) => name === "vercel.json",
  matches: (path19) => basename(path19) === "vercel.json",
  extract({ path: path19, text: text4, warn }) {
    const config = parseJsonConfig(text4, "vercel.json", warn);
    if (!config) return [];
    const site = platformSite(path19, "vercel");
    const signals = [platformSignal(site, "vercel", config.firstKeyLine, "Vercel project config")];
    const sections = [
      ["env", property(config.root, "env")],
      ["build.env", property(property(config.root, "build"), "env")]
    ];
    for (const [section, node2] of sections) {
      for (const [name, keyNode, valueNode] of objectEntries(node2)) {
        signals.push(...envSignals(site, name, valueNode.value, config.lineOf(keyNode), section));
      }
    }
    return signals;
  }
};

// src/discover/extractors/toml-lines.ts
var KEY_PART = String.raw`(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')`;
var DOTTED_KEY = String.raw`${KEY_PART}(?:\s*\.\s*${KEY_PART})*`;
var HEADER_LINE2 = new RegExp(String.raw`^\s*\[\[?\s*(${DOTTED_KEY})\s*\]\]?\s*(?:#.*)?$`);
var KEY_LINE = new RegExp(String.raw`^\s*(${DOTTED_KEY})\s*=`);
function parseTomlWithLines(text4, warn) {
  const data = parseTomlOrWarn(text4, warn);
  if (!data) return void 0;
  const body = stripBom(text4);
  const lines = /* @__PURE__ */ new Map();
  let table = [];
  let firstContentLine = 0;
  let openMultiline;
  splitLines(body).forEach((raw, index2) => {
    const line = index2 + 1;
    if (openMultiline) {
      if (raw.split(openMultiline).length % 2 === 0) openMultiline = void 0;
      return;
    }
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    if (!firstContentLine) firstContentLine = line;
    const header = HEADER_LINE2.exec(raw);
    if (header) {
      table = splitDottedKey(header[1]) ?? [];
      if (!lines.has(table.join("\0"))) lines.set(table.join("\0"), line);
      return;
    }
    const key = KEY_LINE.exec(raw);
    if (key) {
      const path19 = [...table, ...splitDottedKey(key[1]) ?? []];
      for (let depth = table.length + 1; depth <= path19.length; depth++) {
        const id = path19.slice(0, depth).join("\0");
        if (!lines.has(id)) lines.set(id, line);
      }
    }
    for (const quotes of ['"""', "'''"]) {
      if (raw.split(quotes).length % 2 === 0) openMultiline = quotes;
    }
  });
  const fallback = firstContentLine || 1;
  return {
    data,
    firstContentLine: fallback,
    lineOf(keys) {
      for (let depth = keys.length; depth > 0; depth--) {
        const line = lines.get(keys.slice(0, depth).join("\0"));
        if (line) return line;
      }
      return fallback;
    }
  };
}
function tableKeys(value2) {
  return isTable(value2) ? Object.keys(value2) : [];
}
function tableGet(value2, key) {
  return isTable(value2) ? value2[key] : void 0;
}

// src/discover/extractors/netlify-toml.ts
var netlifyToml = {
  id: "netlify",
  claimsName: (name) => name === "netlify.toml",
  matches: (path19) => basename(path19) === "netlify.toml",
  extract({ path: path19, text: text4, warn }) {
    const toml = parseTomlWithLines(text4, warn);
    if (!toml) return [];
    const site = platformSite(path19, "netlify");
    const published = [tableGet(tableGet(toml.data, "build"), "publish"), tableGet(tableGet(toml.data, "build"), "base")].find((dir) => typeof dir === "string" && inDocsSite(`${dirname(path19) ? `${dirname(path19)}/` : ""}${dir.replace(/^\.?\//, "")}/x`));
    if (typeof published === "string") site.optional ??= `netlify.toml publishes ${published}, the documentation site, not the product`;
    const signals = [platformSignal(site, "netlify", toml.firstContentLine, "Netlify site config")];
    const environments = [{ keys: ["build", "environment"], scope: site.scope }];
    const contexts = tableGet(toml.data, "context");
    for (const context of tableKeys(contexts)) {
      environments.push({ keys: ["context", context, "environment"], scope: context === "production" ? site.scope : "dev" });
    }
    for (const { keys, scope } of environments) {
      const table = keys.reduce((node2, key) => tableGet(node2, key), toml.data);
      for (const name of tableKeys(table)) {
        signals.push(...envSignals(site, name, tableGet(table, name), toml.lineOf([...keys, name]), keys.join("."), scope));
      }
    }
    return signals;
  }
};

// src/discover/extractors/fly-toml.ts
var flyToml = {
  id: "fly",
  claimsName: (name) => name === "fly.toml",
  matches: (path19) => basename(path19) === "fly.toml",
  extract({ path: path19, text: text4, warn }) {
    const toml = parseTomlWithLines(text4, warn);
    if (!toml) return [];
    const site = platformSite(path19, "fly");
    const app = tableGet(toml.data, "app");
    const signals = [
      platformSignal(site, "fly", app === void 0 ? toml.firstContentLine : toml.lineOf(["app"]), typeof app === "string" ? `Fly app "${app}"` : "Fly app config")
    ];
    const env = tableGet(toml.data, "env");
    for (const name of tableKeys(env)) signals.push(...envSignals(site, name, tableGet(env, name), toml.lineOf(["env", name]), "env"));
    return signals;
  }
};

// src/discover/extractors/railway-config.ts
var RAILWAY_NAMES = /* @__PURE__ */ new Set(["railway.json", "railway.toml", "railpack.json", ".env.railway"]);
var railwayConfig = {
  id: "railway",
  claimsName: (name) => RAILWAY_NAMES.has(name),
  matches: (path19) => RAILWAY_NAMES.has(basename(path19)),
  extract({ path: path19, text: text4, warn }) {
    const site = platformSite(path19, "railway");
    if (basename(path19) === ".env.railway") return [platformSignal(site, "railway", 1, "an env file for Railway")];
    if (basename(path19) === "railpack.json") {
      const config = parseJsonConfig(text4, "railpack.json", warn);
      return config ? [platformSignal(site, "railway", config.firstKeyLine, "Railpack build config")] : [];
    }
    if (path19.endsWith(".json")) {
      const config = parseJsonConfig(text4, "railway.json", warn);
      return config ? [platformSignal(site, "railway", config.firstKeyLine, "Railway service config")] : [];
    }
    const toml = parseTomlWithLines(text4, warn);
    return toml ? [platformSignal(site, "railway", toml.firstContentLine, "Railway service config")] : [];
  }
};

// src/discover/extractors/render-yaml.ts
var import_yaml5 = __toESM(require_dist(), 1);
var KEY_VALUE_TYPES = /* @__PURE__ */ new Set(["redis", "keyvalue"]);
var renderYaml = {
  id: "render",
  claimsName: (name) => name === "render.yaml",
  matches: (path19) => basename(path19) === "render.yaml",
  extract({ path: path19, text: text4, warn }) {
    const { docs, lineOf } = parseYaml(text4, warn);
    const doc = docs[0];
    if (!doc || doc.contents === null) return [];
    if (!(0, import_yaml5.isMap)(doc.contents)) {
      warn("a Render Blueprint is a YAML mapping", lineOf(doc.contents));
      return [];
    }
    const site = platformSite(path19, "render");
    const signals = [platformSignal(site, "render", lineOf(doc.contents), "Render Blueprint")];
    for (const database of seqItems(mapGet(doc.contents, "databases", doc), doc)) {
      const name = scalarText(mapGet(database, "name", doc), doc) ?? "?";
      const version2 = scalarText(mapGet(database, "postgresMajorVersion", doc), doc);
      signals.push(platformSignal(site, "render-postgres", lineOf(database), `database "${name}"`, version2 ? { version: version2 } : {}));
    }
    for (const service of seqItems(mapGet(doc.contents, "services", doc), doc)) {
      const name = scalarText(mapGet(service, "name", doc), doc) ?? "?";
      const type = scalarText(mapGet(service, "type", doc), doc) ?? "";
      if (KEY_VALUE_TYPES.has(type)) signals.push(platformSignal(site, "render-redis", lineOf(service), `${type} service "${name}"`));
      signals.push(...envVarSignals(mapGet(service, "envVars", doc), doc, lineOf, site, `service "${name}" envVars`));
    }
    for (const group of seqItems(mapGet(doc.contents, "envVarGroups", doc), doc)) {
      const name = scalarText(mapGet(group, "name", doc), doc) ?? "?";
      signals.push(...envVarSignals(mapGet(group, "envVars", doc), doc, lineOf, site, `envVarGroup "${name}" envVars`));
    }
    return signals;
  }
};
function envVarSignals(list2, doc, lineOf, site, context) {
  const signals = [];
  for (const entry of seqItems(list2, doc)) {
    const keyNode = mapGet(entry, "key", doc);
    const key = scalarText(keyNode, doc);
    if (!key) continue;
    signals.push(...envSignals(site, key, scalarText(mapGet(entry, "value", doc), doc), lineOf(keyNode), context));
  }
  return signals;
}

// src/discover/extractors/heroku-app-json.ts
var STRONG_KEYS = { addons: "array", buildpacks: "array", formation: "object", environments: "object" };
var WEAK_KEYS = { env: "object", scripts: "object" };
var SCHEMA_KEYS = /* @__PURE__ */ new Set([
  "name",
  "description",
  "keywords",
  "website",
  "repository",
  "logo",
  "success_url",
  "scripts",
  "env",
  "formation",
  "image",
  "addons",
  "buildpacks",
  "environments",
  "stack"
]);
var OTHER_TOOL_KEYS = ["expo", "healthchecks", "cron"];
function herokuMarker(root) {
  const entries = objectEntries(root);
  if (entries.some(([key]) => OTHER_TOOL_KEYS.includes(key))) return void 0;
  const strong = entries.find(([key, , value2]) => STRONG_KEYS[key] === value2.type);
  if (strong) return strong[1];
  if (!entries.every(([key]) => SCHEMA_KEYS.has(key))) return void 0;
  return entries.find(([key, , value2]) => WEAK_KEYS[key] === value2.type)?.[1];
}
var BUTTON_MANIFEST = "a Heroku app.json is the manifest of the Deploy-to-Heroku button, review apps and Heroku CI: one way to run the app, not where production runs";
var herokuAppJson = {
  id: "heroku",
  claimsName: (name) => name === "app.json",
  matches: (path19) => basename(path19) === "app.json",
  extract({ path: path19, text: text4, warn }) {
    const config = parseJsonConfig(text4, "app.json", warn);
    if (!config) return [];
    const marker = herokuMarker(config.root);
    if (!marker) return [];
    const site = platformSite(path19, "heroku");
    const button = site.optional === void 0;
    site.optional ??= BUTTON_MANIFEST;
    const lift = button ? { optionalUnless: "heroku" } : {};
    const signals = [platformSignal(site, "heroku", config.lineOf(marker), "Heroku app.json", lift)];
    signals.push(...sectionSignals(config, config.root, site, "").map((signal) => signal.kind === "platform" ? { ...signal, ...lift } : signal));
    for (const [name, , environment] of objectEntries(property(config.root, "environments"))) {
      signals.push(...sectionSignals(config, environment, { ...site, scope: "dev" }, `environments.${name}.`));
    }
    return signals;
  }
};
function sectionSignals(config, node2, site, prefix) {
  const signals = [];
  const addons = property(node2, "addons");
  for (const item of addons?.type === "array" ? addons.children ?? [] : []) {
    const planNode = item.type === "object" ? property(item, "plan") : item;
    if (planNode?.type !== "string") continue;
    const plan = String(planNode.value);
    const addon = plan.split(":")[0].trim();
    if (addon) signals.push(platformSignal(site, addon, config.lineOf(planNode), `${prefix}addons "${plan}"`));
  }
  for (const [name, keyNode, valueNode] of objectEntries(property(node2, "env"))) {
    const value2 = valueNode.type === "object" ? property(valueNode, "value")?.value : valueNode.value;
    signals.push(...envSignals(site, name, value2, config.lineOf(keyNode), `${prefix}env`));
  }
  return signals;
}

// src/discover/extractors/procfile.ts
var DECLARATION = /^([A-Za-z0-9_-]+)[ \t]*:[ \t]*(\S.*)$/;
var procfile = {
  id: "procfile",
  claimsName: (name) => name === "Procfile",
  matches: (path19) => basename(path19) === "Procfile",
  extract({ path: path19, text: text4, warn }) {
    const types = [];
    let firstLine5 = 0;
    splitLines(stripBom(text4)).forEach((raw, index2) => {
      const trimmed = raw.trim();
      if (trimmed === "" || trimmed.startsWith("#")) return;
      const match = DECLARATION.exec(trimmed);
      if (!match) {
        warn('Procfile line is not "<process type>: <command>"', index2 + 1);
        return;
      }
      types.push(match[1]);
      if (!firstLine5) firstLine5 = index2 + 1;
    });
    if (!firstLine5) return [];
    const optional = types.includes("release") ? {} : { optional: "a Procfile is also read by foreman, Dokku and in-container process runners" };
    return [platformSignal(platformSite(path19, "heroku"), "heroku", firstLine5, `Procfile process types ${types.join(", ")}`, optional)];
  }
};

// src/discover/extractors/serverless-yml.ts
var import_yaml7 = __toESM(require_dist(), 1);
import { posix as posix3 } from "node:path";

// src/discover/extractors/cloudformation-yaml.ts
var import_yaml6 = __toESM(require_dist(), 1);
var INTRINSICS = [
  "And",
  "Base64",
  "Cidr",
  "Condition",
  "Equals",
  "FindInMap",
  "GetAZs",
  "GetAtt",
  "If",
  "ImportValue",
  "Join",
  "Length",
  "Not",
  "Or",
  "Ref",
  "Select",
  "Split",
  "Sub",
  "ToJsonString",
  "Transform"
];
var CLOUDFORMATION_TAGS = INTRINSICS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value2) => value2 },
  { tag: `!${name}`, collection: "seq" },
  { tag: `!${name}`, collection: "map" }
]);
function parseCloudFormationYaml(text4, warn) {
  const lineCounter = new import_yaml6.LineCounter();
  const lineOf = (node2) => node2?.range ? lineCounter.linePos(node2.range[0]).line : 1;
  if (!yamlFitsLimits(text4, warn)) return { doc: void 0, lineOf };
  const doc = (0, import_yaml6.parseDocument)(text4, { lineCounter, customTags: CLOUDFORMATION_TAGS, ...YAML_PARSE_OPTIONS });
  const error = doc.errors[0];
  if (error) {
    warn(`invalid YAML: ${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`, error.linePos?.[0]?.line);
    return { doc: void 0, lineOf };
  }
  const duplicate = duplicateKey(doc);
  if (duplicate) {
    warn(`invalid YAML: ${DUPLICATE_KEY_MESSAGE}`, lineOf(duplicate));
    return { doc: void 0, lineOf };
  }
  return { doc, lineOf };
}
function cloudFormationResourceSignals(resources, doc, lineOf, site) {
  const signals = [];
  for (const [logicalId, resource] of mapEntries(resources, doc)) {
    const typeNode = mapGet(resource, "Type", doc);
    const type = scalarText(typeNode, doc);
    if (!type || !type.includes("::")) continue;
    signals.push(platformSignal(site, `cfn:${type}`, lineOf(typeNode), `resource "${logicalId}" ${type}`));
  }
  return signals;
}

// src/discover/extractors/serverless-yml.ts
var FILE_REFERENCE = /^\$\{file\(([^)]+)\)(?::[\w.]+)?\}$/;
var serverlessYml = {
  id: "serverless",
  claimsName: (name) => /^serverless\.ya?ml$/i.test(name),
  matches: (path19) => lowerName(path19) === "serverless.yml" || lowerName(path19) === "serverless.yaml",
  async extract({ path: path19, text: text4, warn, readSibling: readSibling2 }) {
    const { doc, lineOf } = parseCloudFormationYaml(text4, warn);
    if (!doc || doc.contents === null) return [];
    if (!(0, import_yaml7.isMap)(doc.contents)) {
      warn("serverless.yml is a YAML mapping", lineOf(doc.contents));
      return [];
    }
    const site = platformSite(path19, "serverless");
    const signals = [];
    signals.push(...environmentSignals2(mapPath(doc.contents, ["provider", "environment"], doc), doc, lineOf, site, "provider.environment"));
    for (const [name, fn] of mapEntries(mapGet(doc.contents, "functions", doc), doc)) {
      signals.push(...environmentSignals2(mapGet(fn, "environment", doc), doc, lineOf, site, `function "${name}" environment`));
    }
    const resources = mapGet(doc.contents, "resources", doc);
    const blocks = (0, import_yaml7.isMap)(resources) ? [resources] : seqItems(resources, doc);
    for (const block of blocks) {
      const reference = FILE_REFERENCE.exec(scalarText(block, doc)?.trim() ?? "");
      if (reference) signals.push(...await referencedResources(reference[1].trim(), path19, readSibling2, warn));
      else signals.push(...cloudFormationResourceSignals(mapGet(block, "Resources", doc), doc, lineOf, site));
    }
    return signals;
  }
};
function environmentSignals2(node2, doc, lineOf, site, context) {
  return mapEntries(node2, doc).flatMap(([name, value2, keyNode]) => envSignals(site, name, scalarText(value2, doc), lineOf(keyNode), context));
}
async function referencedResources(relPath, fromPath, readSibling2, warn) {
  const text4 = await readSibling2?.(relPath);
  if (text4 === void 0) return [];
  const target = posix3.normalize(posix3.join(posix3.dirname(fromPath), relPath));
  const parsed = parseCloudFormationYaml(text4, (message, line) => warn(`${target}: ${message}`, line));
  if (!parsed.doc) return [];
  return cloudFormationResourceSignals(mapGet(parsed.doc.contents, "Resources", parsed.doc), parsed.doc, parsed.lineOf, platformSite(target, "serverless"));
}

// src/discover/extractors/cloudformation-template.ts
var import_yaml8 = __toESM(require_dist(), 1);
var TEMPLATE_NAME = /^(?:template\.(?:ya?ml|json)|.+\.template(?:\.(?:ya?ml|json))?|.+[.-]cfn\.(?:ya?ml|json))$/;
var TEMPLATE_FOLDERS = /* @__PURE__ */ new Set(["cloudformation", "cfn", "sam"]);
var TEMPLATE_MARKERS2 = /AWSTemplateFormatVersion|AWS::Serverless-2016-10-31|Type["']?\s*:\s*["']?AWS::/;
function isCloudFormationCandidate(path19) {
  const name = lowerName(path19);
  if (TEMPLATE_NAME.test(name)) return true;
  if (!/\.(?:ya?ml|json)$/.test(name)) return false;
  return path19.toLowerCase().split("/").slice(0, -1).some((folder) => TEMPLATE_FOLDERS.has(folder));
}
var cloudFormationTemplate = {
  id: "cloudformation",
  claimsName: (name) => /\.(?:ya?ml|json|template)$/i.test(name),
  matches: isCloudFormationCandidate,
  extract({ path: path19, text: text4, warn }) {
    if (!TEMPLATE_MARKERS2.test(text4)) return [];
    const { doc, lineOf } = parseCloudFormationYaml(text4, warn);
    if (!doc || !(0, import_yaml8.isMap)(doc.contents)) return [];
    const resources = mapGet(doc.contents, "Resources", doc);
    if (!(0, import_yaml8.isMap)(resources)) return [];
    return cloudFormationResourceSignals(resources, doc, lineOf, platformSite(path19, "cloudformation"));
  }
};

// src/discover/extractors/firebase-json.ts
var firebaseJson = {
  id: "firebase",
  claimsName: (name) => name === "firebase.json",
  matches: (path19) => basename(path19) === "firebase.json",
  extract({ path: path19, text: text4, warn }) {
    const config = parseJsonConfig(text4, "firebase.json", warn);
    if (!config) return [];
    return [platformSignal(platformSite(path19, "firebase"), "firebase", config.firstKeyLine, "Firebase project config")];
  }
};

// src/discover/extractors/supabase-config.ts
function isSupabaseConfig(path19) {
  return basename(path19) === "config.toml" && basename(dirname(path19)) === "supabase";
}
var supabaseConfig = {
  id: "supabase",
  claimsName: (name) => name === "config.toml",
  matches: isSupabaseConfig,
  extract({ path: path19, text: text4, warn }) {
    const toml = parseTomlWithLines(text4, warn);
    if (!toml) return [];
    const projectId = tableGet(toml.data, "project_id");
    const line = projectId === void 0 ? toml.firstContentLine : toml.lineOf(["project_id"]);
    return [platformSignal(platformSite(path19, "supabase"), "supabase", line, "Supabase CLI project config")];
  }
};

// src/discover/extractors/ruby-tokens.ts
var IDENT_START = /[A-Za-z_]/;
var IDENT_PART = /[A-Za-z0-9_]/;
var CLOSERS = { "[": "]", "(": ")", "{": "}", "<": ">" };
function lexRubyLine(line) {
  const tokens = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === " " || ch === "	" || ch === "\r") {
      i++;
    } else if (ch === "#") {
      break;
    } else if (ch === "'" || ch === '"') {
      const read = readQuoted(line, i + 1, ch, ch === '"');
      if (!read) return { ok: false, error: "unterminated string" };
      tokens.push({ type: "string", value: read.value, dynamic: read.dynamic });
      i = read.end;
    } else if (ch === "%" && /[wWiI]/.test(line[i + 1] ?? "") && isOpening(line[i + 2])) {
      const open = line[i + 2];
      const close2 = line.indexOf(CLOSERS[open] ?? open, i + 3);
      if (close2 === -1) return { ok: false, error: "unterminated word list" };
      tokens.push({ type: "words", values: line.slice(i + 3, close2).split(/\s+/).filter(Boolean) });
      i = close2 + 1;
    } else if (ch === ":" && line[i + 1] === ":") {
      tokens.push({ type: "punct", value: "::" });
      i += 2;
    } else if (ch === ":" && (line[i + 1] === '"' || line[i + 1] === "'")) {
      const read = readQuoted(line, i + 2, line[i + 1], line[i + 1] === '"');
      if (!read) return { ok: false, error: "unterminated symbol" };
      tokens.push({ type: "symbol", value: read.value });
      i = read.end;
    } else if (ch === ":" && IDENT_START.test(line[i + 1] ?? "")) {
      let j = i + 1;
      while (j < line.length && IDENT_PART.test(line[j])) j++;
      if (line[j] === "?" || line[j] === "!") j++;
      tokens.push({ type: "symbol", value: line.slice(i + 1, j) });
      i = j;
    } else if (IDENT_START.test(ch)) {
      let j = i;
      while (j < line.length && IDENT_PART.test(line[j])) j++;
      if (line[j] === "?" || line[j] === "!") j++;
      const word = line.slice(i, j);
      if (line[j] === ":" && line[j + 1] !== ":") {
        tokens.push({ type: "label", value: word });
        j++;
      } else {
        tokens.push({ type: "ident", value: word });
      }
      i = j;
    } else if (ch === "=" && line[i + 1] === ">") {
      tokens.push({ type: "punct", value: "=>" });
      i += 2;
    } else {
      tokens.push({ type: "punct", value: ch });
      i++;
    }
  }
  return { ok: true, tokens };
}
function isOpening(ch) {
  return ch !== void 0 && /[[({<|!/]/.test(ch);
}
function readQuoted(line, start, quote2, interpolates) {
  let value2 = "";
  let dynamic = false;
  for (let i = start; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\") {
      value2 += line[i + 1] ?? "";
      i++;
    } else if (ch === quote2) {
      return { value: value2, dynamic, end: i + 1 };
    } else if (interpolates && ch === "#" && line[i + 1] === "{") {
      dynamic = true;
      let depth = 0;
      for (i++; i < line.length; i++) {
        if (line[i] === "{") depth++;
        else if (line[i] === "}" && --depth === 0) break;
      }
    } else {
      value2 += ch;
    }
  }
  return void 0;
}
function continuesOnNextLine(tokens) {
  let depth = 0;
  for (const token of tokens) {
    if (token.type !== "punct") continue;
    if (token.value === "(" || token.value === "[" || token.value === "{") depth++;
    else if (token.value === ")" || token.value === "]" || token.value === "}") depth--;
  }
  const last = tokens[tokens.length - 1];
  return depth > 0 || last?.type === "punct" && (last.value === "," || last.value === "=>" || last.value === "\\") || last?.type === "label";
}

// src/discover/extractors/ruby-gemfile.ts
var DEV_GROUPS = /* @__PURE__ */ new Set(["development", "test"]);
var BLOCK_KEYWORDS = /* @__PURE__ */ new Set(["if", "unless", "while", "until", "case", "begin", "def", "class", "module", "for"]);
var rubyGemfile = {
  id: "gemfile",
  claimsName: (name) => name === "Gemfile" || name === "gems.rb",
  matches: (path19) => ["Gemfile", "gems.rb"].includes(basename(path19)),
  extract({ path: path19, text: text4, warn }) {
    const signals = [];
    const stack = [];
    for (const statement of statements(text4, warn)) {
      const [first] = statement.tokens;
      if (first?.type !== "ident") continue;
      if (first.value === "end") {
        if (!stack.pop()) warn("`end` without an open block", statement.line);
        continue;
      }
      if (first.value === "gem") {
        const call = statement.tokens.slice(1);
        const unconditional = withoutModifier(call);
        const gem = readGem(unconditional);
        if (gem === "missing") {
          warn("gem call without a gem name; skipped", statement.line);
          continue;
        }
        if (!gem || gem.dynamic) continue;
        const groups = [.../* @__PURE__ */ new Set([...stack.flatMap((f) => f.groups), ...gem.groups])];
        const optional = stack.some((f) => f.optional) || mentionsEnv(call.slice(unconditional.length));
        const dev = optional || groups.length > 0 && groups.every((g) => DEV_GROUPS.has(g));
        const version2 = gem.versions.join(", ");
        signals.push({
          kind: "package",
          ecosystem: "gem",
          name: gem.name,
          path: path19,
          line: statement.line,
          source: "gem",
          detail: `gem "${gem.name}"${version2 ? ` ${version2}` : ""}${groups.length ? ` (group ${groups.join(", ")})` : ""}${optional ? " (optional)" : ""}`,
          ...version2 ? { version: version2 } : {},
          scope: dev ? "dev" : "prod"
        });
        continue;
      }
      if (opensDoBlock(statement.tokens)) {
        const args = argsBeforeDo(statement.tokens.slice(1));
        const group = first.value === "group";
        stack.push({ groups: group ? groupBlockNames(args) : [], optional: group && isOptionalGroup(args), line: statement.line });
      } else if (BLOCK_KEYWORDS.has(first.value) && !endsWithEnd(statement.tokens)) {
        const conditional = first.value === "if" || first.value === "unless";
        stack.push({ groups: [], optional: conditional && mentionsEnv(statement.tokens), line: statement.line });
      }
    }
    for (const open of stack) warn("block is never closed with `end`", open.line);
    return signals;
  }
};
function statements(text4, warn) {
  const out = [];
  let pending;
  let inBlockComment = false;
  splitLines(stripBom(text4)).forEach((raw, index2) => {
    const line = index2 + 1;
    if (inBlockComment) {
      if (raw.startsWith("=end")) inBlockComment = false;
      return;
    }
    if (raw.startsWith("=begin")) {
      inBlockComment = true;
      return;
    }
    if (raw.trim() === "__END__") {
      inBlockComment = true;
      return;
    }
    const lexed = lexRubyLine(raw);
    if (!lexed.ok) {
      warn(`${lexed.error}; line skipped`, line);
      pending = void 0;
      return;
    }
    if (lexed.tokens.length === 0 && !pending) return;
    const tokens = [...pending?.tokens ?? [], ...lexed.tokens];
    const start = pending?.line ?? line;
    if (continuesOnNextLine(tokens)) {
      pending = { tokens, line: start };
      return;
    }
    pending = void 0;
    let current = [];
    for (const token of tokens) {
      if (token.type === "punct" && token.value === "\\") continue;
      if (token.type === "punct" && token.value === ";") {
        if (current.length) out.push({ tokens: current, line: start });
        current = [];
      } else {
        current.push(token);
      }
    }
    if (current.length) out.push({ tokens: current, line: start });
  });
  if (pending) warn("statement is not finished at the end of the file", pending.line);
  return out;
}
function readGem(tokens) {
  const args = splitArgs(stripParens(tokens));
  const nameArg = args[0];
  if (!nameArg) return "missing";
  const name = nameArg[0];
  if (nameArg.length !== 1 || name.type !== "string") return void 0;
  const call = { name: name.value, dynamic: name.dynamic, versions: [], groups: [] };
  for (const arg of args.slice(1)) {
    const head = arg[0];
    if (arg.length === 1 && head.type === "string" && !head.dynamic) {
      call.versions.push(head.value);
      continue;
    }
    const key = optionKey(arg);
    if (key === "group" || key === "groups") call.groups.push(...groupNames(optionValue(arg)));
  }
  return call;
}
function groupBlockNames(tokens) {
  return splitArgs(stripParens(tokens)).filter((arg) => !optionKey(arg)).flatMap(groupNames);
}
function optionKey(arg) {
  const [head, second] = arg;
  if (head?.type === "label") return head.value;
  if ((head?.type === "symbol" || head?.type === "string") && second?.type === "punct" && second.value === "=>") return head.value;
  return void 0;
}
function optionValue(arg) {
  return arg[0]?.type === "label" ? arg.slice(1) : arg.slice(2);
}
function groupNames(tokens) {
  const names = [];
  for (const token of tokens) {
    if (token.type === "symbol" || token.type === "string" && !token.dynamic) names.push(token.value);
    else if (token.type === "words") names.push(...token.values);
  }
  return names;
}
function isOptionalGroup(tokens) {
  return splitArgs(stripParens(tokens)).some((arg) => {
    const value2 = optionKey(arg) === "optional" ? optionValue(arg) : [];
    return value2.length === 1 && value2[0].type === "ident" && value2[0].value === "true";
  });
}
function mentionsEnv(tokens) {
  return tokens.some((t) => t.type === "ident" && t.value === "ENV");
}
function withoutModifier(tokens) {
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === "punct" && "([{".includes(token.value)) depth++;
    else if (token.type === "punct" && ")]}".includes(token.value)) depth--;
    else if (depth === 0 && token.type === "ident" && (token.value === "if" || token.value === "unless")) return tokens.slice(0, i);
  }
  return tokens;
}
function splitArgs(tokens) {
  const args = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (token.type === "punct") {
      if ("([{".includes(token.value)) depth++;
      else if (")]}".includes(token.value)) depth--;
      else if (token.value === "," && depth === 0) {
        args.push([]);
        continue;
      }
    }
    args[args.length - 1].push(token);
  }
  return args.filter((arg) => arg.length > 0);
}
function stripParens(tokens) {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first?.type === "punct" && first.value === "(" && last?.type === "punct" && last.value === ")") return tokens.slice(1, -1);
  return tokens;
}
function doIndex(tokens) {
  let end = tokens.length;
  const last = tokens[end - 1];
  if (last?.type === "punct" && last.value === "|") {
    let i = end - 2;
    while (i >= 0 && !(tokens[i].type === "punct" && tokens[i].value === "|")) i--;
    end = i;
  }
  const candidate = tokens[end - 1];
  return candidate?.type === "ident" && candidate.value === "do" ? end - 1 : -1;
}
function opensDoBlock(tokens) {
  return doIndex(tokens) > 0;
}
function argsBeforeDo(tokens) {
  const at = doIndex(tokens);
  return at === -1 ? tokens : tokens.slice(0, at);
}
function endsWithEnd(tokens) {
  const last = tokens[tokens.length - 1];
  return last?.type === "ident" && last.value === "end";
}

// src/discover/extractors/go-mod.ts
var KNOWN_DIRECTIVES = /* @__PURE__ */ new Set(["module", "go", "toolchain", "godebug", "require", "replace", "exclude", "retract", "tool", "ignore"]);
var goMod = {
  id: "go-mod",
  claimsName: (name) => name === "go.mod",
  matches: (path19) => basename(path19) === "go.mod",
  extract({ path: path19, text: text4, warn }) {
    const signals = [];
    let block;
    const requireEntry = (args, comment, line) => {
      if (args.length !== 2) {
        warn(`require entry needs a module path and a version, found ${args.length} word${args.length === 1 ? "" : "s"}`, line);
        return;
      }
      const [module, version2] = args;
      const indirect = comment === "indirect" || comment.startsWith("indirect;");
      signals.push({
        kind: "package",
        ecosystem: "go",
        name: module,
        path: path19,
        line,
        source: "go",
        detail: `require ${module} ${version2}${indirect ? " (indirect)" : ""}`,
        version: version2,
        scope: "prod",
        ...indirect ? { optional: "an indirect requirement (// indirect): another module needs it, this one does not import it" } : {}
      });
    };
    splitLines(stripBom(text4)).forEach((raw, index2) => {
      const line = index2 + 1;
      const parsed = tokenize2(raw);
      if (!parsed) {
        warn("unterminated quoted string", line);
        return;
      }
      const { tokens, comment } = parsed;
      if (tokens.length === 0) return;
      if (block) {
        if (tokens.length === 1 && tokens[0] === ")") {
          block = void 0;
        } else if (block.directive === "require") {
          requireEntry(tokens, comment, line);
        }
        return;
      }
      const [directive2, ...args] = tokens;
      if (!KNOWN_DIRECTIVES.has(directive2)) {
        warn(`unknown go.mod directive "${directive2}"`, line);
        return;
      }
      if (args.length === 1 && args[0] === "(") {
        block = { directive: directive2, line };
      } else if (directive2 === "require") {
        requireEntry(args, comment, line);
      }
    });
    if (block) warn(`${block.directive} block is never closed with ")"`, block.line);
    return signals;
  }
};
function tokenize2(raw) {
  const tokens = [];
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === " " || ch === "	" || ch === "\r") {
      i++;
    } else if (ch === "/" && raw[i + 1] === "/") {
      return { tokens, comment: raw.slice(i + 2).trim() };
    } else if (ch === "(" || ch === ")") {
      tokens.push(ch);
      i++;
    } else if (ch === '"' || ch === "`") {
      let value2 = "";
      let j = i + 1;
      for (; j < raw.length && raw[j] !== ch; j++) {
        if (ch === '"' && raw[j] === "\\") j++;
        value2 += raw[j] ?? "";
      }
      if (j >= raw.length) return void 0;
      tokens.push(value2);
      i = j + 1;
    } else {
      let j = i;
      while (j < raw.length && !' 	\r()"`'.includes(raw[j]) && !(raw[j] === "/" && raw[j + 1] === "/")) j++;
      tokens.push(raw.slice(i, j));
      i = j;
    }
  }
  return { tokens, comment: "" };
}

// src/discover/extractors/composer-json.ts
var SECTIONS = [
  { section: "require", scope: "prod" },
  { section: "require-dev", scope: "dev" }
];
function isPhpItself(name) {
  const lower2 = name.toLowerCase();
  return lower2 === "php" || lower2.startsWith("php-");
}
var composerJson = {
  id: "composer",
  claimsName: (name) => name === "composer.json",
  matches: (path19) => basename(path19) === "composer.json",
  extract({ path: path19, text: text4, warn }) {
    const json = parseJsonWithPositions(text4, warn);
    if (!json.root) return [];
    if (json.root.type !== "object") {
      warn("composer.json is not a JSON object", 1);
      return [];
    }
    const signals = [];
    for (const { section, scope } of SECTIONS) {
      const node2 = property(json.root, section);
      if (node2 && node2.type !== "object") {
        warn(`"${section}" is not an object of package constraints`, json.lineOf(node2));
        continue;
      }
      for (const [name, keyNode, valueNode] of objectEntries(node2)) {
        if (isPhpItself(name)) continue;
        const version2 = typeof valueNode.value === "string" ? valueNode.value : void 0;
        signals.push({
          kind: "package",
          ecosystem: "composer",
          name,
          path: path19,
          line: json.lineOf(keyNode),
          source: "composer",
          detail: `${section} "${name}"${version2 ? ` ${version2}` : ""}`,
          ...version2 ? { version: version2 } : {},
          scope
        });
      }
    }
    return signals;
  }
};

// src/discover/extractors/cargo-toml.ts
var KINDS = [
  { table: "dependencies", legacy: "dependencies", scope: "prod" },
  { table: "dev-dependencies", legacy: "dev_dependencies", scope: "dev" },
  { table: "build-dependencies", legacy: "build_dependencies", scope: "dev" }
];
var cargoToml = {
  id: "cargo",
  claimsName: (name) => name === "Cargo.toml",
  matches: (path19) => basename(path19) === "Cargo.toml",
  extract({ path: path19, text: text4, warn }) {
    const toml = parseTomlWithLines(text4, warn);
    if (!toml) return [];
    const signals = [];
    const read = (tablePath, scope) => {
      readDependencyTable(toml, tablePath, scope, path19, warn, signals);
    };
    for (const kind of KINDS) {
      for (const key of /* @__PURE__ */ new Set([kind.table, kind.legacy])) read([key], kind.scope);
    }
    for (const target of tableKeys(toml.data.target)) {
      for (const kind of KINDS) {
        for (const key of /* @__PURE__ */ new Set([kind.table, kind.legacy])) read(["target", target, key], kind.scope);
      }
    }
    return signals;
  }
};
function readDependencyTable(toml, tablePath, scope, path19, warn, signals) {
  let table = toml.data;
  for (const key of tablePath) table = tableGet(table, key);
  if (table === void 0) return;
  const section = tablePath.join(".");
  for (const key of tableKeys(table)) {
    const spec = tableGet(table, key);
    const line = toml.lineOf([...tablePath, key]);
    let crate = key;
    let version2;
    let features = [];
    const notes = [];
    if (typeof spec === "string") {
      version2 = spec;
    } else if (spec && typeof spec === "object" && !Array.isArray(spec) && !(spec instanceof Date)) {
      const renamed = tableGet(spec, "package");
      if (typeof renamed === "string") {
        crate = renamed;
        notes.push(`as "${key}"`);
      }
      const declared = tableGet(spec, "version");
      if (typeof declared === "string") version2 = declared;
      const list2 = tableGet(spec, "features");
      if (Array.isArray(list2)) features = list2.filter((f) => typeof f === "string");
      if (tableGet(spec, "optional") === true) notes.push("optional");
      if (tableGet(spec, "workspace") === true) notes.push("from workspace");
    } else {
      warn(`[${section}] "${key}" is neither a version string nor a table`, line);
      continue;
    }
    const base = {
      kind: "package",
      ecosystem: "cargo",
      path: path19,
      source: "cargo",
      ...version2 ? { version: version2 } : {},
      scope
    };
    const suffix = `${version2 ? ` ${version2}` : ""}${notes.length ? ` (${notes.join(", ")})` : ""}`;
    signals.push({ ...base, name: crate, line, detail: `${section} "${crate}"${suffix}` });
    const featureLine = toml.lineOf([...tablePath, key, "features"]);
    for (const feature of features) {
      signals.push({ ...base, name: `${crate}[${feature}]`, line: featureLine, detail: `${section} "${crate}" feature "${feature}"${suffix}` });
    }
  }
}

// src/discover/extractors/hcl-parser.ts
import { readFile as readFile3 } from "node:fs/promises";

// src/util/assets.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
function assetPath(name, inPackage) {
  const beside = fileURLToPath(new URL(`./${name}`, import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL(`../../node_modules/${inPackage}`, import.meta.url));
}

// src/discover/extractors/hcl-diagnostics.ts
import { readFile as readFile2 } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
var EXPORTS_GLOBAL = "__parse_terraform_config_wasm__";
var runtime;
async function startRuntime() {
  const wasmFile = assetPath("main.wasm.gz", "@cdktf/hcl2json/main.wasm.gz");
  const bytes = gunzipSync(await readFile2(wasmFile));
  await import("./chunk-KAGT2U76.js");
  const Go = globalThis.Go;
  if (!Go) throw new Error("Go wasm runtime did not load");
  const go = new Go();
  const { instance } = await globalThis.WebAssembly.instantiate(bytes, go.importObject);
  const exports2 = {};
  globalThis[EXPORTS_GLOBAL] = exports2;
  go.run(instance).catch(() => {
    runtime = void 0;
  });
  if (typeof exports2.parse !== "function") throw new Error("HCL parser did not start");
  return exports2;
}
var PARSE_NAME = "input.tf";
var DIAGNOSTIC_POSITION = /(?:^|\s)input\.tf:(\d+),\d+(?:-\d+(?:,\d+)?)?: /g;
function firstDiagnostic(error) {
  const text4 = error.replace(/^parse config: \[/, "").replace(/\]$/, "");
  const positions = [...text4.matchAll(DIAGNOSTIC_POSITION)];
  const first = positions[0];
  if (!first) return { message: text4.split(";")[0].trim() };
  const end = positions[1]?.index ?? text4.length;
  const diagnostic = text4.slice(first.index + first[0].length, end);
  return { message: diagnostic.split(";")[0].trim(), line: Number(first[1]) };
}
async function diagnoseHcl(text4) {
  runtime ??= startRuntime();
  const go = await runtime.catch((error2) => {
    runtime = void 0;
    throw error2;
  });
  const error = await new Promise((resolve2) => {
    go.parse(PARSE_NAME, text4, (err) => resolve2(err));
  });
  return error ? { ok: false, ...firstDiagnostic(error) } : { ok: true };
}

// src/discover/extractors/hcl-parser.ts
var parser3;
async function startParser() {
  const runtimeWasm = assetPath("tree-sitter.wasm", "web-tree-sitter/tree-sitter.wasm");
  const grammarWasm = assetPath("tree-sitter-terraform.wasm", "@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm");
  const { Parser, Language } = await import("./chunk-UBD6QQZO.js");
  await Parser.init({ wasmBinary: await readFile3(runtimeWasm) });
  const language = await Language.load(await readFile3(grammarWasm));
  const instance = new Parser();
  instance.setLanguage(language);
  return instance;
}
async function parseHcl(text4) {
  parser3 ??= startParser();
  const ready = await parser3.catch((error) => {
    parser3 = void 0;
    throw error;
  });
  const tree = ready.parse(text4);
  if (!tree) throw new Error("HCL parser returned no tree");
  try {
    if (tree.rootNode.hasError) {
      const verdict = await diagnoseWithFallback(text4, tree.rootNode);
      if (!verdict.ok) return verdict;
    }
    return { ok: true, blocks: topLevelBlocks(tree.rootNode) };
  } finally {
    tree.delete();
  }
}
async function diagnoseWithFallback(text4, root) {
  try {
    return await diagnoseHcl(text4);
  } catch {
    const error = firstError(root);
    return { ok: false, message: error?.isMissing ? `missing ${error.type}` : "syntax error", ...error ? { line: error.startPosition.row + 1 } : {} };
  }
}
function firstError(node2) {
  if (node2.isError || node2.isMissing) return node2;
  for (const child of node2.children) {
    if (child && child.hasError) return firstError(child) ?? child;
  }
  return void 0;
}
function topLevelBlocks(root) {
  const body = root.namedChildren.find((n) => n?.type === "body");
  if (!body) return [];
  const blocks = [];
  for (const node2 of body.namedChildren) {
    if (node2?.type !== "block" || node2.hasError) continue;
    const [typeNode, ...rest] = node2.namedChildren;
    if (!typeNode || typeNode.type !== "identifier") continue;
    const labels = [];
    const attributes4 = /* @__PURE__ */ new Map();
    const literals = /* @__PURE__ */ new Map();
    const expressions = /* @__PURE__ */ new Map();
    for (const child of rest) {
      if (!child) continue;
      if (child.type === "string_lit") labels.push(stringLiteral(child) ?? "");
      else if (child.type === "identifier") labels.push(child.text);
      else if (child.type === "body") {
        for (const attribute of child.namedChildren) {
          if (attribute?.type === "block") readNestedBlock(attribute, literals, expressions);
          if (attribute?.type !== "attribute") continue;
          const [name, expression] = attribute.namedChildren;
          if (!name || !expression) continue;
          attributes4.set(name.text, literalOf(expression));
          recordValue(name.text, expression, literals, expressions);
        }
      }
    }
    blocks.push({ type: typeNode.text, labels, line: node2.startPosition.row + 1, attributes: attributes4, literals, expressions });
  }
  return blocks;
}
function readNestedBlock(block, literals, expressions) {
  const [typeNode, ...rest] = block.namedChildren;
  const body = rest.find((c) => c?.type === "body");
  if (!typeNode || typeNode.type !== "identifier" || !body) return;
  for (const attribute of body.namedChildren) {
    if (attribute?.type !== "attribute") continue;
    const [name, expression] = attribute.namedChildren;
    if (name && expression) recordValue(`${typeNode.text}.${name.text}`, expression, literals, expressions);
  }
}
function recordValue(key, expression, literals, expressions) {
  const value2 = expression.namedChildren.length === 1 ? expression.namedChildren[0] : void 0;
  const inner = value2?.type === "literal_value" ? value2.namedChildren[0] : void 0;
  const text4 = inner?.type === "string_lit" ? stringLiteral(inner) : inner && /^(?:numeric_lit|bool_lit)$/.test(inner.type) ? inner.text : void 0;
  if (text4 !== void 0) literals.set(key, text4);
  else if (expression.text.length <= 200) expressions.set(key, expression.text);
}
function literalOf(expression) {
  const value2 = expression.namedChildren.length === 1 ? expression.namedChildren[0] : void 0;
  if (value2?.type !== "literal_value") return void 0;
  const inner = value2.namedChildren[0];
  return inner?.type === "string_lit" ? stringLiteral(inner) : void 0;
}
var ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function stringLiteral(node2) {
  let text4 = "";
  for (const part of node2.namedChildren) {
    if (!part) continue;
    if (part.type === "template_literal") text4 += part.text.replace(/\\(.)/g, (all2, c) => ESCAPES[c] ?? all2);
    else if (part.type !== "quoted_template_start" && part.type !== "quoted_template_end") return void 0;
  }
  return text4;
}

// src/discover/extractors/terraform.ts
var ENGINE_ATTRIBUTE = {
  google_sql_database_instance: "database_version",
  // Cosmos DB's API: "MongoDB" is a MongoDB for the catalog, "GlobalDocumentDB" (the default) its own.
  azurerm_cosmosdb_account: "kind"
};
var DEFAULT_ENGINE = {
  azurerm_cosmosdb_account: "globaldocumentdb"
};
var STATE_WORDS = /* @__PURE__ */ new Set(["tfstate", "statefile", "statelock", "bootstrap"]);
var STATE_TYPES = /(?:_s3_bucket|_dynamodb_table|_storage_bucket|_storage_account|_storage_container)$/;
function isStateBackend(type, name, path19) {
  const words = [...path19.toLowerCase().split(/[/._-]+/), ...name.toLowerCase().split(/[._-]+/)];
  if (!STATE_TYPES.test(type)) return false;
  if (words.some((w) => STATE_WORDS.has(w))) return true;
  return words.includes("state") || /(?:^|\/)backend\.tf$/.test(path19) || type.endsWith("_dynamodb_table") && words.includes("lock");
}
var OBSERVABILITY_WORDS = /* @__PURE__ */ new Set([
  "log",
  "logs",
  "logging",
  "audit",
  "alert",
  "alerts",
  "alerting",
  "alarm",
  "alarms",
  "monitoring",
  "metrics",
  "telemetry",
  "waf",
  "guardduty",
  "securityhub",
  "cloudtrail",
  "flowlog",
  "flowlogs",
  "siem",
  "splunk",
  "cribl",
  "budget",
  "budgets",
  "pagerduty",
  "opsgenie",
  "oncall"
]);
function observabilityWord(name, path19) {
  const words = [...path19.toLowerCase().split(/[/._-]+/), ...name.toLowerCase().split(/[._-]+/)];
  return words.find((w) => OBSERVABILITY_WORDS.has(w));
}
var TOOLING_WORDS = /* @__PURE__ */ new Set(["tools", "tooling", "test", "tests", "testing", "loadtest", "perftest", "sandbox"]);
function toolingFolder(path19) {
  return path19.split("/").slice(0, -1).find((folder) => folder.toLowerCase().split(/[._-]+/).some((word) => TOOLING_WORDS.has(word)));
}
var REGISTRY_HOST = "registry.terraform.io/";
var terraform = {
  id: "terraform",
  claimsName: (name) => /\.(tf|tofu)$/.test(name),
  matches: (path19) => /\.(tf|tofu)$/.test(basename(path19)),
  async extract({ path: path19, text: text4, warn }) {
    if (!text4.includes("resource") && !text4.includes("module")) return [];
    let parsed;
    try {
      parsed = await parseHcl(text4);
    } catch (error) {
      warn(`Terraform parser unavailable: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
    if (!parsed.ok) {
      warn(`invalid HCL: ${parsed.message}`, parsed.line);
      return [];
    }
    const related = relatedFacts(parsed.blocks);
    return parsed.blocks.flatMap((block) => {
      if (block.type === "resource" && block.labels.length === 2) return [resourceSignal(block, path19, related)];
      if (block.type === "module" && block.labels.length === 1) return moduleSignal(block, path19);
      return [];
    });
  }
};
var FACT_ATTRIBUTES = /* @__PURE__ */ new Set([
  "identifier",
  "cluster_identifier",
  "replication_group_id",
  "cluster_id",
  "name",
  "bucket",
  "domain_name",
  "cluster_name",
  "engine",
  "engine_version",
  "engine_mode",
  "multi_az",
  "db_cluster_instance_class",
  "instance_class",
  "num_cache_clusters",
  "num_cache_nodes",
  "num_node_groups",
  "replicas_per_node_group",
  "automatic_failover_enabled",
  "multi_az_enabled",
  "node_type",
  "hash_key",
  "range_key",
  "stream_enabled",
  "billing_mode",
  "database_version",
  "region",
  "location",
  "deletion_protection",
  "backup_retention_period",
  "snapshot_retention_limit",
  "kafka_version",
  "number_of_broker_nodes",
  "instance",
  "tier",
  "settings.availability_type",
  "settings.tier",
  "point_in_time_recovery.enabled",
  "versioning.enabled",
  "ttl.attribute_name",
  "ttl.enabled",
  "cluster_config.instance_count",
  "cluster_config.zone_awareness_enabled",
  "cluster_config.dedicated_master_enabled",
  "versioning_configuration.status",
  "backup_configuration.point_in_time_recovery_enabled",
  "settings.edition",
  "count"
]);
var IDENTIFIER_ATTRIBUTES = ["identifier", "cluster_identifier", "replication_group_id", "cluster_id", "name", "bucket", "domain_name", "cluster_name"];
function relatedFacts(blocks) {
  const out = /* @__PURE__ */ new Map();
  const add = (address, key, value2) => {
    const facts = out.get(address) ?? {};
    facts[key] = value2;
    out.set(address, facts);
  };
  const target = (expression, type) => {
    const match = expression ? new RegExp(`\\b${type}\\.([\\w-]+)\\.`).exec(expression) : null;
    return match ? `${type}.${match[1]}` : void 0;
  };
  for (const block of blocks) {
    if (block.type !== "resource" || block.labels.length !== 2) continue;
    const [type] = block.labels;
    if (type === "aws_rds_cluster_instance") {
      const cluster = target(block.expressions.get("cluster_identifier"), "aws_rds_cluster");
      const count = Number(block.literals.get("count") ?? "1");
      if (cluster) add(cluster, "instances", String((Number(out.get(cluster)?.instances ?? "0") || 0) + (Number.isFinite(count) ? count : 1)));
    } else if (type === "aws_s3_bucket_versioning") {
      const bucket = target(block.expressions.get("bucket"), "aws_s3_bucket");
      const status = block.literals.get("versioning_configuration.status");
      if (bucket && status) add(bucket, "versioning", status);
    } else if (type === "aws_appautoscaling_target") {
      const table = target(block.expressions.get("resource_id"), "aws_dynamodb_table");
      if (table) add(table, "autoscaling", "yes");
    }
  }
  return out;
}
function resourceFacts(block, related) {
  const [type, name] = block.labels;
  const facts = { resource: `${type}.${name}`, type, name };
  for (const [key, value2] of block.literals) if (FACT_ATTRIBUTES.has(key)) facts[`attr.${key}`] = value2;
  for (const key of IDENTIFIER_ATTRIBUTES) {
    const expression = block.expressions.get(key);
    if (expression) facts[`expr.${key}`] = expression;
  }
  return { ...facts, ...related.get(`${type}.${name}`) };
}
function resourceSignal(block, path19, related) {
  const [type, name] = block.labels;
  const attribute = ENGINE_ATTRIBUTE[type] ?? "engine";
  const engine = (block.attributes.has(attribute) ? block.attributes.get(attribute) || void 0 : DEFAULT_ENGINE[type])?.toLowerCase();
  const version2 = block.attributes.get("engine_version") || void 0;
  const ci = path19.startsWith(".github/");
  const observability = observabilityWord(name, path19);
  const tooling = toolingFolder(path19);
  return {
    kind: "terraform",
    name: type,
    ...engine ? { engine } : {},
    ...version2 ? { version: version2 } : {},
    path: path19,
    line: block.line,
    source: "terraform",
    detail: `resource ${type}.${name}${engine ? ` (engine ${engine})` : ""}`,
    ...ci || isStateBackend(type, name, path19) ? { scope: "dev" } : {},
    ...observability ? { optional: `its name says it carries ${observability}, not the product's data` } : tooling ? { optional: `${tooling}/ provisions the team's tooling or tests, not the product` } : {},
    facts: resourceFacts(block, related)
  };
}
function moduleSignal(block, path19) {
  const name = block.labels[0];
  const rawSource = block.attributes.get("source") || void 0;
  if (!rawSource) return [];
  const source = moduleSource(rawSource);
  const engine = (block.attributes.get("engine") || void 0)?.toLowerCase();
  const version2 = block.attributes.get("version") || void 0;
  return [{
    kind: "terraform-module",
    name: source,
    ...engine ? { engine } : {},
    ...version2 ? { version: version2 } : {},
    path: path19,
    line: block.line,
    source: "terraform",
    detail: `module "${name}" ${source}${version2 ? ` ${version2}` : ""}${engine ? ` (engine ${engine})` : ""}`,
    facts: { module: `module.${name}`, name, source }
  }];
}
function moduleSource(source) {
  const query = source.indexOf("?");
  const withoutQuery = query === -1 ? source : source.slice(0, query);
  return withoutQuery.startsWith(REGISTRY_HOST) ? withoutQuery.slice(REGISTRY_HOST.length) : withoutQuery;
}

// src/discover/extractors/dockerfile.ts
function isDockerfile(path19) {
  const name = lowerName(path19);
  return name === "dockerfile" || name === "containerfile" || name.startsWith("dockerfile.") || name.endsWith(".dockerfile");
}
function instructions(text4) {
  const out = [];
  let current;
  splitLines(stripBom(text4)).forEach((raw, index2) => {
    const trimmed = raw.trim();
    if (!current && (trimmed === "" || trimmed.startsWith("#"))) return;
    if (current && trimmed.startsWith("#")) return;
    const body = trimmed.endsWith("\\") ? trimmed.slice(0, -1) : trimmed;
    if (current) {
      current.args += ` ${body}`;
    } else {
      const space = body.search(/\s/);
      current = { keyword: (space === -1 ? body : body.slice(0, space)).toUpperCase(), args: space === -1 ? "" : body.slice(space + 1).trim(), line: index2 + 1 };
    }
    if (!trimmed.endsWith("\\")) {
      out.push(current);
      current = void 0;
    }
  });
  if (current) out.push(current);
  return out;
}
function substitute(text4, args) {
  return text4.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced, fallback, bare2) => {
    const value2 = args.get(braced ?? bare2);
    return value2 !== void 0 && value2 !== "" ? value2 : fallback ?? whole;
  });
}
var dockerfile = {
  id: "dockerfile",
  claimsName: (name) => isDockerfile(name),
  matches: isDockerfile,
  extract({ path: path19, text: text4 }) {
    const args = /* @__PURE__ */ new Map();
    const stages = /* @__PURE__ */ new Map();
    let last;
    for (const { keyword, args: rest, line } of instructions(text4)) {
      if (keyword === "ARG") {
        const [name, value2] = rest.split("=", 2);
        if (name && value2 !== void 0 && !args.has(name.trim())) args.set(name.trim(), value2.trim().replace(/^(["'])(.*)\1$/, "$2"));
      } else if (keyword === "FROM") {
        const words = rest.split(/\s+/).filter((word) => !word.startsWith("--"));
        let image = substitute(words[0] ?? "", args);
        image = stages.get(image.toLowerCase()) ?? image;
        if (words[1]?.toUpperCase() === "AS" && words[2]) stages.set(words[2].toLowerCase(), image);
        last = { image, line };
      }
    }
    if (!last) return [];
    const scope = hasDevToken(path19) ? "dev" : "prod";
    const folder = dirname(path19);
    const signals = [{ kind: "deploy", name: folder, path: path19, line: last.line, source: "dockerfile", detail: `Dockerfile builds ${folder || "."}`, scope }];
    const ref = parseImageRef(last.image);
    if (ref && ref.repository !== "scratch") {
      signals.push({
        kind: "image",
        name: ref.repository,
        path: path19,
        line: last.line,
        source: "dockerfile",
        detail: `final stage FROM ${ref.repository}${ref.tag ? `:${ref.tag}` : ""}`,
        ...ref.tag ? { version: ref.tag } : {},
        scope
      });
    }
    return signals;
  }
};

// src/discover/extractors/heroku-yml.ts
var import_yaml9 = __toESM(require_dist(), 1);
var herokuYml = {
  id: "heroku-yml",
  claimsName: (name) => name === "heroku.yml",
  matches: (path19) => basename(path19) === "heroku.yml",
  extract({ path: path19, text: text4, warn }) {
    const { docs, lineOf } = parseYaml(text4, warn);
    const doc = docs[0];
    if (!doc || !(0, import_yaml9.isMap)(doc.contents)) return [];
    const section = ["build", "run", "setup"].map((key2) => [key2, mapGet(doc.contents, key2, doc)]).find(([, node2]) => node2 !== void 0);
    if (!section) return [];
    const key = doc.contents.items.find((pair) => pair.key?.value === section[0])?.key;
    return [platformSignal(platformSite(path19, "heroku"), "heroku", lineOf(key), `heroku.yml ${section[0]} section`)];
  }
};

// src/discover/extractors/spring-config.ts
var import_yaml10 = __toESM(require_dist(), 1);
function isSpringConfig(path19) {
  const name = lowerName(path19);
  if (!/^(?:application|bootstrap)(?:-[a-z0-9_.-]+)?\.(?:properties|ya?ml)$/.test(name)) return false;
  const folders = path19.split("/").slice(0, -1);
  return path19.includes("src/main/resources/") || folders.includes("config");
}
function relaxedEnvName(key) {
  return key.replace(/\[(\d+)\]/g, ".$1").replace(/[.-]+/g, "_").toUpperCase();
}
var PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}/g;
function readProperties(text4) {
  const out = [];
  const lines = splitLines(stripBom(text4));
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    let line = lines[i].trimStart();
    if (line === "" || line.startsWith("#") || line.startsWith("!")) continue;
    while (line.endsWith("\\") && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i].trimStart();
    const key = /^(?:\\.|[^=:\s])+/.exec(line)?.[0];
    if (!key) continue;
    let rest = line.slice(key.length).trimStart();
    if (rest.startsWith("=") || rest.startsWith(":")) rest = rest.slice(1);
    else if (rest.length === line.length - key.length) continue;
    out.push({ key: key.replace(/\\(.)/g, "$1"), value: rest.trim(), line: first + 1 });
  }
  return out;
}
function flattenYaml(node2, prefix, doc, lineOf, out, depth = 0) {
  const value2 = resolve(node2, doc);
  if (depth > 20) return;
  if ((0, import_yaml10.isMap)(value2)) {
    for (const [key, child, keyNode] of mapEntries(value2, doc)) {
      const dotted = prefix ? `${prefix}.${key}` : key;
      const inner = resolve(child, doc);
      if ((0, import_yaml10.isMap)(inner) || (0, import_yaml10.isSeq)(inner)) flattenYaml(inner, dotted, doc, lineOf, out, depth + 1);
      else out.push({ key: dotted, value: scalarText(child, doc) ?? "", line: lineOf(keyNode) });
    }
  } else if ((0, import_yaml10.isSeq)(value2)) {
    value2.items.forEach((item, index2) => flattenYaml(item, `${prefix}[${index2}]`, doc, lineOf, out, depth + 1));
  }
}
var springConfig = {
  id: "spring",
  claimsName: (name) => /^(?:application|bootstrap)(?:-[a-z0-9_.-]+)?\.(?:properties|ya?ml)$/i.test(name),
  matches: isSpringConfig,
  extract({ path: path19, text: text4, warn }) {
    const scope = hasDevToken(path19) ? "dev" : "prod";
    const properties = [];
    if (path19.endsWith(".properties")) {
      properties.push(...readProperties(text4));
    } else {
      const { docs, lineOf } = parseYamlStream(text4, warn);
      for (const doc of docs) flattenYaml(doc.contents, "", doc, lineOf, properties);
    }
    const signals = [];
    for (const { key, value: value2, line } of properties) {
      const site = { path: path19, line, source: "spring", context: `property ${key}`, scope };
      signals.push(...variableSignals(relaxedEnvName(key), value2, site).map((s) => ({ ...s, detail: s.detail.replace(`property ${key} ${relaxedEnvName(key)}`, `property ${key}`) })));
      for (const placeholder of value2.matchAll(PLACEHOLDER)) {
        if (placeholder[1].toUpperCase() === relaxedEnvName(key)) continue;
        signals.push({ kind: "env", name: placeholder[1], path: path19, line, source: "spring", detail: `property ${key} from \${${placeholder[1]}}`, scope });
      }
    }
    return signals;
  }
};

// src/discover/extractors/github-workflow.ts
var import_yaml11 = __toESM(require_dist(), 1);
function isWorkflowFile(path19) {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path19);
}
var REFERENCE = /\b(?:secrets|vars)\.([A-Za-z_][A-Za-z0-9_]*)/g;
var githubWorkflow = {
  id: "workflow",
  claimsName: (name) => /\.ya?ml$/.test(name),
  matches: isWorkflowFile,
  extract({ path: path19, text: text4, warn }) {
    const { docs, lineOf } = parseYaml(text4, warn);
    const doc = docs[0];
    if (!doc || !(0, import_yaml11.isMap)(doc.contents)) return [];
    const signals = [];
    const seen = /* @__PURE__ */ new Set();
    const add = (name, node2, how) => {
      if (seen.has(name)) return;
      seen.add(name);
      signals.push({ kind: "env", name, path: path19, line: lineOf(node2), source: "workflow", detail: `workflow ${how} ${name}`, context: "ci" });
    };
    const envKeys = (node2) => {
      for (const [name, , keyNode] of mapEntries(node2, doc)) if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) add(name, keyNode, "env");
    };
    envKeys(mapGet(doc.contents, "env", doc));
    for (const [, job] of mapEntries(mapGet(doc.contents, "jobs", doc), doc)) {
      envKeys(mapGet(job, "env", doc));
      for (const step of seqItems(mapGet(job, "steps", doc), doc)) {
        envKeys(mapGet(step, "env", doc));
        const uses = mapGet(step, "uses", doc);
        const action = actionName(scalarText(uses, doc));
        if (action) signals.push({ kind: "platform", name: `action:${action}`, path: path19, line: lineOf(uses), source: "workflow", detail: `workflow step uses ${action}`, context: "ci" });
      }
    }
    references(doc, (name, node2) => add(name, node2, "uses"));
    return signals;
  }
};
function actionName(uses) {
  if (!uses || uses.startsWith("./") || uses.includes("://")) return void 0;
  const [owner, repo] = uses.split("@")[0].split("/");
  return owner && repo ? `${owner}/${repo}`.toLowerCase() : void 0;
}
function references(doc, found) {
  (0, import_yaml11.visit)(doc, {
    Scalar(_, node2) {
      if (typeof node2.value !== "string" || !node2.value.includes(".")) return;
      for (const match of node2.value.matchAll(REFERENCE)) found(match[1], node2);
    }
  });
}

// src/discover/extractors/node-config-env.ts
var import_yaml12 = __toESM(require_dist(), 1);
var NAMES = /* @__PURE__ */ new Set(["custom-environment-variables.yaml", "custom-environment-variables.yml", "custom-environment-variables.json"]);
var nodeConfigEnv = {
  id: "node-config",
  claimsName: (name) => NAMES.has(name),
  matches: (path19) => NAMES.has(basename(path19)),
  extract({ path: path19, text: text4, warn }) {
    const { docs, lineOf } = parseYaml(text4, warn);
    const doc = docs[0];
    if (!doc) return [];
    const scope = hasDevToken(path19) ? "dev" : "prod";
    const signals = [];
    const visit4 = (node2, keys, d) => {
      if (keys.length > 20) return;
      for (const [key, value2, keyNode] of mapEntries(node2, d)) {
        const inner = resolve(value2, d);
        const named = (0, import_yaml12.isMap)(inner) ? scalarText(mapGet(inner, "__name", d), d) : scalarText(inner, d);
        if (named !== void 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(named)) {
          signals.push({ kind: "env", name: named, path: path19, line: lineOf(keyNode), source: "node-config", detail: `setting ${[...keys, key].join(".")} from ${named}`, scope });
        } else if ((0, import_yaml12.isMap)(inner)) {
          visit4(inner, [...keys, key], d);
        }
      }
    };
    visit4(doc.contents, [], doc);
    return signals;
  }
};

// src/discover/extractors/rails-config.ts
var RUBY_FILES = /^config\/(?:application\.rb|environments\/production\.rb)$/;
var INITIALIZER = /^config\/initializers\/[^/]+\.rb$/;
var SMTP_ADDRESS = /^\s*(?:address:|:address\s*=>)\s*["']([A-Za-z0-9.-]+)["']/;
var DATABASE_YML = /^config\/database\.ya?ml$/;
var SETTINGS = {
  "active_storage.service": "ACTIVE_STORAGE_SERVICE",
  "action_mailer.delivery_method": "ACTION_MAILER_DELIVERY_METHOD",
  cache_store: "CACHE_STORE",
  "active_job.queue_adapter": "ACTIVE_JOB_QUEUE_ADAPTER",
  session_store: "SESSION_STORE"
};
var ASSIGNMENT2 = /^\s*config\.((?:active_storage\.service|action_mailer\.delivery_method|cache_store|active_job\.queue_adapter|session_store))\s*=\s*(?::([a-z_][a-z0-9_]*)|["']([a-z_][a-z0-9_]*)["'])/;
function relative(path19) {
  const index2 = path19.lastIndexOf("config/");
  return index2 === -1 || index2 > 0 && path19[index2 - 1] !== "/" ? void 0 : path19.slice(index2);
}
var railsConfig = {
  id: "rails",
  claimsName: (name) => name === "application.rb" || name === "production.rb" || name === "database.yml" || name === "database.yaml" || name.endsWith(".rb"),
  matches: (path19) => {
    const rel = relative(path19);
    return rel !== void 0 && (RUBY_FILES.test(rel) || DATABASE_YML.test(rel) || INITIALIZER.test(rel));
  },
  extract({ path: path19, text: text4 }) {
    const signals = [];
    if (/\.ya?ml$/.test(path19)) {
      const { docs, lineOf } = parseYaml(text4, () => void 0);
      const doc = docs[0];
      if (!doc) return [];
      const section = mapGet(doc.contents, "production", doc) ?? mapGet(doc.contents, "default", doc);
      const databases = mapGet(section, "adapter", doc) ? [section] : mapEntries(section, doc).map(([, value2]) => value2);
      for (const database of databases) {
        const adapterNode = mapGet(database, "adapter", doc);
        const adapter = scalarText(adapterNode, doc)?.trim().toLowerCase();
        if (!adapter || !/^[a-z][a-z0-9_]*$/.test(adapter)) continue;
        signals.push({ kind: "env-value", name: `DATABASE_ADAPTER=${adapter}`, path: path19, line: lineOf(adapterNode), source: "rails", detail: `database.yml adapter: ${adapter}`, scope: "prod" });
      }
      return signals;
    }
    const rows = splitLines(stripBom(text4));
    if (text4.includes("smtp_settings")) {
      rows.forEach((line, index2) => {
        const host = SMTP_ADDRESS.exec(line)?.[1];
        const relay = host ? smtpRelayHost(host) : void 0;
        if (relay) signals.push(smtpHostSignal(relay, `smtp_settings address: ${relay}`, { path: path19, line: index2 + 1, source: "rails", scope: "prod" }));
      });
    }
    if (INITIALIZER.test(relative(path19))) return signals;
    rows.forEach((line, index2) => {
      const match = ASSIGNMENT2.exec(line);
      if (!match) return;
      const value2 = match[2] ?? match[3];
      signals.push({ kind: "env-value", name: `${SETTINGS[match[1]]}=${value2}`, path: path19, line: index2 + 1, source: "rails", detail: `config.${match[1]} = :${value2}`, scope: "prod" });
    });
    return signals;
  }
};

// src/discover/extractors/index.ts
var EXTRACTORS = [
  npmPackageJson,
  envExample,
  dockerCompose,
  kubernetesManifest,
  helmChart,
  helmValues,
  mavenPom,
  nugetProject,
  mixExs,
  gradleBuild,
  gradleVersionCatalog,
  prismaSchema,
  pythonRequirements,
  pythonPyproject,
  pipfile,
  vercelJson,
  netlifyToml,
  flyToml,
  railwayConfig,
  renderYaml,
  herokuAppJson,
  procfile,
  serverlessYml,
  cloudFormationTemplate,
  firebaseJson,
  supabaseConfig,
  rubyGemfile,
  goMod,
  composerJson,
  cargoToml,
  terraform,
  dockerfile,
  herokuYml,
  springConfig,
  githubWorkflow,
  nodeConfigEnv,
  railsConfig
];

// src/discover/usage.ts
var JS_EXTENSIONS = ["js", "jsx", "ts", "tsx", "mjs", "cjs", "mts", "cts", "vue", "svelte", "astro"];
var EXTENSIONS = { npm: JS_EXTENSIONS, go: ["go"], cargo: ["rs"], pypi: ["py"] };
var CODE_EXTENSIONS = [...JS_EXTENSIONS, "go", "rs", "py", "rb", "php", "java", "kt", "kts", "scala", "groovy", "cs", "ex", "exs", "erb"];
var CONFIG_EXTENSIONS = ["yml", "yaml", "toml", "ini", "conf", "cfg", "properties", "hjson", "sample"];
var extensionOf = (path19) => path19.slice(path19.lastIndexOf(".") + 1).toLowerCase();
function isTestFile(path19) {
  const name = path19.slice(path19.lastIndexOf("/") + 1);
  return /(?:[._-](?:test|spec|stories)\.[a-z]+$|^test_[^/]+\.py$|^conftest\.py$|_test\.(?:go|py|rs)$|Tests?\.(?:java|kt)$)/.test(name);
}
function countsAsProductCode(path19) {
  return !isSkippedPath(path19) && !isTestFile(path19);
}
var escapeRegExp2 = (text4) => text4.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
function pythonModules(name, imports) {
  if (imports && imports.length > 0) return [...imports];
  const n = name.toLowerCase().replace(/[-_.]+/g, "-");
  const out = /* @__PURE__ */ new Set();
  const add = (value2) => void (value2 && out.add(value2.replace(/-/g, "_")));
  if (/^(?:google-cloud|azure)-/.test(n)) out.add(n.replace(/-/g, "."));
  const stripped = n.replace(/-binary$/, "").replace(/^python-/, "").replace(/-python$/, "").replace(/-py$/, "");
  add(stripped);
  add(stripped.replace(/-(?:client|sdk)$/, ""));
  add(n);
  return [...out];
}
function importMatcher(query) {
  const { ecosystem } = query;
  if (query.name.includes("[")) return void 0;
  if (query.loadedByName && (ecosystem === "npm" || ecosystem === "pypi")) return void 0;
  switch (ecosystem) {
    case "npm": {
      const name = escapeRegExp2(query.name);
      const re = new RegExp(`(?:\\bfrom\\s*|\\brequire\\s*\\(\\s*|\\bimport\\s*\\(\\s*|\\bimport\\s+)(['"\`])${name}(?:\\/[^'"\`]*)?\\1`);
      return { needles: [query.name], test: (line) => re.test(line), extensions: EXTENSIONS.npm };
    }
    case "go": {
      const re = new RegExp(`"${escapeRegExp2(query.name)}(?:\\/[^"]*)?"`);
      return { needles: [query.name], test: (line) => re.test(line), extensions: EXTENSIONS.go };
    }
    case "cargo": {
      const crate = escapeRegExp2(query.name.replace(/-/g, "_"));
      const re = new RegExp(`\\b${crate}::|\\b(?:use|extern\\s+crate)\\s+${crate}\\b`);
      return { needles: [query.name.replace(/-/g, "_")], test: (line) => re.test(line), extensions: EXTENSIONS.cargo };
    }
    case "pypi": {
      const modules = pythonModules(query.name, query.imports);
      const tests = modules.map((module) => {
        const dot = module.lastIndexOf(".");
        const parent = dot === -1 ? void 0 : module.slice(0, dot);
        const last = module.slice(dot + 1);
        const m = escapeRegExp2(module);
        return new RegExp(
          `^\\s*(?:import\\s+[^#]*\\b${m}\\b|from\\s+${m}\\b)` + (parent ? `|^\\s*from\\s+${escapeRegExp2(parent)}\\s+import\\s+[^#]*\\b${escapeRegExp2(last)}\\b` : "") + `|(['"])${m}(?:\\.|\\1)`
        );
      });
      const needles = modules.map((module) => module.split(".").slice(0, 2).join("."));
      return { needles: [...new Set(needles)], test: (line) => tests.some((re) => re.test(line)), extensions: EXTENSIONS.pypi };
    }
    default:
      return void 0;
  }
}
var MAX_SITES = 20;
var queryKey = (q) => `${q.ecosystem}\0${q.name}\0${q.folder}`;
var inFolder = (path19, folder) => folder === "" || path19.startsWith(`${folder}/`);
async function findUsage(root, request, options = {}) {
  const matchers = /* @__PURE__ */ new Map();
  const undecidable = /* @__PURE__ */ new Set();
  for (const query of request.imports) {
    const key = queryKey(query);
    if (matchers.has(key) || undecidable.has(key)) continue;
    const matcher = importMatcher(query);
    const hasCode = matcher && (!options.paths || options.paths.some((p) => inFolder(p, query.folder) && matcher.extensions.includes(extensionOf(p)) && countsAsProductCode(p)));
    if (matcher && hasCode) matchers.set(key, { query, matcher });
    else undecidable.add(key);
  }
  const envNames = [...new Set(request.envNames)];
  const schemes = [...new Set(request.urlSchemes ?? [])];
  const schemeTests = new Map(schemes.map((scheme) => [scheme, new RegExp(`\\b${escapeRegExp2(scheme)}(?:\\+[\\w.-]+)?:\\/\\/(?![\\s'"\`]|$)`, "i")]));
  const imported = /* @__PURE__ */ new Map();
  const envRead = /* @__PURE__ */ new Map();
  const urlSeen = /* @__PURE__ */ new Map();
  let ms = 0;
  const needles = [.../* @__PURE__ */ new Set([...[...matchers.values()].flatMap(({ matcher }) => matcher.needles), ...envNames, ...schemes])];
  if (needles.length > 0) {
    const specs = /* @__PURE__ */ new Set();
    for (const { query, matcher } of matchers.values()) for (const ext of matcher.extensions) specs.add(`${query.folder ? `${query.folder}/` : ""}*.${ext}`);
    const settingExtensions = [...envNames.length > 0 || schemes.length > 0 ? CODE_EXTENSIONS : [], ...schemes.length > 0 ? CONFIG_EXTENSIONS : []];
    if (options.settingPaths) {
      for (const path19 of options.settingPaths) if (settingExtensions.includes(extensionOf(path19))) specs.add(`:(literal)${path19}`);
    } else {
      for (const ext of settingExtensions) specs.add(`*.${ext}`);
    }
    if (specs.size === 0) return { imported: (query) => undecidable.has(queryKey(query)) || !matchers.has(queryKey(query)) ? void 0 : null, envRead: () => [], urlSeen: () => void 0, ms };
    const start = process.hrtime.bigint();
    const args = ["-c", "core.quotePath=false", "grep", "-I", "-n", "-z", "-F", "-w", ...needles.flatMap((n) => ["-e", n]), ...options.revision ? [options.revision] : [], "--", ...specs];
    const result = await git(root, args);
    ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.code > 1) {
      for (const key of matchers.keys()) undecidable.add(key);
      return { imported: () => void 0, envRead: () => [], urlSeen: () => void 0, ms };
    }
    const prefix = options.revision ? `${options.revision}:` : "";
    for (const record of result.code === 0 ? result.stdout.toString("utf8").split("\n") : []) {
      const first = record.indexOf("\0");
      const second = record.indexOf("\0", first + 1);
      if (first === -1 || second === -1) continue;
      const path19 = record.slice(0, first).slice(record.startsWith(prefix) ? prefix.length : 0);
      if (!countsAsProductCode(path19)) continue;
      const line = Number(record.slice(first + 1, second));
      const text4 = record.slice(second + 1);
      const ext = extensionOf(path19);
      for (const [key, { query, matcher }] of matchers) {
        if (!imported.has(key) && inFolder(path19, query.folder) && matcher.extensions.includes(ext) && matcher.test(text4)) imported.set(key, { path: path19, line });
      }
      if (CODE_EXTENSIONS.includes(ext)) {
        for (const name of envNames) {
          const sites = envRead.get(name) ?? [];
          if (sites.length < MAX_SITES && new RegExp(`\\b${escapeRegExp2(name)}\\b`).test(text4)) envRead.set(name, [...sites, { path: path19, line }]);
        }
      }
      for (const [scheme, re] of schemeTests) if (!urlSeen.has(scheme) && re.test(text4)) urlSeen.set(scheme, { path: path19, line });
    }
  }
  return {
    imported: (query) => {
      const key = queryKey(query);
      if (undecidable.has(key) || !matchers.has(key)) return void 0;
      return imported.get(key) ?? null;
    },
    envRead: (name) => envRead.get(name) ?? [],
    urlSeen: (scheme) => urlSeen.get(scheme),
    ms
  };
}

// src/discover/scan.ts
var byName = /* @__PURE__ */ new WeakMap();
function extractorsFor(path19, extractors = EXTRACTORS) {
  let cache = byName.get(extractors);
  if (!cache) byName.set(extractors, cache = /* @__PURE__ */ new Map());
  const name = basename(path19);
  let candidates = cache.get(name);
  if (!candidates) cache.set(name, candidates = extractors.filter((extractor) => extractor.claimsName(name)));
  return candidates.length === 0 ? candidates : candidates.filter((extractor) => extractor.matches(path19));
}
function isManifest(path19) {
  return extractorsFor(path19).length > 0;
}
var READ_CONCURRENCY = 16;
async function collectSignals(paths, source) {
  const warnings = [];
  const unreadable = [];
  const jobs = paths.map((path19) => ({ path: path19, extractors: extractorsFor(path19) })).filter((job) => job.extractors.length > 0);
  const results = new Array(jobs.length);
  let next = 0;
  async function worker() {
    while (next < jobs.length) {
      const index2 = next++;
      const { path: path19, extractors } = jobs[index2];
      const read = await source.read(path19);
      if (!read.ok) {
        warnings.push({ path: path19, message: read.reason });
        if (read.code !== "missing") unreadable.push({ path: path19, reason: read.reason });
        results[index2] = [];
        continue;
      }
      const signals = [];
      for (const extractor of extractors) {
        try {
          signals.push(...await extractor.extract({ path: path19, text: read.text, warn: (message, line) => warnings.push({ path: path19, ...line ? { line } : {}, message }), readSibling: (rel) => readSibling(source, path19, rel) }));
        } catch (error) {
          warnings.push({ path: path19, message: `${extractor.id} could not read this file: ${error instanceof Error ? error.message : String(error)}` });
        }
      }
      results[index2] = signals;
    }
  }
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, jobs.length) }, worker));
  warnings.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0));
  unreadable.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { signals: results.flat(), warnings, unreadable };
}
async function readSibling(source, fromPath, relPath) {
  const target = posix4.normalize(posix4.join(posix4.dirname(fromPath), relPath));
  if (posix4.isAbsolute(relPath) || target === ".." || target.startsWith("../")) return void 0;
  const read = await source.read(target);
  return read.ok ? read.text : void 0;
}
async function scanRepository(root, catalog, options = {}) {
  const paths = options.paths ?? await listRepositoryFiles(root, { exclude: options.exclude });
  return scanSource(root, paths, new WorkTreeSource(root), catalog);
}
async function scanSource(root, paths, source, catalog, revision) {
  const { signals, warnings } = await collectSignals(paths, source);
  const matched = matchEvidence(signals, new Matcher(catalog));
  const deployment = deploymentModel(signals);
  const usage = await findUsage(root, usageRequest(matched, deployment), { paths, ...revision ? { revision } : {} });
  return { dependencies: resolveMatched(matched, { deployment, usage }), warnings, menus: matched.menus, usageMs: usage.ms };
}

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
function readWhole(path19) {
  return extractorsFor(path19).some((extractor) => !LITERAL_EXTRACTORS.has(extractor.id));
}
function literalRuns(pattern2) {
  return pattern2.replace(/\{[^}]*\}/g, "*").split(/[*?]/).filter((run2) => run2.length > 0);
}
var longest = (pieces) => pieces.reduce((best, p) => !best || p.length > best.length ? p : best, void 0);
function needleOf(kind, pattern2) {
  let text4 = pattern2.toLowerCase();
  if (kind === "platform") {
    if (!text4.startsWith("k8s:")) return void 0;
    text4 = text4.slice("k8s:".length);
  }
  if (kind === "package-go") text4 = text4.replace(/\/v\d+$/, "");
  let pieces = literalRuns(text4);
  if (kind === "package-pypi") pieces = pieces.flatMap((p) => p.split(/[-_.[\],]+/));
  else if (kind === "package" || kind === "package-maven") pieces = pieces.flatMap((p) => p.split(/[[\],]+/));
  if (kind === "env-value") pieces = pieces.flatMap((p) => p.split("="));
  if (kind === "platform") pieces = pieces.flatMap((p) => p.split("/"));
  pieces = pieces.filter((p) => p.length > 0);
  if (kind === "package-maven") {
    const artifact = text4.slice(text4.lastIndexOf(":") + 1);
    if (text4.includes(":") && artifact && !/[*?{}]/.test(artifact)) return artifact;
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
  for (const [eco, list2] of Object.entries(rule.signals.packages ?? {})) {
    const kind = eco === "pypi" ? "package-pypi" : eco === "maven" ? "package-maven" : eco === "go" ? "package-go" : "package";
    for (const p of list2 ?? []) add(needleOf(kind, p.name));
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
      for (const path19 of batch) found.add(path19);
      continue;
    }
    for (const entry of splitNul(result.stdout)) found.add(entry.startsWith(prefix) ? entry.slice(prefix.length) : entry);
  }
  return found;
}

// src/diff/tree.ts
async function listTree(root, commit) {
  const result = await git(root, ["-c", "core.quotePath=false", "ls-tree", "-r", "-z", "--name-only", "--full-tree", commit]);
  if (result.code !== 0) throw new Error(`git ls-tree ${commit.slice(0, 7)} failed: ${result.stderr.trim() || `exit ${result.code}`}`);
  return splitNul(result.stdout).sort();
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
  const listed = await git(root, ["-c", "core.quotePath=false", "ls-tree", "-r", "-z", "--name-only", head]);
  if (listed.code !== 0) return { deps, ms: 0 };
  const excluded = excludeFilter(options.exclude);
  const headPaths = splitNul(listed.stdout).filter((p) => !isSkippedPath(p) && !excluded(p));
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
  const all2 = [...diffSignals, ...contextSignals];
  const matched = matchEvidence(all2, matcher);
  const deployment = deploymentModel(all2);
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
    const list2 = rule ? ruleNeedles(rule) : null;
    if (list2 === null) everyFile = true;
    else for (const needle of list2) needles.add(needle);
  }
  const whole = new Set(paths.filter(readWhole));
  const holding = everyFile ? new Set(paths) : await pathsHolding(root, commit, paths.filter((path19) => !whole.has(path19)), [...needles]);
  const toRead = paths.filter((path19) => holding.has(path19) || whole.has(path19));
  return { side: await readSide(root, commit, toRead, matcher, options), read: toRead.length };
}
async function diffDependencies(root, revs, catalog, options = {}) {
  const revisions = options.revisions ?? await ensureRevisions(root, revs, options);
  const log = [...revisions.log];
  const from = revisions.mergeBase ?? revisions.base;
  const where2 = revisions.twoDot ? "base" : "the merge base";
  const files = await changedFiles(root, from, revisions.head);
  const excluded = excludeFilter(options.exclude);
  const counts = (path19) => isManifest(path19) && !isSkippedPath(path19) && !excluded(path19);
  const manifestFiles = files.filter((f) => counts(f.path));
  const atBase = manifestFiles.filter(existsBefore).map((f) => f.path);
  const atHead = manifestFiles.filter(existsAfter).map((f) => f.path);
  log.push(`${files.length} changed file${files.length === 1 ? "" : "s"}, ${manifestFiles.length} of them manifests: read ${atBase.length} at ${where2}, ${atHead.length} at head`);
  const matcher = new Matcher(catalog);
  const [before, after] = await Promise.all([readSide(root, from, atBase, matcher, options), readSide(root, revisions.head, atHead, matcher, options)]);
  const counted = options.counts ?? (() => true);
  const baseIds = new Set(before.deps.map((d) => d.id));
  const headIds = new Set(after.deps.map((d) => d.id));
  const candidates = [.../* @__PURE__ */ new Set([...baseIds, ...headIds])].filter((id) => baseIds.has(id) !== headIds.has(id)).sort();
  let unchanged = { signals: [], deps: [], menus: [], warnings: [], unreadable: [] };
  let sides = {};
  if (candidates.length > 0) {
    const changed = new Set(files.map((f) => f.path));
    const headFiles = options.headFiles ?? await listTree(root, revisions.head);
    const others = headFiles.filter((path19) => !changed.has(path19) && counts(path19));
    const found = await lookUpServices(root, from, candidates, others, catalog, matcher, options);
    unchanged = found.side;
    log.push(`looked up ${candidates.join(", ")} in ${found.read} of ${others.length} unchanged manifest${others.length === 1 ? "" : "s"} at ${where2}`);
    sides = {
      baseIds: new Set(resolveDependencies([...before.signals, ...unchanged.signals], matcher).filter(counted).map((d) => d.id)),
      headIds: new Set(resolveDependencies([...after.signals, ...unchanged.signals], matcher).map((d) => d.id))
    };
  }
  const head = after.deps.length > 0 ? await withHeadConfidence(root, revisions.head, after.signals, after.deps, matcher, options, files.filter(existsAfter).map((f) => f.path)) : { deps: after.deps, ms: 0 };
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
function escapeRegex(text4) {
  return text4.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
    const lower2 = c.toLowerCase();
    const upper = c.toUpperCase();
    out += lower2 !== upper && lower2.length === 1 && upper.length === 1 ? `[${lower2}${upper}]` : c;
  }
  return out;
}
var matcherCache = /* @__PURE__ */ new WeakMap();
function aliasMatcher(rule) {
  let matcher = matcherCache.get(rule);
  if (!matcher) {
    const words = [rule.name, ...rule.aliases.length > 0 ? rule.aliases : [rule.id]].map((t) => t.trim().split(/\s+/)[0].toLowerCase()).filter((w) => w.length >= 2);
    matcher = { id: rule.id, pattern: aliasPattern(rule), words: [...new Set(words)] };
    matcherCache.set(rule, matcher);
  }
  return matcher;
}
var ASIDE = /^(?:future\b|roadmap\b|(?:current |known )?(?:architecture )?limitations?\b|prevent(?:ion|ive)\b|(?:preventing|prevent) recurrence\b|lessons learned\b|alternatives? considered\b|nice to have\b|wish ?list\b|automatic mitigations?\b)|\bnot yet (?:built|implemented|available|done|in place)\b|\balready implemented\b/i;
function asideTitle(text4) {
  return ASIDE.test(text4.replace(/^[^\p{L}\p{N}]+/u, "").replace(/^\d+(?:\.\d+)*[.)]?\s+/, "").trim());
}
var HEADING_OPEN = /^\s{0,3}(#{1,6})\s+/;
function headingLine(line) {
  const open = HEADING_OPEN.exec(line);
  if (!open) return void 0;
  const text4 = stripTrailing(line.slice(open[0].length).trimEnd(), "#").trimEnd();
  return DOT_EXCLUDED.test(text4) ? void 0 : { depth: open[1].length, text: text4 };
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
      const label4 = labelLine(line);
      if (label4 && asideTitle(label4.label)) {
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
    const text4 = evidenceText(scenario);
    const lower2 = text4.toLowerCase();
    const ids = hasProcedure(scenario) ? matchers.filter((m) => m.words.some((w) => lower2.includes(w)) && m.pattern.test(text4)).map((m) => m.id) : [];
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

// src/plan/layout.ts
import path5 from "node:path";
var PLAN_FILE = "DISASTER_RECOVERY.md";
function planLayout(files, rootPlan, mapped, exclude) {
  const globs = Object.entries(mapped).map(([glob, plan]) => ({ matcher: new Minimatch(glob, { dot: true }), plan: path5.posix.normalize(plan) }));
  const present = new Set(scannablePaths(files, { exclude }));
  const nested = [...present].filter((p) => path5.posix.basename(p) === PLAN_FILE && !isRootPlanPath(p));
  if (globs.length === 0 && nested.length === 0) return void 0;
  if (rootPlan && nested.includes(rootPlan)) rootPlan = null;
  const nearest = (file) => {
    let dir = path5.posix.dirname(file);
    while (dir !== "." && dir !== "") {
      for (const candidate of [`${dir}/${PLAN_FILE}`, `${dir}/docs/${PLAN_FILE}`]) if (present.has(candidate)) return candidate;
      dir = path5.posix.dirname(dir);
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

// src/check/config-source.ts
import path7 from "node:path";

// src/catalog/load.ts
var import_yaml13 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync3, existsSync as existsSync2, readdirSync } from "node:fs";
import path6 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
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
  let dir = path6.dirname(fileURLToPath2(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path6.join(dir, "rules");
    if (existsSync2(path6.join(dir, "action.yml")) && existsSync2(candidate)) return candidate;
    dir = path6.dirname(dir);
  }
  throw new Error("paramedic: built-in rules/ folder not found beside the bundle");
}
function patterns(value2, file, key) {
  if (value2 == null) return [];
  if (!Array.isArray(value2)) throw new RuleError(file, void 0, `signals.${key} must be a list`);
  return value2.map((item) => {
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
function terraformPatterns(value2, file) {
  if (value2 == null) return [];
  if (!Array.isArray(value2)) throw new RuleError(file, void 0, "signals.terraform must be a list");
  return value2.map((item) => {
    if (typeof item === "string") return { type: item };
    const entry = item;
    if (!entry || typeof entry.type !== "string") throw new RuleError(file, void 0, "signals.terraform entries need a type");
    const engine = entry.engine == null ? void 0 : [].concat(entry.engine).map(String);
    return { type: entry.type, ...engine ? { engine } : {}, ...typeof entry.provider === "string" ? { provider: entry.provider } : {} };
  });
}
function parseRule(text4, file) {
  const lineCounter = new import_yaml13.LineCounter();
  const doc = (0, import_yaml13.parseDocument)(text4, { lineCounter, uniqueKeys: true });
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
    const list2 = patterns(rawSignals[eco], file, eco);
    if (list2.length) signals.packages[eco] = list2;
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
  return readdirSync(dir).filter((name) => name.endsWith(".yml") || name.endsWith(".yaml")).sort().map((name) => path6.join(dir, name));
}
function makeCatalog(rules2) {
  const sorted = [...rules2].sort((a, b) => a.id.localeCompare(b.id));
  return { rules: sorted, byId: new Map(sorted.map((rule) => [rule.id, rule])) };
}
var builtinCache;
function precompiledRules() {
  const here = path6.dirname(fileURLToPath2(import.meta.url));
  for (const dir of [here, path6.dirname(here)]) {
    const file = path6.join(dir, "catalog.json");
    if (existsSync2(file) && existsSync2(path6.join(dir, "index.js"))) return JSON.parse(readFileSync3(file, "utf8"));
  }
  return void 0;
}
function loadBuiltinRules() {
  if (!builtinCache) {
    const precompiled = precompiledRules();
    const entries = precompiled ? Object.entries(precompiled).map(([origin, data]) => [origin, () => ruleFromObject(data, origin)]) : ruleFilesIn(builtinRulesDir()).map((file) => [file, () => parseRule(readFileSync3(file, "utf8"), `rules/${path6.basename(file)}`)]);
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
    const realRoot = root ? realPathOf(root) ?? path6.resolve(root) : void 0;
    if (root && realRoot && realDir && isInside(path6.resolve(root), path6.resolve(userDir)) && !isInside(realRoot, realDir)) {
      warn?.(`rules folder ${path6.relative(root, userDir) || userDir} is a symbolic link that leaves the repository; not read, using the built-in catalog only`);
    } else {
      try {
        files = ruleFilesIn(userDir);
      } catch {
        warn?.(`rules folder ${userDir} not found; using the built-in catalog only`);
      }
    }
    for (const file of files) {
      const shown = path6.relative(process.cwd(), file) || file;
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

// src/check/config-source.ts
var CONFIG_FILES = [".github/paramedic.yml", ".github/paramedic.yaml"];
var repositoryPath = (rel) => path7.posix.normalize(rel.replace(/\\/g, "/"));
async function loadConfigFrom(source, configured, at = "") {
  if (configured && path7.isAbsolute(configured)) source = new WorkTreeSource(path7.dirname(configured));
  const candidates = configured ? [path7.isAbsolute(configured) ? path7.basename(configured) : repositoryPath(configured)] : [...CONFIG_FILES];
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
  if (!commit || path7.isAbsolute(config.rules)) return loadCatalog(path7.resolve(root, config.rules), warn, root);
  return loadCatalogAt(root, commit, repositoryPath(config.rules), warn);
}
async function loadCatalogAt(root, commit, dir, warn) {
  const byId = new Map(loadBuiltinRules().map((rule) => [rule.id, rule]));
  const listed = await git(root, ["-c", "core.quotePath=false", "ls-tree", "-z", "--name-only", `${commit}`, "--", `${dir}/`]);
  const entries = listed.code === 0 ? splitNul(listed.stdout) : [];
  const files = entries.filter((p) => /\.ya?ml$/.test(p) && path7.posix.dirname(p) === dir).sort();
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

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value2, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value2, includeImageAlt, includeHtml);
}
function one(value2, includeImageAlt, includeHtml) {
  if (node(value2)) {
    if ("value" in value2) {
      return value2.type === "html" && !includeHtml ? "" : value2.value;
    }
    if (includeImageAlt && "alt" in value2 && value2.alt) {
      return value2.alt;
    }
    if ("children" in value2) {
      return all(value2.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value2)) {
    return all(value2, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value2) {
  return Boolean(value2 && typeof value2 === "object");
}

// node_modules/character-entities/index.js
var characterEntities = {
  AElig: "\xC6",
  AMP: "&",
  Aacute: "\xC1",
  Abreve: "\u0102",
  Acirc: "\xC2",
  Acy: "\u0410",
  Afr: "\u{1D504}",
  Agrave: "\xC0",
  Alpha: "\u0391",
  Amacr: "\u0100",
  And: "\u2A53",
  Aogon: "\u0104",
  Aopf: "\u{1D538}",
  ApplyFunction: "\u2061",
  Aring: "\xC5",
  Ascr: "\u{1D49C}",
  Assign: "\u2254",
  Atilde: "\xC3",
  Auml: "\xC4",
  Backslash: "\u2216",
  Barv: "\u2AE7",
  Barwed: "\u2306",
  Bcy: "\u0411",
  Because: "\u2235",
  Bernoullis: "\u212C",
  Beta: "\u0392",
  Bfr: "\u{1D505}",
  Bopf: "\u{1D539}",
  Breve: "\u02D8",
  Bscr: "\u212C",
  Bumpeq: "\u224E",
  CHcy: "\u0427",
  COPY: "\xA9",
  Cacute: "\u0106",
  Cap: "\u22D2",
  CapitalDifferentialD: "\u2145",
  Cayleys: "\u212D",
  Ccaron: "\u010C",
  Ccedil: "\xC7",
  Ccirc: "\u0108",
  Cconint: "\u2230",
  Cdot: "\u010A",
  Cedilla: "\xB8",
  CenterDot: "\xB7",
  Cfr: "\u212D",
  Chi: "\u03A7",
  CircleDot: "\u2299",
  CircleMinus: "\u2296",
  CirclePlus: "\u2295",
  CircleTimes: "\u2297",
  ClockwiseContourIntegral: "\u2232",
  CloseCurlyDoubleQuote: "\u201D",
  CloseCurlyQuote: "\u2019",
  Colon: "\u2237",
  Colone: "\u2A74",
  Congruent: "\u2261",
  Conint: "\u222F",
  ContourIntegral: "\u222E",
  Copf: "\u2102",
  Coproduct: "\u2210",
  CounterClockwiseContourIntegral: "\u2233",
  Cross: "\u2A2F",
  Cscr: "\u{1D49E}",
  Cup: "\u22D3",
  CupCap: "\u224D",
  DD: "\u2145",
  DDotrahd: "\u2911",
  DJcy: "\u0402",
  DScy: "\u0405",
  DZcy: "\u040F",
  Dagger: "\u2021",
  Darr: "\u21A1",
  Dashv: "\u2AE4",
  Dcaron: "\u010E",
  Dcy: "\u0414",
  Del: "\u2207",
  Delta: "\u0394",
  Dfr: "\u{1D507}",
  DiacriticalAcute: "\xB4",
  DiacriticalDot: "\u02D9",
  DiacriticalDoubleAcute: "\u02DD",
  DiacriticalGrave: "`",
  DiacriticalTilde: "\u02DC",
  Diamond: "\u22C4",
  DifferentialD: "\u2146",
  Dopf: "\u{1D53B}",
  Dot: "\xA8",
  DotDot: "\u20DC",
  DotEqual: "\u2250",
  DoubleContourIntegral: "\u222F",
  DoubleDot: "\xA8",
  DoubleDownArrow: "\u21D3",
  DoubleLeftArrow: "\u21D0",
  DoubleLeftRightArrow: "\u21D4",
  DoubleLeftTee: "\u2AE4",
  DoubleLongLeftArrow: "\u27F8",
  DoubleLongLeftRightArrow: "\u27FA",
  DoubleLongRightArrow: "\u27F9",
  DoubleRightArrow: "\u21D2",
  DoubleRightTee: "\u22A8",
  DoubleUpArrow: "\u21D1",
  DoubleUpDownArrow: "\u21D5",
  DoubleVerticalBar: "\u2225",
  DownArrow: "\u2193",
  DownArrowBar: "\u2913",
  DownArrowUpArrow: "\u21F5",
  DownBreve: "\u0311",
  DownLeftRightVector: "\u2950",
  DownLeftTeeVector: "\u295E",
  DownLeftVector: "\u21BD",
  DownLeftVectorBar: "\u2956",
  DownRightTeeVector: "\u295F",
  DownRightVector: "\u21C1",
  DownRightVectorBar: "\u2957",
  DownTee: "\u22A4",
  DownTeeArrow: "\u21A7",
  Downarrow: "\u21D3",
  Dscr: "\u{1D49F}",
  Dstrok: "\u0110",
  ENG: "\u014A",
  ETH: "\xD0",
  Eacute: "\xC9",
  Ecaron: "\u011A",
  Ecirc: "\xCA",
  Ecy: "\u042D",
  Edot: "\u0116",
  Efr: "\u{1D508}",
  Egrave: "\xC8",
  Element: "\u2208",
  Emacr: "\u0112",
  EmptySmallSquare: "\u25FB",
  EmptyVerySmallSquare: "\u25AB",
  Eogon: "\u0118",
  Eopf: "\u{1D53C}",
  Epsilon: "\u0395",
  Equal: "\u2A75",
  EqualTilde: "\u2242",
  Equilibrium: "\u21CC",
  Escr: "\u2130",
  Esim: "\u2A73",
  Eta: "\u0397",
  Euml: "\xCB",
  Exists: "\u2203",
  ExponentialE: "\u2147",
  Fcy: "\u0424",
  Ffr: "\u{1D509}",
  FilledSmallSquare: "\u25FC",
  FilledVerySmallSquare: "\u25AA",
  Fopf: "\u{1D53D}",
  ForAll: "\u2200",
  Fouriertrf: "\u2131",
  Fscr: "\u2131",
  GJcy: "\u0403",
  GT: ">",
  Gamma: "\u0393",
  Gammad: "\u03DC",
  Gbreve: "\u011E",
  Gcedil: "\u0122",
  Gcirc: "\u011C",
  Gcy: "\u0413",
  Gdot: "\u0120",
  Gfr: "\u{1D50A}",
  Gg: "\u22D9",
  Gopf: "\u{1D53E}",
  GreaterEqual: "\u2265",
  GreaterEqualLess: "\u22DB",
  GreaterFullEqual: "\u2267",
  GreaterGreater: "\u2AA2",
  GreaterLess: "\u2277",
  GreaterSlantEqual: "\u2A7E",
  GreaterTilde: "\u2273",
  Gscr: "\u{1D4A2}",
  Gt: "\u226B",
  HARDcy: "\u042A",
  Hacek: "\u02C7",
  Hat: "^",
  Hcirc: "\u0124",
  Hfr: "\u210C",
  HilbertSpace: "\u210B",
  Hopf: "\u210D",
  HorizontalLine: "\u2500",
  Hscr: "\u210B",
  Hstrok: "\u0126",
  HumpDownHump: "\u224E",
  HumpEqual: "\u224F",
  IEcy: "\u0415",
  IJlig: "\u0132",
  IOcy: "\u0401",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Icy: "\u0418",
  Idot: "\u0130",
  Ifr: "\u2111",
  Igrave: "\xCC",
  Im: "\u2111",
  Imacr: "\u012A",
  ImaginaryI: "\u2148",
  Implies: "\u21D2",
  Int: "\u222C",
  Integral: "\u222B",
  Intersection: "\u22C2",
  InvisibleComma: "\u2063",
  InvisibleTimes: "\u2062",
  Iogon: "\u012E",
  Iopf: "\u{1D540}",
  Iota: "\u0399",
  Iscr: "\u2110",
  Itilde: "\u0128",
  Iukcy: "\u0406",
  Iuml: "\xCF",
  Jcirc: "\u0134",
  Jcy: "\u0419",
  Jfr: "\u{1D50D}",
  Jopf: "\u{1D541}",
  Jscr: "\u{1D4A5}",
  Jsercy: "\u0408",
  Jukcy: "\u0404",
  KHcy: "\u0425",
  KJcy: "\u040C",
  Kappa: "\u039A",
  Kcedil: "\u0136",
  Kcy: "\u041A",
  Kfr: "\u{1D50E}",
  Kopf: "\u{1D542}",
  Kscr: "\u{1D4A6}",
  LJcy: "\u0409",
  LT: "<",
  Lacute: "\u0139",
  Lambda: "\u039B",
  Lang: "\u27EA",
  Laplacetrf: "\u2112",
  Larr: "\u219E",
  Lcaron: "\u013D",
  Lcedil: "\u013B",
  Lcy: "\u041B",
  LeftAngleBracket: "\u27E8",
  LeftArrow: "\u2190",
  LeftArrowBar: "\u21E4",
  LeftArrowRightArrow: "\u21C6",
  LeftCeiling: "\u2308",
  LeftDoubleBracket: "\u27E6",
  LeftDownTeeVector: "\u2961",
  LeftDownVector: "\u21C3",
  LeftDownVectorBar: "\u2959",
  LeftFloor: "\u230A",
  LeftRightArrow: "\u2194",
  LeftRightVector: "\u294E",
  LeftTee: "\u22A3",
  LeftTeeArrow: "\u21A4",
  LeftTeeVector: "\u295A",
  LeftTriangle: "\u22B2",
  LeftTriangleBar: "\u29CF",
  LeftTriangleEqual: "\u22B4",
  LeftUpDownVector: "\u2951",
  LeftUpTeeVector: "\u2960",
  LeftUpVector: "\u21BF",
  LeftUpVectorBar: "\u2958",
  LeftVector: "\u21BC",
  LeftVectorBar: "\u2952",
  Leftarrow: "\u21D0",
  Leftrightarrow: "\u21D4",
  LessEqualGreater: "\u22DA",
  LessFullEqual: "\u2266",
  LessGreater: "\u2276",
  LessLess: "\u2AA1",
  LessSlantEqual: "\u2A7D",
  LessTilde: "\u2272",
  Lfr: "\u{1D50F}",
  Ll: "\u22D8",
  Lleftarrow: "\u21DA",
  Lmidot: "\u013F",
  LongLeftArrow: "\u27F5",
  LongLeftRightArrow: "\u27F7",
  LongRightArrow: "\u27F6",
  Longleftarrow: "\u27F8",
  Longleftrightarrow: "\u27FA",
  Longrightarrow: "\u27F9",
  Lopf: "\u{1D543}",
  LowerLeftArrow: "\u2199",
  LowerRightArrow: "\u2198",
  Lscr: "\u2112",
  Lsh: "\u21B0",
  Lstrok: "\u0141",
  Lt: "\u226A",
  Map: "\u2905",
  Mcy: "\u041C",
  MediumSpace: "\u205F",
  Mellintrf: "\u2133",
  Mfr: "\u{1D510}",
  MinusPlus: "\u2213",
  Mopf: "\u{1D544}",
  Mscr: "\u2133",
  Mu: "\u039C",
  NJcy: "\u040A",
  Nacute: "\u0143",
  Ncaron: "\u0147",
  Ncedil: "\u0145",
  Ncy: "\u041D",
  NegativeMediumSpace: "\u200B",
  NegativeThickSpace: "\u200B",
  NegativeThinSpace: "\u200B",
  NegativeVeryThinSpace: "\u200B",
  NestedGreaterGreater: "\u226B",
  NestedLessLess: "\u226A",
  NewLine: "\n",
  Nfr: "\u{1D511}",
  NoBreak: "\u2060",
  NonBreakingSpace: "\xA0",
  Nopf: "\u2115",
  Not: "\u2AEC",
  NotCongruent: "\u2262",
  NotCupCap: "\u226D",
  NotDoubleVerticalBar: "\u2226",
  NotElement: "\u2209",
  NotEqual: "\u2260",
  NotEqualTilde: "\u2242\u0338",
  NotExists: "\u2204",
  NotGreater: "\u226F",
  NotGreaterEqual: "\u2271",
  NotGreaterFullEqual: "\u2267\u0338",
  NotGreaterGreater: "\u226B\u0338",
  NotGreaterLess: "\u2279",
  NotGreaterSlantEqual: "\u2A7E\u0338",
  NotGreaterTilde: "\u2275",
  NotHumpDownHump: "\u224E\u0338",
  NotHumpEqual: "\u224F\u0338",
  NotLeftTriangle: "\u22EA",
  NotLeftTriangleBar: "\u29CF\u0338",
  NotLeftTriangleEqual: "\u22EC",
  NotLess: "\u226E",
  NotLessEqual: "\u2270",
  NotLessGreater: "\u2278",
  NotLessLess: "\u226A\u0338",
  NotLessSlantEqual: "\u2A7D\u0338",
  NotLessTilde: "\u2274",
  NotNestedGreaterGreater: "\u2AA2\u0338",
  NotNestedLessLess: "\u2AA1\u0338",
  NotPrecedes: "\u2280",
  NotPrecedesEqual: "\u2AAF\u0338",
  NotPrecedesSlantEqual: "\u22E0",
  NotReverseElement: "\u220C",
  NotRightTriangle: "\u22EB",
  NotRightTriangleBar: "\u29D0\u0338",
  NotRightTriangleEqual: "\u22ED",
  NotSquareSubset: "\u228F\u0338",
  NotSquareSubsetEqual: "\u22E2",
  NotSquareSuperset: "\u2290\u0338",
  NotSquareSupersetEqual: "\u22E3",
  NotSubset: "\u2282\u20D2",
  NotSubsetEqual: "\u2288",
  NotSucceeds: "\u2281",
  NotSucceedsEqual: "\u2AB0\u0338",
  NotSucceedsSlantEqual: "\u22E1",
  NotSucceedsTilde: "\u227F\u0338",
  NotSuperset: "\u2283\u20D2",
  NotSupersetEqual: "\u2289",
  NotTilde: "\u2241",
  NotTildeEqual: "\u2244",
  NotTildeFullEqual: "\u2247",
  NotTildeTilde: "\u2249",
  NotVerticalBar: "\u2224",
  Nscr: "\u{1D4A9}",
  Ntilde: "\xD1",
  Nu: "\u039D",
  OElig: "\u0152",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Ocy: "\u041E",
  Odblac: "\u0150",
  Ofr: "\u{1D512}",
  Ograve: "\xD2",
  Omacr: "\u014C",
  Omega: "\u03A9",
  Omicron: "\u039F",
  Oopf: "\u{1D546}",
  OpenCurlyDoubleQuote: "\u201C",
  OpenCurlyQuote: "\u2018",
  Or: "\u2A54",
  Oscr: "\u{1D4AA}",
  Oslash: "\xD8",
  Otilde: "\xD5",
  Otimes: "\u2A37",
  Ouml: "\xD6",
  OverBar: "\u203E",
  OverBrace: "\u23DE",
  OverBracket: "\u23B4",
  OverParenthesis: "\u23DC",
  PartialD: "\u2202",
  Pcy: "\u041F",
  Pfr: "\u{1D513}",
  Phi: "\u03A6",
  Pi: "\u03A0",
  PlusMinus: "\xB1",
  Poincareplane: "\u210C",
  Popf: "\u2119",
  Pr: "\u2ABB",
  Precedes: "\u227A",
  PrecedesEqual: "\u2AAF",
  PrecedesSlantEqual: "\u227C",
  PrecedesTilde: "\u227E",
  Prime: "\u2033",
  Product: "\u220F",
  Proportion: "\u2237",
  Proportional: "\u221D",
  Pscr: "\u{1D4AB}",
  Psi: "\u03A8",
  QUOT: '"',
  Qfr: "\u{1D514}",
  Qopf: "\u211A",
  Qscr: "\u{1D4AC}",
  RBarr: "\u2910",
  REG: "\xAE",
  Racute: "\u0154",
  Rang: "\u27EB",
  Rarr: "\u21A0",
  Rarrtl: "\u2916",
  Rcaron: "\u0158",
  Rcedil: "\u0156",
  Rcy: "\u0420",
  Re: "\u211C",
  ReverseElement: "\u220B",
  ReverseEquilibrium: "\u21CB",
  ReverseUpEquilibrium: "\u296F",
  Rfr: "\u211C",
  Rho: "\u03A1",
  RightAngleBracket: "\u27E9",
  RightArrow: "\u2192",
  RightArrowBar: "\u21E5",
  RightArrowLeftArrow: "\u21C4",
  RightCeiling: "\u2309",
  RightDoubleBracket: "\u27E7",
  RightDownTeeVector: "\u295D",
  RightDownVector: "\u21C2",
  RightDownVectorBar: "\u2955",
  RightFloor: "\u230B",
  RightTee: "\u22A2",
  RightTeeArrow: "\u21A6",
  RightTeeVector: "\u295B",
  RightTriangle: "\u22B3",
  RightTriangleBar: "\u29D0",
  RightTriangleEqual: "\u22B5",
  RightUpDownVector: "\u294F",
  RightUpTeeVector: "\u295C",
  RightUpVector: "\u21BE",
  RightUpVectorBar: "\u2954",
  RightVector: "\u21C0",
  RightVectorBar: "\u2953",
  Rightarrow: "\u21D2",
  Ropf: "\u211D",
  RoundImplies: "\u2970",
  Rrightarrow: "\u21DB",
  Rscr: "\u211B",
  Rsh: "\u21B1",
  RuleDelayed: "\u29F4",
  SHCHcy: "\u0429",
  SHcy: "\u0428",
  SOFTcy: "\u042C",
  Sacute: "\u015A",
  Sc: "\u2ABC",
  Scaron: "\u0160",
  Scedil: "\u015E",
  Scirc: "\u015C",
  Scy: "\u0421",
  Sfr: "\u{1D516}",
  ShortDownArrow: "\u2193",
  ShortLeftArrow: "\u2190",
  ShortRightArrow: "\u2192",
  ShortUpArrow: "\u2191",
  Sigma: "\u03A3",
  SmallCircle: "\u2218",
  Sopf: "\u{1D54A}",
  Sqrt: "\u221A",
  Square: "\u25A1",
  SquareIntersection: "\u2293",
  SquareSubset: "\u228F",
  SquareSubsetEqual: "\u2291",
  SquareSuperset: "\u2290",
  SquareSupersetEqual: "\u2292",
  SquareUnion: "\u2294",
  Sscr: "\u{1D4AE}",
  Star: "\u22C6",
  Sub: "\u22D0",
  Subset: "\u22D0",
  SubsetEqual: "\u2286",
  Succeeds: "\u227B",
  SucceedsEqual: "\u2AB0",
  SucceedsSlantEqual: "\u227D",
  SucceedsTilde: "\u227F",
  SuchThat: "\u220B",
  Sum: "\u2211",
  Sup: "\u22D1",
  Superset: "\u2283",
  SupersetEqual: "\u2287",
  Supset: "\u22D1",
  THORN: "\xDE",
  TRADE: "\u2122",
  TSHcy: "\u040B",
  TScy: "\u0426",
  Tab: "	",
  Tau: "\u03A4",
  Tcaron: "\u0164",
  Tcedil: "\u0162",
  Tcy: "\u0422",
  Tfr: "\u{1D517}",
  Therefore: "\u2234",
  Theta: "\u0398",
  ThickSpace: "\u205F\u200A",
  ThinSpace: "\u2009",
  Tilde: "\u223C",
  TildeEqual: "\u2243",
  TildeFullEqual: "\u2245",
  TildeTilde: "\u2248",
  Topf: "\u{1D54B}",
  TripleDot: "\u20DB",
  Tscr: "\u{1D4AF}",
  Tstrok: "\u0166",
  Uacute: "\xDA",
  Uarr: "\u219F",
  Uarrocir: "\u2949",
  Ubrcy: "\u040E",
  Ubreve: "\u016C",
  Ucirc: "\xDB",
  Ucy: "\u0423",
  Udblac: "\u0170",
  Ufr: "\u{1D518}",
  Ugrave: "\xD9",
  Umacr: "\u016A",
  UnderBar: "_",
  UnderBrace: "\u23DF",
  UnderBracket: "\u23B5",
  UnderParenthesis: "\u23DD",
  Union: "\u22C3",
  UnionPlus: "\u228E",
  Uogon: "\u0172",
  Uopf: "\u{1D54C}",
  UpArrow: "\u2191",
  UpArrowBar: "\u2912",
  UpArrowDownArrow: "\u21C5",
  UpDownArrow: "\u2195",
  UpEquilibrium: "\u296E",
  UpTee: "\u22A5",
  UpTeeArrow: "\u21A5",
  Uparrow: "\u21D1",
  Updownarrow: "\u21D5",
  UpperLeftArrow: "\u2196",
  UpperRightArrow: "\u2197",
  Upsi: "\u03D2",
  Upsilon: "\u03A5",
  Uring: "\u016E",
  Uscr: "\u{1D4B0}",
  Utilde: "\u0168",
  Uuml: "\xDC",
  VDash: "\u22AB",
  Vbar: "\u2AEB",
  Vcy: "\u0412",
  Vdash: "\u22A9",
  Vdashl: "\u2AE6",
  Vee: "\u22C1",
  Verbar: "\u2016",
  Vert: "\u2016",
  VerticalBar: "\u2223",
  VerticalLine: "|",
  VerticalSeparator: "\u2758",
  VerticalTilde: "\u2240",
  VeryThinSpace: "\u200A",
  Vfr: "\u{1D519}",
  Vopf: "\u{1D54D}",
  Vscr: "\u{1D4B1}",
  Vvdash: "\u22AA",
  Wcirc: "\u0174",
  Wedge: "\u22C0",
  Wfr: "\u{1D51A}",
  Wopf: "\u{1D54E}",
  Wscr: "\u{1D4B2}",
  Xfr: "\u{1D51B}",
  Xi: "\u039E",
  Xopf: "\u{1D54F}",
  Xscr: "\u{1D4B3}",
  YAcy: "\u042F",
  YIcy: "\u0407",
  YUcy: "\u042E",
  Yacute: "\xDD",
  Ycirc: "\u0176",
  Ycy: "\u042B",
  Yfr: "\u{1D51C}",
  Yopf: "\u{1D550}",
  Yscr: "\u{1D4B4}",
  Yuml: "\u0178",
  ZHcy: "\u0416",
  Zacute: "\u0179",
  Zcaron: "\u017D",
  Zcy: "\u0417",
  Zdot: "\u017B",
  ZeroWidthSpace: "\u200B",
  Zeta: "\u0396",
  Zfr: "\u2128",
  Zopf: "\u2124",
  Zscr: "\u{1D4B5}",
  aacute: "\xE1",
  abreve: "\u0103",
  ac: "\u223E",
  acE: "\u223E\u0333",
  acd: "\u223F",
  acirc: "\xE2",
  acute: "\xB4",
  acy: "\u0430",
  aelig: "\xE6",
  af: "\u2061",
  afr: "\u{1D51E}",
  agrave: "\xE0",
  alefsym: "\u2135",
  aleph: "\u2135",
  alpha: "\u03B1",
  amacr: "\u0101",
  amalg: "\u2A3F",
  amp: "&",
  and: "\u2227",
  andand: "\u2A55",
  andd: "\u2A5C",
  andslope: "\u2A58",
  andv: "\u2A5A",
  ang: "\u2220",
  ange: "\u29A4",
  angle: "\u2220",
  angmsd: "\u2221",
  angmsdaa: "\u29A8",
  angmsdab: "\u29A9",
  angmsdac: "\u29AA",
  angmsdad: "\u29AB",
  angmsdae: "\u29AC",
  angmsdaf: "\u29AD",
  angmsdag: "\u29AE",
  angmsdah: "\u29AF",
  angrt: "\u221F",
  angrtvb: "\u22BE",
  angrtvbd: "\u299D",
  angsph: "\u2222",
  angst: "\xC5",
  angzarr: "\u237C",
  aogon: "\u0105",
  aopf: "\u{1D552}",
  ap: "\u2248",
  apE: "\u2A70",
  apacir: "\u2A6F",
  ape: "\u224A",
  apid: "\u224B",
  apos: "'",
  approx: "\u2248",
  approxeq: "\u224A",
  aring: "\xE5",
  ascr: "\u{1D4B6}",
  ast: "*",
  asymp: "\u2248",
  asympeq: "\u224D",
  atilde: "\xE3",
  auml: "\xE4",
  awconint: "\u2233",
  awint: "\u2A11",
  bNot: "\u2AED",
  backcong: "\u224C",
  backepsilon: "\u03F6",
  backprime: "\u2035",
  backsim: "\u223D",
  backsimeq: "\u22CD",
  barvee: "\u22BD",
  barwed: "\u2305",
  barwedge: "\u2305",
  bbrk: "\u23B5",
  bbrktbrk: "\u23B6",
  bcong: "\u224C",
  bcy: "\u0431",
  bdquo: "\u201E",
  becaus: "\u2235",
  because: "\u2235",
  bemptyv: "\u29B0",
  bepsi: "\u03F6",
  bernou: "\u212C",
  beta: "\u03B2",
  beth: "\u2136",
  between: "\u226C",
  bfr: "\u{1D51F}",
  bigcap: "\u22C2",
  bigcirc: "\u25EF",
  bigcup: "\u22C3",
  bigodot: "\u2A00",
  bigoplus: "\u2A01",
  bigotimes: "\u2A02",
  bigsqcup: "\u2A06",
  bigstar: "\u2605",
  bigtriangledown: "\u25BD",
  bigtriangleup: "\u25B3",
  biguplus: "\u2A04",
  bigvee: "\u22C1",
  bigwedge: "\u22C0",
  bkarow: "\u290D",
  blacklozenge: "\u29EB",
  blacksquare: "\u25AA",
  blacktriangle: "\u25B4",
  blacktriangledown: "\u25BE",
  blacktriangleleft: "\u25C2",
  blacktriangleright: "\u25B8",
  blank: "\u2423",
  blk12: "\u2592",
  blk14: "\u2591",
  blk34: "\u2593",
  block: "\u2588",
  bne: "=\u20E5",
  bnequiv: "\u2261\u20E5",
  bnot: "\u2310",
  bopf: "\u{1D553}",
  bot: "\u22A5",
  bottom: "\u22A5",
  bowtie: "\u22C8",
  boxDL: "\u2557",
  boxDR: "\u2554",
  boxDl: "\u2556",
  boxDr: "\u2553",
  boxH: "\u2550",
  boxHD: "\u2566",
  boxHU: "\u2569",
  boxHd: "\u2564",
  boxHu: "\u2567",
  boxUL: "\u255D",
  boxUR: "\u255A",
  boxUl: "\u255C",
  boxUr: "\u2559",
  boxV: "\u2551",
  boxVH: "\u256C",
  boxVL: "\u2563",
  boxVR: "\u2560",
  boxVh: "\u256B",
  boxVl: "\u2562",
  boxVr: "\u255F",
  boxbox: "\u29C9",
  boxdL: "\u2555",
  boxdR: "\u2552",
  boxdl: "\u2510",
  boxdr: "\u250C",
  boxh: "\u2500",
  boxhD: "\u2565",
  boxhU: "\u2568",
  boxhd: "\u252C",
  boxhu: "\u2534",
  boxminus: "\u229F",
  boxplus: "\u229E",
  boxtimes: "\u22A0",
  boxuL: "\u255B",
  boxuR: "\u2558",
  boxul: "\u2518",
  boxur: "\u2514",
  boxv: "\u2502",
  boxvH: "\u256A",
  boxvL: "\u2561",
  boxvR: "\u255E",
  boxvh: "\u253C",
  boxvl: "\u2524",
  boxvr: "\u251C",
  bprime: "\u2035",
  breve: "\u02D8",
  brvbar: "\xA6",
  bscr: "\u{1D4B7}",
  bsemi: "\u204F",
  bsim: "\u223D",
  bsime: "\u22CD",
  bsol: "\\",
  bsolb: "\u29C5",
  bsolhsub: "\u27C8",
  bull: "\u2022",
  bullet: "\u2022",
  bump: "\u224E",
  bumpE: "\u2AAE",
  bumpe: "\u224F",
  bumpeq: "\u224F",
  cacute: "\u0107",
  cap: "\u2229",
  capand: "\u2A44",
  capbrcup: "\u2A49",
  capcap: "\u2A4B",
  capcup: "\u2A47",
  capdot: "\u2A40",
  caps: "\u2229\uFE00",
  caret: "\u2041",
  caron: "\u02C7",
  ccaps: "\u2A4D",
  ccaron: "\u010D",
  ccedil: "\xE7",
  ccirc: "\u0109",
  ccups: "\u2A4C",
  ccupssm: "\u2A50",
  cdot: "\u010B",
  cedil: "\xB8",
  cemptyv: "\u29B2",
  cent: "\xA2",
  centerdot: "\xB7",
  cfr: "\u{1D520}",
  chcy: "\u0447",
  check: "\u2713",
  checkmark: "\u2713",
  chi: "\u03C7",
  cir: "\u25CB",
  cirE: "\u29C3",
  circ: "\u02C6",
  circeq: "\u2257",
  circlearrowleft: "\u21BA",
  circlearrowright: "\u21BB",
  circledR: "\xAE",
  circledS: "\u24C8",
  circledast: "\u229B",
  circledcirc: "\u229A",
  circleddash: "\u229D",
  cire: "\u2257",
  cirfnint: "\u2A10",
  cirmid: "\u2AEF",
  cirscir: "\u29C2",
  clubs: "\u2663",
  clubsuit: "\u2663",
  colon: ":",
  colone: "\u2254",
  coloneq: "\u2254",
  comma: ",",
  commat: "@",
  comp: "\u2201",
  compfn: "\u2218",
  complement: "\u2201",
  complexes: "\u2102",
  cong: "\u2245",
  congdot: "\u2A6D",
  conint: "\u222E",
  copf: "\u{1D554}",
  coprod: "\u2210",
  copy: "\xA9",
  copysr: "\u2117",
  crarr: "\u21B5",
  cross: "\u2717",
  cscr: "\u{1D4B8}",
  csub: "\u2ACF",
  csube: "\u2AD1",
  csup: "\u2AD0",
  csupe: "\u2AD2",
  ctdot: "\u22EF",
  cudarrl: "\u2938",
  cudarrr: "\u2935",
  cuepr: "\u22DE",
  cuesc: "\u22DF",
  cularr: "\u21B6",
  cularrp: "\u293D",
  cup: "\u222A",
  cupbrcap: "\u2A48",
  cupcap: "\u2A46",
  cupcup: "\u2A4A",
  cupdot: "\u228D",
  cupor: "\u2A45",
  cups: "\u222A\uFE00",
  curarr: "\u21B7",
  curarrm: "\u293C",
  curlyeqprec: "\u22DE",
  curlyeqsucc: "\u22DF",
  curlyvee: "\u22CE",
  curlywedge: "\u22CF",
  curren: "\xA4",
  curvearrowleft: "\u21B6",
  curvearrowright: "\u21B7",
  cuvee: "\u22CE",
  cuwed: "\u22CF",
  cwconint: "\u2232",
  cwint: "\u2231",
  cylcty: "\u232D",
  dArr: "\u21D3",
  dHar: "\u2965",
  dagger: "\u2020",
  daleth: "\u2138",
  darr: "\u2193",
  dash: "\u2010",
  dashv: "\u22A3",
  dbkarow: "\u290F",
  dblac: "\u02DD",
  dcaron: "\u010F",
  dcy: "\u0434",
  dd: "\u2146",
  ddagger: "\u2021",
  ddarr: "\u21CA",
  ddotseq: "\u2A77",
  deg: "\xB0",
  delta: "\u03B4",
  demptyv: "\u29B1",
  dfisht: "\u297F",
  dfr: "\u{1D521}",
  dharl: "\u21C3",
  dharr: "\u21C2",
  diam: "\u22C4",
  diamond: "\u22C4",
  diamondsuit: "\u2666",
  diams: "\u2666",
  die: "\xA8",
  digamma: "\u03DD",
  disin: "\u22F2",
  div: "\xF7",
  divide: "\xF7",
  divideontimes: "\u22C7",
  divonx: "\u22C7",
  djcy: "\u0452",
  dlcorn: "\u231E",
  dlcrop: "\u230D",
  dollar: "$",
  dopf: "\u{1D555}",
  dot: "\u02D9",
  doteq: "\u2250",
  doteqdot: "\u2251",
  dotminus: "\u2238",
  dotplus: "\u2214",
  dotsquare: "\u22A1",
  doublebarwedge: "\u2306",
  downarrow: "\u2193",
  downdownarrows: "\u21CA",
  downharpoonleft: "\u21C3",
  downharpoonright: "\u21C2",
  drbkarow: "\u2910",
  drcorn: "\u231F",
  drcrop: "\u230C",
  dscr: "\u{1D4B9}",
  dscy: "\u0455",
  dsol: "\u29F6",
  dstrok: "\u0111",
  dtdot: "\u22F1",
  dtri: "\u25BF",
  dtrif: "\u25BE",
  duarr: "\u21F5",
  duhar: "\u296F",
  dwangle: "\u29A6",
  dzcy: "\u045F",
  dzigrarr: "\u27FF",
  eDDot: "\u2A77",
  eDot: "\u2251",
  eacute: "\xE9",
  easter: "\u2A6E",
  ecaron: "\u011B",
  ecir: "\u2256",
  ecirc: "\xEA",
  ecolon: "\u2255",
  ecy: "\u044D",
  edot: "\u0117",
  ee: "\u2147",
  efDot: "\u2252",
  efr: "\u{1D522}",
  eg: "\u2A9A",
  egrave: "\xE8",
  egs: "\u2A96",
  egsdot: "\u2A98",
  el: "\u2A99",
  elinters: "\u23E7",
  ell: "\u2113",
  els: "\u2A95",
  elsdot: "\u2A97",
  emacr: "\u0113",
  empty: "\u2205",
  emptyset: "\u2205",
  emptyv: "\u2205",
  emsp13: "\u2004",
  emsp14: "\u2005",
  emsp: "\u2003",
  eng: "\u014B",
  ensp: "\u2002",
  eogon: "\u0119",
  eopf: "\u{1D556}",
  epar: "\u22D5",
  eparsl: "\u29E3",
  eplus: "\u2A71",
  epsi: "\u03B5",
  epsilon: "\u03B5",
  epsiv: "\u03F5",
  eqcirc: "\u2256",
  eqcolon: "\u2255",
  eqsim: "\u2242",
  eqslantgtr: "\u2A96",
  eqslantless: "\u2A95",
  equals: "=",
  equest: "\u225F",
  equiv: "\u2261",
  equivDD: "\u2A78",
  eqvparsl: "\u29E5",
  erDot: "\u2253",
  erarr: "\u2971",
  escr: "\u212F",
  esdot: "\u2250",
  esim: "\u2242",
  eta: "\u03B7",
  eth: "\xF0",
  euml: "\xEB",
  euro: "\u20AC",
  excl: "!",
  exist: "\u2203",
  expectation: "\u2130",
  exponentiale: "\u2147",
  fallingdotseq: "\u2252",
  fcy: "\u0444",
  female: "\u2640",
  ffilig: "\uFB03",
  fflig: "\uFB00",
  ffllig: "\uFB04",
  ffr: "\u{1D523}",
  filig: "\uFB01",
  fjlig: "fj",
  flat: "\u266D",
  fllig: "\uFB02",
  fltns: "\u25B1",
  fnof: "\u0192",
  fopf: "\u{1D557}",
  forall: "\u2200",
  fork: "\u22D4",
  forkv: "\u2AD9",
  fpartint: "\u2A0D",
  frac12: "\xBD",
  frac13: "\u2153",
  frac14: "\xBC",
  frac15: "\u2155",
  frac16: "\u2159",
  frac18: "\u215B",
  frac23: "\u2154",
  frac25: "\u2156",
  frac34: "\xBE",
  frac35: "\u2157",
  frac38: "\u215C",
  frac45: "\u2158",
  frac56: "\u215A",
  frac58: "\u215D",
  frac78: "\u215E",
  frasl: "\u2044",
  frown: "\u2322",
  fscr: "\u{1D4BB}",
  gE: "\u2267",
  gEl: "\u2A8C",
  gacute: "\u01F5",
  gamma: "\u03B3",
  gammad: "\u03DD",
  gap: "\u2A86",
  gbreve: "\u011F",
  gcirc: "\u011D",
  gcy: "\u0433",
  gdot: "\u0121",
  ge: "\u2265",
  gel: "\u22DB",
  geq: "\u2265",
  geqq: "\u2267",
  geqslant: "\u2A7E",
  ges: "\u2A7E",
  gescc: "\u2AA9",
  gesdot: "\u2A80",
  gesdoto: "\u2A82",
  gesdotol: "\u2A84",
  gesl: "\u22DB\uFE00",
  gesles: "\u2A94",
  gfr: "\u{1D524}",
  gg: "\u226B",
  ggg: "\u22D9",
  gimel: "\u2137",
  gjcy: "\u0453",
  gl: "\u2277",
  glE: "\u2A92",
  gla: "\u2AA5",
  glj: "\u2AA4",
  gnE: "\u2269",
  gnap: "\u2A8A",
  gnapprox: "\u2A8A",
  gne: "\u2A88",
  gneq: "\u2A88",
  gneqq: "\u2269",
  gnsim: "\u22E7",
  gopf: "\u{1D558}",
  grave: "`",
  gscr: "\u210A",
  gsim: "\u2273",
  gsime: "\u2A8E",
  gsiml: "\u2A90",
  gt: ">",
  gtcc: "\u2AA7",
  gtcir: "\u2A7A",
  gtdot: "\u22D7",
  gtlPar: "\u2995",
  gtquest: "\u2A7C",
  gtrapprox: "\u2A86",
  gtrarr: "\u2978",
  gtrdot: "\u22D7",
  gtreqless: "\u22DB",
  gtreqqless: "\u2A8C",
  gtrless: "\u2277",
  gtrsim: "\u2273",
  gvertneqq: "\u2269\uFE00",
  gvnE: "\u2269\uFE00",
  hArr: "\u21D4",
  hairsp: "\u200A",
  half: "\xBD",
  hamilt: "\u210B",
  hardcy: "\u044A",
  harr: "\u2194",
  harrcir: "\u2948",
  harrw: "\u21AD",
  hbar: "\u210F",
  hcirc: "\u0125",
  hearts: "\u2665",
  heartsuit: "\u2665",
  hellip: "\u2026",
  hercon: "\u22B9",
  hfr: "\u{1D525}",
  hksearow: "\u2925",
  hkswarow: "\u2926",
  hoarr: "\u21FF",
  homtht: "\u223B",
  hookleftarrow: "\u21A9",
  hookrightarrow: "\u21AA",
  hopf: "\u{1D559}",
  horbar: "\u2015",
  hscr: "\u{1D4BD}",
  hslash: "\u210F",
  hstrok: "\u0127",
  hybull: "\u2043",
  hyphen: "\u2010",
  iacute: "\xED",
  ic: "\u2063",
  icirc: "\xEE",
  icy: "\u0438",
  iecy: "\u0435",
  iexcl: "\xA1",
  iff: "\u21D4",
  ifr: "\u{1D526}",
  igrave: "\xEC",
  ii: "\u2148",
  iiiint: "\u2A0C",
  iiint: "\u222D",
  iinfin: "\u29DC",
  iiota: "\u2129",
  ijlig: "\u0133",
  imacr: "\u012B",
  image: "\u2111",
  imagline: "\u2110",
  imagpart: "\u2111",
  imath: "\u0131",
  imof: "\u22B7",
  imped: "\u01B5",
  in: "\u2208",
  incare: "\u2105",
  infin: "\u221E",
  infintie: "\u29DD",
  inodot: "\u0131",
  int: "\u222B",
  intcal: "\u22BA",
  integers: "\u2124",
  intercal: "\u22BA",
  intlarhk: "\u2A17",
  intprod: "\u2A3C",
  iocy: "\u0451",
  iogon: "\u012F",
  iopf: "\u{1D55A}",
  iota: "\u03B9",
  iprod: "\u2A3C",
  iquest: "\xBF",
  iscr: "\u{1D4BE}",
  isin: "\u2208",
  isinE: "\u22F9",
  isindot: "\u22F5",
  isins: "\u22F4",
  isinsv: "\u22F3",
  isinv: "\u2208",
  it: "\u2062",
  itilde: "\u0129",
  iukcy: "\u0456",
  iuml: "\xEF",
  jcirc: "\u0135",
  jcy: "\u0439",
  jfr: "\u{1D527}",
  jmath: "\u0237",
  jopf: "\u{1D55B}",
  jscr: "\u{1D4BF}",
  jsercy: "\u0458",
  jukcy: "\u0454",
  kappa: "\u03BA",
  kappav: "\u03F0",
  kcedil: "\u0137",
  kcy: "\u043A",
  kfr: "\u{1D528}",
  kgreen: "\u0138",
  khcy: "\u0445",
  kjcy: "\u045C",
  kopf: "\u{1D55C}",
  kscr: "\u{1D4C0}",
  lAarr: "\u21DA",
  lArr: "\u21D0",
  lAtail: "\u291B",
  lBarr: "\u290E",
  lE: "\u2266",
  lEg: "\u2A8B",
  lHar: "\u2962",
  lacute: "\u013A",
  laemptyv: "\u29B4",
  lagran: "\u2112",
  lambda: "\u03BB",
  lang: "\u27E8",
  langd: "\u2991",
  langle: "\u27E8",
  lap: "\u2A85",
  laquo: "\xAB",
  larr: "\u2190",
  larrb: "\u21E4",
  larrbfs: "\u291F",
  larrfs: "\u291D",
  larrhk: "\u21A9",
  larrlp: "\u21AB",
  larrpl: "\u2939",
  larrsim: "\u2973",
  larrtl: "\u21A2",
  lat: "\u2AAB",
  latail: "\u2919",
  late: "\u2AAD",
  lates: "\u2AAD\uFE00",
  lbarr: "\u290C",
  lbbrk: "\u2772",
  lbrace: "{",
  lbrack: "[",
  lbrke: "\u298B",
  lbrksld: "\u298F",
  lbrkslu: "\u298D",
  lcaron: "\u013E",
  lcedil: "\u013C",
  lceil: "\u2308",
  lcub: "{",
  lcy: "\u043B",
  ldca: "\u2936",
  ldquo: "\u201C",
  ldquor: "\u201E",
  ldrdhar: "\u2967",
  ldrushar: "\u294B",
  ldsh: "\u21B2",
  le: "\u2264",
  leftarrow: "\u2190",
  leftarrowtail: "\u21A2",
  leftharpoondown: "\u21BD",
  leftharpoonup: "\u21BC",
  leftleftarrows: "\u21C7",
  leftrightarrow: "\u2194",
  leftrightarrows: "\u21C6",
  leftrightharpoons: "\u21CB",
  leftrightsquigarrow: "\u21AD",
  leftthreetimes: "\u22CB",
  leg: "\u22DA",
  leq: "\u2264",
  leqq: "\u2266",
  leqslant: "\u2A7D",
  les: "\u2A7D",
  lescc: "\u2AA8",
  lesdot: "\u2A7F",
  lesdoto: "\u2A81",
  lesdotor: "\u2A83",
  lesg: "\u22DA\uFE00",
  lesges: "\u2A93",
  lessapprox: "\u2A85",
  lessdot: "\u22D6",
  lesseqgtr: "\u22DA",
  lesseqqgtr: "\u2A8B",
  lessgtr: "\u2276",
  lesssim: "\u2272",
  lfisht: "\u297C",
  lfloor: "\u230A",
  lfr: "\u{1D529}",
  lg: "\u2276",
  lgE: "\u2A91",
  lhard: "\u21BD",
  lharu: "\u21BC",
  lharul: "\u296A",
  lhblk: "\u2584",
  ljcy: "\u0459",
  ll: "\u226A",
  llarr: "\u21C7",
  llcorner: "\u231E",
  llhard: "\u296B",
  lltri: "\u25FA",
  lmidot: "\u0140",
  lmoust: "\u23B0",
  lmoustache: "\u23B0",
  lnE: "\u2268",
  lnap: "\u2A89",
  lnapprox: "\u2A89",
  lne: "\u2A87",
  lneq: "\u2A87",
  lneqq: "\u2268",
  lnsim: "\u22E6",
  loang: "\u27EC",
  loarr: "\u21FD",
  lobrk: "\u27E6",
  longleftarrow: "\u27F5",
  longleftrightarrow: "\u27F7",
  longmapsto: "\u27FC",
  longrightarrow: "\u27F6",
  looparrowleft: "\u21AB",
  looparrowright: "\u21AC",
  lopar: "\u2985",
  lopf: "\u{1D55D}",
  loplus: "\u2A2D",
  lotimes: "\u2A34",
  lowast: "\u2217",
  lowbar: "_",
  loz: "\u25CA",
  lozenge: "\u25CA",
  lozf: "\u29EB",
  lpar: "(",
  lparlt: "\u2993",
  lrarr: "\u21C6",
  lrcorner: "\u231F",
  lrhar: "\u21CB",
  lrhard: "\u296D",
  lrm: "\u200E",
  lrtri: "\u22BF",
  lsaquo: "\u2039",
  lscr: "\u{1D4C1}",
  lsh: "\u21B0",
  lsim: "\u2272",
  lsime: "\u2A8D",
  lsimg: "\u2A8F",
  lsqb: "[",
  lsquo: "\u2018",
  lsquor: "\u201A",
  lstrok: "\u0142",
  lt: "<",
  ltcc: "\u2AA6",
  ltcir: "\u2A79",
  ltdot: "\u22D6",
  lthree: "\u22CB",
  ltimes: "\u22C9",
  ltlarr: "\u2976",
  ltquest: "\u2A7B",
  ltrPar: "\u2996",
  ltri: "\u25C3",
  ltrie: "\u22B4",
  ltrif: "\u25C2",
  lurdshar: "\u294A",
  luruhar: "\u2966",
  lvertneqq: "\u2268\uFE00",
  lvnE: "\u2268\uFE00",
  mDDot: "\u223A",
  macr: "\xAF",
  male: "\u2642",
  malt: "\u2720",
  maltese: "\u2720",
  map: "\u21A6",
  mapsto: "\u21A6",
  mapstodown: "\u21A7",
  mapstoleft: "\u21A4",
  mapstoup: "\u21A5",
  marker: "\u25AE",
  mcomma: "\u2A29",
  mcy: "\u043C",
  mdash: "\u2014",
  measuredangle: "\u2221",
  mfr: "\u{1D52A}",
  mho: "\u2127",
  micro: "\xB5",
  mid: "\u2223",
  midast: "*",
  midcir: "\u2AF0",
  middot: "\xB7",
  minus: "\u2212",
  minusb: "\u229F",
  minusd: "\u2238",
  minusdu: "\u2A2A",
  mlcp: "\u2ADB",
  mldr: "\u2026",
  mnplus: "\u2213",
  models: "\u22A7",
  mopf: "\u{1D55E}",
  mp: "\u2213",
  mscr: "\u{1D4C2}",
  mstpos: "\u223E",
  mu: "\u03BC",
  multimap: "\u22B8",
  mumap: "\u22B8",
  nGg: "\u22D9\u0338",
  nGt: "\u226B\u20D2",
  nGtv: "\u226B\u0338",
  nLeftarrow: "\u21CD",
  nLeftrightarrow: "\u21CE",
  nLl: "\u22D8\u0338",
  nLt: "\u226A\u20D2",
  nLtv: "\u226A\u0338",
  nRightarrow: "\u21CF",
  nVDash: "\u22AF",
  nVdash: "\u22AE",
  nabla: "\u2207",
  nacute: "\u0144",
  nang: "\u2220\u20D2",
  nap: "\u2249",
  napE: "\u2A70\u0338",
  napid: "\u224B\u0338",
  napos: "\u0149",
  napprox: "\u2249",
  natur: "\u266E",
  natural: "\u266E",
  naturals: "\u2115",
  nbsp: "\xA0",
  nbump: "\u224E\u0338",
  nbumpe: "\u224F\u0338",
  ncap: "\u2A43",
  ncaron: "\u0148",
  ncedil: "\u0146",
  ncong: "\u2247",
  ncongdot: "\u2A6D\u0338",
  ncup: "\u2A42",
  ncy: "\u043D",
  ndash: "\u2013",
  ne: "\u2260",
  neArr: "\u21D7",
  nearhk: "\u2924",
  nearr: "\u2197",
  nearrow: "\u2197",
  nedot: "\u2250\u0338",
  nequiv: "\u2262",
  nesear: "\u2928",
  nesim: "\u2242\u0338",
  nexist: "\u2204",
  nexists: "\u2204",
  nfr: "\u{1D52B}",
  ngE: "\u2267\u0338",
  nge: "\u2271",
  ngeq: "\u2271",
  ngeqq: "\u2267\u0338",
  ngeqslant: "\u2A7E\u0338",
  nges: "\u2A7E\u0338",
  ngsim: "\u2275",
  ngt: "\u226F",
  ngtr: "\u226F",
  nhArr: "\u21CE",
  nharr: "\u21AE",
  nhpar: "\u2AF2",
  ni: "\u220B",
  nis: "\u22FC",
  nisd: "\u22FA",
  niv: "\u220B",
  njcy: "\u045A",
  nlArr: "\u21CD",
  nlE: "\u2266\u0338",
  nlarr: "\u219A",
  nldr: "\u2025",
  nle: "\u2270",
  nleftarrow: "\u219A",
  nleftrightarrow: "\u21AE",
  nleq: "\u2270",
  nleqq: "\u2266\u0338",
  nleqslant: "\u2A7D\u0338",
  nles: "\u2A7D\u0338",
  nless: "\u226E",
  nlsim: "\u2274",
  nlt: "\u226E",
  nltri: "\u22EA",
  nltrie: "\u22EC",
  nmid: "\u2224",
  nopf: "\u{1D55F}",
  not: "\xAC",
  notin: "\u2209",
  notinE: "\u22F9\u0338",
  notindot: "\u22F5\u0338",
  notinva: "\u2209",
  notinvb: "\u22F7",
  notinvc: "\u22F6",
  notni: "\u220C",
  notniva: "\u220C",
  notnivb: "\u22FE",
  notnivc: "\u22FD",
  npar: "\u2226",
  nparallel: "\u2226",
  nparsl: "\u2AFD\u20E5",
  npart: "\u2202\u0338",
  npolint: "\u2A14",
  npr: "\u2280",
  nprcue: "\u22E0",
  npre: "\u2AAF\u0338",
  nprec: "\u2280",
  npreceq: "\u2AAF\u0338",
  nrArr: "\u21CF",
  nrarr: "\u219B",
  nrarrc: "\u2933\u0338",
  nrarrw: "\u219D\u0338",
  nrightarrow: "\u219B",
  nrtri: "\u22EB",
  nrtrie: "\u22ED",
  nsc: "\u2281",
  nsccue: "\u22E1",
  nsce: "\u2AB0\u0338",
  nscr: "\u{1D4C3}",
  nshortmid: "\u2224",
  nshortparallel: "\u2226",
  nsim: "\u2241",
  nsime: "\u2244",
  nsimeq: "\u2244",
  nsmid: "\u2224",
  nspar: "\u2226",
  nsqsube: "\u22E2",
  nsqsupe: "\u22E3",
  nsub: "\u2284",
  nsubE: "\u2AC5\u0338",
  nsube: "\u2288",
  nsubset: "\u2282\u20D2",
  nsubseteq: "\u2288",
  nsubseteqq: "\u2AC5\u0338",
  nsucc: "\u2281",
  nsucceq: "\u2AB0\u0338",
  nsup: "\u2285",
  nsupE: "\u2AC6\u0338",
  nsupe: "\u2289",
  nsupset: "\u2283\u20D2",
  nsupseteq: "\u2289",
  nsupseteqq: "\u2AC6\u0338",
  ntgl: "\u2279",
  ntilde: "\xF1",
  ntlg: "\u2278",
  ntriangleleft: "\u22EA",
  ntrianglelefteq: "\u22EC",
  ntriangleright: "\u22EB",
  ntrianglerighteq: "\u22ED",
  nu: "\u03BD",
  num: "#",
  numero: "\u2116",
  numsp: "\u2007",
  nvDash: "\u22AD",
  nvHarr: "\u2904",
  nvap: "\u224D\u20D2",
  nvdash: "\u22AC",
  nvge: "\u2265\u20D2",
  nvgt: ">\u20D2",
  nvinfin: "\u29DE",
  nvlArr: "\u2902",
  nvle: "\u2264\u20D2",
  nvlt: "<\u20D2",
  nvltrie: "\u22B4\u20D2",
  nvrArr: "\u2903",
  nvrtrie: "\u22B5\u20D2",
  nvsim: "\u223C\u20D2",
  nwArr: "\u21D6",
  nwarhk: "\u2923",
  nwarr: "\u2196",
  nwarrow: "\u2196",
  nwnear: "\u2927",
  oS: "\u24C8",
  oacute: "\xF3",
  oast: "\u229B",
  ocir: "\u229A",
  ocirc: "\xF4",
  ocy: "\u043E",
  odash: "\u229D",
  odblac: "\u0151",
  odiv: "\u2A38",
  odot: "\u2299",
  odsold: "\u29BC",
  oelig: "\u0153",
  ofcir: "\u29BF",
  ofr: "\u{1D52C}",
  ogon: "\u02DB",
  ograve: "\xF2",
  ogt: "\u29C1",
  ohbar: "\u29B5",
  ohm: "\u03A9",
  oint: "\u222E",
  olarr: "\u21BA",
  olcir: "\u29BE",
  olcross: "\u29BB",
  oline: "\u203E",
  olt: "\u29C0",
  omacr: "\u014D",
  omega: "\u03C9",
  omicron: "\u03BF",
  omid: "\u29B6",
  ominus: "\u2296",
  oopf: "\u{1D560}",
  opar: "\u29B7",
  operp: "\u29B9",
  oplus: "\u2295",
  or: "\u2228",
  orarr: "\u21BB",
  ord: "\u2A5D",
  order: "\u2134",
  orderof: "\u2134",
  ordf: "\xAA",
  ordm: "\xBA",
  origof: "\u22B6",
  oror: "\u2A56",
  orslope: "\u2A57",
  orv: "\u2A5B",
  oscr: "\u2134",
  oslash: "\xF8",
  osol: "\u2298",
  otilde: "\xF5",
  otimes: "\u2297",
  otimesas: "\u2A36",
  ouml: "\xF6",
  ovbar: "\u233D",
  par: "\u2225",
  para: "\xB6",
  parallel: "\u2225",
  parsim: "\u2AF3",
  parsl: "\u2AFD",
  part: "\u2202",
  pcy: "\u043F",
  percnt: "%",
  period: ".",
  permil: "\u2030",
  perp: "\u22A5",
  pertenk: "\u2031",
  pfr: "\u{1D52D}",
  phi: "\u03C6",
  phiv: "\u03D5",
  phmmat: "\u2133",
  phone: "\u260E",
  pi: "\u03C0",
  pitchfork: "\u22D4",
  piv: "\u03D6",
  planck: "\u210F",
  planckh: "\u210E",
  plankv: "\u210F",
  plus: "+",
  plusacir: "\u2A23",
  plusb: "\u229E",
  pluscir: "\u2A22",
  plusdo: "\u2214",
  plusdu: "\u2A25",
  pluse: "\u2A72",
  plusmn: "\xB1",
  plussim: "\u2A26",
  plustwo: "\u2A27",
  pm: "\xB1",
  pointint: "\u2A15",
  popf: "\u{1D561}",
  pound: "\xA3",
  pr: "\u227A",
  prE: "\u2AB3",
  prap: "\u2AB7",
  prcue: "\u227C",
  pre: "\u2AAF",
  prec: "\u227A",
  precapprox: "\u2AB7",
  preccurlyeq: "\u227C",
  preceq: "\u2AAF",
  precnapprox: "\u2AB9",
  precneqq: "\u2AB5",
  precnsim: "\u22E8",
  precsim: "\u227E",
  prime: "\u2032",
  primes: "\u2119",
  prnE: "\u2AB5",
  prnap: "\u2AB9",
  prnsim: "\u22E8",
  prod: "\u220F",
  profalar: "\u232E",
  profline: "\u2312",
  profsurf: "\u2313",
  prop: "\u221D",
  propto: "\u221D",
  prsim: "\u227E",
  prurel: "\u22B0",
  pscr: "\u{1D4C5}",
  psi: "\u03C8",
  puncsp: "\u2008",
  qfr: "\u{1D52E}",
  qint: "\u2A0C",
  qopf: "\u{1D562}",
  qprime: "\u2057",
  qscr: "\u{1D4C6}",
  quaternions: "\u210D",
  quatint: "\u2A16",
  quest: "?",
  questeq: "\u225F",
  quot: '"',
  rAarr: "\u21DB",
  rArr: "\u21D2",
  rAtail: "\u291C",
  rBarr: "\u290F",
  rHar: "\u2964",
  race: "\u223D\u0331",
  racute: "\u0155",
  radic: "\u221A",
  raemptyv: "\u29B3",
  rang: "\u27E9",
  rangd: "\u2992",
  range: "\u29A5",
  rangle: "\u27E9",
  raquo: "\xBB",
  rarr: "\u2192",
  rarrap: "\u2975",
  rarrb: "\u21E5",
  rarrbfs: "\u2920",
  rarrc: "\u2933",
  rarrfs: "\u291E",
  rarrhk: "\u21AA",
  rarrlp: "\u21AC",
  rarrpl: "\u2945",
  rarrsim: "\u2974",
  rarrtl: "\u21A3",
  rarrw: "\u219D",
  ratail: "\u291A",
  ratio: "\u2236",
  rationals: "\u211A",
  rbarr: "\u290D",
  rbbrk: "\u2773",
  rbrace: "}",
  rbrack: "]",
  rbrke: "\u298C",
  rbrksld: "\u298E",
  rbrkslu: "\u2990",
  rcaron: "\u0159",
  rcedil: "\u0157",
  rceil: "\u2309",
  rcub: "}",
  rcy: "\u0440",
  rdca: "\u2937",
  rdldhar: "\u2969",
  rdquo: "\u201D",
  rdquor: "\u201D",
  rdsh: "\u21B3",
  real: "\u211C",
  realine: "\u211B",
  realpart: "\u211C",
  reals: "\u211D",
  rect: "\u25AD",
  reg: "\xAE",
  rfisht: "\u297D",
  rfloor: "\u230B",
  rfr: "\u{1D52F}",
  rhard: "\u21C1",
  rharu: "\u21C0",
  rharul: "\u296C",
  rho: "\u03C1",
  rhov: "\u03F1",
  rightarrow: "\u2192",
  rightarrowtail: "\u21A3",
  rightharpoondown: "\u21C1",
  rightharpoonup: "\u21C0",
  rightleftarrows: "\u21C4",
  rightleftharpoons: "\u21CC",
  rightrightarrows: "\u21C9",
  rightsquigarrow: "\u219D",
  rightthreetimes: "\u22CC",
  ring: "\u02DA",
  risingdotseq: "\u2253",
  rlarr: "\u21C4",
  rlhar: "\u21CC",
  rlm: "\u200F",
  rmoust: "\u23B1",
  rmoustache: "\u23B1",
  rnmid: "\u2AEE",
  roang: "\u27ED",
  roarr: "\u21FE",
  robrk: "\u27E7",
  ropar: "\u2986",
  ropf: "\u{1D563}",
  roplus: "\u2A2E",
  rotimes: "\u2A35",
  rpar: ")",
  rpargt: "\u2994",
  rppolint: "\u2A12",
  rrarr: "\u21C9",
  rsaquo: "\u203A",
  rscr: "\u{1D4C7}",
  rsh: "\u21B1",
  rsqb: "]",
  rsquo: "\u2019",
  rsquor: "\u2019",
  rthree: "\u22CC",
  rtimes: "\u22CA",
  rtri: "\u25B9",
  rtrie: "\u22B5",
  rtrif: "\u25B8",
  rtriltri: "\u29CE",
  ruluhar: "\u2968",
  rx: "\u211E",
  sacute: "\u015B",
  sbquo: "\u201A",
  sc: "\u227B",
  scE: "\u2AB4",
  scap: "\u2AB8",
  scaron: "\u0161",
  sccue: "\u227D",
  sce: "\u2AB0",
  scedil: "\u015F",
  scirc: "\u015D",
  scnE: "\u2AB6",
  scnap: "\u2ABA",
  scnsim: "\u22E9",
  scpolint: "\u2A13",
  scsim: "\u227F",
  scy: "\u0441",
  sdot: "\u22C5",
  sdotb: "\u22A1",
  sdote: "\u2A66",
  seArr: "\u21D8",
  searhk: "\u2925",
  searr: "\u2198",
  searrow: "\u2198",
  sect: "\xA7",
  semi: ";",
  seswar: "\u2929",
  setminus: "\u2216",
  setmn: "\u2216",
  sext: "\u2736",
  sfr: "\u{1D530}",
  sfrown: "\u2322",
  sharp: "\u266F",
  shchcy: "\u0449",
  shcy: "\u0448",
  shortmid: "\u2223",
  shortparallel: "\u2225",
  shy: "\xAD",
  sigma: "\u03C3",
  sigmaf: "\u03C2",
  sigmav: "\u03C2",
  sim: "\u223C",
  simdot: "\u2A6A",
  sime: "\u2243",
  simeq: "\u2243",
  simg: "\u2A9E",
  simgE: "\u2AA0",
  siml: "\u2A9D",
  simlE: "\u2A9F",
  simne: "\u2246",
  simplus: "\u2A24",
  simrarr: "\u2972",
  slarr: "\u2190",
  smallsetminus: "\u2216",
  smashp: "\u2A33",
  smeparsl: "\u29E4",
  smid: "\u2223",
  smile: "\u2323",
  smt: "\u2AAA",
  smte: "\u2AAC",
  smtes: "\u2AAC\uFE00",
  softcy: "\u044C",
  sol: "/",
  solb: "\u29C4",
  solbar: "\u233F",
  sopf: "\u{1D564}",
  spades: "\u2660",
  spadesuit: "\u2660",
  spar: "\u2225",
  sqcap: "\u2293",
  sqcaps: "\u2293\uFE00",
  sqcup: "\u2294",
  sqcups: "\u2294\uFE00",
  sqsub: "\u228F",
  sqsube: "\u2291",
  sqsubset: "\u228F",
  sqsubseteq: "\u2291",
  sqsup: "\u2290",
  sqsupe: "\u2292",
  sqsupset: "\u2290",
  sqsupseteq: "\u2292",
  squ: "\u25A1",
  square: "\u25A1",
  squarf: "\u25AA",
  squf: "\u25AA",
  srarr: "\u2192",
  sscr: "\u{1D4C8}",
  ssetmn: "\u2216",
  ssmile: "\u2323",
  sstarf: "\u22C6",
  star: "\u2606",
  starf: "\u2605",
  straightepsilon: "\u03F5",
  straightphi: "\u03D5",
  strns: "\xAF",
  sub: "\u2282",
  subE: "\u2AC5",
  subdot: "\u2ABD",
  sube: "\u2286",
  subedot: "\u2AC3",
  submult: "\u2AC1",
  subnE: "\u2ACB",
  subne: "\u228A",
  subplus: "\u2ABF",
  subrarr: "\u2979",
  subset: "\u2282",
  subseteq: "\u2286",
  subseteqq: "\u2AC5",
  subsetneq: "\u228A",
  subsetneqq: "\u2ACB",
  subsim: "\u2AC7",
  subsub: "\u2AD5",
  subsup: "\u2AD3",
  succ: "\u227B",
  succapprox: "\u2AB8",
  succcurlyeq: "\u227D",
  succeq: "\u2AB0",
  succnapprox: "\u2ABA",
  succneqq: "\u2AB6",
  succnsim: "\u22E9",
  succsim: "\u227F",
  sum: "\u2211",
  sung: "\u266A",
  sup1: "\xB9",
  sup2: "\xB2",
  sup3: "\xB3",
  sup: "\u2283",
  supE: "\u2AC6",
  supdot: "\u2ABE",
  supdsub: "\u2AD8",
  supe: "\u2287",
  supedot: "\u2AC4",
  suphsol: "\u27C9",
  suphsub: "\u2AD7",
  suplarr: "\u297B",
  supmult: "\u2AC2",
  supnE: "\u2ACC",
  supne: "\u228B",
  supplus: "\u2AC0",
  supset: "\u2283",
  supseteq: "\u2287",
  supseteqq: "\u2AC6",
  supsetneq: "\u228B",
  supsetneqq: "\u2ACC",
  supsim: "\u2AC8",
  supsub: "\u2AD4",
  supsup: "\u2AD6",
  swArr: "\u21D9",
  swarhk: "\u2926",
  swarr: "\u2199",
  swarrow: "\u2199",
  swnwar: "\u292A",
  szlig: "\xDF",
  target: "\u2316",
  tau: "\u03C4",
  tbrk: "\u23B4",
  tcaron: "\u0165",
  tcedil: "\u0163",
  tcy: "\u0442",
  tdot: "\u20DB",
  telrec: "\u2315",
  tfr: "\u{1D531}",
  there4: "\u2234",
  therefore: "\u2234",
  theta: "\u03B8",
  thetasym: "\u03D1",
  thetav: "\u03D1",
  thickapprox: "\u2248",
  thicksim: "\u223C",
  thinsp: "\u2009",
  thkap: "\u2248",
  thksim: "\u223C",
  thorn: "\xFE",
  tilde: "\u02DC",
  times: "\xD7",
  timesb: "\u22A0",
  timesbar: "\u2A31",
  timesd: "\u2A30",
  tint: "\u222D",
  toea: "\u2928",
  top: "\u22A4",
  topbot: "\u2336",
  topcir: "\u2AF1",
  topf: "\u{1D565}",
  topfork: "\u2ADA",
  tosa: "\u2929",
  tprime: "\u2034",
  trade: "\u2122",
  triangle: "\u25B5",
  triangledown: "\u25BF",
  triangleleft: "\u25C3",
  trianglelefteq: "\u22B4",
  triangleq: "\u225C",
  triangleright: "\u25B9",
  trianglerighteq: "\u22B5",
  tridot: "\u25EC",
  trie: "\u225C",
  triminus: "\u2A3A",
  triplus: "\u2A39",
  trisb: "\u29CD",
  tritime: "\u2A3B",
  trpezium: "\u23E2",
  tscr: "\u{1D4C9}",
  tscy: "\u0446",
  tshcy: "\u045B",
  tstrok: "\u0167",
  twixt: "\u226C",
  twoheadleftarrow: "\u219E",
  twoheadrightarrow: "\u21A0",
  uArr: "\u21D1",
  uHar: "\u2963",
  uacute: "\xFA",
  uarr: "\u2191",
  ubrcy: "\u045E",
  ubreve: "\u016D",
  ucirc: "\xFB",
  ucy: "\u0443",
  udarr: "\u21C5",
  udblac: "\u0171",
  udhar: "\u296E",
  ufisht: "\u297E",
  ufr: "\u{1D532}",
  ugrave: "\xF9",
  uharl: "\u21BF",
  uharr: "\u21BE",
  uhblk: "\u2580",
  ulcorn: "\u231C",
  ulcorner: "\u231C",
  ulcrop: "\u230F",
  ultri: "\u25F8",
  umacr: "\u016B",
  uml: "\xA8",
  uogon: "\u0173",
  uopf: "\u{1D566}",
  uparrow: "\u2191",
  updownarrow: "\u2195",
  upharpoonleft: "\u21BF",
  upharpoonright: "\u21BE",
  uplus: "\u228E",
  upsi: "\u03C5",
  upsih: "\u03D2",
  upsilon: "\u03C5",
  upuparrows: "\u21C8",
  urcorn: "\u231D",
  urcorner: "\u231D",
  urcrop: "\u230E",
  uring: "\u016F",
  urtri: "\u25F9",
  uscr: "\u{1D4CA}",
  utdot: "\u22F0",
  utilde: "\u0169",
  utri: "\u25B5",
  utrif: "\u25B4",
  uuarr: "\u21C8",
  uuml: "\xFC",
  uwangle: "\u29A7",
  vArr: "\u21D5",
  vBar: "\u2AE8",
  vBarv: "\u2AE9",
  vDash: "\u22A8",
  vangrt: "\u299C",
  varepsilon: "\u03F5",
  varkappa: "\u03F0",
  varnothing: "\u2205",
  varphi: "\u03D5",
  varpi: "\u03D6",
  varpropto: "\u221D",
  varr: "\u2195",
  varrho: "\u03F1",
  varsigma: "\u03C2",
  varsubsetneq: "\u228A\uFE00",
  varsubsetneqq: "\u2ACB\uFE00",
  varsupsetneq: "\u228B\uFE00",
  varsupsetneqq: "\u2ACC\uFE00",
  vartheta: "\u03D1",
  vartriangleleft: "\u22B2",
  vartriangleright: "\u22B3",
  vcy: "\u0432",
  vdash: "\u22A2",
  vee: "\u2228",
  veebar: "\u22BB",
  veeeq: "\u225A",
  vellip: "\u22EE",
  verbar: "|",
  vert: "|",
  vfr: "\u{1D533}",
  vltri: "\u22B2",
  vnsub: "\u2282\u20D2",
  vnsup: "\u2283\u20D2",
  vopf: "\u{1D567}",
  vprop: "\u221D",
  vrtri: "\u22B3",
  vscr: "\u{1D4CB}",
  vsubnE: "\u2ACB\uFE00",
  vsubne: "\u228A\uFE00",
  vsupnE: "\u2ACC\uFE00",
  vsupne: "\u228B\uFE00",
  vzigzag: "\u299A",
  wcirc: "\u0175",
  wedbar: "\u2A5F",
  wedge: "\u2227",
  wedgeq: "\u2259",
  weierp: "\u2118",
  wfr: "\u{1D534}",
  wopf: "\u{1D568}",
  wp: "\u2118",
  wr: "\u2240",
  wreath: "\u2240",
  wscr: "\u{1D4CC}",
  xcap: "\u22C2",
  xcirc: "\u25EF",
  xcup: "\u22C3",
  xdtri: "\u25BD",
  xfr: "\u{1D535}",
  xhArr: "\u27FA",
  xharr: "\u27F7",
  xi: "\u03BE",
  xlArr: "\u27F8",
  xlarr: "\u27F5",
  xmap: "\u27FC",
  xnis: "\u22FB",
  xodot: "\u2A00",
  xopf: "\u{1D569}",
  xoplus: "\u2A01",
  xotime: "\u2A02",
  xrArr: "\u27F9",
  xrarr: "\u27F6",
  xscr: "\u{1D4CD}",
  xsqcup: "\u2A06",
  xuplus: "\u2A04",
  xutri: "\u25B3",
  xvee: "\u22C1",
  xwedge: "\u22C0",
  yacute: "\xFD",
  yacy: "\u044F",
  ycirc: "\u0177",
  ycy: "\u044B",
  yen: "\xA5",
  yfr: "\u{1D536}",
  yicy: "\u0457",
  yopf: "\u{1D56A}",
  yscr: "\u{1D4CE}",
  yucy: "\u044E",
  yuml: "\xFF",
  zacute: "\u017A",
  zcaron: "\u017E",
  zcy: "\u0437",
  zdot: "\u017C",
  zeetrf: "\u2128",
  zeta: "\u03B6",
  zfr: "\u{1D537}",
  zhcy: "\u0436",
  zigrarr: "\u21DD",
  zopf: "\u{1D56B}",
  zscr: "\u{1D4CF}",
  zwj: "\u200D",
  zwnj: "\u200C"
};

// node_modules/decode-named-character-reference/index.js
var own = {}.hasOwnProperty;
function decodeNamedCharacterReference(value2) {
  return own.call(characterEntities, value2) ? characterEntities[value2] : false;
}

// node_modules/micromark-util-chunked/index.js
function splice(list2, start, remove, items) {
  const end = list2.length;
  let chunkStart = 0;
  let parameters;
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;
  if (items.length < 1e4) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    list2.splice(...parameters);
  } else {
    if (remove) list2.splice(start, remove);
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start, 0);
      list2.splice(...parameters);
      chunkStart += 1e4;
      start += 1e4;
    }
  }
}
function push(list2, items) {
  if (list2.length > 0) {
    splice(list2, list2.length, 0, items);
    return list2;
  }
  return items;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all2 = {};
  let index2 = -1;
  while (++index2 < extensions.length) {
    syntaxExtension(all2, extensions[index2]);
  }
  return all2;
}
function syntaxExtension(all2, extension2) {
  let hook;
  for (hook in extension2) {
    const maybe = hasOwnProperty.call(all2, hook) ? all2[hook] : void 0;
    const left = maybe || (all2[hook] = {});
    const right = extension2[hook];
    let code2;
    if (right) {
      for (code2 in right) {
        if (!hasOwnProperty.call(left, code2)) left[code2] = [];
        const value2 = right[code2];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code2],
          Array.isArray(value2) ? value2 : value2 ? [value2] : []
        );
      }
    }
  }
}
function constructs(existing, list2) {
  let index2 = -1;
  const before = [];
  while (++index2 < list2.length) {
    ;
    (list2[index2].add === "after" ? existing : before).push(list2[index2]);
  }
  splice(existing, 0, 0, before);
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value2, base) {
  const code2 = Number.parseInt(value2, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code2 < 9 || code2 === 11 || code2 > 13 && code2 < 32 || // Control character (DEL) of C0, and C1 controls.
    code2 > 126 && code2 < 160 || // Lone high surrogates and low surrogates.
    code2 > 55295 && code2 < 57344 || // Noncharacters.
    code2 > 64975 && code2 < 65008 || /* eslint-disable no-bitwise */
    (code2 & 65535) === 65535 || (code2 & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code2 > 1114111
  ) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code2);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value2) {
  return value2.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code2) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code2 !== null && (code2 < 32 || code2 === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code2) {
  return code2 !== null && code2 < -2;
}
function markdownLineEndingOrSpace(code2) {
  return code2 !== null && (code2 < 0 || code2 === 32);
}
function markdownSpace(code2) {
  return code2 === -2 || code2 === -1 || code2 === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex2) {
  return check2;
  function check2(code2) {
    return code2 !== null && code2 > -1 && regex2.test(String.fromCharCode(code2));
  }
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok2, type, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start;
  function start(code2) {
    if (markdownSpace(code2)) {
      effects.enter(type);
      return prefix(code2);
    }
    return ok2(code2);
  }
  function prefix(code2) {
    if (markdownSpace(code2) && size++ < limit) {
      effects.consume(code2);
      return prefix;
    }
    effects.exit(type);
    return ok2(code2);
  }
}

// node_modules/micromark/lib/initialize/content.js
var content = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous4;
  return contentStart;
  function afterContentStartConstruct(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code2) {
    effects.enter("paragraph");
    return lineStart(code2);
  }
  function lineStart(code2) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous: previous4
    });
    if (previous4) {
      previous4.next = token;
    }
    previous4 = token;
    return data(code2);
  }
  function data(code2) {
    if (code2 === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code2);
      return;
    }
    if (markdownLineEnding(code2)) {
      effects.consume(code2);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code2);
    return data;
  }
}

// node_modules/micromark/lib/initialize/document.js
var document = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start;
  function start(code2) {
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code2);
    }
    return checkNewContainers(code2);
  }
  function documentContinue(code2) {
    continued++;
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point3 = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      splice(self.events, indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      self.events.length = index2;
      return checkNewContainers(code2);
    }
    return start(code2);
  }
  function checkNewContainers(code2) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code2);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code2);
      }
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code2);
  }
  function thereIsANewContainer(code2) {
    if (childFlow) closeFlow();
    exitContainers(continued);
    return documentContinued(code2);
  }
  function thereIsNoNewContainer(code2) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code2);
  }
  function documentContinued(code2) {
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code2);
  }
  function containerContinue(code2) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    return documentContinued(code2);
  }
  function flowStart(code2) {
    if (code2 === null) {
      if (childFlow) closeFlow();
      exitContainers(0);
      effects.consume(code2);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code2);
  }
  function flowContinue(code2) {
    if (code2 === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code2);
      return;
    }
    if (markdownLineEnding(code2)) {
      effects.consume(code2);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self.interrupt = void 0;
      return start;
    }
    effects.consume(code2);
    return flowContinue;
  }
  function writeToChild(token, endOfFile) {
    const stream = self.sliceStream(token);
    if (endOfFile) stream.push(null);
    token.previous = childToken;
    if (childToken) childToken.next = token;
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);
    if (self.parser.lazy[token.start.line]) {
      let index2 = childFlow.events.length;
      while (index2--) {
        if (
          // The token starts before the line ending…
          childFlow.events[index2][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index2][1].end || // …or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point3 = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      splice(self.events, indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      self.events.length = index2;
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    while (index2-- > size) {
      const entry = stack[index2];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok2, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok2, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code2) {
  if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
    return 1;
  }
  if (unicodePunctuation(code2)) {
    return 2;
  }
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  const called = [];
  let index2 = -1;
  while (++index2 < constructs2.length) {
    const resolve2 = constructs2[index2].resolveAll;
    if (resolve2 && !called.includes(resolve2)) {
      events = resolve2(events, context);
      called.push(resolve2);
    }
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context) {
  let index2 = -1;
  let open;
  let group;
  let text4;
  let openingSequence;
  let closingSequence;
  let use;
  let nextEvents;
  let offset;
  while (++index2 < events.length) {
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      open = index2;
      while (open--) {
        if (events[open][0] === "exit" && events[open][1].type === "attentionSequence" && events[open][1]._open && // If the markers are the same:
        context.sliceSerialize(events[open][1]).charCodeAt(0) === context.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3)) {
            continue;
          }
          use = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open][1].end
          };
          const end = {
            ...events[index2][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open][1].end
            }
          };
          closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          };
          text4 = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index2][1].start
            }
          };
          group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          };
          events[index2][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];
          if (events[open][1].end.offset - events[open][1].start.offset) {
            nextEvents = push(nextEvents, [["enter", events[open][1], context], ["exit", events[open][1], context]]);
          }
          nextEvents = push(nextEvents, [["enter", group, context], ["enter", openingSequence, context], ["exit", openingSequence, context], ["enter", text4, context]]);
          nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + 1, index2), context));
          nextEvents = push(nextEvents, [["exit", text4, context], ["enter", closingSequence, context], ["exit", closingSequence, context], ["exit", group, context]]);
          if (events[index2][1].end.offset - events[index2][1].start.offset) {
            offset = 2;
            nextEvents = push(nextEvents, [["enter", events[index2][1], context], ["exit", events[index2][1], context]]);
          } else {
            offset = 0;
          }
          splice(events, open - 1, index2 - open + 3, nextEvents);
          index2 = open + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }
  index2 = -1;
  while (++index2 < events.length) {
    if (events[index2][1].type === "attentionSequence") {
      events[index2][1].type = "data";
    }
  }
  return events;
}
function tokenizeAttention(effects, ok2) {
  const attentionMarkers2 = this.parser.constructs.attentionMarkers.null;
  const previous4 = this.previous;
  const before = classifyCharacter(previous4);
  let marker;
  return start;
  function start(code2) {
    marker = code2;
    effects.enter("attentionSequence");
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      return inside;
    }
    const token = effects.exit("attentionSequence");
    const after = classifyCharacter(code2);
    const open = !after || after === 2 && before || attentionMarkers2.includes(code2);
    const close2 = !before || before === 2 && after || attentionMarkers2.includes(previous4);
    token._open = Boolean(marker === 42 ? open : open && (before || !close2));
    token._close = Boolean(marker === 42 ? close2 : close2 && (after || !open));
    return ok2(code2);
  }
}
function movePoint(point3, offset) {
  point3.column += offset;
  point3.offset += offset;
  point3._bufferIndex += offset;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok2, nok) {
  let size = 0;
  return start;
  function start(code2) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code2);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open;
  }
  function open(code2) {
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return schemeOrEmailAtext;
    }
    if (code2 === 64) {
      return nok(code2);
    }
    return emailAtext(code2);
  }
  function schemeOrEmailAtext(code2) {
    if (code2 === 43 || code2 === 45 || code2 === 46 || asciiAlphanumeric(code2)) {
      size = 1;
      return schemeInsideOrEmailAtext(code2);
    }
    return emailAtext(code2);
  }
  function schemeInsideOrEmailAtext(code2) {
    if (code2 === 58) {
      effects.consume(code2);
      size = 0;
      return urlInside;
    }
    if ((code2 === 43 || code2 === 45 || code2 === 46 || asciiAlphanumeric(code2)) && size++ < 32) {
      effects.consume(code2);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code2);
  }
  function urlInside(code2) {
    if (code2 === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code2);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok2;
    }
    if (code2 === null || code2 === 32 || code2 === 60 || asciiControl(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return urlInside;
  }
  function emailAtext(code2) {
    if (code2 === 64) {
      effects.consume(code2);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code2)) {
      effects.consume(code2);
      return emailAtext;
    }
    return nok(code2);
  }
  function emailAtSignOrDot(code2) {
    return asciiAlphanumeric(code2) ? emailLabel(code2) : nok(code2);
  }
  function emailLabel(code2) {
    if (code2 === 46) {
      effects.consume(code2);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code2 === 62) {
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code2);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok2;
    }
    return emailValue(code2);
  }
  function emailValue(code2) {
    if ((code2 === 45 || asciiAlphanumeric(code2)) && size++ < 63) {
      const next = code2 === 45 ? emailValue : emailLabel;
      effects.consume(code2);
      return next;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok2, nok) {
  return start;
  function start(code2) {
    return markdownSpace(code2) ? factorySpace(effects, after, "linePrefix")(code2) : after(code2);
  }
  function after(code2) {
    return code2 === null || markdownLineEnding(code2) ? ok2(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code2) {
    if (code2 === 62) {
      const state = self.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code2);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    if (markdownSpace(code2)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code2);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok2;
    }
    effects.exit("blockQuotePrefix");
    return ok2(code2);
  }
}
function tokenizeBlockQuoteContinuation(effects, ok2, nok) {
  const self = this;
  return contStart;
  function contStart(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
    }
    return contBefore(code2);
  }
  function contBefore(code2) {
    return effects.attempt(blockQuote, ok2, nok)(code2);
  }
}
function exit(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok2, nok) {
  return start;
  function start(code2) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code2);
    effects.exit("escapeMarker");
    return inside;
  }
  function inside(code2) {
    if (asciiPunctuation(code2)) {
      effects.enter("characterEscapeValue");
      effects.consume(code2);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok2;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok2, nok) {
  const self = this;
  let size = 0;
  let max;
  let test;
  return start;
  function start(code2) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code2);
    effects.exit("characterReferenceMarker");
    return open;
  }
  function open(code2) {
    if (code2 === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code2);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value2(code2);
  }
  function numeric(code2) {
    if (code2 === 88 || code2 === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code2);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value2;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value2(code2);
  }
  function value2(code2) {
    if (code2 === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self.sliceSerialize(token))) {
        return nok(code2);
      }
      effects.enter("characterReferenceMarker");
      effects.consume(code2);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok2;
    }
    if (test(code2) && size++ < max) {
      effects.consume(code2);
      return value2;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};
var codeFenced = {
  concrete: true,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok2, nok) {
  const self = this;
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  let marker;
  return start;
  function start(code2) {
    return beforeSequenceOpen(code2);
  }
  function beforeSequenceOpen(code2) {
    const tail = self.events[self.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code2;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === marker) {
      sizeOpen++;
      effects.consume(code2);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code2);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code2) ? factorySpace(effects, infoBefore, "whitespace")(code2) : infoBefore(code2);
  }
  function infoBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("codeFencedFence");
      return self.interrupt ? ok2(code2) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code2);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code2);
  }
  function info(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code2);
    }
    if (code2 === 96 && code2 === marker) {
      return nok(code2);
    }
    effects.consume(code2);
    return info;
  }
  function metaBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return infoBefore(code2);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code2);
  }
  function meta(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code2);
    }
    if (code2 === 96 && code2 === marker) {
      return nok(code2);
    }
    effects.consume(code2);
    return meta;
  }
  function atNonLazyBreak(code2) {
    return effects.attempt(closeStart, after, contentBefore)(code2);
  }
  function contentBefore(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return contentStart;
  }
  function contentStart(code2) {
    return initialPrefix > 0 && markdownSpace(code2) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code2) : beforeContentChunk(code2);
  }
  function beforeContentChunk(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code2);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code2);
  }
  function contentChunk(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code2);
    }
    effects.consume(code2);
    return contentChunk;
  }
  function after(code2) {
    effects.exit("codeFenced");
    return ok2(code2);
  }
  function tokenizeCloseStart(effects2, ok3, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code2) {
      effects2.enter("lineEnding");
      effects2.consume(code2);
      effects2.exit("lineEnding");
      return start2;
    }
    function start2(code2) {
      effects2.enter("codeFencedFence");
      return markdownSpace(code2) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2) : beforeSequenceClose(code2);
    }
    function beforeSequenceClose(code2) {
      if (code2 === marker) {
        effects2.enter("codeFencedFenceSequence");
        return sequenceClose(code2);
      }
      return nok2(code2);
    }
    function sequenceClose(code2) {
      if (code2 === marker) {
        size++;
        effects2.consume(code2);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects2.exit("codeFencedFenceSequence");
        return markdownSpace(code2) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code2) : sequenceCloseAfter(code2);
      }
      return nok2(code2);
    }
    function sequenceCloseAfter(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects2.exit("codeFencedFence");
        return ok3(code2);
      }
      return nok2(code2);
    }
  }
}
function tokenizeNonLazyContinuation(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return lineStart;
  }
  function lineStart(code2) {
    return self.parser.lazy[self.now().line] ? nok(code2) : ok2(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
};
var furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code2) {
    effects.enter("codeIndented");
    return factorySpace(effects, afterPrefix, "linePrefix", 4 + 1)(code2);
  }
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4 ? atBreak(code2) : nok(code2);
  }
  function atBreak(code2) {
    if (code2 === null) {
      return after(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.attempt(furtherStart, atBreak, after)(code2);
    }
    effects.enter("codeFlowValue");
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("codeFlowValue");
      return atBreak(code2);
    }
    effects.consume(code2);
    return inside;
  }
  function after(code2) {
    effects.exit("codeIndented");
    return ok2(code2);
  }
}
function tokenizeFurtherStart(effects, ok2, nok) {
  const self = this;
  return furtherStart2;
  function furtherStart2(code2) {
    if (self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return furtherStart2;
    }
    return factorySpace(effects, afterPrefix, "linePrefix", 4 + 1)(code2);
  }
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4 ? ok2(code2) : markdownLineEnding(code2) ? furtherStart2(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous(code2) {
  return code2 !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok2, nok) {
  const self = this;
  let sizeOpen = 0;
  let size;
  let token;
  return start;
  function start(code2) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === 96) {
      effects.consume(code2);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between(code2);
  }
  function between(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 32) {
      effects.enter("space");
      effects.consume(code2);
      effects.exit("space");
      return between;
    }
    if (code2 === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code2);
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return between;
    }
    effects.enter("codeTextData");
    return data(code2);
  }
  function data(code2) {
    if (code2 === null || code2 === 32 || code2 === 96 || markdownLineEnding(code2)) {
      effects.exit("codeTextData");
      return between(code2);
    }
    effects.consume(code2);
    return data;
  }
  function sequenceClose(code2) {
    if (code2 === 96) {
      effects.consume(code2);
      size++;
      return sequenceClose;
    }
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok2(code2);
    }
    token.type = "codeTextData";
    return data(code2);
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [];
    this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length) {
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    }
    if (index2 < this.left.length) return this.left[index2];
    return this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    const stop = end === null || end === void 0 ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    const count = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
};
function chunkedPush(list2, right) {
  let chunkStart = 0;
  if (right.length < 1e4) {
    list2.push(...right);
  } else {
    while (chunkStart < right.length) {
      list2.push(...right.slice(chunkStart, chunkStart + 1e4));
      chunkStart += 1e4;
    }
  }
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  const jumps = {};
  let index2 = -1;
  let event;
  let lineIndex;
  let otherIndex;
  let otherEvent;
  let parameters;
  let subevents;
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index2 < events.length) {
    while (index2 in jumps) {
      index2 = jumps[index2];
    }
    event = events.get(index2);
    if (index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }
    if (event[0] === "enter") {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index2));
        index2 = jumps[index2];
        more = true;
      }
    } else if (event[1]._container) {
      otherIndex = index2;
      lineIndex = void 0;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === "enter") {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
        } else {
          break;
        }
      }
      if (lineIndex) {
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };
        parameters = events.slice(lineIndex, index2);
        parameters.unshift(event);
        events.splice(lineIndex, index2 - lineIndex + 1, parameters);
      }
    }
  }
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}
function subcontent(events, eventIndex) {
  const token = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  const jumps = [];
  const gaps = {};
  let stream;
  let previous4;
  let index2 = -1;
  let current = token;
  let adjust = 0;
  let start = 0;
  const breaks = [start];
  while (current) {
    while (events.get(++startPosition)[1] !== current) {
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous4) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = void 0;
      }
    }
    previous4 = current;
    current = current.next;
  }
  current = token;
  while (++index2 < childEvents.length) {
    if (
      // Find a void token that includes a break.
      childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line
    ) {
      start = index2 + 1;
      breaks.push(start);
      current._tokenizer = void 0;
      current.previous = void 0;
      current = current.next;
    }
  }
  tokenizer.events = [];
  if (current) {
    current._tokenizer = void 0;
    current.previous = void 0;
  } else {
    breaks.pop();
  }
  index2 = breaks.length;
  while (index2--) {
    const slice = childEvents.slice(breaks[index2], breaks[index2 + 1]);
    const start2 = startPositions.pop();
    jumps.push([start2, start2 + slice.length - 1]);
    events.splice(start2, 2, slice);
  }
  jumps.reverse();
  index2 = -1;
  while (++index2 < jumps.length) {
    gaps[adjust + jumps[index2][0]] = adjust + jumps[index2][1];
    adjust += jumps[index2][1] - jumps[index2][0] - 1;
  }
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content2 = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};
var continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  subtokenize(events);
  return events;
}
function tokenizeContent(effects, ok2) {
  let previous4;
  return chunkStart;
  function chunkStart(code2) {
    effects.enter("content");
    previous4 = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code2);
  }
  function chunkInside(code2) {
    if (code2 === null) {
      return contentEnd(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code2);
    }
    effects.consume(code2);
    return chunkInside;
  }
  function contentEnd(code2) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok2(code2);
  }
  function contentContinue(code2) {
    effects.consume(code2);
    effects.exit("chunkContent");
    previous4.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous4
    });
    previous4 = previous4.next;
    return chunkInside;
  }
}
function tokenizeContinuation(effects, ok2, nok) {
  const self = this;
  return startLookahead;
  function startLookahead(code2) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return nok(code2);
    }
    const tail = self.events[self.events.length - 1];
    if (!self.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok2(code2);
    }
    return effects.interrupt(self.parser.constructs.flow, nok, ok2)(code2);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok2, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  const limit = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;
  function start(code2) {
    if (code2 === 60) {
      effects.enter(type);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code2);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }
    if (code2 === null || code2 === 32 || code2 === 41 || asciiControl(code2)) {
      return nok(code2);
    }
    effects.enter(type);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code2);
  }
  function enclosedBefore(code2) {
    if (code2 === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code2);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type);
      return ok2;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code2);
  }
  function enclosed(code2) {
    if (code2 === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code2);
    }
    if (code2 === null || code2 === 60 || markdownLineEnding(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? enclosedEscape : enclosed;
  }
  function enclosedEscape(code2) {
    if (code2 === 60 || code2 === 62 || code2 === 92) {
      effects.consume(code2);
      return enclosed;
    }
    return enclosed(code2);
  }
  function raw(code2) {
    if (!balance && (code2 === null || code2 === 41 || markdownLineEndingOrSpace(code2))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type);
      return ok2(code2);
    }
    if (balance < limit && code2 === 40) {
      effects.consume(code2);
      balance++;
      return raw;
    }
    if (code2 === 41) {
      effects.consume(code2);
      balance--;
      return raw;
    }
    if (code2 === null || code2 === 32 || code2 === 40 || asciiControl(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? rawEscape : raw;
  }
  function rawEscape(code2) {
    if (code2 === 40 || code2 === 41 || code2 === 92) {
      effects.consume(code2);
      return raw;
    }
    return raw(code2);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok2, nok, type, markerType, stringType) {
  const self = this;
  let size = 0;
  let seen;
  return start;
  function start(code2) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code2);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }
  function atBreak(code2) {
    if (size > 999 || code2 === null || code2 === 91 || code2 === 93 && !seen || // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code2 === 94 && !size && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      effects.exit(type);
      return ok2;
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code2);
  }
  function labelInside(code2) {
    if (code2 === null || code2 === 91 || code2 === 93 || markdownLineEnding(code2) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code2);
    }
    effects.consume(code2);
    if (!seen) seen = !markdownSpace(code2);
    return code2 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return labelInside;
    }
    return labelInside(code2);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok2, nok, type, markerType, stringType) {
  let marker;
  return start;
  function start(code2) {
    if (code2 === 34 || code2 === 39 || code2 === 40) {
      effects.enter(type);
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      marker = code2 === 40 ? 41 : code2;
      return begin;
    }
    return nok(code2);
  }
  function begin(code2) {
    if (code2 === marker) {
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      effects.exit(type);
      return ok2;
    }
    effects.enter(stringType);
    return atBreak(code2);
  }
  function atBreak(code2) {
    if (code2 === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === marker || code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      return atBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? escape2 : inside;
  }
  function escape2(code2) {
    if (code2 === marker || code2 === 92) {
      effects.consume(code2);
      return inside;
    }
    return inside(code2);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok2) {
  let seen;
  return start;
  function start(code2) {
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code2);
    }
    return ok2(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition = {
  name: "definition",
  tokenize: tokenizeDefinition
};
var titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok2, nok) {
  const self = this;
  let identifier;
  return start;
  function start(code2) {
    effects.enter("definition");
    return before(code2);
  }
  function before(code2) {
    return factoryLabel.call(
      self,
      effects,
      labelAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code2);
  }
  function labelAfter(code2) {
    identifier = normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1));
    if (code2 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code2);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code2);
  }
  function markerAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, destinationBefore)(code2) : destinationBefore(code2);
  }
  function destinationBefore(code2) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code2);
  }
  function destinationAfter(code2) {
    return effects.attempt(titleBefore, after, after)(code2);
  }
  function after(code2) {
    return markdownSpace(code2) ? factorySpace(effects, afterWhitespace, "whitespace")(code2) : afterWhitespace(code2);
  }
  function afterWhitespace(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("definition");
      self.parser.defined.push(identifier);
      return ok2(code2);
    }
    return nok(code2);
  }
}
function tokenizeTitleBefore(effects, ok2, nok) {
  return titleBefore2;
  function titleBefore2(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, beforeMarker)(code2) : nok(code2);
  }
  function beforeMarker(code2) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code2);
  }
  function titleAfter(code2) {
    return markdownSpace(code2) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code2) : titleAfterOptionalWhitespace(code2);
  }
  function titleAfterOptionalWhitespace(code2) {
    return code2 === null || markdownLineEnding(code2) ? ok2(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok2, nok) {
  return start;
  function start(code2) {
    effects.enter("hardBreakEscape");
    effects.consume(code2);
    return after;
  }
  function after(code2) {
    if (markdownLineEnding(code2)) {
      effects.exit("hardBreakEscape");
      return ok2(code2);
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;
  let content3;
  let text4;
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    text4 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context], ["enter", text4, context], ["exit", text4, context], ["exit", content3, context]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok2, nok) {
  let size = 0;
  return start;
  function start(code2) {
    effects.enter("atxHeading");
    return before(code2);
  }
  function before(code2) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === 35 && size++ < 6) {
      effects.consume(code2);
      return sequenceOpen;
    }
    if (code2 === null || markdownLineEndingOrSpace(code2)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code2);
    }
    return nok(code2);
  }
  function atBreak(code2) {
    if (code2 === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("atxHeading");
      return ok2(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, atBreak, "whitespace")(code2);
    }
    effects.enter("atxHeadingText");
    return data(code2);
  }
  function sequenceFurther(code2) {
    if (code2 === 35) {
      effects.consume(code2);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code2);
  }
  function data(code2) {
    if (code2 === null || code2 === 35 || markdownLineEndingOrSpace(code2)) {
      effects.exit("atxHeadingText");
      return atBreak(code2);
    }
    effects.consume(code2);
    return data;
  }
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: true,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};
var blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};
var nonLazyContinuationStart = {
  partial: true,
  tokenize: tokenizeNonLazyContinuationStart
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  while (index2--) {
    if (events[index2][0] === "enter" && events[index2][1].type === "htmlFlow") {
      break;
    }
  }
  if (index2 > 1 && events[index2 - 2][1].type === "linePrefix") {
    events[index2][1].start = events[index2 - 2][1].start;
    events[index2 + 1][1].start = events[index2 - 2][1].start;
    events.splice(index2 - 2, 2);
  }
  return events;
}
function tokenizeHtmlFlow(effects, ok2, nok) {
  const self = this;
  let marker;
  let closingTag;
  let buffer;
  let index2;
  let markerB;
  return start;
  function start(code2) {
    return before(code2);
  }
  function before(code2) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code2);
    return open;
  }
  function open(code2) {
    if (code2 === 33) {
      effects.consume(code2);
      return declarationOpen;
    }
    if (code2 === 47) {
      effects.consume(code2);
      closingTag = true;
      return tagCloseStart;
    }
    if (code2 === 63) {
      effects.consume(code2);
      marker = 3;
      return self.interrupt ? ok2 : continuationDeclarationInside;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      buffer = String.fromCharCode(code2);
      return tagName;
    }
    return nok(code2);
  }
  function declarationOpen(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      marker = 2;
      return commentOpenInside;
    }
    if (code2 === 91) {
      effects.consume(code2);
      marker = 5;
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      marker = 4;
      return self.interrupt ? ok2 : continuationDeclarationInside;
    }
    return nok(code2);
  }
  function commentOpenInside(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return self.interrupt ? ok2 : continuationDeclarationInside;
    }
    return nok(code2);
  }
  function cdataOpenInside(code2) {
    const value2 = "CDATA[";
    if (code2 === value2.charCodeAt(index2++)) {
      effects.consume(code2);
      if (index2 === value2.length) {
        return self.interrupt ? ok2 : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code2);
  }
  function tagCloseStart(code2) {
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      buffer = String.fromCharCode(code2);
      return tagName;
    }
    return nok(code2);
  }
  function tagName(code2) {
    if (code2 === null || code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      const slash = code2 === 47;
      const name = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name)) {
        marker = 1;
        return self.interrupt ? ok2(code2) : continuation(code2);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code2);
          return basicSelfClosing;
        }
        return self.interrupt ? ok2(code2) : continuation(code2);
      }
      marker = 7;
      return self.interrupt && !self.parser.lazy[self.now().line] ? nok(code2) : closingTag ? completeClosingTagAfter(code2) : completeAttributeNameBefore(code2);
    }
    if (code2 === 45 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      buffer += String.fromCharCode(code2);
      return tagName;
    }
    return nok(code2);
  }
  function basicSelfClosing(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      return self.interrupt ? ok2 : continuation;
    }
    return nok(code2);
  }
  function completeClosingTagAfter(code2) {
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeClosingTagAfter;
    }
    return completeEnd(code2);
  }
  function completeAttributeNameBefore(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      return completeEnd;
    }
    if (code2 === 58 || code2 === 95 || asciiAlpha(code2)) {
      effects.consume(code2);
      return completeAttributeName;
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAttributeNameBefore;
    }
    return completeEnd(code2);
  }
  function completeAttributeName(code2) {
    if (code2 === 45 || code2 === 46 || code2 === 58 || code2 === 95 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code2);
  }
  function completeAttributeNameAfter(code2) {
    if (code2 === 61) {
      effects.consume(code2);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code2);
  }
  function completeAttributeValueBefore(code2) {
    if (code2 === null || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 34 || code2 === 39) {
      effects.consume(code2);
      markerB = code2;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code2);
  }
  function completeAttributeValueQuoted(code2) {
    if (code2 === markerB) {
      effects.consume(code2);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code2 === null || markdownLineEnding(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return completeAttributeValueQuoted;
  }
  function completeAttributeValueUnquoted(code2) {
    if (code2 === null || code2 === 34 || code2 === 39 || code2 === 47 || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96 || markdownLineEndingOrSpace(code2)) {
      return completeAttributeNameAfter(code2);
    }
    effects.consume(code2);
    return completeAttributeValueUnquoted;
  }
  function completeAttributeValueQuotedAfter(code2) {
    if (code2 === 47 || code2 === 62 || markdownSpace(code2)) {
      return completeAttributeNameBefore(code2);
    }
    return nok(code2);
  }
  function completeEnd(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      return completeAfter;
    }
    return nok(code2);
  }
  function completeAfter(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return continuation(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAfter;
    }
    return nok(code2);
  }
  function continuation(code2) {
    if (code2 === 45 && marker === 2) {
      effects.consume(code2);
      return continuationCommentInside;
    }
    if (code2 === 60 && marker === 1) {
      effects.consume(code2);
      return continuationRawTagOpen;
    }
    if (code2 === 62 && marker === 4) {
      effects.consume(code2);
      return continuationClose;
    }
    if (code2 === 63 && marker === 3) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    if (code2 === 93 && marker === 5) {
      effects.consume(code2);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code2) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("htmlFlowData");
      return continuationStart(code2);
    }
    effects.consume(code2);
    return continuation;
  }
  function continuationStart(code2) {
    return effects.check(nonLazyContinuationStart, continuationStartNonLazy, continuationAfter)(code2);
  }
  function continuationStartNonLazy(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return continuationBefore;
  }
  function continuationBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return continuationStart(code2);
    }
    effects.enter("htmlFlowData");
    return continuation(code2);
  }
  function continuationCommentInside(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    return continuation(code2);
  }
  function continuationRawTagOpen(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      buffer = "";
      return continuationRawEndTag;
    }
    return continuation(code2);
  }
  function continuationRawEndTag(code2) {
    if (code2 === 62) {
      const name = buffer.toLowerCase();
      if (htmlRawNames.includes(name)) {
        effects.consume(code2);
        return continuationClose;
      }
      return continuation(code2);
    }
    if (asciiAlpha(code2) && buffer.length < 8) {
      effects.consume(code2);
      buffer += String.fromCharCode(code2);
      return continuationRawEndTag;
    }
    return continuation(code2);
  }
  function continuationCdataInside(code2) {
    if (code2 === 93) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    return continuation(code2);
  }
  function continuationDeclarationInside(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      return continuationClose;
    }
    if (code2 === 45 && marker === 2) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    return continuation(code2);
  }
  function continuationClose(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code2);
    }
    effects.consume(code2);
    return continuationClose;
  }
  function continuationAfter(code2) {
    effects.exit("htmlFlow");
    return ok2(code2);
  }
}
function tokenizeNonLazyContinuationStart(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code2) {
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    return self.parser.lazy[self.now().line] ? nok(code2) : ok2(code2);
  }
}
function tokenizeBlankLineBefore(effects, ok2, nok) {
  return start;
  function start(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok2, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok2, nok) {
  const self = this;
  let marker;
  let index2;
  let returnState;
  return start;
  function start(code2) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code2);
    return open;
  }
  function open(code2) {
    if (code2 === 33) {
      effects.consume(code2);
      return declarationOpen;
    }
    if (code2 === 47) {
      effects.consume(code2);
      return tagCloseStart;
    }
    if (code2 === 63) {
      effects.consume(code2);
      return instruction;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return tagOpen;
    }
    return nok(code2);
  }
  function declarationOpen(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return commentOpenInside;
    }
    if (code2 === 91) {
      effects.consume(code2);
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return declaration;
    }
    return nok(code2);
  }
  function commentOpenInside(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return commentEnd;
    }
    return nok(code2);
  }
  function comment(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 45) {
      effects.consume(code2);
      return commentClose;
    }
    if (markdownLineEnding(code2)) {
      returnState = comment;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return comment;
  }
  function commentClose(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return commentEnd;
    }
    return comment(code2);
  }
  function commentEnd(code2) {
    return code2 === 62 ? end(code2) : code2 === 45 ? commentClose(code2) : comment(code2);
  }
  function cdataOpenInside(code2) {
    const value2 = "CDATA[";
    if (code2 === value2.charCodeAt(index2++)) {
      effects.consume(code2);
      return index2 === value2.length ? cdata : cdataOpenInside;
    }
    return nok(code2);
  }
  function cdata(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.consume(code2);
      return cdataClose;
    }
    if (markdownLineEnding(code2)) {
      returnState = cdata;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return cdata;
  }
  function cdataClose(code2) {
    if (code2 === 93) {
      effects.consume(code2);
      return cdataEnd;
    }
    return cdata(code2);
  }
  function cdataEnd(code2) {
    if (code2 === 62) {
      return end(code2);
    }
    if (code2 === 93) {
      effects.consume(code2);
      return cdataEnd;
    }
    return cdata(code2);
  }
  function declaration(code2) {
    if (code2 === null || code2 === 62) {
      return end(code2);
    }
    if (markdownLineEnding(code2)) {
      returnState = declaration;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return declaration;
  }
  function instruction(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 63) {
      effects.consume(code2);
      return instructionClose;
    }
    if (markdownLineEnding(code2)) {
      returnState = instruction;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return instruction;
  }
  function instructionClose(code2) {
    return code2 === 62 ? end(code2) : instruction(code2);
  }
  function tagCloseStart(code2) {
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return tagClose;
    }
    return nok(code2);
  }
  function tagClose(code2) {
    if (code2 === 45 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return tagClose;
    }
    return tagCloseBetween(code2);
  }
  function tagCloseBetween(code2) {
    if (markdownLineEnding(code2)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagCloseBetween;
    }
    return end(code2);
  }
  function tagOpen(code2) {
    if (code2 === 45 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return tagOpen;
    }
    if (code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      return tagOpenBetween(code2);
    }
    return nok(code2);
  }
  function tagOpenBetween(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      return end;
    }
    if (code2 === 58 || code2 === 95 || asciiAlpha(code2)) {
      effects.consume(code2);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagOpenBetween;
    }
    return end(code2);
  }
  function tagOpenAttributeName(code2) {
    if (code2 === 45 || code2 === 46 || code2 === 58 || code2 === 95 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code2);
  }
  function tagOpenAttributeNameAfter(code2) {
    if (code2 === 61) {
      effects.consume(code2);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code2);
  }
  function tagOpenAttributeValueBefore(code2) {
    if (code2 === null || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 34 || code2 === 39) {
      effects.consume(code2);
      marker = code2;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code2);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuoted(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      marker = void 0;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return tagOpenAttributeValueQuoted;
  }
  function tagOpenAttributeValueUnquoted(code2) {
    if (code2 === null || code2 === 34 || code2 === 39 || code2 === 60 || code2 === 61 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      return tagOpenBetween(code2);
    }
    effects.consume(code2);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuotedAfter(code2) {
    if (code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      return tagOpenBetween(code2);
    }
    return nok(code2);
  }
  function end(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok2;
    }
    return nok(code2);
  }
  function lineEndingBefore(code2) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }
  function lineEndingAfter(code2) {
    return markdownSpace(code2) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2) : lineEndingAfterPrefix(code2);
  }
  function lineEndingAfterPrefix(code2) {
    effects.enter("htmlTextData");
    return returnState(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};
var resourceConstruct = {
  tokenize: tokenizeResource
};
var referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
var referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1;
  const newEvents = [];
  while (++index2 < events.length) {
    const token = events[index2][1];
    newEvents.push(events[index2]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      const offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index2 += offset;
    }
  }
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}
function resolveToLabelEnd(events, context) {
  let index2 = events.length;
  let offset = 0;
  let token;
  let open;
  let close2;
  let media;
  while (index2--) {
    token = events[index2][1];
    if (open) {
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }
      if (events[index2][0] === "enter" && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close2) {
      if (events[index2][0] === "enter" && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open = index2;
        if (token.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close2 = index2;
    }
  }
  const group = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label4 = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close2][1].end
    }
  };
  const text4 = {
    type: "labelText",
    start: {
      ...events[open + offset + 2][1].end
    },
    end: {
      ...events[close2 - 2][1].start
    }
  };
  media = [["enter", group, context], ["enter", label4, context]];
  media = push(media, events.slice(open + 1, open + offset + 3));
  media = push(media, [["enter", text4, context]]);
  media = push(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + offset + 4, close2 - 3), context));
  media = push(media, [["exit", text4, context], events[close2 - 2], events[close2 - 1], ["exit", label4, context]]);
  media = push(media, events.slice(close2 + 1));
  media = push(media, [["exit", group, context]]);
  splice(events, open, events.length, media);
  return events;
}
function tokenizeLabelEnd(effects, ok2, nok) {
  const self = this;
  let index2 = self.events.length;
  let labelStart;
  let defined;
  while (index2--) {
    if ((self.events[index2][1].type === "labelImage" || self.events[index2][1].type === "labelLink") && !self.events[index2][1]._balanced) {
      labelStart = self.events[index2][1];
      break;
    }
  }
  return start;
  function start(code2) {
    if (!labelStart) {
      return nok(code2);
    }
    if (labelStart._inactive) {
      return labelEndNok(code2);
    }
    defined = self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code2);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }
  function after(code2) {
    if (code2 === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code2);
    }
    if (code2 === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code2);
    }
    return defined ? labelEndOk(code2) : labelEndNok(code2);
  }
  function referenceNotFull(code2) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code2);
  }
  function labelEndOk(code2) {
    return ok2(code2);
  }
  function labelEndNok(code2) {
    labelStart._balanced = true;
    return nok(code2);
  }
}
function tokenizeResource(effects, ok2, nok) {
  return resourceStart;
  function resourceStart(code2) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code2);
    effects.exit("resourceMarker");
    return resourceBefore;
  }
  function resourceBefore(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceOpen)(code2) : resourceOpen(code2);
  }
  function resourceOpen(code2) {
    if (code2 === 41) {
      return resourceEnd(code2);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code2);
  }
  function resourceDestinationAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceBetween)(code2) : resourceEnd(code2);
  }
  function resourceDestinationMissing(code2) {
    return nok(code2);
  }
  function resourceBetween(code2) {
    if (code2 === 34 || code2 === 39 || code2 === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code2);
    }
    return resourceEnd(code2);
  }
  function resourceTitleAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceEnd)(code2) : resourceEnd(code2);
  }
  function resourceEnd(code2) {
    if (code2 === 41) {
      effects.enter("resourceMarker");
      effects.consume(code2);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok2;
    }
    return nok(code2);
  }
}
function tokenizeReferenceFull(effects, ok2, nok) {
  const self = this;
  return referenceFull;
  function referenceFull(code2) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code2);
  }
  function referenceFullAfter(code2) {
    return self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok2(code2) : nok(code2);
  }
  function referenceFullMissing(code2) {
    return nok(code2);
  }
}
function tokenizeReferenceCollapsed(effects, ok2, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code2) {
    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code2);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code2) {
    if (code2 === 93) {
      effects.enter("referenceMarker");
      effects.consume(code2);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok2;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code2) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code2);
    effects.exit("labelImageMarker");
    return open;
  }
  function open(code2) {
    if (code2 === 91) {
      effects.enter("labelMarker");
      effects.consume(code2);
      effects.exit("labelMarker");
      effects.exit("labelImage");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    return code2 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs ? nok(code2) : ok2(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code2) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code2);
    effects.exit("labelMarker");
    effects.exit("labelLink");
    return after;
  }
  function after(code2) {
    return code2 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs ? nok(code2) : ok2(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok2) {
  return start;
  function start(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return factorySpace(effects, ok2, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok2, nok) {
  let size = 0;
  let marker;
  return start;
  function start(code2) {
    effects.enter("thematicBreak");
    return before(code2);
  }
  function before(code2) {
    marker = code2;
    return atBreak(code2);
  }
  function atBreak(code2) {
    if (code2 === marker) {
      effects.enter("thematicBreakSequence");
      return sequence(code2);
    }
    if (size >= 3 && (code2 === null || markdownLineEnding(code2))) {
      effects.exit("thematicBreak");
      return ok2(code2);
    }
    return nok(code2);
  }
  function sequence(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code2) ? factorySpace(effects, atBreak, "whitespace")(code2) : atBreak(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
};
var listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};
var indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok2, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;
  function start(code2) {
    const kind = self.containerState.type || (code2 === 42 || code2 === 43 || code2 === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code2 === self.containerState.marker : asciiDigit(code2)) {
      if (!self.containerState.type) {
        self.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code2 === 42 || code2 === 45 ? effects.check(thematicBreak, nok, atMarker)(code2) : atMarker(code2);
      }
      if (!self.interrupt || code2 === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code2);
      }
    }
    return nok(code2);
  }
  function inside(code2) {
    if (asciiDigit(code2) && ++size < 10) {
      effects.consume(code2);
      return inside;
    }
    if ((!self.interrupt || size < 2) && (self.containerState.marker ? code2 === self.containerState.marker : code2 === 41 || code2 === 46)) {
      effects.exit("listItemValue");
      return atMarker(code2);
    }
    return nok(code2);
  }
  function atMarker(code2) {
    effects.enter("listItemMarker");
    effects.consume(code2);
    effects.exit("listItemMarker");
    self.containerState.marker = self.containerState.marker || code2;
    return effects.check(
      blankLine,
      // Can’t be empty when interrupting.
      self.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code2) {
    self.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code2);
  }
  function otherPrefix(code2) {
    if (markdownSpace(code2)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code2);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code2);
  }
  function endOfPrefix(code2) {
    self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok2(code2);
  }
}
function tokenizeListContinuation(effects, ok2, nok) {
  const self = this;
  self.containerState._closeFlow = void 0;
  return effects.check(blankLine, onBlank, notBlank);
  function onBlank(code2) {
    self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine;
    return factorySpace(effects, ok2, "listItemIndent", self.containerState.size + 1)(code2);
  }
  function notBlank(code2) {
    if (self.containerState.furtherBlankLines || !markdownSpace(code2)) {
      self.containerState.furtherBlankLines = void 0;
      self.containerState.initialBlankLine = void 0;
      return notInCurrentItem(code2);
    }
    self.containerState.furtherBlankLines = void 0;
    self.containerState.initialBlankLine = void 0;
    return effects.attempt(indentConstruct, ok2, notInCurrentItem)(code2);
  }
  function notInCurrentItem(code2) {
    self.containerState._closeFlow = true;
    self.interrupt = void 0;
    return factorySpace(effects, effects.attempt(list, ok2, nok), "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
  }
}
function tokenizeIndent(effects, ok2, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self.containerState.size ? ok2(code2) : nok(code2);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok2, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4 + 1);
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code2) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok2(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context) {
  let index2 = events.length;
  let content3;
  let text4;
  let definition2;
  while (index2--) {
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      if (events[index2][1].type === "paragraph") {
        text4 = index2;
      }
    } else {
      if (events[index2][1].type === "content") {
        events.splice(index2, 1);
      }
      if (!definition2 && events[index2][1].type === "definition") {
        definition2 = index2;
      }
    }
  }
  const heading = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  events[text4][1].type = "setextHeadingText";
  if (definition2) {
    events.splice(text4, 0, ["enter", heading, context]);
    events.splice(definition2 + 1, 0, ["exit", events[content3][1], context]);
    events[content3][1].end = {
      ...events[definition2][1].end
    };
  } else {
    events[content3][1] = heading;
  }
  events.push(["exit", heading, context]);
  return events;
}
function tokenizeSetextUnderline(effects, ok2, nok) {
  const self = this;
  let marker;
  return start;
  function start(code2) {
    let index2 = self.events.length;
    let paragraph;
    while (index2--) {
      if (self.events[index2][1].type !== "lineEnding" && self.events[index2][1].type !== "linePrefix" && self.events[index2][1].type !== "content") {
        paragraph = self.events[index2][1].type === "paragraph";
        break;
      }
    }
    if (!self.parser.lazy[self.now().line] && (self.interrupt || paragraph)) {
      effects.enter("setextHeadingLine");
      marker = code2;
      return before(code2);
    }
    return nok(code2);
  }
  function before(code2) {
    effects.enter("setextHeadingLineSequence");
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code2) ? factorySpace(effects, after, "lineSuffix")(code2) : after(code2);
  }
  function after(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("setextHeadingLine");
      return ok2(code2);
    }
    return nok(code2);
  }
}

// node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content2, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code2);
    effects.exit("lineEndingBlank");
    self.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    self.currentConstruct = void 0;
    return initial;
  }
}

// node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string = initializeFactory("string");
var text = initializeFactory("text");
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self = this;
    const constructs2 = this.parser.constructs[field];
    const text4 = effects.attempt(constructs2, start, notText);
    return start;
    function start(code2) {
      return atBreak(code2) ? text4(code2) : notText(code2);
    }
    function notText(code2) {
      if (code2 === null) {
        effects.consume(code2);
        return;
      }
      effects.enter("data");
      effects.consume(code2);
      return data;
    }
    function data(code2) {
      if (atBreak(code2)) {
        effects.exit("data");
        return text4(code2);
      }
      effects.consume(code2);
      return data;
    }
    function atBreak(code2) {
      if (code2 === null) {
        return true;
      }
      const list2 = constructs2[code2];
      let index2 = -1;
      if (list2) {
        while (++index2 < list2.length) {
          const item = list2[index2];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index2 = -1;
    let enter;
    while (++index2 <= events.length) {
      if (enter === void 0) {
        if (events[index2] && events[index2][1].type === "data") {
          enter = index2;
          index2++;
        }
      } else if (!events[index2] || events[index2][1].type !== "data") {
        if (index2 !== enter + 2) {
          events[enter][1].end = events[index2 - 1][1].end;
          events.splice(enter + 2, index2 - enter - 2);
          index2 = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index2 = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index2--) {
        const chunk = chunks[index2];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) break;
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index2++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          events.splice(eventIndex, 0, ["enter", token, context], ["exit", token, context]);
          eventIndex += 2;
        }
      }
      eventIndex++;
    }
  }
  return events;
}

// node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document2,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string2,
  text: () => text2
});
var document2 = {
  [42]: list,
  [43]: list,
  [45]: list,
  [48]: list,
  [49]: list,
  [50]: list,
  [51]: list,
  [52]: list,
  [53]: list,
  [54]: list,
  [55]: list,
  [56]: list,
  [57]: list,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak,
  [45]: [setextUnderline, thematicBreak],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak,
  [96]: codeFenced,
  [126]: codeFenced
};
var string2 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text2 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention,
  [96]: codeText
};
var insideSpan = {
  null: [attention, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser4, initialize2, from) {
  let point3 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit: exit2,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser: parser4,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };
  let state = initialize2.tokenize.call(context, effects);
  let expectedCode;
  if (initialize2.resolveAll) {
    resolveAllConstructs.push(initialize2);
  }
  return context;
  function write(slice) {
    chunks = push(chunks, slice);
    main();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize2, 0);
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point3;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }
  function defineSkip(value2) {
    columnStart[value2.line] = value2.column;
    accountForPotentialSkip();
  }
  function main() {
    let chunkIndex;
    while (point3._index < chunks.length) {
      const chunk = chunks[point3._index];
      if (typeof chunk === "string") {
        chunkIndex = point3._index;
        if (point3._bufferIndex < 0) {
          point3._bufferIndex = 0;
        }
        while (point3._index === chunkIndex && point3._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point3._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code2) {
    consumed = void 0;
    expectedCode = code2;
    state = state(code2);
  }
  function consume(code2) {
    if (markdownLineEnding(code2)) {
      point3.line++;
      point3.column = 1;
      point3.offset += code2 === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code2 !== -1) {
      point3.column++;
      point3.offset++;
    }
    if (point3._bufferIndex < 0) {
      point3._index++;
    } else {
      point3._bufferIndex++;
      if (point3._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point3._index].length) {
        point3._bufferIndex = -1;
        point3._index++;
      }
    }
    context.previous = code2;
    consumed = true;
  }
  function enter(type, fields) {
    const token = fields || {};
    token.type = type;
    token.start = now();
    context.events.push(["enter", token, context]);
    stack.push(token);
    return token;
  }
  function exit2(type) {
    const token = stack.pop();
    token.end = now();
    context.events.push(["exit", token, context]);
    return token;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map2) {
        return start;
        function start(code2) {
          const left = code2 !== null && map2[code2];
          const all2 = code2 !== null && map2.null;
          const list2 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all2) ? all2 : all2 ? [all2] : []
          ];
          return handleListOfConstructs(list2)(code2);
        }
      }
      function handleListOfConstructs(list2) {
        listOfConstructs = list2;
        constructIndex = 0;
        if (list2.length === 0) {
          return bogusState;
        }
        return handleConstruct(list2[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code2) {
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }
          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code2);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a “live binding”, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok2,
            nok
          )(code2);
        }
      }
      function ok2(code2) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }
      function nok(code2) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point3 = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point3.line in columnStart && point3.column < 2) {
      point3.column = columnStart[point3.line];
      point3.offset += columnStart[point3.line] - 1;
    }
  }
}
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head = view[0];
      if (typeof head === "string") {
        view[0] = head.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index2 = -1;
  const result = [];
  let atTab;
  while (++index2 < chunks.length) {
    const chunk = chunks[index2];
    let value2;
    if (typeof chunk === "string") {
      value2 = chunk;
    } else switch (chunk) {
      case -5: {
        value2 = "\r";
        break;
      }
      case -4: {
        value2 = "\n";
        break;
      }
      case -3: {
        value2 = "\r\n";
        break;
      }
      case -2: {
        value2 = expandTabs ? " " : "	";
        break;
      }
      case -1: {
        if (!expandTabs && atTab) continue;
        value2 = " ";
        break;
      }
      default: {
        value2 = String.fromCharCode(chunk);
      }
    }
    atTab = chunk === -2;
    result.push(value2);
  }
  return result.join("");
}

// node_modules/micromark/lib/parse.js
function parse3(options) {
  const settings = options || {};
  const constructs2 = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser4 = {
    constructs: constructs2,
    content: create2(content),
    defined: [],
    document: create2(document),
    flow: create2(flow),
    lazy: {},
    string: create2(string),
    text: create2(text)
  };
  return parser4;
  function create2(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser4, initial, from);
    }
  }
}

// node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value2, encoding, end) {
    const chunks = [];
    let match;
    let next;
    let startPosition;
    let endPosition;
    let code2;
    value2 = buffer + (typeof value2 === "string" ? value2.toString() : new TextDecoder(encoding || void 0).decode(value2));
    startPosition = 0;
    buffer = "";
    if (start) {
      if (value2.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = void 0;
    }
    while (startPosition < value2.length) {
      search.lastIndex = startPosition;
      match = search.exec(value2);
      endPosition = match && match.index !== void 0 ? match.index : value2.length;
      code2 = value2.charCodeAt(endPosition);
      if (!match) {
        buffer = value2.slice(startPosition);
        break;
      }
      if (code2 === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value2.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code2) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            next = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next) chunks.push(-1);
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) chunks.push(-5);
      if (buffer) chunks.push(buffer);
      chunks.push(null);
    }
    return chunks;
  }
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value2) {
  return value2.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head = $2.charCodeAt(0);
  if (head === 35) {
    const head2 = $2.charCodeAt(1);
    const hex = head2 === 120 || head2 === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value2) {
  if (!value2 || typeof value2 !== "object") {
    return "";
  }
  if ("position" in value2 || "type" in value2) {
    return position(value2.position);
  }
  if ("start" in value2 || "end" in value2) {
    return position(value2);
  }
  if ("line" in value2 || "column" in value2) {
    return point(value2);
  }
  return "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value2) {
  return value2 && typeof value2 === "number" ? value2 : 1;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own2 = {}.hasOwnProperty;
function fromMarkdown(value2, encoding, options) {
  if (encoding && typeof encoding === "object") {
    options = encoding;
    encoding = void 0;
  }
  return compiler(options)(postprocess(parse3(options).document().write(preprocess()(value2, encoding, true))));
}
function compiler(options) {
  const config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener2(link),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener2(heading),
      blockQuote: opener2(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener2(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener2(codeFlow, buffer),
      codeText: opener2(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener2(definition2),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener2(emphasis),
      hardBreakEscape: opener2(hardBreak),
      hardBreakTrailing: opener2(hardBreak),
      htmlFlow: opener2(html, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener2(html, buffer),
      htmlTextData: onenterdata,
      image: opener2(image),
      label: buffer,
      link: opener2(link),
      listItem: opener2(listItem),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener2(list2, onenterlistordered),
      listUnordered: opener2(list2),
      paragraph: opener2(paragraph),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener2(heading),
      strong: opener2(strong),
      thematicBreak: opener2(thematicBreak2)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config, (options || {}).mdastExtensions || []);
  const data = {};
  return compile;
  function compile(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit: exit2,
      buffer,
      resume,
      data
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    while (++index2 < events.length) {
      const handler = config[events[index2][0]];
      if (events[index2][0] === "enter" && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (own2.call(handler, events[index2][1].type)) {
        handler[events[index2][1].type].call({
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (events[index2][0] === "exit" && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
    }
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler = tail[1] || defaultOnError;
      handler.call(context, void 0, tail[0]);
    }
    tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config.transforms.length) {
      tree = config.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context, token) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context, token);
    }
  }
  function prepareList(events, start) {
    const end = events.length - 1;
    let index2 = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem2;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem2 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem2) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem2._spread = true;
          }
          listItem2.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem2, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: void 0
          };
          listItem2 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start);
    let insertion = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index2) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener2(create2, and) {
    return open;
    function open(token) {
      enter.call(this, create2(token), token);
      if (and) and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings = parent.children;
    siblings.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token, errorHandler || void 0]);
    node2.position = {
      start: point2(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close2;
    function close2(token) {
      if (and) and.call(this, token);
      exit2.call(this, token);
    }
  }
  function exit2(token, onExitError) {
    const node2 = this.stack.pop();
    const open = this.tokenStack.pop();
    if (!open) {
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it\u2019s not open");
    }
    if (open[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open[0]);
      } else {
        const handler = open[1] || defaultOnError;
        handler.call(this, token, open[0]);
      }
    }
    node2.position.end = point2(token.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    const label4 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label4;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings = node2.children;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text4();
      tail.position = {
        start: point2(token.start),
        // @ts-expect-error: we’ll add `end` later.
        end: void 0
      };
      siblings.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point2(token.end);
  }
  function onexitlineending(token) {
    const context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point2(token.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    const string3 = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string3);
    ancestor.identifier = normalizeIdentifier(string3).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children = fragment.children;
      node2.children = children;
    } else {
      node2.alt = value2;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    const label4 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label4;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    const data2 = this.sliceSerialize(token);
    const type = this.data.characterReferenceType;
    let value2;
    if (type) {
      value2 = decodeNumericCharacterReference(data2, type === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value2 = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value2;
  }
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point2(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition2() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list2(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text4() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak2() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value2 = extensions[index2];
    if (Array.isArray(value2)) {
      configure(combined, value2);
    } else {
      extension(combined, value2);
    }
  }
}
function extension(combined, extension2) {
  let key;
  for (key in extension2) {
    if (own2.call(extension2, key)) {
      switch (key) {
        case "canContainEols": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key];
          if (right) {
            combined[key].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key];
          if (right) {
            Object.assign(combined[key], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/fault/index.js
var import_format = __toESM(require_format(), 1);
var fault = Object.assign(create(Error), {
  eval: create(EvalError),
  range: create(RangeError),
  reference: create(ReferenceError),
  syntax: create(SyntaxError),
  type: create(TypeError),
  uri: create(URIError)
});
function create(Constructor) {
  FormattedError.displayName = Constructor.displayName || Constructor.name;
  return FormattedError;
  function FormattedError(format, ...values) {
    const reason = format ? (0, import_format.default)(format, ...values) : format;
    return new Constructor(reason);
  }
}

// node_modules/micromark-extension-frontmatter/lib/to-matters.js
var own3 = {}.hasOwnProperty;
var markers = {
  yaml: "-",
  toml: "+"
};
function toMatters(options) {
  const result = [];
  let index2 = -1;
  const presetsOrMatters = Array.isArray(options) ? options : options ? [options] : ["yaml"];
  while (++index2 < presetsOrMatters.length) {
    result[index2] = matter(presetsOrMatters[index2]);
  }
  return result;
}
function matter(option) {
  let result = option;
  if (typeof result === "string") {
    if (!own3.call(markers, result)) {
      throw fault("Missing matter definition for `%s`", result);
    }
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result !== "object") {
    throw fault("Expected matter to be an object, not `%j`", result);
  }
  if (!own3.call(result, "type")) {
    throw fault("Missing `type` in matter `%j`", result);
  }
  if (!own3.call(result, "fence") && !own3.call(result, "marker")) {
    throw fault("Missing `marker` or `fence` in matter `%j`", result);
  }
  return result;
}

// node_modules/micromark-extension-frontmatter/lib/syntax.js
function frontmatter(options) {
  const matters = toMatters(options);
  const flow3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    const code2 = fence(matter2, "open").charCodeAt(0);
    const construct = createConstruct(matter2);
    const existing = flow3[code2];
    if (Array.isArray(existing)) {
      existing.push(construct);
    } else {
      flow3[code2] = [construct];
    }
  }
  return {
    flow: flow3
  };
}
function createConstruct(matter2) {
  const anywhere = matter2.anywhere;
  const frontmatterType = (
    /** @type {TokenType} */
    matter2.type
  );
  const fenceType = (
    /** @type {TokenType} */
    frontmatterType + "Fence"
  );
  const sequenceType = (
    /** @type {TokenType} */
    fenceType + "Sequence"
  );
  const valueType = (
    /** @type {TokenType} */
    frontmatterType + "Value"
  );
  const closingFenceConstruct = {
    tokenize: tokenizeClosingFence,
    partial: true
  };
  let buffer;
  let bufferIndex = 0;
  return {
    tokenize: tokenizeFrontmatter,
    concrete: true
  };
  function tokenizeFrontmatter(effects, ok2, nok) {
    const self = this;
    return start;
    function start(code2) {
      const position2 = self.now();
      if (
        // Indent not allowed.
        position2.column === 1 && // Normally, only allowed in first line.
        (position2.line === 1 || anywhere)
      ) {
        buffer = fence(matter2, "open");
        bufferIndex = 0;
        if (code2 === buffer.charCodeAt(bufferIndex)) {
          effects.enter(frontmatterType);
          effects.enter(fenceType);
          effects.enter(sequenceType);
          return openSequence(code2);
        }
      }
      return nok(code2);
    }
    function openSequence(code2) {
      if (bufferIndex === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code2)) {
          effects.enter("whitespace");
          return openSequenceWhitespace(code2);
        }
        return openAfter(code2);
      }
      if (code2 === buffer.charCodeAt(bufferIndex++)) {
        effects.consume(code2);
        return openSequence;
      }
      return nok(code2);
    }
    function openSequenceWhitespace(code2) {
      if (markdownSpace(code2)) {
        effects.consume(code2);
        return openSequenceWhitespace;
      }
      effects.exit("whitespace");
      return openAfter(code2);
    }
    function openAfter(code2) {
      if (markdownLineEnding(code2)) {
        effects.exit(fenceType);
        effects.enter("lineEnding");
        effects.consume(code2);
        effects.exit("lineEnding");
        buffer = fence(matter2, "close");
        bufferIndex = 0;
        return effects.attempt(closingFenceConstruct, after, contentStart);
      }
      return nok(code2);
    }
    function contentStart(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        return contentEnd(code2);
      }
      effects.enter(valueType);
      return contentInside(code2);
    }
    function contentInside(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects.exit(valueType);
        return contentEnd(code2);
      }
      effects.consume(code2);
      return contentInside;
    }
    function contentEnd(code2) {
      if (code2 === null) {
        return nok(code2);
      }
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return effects.attempt(closingFenceConstruct, after, contentStart);
    }
    function after(code2) {
      effects.exit(frontmatterType);
      return ok2(code2);
    }
  }
  function tokenizeClosingFence(effects, ok2, nok) {
    let bufferIndex2 = 0;
    return closeStart;
    function closeStart(code2) {
      if (code2 === buffer.charCodeAt(bufferIndex2)) {
        effects.enter(fenceType);
        effects.enter(sequenceType);
        return closeSequence(code2);
      }
      return nok(code2);
    }
    function closeSequence(code2) {
      if (bufferIndex2 === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code2)) {
          effects.enter("whitespace");
          return closeSequenceWhitespace(code2);
        }
        return closeAfter(code2);
      }
      if (code2 === buffer.charCodeAt(bufferIndex2++)) {
        effects.consume(code2);
        return closeSequence;
      }
      return nok(code2);
    }
    function closeSequenceWhitespace(code2) {
      if (markdownSpace(code2)) {
        effects.consume(code2);
        return closeSequenceWhitespace;
      }
      effects.exit("whitespace");
      return closeAfter(code2);
    }
    function closeAfter(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects.exit(fenceType);
        return ok2(code2);
      }
      return nok(code2);
    }
  }
}
function fence(matter2, prop) {
  return matter2.marker ? pick(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick(matter2.fence, prop)
  );
}
function pick(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/mdast-util-frontmatter/lib/index.js
function frontmatterFromMarkdown(options) {
  const matters = toMatters(options);
  const enter = {};
  const exit2 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    enter[matter2.type] = opener(matter2);
    exit2[matter2.type] = close;
    exit2[matter2.type + "Value"] = value;
  }
  return { enter, exit: exit2 };
}
function opener(matter2) {
  return open;
  function open(token) {
    this.enter({ type: matter2.type, value: "" }, token);
    this.buffer();
  }
}
function close(token) {
  const data = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok("value" in node2);
  this.exit(token);
  node2.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
}
function value(token) {
  this.config.enter.data.call(this, token);
  this.config.exit.data.call(this, token);
}

// src/plan/parse.ts
var import_yaml14 = __toESM(require_dist(), 1);

// src/util/sorted.ts
function firstIndexAbove(sorted, value2) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (sorted[mid] <= value2) low = mid + 1;
    else high = mid;
  }
  return low;
}

// src/plan/stub-leftovers.ts
var STUB_PLACEHOLDERS = [
  "ALERT_NAME",
  "BACKUP_LOCATION",
  "DASHBOARD_URL",
  "DATABASE_LOAD_DASHBOARD",
  "ESCALATION_CONTACT",
  "FAILOVER_COMMAND",
  "HEALTH_CHECK_COMMAND",
  "ONCALL_CHANNEL",
  "OUR_STATUS_PAGE",
  "OWNER",
  "PLACEHOLDERS",
  "PROVIDER_RUNBOOK_LINK",
  "PROVIDER_SUPPORT_LINK",
  "REPLICA_BUCKET",
  "REQUEUE_COMMAND",
  "RESTART_COMMAND",
  "RESTORE_COMMAND",
  "RESTORE_PROCEDURE_LINK",
  "RPO",
  "RTO",
  "START_WRITERS_COMMAND",
  "STATUS_PAGE_URL",
  "STOP_WRITERS_COMMAND"
];
var DRAFT_NOTE_WORDS = "Draft by Paramedic";
var PLACEHOLDER_SET = new Set(STUB_PLACEHOLDERS);
var ANGLE_NAME = /<([A-Z][A-Z0-9_]{2,40})>/g;
function stubLeftovers(body) {
  const found = [];
  if (body.includes(DRAFT_NOTE_WORDS)) found.push(`the "${DRAFT_NOTE_WORDS}" note`);
  const names = /* @__PURE__ */ new Set();
  for (const match of body.matchAll(ANGLE_NAME)) if (PLACEHOLDER_SET.has(match[1]) && match[1] !== "PLACEHOLDERS") names.add(match[1]);
  for (const name of names) found.push(`<${name}>`);
  return found;
}

// src/plan/parse.ts
var SCENARIO_PREFIX = /^(?:(?:(?:dr|disaster[ -]recovery)\s+)?(?:scenario|cen[aá]rio|escenario|sc[eé]nario|szenario|scenariusz|сценарий)\b|(?:runbook|playbook)\s*#?\d+\b|(?:시나리오|シナリオ|场景|場景|情景))\s*#?(?:\d+|[a-z](?=\s*[:.)\-–—]))?\s*[:.)\-–—]?\s*/i;
var NUMBERING = /^(?:\d+(?:\.\d+)*[.)]?|[A-Z][.)])\s+/;
var FAILURE_WORDS = /(?<![\p{L}\p{N}_])(outages?|fail(?:s|ed|ures?|ing)?|loss|lost|stuck|breach(?:es)?|compromised?|corrupt(?:ed|ion)?|down|unavailable|unreachable|crash(?:es|ed)?|disasters?|attacks?|ransomware|degradation|exhaust(?:ed|ion)|overload(?:ed)?|leak(?:s|ed)?|deleted|deletion|expired|falhas?|perda|corrup[cç][aã]o|corrompid[oa]|indispon[ií]ve(?:l|is)|indisponibilidade|queda|ataque|vazamento|dele[cç][aã]o|exclus[aã]o|fallos?|fallas?|ca[ií]da|p[eé]rdida|corrupci[oó]n|no disponible|brecha|borrado|eliminaci[oó]n|pannes?|perte|indisponible|attaque|fuite|suppression|ausfall|verlust|st[oö]rung|angriff|besch[aä]digt|[cç][oö]kme(?:si)?|kesinti(?:si)?|ar[ıi]za(?:s[ıi])?|kayb[ıi]|kay[ıi]p)(?![\p{L}])/iu;
var ACTION_WORDS = /\b(restore|restoring|restoration|recovery|recover|fail-?over|rollback|roll back|disaster recovery|DR (?:runbook|playbook|procedure)|kurtarma|geri y[uü]kleme|recupera[cç][aã]o|recuperaci[oó]n|recuperar|restaura[cç][aã]o|restauraci[oó]n|restaurar|restauration|restaurer|r[eé]tablissement|wiederherstellung)\b/i;
var CONTAINER_WORDS = /\b(procedures|workflows|playbooks|scenarios|runbooks|plan|cen[aá]rios|escenarios|sc[eé]narios|szenarien)\s*$/i;
var CONTAINER_LEADING = /^(?:procedimentos|procedimientos|proc[eé]dures|cen[aá]rios|escenarios|sc[eé]narios|szenarien|playbooks|runbooks)\b/i;
var SCENARIOS_CONTAINER = /\b(scenarios|cen[aá]rios|escenarios|sc[eé]narios|szenarien|playbooks|runbooks)\b/i;
var NOT_RECOVERY = /\b(objectives?|rto|rpo|sla|scope|test(?:s|ing)?|drills?|simulations?|templates?|communications?|contacts?|escalation|monitoring|alert(?:s|ing)?|triggers?|detection|post-incident|post-mortem|postmortem|post-recovery|lessons|review|priorit(?:y|ies)|table of contents|contents|overview|classification|checklist|schedule|appendi(?:x|ces)|glossary|prerequisites|documentation|compliance|synchroni[sz]ation|sync|metrics|architecture|inventory|tools?\s*(?:&|and)\s*scripts|required tools|tooling|scripts|cheat[- ]?sheet|reference|criteria|validation|verification|verified|history|training|testes?|pruebas?|essais?|simulacros?|simula[cç][aã]o|arquitetura|arquitectura|contatos|contactos|comunica[cç][aã]o|comunicaci[oó]n|escalonamento|monitoramento|monitoreo|objetivos|valida[cç][aã]o|verifica[cç][aã]o|validaci[oó]n|verificaci[oó]n|hist[oó]rico|auditoria)\b/i;
var TABLE_OF_CONTENTS = /^(?:table of )?contents$/i;
var STEP_TITLE = /^(?:phase|step|stage|fase|etapa|paso|passo|schritt|phasen?|[eé]tape)\s*\d+\b/i;
var NOT_A_SCENARIO_BESIDE = /\b(notes?|faq|links|resources|see also|summary|background|context|assumptions|requirements|dependencies|roles|responsibilities|owners?|changelog|setup|installation|install|deploy(?:ment|ing)?|configuration|access|environments?|variables|commands|purpose|introduction|getting started|notas|avisos)\b/i;
var RECOVERY_LABEL = /^[^\S\n\r\u2028\u2029]*(?:[-*+]\s+)?(?:\*\*|__)?(?:restore|restoring|recovery|recover|failover|fail over|rollback|roll back)(?: steps| procedure| process| plan)?(?:\*\*|__)?\s*:/im;
var BACKUP_TOPIC = /\b(?:backups?|snapshots?)\b/i;
var SEVERITY_WORD = /^(?:critical|high|medium|low|minor|major|moderate|severe|severity|priority|level|tier|urgent|normal|sev-?\d*|p\d|\d+)$/i;
function withoutParenthesised(text4) {
  let out = "";
  let at = 0;
  for (let open = text4.indexOf("(", at); open >= 0; open = text4.indexOf("(", at)) {
    const close2 = text4.indexOf(")", open + 1);
    if (close2 < 0) break;
    out += `${text4.slice(at, open)} `;
    at = close2 + 1;
  }
  return out + text4.slice(at);
}
function isSeverityClass(title) {
  const words = withoutParenthesised(title).split(/[\s:/–—-]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SEVERITY_WORD.test(w));
}
function bare(text4) {
  const words = text4.replace(/^[^\p{L}\p{N}]+/u, "");
  return words.replace(NUMBERING, "").trim();
}
var DRAFT_MARKER = "<!-- paramedic:draft";
var COVERS_HEAD = /^\s*paramedic:\s*covers\s+/i;
var COVERS_IDS = /^[a-z0-9][a-z0-9, -]*$/i;
function coversMarkers(html) {
  const out = [];
  for (let open = html.indexOf("<!--"); open >= 0; ) {
    const close2 = html.indexOf("-->", open + 4);
    if (close2 < 0) break;
    const head = COVERS_HEAD.exec(html.slice(open + 4, close2));
    const body = head ? html.slice(open + 4 + head[0].length, close2) : "";
    const separator = body.indexOf("--");
    const ids = (separator < 0 ? body : body.slice(0, separator)).trimEnd();
    if (head && COVERS_IDS.test(ids)) {
      out.push({ at: open, ids, ...separator < 0 ? {} : { reason: body.slice(separator + 2) } });
      open = html.indexOf("<!--", close2 + 3);
    } else {
      open = html.indexOf("<!--", open + 1);
    }
  }
  return out;
}
var LAST_UPDATED = /(?:last[\s_-]*(?:updated|reviewed|modified|revised|edited)|[uú]ltima[\s_-]*(?:atualiza[cç][aã]o|actualizaci[oó]n|revis[aã]o|revisi[oó]n)|zuletzt[\s_-]*(?:aktualisiert|ge[aä]ndert)|derni[eè]re[\s_-]*mise[\s_-]*[aà][\s_-]*jour)\**\s*(?:[:\-–]\s*)?(?:\*+\s*)?(?:\|\s*)?([^|\n<]+)/i;
var DATE_IN_TEXT = /\d{4}-\d{2}-\d{2}|\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4}|\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+\d{4}\b/i;
function statedDate(text4) {
  const found = DATE_IN_TEXT.exec(text4)?.[0];
  if (found) {
    const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(found);
    if (dmy && Number(dmy[1]) > 12) return `${dmy[3]}-${dmy[2].padStart(2, "0")}-${dmy[1].padStart(2, "0")}`;
    const plain = found.replace(/(\d)(?:st|nd|rd|th)\b/gi, "$1");
    if (!Number.isNaN(Date.parse(plain))) return plain;
  }
  return Number.isNaN(Date.parse(text4)) ? void 0 : text4;
}
function stripEmphasis(text4) {
  return stripTrailing(stripLeading(text4.replace(/\*/g, "").trim(), "_"), "_").trim();
}
function scenarioTitle(text4) {
  const lead = text4.replace(/^[^\p{L}\p{N}]+/u, "");
  const withoutPrefix = lead.replace(SCENARIO_PREFIX, "");
  const numbered = text4.replace(/^(\d+(?:\.\d+)*[.)]?)\s*[—–:|-]\s+/, "$1 ");
  const stripped = (withoutPrefix === lead ? numbered.replace(NUMBERING, "") : withoutPrefix).trim();
  return stripped || text4.trim();
}
function labelOf(paragraph) {
  const start = paragraph.position?.start.line;
  if (start === void 0 || paragraph.position.end.line !== start) return void 0;
  const text4 = toString(paragraph).trim();
  const emphasised = paragraph.children.length === 1 && (paragraph.children[0].type === "strong" || paragraph.children[0].type === "emphasis");
  const colon = /:$/.test(text4) && text4.split(/\s+/).length <= 8;
  return emphasised || colon ? (text4.endsWith(":") ? text4.slice(0, -1) : text4).trim() || void 0 : void 0;
}
var LINE_BREAK = /\r\n|\r|\n/;
function lineCount(text4) {
  return text4.split(LINE_BREAK).length;
}
var trees = /* @__PURE__ */ new WeakMap();
function parsedTree(plan) {
  return trees.get(plan);
}
function parsePlan(rawText, planPath, chosenBecause = "given") {
  const text4 = stripBom(rawText);
  const tree = fromMarkdown(text4, { extensions: [frontmatter(["yaml", "toml"])], mdastExtensions: [frontmatterFromMarkdown(["yaml", "toml"])] });
  const lines = text4.split(LINE_BREAK);
  const totalLines = lineCount(text4);
  const headings = [];
  const codes = [];
  const htmls = [];
  const orderedLists = [];
  let frontMatterUpdated;
  const visit4 = (node2) => {
    if (node2.type === "heading") headings.push({ node: node2, text: toString(node2).trim(), depth: node2.depth, line: node2.position.start.line, index: headings.length, parent: null });
    else if (node2.type === "code") codes.push(node2);
    else if (node2.type === "html") htmls.push(node2);
    else if (node2.type === "list" && node2.ordered) orderedLists.push(node2.position.start.line);
    else if (node2.type === "yaml" && yamlShapeProblem(node2.value) === void 0) {
      try {
        const data = (0, import_yaml14.parse)(node2.value, { uniqueKeys: false });
        const key = ["last_updated", "lastUpdated", "last-updated", "updated", "last_modified", "lastmod", "last_reviewed", "lastReviewed", "updated_at"].find((k) => data?.[k]);
        if (key) {
          const value2 = data[key];
          const offset = node2.value.split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`));
          frontMatterUpdated = { date: value2 instanceof Date ? value2.toISOString().slice(0, 10) : String(value2), line: node2.position.start.line + 1 + Math.max(0, offset) };
        }
      } catch {
      }
    }
    if ("children" in node2) for (const child of node2.children) visit4(child);
  };
  visit4(tree);
  const stack = [];
  for (const h of headings) {
    while (stack.length && stack[stack.length - 1].depth >= h.depth) stack.pop();
    h.parent = stack.length ? stack[stack.length - 1].index : null;
    stack.push(h);
  }
  const nextPeer = headings.map(() => headings.length);
  const kidsOf = headings.map(() => []);
  {
    const open = [];
    for (const h of headings) {
      while (open.length && open[open.length - 1].depth >= h.depth) nextPeer[open.pop().index] = h.index;
      open.push(h);
      if (h.parent !== null) kidsOf[h.parent].push(h);
    }
  }
  const endLineOf = (h) => {
    const next = headings[nextPeer[h.index]];
    return next ? next.line - 1 : totalLines;
  };
  const ancestors = (h) => {
    const out = [];
    for (let p = h.parent; p !== null; p = headings[p].parent) out.push(headings[p]);
    return out;
  };
  const descendants = (h) => headings.slice(h.index + 1, nextPeer[h.index]);
  const children = (h) => kidsOf[h.index];
  const hasPrefix = (h) => SCENARIO_PREFIX.test(bare(h.text));
  const notRecovery = (h) => NOT_RECOVERY.test(h.text) || ancestors(h).some((a) => a.depth > 1 && NOT_RECOVERY.test(a.text) && !TABLE_OF_CONTENTS.test(scenarioTitle(a.text)));
  const isContainer = (h) => CONTAINER_WORDS.test(h.text) || CONTAINER_LEADING.test(bare(h.text));
  const isPhased = (h) => {
    const kids = children(h);
    return kids.length >= 2 && kids.filter((k) => STEP_TITLE.test(bare(k.text))).length * 2 > kids.length;
  };
  const makesGroup = (d) => !STEP_TITLE.test(bare(d.text)) && (hasPrefix(d) || FAILURE_WORDS.test(d.text) && !NOT_RECOVERY.test(d.text));
  const titleIndex = headings.some((x) => x.depth === 1) ? -1 : 0;
  const isCandidate = (h) => {
    if (hasPrefix(h)) return true;
    if (h.depth === 1 || h.index === titleIndex && headings.length > 1) return false;
    if (notRecovery(h)) return false;
    const parent = h.parent !== null ? headings[h.parent] : void 0;
    if (parent && parent.depth > 1 && SCENARIOS_CONTAINER.test(parent.text) && !hasPrefix(parent)) return !isSeverityClass(bare(h.text));
    if (isContainer(h) && descendants(h).length > 0) return isPhased(h) && (ACTION_WORDS.test(h.text) || FAILURE_WORDS.test(h.text));
    if (FAILURE_WORDS.test(h.text)) return true;
    if (ACTION_WORDS.test(h.text)) {
      return !descendants(h).some(makesGroup);
    }
    return false;
  };
  const stepLines = [...orderedLists, ...codes.map((c) => c.position.start.line)].sort((a, b) => a - b);
  const hasSteps = (h) => {
    const next = stepLines[firstIndexAbove(stepLines, h.line)];
    return next !== void 0 && next <= endLineOf(h);
  };
  const taken = /* @__PURE__ */ new Set();
  for (const h of headings) {
    if (ancestors(h).some((a) => taken.has(a.index))) continue;
    if (isCandidate(h)) taken.add(h.index);
  }
  const numbered = (x) => NUMBERING.test(x.text.replace(/^[^\p{L}\p{N}]+/u, ""));
  const roots = headings.filter((o) => o.parent === null);
  for (const h of headings) {
    if (taken.has(h.index) || descendants(h).length > 0) continue;
    const parent = h.parent !== null ? headings[h.parent] : void 0;
    const siblings = parent ? children(parent) : roots;
    const underTitle = !parent || parent.depth < 2;
    if (underTitle && !numbered(h)) continue;
    if (ancestors(h).some((a) => taken.has(a.index)) || notRecovery(h) || isContainer(h) || isSeverityClass(bare(h.text)) || NOT_A_SCENARIO_BESIDE.test(h.text)) continue;
    if (BACKUP_TOPIC.test(h.text) && !ACTION_WORDS.test(h.text)) continue;
    if (siblings.some((sibling) => taken.has(sibling.index) && (!underTitle || numbered(sibling))) && hasSteps(h)) taken.add(h.index);
  }
  for (const h of headings) {
    if (taken.has(h.index) || h.depth === 1 || h.index === titleIndex || descendants(h).length > 0 || !hasSteps(h)) continue;
    if (ancestors(h).some((a) => taken.has(a.index)) || notRecovery(h) || isContainer(h) || BACKUP_TOPIC.test(h.text) || NOT_A_SCENARIO_BESIDE.test(h.text)) continue;
    if (RECOVERY_LABEL.test(lines.slice(h.line, endLineOf(h)).join("\n"))) taken.add(h.index);
  }
  const codeStarts = codes.map((c) => c.position.start.line);
  const makeScenario = (heading, depth, line, endLine, context) => {
    const body = lines.slice(line, endLine).join("\n");
    const codeBlocks2 = codes.slice(firstIndexAbove(codeStarts, line), firstIndexAbove(codeStarts, endLine)).map((c) => {
      const fenceLine = c.position.start.line;
      const fenced = /^\s*(```|~~~)/.test(lines[fenceLine - 1] ?? "");
      return { lang: (c.lang ?? "").toLowerCase(), value: c.value, fenceLine, firstLine: fenced ? fenceLine + 1 : fenceLine };
    });
    const draft = body.includes(DRAFT_MARKER);
    const leftovers = draft ? [] : stubLeftovers(body);
    return { title: scenarioTitle(heading), heading, depth, line, endLine, body, codeBlocks: codeBlocks2, draft, ...leftovers.length ? { stubLeftovers: leftovers } : {}, ...context ? { context } : {} };
  };
  const contextOf = (h) => {
    const parent = h.parent !== null ? headings[h.parent] : void 0;
    return parent && parent.depth > 1 ? parent.text : void 0;
  };
  const scenarios = headings.filter((h) => taken.has(h.index)).map((h) => makeScenario(h.text, h.depth, h.line, endLineOf(h), contextOf(h)));
  if (scenarios.length === 0) {
    const labels = tree.children.flatMap((node2) => {
      const label4 = node2.type === "paragraph" ? labelOf(node2) : void 0;
      return label4 ? [{ text: label4, line: node2.position.start.line }] : [];
    });
    let h = -1;
    const found = [];
    labels.forEach((label4, i) => {
      while (h + 1 < headings.length && headings[h + 1].line < label4.line) h++;
      const enclosing = h >= 0 ? headings[h] : void 0;
      if (enclosing && notRecovery(enclosing)) return;
      const isScenario = SCENARIO_PREFIX.test(bare(label4.text)) || !NOT_RECOVERY.test(label4.text) && (FAILURE_WORDS.test(label4.text) || ACTION_WORDS.test(label4.text));
      if (!isScenario) return;
      const nextHeading = headings[h + 1]?.line ?? totalLines + 1;
      const nextLabel = labels[i + 1]?.line ?? totalLines + 1;
      found.push({ text: label4.text, line: label4.line, depth: (enclosing?.depth ?? 1) + 1, end: Math.min(nextHeading, nextLabel) - 1 });
    });
    const last = found[found.length - 1];
    if (last) last.end = (headings.find((x) => x.line > last.line)?.line ?? totalLines + 1) - 1;
    for (const f of found) scenarios.push(makeScenario(f.text, f.depth, f.line, f.end));
  }
  const markers2 = [];
  for (const html of htmls) {
    const lines2 = new LineIndex(html.value);
    for (const m of coversMarkers(html.value)) {
      markers2.push({
        ids: m.ids.split(/[,\s]+/).map((s) => s.trim().toLowerCase()).filter(Boolean),
        reason: (m.reason ?? "").trim(),
        line: html.position.start.line + lines2.lineAt(m.at) - 1
      });
    }
  }
  let lastUpdated = frontMatterUpdated;
  if (!lastUpdated) {
    const inCode = /* @__PURE__ */ new Set();
    for (const c of codes) for (let l = c.position.start.line; l <= c.position.end.line; l++) inCode.add(l);
    for (let i = 0; i < lines.length && !lastUpdated; i++) {
      if (inCode.has(i + 1)) continue;
      const m = LAST_UPDATED.exec(lines[i]);
      const date = m ? statedDate(stripEmphasis(m[1])) : void 0;
      if (date) lastUpdated = { date, line: i + 1 };
    }
  }
  const plan = { path: planPath, chosenBecause, text: rawText, scenarios, markers: markers2, ...lastUpdated ? { lastUpdated } : {} };
  trees.set(plan, tree);
  return plan;
}

// src/lint/document.ts
function readPlanDocument(plan) {
  const text4 = stripBom(plan.text);
  const tree = parsedTree(plan) ?? fromMarkdown(text4, {
    extensions: [frontmatter(["yaml", "toml"])],
    mdastExtensions: [frontmatterFromMarkdown(["yaml", "toml"])]
  });
  const nodes = [];
  const visit4 = (node2) => {
    nodes.push(node2);
    if ("children" in node2) for (const child of node2.children) visit4(child);
  };
  visit4(tree);
  return { plan, tree, lines: text4.split(LINE_BREAK), nodes, nodeLines: nodes.map(startLine) };
}
function startLine(node2) {
  return node2.position?.start.line ?? 1;
}
function scenarioNodes(doc, scenario) {
  const lines = doc.nodeLines ?? doc.nodes.map(startLine);
  return doc.nodes.slice(firstIndexAbove(lines, scenario.line), firstIndexAbove(lines, scenario.endLine)).filter((n) => n.type !== "root");
}
function quote(text4, max = 60) {
  const flat = text4.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
function codeTexts(doc) {
  const out = [];
  for (const block of codeBlocks(doc)) block.value.split("\n").forEach((text4, i) => out.push({ line: block.firstLine + i, text: text4 }));
  for (const node2 of doc.nodes) if (node2.type === "inlineCode" && node2.position) out.push({ line: node2.position.start.line, text: node2.value });
  return out;
}
function codeBlocks(doc) {
  const out = [];
  for (const node2 of doc.nodes) {
    if (node2.type !== "code" || !node2.position) continue;
    const fenceLine = node2.position.start.line;
    const fenced = /^\s*(```|~~~)/.test(doc.lines[fenceLine - 1] ?? "");
    out.push({ lang: (node2.lang ?? "").toLowerCase(), value: node2.value, fenceLine, firstLine: fenced ? fenceLine + 1 : fenceLine });
  }
  return out;
}

// src/lint/markdownlint.ts
import { existsSync as existsSync3 } from "node:fs";
import path10 from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
import { Worker } from "node:worker_threads";

// node_modules/markdownlint/lib/node-imports-node.mjs
import { access, accessSync, readFile as readFile4, readFileSync as readFileSync4 } from "node:fs";
var fs2 = { access, accessSync, readFile: readFile4, readFileSync: readFileSync4 };

// node_modules/markdownlint/lib/cache.mjs
var import_helpers = __toESM(require_helpers(), 1);
var import_micromark_helpers = __toESM(require_micromark_helpers(), 1);
var map = /* @__PURE__ */ new Map();
var params = void 0;
function initialize(p) {
  map.clear();
  params = p;
}
function micromarkTokens() {
  return params?.parsers.micromark.tokens || [];
}
function getCached(name, getValue) {
  if (map.has(name)) {
    return map.get(name);
  }
  const value2 = getValue();
  map.set(name, value2);
  return value2;
}
function filterByTypesCached(types, htmlFlow2) {
  return getCached(
    // eslint-disable-next-line prefer-rest-params
    JSON.stringify(arguments),
    () => (0, import_micromark_helpers.filterByTypes)(micromarkTokens(), types, htmlFlow2)
  );
}
function getReferenceLinkImageData() {
  return getCached(
    getReferenceLinkImageData.name,
    () => (0, import_helpers.getReferenceLinkImageData)(micromarkTokens())
  );
}

// node_modules/markdownlint/lib/constants.mjs
var homepage = "https://github.com/DavidAnson/markdownlint";
var version = "0.40.0";

// node_modules/markdownlint/lib/markdownlint.mjs
var import_defer_require = __toESM(require_defer_require(), 1);
var import_resolve_module = __toESM(require_resolve_module(), 1);

// node_modules/markdownlint/lib/md001.mjs
var import_helpers2 = __toESM(require_helpers(), 1);
var import_micromark_helpers2 = __toESM(require_micromark_helpers(), 1);
var md001_default = {
  "names": ["MD001", "heading-increment"],
  "description": "Heading levels should only increment by one level at a time",
  "tags": ["headings"],
  "parser": "micromark",
  "function": function MD001(params2, onError) {
    const hasTitle = (0, import_helpers2.frontMatterHasTitle)(
      params2.frontMatterLines,
      params2.config.front_matter_title
    );
    let prevLevel = hasTitle ? 1 : Number.MAX_SAFE_INTEGER;
    for (const heading of filterByTypesCached(["atxHeading", "setextHeading"])) {
      const level = (0, import_micromark_helpers2.getHeadingLevel)(heading);
      if (level > prevLevel) {
        (0, import_helpers2.addErrorDetailIf)(
          onError,
          heading.startLine,
          `h${prevLevel + 1}`,
          `h${level}`
        );
      }
      prevLevel = level;
    }
  }
};

// node_modules/markdownlint/lib/md003.mjs
var import_helpers3 = __toESM(require_helpers(), 1);
var import_micromark_helpers3 = __toESM(require_micromark_helpers(), 1);
var md003_default = {
  "names": ["MD003", "heading-style"],
  "description": "Heading style",
  "tags": ["headings"],
  "parser": "micromark",
  "function": function MD003(params2, onError) {
    let style = String(params2.config.style || "consistent");
    for (const heading of filterByTypesCached(["atxHeading", "setextHeading"])) {
      const styleForToken = (0, import_micromark_helpers3.getHeadingStyle)(heading);
      if (style === "consistent") {
        style = styleForToken;
      }
      if (styleForToken !== style) {
        const h12 = (0, import_micromark_helpers3.getHeadingLevel)(heading) <= 2;
        const setextWithAtx = style === "setext_with_atx" && (h12 && styleForToken === "setext" || !h12 && styleForToken === "atx");
        const setextWithAtxClosed = style === "setext_with_atx_closed" && (h12 && styleForToken === "setext" || !h12 && styleForToken === "atx_closed");
        if (!setextWithAtx && !setextWithAtxClosed) {
          let expected = style;
          if (style === "setext_with_atx") {
            expected = h12 ? "setext" : "atx";
          } else if (style === "setext_with_atx_closed") {
            expected = h12 ? "setext" : "atx_closed";
          }
          (0, import_helpers3.addErrorDetailIf)(
            onError,
            heading.startLine,
            expected,
            styleForToken
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md004.mjs
var import_helpers4 = __toESM(require_helpers(), 1);
var import_micromark_helpers4 = __toESM(require_micromark_helpers(), 1);
var markerToStyle = (marker) => marker === "-" ? "dash" : marker === "+" ? "plus" : "asterisk";
var styleToMarker = (style) => style === "dash" ? "-" : style === "plus" ? "+" : "*";
var differentItemStyle = (style) => style === "dash" ? "plus" : style === "plus" ? "asterisk" : "dash";
var validStyles = /* @__PURE__ */ new Set([
  "asterisk",
  "consistent",
  "dash",
  "plus",
  "sublist"
]);
var md004_default = {
  "names": ["MD004", "ul-style"],
  "description": "Unordered list style",
  "tags": ["bullet", "ul"],
  "parser": "micromark",
  "function": function MD004(params2, onError) {
    const style = String(params2.config.style || "consistent");
    let expectedStyle = validStyles.has(style) ? style : "dash";
    const nestingStyles = [];
    for (const listUnordered of filterByTypesCached(["listUnordered"])) {
      let nesting = 0;
      if (style === "sublist") {
        let parent = listUnordered;
        while (parent = (0, import_micromark_helpers4.getParentOfType)(parent, ["listOrdered", "listUnordered"])) {
          nesting++;
        }
      }
      const listItemMarkers = (0, import_micromark_helpers4.getDescendantsByType)(listUnordered, ["listItemPrefix", "listItemMarker"]);
      for (const listItemMarker of listItemMarkers) {
        const itemStyle = markerToStyle(listItemMarker.text);
        if (style === "sublist") {
          if (!nestingStyles[nesting]) {
            nestingStyles[nesting] = itemStyle === nestingStyles[nesting - 1] ? differentItemStyle(itemStyle) : itemStyle;
          }
          expectedStyle = nestingStyles[nesting];
        } else if (expectedStyle === "consistent") {
          expectedStyle = itemStyle;
        }
        const column = listItemMarker.startColumn;
        const length = listItemMarker.endColumn - listItemMarker.startColumn;
        (0, import_helpers4.addErrorDetailIf)(
          onError,
          listItemMarker.startLine,
          expectedStyle,
          itemStyle,
          void 0,
          void 0,
          [column, length],
          {
            "editColumn": column,
            "deleteCount": length,
            "insertText": styleToMarker(expectedStyle)
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md005.mjs
var import_helpers5 = __toESM(require_helpers(), 1);
var md005_default = {
  "names": ["MD005", "list-indent"],
  "description": "Inconsistent indentation for list items at the same level",
  "tags": ["bullet", "ul", "indentation"],
  "parser": "micromark",
  "function": function MD005(params2, onError) {
    for (const list2 of filterByTypesCached(["listOrdered", "listUnordered"])) {
      const expectedIndent = list2.startColumn - 1;
      let expectedEnd = 0;
      let endMatching = false;
      const listItemPrefixes = list2.children.filter((token) => token.type === "listItemPrefix");
      for (const listItemPrefix of listItemPrefixes) {
        const lineNumber = listItemPrefix.startLine;
        const actualIndent = listItemPrefix.startColumn - 1;
        const range = [1, listItemPrefix.endColumn - 1];
        if (list2.type === "listUnordered") {
          (0, import_helpers5.addErrorDetailIf)(
            onError,
            lineNumber,
            expectedIndent,
            actualIndent,
            void 0,
            void 0,
            range
            // No fixInfo; MD007 handles this scenario better
          );
        } else {
          const markerLength = listItemPrefix.text.trim().length;
          const actualEnd = listItemPrefix.startColumn + markerLength - 1;
          expectedEnd = expectedEnd || actualEnd;
          if (expectedIndent !== actualIndent || endMatching) {
            if (expectedEnd === actualEnd) {
              endMatching = true;
            } else {
              const detail = endMatching ? `Expected: (${expectedEnd}); Actual: (${actualEnd})` : `Expected: ${expectedIndent}; Actual: ${actualIndent}`;
              const expected = endMatching ? expectedEnd - markerLength : expectedIndent;
              const actual = endMatching ? actualEnd - markerLength : actualIndent;
              (0, import_helpers5.addError)(
                onError,
                lineNumber,
                detail,
                void 0,
                range,
                {
                  "editColumn": Math.min(actual, expected) + 1,
                  "deleteCount": Math.max(actual - expected, 0),
                  "insertText": "".padEnd(Math.max(expected - actual, 0))
                }
              );
            }
          }
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md007.mjs
var import_helpers6 = __toESM(require_helpers(), 1);
var import_micromark_helpers5 = __toESM(require_micromark_helpers(), 1);
var unorderedListTypes = ["blockQuotePrefix", "listItemPrefix", "listUnordered"];
var unorderedParentTypes = ["blockQuote", "listOrdered", "listUnordered"];
var md007_default = {
  "names": ["MD007", "ul-indent"],
  "description": "Unordered list indentation",
  "tags": ["bullet", "ul", "indentation"],
  "parser": "micromark",
  "function": function MD007(params2, onError) {
    const indent2 = Number(params2.config.indent || 2);
    const startIndented = !!params2.config.start_indented;
    const startIndent = Number(params2.config.start_indent || indent2);
    const unorderedListNesting = /* @__PURE__ */ new Map();
    let lastBlockQuotePrefix = null;
    const tokens = filterByTypesCached(unorderedListTypes);
    for (const token of tokens) {
      const { endColumn, parent, startColumn, startLine: startLine2, type } = token;
      if (type === "blockQuotePrefix") {
        lastBlockQuotePrefix = token;
      } else if (type === "listUnordered") {
        let nesting = 0;
        let current = token;
        while (
          // @ts-ignore
          current = (0, import_micromark_helpers5.getParentOfType)(current, unorderedParentTypes)
        ) {
          if (current.type === "listUnordered") {
            nesting++;
            continue;
          } else if (current.type === "listOrdered") {
            nesting = -1;
          }
          break;
        }
        if (nesting >= 0) {
          unorderedListNesting.set(token, nesting);
        }
      } else {
        const nesting = unorderedListNesting.get(parent);
        if (nesting !== void 0) {
          const baseIndent = (0, import_micromark_helpers5.getParentOfType)(token, ["gfmFootnoteDefinition"]) ? 4 : 0;
          const expectedIndent = baseIndent + (startIndented ? startIndent : 0) + nesting * indent2;
          const blockQuoteAdjustment = lastBlockQuotePrefix?.endLine === startLine2 ? lastBlockQuotePrefix.endColumn - 1 : 0;
          const actualIndent = startColumn - 1 - blockQuoteAdjustment;
          const range = [1, endColumn - 1];
          const fixInfo = {
            "editColumn": startColumn - actualIndent,
            "deleteCount": Math.max(actualIndent - expectedIndent, 0),
            "insertText": "".padEnd(Math.max(expectedIndent - actualIndent, 0))
          };
          (0, import_helpers6.addErrorDetailIf)(
            onError,
            startLine2,
            expectedIndent,
            actualIndent,
            void 0,
            void 0,
            range,
            fixInfo
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md009.mjs
var import_helpers7 = __toESM(require_helpers(), 1);
var import_micromark_helpers6 = __toESM(require_micromark_helpers(), 1);
var md009_default = {
  "names": ["MD009", "no-trailing-spaces"],
  "description": "Trailing spaces",
  "tags": ["whitespace"],
  "parser": "micromark",
  "function": function MD009(params2, onError) {
    let brSpaces = params2.config.br_spaces;
    brSpaces = Number(brSpaces === void 0 ? 2 : brSpaces);
    const codeBlocks2 = params2.config.code_blocks;
    const includeCode = codeBlocks2 === void 0 ? false : !!codeBlocks2;
    const listItemEmptyLines = !!params2.config.list_item_empty_lines;
    const strict = !!params2.config.strict;
    const codeBlockLineNumbers = /* @__PURE__ */ new Set();
    if (!includeCode) {
      for (const codeBlock of filterByTypesCached(["codeFenced"])) {
        (0, import_micromark_helpers6.addRangeToSet)(codeBlockLineNumbers, codeBlock.startLine + 1, codeBlock.endLine - 1);
      }
      for (const codeBlock of filterByTypesCached(["codeIndented"])) {
        (0, import_micromark_helpers6.addRangeToSet)(codeBlockLineNumbers, codeBlock.startLine, codeBlock.endLine);
      }
    }
    const listItemLineNumbers = /* @__PURE__ */ new Set();
    if (listItemEmptyLines) {
      for (const listBlock of filterByTypesCached(["listOrdered", "listUnordered"])) {
        (0, import_micromark_helpers6.addRangeToSet)(listItemLineNumbers, listBlock.startLine, listBlock.endLine);
        let trailingIndent = true;
        for (let i = listBlock.children.length - 1; i >= 0; i--) {
          const child = listBlock.children[i];
          switch (child.type) {
            case "content":
              trailingIndent = false;
              break;
            case "listItemIndent":
              if (trailingIndent) {
                listItemLineNumbers.delete(child.startLine);
              }
              break;
            case "listItemPrefix":
              trailingIndent = true;
              break;
            default:
              break;
          }
        }
      }
    }
    const paragraphLineNumbers = /* @__PURE__ */ new Set();
    const codeInlineLineNumbers = /* @__PURE__ */ new Set();
    if (strict) {
      for (const paragraph of filterByTypesCached(["paragraph"])) {
        (0, import_micromark_helpers6.addRangeToSet)(paragraphLineNumbers, paragraph.startLine, paragraph.endLine - 1);
      }
      for (const codeText2 of filterByTypesCached(["codeText"])) {
        (0, import_micromark_helpers6.addRangeToSet)(codeInlineLineNumbers, codeText2.startLine, codeText2.endLine - 1);
      }
    }
    const expected = brSpaces < 2 ? 0 : brSpaces;
    for (let lineIndex = 0; lineIndex < params2.lines.length; lineIndex++) {
      const line = params2.lines[lineIndex];
      const lineNumber = lineIndex + 1;
      const trailingSpaces = line.length - line.trimEnd().length;
      if (trailingSpaces && !codeBlockLineNumbers.has(lineNumber) && !listItemLineNumbers.has(lineNumber) && (expected !== trailingSpaces || strict && (!paragraphLineNumbers.has(lineNumber) || codeInlineLineNumbers.has(lineNumber)))) {
        const column = line.length - trailingSpaces + 1;
        (0, import_helpers7.addError)(
          onError,
          lineNumber,
          "Expected: " + (expected === 0 ? "" : "0 or ") + expected + "; Actual: " + trailingSpaces,
          void 0,
          [column, trailingSpaces],
          {
            "editColumn": column,
            "deleteCount": trailingSpaces
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md010.mjs
var import_helpers8 = __toESM(require_helpers(), 1);
var import_micromark_helpers7 = __toESM(require_micromark_helpers(), 1);
var tabRe = /\t+/g;
var md010_default = {
  "names": ["MD010", "no-hard-tabs"],
  "description": "Hard tabs",
  "tags": ["whitespace", "hard_tab"],
  "parser": "micromark",
  "function": function MD010(params2, onError) {
    const codeBlocks2 = params2.config.code_blocks;
    const includeCode = codeBlocks2 === void 0 ? true : !!codeBlocks2;
    const ignoreCodeLanguages = new Set(
      (params2.config.ignore_code_languages || []).map((language) => String(language).toLowerCase())
    );
    const spacesPerTab = params2.config.spaces_per_tab;
    const spaceMultiplier = spacesPerTab === void 0 ? 1 : Math.max(0, Number(spacesPerTab));
    const exclusionTypes = [];
    if (includeCode) {
      if (ignoreCodeLanguages.size > 0) {
        exclusionTypes.push("codeFenced");
      }
    } else {
      exclusionTypes.push("codeFenced", "codeIndented", "codeText");
    }
    const codeTokens = filterByTypesCached(exclusionTypes).filter((token) => {
      if (token.type === "codeFenced" && ignoreCodeLanguages.size > 0) {
        const fenceInfos = (0, import_micromark_helpers7.getDescendantsByType)(token, ["codeFencedFence", "codeFencedFenceInfo"]);
        return fenceInfos.every((fenceInfo) => ignoreCodeLanguages.has(fenceInfo.text.toLowerCase()));
      }
      return true;
    });
    const codeRanges = codeTokens.map((token) => {
      const { type, startLine: startLine2, startColumn, endLine, endColumn } = token;
      const codeFenced2 = type === "codeFenced";
      return {
        "startLine": startLine2 + (codeFenced2 ? 1 : 0),
        "startColumn": codeFenced2 ? 0 : startColumn,
        "endLine": endLine - (codeFenced2 ? 1 : 0),
        "endColumn": codeFenced2 ? Number.MAX_SAFE_INTEGER : endColumn
      };
    });
    for (let lineIndex = 0; lineIndex < params2.lines.length; lineIndex++) {
      const line = params2.lines[lineIndex];
      let match = null;
      while ((match = tabRe.exec(line)) !== null) {
        const lineNumber = lineIndex + 1;
        const column = match.index + 1;
        const length = match[0].length;
        const range = { "startLine": lineNumber, "startColumn": column, "endLine": lineNumber, "endColumn": column + length - 1 };
        if (!codeRanges.some((codeRange) => (0, import_helpers8.hasOverlap)(codeRange, range))) {
          (0, import_helpers8.addError)(
            onError,
            lineNumber,
            "Column: " + column,
            void 0,
            [column, length],
            {
              "editColumn": column,
              "deleteCount": length,
              "insertText": "".padEnd(length * spaceMultiplier)
            }
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md011.mjs
var import_helpers9 = __toESM(require_helpers(), 1);
var import_micromark_helpers8 = __toESM(require_micromark_helpers(), 1);
var reversedLinkRe = /(^|[^\\])\(([^()]+)\)\[([^\]^][^\]]*)\](?!\()/g;
var md011_default = {
  "names": ["MD011", "no-reversed-links"],
  "description": "Reversed link syntax",
  "tags": ["links"],
  "parser": "micromark",
  "function": function MD011(params2, onError) {
    const ignoreBlockLineNumbers = /* @__PURE__ */ new Set();
    for (const ignoreBlock of filterByTypesCached(["codeFenced", "codeIndented", "mathFlow"])) {
      (0, import_micromark_helpers8.addRangeToSet)(ignoreBlockLineNumbers, ignoreBlock.startLine, ignoreBlock.endLine);
    }
    const ignoreTexts = filterByTypesCached(["codeText", "mathText"]);
    for (const [lineIndex, line] of params2.lines.entries()) {
      const lineNumber = lineIndex + 1;
      if (!ignoreBlockLineNumbers.has(lineNumber)) {
        let match = null;
        while ((match = reversedLinkRe.exec(line)) !== null) {
          const [reversedLink, preChar, linkText, linkDestination] = match;
          if (!linkText.endsWith("\\") && !linkDestination.endsWith("\\")) {
            const column = match.index + preChar.length + 1;
            const length = match[0].length - preChar.length;
            const range = { "startLine": lineNumber, "startColumn": column, "endLine": lineNumber, "endColumn": column + length - 1 };
            if (!ignoreTexts.some((ignoreText) => (0, import_helpers9.hasOverlap)(ignoreText, range))) {
              (0, import_helpers9.addError)(
                onError,
                lineNumber,
                reversedLink.slice(preChar.length),
                void 0,
                [column, length],
                {
                  "editColumn": column,
                  "deleteCount": length,
                  "insertText": `[${linkText}](${linkDestination})`
                }
              );
            }
          }
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md012.mjs
var import_helpers10 = __toESM(require_helpers(), 1);
var import_micromark_helpers9 = __toESM(require_micromark_helpers(), 1);
var md012_default = {
  "names": ["MD012", "no-multiple-blanks"],
  "description": "Multiple consecutive blank lines",
  "tags": ["whitespace", "blank_lines"],
  "parser": "micromark",
  "function": function MD012(params2, onError) {
    const maximum = Number(params2.config.maximum || 1);
    const { lines } = params2;
    const codeBlockLineNumbers = /* @__PURE__ */ new Set();
    for (const codeBlock of filterByTypesCached(["codeFenced", "codeIndented"])) {
      (0, import_micromark_helpers9.addRangeToSet)(codeBlockLineNumbers, codeBlock.startLine, codeBlock.endLine);
    }
    let count = 0;
    for (const [lineIndex, line] of lines.entries()) {
      const inCode = codeBlockLineNumbers.has(lineIndex + 1);
      count = inCode || line.trim().length > 0 ? 0 : count + 1;
      if (maximum < count) {
        (0, import_helpers10.addErrorDetailIf)(
          onError,
          lineIndex + 1,
          maximum,
          count,
          void 0,
          void 0,
          void 0,
          {
            "deleteCount": -1
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md013.mjs
var import_helpers11 = __toESM(require_helpers(), 1);
var import_micromark_helpers10 = __toESM(require_micromark_helpers(), 1);
var notWrappableRe = /^(?:[#>\s]*\s)?\S*$/;
var md013_default = {
  "names": ["MD013", "line-length"],
  "description": "Line length",
  "tags": ["line_length"],
  "parser": "micromark",
  "function": function MD013(params2, onError) {
    const lineLength = Number(params2.config.line_length || 80);
    const headingLineLength = Number(params2.config.heading_line_length || lineLength);
    const codeLineLength = Number(params2.config.code_block_line_length || lineLength);
    const strict = !!params2.config.strict;
    const stern = !!params2.config.stern;
    const codeBlocks2 = params2.config.code_blocks;
    const includeCodeBlocks = codeBlocks2 === void 0 ? true : !!codeBlocks2;
    const tables = params2.config.tables;
    const includeTables = tables === void 0 ? true : !!tables;
    const headings = params2.config.headings;
    const includeHeadings = headings === void 0 ? true : !!headings;
    const headingLineNumbers = /* @__PURE__ */ new Set();
    for (const heading of filterByTypesCached(["atxHeading", "setextHeading"])) {
      (0, import_micromark_helpers10.addRangeToSet)(headingLineNumbers, heading.startLine, heading.endLine);
    }
    const codeBlockLineNumbers = /* @__PURE__ */ new Set();
    for (const codeBlock of filterByTypesCached(["codeFenced", "codeIndented"])) {
      (0, import_micromark_helpers10.addRangeToSet)(codeBlockLineNumbers, codeBlock.startLine, codeBlock.endLine);
    }
    const tableLineNumbers = /* @__PURE__ */ new Set();
    for (const table of filterByTypesCached(["table"])) {
      (0, import_micromark_helpers10.addRangeToSet)(tableLineNumbers, table.startLine, table.endLine);
    }
    const linkLineNumbers = /* @__PURE__ */ new Set();
    for (const link of filterByTypesCached(["autolink", "image", "link", "literalAutolink"])) {
      (0, import_micromark_helpers10.addRangeToSet)(linkLineNumbers, link.startLine, link.endLine);
    }
    const paragraphDataLineNumbers = /* @__PURE__ */ new Set();
    for (const paragraph of filterByTypesCached(["paragraph"])) {
      for (const data of (0, import_micromark_helpers10.getDescendantsByType)(paragraph, ["data"])) {
        (0, import_micromark_helpers10.addRangeToSet)(paragraphDataLineNumbers, data.startLine, data.endLine);
      }
    }
    const linkOnlyLineNumbers = /* @__PURE__ */ new Set();
    for (const lineNumber of linkLineNumbers) {
      if (!paragraphDataLineNumbers.has(lineNumber)) {
        linkOnlyLineNumbers.add(lineNumber);
      }
    }
    const definitionLineIndices = new Set(getReferenceLinkImageData().definitionLineIndices);
    for (let lineIndex = 0; lineIndex < params2.lines.length; lineIndex++) {
      const line = params2.lines[lineIndex];
      const lineNumber = lineIndex + 1;
      const isHeading = headingLineNumbers.has(lineNumber);
      const inCode = codeBlockLineNumbers.has(lineNumber);
      const inTable = tableLineNumbers.has(lineNumber);
      const maxLength = inCode ? codeLineLength : isHeading ? headingLineLength : lineLength;
      const text4 = strict || stern ? line : line.replace(/\S*$/u, "#");
      if (maxLength > 0 && (includeCodeBlocks || !inCode) && (includeTables || !inTable) && (includeHeadings || !isHeading) && !definitionLineIndices.has(lineIndex) && (strict || !(stern && notWrappableRe.test(line)) && !linkOnlyLineNumbers.has(lineNumber)) && text4.length > maxLength) {
        (0, import_helpers11.addErrorDetailIf)(
          onError,
          lineNumber,
          maxLength,
          line.length,
          void 0,
          void 0,
          [maxLength + 1, line.length - maxLength]
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md014.mjs
var import_helpers12 = __toESM(require_helpers(), 1);
var dollarCommandRe = /^(\s*)(\$\s+)/;
var md014_default = {
  "names": ["MD014", "commands-show-output"],
  "description": "Dollar signs used before commands without showing output",
  "tags": ["code"],
  "parser": "micromark",
  "function": function MD014(params2, onError) {
    for (const codeBlock of filterByTypesCached(["codeFenced", "codeIndented"])) {
      const codeFlowValues = codeBlock.children.filter((child) => child.type === "codeFlowValue");
      const dollarMatches = codeFlowValues.map((codeFlowValue) => ({
        "result": codeFlowValue.text.match(dollarCommandRe),
        "startColumn": codeFlowValue.startColumn,
        "startLine": codeFlowValue.startLine,
        "text": codeFlowValue.text
      })).filter((dollarMatch) => dollarMatch.result);
      if (dollarMatches.length === codeFlowValues.length) {
        for (const dollarMatch of dollarMatches) {
          const column = dollarMatch.startColumn + dollarMatch.result[1].length;
          const length = dollarMatch.result[2].length;
          (0, import_helpers12.addErrorContext)(
            onError,
            dollarMatch.startLine,
            dollarMatch.text,
            void 0,
            void 0,
            [column, length],
            {
              "editColumn": column,
              "deleteCount": length
            }
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md018.mjs
var import_helpers13 = __toESM(require_helpers(), 1);
var import_micromark_helpers11 = __toESM(require_micromark_helpers(), 1);
var md018_default = {
  "names": ["MD018", "no-missing-space-atx"],
  "description": "No space after hash on atx style heading",
  "tags": ["headings", "atx", "spaces"],
  "parser": "micromark",
  "function": function MD018(params2, onError) {
    const { lines } = params2;
    const ignoreBlockLineNumbers = /* @__PURE__ */ new Set();
    for (const ignoreBlock of filterByTypesCached(["codeFenced", "codeIndented", "htmlFlow"])) {
      (0, import_micromark_helpers11.addRangeToSet)(ignoreBlockLineNumbers, ignoreBlock.startLine, ignoreBlock.endLine);
    }
    for (const [lineIndex, line] of lines.entries()) {
      if (!ignoreBlockLineNumbers.has(lineIndex + 1) && /^#+[^# \t]/.test(line) && !/#\s*$/.test(line) && !line.startsWith("#\uFE0F\u20E3")) {
        const hashCount = /^#+/.exec(line)[0].length;
        (0, import_helpers13.addErrorContext)(
          onError,
          lineIndex + 1,
          line.trim(),
          void 0,
          void 0,
          [1, hashCount + 1],
          {
            "editColumn": hashCount + 1,
            "insertText": " "
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md019-md021.mjs
var import_helpers14 = __toESM(require_helpers(), 1);
var import_micromark_helpers12 = __toESM(require_micromark_helpers(), 1);
function validateHeadingSpaces(onError, heading, delta) {
  const { children, startLine: startLine2, text: text4 } = heading;
  let index2 = delta > 0 ? 0 : children.length - 1;
  while (children[index2] && children[index2].type !== "atxHeadingSequence") {
    index2 += delta;
  }
  const headingSequence = children[index2];
  const whitespace = children[index2 + delta];
  if (headingSequence?.type === "atxHeadingSequence" && whitespace?.type === "whitespace" && whitespace.text.length > 1) {
    const column = whitespace.startColumn + 1;
    const length = whitespace.endColumn - column;
    (0, import_helpers14.addErrorContext)(
      onError,
      startLine2,
      text4.trim(),
      delta > 0,
      delta < 0,
      [column, length],
      {
        "editColumn": column,
        "deleteCount": length
      }
    );
  }
}
var md019_md021_default = [
  {
    "names": ["MD019", "no-multiple-space-atx"],
    "description": "Multiple spaces after hash on atx style heading",
    "tags": ["headings", "atx", "spaces"],
    "parser": "micromark",
    "function": function MD019(params2, onError) {
      const atxHeadings = filterByTypesCached(["atxHeading"]).filter((heading) => (0, import_micromark_helpers12.getHeadingStyle)(heading) === "atx");
      for (const atxHeading of atxHeadings) {
        validateHeadingSpaces(onError, atxHeading, 1);
      }
    }
  },
  {
    "names": ["MD021", "no-multiple-space-closed-atx"],
    "description": "Multiple spaces inside hashes on closed atx style heading",
    "tags": ["headings", "atx_closed", "spaces"],
    "parser": "micromark",
    "function": function MD021(params2, onError) {
      const atxClosedHeadings = filterByTypesCached(["atxHeading"]).filter((heading) => (0, import_micromark_helpers12.getHeadingStyle)(heading) === "atx_closed");
      for (const atxClosedHeading of atxClosedHeadings) {
        validateHeadingSpaces(onError, atxClosedHeading, 1);
        validateHeadingSpaces(onError, atxClosedHeading, -1);
      }
    }
  }
];

// node_modules/markdownlint/lib/md020.mjs
var import_helpers15 = __toESM(require_helpers(), 1);
var import_micromark_helpers13 = __toESM(require_micromark_helpers(), 1);
var md020_default = {
  "names": ["MD020", "no-missing-space-closed-atx"],
  "description": "No space inside hashes on closed atx style heading",
  "tags": ["headings", "atx_closed", "spaces"],
  "parser": "micromark",
  "function": function MD020(params2, onError) {
    const { lines } = params2;
    const ignoreBlockLineNumbers = /* @__PURE__ */ new Set();
    for (const ignoreBlock of filterByTypesCached(["codeFenced", "codeIndented", "htmlFlow"])) {
      (0, import_micromark_helpers13.addRangeToSet)(ignoreBlockLineNumbers, ignoreBlock.startLine, ignoreBlock.endLine);
    }
    for (const [lineIndex, line] of lines.entries()) {
      if (!ignoreBlockLineNumbers.has(lineIndex + 1)) {
        const match = /^(#+)([ \t]*)([^# \t\\]|[^# \t][^#]*?[^# \t\\])([ \t]*)((?:\\#)?)(#+)(\s*)$/.exec(line);
        if (match) {
          const [
            ,
            leftHash,
            { "length": leftSpaceLength },
            content3,
            { "length": rightSpaceLength },
            rightEscape,
            rightHash,
            { "length": trailSpaceLength }
          ] = match;
          const leftHashLength = leftHash.length;
          const rightHashLength = rightHash.length;
          const left = !leftSpaceLength;
          const right = !rightSpaceLength || !!rightEscape;
          const rightEscapeReplacement = rightEscape ? `${rightEscape} ` : "";
          if (left || right) {
            const range = left ? [
              1,
              leftHashLength + 1
            ] : [
              line.length - trailSpaceLength - rightHashLength,
              rightHashLength + 1
            ];
            (0, import_helpers15.addErrorContext)(
              onError,
              lineIndex + 1,
              line.trim(),
              left,
              right,
              range,
              {
                "editColumn": 1,
                "deleteCount": line.length,
                "insertText": `${leftHash} ${content3} ${rightEscapeReplacement}${rightHash}`
              }
            );
          }
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md022.mjs
var import_helpers16 = __toESM(require_helpers(), 1);
var import_micromark_helpers14 = __toESM(require_micromark_helpers(), 1);
var defaultLines = 1;
var getLinesFunction = (linesParam) => {
  if (Array.isArray(linesParam)) {
    const linesArray = new Array(6).fill(defaultLines);
    for (const [index2, value2] of [...linesParam.entries()].slice(0, 6)) {
      linesArray[index2] = value2;
    }
    return (heading) => linesArray[(0, import_micromark_helpers14.getHeadingLevel)(heading) - 1];
  }
  const lines = linesParam === void 0 ? defaultLines : Number(linesParam);
  return () => lines;
};
var md022_default = {
  "names": ["MD022", "blanks-around-headings"],
  "description": "Headings should be surrounded by blank lines",
  "tags": ["headings", "blank_lines"],
  "parser": "micromark",
  "function": function MD022(params2, onError) {
    const getLinesAbove = getLinesFunction(params2.config.lines_above);
    const getLinesBelow = getLinesFunction(params2.config.lines_below);
    const { lines } = params2;
    const blockQuotePrefixes = filterByTypesCached(["blockQuotePrefix", "linePrefix"]);
    for (const heading of filterByTypesCached(["atxHeading", "setextHeading"])) {
      const { startLine: startLine2, endLine } = heading;
      const line = lines[startLine2 - 1].trim();
      const linesAbove = getLinesAbove(heading);
      if (linesAbove >= 0) {
        let actualAbove = 0;
        for (let i = 0; i < linesAbove && (0, import_helpers16.isBlankLine)(lines[startLine2 - 2 - i]); i++) {
          actualAbove++;
        }
        (0, import_helpers16.addErrorDetailIf)(
          onError,
          startLine2,
          linesAbove,
          actualAbove,
          "Above",
          line,
          void 0,
          {
            "insertText": (0, import_micromark_helpers14.getBlockQuotePrefixText)(
              blockQuotePrefixes,
              startLine2 - 1,
              linesAbove - actualAbove
            )
          }
        );
      }
      const linesBelow = getLinesBelow(heading);
      if (linesBelow >= 0) {
        let actualBelow = 0;
        for (let i = 0; i < linesBelow && (0, import_helpers16.isBlankLine)(lines[endLine + i]); i++) {
          actualBelow++;
        }
        (0, import_helpers16.addErrorDetailIf)(
          onError,
          startLine2,
          linesBelow,
          actualBelow,
          "Below",
          line,
          void 0,
          {
            "lineNumber": endLine + 1,
            "insertText": (0, import_micromark_helpers14.getBlockQuotePrefixText)(
              blockQuotePrefixes,
              endLine + 1,
              linesBelow - actualBelow
            )
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md023.mjs
var import_helpers17 = __toESM(require_helpers(), 1);
var md023_default = {
  "names": ["MD023", "heading-start-left"],
  "description": "Headings must start at the beginning of the line",
  "tags": ["headings", "spaces"],
  "parser": "micromark",
  "function": function MD023(params2, onError) {
    const headings = filterByTypesCached(["atxHeading", "linePrefix", "setextHeading"]);
    for (let i = 0; i < headings.length - 1; i++) {
      if (headings[i].type === "linePrefix" && headings[i + 1].type !== "linePrefix" && headings[i].startLine === headings[i + 1].startLine) {
        const { endColumn, startColumn, startLine: startLine2 } = headings[i];
        const length = endColumn - startColumn;
        (0, import_helpers17.addErrorContext)(
          onError,
          startLine2,
          params2.lines[startLine2 - 1],
          true,
          false,
          [startColumn, length],
          {
            "editColumn": startColumn,
            "deleteCount": length
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md024.mjs
var import_helpers18 = __toESM(require_helpers(), 1);
var import_micromark_helpers15 = __toESM(require_micromark_helpers(), 1);
var md024_default = {
  "names": ["MD024", "no-duplicate-heading"],
  "description": "Multiple headings with the same content",
  "tags": ["headings"],
  "parser": "micromark",
  "function": function MD024(params2, onError) {
    const siblingsOnly = !!params2.config.siblings_only || false;
    const knownContents = [null, []];
    let lastLevel = 1;
    let knownContent = knownContents[lastLevel];
    for (const heading of filterByTypesCached(["atxHeading", "setextHeading"])) {
      const headingText = (0, import_micromark_helpers15.getHeadingText)(heading);
      if (siblingsOnly) {
        const newLevel = (0, import_micromark_helpers15.getHeadingLevel)(heading);
        while (lastLevel < newLevel) {
          lastLevel++;
          knownContents[lastLevel] = [];
        }
        while (lastLevel > newLevel) {
          knownContents[lastLevel] = [];
          lastLevel--;
        }
        knownContent = knownContents[newLevel];
      }
      if (knownContent.includes(headingText)) {
        (0, import_helpers18.addErrorContext)(
          onError,
          heading.startLine,
          headingText.trim()
        );
      } else {
        knownContent.push(headingText);
      }
    }
  }
};

// node_modules/markdownlint/lib/md025.mjs
var import_helpers19 = __toESM(require_helpers(), 1);
var import_micromark_helpers16 = __toESM(require_micromark_helpers(), 1);
var md025_default = {
  "names": ["MD025", "single-title", "single-h1"],
  "description": "Multiple top-level headings in the same document",
  "tags": ["headings"],
  "parser": "micromark",
  "function": function MD025(params2, onError) {
    const level = Number(params2.config.level || 1);
    const { tokens } = params2.parsers.micromark;
    const matchingHeadings = filterByTypesCached(["atxHeading", "setextHeading"]).filter((heading) => level === (0, import_micromark_helpers16.getHeadingLevel)(heading) && !(0, import_micromark_helpers16.isDocfxTab)(heading));
    if (matchingHeadings.length > 0) {
      const foundFrontMatterTitle = (0, import_helpers19.frontMatterHasTitle)(
        params2.frontMatterLines,
        params2.config.front_matter_title
      );
      let hasTopLevelHeading = foundFrontMatterTitle;
      if (!hasTopLevelHeading) {
        const previousTokens = tokens.slice(0, tokens.indexOf(matchingHeadings[0]));
        hasTopLevelHeading = previousTokens.every(
          (token) => import_micromark_helpers16.nonContentTokens.has(token.type) || (0, import_micromark_helpers16.isHtmlFlowComment)(token)
        );
      }
      if (hasTopLevelHeading) {
        for (const heading of matchingHeadings.slice(foundFrontMatterTitle ? 0 : 1)) {
          (0, import_helpers19.addErrorContext)(
            onError,
            heading.startLine,
            (0, import_micromark_helpers16.getHeadingText)(heading)
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md026.mjs
var import_helpers20 = __toESM(require_helpers(), 1);
var md026_default = {
  "names": ["MD026", "no-trailing-punctuation"],
  "description": "Trailing punctuation in heading",
  "tags": ["headings"],
  "parser": "micromark",
  "function": function MD026(params2, onError) {
    let punctuation = params2.config.punctuation;
    punctuation = String(
      punctuation === void 0 ? import_helpers20.allPunctuationNoQuestion : punctuation
    );
    const trailingPunctuationRe = new RegExp("\\s*[" + (0, import_helpers20.escapeForRegExp)(punctuation) + "]+$");
    const headings = filterByTypesCached(["atxHeadingText", "setextHeadingText"]);
    for (const heading of headings) {
      const { endColumn, endLine, text: text4 } = heading;
      const match = trailingPunctuationRe.exec(text4);
      if (match && !import_helpers20.endOfLineHtmlEntityRe.test(text4) && !import_helpers20.endOfLineGemojiCodeRe.test(text4)) {
        const fullMatch = match[0];
        const length = fullMatch.length;
        const column = endColumn - length;
        (0, import_helpers20.addError)(
          onError,
          endLine,
          `Punctuation: '${fullMatch}'`,
          void 0,
          [column, length],
          {
            "editColumn": column,
            "deleteCount": length
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md027.mjs
var import_helpers21 = __toESM(require_helpers(), 1);
var import_micromark_helpers17 = __toESM(require_micromark_helpers(), 1);
var listTypes = ["listOrdered", "listUnordered"];
var md027_default = {
  "names": ["MD027", "no-multiple-space-blockquote"],
  "description": "Multiple spaces after blockquote symbol",
  "tags": ["blockquote", "whitespace", "indentation"],
  "parser": "micromark",
  "function": function MD027(params2, onError) {
    const listItems = params2.config.list_items;
    const includeListItems = listItems === void 0 ? true : !!listItems;
    const { tokens } = params2.parsers.micromark;
    for (const token of filterByTypesCached(["linePrefix"])) {
      const parent = token.parent;
      const codeIndented2 = parent?.type === "codeIndented";
      const siblings = parent?.children || tokens;
      if (!codeIndented2 && siblings[siblings.indexOf(token) - 1]?.type === "blockQuotePrefix" && (includeListItems || !listTypes.includes(siblings[siblings.indexOf(token) + 1]?.type) && !(0, import_micromark_helpers17.getParentOfType)(token, listTypes))) {
        const { startColumn, startLine: startLine2, text: text4 } = token;
        const { length } = text4;
        const line = params2.lines[startLine2 - 1];
        (0, import_helpers21.addErrorContext)(
          onError,
          startLine2,
          line,
          void 0,
          void 0,
          [startColumn, length],
          {
            "editColumn": startColumn,
            "deleteCount": length
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md028.mjs
var import_helpers22 = __toESM(require_helpers(), 1);
var ignoreTypes = /* @__PURE__ */ new Set(["lineEnding", "listItemIndent", "linePrefix"]);
var md028_default = {
  "names": ["MD028", "no-blanks-blockquote"],
  "description": "Blank line inside blockquote",
  "tags": ["blockquote", "whitespace"],
  "parser": "micromark",
  "function": function MD028(params2, onError) {
    for (const token of filterByTypesCached(["blockQuote"])) {
      const errorLineNumbers = [];
      const siblings = token.parent?.children || params2.parsers.micromark.tokens;
      for (let i = siblings.indexOf(token) + 1; i < siblings.length; i++) {
        const sibling = siblings[i];
        const { startLine: startLine2, type } = sibling;
        if (type === "lineEndingBlank") {
          errorLineNumbers.push(startLine2);
        } else if (ignoreTypes.has(type)) {
        } else if (type === "blockQuote") {
          for (const lineNumber of errorLineNumbers) {
            (0, import_helpers22.addError)(onError, lineNumber);
          }
          break;
        } else {
          break;
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md029.mjs
var import_helpers23 = __toESM(require_helpers(), 1);
var import_micromark_helpers18 = __toESM(require_micromark_helpers(), 1);
var listStyleExamples = {
  "one": "1/1/1",
  "ordered": "1/2/3",
  "zero": "0/0/0"
};
function getOrderedListItemValue(listItemPrefix) {
  const listItemValue = (0, import_micromark_helpers18.getDescendantsByType)(listItemPrefix, ["listItemValue"])[0];
  return {
    "column": listItemValue.startColumn,
    "value": Number(listItemValue.text)
  };
}
var md029_default = {
  "names": ["MD029", "ol-prefix"],
  "description": "Ordered list item prefix",
  "tags": ["ol"],
  "parser": "micromark",
  "function": function MD029(params2, onError) {
    const style = String(params2.config.style);
    for (const listOrdered of filterByTypesCached(["listOrdered"])) {
      const listItemPrefixes = (0, import_micromark_helpers18.getDescendantsByType)(listOrdered, ["listItemPrefix"]);
      let expected = 1;
      let incrementing = false;
      if (listItemPrefixes.length >= 2) {
        const first = getOrderedListItemValue(listItemPrefixes[0]);
        const second = getOrderedListItemValue(listItemPrefixes[1]);
        if (second.value !== 1 || first.value === 0) {
          incrementing = true;
          if (first.value === 0) {
            expected = 0;
          }
        }
      }
      const listStyle = style === "one" || style === "ordered" || style === "zero" ? style : incrementing ? "ordered" : "one";
      if (listStyle === "zero") {
        expected = 0;
      } else if (listStyle === "one") {
        expected = 1;
      }
      for (const listItemPrefix of listItemPrefixes) {
        const orderedListItemValue = getOrderedListItemValue(listItemPrefix);
        const actual = orderedListItemValue.value;
        const fixInfo = {
          "editColumn": orderedListItemValue.column,
          "deleteCount": orderedListItemValue.value.toString().length,
          "insertText": expected.toString()
        };
        (0, import_helpers23.addErrorDetailIf)(
          onError,
          listItemPrefix.startLine,
          expected,
          actual,
          "Style: " + listStyleExamples[listStyle],
          void 0,
          [listItemPrefix.startColumn, listItemPrefix.endColumn - listItemPrefix.startColumn],
          fixInfo
        );
        if (listStyle === "ordered") {
          expected++;
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md030.mjs
var import_helpers24 = __toESM(require_helpers(), 1);
var md030_default = {
  "names": ["MD030", "list-marker-space"],
  "description": "Spaces after list markers",
  "tags": ["ol", "ul", "whitespace"],
  "parser": "micromark",
  "function": function MD030(params2, onError) {
    const ulSingle = Number(params2.config.ul_single || 1);
    const olSingle = Number(params2.config.ol_single || 1);
    const ulMulti = Number(params2.config.ul_multi || 1);
    const olMulti = Number(params2.config.ol_multi || 1);
    for (const list2 of filterByTypesCached(["listOrdered", "listUnordered"])) {
      const ordered = list2.type === "listOrdered";
      const listItemPrefixes = list2.children.filter((token) => token.type === "listItemPrefix");
      const allSingleLine = list2.endLine - list2.startLine + 1 === listItemPrefixes.length;
      const expectedSpaces = ordered ? allSingleLine ? olSingle : olMulti : allSingleLine ? ulSingle : ulMulti;
      for (const listItemPrefix of listItemPrefixes) {
        const range = [
          listItemPrefix.startColumn,
          listItemPrefix.endColumn - listItemPrefix.startColumn
        ];
        const listItemPrefixWhitespaces = listItemPrefix.children.filter(
          (token) => token.type === "listItemPrefixWhitespace"
        );
        for (const listItemPrefixWhitespace of listItemPrefixWhitespaces) {
          const { endColumn, startColumn, startLine: startLine2 } = listItemPrefixWhitespace;
          const actualSpaces = endColumn - startColumn;
          const fixInfo = {
            "editColumn": startColumn,
            "deleteCount": actualSpaces,
            "insertText": "".padEnd(expectedSpaces)
          };
          (0, import_helpers24.addErrorDetailIf)(
            onError,
            startLine2,
            expectedSpaces,
            actualSpaces,
            void 0,
            void 0,
            range,
            fixInfo
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md031.mjs
var import_helpers25 = __toESM(require_helpers(), 1);
var import_micromark_helpers19 = __toESM(require_micromark_helpers(), 1);
var codeFencePrefixRe = /^(.*?)[`~]/;
function addError7(onError, lines, lineNumber, top) {
  const line = lines[lineNumber - 1];
  const [, prefix] = line.match(codeFencePrefixRe) || [];
  const fixInfo = prefix === void 0 ? void 0 : {
    "lineNumber": lineNumber + (top ? 0 : 1),
    "insertText": `${prefix.replace(/[^>]/g, " ").trim()}
`
  };
  (0, import_helpers25.addErrorContext)(
    onError,
    lineNumber,
    line.trim(),
    void 0,
    void 0,
    void 0,
    fixInfo
  );
}
var md031_default = {
  "names": ["MD031", "blanks-around-fences"],
  "description": "Fenced code blocks should be surrounded by blank lines",
  "tags": ["code", "blank_lines"],
  "parser": "micromark",
  "function": function MD031(params2, onError) {
    const listItems = params2.config.list_items;
    const includeListItems = listItems === void 0 ? true : !!listItems;
    const { lines } = params2;
    for (const codeBlock of filterByTypesCached(["codeFenced"])) {
      if (includeListItems || !(0, import_micromark_helpers19.getParentOfType)(codeBlock, ["listOrdered", "listUnordered"])) {
        if (!(0, import_helpers25.isBlankLine)(lines[codeBlock.startLine - 2])) {
          addError7(onError, lines, codeBlock.startLine, true);
        }
        if (!(0, import_helpers25.isBlankLine)(lines[codeBlock.endLine]) && !(0, import_helpers25.isBlankLine)(lines[codeBlock.endLine - 1])) {
          addError7(onError, lines, codeBlock.endLine, false);
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md032.mjs
var import_helpers26 = __toESM(require_helpers(), 1);
var import_micromark_helpers20 = __toESM(require_micromark_helpers(), 1);
var isList = (token) => token.type === "listOrdered" || token.type === "listUnordered";
var md032_default = {
  "names": ["MD032", "blanks-around-lists"],
  "description": "Lists should be surrounded by blank lines",
  "tags": ["bullet", "ul", "ol", "blank_lines"],
  "parser": "micromark",
  "function": function MD032(params2, onError) {
    const { lines, parsers } = params2;
    const blockQuotePrefixes = filterByTypesCached(["blockQuotePrefix", "linePrefix"]);
    const topLevelLists = (0, import_micromark_helpers20.filterByPredicate)(
      parsers.micromark.tokens,
      isList,
      (token) => isList(token) || token.type === "htmlFlow" ? [] : token.children
    );
    for (const list2 of topLevelLists) {
      const firstLineNumber = list2.startLine;
      if (!(0, import_helpers26.isBlankLine)(lines[firstLineNumber - 2])) {
        (0, import_helpers26.addErrorContext)(
          onError,
          firstLineNumber,
          lines[firstLineNumber - 1].trim(),
          void 0,
          void 0,
          void 0,
          {
            "insertText": (0, import_micromark_helpers20.getBlockQuotePrefixText)(blockQuotePrefixes, firstLineNumber)
          }
        );
      }
      const flattenedChildren = (0, import_micromark_helpers20.filterByPredicate)(
        list2.children,
        (token) => !import_micromark_helpers20.nonContentTokens.has(token.type),
        (token) => import_micromark_helpers20.nonContentTokens.has(token.type) ? [] : token.children
      );
      let endLine = list2.endLine;
      if (flattenedChildren.length > 0) {
        endLine = flattenedChildren[flattenedChildren.length - 1].endLine;
      }
      const lastLineNumber = endLine;
      if (!(0, import_helpers26.isBlankLine)(lines[lastLineNumber])) {
        (0, import_helpers26.addErrorContext)(
          onError,
          lastLineNumber,
          lines[lastLineNumber - 1].trim(),
          void 0,
          void 0,
          void 0,
          {
            "lineNumber": lastLineNumber + 1,
            "insertText": (0, import_micromark_helpers20.getBlockQuotePrefixText)(blockQuotePrefixes, lastLineNumber)
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md033.mjs
var import_helpers27 = __toESM(require_helpers(), 1);
var import_micromark_helpers21 = __toESM(require_micromark_helpers(), 1);
var toLowerCaseStringArray = (arr) => Array.isArray(arr) ? arr.map((elm) => String(elm).toLowerCase()) : [];
var md033_default = {
  "names": ["MD033", "no-inline-html"],
  "description": "Inline HTML",
  "tags": ["html"],
  "parser": "micromark",
  "function": function MD033(params2, onError) {
    const allowedElements = toLowerCaseStringArray(params2.config.allowed_elements);
    const tableAllowedElements = toLowerCaseStringArray(params2.config.table_allowed_elements || params2.config.allowed_elements);
    for (const token of filterByTypesCached(["htmlText"], true)) {
      const htmlTagInfo = (0, import_micromark_helpers21.getHtmlTagInfo)(token);
      if (htmlTagInfo && !htmlTagInfo.close) {
        const elementName = htmlTagInfo?.name.toLowerCase();
        const inTable = !!(0, import_micromark_helpers21.getParentOfType)(token, ["table"]);
        if ((inTable || !allowedElements.includes(elementName)) && (!inTable || !tableAllowedElements.includes(elementName))) {
          const range = [
            token.startColumn,
            token.text.replace(import_helpers27.nextLinesRe, "").length
          ];
          (0, import_helpers27.addError)(
            onError,
            token.startLine,
            "Element: " + htmlTagInfo.name,
            void 0,
            range
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md034.mjs
var import_helpers28 = __toESM(require_helpers(), 1);
var import_micromark_helpers22 = __toESM(require_micromark_helpers(), 1);
var md034_default = {
  "names": ["MD034", "no-bare-urls"],
  "description": "Bare URL used",
  "tags": ["links", "url"],
  "parser": "micromark",
  "function": function MD034(params2, onError) {
    const literalAutolinks = (tokens) => (0, import_micromark_helpers22.filterByPredicate)(
      tokens,
      (token) => {
        if (token.type === "literalAutolink" && !(0, import_micromark_helpers22.inHtmlFlow)(token)) {
          const siblings = token.parent?.children;
          const index2 = siblings?.indexOf(token);
          const prev = siblings?.at(index2 - 1);
          const next = siblings?.at(index2 + 1);
          return !(prev && next && prev.type === "data" && next.type === "data" && prev.text.endsWith("<") && next.text.startsWith(">"));
        }
        return false;
      },
      (token) => {
        const { children } = token;
        const result = [];
        for (let i = 0; i < children.length; i++) {
          const current = children[i];
          const openTagInfo = (0, import_micromark_helpers22.getHtmlTagInfo)(current);
          if (openTagInfo && !openTagInfo.close) {
            let count = 1;
            for (let j = i + 1; j < children.length; j++) {
              const candidate = children[j];
              const closeTagInfo = (0, import_micromark_helpers22.getHtmlTagInfo)(candidate);
              if (closeTagInfo && openTagInfo.name === closeTagInfo.name) {
                if (closeTagInfo.close) {
                  count--;
                  if (count === 0) {
                    i = j;
                    break;
                  }
                } else {
                  count++;
                }
              }
            }
          } else {
            result.push(current);
          }
        }
        return result;
      }
    );
    for (const token of literalAutolinks(params2.parsers.micromark.tokens)) {
      const range = [
        token.startColumn,
        token.endColumn - token.startColumn
      ];
      const fixInfo = {
        "editColumn": range[0],
        "deleteCount": range[1],
        "insertText": `<${token.text}>`
      };
      (0, import_helpers28.addErrorContext)(
        onError,
        token.startLine,
        token.text,
        void 0,
        void 0,
        range,
        fixInfo
      );
    }
  }
};

// node_modules/markdownlint/lib/md035.mjs
var import_helpers29 = __toESM(require_helpers(), 1);
var md035_default = {
  "names": ["MD035", "hr-style"],
  "description": "Horizontal rule style",
  "tags": ["hr"],
  "parser": "micromark",
  "function": function MD035(params2, onError) {
    let style = String(params2.config.style || "consistent").trim();
    const thematicBreaks = filterByTypesCached(["thematicBreak"]);
    for (const token of thematicBreaks) {
      const { startLine: startLine2, text: text4 } = token;
      if (style === "consistent") {
        style = text4;
      }
      (0, import_helpers29.addErrorDetailIf)(onError, startLine2, style, text4);
    }
  }
};

// node_modules/markdownlint/lib/md036.mjs
var import_helpers30 = __toESM(require_helpers(), 1);
var import_micromark_helpers23 = __toESM(require_micromark_helpers(), 1);
var emphasisTypes = [
  ["emphasis", "emphasisText"],
  ["strong", "strongText"]
];
var isParagraphChildMeaningful = (token) => !(token.type === "htmlText" || token.type === "data" && token.text.trim().length === 0);
var md036_default = {
  "names": ["MD036", "no-emphasis-as-heading"],
  "description": "Emphasis used instead of a heading",
  "tags": ["headings", "emphasis"],
  "parser": "micromark",
  "function": function MD036(params2, onError) {
    let punctuation = params2.config.punctuation;
    punctuation = String(punctuation === void 0 ? import_helpers30.allPunctuation : punctuation);
    const punctuationRe = new RegExp("[" + punctuation + "]$");
    const paragraphTokens = filterByTypesCached(["paragraph"], true).filter(
      (token) => token.parent?.type === "content" && (!token.parent?.parent || token.parent?.parent?.type === "htmlFlow" && !token.parent?.parent?.parent) && token.children.filter(isParagraphChildMeaningful).length === 1
    );
    for (const emphasisType of emphasisTypes) {
      const textTokens = (0, import_micromark_helpers23.getDescendantsByType)(paragraphTokens, emphasisType);
      for (const textToken of textTokens) {
        if (textToken.children.length === 1 && textToken.children[0].type === "data" && !punctuationRe.test(textToken.text)) {
          (0, import_helpers30.addErrorContext)(onError, textToken.startLine, textToken.text);
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md037.mjs
var import_helpers31 = __toESM(require_helpers(), 1);
var import_micromark_helpers24 = __toESM(require_micromark_helpers(), 1);
var md037_default = {
  "names": ["MD037", "no-space-in-emphasis"],
  "description": "Spaces inside emphasis markers",
  "tags": ["whitespace", "emphasis"],
  "parser": "micromark",
  "function": function MD037(params2, onError) {
    const { lines, parsers } = params2;
    const emphasisTokensByMarker = /* @__PURE__ */ new Map();
    for (const marker of ["_", "__", "___", "*", "**", "***"]) {
      emphasisTokensByMarker.set(marker, []);
    }
    const tokens = (0, import_micromark_helpers24.filterByPredicate)(
      parsers.micromark.tokens,
      (token) => token.children.some((child) => child.type === "data")
    );
    for (const token of tokens) {
      for (const emphasisTokens of emphasisTokensByMarker.values()) {
        emphasisTokens.length = 0;
      }
      for (const child of token.children) {
        const { text: text4, type } = child;
        if (type === "data" && text4.length <= 3) {
          const emphasisTokens = emphasisTokensByMarker.get(text4);
          if (emphasisTokens && !(0, import_micromark_helpers24.inHtmlFlow)(child)) {
            emphasisTokens.push(child);
          }
        }
      }
      for (const entry of emphasisTokensByMarker.entries()) {
        const [marker, emphasisTokens] = entry;
        for (let i = 0; i + 1 < emphasisTokens.length; i += 2) {
          const startToken = emphasisTokens[i];
          const startLine2 = lines[startToken.startLine - 1];
          const startSlice = startLine2.slice(startToken.endColumn - 1);
          const startMatch = startSlice.match(/^\s+\S/);
          if (startMatch) {
            const [startSpaceCharacter] = startMatch;
            const startContext = `${marker}${startSpaceCharacter}`;
            const column = startToken.endColumn;
            const count = startSpaceCharacter.length - 1;
            (0, import_helpers31.addError)(
              onError,
              startToken.startLine,
              void 0,
              startContext,
              [column, count],
              {
                "editColumn": column,
                "deleteCount": count
              }
            );
          }
          const endToken = emphasisTokens[i + 1];
          const endLine = lines[endToken.startLine - 1];
          const endSlice = endLine.slice(0, endToken.startColumn - 1);
          const endMatch = endSlice.match(/\S\s+$/);
          if (endMatch) {
            const [endSpaceCharacter] = endMatch;
            const endContext = `${endSpaceCharacter}${marker}`;
            const column = endToken.startColumn - (endSpaceCharacter.length - 1);
            const count = endSpaceCharacter.length - 1;
            (0, import_helpers31.addError)(
              onError,
              endToken.startLine,
              void 0,
              endContext,
              [column, count],
              {
                "editColumn": column,
                "deleteCount": count
              }
            );
          }
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md038.mjs
var import_helpers32 = __toESM(require_helpers(), 1);
var import_micromark_helpers25 = __toESM(require_micromark_helpers(), 1);
var md038_default = {
  "names": ["MD038", "no-space-in-code"],
  "description": "Spaces inside code span elements",
  "tags": ["whitespace", "code"],
  "parser": "micromark",
  "function": function MD038(params2, onError) {
    const codeTexts2 = filterByTypesCached(["codeText"]);
    for (const codeText2 of codeTexts2) {
      const datas = (0, import_micromark_helpers25.getDescendantsByType)(codeText2, ["codeTextData"]);
      if (datas.length > 0) {
        const paddings = (0, import_micromark_helpers25.getDescendantsByType)(codeText2, ["codeTextPadding"]);
        const startPadding = paddings[0];
        const startData = datas[0];
        const startMatch = /^(\s+)(\S)/.exec(startData.text) || [null, "", ""];
        const startBacktick = startMatch[2] === "`";
        const startCount = startMatch[1].length - (startBacktick && !startPadding ? 1 : 0);
        const startSpaces = startCount > 0;
        const endPadding = paddings[paddings.length - 1];
        const endData = datas[datas.length - 1];
        const endMatch = /(\S)(\s+)$/.exec(endData.text) || [null, "", ""];
        const endBacktick = endMatch[1] === "`";
        const endCount = endMatch[2].length - (endBacktick && !endPadding ? 1 : 0);
        const endSpaces = endCount > 0;
        const removePadding = startSpaces && endSpaces && startPadding && endPadding && !startBacktick && !endBacktick;
        const context = codeText2.text;
        if (startSpaces) {
          const startColumn = (removePadding ? startPadding : startData).startColumn;
          const length = startCount + (removePadding ? startPadding.text.length : 0);
          (0, import_helpers32.addErrorContext)(
            onError,
            startData.startLine,
            context,
            true,
            false,
            [startColumn, length],
            {
              "editColumn": startColumn,
              "deleteCount": length
            }
          );
        }
        if (endSpaces) {
          const endColumn = (removePadding ? endPadding : endData).endColumn;
          const length = endCount + (removePadding ? endPadding.text.length : 0);
          (0, import_helpers32.addErrorContext)(
            onError,
            endData.endLine,
            context,
            false,
            true,
            [endColumn - length, length],
            {
              "editColumn": endColumn - length,
              "deleteCount": length
            }
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md039.mjs
var import_helpers33 = __toESM(require_helpers(), 1);
function addLabelSpaceError(onError, label4, labelText2, isStart) {
  const match = labelText2.text.match(isStart ? /^[^\S\r\n]+/ : /[^\S\r\n]+$/);
  const range = match ? [
    isStart ? labelText2.startColumn : labelText2.endColumn - match[0].length,
    match[0].length
  ] : void 0;
  (0, import_helpers33.addErrorContext)(
    onError,
    isStart ? labelText2.startLine + (match ? 0 : 1) : labelText2.endLine - (match ? 0 : 1),
    label4.text.replace(/\s+/g, " "),
    isStart,
    !isStart,
    range,
    range ? {
      "editColumn": range[0],
      "deleteCount": range[1]
    } : void 0
  );
}
var md039_default = {
  "names": ["MD039", "no-space-in-links"],
  "description": "Spaces inside link text",
  "tags": ["whitespace", "links"],
  "parser": "micromark",
  "function": function MD039(params2, onError) {
    const labels = filterByTypesCached(["label"]).filter((label4) => label4.parent?.type === "link");
    for (const label4 of labels) {
      const labelTexts = label4.children.filter((child) => child.type === "labelText");
      for (const labelText2 of labelTexts) {
        if (labelText2.text.trimStart().length !== labelText2.text.length) {
          addLabelSpaceError(onError, label4, labelText2, true);
        }
        if (labelText2.text.trimEnd().length !== labelText2.text.length) {
          addLabelSpaceError(onError, label4, labelText2, false);
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md040.mjs
var import_helpers34 = __toESM(require_helpers(), 1);
var import_micromark_helpers26 = __toESM(require_micromark_helpers(), 1);
var md040_default = {
  "names": ["MD040", "fenced-code-language"],
  "description": "Fenced code blocks should have a language specified",
  "tags": ["code", "language"],
  "parser": "micromark",
  "function": function MD040(params2, onError) {
    let allowed = params2.config.allowed_languages;
    allowed = Array.isArray(allowed) ? allowed : [];
    const languageOnly = !!params2.config.language_only;
    const fencedCodes = filterByTypesCached(["codeFenced"]);
    for (const fencedCode of fencedCodes) {
      const openingFence = (0, import_micromark_helpers26.getDescendantsByType)(fencedCode, ["codeFencedFence"])[0];
      const { startLine: startLine2, text: text4 } = openingFence;
      const info = (0, import_micromark_helpers26.getDescendantsByType)(openingFence, ["codeFencedFenceInfo"])[0]?.text;
      if (!info) {
        (0, import_helpers34.addErrorContext)(onError, startLine2, text4);
      } else if (allowed.length > 0 && !allowed.includes(info)) {
        (0, import_helpers34.addError)(onError, startLine2, `"${info}" is not allowed`);
      }
      if (languageOnly && (0, import_micromark_helpers26.getDescendantsByType)(openingFence, ["codeFencedFenceMeta"]).length > 0) {
        (0, import_helpers34.addError)(onError, startLine2, `Info string contains more than language: "${text4}"`);
      }
    }
  }
};

// node_modules/markdownlint/lib/md041.mjs
var import_helpers35 = __toESM(require_helpers(), 1);
var import_micromark_helpers27 = __toESM(require_micromark_helpers(), 1);
var headingTagNameRe = /^h[1-6]$/;
function getHtmlFlowTagName(token) {
  const { children, type } = token;
  if (type === "htmlFlow") {
    const htmlTexts = (0, import_micromark_helpers27.filterByTypes)(children, ["htmlText"], true);
    const tagInfo = htmlTexts.length > 0 && (0, import_micromark_helpers27.getHtmlTagInfo)(htmlTexts[0]);
    if (tagInfo) {
      return tagInfo.name.toLowerCase();
    }
  }
  return null;
}
var md041_default = {
  "names": ["MD041", "first-line-heading", "first-line-h1"],
  "description": "First line in a file should be a top-level heading",
  "tags": ["headings"],
  "parser": "micromark",
  "function": function MD041(params2, onError) {
    const allowPreamble = !!params2.config.allow_preamble;
    const level = Number(params2.config.level || 1);
    const { tokens } = params2.parsers.micromark;
    if (!(0, import_helpers35.frontMatterHasTitle)(
      params2.frontMatterLines,
      params2.config.front_matter_title
    )) {
      let errorLineNumber = 0;
      for (const token of tokens) {
        const { startLine: startLine2, type } = token;
        if (!import_micromark_helpers27.nonContentTokens.has(type) && !(0, import_micromark_helpers27.isHtmlFlowComment)(token)) {
          let tagName = null;
          if (type === "atxHeading" || type === "setextHeading") {
            if ((0, import_micromark_helpers27.getHeadingLevel)(token) !== level) {
              errorLineNumber = startLine2;
            }
            break;
          } else if ((tagName = getHtmlFlowTagName(token)) && headingTagNameRe.test(tagName)) {
            if (tagName !== `h${level}`) {
              errorLineNumber = startLine2;
            }
            break;
          } else if (!allowPreamble) {
            errorLineNumber = startLine2;
            break;
          }
        }
      }
      if (errorLineNumber > 0) {
        (0, import_helpers35.addErrorContext)(onError, errorLineNumber, params2.lines[errorLineNumber - 1]);
      }
    }
  }
};

// node_modules/markdownlint/lib/md042.mjs
var import_helpers36 = __toESM(require_helpers(), 1);
var import_micromark_helpers28 = __toESM(require_micromark_helpers(), 1);
var md042_default = {
  "names": ["MD042", "no-empty-links"],
  "description": "No empty links",
  "tags": ["links"],
  "parser": "micromark",
  "function": function MD042(params2, onError) {
    const { definitions } = getReferenceLinkImageData();
    const isReferenceDefinitionHash = (token) => {
      const definition2 = definitions.get(token.text.trim());
      return Boolean(definition2 && definition2[1] === "#");
    };
    const links = filterByTypesCached(["link"]);
    for (const link of links) {
      const labelText2 = (0, import_micromark_helpers28.getDescendantsByType)(link, ["label", "labelText"]);
      const reference = (0, import_micromark_helpers28.getDescendantsByType)(link, ["reference"]);
      const resource = (0, import_micromark_helpers28.getDescendantsByType)(link, ["resource"]);
      const referenceString = (0, import_micromark_helpers28.getDescendantsByType)(reference, ["referenceString"]);
      const resourceDestinationString = (0, import_micromark_helpers28.getDescendantsByType)(resource, ["resourceDestination", ["resourceDestinationLiteral", "resourceDestinationRaw"], "resourceDestinationString"]);
      const hasLabelText = labelText2.length > 0;
      const hasReference = reference.length > 0;
      const hasResource = resource.length > 0;
      const hasReferenceString = referenceString.length > 0;
      const hasResourceDestinationString = resourceDestinationString.length > 0;
      let error = false;
      if (hasLabelText && (!hasReference && !hasResource || hasReference && !hasReferenceString)) {
        error = isReferenceDefinitionHash(labelText2[0]);
      } else if (hasReferenceString && !hasResourceDestinationString) {
        error = isReferenceDefinitionHash(referenceString[0]);
      } else if (!hasReferenceString && hasResourceDestinationString) {
        error = resourceDestinationString[0].text.trim() === "#";
      } else if (!hasReferenceString && !hasResourceDestinationString) {
        error = true;
      }
      if (error) {
        (0, import_helpers36.addErrorContext)(
          onError,
          link.startLine,
          link.text,
          void 0,
          void 0,
          [link.startColumn, link.endColumn - link.startColumn]
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md043.mjs
var import_helpers37 = __toESM(require_helpers(), 1);
var import_micromark_helpers29 = __toESM(require_micromark_helpers(), 1);
var md043_default = {
  "names": ["MD043", "required-headings"],
  "description": "Required heading structure",
  "tags": ["headings"],
  "parser": "micromark",
  "function": function MD043(params2, onError) {
    const requiredHeadings = params2.config.headings;
    if (!Array.isArray(requiredHeadings)) {
      return;
    }
    const matchCase = params2.config.match_case || false;
    let i = 0;
    let matchAny = false;
    let hasError = false;
    let anyHeadings = false;
    const getExpected = () => String(requiredHeadings[i++] || "[None]");
    const handleCase = (str) => matchCase ? str : str.toLowerCase();
    for (const heading of filterByTypesCached(["atxHeading", "setextHeading"])) {
      if (!hasError) {
        const headingText = (0, import_micromark_helpers29.getHeadingText)(heading);
        const headingLevel = (0, import_micromark_helpers29.getHeadingLevel)(heading);
        anyHeadings = true;
        const actual = `${"".padEnd(headingLevel, "#")} ${headingText}`;
        const expected = getExpected();
        if (expected === "*") {
          const nextExpected = getExpected();
          if (handleCase(nextExpected) !== handleCase(actual)) {
            matchAny = true;
            i--;
          }
        } else if (expected === "+") {
          matchAny = true;
        } else if (expected === "?") {
        } else if (handleCase(expected) === handleCase(actual)) {
          matchAny = false;
        } else if (matchAny) {
          i--;
        } else {
          (0, import_helpers37.addErrorDetailIf)(
            onError,
            heading.startLine,
            expected,
            actual
          );
          hasError = true;
        }
      }
    }
    const extraHeadings = requiredHeadings.length - i;
    if (!hasError && (extraHeadings > 1 || extraHeadings === 1 && requiredHeadings[i] !== "*") && (anyHeadings || !requiredHeadings.every((heading) => heading === "*"))) {
      (0, import_helpers37.addErrorContext)(
        onError,
        params2.lines.length,
        requiredHeadings[i]
      );
    }
  }
};

// node_modules/markdownlint/lib/md044.mjs
var import_helpers38 = __toESM(require_helpers(), 1);
var import_micromark_helpers31 = __toESM(require_micromark_helpers(), 1);

// node_modules/micromark-extension-directive/lib/factory-attributes.js
function factoryAttributes(effects, ok2, nok, attributesType, attributesMarkerType, attributeType, attributeIdType, attributeClassType, attributeNameType, attributeInitializerType, attributeValueLiteralType, attributeValueType, attributeValueMarker, attributeValueData, disallowEol) {
  let type;
  let marker;
  return start;
  function start(code2) {
    effects.enter(attributesType);
    effects.enter(attributesMarkerType);
    effects.consume(code2);
    effects.exit(attributesMarkerType);
    return between;
  }
  function between(code2) {
    if (code2 === 35) {
      type = attributeIdType;
      return shortcutStart(code2);
    }
    if (code2 === 46) {
      type = attributeClassType;
      return shortcutStart(code2);
    }
    if (disallowEol && markdownSpace(code2)) {
      return factorySpace(effects, between, "whitespace")(code2);
    }
    if (!disallowEol && markdownLineEndingOrSpace(code2)) {
      return factoryWhitespace(effects, between)(code2);
    }
    if (code2 === null || markdownLineEnding(code2) || unicodeWhitespace(code2) || unicodePunctuation(code2) && code2 !== 45 && code2 !== 95) {
      return end(code2);
    }
    effects.enter(attributeType);
    effects.enter(attributeNameType);
    effects.consume(code2);
    return name;
  }
  function shortcutStart(code2) {
    const markerType = (
      /** @type {TokenType} */
      type + "Marker"
    );
    effects.enter(attributeType);
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code2);
    effects.exit(markerType);
    return shortcutStartAfter;
  }
  function shortcutStartAfter(code2) {
    if (code2 === null || code2 === 34 || code2 === 35 || code2 === 39 || code2 === 46 || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96 || code2 === 125 || markdownLineEndingOrSpace(code2)) {
      return nok(code2);
    }
    const valueType = (
      /** @type {TokenType} */
      type + "Value"
    );
    effects.enter(valueType);
    effects.consume(code2);
    return shortcut;
  }
  function shortcut(code2) {
    if (code2 === null || code2 === 34 || code2 === 39 || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 35 || code2 === 46 || code2 === 125 || markdownLineEndingOrSpace(code2)) {
      const valueType = (
        /** @type {TokenType} */
        type + "Value"
      );
      effects.exit(valueType);
      effects.exit(type);
      effects.exit(attributeType);
      return between(code2);
    }
    effects.consume(code2);
    return shortcut;
  }
  function name(code2) {
    if (code2 === null || markdownLineEnding(code2) || unicodeWhitespace(code2) || unicodePunctuation(code2) && code2 !== 45 && code2 !== 46 && code2 !== 58 && code2 !== 95) {
      effects.exit(attributeNameType);
      if (disallowEol && markdownSpace(code2)) {
        return factorySpace(effects, nameAfter, "whitespace")(code2);
      }
      if (!disallowEol && markdownLineEndingOrSpace(code2)) {
        return factoryWhitespace(effects, nameAfter)(code2);
      }
      return nameAfter(code2);
    }
    effects.consume(code2);
    return name;
  }
  function nameAfter(code2) {
    if (code2 === 61) {
      effects.enter(attributeInitializerType);
      effects.consume(code2);
      effects.exit(attributeInitializerType);
      return valueBefore;
    }
    effects.exit(attributeType);
    return between(code2);
  }
  function valueBefore(code2) {
    if (code2 === null || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96 || code2 === 125 || disallowEol && markdownLineEnding(code2)) {
      return nok(code2);
    }
    if (code2 === 34 || code2 === 39) {
      effects.enter(attributeValueLiteralType);
      effects.enter(attributeValueMarker);
      effects.consume(code2);
      effects.exit(attributeValueMarker);
      marker = code2;
      return valueQuotedStart;
    }
    if (disallowEol && markdownSpace(code2)) {
      return factorySpace(effects, valueBefore, "whitespace")(code2);
    }
    if (!disallowEol && markdownLineEndingOrSpace(code2)) {
      return factoryWhitespace(effects, valueBefore)(code2);
    }
    effects.enter(attributeValueType);
    effects.enter(attributeValueData);
    effects.consume(code2);
    marker = void 0;
    return valueUnquoted;
  }
  function valueUnquoted(code2) {
    if (code2 === null || code2 === 34 || code2 === 39 || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 125 || markdownLineEndingOrSpace(code2)) {
      effects.exit(attributeValueData);
      effects.exit(attributeValueType);
      effects.exit(attributeType);
      return between(code2);
    }
    effects.consume(code2);
    return valueUnquoted;
  }
  function valueQuotedStart(code2) {
    if (code2 === marker) {
      effects.enter(attributeValueMarker);
      effects.consume(code2);
      effects.exit(attributeValueMarker);
      effects.exit(attributeValueLiteralType);
      effects.exit(attributeType);
      return valueQuotedAfter;
    }
    effects.enter(attributeValueType);
    return valueQuotedBetween(code2);
  }
  function valueQuotedBetween(code2) {
    if (code2 === marker) {
      effects.exit(attributeValueType);
      return valueQuotedStart(code2);
    }
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      return disallowEol ? nok(code2) : factoryWhitespace(effects, valueQuotedBetween)(code2);
    }
    effects.enter(attributeValueData);
    effects.consume(code2);
    return valueQuoted;
  }
  function valueQuoted(code2) {
    if (code2 === marker || code2 === null || markdownLineEnding(code2)) {
      effects.exit(attributeValueData);
      return valueQuotedBetween(code2);
    }
    effects.consume(code2);
    return valueQuoted;
  }
  function valueQuotedAfter(code2) {
    return code2 === 125 || markdownLineEndingOrSpace(code2) ? between(code2) : end(code2);
  }
  function end(code2) {
    if (code2 === 125) {
      effects.enter(attributesMarkerType);
      effects.consume(code2);
      effects.exit(attributesMarkerType);
      effects.exit(attributesType);
      return ok2;
    }
    return nok(code2);
  }
}

// node_modules/micromark-extension-directive/lib/factory-label.js
function factoryLabel2(effects, ok2, nok, type, markerType, stringType, disallowEol) {
  let size = 0;
  let balance = 0;
  let previous4;
  return start;
  function start(code2) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code2);
    effects.exit(markerType);
    return afterStart;
  }
  function afterStart(code2) {
    if (code2 === 93) {
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      effects.exit(type);
      return ok2;
    }
    effects.enter(stringType);
    return lineStart(code2);
  }
  function lineStart(code2) {
    if (code2 === 93 && !balance) {
      return atClosingBrace(code2);
    }
    const token = effects.enter("chunkText", {
      _contentTypeTextTrailing: true,
      contentType: "text",
      previous: previous4
    });
    if (previous4) previous4.next = token;
    previous4 = token;
    return data(code2);
  }
  function data(code2) {
    if (code2 === null || size > 999) {
      return nok(code2);
    }
    if (code2 === 91 && ++balance > 32) {
      return nok(code2);
    }
    if (code2 === 93 && !balance--) {
      effects.exit("chunkText");
      return atClosingBrace(code2);
    }
    if (markdownLineEnding(code2)) {
      if (disallowEol) {
        return nok(code2);
      }
      effects.consume(code2);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code2);
    return code2 === 92 ? dataEscape : data;
  }
  function dataEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return data;
    }
    return data(code2);
  }
  function atClosingBrace(code2) {
    effects.exit(stringType);
    effects.enter(markerType);
    effects.consume(code2);
    effects.exit(markerType);
    effects.exit(type);
    return ok2;
  }
}

// node_modules/micromark-extension-directive/lib/factory-name.js
function factoryName(effects, ok2, nok, type) {
  const self = this;
  return start;
  function start(code2) {
    if (code2 === null || markdownLineEnding(code2) || unicodePunctuation(code2) || unicodeWhitespace(code2)) {
      return nok(code2);
    }
    effects.enter(type);
    effects.consume(code2);
    return name;
  }
  function name(code2) {
    if (code2 === null || markdownLineEnding(code2) || unicodeWhitespace(code2) || unicodePunctuation(code2) && code2 !== 45 && code2 !== 95) {
      effects.exit(type);
      return self.previous === 45 || self.previous === 95 ? nok(code2) : ok2(code2);
    }
    effects.consume(code2);
    return name;
  }
}

// node_modules/micromark-extension-directive/lib/directive-container.js
var directiveContainer = {
  tokenize: tokenizeDirectiveContainer,
  concrete: true
};
var label = {
  tokenize: tokenizeLabel,
  partial: true
};
var attributes = {
  tokenize: tokenizeAttributes,
  partial: true
};
var nonLazyLine = {
  tokenize: tokenizeNonLazyLine,
  partial: true
};
function tokenizeDirectiveContainer(effects, ok2, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  const initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let sizeOpen = 0;
  let previous4;
  return start;
  function start(code2) {
    effects.enter("directiveContainer");
    effects.enter("directiveContainerFence");
    effects.enter("directiveContainerSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === 58) {
      effects.consume(code2);
      sizeOpen++;
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code2);
    }
    effects.exit("directiveContainerSequence");
    return factoryName.call(self, effects, afterName, nok, "directiveContainerName")(code2);
  }
  function afterName(code2) {
    return code2 === 91 ? effects.attempt(label, afterLabel, afterLabel)(code2) : afterLabel(code2);
  }
  function afterLabel(code2) {
    return code2 === 123 ? effects.attempt(attributes, afterAttributes, afterAttributes)(code2) : afterAttributes(code2);
  }
  function afterAttributes(code2) {
    return factorySpace(effects, openAfter, "whitespace")(code2);
  }
  function openAfter(code2) {
    effects.exit("directiveContainerFence");
    if (code2 === null) {
      return after(code2);
    }
    if (markdownLineEnding(code2)) {
      if (self.interrupt) {
        return ok2(code2);
      }
      return effects.attempt(nonLazyLine, contentStart, after)(code2);
    }
    return nok(code2);
  }
  function contentStart(code2) {
    if (code2 === null) {
      return after(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.check(nonLazyLine, emptyContentNonLazyLineAfter, after)(code2);
    }
    effects.enter("directiveContainerContent");
    return lineStart(code2);
  }
  function lineStart(code2) {
    return effects.attempt({
      tokenize: tokenizeClosingFence,
      partial: true
    }, afterContent, initialSize ? factorySpace(effects, chunkStart, "linePrefix", initialSize + 1) : chunkStart)(code2);
  }
  function chunkStart(code2) {
    if (code2 === null) {
      return afterContent(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.check(nonLazyLine, chunkNonLazyStart, afterContent)(code2);
    }
    return chunkNonLazyStart(code2);
  }
  function contentContinue(code2) {
    if (code2 === null) {
      const t = effects.exit("chunkDocument");
      self.parser.lazy[t.start.line] = false;
      return afterContent(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.check(nonLazyLine, nonLazyLineAfter, lineAfter)(code2);
    }
    effects.consume(code2);
    return contentContinue;
  }
  function chunkNonLazyStart(code2) {
    const token = effects.enter("chunkDocument", {
      contentType: "document",
      previous: previous4
    });
    if (previous4) previous4.next = token;
    previous4 = token;
    return contentContinue(code2);
  }
  function emptyContentNonLazyLineAfter(code2) {
    effects.enter("directiveContainerContent");
    return lineStart(code2);
  }
  function nonLazyLineAfter(code2) {
    effects.consume(code2);
    const t = effects.exit("chunkDocument");
    self.parser.lazy[t.start.line] = false;
    return lineStart;
  }
  function lineAfter(code2) {
    const t = effects.exit("chunkDocument");
    self.parser.lazy[t.start.line] = false;
    return afterContent(code2);
  }
  function afterContent(code2) {
    effects.exit("directiveContainerContent");
    return after(code2);
  }
  function after(code2) {
    effects.exit("directiveContainer");
    return ok2(code2);
  }
  function tokenizeClosingFence(effects2, ok3, nok2) {
    let size = 0;
    return factorySpace(effects2, closingPrefixAfter, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
    function closingPrefixAfter(code2) {
      effects2.enter("directiveContainerFence");
      effects2.enter("directiveContainerSequence");
      return closingSequence(code2);
    }
    function closingSequence(code2) {
      if (code2 === 58) {
        effects2.consume(code2);
        size++;
        return closingSequence;
      }
      if (size < sizeOpen) return nok2(code2);
      effects2.exit("directiveContainerSequence");
      return factorySpace(effects2, closingSequenceEnd, "whitespace")(code2);
    }
    function closingSequenceEnd(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects2.exit("directiveContainerFence");
        return ok3(code2);
      }
      return nok2(code2);
    }
  }
}
function tokenizeLabel(effects, ok2, nok) {
  return factoryLabel2(effects, ok2, nok, "directiveContainerLabel", "directiveContainerLabelMarker", "directiveContainerLabelString", true);
}
function tokenizeAttributes(effects, ok2, nok) {
  return factoryAttributes(effects, ok2, nok, "directiveContainerAttributes", "directiveContainerAttributesMarker", "directiveContainerAttribute", "directiveContainerAttributeId", "directiveContainerAttributeClass", "directiveContainerAttributeName", "directiveContainerAttributeInitializerMarker", "directiveContainerAttributeValueLiteral", "directiveContainerAttributeValue", "directiveContainerAttributeValueMarker", "directiveContainerAttributeValueData", true);
}
function tokenizeNonLazyLine(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return lineStart;
  }
  function lineStart(code2) {
    return self.parser.lazy[self.now().line] ? nok(code2) : ok2(code2);
  }
}

// node_modules/micromark-extension-directive/lib/directive-leaf.js
var directiveLeaf = {
  tokenize: tokenizeDirectiveLeaf
};
var label2 = {
  tokenize: tokenizeLabel2,
  partial: true
};
var attributes2 = {
  tokenize: tokenizeAttributes2,
  partial: true
};
function tokenizeDirectiveLeaf(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code2) {
    effects.enter("directiveLeaf");
    effects.enter("directiveLeafSequence");
    effects.consume(code2);
    return inStart;
  }
  function inStart(code2) {
    if (code2 === 58) {
      effects.consume(code2);
      effects.exit("directiveLeafSequence");
      return factoryName.call(self, effects, afterName, nok, "directiveLeafName");
    }
    return nok(code2);
  }
  function afterName(code2) {
    return code2 === 91 ? effects.attempt(label2, afterLabel, afterLabel)(code2) : afterLabel(code2);
  }
  function afterLabel(code2) {
    return code2 === 123 ? effects.attempt(attributes2, afterAttributes, afterAttributes)(code2) : afterAttributes(code2);
  }
  function afterAttributes(code2) {
    return factorySpace(effects, end, "whitespace")(code2);
  }
  function end(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("directiveLeaf");
      return ok2(code2);
    }
    return nok(code2);
  }
}
function tokenizeLabel2(effects, ok2, nok) {
  return factoryLabel2(effects, ok2, nok, "directiveLeafLabel", "directiveLeafLabelMarker", "directiveLeafLabelString", true);
}
function tokenizeAttributes2(effects, ok2, nok) {
  return factoryAttributes(effects, ok2, nok, "directiveLeafAttributes", "directiveLeafAttributesMarker", "directiveLeafAttribute", "directiveLeafAttributeId", "directiveLeafAttributeClass", "directiveLeafAttributeName", "directiveLeafAttributeInitializerMarker", "directiveLeafAttributeValueLiteral", "directiveLeafAttributeValue", "directiveLeafAttributeValueMarker", "directiveLeafAttributeValueData", true);
}

// node_modules/micromark-extension-directive/lib/directive-text.js
var directiveText = {
  tokenize: tokenizeDirectiveText,
  previous: previous2
};
var label3 = {
  tokenize: tokenizeLabel3,
  partial: true
};
var attributes3 = {
  tokenize: tokenizeAttributes3,
  partial: true
};
function previous2(code2) {
  return code2 !== 58 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeDirectiveText(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code2) {
    effects.enter("directiveText");
    effects.enter("directiveTextMarker");
    effects.consume(code2);
    effects.exit("directiveTextMarker");
    return factoryName.call(self, effects, afterName, nok, "directiveTextName");
  }
  function afterName(code2) {
    return code2 === 58 ? nok(code2) : code2 === 91 ? effects.attempt(label3, afterLabel, afterLabel)(code2) : afterLabel(code2);
  }
  function afterLabel(code2) {
    return code2 === 123 ? effects.attempt(attributes3, afterAttributes, afterAttributes)(code2) : afterAttributes(code2);
  }
  function afterAttributes(code2) {
    effects.exit("directiveText");
    return ok2(code2);
  }
}
function tokenizeLabel3(effects, ok2, nok) {
  return factoryLabel2(effects, ok2, nok, "directiveTextLabel", "directiveTextLabelMarker", "directiveTextLabelString");
}
function tokenizeAttributes3(effects, ok2, nok) {
  return factoryAttributes(effects, ok2, nok, "directiveTextAttributes", "directiveTextAttributesMarker", "directiveTextAttribute", "directiveTextAttributeId", "directiveTextAttributeClass", "directiveTextAttributeName", "directiveTextAttributeInitializerMarker", "directiveTextAttributeValueLiteral", "directiveTextAttributeValue", "directiveTextAttributeValueMarker", "directiveTextAttributeValueData");
}

// node_modules/micromark-extension-directive/lib/syntax.js
function directive() {
  return {
    text: {
      [58]: directiveText
    },
    flow: {
      [58]: [directiveContainer, directiveLeaf]
    }
  };
}

// node_modules/micromark-extension-gfm-autolink-literal/lib/syntax.js
var wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: true
};
var domain = {
  tokenize: tokenizeDomain,
  partial: true
};
var path8 = {
  tokenize: tokenizePath,
  partial: true
};
var trail = {
  tokenize: tokenizeTrail,
  partial: true
};
var emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: true
};
var wwwAutolink = {
  name: "wwwAutolink",
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
};
var protocolAutolink = {
  name: "protocolAutolink",
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
};
var emailAutolink = {
  name: "emailAutolink",
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
};
var text3 = {};
function gfmAutolinkLiteral() {
  return {
    text: text3
  };
}
var code = 48;
while (code < 123) {
  text3[code] = emailAutolink;
  code++;
  if (code === 58) code = 65;
  else if (code === 91) code = 97;
}
text3[43] = emailAutolink;
text3[45] = emailAutolink;
text3[46] = emailAutolink;
text3[95] = emailAutolink;
text3[72] = [emailAutolink, protocolAutolink];
text3[104] = [emailAutolink, protocolAutolink];
text3[87] = [emailAutolink, wwwAutolink];
text3[119] = [emailAutolink, wwwAutolink];
function tokenizeEmailAutolink(effects, ok2, nok) {
  const self = this;
  let dot;
  let data;
  return start;
  function start(code2) {
    if (!gfmAtext(code2) || !previousEmail.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkEmail");
    return atext(code2);
  }
  function atext(code2) {
    if (gfmAtext(code2)) {
      effects.consume(code2);
      return atext;
    }
    if (code2 === 64) {
      effects.consume(code2);
      return emailDomain;
    }
    return nok(code2);
  }
  function emailDomain(code2) {
    if (code2 === 46) {
      return effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code2);
    }
    if (code2 === 45 || code2 === 95 || asciiAlphanumeric(code2)) {
      data = true;
      effects.consume(code2);
      return emailDomain;
    }
    return emailDomainAfter(code2);
  }
  function emailDomainDot(code2) {
    effects.consume(code2);
    dot = true;
    return emailDomain;
  }
  function emailDomainAfter(code2) {
    if (data && dot && asciiAlpha(self.previous)) {
      effects.exit("literalAutolinkEmail");
      effects.exit("literalAutolink");
      return ok2(code2);
    }
    return nok(code2);
  }
}
function tokenizeWwwAutolink(effects, ok2, nok) {
  const self = this;
  return wwwStart;
  function wwwStart(code2) {
    if (code2 !== 87 && code2 !== 119 || !previousWww.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkWww");
    return effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path8, wwwAfter), nok), nok)(code2);
  }
  function wwwAfter(code2) {
    effects.exit("literalAutolinkWww");
    effects.exit("literalAutolink");
    return ok2(code2);
  }
}
function tokenizeProtocolAutolink(effects, ok2, nok) {
  const self = this;
  let buffer = "";
  let seen = false;
  return protocolStart;
  function protocolStart(code2) {
    if ((code2 === 72 || code2 === 104) && previousProtocol.call(self, self.previous) && !previousUnbalanced(self.events)) {
      effects.enter("literalAutolink");
      effects.enter("literalAutolinkHttp");
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    return nok(code2);
  }
  function protocolPrefixInside(code2) {
    if (asciiAlpha(code2) && buffer.length < 5) {
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    if (code2 === 58) {
      const protocol = buffer.toLowerCase();
      if (protocol === "http" || protocol === "https") {
        effects.consume(code2);
        return protocolSlashesInside;
      }
    }
    return nok(code2);
  }
  function protocolSlashesInside(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      if (seen) {
        return afterProtocol;
      }
      seen = true;
      return protocolSlashesInside;
    }
    return nok(code2);
  }
  function afterProtocol(code2) {
    return code2 === null || asciiControl(code2) || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || unicodePunctuation(code2) ? nok(code2) : effects.attempt(domain, effects.attempt(path8, protocolAfter), nok)(code2);
  }
  function protocolAfter(code2) {
    effects.exit("literalAutolinkHttp");
    effects.exit("literalAutolink");
    return ok2(code2);
  }
}
function tokenizeWwwPrefix(effects, ok2, nok) {
  let size = 0;
  return wwwPrefixInside;
  function wwwPrefixInside(code2) {
    if ((code2 === 87 || code2 === 119) && size < 3) {
      size++;
      effects.consume(code2);
      return wwwPrefixInside;
    }
    if (code2 === 46 && size === 3) {
      effects.consume(code2);
      return wwwPrefixAfter;
    }
    return nok(code2);
  }
  function wwwPrefixAfter(code2) {
    return code2 === null ? nok(code2) : ok2(code2);
  }
}
function tokenizeDomain(effects, ok2, nok) {
  let underscoreInLastSegment;
  let underscoreInLastLastSegment;
  let seen;
  return domainInside;
  function domainInside(code2) {
    if (code2 === 46 || code2 === 95) {
      return effects.check(trail, domainAfter, domainAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || code2 !== 45 && unicodePunctuation(code2)) {
      return domainAfter(code2);
    }
    seen = true;
    effects.consume(code2);
    return domainInside;
  }
  function domainAtPunctuation(code2) {
    if (code2 === 95) {
      underscoreInLastSegment = true;
    } else {
      underscoreInLastLastSegment = underscoreInLastSegment;
      underscoreInLastSegment = void 0;
    }
    effects.consume(code2);
    return domainInside;
  }
  function domainAfter(code2) {
    if (underscoreInLastLastSegment || underscoreInLastSegment || !seen) {
      return nok(code2);
    }
    return ok2(code2);
  }
}
function tokenizePath(effects, ok2) {
  let sizeOpen = 0;
  let sizeClose = 0;
  return pathInside;
  function pathInside(code2) {
    if (code2 === 40) {
      sizeOpen++;
      effects.consume(code2);
      return pathInside;
    }
    if (code2 === 41 && sizeClose < sizeOpen) {
      return pathAtPunctuation(code2);
    }
    if (code2 === 33 || code2 === 34 || code2 === 38 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 60 || code2 === 63 || code2 === 93 || code2 === 95 || code2 === 126) {
      return effects.check(trail, ok2, pathAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok2(code2);
    }
    effects.consume(code2);
    return pathInside;
  }
  function pathAtPunctuation(code2) {
    if (code2 === 41) {
      sizeClose++;
    }
    effects.consume(code2);
    return pathInside;
  }
}
function tokenizeTrail(effects, ok2, nok) {
  return trail2;
  function trail2(code2) {
    if (code2 === 33 || code2 === 34 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 63 || code2 === 95 || code2 === 126) {
      effects.consume(code2);
      return trail2;
    }
    if (code2 === 38) {
      effects.consume(code2);
      return trailCharacterReferenceStart;
    }
    if (code2 === 93) {
      effects.consume(code2);
      return trailBracketAfter;
    }
    if (
      // `<` is an end.
      code2 === 60 || // So is whitespace.
      code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)
    ) {
      return ok2(code2);
    }
    return nok(code2);
  }
  function trailBracketAfter(code2) {
    if (code2 === null || code2 === 40 || code2 === 91 || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok2(code2);
    }
    return trail2(code2);
  }
  function trailCharacterReferenceStart(code2) {
    return asciiAlpha(code2) ? trailCharacterReferenceInside(code2) : nok(code2);
  }
  function trailCharacterReferenceInside(code2) {
    if (code2 === 59) {
      effects.consume(code2);
      return trail2;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return trailCharacterReferenceInside;
    }
    return nok(code2);
  }
}
function tokenizeEmailDomainDotTrail(effects, ok2, nok) {
  return start;
  function start(code2) {
    effects.consume(code2);
    return after;
  }
  function after(code2) {
    return asciiAlphanumeric(code2) ? nok(code2) : ok2(code2);
  }
}
function previousWww(code2) {
  return code2 === null || code2 === 40 || code2 === 42 || code2 === 95 || code2 === 91 || code2 === 93 || code2 === 126 || markdownLineEndingOrSpace(code2);
}
function previousProtocol(code2) {
  return !asciiAlpha(code2);
}
function previousEmail(code2) {
  return !(code2 === 47 || gfmAtext(code2));
}
function gfmAtext(code2) {
  return code2 === 43 || code2 === 45 || code2 === 46 || code2 === 95 || asciiAlphanumeric(code2);
}
function previousUnbalanced(events) {
  let index2 = events.length;
  let result = false;
  while (index2--) {
    const token = events[index2][1];
    if ((token.type === "labelLink" || token.type === "labelImage") && !token._balanced) {
      result = true;
      break;
    }
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = false;
      break;
    }
  }
  if (events.length > 0 && !result) {
    events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true;
  }
  return result;
}

// node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var indent = {
  tokenize: tokenizeIndent2,
  partial: true
};
function gfmFootnote() {
  return {
    document: {
      [91]: {
        name: "gfmFootnoteDefinition",
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      [91]: {
        name: "gfmFootnoteCall",
        tokenize: tokenizeGfmFootnoteCall
      },
      [93]: {
        name: "gfmPotentialFootnoteCall",
        add: "after",
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}
function tokenizePotentialGfmFootnoteCall(effects, ok2, nok) {
  const self = this;
  let index2 = self.events.length;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let labelStart;
  while (index2--) {
    const token = self.events[index2][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }
    if (token.type === "gfmFootnoteCall" || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link") {
      break;
    }
  }
  return start;
  function start(code2) {
    if (!labelStart || !labelStart._balanced) {
      return nok(code2);
    }
    const id = normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    }));
    if (id.codePointAt(0) !== 94 || !defined.includes(id.slice(1))) {
      return nok(code2);
    }
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return ok2(code2);
  }
}
function resolveToPotentialGfmFootnoteCall(events, context) {
  let index2 = events.length;
  let labelStart;
  while (index2--) {
    if (events[index2][1].type === "labelImage" && events[index2][0] === "enter") {
      labelStart = events[index2][1];
      break;
    }
  }
  events[index2 + 1][1].type = "data";
  events[index2 + 3][1].type = "gfmFootnoteCallLabelMarker";
  const call = {
    type: "gfmFootnoteCall",
    start: Object.assign({}, events[index2 + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  };
  const marker = {
    type: "gfmFootnoteCallMarker",
    start: Object.assign({}, events[index2 + 3][1].end),
    end: Object.assign({}, events[index2 + 3][1].end)
  };
  marker.end.column++;
  marker.end.offset++;
  marker.end._bufferIndex++;
  const string3 = {
    type: "gfmFootnoteCallString",
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  };
  const chunk = {
    type: "chunkString",
    contentType: "string",
    start: Object.assign({}, string3.start),
    end: Object.assign({}, string3.end)
  };
  const replacement = [
    // Take the `labelImageMarker` (now `data`, the `!`)
    events[index2 + 1],
    events[index2 + 2],
    ["enter", call, context],
    // The `[`
    events[index2 + 3],
    events[index2 + 4],
    // The `^`.
    ["enter", marker, context],
    ["exit", marker, context],
    // Everything in between.
    ["enter", string3, context],
    ["enter", chunk, context],
    ["exit", chunk, context],
    ["exit", string3, context],
    // The ending (`]`, properly parsed and labelled).
    events[events.length - 2],
    events[events.length - 1],
    ["exit", call, context]
  ];
  events.splice(index2, events.length - index2 + 1, ...replacement);
  return events;
}
function tokenizeGfmFootnoteCall(effects, ok2, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let size = 0;
  let data;
  return start;
  function start(code2) {
    effects.enter("gfmFootnoteCall");
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return callStart;
  }
  function callStart(code2) {
    if (code2 !== 94) return nok(code2);
    effects.enter("gfmFootnoteCallMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallMarker");
    effects.enter("gfmFootnoteCallString");
    effects.enter("chunkString").contentType = "string";
    return callData;
  }
  function callData(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteCallString");
      if (!defined.includes(normalizeIdentifier(self.sliceSerialize(token)))) {
        return nok(code2);
      }
      effects.enter("gfmFootnoteCallLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteCallLabelMarker");
      effects.exit("gfmFootnoteCall");
      return ok2;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? callEscape : callData;
  }
  function callEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return callData;
    }
    return callData(code2);
  }
}
function tokenizeDefinitionStart(effects, ok2, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let identifier;
  let size = 0;
  let data;
  return start;
  function start(code2) {
    effects.enter("gfmFootnoteDefinition")._container = true;
    effects.enter("gfmFootnoteDefinitionLabel");
    effects.enter("gfmFootnoteDefinitionLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteDefinitionLabelMarker");
    return labelAtMarker;
  }
  function labelAtMarker(code2) {
    if (code2 === 94) {
      effects.enter("gfmFootnoteDefinitionMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionMarker");
      effects.enter("gfmFootnoteDefinitionLabelString");
      effects.enter("chunkString").contentType = "string";
      return labelInside;
    }
    return nok(code2);
  }
  function labelInside(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteDefinitionLabelString");
      identifier = normalizeIdentifier(self.sliceSerialize(token));
      effects.enter("gfmFootnoteDefinitionLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionLabelMarker");
      effects.exit("gfmFootnoteDefinitionLabel");
      return labelAfter;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return labelInside;
    }
    return labelInside(code2);
  }
  function labelAfter(code2) {
    if (code2 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code2);
      effects.exit("definitionMarker");
      if (!defined.includes(identifier)) {
        defined.push(identifier);
      }
      return factorySpace(effects, whitespaceAfter, "gfmFootnoteDefinitionWhitespace");
    }
    return nok(code2);
  }
  function whitespaceAfter(code2) {
    return ok2(code2);
  }
}
function tokenizeDefinitionContinuation(effects, ok2, nok) {
  return effects.check(blankLine, ok2, effects.attempt(indent, ok2, nok));
}
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit("gfmFootnoteDefinition");
}
function tokenizeIndent2(effects, ok2, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "gfmFootnoteDefinitionIndent", 4 + 1);
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "gfmFootnoteDefinitionIndent" && tail[2].sliceSerialize(tail[1], true).length === 4 ? ok2(code2) : nok(code2);
  }
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   * @param {number} remove
   * @param {Array<Event>} add
   * @returns {undefined}
   */
  add(index2, remove, add) {
    addImplementation(this, index2, remove, add);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   * @returns {undefined}
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
  }
};
function addImplementation(editMap, at, remove, add) {
  let index2 = 0;
  if (remove === 0 && add.length === 0) {
    return;
  }
  while (index2 < editMap.map.length) {
    if (editMap.map[index2][0] === at) {
      editMap.map[index2][1] += remove;
      editMap.map[index2][2].push(...add);
      return;
    }
    index2 += 1;
  }
  editMap.map.push([at, remove, add]);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index2) {
  let inDelimiterRow = false;
  const align = [];
  while (index2 < events.length) {
    const event = events[index2];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align.push(events[index2 + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index2 - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index2 += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok2, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start;
  function start(code2) {
    let index2 = self.events.length - 1;
    while (index2 > -1) {
      const type = self.events[index2][1].type;
      if (type === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") index2--;
      else break;
    }
    const tail = index2 > -1 ? self.events[index2][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    return next(code2);
  }
  function headRowBefore(code2) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code2);
  }
  function headRowStart(code2) {
    if (code2 === 124) {
      return headRowBreak(code2);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code2);
  }
  function headRowBreak(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      if (sizeB > 1) {
        sizeB = 0;
        self.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code2);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code2);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code2 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code2);
  }
  function headRowData(code2) {
    if (code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2)) {
      effects.exit("data");
      return headRowBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code2) {
    if (code2 === 92 || code2 === 124) {
      effects.consume(code2);
      return headRowData;
    }
    return headRowData(code2);
  }
  function headDelimiterStart(code2) {
    self.interrupt = false;
    if (self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
    }
    return headDelimiterBefore(code2);
  }
  function headDelimiterBefore(code2) {
    if (code2 === 45 || code2 === 58) {
      return headDelimiterValueBefore(code2);
    }
    if (code2 === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterCellBefore(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code2);
    }
    return headDelimiterValueBefore(code2);
  }
  function headDelimiterValueBefore(code2) {
    if (code2 === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code2);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code2 === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      return headDelimiterCellAfter(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterLeftAlignmentAfter(code2) {
    if (code2 === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterFiller(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return headDelimiterFiller;
    }
    if (code2 === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code2);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code2);
  }
  function headDelimiterRightAlignmentAfter(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code2);
    }
    return headDelimiterCellAfter(code2);
  }
  function headDelimiterCellAfter(code2) {
    if (code2 === 124) {
      return headDelimiterBefore(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code2);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok2(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterNok(code2) {
    return nok(code2);
  }
  function bodyRowStart(code2) {
    effects.enter("tableRow");
    return bodyRowBreak(code2);
  }
  function bodyRowBreak(code2) {
    if (code2 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("tableRow");
      return ok2(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code2);
    }
    effects.enter("data");
    return bodyRowData(code2);
  }
  function bodyRowData(code2) {
    if (code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2)) {
      effects.exit("data");
      return bodyRowBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code2) {
    if (code2 === 92 || code2 === 124) {
      effects.consume(code2);
      return bodyRowData;
    }
    return bodyRowData(code2);
  }
}
function resolveTable(events, context) {
  let index2 = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map2 = new EditMap();
  while (++index2 < events.length) {
    const event = events[index2];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map2, context, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map2.add(index2, 0, [["enter", currentTable, context]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell = [0, index2 + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map2.add(index2, 0, [["enter", currentBody, context]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map2, context, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index2;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map2, context, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index2, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index2;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index2;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map2, context, lastCell, rowKind, index2, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map2, context, cell, rowKind, index2, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell[3] = index2;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map2, context, lastTableEnd, currentTable, currentBody);
  }
  map2.consume(context.events);
  index2 = -1;
  while (++index2 < context.events.length) {
    const event = context.events[index2];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context.events, index2);
    }
  }
  return events;
}
function flushCell(map2, context, range, rowKind, rowEnd, previousCell) {
  const groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map2.add(range[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map2.add(range[1], 0, [["enter", previousCell, context]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map2.add(range[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b = range[3] - range[2] - 1;
        map2.add(a, b, []);
      }
    }
    map2.add(range[3] + 1, 0, [["exit", valueToken, context]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map2.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map2, context, index2, table, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index2);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context]);
  }
  table.end = Object.assign({}, related);
  exits.push(["exit", table, context]);
  map2.add(index2 + 1, 0, exits);
}
function getPoint(events, index2) {
  const event = events[index2];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/micromark-extension-math/lib/math-flow.js
var mathFlow = {
  tokenize: tokenizeMathFenced,
  concrete: true,
  name: "mathFlow"
};
var nonLazyContinuation2 = {
  tokenize: tokenizeNonLazyContinuation2,
  partial: true
};
function tokenizeMathFenced(effects, ok2, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  const initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let sizeOpen = 0;
  return start;
  function start(code2) {
    effects.enter("mathFlow");
    effects.enter("mathFlowFence");
    effects.enter("mathFlowFenceSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === 36) {
      effects.consume(code2);
      sizeOpen++;
      return sequenceOpen;
    }
    if (sizeOpen < 2) {
      return nok(code2);
    }
    effects.exit("mathFlowFenceSequence");
    return factorySpace(effects, metaBefore, "whitespace")(code2);
  }
  function metaBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return metaAfter(code2);
    }
    effects.enter("mathFlowFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code2);
  }
  function meta(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      effects.exit("mathFlowFenceMeta");
      return metaAfter(code2);
    }
    if (code2 === 36) {
      return nok(code2);
    }
    effects.consume(code2);
    return meta;
  }
  function metaAfter(code2) {
    effects.exit("mathFlowFence");
    if (self.interrupt) {
      return ok2(code2);
    }
    return effects.attempt(nonLazyContinuation2, beforeNonLazyContinuation, after)(code2);
  }
  function beforeNonLazyContinuation(code2) {
    return effects.attempt({
      tokenize: tokenizeClosingFence,
      partial: true
    }, after, contentStart)(code2);
  }
  function contentStart(code2) {
    return (initialSize ? factorySpace(effects, beforeContentChunk, "linePrefix", initialSize + 1) : beforeContentChunk)(code2);
  }
  function beforeContentChunk(code2) {
    if (code2 === null) {
      return after(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.attempt(nonLazyContinuation2, beforeNonLazyContinuation, after)(code2);
    }
    effects.enter("mathFlowValue");
    return contentChunk(code2);
  }
  function contentChunk(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("mathFlowValue");
      return beforeContentChunk(code2);
    }
    effects.consume(code2);
    return contentChunk;
  }
  function after(code2) {
    effects.exit("mathFlow");
    return ok2(code2);
  }
  function tokenizeClosingFence(effects2, ok3, nok2) {
    let size = 0;
    return factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
    function beforeSequenceClose(code2) {
      effects2.enter("mathFlowFence");
      effects2.enter("mathFlowFenceSequence");
      return sequenceClose(code2);
    }
    function sequenceClose(code2) {
      if (code2 === 36) {
        size++;
        effects2.consume(code2);
        return sequenceClose;
      }
      if (size < sizeOpen) {
        return nok2(code2);
      }
      effects2.exit("mathFlowFenceSequence");
      return factorySpace(effects2, afterSequenceClose, "whitespace")(code2);
    }
    function afterSequenceClose(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects2.exit("mathFlowFence");
        return ok3(code2);
      }
      return nok2(code2);
    }
  }
}
function tokenizeNonLazyContinuation2(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code2) {
    if (code2 === null) {
      return ok2(code2);
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return lineStart;
  }
  function lineStart(code2) {
    return self.parser.lazy[self.now().line] ? nok(code2) : ok2(code2);
  }
}

// node_modules/micromark-extension-math/lib/math-text.js
function mathText(options) {
  const options_ = options || {};
  let single = options_.singleDollarTextMath;
  if (single === null || single === void 0) {
    single = true;
  }
  return {
    tokenize: tokenizeMathText,
    resolve: resolveMathText,
    previous: previous3,
    name: "mathText"
  };
  function tokenizeMathText(effects, ok2, nok) {
    const self = this;
    let sizeOpen = 0;
    let size;
    let token;
    return start;
    function start(code2) {
      effects.enter("mathText");
      effects.enter("mathTextSequence");
      return sequenceOpen(code2);
    }
    function sequenceOpen(code2) {
      if (code2 === 36) {
        effects.consume(code2);
        sizeOpen++;
        return sequenceOpen;
      }
      if (sizeOpen < 2 && !single) {
        return nok(code2);
      }
      effects.exit("mathTextSequence");
      return between(code2);
    }
    function between(code2) {
      if (code2 === null) {
        return nok(code2);
      }
      if (code2 === 36) {
        token = effects.enter("mathTextSequence");
        size = 0;
        return sequenceClose(code2);
      }
      if (code2 === 32) {
        effects.enter("space");
        effects.consume(code2);
        effects.exit("space");
        return between;
      }
      if (markdownLineEnding(code2)) {
        effects.enter("lineEnding");
        effects.consume(code2);
        effects.exit("lineEnding");
        return between;
      }
      effects.enter("mathTextData");
      return data(code2);
    }
    function data(code2) {
      if (code2 === null || code2 === 32 || code2 === 36 || markdownLineEnding(code2)) {
        effects.exit("mathTextData");
        return between(code2);
      }
      effects.consume(code2);
      return data;
    }
    function sequenceClose(code2) {
      if (code2 === 36) {
        effects.consume(code2);
        size++;
        return sequenceClose;
      }
      if (size === sizeOpen) {
        effects.exit("mathTextSequence");
        effects.exit("mathText");
        return ok2(code2);
      }
      token.type = "mathTextData";
      return data(code2);
    }
  }
}
function resolveMathText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "mathTextData") {
        events[tailExitIndex][1].type = "mathTextPadding";
        events[headEnterIndex][1].type = "mathTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "mathTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous3(code2) {
  return code2 !== 36 || this.events[this.events.length - 1][1].type === "characterEscape";
}

// node_modules/micromark-extension-math/lib/syntax.js
function math(options) {
  return {
    flow: {
      [36]: mathFlow
    },
    text: {
      [36]: mathText(options)
    }
  };
}

// node_modules/markdownlint/lib/micromark-parse.mjs
var import_micromark_helpers30 = __toESM(require_micromark_helpers(), 1);
var import_shared = __toESM(require_shared(), 1);
function getText(markdown, token) {
  return markdown.slice(token.start.offset, token.end.offset);
}
function getEvents(markdown, micromarkParseOptions = {}) {
  const extensions = [
    directive(),
    gfmAutolinkLiteral(),
    gfmFootnote(),
    gfmTable(),
    math(),
    ...micromarkParseOptions.extensions || []
  ];
  const artificialEventLists = [];
  const tokenizeOriginal = labelEnd.tokenize;
  function tokenizeShim(effects, okOriginal, nokOriginal) {
    const tokenizeContext = this;
    const events = tokenizeContext.events;
    const nokShim = (code2) => {
      let indexStart = events.length;
      while (--indexStart >= 0) {
        const event = events[indexStart];
        const [kind, token] = event;
        if (kind === "enter") {
          const { type } = token;
          if (type === "labelImage" || type === "labelLink") {
            break;
          }
        }
      }
      if (indexStart >= 0) {
        const eventStart = events[indexStart];
        const [, eventStartToken] = eventStart;
        const eventEnd = events[events.length - 1];
        const [, eventEndToken] = eventEnd;
        const undefinedReferenceType = {
          "type": "undefinedReferenceShortcut",
          "start": eventStartToken.start,
          "end": eventEndToken.end
        };
        const undefinedReference = {
          "type": "undefinedReference",
          "start": eventStartToken.start,
          "end": eventEndToken.end
        };
        const eventsToReplicate = events.slice(indexStart).filter((event) => {
          const [, eventToken] = event;
          const { type } = eventToken;
          return type === "data" || type === "lineEnding";
        });
        const previousUndefinedEvent = artificialEventLists.length > 0 && artificialEventLists[artificialEventLists.length - 1][0];
        const previousUndefinedToken = previousUndefinedEvent && previousUndefinedEvent[1];
        if (previousUndefinedToken && previousUndefinedToken.end.line === undefinedReferenceType.start.line && previousUndefinedToken.end.column === undefinedReferenceType.start.column) {
          if (eventsToReplicate.length === 0) {
            previousUndefinedToken.type = "undefinedReferenceCollapsed";
            previousUndefinedToken.end = eventEndToken.end;
          } else {
            undefinedReferenceType.type = "undefinedReferenceFull";
            undefinedReferenceType.start = previousUndefinedToken.start;
            artificialEventLists.pop();
          }
        }
        const text4 = eventsToReplicate.filter((event) => event[0] === "enter").map((event) => getText(markdown, event[1])).join("").trim();
        if (text4.length > 0 && !text4.includes("]")) {
          const artificialEvents = [
            ["enter", undefinedReferenceType, tokenizeContext],
            ["enter", undefinedReference, tokenizeContext]
          ];
          for (const event of eventsToReplicate) {
            const [kind, token] = event;
            artificialEvents.push([kind, { ...token }, tokenizeContext]);
          }
          artificialEvents.push(
            ["exit", undefinedReference, tokenizeContext],
            ["exit", undefinedReferenceType, tokenizeContext]
          );
          artificialEventLists.push(artificialEvents);
        }
      }
      return nokOriginal(code2);
    };
    return tokenizeOriginal.call(tokenizeContext, effects, okOriginal, nokShim);
  }
  try {
    labelEnd.tokenize = tokenizeShim;
    const encoding = void 0;
    const eol = true;
    const parseContext = parse3({ ...micromarkParseOptions, extensions });
    const chunks = preprocess()(markdown, encoding, eol);
    const events = postprocess(parseContext.document().write(chunks));
    return events.concat(...artificialEventLists);
  } finally {
    labelEnd.tokenize = tokenizeOriginal;
  }
}
function parseInternal(markdown, parseOptions = {}, micromarkParseOptions = {}, lineDelta = 0, ancestor = void 0) {
  const freezeTokens = Boolean(parseOptions.freezeTokens);
  const events = getEvents(markdown, micromarkParseOptions);
  const document3 = [];
  let flatTokens = [];
  const root = {
    "type": "data",
    "startLine": -1,
    "startColumn": -1,
    "endLine": -1,
    "endColumn": -1,
    "text": "ROOT",
    "children": document3,
    "parent": null
  };
  const history = [root];
  let current = root;
  let reparseOptions = null;
  let lines = null;
  let skipHtmlFlowChildren = false;
  for (const event of events) {
    const [kind, token] = event;
    const { type, start, end } = token;
    const { "column": startColumn, "line": startLine2 } = start;
    const { "column": endColumn, "line": endLine } = end;
    const text4 = getText(markdown, token);
    if (kind === "enter" && !skipHtmlFlowChildren) {
      const previous4 = current;
      history.push(previous4);
      current = {
        type,
        "startLine": startLine2 + lineDelta,
        startColumn,
        "endLine": endLine + lineDelta,
        endColumn,
        text: text4,
        "children": [],
        "parent": previous4 === root ? ancestor || null : previous4
      };
      if (ancestor) {
        Object.defineProperty(current, import_shared.htmlFlowSymbol, { "value": true });
      }
      previous4.children.push(current);
      flatTokens.push(current);
      if (current.type === "htmlFlow" && !(0, import_micromark_helpers30.isHtmlFlowComment)(current)) {
        skipHtmlFlowChildren = true;
        if (!reparseOptions || !lines) {
          reparseOptions = {
            ...micromarkParseOptions,
            "extensions": [
              {
                "disable": {
                  "null": ["codeIndented", "htmlFlow"]
                }
              }
            ]
          };
          lines = markdown.split(import_shared.newLineRe);
        }
        const reparseMarkdown = lines.slice(current.startLine - 1, current.endLine).join("\n");
        const tokens = parseInternal(
          reparseMarkdown,
          parseOptions,
          reparseOptions,
          current.startLine - 1,
          current
        );
        current.children = tokens;
        flatTokens = flatTokens.concat(tokens[import_shared.flatTokensSymbol]);
      }
    } else if (kind === "exit") {
      if (type === "htmlFlow") {
        skipHtmlFlowChildren = false;
      }
      if (!skipHtmlFlowChildren) {
        if (freezeTokens) {
          Object.freeze(current.children);
          Object.freeze(current);
        }
        current = history.pop();
      }
    }
  }
  Object.defineProperty(document3, import_shared.flatTokensSymbol, { "value": flatTokens });
  if (freezeTokens) {
    Object.freeze(document3);
  }
  return document3;
}
function parse4(markdown, parseOptions) {
  return parseInternal(markdown, parseOptions);
}

// node_modules/markdownlint/lib/md044.mjs
var ignoredChildTypes = /* @__PURE__ */ new Set(
  ["codeFencedFence", "definition", "reference", "resource"]
);
var md044_default = {
  "names": ["MD044", "proper-names"],
  "description": "Proper names should have the correct capitalization",
  "tags": ["spelling"],
  "parser": "micromark",
  "function": function MD044(params2, onError) {
    let names = params2.config.names;
    names = Array.isArray(names) ? names : [];
    names.sort((a, b) => b.length - a.length || a.localeCompare(b));
    if (names.length === 0) {
      return;
    }
    const codeBlocks2 = params2.config.code_blocks;
    const includeCodeBlocks = codeBlocks2 === void 0 ? true : !!codeBlocks2;
    const htmlElements = params2.config.html_elements;
    const includeHtmlElements = htmlElements === void 0 ? true : !!htmlElements;
    const scannedTypes = /* @__PURE__ */ new Set(["data"]);
    if (includeCodeBlocks) {
      scannedTypes.add("codeFlowValue");
      scannedTypes.add("codeTextData");
    }
    if (includeHtmlElements) {
      scannedTypes.add("htmlFlowData");
      scannedTypes.add("htmlTextData");
    }
    const contentTokens = (0, import_micromark_helpers31.filterByPredicate)(
      params2.parsers.micromark.tokens,
      (token) => scannedTypes.has(token.type),
      (token) => token.children.filter((t) => !ignoredChildTypes.has(t.type))
    );
    const exclusions = [];
    const scannedTokens = /* @__PURE__ */ new Set();
    for (const name of names) {
      const escapedName = (0, import_helpers38.escapeForRegExp)(name);
      const startNamePattern = /^\W/.test(name) ? "" : "\\b_*";
      const endNamePattern = /\W$/.test(name) ? "" : "_*\\b";
      const namePattern = `(${startNamePattern})(${escapedName})${endNamePattern}`;
      const nameRe2 = new RegExp(namePattern, "gi");
      for (const token of contentTokens) {
        let match = null;
        while ((match = nameRe2.exec(token.text)) !== null) {
          const [, leftMatch, nameMatch] = match;
          const column = token.startColumn + match.index + leftMatch.length;
          const length = nameMatch.length;
          const lineNumber = token.startLine;
          const nameRange = {
            "startLine": lineNumber,
            "startColumn": column,
            "endLine": lineNumber,
            "endColumn": column + length - 1
          };
          if (!names.includes(nameMatch) && !exclusions.some((exclusion) => (0, import_helpers38.hasOverlap)(exclusion, nameRange))) {
            let autolinkRanges = [];
            if (!scannedTokens.has(token)) {
              autolinkRanges = (0, import_micromark_helpers31.filterByTypes)(parse4(token.text), ["literalAutolink"]).map((tok) => ({
                "startLine": lineNumber,
                "startColumn": token.startColumn + tok.startColumn - 1,
                "endLine": lineNumber,
                "endColumn": token.endColumn + tok.endColumn - 1
              }));
              exclusions.push(...autolinkRanges);
              scannedTokens.add(token);
            }
            if (!autolinkRanges.some((autolinkRange) => (0, import_helpers38.hasOverlap)(autolinkRange, nameRange))) {
              (0, import_helpers38.addErrorDetailIf)(
                onError,
                token.startLine,
                name,
                nameMatch,
                void 0,
                void 0,
                [column, length],
                {
                  "editColumn": column,
                  "deleteCount": length,
                  "insertText": name
                }
              );
            }
          }
          exclusions.push(nameRange);
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md045.mjs
var import_helpers39 = __toESM(require_helpers(), 1);
var import_micromark_helpers32 = __toESM(require_micromark_helpers(), 1);
var altRe = (0, import_helpers39.getHtmlAttributeRe)("alt");
var ariaHiddenRe = (0, import_helpers39.getHtmlAttributeRe)("aria-hidden");
var md045_default = {
  "names": ["MD045", "no-alt-text"],
  "description": "Images should have alternate text (alt text)",
  "tags": ["accessibility", "images"],
  "parser": "micromark",
  "function": function MD045(params2, onError) {
    const images = filterByTypesCached(["image"]);
    for (const image of images) {
      const labelTexts = (0, import_micromark_helpers32.getDescendantsByType)(image, ["label", "labelText"]);
      if (labelTexts.some((labelText2) => labelText2.text.length === 0)) {
        const range = image.startLine === image.endLine ? [image.startColumn, image.endColumn - image.startColumn] : void 0;
        (0, import_helpers39.addError)(
          onError,
          image.startLine,
          void 0,
          void 0,
          range
        );
      }
    }
    const htmlTexts = filterByTypesCached(["htmlText"], true);
    for (const htmlText2 of htmlTexts) {
      const { startColumn, startLine: startLine2, text: text4 } = htmlText2;
      const htmlTagInfo = (0, import_micromark_helpers32.getHtmlTagInfo)(htmlText2);
      if (htmlTagInfo && !htmlTagInfo.close && htmlTagInfo.name.toLowerCase() === "img" && !altRe.test(text4) && ariaHiddenRe.exec(text4)?.[1].toLowerCase() !== "true") {
        const range = [
          startColumn,
          text4.replace(import_helpers39.nextLinesRe, "").length
        ];
        (0, import_helpers39.addError)(
          onError,
          startLine2,
          void 0,
          void 0,
          range
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md046.mjs
var import_helpers40 = __toESM(require_helpers(), 1);
var tokenTypeToStyle = (tokenType) => tokenType === "codeFenced" ? "fenced" : "indented";
var md046_default = {
  "names": ["MD046", "code-block-style"],
  "description": "Code block style",
  "tags": ["code"],
  "parser": "micromark",
  "function": function MD046(params2, onError) {
    let expectedStyle = String(params2.config.style || "consistent");
    for (const token of filterByTypesCached(["codeFenced", "codeIndented"])) {
      const { startLine: startLine2, type } = token;
      if (expectedStyle === "consistent") {
        expectedStyle = tokenTypeToStyle(type);
      }
      (0, import_helpers40.addErrorDetailIf)(
        onError,
        startLine2,
        expectedStyle,
        tokenTypeToStyle(type)
      );
    }
  }
};

// node_modules/markdownlint/lib/md047.mjs
var import_helpers41 = __toESM(require_helpers(), 1);
var md047_default = {
  "names": ["MD047", "single-trailing-newline"],
  "description": "Files should end with a single newline character",
  "tags": ["blank_lines"],
  "parser": "none",
  "function": function MD047(params2, onError) {
    const lastLineNumber = params2.lines.length;
    const lastLine = params2.lines[lastLineNumber - 1];
    if (!(0, import_helpers41.isBlankLine)(lastLine)) {
      (0, import_helpers41.addError)(
        onError,
        lastLineNumber,
        void 0,
        void 0,
        [lastLine.length, 1],
        {
          "insertText": "\n",
          "editColumn": lastLine.length + 1
        }
      );
    }
  }
};

// node_modules/markdownlint/lib/md048.mjs
var import_helpers42 = __toESM(require_helpers(), 1);
var import_micromark_helpers33 = __toESM(require_micromark_helpers(), 1);
function fencedCodeBlockStyleFor(markup) {
  switch (markup[0]) {
    case "~":
      return "tilde";
    default:
      return "backtick";
  }
}
var md048_default = {
  "names": ["MD048", "code-fence-style"],
  "description": "Code fence style",
  "tags": ["code"],
  "parser": "micromark",
  "function": function MD048(params2, onError) {
    const style = String(params2.config.style || "consistent");
    let expectedStyle = style;
    const codeFenceds = filterByTypesCached(["codeFenced"]);
    for (const codeFenced2 of codeFenceds) {
      const codeFencedFenceSequence = (0, import_micromark_helpers33.getDescendantsByType)(codeFenced2, ["codeFencedFence", "codeFencedFenceSequence"])[0];
      const { startLine: startLine2, text: text4 } = codeFencedFenceSequence;
      if (expectedStyle === "consistent") {
        expectedStyle = fencedCodeBlockStyleFor(text4);
      }
      (0, import_helpers42.addErrorDetailIf)(
        onError,
        startLine2,
        expectedStyle,
        fencedCodeBlockStyleFor(text4)
      );
    }
  }
};

// node_modules/markdownlint/lib/md049-md050.mjs
var import_helpers43 = __toESM(require_helpers(), 1);
var import_micromark_helpers34 = __toESM(require_micromark_helpers(), 1);
var intrawordRe = /^\w$/;
function emphasisOrStrongStyleFor(markup) {
  switch (markup[0]) {
    case "*":
      return "asterisk";
    default:
      return "underscore";
  }
}
var impl = (params2, onError, type, typeSequence, asterisk, underline, style = "consistent") => {
  const { lines, parsers } = params2;
  const emphasisTokens = (0, import_micromark_helpers34.filterByPredicate)(
    parsers.micromark.tokens,
    (token) => token.type === type,
    (token) => token.type === "htmlFlow" ? [] : token.children
  );
  for (const token of emphasisTokens) {
    const sequences = (0, import_micromark_helpers34.getDescendantsByType)(token, [typeSequence]);
    const startSequence = sequences[0];
    const endSequence = sequences[sequences.length - 1];
    if (startSequence && endSequence) {
      const markupStyle = emphasisOrStrongStyleFor(startSequence.text);
      if (style === "consistent") {
        style = markupStyle;
      }
      if (style !== markupStyle) {
        const underscoreIntraword = style === "underscore" && (intrawordRe.test(
          lines[startSequence.startLine - 1][startSequence.startColumn - 2]
        ) || intrawordRe.test(
          lines[endSequence.endLine - 1][endSequence.endColumn - 1]
        ));
        if (!underscoreIntraword) {
          for (const sequence of [startSequence, endSequence]) {
            (0, import_helpers43.addError)(
              onError,
              sequence.startLine,
              `Expected: ${style}; Actual: ${markupStyle}`,
              void 0,
              [sequence.startColumn, sequence.text.length],
              {
                "editColumn": sequence.startColumn,
                "deleteCount": sequence.text.length,
                "insertText": style === "asterisk" ? asterisk : underline
              }
            );
          }
        }
      }
    }
  }
};
var md049_md050_default = [
  {
    "names": ["MD049", "emphasis-style"],
    "description": "Emphasis style",
    "tags": ["emphasis"],
    "parser": "micromark",
    "function": function MD049(params2, onError) {
      return impl(
        params2,
        onError,
        "emphasis",
        "emphasisSequence",
        "*",
        "_",
        params2.config.style || void 0
      );
    }
  },
  {
    "names": ["MD050", "strong-style"],
    "description": "Strong style",
    "tags": ["emphasis"],
    "parser": "micromark",
    "function": function MD050(params2, onError) {
      return impl(
        params2,
        onError,
        "strong",
        "strongSequence",
        "**",
        "__",
        params2.config.style || void 0
      );
    }
  }
];

// node_modules/markdownlint/lib/md051.mjs
var import_helpers44 = __toESM(require_helpers(), 1);
var import_micromark_helpers35 = __toESM(require_micromark_helpers(), 1);
var idRe = (0, import_helpers44.getHtmlAttributeRe)("id");
var nameRe = (0, import_helpers44.getHtmlAttributeRe)("name");
var anchorRe = /\{(#[a-z\d]+(?:[-_][a-z\d]+)*)\}/gu;
var lineFragmentRe = /^#(?:L\d+(?:C\d+)?-L\d+(?:C\d+)?|L\d+)$/;
var childrenExclude = /* @__PURE__ */ new Set(["image", "reference", "resource"]);
var tokensInclude = /* @__PURE__ */ new Set(
  ["characterEscapeValue", "codeTextData", "data", "mathTextData"]
);
function convertHeadingToHTMLFragment(headingText) {
  const inlineText = (0, import_micromark_helpers35.filterByPredicate)(
    headingText.children,
    (token) => tokensInclude.has(token.type),
    (token) => childrenExclude.has(token.type) ? [] : token.children
  ).map((token) => token.text).join("");
  return "#" + encodeURIComponent(
    inlineText.toLowerCase().replace(
      /[^\p{Letter}\p{Mark}\p{Number}\p{Connector_Punctuation}\- ]/gu,
      ""
    ).replace(/ /gu, "-")
  );
}
function unescapeStringTokenText(token) {
  return (0, import_micromark_helpers35.filterByTypes)(token.children, ["characterEscapeValue", "data"]).map((child) => child.text).join("");
}
var md051_default = {
  "names": ["MD051", "link-fragments"],
  "description": "Link fragments should be valid",
  "tags": ["links"],
  "parser": "micromark",
  "function": function MD051(params2, onError) {
    const ignoreCase = params2.config.ignore_case || false;
    const ignoredPattern = params2.config.ignored_pattern || "";
    const ignoredPatternRe = new RegExp(ignoredPattern || "^$");
    const fragments = /* @__PURE__ */ new Map([["#top", 0]]);
    const headingTexts = filterByTypesCached(["atxHeadingText", "setextHeadingText"]);
    for (const headingText of headingTexts) {
      const fragment = convertHeadingToHTMLFragment(headingText);
      if (fragment !== "#") {
        const count = fragments.get(fragment) || 0;
        if (count) {
          fragments.set(`${fragment}-${count}`, 0);
        }
        fragments.set(fragment, count + 1);
        let match = null;
        while ((match = anchorRe.exec(headingText.text)) !== null) {
          const [, anchor] = match;
          if (!fragments.has(anchor)) {
            fragments.set(anchor, 1);
          }
        }
      }
    }
    for (const token of filterByTypesCached(["htmlText"], true)) {
      const htmlTagInfo = (0, import_micromark_helpers35.getHtmlTagInfo)(token);
      if (htmlTagInfo && !htmlTagInfo.close) {
        const anchorMatch = idRe.exec(token.text) || htmlTagInfo.name.toLowerCase() === "a" && nameRe.exec(token.text);
        if (anchorMatch && anchorMatch.length > 0) {
          fragments.set(`#${anchorMatch[1]}`, 0);
        }
      }
    }
    const parentChilds = [
      ["link", "resourceDestinationString"],
      ["definition", "definitionDestinationString"]
    ];
    for (const [parentType, definitionType] of parentChilds) {
      const links = filterByTypesCached([parentType]).filter(
        (link) => !(link.parent?.type === "atxHeadingText" && (0, import_micromark_helpers35.isDocfxTab)(link.parent.parent))
      );
      for (const link of links) {
        const definitions = (0, import_micromark_helpers35.filterByTypes)(link.children, [definitionType]);
        for (const definition2 of definitions) {
          const { endColumn, startColumn } = definition2;
          const text4 = unescapeStringTokenText(definition2);
          const textSliceOne = text4.slice(1);
          const encodedText = `#${encodeURIComponent(textSliceOne)}`;
          if (text4.length > 1 && text4.startsWith("#") && !fragments.has(encodedText) && !lineFragmentRe.test(encodedText) && !ignoredPatternRe.test(textSliceOne)) {
            let context = void 0;
            let range = void 0;
            let fixInfo = void 0;
            if (link.startLine === link.endLine) {
              context = link.text;
              range = [link.startColumn, link.endColumn - link.startColumn];
              fixInfo = {
                "editColumn": startColumn,
                "deleteCount": endColumn - startColumn
              };
            }
            const textLower = text4.toLowerCase();
            const mixedCaseKey = [...fragments.keys()].find((key) => textLower === key.toLowerCase());
            if (mixedCaseKey) {
              (fixInfo || {}).insertText = mixedCaseKey;
              if (!ignoreCase && mixedCaseKey !== text4) {
                (0, import_helpers44.addError)(
                  onError,
                  link.startLine,
                  `Expected: ${mixedCaseKey}; Actual: ${text4}`,
                  context,
                  range,
                  fixInfo
                );
              }
            } else {
              (0, import_helpers44.addError)(
                onError,
                link.startLine,
                void 0,
                context,
                range
              );
            }
          }
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md052.mjs
var import_helpers45 = __toESM(require_helpers(), 1);
var md052_default = {
  "names": ["MD052", "reference-links-images"],
  "description": "Reference links and images should use a label that is defined",
  "tags": ["images", "links"],
  "parser": "none",
  "function": function MD052(params2, onError) {
    const { config, lines } = params2;
    const shortcutSyntax = config.shortcut_syntax || false;
    const ignoredLabels = new Set(config.ignored_labels || ["x"]);
    const { definitions, references: references2, shortcuts } = getReferenceLinkImageData();
    const entries = shortcutSyntax ? [...references2.entries(), ...shortcuts.entries()] : references2.entries();
    for (const reference of entries) {
      const [label4, datas] = reference;
      if (!definitions.has(label4) && !ignoredLabels.has(label4)) {
        for (const data of datas) {
          const [lineIndex, index2, length] = data;
          const context = lines[lineIndex].slice(index2, index2 + length);
          (0, import_helpers45.addError)(
            onError,
            lineIndex + 1,
            `Missing link or image reference definition: "${label4}"`,
            context,
            [index2 + 1, context.length]
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md053.mjs
var import_helpers46 = __toESM(require_helpers(), 1);
var linkReferenceDefinitionRe = /^ {0,3}\[([^\]]*[^\\])\]:/;
var md053_default = {
  "names": ["MD053", "link-image-reference-definitions"],
  "description": "Link and image reference definitions should be needed",
  "tags": ["images", "links"],
  "parser": "none",
  "function": function MD053(params2, onError) {
    const ignored = new Set(params2.config.ignored_definitions || ["//"]);
    const lines = params2.lines;
    const { references: references2, shortcuts, definitions, duplicateDefinitions } = getReferenceLinkImageData();
    const singleLineDefinition = (line) => line.replace(linkReferenceDefinitionRe, "").trim().length > 0;
    const deleteFixInfo = {
      "deleteCount": -1
    };
    for (const definition2 of definitions.entries()) {
      const [label4, [lineIndex]] = definition2;
      if (!ignored.has(label4) && !references2.has(label4) && !shortcuts.has(label4)) {
        const line = lines[lineIndex];
        (0, import_helpers46.addError)(
          onError,
          lineIndex + 1,
          `Unused link or image reference definition: "${label4}"`,
          (0, import_helpers46.ellipsify)(line),
          [1, line.length],
          singleLineDefinition(line) ? deleteFixInfo : void 0
        );
      }
    }
    for (const duplicateDefinition of duplicateDefinitions) {
      const [label4, lineIndex] = duplicateDefinition;
      if (!ignored.has(label4)) {
        const line = lines[lineIndex];
        (0, import_helpers46.addError)(
          onError,
          lineIndex + 1,
          `Duplicate link or image reference definition: "${label4}"`,
          (0, import_helpers46.ellipsify)(line),
          [1, line.length],
          singleLineDefinition(line) ? deleteFixInfo : void 0
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md054.mjs
var import_helpers47 = __toESM(require_helpers(), 1);
var import_micromark_helpers36 = __toESM(require_micromark_helpers(), 1);
var backslashEscapeRe = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
var removeBackslashEscapes = (text4) => text4.replace(backslashEscapeRe, "$1");
var autolinkDisallowedRe = /[ <>]/;
var autolinkAble = (destination) => {
  try {
    new URL(destination);
  } catch {
    return false;
  }
  return !autolinkDisallowedRe.test(destination);
};
var md054_default = {
  "names": ["MD054", "link-image-style"],
  "description": "Link and image style",
  "tags": ["images", "links"],
  "parser": "micromark",
  "function": (params2, onError) => {
    const config = params2.config;
    const autolink2 = config.autolink === void 0 || !!config.autolink;
    const inline = config.inline === void 0 || !!config.inline;
    const full = config.full === void 0 || !!config.full;
    const collapsed = config.collapsed === void 0 || !!config.collapsed;
    const shortcut = config.shortcut === void 0 || !!config.shortcut;
    const urlInline = config.url_inline === void 0 || !!config.url_inline;
    if (autolink2 && inline && full && collapsed && shortcut && urlInline) {
      return;
    }
    const { definitions } = getReferenceLinkImageData();
    const links = filterByTypesCached(["autolink", "image", "link"]);
    for (const link of links) {
      let label4 = null;
      let destination = null;
      const {
        endColumn,
        endLine,
        startColumn,
        startLine: startLine2,
        text: text4,
        type
      } = link;
      const image = type === "image";
      let isError = false;
      if (type === "autolink") {
        destination = (0, import_micromark_helpers36.getDescendantsByType)(link, [["autolinkEmail", "autolinkProtocol"]])[0]?.text;
        label4 = destination;
        isError = !autolink2 && Boolean(destination);
      } else {
        label4 = (0, import_micromark_helpers36.getDescendantsByType)(link, ["label", "labelText"])[0].text;
        destination = (0, import_micromark_helpers36.getDescendantsByType)(link, ["resource", "resourceDestination", ["resourceDestinationLiteral", "resourceDestinationRaw"], "resourceDestinationString"])[0]?.text;
        if (destination) {
          const title = (0, import_micromark_helpers36.getDescendantsByType)(link, ["resource", "resourceTitle", "resourceTitleString"])[0]?.text;
          isError = !inline || !urlInline && autolink2 && !image && !title && label4 === destination && autolinkAble(destination);
        } else {
          const isShortcut = (0, import_micromark_helpers36.getDescendantsByType)(link, ["reference"]).length === 0;
          const referenceString = (0, import_micromark_helpers36.getDescendantsByType)(link, ["reference", "referenceString"])[0]?.text;
          const isCollapsed = referenceString === void 0;
          const definition2 = definitions.get(referenceString || label4);
          destination = definition2 && definition2[1] || "";
          isError = Boolean(
            destination && (isShortcut ? !shortcut : isCollapsed ? !collapsed : !full)
          );
        }
      }
      if (isError) {
        let range = void 0;
        let fixInfo = void 0;
        if (startLine2 === endLine) {
          range = [startColumn, endColumn - startColumn];
          let insertText = null;
          const canInline = inline && label4;
          const canAutolink = autolink2 && !image && autolinkAble(destination);
          if (canInline && (urlInline || !canAutolink)) {
            const prefix = image ? "!" : "";
            const escapedLabel = label4.replace(/[[\]]/g, "\\$&");
            const escapedDestination = destination.replace(/[()]/g, "\\$&");
            insertText = `${prefix}[${escapedLabel}](${escapedDestination})`;
          } else if (canAutolink) {
            insertText = `<${removeBackslashEscapes(destination)}>`;
          }
          if (insertText) {
            fixInfo = {
              "editColumn": range[0],
              insertText,
              "deleteCount": range[1]
            };
          }
        }
        (0, import_helpers47.addErrorContext)(
          onError,
          startLine2,
          text4.replace(import_helpers47.nextLinesRe, ""),
          void 0,
          void 0,
          range,
          fixInfo
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md055.mjs
var import_helpers48 = __toESM(require_helpers(), 1);
var whitespaceTypes = /* @__PURE__ */ new Set(["linePrefix", "whitespace"]);
var ignoreWhitespace = (tokens) => tokens.filter(
  (token) => !whitespaceTypes.has(token.type)
);
var firstOrNothing = (items) => items[0];
var lastOrNothing = (items) => items[items.length - 1];
var makeRange = (start, end) => [start, end - start + 1];
var md055_default = {
  "names": ["MD055", "table-pipe-style"],
  "description": "Table pipe style",
  "tags": ["table"],
  "parser": "micromark",
  "function": function MD055(params2, onError) {
    const style = String(params2.config.style || "consistent");
    let expectedStyle = style;
    let expectedLeadingPipe = expectedStyle !== "no_leading_or_trailing" && expectedStyle !== "trailing_only";
    let expectedTrailingPipe = expectedStyle !== "no_leading_or_trailing" && expectedStyle !== "leading_only";
    const rows = filterByTypesCached(["tableDelimiterRow", "tableRow"]);
    for (const row of rows) {
      const firstCell = firstOrNothing(row.children);
      const leadingToken = firstOrNothing(ignoreWhitespace(firstCell.children));
      const actualLeadingPipe = leadingToken.type === "tableCellDivider";
      const lastCell = lastOrNothing(row.children);
      const trailingToken = lastOrNothing(ignoreWhitespace(lastCell.children));
      const actualTrailingPipe = trailingToken.type === "tableCellDivider";
      const actualStyle = actualLeadingPipe ? actualTrailingPipe ? "leading_and_trailing" : "leading_only" : actualTrailingPipe ? "trailing_only" : "no_leading_or_trailing";
      if (expectedStyle === "consistent") {
        expectedStyle = actualStyle;
        expectedLeadingPipe = actualLeadingPipe;
        expectedTrailingPipe = actualTrailingPipe;
      }
      if (actualLeadingPipe !== expectedLeadingPipe) {
        (0, import_helpers48.addErrorDetailIf)(
          onError,
          firstCell.startLine,
          expectedStyle,
          actualStyle,
          `${expectedLeadingPipe ? "Missing" : "Unexpected"} leading pipe`,
          void 0,
          makeRange(row.startColumn, firstCell.startColumn)
        );
      }
      if (actualTrailingPipe !== expectedTrailingPipe) {
        (0, import_helpers48.addErrorDetailIf)(
          onError,
          lastCell.endLine,
          expectedStyle,
          actualStyle,
          `${expectedTrailingPipe ? "Missing" : "Unexpected"} trailing pipe`,
          void 0,
          makeRange(lastCell.endColumn - 1, row.endColumn - 1)
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md056.mjs
var import_helpers49 = __toESM(require_helpers(), 1);
var import_micromark_helpers37 = __toESM(require_micromark_helpers(), 1);
var makeRange2 = (start, end) => [start, end - start + 1];
var md056_default = {
  "names": ["MD056", "table-column-count"],
  "description": "Table column count",
  "tags": ["table"],
  "parser": "micromark",
  "function": function MD056(params2, onError) {
    const rows = filterByTypesCached(["tableDelimiterRow", "tableRow"]);
    let expectedCount = 0;
    let currentTable = null;
    for (const row of rows) {
      const table = (0, import_micromark_helpers37.getParentOfType)(row, ["table"]);
      if (currentTable !== table) {
        expectedCount = 0;
        currentTable = table;
      }
      const cells = row.children.filter((child) => ["tableData", "tableDelimiter", "tableHeader"].includes(child.type));
      const actualCount = cells.length;
      expectedCount ||= actualCount;
      let detail = void 0;
      let range = void 0;
      if (actualCount < expectedCount) {
        detail = "Too few cells, row will be missing data";
        range = [row.endColumn - 1, 1];
      } else if (expectedCount < actualCount) {
        detail = "Too many cells, extra data will be missing";
        range = makeRange2(cells[expectedCount].startColumn, row.endColumn - 1);
      }
      (0, import_helpers49.addErrorDetailIf)(
        onError,
        row.endLine,
        expectedCount,
        actualCount,
        detail,
        void 0,
        range
      );
    }
  }
};

// node_modules/markdownlint/lib/md058.mjs
var import_helpers50 = __toESM(require_helpers(), 1);
var import_micromark_helpers38 = __toESM(require_micromark_helpers(), 1);
var md058_default = {
  "names": ["MD058", "blanks-around-tables"],
  "description": "Tables should be surrounded by blank lines",
  "tags": ["table"],
  "parser": "micromark",
  "function": function MD058(params2, onError) {
    const { lines } = params2;
    const blockQuotePrefixes = filterByTypesCached(["blockQuotePrefix", "linePrefix"]);
    const tables = filterByTypesCached(["table"]);
    for (const table of tables) {
      const firstLineNumber = table.startLine;
      if (!(0, import_helpers50.isBlankLine)(lines[firstLineNumber - 2])) {
        (0, import_helpers50.addErrorContext)(
          onError,
          firstLineNumber,
          lines[firstLineNumber - 1].trim(),
          void 0,
          void 0,
          void 0,
          {
            "insertText": (0, import_micromark_helpers38.getBlockQuotePrefixText)(blockQuotePrefixes, firstLineNumber)
          }
        );
      }
      const lastLineNumber = table.endLine;
      if (!(0, import_helpers50.isBlankLine)(lines[lastLineNumber])) {
        (0, import_helpers50.addErrorContext)(
          onError,
          lastLineNumber,
          lines[lastLineNumber - 1].trim(),
          void 0,
          void 0,
          void 0,
          {
            "lineNumber": lastLineNumber + 1,
            "insertText": (0, import_micromark_helpers38.getBlockQuotePrefixText)(blockQuotePrefixes, lastLineNumber)
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md059.mjs
var import_helpers51 = __toESM(require_helpers(), 1);
var import_micromark_helpers39 = __toESM(require_micromark_helpers(), 1);
var allowedChildrenTypes = /* @__PURE__ */ new Set([
  "codeText",
  "htmlText"
]);
var defaultProhibitedTexts = [
  "click here",
  "here",
  "link",
  "more"
];
function normalize(str) {
  return str.replace(/[\W_]+/g, " ").replace(/\s+/g, " ").toLowerCase().trim();
}
var md059_default = {
  "names": ["MD059", "descriptive-link-text"],
  "description": "Link text should be descriptive",
  "tags": ["accessibility", "links"],
  "parser": "micromark",
  "function": function MD059(params2, onError) {
    const prohibitedTexts = new Set(
      (params2.config.prohibited_texts || defaultProhibitedTexts).map(normalize)
    );
    if (prohibitedTexts.size > 0) {
      const links = filterByTypesCached(["link"]);
      for (const link of links) {
        const labelTexts = (0, import_micromark_helpers39.getDescendantsByType)(link, ["label", "labelText"]);
        for (const labelText2 of labelTexts) {
          const { children, endColumn, endLine, parent, startColumn, startLine: startLine2, text: text4 } = labelText2;
          if (!children.some((child) => allowedChildrenTypes.has(child.type)) && prohibitedTexts.has(normalize(text4))) {
            const range = startLine2 === endLine ? [startColumn, endColumn - startColumn] : void 0;
            (0, import_helpers51.addErrorContext)(
              onError,
              startLine2,
              // @ts-ignore
              parent.text,
              void 0,
              void 0,
              range
            );
          }
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md060.mjs
var import_micromark_helpers40 = __toESM(require_micromark_helpers(), 1);

// node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string3) {
  if (typeof string3 !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string3}\``);
  }
  if (!string3.includes("\x1B") && !string3.includes("\x9B")) {
    return string3;
  }
  return string3.replace(regex, "");
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index2 = 0; index2 < ranges.length; index2 += 2) {
    const start = ranges[index2];
    const end = ranges[index2 + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate2(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate2(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/string-width/index.js
var segmenter = new Intl.Segmenter();
var zeroWidthClusterRegex = new RegExp("^(?:\\p{Default_Ignorable_Code_Point}|\\p{Control}|\\p{Mark}|\\p{Surrogate})+$", "v");
var leadingNonPrintingRegex = new RegExp("^[\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Mark}\\p{Surrogate}]+", "v");
var rgiEmojiRegex = new RegExp("^\\p{RGI_Emoji}$", "v");
function baseVisible(segment) {
  return segment.replace(leadingNonPrintingRegex, "");
}
function isZeroWidthCluster(segment) {
  return zeroWidthClusterRegex.test(segment);
}
function trailingHalfwidthWidth(segment, eastAsianWidthOptions) {
  let extra = 0;
  if (segment.length > 1) {
    for (const char of segment.slice(1)) {
      if (char >= "\uFF00" && char <= "\uFFEF") {
        extra += eastAsianWidth(char.codePointAt(0), eastAsianWidthOptions);
      }
    }
  }
  return extra;
}
function stringWidth(input, options = {}) {
  if (typeof input !== "string" || input.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  let string3 = input;
  if (!countAnsiEscapeCodes) {
    string3 = stripAnsi(string3);
  }
  if (string3.length === 0) {
    return 0;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment } of segmenter.segment(string3)) {
    if (isZeroWidthCluster(segment)) {
      continue;
    }
    if (rgiEmojiRegex.test(segment)) {
      width += 2;
      continue;
    }
    const codePoint = baseVisible(segment).codePointAt(0);
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
    width += trailingHalfwidthWidth(segment, eastAsianWidthOptions);
  }
  return width;
}

// node_modules/markdownlint/lib/md060.mjs
function addError17(errors, lineNumber, column, detail) {
  errors.push({
    lineNumber,
    detail,
    "range": [column, 1]
  });
}
function getTableDividerColumns(lines, row) {
  return (0, import_micromark_helpers40.filterByTypes)(
    row.children,
    ["tableCellDivider"]
  ).map(
    (divider) => ({
      "actual": divider.startColumn,
      "effective": stringWidth(lines[row.startLine - 1].slice(0, divider.startColumn - 1))
    })
  );
}
function checkStyleAligned(lines, rows, detail) {
  const errorInfos = [];
  const headerRow = rows[0];
  const headerDividerColumns = getTableDividerColumns(lines, headerRow);
  for (const row of rows.slice(1)) {
    const remainingHeaderDividerColumns = new Set(headerDividerColumns.map((column) => column.effective));
    const rowDividerColumns = getTableDividerColumns(lines, row);
    for (const dividerColumn of rowDividerColumns) {
      if (remainingHeaderDividerColumns.size > 0 && !remainingHeaderDividerColumns.delete(dividerColumn.effective)) {
        addError17(errorInfos, row.startLine, dividerColumn.actual, detail);
      }
    }
  }
  return errorInfos;
}
var md060_default = {
  "names": ["MD060", "table-column-style"],
  "description": "Table column style",
  "tags": ["table"],
  "parser": "micromark",
  "function": function MD060(params2, onError) {
    const style = String(params2.config.style || "any");
    const styleAlignedAllowed = style === "any" || style === "aligned";
    const styleCompactAllowed = style === "any" || style === "compact";
    const styleTightAllowed = style === "any" || style === "tight";
    const alignedDelimiter = !!params2.config.aligned_delimiter;
    const lines = params2.lines;
    const tables = filterByTypesCached(["table"]);
    for (const table of tables) {
      const rows = (0, import_micromark_helpers40.filterByTypes)(table.children, ["tableDelimiterRow", "tableRow"]);
      const errorsIfAligned = [];
      if (styleAlignedAllowed) {
        errorsIfAligned.push(...checkStyleAligned(lines, rows, 'Table pipe does not align with header for style "aligned"'));
      }
      const errorsIfCompact = [];
      const errorsIfTight = [];
      if ((styleCompactAllowed || styleTightAllowed) && !(styleAlignedAllowed && errorsIfAligned.length === 0)) {
        if (alignedDelimiter) {
          const errorInfos2 = checkStyleAligned(lines, rows.slice(0, 2), 'Table pipe does not align with header for option "aligned_delimiter"');
          errorsIfCompact.push(...errorInfos2);
          errorsIfTight.push(...errorInfos2);
        }
        for (const row of rows) {
          const tokensOfInterest = (0, import_micromark_helpers40.filterByTypes)(row.children, ["tableCellDivider", "tableContent", "whitespace"]);
          for (let i = 0; i < tokensOfInterest.length; i++) {
            const { startColumn, startLine: startLine2, type } = tokensOfInterest[i];
            if (type === "tableCellDivider") {
              const previous4 = tokensOfInterest[i - 1];
              if (previous4) {
                if (previous4.type === "whitespace") {
                  if (previous4.text.length !== 1) {
                    addError17(errorsIfCompact, startLine2, startColumn, 'Table pipe has extra space to the left for style "compact"');
                  }
                  addError17(errorsIfTight, startLine2, startColumn, 'Table pipe has space to the left for style "tight"');
                } else {
                  addError17(errorsIfCompact, startLine2, startColumn, 'Table pipe is missing space to the left for style "compact"');
                }
              }
              const next = tokensOfInterest[i + 1];
              if (next) {
                if (next.type === "whitespace") {
                  if (next.endColumn !== row.endColumn) {
                    if (next.text.length !== 1) {
                      addError17(errorsIfCompact, startLine2, startColumn, 'Table pipe has extra space to the right for style "compact"');
                    }
                    addError17(errorsIfTight, startLine2, startColumn, 'Table pipe has space to the right for style "tight"');
                  }
                } else {
                  addError17(errorsIfCompact, startLine2, startColumn, 'Table pipe is missing space to the right for style "compact"');
                }
              }
            }
          }
        }
      }
      let errorInfos = errorsIfAligned;
      if (styleCompactAllowed && (errorsIfCompact.length < errorInfos.length || !styleAlignedAllowed)) {
        errorInfos = errorsIfCompact;
      }
      if (styleTightAllowed && (errorsIfTight.length < errorInfos.length || !styleAlignedAllowed && !styleCompactAllowed)) {
        errorInfos = errorsIfTight;
      }
      for (const errorInfo of errorInfos) {
        onError(errorInfo);
      }
    }
  }
};

// node_modules/markdownlint/lib/rules.mjs
var [md019, md021] = md019_md021_default;
var [md049, md050] = md049_md050_default;
var rules = [
  md001_default,
  // md002: Deprecated and removed
  md003_default,
  md004_default,
  md005_default,
  // md006: Deprecated and removed
  md007_default,
  md009_default,
  md010_default,
  md011_default,
  md012_default,
  md013_default,
  md014_default,
  md018_default,
  md019,
  md020_default,
  md021,
  md022_default,
  md023_default,
  md024_default,
  md025_default,
  md026_default,
  md027_default,
  md028_default,
  md029_default,
  md030_default,
  md031_default,
  md032_default,
  md033_default,
  md034_default,
  md035_default,
  md036_default,
  md037_default,
  md038_default,
  md039_default,
  md040_default,
  md041_default,
  md042_default,
  md043_default,
  md044_default,
  md045_default,
  md046_default,
  md047_default,
  md048_default,
  md049,
  md050,
  md051_default,
  md052_default,
  md053_default,
  md054_default,
  md055_default,
  md056_default,
  // md057: See https://github.com/markdownlint/markdownlint
  md058_default,
  md059_default,
  md060_default
];
for (const rule of rules) {
  const name = rule.names[0].toLowerCase();
  rule["information"] = new URL(`${homepage}/blob/v${version}/doc/${name}.md`);
}
var rules_default = rules;

// node_modules/markdownlint/lib/parse-configuration.mjs
function parseConfiguration(name, content3, parsers) {
  let config = null;
  let message = null;
  const errors = [];
  let index2 = 0;
  const failed = (parsers || [JSON.parse]).every((parser4) => {
    try {
      const result = parser4(content3);
      config = result && typeof result === "object" && !Array.isArray(result) ? result : {};
      return false;
    } catch (error) {
      errors.push(`Parser ${index2++}: ${error?.message}`);
    }
    return true;
  });
  if (failed) {
    errors.unshift(`Unable to parse '${name}'`);
    message = errors.join("; ");
  }
  return {
    config,
    message
  };
}

// node_modules/markdownlint/lib/markdownlint.mjs
var helpers = __toESM(require_helpers(), 1);
function validateRuleList(ruleList, synchronous) {
  let result = null;
  if (ruleList.length === rules_default.length) {
    return result;
  }
  const allIds = {};
  for (const [index2, rule] of ruleList.entries()) {
    let newError = function(property2, value2) {
      return new Error(
        `Property '${property2}' of custom rule at index ${customIndex} is incorrect: '${value2}'.`
      );
    };
    const customIndex = index2 - rules_default.length;
    for (const property2 of ["names", "tags"]) {
      const value2 = rule[property2];
      if (!result && (!value2 || !Array.isArray(value2) || value2.length === 0 || !value2.every(helpers.isString) || value2.some(helpers.isEmptyString))) {
        result = newError(property2, value2);
      }
    }
    for (const propertyInfo of [
      ["description", "string"],
      ["function", "function"]
    ]) {
      const property2 = propertyInfo[0];
      const value2 = rule[property2];
      if (!result && (!value2 || typeof value2 !== propertyInfo[1])) {
        result = newError(property2, value2);
      }
    }
    if (!result && rule.parser !== void 0 && rule.parser !== "markdownit" && rule.parser !== "micromark" && rule.parser !== "none") {
      result = newError("parser", rule.parser);
    }
    if (!result && rule.information && !helpers.isUrl(rule.information)) {
      result = newError("information", rule.information);
    }
    if (!result && rule.asynchronous !== void 0 && typeof rule.asynchronous !== "boolean") {
      result = newError("asynchronous", rule.asynchronous);
    }
    if (!result && rule.asynchronous && synchronous) {
      result = new Error(
        "Custom rule " + rule.names.join("/") + " at index " + customIndex + " is asynchronous and can not be used in a synchronous context."
      );
    }
    if (!result) {
      for (const name of rule.names) {
        const nameUpper = name.toUpperCase();
        if (!result && allIds[nameUpper] !== void 0) {
          result = new Error("Name '" + name + "' of custom rule at index " + customIndex + " is already used as a name or tag.");
        }
        allIds[nameUpper] = true;
      }
      for (const tag of rule.tags) {
        const tagUpper = tag.toUpperCase();
        if (!result && allIds[tagUpper]) {
          result = new Error("Tag '" + tag + "' of custom rule at index " + customIndex + " is already used as a name.");
        }
        allIds[tagUpper] = false;
      }
    }
  }
  return result;
}
function newResults(ruleList) {
  function toString2(useAlias) {
    const lintResults2 = this;
    let ruleNameToRule = null;
    const results = [];
    const keys = Object.keys(lintResults2);
    keys.sort();
    for (const file of keys) {
      const fileResults = lintResults2[file];
      if (Array.isArray(fileResults)) {
        for (const result of fileResults) {
          const ruleMoniker = result.ruleNames ? result.ruleNames.join("/") : (
            // @ts-ignore
            result.ruleName + "/" + result.ruleAlias
          );
          results.push(
            file + ": " + result.lineNumber + ": " + ruleMoniker + " " + result.ruleDescription + (result.errorDetail ? " [" + result.errorDetail + "]" : "") + (result.errorContext ? ' [Context: "' + result.errorContext + '"]' : "")
          );
        }
      } else {
        if (!ruleNameToRule) {
          ruleNameToRule = {};
          for (const rule of ruleList) {
            const ruleName = rule.names[0].toUpperCase();
            ruleNameToRule[ruleName] = rule;
          }
        }
        for (const [ruleName, ruleResults] of Object.entries(fileResults)) {
          const rule = ruleNameToRule[ruleName.toUpperCase()];
          for (const lineNumber of ruleResults) {
            const nameIndex = Math.min(useAlias ? 1 : 0, rule.names.length - 1);
            const result = file + ": " + lineNumber + ": " + // @ts-ignore
            rule.names[nameIndex] + " " + // @ts-ignore
            rule.description;
            results.push(result);
          }
        }
      }
    }
    return results.join("\n");
  }
  const lintResults = {};
  Object.defineProperty(lintResults, "toString", { "value": toString2 });
  return lintResults;
}
function removeFrontMatter(content3, frontMatter) {
  let frontMatterLines = [];
  if (frontMatter) {
    const frontMatterMatch = content3.match(frontMatter);
    if (frontMatterMatch && !frontMatterMatch.index) {
      const contentMatched = frontMatterMatch[0];
      content3 = content3.slice(contentMatched.length);
      frontMatterLines = contentMatched.split(helpers.newLineRe);
      if (frontMatterLines.length > 0 && frontMatterLines[frontMatterLines.length - 1] === "") {
        frontMatterLines.length--;
      }
    }
  }
  return {
    "content": content3,
    "frontMatterLines": frontMatterLines
  };
}
function mapAliasToRuleNames(ruleList) {
  const aliasToRuleNames = {};
  for (const rule of ruleList) {
    const ruleName = rule.names[0].toUpperCase();
    for (const name of rule.names) {
      const nameUpper = name.toUpperCase();
      aliasToRuleNames[nameUpper] = [ruleName];
    }
    for (const tag of rule.tags) {
      const tagUpper = tag.toUpperCase();
      const ruleNames = aliasToRuleNames[tagUpper] || [];
      ruleNames.push(ruleName);
      aliasToRuleNames[tagUpper] = ruleNames;
    }
  }
  return aliasToRuleNames;
}
function getEffectiveConfig(ruleList, config, aliasToRuleNames) {
  let ruleDefaultEnable = true;
  let ruleDefaultSeverity = "error";
  Object.entries(config).every(([key, value2]) => {
    if (key.toUpperCase() === "DEFAULT") {
      ruleDefaultEnable = !!value2;
      if (value2 === "warning") {
        ruleDefaultSeverity = "warning";
      }
      return false;
    }
    return true;
  });
  const effectiveConfig = {};
  const rulesEnabled = /* @__PURE__ */ new Map();
  const rulesSeverity = /* @__PURE__ */ new Map();
  const emptyObject = Object.freeze({});
  for (const ruleName of ruleList.map((rule) => rule.names[0].toUpperCase())) {
    effectiveConfig[ruleName] = emptyObject;
    rulesEnabled.set(ruleName, ruleDefaultEnable);
    rulesSeverity.set(ruleName, ruleDefaultSeverity);
  }
  for (const [key, value2] of Object.entries(config)) {
    const keyUpper = key.toUpperCase();
    let enabled = false;
    let severity = "error";
    let effectiveValue = {};
    if (value2) {
      if (value2 instanceof Object) {
        const valueObject = value2;
        enabled = valueObject.enabled === void 0 ? true : !!valueObject.enabled;
        severity = valueObject.severity === "warning" ? "warning" : "error";
        effectiveValue = Object.fromEntries(
          Object.entries(value2).filter(
            ([k]) => k !== "enabled" && k !== "severity"
          )
        );
      } else {
        enabled = true;
        severity = value2 === "warning" ? "warning" : "error";
      }
    }
    for (const ruleName of aliasToRuleNames[keyUpper] || []) {
      Object.freeze(effectiveValue);
      effectiveConfig[ruleName] = effectiveValue;
      rulesEnabled.set(ruleName, enabled);
      rulesSeverity.set(ruleName, severity);
    }
  }
  return {
    effectiveConfig,
    rulesEnabled,
    rulesSeverity
  };
}
function getEnabledRulesPerLineNumber(ruleList, lines, frontMatterLines, noInlineConfig, config, configParsers, aliasToRuleNames) {
  let enabledRules = /* @__PURE__ */ new Map();
  let capturedRules = enabledRules;
  const enabledRulesPerLineNumber = new Array(1 + frontMatterLines.length);
  function handleInlineConfig(input, forEachMatch, forEachLine = void 0) {
    for (const [lineIndex, line] of input.entries()) {
      if (!noInlineConfig) {
        let match = null;
        while (match = helpers.inlineCommentStartRe.exec(line)) {
          const action = match[2].toUpperCase();
          const startIndex = match.index + match[1].length;
          const endIndex = line.indexOf("-->", startIndex);
          if (endIndex === -1) {
            break;
          }
          const parameter = line.slice(startIndex, endIndex);
          forEachMatch(action, parameter, lineIndex + 1);
        }
      }
      if (forEachLine) {
        forEachLine();
      }
    }
  }
  function configureFile(action, parameter) {
    if (action === "CONFIGURE-FILE") {
      const { "config": parsed } = parseConfiguration(
        "CONFIGURE-FILE",
        parameter,
        configParsers
      );
      if (parsed) {
        config = {
          ...config,
          ...parsed
        };
      }
    }
  }
  function applyEnableDisable(action, parameter, state) {
    state = new Map(state);
    const enabled = action.startsWith("ENABLE");
    const trimmed = parameter && parameter.trim();
    const items = trimmed ? trimmed.toUpperCase().split(/\s+/) : allRuleNames;
    for (const nameUpper of items) {
      for (const ruleName of aliasToRuleNames[nameUpper] || []) {
        state.set(ruleName, enabled);
      }
    }
    return state;
  }
  function enableDisableFile(action, parameter) {
    if (action === "ENABLE-FILE" || action === "DISABLE-FILE") {
      enabledRules = applyEnableDisable(action, parameter, enabledRules);
    }
  }
  function captureRestoreEnableDisable(action, parameter) {
    if (action === "CAPTURE") {
      capturedRules = enabledRules;
    } else if (action === "RESTORE") {
      enabledRules = capturedRules;
    } else if (action === "ENABLE" || action === "DISABLE") {
      enabledRules = applyEnableDisable(action, parameter, enabledRules);
    }
  }
  function updateLineState() {
    enabledRulesPerLineNumber.push(enabledRules);
  }
  function disableLineNextLine(action, parameter, lineNumber) {
    const disableLine = action === "DISABLE-LINE";
    const disableNextLine = action === "DISABLE-NEXT-LINE";
    if (disableLine || disableNextLine) {
      const nextLineNumber = frontMatterLines.length + lineNumber + (disableNextLine ? 1 : 0);
      enabledRulesPerLineNumber[nextLineNumber] = applyEnableDisable(
        action,
        parameter,
        enabledRulesPerLineNumber[nextLineNumber]
      );
    }
  }
  handleInlineConfig([lines.join("\n")], configureFile);
  const { effectiveConfig, rulesEnabled, rulesSeverity } = getEffectiveConfig(ruleList, config, aliasToRuleNames);
  const allRuleNames = [...rulesEnabled.keys()];
  enabledRules = new Map(rulesEnabled);
  capturedRules = enabledRules;
  handleInlineConfig(lines, enableDisableFile);
  handleInlineConfig(lines, captureRestoreEnableDisable, updateLineState);
  handleInlineConfig(lines, disableLineNextLine);
  const enabledRuleList = ruleList.filter((rule) => {
    const ruleName = rule.names[0].toUpperCase();
    return enabledRulesPerLineNumber.some((enabledRulesForLine) => enabledRulesForLine.get(ruleName));
  });
  return {
    effectiveConfig,
    enabledRulesPerLineNumber,
    enabledRuleList,
    rulesSeverity
  };
}
function lintContent(ruleList, aliasToRuleNames, name, content3, markdownItFactory, config, configParsers, frontMatter, handleRuleFailures, noInlineConfig, synchronous, callback) {
  const callbackError = (error) => callback(error instanceof Error ? error : new Error(error));
  content3 = content3.replace(/^\uFEFF/, "");
  const removeFrontMatterResult = removeFrontMatter(content3, frontMatter);
  const { frontMatterLines } = removeFrontMatterResult;
  content3 = removeFrontMatterResult.content;
  const { effectiveConfig, enabledRulesPerLineNumber, enabledRuleList, rulesSeverity } = getEnabledRulesPerLineNumber(
    ruleList,
    content3.split(helpers.newLineRe),
    frontMatterLines,
    noInlineConfig,
    config,
    configParsers,
    aliasToRuleNames
  );
  const needMarkdownItTokens = enabledRuleList.some(
    (rule) => rule.parser === "markdownit" || rule.parser === void 0
  );
  const needMicromarkTokens = enabledRuleList.some(
    (rule) => rule.parser === "micromark"
  );
  const customRulesPresent = ruleList.length !== rules_default.length;
  const micromarkTokens2 = needMicromarkTokens ? parse4(content3, { "freezeTokens": customRulesPresent }) : [];
  const preClearedContent = content3;
  content3 = helpers.clearHtmlCommentText(content3);
  const lines = content3.split(helpers.newLineRe);
  const lintContentInternal = (markdownitTokens) => {
    const parsersMarkdownIt = Object.freeze({
      "markdownit": Object.freeze({
        "tokens": markdownitTokens
      })
    });
    const parsersMicromark = Object.freeze({
      "micromark": Object.freeze({
        "tokens": micromarkTokens2
      })
    });
    const parsersNone = Object.freeze({});
    const paramsBase = {
      name,
      version,
      "lines": Object.freeze(lines),
      "frontMatterLines": Object.freeze(frontMatterLines)
    };
    initialize({
      ...paramsBase,
      "parsers": parsersMicromark,
      "config": null
    });
    const results = [];
    const forRule = (rule) => {
      const ruleName = rule.names[0].toUpperCase();
      const tokens = {};
      let parsers = parsersNone;
      if (rule.parser === void 0) {
        tokens.tokens = markdownitTokens;
        parsers = parsersMarkdownIt;
      } else if (rule.parser === "markdownit") {
        parsers = parsersMarkdownIt;
      } else if (rule.parser === "micromark") {
        parsers = parsersMicromark;
      }
      const params2 = Object.freeze({
        ...paramsBase,
        ...tokens,
        parsers,
        /** @type {RuleConfiguration} */
        // @ts-ignore
        "config": effectiveConfig[ruleName]
      });
      function throwError(property2) {
        throw new Error(
          `Value of '${property2}' passed to onError by '${ruleName}' is incorrect for '${name}'.`
        );
      }
      function onError(errorInfo) {
        if (!errorInfo || !helpers.isNumber(errorInfo.lineNumber) || errorInfo.lineNumber < 1 || errorInfo.lineNumber > lines.length) {
          throwError("lineNumber");
        }
        const lineNumber = errorInfo.lineNumber + frontMatterLines.length;
        if (!enabledRulesPerLineNumber[lineNumber].get(ruleName)) {
          return;
        }
        if (errorInfo.detail && !helpers.isString(errorInfo.detail)) {
          throwError("detail");
        }
        if (errorInfo.context && !helpers.isString(errorInfo.context)) {
          throwError("context");
        }
        if (errorInfo.information && !helpers.isUrl(errorInfo.information)) {
          throwError("information");
        }
        if (errorInfo.range && (!Array.isArray(errorInfo.range) || errorInfo.range.length !== 2 || !helpers.isNumber(errorInfo.range[0]) || errorInfo.range[0] < 1 || !helpers.isNumber(errorInfo.range[1]) || errorInfo.range[1] < 1 || errorInfo.range[0] + errorInfo.range[1] - 1 > lines[errorInfo.lineNumber - 1].length)) {
          throwError("range");
        }
        const fixInfo = errorInfo.fixInfo;
        const cleanFixInfo = {};
        if (fixInfo) {
          if (!helpers.isObject(fixInfo)) {
            throwError("fixInfo");
          }
          if (fixInfo.lineNumber !== void 0) {
            if (!helpers.isNumber(fixInfo.lineNumber) || fixInfo.lineNumber < 1 || fixInfo.lineNumber > lines.length) {
              throwError("fixInfo.lineNumber");
            }
            cleanFixInfo.lineNumber = fixInfo.lineNumber + frontMatterLines.length;
          }
          const effectiveLineNumber = fixInfo.lineNumber || errorInfo.lineNumber;
          if (fixInfo.editColumn !== void 0) {
            if (!helpers.isNumber(fixInfo.editColumn) || fixInfo.editColumn < 1 || fixInfo.editColumn > lines[effectiveLineNumber - 1].length + 1) {
              throwError("fixInfo.editColumn");
            }
            cleanFixInfo.editColumn = fixInfo.editColumn;
          }
          if (fixInfo.deleteCount !== void 0) {
            if (!helpers.isNumber(fixInfo.deleteCount) || fixInfo.deleteCount < -1 || fixInfo.deleteCount > lines[effectiveLineNumber - 1].length) {
              throwError("fixInfo.deleteCount");
            }
            cleanFixInfo.deleteCount = fixInfo.deleteCount;
          }
          if (fixInfo.insertText !== void 0) {
            if (!helpers.isString(fixInfo.insertText)) {
              throwError("fixInfo.insertText");
            }
            cleanFixInfo.insertText = fixInfo.insertText;
          }
        }
        const information = errorInfo.information || rule.information;
        results.push({
          lineNumber,
          "ruleNames": rule.names,
          "ruleDescription": rule.description,
          "ruleInformation": information ? information.href : null,
          "errorDetail": errorInfo.detail?.replace(helpers.newLineRe, " ") || null,
          "errorContext": errorInfo.context?.replace(helpers.newLineRe, " ") || null,
          "errorRange": errorInfo.range ? [...errorInfo.range] : null,
          "fixInfo": fixInfo ? cleanFixInfo : null,
          // @ts-ignore
          "severity": rulesSeverity.get(ruleName)
        });
      }
      const catchCallsOnError = (error) => onError({
        "lineNumber": 1,
        "detail": `This rule threw an exception: ${error.message || error}`
      });
      const invokeRuleFunction = () => rule.function(params2, onError);
      if (rule.asynchronous) {
        const ruleFunctionPromise = Promise.resolve().then(invokeRuleFunction);
        return handleRuleFailures ? ruleFunctionPromise.catch(catchCallsOnError) : ruleFunctionPromise;
      }
      try {
        invokeRuleFunction();
      } catch (error) {
        if (handleRuleFailures) {
          catchCallsOnError(error);
        } else {
          throw error;
        }
      }
      return null;
    };
    const formatResults = () => {
      results.sort((a, b) => a.ruleNames[0].localeCompare(b.ruleNames[0]) || a.lineNumber - b.lineNumber);
      return results;
    };
    const ruleListAsync = enabledRuleList.filter((rule) => rule.asynchronous);
    const ruleListSync = enabledRuleList.filter((rule) => !rule.asynchronous);
    const ruleListAsyncFirst = [
      ...ruleListAsync,
      ...ruleListSync
    ];
    const callbackSuccess = () => callback(null, formatResults());
    try {
      const ruleResults = ruleListAsyncFirst.map(forRule);
      if (ruleListAsync.length > 0) {
        Promise.all(ruleResults.slice(0, ruleListAsync.length)).then(callbackSuccess).catch(callbackError);
      } else {
        callbackSuccess();
      }
    } catch (error) {
      callbackError(error);
    } finally {
      initialize();
    }
  };
  if (!needMarkdownItTokens || synchronous) {
    const markdownItTokens = needMarkdownItTokens ? (0, import_defer_require.requireMarkdownItCjs)().getMarkdownItTokens(markdownItFactory(), preClearedContent, lines) : [];
    lintContentInternal(markdownItTokens);
  } else {
    Promise.all([
      // eslint-disable-next-line no-inline-comments
      import(
        /* webpackMode: "eager" */
        "./chunk-WKRKHRTD.js"
      ),
      // eslint-disable-next-line no-promise-executor-return
      new Promise((resolve2) => resolve2(markdownItFactory()))
    ]).then(([markdownitCjs, markdownIt]) => {
      const markdownItTokens = markdownitCjs.getMarkdownItTokens(markdownIt, preClearedContent, lines);
      lintContentInternal(markdownItTokens);
    }).catch(callbackError);
  }
}
function lintFile(ruleList, aliasToRuleNames, file, markdownItFactory, config, configParsers, frontMatter, handleRuleFailures, noInlineConfig, fs3, synchronous, callback) {
  function lintContentWrapper(err, content3) {
    if (err) {
      return callback(err);
    }
    return lintContent(
      ruleList,
      aliasToRuleNames,
      file,
      content3,
      markdownItFactory,
      config,
      configParsers,
      frontMatter,
      handleRuleFailures,
      noInlineConfig,
      synchronous,
      callback
    );
  }
  if (synchronous) {
    lintContentWrapper(null, fs3.readFileSync(file, "utf8"));
  } else {
    fs3.readFile(file, "utf8", lintContentWrapper);
  }
}
function lintInput(options, synchronous, callback) {
  options = options || {};
  callback = callback || function noop() {
  };
  const customRuleList = [options.customRules || []].flat().map((rule) => ({
    "names": helpers.cloneIfArray(rule.names),
    "description": rule.description,
    "information": helpers.cloneIfUrl(rule.information),
    "tags": helpers.cloneIfArray(rule.tags),
    "parser": rule.parser,
    "asynchronous": rule.asynchronous,
    "function": rule.function
  }));
  const ruleList = rules_default.concat(customRuleList);
  const ruleErr = validateRuleList(ruleList, synchronous);
  if (ruleErr) {
    callback(ruleErr);
    return;
  }
  let files = [];
  if (Array.isArray(options.files)) {
    files = [...options.files];
  } else if (options.files) {
    files = [String(options.files)];
  }
  const strings = options.strings || {};
  const stringsKeys = Object.keys(strings);
  const config = options.config || { "default": true };
  const configParsers = options.configParsers || void 0;
  const frontMatter = options.frontMatter === void 0 ? helpers.frontMatterRe : options.frontMatter;
  const handleRuleFailures = !!options.handleRuleFailures;
  const noInlineConfig = !!options.noInlineConfig;
  const resultVersion = options["resultVersion"] === void 0 ? 3 : options["resultVersion"];
  const markdownItFactory = options.markdownItFactory || (() => {
    throw new Error("The option 'markdownItFactory' was required (due to the option 'customRules' including a rule requiring the 'markdown-it' parser), but 'markdownItFactory' was not set.");
  });
  const fs3 = options.fs || fs2;
  const aliasToRuleNames = mapAliasToRuleNames(ruleList);
  const results = newResults(ruleList);
  let done = false;
  let concurrency = 0;
  function lintWorker() {
    let currentItem = void 0;
    function lintWorkerCallback(err, result) {
      concurrency--;
      if (err) {
        done = true;
        return callback(err);
      }
      results[currentItem] = result;
      if (!synchronous) {
        lintWorker();
      }
      return null;
    }
    if (done) {
    } else if (currentItem = files.shift()) {
      concurrency++;
      lintFile(
        ruleList,
        aliasToRuleNames,
        currentItem,
        markdownItFactory,
        config,
        configParsers,
        frontMatter,
        handleRuleFailures,
        noInlineConfig,
        fs3,
        synchronous,
        lintWorkerCallback
      );
    } else if (currentItem = stringsKeys.shift()) {
      concurrency++;
      lintContent(
        ruleList,
        aliasToRuleNames,
        currentItem,
        strings[currentItem] || "",
        markdownItFactory,
        config,
        configParsers,
        frontMatter,
        handleRuleFailures,
        noInlineConfig,
        synchronous,
        lintWorkerCallback
      );
    } else if (concurrency === 0) {
      done = true;
      let convertedResults = results;
      if (resultVersion === 0) {
        convertedResults = helpers.convertToResultVersion0(results);
      } else if (resultVersion === 1) {
        convertedResults = helpers.convertToResultVersion1(results);
      } else if (resultVersion === 2) {
        convertedResults = helpers.convertToResultVersion2(results);
      }
      return callback(null, convertedResults);
    }
    return null;
  }
  if (synchronous) {
    while (!done) {
      lintWorker();
    }
  } else {
    lintWorker();
    lintWorker();
    lintWorker();
    lintWorker();
    lintWorker();
    lintWorker();
    lintWorker();
    lintWorker();
  }
}
function lintAsync(options, callback) {
  return lintInput(options, false, callback);
}
function lintPromise(options) {
  return new Promise((resolve2, reject) => {
    lintAsync(options, (error, results) => {
      if (error || !results) {
        reject(error);
      } else {
        resolve2(results);
      }
    });
  });
}

// src/lint/markdownlint.ts
var import_yaml15 = __toESM(require_dist(), 1);
var CONFIG_FILES2 = [".markdownlint.jsonc", ".markdownlint.json", ".markdownlint.yaml", ".markdownlint.yml", ".markdownlintrc"];
var CLI2_FILES = [".markdownlint-cli2.jsonc", ".markdownlint-cli2.yaml"];
var DEFAULT_CONFIG = { default: true, MD013: false, MD060: false, MD024: { siblings_only: true }, MD025: { front_matter_title: "" } };
function parseJsoncStrict(text4) {
  const errors = [];
  const value2 = parse(text4, errors, { allowTrailingComma: true });
  if (errors.length) throw new Error(`invalid JSON at offset ${errors[0].offset}`);
  return value2;
}
function parseConfigText(text4, yamlFirst) {
  const parsers = yamlFirst ? [(t) => (0, import_yaml15.parse)(t), parseJsoncStrict] : [parseJsoncStrict, (t) => (0, import_yaml15.parse)(t)];
  let firstError2;
  for (const parse5 of parsers) {
    try {
      const value2 = parse5(text4);
      if (value2 && typeof value2 === "object" && !Array.isArray(value2)) return value2;
      firstError2 ??= new Error("not a mapping of rule settings");
    } catch (error) {
      firstError2 ??= error;
    }
  }
  throw new Error(firstLine4(firstError2));
}
function firstLine4(error) {
  const first = (error instanceof Error ? error.message : String(error)).split(/\r?\n/)[0];
  return first.endsWith(":") ? first.slice(0, -1).trimEnd() : first;
}
var MAX_EXTENDS = 8;
function readConfined(root, file, settings, depth) {
  const { extends: parent, ...own4 } = settings;
  if (parent === void 0 || parent === null) return own4;
  if (typeof parent !== "string") throw new Error("`extends` must be a path");
  if (depth >= MAX_EXTENDS) throw new Error(`\`extends\` nests deeper than ${MAX_EXTENDS} files`);
  if (path10.isAbsolute(parent) || parent.startsWith("~") || !/^\.\.?[\\/]/.test(parent)) {
    throw new Error(`\`extends: ${parent}\` is not a relative path inside the repository; not followed`);
  }
  const target = path10.resolve(path10.dirname(file), parent);
  const read = readFileInside(root, target);
  if (!read.ok) throw new Error(`\`extends: ${parent}\` ${read.reason === "not found" ? "not found" : read.reason.replace("a symbolic link that leaves", "leaves")}${isInside(path10.resolve(root), target) ? "" : " (outside the repository)"}; not followed`);
  const extended = readConfined(root, target, parseConfigText(read.text, /\.ya?ml$/i.test(target)), depth + 1);
  return { ...extended, ...own4 };
}
async function repositoryMarkdownlintConfig(root, planPath, warn) {
  const rootDir = path10.resolve(root);
  const fallBack = (file, what, why) => {
    warn(`${path10.relative(rootDir, file)}: ${what} not used (${why}); using Paramedic's defaults`);
    return { config: DEFAULT_CONFIG };
  };
  for (let dir = path10.resolve(root, path10.dirname(planPath)); ; dir = path10.dirname(dir)) {
    for (const name of [...CONFIG_FILES2, ...CLI2_FILES]) {
      const file = path10.join(dir, name);
      if (!entryExists(file)) continue;
      const cli2 = CLI2_FILES.includes(name);
      const what = cli2 ? "markdownlint-cli2 config" : "markdownlint config";
      const read = readFileInside(rootDir, file);
      if (!read.ok) return fallBack(file, what, read.reason);
      try {
        const settings = parseConfigText(read.text, /\.ya?ml$/.test(name));
        if (cli2) {
          const inner = settings.config;
          if (!inner || typeof inner !== "object" || Array.isArray(inner)) continue;
          return { config: readConfined(rootDir, file, inner, 0), from: path10.relative(rootDir, file) };
        }
        return { config: readConfined(rootDir, file, settings, 0), from: path10.relative(rootDir, file) };
      } catch (error) {
        return fallBack(file, what, firstLine4(error));
      }
    }
    if (dir === rootDir || path10.dirname(dir) === dir) break;
  }
  return { config: DEFAULT_CONFIG };
}
var HTML_ELEMENTS = new Set(
  "a abbr address area article aside audio b bdi bdo big blink blockquote body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark marquee menu meta meter nav nobr noscript object ol optgroup option output p picture pre progress q rp rt ruby s samp script search section select slot small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr".split(" ")
);
function isPlaceholderElement(error) {
  if (error.ruleNames[0] !== "MD033") return false;
  const element = /Element: ([^\s]+)/.exec(error.errorDetail ?? "")?.[1];
  return element !== void 0 && (!HTML_ELEMENTS.has(element.toLowerCase()) || /^[A-Z][A-Z0-9_-]+$/.test(element));
}
var WORKER_FILE = path10.join(path10.dirname(fileURLToPath3(import.meta.url)), "markdownlint-worker.js");
function lintInWorker(text4, planPath, config) {
  return new Promise((resolve2, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: { text: text4, planPath, config }, env: {} });
    worker.once("message", (errors) => resolve2(errors));
    worker.once("error", reject);
    worker.once("exit", (code2) => reject(new Error(`markdownlint worker exited with code ${code2}`)));
  });
}
async function lintErrors(text4, planPath, config) {
  if (existsSync3(WORKER_FILE)) {
    try {
      return await lintInWorker(text4, planPath, config);
    } catch {
    }
  }
  return (await lintPromise({ strings: { [planPath]: text4 }, config }))[planPath] ?? [];
}
async function markdownlintHits(text4, planPath, context) {
  const { config } = await repositoryMarkdownlintConfig(context.root, planPath, context.warn);
  return (await lintErrors(text4, planPath, config)).filter((e) => !isPlaceholderElement(e)).map((e) => ({
    line: e.lineNumber,
    rule: `markdownlint/${e.ruleNames[0]}`,
    message: `${e.ruleNames[0]}/${e.ruleNames[1] ?? ""}: ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ""}`,
    hint: e.ruleInformation ? `See ${e.ruleInformation}` : "Fix the Markdown as markdownlint suggests."
  }));
}
var markdownlintRule = {
  id: "markdownlint",
  severity: "notice",
  description: "markdownlint over the whole plan (as `markdownlint/MDxxx`), with the repository's own markdownlint config when it has one.",
  hint: "Fix the Markdown as markdownlint suggests.",
  run: (doc, context) => markdownlintHits(doc.plan.text, doc.plan.path, context)
};

// src/lint/rule.ts
function toFinding(rule, hit, path19) {
  return {
    rule: hit.rule ?? rule.id,
    severity: hit.severity ?? rule.severity,
    path: path19,
    line: hit.line,
    message: hit.message,
    hint: hit.hint ?? rule.hint
  };
}

// src/lint/rules/hosts.ts
import { isIPv4 } from "node:net";

// src/lint/rules/placeholders.ts
var PLACEHOLDER2 = /^(?:\$|%24|<|\{\{|\$\{|\*{3,}|x{3,}$|\.{3}|…|\[|\(|`|(?:your|my|the|some)[-_ ]|process\.env|os\.environ|env\(|env\[|ENV\[|vault:|secret:|ref\+|op:\/\/|arn:aws:secretsmanager|redacted|change[-_ ]?me$|fill[-_ ]?(?:in|me)$|replace[-_ ]?(?:me|this)$|set[-_ ]?me$|todo$|tbd$|fixme$|example|placeholder|dummy|<redacted>)/i;
var GENERIC_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "pass", "pwd", "secret", "token", "key", "apikey", "api_key", "value", "user", "username", "null", "none", "true", "false", "required", "string", "optional", "empty"]);
function isPlaceholder(value2) {
  const v = value2.trim().replace(/^['"]|['"]$/g, "");
  if (v === "" || PLACEHOLDER2.test(v)) return true;
  return GENERIC_WORDS.has(v.toLowerCase());
}

// src/lint/rules/urls.ts
var URL_CANDIDATE = new RegExp(String.raw`${SCHEME_RUN_START}([a-z][a-z0-9+.-]*:\/\/[^\s'"\`<>()[\]{}|\\]+)`, "gi");
function urlsIn(line) {
  const urls = [];
  for (const m of line.matchAll(URL_CANDIDATE)) {
    try {
      urls.push(new URL(stripTrailing(m[2], ".,;:")));
    } catch {
    }
  }
  return urls;
}

// src/lint/rules/hosts.ts
var IPV4_CANDIDATE = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\w|\/\d)/g;
function isHarmlessAddress(ip) {
  return /^(?:127\.|0\.0\.0\.0$|255\.255\.255\.255$|169\.254\.|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|(?:8\.8\.8\.8|8\.8\.4\.4|1\.1\.1\.1|1\.0\.0\.1|9\.9\.9\.9|208\.67\.222\.222|208\.67\.220\.220)$)/.test(ip);
}
var PLACEHOLDER_LABEL = /^(?:x{3,}|your[-_].*|my[-_].*|placeholder|changeme|domain|company)$/i;
function isHardcodedHostName(host) {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  if (!h || isPlaceholder(h) || !h.includes(".") || isIPv4(h) || h.split(".").some((label4) => PLACEHOLDER_LABEL.test(label4))) return false;
  if (/(?:^|\.)(?:localhost|local|svc|cluster\.local|test|example|invalid|docker\.internal)$/.test(h)) return false;
  return !/(?:^|\.)example\.(?:com|org|net)$/.test(h);
}
var HOSTNAME_CANDIDATE = /(?<![\w.@/:$-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.){2,}[a-z]{2,})(?![\w-]|\.\w|\s*\()/gi;
var SERVER_WORDS = /* @__PURE__ */ new Set(["db", "database", "pg", "postgres", "postgresql", "psql", "mysql", "mariadb", "redis", "valkey", "cache", "memcache", "memcached", "mongo", "mongodb", "primary", "replica", "master", "slave", "standby", "bastion", "jump", "jumpbox", "jumphost", "node", "srv", "server", "host", "cluster", "prod", "production", "staging", "stg", "internal", "rds", "aurora", "elastic", "elasticsearch", "es", "kafka", "broker", "rabbit", "rabbitmq", "mq", "queue", "worker", "vm", "ec2", "sql", "writer", "reader", "backup", "nfs"]);
var FILE_EXTENSION_TLD = /^(?:sql|gz|tgz|tar|zip|bz2|xz|yml|yaml|json|conf|cfg|log|txt|md|sh|py|rb|js|ts|env|bak|dump|rdb|aof|tf|tfvars|tfstate|pem|key|crt|csv|xml|ini|toml|lock|service|html|pid|sock|old|tmp)$/i;
function serverHostNamesIn(line) {
  const text4 = line.replace(/\bhttps?:\/\/\S+/gi, " ");
  const out = [];
  for (const m of text4.matchAll(HOSTNAME_CANDIDATE)) {
    const host = m[1];
    const labels = host.split(".");
    if (FILE_EXTENSION_TLD.test(labels[labels.length - 1]) || /[a-z][A-Z]/.test(host) || !isHardcodedHostName(host)) continue;
    const withPort = /^:\d{2,5}\b/.test(text4.slice(m.index + host.length));
    if (withPort || labels[0].toLowerCase().split(/[-\d]+/).some((word) => SERVER_WORDS.has(word))) out.push(host);
  }
  return out;
}
var BUCKET_SCHEMES = /* @__PURE__ */ new Set(["s3", "s3a", "s3n", "gs", "gcs", "az", "azure", "wasb", "wasbs", "abfs", "abfss", "r2", "oss", "cos", "b2", "swift"]);
function connectionSchemes(catalog) {
  const schemes = /* @__PURE__ */ new Set(["jdbc"]);
  for (const rule of catalog.rules) for (const p of rule.signals.urlSchemes ?? []) schemes.add(p.name.split("+")[0].toLowerCase());
  for (const bucket of BUCKET_SCHEMES) schemes.delete(bucket);
  return schemes;
}
var HOST_FLAG_CLIENTS = /\b(?:psql|pg_dump|pg_dumpall|pg_restore|pg_basebackup|pg_isready|mysql|mysqldump|mysqladmin|mariadb|redis-cli|valkey-cli|mongo|mongosh|mongodump|mongorestore|clickhouse-client|cqlsh)\b/;
var HOST_FLAG = /(?:^|\s)(?:--host(?:=|\s+)|-h\s*)(["']?)([^\s"';|&)]+)\1/g;
var REMOTE_LOGIN = /\b(?:ssh|scp|sftp|rsync|mosh)\b[^|;&]*?\s(?:[\w.-]+@)([A-Za-z0-9.-]+)(?=[\s:"']|$)/g;
var MAX_REMOTE_LOGIN_LINE = 4e3;
var LIBPQ_HOST = /(?:^|["'\s])host=([^\s"';|&)]+)/g;
var LIBPQ_OTHER_KEYWORD = /(?:^|["'\s])(?:port|dbname|user|sslmode)=/;
var hardcodedHost = {
  id: "hardcoded-host",
  severity: "warning",
  description: "An IP address or server host name written where an environment variable or the vault belongs.",
  hint: "Use the variable the app reads (`$DATABASE_URL`, `$REDIS_HOST`) or say where the endpoint is kept; hosts change during a recovery.",
  run(doc, context) {
    const schemes = connectionSchemes(context.catalog);
    const found = /* @__PURE__ */ new Map();
    const add = (line, what) => {
      const set = found.get(line) ?? /* @__PURE__ */ new Set();
      const host = what.split(" ")[1];
      if ([...set].some((w) => w.split(" ")[1] === host)) return;
      set.add(what);
      found.set(line, set);
    };
    doc.lines.forEach((text4, index2) => {
      for (const m of text4.matchAll(IPV4_CANDIDATE)) if (isIPv4(m[0]) && !isHarmlessAddress(m[0])) add(index2 + 1, `IP address ${m[0]}`);
      for (const host of serverHostNamesIn(text4)) add(index2 + 1, `host ${host}`);
      for (const url of urlsIn(text4)) {
        const scheme = url.protocol.replace(/:$/, "").split("+")[0].toLowerCase();
        if (schemes.has(scheme) && isHardcodedHostName(url.hostname)) add(index2 + 1, `host ${url.hostname} in a ${scheme}:// URL`);
      }
    });
    for (const code2 of codeTexts(doc)) {
      if (code2.text.length <= MAX_REMOTE_LOGIN_LINE) {
        for (const m of code2.text.matchAll(REMOTE_LOGIN)) if (isHardcodedHostName(m[1])) add(code2.line, `host ${m[1]}`);
      }
      if (LIBPQ_OTHER_KEYWORD.test(code2.text)) {
        for (const m of code2.text.matchAll(LIBPQ_HOST)) if (isHardcodedHostName(m[1])) add(code2.line, `host ${m[1]}`);
      }
      if (!HOST_FLAG_CLIENTS.test(code2.text)) continue;
      for (const m of code2.text.matchAll(HOST_FLAG)) if (isHardcodedHostName(m[2])) add(code2.line, `host ${m[2]}`);
    }
    return [...found].sort(([a], [b]) => a - b).map(([line, what]) => ({ line, message: `Hard-coded ${[...what].join(", ")}.` }));
  }
};

// src/lint/rules/impact.ts
var IMPACT_LABEL = /^\W*(?:(?:business|user|customer|service) )?(?:impacts?|symptoms?|consequences?|effects?|affected (?:services|users|systems|components)|blast radius|impacto|auswirkungen?|conséquences?|sintomas|s[ií]ntomas|sympt[oô]mes|symptome|etki(?:si|ler)?|belirtiler)(?![\p{L}])/iu;
var missingImpact = {
  id: "missing-impact",
  severity: "warning",
  description: "A scenario that never says what the failure does to users (no Impact).",
  hint: 'Add "**Impact**:" with what users see and which flows stop, so responders can judge severity.',
  run(doc) {
    return doc.plan.scenarios.filter((s) => {
      if (/\bimpact\b/i.test(s.heading)) return false;
      const labelled = (n) => (n.type === "paragraph" || n.type === "heading") && toString(n).split("\n").some((line) => IMPACT_LABEL.test(line));
      if (scenarioNodes(doc, s).some(labelled)) return false;
      return !doc.lines.slice(s.line, s.endLine).some((line) => /^\s*\|/.test(line) && IMPACT_LABEL.test(line.replace(/^\s*\|\s*/, "").replace(/\*\*/g, "")));
    }).map((s) => ({ line: s.line, message: `Scenario "${s.title}" does not state its impact.` }));
  }
};

// src/lint/rules/orphans.ts
var INCLUDES = { supabase: ["postgresql"] };
var orphanScenario = {
  id: "orphan-scenario",
  severity: "warning",
  description: "A scenario about services the code no longer depends on.",
  hint: "Delete the scenario if the service is gone; if it is still used, add a rule or signal so Paramedic can see it.",
  needsDependencies: true,
  run(doc, context) {
    const names = new Map(context.catalog.rules.map((r) => [r.id, r.name]));
    const present = /* @__PURE__ */ new Set([...context.dependencyIds, ...[...context.dependencyIds].flatMap((id) => INCLUDES[id] ?? [])]);
    const hits = [];
    for (const scenario of doc.plan.scenarios) {
      const covers = context.scenarioCovers.get(scenario.title) ?? [];
      if (covers.length === 0 || covers.some((id) => present.has(id))) continue;
      const gone = covers.map((id) => names.get(id) ?? id).join(", ");
      hits.push({ line: scenario.line, message: `Scenario "${scenario.title}" is about ${gone}, which the code no longer uses.` });
    }
    return hits;
  }
};
var unknownMarker = {
  id: "unknown-marker",
  severity: "warning",
  description: "A `<!-- paramedic: covers ... -->` marker naming an id the catalog does not have.",
  hint: "Use a dependency id as `paramedic check` prints it (postgresql, redis, stripe...).",
  run(doc, context) {
    const known = new Set(context.catalog.rules.map((r) => r.id));
    return doc.plan.markers.flatMap(
      (marker) => marker.ids.filter((id) => !known.has(id)).map((id) => ({ line: marker.line, message: `The covers marker names "${id}", which is not a dependency id.` }))
    );
  }
};
var draftPending = {
  id: "draft-pending",
  severity: "notice",
  description: "A drafted scenario whose review marker is still present; it does not count as coverage yet.",
  hint: "Fill in the stub with your real commands and names, then delete its `<!-- paramedic:draft -->` line.",
  run(doc) {
    return doc.plan.scenarios.filter((s) => s.draft).map((s) => ({ line: s.line, message: `Scenario "${s.title}" is a draft awaiting review.` }));
  }
};

// src/lint/rules/scripts.ts
import path11 from "node:path";
var COMMAND_LANGS = /* @__PURE__ */ new Set(["", "sh", "bash", "shell", "zsh", "console", "shell-session", "powershell", "ps1", "pwsh", "bat", "cmd", "text"]);
var FILE_EXTENSIONS = /\.(?:sh|bash|zsh|py|rb|js|mjs|cjs|ts|ps1|sql|pl|php|go|ya?ml|json|tf|toml|conf|env)$/i;
var NOT_A_PATH = /[$<>*{}%:@~=?"'`|;&()[\]\\]/;
var CREATES_FILES = /^(?:mkdir|touch|cd|cp|mv|rm|tee|wget|curl|scp|rsync|tar|unzip|gunzip|ln)$/;
var OUTPUT_FLAGS = /^(?:-o|--output|--out|-O|--outfile|--output-file|--output-dir|--out-dir|--backup-dir|--target-dir|--destination|--dest|--rdb|--archive|--result-file|>|>>|2>|&>)$/;
var COPY_COMMANDS = /^(?:docker (?:compose )?cp|docker-compose cp|kubectl cp|aws s3 (?:cp|mv|sync)|gsutil (?:-m )?(?:cp|mv|rsync)|gcloud storage (?:cp|mv|rsync)|rclone (?:copy|sync))\b/;
var DUMP_COMMANDS = /^(?:pg_dump|pg_dumpall|pg_basebackup|mysqldump|mariadb-dump|mongodump)$/;
var INTERPRETERS = /^(?:bash|sh|zsh|python3?|node|ruby|perl|pwsh|powershell|deno|bun|tsx|ts-node)$/;
var RUNNABLE_NAME = /^[\w.-]+\.(?:sh|bash|py|rb|js|mjs|cjs|ts|ps1|pl)$/i;
var NAMED_FILE = /^[\w.-]+\.(?:sh|bash|py|rb|js|mjs|cjs|ts|ps1|pl|tf)$/i;
var VENDOR_TOOL = /^(?:kafka|zookeeper|connect|kraft|ksql|schema-registry|catalina|elasticsearch|opensearch|hadoop|hbase|spark|flink|cassandra|nodetool)\b/i;
function bareScriptRun(line) {
  const words = line.trim().replace(/^\$\s+/, "").split(/\s+/);
  let i = words[0] === "sudo" ? 1 : 0;
  if (!INTERPRETERS.test(words[i] ?? "")) return void 0;
  i++;
  while (i < words.length && words[i].startsWith("-")) i++;
  const word = unquoted(words[i] ?? "");
  return RUNNABLE_NAME.test(word) && !VENDOR_TOOL.test(word) ? word : void 0;
}
function unquoted(word) {
  return stripTrailing(/^["'`]/.test(word) ? word.slice(1) : word, "\"'`.,;:)");
}
function namedFile(span) {
  const word = span.trim();
  return NAMED_FILE.test(word) && !VENDOR_TOOL.test(word) ? word : void 0;
}
function repositoryPathIn(word) {
  const w = unquoted(word);
  if (!w || w.startsWith("-") || w.startsWith("/") || w.endsWith("/") || w.includes("://") || NOT_A_PATH.test(w)) return void 0;
  if (/^\.\.?\/./.test(w)) return w;
  return w.includes("/") && FILE_EXTENSIONS.test(w) ? w : void 0;
}
function writtenPaths(line) {
  if (line.trim().startsWith("#")) return [];
  const words = line.trim().replace(/^\$\s+/, "").split(/\s+/);
  const out = [];
  const dumps = DUMP_COMMANDS.test(words[0] === "sudo" ? words[1] ?? "" : words[0] ?? "");
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    const eq = word.indexOf("=");
    if (OUTPUT_FLAGS.test(words[i - 1]) || dumps && (words[i - 1] === "-f" || words[i - 1] === "--file")) out.push(word);
    else if (dumps && word.startsWith("--file=")) out.push(word.slice("--file=".length));
    else if (/^\d?>+/.test(word) && word.replace(/^\d?>+/, "")) out.push(word.replace(/^\d?>+/, ""));
    else if (word.startsWith("-") && eq !== -1 && OUTPUT_FLAGS.test(word.slice(0, eq))) out.push(word.slice(eq + 1));
  }
  if (COPY_COMMANDS.test(words.join(" ")) && words.length > 2) out.push(words[words.length - 1]);
  return out.map(bareWord).filter(Boolean);
}
function bareWord(word) {
  return stripTrailing(/^["'`]/.test(word) ? word.slice(1) : word, "\"'`.,;:)");
}
function referencedPaths(line) {
  if (line.trim().startsWith("#")) return [];
  const words = line.trim().replace(/^\$\s+/, "").split(/\s+/);
  if (CREATES_FILES.test(words[0] ?? "") || words[0] === "sudo" && CREATES_FILES.test(words[1] ?? "")) return [];
  const out = [];
  const dumps = DUMP_COMMANDS.test(words[0] === "sudo" ? words[1] ?? "" : words[0] ?? "");
  const written = new Set(writtenPaths(line));
  for (let i = 0; i < words.length; i++) {
    if (OUTPUT_FLAGS.test(words[i - 1] ?? "") || dumps && words[i - 1] === "-f" || /^\d?>/.test(words[i]) || written.has(bareWord(words[i]))) continue;
    const eq = words[i].indexOf("=");
    if (words[i].startsWith("-") && eq !== -1 && OUTPUT_FLAGS.test(words[i].slice(0, eq))) continue;
    const value2 = words[i].startsWith("-") && words[i].includes("=") ? words[i].slice(words[i].indexOf("=") + 1) : words[i];
    const found = repositoryPathIn(value2);
    if (found) out.push(found);
  }
  return out;
}
function safeDecodeUri(text4) {
  try {
    return decodeURI(text4);
  } catch {
    return text4;
  }
}
function existsInRepository(rel, files, dirs) {
  return files.has(rel) || dirs.has(rel);
}
function directoriesOf(files) {
  const dirs = /* @__PURE__ */ new Set();
  for (const file of files) for (let d = path11.posix.dirname(file); d !== "." && !dirs.has(d); d = path11.posix.dirname(d)) dirs.add(d);
  return dirs;
}
function logicalLines2(value2) {
  const lines = value2.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const offset = i;
    let text4 = lines[i];
    while (/\\\s*$/.test(text4) && i + 1 < lines.length) text4 = `${text4.replace(/\\\s*$/, "")} ${lines[++i].trim()}`;
    out.push({ text: text4, offset });
  }
  return out;
}
var missingScript = {
  id: "missing-script",
  severity: "error",
  description: "A script or file the plan tells people to run that does not exist in the repository.",
  hint: "Commit the script, fix the path, or write its commands into the step; in an outage nobody can run a file that is not there.",
  run(doc, context) {
    const planDir = path11.posix.dirname(doc.plan.path);
    const dirs = directoriesOf(context.repoFiles);
    const hits = [];
    const seen = /* @__PURE__ */ new Set();
    const written = /* @__PURE__ */ new Set();
    for (const block of codeBlocks(doc)) {
      if (COMMAND_LANGS.has(block.lang)) for (const { text: text4 } of logicalLines2(block.value)) for (const w of writtenPaths(text4)) written.add(path11.posix.normalize(w));
    }
    const names = new Set([...context.repoFiles].map((f) => path11.posix.basename(f)));
    const check2 = (line, ref, fromPlanDir, cwd) => {
      const fromRoot = path11.posix.normalize(ref);
      if (!fromPlanDir && written.has(fromRoot)) return;
      const candidates = fromPlanDir ? [path11.posix.join(planDir, ref)] : [fromRoot, path11.posix.join(planDir, ref), ...cwd ? [path11.posix.join(cwd, ref)] : []];
      if (candidates.some((c) => c.startsWith("..") || existsInRepository(c, context.repoFiles, dirs))) return;
      if (!fromPlanDir && /^\.\/[^/]+$/.test(ref) && names.has(ref.slice(2))) return;
      const key = `${line}\0${ref}`;
      if (seen.has(key)) return;
      seen.add(key);
      hits.push({ line, message: `${ref} is referenced but does not exist in the repository.` });
    };
    const checkName = (line, name) => {
      const key = `${line}\0${name}`;
      if (names.has(name) || seen.has(key)) return;
      seen.add(key);
      hits.push({ line, message: `${name} is referenced but no file of that name exists in the repository.` });
    };
    for (const node2 of doc.nodes) {
      if (node2.type === "link" || node2.type === "definition") {
        const url = node2.url.split(/[?#]/)[0];
        if (url && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("/") && !url.startsWith("#")) check2(startLine(node2), safeDecodeUri(url), true);
      } else if (node2.type === "inlineCode") {
        const ref = repositoryPathIn(node2.value.trim().split(/\s+/)[0] ?? "");
        if (ref) check2(startLine(node2), ref, false);
        else for (const r of referencedPaths(node2.value)) check2(startLine(node2), r, false);
        const bare2 = namedFile(node2.value) ?? bareScriptRun(node2.value);
        if (bare2) checkName(startLine(node2), bare2);
      }
    }
    for (const block of codeBlocks(doc)) {
      if (!COMMAND_LANGS.has(block.lang)) continue;
      let cwd;
      let lost = false;
      logicalLines2(block.value).forEach(({ text: text4, offset: i }) => {
        const cd = /^\s*(?:\$\s+)?cd\s+([^\s;&|]+)\s*(?:$|&&)/.exec(text4)?.[1];
        if (cd) {
          if (NOT_A_PATH.test(cd) || cd.startsWith("/")) lost = true;
          else cwd = path11.posix.join(cwd ?? "", cd);
        }
        if (lost) return;
        for (const ref of referencedPaths(text4)) check2(block.firstLine + i, ref, false, cwd);
        const bare2 = text4.trim().startsWith("#") ? void 0 : bareScriptRun(text4);
        if (bare2) checkName(block.firstLine + i, bare2);
      });
    }
    return hits;
  }
};

// src/lint/rules/secrets.ts
var TOKEN_FORMATS = [
  ["private key", /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/],
  ["AWS access key id", /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/],
  ["GitHub token", /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/],
  ["GitLab token", /\bglpat-[A-Za-z0-9_-]{20,}\b/],
  ["Stripe live key", /\b(?:sk|rk)_live_[0-9A-Za-z]{10,}\b/],
  ["Slack token", /\bxox[abprs]-[0-9A-Za-z-]{10,}\b/],
  ["Google API key", /\bAIza[0-9A-Za-z_-]{35}\b/],
  ["OpenAI or Anthropic key", /\bsk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{32,}\b/],
  ["SendGrid key", /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\b/],
  ["npm token", /\bnpm_[A-Za-z0-9]{36}\b/],
  ["Twilio key", /\bSK[0-9a-f]{32}\b/],
  // Starts only where a run of token characters starts: from every `eyJ` inside `eyJ-eyJ-…` it rescanned the run.
  ["JSON web token", /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
  ["Slack webhook URL", /\bhooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/]
];
var FILLER = /x{6,}|X{6,}|\*{4,}|0{10,}|placeholder|redacted/i;
var ASSIGNMENT3 = /(?:^|[\s"'{,(-])(?:[A-Za-z_]*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?key))["']?\s*(?:=|:(?!\/\/)|\s(?=["']))\s*(["']?)([^\s"'`,;)}]+)\1/gi;
var MYSQL_CLIENT = /\bmysql(?:dump|admin|import)?\b/g;
var GLUED_PASSWORD = /(?=\s-p(?!\s)(\S+))/g;
var CLIENT_PASSWORD_FLAGS = [
  [/\b(?:redis-cli|valkey-cli)\b/g, /(?=\s(?:-a|--pass)\s+(["']?)([^\s"']+)\1)/g],
  [/\bcurl\b/g, /(?=\s(?:-u|--user)\s+(["']?)[^\s:"']+:([^\s"']+)\1)/g]
];
var DOT_STOPS = /[\n\r\u2028\u2029]/g;
var CREDENTIAL_FLAG = /(?:^|\s)--(?:password|passwd|pass|token|api-?key|secret|client-secret|auth-token|access-key)(?:=|\s+)(["']?)([^\s"'`;|&)]+)\1/gi;
function lastFlagAfter(line, client, flag) {
  const flags = [...line.matchAll(flag)].map((m) => ({ at: m.index, value: m[2] ?? m[1] }));
  if (flags.length === 0) return void 0;
  const stops = [...line.matchAll(DOT_STOPS)].map((m) => m.index);
  let stop = 0;
  let last = -1;
  for (const word of line.matchAll(client)) {
    const end = word.index + word[0].length;
    while (stop < stops.length && stops[stop] < end) stop++;
    const limit = stops[stop] ?? line.length;
    while (last + 1 < flags.length && flags[last + 1].at <= limit) last++;
    if (last >= 0 && flags[last].at >= end) return { at: word.index, value: flags[last].value };
  }
  return void 0;
}
function clientPassword(line) {
  const found = CLIENT_PASSWORD_FLAGS.map(([client, flag]) => lastFlagAfter(line, client, flag)).filter((f) => f !== void 0);
  return found.sort((a, b) => a.at - b.at)[0]?.value;
}
var BEARER = /\bBearer\s+([A-Za-z0-9._~+/-]{20,}=*)/;
var CREDENTIAL_WORD = /\b(?:password|passwd|passphrase|secret|token|api[ _-]?key|access[ _-]?key|private[ _-]?key|client[ _-]?secret)/gi;
function namesASecret(value2) {
  return isPlaceholder(value2) || /^[A-Z][A-Z0-9_]*$/.test(value2) || value2.includes("/") || value2.length < 6;
}
var SECRET_STORES = /^(?:1password|bitwarden|lastpass|keepass(?:xc)?|vault|keychain|doppler|infisical|onepassword)$/i;
function looksLikeSecretValue(raw) {
  const value2 = stripTrailing(raw, ".,;:!?)]") || raw;
  if (value2.length < 6 || namesASecret(value2) || SECRET_STORES.test(value2) || /^\d{4}-\d{2}-\d{2}/.test(value2) || /^v?\d+(?:\.\d+)+$/.test(value2)) return false;
  return /\d/.test(value2) && /[A-Za-z]/.test(value2);
}
function codeSpanSecret(value2) {
  return looksLikeSecretValue(value2) || value2.length >= 6 && /[^A-Za-z]/.test(value2) && !namesASecret(value2) && !/^[a-z]+(?:[-_.][a-z]+)*$/.test(value2);
}
var CREDENTIAL_WORD_BARE = /\b(?:password|passwd|passphrase|pwd|secret|token|api[ _-]?key)/gi;
var BARE_VALUE_EXCLUDED = "`'\",;()<>[]";
function labelValueStart(line, from) {
  let i = skipWhiteSpace(line, skipRun(line, from, "*"));
  const rest = line.slice(i, i + 3).toLowerCase();
  if (rest.startsWith("was")) i += 3;
  else if (rest.startsWith("is")) i += 2;
  else if (line[i] === "=" || line[i] === ":") i += 1;
  i = skipWhiteSpace(line, skipRun(line, i, "*"));
  if (line[i] === ":") i = skipWhiteSpace(line, i + 1);
  return i;
}
function codeSpanValues(line) {
  return labelledValues(line, CREDENTIAL_WORD, (i) => {
    if (line[i] !== "`") return void 0;
    let end = i + 1;
    while (end < line.length && line[end] !== "`" && !isWhiteSpace(line[end])) end++;
    return end > i + 1 && line[end] === "`" ? { value: line.slice(i + 1, end), end: end + 1 } : void 0;
  });
}
function bareValues(line) {
  return labelledValues(line, CREDENTIAL_WORD_BARE, (i) => {
    let end = i;
    while (end < line.length && !isWhiteSpace(line[end]) && !BARE_VALUE_EXCLUDED.includes(line[end])) end++;
    return end > i ? { value: line.slice(i, end), end } : void 0;
  });
}
function labelledValues(line, words, valueAt2) {
  const out = [];
  const re = new RegExp(words.source, words.flags);
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const found = valueAt2(labelValueStart(line, m.index + m[0].length));
    if (!found) continue;
    out.push({ start: m.index, end: found.end, value: found.value });
    re.lastIndex = found.end;
  }
  return out;
}
function secretKindsInText(line) {
  const kinds = [];
  for (const [kind, pattern2] of TOKEN_FORMATS) {
    const hits = line.match(new RegExp(pattern2.source, `${pattern2.flags}g`)) ?? [];
    if (hits.some((hit) => !FILLER.test(hit))) kinds.push(kind);
  }
  const prose = codeSpanValues(line).some((v) => codeSpanSecret(v.value)) || bareValues(line).some((v) => looksLikeSecretValue(v.value));
  if (prose) kinds.push("credential in the text");
  for (const url of urlsIn(line)) {
    if (url.password && !isPlaceholder(safeDecode(url.password))) kinds.push(`password in a ${url.protocol.replace(/:$/, "")}:// URL`);
  }
  return kinds;
}
function secretKindsInCode(line) {
  const kinds = [];
  for (const m of line.matchAll(ASSIGNMENT3)) {
    const value2 = m[2];
    if (/^[?+]/.test(value2)) continue;
    if (value2.length >= 4 && !isPlaceholder(value2) && !value2.includes("://")) kinds.push("credential assignment");
  }
  const glued = lastFlagAfter(line, MYSQL_CLIENT, GLUED_PASSWORD);
  if (glued && !isPlaceholder(glued.value)) kinds.push("MySQL password on the command line");
  for (const m of line.matchAll(CREDENTIAL_FLAG)) {
    if (m[1] === "" && m[2].length >= 4 && !isPlaceholder(m[2])) kinds.push("credential on the command line");
  }
  const clientValue = clientPassword(line);
  if (clientValue && !isPlaceholder(clientValue)) kinds.push("password on the command line");
  const bearer = BEARER.exec(line);
  if (bearer && !FILLER.test(bearer[1])) kinds.push("bearer token");
  return [...new Set(kinds)];
}
function safeDecode(text4) {
  try {
    return decodeURIComponent(text4);
  } catch {
    return text4;
  }
}
var URL_PASSWORD = new RegExp(String.raw`${SCHEME_RUN_START}([a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:)[^\s/]*@`, "gi");
function redactSecrets(text4) {
  let out = text4;
  for (const [, pattern2] of TOKEN_FORMATS) out = out.replace(new RegExp(pattern2.source, `${pattern2.flags}g`), "[redacted]");
  out = out.replace(URL_PASSWORD, "$<lead>$2[redacted]@");
  out = maskValues(out, codeSpanValues(out), codeSpanSecret);
  return maskValues(out, bareValues(out), looksLikeSecretValue);
}
function maskValues(text4, found, isSecret) {
  let out = "";
  let at = 0;
  for (const f of found) {
    if (!isSecret(f.value)) continue;
    out += text4.slice(at, f.start) + text4.slice(f.start, f.end).replace(f.value, "[redacted]");
    at = f.end;
  }
  return out + text4.slice(at);
}
var CREDENTIAL_HEADER = /\b(?:passwords?|passwd|passphrase|secrets?|tokens?|api[ _-]?keys?|credentials?)\b/i;
var TABLE_ROW = /^\s*\|.*\|\s*$/;
var DELIMITER_CELL = /^:?-{3,}:?$/;
function isTableDelimiter(line) {
  let row = line.trim();
  if (row.startsWith("|")) row = row.slice(1);
  if (row.endsWith("|")) row = row.slice(0, -1);
  return row.split("|").every((cell) => DELIMITER_CELL.test(cell.trim()));
}
function cellsOf(row) {
  return row.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim().replace(/^`|`$/g, ""));
}
function credentialTableRows(doc) {
  const inCode = /* @__PURE__ */ new Set();
  for (const block of codeBlocks(doc)) {
    const lastLine = block.firstLine + block.value.split("\n").length;
    for (let l = block.fenceLine; l <= lastLine; l++) inCode.add(l);
  }
  const out = [];
  for (let i = 0; i + 1 < doc.lines.length; i++) {
    if (inCode.has(i + 1) || !TABLE_ROW.test(doc.lines[i]) || !isTableDelimiter(doc.lines[i + 1])) continue;
    const columns = cellsOf(doc.lines[i]).flatMap((cell, c) => CREDENTIAL_HEADER.test(cell) ? [c] : []);
    let r = i + 2;
    for (; r < doc.lines.length && TABLE_ROW.test(doc.lines[r]); r++) {
      const cells = cellsOf(doc.lines[r]);
      if (columns.some((c) => cells[c] !== void 0 && !/\s/.test(cells[c]) && looksLikeSecretValue(cells[c]))) out.push(r + 1);
    }
    i = r - 1;
  }
  return out;
}
var hardcodedSecret = {
  id: "hardcoded-secret",
  severity: "error",
  description: "A password, token, key or credentialed connection string written into the plan.",
  hint: "Rotate the credential now, then reference it by name: `$DATABASE_URL`, or where it lives in the vault.",
  run(doc) {
    const kindsByLine = /* @__PURE__ */ new Map();
    const add = (line, kinds) => {
      if (!kinds.length) return;
      const set = kindsByLine.get(line) ?? /* @__PURE__ */ new Set();
      for (const k of kinds) set.add(k);
      kindsByLine.set(line, set);
    };
    doc.lines.forEach((line, index2) => add(index2 + 1, secretKindsInText(line)));
    for (const code2 of codeTexts(doc)) add(code2.line, secretKindsInCode(code2.text));
    for (const line of credentialTableRows(doc)) add(line, ["credential in a table"]);
    return [...kindsByLine].sort(([a], [b]) => a - b).map(([line, kinds]) => ({ line, message: `Line ${line} holds a hard-coded secret (${[...kinds].join(", ")}); the value is not shown here.` }));
  }
};

// src/lint/rules/stale.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
var stalePlan = {
  id: "stale-plan",
  severity: "warning",
  description: 'The plan\'s "Last Updated" date is older than `stale-after-days` (default 180).',
  hint: "Walk through every scenario against today's architecture, fix what drifted, then update the date.",
  run(doc, context) {
    const stated = doc.plan.lastUpdated;
    if (!stated) return [];
    const when = Date.parse(stated.date);
    if (Number.isNaN(when)) return [];
    const days = Math.floor((context.now.getTime() - when) / DAY_MS);
    if (days <= context.config.staleAfterDays) return [];
    return [{ line: stated.line, message: `The plan was last updated ${stated.date}, ${days} days ago (limit: ${context.config.staleAfterDays}).` }];
  }
};

// src/lint/rules/steps.ts
var STEP_HEADING = /^(?:step|schritt|paso|passo|étape|etape)\s*\d+|^\d+[.)]\s/i;
function isCommandLine(line) {
  const trimmed = line.trim();
  return trimmed !== "" && !trimmed.startsWith("#") && !/^echo\b/.test(trimmed);
}
function hasExplicitSteps(nodes) {
  if (nodes.some((n) => n.type === "list" && n.ordered && n.children.length >= 2)) return true;
  if (nodes.filter((n) => n.type === "heading" && STEP_HEADING.test(toString(n).trim())).length >= 2) return true;
  return nodes.some((n) => n.type === "code" && n.value.split("\n").filter(isCommandLine).length >= 2);
}
function hasOneNumberedStep(nodes) {
  return nodes.some((n) => n.type === "list" && n.ordered && n.children.length === 1);
}
var missingSteps = {
  id: "missing-steps",
  severity: "warning",
  description: "A scenario without numbered steps, Step N sub-sections or a runnable script.",
  hint: "Write the recovery as a numbered list of steps, each with the exact command or dashboard action.",
  run(doc) {
    return doc.plan.scenarios.filter((s) => !hasExplicitSteps(scenarioNodes(doc, s))).map((s) => ({ line: s.line, message: `Scenario "${s.title}" ${hasOneNumberedStep(scenarioNodes(doc, s)) ? "has only one numbered step" : "has no numbered steps"}.` }));
  }
};
var VAGUE_PHRASES = [
  /\btry (?:to )?(?:restart|reboot|fix|redeploy|again|turning)\w*/i,
  /\bif (?:that|this|it) (?:doesn'?t|does not|didn'?t|fails to|won'?t) (?:work|help)/i,
  /\b(?:message|ping|ask|contact|call|tell|escalate to) (?:devops|ops|it|someone|somebody|anyone|the team|the devs?|an? (?:engineer|admin|expert))\b/i,
  /\b(?:reach out to|notify|inform) (?:devops|ops|someone|somebody|anyone|the team)\b|\blet (?:devops|ops|someone|somebody|the team) know\b/i,
  /\b(?:see|check) (?:if|whether) (?:it|that|this) (?:helps|works|fixes it)\b/i,
  /\b(?:figure out|look into|see what happened|fix (?:it|the (?:issue|problem))|do the needful|somehow|and so on|whatever (?:is|it) takes|wait and see|hope for the best|handle (?:it|accordingly)|do what(?:ever)? is needed)\b/i
];
function ownText(item) {
  return item.children.filter((c) => c.type === "paragraph").map((c) => toString(c)).join(" ");
}
function namesAnAction(n) {
  return n.type === "inlineCode" || n.type === "code" || n.type === "link" || "children" in n && n.children.some((c) => namesAnAction(c));
}
function hasConcreteAction(item) {
  return item.children.some((c) => c.type === "paragraph" && namesAnAction(c));
}
function quoteStep(text4) {
  const masked = redactSecrets(text4);
  return secretKindsInText(masked).length || secretKindsInCode(masked).length ? "(text withheld: it holds a secret)" : quote(masked);
}
function vagueStepHits(scenario, nodes) {
  const hits = [];
  const inItems = /* @__PURE__ */ new Set();
  for (const list2 of nodes.filter((n) => n.type === "list")) {
    for (const item of list2.children) {
      for (const child of item.children) inItems.add(child);
      const text4 = ownText(item);
      const vague = VAGUE_PHRASES.find((p) => p.test(text4));
      if (!vague || hasConcreteAction(item)) continue;
      hits.push({ line: startLine(item), message: `Step "${quoteStep(text4)}" in "${scenario.title}" is vague.` });
    }
  }
  for (const paragraph of nodes.filter((n) => n.type === "paragraph" && !inItems.has(n))) {
    const text4 = toString(paragraph);
    if (!VAGUE_PHRASES.some((p) => p.test(text4)) || namesAnAction(paragraph)) continue;
    hits.push({ line: startLine(paragraph), message: `The instruction "${quoteStep(text4)}" in "${scenario.title}" is vague.` });
  }
  return hits.sort((a, b) => a.line - b.line);
}
var vagueSteps = {
  id: "vague-steps",
  severity: "warning",
  description: 'A step that says "try", "if that does not work" or "message someone" instead of what to run.',
  hint: "Name the exact command, dashboard action or person/role, and the condition that moves to the next step.",
  run(doc) {
    return doc.plan.scenarios.flatMap((s) => vagueStepHits(s, scenarioNodes(doc, s)));
  }
};

// src/discover/inventory.ts
import { readFile as readFile5 } from "node:fs/promises";
import path12 from "node:path";
var IDENTIFIER_ATTRIBUTES2 = ["identifier", "cluster_identifier", "replication_group_id", "cluster_id", "name", "bucket", "domain_name", "cluster_name", "table_name"];
var COMPOSE_INTERPOLATION = /\$\{([A-Za-z_][A-Za-z0-9_]*)/g;
var quiet = () => {
};
async function readInventory(root, files) {
  const inv = {
    composeServices: /* @__PURE__ */ new Map(),
    workloads: /* @__PURE__ */ new Map(),
    workloadKinds: /* @__PURE__ */ new Map(),
    namespaces: /* @__PURE__ */ new Set(),
    labels: /* @__PURE__ */ new Set(),
    terraformAddresses: /* @__PURE__ */ new Set(),
    terraformIdentifiers: /* @__PURE__ */ new Set(),
    envNames: /* @__PURE__ */ new Set(),
    has: { compose: false, kubernetes: false, terraform: false, env: false }
  };
  const jobs = [];
  for (const file of files) {
    const kind = isComposeFile(file) ? "compose" : /\.(tf|tofu)$/.test(file) ? "terraform" : isEnvTemplate(file) ? "env" : isKubernetesCandidate(file) ? "kubernetes" : void 0;
    if (!kind) continue;
    jobs.push(readFile5(path12.join(root, file), "utf8").then((text4) => addFile(inv, kind, file, text4), () => void 0));
  }
  await Promise.all(jobs);
  return inv;
}
async function addFile(inv, kind, file, text4) {
  if (kind === "env") {
    for (const { name } of readDotenv(text4)) inv.envNames.add(name);
    inv.has.env = true;
  } else if (kind === "compose") addCompose(inv, file, text4);
  else if (kind === "kubernetes") addManifests(inv, text4);
  else await addTerraform(inv, text4);
}
function addCompose(inv, file, text4) {
  const { docs } = parseYaml(text4, quiet);
  const doc = docs[0];
  if (!doc) return;
  const services = /* @__PURE__ */ new Set();
  for (const [name, service] of mapEntries(mapGet(doc.contents, "services", doc), doc)) {
    services.add(name);
    const env = mapGet(service, "environment", doc);
    for (const [key] of mapEntries(env, doc)) inv.envNames.add(key);
    for (const item of seqItems(env, doc)) inv.envNames.add((scalarText(item, doc) ?? "").split("=")[0].trim());
  }
  for (const m of text4.matchAll(COMPOSE_INTERPOLATION)) inv.envNames.add(m[1]);
  inv.composeServices.set(file, services);
  inv.has.compose = true;
  if (services.size) inv.has.env = true;
}
function addManifests(inv, text4) {
  if (!text4.includes("apiVersion") || !text4.includes("kind")) return;
  const { docs } = parseYamlStream(text4, quiet);
  for (const doc of docs) {
    const node2 = doc.contents;
    const kind = scalarText(mapGet(node2, "kind", doc), doc);
    const name = scalarText(mapPath(node2, ["metadata", "name"], doc), doc);
    if (!kind || !name) continue;
    inv.has.kubernetes = true;
    const namespace = scalarText(mapPath(node2, ["metadata", "namespace"], doc), doc) ?? "";
    if (kind === "Namespace") inv.namespaces.add(name);
    if (namespace) inv.namespaces.add(namespace);
    const key = `${kind.toLowerCase()}/${name}`;
    inv.workloads.set(key, (inv.workloads.get(key) ?? /* @__PURE__ */ new Set()).add(namespace));
    inv.workloadKinds.set(name, (inv.workloadKinds.get(name) ?? /* @__PURE__ */ new Set()).add(kind));
    for (const labels of [mapPath(node2, ["metadata", "labels"], doc), mapPath(node2, ["spec", "selector", "matchLabels"], doc), mapPath(node2, ["spec", "template", "metadata", "labels"], doc)]) {
      for (const [k, v] of mapEntries(labels, doc)) inv.labels.add(`${k}=${scalarText(v, doc) ?? ""}`);
    }
    for (const path19 of [["spec", "containers"], ["spec", "template", "spec", "containers"]]) {
      for (const container of seqItems(mapPath(node2, path19, doc), doc)) {
        for (const variable of seqItems(mapGet(container, "env", doc), doc)) {
          const env = scalarText(mapGet(variable, "name", doc), doc);
          if (env) {
            inv.envNames.add(env);
            inv.has.env = true;
          }
        }
      }
    }
  }
}
async function addTerraform(inv, text4) {
  if (!text4.includes("resource") && !text4.includes("module")) return;
  let parsed;
  try {
    parsed = await parseHcl(text4);
  } catch {
    return;
  }
  if (!parsed.ok) return;
  for (const block of parsed.blocks) {
    if (block.type === "resource" && block.labels.length === 2) {
      inv.terraformAddresses.add(`${block.labels[0]}.${block.labels[1]}`);
      inv.has.terraform = true;
      for (const attribute of IDENTIFIER_ATTRIBUTES2) {
        const value2 = block.literals.get(attribute);
        if (value2) inv.terraformIdentifiers.add(value2);
      }
    } else if (block.type === "module" && block.labels.length === 1) {
      inv.terraformAddresses.add(`module.${block.labels[0]}`);
    }
  }
}

// src/lint/rules/unknown-reference.ts
var COMMAND_LANGS2 = /* @__PURE__ */ new Set(["", "sh", "bash", "shell", "zsh", "console", "shell-session"]);
function shellWords(line) {
  const commands = [[]];
  let word = "";
  let quote2 = null;
  const end = () => {
    if (word) commands[commands.length - 1].push(word);
    word = "";
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote2) {
      word += ch;
      if (ch === quote2) quote2 = null;
      else if (ch === "\\" && quote2 === '"' && i + 1 < line.length) word += line[++i];
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote2 = ch;
      word += ch;
    } else if (ch === "\\" && i + 1 < line.length) word += ch + line[++i];
    else if (ch === " " || ch === "	") end();
    else if (ch === "#" && !word) break;
    else if (ch === "|" || ch === ";" || ch === "&" || ch === "$" && line[i + 1] === "(" || ch === ")" || ch === "(" || ch === "<" || ch === ">") {
      end();
      if (ch === "$") i++;
      if (ch === "<" || ch === ">") {
        while (line[i + 1] === ">" || line[i + 1] === "&") i++;
        while (line[i + 1] === " ") i++;
        let j = i + 1;
        while (j < line.length && line[j] !== " ") j++;
        i = j - 1;
        continue;
      }
      commands.push([]);
    } else word += ch;
  }
  end();
  return commands.filter((c) => c.length > 0);
}
var unquote2 = (word) => word.replace(/^(["'])(.*)\1$/, "$2");
var isLiteral = (word) => !/[$<>{}*`]/.test(unquote2(word));
function variablesIn(word) {
  const out = [];
  let single = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch === "'") single = !single;
    else if (ch === "\\") i++;
    else if (ch === "$" && !single) {
      const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/.exec(word.slice(i));
      if (m) out.push(m[1] ?? m[2]);
    }
  }
  return out;
}
var WELL_KNOWN = /^(?:HOME|PATH|USER|PWD|SHELL|HOSTNAME|TMPDIR|LANG|EDITOR|KUBECONFIG|AWS_[A-Z_]+|GOOGLE_[A-Z_]+|CLOUDSDK_[A-Z_]+|PG[A-Z]+|REDISCLI_AUTH|MYSQL_PWD|CI|GITHUB_[A-Z_]+|OLDPWD|RANDOM|SECONDS|EPOCHSECONDS|UID|EUID)$/;
var KIND_ALIASES = {
  deploy: "deployment",
  deployment: "deployment",
  deployments: "deployment",
  sts: "statefulset",
  statefulset: "statefulset",
  statefulsets: "statefulset",
  ds: "daemonset",
  daemonset: "daemonset",
  daemonsets: "daemonset",
  rs: "replicaset",
  replicaset: "replicaset",
  job: "job",
  jobs: "job",
  cj: "cronjob",
  cronjob: "cronjob",
  cronjobs: "cronjob",
  svc: "service",
  service: "service",
  services: "service",
  cm: "configmap",
  configmap: "configmap",
  pvc: "persistentvolumeclaim",
  persistentvolumeclaim: "persistentvolumeclaim",
  ing: "ingress",
  ingress: "ingress"
};
var KIND_NAMES = { deployment: "Deployment", statefulset: "StatefulSet", daemonset: "DaemonSet", replicaset: "ReplicaSet", job: "Job", cronjob: "CronJob", service: "Service", configmap: "ConfigMap", persistentvolumeclaim: "PersistentVolumeClaim", ingress: "Ingress" };
var COMPOSE_SERVICE_ARGS = /* @__PURE__ */ new Set(["exec", "run", "logs", "ps", "restart", "stop", "start", "up", "kill", "rm", "pull", "top", "pause", "unpause", "create", "port", "events"]);
var COMPOSE_VALUE_FLAGS = /* @__PURE__ */ new Set(["-e", "--env", "-u", "--user", "-w", "--workdir", "--index", "-t", "--timeout", "--tail", "-n", "--since", "--until", "--scale", "--entrypoint", "--name", "-p", "--publish", "-v", "--volume", "-l", "--label", "--pull"]);
var COMPOSE_GLOBAL_VALUE_FLAGS = /* @__PURE__ */ new Set(["-f", "--file", "-p", "--project-name", "--profile", "--env-file", "--project-directory", "--ansi", "--progress", "--parallel"]);
var COMPOSE_ONE_SERVICE = /* @__PURE__ */ new Set(["exec", "run", "port"]);
var IDENTIFIER_FLAGS = /* @__PURE__ */ new Set([
  "--db-instance-identifier",
  "--source-db-instance-identifier",
  "--db-cluster-identifier",
  "--source-db-cluster-identifier",
  "--replication-group-id",
  "--cache-cluster-id",
  "--table-name",
  "--source-table-name",
  "--bucket",
  "--serverless-cache-name",
  "--domain-name",
  "--cluster-name-filter",
  "--source-identifier"
]);
function checkCompose(inv, c, hits) {
  const w = c.words;
  let i = w[0] === "docker-compose" ? 1 : w[0] === "docker" && w[1] === "compose" ? 2 : -1;
  if (i === -1 || !inv.has.compose) return;
  const files = [];
  while (i < w.length && w[i].startsWith("-")) {
    const flag = w[i];
    if ((flag === "-f" || flag === "--file") && w[i + 1]) files.push(unquote2(w[i + 1]).replace(/^\.\//, ""));
    i += COMPOSE_GLOBAL_VALUE_FLAGS.has(flag) ? 2 : 1;
  }
  const sub = w[i];
  if (!sub || !COMPOSE_SERVICE_ARGS.has(sub) && sub !== "cp") return;
  const known = /* @__PURE__ */ new Set();
  const pool = files.length ? files.filter((f) => inv.composeServices.has(f)) : [...inv.composeServices.keys()];
  if (files.length && pool.length === 0) {
    hits.push({ line: c.line, message: `The compose file ${files.join(", ")} is not in the repository.` });
    return;
  }
  for (const f of pool) for (const s of inv.composeServices.get(f)) known.add(s);
  const services = [];
  if (sub === "cp") {
    for (const arg of w.slice(i + 1)) if (/^[\w.-]+:/.test(unquote2(arg))) services.push(unquote2(arg).split(":")[0]);
  } else {
    for (let j = i + 1; j < w.length; j++) {
      const arg = w[j];
      if (arg.startsWith("-")) {
        if (COMPOSE_VALUE_FLAGS.has(arg)) j++;
        continue;
      }
      services.push(unquote2(arg));
      if (COMPOSE_ONE_SERVICE.has(sub)) break;
    }
  }
  for (const service of services.filter(isLiteral)) {
    if (!known.has(service)) hits.push({ line: c.line, message: `\`${w.slice(0, i + 1).join(" ")}\` names the compose service "${service}", which ${pool.join(", ")} do${pool.length === 1 ? "es" : ""} not have (services: ${[...known].sort().join(", ") || "none"}).` });
  }
}
function checkKubectl(inv, c, hits) {
  const w = c.words;
  if (w[0] !== "kubectl" || !inv.has.kubernetes) return;
  const dashDash = w.indexOf("--");
  const args = dashDash === -1 ? w : w.slice(0, dashDash);
  for (let j = 1; j < args.length; j++) {
    const arg = args[j];
    const value2 = (flag) => {
      if (flag.includes(arg)) return args[j + 1];
      const eq = flag.find((f) => f.startsWith("--") && arg.startsWith(`${f}=`));
      return eq ? arg.slice(eq.length + 1) : void 0;
    };
    const namespace = value2(["-n", "--namespace"]);
    if (namespace !== void 0 && isLiteral(namespace)) {
      const ns = unquote2(namespace);
      if (inv.namespaces.size > 0 && !inv.namespaces.has(ns) && ns !== "default" && ns !== "kube-system") {
        hits.push({ line: c.line, message: `Namespace "${ns}" is not one the manifests declare (${[...inv.namespaces].sort().join(", ")}).` });
      }
    }
    const selector = value2(["-l", "--selector"]);
    if (selector !== void 0 && isLiteral(selector)) {
      for (const pair of unquote2(selector).split(",")) {
        if (/^[\w./-]+=[\w.-]*$/.test(pair) && !inv.labels.has(pair)) hits.push({ line: c.line, message: `No workload in the manifests carries the label ${pair}.` });
      }
    }
    const ref = /^([a-z]+)\/([\w.-]+)$/.exec(unquote2(arg));
    if (ref && isLiteral(arg)) {
      const kind = KIND_ALIASES[ref[1]];
      if (!kind) continue;
      const name = ref[2];
      if (inv.workloads.has(`${kind}/${name}`)) continue;
      const kinds = inv.workloadKinds.get(name);
      hits.push({ line: c.line, message: kinds ? `\`${arg}\`: "${name}" is a ${[...kinds].join("/")} in the manifests, not a ${KIND_NAMES[kind] ?? kind}.` : `\`${arg}\`: the manifests have no ${KIND_NAMES[kind] ?? kind} "${name}".` });
    }
  }
}
function checkTerraform(inv, c, hits) {
  const w = c.words;
  if (!inv.has.terraform) return;
  const addresses = [];
  if (w[0] === "terraform") {
    const state = w.indexOf("state");
    if (state !== -1 && ["show", "rm", "mv"].includes(w[state + 1] ?? "")) addresses.push(...w.slice(state + 2).filter((a) => !a.startsWith("-")).slice(0, 1));
    if (w.includes("import")) addresses.push(...w.slice(w.indexOf("import") + 1).filter((a) => !a.startsWith("-")).slice(0, 1));
    for (const a of w) if (a.startsWith("-target=")) addresses.push(a.slice("-target=".length));
  }
  for (const raw of addresses.filter(isLiteral)) {
    const address = unquote2(raw).replace(/\[[^\]]*\]$/, "");
    if (!inv.terraformAddresses.has(address)) hits.push({ line: c.line, message: `Terraform has no resource ${address} in this repository.` });
  }
  if (inv.terraformIdentifiers.size === 0) return;
  const known = (id) => [...inv.terraformIdentifiers].some((t) => id === t || id.startsWith(`${t}-`));
  const identifiers = [];
  if (w[0] === "aws") {
    for (let j = 1; j < w.length - 1; j++) if (IDENTIFIER_FLAGS.has(w[j])) identifiers.push(w[j + 1]);
  }
  if (w[0] === "gcloud" && w[1] === "sql" && w[2] === "instances") {
    const first = w.slice(4).find((a) => !a.startsWith("-"));
    if (first) identifiers.push(first);
  }
  for (const word of w) {
    const bucket = /^["']?(?:s3|gs):\/\/([\w.-]+)/.exec(word)?.[1];
    if (bucket && isLiteral(bucket)) identifiers.push(bucket);
  }
  for (const raw of identifiers.filter(isLiteral)) {
    const id = unquote2(raw);
    if (!known(id)) hits.push({ line: c.line, message: `"${id}" is not an identifier the Terraform code declares (${[...inv.terraformIdentifiers].sort().slice(0, 6).join(", ")}).` });
  }
}
function planDefined(doc) {
  const out = /* @__PURE__ */ new Set();
  for (const block of codeBlocks(doc)) {
    for (const m of block.value.matchAll(/(?:^|[\s;(])(?:export\s+|local\s+|readonly\s+)?([A-Za-z_][A-Za-z0-9_]*)=/gm)) out.add(m[1]);
    for (const m of block.value.matchAll(/\b(?:read(?:\s+-\w+)*|for)\s+((?:[A-Za-z_][A-Za-z0-9_]*\s*)+)/g)) for (const name of m[1].split(/\s+/)) if (name && name !== "in") out.add(name);
  }
  for (const node2 of doc.nodes) {
    if (node2.type !== "inlineCode") continue;
    const m = /^\$?\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(node2.value.trim());
    if (m) out.add(m[1]);
  }
  return out;
}
function checkVariables(inv, defined, c, hits, reported) {
  if (!inv.has.env) return;
  for (const word of c.words) {
    for (const name of variablesIn(word)) {
      if (inv.envNames.has(name) || defined.has(name) || WELL_KNOWN.test(name) || reported.has(name)) continue;
      reported.add(name);
      hits.push({ line: c.line, message: `$${name} is not a variable the repository declares (env templates, compose, manifests), and the plan does not say what it is.` });
    }
  }
}
function commandLines(doc) {
  const inScenario = (line) => doc.plan.scenarios.some((s) => line > s.line && line <= s.endLine);
  const out = [];
  for (const block of codeBlocks(doc)) {
    if (!COMMAND_LANGS2.has(block.lang) || !inScenario(block.firstLine)) continue;
    const lines = block.value.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const start = block.firstLine + i;
      let text4 = lines[i].replace(/^\s*\$\s+/, "");
      while (/\\$/.test(text4) && i + 1 < lines.length) text4 = text4.slice(0, -1) + " " + lines[++i].trim();
      if (!text4.trim() || text4.trim().startsWith("#")) continue;
      for (const words of shellWords(text4)) out.push({ line: start, words });
    }
  }
  for (const node2 of doc.nodes) {
    if (node2.type !== "inlineCode" || !node2.position || !inScenario(node2.position.start.line)) continue;
    for (const words of shellWords(node2.value)) if (/^(?:docker|docker-compose|kubectl|terraform|aws|gcloud)$/.test(words[0] ?? "")) out.push({ line: node2.position.start.line, words });
  }
  return out;
}
var unknownReference = {
  id: "unknown-reference",
  severity: "warning",
  description: "A scenario command that names a compose service, Kubernetes workload, namespace or label, Terraform resource or identifier, or env variable the repository does not have.",
  hint: "Use the names the repository uses (a rename leaves the plan stale), or say in the plan what a placeholder stands for.",
  async run(doc, context) {
    const inv = await readInventory(context.root, context.repoFiles);
    const defined = planDefined(doc);
    const hits = [];
    const reported = /* @__PURE__ */ new Set();
    for (const check2 of commandLines(doc)) {
      checkCompose(inv, check2, hits);
      checkKubectl(inv, check2, hits);
      checkTerraform(inv, check2, hits);
      checkVariables(inv, defined, check2, hits, reported);
    }
    const seen = /* @__PURE__ */ new Set();
    return hits.filter((h) => !seen.has(`${h.line}\0${h.message}`) && (seen.add(`${h.line}\0${h.message}`), true));
  }
};

// src/lint/shellcheck.ts
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path14 from "node:path";
import { promisify } from "node:util";

// src/util/trusted-program.ts
import { accessSync as accessSync2, constants, statSync as statSync3 } from "node:fs";
import { tmpdir } from "node:os";
import path13 from "node:path";
function checkProgram(file, workspace) {
  if (!path13.isAbsolute(file)) return { ok: false, why: `${file} is not an absolute path` };
  const real = realPathOf(file);
  if (real === void 0) return { ok: false, why: `${file} does not exist` };
  const realWorkspace = realPathOf(workspace) ?? path13.resolve(workspace);
  if (isInside(realWorkspace, real) || isInside(path13.resolve(workspace), path13.resolve(file))) {
    return { ok: false, why: `${file} is inside the checkout, which the pull request controls` };
  }
  for (const scratch of [process.env.RUNNER_TEMP, tmpdir()]) {
    const realScratch = scratch ? realPathOf(scratch) : void 0;
    if (realScratch && isInside(realScratch, real)) return { ok: false, why: `${file} is in a temporary folder (${scratch})` };
  }
  try {
    if (!statSync3(real).isFile()) return { ok: false, why: `${file} is not a file` };
    accessSync2(real, constants.X_OK);
  } catch {
    return { ok: false, why: `${file} is not an executable file` };
  }
  const unsafe = unsafeFolder(real) ?? unsafeFolder(path13.dirname(path13.resolve(file)));
  return unsafe ? { ok: false, why: `${file} ${unsafe}` } : { ok: true, file };
}
function unsafeFolder(p) {
  if (process.platform === "win32" || typeof process.getuid !== "function") return void 0;
  const uid = process.getuid();
  for (let at = p; ; at = path13.dirname(at)) {
    let stat;
    try {
      stat = statSync3(at);
    } catch {
      return `cannot be checked (${at} is unreadable)`;
    }
    if ((stat.mode & 18) !== 0) return `is under ${at}, which others can write to`;
    if (stat.uid !== 0 && stat.uid !== uid) return `is under ${at}, owned by another user`;
    if (path13.dirname(at) === at) return void 0;
  }
}
function findTrustedProgram(name, workspace, refused) {
  const names = process.platform === "win32" ? [`${name}.exe`, `${name}.cmd`] : [name];
  for (const dir of trustedPathEntries(process.env.PATH ?? "", workspace)) {
    for (const candidate of names) {
      const full = path13.join(dir, candidate);
      if (realPathOf(full) === void 0) continue;
      const check2 = checkProgram(full, workspace);
      if (check2.ok) return check2.file;
      refused?.(check2.why);
    }
  }
  return void 0;
}

// src/lint/shellcheck.ts
var run = promisify(execFile);
var DIALECTS = { sh: "sh", bash: "bash", shell: "bash", ksh: "ksh", dash: "dash" };
var SNIPPET_EXCLUDES = ["SC2154", "SC2034", "SC1090", "SC1091", "SC2155"];
async function versionOf2(command) {
  try {
    const { stdout } = await run(command.file, [...command.args, "--version"], { timeout: 2e4, env: command.env, cwd: command.cwd ?? tmpdir2() });
    return stdout;
  } catch {
    return void 0;
  }
}
function withNoRc(command, version2) {
  const [major = 0, minor = 0] = (/version:\s*(\d+)\.(\d+)/.exec(version2) ?? []).slice(1).map(Number);
  return major > 0 || minor >= 8 ? { ...command, args: [...command.args, "--norc"] } : command;
}
function npxHome() {
  const dir = mkdtempSync(path14.join(tmpdir2(), "paramedic-npx-"));
  writeFileSync(path14.join(dir, "package.json"), '{ "private": true }\n');
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
var resolved = /* @__PURE__ */ new Map();
function findShellcheck(configured, root, refused = () => void 0) {
  const key = `${configured}\0${root}`;
  let found = resolved.get(key);
  if (!found) {
    found = (async () => {
      const env = childEnv({ workspace: root });
      const answering = async (command) => {
        const version2 = await versionOf2(command);
        return version2 === void 0 ? void 0 : withNoRc(command, version2);
      };
      const onPath = findTrustedProgram("shellcheck", root, refused);
      const fromPath = onPath ? await answering({ file: onPath, args: [], via: "PATH", env }) : void 0;
      if (fromPath) return fromPath;
      if (configured) {
        const check2 = checkProgram(path14.resolve(root, configured), root);
        const fromConfig = check2.ok ? await answering({ file: check2.file, args: [], via: `config (${configured})`, env }) : void 0;
        if (fromConfig) return fromConfig;
        if (!check2.ok) refused(`the configured shellcheck was not run: ${check2.why}`);
      }
      const npx = findTrustedProgram("npx", root, refused);
      return npx ? answering({ file: npx, args: ["--no-install", "shellcheck"], via: "npx", env, cwd: npxHome() }) : void 0;
    })();
    resolved.set(key, found);
  }
  return found;
}
function neutralisePlaceholders(code2) {
  return code2.replace(/(?<![<\w])<([A-Za-z][\w .:/-]*)>/g, (_, name) => `_${name.replace(/[^\w]/g, "_")}_`);
}
function dialectOf(block) {
  if (DIALECTS[block.lang]) return DIALECTS[block.lang];
  if (block.lang === "" && /^#!\s*\/(?:usr\/)?bin\/(?:env\s+)?(?:ba)?sh\b/.test(block.value)) return block.value.includes("bash") ? "bash" : "sh";
  return void 0;
}
var LEVELS = { error: "warning", warning: "warning", info: "notice", style: "notice" };
async function shellcheckBlocks(blocks, command) {
  const shellBlocks = blocks.map((block) => ({ block, dialect: dialectOf(block) })).filter((b) => !!b.dialect);
  if (shellBlocks.length === 0) return [];
  const dir = mkdtempSync(path14.join(tmpdir2(), "paramedic-sc-"));
  try {
    const shift = [];
    const files = shellBlocks.map(({ block, dialect }, i) => {
      const file = path14.join(dir, `block-${i}.sh`);
      const hasShebang = block.value.startsWith("#!");
      shift.push(hasShebang ? 0 : 1);
      writeFileSync(file, `${hasShebang ? "" : `# shellcheck shell=${dialect}
`}${neutralisePlaceholders(block.value)}
`);
      return file;
    });
    const args = [...command.args, "--format=json1", `--exclude=${SNIPPET_EXCLUDES.join(",")}`, ...files];
    let stdout;
    try {
      ({ stdout } = await run(command.file, args, { maxBuffer: 64 * 1024 * 1024, timeout: 12e4, env: command.env, cwd: command.cwd ?? dir }));
    } catch (error) {
      const out = error.stdout;
      if (typeof out !== "string" || !out.trim()) throw error;
      stdout = out;
    }
    const comments = JSON.parse(stdout).comments;
    const seen = /* @__PURE__ */ new Set();
    return comments.flatMap((c) => {
      const index2 = files.indexOf(c.file);
      const line = shellBlocks[index2].block.firstLine + c.line - 1 - shift[index2];
      const key = `${line}:${c.code}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return {
        line,
        rule: `shellcheck/SC${c.code}`,
        severity: LEVELS[c.level] ?? "notice",
        message: `SC${c.code}: ${c.message}`,
        hint: `See https://www.shellcheck.net/wiki/SC${c.code}. A block that is not shell (a config file, a crontab) needs its own fence language.`
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
var MAX_BLOCK_LINES = 500;
var MAX_TOTAL_LINES = 2e3;
function withinShellcheckBudget(blocks) {
  const checked = [];
  const skipped = [];
  let total = 0;
  for (const block of blocks) {
    if (!dialectOf(block)) continue;
    const lines = block.value.split("\n").length;
    if (lines > MAX_BLOCK_LINES || total + lines > MAX_TOTAL_LINES) {
      skipped.push(block);
    } else {
      total += lines;
      checked.push(block);
    }
  }
  return { checked, skipped };
}
var shellcheckRule = {
  id: "shellcheck",
  severity: "warning",
  description: "shellcheck findings in `bash`/`sh` code blocks, on the plan's own lines (as `shellcheck/SCxxxx`).",
  hint: "Fix the command as shellcheck suggests.",
  async run(doc, context) {
    const { checked: all2, skipped } = withinShellcheckBudget(codeBlocks(doc));
    if (skipped.length > 0) {
      context.warn(`shellcheck skipped ${skipped.length} shell block${skipped.length === 1 ? "" : "s"} of the plan (first at line ${skipped[0].fenceLine}): over ${MAX_BLOCK_LINES} lines in one block or ${MAX_TOTAL_LINES} in all`);
    }
    if (!all2.some((b) => dialectOf(b))) return [];
    const command = await findShellcheck(context.config.shellcheck, context.root, (why) => context.warn(`shellcheck: ${why}`));
    if (!command) {
      context.warn("shellcheck was not found (PATH, the `shellcheck` setting, npx); shell blocks in the plan were not checked. Install it: apt-get install shellcheck / brew install shellcheck.");
      return [];
    }
    try {
      return await shellcheckBlocks(all2, command);
    } catch (error) {
      context.warn(`shellcheck (${command.via}) failed; shell blocks were not checked: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      return [];
    }
  }
};

// src/lint/index.ts
var LINT_RULES = [
  missingSteps,
  vagueSteps,
  missingImpact,
  hardcodedSecret,
  hardcodedHost,
  missingScript,
  unknownReference,
  shellcheckRule,
  markdownlintRule,
  stalePlan,
  orphanScenario,
  unknownMarker,
  draftPending
];
function startLint(plan, context) {
  const doc = readPlanDocument(plan);
  const findings = [];
  const enabled = LINT_RULES.filter((rule) => context.config.lint[rule.id] !== "off");
  const runRule = async (rule, full) => {
    try {
      for (const hit of await rule.run(doc, full)) findings.push(toFinding(rule, hit, plan.path));
    } catch (error) {
      context.warn(`lint rule ${rule.id} failed on ${plan.path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const early = Promise.all(enabled.filter((rule) => !rule.needsDependencies).map((rule) => runRule(rule, withoutDependencies(context, rule))));
  return {
    async finish(dependencies) {
      const full = { ...context, ...dependencies };
      await Promise.all([early, ...enabled.filter((rule) => rule.needsDependencies).map((rule) => runRule(rule, full))]);
      return findings.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
    }
  };
}
function withoutDependencies(context, rule) {
  const missing = () => {
    throw new Error(`rule ${rule.id} reads the dependencies: mark it needsDependencies`);
  };
  return Object.defineProperties({ ...context }, { dependencyIds: { get: missing }, scenarioCovers: { get: missing } });
}

// src/plan/find.ts
import { existsSync as existsSync4 } from "node:fs";
import path15 from "node:path";
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
  return SECONDARY_NAME.test(path15.posix.basename(file).replace(/\.(md|markdown)$/i, "")) ? 1 : 0;
}
function findPlan(root, files, configured, exists = (rel) => existsSync4(path15.join(root, rel))) {
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
  const named = files.filter((f) => /\.(md|markdown)$/i.test(f) && PLAN_NAME.test(path15.posix.basename(f).replace(/\.(md|markdown)$/i, ""))).sort((a, b) => secondary(a) - secondary(b) || a.split("/").length - b.split("/").length || a.localeCompare(b));
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
  const run2 = startLint(plan, { root: options.root, repoFiles: new Set(options.files), config: { ...options.config, lint }, catalog: options.catalog, now: options.now, warn: options.warn });
  return {
    async finish(dependencyIds, scenarioCovers) {
      const findings = [...await run2.finish({ dependencyIds, scenarioCovers }), ...unfinishedDrafts(plan)];
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
  const textOf3 = (plan) => {
    const lines = plan ? plan.text.split(LINE_BREAK) : [];
    return (line) => (lines[line - 1] ?? "").trim();
  };
  const headLine = textOf3(headPlan);
  const baseLine = textOf3(basePlan);
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

// src/check/run.ts
import { existsSync as existsSync6, readFileSync as readFileSync5, realpathSync as realpathSync4 } from "node:fs";
import path17 from "node:path";

// src/check/snapshot.ts
import { existsSync as existsSync5 } from "node:fs";
import path16 from "node:path";
async function workTreeSnapshot(root) {
  return {
    root,
    files: await listTrackedFiles(root),
    source: new WorkTreeSource(root),
    // On disk: a plan that is not committed yet still counts for a local run.
    exists: (rel) => existsSync5(path16.join(root, rel)),
    close: async () => void 0
  };
}
async function revisionSnapshot(root, commit, files) {
  const listed = files ?? await listTree(root, commit);
  let set;
  const source = new GitRevisionSource(root, commit);
  return { root, files: listed, source, exists: (rel) => (set ??= new Set(listed)).has(rel), commit, close: () => source.close() };
}

// src/check/run.ts
var DEFAULT_CONFIG_FILE = CONFIG_FILES[0];
var SEVERITY_RANK = { notice: 0, warning: 1, error: 2 };
function loadConfigFile(root, configured) {
  const candidates = configured ? [configured] : CONFIG_FILES.filter((rel2) => existsSync6(path17.resolve(root, rel2)));
  if (configured && !existsSync6(path17.resolve(root, configured))) throw new ConfigError(`config file ${configured} not found`);
  if (candidates.length > 1) throw new ConfigError(`${candidates.join(" and ")} both exist; Paramedic reads one config file: keep one`);
  const rel = candidates[0];
  if (!rel) return {};
  if (linksOutOf(root, rel)) throw new ConfigError(`${rel}: the config file is a symbolic link that leaves the repository; not read`);
  return parseConfigFile(readFileSync5(path17.resolve(root, rel), "utf8"), rel);
}
function linksOutOf(root, rel) {
  const lexical = path17.resolve(root, rel);
  const inside = (dir, p) => p === dir || p.startsWith(dir + path17.sep);
  if (!inside(path17.resolve(root), lexical)) return false;
  try {
    return !inside(realpathSync4(root), realpathSync4(lexical));
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
  const lint = plan ? startPlanLint(plan, { root, files: snapshot.files, config, catalog, now, warn }) : void 0;
  let dependencies;
  let warnings;
  let scanNotices = [];
  if (options.dependencies) {
    dependencies = options.dependencies;
    warnings = options.scanWarnings ?? [];
  } else {
    ({ dependencies, warnings, notices: scanNotices } = await scanSnapshot(snapshot, catalog, config));
  }
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
  const lostCoverage2 = (d) => options.coveredAtBase?.has(d.id) === true;
  const newGaps = options.failClosed ? gaps : mode === "sweep" ? [] : gated.filter((d) => !d.covered && (d.change === "added" || lostCoverage2(d))).map((d) => d.id);
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
  let dependencies;
  let warnings;
  let scanNotices = [];
  if (options.dependencies) {
    dependencies = options.dependencies;
    warnings = options.scanWarnings ?? [];
  } else {
    ({ dependencies, warnings, notices: scanNotices } = await scanSnapshot(snapshot, catalog, config));
  }
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
  const union = (pick2) => [...new Set(parts.flatMap((p) => pick2(p.result.report) ?? []))];
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
  const attention2 = gaps.length > 0 || ungatedGaps || findings.some((f) => f.severity !== "notice");
  if (config.failOn === "never") return attention2 ? "warn" : "pass";
  const gapsFail = config.failOn === "any-gap" ? gaps.length > 0 : newGaps.length > 0;
  const unreadable = findings.some((f) => f.rule === "unreadable-manifest");
  const threshold = config.failOnFindings;
  const blocking = findings.filter((f) => f.rule !== "unreadable-manifest" && (mode === "sweep" || f.causedByChange === true));
  const findingsFail = threshold !== "never" && blocking.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
  return gapsFail || unreadable || findingsFail ? "fail" : attention2 ? "warn" : "pass";
}
function redactReport(report) {
  return JSON.parse(JSON.stringify(report), (_key, value2) => typeof value2 === "string" ? redactSecrets(value2) : value2);
}

// src/check/pipeline.ts
var RevisionInputError = class extends Error {
  constructor(label4, revision, reason) {
    super(`${label4} "${revision}" does not resolve: ${reason}`);
    this.label = label4;
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
  const label4 = failure.which === "base" ? options.baseLabel : options.headLabel;
  if (label4) throw new RevisionInputError(label4, failure.revision, failure.reason);
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
async function configAt(root, commit, where2, options) {
  if (options.config) return options.config;
  const source = new GitRevisionSource(root, commit);
  try {
    const file = await loadConfigFrom(source, options.configFile, ` at ${where2}`).catch((error) => {
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
function baseListing(headFiles, changed) {
  const added = new Set(changed.filter((f) => f.status === "added").map((f) => f.path));
  const deleted = changed.filter((f) => f.status === "deleted").map((f) => f.path);
  if (added.size === 0 && deleted.length === 0) return headFiles;
  return [...headFiles.filter((p) => !added.has(p)), ...deleted].sort();
}
async function checkChange(root, revisions, options) {
  const warn = options.warn ?? (() => void 0);
  const log = options.log ?? (() => void 0);
  const quiet2 = () => void 0;
  const now = options.now ?? /* @__PURE__ */ new Date();
  const from = revisions.mergeBase ?? revisions.base;
  const where2 = revisions.twoDot ? `base ${short2(from)}` : `the merge base ${short2(from)}`;
  const config = lapseIgnores(await configAt(root, from, where2, options), now);
  if (config.mode === "sweep") {
    log(`mode: sweep: checking the whole repository at head ${short2(revisions.head)}`);
    const snapshot = await revisionSnapshot(root, revisions.head);
    try {
      return { ...await runCheck(root, { config, catalog: await catalogFor(root, config, from, warn), snapshot, warn, now }), mode: "sweep", head: revisions.head };
    } finally {
      await snapshot.close();
    }
  }
  const catalog = await catalogFor(root, config, from, warn);
  const headFiles = await listTree(root, revisions.head);
  const diff = await diffDependencies(root, { base: revisions.base, head: revisions.head }, catalog, { exclude: config.exclude, revisions, headFiles, counts: (dep) => gateCounts(dep, config) });
  for (const line of diff.log) log(line);
  const changed = changedPaths(diff.changedFiles);
  const changedSet = new Set(changed);
  const head = await revisionSnapshot(root, revisions.head, headFiles);
  const baseFiles = baseListing(headFiles, diff.changedFiles);
  const base = await revisionSnapshot(root, from, baseFiles);
  try {
    const makeAttribute = (planEdited2, basePlan2, baseCoverage2, planRead2) => async (findings, plan) => {
      const deletes = diff.changedFiles.some((f) => f.status === "deleted" || f.status === "type-changed");
      if (findings.length === 0 || !planEdited2 && !deletes) return findings.map((f) => ({ ...f, causedByChange: false }));
      const dependencyIds = new Set(catalog.rules.map((r) => r.id));
      if (planEdited2) {
        const before2 = basePlan2?.plan ? await startPlanLint(basePlan2.plan, { root, files: baseFiles, config, catalog, now, warn: quiet2 }).finish(dependencyIds, baseCoverage2.scenarioCovers) : [];
        return attributeFindings(findings, [...basePlan2?.findings ?? [], ...before2], plan, basePlan2?.plan ?? null);
      }
      const before = plan ? await startPlanLint(plan, { root, files: baseFiles, config, catalog, now, warn: quiet2, skip: TEXT_ONLY_RULES }).finish(dependencyIds, computeCoverage(plan, catalog, { ignore: config.ignore }).scenarioCovers) : [];
      return attributeFindings(findings, [...planRead2.findings, ...before], plan, plan, (f) => TEXT_ONLY_RULES.has(f.rule.split("/")[0]));
    };
    const fullScan = config.failOn === "any-gap";
    const changeOptions = {
      changes: diff.changes,
      changedFiles: changed,
      changeFindings: unreadableFindings(diff),
      notices: [...configNotices(changed, config, options, where2), ...providerNotices(providerChanges(diff), catalog), ...menuNotices(menusNotCounted(diff), "file")],
      providerChanges: providerChanges(diff),
      warn,
      now
    };
    const layout = layoutOf(head, config);
    if (layout) {
      const all2 = fullScan ? await scanSnapshot(head, catalog, config) : void 0;
      const dependencies2 = all2 ? all2.dependencies : await changeDependencies(root, diff, null, void 0, headFiles, changedSet, catalog, config, log);
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
        const basePlan2 = planEdited2 ? await readPlan(base, { ...config, docPath: planPath }, quiet2) : void 0;
        const baseCoverage2 = basePlan2 ? computeCoverage(basePlan2.plan, catalog, { ignore: config.ignore, acceptDrafts: config.acceptDrafts }) : void 0;
        if (planEdited2) log(`the change edits ${planPath}: comparing its coverage and findings with ${where2}'s`);
        const lost = baseCoverage2 && !fullScan ? await lostCoverage(root, diff, planRead2.plan, coveredIds(baseCoverage2), new Set((byPlan.get(planPath) ?? []).map((d) => d.id)), headFiles, changedSet, catalog, config, log) : [];
        return {
          ...baseCoverage2 ? { coveredAtBase: coveredIds(baseCoverage2) } : {},
          attribute: makeAttribute(planEdited2, basePlan2, baseCoverage2, planRead2),
          changes: changesFor(planPath),
          ...lost.length > 0 ? { extraDependencies: lost } : {}
        };
      };
      const result2 = await assembleByPlan(root, head, config, catalog, warn, { config, catalog, snapshot: head, dependencies: dependencies2, dependenciesComplete: fullScan, scanWarnings: all2 ? all2.warnings : diff.warnings, ...changeOptions }, layout, perPlan);
      return { ...result2, mode: "pr", base: revisions.base, head: revisions.head, changedFiles: changed };
    }
    const planRead = await readPlan(head, config, warn);
    const headPlanPath = planRead.plan?.path ?? planRead.findings[0]?.path;
    const basePlanPath = baseFiles === headFiles ? headPlanPath : locatePlan(baseFiles, config, (rel) => base.exists(rel))?.path;
    const planEdited = headPlanPath !== basePlanPath || headPlanPath !== void 0 && changedSet.has(headPlanPath);
    const basePlan = planEdited ? await readPlan(base, config, quiet2) : void 0;
    const baseCoverage = basePlan ? computeCoverage(basePlan.plan, catalog, { ignore: config.ignore, acceptDrafts: config.acceptDrafts }) : void 0;
    if (planEdited) log(`the change edits ${headPlanPath ?? basePlanPath}: comparing its coverage and findings with ${where2}'s`);
    const dependencies = fullScan ? void 0 : await changeDependencies(root, diff, planRead.plan, baseCoverage ? coveredIds(baseCoverage) : void 0, headFiles, changedSet, catalog, config, log);
    const result = await runCheck(root, {
      config,
      catalog,
      snapshot: head,
      planRead,
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
function configNotices(changed, config, options, where2) {
  const normalize2 = (rel) => path18.posix.normalize(rel.replace(/\\/g, "/"));
  const configFiles = new Set(options.configFile && !path18.isAbsolute(options.configFile) ? [normalize2(options.configFile)] : CONFIG_FILES);
  const rules2 = config.rules && !path18.isAbsolute(config.rules) ? `${normalize2(config.rules).replace(/\/$/, "")}/` : void 0;
  return changed.filter((p) => configFiles.has(p) || rules2 !== void 0 && p.startsWith(rules2)).map((p) => ({
    kind: "config-after-merge",
    path: p,
    message: `This change edits Paramedic's configuration (${p}); it takes effect after merge. This check used the config and rules at ${where2}.`
  }));
}

export {
  jsonForLog,
  escapeLogLines,
  loadCatalog,
  RevisionError,
  scanRepository,
  computeCoverage,
  fromMarkdown,
  frontmatter,
  frontmatterFromMarkdown,
  parsePlan,
  LINT_RULES,
  loadConfigFile,
  RevisionInputError,
  checkRepository
};
