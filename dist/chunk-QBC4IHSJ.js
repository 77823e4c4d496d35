import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  DUPLICATE_KEY_MESSAGE,
  duplicateKey,
  yamlShapeProblem
} from "./chunk-VIX7GTYN.js";
import {
  MAIL_CATCHERS,
  basename,
  connectionScheme,
  dirname,
  hasDevToken,
  isDevHelperImage,
  isSelectorName,
  lowerName,
  parseImageRef,
  secretDatasourceScheme,
  variableSignals
} from "./chunk-YIC2S5OT.js";
import {
  splitLines,
  stripBom
} from "./chunk-SX36J2YO.js";
import {
  stripLeading,
  stripTrailing,
  withoutLinks
} from "./chunk-AGHLWIT3.js";
import {
  require_dist
} from "./chunk-ZCF6USJZ.js";
import {
  __toESM
} from "./chunk-KJ7NEGQU.js";

// src/discover/extractors/yaml-nodes.ts
var import_yaml = __toESM(require_dist(), 1);
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
var MAX_ALIAS_EXPANSION = 1e3;
function reportErrors(doc, warn, lineCounter) {
  const error = doc.errors[0];
  if (error) {
    warn(`invalid YAML: ${firstLine(error.message)}`, error.linePos?.[0]?.line);
    return false;
  }
  const duplicate = duplicateKey(doc);
  if (duplicate) {
    warn(`invalid YAML: ${DUPLICATE_KEY_MESSAGE}`, duplicate.range ? lineCounter.linePos(duplicate.range[0]).line : void 0);
    return false;
  }
  let firstAlias;
  (0, import_yaml.visit)(doc, { Alias: (_, node) => (firstAlias = node, import_yaml.visit.BREAK) });
  if (!firstAlias) return true;
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
    return true;
  } catch (aliasError) {
    const line = firstAlias.range ? lineCounter.linePos(firstAlias.range[0]).line : void 0;
    warn(`invalid YAML: ${firstLine(aliasError instanceof Error ? aliasError.message : String(aliasError))}`, line);
    return false;
  }
}
var YAML_PARSE_OPTIONS = { uniqueKeys: false };
function yamlFitsLimits(text, warn) {
  const problem = yamlShapeProblem(text);
  if (problem) warn(problem);
  return problem === void 0;
}
var NOTHING = { docs: [], lineOf: () => 1 };
var recent = /* @__PURE__ */ new Map();
var RECENT_MAX_CHARS = 2 * 1024 * 1024;
var RECENT_MAX_TEXT = 256 * 1024;
var recentChars = 0;
function remembered(kind, text, warn, parse) {
  if (text.length > RECENT_MAX_TEXT) return parse(text, warn);
  const key = kind + text;
  const hit = recent.get(key);
  if (hit) {
    for (const [message, line] of hit.warnings) warn(message, line);
    return hit.result;
  }
  const warnings = [];
  const result = parse(text, (message, line) => {
    warnings.push([message, line]);
    warn(message, line);
  });
  recent.set(key, { result, warnings });
  recentChars += key.length;
  for (const [oldest] of recent) {
    if (recentChars <= RECENT_MAX_CHARS) break;
    recent.delete(oldest);
    recentChars -= oldest.length;
  }
  return result;
}
function parseYaml(text, warn) {
  return remembered("doc", text, warn, parseOne);
}
function parseYamlStream(text, warn) {
  return remembered("stream", text, warn, parseStream);
}
function parseOne(text, warn) {
  if (!yamlFitsLimits(text, warn)) return NOTHING;
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, ...YAML_PARSE_OPTIONS });
  const docs = reportErrors(doc, warn, lineCounter) ? [doc] : [];
  return { docs, lineOf: (node) => node?.range ? lineCounter.linePos(node.range[0]).line : 1 };
}
function parseStream(text, warn) {
  if (!yamlFitsLimits(text, warn)) return NOTHING;
  const lineCounter = new import_yaml.LineCounter();
  const all = (0, import_yaml.parseAllDocuments)(text, { lineCounter, ...YAML_PARSE_OPTIONS });
  const docs = Array.isArray(all) ? all.filter((doc) => reportErrors(doc, warn, lineCounter)) : [];
  return { docs, lineOf: (node) => node?.range ? lineCounter.linePos(node.range[0]).line : 1 };
}
function resolve(node, doc) {
  let current = node;
  for (let hops = 0; (0, import_yaml.isAlias)(current) && hops < 10; hops++) current = current.resolve(doc);
  return current && typeof current === "object" ? current : void 0;
}
function mapEntries(node, doc, depth = 0) {
  const map = resolve(node, doc);
  if (!(0, import_yaml.isMap)(map) || depth > 5) return [];
  const own = [];
  const merged = [];
  for (const pair of map.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : void 0;
    if (key === void 0) continue;
    if (key === "<<") {
      const source = resolve(pair.value, doc);
      const sources = (0, import_yaml.isSeq)(source) ? source.items : [source];
      for (const item of sources) merged.push(...mapEntries(item, doc, depth + 1));
    } else {
      own.push([key, pair.value ?? void 0, pair.key]);
    }
  }
  const seen = new Set(own.map(([key]) => key));
  return [...own, ...merged.filter(([key]) => !seen.has(key) && (seen.add(key), true))];
}
function mapGet(node, key, doc) {
  const entry = mapEntries(node, doc).find(([k]) => k === key);
  return entry ? resolve(entry[1], doc) : void 0;
}
function mapPath(node, keys, doc) {
  let current = resolve(node, doc);
  for (const key of keys) current = current ? mapGet(current, key, doc) : void 0;
  return current;
}
function seqItems(node, doc) {
  const seq = resolve(node, doc);
  if (!(0, import_yaml.isSeq)(seq)) return [];
  return seq.items.map((item) => resolve(item, doc)).filter((item) => item !== void 0);
}
function scalarText(node, doc) {
  const value = resolve(node, doc);
  if (!(0, import_yaml.isScalar)(value) || value.value === null || value.value === void 0) return void 0;
  return typeof value.value === "object" ? void 0 : String(value.value);
}

