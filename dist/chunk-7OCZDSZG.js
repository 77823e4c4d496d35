import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  Minimatch,
  minimatch
} from "./chunk-VGCUJHZJ.js";
import {
  MAIL_LEFT_OFF,
  dirname,
  hasDevToken,
  inDocsSite,
  isMailCatcherImage
} from "./chunk-YIC2S5OT.js";
import {
  git,
  splitNul
} from "./chunk-JA33RAIK.js";
import {
  stripTrailing
} from "./chunk-AGHLWIT3.js";
import {
  makeCatalog
} from "./chunk-WWNZIN5X.js";

// src/discover/deployment.ts
var INTEGRATION_FOLDERS = /* @__PURE__ */ new Set(["providers", "integrations", "connectors", "adapters", "plugins"]);
function inIntegrationFolder(path3) {
  return path3.toLowerCase().split("/").slice(0, -1).some((folder) => folder.split(/[-_.]+/).some((word) => INTEGRATION_FOLDERS.has(word)));
}
var PLATFORM_SOURCES = /* @__PURE__ */ new Set(["vercel", "netlify", "fly", "railway", "render", "heroku", "serverless", "firebase", "replit"]);
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
  const byFolder = /* @__PURE__ */ new Map();
  for (const p of packages.values()) byFolder.set(p.folder, [...byFolder.get(p.folder) ?? [], p]);
  const enclosing = (root) => {
    for (let folder = root; ; folder = dirname(folder)) {
      const found = byFolder.get(folder);
      if (found || folder === "") return found ?? [];
    }
  };
  const queue = [...packages.values()].filter((p) => [...roots].some((root) => within(p.folder, root)));
  for (const root of roots) queue.push(...enclosing(root));
  const visited = /* @__PURE__ */ new Set();
  while (queue.length > 0) {
    const next = queue.pop();
    if (visited.has(next)) continue;
    visited.add(next);
    for (const ref of next.refs) {
      const target = packages.get(ref);
      if (!target) continue;
      deployed.add(target.folder);
      queue.push(target);
    }
  }
  const folders = [...deployed].sort();
  const known = folders.length > 0 && manifestFolders.size > 1;
  const status = (path3) => {
    if (inDocsSite(path3)) return "undeployed";
    if (!known) return "unknown";
    const folder = dirname(path3);
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
    whyUndeployed: (path3) => status(path3) !== "undeployed" ? void 0 : inDocsSite(path3) ? "in the documentation site, not the product" : `in ${dirname(path3) || "the root"}, which no deployed app (${folders.slice(0, 3).map((f) => f || ".").join(", ")}${folders.length > 3 ? ` and ${folders.length - 3} more` : ""}) uses`
  };
}

// src/catalog/env-names.ts
var FRAMEWORK_ENV_PREFIX = /^(?:NEXT_PUBLIC_|NEXT_PRIVATE_|NUXT_PUBLIC_|NUXT_|VITE_|REACT_APP_|EXPO_PUBLIC_|PUBLIC_|GATSBY_|VUE_APP_)(?=[A-Z])/;

// src/catalog/upstream.ts
var ADDRESS_WORDS = /* @__PURE__ */ new Set(["URL", "URLS", "URI", "HOST", "HOSTNAME", "ENDPOINT", "ENDPOINTS", "BASE", "BASEURL", "ADDRESS", "ADDR", "ROOT", "ISSUER", "SERVER_URL", "PATH", "PREFIX", "LOCATION"]);
var QUALIFIER_WORDS = /* @__PURE__ */ new Set(["EXTERNAL", "INTERNAL", "PUBLIC", "PRIVATE", "HTTP", "HTTPS", "REST", "V1", "V2", "V3", "V4", "PROD", "PRODUCTION", "LIVE", "PRIMARY", "DEFAULT"]);
var GLUED_SUFFIXES = ["BASEURL", "APIURL", "ENDPOINTURL", "SERVICEURL", "URL", "URI"];
var NOT_A_SERVICE_WORDS = /* @__PURE__ */ new Set([
  // the app itself and its routes
  "APP",
  "APPLICATION",
  "SELF",
  "OWN",
  "SITE",
  "WEBSITE",
  "WEB",
  "FRONTEND",
  "CANONICAL",
  "CALLBACK",
  "CALLBACKS",
  "REDIRECT",
  "REDIRECTS",
  "RETURN",
  "LOGOUT",
  "SIGNOUT",
  "LOGIN",
  "SIGNIN",
  "CORS",
  "ORIGIN",
  "ORIGINS",
  "ALLOWED",
  "TRUSTED",
  "INGRESS",
  "DOMAIN",
  "HOSTS",
  "LISTEN",
  "BIND",
  "PORT",
  "HEALTH",
  "HEALTHCHECK",
  "READINESS",
  "LIVENESS",
  "WEBHOOK",
  "WEBHOOKS",
  // telemetry, logs and alerting
  "OTEL",
  "OTLP",
  "OPENTELEMETRY",
  "TELEMETRY",
  "SENTRY",
  "STATSD",
  "DATADOG",
  "DD",
  "NEWRELIC",
  "APPLICATIONINSIGHTS",
  "APPINSIGHTS",
  "INSIGHTS",
  "PROMETHEUS",
  "PUSHGATEWAY",
  "GRAFANA",
  "LOKI",
  "JAEGER",
  "ZIPKIN",
  "TEMPO",
  "HONEYCOMB",
  "LOGSTASH",
  "FLUENT",
  "FLUENTD",
  "FLUENTBIT",
  "APM",
  "GRAPHITE",
  "METRICS",
  "METRIC",
  "TRACING",
  "TRACE",
  "TRACES",
  "LOG",
  "LOGS",
  "LOGGING",
  "LOGIT",
  "SYSLOG",
  "SPLUNK",
  "CRONITOR",
  "HEARTBEAT",
  "UPTIME",
  "PING",
  "STATUS",
  "ALERT",
  "ALERTS",
  "ALERTING",
  "PAGERDUTY",
  "OPSGENIE",
  "AUDIT",
  "ANALYTICS",
  "TRACKING",
  "MATOMO",
  "PIWIK",
  "PLAUSIBLE",
  "GTM",
  "GA",
  // docs, help and content links
  "DOCS",
  "DOC",
  "DOCUMENTATION",
  "HELP",
  "SUPPORT",
  "FEEDBACK",
  "SURVEY",
  "PRIVACY",
  "TERMS",
  "GUIDANCE",
  "GUIDE",
  "CONTACT",
  "ACCESSIBILITY",
  "COOKIES",
  "COOKIE",
  "BLOG",
  "FAQ",
  "FORUM",
  "CHANGELOG",
  "RELEASES",
  "ABOUT",
  "SWAGGER",
  "OPENAPI",
  "MANUAL",
  "WIKI",
  "LINK",
  "LINKS",
  "FORM",
  "BANNER",
  "NEWS",
  // feature flags, assets, proxies
  "FEATURE",
  "FEATURES",
  "FLAG",
  "FLAGS",
  "FF",
  "TOGGLE",
  "TOGGLES",
  "UNLEASH",
  "FLAGSMITH",
  "LAUNCHDARKLY",
  "ASSET",
  "ASSETS",
  "STATIC",
  "CDN",
  "IMAGES",
  "FONTS",
  "MEDIA",
  "PROXY",
  "NO",
  // generic backing stores, named by kind (a catalog rule names the real one)
  "DB",
  "DATABASE",
  "DATASOURCE",
  "JDBC",
  "SQL",
  "CACHE",
  "QUEUE",
  "BROKER",
  "SMTP",
  "MAIL",
  "EMAIL",
  "IMAP",
  "POP3",
  "LDAP",
  "STORAGE",
  "BUCKET",
  "S3",
  "BLOB",
  "SFTP",
  "FTP",
  "NTP",
  "DNS",
  "VAULT"
]);
var GENERIC_WORDS = /* @__PURE__ */ new Set(["API", "APIS", "SERVICE", "SERVICES", "SERVER", "BACKEND", "BACK", "END", "FRONT", "CLIENT", "UI", "GATEWAY", "MAIN", "CORE", "BASE", "REMOTE", "UPSTREAM", "TARGET", "DEST", "DESTINATION", "SOURCE", "ENV", "ENVIRONMENT", "URL", "HOST"]);
function serviceWords(name) {
  const words = name.toUpperCase().replace(FRAMEWORK_ENV_PREFIX, "").split(/[_.-]+/).filter(Boolean);
  const last = words[words.length - 1];
  const glued = last ? GLUED_SUFFIXES.find((suffix) => last.length > suffix.length && last.endsWith(suffix)) : void 0;
  if (last && glued) {
    const stem = last.slice(0, -glued.length);
    words.splice(words.length - 1, 1, ...glued === "APIURL" ? [stem, "API"] : glued === "SERVICEURL" ? [stem, "SERVICE"] : [stem], "URL");
  }
  if (words.length < 2 || !ADDRESS_WORDS.has(words[words.length - 1])) return void 0;
  while (words.length > 0 && (ADDRESS_WORDS.has(words[words.length - 1]) || QUALIFIER_WORDS.has(words[words.length - 1]))) words.pop();
  if (words.length === 0 || words.some((word) => NOT_A_SERVICE_WORDS.has(word))) return void 0;
  if (words.every((word) => GENERIC_WORDS.has(word) || /^\d+$/.test(word))) return void 0;
  if (words.length === 1 && words[0].length < 3) return void 0;
  return words;
}
function upstreamIdOf(name) {
  return serviceWords(name)?.join("-").toLowerCase();
}
var SMALL_WORDS = /* @__PURE__ */ new Set(["and", "or", "of", "in", "on", "to", "for", "the", "my", "out", "up", "a"]);
var ACRONYMS = /* @__PURE__ */ new Set(["api", "apis", "sso", "ui", "id", "idp", "oidc", "crm", "erp", "sms", "cms", "gis", "dns", "ai", "ml", "hr", "uk", "us", "eu", "gov"]);
function upstreamName(id) {
  return id.split("-").map((word, i) => {
    if (ACRONYMS.has(word)) return word.toUpperCase();
    if (i > 0 && SMALL_WORDS.has(word)) return word;
    if (!/[aeiouy]/.test(word) && word.length <= 6) return word.toUpperCase();
    return word[0].toUpperCase() + word.slice(1);
  }).join(" ");
}
var UPSTREAM_ORIGIN = "discovered: an upstream service named by the deployment";
function upstreamRule(id) {
  const name = upstreamName(id);
  const spaced = id.replace(/-/g, " ");
  return {
    id,
    name,
    category: "upstream",
    tier: 2,
    aliases: [.../* @__PURE__ */ new Set([id, spaced])],
    signals: {},
    recovery: {
      failure: "outage",
      impact: `The features that call ${name} fail: it is a service another team runs, and this app cannot do that work without it.`,
      managed: true,
      runBy: "another-team",
      degrade: `Serve what does not need ${name}: show a "temporarily unavailable" message on the features that depend on it, and queue their requests for retry with back-off instead of failing them.`
    },
    origin: UPSTREAM_ORIGIN
  };
}
function isUpstreamRule(rule) {
  return rule.category === "upstream";
}
function upstreamReadNames(signal) {
  const name = signal.name.toUpperCase();
  return [.../* @__PURE__ */ new Set([name, name.toLowerCase().replace(/_/g, ".")])];
}
function mergeUpstreamIds(ids) {
  const sorted = [...new Set(ids)].sort((a, b) => a.split("-").length - b.split("-").length || (a < b ? -1 : 1));
  const into = /* @__PURE__ */ new Map();
  for (const id of sorted) {
    const words = id.split("-");
    const parent = sorted.find((other) => other !== id && into.get(other) === other && other.split("-").length >= 2 && other.split("-").length < words.length && words.slice(0, other.split("-").length).join("-") === other);
    into.set(id, parent ?? id);
  }
  return into;
}
function withUpstreamRules(catalog, dependencies) {
  const added = dependencies.filter((dep) => isUpstreamRule(dep) && !catalog.byId.has(dep.id)).map((dep) => upstreamRule(dep.id));
  return added.length === 0 ? catalog : makeCatalog([...catalog.rules, ...new Map(added.map((rule) => [rule.id, rule])).values()]);
}

