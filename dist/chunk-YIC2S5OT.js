import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  unquote
} from "./chunk-AGHLWIT3.js";

// src/discover/extractors/paths.ts
function basename(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? path : path.slice(slash + 1);
}
function dirname(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function lowerName(path) {
  return basename(path).toLowerCase();
}
var DOCS_FOLDERS = /* @__PURE__ */ new Set(["docs", "doc", "documentation", "website", "storybook"]);
function inDocsSite(path) {
  return path.toLowerCase().split("/").slice(0, -1).some((folder) => DOCS_FOLDERS.has(folder));
}

// src/discover/extractors/service-address.ts
var DEPLOYMENT_SOURCES = /* @__PURE__ */ new Set(["kubernetes", "helm", "ecs", "compose", "render", "fly", "railway", "heroku", "vercel", "netlify"]);
var LOCAL_HOSTS = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal|[^.]+\.localhost|(?:[^.]+\.)*example\.(?:com|org|net)|[^.]+\.(?:test|invalid|example))$/i;
var HOST_NAME = /^(?=.{4,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;
var ADDRESS_NAME = /(?:_API_URL|_API_BASE_URL|_SERVICE_URL|_BASE_URL|_BASEURL|_ENDPOINT|_ENDPOINT_URL|_HOST|_API_HOST|_API_ENDPOINT)$/;
function addressValue(raw) {
  const value = raw === void 0 ? "" : unquote(raw.trim()).trim();
  if (value === "" || /\$\{|\{\{|<%|^tmpl$|^\$[A-Z_]/.test(value)) return { kind: "unknown" };
  let host;
  if (/^https?:\/\//i.test(value)) {
    try {
      host = new URL(value).hostname;
    } catch {
      return { kind: "other" };
    }
  } else {
    if (value.includes("\n")) return { kind: "other" };
    const slash = value.indexOf("/");
    const bare = (slash === -1 ? value : value.slice(0, slash)).replace(/:\d+$/, "");
    host = HOST_NAME.test(bare) && !/^\d+(?:\.\d+)+$/.test(bare) && bare.includes(".") && /[a-z]/i.test(bare) && !/\.(?:ya?ml|json|xml|txt|csv|pem|crt|key|jar|html?|js|rb|py)$/i.test(bare) ? bare : void 0;
    if (!host) return { kind: "other" };
  }
  if (!host) return { kind: "other" };
  return LOCAL_HOSTS.test(host) ? { kind: "local" } : { kind: "address", host: host.toLowerCase() };
}
function serviceAddressSignal(name, value, site) {
  if (site.scope !== "prod" || !(site.deployment ?? DEPLOYMENT_SOURCES.has(site.source))) return void 0;
  const read = addressValue(value);
  if (read.kind === "local" || read.kind === "other") return void 0;
  if (read.kind === "unknown" && !ADDRESS_NAME.test(name.toUpperCase())) return void 0;
  if (read.kind === "address" && site.ownHosts?.has(read.host.split(".")[0])) return void 0;
  const prefix = site.context ? `${site.context} ` : "";
  const shown = read.kind === "address" ? "another service's address" : "a service address set at deploy time";
  return { kind: "service-url", name, path: site.path, line: site.line, source: site.source, scope: site.scope, detail: `${prefix}${name} (${shown})`, facts: { variable: name }, ...read.kind === "address" ? { host: read.host } : {} };
}

// src/discover/extractors/connection-url.ts
var NON_SERVICE_SCHEMES = /* @__PURE__ */ new Set(["http", "https", "ws", "wss", "file", "ftp", "ftps", "sftp", "mailto", "data", "git", "ssh"]);
function connectionScheme(value) {
  if (!value) return void 0;
  const match = /^(?:jdbc:)?([a-z][a-z0-9+.-]*):\/\//i.exec(value.trim());
  const scheme = match?.[1]?.toLowerCase();
  return scheme && !NON_SERVICE_SCHEMES.has(scheme) ? scheme : void 0;
}
var DATASOURCE_NAME = /^(?:[A-Z][A-Z0-9]*_)?(?:DATABASE|DB)_(?:URL|URI|DSN)$/;
var SECRET_ENGINES = { postgres: "postgres", postgresql: "postgresql", pg: "postgres", mysql: "mysql", mariadb: "mariadb" };
function secretDatasourceScheme(variable, secretName) {
  if (!secretName || !DATASOURCE_NAME.test(variable)) return void 0;
  const last = secretName.toLowerCase().split(/[-_.]+/).filter(Boolean).pop();
  return last ? SECRET_ENGINES[last] : void 0;
}
var SELECTOR_NAME = /_(?:CONNECTION|DRIVER|STORE|MAILER|DISK|CLIENT|TYPE|DIALECT|PROVIDER|BACKEND|ADAPTER|TRANSPORT|SERVICE|ENGINE|CLOUD|STORAGE)$/i;
function isSelectorName(name) {
  return SELECTOR_NAME.test(name);
}
var SELECTOR_VALUE = /^[a-z][a-z0-9_-]{1,23}$/i;
function variableSignals(name, value, site) {
  const prefix = site.context ? `${site.context} ` : "";
  const base = { path: site.path, line: site.line, source: site.source, scope: site.scope };
  const signals = [{ kind: "env", name, detail: `${prefix}${name}`, ...base, ...mailLeftOff(name, value, site) }];
  const scheme = connectionScheme(value);
  if (scheme) signals.push({ kind: "url-scheme", name: scheme, detail: `${prefix}${name} (${scheme}:// URL)`, ...base });
  const word = value === void 0 ? void 0 : unquote(value.trim());
  if (word && SELECTOR_NAME.test(name) && SELECTOR_VALUE.test(word)) signals.push({ kind: "env-value", name: `${name}=${word}`, detail: `${prefix}${name}=${word}`, ...base });
  const relay = word && site.source !== "env" && SMTP_HOST_NAME.test(name) ? smtpRelayHost(word) : void 0;
  if (relay) signals.push(smtpHostSignal(relay, `${prefix}${name}=${relay}`, base));
  const upstream = scheme ? void 0 : serviceAddressSignal(name, value, site);
  if (upstream) signals.push(upstream);
  return signals;
}
var MAIL_LEFT_OFF = ": mail stays off until a deployer names a server";
var EMPTY_DEFAULT = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?-\}$/;
function mailLeftOff(name, value, site) {
  if (site.source === "env" || value === void 0 || !SMTP_HOST_NAME.test(name.replace(/_+/g, "_"))) return {};
  const text = unquote(value.trim()).trim();
  if (text !== "" && !EMPTY_DEFAULT.test(text)) return {};
  return { optional: `${name} is left empty in ${site.path}${MAIL_LEFT_OFF}` };
}
var SMTP_HOST_NAME = /(?:^|_)(?:SMTP|MAIL|EMAIL)_(?:HOST|HOSTNAME|SERVER|ADDRESS)$/i;
function smtpRelayHost(value) {
  const host = value.trim().replace(/:\d+$/, "");
  return HOST_NAME.test(host) ? host.toLowerCase() : void 0;
}
function smtpHostSignal(host, detail, site) {
  return { kind: "env-value", name: `SMTP_HOST=${host}`, detail, ...site };
}

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
var MAIL_CATCHERS = /* @__PURE__ */ new Set(["mailhog", "mailpit", "inbucket", "maildev", "mailcatcher", "smtp4dev", "greenmail"]);
function isMailCatcherImage(repository) {
  return MAIL_CATCHERS.has(repository.slice(repository.lastIndexOf("/") + 1).toLowerCase());
}

// src/discover/extractors/dev-scope.ts
var DEV_TOKENS = /* @__PURE__ */ new Set(["dev", "development", "develop", "local", "test", "tests", "testing", "ci", "e2e", "debug", "devcontainer", "gitpod"]);
var REVIEW_APP_FOLDERS = /* @__PURE__ */ new Set(["reviewapps", "reviewapp", "previewapps", "previewapp", "previewenvironments"]);
function reviewAppFolder(path) {
  return path.split("/").slice(0, -1).find((folder) => REVIEW_APP_FOLDERS.has(folder.toLowerCase().replace(/[._-]+/g, "")));
}
function pathTokens(path) {
  return path.toLowerCase().split(/[/._-]+/).filter(Boolean);
}
function hasDevToken(path, ignore = []) {
  const isDev = (word) => DEV_TOKENS.has(word) && !ignore.includes(word);
  const segments = path.toLowerCase().split("/");
  const file = segments.pop() ?? "";
  const words = pathTokens(file);
  const negated = (i) => i > 0 && (words[i - 1] === "non" || words[i - 1] === "no");
  return words.some((word, i) => isDev(word) && !negated(i)) || segments.some((folder) => isDev(folder.replace(/^\./, ""))) || reviewAppFolder(path) !== void 0;
}

export {
  connectionScheme,
  secretDatasourceScheme,
  isSelectorName,
  variableSignals,
  MAIL_LEFT_OFF,
  smtpRelayHost,
  smtpHostSignal,
  parseImageRef,
  isDevHelperImage,
  MAIL_CATCHERS,
  isMailCatcherImage,
  reviewAppFolder,
  pathTokens,
  hasDevToken,
  basename,
  dirname,
  lowerName,
  inDocsSite
};
