import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  readInventory
} from "./chunk-G6RVOPC5.js";
import {
  parse
} from "./chunk-FMWSTCU6.js";
import {
  firstIndexAbove,
  fromMarkdown,
  frontmatter,
  frontmatterFromMarkdown,
  parsedTree,
  toString
} from "./chunk-ZKATWRES.js";
import {
  isPlaceholder,
  looksLikeSecretValue,
  redactSecrets,
  secretKindsInCode,
  secretKindsInText,
  urlsIn
} from "./chunk-HAHKWHZZ.js";
import {
  childEnv,
  trustedPathEntries
} from "./chunk-YC7J5WRS.js";
import {
  LINE_BREAK,
  stripBom
} from "./chunk-SX36J2YO.js";
import {
  stripTrailing,
  unquote,
  withoutTrailingIndex
} from "./chunk-AGHLWIT3.js";
import {
  require_dist
} from "./chunk-ZCF6USJZ.js";
import {
  entryExists,
  isInside,
  readFileInside,
  realPathOf
} from "./chunk-7ZLZFHH5.js";
import {
  __toESM
} from "./chunk-KJ7NEGQU.js";

// src/lint/document.ts
function readPlanDocument(plan) {
  const text = stripBom(plan.text);
  const tree = parsedTree(plan) ?? fromMarkdown(text, {
    extensions: [frontmatter(["yaml", "toml"])],
    mdastExtensions: [frontmatterFromMarkdown(["yaml", "toml"])]
  });
  const nodes = [];
  const visit = (node) => {
    nodes.push(node);
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return { plan, tree, lines: text.split(LINE_BREAK), nodes, nodeLines: nodes.map(startLine) };
}
function startLine(node) {
  return node.position?.start.line ?? 1;
}
function scenarioNodes(doc, scenario) {
  const lines = doc.nodeLines ?? doc.nodes.map(startLine);
  return doc.nodes.slice(firstIndexAbove(lines, scenario.line), firstIndexAbove(lines, scenario.endLine)).filter((n) => n.type !== "root");
}
function quote(text, max = 60) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
function codeTexts(doc) {
  const out = [];
  for (const block of codeBlocks(doc)) block.value.split("\n").forEach((text, i) => out.push({ line: block.firstLine + i, text }));
  for (const node of doc.nodes) if (node.type === "inlineCode" && node.position) out.push({ line: node.position.start.line, text: node.value });
  return out;
}
function codeBlocks(doc) {
  const out = [];
  for (const node of doc.nodes) {
    if (node.type !== "code" || !node.position) continue;
    const fenceLine = node.position.start.line;
    const fenced = /^\s*(```|~~~)/.test(doc.lines[fenceLine - 1] ?? "");
    out.push({ lang: (node.lang ?? "").toLowerCase(), value: node.value, fenceLine, firstLine: fenced ? fenceLine + 1 : fenceLine });
  }
  return out;
}

// src/lint/markdownlint.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var import_yaml = __toESM(require_dist(), 1);
var CONFIG_FILES = [".markdownlint.jsonc", ".markdownlint.json", ".markdownlint.yaml", ".markdownlint.yml", ".markdownlintrc"];
var CLI2_FILES = [".markdownlint-cli2.jsonc", ".markdownlint-cli2.yaml"];
var DEFAULT_CONFIG = { default: true, MD013: false, MD060: false, MD024: { siblings_only: true }, MD025: { front_matter_title: "" } };
function parseJsoncStrict(text) {
  const errors = [];
  const value = parse(text, errors, { allowTrailingComma: true });
  if (errors.length) throw new Error(`invalid JSON at offset ${errors[0].offset}`);
  return value;
}
function parseConfigText(text, yamlFirst) {
  const parsers = yamlFirst ? [(t) => (0, import_yaml.parse)(t), parseJsoncStrict] : [parseJsoncStrict, (t) => (0, import_yaml.parse)(t)];
  let firstError;
  for (const parse2 of parsers) {
    try {
      const value = parse2(text);
      if (value && typeof value === "object" && !Array.isArray(value)) return value;
      firstError ??= new Error("not a mapping of rule settings");
    } catch (error) {
      firstError ??= error;
    }
  }
  throw new Error(firstLine(firstError));
}
function firstLine(error) {
  const first = (error instanceof Error ? error.message : String(error)).split(/\r?\n/)[0];
  return first.endsWith(":") ? first.slice(0, -1).trimEnd() : first;
}
var MAX_EXTENDS = 8;
function readConfined(root, file, settings, depth) {
  const { extends: parent, ...own } = settings;
  if (parent === void 0 || parent === null) return own;
  if (typeof parent !== "string") throw new Error("`extends` must be a path");
  if (depth >= MAX_EXTENDS) throw new Error(`\`extends\` nests deeper than ${MAX_EXTENDS} files`);
  if (path.isAbsolute(parent) || parent.startsWith("~") || !/^\.\.?[\\/]/.test(parent)) {
    throw new Error(`\`extends: ${parent}\` is not a relative path inside the repository; not followed`);
  }
  const target = path.resolve(path.dirname(file), parent);
  const read = readFileInside(root, target);
  if (!read.ok) throw new Error(`\`extends: ${parent}\` ${read.reason === "not found" ? "not found" : read.reason.replace("a symbolic link that leaves", "leaves")}${isInside(path.resolve(root), target) ? "" : " (outside the repository)"}; not followed`);
  const extended = readConfined(root, target, parseConfigText(read.text, /\.ya?ml$/i.test(target)), depth + 1);
  return { ...extended, ...own };
}
async function repositoryMarkdownlintConfig(root, planPath, warn) {
  const rootDir = path.resolve(root);
  const fallBack = (file, what, why) => {
    warn(`${path.relative(rootDir, file)}: ${what} not used (${why}); using Paramedic's defaults`);
    return { config: DEFAULT_CONFIG };
  };
  for (let dir = path.resolve(root, path.dirname(planPath)); ; dir = path.dirname(dir)) {
    for (const name of [...CONFIG_FILES, ...CLI2_FILES]) {
      const file = path.join(dir, name);
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
          return { config: readConfined(rootDir, file, inner, 0), from: path.relative(rootDir, file) };
        }
        return { config: readConfined(rootDir, file, settings, 0), from: path.relative(rootDir, file) };
      } catch (error) {
        return fallBack(file, what, firstLine(error));
      }
    }
    if (dir === rootDir || path.dirname(dir) === dir) break;
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
var WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "markdownlint-worker.js");
function lintInWorker(text, planPath, config) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: { text, planPath, config }, env: {} });
    worker.once("message", (errors) => resolve(errors));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`markdownlint worker exited with code ${code}`)));
  });
}
async function lintErrors(text, planPath, config) {
  if (existsSync(WORKER_FILE)) {
    try {
      return await lintInWorker(text, planPath, config);
    } catch {
    }
  }
  const { lint } = await import("./chunk-IRSXHDGG.js");
  return (await lint({ strings: { [planPath]: text }, config }))[planPath] ?? [];
}
async function markdownlintHits(text, planPath, context) {
  const { config } = await repositoryMarkdownlintConfig(context.root, planPath, context.warn);
  return (await lintErrors(text, planPath, config)).filter((e) => !isPlaceholderElement(e)).map((e) => ({
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
function toFinding(rule, hit, path5) {
  return {
    rule: hit.rule ?? rule.id,
    severity: hit.severity ?? rule.severity,
    path: path5,
    line: hit.line,
    message: hit.message,
    hint: hit.hint ?? rule.hint
  };
}

// src/lint/rules/hosts.ts
import { isIPv4 } from "node:net";
var IPV4_CANDIDATE = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\w|\/\d)/g;
function isHarmlessAddress(ip) {
  return /^(?:127\.|0\.0\.0\.0$|255\.255\.255\.255$|169\.254\.|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|(?:8\.8\.8\.8|8\.8\.4\.4|1\.1\.1\.1|1\.0\.0\.1|9\.9\.9\.9|208\.67\.222\.222|208\.67\.220\.220)$)/.test(ip);
}
var PLACEHOLDER_LABEL = /^(?:x{3,}|your[-_].*|my[-_].*|placeholder|changeme|domain|company)$/i;
function isHardcodedHostName(host) {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  if (!h || isPlaceholder(h) || !h.includes(".") || isIPv4(h) || h.split(".").some((label) => PLACEHOLDER_LABEL.test(label))) return false;
  if (/(?:^|\.)(?:localhost|local|svc|cluster\.local|test|example|invalid|docker\.internal)$/.test(h)) return false;
  return !/(?:^|\.)example\.(?:com|org|net)$/.test(h);
}
var HOSTNAME_CANDIDATE = /(?<![\w.@/:$-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.){2,}[a-z]{2,})(?![\w-]|\.\w|\s*\()/gi;
var SERVER_WORDS = /* @__PURE__ */ new Set(["db", "database", "pg", "postgres", "postgresql", "psql", "mysql", "mariadb", "redis", "valkey", "cache", "memcache", "memcached", "mongo", "mongodb", "primary", "replica", "master", "slave", "standby", "bastion", "jump", "jumpbox", "jumphost", "node", "srv", "server", "host", "cluster", "prod", "production", "staging", "stg", "internal", "rds", "aurora", "elastic", "elasticsearch", "es", "kafka", "broker", "rabbit", "rabbitmq", "mq", "queue", "worker", "vm", "ec2", "sql", "writer", "reader", "backup", "nfs"]);
var FILE_EXTENSION_TLD = /^(?:sql|gz|tgz|tar|zip|bz2|xz|yml|yaml|json|conf|cfg|log|txt|md|sh|py|rb|js|ts|env|bak|dump|rdb|aof|tf|tfvars|tfstate|pem|key|crt|csv|xml|ini|toml|lock|service|html|pid|sock|old|tmp)$/i;
function serverHostNamesIn(line) {
  const text = line.replace(/\bhttps?:\/\/\S+/gi, " ");
  const out = [];
  for (const m of text.matchAll(HOSTNAME_CANDIDATE)) {
    const host = m[1];
    const labels = host.split(".");
    if (FILE_EXTENSION_TLD.test(labels[labels.length - 1]) || /[a-z][A-Z]/.test(host) || !isHardcodedHostName(host)) continue;
    const withPort = /^:\d{2,5}\b/.test(text.slice(m.index + host.length));
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
    doc.lines.forEach((text, index) => {
      for (const m of text.matchAll(IPV4_CANDIDATE)) if (isIPv4(m[0]) && !isHarmlessAddress(m[0])) add(index + 1, `IP address ${m[0]}`);
      for (const host of serverHostNamesIn(text)) add(index + 1, `host ${host}`);
      for (const url of urlsIn(text)) {
        const scheme = url.protocol.replace(/:$/, "").split("+")[0].toLowerCase();
        if (schemes.has(scheme) && isHardcodedHostName(url.hostname)) add(index + 1, `host ${url.hostname} in a ${scheme}:// URL`);
      }
    });
    for (const code of codeTexts(doc)) {
      if (code.text.length <= MAX_REMOTE_LOGIN_LINE) {
        for (const m of code.text.matchAll(REMOTE_LOGIN)) if (isHardcodedHostName(m[1])) add(code.line, `host ${m[1]}`);
      }
      if (LIBPQ_OTHER_KEYWORD.test(code.text)) {
        for (const m of code.text.matchAll(LIBPQ_HOST)) if (isHardcodedHostName(m[1])) add(code.line, `host ${m[1]}`);
      }
      if (!HOST_FLAG_CLIENTS.test(code.text)) continue;
      for (const m of code.text.matchAll(HOST_FLAG)) if (isHardcodedHostName(m[2])) add(code.line, `host ${m[2]}`);
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
  // The scan's ids count too: an upstream service named by the deployment (`prison-api`) has no catalog rule.
  needsDependencies: true,
  run(doc, context) {
    const known = /* @__PURE__ */ new Set([...context.catalog.rules.map((r) => r.id), ...context.dependencyIds]);
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
import path2 from "node:path";
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
    const value = words[i].startsWith("-") && words[i].includes("=") ? words[i].slice(words[i].indexOf("=") + 1) : words[i];
    const found = repositoryPathIn(value);
    if (found) out.push(found);
  }
  return out;
}
function safeDecodeUri(text) {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
function existsInRepository(rel, files, dirs) {
  return files.has(rel) || dirs().has(rel);
}
function directoriesOf(files) {
  const dirs = /* @__PURE__ */ new Set();
  for (const file of files) for (let d = path2.posix.dirname(file); d !== "." && !dirs.has(d); d = path2.posix.dirname(d)) dirs.add(d);
  return dirs;
}
function logicalLines(value) {
  const lines = value.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const offset = i;
    let text = lines[i];
    while (/\\\s*$/.test(text) && i + 1 < lines.length) text = `${text.replace(/\\\s*$/, "")} ${lines[++i].trim()}`;
    out.push({ text, offset });
  }
  return out;
}
var missingScript = {
  id: "missing-script",
  severity: "error",
  description: "A script or file the plan tells people to run that does not exist in the repository.",
  hint: "Commit the script, fix the path, or write its commands into the step; in an outage nobody can run a file that is not there.",
  run(doc, context) {
    const planDir = path2.posix.dirname(doc.plan.path);
    let dirs;
    const allDirs = () => dirs ??= directoriesOf(context.repoFiles);
    const hits = [];
    const seen = /* @__PURE__ */ new Set();
    const written = /* @__PURE__ */ new Set();
    for (const block of codeBlocks(doc)) {
      if (COMMAND_LANGS.has(block.lang)) for (const { text } of logicalLines(block.value)) for (const w of writtenPaths(text)) written.add(path2.posix.normalize(w));
    }
    let names;
    const allNames = () => names ??= new Set([...context.repoFiles].map((f) => path2.posix.basename(f)));
    const check = (line, ref, fromPlanDir, cwd) => {
      const fromRoot = path2.posix.normalize(ref);
      if (!fromPlanDir && written.has(fromRoot)) return;
      const candidates = fromPlanDir ? [path2.posix.join(planDir, ref)] : [fromRoot, path2.posix.join(planDir, ref), ...cwd ? [path2.posix.join(cwd, ref)] : []];
      if (candidates.some((c) => c.startsWith("..") || existsInRepository(c, context.repoFiles, allDirs))) return;
      if (!fromPlanDir && /^\.\/[^/]+$/.test(ref) && allNames().has(ref.slice(2))) return;
      const key = `${line}\0${ref}`;
      if (seen.has(key)) return;
      seen.add(key);
      hits.push({ line, message: `${ref} is referenced but does not exist in the repository.` });
    };
    const checkName = (line, name) => {
      const key = `${line}\0${name}`;
      if (allNames().has(name) || seen.has(key)) return;
      seen.add(key);
      hits.push({ line, message: `${name} is referenced but no file of that name exists in the repository.` });
    };
    for (const node of doc.nodes) {
      if (node.type === "link" || node.type === "definition") {
        const url = node.url.split(/[?#]/)[0];
        if (url && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("/") && !url.startsWith("#")) check(startLine(node), safeDecodeUri(url), true);
      } else if (node.type === "inlineCode") {
        const ref = repositoryPathIn(node.value.trim().split(/\s+/)[0] ?? "");
        if (ref) check(startLine(node), ref, false);
        else for (const r of referencedPaths(node.value)) check(startLine(node), r, false);
        const bare = namedFile(node.value) ?? bareScriptRun(node.value);
        if (bare) checkName(startLine(node), bare);
      }
    }
    for (const block of codeBlocks(doc)) {
      if (!COMMAND_LANGS.has(block.lang)) continue;
      let cwd;
      let lost = false;
      logicalLines(block.value).forEach(({ text, offset: i }) => {
        const cd = /^\s*(?:\$\s+)?cd\s+([^\s;&|]+)\s*(?:$|&&)/.exec(text)?.[1];
        if (cd) {
          if (NOT_A_PATH.test(cd) || cd.startsWith("/")) lost = true;
          else cwd = path2.posix.join(cwd ?? "", cd);
        }
        if (lost) return;
        for (const ref of referencedPaths(text)) check(block.firstLine + i, ref, false, cwd);
        const bare = text.trim().startsWith("#") ? void 0 : bareScriptRun(text);
        if (bare) checkName(block.firstLine + i, bare);
      });
    }
    return hits;
  }
};

// src/lint/rules/hardcoded-secret.ts
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
    doc.lines.forEach((line, index) => add(index + 1, secretKindsInText(line)));
    for (const code of codeTexts(doc)) add(code.line, secretKindsInCode(code.text));
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
function quoteStep(text) {
  const masked = redactSecrets(text);
  return secretKindsInText(masked).length || secretKindsInCode(masked).length ? "(text withheld: it holds a secret)" : quote(masked);
}
function vagueStepHits(scenario, nodes) {
  const hits = [];
  const inItems = /* @__PURE__ */ new Set();
  for (const list of nodes.filter((n) => n.type === "list")) {
    for (const item of list.children) {
      for (const child of item.children) inItems.add(child);
      const text = ownText(item);
      const vague = VAGUE_PHRASES.find((p) => p.test(text));
      if (!vague || hasConcreteAction(item)) continue;
      hits.push({ line: startLine(item), message: `Step "${quoteStep(text)}" in "${scenario.title}" is vague.` });
    }
  }
  for (const paragraph of nodes.filter((n) => n.type === "paragraph" && !inItems.has(n))) {
    const text = toString(paragraph);
    if (!VAGUE_PHRASES.some((p) => p.test(text)) || namesAnAction(paragraph)) continue;
    hits.push({ line: startLine(paragraph), message: `The instruction "${quoteStep(text)}" in "${scenario.title}" is vague.` });
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
var isLiteral = (word) => !/[$<>{}*`]/.test(unquote(word));
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
    if ((flag === "-f" || flag === "--file") && w[i + 1]) files.push(unquote(w[i + 1]).replace(/^\.\//, ""));
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
    for (const arg of w.slice(i + 1)) if (/^[\w.-]+:/.test(unquote(arg))) services.push(unquote(arg).split(":")[0]);
  } else {
    for (let j = i + 1; j < w.length; j++) {
      const arg = w[j];
      if (arg.startsWith("-")) {
        if (COMPOSE_VALUE_FLAGS.has(arg)) j++;
        continue;
      }
      services.push(unquote(arg));
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
    const value = (flag) => {
      if (flag.includes(arg)) return args[j + 1];
      const eq = flag.find((f) => f.startsWith("--") && arg.startsWith(`${f}=`));
      return eq ? arg.slice(eq.length + 1) : void 0;
    };
    const namespace = value(["-n", "--namespace"]);
    if (namespace !== void 0 && isLiteral(namespace)) {
      const ns = unquote(namespace);
      if (inv.namespaces.size > 0 && !inv.namespaces.has(ns) && ns !== "default" && ns !== "kube-system") {
        hits.push({ line: c.line, message: `Namespace "${ns}" is not one the manifests declare (${[...inv.namespaces].sort().join(", ")}).` });
      }
    }
    const selector = value(["-l", "--selector"]);
    if (selector !== void 0 && isLiteral(selector)) {
      for (const pair of unquote(selector).split(",")) {
        if (/^[\w./-]+=[\w.-]*$/.test(pair) && !inv.labels.has(pair)) hits.push({ line: c.line, message: `No workload in the manifests carries the label ${pair}.` });
      }
    }
    const ref = /^([a-z]+)\/([\w.-]+)$/.exec(unquote(arg));
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
    const address = withoutTrailingIndex(unquote(raw));
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
    const id = unquote(raw);
    if (!known(id)) hits.push({ line: c.line, message: `"${id}" is not an identifier the Terraform code declares (${[...inv.terraformIdentifiers].sort().slice(0, 6).join(", ")}).` });
  }
}
function usesTerraform(c) {
  const w = c.words;
  return w[0] === "terraform" || w[0] === "aws" || w[0] === "gcloud" || w.some((word) => BUCKET_URL.test(word));
}
var BUCKET_URL = /^["']?(?:s3|gs):\/\//;
function planDefined(doc) {
  const out = /* @__PURE__ */ new Set();
  for (const block of codeBlocks(doc)) {
    for (const m of block.value.matchAll(/(?:^|[\s;(])(?:export\s+|local\s+|readonly\s+)?([A-Za-z_][A-Za-z0-9_]*)=/gm)) out.add(m[1]);
    for (const m of block.value.matchAll(/\b(?:read(?:\s+-\w+)*|for)\s+((?:[A-Za-z_][A-Za-z0-9_]*\s*)+)/g)) for (const name of m[1].split(/\s+/)) if (name && name !== "in") out.add(name);
  }
  for (const node of doc.nodes) {
    if (node.type !== "inlineCode") continue;
    const m = /^\$?\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(node.value.trim());
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
      let text = lines[i].replace(/^\s*\$\s+/, "");
      while (/\\$/.test(text) && i + 1 < lines.length) text = text.slice(0, -1) + " " + lines[++i].trim();
      if (!text.trim() || text.trim().startsWith("#")) continue;
      for (const words of shellWords(text)) out.push({ line: start, words });
    }
  }
  for (const node of doc.nodes) {
    if (node.type !== "inlineCode" || !node.position || !inScenario(node.position.start.line)) continue;
    for (const words of shellWords(node.value)) if (/^(?:docker|docker-compose|kubectl|terraform|aws|gcloud)$/.test(words[0] ?? "")) out.push({ line: node.position.start.line, words });
  }
  return out;
}
var unknownReference = {
  id: "unknown-reference",
  severity: "warning",
  description: "A scenario command that names a compose service, Kubernetes workload, namespace or label, Terraform resource or identifier, or env variable the repository does not have.",
  hint: "Use the names the repository uses (a rename leaves the plan stale), or say in the plan what a placeholder stands for.",
  async run(doc, context) {
    const checks = commandLines(doc);
    const inv = await readInventory(context.root, context.repoFiles, { terraform: checks.some(usesTerraform) }, context.source);
    const defined = planDefined(doc);
    const hits = [];
    const reported = /* @__PURE__ */ new Set();
    for (const check of checks) {
      checkCompose(inv, check, hits);
      checkKubectl(inv, check, hits);
      checkTerraform(inv, check, hits);
      checkVariables(inv, defined, check, hits, reported);
    }
    const seen = /* @__PURE__ */ new Set();
    return hits.filter((h) => !seen.has(`${h.line}\0${h.message}`) && (seen.add(`${h.line}\0${h.message}`), true));
  }
};

// src/lint/shellcheck.ts
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path4 from "node:path";
import { promisify } from "node:util";

// src/util/trusted-program.ts
import { accessSync, constants, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path3 from "node:path";
function checkProgram(file, workspace) {
  if (!path3.isAbsolute(file)) return { ok: false, why: `${file} is not an absolute path` };
  const real = realPathOf(file);
  if (real === void 0) return { ok: false, why: `${file} does not exist` };
  const realWorkspace = realPathOf(workspace) ?? path3.resolve(workspace);
  if (isInside(realWorkspace, real) || isInside(path3.resolve(workspace), path3.resolve(file))) {
    return { ok: false, why: `${file} is inside the checkout, which the pull request controls` };
  }
  for (const scratch of [process.env.RUNNER_TEMP, tmpdir()]) {
    const realScratch = scratch ? realPathOf(scratch) : void 0;
    if (realScratch && isInside(realScratch, real)) return { ok: false, why: `${file} is in a temporary folder (${scratch})` };
  }
  try {
    if (!statSync(real).isFile()) return { ok: false, why: `${file} is not a file` };
    accessSync(real, constants.X_OK);
  } catch {
    return { ok: false, why: `${file} is not an executable file` };
  }
  const unsafe = unsafeFolder(real) ?? unsafeFolder(path3.dirname(path3.resolve(file)));
  return unsafe ? { ok: false, why: `${file} ${unsafe}` } : { ok: true, file };
}
function unsafeFolder(p) {
  if (process.platform === "win32" || typeof process.getuid !== "function") return void 0;
  const uid = process.getuid();
  for (let at = p; ; at = path3.dirname(at)) {
    let stat;
    try {
      stat = statSync(at);
    } catch {
      return `cannot be checked (${at} is unreadable)`;
    }
    if ((stat.mode & 18) !== 0) return `is under ${at}, which others can write to`;
    if (stat.uid !== 0 && stat.uid !== uid) return `is under ${at}, owned by another user`;
    if (path3.dirname(at) === at) return void 0;
  }
}
function findTrustedProgram(name, workspace, refused) {
  const names = process.platform === "win32" ? [`${name}.exe`, `${name}.cmd`] : [name];
  for (const dir of trustedPathEntries(process.env.PATH ?? "", workspace)) {
    for (const candidate of names) {
      const full = path3.join(dir, candidate);
      if (realPathOf(full) === void 0) continue;
      const check = checkProgram(full, workspace);
      if (check.ok) return check.file;
      refused?.(check.why);
    }
  }
  return void 0;
}

// src/lint/shellcheck.ts
var run = promisify(execFile);
var DIALECTS = { sh: "sh", bash: "bash", shell: "bash", ksh: "ksh", dash: "dash" };
var SNIPPET_EXCLUDES = ["SC2154", "SC2034", "SC1090", "SC1091", "SC2155"];
async function versionOf(command) {
  try {
    const { stdout } = await run(command.file, [...command.args, "--version"], { timeout: 2e4, env: command.env, cwd: command.cwd ?? tmpdir2() });
    return stdout;
  } catch {
    return void 0;
  }
}
function withNoRc(command, version) {
  const [major = 0, minor = 0] = (/version:\s*(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  return major > 0 || minor >= 8 ? { ...command, args: [...command.args, "--norc"] } : command;
}
function npxHome() {
  const dir = mkdtempSync(path4.join(tmpdir2(), "paramedic-npx-"));
  writeFileSync(path4.join(dir, "package.json"), '{ "private": true }\n');
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
        const version = await versionOf(command);
        return version === void 0 ? void 0 : withNoRc(command, version);
      };
      const onPath = findTrustedProgram("shellcheck", root, refused);
      const fromPath = onPath ? await answering({ file: onPath, args: [], via: "PATH", env }) : void 0;
      if (fromPath) return fromPath;
      if (configured) {
        const check = checkProgram(path4.resolve(root, configured), root);
        const fromConfig = check.ok ? await answering({ file: check.file, args: [], via: `config (${configured})`, env }) : void 0;
        if (fromConfig) return fromConfig;
        if (!check.ok) refused(`the configured shellcheck was not run: ${check.why}`);
      }
      const npx = findTrustedProgram("npx", root, refused);
      return npx ? answering({ file: npx, args: ["--no-install", "shellcheck"], via: "npx", env, cwd: npxHome() }) : void 0;
    })();
    resolved.set(key, found);
  }
  return found;
}
function neutralisePlaceholders(code) {
  return code.replace(/(?<![<\w])<([A-Za-z][\w .:/-]*)>/g, (_, name) => `_${name.replace(/[^\w]/g, "_")}_`);
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
  const dir = mkdtempSync(path4.join(tmpdir2(), "paramedic-sc-"));
  try {
    const shift = [];
    const files = shellBlocks.map(({ block, dialect }, i) => {
      const file = path4.join(dir, `block-${i}.sh`);
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
      const index = files.indexOf(c.file);
      const line = shellBlocks[index].block.firstLine + c.line - 1 - shift[index];
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
    const { checked: all, skipped } = withinShellcheckBudget(codeBlocks(doc));
    if (skipped.length > 0) {
      context.warn(`shellcheck skipped ${skipped.length} shell block${skipped.length === 1 ? "" : "s"} of the plan (first at line ${skipped[0].fenceLine}): over ${MAX_BLOCK_LINES} lines in one block or ${MAX_TOTAL_LINES} in all`);
    }
    if (!all.some((b) => dialectOf(b))) return [];
    const command = await findShellcheck(context.config.shellcheck, context.root, (why) => context.warn(`shellcheck: ${why}`));
    if (!command) {
      context.warn("shellcheck was not found (PATH, the `shellcheck` setting, npx); shell blocks in the plan were not checked. Install it: apt-get install shellcheck / brew install shellcheck.");
      return [];
    }
    try {
      return await shellcheckBlocks(all, command);
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
function lintPlan(plan, context) {
  return startLint(plan, context).finish(context);
}

export {
  LINT_RULES,
  startLint,
  lintPlan
};