// src/catalog/strength.ts
function importQueryOf(evidence, rule) {
  const slash = evidence.signal.path.lastIndexOf("/");
  let folder = slash === -1 ? "" : evidence.signal.path.slice(0, slash);
  if (folder.split("/").pop() === "requirements") folder = folder.includes("/") ? folder.slice(0, folder.lastIndexOf("/")) : "";
  const loadedByName = rule.category === "database";
  return { ecosystem: evidence.signal.ecosystem, name: evidence.signal.name, folder, ...evidence.imports ? { imports: evidence.imports } : {}, ...loadedByName ? { loadedByName } : {} };
}
function serviceSettingNames(rule) {
  const names = [];
  for (const { name } of rule.signals.env ?? []) {
    if (/^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(name)) names.push(name);
    const prefix = /^([A-Z][A-Z0-9]{2,})_\*$/.exec(name)?.[1];
    if (prefix) names.push(...CREDENTIAL_SUFFIXES.map((suffix) => `${prefix}_${suffix}`));
  }
  return names;
}
var DATA_STORE_CATEGORIES = /* @__PURE__ */ new Set(["database", "cache", "queue", "storage", "search", "vector-db"]);
function ownSettingsToRead(rule) {
  if (!DATA_STORE_CATEGORIES.has(rule.category)) return [];
  return [...serviceSettingNames(rule), ...rule.category === "database" ? DATASOURCE_SUFFIXES.map((suffix) => `*${suffix}`) : []];
}
var DATASOURCE_SUFFIXES = ["DATABASE_URL", "DATABASE_URI", "DATABASE_DSN", "DATABASE_HOST", "DB_URL", "DB_URI", "DB_DSN", "DB_HOST", "DB_HOSTNAME"];
var DEV_ENVIRONMENT_FILE = /(?:^|\/)(?:dev|development|test|testing|local)\.[a-z]+$/i;
function datasourceRead(context, matched, rule) {
  for (const suffix of DATASOURCE_SUFFIXES) {
    const read = productReads(context, `*${suffix}`).find(
      (site) => !DEV_ENVIRONMENT_FILE.test(site.path) && context.deployment?.status(site.path) !== "undeployed" && !namesOtherEngine(matched, site.name ?? suffix, rule)
    );
    if (read) return read;
  }
  return void 0;
}
var CATEGORY_SELECTORS = [
  [/^(?:MAIL|MAILER|EMAIL|SMTP)_(?:ADAPTER|DRIVER|MAILER|BACKEND|PROVIDER|TRANSPORT|SERVICE)$/, "email"],
  [/^SMS_(?:ADAPTER|DRIVER|BACKEND|PROVIDER|SERVICE)$/, "sms"],
  [/^(?:STORAGE|FILESYSTEM|FILE_STORAGE|UPLOAD|BLOB)_(?:ADAPTER|DRIVER|DISK|BACKEND|PROVIDER|SERVICE|TYPE)$/, "storage"],
  [/^(?:PAYMENT|PAYMENTS|BILLING)_(?:ADAPTER|DRIVER|BACKEND|PROVIDER|GATEWAY)$/, "payments"],
  [/^(?:AI|LLM|MODEL)_(?:PROVIDER|BACKEND|ADAPTER)$/, "ai-api"]
];
function selectedCategory(envName2) {
  const name = envName2.toUpperCase();
  return CATEGORY_SELECTORS.find(([pattern]) => pattern.test(name))?.[1];
}
var CREDENTIAL_SUFFIXES = ["API_KEY", "SECRET_KEY", "SECRET", "TOKEN", "API_TOKEN", "ACCESS_TOKEN", "URL", "DSN"];
function urlSchemeWords(rule) {
  return [...new Set((rule.signals.urlSchemes ?? []).map((p) => p.name.replace(/\+\*$/, "")).filter((name) => /^[a-z][a-z0-9]*$/i.test(name)))];
}
var INFRA_KINDS = /* @__PURE__ */ new Set(["image", "terraform", "terraform-module", "helm-chart", "prisma", "platform", "env-value", "url-scheme"]);
var APP_LOCAL_SOURCES = /* @__PURE__ */ new Set(["env", "spring", "appsettings", "app-config", "elixir-config", "node-config"]);
function classOf(signal) {
  if (signal.kind === "package") return "package";
  if (signal.kind === "env" && signal.context !== "ci") return "config";
  return INFRA_KINDS.has(signal.kind) || signal.context === "ci" ? "infra" : "config";
}
var ALTERNATIVE_SDKS = 3;
var ALTERNATIVE_SIGN_INS = 2;
var ALTERNATIVE_AI_PROVIDERS = 2;
var alternativesCache = /* @__PURE__ */ new WeakMap();
function alternativesOf(matched, usage) {
  const slot = alternativesCache.get(matched) ?? {};
  const cached = usage ? slot.after : slot.before;
  if (cached) return cached;
  const perFile = /* @__PURE__ */ new Map();
  for (const item of matched.candidates.values()) {
    if (item.evidence.some((e) => classOf(e.signal) === "infra" && !e.signal.optional)) continue;
    for (const e of item.evidence) {
      const cls = classOf(e.signal);
      const auth = item.rule.category === "auth";
      if (cls !== "package" && !(auth && cls === "config")) continue;
      if (cls === "package" && usage && usage.imported(importQueryOf(e, item.rule)) === null) continue;
      const key = `${e.path}\0${item.rule.category}`;
      const names = perFile.get(key) ?? /* @__PURE__ */ new Set();
      names.add(item.rule.name);
      perFile.set(key, names);
    }
  }
  const offered = /* @__PURE__ */ new Map();
  for (const [key, names] of perFile) {
    const threshold = key.endsWith("\0auth") ? ALTERNATIVE_SIGN_INS : key.endsWith("\0ai-api") ? ALTERNATIVE_AI_PROVIDERS : ALTERNATIVE_SDKS;
    if (names.size >= threshold) offered.set(key, [...names].sort());
  }
  const made = { offered, drivers: driverChoicesOf(matched), hostingOptions: hostingOptionsOf(matched), adapters: usage ? engineModulesOf(matched, usage) : /* @__PURE__ */ new Map() };
  alternativesCache.set(matched, usage ? { ...slot, after: made } : { ...slot, before: made });
  return made;
}
function serviceWords2(rule) {
  return new Set(`${rule.id} ${rule.name}`.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length >= 2));
}
var ENGINE_FOLDERS = /* @__PURE__ */ new Set(["adapters", "backends", "engines", "drivers", "modules"]);
var KIND_FOLDERS = {
  search: ["search", "searchengines"],
  storage: ["storage", "storages", "filesystems", "blob", "uploads"],
  email: ["mail", "mailer", "mailers", "email", "emails", "transports"],
  cache: ["cache", "caches"],
  database: ["database", "databases", "db", "dialects"],
  payments: ["payment", "payments", "gateways", "billing"],
  "ai-api": ["ai", "llm", "llms", "models"],
  sms: ["sms"],
  auth: ["authentication", "strategies"]
};
function holdsEnginesOf(folder, category) {
  const name = folder.slice(folder.lastIndexOf("/") + 1).toLowerCase();
  return ENGINE_FOLDERS.has(name) || (KIND_FOLDERS[category] ?? []).includes(name);
}
function engineModulesOf(matched, usage) {
  const perParent = /* @__PURE__ */ new Map();
  const single = /* @__PURE__ */ new Map();
  for (const item of matched.candidates.values()) {
    const words = serviceWords2(item.rule);
    for (const e of item.evidence) {
      if (classOf(e.signal) !== "package") continue;
      const site = usage.imported(importQueryOf(e, item.rule));
      if (!site) continue;
      const folder = dirname(site.path);
      const engine = folder.slice(folder.lastIndexOf("/") + 1).toLowerCase();
      const parent = dirname(folder);
      if (!parent || !engine.split(/[-_.]+/).some((word) => words.has(word)) || !holdsEnginesOf(parent, item.rule.category)) continue;
      const kind = parent.slice(parent.lastIndexOf("/") + 1).toLowerCase();
      const above = dirname(parent);
      if ((KIND_FOLDERS[item.rule.category] ?? []).includes(kind) && ENGINE_FOLDERS.has(above.slice(above.lastIndexOf("/") + 1).toLowerCase())) {
        single.set(item.rule.id, `imported in ${folder}/, the ${engine} module among the ${kind} modules ${above}/ ships; the deployment picks its ${kind} engine`);
      }
      const key = `${parent}\0${item.rule.category}`;
      const ids = perParent.get(key) ?? /* @__PURE__ */ new Map();
      ids.set(item.rule.id, folder);
      perParent.set(key, ids);
    }
  }
  const adapters = /* @__PURE__ */ new Map();
  for (const [key, ids] of perParent) {
    if (ids.size < 2) continue;
    const parent = key.slice(0, key.indexOf("\0"));
    const folders = [...new Set(ids.values())].map((f) => f.slice(parent.length + 1)).sort();
    for (const [id, folder] of ids) adapters.set(id, `imported in ${folder}/, one of the engine modules ${parent}/ ships side by side (${folders.join(", ")}); the deployment picks one`);
  }
  for (const [id, why] of single) if (!adapters.has(id)) adapters.set(id, why);
  return adapters;
}
function featureBase(signal) {
  return signal.kind === "package" ? /^([^[\]]+)\[[^\]]+\]$/.exec(signal.name)?.[1] : void 0;
}
function driverChoicesOf(matched) {
  const perPackage = /* @__PURE__ */ new Map();
  for (const item of matched.candidates.values()) {
    if (item.rule.category !== "database") continue;
    for (const e of item.evidence) {
      const key = featureBase(e.signal);
      if (key) perPackage.set(key, (perPackage.get(key) ?? /* @__PURE__ */ new Set()).add(item.rule.name));
    }
  }
  const choices = /* @__PURE__ */ new Map();
  for (const [key, names] of perPackage) if (names.size >= 2) choices.set(key, [...names].sort());
  return choices;
}
function isPlatformConfig(e) {
  const { signal } = e;
  return signal.kind === "platform" && PLATFORM_SOURCES.has(signal.source) && signal.name === signal.source && signal.scope !== "dev" && !signal.context;
}
function hostingOptionsOf(matched) {
  const perFolder = /* @__PURE__ */ new Map();
  for (const item of matched.candidates.values()) {
    for (const e of item.evidence) {
      if (!isPlatformConfig(e)) continue;
      for (const folder of deployTargets(e)) perFolder.set(folder, (perFolder.get(folder) ?? /* @__PURE__ */ new Set()).add(item.rule.name));
    }
  }
  const options = /* @__PURE__ */ new Map();
  for (const [folder, names] of perFolder) if (names.size >= 2) options.set(folder, [...names].sort());
  return options;
}
function deployTargets(e) {
  const named = e.signal.facts?.deploys;
  return named ? named.split(",") : [dirname(e.path)];
}
function hostingOption(evidence, rule, cls, options) {
  if (rule.category === "hosting" && cls === "config") return `${evidence.signal.name} is a setting named for ${rule.name}: code that reads it can run there, which does not say the deployment does`;
  const names = isPlatformConfig(evidence) ? deployTargets(evidence).map((folder) => options.get(folder)).find((found) => found) : void 0;
  return names ? `one of the hosting options ${dirname(evidence.path) || "the repository root"} offers side by side (${names.join(", ")}); nothing deploys to it from CI` : void 0;
}
function featureFlagEntry(evidence) {
  const name = evidence.path.slice(evidence.path.lastIndexOf("/") + 1).toLowerCase();
  const words = name.slice(0, name.lastIndexOf(".") > 0 ? name.lastIndexOf(".") : void 0).split(/[-_.]+/);
  const flags = words.includes("features") || words.includes("feature") && (words.includes("flags") || words.includes("toggles"));
  return flags && evidence.signal.source === "app-config" ? `${evidence.path} lists feature flags: the entry names a feature the product can switch on, not a setting for it` : void 0;
}
function markAlternatives(item, matched, deployment, usage) {
  const { offered, drivers, hostingOptions, adapters } = alternativesOf(matched, usage);
  const weighed = item.evidence.map((evidence) => {
    const { signal } = evidence;
    const cls = classOf(signal);
    let excluded = signal.optional ?? hostingOption(evidence, item.rule, cls, hostingOptions);
    let offeredHere = false;
    let alternative = false;
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
      offeredHere = !!names;
      if (names) excluded = `one of ${names.length} ${item.rule.category === "auth" ? "sign-in providers" : `${item.rule.category} services`} ${signal.path} offers (${names.join(", ")})`;
      alternative = !!names;
    }
    if (!excluded && cls === "package" && adapters.has(item.rule.id)) {
      excluded = adapters.get(item.rule.id);
      alternative = true;
    }
    if (!excluded && cls === "config") excluded = featureFlagEntry(evidence);
    if (!excluded && cls === "package" && item.rule.category === "database") {
      const key = featureBase(signal);
      const engines = key ? drivers.get(key) : void 0;
      if (engines) excluded = `one of the database drivers the repository builds ${featureBase(signal)} with (${engines.join(", ")}); the deployment picks one`;
    }
    return { evidence, class: cls, ...excluded ? { excluded } : {}, ...offeredHere && excluded ? { offered: true } : {}, ...alternative && excluded ? { alternative: true } : {} };
  });
  return settingsOfAnOption(weighed);
}
function settingsOfAnOption(weighed) {
  const packages = weighed.filter((w) => w.class === "package");
  const option = packages.find((w) => w.offered);
  if (!option || !packages.every((w) => w.excluded)) return weighed;
  return weighed.map((w) => w.class === "config" && !w.excluded ? { ...w, excluded: `it configures an option: ${option.evidence.signal.name} is ${option.excluded}` } : w);
}
function provenElsewhere(matched, platform) {
  return matched.signals.some((s) => s.kind === "platform" && s.name === platform && !s.optional && s.scope !== "dev");
}
var WORKLOAD_SETTING_SOURCES = /* @__PURE__ */ new Set(["kubernetes", "helm", "ecs"]);
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
  return matched.signals.some((s) => (s.kind === "env" || s.kind === "url-scheme" || s.kind === "env-value") && !s.context && !FREE_FORM_SETTING_SOURCES.has(s.source));
}
var FREE_FORM_SETTING_SOURCES = /* @__PURE__ */ new Set(["app-config", "elixir-config"]);
var where = (e) => `${e.path}:${e.line}`;
function soleDatabaseDriver(matched, context) {
  const ids = [];
  for (const item of matched.candidates.values()) {
    if (item.rule.category !== "database") continue;
    const weighed = markAlternatives(item, matched, context.deployment, context.usage);
    if (weighed.some((w) => w.class === "package" && !w.excluded && context.usage?.imported(importQueryOf(w.evidence, item.rule)) !== null)) ids.push(item.rule.id);
  }
  return ids.length === 1 ? ids[0] : void 0;
}
function genericDatasource(matched, context, rule) {
  return matched.signals.find(
    (s) => s.kind === "env" && !s.optional && !s.context && GENERIC_DATASOURCE.has(s.name.toUpperCase()) && context.deployment?.status(s.path) !== "undeployed" && !otherEngineOf(matched, s, rule)
  );
}
function otherEngineOf(matched, setting, rule) {
  for (const item of matched.candidates.values()) {
    if (item.rule.id === rule.id || item.rule.category !== "database") continue;
    if (item.evidence.some((e) => e.signal.kind === "url-scheme" && e.path === setting.path && e.line === setting.line)) return item.rule.name;
  }
  return void 0;
}
function namesOtherEngine(matched, name, rule) {
  const set = matched.signals.filter((s) => s.kind === "env" && !s.context && s.name.toUpperCase() === name.toUpperCase());
  return set.length > 0 && set.every((s) => otherEngineOf(matched, s, rule) !== void 0);
}
var COMPATIBLE_SERVERS = { elasticsearch: ["opensearch"] };
function compatibleServerOf(item, matched) {
  for (const id of COMPATIBLE_SERVERS[item.rule.id] ?? []) {
    const other = [...matched.candidates.values()].find((c) => c.rule.id === id);
    if (other?.evidence.some((e) => classOf(e.signal) === "infra" && !e.signal.optional && e.signal.scope !== "dev")) return other.rule.name;
  }
  return void 0;
}
function productReads(context, name) {
  return (context.usage?.envRead(name) ?? []).filter((site) => !inIntegrationFolder(site.path));
}
var MAIL_PROTOCOL_RULE = "smtp";
function otherSelection(item, matched, context) {
  return matched.signals.find(
    (s) => s.kind === "env-value" && s.source === "env" && !s.optional && !s.context && selectedCategory(s.name.slice(0, s.name.indexOf("="))) === item.rule.category && !selectsRule(s.name.slice(s.name.indexOf("=") + 1), item.rule) && context.deployment?.status(s.path) !== "undeployed" && !item.evidence.some((e) => e.path === s.path && e.line === s.line && e.signal.name === s.name)
  );
}
function selectionOf(item, matched, context) {
  if (item.rule.id === MAIL_PROTOCOL_RULE) return void 0;
  return matched.signals.find(
    (s) => s.kind === "env-value" && s.source === "env" && !s.optional && !s.context && selectedCategory(s.name.slice(0, s.name.indexOf("="))) === item.rule.category && selectsRule(s.name.slice(s.name.indexOf("=") + 1), item.rule) && context.deployment?.status(s.path) !== "undeployed"
  );
}
var squashed = (text) => text.toLowerCase().replace(/[^a-z0-9]/g, "");
function selectsRule(value, rule) {
  const chosen = squashed(value);
  if (chosen.length < 2) return false;
  return [rule.id, rule.name, ...rule.aliases ?? []].some((name) => squashed(name) === chosen) || squashed(rule.id).endsWith(chosen);
}
function mailLibraryUnset(item, weighed, matched) {
  if (item.rule.id !== MAIL_PROTOCOL_RULE || weighed.some((w) => w.class === "config") || declaresConfiguration(matched)) return void 0;
  return `no template, compose file or manifest sets a mail server for it: mail is configured by the operator at run time, if at all`;
}
var EMBEDDED_DATABASES = /* @__PURE__ */ new Set(["sqlite"]);
function embeddedDefault(item, weighed, matched, context) {
  if (!EMBEDDED_DATABASES.has(item.rule.id) || !context.deployment || context.deployment.folders.length === 0) return void 0;
  const imported = (w) => context.deployment.status(w.evidence.path) !== "undeployed" && context.usage?.imported(importQueryOf(w.evidence, item.rule)) !== null;
  const option = weighed.find((w) => w.class === "package" && (w.alternative || !w.excluded) && imported(w));
  if (!option) return void 0;
  const others = [];
  for (const other of matched.candidates.values()) {
    if (other === item || other.rule.category !== "database") continue;
    const marked = markAlternatives(other, matched, context.deployment, context.usage);
    if (marked.some((w) => !w.excluded && w.class !== "package" && w.evidence.signal.scope !== "dev")) return void 0;
    if (marked.some((w) => !w.excluded && w.class === "package")) return void 0;
    if (marked.some((w) => w.alternative)) others.push(other.rule.name);
  }
  const site = context.usage?.imported(importQueryOf(option.evidence, item.rule));
  const how = site ? `imported at ${site.path}:${site.line}` : `declared at ${where(option.evidence)}`;
  if (others.length === 0) {
    return option.alternative ? void 0 : `${option.evidence.signal.name} ${how} is the only database engine the deployed code uses: ${item.rule.name} is embedded, a file the app opens, so no setting names a server for it`;
  }
  return `${option.evidence.signal.name} ${how}: ${item.rule.name} is the embedded engine among the databases the product supports (${[item.rule.name, ...others].sort().join(", ")}), and no deployment config names a database server or settings for another, so a deployment runs on ${item.rule.name} unless its operator picks one`;
}
var APP_SETTINGS_SOURCES = /* @__PURE__ */ new Set(["spring", "app-config", "node-config", "elixir-config", "appsettings"]);
function upstreamRead(item, live, matched, context) {
  for (const w of live) {
    const signal = w.evidence.signal;
    for (const name of upstreamReadNames(signal)) {
      const read = productReads(context, name).find((site) => context.deployment?.status(site.path) !== "undeployed");
      if (read) return `${read.path}:${read.line}`;
    }
    const setting = matched.signals.find((s) => s.kind === "env" && APP_SETTINGS_SOURCES.has(s.source) && s.path !== signal.path && s.name.toUpperCase() === signal.name.toUpperCase() && context.deployment?.status(s.path) !== "undeployed");
    if (setting) return `${setting.path}:${setting.line}`;
  }
  return void 0;
}
function assessUpstream(item, weighed, matched, context) {
  const live = weighed.filter((w) => !w.excluded);
  if (live.length === 0) {
    const first2 = weighed.find((w) => w.excluded);
    return { confidence: "possible", reason: `${first2.evidence.detail} (${where(first2.evidence)}): ${first2.excluded}` };
  }
  const read = upstreamRead(item, live, matched, context);
  if (!read) return void 0;
  const first = live[0].evidence;
  return {
    confidence: "possible",
    reason: `${first.signal.name} (${where(first)}) gives the app ${item.rule.name}'s address, read at ${read}: a service another team runs; accept it if the app cannot work without it`
  };
}
function assessConfidence(item, weighed, matched, context) {
  if (isUpstreamRule(item.rule)) return assessUpstream(item, weighed, matched, context);
  const live = weighed.filter((w) => !w.excluded);
  const infra = live.find((w) => w.class === "infra");
  if (infra) return { confidence: "confirmed", reason: `${infra.evidence.detail} (${where(infra.evidence)})` };
  const server = compatibleServerOf(item, matched);
  if (server) {
    return { confidence: "possible", reason: `${item.rule.name} clients and settings also reach ${server}, which the deployment declares: this is likely the same cluster` };
  }
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
    const chosen = selectionOf(item, matched, context);
    if (chosen) return { confidence: "likely", reason: `${pkg.w.evidence.signal.name} ${how}, and ${chosen.name} (${chosen.path}:${chosen.line}) selects it as the ${item.rule.category} backend` };
    const other = otherSelection(item, matched, context);
    if (other) return { confidence: "possible", reason: `${pkg.w.evidence.signal.name} ${how}, but ${other.name} (${other.path}:${other.line}) picks another ${item.rule.category} backend and nothing configures ${item.rule.name}: one the product offers` };
    const url = urlSchemeWords(item.rule).map((scheme) => context.usage?.urlSeen(scheme)).find((site2) => site2 !== void 0);
    if (url) return { confidence: "likely", reason: `${pkg.w.evidence.signal.name} ${how}, with a connection URL for it at ${url.path}:${url.line}` };
    if (item.rule.category === "database" && soleDatabaseDriver(matched, context) === item.rule.id) {
      const setting = genericDatasource(matched, context, item.rule);
      if (setting) return { confidence: "likely", reason: `${pkg.w.evidence.signal.name} ${how} is the only database driver, and ${setting.name} (${setting.path}:${setting.line}) points at a database` };
      const read = datasourceRead(context, matched, item.rule);
      if (read) return { confidence: "likely", reason: `${pkg.w.evidence.signal.name} ${how} is the only database driver, and ${read.path}:${read.line} reads ${read.name ?? "a datasource setting"}, which points at a database` };
    }
    for (const setting of matched.devSettings?.get(item.rule.id) ?? []) {
      const read = productReads(context, setting.name).find((site2) => context.deployment?.status(site2.path) !== "undeployed");
      if (read) return { confidence: "likely", reason: `${pkg.w.evidence.signal.name} ${how}, and ${read.path}:${read.line} reads ${setting.name} (listed in ${setting.path}:${setting.line})` };
    }
    const site = pkg.site;
    if (site && !weighed.some((w) => w.class === "config")) {
      const folder = site.path.slice(0, site.path.lastIndexOf("/") + 1);
      for (const name of ownSettingsToRead(item.rule).filter((n) => !n.startsWith("*"))) {
        const read = productReads(context, name).find((r) => r.path.startsWith(folder) && !r.path.slice(folder.length).includes("/") && context.deployment?.status(r.path) !== "undeployed");
        if (read) return { confidence: "likely", reason: `${pkg.w.evidence.signal.name} ${how}, and ${read.path}:${read.line} beside it reads ${name}` };
      }
    }
    const unset = mailLibraryUnset(item, weighed, matched);
    if (unset) return { confidence: "possible", reason: `${pkg.w.evidence.signal.name} ${how}; ${unset}` };
    if (!declaresConfiguration(matched)) {
      return { confidence: "likely", reason: `${pkg.w.evidence.signal.name} ${how}; the repository keeps no deployment settings (no env template, compose or manifest variables) to check it against` };
    }
  }
  for (const config of configs) {
    const read = productReads(context, config.evidence.signal.name).find((site) => site.path !== config.evidence.path && context.deployment?.status(site.path) !== "undeployed");
    if (read) return { confidence: "likely", reason: `${config.evidence.signal.name} is set in ${where(config.evidence)} and read by ${read.path}:${read.line}` };
  }
  const given = configs.find((w) => WORKLOAD_SETTING_SOURCES.has(w.evidence.signal.source));
  if (given) return { confidence: "likely", reason: `${given.evidence.signal.name} is given to a deployed workload (${where(given.evidence)})` };
  const embedded = embeddedDefault(item, weighed, matched, context);
  if (embedded) return { confidence: "likely", reason: embedded };
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
var NON_ASCII = /[^\x00-\x7f]/;
var LazyGlob = class {
  constructor(glob) {
    this.glob = glob;
    const literal = /^[A-Za-z0-9_@:=+-][A-Za-z0-9_@:=+.-]*/.exec(glob)?.[0] ?? "";
    this.prefix = literal.toLowerCase();
  }
  glob;
  matcher;
  prefix;
  /** `lowered`: the name lower-cased when it is plain ASCII (Unicode case folding may differ otherwise), or undefined. */
  match(name, lowered) {
    if (lowered !== void 0 && !lowered.startsWith(this.prefix)) return false;
    this.matcher ??= new Minimatch(this.glob, { dot: true, nocase: true, noext: true });
    return this.matcher.match(name);
  }
};
var PatternIndex = class {
  constructor(normalize) {
    this.normalize = normalize;
  }
  normalize;
  exact = /* @__PURE__ */ new Map();
  globs = [];
  add(pattern, entry) {
    const name = this.normalize(pattern);
    if (/[*?{]/.test(name)) {
      const glob = name.replace(/[[\]]/g, "\\$&");
      this.globs.push({ matcher: new LazyGlob(glob), entry });
    } else {
      const list = this.exact.get(name) ?? [];
      list.push(entry);
      this.exact.set(name, list);
    }
  }
  /** Exact names only: no glob is tried. */
  lookupExact(raw) {
    return this.exact.get(this.normalize(raw)) ?? [];
  }
  lookup(raw) {
    const name = this.normalize(raw);
    const found = [...this.exact.get(name) ?? []];
    if (this.globs.length === 0) return found;
    const lowered = NON_ASCII.test(name) ? void 0 : name.toLowerCase();
    for (const { matcher, entry } of this.globs) if (matcher.match(name, lowered)) found.push(entry);
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
var LOCAL_STAND_IN = /^(?:MAILPIT|MAILHOG|MAILCATCHER|MAILDEV|SMTP4DEV|LOCALSTACK|FAKE|MOCK|STUB)_/;
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
  /** The catalog's registry modules by the core of their name (`s3-bucket` -> `s3`), with the provider segment. */
  moduleCores = /* @__PURE__ */ new Map();
  rules;
  /** each rule's id, name and aliases, letters and digits only -> the one rule with it (null: more than one) */
  names;
  constructor(catalog) {
    this.rules = catalog.rules;
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
    for (const [kind, normalize] of kinds) this.byKind.set(kind, new PatternIndex(normalize));
    this.terraform = new PatternIndex(lower);
    for (const rule of catalog.rules) {
      for (const [eco, list] of Object.entries(rule.signals.packages ?? {})) {
        for (const p of list) this.packages.get(eco).add(p.name, { rule, provider: p.provider, ...p.imports ? { imports: p.imports } : {} });
      }
      for (const [kind, , get] of kinds) {
        for (const p of get(rule) ?? []) this.byKind.get(kind).add(p.name, { rule, provider: p.provider, engine: p.engine });
      }
      for (const t of rule.signals.terraform ?? []) this.terraform.add(t.type, { rule, provider: t.provider, engine: t.engine });
      for (const m of rule.signals.terraformModules ?? []) {
        const [, name, provider, ...more] = m.name.toLowerCase().split("/");
        const core = name && provider && more.length === 0 && !/[*?{]/.test(m.name) ? moduleCore(name) : void 0;
        if (!core) continue;
        const list = this.moduleCores.get(core) ?? [];
        list.push({ provider, entry: { rule, provider: m.provider, engine: m.engine } });
        this.moduleCores.set(core, list);
      }
    }
  }
  /**
   * A module the catalog does not list, read by the core of its name: a project's own or a git
   * module's folder (`./modules/s3`, `git::…//rds` with `engine = "aurora-postgresql"`), or a
   * registry module of another namespace for the same provider (`acme/s3-bucket/aws`). A module
   * for an engine the catalog lists only with engines needs its literal engine input.
   */
  moduleByCore(source, folder, engine) {
    const segments = source.toLowerCase().split("/");
    const registry = folder === void 0 && segments.length === 3 ? { name: segments[1], provider: segments[2] } : void 0;
    const core = moduleCore(folder ?? registry?.name ?? "");
    if (!core) return [];
    const found = (this.moduleCores.get(core) ?? []).filter((m) => (!registry || m.provider === registry.provider) && engineMatches(m.entry, engine)).map((m) => m.entry);
    return [...new Map(found.map((e) => [e.rule.id, e])).values()];
  }
  /**
   * The one catalog rule an id names by its id, display name or an alias, letters and digits
   * only (`govuk-notify` and "GOV.UK Notify"), if any: an upstream service named by a setting
   * (`GOVUK_NOTIFY_URL`) that the catalog knows is that rule.
   */
  ruleNamed(id) {
    const squash = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, "");
    if (!this.names) {
      this.names = /* @__PURE__ */ new Map();
      for (const rule of this.rules) {
        for (const name of new Set([rule.id, rule.name, ...rule.aliases].map(squash).filter((n) => n.length >= 3))) {
          const seen = this.names.get(name);
          this.names.set(name, seen === void 0 || seen === rule ? rule : null);
        }
      }
    }
    return this.names.get(squash(id)) ?? void 0;
  }
  /** The rules a signal proves, with the provider each implies. */
  match(signal) {
    switch (signal.kind) {
      case "package": {
        const index = signal.ecosystem ? this.packages.get(signal.ecosystem) : void 0;
        if (!index) return [];
        const base = /^([^[\]]+)\[[^\]]*\]$/.exec(signal.name)?.[1];
        return base ? [...index.lookup(signal.name), ...index.lookup(base)] : index.lookup(signal.name);
      }
      case "terraform":
        return this.terraform.lookup(signal.name).filter((entry) => engineMatches(entry, signal.engine));
      case "terraform-module": {
        const found = (this.byKind.get("terraform-module")?.lookup(signal.name) ?? []).filter((entry) => engineMatches(entry, signal.engine));
        if (found.length > 0) return found;
        const local = /^(?:\.{1,2}\/|git::|[^/]+\/\/)|\/\/[^/]/.test(signal.name);
        const folder = stripTrailing(signal.name, "/").split("/").pop() ?? "";
        const engine = local && folder ? this.byKind.get("image").lookupExact(folder) : [];
        if (engine.length > 0) return engine;
        return this.moduleByCore(signal.name, local ? folder : void 0, signal.engine);
      }
      case "image": {
        const index = this.byKind.get("image");
        const found = index.lookup(signal.name);
        const slash = signal.name.lastIndexOf("/");
        if (found.length > 0) return found;
        const last = signal.name.slice(slash + 1);
        const own = slash === -1 ? [] : index.lookupExact(last);
        if (own.length > 0) return own;
        const named = /^([a-z][a-z0-9]*)-([a-z0-9.-]+)$/.exec(last);
        if (named && !ENGINE_HELPER.test(named[2])) {
          const engine2 = index.lookupExact(named[1]);
          if (engine2.length > 0) return engine2;
        }
        const engine = /^([a-z][a-z0-9]*)(?:[-_.]|\d|$)/.exec(signal.version?.toLowerCase() ?? "")?.[1];
        return engine ? index.lookupExact(engine) : [];
      }
      case "env": {
        const index = this.byKind.get("env");
        const found = index.lookup(signal.name);
        if (found.length > 0) return found;
        const upper = signal.name.toUpperCase();
        const bare = upper.replace(FRAMEWORK_ENV_PREFIX, "");
        if (bare !== upper) return index.lookup(bare);
        const unprefixed = APP_ENV_PREFIX.exec(upper)?.[1];
        if (!unprefixed || LOCAL_STAND_IN.test(upper)) return [];
        const once = index.lookup(unprefixed);
        if (once.length > 0) return once;
        const twice = APP_ENV_PREFIX.exec(unprefixed)?.[1];
        return twice ? index.lookup(twice) : [];
      }
      case "helm-chart": {
        const found = this.byKind.get("helm-chart").lookup(signal.name);
        return found.length > 0 ? found : this.byKind.get("image").lookupExact(signal.name);
      }
      default:
        return this.byKind.get(signal.kind)?.lookup(signal.name) ?? [];
    }
  }
};
var MODULE_SHAPE_WORDS = /* @__PURE__ */ new Set(["bucket", "buckets", "cluster", "instance", "instances", "queue", "queues", "topic", "table", "module", "terraform", "tf", "aws", "azure", "gcp", "google"]);
function moduleCore(name) {
  const words = name.toLowerCase().split(/[-_.]+/).filter((w) => w && !MODULE_SHAPE_WORDS.has(w));
  return words.length > 0 ? words.join("-") : void 0;
}
var ENGINE_HELPER = /(?:^|-)(?:exporter|operator|ui|admin|commander|insight|cli|client|metrics|init|migrat\w*|agent|backup|proxy|dashboard|web|gui|browser|sidecar|tools?)(?:$|-)/;
function engineMatches(entry, signalEngine) {
  if (!entry.engine) return true;
  if (!signalEngine) return false;
  const engine = signalEngine.toLowerCase();
  return entry.engine.some((e) => minimatch(engine, e.toLowerCase(), { noext: true }));
}
var OPTIONAL_MENU_THRESHOLD = 5;
var MENU_KINDS = /* @__PURE__ */ new Set(["env", "url-scheme", "package"]);
var SELECTOR_MENU_THRESHOLD = 2;
function resolveDependencies(signals, matcher, context = {}) {
  return resolveMatched(matchEvidence(signals, matcher), context);
}
function matchEvidence(signals, matcher) {
  const found = /* @__PURE__ */ new Map();
  const selectors = /* @__PURE__ */ new Set();
  const production = [];
  const devSettings = /* @__PURE__ */ new Map();
  const addresses = [];
  for (const signal of signals) {
    if (signal.kind === "service-url" && signal.scope !== "dev") {
      addresses.push(signal);
      continue;
    }
    if (signal.scope === "dev") {
      if (signal.kind === "env" && signal.source === "env" && hasDevToken(signal.path)) {
        for (const entry of matcher.match(signal)) {
          const list = devSettings.get(entry.rule.id) ?? [];
          if (list.length < MAX_DEV_SETTINGS && !list.some((s) => s.name === signal.name)) devSettings.set(entry.rule.id, [...list, signal]);
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
  markProcfileBesideDockerfile(found, production);
  markMailCatcherSettings(found, signals);
  markMailLeftOff(found);
  carryTemplateOptions(found);
  markEngineAlternatives(found);
  addUpstreamServices(found, addresses, matcher);
  return { candidates: found, menus, signals: production, devSettings };
}
function addUpstreamServices(found, addresses, matcher) {
  const upstream = /* @__PURE__ */ new Map();
  for (const signal of addresses) {
    if (matcher.match({ ...signal, kind: "env" }).length > 0) continue;
    const id = upstreamIdOf(signal.name);
    if (!id) continue;
    if (matcher.ruleNamed(id)) continue;
    upstream.set(id, [...upstream.get(id) ?? [], signal]);
  }
  const into = mergeUpstreamIds([...upstream.keys()]);
  const byHost = /* @__PURE__ */ new Map();
  for (const [id, list] of [...upstream].sort(([a], [b]) => a.split("-").length - b.split("-").length || (a < b ? -1 : 1))) {
    for (const signal of list) {
      if (!signal.host) continue;
      const first = byHost.get(`${signal.path}\0${signal.host}`);
      if (first === void 0) byHost.set(`${signal.path}\0${signal.host}`, into.get(id) ?? id);
      else if ((into.get(id) ?? id) === id && first !== id) into.set(id, first);
    }
  }
  for (const [id, list] of upstream) {
    const target = into.get(id) ?? id;
    if (found.get(target) && found.get(target).rule.category !== "upstream") continue;
    const item = found.get(target) ?? { rule: upstreamRule(target), providers: [], evidence: [] };
    for (const signal of list) item.evidence.push({ path: signal.path, line: signal.line, source: signal.source, detail: signal.detail, signal, ...signal.facts ? { facts: signal.facts } : {} });
    found.set(target, item);
  }
}
var FORWARDING_SOURCES = /* @__PURE__ */ new Set(["compose", "render", "railway", "heroku", "fly", "vercel", "netlify"]);
function variableOf(signal) {
  if (signal.kind !== "env" && signal.kind !== "url-scheme") return void 0;
  return (signal.facts?.variable ?? (signal.kind === "env" ? signal.name : void 0))?.toUpperCase();
}
function carryTemplateOptions(found) {
  for (const item of found.values()) {
    const optional = /* @__PURE__ */ new Map();
    for (const e of item.evidence) {
      const name = variableOf(e.signal);
      if (name && e.signal.source === "env" && e.signal.optional && !optional.has(name)) optional.set(name, e);
    }
    if (optional.size === 0) continue;
    item.evidence = item.evidence.map((e) => {
      const name = variableOf(e.signal);
      const template = name && !e.signal.optional && FORWARDING_SOURCES.has(e.signal.source) ? optional.get(name) : void 0;
      if (!template) return e;
      return { ...e, signal: { ...e.signal, optional: `${e.path} passes ${name} on, and ${template.path}:${template.line} marks it optional (${template.signal.optional})` } };
    });
  }
}
function markEngineAlternatives(found) {
  const roles = /* @__PURE__ */ new Map();
  const roleOf = (e) => {
    const name = e.signal.kind === "url-scheme" ? variableOf(e.signal) : void 0;
    const rest = name ? /^[A-Z][A-Z0-9]*_([A-Z][A-Z0-9_]*)$/.exec(name)?.[1] : void 0;
    return rest ? `${e.path}\0${rest}` : void 0;
  };
  for (const item of found.values()) {
    if (item.rule.category !== "database") continue;
    for (const e of item.evidence) {
      const role = roleOf(e);
      if (role) roles.set(role, (roles.get(role) ?? /* @__PURE__ */ new Set()).add(item.rule.id));
    }
  }
  for (const item of found.values()) {
    if (item.rule.category !== "database") continue;
    item.evidence = item.evidence.map((e) => {
      const role = roleOf(e);
      const ids = role ? roles.get(role) : void 0;
      if (!ids || ids.size < 2 || e.signal.optional) return e;
      const others = [...ids].filter((id) => id !== item.rule.id).sort();
      return { ...e, signal: { ...e.signal, optional: `one of the databases ${e.path} offers for ${role.slice(role.indexOf("\0") + 1)} (also ${others.join(", ")})` } };
    });
  }
}
var MAX_DEV_SETTINGS = 4;
function markLocalStacks(found, production, matcher) {
  const withApp = /* @__PURE__ */ new Set();
  const devTools = /* @__PURE__ */ new Map();
  for (const signal of production) {
    if (signal.source !== "compose") continue;
    if (signal.kind === "deploy" || signal.kind === "image" && matcher.match(signal).length === 0 && !observabilityTool(signal.name)) withApp.add(signal.path);
    const tool = signal.kind === "image" ? developmentTool(signal.name) : void 0;
    if (tool && !devTools.has(signal.path)) devTools.set(signal.path, tool);
  }
  for (const item of found.values()) {
    item.evidence = item.evidence.map((e) => {
      if (e.signal.source !== "compose" || e.signal.optional) return e;
      const tool = devTools.get(e.path);
      if (tool) return { ...e, signal: { ...e.signal, optional: `${e.path} runs ${tool}, a development tool: its services are a developer's local stand-ins` } };
      return !withApp.has(e.path) ? { ...e, signal: { ...e.signal, optional: `${e.path} runs no app of its own, only backing services: a local stack` } } : e;
    });
  }
}
function markProcfileBesideDockerfile(found, production) {
  const heroku = found.get("heroku");
  if (!heroku) return;
  const isProcfile = (s) => s.kind === "platform" && s.source === "heroku" && (s.path === "Procfile" || s.path.endsWith("/Procfile"));
  if (heroku.evidence.some((e) => !isProcfile(e.signal) && !e.signal.optional && e.signal.scope !== "dev")) return;
  const dockerfiles = /* @__PURE__ */ new Map();
  for (const s of production) if (s.kind === "deploy" && s.source === "dockerfile" && !dockerfiles.has(s.name)) dockerfiles.set(s.name, s.path);
  heroku.evidence = heroku.evidence.map((e) => {
    const dockerfile = isProcfile(e.signal) && !e.signal.optional ? dockerfiles.get(dirname(e.path)) : void 0;
    if (!dockerfile) return e;
    return { ...e, signal: { ...e.signal, optional: `${e.path} sits beside ${dockerfile}: platforms that build the image (Dokku, cabotage) run its processes too; Heroku builds a Dockerfile only with a heroku.yml` } };
  });
}
var DEVELOPMENT_TOOLS = [
  [/(?:^|\/)(?:playwright|selenium|standalone-chrome|standalone-firefox|cypress)(?:$|[/-])/, "a browser-test runner"],
  // Load tests drive the product from outside; the stores beside them keep the test's results.
  [/(?:^|\/)(?:k6|locust|jmeter|gatling)(?:$|[/-])/, "a load-test runner"]
];
var OBSERVABILITY_TOOL = /(?:^|\/)(?:grafana|prometheus|alertmanager|pushgateway|node-exporter|cadvisor|loki|promtail|telegraf|chronograf)(?:$|[/-])/;
function observabilityTool(image) {
  return OBSERVABILITY_TOOL.test(image.toLowerCase());
}
function developmentTool(image) {
  const name = image.toLowerCase();
  const hit = DEVELOPMENT_TOOLS.find(([pattern]) => pattern.test(name));
  return hit ? `${image} (${hit[1]})` : void 0;
}
function markMailCatcherSettings(found, signals) {
  const catchers = /* @__PURE__ */ new Map();
  for (const signal of signals) {
    if (signal.source === "compose" && signal.kind === "image" && isMailCatcherImage(signal.name) && !catchers.has(signal.path)) catchers.set(signal.path, signal.name);
  }
  if (catchers.size === 0) return;
  for (const item of found.values()) {
    if (item.rule.category !== "email") continue;
    item.evidence = item.evidence.map((e) => {
      const catcher = e.signal.source === "compose" && !e.signal.optional && variableOf(e.signal) ? catchers.get(e.path) : void 0;
      return catcher ? { ...e, signal: { ...e.signal, optional: `${e.path} runs ${catcher}, a mail catcher: its mail settings point at a developer's stand-in` } } : e;
    });
  }
}
function markMailLeftOff(found) {
  for (const item of found.values()) {
    if (item.rule.category !== "email") continue;
    const off = /* @__PURE__ */ new Map();
    for (const e of item.evidence) if (e.signal.optional?.endsWith(MAIL_LEFT_OFF) && !off.has(e.path)) off.set(e.path, e.signal.optional);
    if (off.size === 0) continue;
    item.evidence = item.evidence.map((e) => {
      const why = !e.signal.optional && variableOf(e.signal) ? off.get(e.path) : void 0;
      return why ? { ...e, signal: { ...e.signal, optional: why } } : e;
    });
  }
}
function usageRequest(matched, deployment) {
  const request = { imports: [], envNames: [], urlSchemes: [] };
  for (const item of matched.candidates.values()) {
    const weighed = markAlternatives(item, matched, deployment);
    if (isUpstreamRule(item.rule)) {
      for (const w of weighed) if (!w.excluded && w.evidence.signal.kind === "service-url") request.envNames.push(...upstreamReadNames(w.evidence.signal));
      continue;
    }
    for (const w of weighed) {
      if (w.excluded && !w.offered) continue;
      if (w.evidence.signal.kind === "package" && w.evidence.signal.ecosystem) {
        request.imports.push(importQueryOf(w.evidence, item.rule));
      }
    }
    const strong = weighed.filter((w) => !w.excluded);
    if (strong.length > 0 && strong.every((w) => w.evidence.signal.kind === "env")) request.envNames.push(...strong.map((w) => w.evidence.signal.name));
    if (strong.some((w) => w.class === "package") && !strong.some((w) => w.class !== "package")) {
      request.urlSchemes.push(...urlSchemeWords(item.rule));
      request.envNames.push(...(matched.devSettings?.get(item.rule.id) ?? []).map((s) => s.name));
      request.envNames.push(...ownSettingsToRead(item.rule));
    }
  }
  return request;
}
function resolveMatched(matched, context = {}) {
  const deps = [];
  for (const item of matched.candidates.values()) {
    const { rule, providers, evidence } = item;
    const weighed = markAlternatives(item, matched, context.deployment, context.usage);
    const assessed = assessConfidence(item, weighed, matched, context);
    if (!assessed) continue;
    const { confidence, reason } = assessed;
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
    for (const path3 of new Set(item.evidence.filter((e) => MENU_KINDS.has(e.signal.kind)).map((e) => e.path))) {
      const key = `${path3}\0${item.rule.category}`;
      const ids = perFileCategory.get(key) ?? /* @__PURE__ */ new Set();
      ids.add(id);
      perFileCategory.set(key, ids);
    }
  }
  const menus = /* @__PURE__ */ new Map();
  const isMenu = (key) => {
    let menu = menus.get(key);
    if (menu === void 0) {
      menu = inIntegrationFolder(key.slice(0, key.indexOf("\0"))) || (perFileCategory.get(key)?.size ?? 0) >= (selectors.has(key) ? SELECTOR_MENU_THRESHOLD : OPTIONAL_MENU_THRESHOLD);
      menus.set(key, menu);
    }
    return menu;
  };
  for (const [key, ids] of perFileCategory) {
    if (!isMenu(key)) continue;
    for (const id of ids) {
      const item = found.get(id);
      if (item && item.evidence.every((e) => MENU_KINDS.has(e.signal.kind))) {
        const paths = new Set(item.evidence.map((e) => e.path));
        const allInMenus = [...paths].every((p) => isMenu(`${p}\0${item.rule.category}`));
        if (allInMenus) {
          found.delete(id);
          for (const path3 of paths) {
            const menuKey = `${path3}\0${item.rule.category}`;
            const menu = dropped.get(menuKey) ?? { path: path3, category: item.rule.category, dropped: [] };
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

// src/discover/source.ts
import { lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
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
    const absolute = path.join(this.root, relPath);
    const cap = options.maxBytes ?? MAX_FILE_BYTES;
    try {
      const stat = lstatSync(absolute);
      let target = absolute;
      const root = this.realRootPath();
      const inside = (p) => p === root || p.startsWith(root + path.sep);
      if (stat.isSymbolicLink()) {
        target = realpathSync(absolute);
        if (!inside(target)) return { ok: false, code: "link-out", reason: "symbolic link leaves the repository; not followed" };
      } else if (!this.folderInside(path.dirname(absolute), inside)) {
        return { ok: false, code: "link-out", reason: "symbolic link leaves the repository; not followed" };
      }
      const real = stat.isSymbolicLink() ? statSync(target) : stat;
      if (!real.isFile()) return { ok: false, code: "not-a-file", reason: "not a regular file" };
      if (real.size > cap) return tooLarge(real.size, cap);
      return decodeText(readFileSync(target));
    } catch (error) {
      const code = error.code;
      return code === "ENOENT" ? { ok: false, code: "missing", reason: "file does not exist" } : { ok: false, code: "error", reason: `cannot read: ${code ?? String(error)}` };
    }
  }
  /** Once per folder: a committed link to a folder outside must not be read through either. */
  folderInside(folder, inside) {
    let known = this.folders.get(folder);
    if (known === void 0) {
      try {
        known = inside(realpathSync.native(folder));
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
        this.realRoot = realpathSync.native(this.root);
      } catch {
        this.realRoot = path.resolve(this.root);
      }
    }
    return this.realRoot;
  }
};

// src/discover/files.ts
import { promises as fs } from "node:fs";
import path2 from "node:path";
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
  "sandbox",
  "playwright",
  "cypress"
]);
var skippedFolders = /* @__PURE__ */ new Map();
var MAX_REMEMBERED_FOLDERS = 1e5;
function isSkippedPath(relPath) {
  const slash = relPath.lastIndexOf("/");
  if (slash === -1) return false;
  const folder = relPath.slice(0, slash);
  let skipped = skippedFolders.get(folder);
  if (skipped === void 0) {
    skipped = folder.split("/").some((part) => SKIPPED_DIRS.has(part.toLowerCase()));
    if (skippedFolders.size >= MAX_REMEMBERED_FOLDERS) skippedFolders.clear();
    skippedFolders.set(folder, skipped);
  }
  return skipped;
}
function excludeFilter(globs = []) {
  if (globs.length === 0) return () => false;
  const matchers = globs.map((glob) => new Minimatch(glob, { dot: true, matchBase: !glob.includes("/") }));
  return (relPath) => matchers.some((m) => m.match(relPath));
}
async function listRepositoryFiles(root, options = {}) {
  return scannablePaths(await listTrackedFiles(root), options);
}
async function listTrackedFiles(root) {
  const result = await git(root, ["-c", "core.quotePath=false", "ls-files", "-z", "--cached", "--", "."]);
  if (result.code === 0) return splitNul(result.stdout).sort();
  return (await walk(root)).sort();
}
function scannablePaths(all, options = {}) {
  const excluded = excludeFilter(options.exclude);
  return all.filter((p) => !isSkippedPath(p) && !excluded(p));
}
async function walk(root) {
  const out = [];
  async function visit(rel) {
    let entries;
    try {
      entries = await fs.readdir(path2.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name.toLowerCase())) await visit(child);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        out.push(child);
      }
    }
  }
  await visit("");
  return out;
}

export {
  deploymentModel,
  upstreamRule,
  isUpstreamRule,
  withUpstreamRules,
  Matcher,
  resolveDependencies,
  matchEvidence,
  usageRequest,
  resolveMatched,
  describeMenu,
  MAX_FILE_BYTES,
  tooLarge,
  decodeText,
  WorkTreeSource,
  isSkippedPath,
  excludeFilter,
  listRepositoryFiles,
  listTrackedFiles,
  scannablePaths
};