// src/discover/extractors/docker-compose.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { posix } from "node:path";
function isComposeFile(path) {
  return /^(docker-)?compose([.-][^/]+)?\.ya?ml$/.test(lowerName(path));
}
function isDevComposeFile(path) {
  return hasDevToken(path) || /^(docker-)?compose\.override\.ya?ml$/.test(lowerName(path));
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
  const value = (name, raw) => RUNTIME_ENV_NAMES.has(name.toUpperCase()) && DEV_RUNTIME_VALUES.has((raw ?? "").trim().toLowerCase());
  if ((0, import_yaml2.isMap)(environment)) return mapEntries(environment, doc).some(([name, v]) => value(name, scalarText(v, doc)));
  return seqItems(environment, doc).some((item) => {
    const entry = scalarText(item, doc) ?? "";
    const eq = entry.indexOf("=");
    return eq !== -1 && value(entry.slice(0, eq).trim(), entry.slice(eq + 1));
  });
}
function buildTarget(build, composePath, doc) {
  const context = ((0, import_yaml2.isScalar)(build) ? scalarText(build, doc) : scalarText(mapGet(build, "context", doc), doc)) ?? ((0, import_yaml2.isMap)(build) ? "." : void 0);
  if (context === void 0 || /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.includes("${")) return void 0;
  const folder = posix.normalize(posix.join(dirname(composePath) || ".", context));
  if (folder === ".." || folder.startsWith("../") || posix.isAbsolute(folder)) return void 0;
  const root = folder === "." ? "" : folder;
  const dockerfile = (0, import_yaml2.isMap)(build) ? scalarText(mapGet(build, "dockerfile", doc), doc) : void 0;
  return { folder: root, ...dockerfile && !dockerfile.includes("${") ? { dockerfile: posix.normalize(posix.join(root || ".", dockerfile)) } : {} };
}
function buildsVendoredRuntime(services, composePath, doc) {
  return mapEntries(services, doc).some(([, service]) => {
    const build = mapGet(service, "build", doc);
    const folder = build ? buildTarget(build, composePath, doc)?.folder : void 0;
    return folder !== void 0 && folder.split("/").some((segment) => segment === "vendor" || segment === "node_modules");
  });
}
var DEV_ONLY_HEADER = /\b(?:only (?:used |meant |intended )?for (?:debug(?:ging)?|development|local(?: development)?|testing|tests)|not (?:intended |meant |suitable )?for production|(?:development|dev|debug) only|for local development)\b/i;
var dockerCompose = {
  id: "compose",
  claimsName: isComposeFile,
  matches: isComposeFile,
  extract({ path, text, warn }) {
    const { docs, lineOf } = parseYaml(text, warn);
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
    const fileIsDev = isDevComposeFile(path) || DEV_ONLY_HEADER.test(header) || buildsVendoredRuntime(mapGet(doc.contents, "services", doc), path, doc);
    const signals = [];
    const dependents = dependentsOf(mapGet(doc.contents, "services", doc), doc);
    const ownHosts = new Set(mapEntries(mapGet(doc.contents, "services", doc), doc).filter(([, service]) => mapGet(service, "build", doc) !== void 0).map(([name]) => name.toLowerCase()));
    for (const [serviceName, service, keyNode] of mapEntries(mapGet(doc.contents, "services", doc), doc)) {
      const imageNode = mapGet(service, "image", doc);
      const image = parseImageRef(scalarText(imageNode, doc) ?? "");
      const environment = mapGet(service, "environment", doc);
      const comment = keyNode.commentBefore ?? "";
      const serviceIsDev = fileIsDev || hasDevProfile(service, doc) || image !== void 0 && isDevHelperImage(image.repository) || DEV_ONLY_HEADER.test(comment) || runsInDevelopment(environment, doc);
      const scope = serviceIsDev ? "dev" : "prod";
      const optional = optionalProfile(service, doc);
      const build = mapGet(service, "build", doc);
      const target = build ? buildTarget(build, path, doc) : void 0;
      if (target) {
        signals.push({
          kind: "deploy",
          name: target.folder,
          path,
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
          path,
          line: lineOf(imageNode),
          source: "compose",
          detail: `service "${serviceName}" image ${image.repository}${image.tag ? `:${image.tag}` : ""}`,
          ...image.tag ? { version: image.tag } : {},
          scope,
          ...optional ? { optional } : {},
          facts: serviceFacts(serviceName, image.repository, service, doc, dependents.get(serviceName))
        });
      }
      const envSignals2 = environmentSignals(environment, doc, lineOf, { path, serviceName, scope, ownHosts });
      signals.push(...optional ? envSignals2.map((signal) => ({ ...signal, optional })) : envSignals2);
    }
    return signals;
  }
};
function environmentSignals(node, doc, lineOf, site) {
  const context = `service "${site.serviceName}" environment`;
  const signals = [];
  const add = (name, value, at) => {
    if (!/^[A-Za-z_][\w.-]*$/.test(name)) return;
    for (const signal of variableSignals(name, value, { path: site.path, line: lineOf(at), source: "compose", context, scope: site.scope, ownHosts: site.ownHosts })) {
      signals.push({ ...signal, facts: { service: site.serviceName, variable: name } });
    }
  };
  if ((0, import_yaml2.isMap)(node)) {
    for (const [name, value, keyNode] of mapEntries(node, doc)) add(name, scalarText(value, doc), keyNode);
  } else if ((0, import_yaml2.isSeq)(node)) {
    for (const item of seqItems(node, doc)) {
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
  const note = (name, value) => {
    names.push(name);
    if (value !== void 0 && NON_SECRET_SETTINGS.has(name) && !value.includes("$") && value.trim()) facts[`env.${name}`] = value.trim();
  };
  if ((0, import_yaml2.isMap)(env)) for (const [name, value] of mapEntries(env, doc)) note(name, scalarText(value, doc));
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

// src/discover/extractors/env-example.ts
var DECORATION = "#=*- 	\v\f\r\xA0\uFEFF";
var OTHER_FORMATS = /* @__PURE__ */ new Set(["json", "yml", "yaml", "ts", "js", "mjs", "cjs", "md", "txt", "toml", "ini", "xml", "sh", "py", "rb", "php"]);
var TEMPLATE_MARKERS = /* @__PURE__ */ new Set(["example", "sample", "template", "tmpl", "tpl", "dist", "defaults"]);
function isEnvTemplate(path) {
  const words = lowerName(path).split(/[._-]+/).filter(Boolean);
  const last = words[words.length - 1];
  const marker = words.findIndex((w) => TEMPLATE_MARKERS.has(w));
  if (!words.includes("env") || marker === -1 || last === void 0) return false;
  return last === "env" || TEMPLATE_MARKERS.has(last) || marker > words.indexOf("env") && !OTHER_FORMATS.has(last);
}
var ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*(?:=|:(?=\s|$))\s*(.*)$/;
function readDotenv(text) {
  const lines = splitLines(stripBom(text));
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const match = ASSIGNMENT.exec(lines[i]);
    if (!match) continue;
    const line = i + 1;
    let rest = match[2];
    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === "`") {
      let body = rest.slice(1);
      let close = closingQuote(body, quote);
      while (close === -1 && i + 1 < lines.length) {
        body += "\n" + lines[++i];
        close = closingQuote(body, quote);
      }
      rest = close === -1 ? body : body.slice(0, close);
    } else {
      const hash = rest.indexOf("#");
      rest = (hash === -1 ? rest : rest.slice(0, hash)).trim();
    }
    out.push({ name: match[1], value: rest, line });
  }
  return out;
}
function closingQuote(body, quote) {
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "\\" && quote === '"') i++;
    else if (body[i] === quote) return i;
  }
  return -1;
}
var VARIANT_WORDS = /* @__PURE__ */ new Set(["complete", "full", "all", "default", "defaults", "prod", "production", "docker", "compose", "selfhost", "selfhosted", "self", "hosted", "minimal", "local", "env"]);
var REFERENCE_WORDS = /* @__PURE__ */ new Set(["complete", "full", "all"]);
function isReferenceTemplate(path) {
  const words = lowerName(path).split(/[._-]+/).filter(Boolean);
  const marker = words.findIndex((w) => TEMPLATE_MARKERS.has(w));
  return marker !== -1 && marker > words.indexOf("env") && words.slice(marker + 1).some((w) => REFERENCE_WORDS.has(w));
}
function templateForOtherApp(path) {
  const words = lowerName(path).split(/[._-]+/).filter(Boolean);
  const marker = words.findIndex((w) => TEMPLATE_MARKERS.has(w));
  const after = marker === -1 || marker < words.indexOf("env") ? [] : words.slice(marker + 1);
  return after.find((word) => !VARIANT_WORDS.has(word) && !TEMPLATE_MARKERS.has(word) && !hasDevToken(word));
}
function unselectedDrivers(text, assignments) {
  const rows = splitLines(stripBom(text));
  const selected = /* @__PURE__ */ new Set();
  const offered = /* @__PURE__ */ new Map();
  for (const { name, value, line } of assignments) {
    const word = value.trim().toLowerCase();
    if (!isSelectorName(name) || !/^[a-z][a-z0-9_-]*$/.test(word)) continue;
    selected.add(word);
    let start = line - 1;
    while (start > 0 && rows[start - 1].trim() !== "") start--;
    let end = line - 1;
    while (end + 1 < rows.length && rows[end + 1].trim() !== "") end++;
    const comments = rows.slice(start, end + 1).filter((row) => row.trim().startsWith("#")).map((row) => stripLeading(row.trim(), DECORATION));
    for (const choice of listedChoices(comments.join(" "))) if (!offered.has(choice)) offered.set(choice, { selector: name, selected: word });
  }
  for (const choice of selected) offered.delete(choice);
  return offered;
}
function listedChoices(comment) {
  const out = [];
  for (const part of withoutLinks(comment.toLowerCase()).split(":").slice(1)) {
    const items = part.split(/,|\||\bor\b/).map((item) => item.trim().replace(/^the\s+/, ""));
    const words = items.map((item) => /['"`]([a-z][a-z0-9-]*)['"`]/.exec(item)?.[1] ?? /^[a-z][a-z0-9-]*/.exec(item)?.[0]).filter((w) => !!w);
    if (items.length >= 3) out.push(...words);
  }
  return out;
}
var OPTIONAL_WORDS = /\b(?:optional(?:ly)?|integrations?|alternatives?|(?:ee|enterprise|cloud|saas|hosted|premium|commercial)(?: edition| version)? only|only (?:for|in|on) (?:the )?(?:ee|enterprise|cloud|saas|hosted|premium|commercial)\b)\b/i;
var CONDITIONAL_WORDS = /(?:^|[.;!?]\s+)if (?:you(?:'re| are) )?using\b|\b(?:needed|required|necessary) (?:only )?(?:if|when) you (?:use|enable|want|intend|plan|choose|turn on|opt)\b|\bif you need (?:it|them)\b|\bif you (?:want|intend|plan|wish) (?:to send|on sending)\b/i;
var DEV_WORDS = /\b(?:(?:for|in) (?:local )?development|local development|development only|dev only|for (?:local )?testing|for tests)\b/i;
function optionalSections(text) {
  const out = /* @__PURE__ */ new Map();
  let banner;
  let block = [];
  let blockActive = false;
  splitLines(stripBom(text)).forEach((raw, index) => {
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
    const said = banner ?? block.find((words) => OPTIONAL_WORDS.test(words) || CONDITIONAL_WORDS.test(words) || DEV_WORDS.test(words));
    if (said) out.set(index + 1, said);
  });
  return out;
}
var FLAG_FRAMEWORK_PREFIX = /^(?:NEXT_PUBLIC|NEXT_PRIVATE|NUXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|PUBLIC|GATSBY|VUE_APP)_/;
var FLAG_NAME = /^(?:([A-Z][A-Z0-9_]*?)_(?:ENABLED|ENABLE)|(?:ENABLE|USE)_([A-Z][A-Z0-9_]*))$/;
var OFF_VALUES = /* @__PURE__ */ new Set(["", "false", "0", "no", "off"]);
var bareName = (name) => name.toUpperCase().replace(FLAG_FRAMEWORK_PREFIX, "");
function flagsOff(assignments) {
  const off = /* @__PURE__ */ new Map();
  for (const { name, value } of assignments) {
    const match = FLAG_NAME.exec(bareName(name));
    const subject = match?.[1] ?? match?.[2];
    if (!subject || subject.length < 3 || !OFF_VALUES.has(value.trim().toLowerCase())) continue;
    off.set(subject, `${name}=${value.trim()}`);
  }
  return off;
}
function flaggedOff(name, off) {
  if (off.size === 0) return void 0;
  const bare = bareName(name);
  for (const [subject, flag] of off) {
    if (bare === subject || bare.startsWith(`${subject}_`) || FLAG_NAME.exec(bare)?.slice(1).includes(subject)) return flag;
  }
  return void 0;
}
var CATCHER_PORT = "1025";
var LOOPBACK = /* @__PURE__ */ new Set(["localhost", "127.0.0.1", "0.0.0.0", "::1", "[::1]"]);
function mailCatcherOf(name, value) {
  const text = value.trim();
  if (text === "") return void 0;
  let host = text.toLowerCase();
  let port;
  if (text.includes("://")) {
    try {
      const url = new URL(text);
      host = url.hostname.toLowerCase();
      port = url.port;
    } catch {
      return void 0;
    }
  } else if (name.toUpperCase().endsWith("PORT")) {
    port = text;
    host = "";
  }
  const first = host.split(".")[0];
  if (MAIL_CATCHERS.has(first)) return first;
  if (port === CATCHER_PORT && (host === "" || LOOPBACK.has(host))) return `port ${CATCHER_PORT} on this machine`;
  return void 0;
}
function isDevSection(words) {
  return DEV_WORDS.test(words) && !OPTIONAL_WORDS.test(words) && !CONDITIONAL_WORDS.test(words);
}
function isDevelopmentEnvFile(path) {
  const name = lowerName(path);
  return name === ".env.development" || name === ".env.dev";
}
var isEnvFile = (path) => isEnvTemplate(path) || isDevelopmentEnvFile(path);
var envExample = {
  id: "env",
  claimsName: isEnvFile,
  matches: isEnvFile,
  extract({ path, text }) {
    if (isDevelopmentEnvFile(path)) {
      return readDotenv(text).map(({ name, line }) => ({ kind: "env", name, path, line, source: "env", detail: name, scope: "dev", facts: { variable: name } }));
    }
    const words = lowerName(path).split(/[._-]+/);
    const scope = hasDevToken(path, ["local"]) || words.includes("sail") || words.includes("dusk") ? "dev" : "prod";
    const other = templateForOtherApp(path);
    const reference = isReferenceTemplate(path) ? `${path} lists every setting the app accepts, not the ones a deployment sets` : void 0;
    const sections = optionalSections(text);
    const assignments = readDotenv(text);
    const unselected = unselectedDrivers(text, assignments);
    const off = flagsOff(assignments);
    const signals = [];
    for (const { name, value, line } of assignments) {
      const heading = sections.get(line);
      const devOnly = heading !== void 0 && isDevSection(heading);
      const driver = unselected.get(name.split("_")[0].toLowerCase());
      const flag = flaggedOff(name, off);
      const optional = other ? `a template for another app (${other})` : reference ? reference : heading && !devOnly ? `under "${heading}"` : driver && !isSelectorName(name) ? `one of the drivers ${driver.selector} offers; the template selects ${driver.selected}` : flag ? `a feature the template leaves off (${flag})` : mailCatcherOf(name, value) ? `${name}=${value.trim()} points at ${mailCatcherOf(name, value)}, a local mail catcher: a developer's stand-in, not the mail server a deployment needs` : void 0;
      for (const signal of variableSignals(name, value, { path, line, source: "env", scope: devOnly ? "dev" : scope })) signals.push({ ...signal, ...optional ? { optional } : {}, facts: { variable: name } });
    }
    return signals;
  }
};

// src/discover/extractors/hcl-parser.ts
import { readFile as readFile2 } from "node:fs/promises";

// src/util/assets.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
function assetPath(name, inPackage) {
  const beside = fileURLToPath(new URL(`./${name}`, import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL(`../../node_modules/${inPackage}`, import.meta.url));
}

// src/discover/extractors/hcl-diagnostics.ts
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
var EXPORTS_GLOBAL = "__parse_terraform_config_wasm__";
var runtime;
async function startRuntime() {
  const wasmFile = assetPath("main.wasm.gz", "@cdktf/hcl2json/main.wasm.gz");
  const bytes = gunzipSync(await readFile(wasmFile));
  await import("./chunk-KAGT2U76.js");
  const Go = globalThis.Go;
  if (!Go) throw new Error("Go wasm runtime did not load");
  const go = new Go();
  const { instance } = await globalThis.WebAssembly.instantiate(bytes, go.importObject);
  const exports = {};
  globalThis[EXPORTS_GLOBAL] = exports;
  go.run(instance).catch(() => {
    runtime = void 0;
  });
  if (typeof exports.parse !== "function") throw new Error("HCL parser did not start");
  return exports;
}
var PARSE_NAME = "input.tf";
var DIAGNOSTIC_POSITION = /(?:^|\s)input\.tf:(\d+),\d+(?:-\d+(?:,\d+)?)?: /g;
function firstDiagnostic(error) {
  const text = error.replace(/^parse config: \[/, "").replace(/\]$/, "");
  const positions = [...text.matchAll(DIAGNOSTIC_POSITION)];
  const first = positions[0];
  if (!first) return { message: text.split(";")[0].trim() };
  const end = positions[1]?.index ?? text.length;
  const diagnostic = text.slice(first.index + first[0].length, end);
  return { message: diagnostic.split(";")[0].trim(), line: Number(first[1]) };
}
async function diagnoseHcl(text) {
  runtime ??= startRuntime();
  const go = await runtime.catch((error2) => {
    runtime = void 0;
    throw error2;
  });
  const error = await new Promise((resolve2) => {
    go.parse(PARSE_NAME, text, (err) => resolve2(err));
  });
  return error ? { ok: false, ...firstDiagnostic(error) } : { ok: true };
}

// src/discover/extractors/hcl-parser.ts
var parser;
async function startParser() {
  const runtimeWasm = assetPath("tree-sitter.wasm", "web-tree-sitter/tree-sitter.wasm");
  const grammarWasm = assetPath("tree-sitter-terraform.wasm", "@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm");
  const { Parser, Language } = await import("./chunk-UBD6QQZO.js");
  await Parser.init({ wasmBinary: await readFile2(runtimeWasm) });
  const language = await Language.load(await readFile2(grammarWasm));
  const instance = new Parser();
  instance.setLanguage(language);
  return instance;
}
async function parseHcl(text) {
  parser ??= startParser();
  const ready = await parser.catch((error) => {
    parser = void 0;
    throw error;
  });
  const tree = ready.parse(text);
  if (!tree) throw new Error("HCL parser returned no tree");
  try {
    if (tree.rootNode.hasError) {
      const verdict = await diagnoseWithFallback(text, tree.rootNode);
      if (!verdict.ok) return verdict;
    }
    return { ok: true, blocks: topLevelBlocks(tree.rootNode) };
  } finally {
    tree.delete();
  }
}
async function diagnoseWithFallback(text, root) {
  try {
    return await diagnoseHcl(text);
  } catch {
    const error = firstError(root);
    return { ok: false, message: error?.isMissing ? `missing ${error.type}` : "syntax error", ...error ? { line: error.startPosition.row + 1 } : {} };
  }
}
function firstError(node) {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (child && child.hasError) return firstError(child) ?? child;
  }
  return void 0;
}
function topLevelBlocks(root) {
  const body = root.namedChildren.find((n) => n?.type === "body");
  if (!body) return [];
  const blocks = [];
  for (const node of body.namedChildren) {
    if (node?.type !== "block" || node.hasError) continue;
    const [typeNode, ...rest] = node.namedChildren;
    if (!typeNode || typeNode.type !== "identifier") continue;
    const labels = [];
    const attributes = /* @__PURE__ */ new Map();
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
          const key = name.text;
          const value = literalValue(expression);
          attributes.set(key, value?.string ? value.text : void 0);
          recordValue(key, expression, value, literals, expressions);
        }
      }
    }
    blocks.push({ type: typeNode.text, labels, line: node.startPosition.row + 1, attributes, literals, expressions });
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
    if (name && expression) recordValue(`${typeNode.text}.${name.text}`, expression, literalValue(expression), literals, expressions);
  }
}
function recordValue(key, expression, value, literals, expressions) {
  if (value) literals.set(key, value.text);
  else {
    const source = expression.text;
    if (source.length <= 200) expressions.set(key, source);
  }
}
function literalValue(expression) {
  if (expression.namedChildCount !== 1) return void 0;
  const value = expression.namedChild(0);
  if (value?.type !== "literal_value") return void 0;
  const inner = value.namedChild(0);
  if (!inner) return void 0;
  if (inner.type === "string_lit") {
    const text = stringLiteral(inner);
    return text === void 0 ? void 0 : { text, string: true };
  }
  return inner.type === "numeric_lit" || inner.type === "bool_lit" ? { text: inner.text, string: false } : void 0;
}
var ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function stringLiteral(node) {
  let text = "";
  for (const part of node.namedChildren) {
    if (!part) continue;
    if (part.type === "template_literal") text += part.text.replace(/\\(.)/g, (all, c) => ESCAPES[c] ?? all);
    else if (part.type !== "quoted_template_start" && part.type !== "quoted_template_end") return void 0;
  }
  return text;
}

// src/discover/extractors/helm-chart.ts
var import_yaml3 = __toESM(require_dist(), 1);
function isHelmChartFile(path) {
  const name = basename(path);
  return name === "Chart.yaml" || name === "requirements.yaml";
}
async function siblingValues(readSibling) {
  const text = await readSibling?.("values.yaml");
  if (!text || yamlShapeProblem(text) !== void 0) return {};
  const doc = (0, import_yaml3.parseDocument)(text, YAML_PARSE_OPTIONS);
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
  for (const path of (condition ?? "").split(",").map((p) => p.trim()).filter(Boolean)) {
    const value = valueAt(values, path);
    if (typeof value === "boolean") return value;
  }
  const tagValues = tags.map((tag) => valueAt(values, `tags.${tag}`)).filter((v) => typeof v === "boolean");
  if (tagValues.includes(true)) return true;
  return !tagValues.includes(false);
}
var helmChart = {
  id: "helm",
  claimsName: isHelmChartFile,
  matches: isHelmChartFile,
  async extract({ path, text, warn, readSibling }) {
    const { docs, lineOf } = parseYaml(text, warn);
    const doc = docs[0];
    if (!doc) return [];
    const dependencies = seqItems(mapGet(doc.contents, "dependencies", doc), doc);
    if (dependencies.length === 0) return [];
    const values = await siblingValues(readSibling);
    const scope = hasDevToken(path) ? "dev" : "prod";
    const signals = [];
    for (const dependency of dependencies) {
      const nameNode = mapGet(dependency, "name", doc);
      const name = scalarText(nameNode, doc);
      if (!name) continue;
      const condition = scalarText(mapGet(dependency, "condition", doc), doc);
      const tags = seqItems(mapGet(dependency, "tags", doc), doc).map((t) => scalarText(t, doc)).filter((t) => !!t);
      if (!isDependencyEnabled(condition, tags, values)) continue;
      const version = scalarText(mapGet(dependency, "version", doc), doc);
      const alias = scalarText(mapGet(dependency, "alias", doc), doc);
      signals.push({
        kind: "helm-chart",
        name,
        path,
        line: lineOf(nameNode),
        source: "helm",
        detail: `dependency "${name}"${version ? ` ${version}` : ""}${alias ? ` as "${alias}"` : ""}${condition ? ` (condition ${condition})` : ""}`,
        ...version ? { version } : {},
        scope,
        facts: { chart: name, ...alias ? { alias } : {}, ...scalarText(mapGet(dependency, "repository", doc), doc) ? { repository: scalarText(mapGet(dependency, "repository", doc), doc) } : {}, ...scalarText(mapGet(doc.contents, "name", doc), doc) ? { parentChart: scalarText(mapGet(doc.contents, "name", doc), doc) } : {} }
      });
    }
    return signals;
  }
};

// src/discover/extractors/helm-values.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/discover/extractors/k8s-annotations.ts
function annotationDomain(key) {
  const slash = key.indexOf("/");
  const domain = slash > 0 ? key.slice(0, slash) : "";
  return domain.includes(".") && /^[a-z0-9.-]+$/.test(domain) ? domain : void 0;
}
function annotationSignals(block, owner, site) {
  const seen = /* @__PURE__ */ new Set();
  const signals = [];
  for (const [key, , keyNode] of mapEntries(block, site.doc)) {
    const domain = annotationDomain(key);
    if (!domain || seen.has(domain)) continue;
    seen.add(domain);
    signals.push({ kind: "platform", name: `k8s-annotation:${domain}`, path: site.path, line: site.lineOf(keyNode), source: site.source, detail: `${owner} annotation ${key}`, scope: site.scope });
  }
  return signals;
}

// src/discover/extractors/helm-values.ts
function isHelmValuesName(path) {
  const name = lowerName(path);
  return /\.ya?ml$/.test(name) && name.replace(/\.ya?ml$/, "").split(/[._-]+/).includes("values");
}
function isHelmfileValues(path) {
  const name = lowerName(path);
  if (!/\.ya?ml(?:\.gotmpl)?$/.test(name) || /^helmfile\.ya?ml(?:\.gotmpl)?$/.test(name)) return false;
  const folders = path.toLowerCase().split("/").slice(0, -1);
  const at = folders.findIndex((folder) => folder === "helmfile" || folder === "helmfile.d");
  return at !== -1 && !folders.slice(at + 1).some((folder) => CHART_DIRS.has(folder) || folder === "templates");
}
function withoutGoTemplateActions(text) {
  return text.replace(/\{\{-?([\s\S]*?)-?\}\}/g, (action, inner) => {
    const newlines = action.replace(/[^\n]/g, "");
    return /^\s*(?:if|else|end|range|with|define|template|block|\/\*)\b/.test(inner) || /^\s*\/\*/.test(inner) ? newlines : `tmpl${newlines}`;
  });
}
var CHART_DIRS = /* @__PURE__ */ new Set(["charts", "chart", "helm"]);
function isChartFolder(folder) {
  return CHART_DIRS.has(folder) || folder.split(/[-_.]+/).includes("helm");
}
function isEnvKey(key) {
  return key === "env" || key === "envVars" || key === "environment" || /[a-z]Env$/.test(key);
}
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var VARIABLE_KEY = /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/;
function isVariableMap(node, doc) {
  const entries = mapEntries(node, doc);
  return entries.length > 0 && entries.every(([key, value]) => VARIABLE_KEY.test(key) && !(0, import_yaml4.isMap)(resolve(value, doc)) && !(0, import_yaml4.isSeq)(resolve(value, doc)));
}
function isImageKey(key) {
  return key === "image" || /[a-z]Image$/.test(key);
}
var helmValues = {
  id: "helm-values",
  claimsName: (name) => isHelmValuesName(name) || /\.ya?ml(?:\.gotmpl)?$/i.test(name),
  matches: (path) => isHelmValuesName(path) || isHelmfileValues(path),
  async extract({ path, text: raw, warn, readSibling }) {
    const helmfile = isHelmfileValues(path) && !isHelmValuesName(path);
    const text = path.toLowerCase().endsWith(".gotmpl") ? withoutGoTemplateActions(raw) : raw;
    const inChartFolder = path.toLowerCase().split("/").slice(0, -1).some(isChartFolder);
    const chart = helmfile ? void 0 : await readSibling?.("Chart.yaml");
    if (!helmfile && !inChartFolder && chart === void 0) return [];
    const { docs, lineOf } = parseYaml(text, warn);
    const doc = docs[0];
    if (!doc) return [];
    const signals = [];
    const site = { path, scope: hasDevToken(path) ? "dev" : "prod", lineOf, doc };
    const listed = /* @__PURE__ */ new Set([...chartDependencyNames(chart), ...chartDependencyNames(await readSibling?.("requirements.yaml"))]);
    signals.push(...enabledSubcharts(doc.contents, site).filter((s) => !listed.has(s.name)));
    walk(doc.contents, [], site, signals);
    return signals;
  }
};
function chartDependencyNames(text) {
  if (!text) return [];
  const { docs } = parseYaml(text, () => void 0);
  const doc = docs[0];
  if (!doc) return [];
  return seqItems(mapGet(doc.contents, "dependencies", doc), doc).flatMap((d) => [scalarText(mapGet(d, "name", doc), doc), scalarText(mapGet(d, "alias", doc), doc)]).filter((n) => !!n);
}
function enabledSubcharts(root, site) {
  const { doc } = site;
  const signals = [];
  for (const [key, value] of mapEntries(root, doc)) {
    const enabled = mapGet(value, "enabled", doc);
    if (scalarText(enabled, doc) !== "true") continue;
    signals.push({ kind: "helm-chart", name: key, path: site.path, line: site.lineOf(enabled), source: "helm-values", detail: `values ${key}.enabled: true`, scope: site.scope });
  }
  return signals;
}
function walk(node, keys, site, out) {
  const { doc } = site;
  if (keys.length > 20) return;
  if ((0, import_yaml4.isSeq)(resolve(node, doc))) {
    seqItems(node, doc).forEach((item, index) => {
      const scheme = connectionScheme(scalarText(item, doc));
      if (scheme) out.push({ kind: "url-scheme", name: scheme, path: site.path, line: site.lineOf(item), source: "helm", detail: `values ${[...keys, String(index)].join(".")} (${scheme}:// URL)`, scope: site.scope });
      else walk(item, [...keys, String(index)], site, out);
    });
    return;
  }
  if (!(0, import_yaml4.isMap)(resolve(node, doc))) return;
  if (scalarText(mapGet(node, "enabled", doc), doc) === "false") return;
  if (keys.length > 0 && isVariableMap(node, doc)) {
    out.push(...envSignals(node ?? void 0, keys.join("."), site));
    return;
  }
  for (const [key, value] of mapEntries(node, doc)) {
    const here = [...keys, key];
    const enabled = keys.length > 0 ? mapGet(value, "enabled", doc) : void 0;
    if (enabled && scalarText(enabled, doc) === "true") {
      out.push({ kind: "helm-chart", name: key, path: site.path, line: site.lineOf(enabled), source: "helm-values", detail: `values ${here.join(".")}.enabled: true`, scope: site.scope });
    }
    if (key === "annotations" || /[a-z]Annotations$/.test(key)) {
      out.push(...annotationSignals(value, `values ${here.join(".")}`, { path: site.path, scope: site.scope, source: "helm", lineOf: site.lineOf, doc }));
    }
    if (isEnvKey(key)) {
      const variables = envSignals(value, here.join("."), site);
      if (variables.length > 0) {
        out.push(...variables);
        continue;
      }
    }
    const text = scalarText(value, doc);
    const scheme = text ? connectionScheme(text) : void 0;
    if (scheme) {
      out.push({ kind: "url-scheme", name: scheme, path: site.path, line: site.lineOf(value), source: "helm", detail: `values ${here.join(".")} (${scheme}:// URL)`, scope: site.scope });
      continue;
    }
    if (isImageKey(key)) {
      const signal = imageSignal(resolve(value, doc), here.join("."), site);
      if (signal) {
        out.push(signal);
        continue;
      }
    }
    walk(value, here, site, out);
  }
}
function imageSignal(node, keyPath, site) {
  const { doc } = site;
  let at = node;
  let raw = scalarText(node, doc);
  if ((0, import_yaml4.isMap)(node)) {
    at = mapGet(node, "repository", doc) ?? mapGet(node, "name", doc);
    const repository = scalarText(at, doc);
    if (!repository) return void 0;
    const registry = scalarText(mapGet(node, "registry", doc), doc);
    const tag = scalarText(mapGet(node, "tag", doc) ?? mapGet(node, "defaultTag", doc), doc);
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
function envSignals(node, keyPath, site) {
  const { doc } = site;
  const signals = [];
  const at = { path: site.path, source: "helm", context: `values ${keyPath}`, scope: site.scope };
  if ((0, import_yaml4.isSeq)(resolve(node, doc))) {
    for (const item of seqItems(node, doc)) {
      const nameNode = mapGet(item, "name", doc);
      const name = scalarText(nameNode, doc);
      if (!name || !ENV_NAME.test(name)) continue;
      signals.push(...variableSignals(name, scalarText(mapGet(item, "value", doc), doc), { ...at, line: site.lineOf(nameNode) }));
      const secret = scalarText(mapPath(item, ["valueFrom", "secretKeyRef", "name"], doc), doc);
      const scheme = secretDatasourceScheme(name, secret);
      if (scheme) signals.push({ kind: "url-scheme", name: scheme, path: site.path, line: site.lineOf(nameNode), source: "helm", detail: `${at.context} ${name} from secret "${secret}"`, scope: site.scope });
    }
  } else if ((0, import_yaml4.isMap)(resolve(node, doc))) {
    for (const [name, value, keyNode] of mapEntries(node, doc)) {
      if (!ENV_NAME.test(name) || name !== name.toUpperCase()) continue;
      signals.push(...variableSignals(name, scalarText(value, doc), { ...at, line: site.lineOf(keyNode) }));
    }
  }
  return signals;
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
var ERB_MANIFEST = /\.ya?ml\.erb$/;
function isKubernetesCandidate(path) {
  const name = lowerName(path).replace(ERB_MANIFEST, ".yaml");
  if (!/\.ya?ml$/.test(name)) return false;
  if (isComposeFile(path) || isHelmChartFile(path) || isHelmValuesName(path) || path.startsWith(".github/")) return false;
  const folders = path.toLowerCase().split("/").slice(0, -1);
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
  claimsName: (name) => /\.ya?ml(?:\.erb)?$/i.test(name),
  matches: isKubernetesCandidate,
  extract({ path, text: raw, warn }) {
    const text = ERB_MANIFEST.test(lowerName(path)) ? withoutErbTags(raw) : raw;
    if (path.split("/").includes("templates") && text.includes("{{")) return [];
    if (!text.includes("apiVersion") || !text.includes("kind")) return [];
    const { docs, lineOf } = parseYamlStream(text, warn);
    const scope = hasDevToken(path) ? "dev" : "prod";
    const signals = [];
    for (const doc of docs) signals.push(...resourceSignals(doc.contents, { path, scope, lineOf, doc }, 0));
    return signals;
  }
};
function withoutErbTags(text) {
  return text.replace(/<%(=|-|#)?([\s\S]*?)-?%>/g, (tag, mark) => {
    const newlines = tag.replace(/[^\n]/g, "");
    return mark === "=" ? `erb${newlines}` : newlines;
  });
}
function resourceSignals(node, site, depth) {
  const { doc } = site;
  const apiVersion = scalarText(mapGet(node, "apiVersion", doc), doc);
  const kindNode = mapGet(node, "kind", doc);
  const kind = scalarText(kindNode, doc);
  if (!apiVersion || !kind) return [];
  if (kind === "List" && depth < 3) return seqItems(mapGet(node, "items", doc), doc).flatMap((item) => resourceSignals(item, site, depth + 1));
  const resourceName = scalarText(mapPath(node, ["metadata", "name"], doc), doc) ?? "?";
  const specPath = POD_SPEC_PATHS[kind];
  const facts = workloadFacts(node, kind, resourceName, site);
  const annotations = [mapPath(node, ["metadata", "annotations"], doc), ...specPath ? [mapPath(node, [...specPath.slice(0, -1), "metadata", "annotations"], doc)] : []].flatMap((block) => annotationSignals(block, `${kind} "${resourceName}"`, { path: site.path, scope: site.scope, source: "kubernetes", lineOf: site.lineOf, doc }));
  if (specPath) return [...annotations, ...podSpecSignals(mapPath(node, specPath, doc), `${kind} "${resourceName}"`, site, facts)];
  if ((kind === "ConfigMap" || kind === "Secret") && apiVersion === "v1") return settingSignals(node, `${kind} "${resourceName}"`, site);
  if (annotations.length > 0) return annotations;
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
function settingSignals(node, owner, site) {
  const { doc, lineOf, path } = site;
  const secret = scalarText(mapGet(node, "kind", doc), doc) === "Secret";
  const signals = [];
  for (const section of ["data", "stringData"]) {
    for (const [name, value, keyNode] of mapEntries(mapGet(node, section, doc), doc)) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
      const text = secret ? void 0 : scalarText(value, doc);
      signals.push(...variableSignals(name, text, { path, line: lineOf(keyNode), source: "kubernetes", context: `${owner} ${section}`, scope: site.scope }));
    }
  }
  return signals;
}
function labelText(node, doc) {
  const pairs = mapEntries(node, doc).map(([key, value]) => `${key}=${scalarText(value, doc) ?? ""}`);
  return pairs.length ? pairs.join(",") : void 0;
}
function workloadFacts(node, kind, name, site) {
  const { doc } = site;
  const facts = { kind, name };
  const namespace = scalarText(mapPath(node, ["metadata", "namespace"], doc), doc);
  if (namespace) facts.namespace = namespace;
  const selector = labelText(mapPath(node, ["spec", "selector", "matchLabels"], doc), doc);
  const labels = selector ?? labelText(mapPath(node, kind === "Pod" ? ["metadata", "labels"] : ["spec", "template", "metadata", "labels"], doc), doc);
  if (labels) facts.labels = labels;
  const replicas = scalarText(mapPath(node, ["spec", "replicas"], doc), doc);
  if (replicas) facts.replicas = replicas;
  const serviceName = scalarText(mapPath(node, ["spec", "serviceName"], doc), doc);
  if (serviceName) facts.serviceName = serviceName;
  return facts;
}
function podSpecSignals(spec, owner, site, facts) {
  const { doc, lineOf, path } = site;
  const signals = [];
  for (const list of ["initContainers", "containers"]) {
    for (const container of seqItems(mapGet(spec, list, doc), doc)) {
      const containerName = scalarText(mapGet(container, "name", doc), doc) ?? "?";
      const context = `${owner} container "${containerName}"`;
      const imageNode = mapGet(container, "image", doc);
      const image = parseImageRef(scalarText(imageNode, doc) ?? "");
      const scope = site.scope === "dev" || image !== void 0 && isDevHelperImage(image.repository) ? "dev" : "prod";
      if (image) {
        signals.push({
          kind: "image",
          name: image.repository,
          path,
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
        const value = scalarText(mapGet(variable, "value", doc), doc);
        for (const signal of variableSignals(name, value, { path, line: lineOf(nameNode), source: "kubernetes", context: `${context} env`, scope })) {
          signals.push({ ...signal, facts: { ...facts, container: containerName, variable: name } });
        }
        const secret = scalarText(mapPath(variable, ["valueFrom", "secretKeyRef", "name"], doc), doc);
        const scheme = secretDatasourceScheme(name, secret);
        if (scheme) {
          signals.push({ kind: "url-scheme", name: scheme, path, line: lineOf(nameNode), source: "kubernetes", detail: `${context} env ${name} from secret "${secret}"`, scope, facts: { ...facts, container: containerName, variable: name } });
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
    const value = scalarText(mapGet(variable, "value", doc), doc);
    if (value && NON_SECRET_SETTINGS2.has(name) && !value.includes("$")) facts[`env.${name}`] = value;
  }
  if (names.length) facts.environment = names.join(",");
  return facts;
}

export {
  YAML_PARSE_OPTIONS,
  yamlFitsLimits,
  parseYaml,
  parseYamlStream,
  resolve,
  mapEntries,
  mapGet,
  mapPath,
  seqItems,
  scalarText,
  isComposeFile,
  dockerCompose,
  isEnvTemplate,
  readDotenv,
  envExample,
  parseHcl,
  helmChart,
  helmValues,
  isKubernetesCandidate,
  kubernetesManifest
};
