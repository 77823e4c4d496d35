import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  objectEntries,
  parseJsonWithPositions,
  property
} from "./chunk-LDBRJ2UR.js";
import {
  getNodeValue
} from "./chunk-FMWSTCU6.js";
import {
  YAML_PARSE_OPTIONS,
  dockerCompose,
  envExample,
  helmChart,
  helmValues,
  kubernetesManifest,
  mapEntries,
  mapGet,
  mapPath,
  parseHcl,
  parseYaml,
  parseYamlStream,
  resolve,
  scalarText,
  seqItems,
  yamlFitsLimits
} from "./chunk-QBC4IHSJ.js";
import {
  DUPLICATE_KEY_MESSAGE,
  duplicateKey
} from "./chunk-VIX7GTYN.js";
import {
  Matcher,
  WorkTreeSource,
  deploymentModel,
  isSkippedPath,
  listRepositoryFiles,
  matchEvidence,
  resolveMatched,
  usageRequest
} from "./chunk-7OCZDSZG.js";
import {
  basename,
  dirname,
  hasDevToken,
  inDocsSite,
  isDevHelperImage,
  lowerName,
  parseImageRef,
  pathTokens,
  reviewAppFolder,
  smtpHostSignal,
  smtpRelayHost,
  variableSignals
} from "./chunk-YIC2S5OT.js";
import {
  git
} from "./chunk-JA33RAIK.js";
import {
  LineIndex,
  splitLines,
  stripBom
} from "./chunk-SX36J2YO.js";
import {
  stripTrailing,
  unquote
} from "./chunk-AGHLWIT3.js";
import {
  require_dist
} from "./chunk-ZCF6USJZ.js";
import {
  __toESM
} from "./chunk-KJ7NEGQU.js";

// src/discover/scan.ts
import { posix as posix3 } from "node:path";

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
  matches: (path) => basename(path) === "package.json",
  extract({ path, text, warn }) {
    const json = parseJsonWithPositions(text, warn);
    if (!json.root) return [];
    if (json.root.type !== "object") {
      warn("package.json is not a JSON object", 1);
      return [];
    }
    const signals = [];
    const nameNode = property(json.root, "name");
    const prodNames = PROD_SECTIONS.flatMap((section) => objectEntries(property(json.root, section)).map(([name]) => name));
    if (nameNode?.type === "string") {
      signals.push({ kind: "workspace", name: String(nameNode.value), path, line: json.lineOf(nameNode), source: "npm", detail: `workspace package "${String(nameNode.value)}"`, refs: prodNames });
    }
    const start = property(property(json.root, "scripts"), "start");
    if (start?.type === "string" && !isDevServer(String(start.value))) {
      const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
      signals.push({ kind: "deploy", name: folder, path, line: json.lineOf(start), source: "npm", detail: "a start script" });
    }
    const devDependencies = objectEntries(property(json.root, "devDependencies")).map(([name]) => name);
    const connectors = property(property(json.root, "n8n"), "nodes")?.type === "array";
    const bundled = BUNDLING_FRAMEWORKS.find((framework) => devDependencies.includes(framework));
    for (const section of [...PROD_SECTIONS, ...DEV_SECTIONS]) {
      for (const [name, keyNode, valueNode] of objectEntries(property(json.root, section))) {
        const version = typeof valueNode.value === "string" ? valueNode.value : void 0;
        signals.push({
          kind: "package",
          ecosystem: "npm",
          name,
          path,
          line: json.lineOf(keyNode),
          source: "npm",
          detail: `${section} "${name}"${version ? ` ${version}` : ""}${bundled && DEV_SECTIONS.includes(section) ? ` (bundled by ${bundled})` : ""}${connectors ? " (n8n connector)" : ""}`,
          ...version ? { version } : {},
          // Type-only packages (@types/pg) never run in production, whatever section lists them.
          scope: connectors || DEV_SECTIONS.includes(section) && !bundled || name.startsWith("@types/") ? "dev" : "prod"
        });
      }
    }
    return signals;
  }
};

// src/discover/extractors/xml-parser.ts
var library;
function xmlTools(options) {
  let tools;
  return () => tools ??= (library ??= import("./chunk-VICAU4LC.js")).then(({ XMLParser, XMLValidator }) => ({
    parser: new XMLParser(options),
    validator: XMLValidator,
    meta: XMLParser.getMetaDataSymbol()
  }));
}

// src/discover/extractors/maven-pom.ts
var xml = xmlTools({
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
  matches: (path) => basename(path) === "pom.xml",
  async extract({ path, text, warn }) {
    const { parser, validator, meta: META } = await xml();
    const valid = validator.validate(text);
    if (valid !== true) {
      warn(`invalid XML: ${validatorMessage(valid.err.code, valid.err.msg)}`, valid.err.line || void 0);
      return [];
    }
    let roots;
    try {
      roots = parser.parse(text);
    } catch (error) {
      warn(`invalid XML: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
    const project = roots.find((node) => "project" in node);
    if (!project) {
      warn("pom.xml has no <project> element", 1);
      return [];
    }
    const lines = new LineIndex(text);
    const lineOf = (node) => {
      const start = node[META]?.startIndex;
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
        const version = textOf(children, "version");
        const scope = textOf(children, "scope");
        const name = `${groupId2}:${artifactId2}`;
        signals.push({
          kind: "package",
          ecosystem: "maven",
          name,
          path,
          line: lineOf(artifactIdNode),
          source: "maven",
          detail: `${section} "${name}"${version ? ` ${version}` : ""}${scope ? ` (${scope})` : ""}`,
          ...version ? { version } : {},
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
      signals.push({ kind: "workspace", name: `${groupId}:${artifactId}`, path, line: lineOf(artifactNode), source: "maven", detail: `module "${groupId}:${artifactId}"`, refs });
    }
    return signals;
  }
};
function elements(nodes, tag) {
  return nodes.filter((node) => Array.isArray(node[tag]));
}
function childrenOf(node, tag) {
  const children = node[tag];
  return Array.isArray(children) ? children : [];
}
function textOf(nodes, tag) {
  const element = elements(nodes, tag)[0];
  if (!element) return void 0;
  const text = childrenOf(element, tag).map((child) => child["#text"]).filter((value) => value !== void 0).join("").trim();
  return text || void 0;
}
function validatorMessage(code, message) {
  const unclosed = /^Invalid '\[(.*)\]' found\.$/s.exec(message);
  if (code === "InvalidXml" && unclosed) {
    const names = unclosed[1].split(",").map((name) => name.trim().replace(/^"|"$/g, ""));
    return `unclosed element${names.length > 1 ? "s" : ""} ${names.map((name) => `<${name}>`).join(", ")}`;
  }
  return message.replace(/\s+/g, " ");
}

// src/discover/extractors/nuget-project.ts
var PROJECT_FILE = /\.(?:csproj|fsproj|vbproj)$/;
var xml2 = xmlTools({
  preserveOrder: true,
  captureMetaData: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false
});
var ATTRIBUTES = ":@";
var TEST_PACKAGES = /* @__PURE__ */ new Set(["microsoft.net.test.sdk", "xunit", "nunit", "mstest.testframework", "xunit.v3"]);
var nugetProject = {
  id: "nuget",
  claimsName: (name) => PROJECT_FILE.test(name.toLowerCase()) || name.toLowerCase() === "packages.config",
  matches: (path) => PROJECT_FILE.test(lowerName(path)) || lowerName(path) === "packages.config",
  async extract({ path, text, warn }) {
    const { parser, validator, meta: META } = await xml2();
    const valid = validator.validate(text);
    if (valid !== true) {
      warn(`invalid XML: ${valid.err.msg.replace(/\s+/g, " ")}`, valid.err.line || void 0);
      return [];
    }
    let roots;
    try {
      roots = parser.parse(text);
    } catch (error) {
      warn(`invalid XML: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
    const lines = new LineIndex(text);
    const lineOf = (node) => {
      const start = node[META]?.startIndex;
      return typeof start === "number" ? lines.lineAt(start) : 1;
    };
    const legacy = lowerName(path) === "packages.config";
    const references2 = [];
    const projectRefs = [];
    let projectLine;
    let testProject = hasDevToken(path) || /\.tests?\.(?:cs|fs|vb)proj$/i.test(basename(path));
    visit(roots, (tag, node) => {
      const attributes = attributesOf(node);
      if (tag === "Project") projectLine ??= lineOf(node);
      if (tag === "ProjectReference" && attributes.Include) {
        const target = resolveProjectPath(dirname(path), attributes.Include);
        if (target) projectRefs.push(target);
      }
      if (tag === "Project" && /\.Test\b|MSTest\.Sdk/i.test(attributes.Sdk ?? "")) testProject = true;
      if (tag === "IsTestProject" && textOf2(node, tag).toLowerCase() === "true") testProject = true;
      const name = legacy ? tag === "package" ? attributes.id : void 0 : tag === "PackageReference" ? attributes.Include ?? attributes.Update : void 0;
      if (!name || tag === "PackageReference" && !attributes.Include) return;
      const version = attributes.Version ?? attributes.version ?? childText(node, tag, "Version");
      const privateAssets = (attributes.PrivateAssets ?? childText(node, tag, "PrivateAssets") ?? "").toLowerCase() === "all";
      references2.push({ name, ...version ? { version } : {}, line: lineOf(node), privateAssets });
      if (TEST_PACKAGES.has(name.toLowerCase())) testProject = true;
    });
    const signals = references2.map(({ name, version, line, privateAssets }) => ({
      kind: "package",
      ecosystem: "nuget",
      name,
      path,
      line,
      source: "nuget",
      detail: `${legacy ? "package" : "PackageReference"} "${name}"${version ? ` ${version}` : ""}${privateAssets ? " (PrivateAssets all)" : ""}`,
      ...version ? { version } : {},
      scope: testProject || privateAssets ? "dev" : "prod"
    }));
    if (!legacy) {
      signals.push({ kind: "workspace", name: path, path, line: projectLine ?? 1, source: "nuget", detail: `project ${basename(path)}`, refs: projectRefs, scope: testProject ? "dev" : "prod" });
    }
    return signals;
  }
};
function resolveProjectPath(folder, include) {
  if (include.includes("$(")) return void 0;
  const parts = folder === "" ? [] : folder.split("/");
  for (const segment of include.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join("/");
}
function visit(nodes, found, depth = 0) {
  if (depth > 30) return;
  for (const node of nodes) {
    for (const [tag, children] of Object.entries(node)) {
      if (tag === ATTRIBUTES || tag === "#text" || !Array.isArray(children)) continue;
      found(tag, node);
      visit(children, found, depth + 1);
    }
  }
}
function attributesOf(node) {
  const attributes = node[ATTRIBUTES];
  return attributes && typeof attributes === "object" ? attributes : {};
}
function textOf2(node, tag) {
  const children = node[tag];
  if (!Array.isArray(children)) return "";
  return children.map((child) => child["#text"]).filter((value) => value !== void 0).join("").trim();
}
function childText(node, tag, child) {
  const children = node[tag];
  if (!Array.isArray(children)) return void 0;
  const element = children.find((c) => Array.isArray(c[child]));
  const text = element ? textOf2(element, child) : "";
  return text || void 0;
}

// src/discover/extractors/mix-exs.ts
var DEPENDENCY = /\{\s*:([a-z_][a-z0-9_]*)\s*,\s*(?:"([^"]*)"|(?:git|github|hex|override|runtime|only|optional)\s*:)([^}]*)\}/;
var LOCAL = /\b(?:path|in_umbrella)\s*:/;
var ONLY = /\bonly\s*:\s*(\[[^\]]*\]|:[a-z_]+)/;
var mixExs = {
  id: "hex",
  claimsName: (name) => name === "mix.exs",
  matches: (path) => basename(path) === "mix.exs",
  extract({ path, text }) {
    const signals = [];
    const devFile = hasDevToken(path);
    splitLines(stripBom(text)).forEach((line, index) => {
      const hash = line.indexOf("#");
      const code = hash === -1 ? line : line.slice(0, hash);
      const match = DEPENDENCY.exec(code);
      if (!match || LOCAL.test(code)) return;
      const name = match[1];
      const version = match[2];
      const only = ONLY.exec(code)?.[1];
      const envs = only ? [...only.matchAll(/:([a-z_]+)/g)].map((m) => m[1]) : [];
      const devOnly = devFile || envs.length > 0 && !envs.includes("prod");
      signals.push({
        kind: "package",
        ecosystem: "hex",
        name,
        path,
        line: index + 1,
        source: "hex",
        detail: `deps {:${name}${version ? `, "${version}"` : ""}${only ? `, only: ${only}` : ""}}`,
        ...version ? { version } : {},
        scope: devOnly ? "dev" : "prod",
        .../\boptional\s*:\s*true\b/.test(code) ? { optional: "an optional dependency of the library" } : {}
      });
    });
    return signals;
  }
};

// src/discover/extractors/gradle-build.ts
var gradleBuild = {
  id: "gradle",
  claimsName: (name) => name === "build.gradle" || name === "build.gradle.kts",
  matches: (path) => {
    const name = basename(path);
    return name === "build.gradle" || name === "build.gradle.kts";
  },
  async extract({ path, text, warn, readSibling: readSibling2 }) {
    const tokens = tokenize(text, warn);
    const statements2 = readDependencyStatements(tokens);
    const signals = statements2.flatMap((statement) => statementSignals(statement, path));
    const projects = [...new Set(statements2.flatMap(projectDependencies))];
    const root = projects.length > 0 ? await gradleRoot(path, readSibling2) : "";
    const refs = projects.map((project) => projectRef([root, ...project.split(":").filter(Boolean)].filter(Boolean).join("/")));
    signals.push({ kind: "workspace", name: projectRef(dirname(path)), path, line: 1, source: "gradle", detail: `Gradle project ${dirname(path) || "(root)"}`, refs, scope: "prod" });
    return signals;
  }
};
var projectRef = (folder) => `gradle-path:${folder}`;
function projectDependencies(statement) {
  if (statement.inTestBlock || configurationScope(statement.configuration) === "dev") return [];
  const found = [];
  const args = statement.args;
  for (let i = 0; i + 2 < args.length; i++) {
    if (args[i].type !== "name" || args[i].text !== "project" || args[i + 1].text !== "(") continue;
    let arg = args[i + 2];
    if (arg.type === "name" && arg.text === "path" && (args[i + 3]?.text === ":" || args[i + 3]?.text === "=")) arg = args[i + 4] ?? arg;
    if (arg.type === "string" && arg.text.startsWith(":")) found.push(arg.text);
  }
  return found;
}
async function gradleRoot(path, readSibling2) {
  let folder = dirname(path);
  for (let up = 0; readSibling2; up++) {
    for (const name of ["settings.gradle", "settings.gradle.kts"]) {
      if (await readSibling2(`${"../".repeat(up)}${name}`) !== void 0) return folder;
    }
    if (folder === "") break;
    folder = dirname(folder);
  }
  return "";
}
function tokenize(text, warn) {
  const tokens = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "\n") {
      tokens.push({ type: "newline", text: "\n", line });
      line++;
      i++;
    } else if (c === " " || c === "	" || c === "\r" || c === "\f" || c === "\uFEFF") {
      i++;
    } else if (c === "\\" && text[i + 1] === "\n") {
      line++;
      i += 2;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < n && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const start = line;
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? n : end + 2;
      for (let k = i; k < stop; k++) if (text[k] === "\n") line++;
      if (end === -1) warn("unclosed /* comment", start);
      i = stop;
    } else if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      const start = line;
      let k = i + quote.length;
      let value = "";
      let closed = false;
      while (k < n) {
        if (text[k] === "\\" && k + 1 < n) {
          value += text[k + 1];
          k += 2;
          continue;
        }
        if (text.startsWith(quote, k)) {
          closed = true;
          k += quote.length;
          break;
        }
        if (text[k] === "\n" && !triple) break;
        if (text[k] === "\n") line++;
        value += text[k];
        k++;
      }
      if (!closed) {
        warn("unclosed string", start);
        i = k;
        continue;
      }
      tokens.push({ type: "string", text: value, line: start });
      i = k;
    } else if (isNameStart(c)) {
      let k = i + 1;
      while (k < n && isNamePart(text[k])) k++;
      tokens.push({ type: "name", text: text.slice(i, k), line });
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
  const lower = configuration.toLowerCase();
  for (const tool of BUILD_TIME_CONFIGURATIONS) {
    if (lower === tool.toLowerCase() || lower.startsWith(tool.toLowerCase()) || lower.endsWith(tool.toLowerCase())) return "dev";
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
function statementSignals(statement, path) {
  let args = statement.args;
  if (args[0]?.type === "punct" && args[0].text === "(" && closingParen(args, 0) === args.length - 1) args = args.slice(1, -1);
  if (args[0]?.type === "name" && BOM_CALLS.has(args[0].text)) return [];
  const scope = statement.inTestBlock ? "dev" : configurationScope(statement.configuration) ?? "prod";
  const map = /* @__PURE__ */ new Map();
  const coordinates = [];
  for (let i = 0; i < args.length; i++) {
    const token = args[i];
    const next = args[i + 1];
    if (token.type === "name" && next?.type === "punct" && next.text === "(") {
      i = closingParen(args, i + 1);
      continue;
    }
    if (token.type === "name" && next?.type === "punct" && (next.text === ":" || next.text === "=") && args[i + 2]?.type === "string") {
      map.set(token.text, args[i + 2]);
      i += 2;
      continue;
    }
    if (token.type === "string") coordinates.push(token);
  }
  const signals = [];
  const add = (group2, artifact2, version, line) => {
    if (!isCoordinatePart(group2) || !isCoordinatePart(artifact2)) return;
    const name = `${group2}:${artifact2}`;
    signals.push({
      kind: "package",
      ecosystem: "maven",
      name,
      path,
      line,
      source: "gradle",
      detail: `${statement.configuration} "${name}"${version ? ` ${version}` : ""}`,
      ...version ? { version } : {},
      scope
    });
  };
  const group = map.get("group");
  const artifact = map.get("name");
  if (group && artifact) {
    add(group.text, artifact.text, map.get("version")?.text || void 0, artifact.line);
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
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
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
  let isLiteral = c === 39;
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
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
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
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
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
      state = !isLiteral && c === 92 ? 1 : 0;
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
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
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
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
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
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
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
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str2, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
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
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
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
function parse(toml, options = {}) {
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
  matches: (path) => basename(path).endsWith(".versions.toml") && basename(dirname(path)) === "gradle",
  extract({ path, text, warn }) {
    let doc;
    try {
      doc = parse(stripBom(text));
    } catch (error) {
      if (error instanceof TomlError) warn(`invalid TOML: ${firstLine(error.message).replace(/^Invalid TOML document:\s*/, "")}`, error.line);
      else warn(`invalid TOML: ${error instanceof Error ? firstLine(error.message) : String(error)}`);
      return [];
    }
    const libraries = asTable(doc.libraries);
    if (!libraries) return [];
    const versions = asTable(doc.versions) ?? {};
    const lines = splitLines(stripBom(text));
    const signals = [];
    for (const [alias, entry] of Object.entries(libraries)) {
      const library2 = coordinatesOf(entry, versions);
      const line = aliasLine(lines, alias);
      if (!library2) {
        warn(`[libraries] ${alias} has no module or group and name`, line);
        continue;
      }
      const name = `${library2.group}:${library2.artifact}`;
      signals.push({
        kind: "package",
        ecosystem: "maven",
        name,
        path,
        line,
        source: "gradle",
        detail: `libraries ${alias} "${name}"${library2.version ? ` ${library2.version}` : ""}`,
        ...library2.version ? { version: library2.version } : {},
        scope: "prod"
      });
    }
    return signals;
  }
};
function coordinatesOf(entry, versions) {
  if (typeof entry === "string") {
    const [group, artifact, version2] = entry.split(":");
    return group && artifact ? { group, artifact, ...version2 ? { version: version2 } : {} } : void 0;
  }
  const table = asTable(entry);
  if (!table) return void 0;
  const version = versionOf(table.version, versions);
  if (typeof table.module === "string") {
    const [group, artifact] = table.module.split(":");
    return group && artifact ? { group, artifact, ...version ? { version } : {} } : void 0;
  }
  if (typeof table.group === "string" && typeof table.name === "string" && table.group && table.name) {
    return { group: table.group, artifact: table.name, ...version ? { version } : {} };
  }
  return void 0;
}
function versionOf(value, versions) {
  if (typeof value === "string") return value || void 0;
  const table = asTable(value);
  if (!table) return void 0;
  if (typeof table.ref === "string") return versionOf(versions[table.ref], {});
  for (const key of ["strictly", "require", "prefer"]) if (typeof table[key] === "string") return table[key];
  return void 0;
}
function asTable(value) {
  return value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) ? value : void 0;
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
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function firstLine(message) {
  return message.split("\n")[0].trim();
}

// src/discover/extractors/prisma-schema.ts
var prisma;
async function prismaParser() {
  if (!prisma) {
    const lib = await import("./chunk-ABIB5LFG.js");
    const parser = new lib.PrismaParser({ nodeLocationTracking: "full" });
    prisma = { getSchema: lib.getSchema, parser, visitor: new (lib.VisitorClassFactory(parser))() };
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
  matches: (path) => path.toLowerCase().endsWith(".prisma"),
  async extract({ path, text, warn }) {
    const { getSchema, parser, visitor } = await prismaParser();
    let datasources;
    try {
      datasources = getSchema(text, { parser, visitor }).list.filter((block) => block.type === "datasource");
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
            path,
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
function providerNames(value) {
  if (typeof value === "string") {
    const name = unquote2(value);
    return name ? [name.toLowerCase()] : [];
  }
  if (Array.isArray(value)) return value.flatMap(providerNames);
  if (value && typeof value === "object" && value.type === "array") return value.args.flatMap(providerNames);
  return [];
}
function unquote2(literal) {
  if (literal.length >= 2 && literal.startsWith('"') && literal.endsWith('"')) return literal.slice(1, -1).trim();
  return void 0;
}
function numberOrUndefined(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}

// src/discover/extractors/python-requirements.ts
import { posix } from "node:path";

// src/discover/extractors/pep508.ts
var NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
var SPECIFIER_CHARS = /^(?:===|[<>=!~]=?)\s*[A-Za-z0-9.*+!_-]+(?:\s*,\s*(?:===|[<>=!~]=?)\s*[A-Za-z0-9.*+!_-]+)*$/;
function parseRequirement(text) {
  const source = text.trim();
  const nameMatch = NAME.exec(source);
  if (!nameMatch) return void 0;
  const name = nameMatch[0];
  let rest = source.slice(name.length).trimStart();
  const extras = [];
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close === -1) return void 0;
    for (const raw of rest.slice(1, close).split(",")) {
      const extra = raw.trim();
      if (!extra) continue;
      if (NAME.exec(extra)?.[0] !== extra) return void 0;
      extras.push(extra);
    }
    rest = rest.slice(close + 1).trimStart();
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
function isRequirementsFile(path) {
  const name = basename(path).toLowerCase();
  if (!name.endsWith(".txt") && !name.endsWith(".in")) return false;
  const words = name.split(/[._-]+/);
  return words.includes("requirements") || basename(dirname(path)).toLowerCase() === "requirements";
}
function isDevRequirementsFile(path) {
  return isDevName(basename(path)) || DEV_FOLDERS.has(basename(dirname(path)).toLowerCase());
}
function logicalLines(text) {
  const out = [];
  const lines = splitLines(stripBom(text));
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
function viaAnnotations(text) {
  const out = /* @__PURE__ */ new Map();
  const lines = splitLines(stripBom(text));
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
function isUnnamedReference(text) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(?:\.{1,2}(?:[\\/[]|$)|[\\/]|~|[A-Za-z]:[\\/])/.test(text)) return true;
  return !/[\s@]/.test(text) && /\.(?:whl|tar\.gz|tgz|zip)$/i.test(text);
}
async function readFile(state, filePath, text, depth, includeLine) {
  const { input } = state;
  const where = (line) => filePath === input.path ? "" : ` (in ${filePath} line ${line}, included with -r)`;
  const warnAt = (message, line) => input.warn(`${message}${where(line)}`, includeLine ?? line);
  const vias = viaAnnotations(text);
  for (const { line, text: body } of logicalLines(text)) {
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
  const targetPath = posix.normalize(posix.join(posix.dirname(fromPath), target));
  if (isRequirementsFile(targetPath) || state.visited.has(targetPath)) return;
  if (depth >= MAX_INCLUDE_DEPTH) {
    input.warn(`-r includes nest deeper than ${MAX_INCLUDE_DEPTH} files; ${targetPath} not read`, at);
    return;
  }
  const text = await input.readSibling?.(posix.relative(posix.dirname(input.path), targetPath));
  if (text === void 0) {
    input.warn(`-r ${target}: included file not found in the repository`, at);
    return;
  }
  state.visited.add(targetPath);
  await readFile(state, targetPath, text, depth + 1, at);
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
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
function tableAt(root, keys) {
  let node = root;
  for (const key of keys) {
    if (!isTable(node)) return void 0;
    node = node[key];
  }
  return isTable(node) ? node : void 0;
}
function parseTomlOrWarn(text, warn) {
  try {
    return parse(stripBom(text));
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
function splitDottedKey(text) {
  const keys = [];
  let i = 0;
  while (i <= text.length) {
    while (text[i] === " " || text[i] === "	") i++;
    const quote = text[i];
    let key;
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      if (close === -1) return void 0;
      key = text.slice(i + 1, close);
      i = close + 1;
    } else {
      let j = i;
      while (j < text.length && text[j] !== "." && text[j] !== " " && text[j] !== "	") j++;
      key = text.slice(i, j);
      if (!BARE_KEY.test(key)) return void 0;
      i = j;
    }
    keys.push(key);
    while (text[i] === " " || text[i] === "	") i++;
    if (i >= text.length) return keys;
    if (text[i] !== ".") return void 0;
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
  const lower = line.toLowerCase();
  const wanted = name.toLowerCase();
  for (const quote of ['"', "'"]) {
    let from = 0;
    for (let at = lower.indexOf(quote, from); at !== -1; at = lower.indexOf(quote, from)) {
      from = at + 1;
      const body = lower.slice(at + 1).trimStart();
      if (body.startsWith(wanted) && !/[a-z0-9._-]/.test(body[wanted.length] ?? "")) return true;
    }
  }
  return false;
}
var TomlLines = class {
  lines;
  sections;
  constructor(text) {
    this.lines = splitLines(stripBom(text));
    this.sections = [{ keys: [], header: -1, end: this.lines.length }];
    this.lines.forEach((line, index) => {
      const match = HEADER_LINE.exec(line);
      const keys = match ? splitDottedKey(match[1]) : void 0;
      if (!keys) return;
      this.sections[this.sections.length - 1].end = index;
      this.sections.push({ keys, header: index, end: this.lines.length });
    });
  }
  /**
   * The 1-based line of a dependency under the table at `path` (`['tool', 'poetry', 'dependencies']`,
   * or `['project', 'optional-dependencies', 'redis']` for an array): the section whose header is the
   * longest prefix of `path` is searched, from the line that assigns the rest of the path onwards.
   * `match` tests one line. Falls back to the line of that key, then the header line, then 1.
   */
  find(path, match) {
    const candidates = this.sections.filter((s) => startsWithKeys(path, s.keys)).sort((a, b) => b.keys.length - a.keys.length);
    let fallback;
    for (const section of candidates) {
      const rest = path.slice(section.keys.length);
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
  keyLine(path, name) {
    return this.find(path, (line) => assignsKey(line, name));
  }
  /** Line of the requirement string `requirement` (whose package is `name`) in the array at `path`. */
  stringLine(path, requirement, name) {
    return this.find(path, (line) => quotesRequirement(line, requirement, name));
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
  let version;
  let direct = false;
  for (const item of specs) {
    if (typeof item === "string") {
      version ??= item;
    } else if (isTable(item)) {
      if (typeof item.version === "string") version ??= item.version;
      if (Array.isArray(item.extras)) {
        for (const extra of item.extras) if (typeof extra === "string") extras.add(extra);
      }
      if (DIRECT_KEYS.some((key) => key in item)) direct = true;
    }
  }
  const cleanVersion = version?.trim();
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
function leadingName(text) {
  return text.trim().split(/[\s[(<>=!~;@]/)[0] ?? "";
}
function requirementArraySignals(value, site) {
  if (!Array.isArray(value)) return [];
  const signals = [];
  const section = site.keys.join(".");
  for (const item of value) {
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
  return Object.entries(groups ?? {}).flatMap(([group, list]) => requirementArraySignals(list, { ...site, keys: [...site.keys, group], scope: scopeOf(group) }));
}
var devUnlessNamed = (group) => isDevName(group) ? "dev" : "prod";
var alwaysDev = () => "dev";
var pythonPyproject = {
  id: "pyproject",
  claimsName: (name) => name === "pyproject.toml",
  matches: (path) => basename(path) === "pyproject.toml",
  extract({ path, text, warn }) {
    const doc = parseTomlOrWarn(text, warn);
    if (!doc) return [];
    const lines = new TomlLines(text);
    const base = { path, lines, warn };
    const signals = [];
    signals.push(...requirementArraySignals(tableAt(doc, ["project"])?.dependencies, { ...base, keys: ["project", "dependencies"], scope: "prod" }));
    signals.push(...groupArraysSignals(tableAt(doc, ["project", "optional-dependencies"]), { ...base, keys: ["project", "optional-dependencies"] }, alwaysDev));
    const poetry = tableAt(doc, ["tool", "poetry"]);
    if (poetry) {
      const keyed = { path, lines, skip: ["python"] };
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
  matches: (path) => basename(path) === "Pipfile",
  extract({ path, text, warn }) {
    const doc = parseTomlOrWarn(text, warn);
    if (!doc) return [];
    const lines = new TomlLines(text);
    return [
      ...keyedTableSignals(tableAt(doc, ["packages"]), { path, lines, keys: ["packages"], section: "[packages]", scope: "prod" }),
      ...keyedTableSignals(tableAt(doc, ["dev-packages"]), { path, lines, keys: ["dev-packages"], section: "[dev-packages]", scope: "dev" })
    ];
  }
};

// src/discover/extractors/platform-config.ts
var SERVED_FOLDERS = /* @__PURE__ */ new Set(["public", "static", "assets", "www", "wwwroot"]);
function servedContent(path) {
  return path.split("/").slice(0, -1).some((folder) => SERVED_FOLDERS.has(folder.toLowerCase()));
}
function platformSite(path, source) {
  const site = { path, source, scope: hasDevToken(path) ? "dev" : "prod" };
  if (servedContent(path)) site.optional = `${path} sits in a folder the app serves as static content, where no platform reads its config`;
  return site;
}
function platformSignal(site, name, line, detail, extra = {}) {
  return { kind: "platform", name, path: site.path, line, source: site.source, detail, scope: site.scope, ...site.optional ? { optional: site.optional } : {}, ...extra };
}
function envSignals(site, name, value, line, context, scope = site.scope) {
  if (!/^[A-Za-z_][\w.-]*$/.test(name)) return [];
  return variableSignals(name, typeof value === "string" ? value : void 0, { path: site.path, line, source: site.source, context, scope });
}
function parseJsonConfig(text, fileKind, warn) {
  let broken = false;
  const json = parseJsonWithPositions(text, (message, line) => {
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
function deploysFacts(root, folder) {
  const builds = property(root, "builds");
  if (builds?.type !== "array" || !builds.children?.length) return {};
  const folders = /* @__PURE__ */ new Set();
  for (const build of builds.children) {
    const src = property(build, "src")?.value;
    if (typeof src !== "string" || !src.includes("/") || /[*?{]/.test(src.slice(0, src.lastIndexOf("/")))) return {};
    const relative2 = src.replace(/^\.\//, "");
    folders.add([folder, relative2.slice(0, relative2.lastIndexOf("/"))].filter(Boolean).join("/"));
  }
  return { facts: { deploys: [...folders].sort().join(",") } };
}
var vercelJson = {
  id: "vercel",
  claimsName: (name) => name === "vercel.json",
  matches: (path) => basename(path) === "vercel.json",
  extract({ path, text, warn }) {
    const config = parseJsonConfig(text, "vercel.json", warn);
    if (!config) return [];
    const site = platformSite(path, "vercel");
    const signals = [platformSignal(site, "vercel", config.firstKeyLine, "Vercel project config", deploysFacts(config.root, dirname(path)))];
    const sections = [
      ["env", property(config.root, "env")],
      ["build.env", property(property(config.root, "build"), "env")]
    ];
    for (const [section, node] of sections) {
      for (const [name, keyNode, valueNode] of objectEntries(node)) {
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
function parseTomlWithLines(text, warn) {
  const data = parseTomlOrWarn(text, warn);
  if (!data) return void 0;
  const body = stripBom(text);
  const lines = /* @__PURE__ */ new Map();
  let table = [];
  let firstContentLine = 0;
  let openMultiline;
  splitLines(body).forEach((raw, index) => {
    const line = index + 1;
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
      const path = [...table, ...splitDottedKey(key[1]) ?? []];
      for (let depth = table.length + 1; depth <= path.length; depth++) {
        const id = path.slice(0, depth).join("\0");
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
function tableKeys(value) {
  return isTable(value) ? Object.keys(value) : [];
}
function tableGet(value, key) {
  return isTable(value) ? value[key] : void 0;
}

// src/discover/extractors/netlify-toml.ts
var netlifyToml = {
  id: "netlify",
  claimsName: (name) => name === "netlify.toml",
  matches: (path) => basename(path) === "netlify.toml",
  extract({ path, text, warn }) {
    const toml = parseTomlWithLines(text, warn);
    if (!toml) return [];
    const site = platformSite(path, "netlify");
    const published = [tableGet(tableGet(toml.data, "build"), "publish"), tableGet(tableGet(toml.data, "build"), "base")].find((dir) => typeof dir === "string" && inDocsSite(`${dirname(path) ? `${dirname(path)}/` : ""}${dir.replace(/^\.?\//, "")}/x`));
    if (typeof published === "string") site.optional ??= `netlify.toml publishes ${published}, the documentation site, not the product`;
    const signals = [platformSignal(site, "netlify", toml.firstContentLine, "Netlify site config")];
    const environments = [{ keys: ["build", "environment"], scope: site.scope }];
    const contexts = tableGet(toml.data, "context");
    for (const context of tableKeys(contexts)) {
      environments.push({ keys: ["context", context, "environment"], scope: context === "production" ? site.scope : "dev" });
    }
    for (const { keys, scope } of environments) {
      const table = keys.reduce((node, key) => tableGet(node, key), toml.data);
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
  matches: (path) => basename(path) === "fly.toml",
  extract({ path, text, warn }) {
    const toml = parseTomlWithLines(text, warn);
    if (!toml) return [];
    const site = platformSite(path, "fly");
    const app = tableGet(toml.data, "app");
    const signals = [
      platformSignal(site, "fly", app === void 0 ? toml.firstContentLine : toml.lineOf(["app"]), typeof app === "string" ? `Fly app "${app}"` : "Fly app config")
    ];
    const env = tableGet(toml.data, "env");
    for (const name of tableKeys(env)) signals.push(...envSignals(site, name, tableGet(env, name), toml.lineOf(["env", name]), "env"));
    return signals;
  }
};

// src/discover/extractors/replit-config.ts
var replitConfig = {
  id: "replit",
  claimsName: (name) => name === ".replit",
  matches: (path) => basename(path) === ".replit",
  extract({ path, text, warn }) {
    const toml = parseTomlWithLines(text, warn);
    if (!toml) return [];
    const deployment = tableGet(toml.data, "deployment");
    if (deployment === void 0) return [];
    const site = platformSite(path, "replit");
    const target = tableGet(deployment, "deploymentTarget");
    const detail = typeof target === "string" ? `Replit deployment (${target})` : "Replit deployment";
    return [platformSignal(site, "replit", toml.lineOf(["deployment"]), detail)];
  }
};

// src/discover/extractors/railway-config.ts
var RAILWAY_NAMES = /* @__PURE__ */ new Set(["railway.json", "railway.toml", "railpack.json", ".env.railway"]);
var railwayConfig = {
  id: "railway",
  claimsName: (name) => RAILWAY_NAMES.has(name),
  matches: (path) => RAILWAY_NAMES.has(basename(path)),
  extract({ path, text, warn }) {
    const site = platformSite(path, "railway");
    if (basename(path) === ".env.railway") return [platformSignal(site, "railway", 1, "an env file for Railway")];
    if (basename(path) === "railpack.json") {
      const config = parseJsonConfig(text, "railpack.json", warn);
      return config ? [platformSignal(site, "railway", config.firstKeyLine, "Railpack build config")] : [];
    }
    if (path.endsWith(".json")) {
      const config = parseJsonConfig(text, "railway.json", warn);
      return config ? [platformSignal(site, "railway", config.firstKeyLine, "Railway service config")] : [];
    }
    const toml = parseTomlWithLines(text, warn);
    return toml ? [platformSignal(site, "railway", toml.firstContentLine, "Railway service config")] : [];
  }
};

// src/discover/extractors/render-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var KEY_VALUE_TYPES = /* @__PURE__ */ new Set(["redis", "keyvalue"]);
var renderYaml = {
  id: "render",
  claimsName: (name) => name === "render.yaml",
  matches: (path) => basename(path) === "render.yaml",
  extract({ path, text, warn }) {
    const { docs, lineOf } = parseYaml(text, warn);
    const doc = docs[0];
    if (!doc || doc.contents === null) return [];
    if (!(0, import_yaml.isMap)(doc.contents)) {
      warn("a Render Blueprint is a YAML mapping", lineOf(doc.contents));
      return [];
    }
    const site = platformSite(path, "render");
    const signals = [platformSignal(site, "render", lineOf(doc.contents), "Render Blueprint", deploysFacts2(doc))];
    for (const database of seqItems(mapGet(doc.contents, "databases", doc), doc)) {
      const name = scalarText(mapGet(database, "name", doc), doc) ?? "?";
      const version = scalarText(mapGet(database, "postgresMajorVersion", doc), doc);
      signals.push(platformSignal(site, "render-postgres", lineOf(database), `database "${name}"`, version ? { version } : {}));
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
function deploysFacts2(doc) {
  const folders = /* @__PURE__ */ new Set();
  const services = seqItems(mapGet(doc.contents, "services", doc), doc);
  for (const service of services) {
    const rootDir = scalarText(mapGet(service, "rootDir", doc), doc);
    const folder = rootDir === void 0 ? void 0 : stripTrailing(rootDir.startsWith("./") ? rootDir.slice(2) : rootDir, "/");
    if (!folder || folder === ".") return {};
    folders.add(folder);
  }
  return folders.size > 0 ? { facts: { deploys: [...folders].sort().join(",") } } : {};
}
function envVarSignals(list, doc, lineOf, site, context) {
  const signals = [];
  for (const entry of seqItems(list, doc)) {
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
  const strong = entries.find(([key, , value]) => STRONG_KEYS[key] === value.type);
  if (strong) return strong[1];
  if (!entries.every(([key]) => SCHEMA_KEYS.has(key))) return void 0;
  return entries.find(([key, , value]) => WEAK_KEYS[key] === value.type)?.[1];
}
var BUTTON_MANIFEST = "a Heroku app.json is the manifest of the Deploy-to-Heroku button, review apps and Heroku CI: one way to run the app, not where production runs";
var herokuAppJson = {
  id: "heroku",
  claimsName: (name) => name === "app.json",
  matches: (path) => basename(path) === "app.json",
  extract({ path, text, warn }) {
    const config = parseJsonConfig(text, "app.json", warn);
    if (!config) return [];
    const marker = herokuMarker(config.root);
    if (!marker) return [];
    const site = platformSite(path, "heroku");
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
function sectionSignals(config, node, site, prefix) {
  const signals = [];
  const addons = property(node, "addons");
  for (const item of addons?.type === "array" ? addons.children ?? [] : []) {
    const planNode = item.type === "object" ? property(item, "plan") : item;
    if (planNode?.type !== "string") continue;
    const plan = String(planNode.value);
    const addon = plan.split(":")[0].trim();
    if (addon) signals.push(platformSignal(site, addon, config.lineOf(planNode), `${prefix}addons "${plan}"`));
  }
  for (const [name, keyNode, valueNode] of objectEntries(property(node, "env"))) {
    const value = valueNode.type === "object" ? property(valueNode, "value")?.value : valueNode.value;
    signals.push(...envSignals(site, name, value, config.lineOf(keyNode), `${prefix}env`));
  }
  return signals;
}

// src/discover/extractors/procfile.ts
var DECLARATION = /^([A-Za-z0-9_-]+)[ \t]*:[ \t]*(\S.*)$/;
var procfile = {
  id: "procfile",
  claimsName: (name) => name === "Procfile",
  matches: (path) => basename(path) === "Procfile",
  extract({ path, text, warn }) {
    const types = [];
    let firstLine2 = 0;
    splitLines(stripBom(text)).forEach((raw, index) => {
      const trimmed = raw.trim();
      if (trimmed === "" || trimmed.startsWith("#")) return;
      const match = DECLARATION.exec(trimmed);
      if (!match) {
        warn('Procfile line is not "<process type>: <command>"', index + 1);
        return;
      }
      types.push(match[1]);
      if (!firstLine2) firstLine2 = index + 1;
    });
    if (!firstLine2) return [];
    const optional = types.includes("release") ? {} : { optional: "a Procfile is also read by foreman, Dokku and in-container process runners" };
    return [platformSignal(platformSite(path, "heroku"), "heroku", firstLine2, `Procfile process types ${types.join(", ")}`, optional)];
  }
};

// src/discover/extractors/serverless-yml.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { posix as posix2 } from "node:path";

// src/discover/extractors/cloudformation-yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);
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
  { tag: `!${name}`, resolve: (value) => value },
  { tag: `!${name}`, collection: "seq" },
  { tag: `!${name}`, collection: "map" }
]);
function parseCloudFormationYaml(text, warn) {
  const lineCounter = new import_yaml2.LineCounter();
  const lineOf = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  if (!yamlFitsLimits(text, warn)) return { doc: void 0, lineOf };
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, customTags: CLOUDFORMATION_TAGS, ...YAML_PARSE_OPTIONS });
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
  matches: (path) => lowerName(path) === "serverless.yml" || lowerName(path) === "serverless.yaml",
  async extract({ path, text, warn, readSibling: readSibling2 }) {
    const { doc, lineOf } = parseCloudFormationYaml(text, warn);
    if (!doc || doc.contents === null) return [];
    if (!(0, import_yaml3.isMap)(doc.contents)) {
      warn("serverless.yml is a YAML mapping", lineOf(doc.contents));
      return [];
    }
    const site = platformSite(path, "serverless");
    const signals = [];
    signals.push(...environmentSignals(mapPath(doc.contents, ["provider", "environment"], doc), doc, lineOf, site, "provider.environment"));
    for (const [name, fn] of mapEntries(mapGet(doc.contents, "functions", doc), doc)) {
      signals.push(...environmentSignals(mapGet(fn, "environment", doc), doc, lineOf, site, `function "${name}" environment`));
    }
    const resources = mapGet(doc.contents, "resources", doc);
    const blocks = (0, import_yaml3.isMap)(resources) ? [resources] : seqItems(resources, doc);
    for (const block of blocks) {
      const reference = FILE_REFERENCE.exec(scalarText(block, doc)?.trim() ?? "");
      if (reference) signals.push(...await referencedResources(reference[1].trim(), path, readSibling2, warn));
      else signals.push(...cloudFormationResourceSignals(mapGet(block, "Resources", doc), doc, lineOf, site));
    }
    return signals;
  }
};
function environmentSignals(node, doc, lineOf, site, context) {
  return mapEntries(node, doc).flatMap(([name, value, keyNode]) => envSignals(site, name, scalarText(value, doc), lineOf(keyNode), context));
}
async function referencedResources(relPath, fromPath, readSibling2, warn) {
  const text = await readSibling2?.(relPath);
  if (text === void 0) return [];
  const target = posix2.normalize(posix2.join(posix2.dirname(fromPath), relPath));
  const parsed = parseCloudFormationYaml(text, (message, line) => warn(`${target}: ${message}`, line));
  if (!parsed.doc) return [];
  return cloudFormationResourceSignals(mapGet(parsed.doc.contents, "Resources", parsed.doc), parsed.doc, parsed.lineOf, platformSite(target, "serverless"));
}

// src/discover/extractors/cloudformation-template.ts
var import_yaml4 = __toESM(require_dist(), 1);
var TEMPLATE_NAME = /^(?:template\.(?:ya?ml|json)|.+\.template(?:\.(?:ya?ml|json))?|.+[.-]cfn\.(?:ya?ml|json))$/;
var TEMPLATE_FOLDERS = /* @__PURE__ */ new Set(["cloudformation", "cfn", "sam"]);
var TEMPLATE_MARKERS = /AWSTemplateFormatVersion|AWS::Serverless-2016-10-31|Type["']?\s*:\s*["']?AWS::/;
function isCloudFormationCandidate(path) {
  const name = lowerName(path);
  if (TEMPLATE_NAME.test(name)) return true;
  if (!/\.(?:ya?ml|json)$/.test(name)) return false;
  return path.toLowerCase().split("/").slice(0, -1).some((folder) => TEMPLATE_FOLDERS.has(folder));
}
var cloudFormationTemplate = {
  id: "cloudformation",
  claimsName: (name) => /\.(?:ya?ml|json|template)$/i.test(name),
  matches: isCloudFormationCandidate,
  extract({ path, text, warn }) {
    if (!TEMPLATE_MARKERS.test(text)) return [];
    const { doc, lineOf } = parseCloudFormationYaml(text, warn);
    if (!doc || !(0, import_yaml4.isMap)(doc.contents)) return [];
    const resources = mapGet(doc.contents, "Resources", doc);
    if (!(0, import_yaml4.isMap)(resources)) return [];
    return cloudFormationResourceSignals(resources, doc, lineOf, platformSite(path, "cloudformation"));
  }
};

// src/discover/extractors/firebase-json.ts
var firebaseJson = {
  id: "firebase",
  claimsName: (name) => name === "firebase.json",
  matches: (path) => basename(path) === "firebase.json",
  extract({ path, text, warn }) {
    const config = parseJsonConfig(text, "firebase.json", warn);
    if (!config) return [];
    return [platformSignal(platformSite(path, "firebase"), "firebase", config.firstKeyLine, "Firebase project config")];
  }
};

// src/discover/extractors/supabase-config.ts
function isSupabaseConfig(path) {
  return basename(path) === "config.toml" && basename(dirname(path)) === "supabase";
}
var supabaseConfig = {
  id: "supabase",
  claimsName: (name) => name === "config.toml",
  matches: isSupabaseConfig,
  extract({ path, text, warn }) {
    const toml = parseTomlWithLines(text, warn);
    if (!toml) return [];
    const projectId = tableGet(toml.data, "project_id");
    const line = projectId === void 0 ? toml.firstContentLine : toml.lineOf(["project_id"]);
    return [platformSignal(platformSite(path, "supabase"), "supabase", line, "Supabase CLI project config")];
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
      const close = line.indexOf(CLOSERS[open] ?? open, i + 3);
      if (close === -1) return { ok: false, error: "unterminated word list" };
      tokens.push({ type: "words", values: line.slice(i + 3, close).split(/\s+/).filter(Boolean) });
      i = close + 1;
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
function readQuoted(line, start, quote, interpolates) {
  let value = "";
  let dynamic = false;
  for (let i = start; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\") {
      value += line[i + 1] ?? "";
      i++;
    } else if (ch === quote) {
      return { value, dynamic, end: i + 1 };
    } else if (interpolates && ch === "#" && line[i + 1] === "{") {
      dynamic = true;
      let depth = 0;
      for (i++; i < line.length; i++) {
        if (line[i] === "{") depth++;
        else if (line[i] === "}" && --depth === 0) break;
      }
    } else {
      value += ch;
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
  matches: (path) => ["Gemfile", "gems.rb"].includes(basename(path)),
  extract({ path, text, warn }) {
    const signals = [];
    const stack = [];
    for (const statement of statements(text, warn)) {
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
        const version = gem.versions.join(", ");
        signals.push({
          kind: "package",
          ecosystem: "gem",
          name: gem.name,
          path,
          line: statement.line,
          source: "gem",
          detail: `gem "${gem.name}"${version ? ` ${version}` : ""}${groups.length ? ` (group ${groups.join(", ")})` : ""}${optional ? " (optional)" : ""}`,
          ...version ? { version } : {},
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
function statements(text, warn) {
  const out = [];
  let pending;
  let inBlockComment = false;
  splitLines(stripBom(text)).forEach((raw, index) => {
    const line = index + 1;
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
    const value = optionKey(arg) === "optional" ? optionValue(arg) : [];
    return value.length === 1 && value[0].type === "ident" && value[0].value === "true";
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
  matches: (path) => basename(path) === "go.mod",
  extract({ path, text, warn }) {
    const signals = [];
    let block;
    let moduleLine;
    const requireEntry = (args, comment, line) => {
      if (args.length !== 2) {
        warn(`require entry needs a module path and a version, found ${args.length} word${args.length === 1 ? "" : "s"}`, line);
        return;
      }
      const [module, version] = args;
      const indirect = comment === "indirect" || comment.startsWith("indirect;");
      signals.push({
        kind: "package",
        ecosystem: "go",
        name: module,
        path,
        line,
        source: "go",
        detail: `require ${module} ${version}${indirect ? " (indirect)" : ""}`,
        version,
        scope: "prod",
        ...indirect ? { optional: "an indirect requirement (// indirect): another module needs it, this one does not import it" } : {}
      });
    };
    splitLines(stripBom(text)).forEach((raw, index) => {
      const line = index + 1;
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
      const [directive, ...args] = tokens;
      if (!KNOWN_DIRECTIVES.has(directive)) {
        warn(`unknown go.mod directive "${directive}"`, line);
        return;
      }
      if (args.length === 1 && args[0] === "(") {
        block = { directive, line };
      } else if (directive === "require") {
        requireEntry(args, comment, line);
      } else if (directive === "module" && args.length === 1) {
        moduleLine = { name: args[0], line };
      }
    });
    if (block) warn(`${block.directive} block is never closed with ")"`, block.line);
    if (moduleLine) {
      const refs = signals.filter((s) => !s.optional).map((s) => s.name);
      signals.push({ kind: "workspace", name: moduleLine.name, path, line: moduleLine.line, source: "go", detail: `module ${moduleLine.name}`, refs, scope: "prod" });
    }
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
      let value = "";
      let j = i + 1;
      for (; j < raw.length && raw[j] !== ch; j++) {
        if (ch === '"' && raw[j] === "\\") j++;
        value += raw[j] ?? "";
      }
      if (j >= raw.length) return void 0;
      tokens.push(value);
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
  const lower = name.toLowerCase();
  return lower === "php" || lower.startsWith("php-");
}
var composerJson = {
  id: "composer",
  claimsName: (name) => name === "composer.json",
  matches: (path) => basename(path) === "composer.json",
  extract({ path, text, warn }) {
    const json = parseJsonWithPositions(text, warn);
    if (!json.root) return [];
    if (json.root.type !== "object") {
      warn("composer.json is not a JSON object", 1);
      return [];
    }
    const signals = [];
    for (const { section, scope } of SECTIONS) {
      const node = property(json.root, section);
      if (node && node.type !== "object") {
        warn(`"${section}" is not an object of package constraints`, json.lineOf(node));
        continue;
      }
      for (const [name, keyNode, valueNode] of objectEntries(node)) {
        if (isPhpItself(name)) continue;
        const version = typeof valueNode.value === "string" ? valueNode.value : void 0;
        signals.push({
          kind: "package",
          ecosystem: "composer",
          name,
          path,
          line: json.lineOf(keyNode),
          source: "composer",
          detail: `${section} "${name}"${version ? ` ${version}` : ""}`,
          ...version ? { version } : {},
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
  matches: (path) => basename(path) === "Cargo.toml",
  async extract({ path, text, warn, readSibling: readSibling2 }) {
    const toml = parseTomlWithLines(text, warn);
    if (!toml) return [];
    const signals = [];
    const inherited = usesWorkspaceDependencies(toml.data) ? await workspaceDependencies(path, toml.data, readSibling2) : void 0;
    const prodNames = /* @__PURE__ */ new Set();
    const read = (tablePath, scope) => {
      readDependencyTable(toml, tablePath, scope, path, warn, signals, inherited, scope === "prod" ? prodNames : void 0);
    };
    for (const kind of KINDS) {
      for (const key of /* @__PURE__ */ new Set([kind.table, kind.legacy])) read([key], kind.scope);
    }
    for (const target of tableKeys(toml.data.target)) {
      for (const kind of KINDS) {
        for (const key of /* @__PURE__ */ new Set([kind.table, kind.legacy])) read(["target", target, key], kind.scope);
      }
    }
    signals.push(...workspaceSignals(path, toml, prodNames));
    return signals;
  }
};
var folderRef = (folder) => `cargo-path:${folder}`;
function workspaceSignals(path, toml, prodNames) {
  const folder = dirname(path);
  const refs = new Set(prodNames);
  for (const key of prodNames) {
    const target = pathDependencyFolder(toml.data, key, folder);
    if (target !== void 0) refs.add(folderRef(target));
  }
  const workspace = tableGet(toml.data, "workspace");
  if (workspace !== void 0) {
    const defaults = tableGet(workspace, "default-members");
    const members = Array.isArray(defaults) ? defaults : tableGet(workspace, "members");
    for (const member of Array.isArray(members) ? members : []) {
      if (typeof member === "string" && !/[*?[]/.test(member)) refs.add(folderRef(joinPath(folder, member)));
    }
  }
  const packageName = tableGet(tableGet(toml.data, "package"), "name");
  if (typeof packageName !== "string" && workspace === void 0) return [];
  const line = typeof packageName === "string" ? toml.lineOf(["package", "name"]) : toml.lineOf(["workspace"]);
  const detail = typeof packageName === "string" ? `crate "${packageName}"` : "Cargo workspace";
  const base = { kind: "workspace", path, line, source: "cargo", detail, refs: [...refs], scope: "prod" };
  return [...typeof packageName === "string" ? [{ ...base, name: packageName }] : [], { ...base, name: folderRef(folder) }];
}
function pathDependencyFolder(data, key, folder) {
  const tables = [tableGet(data, "dependencies"), ...tableKeys(tableGet(data, "target")).map((t) => tableGet(tableGet(tableGet(data, "target"), t), "dependencies"))];
  for (const table of tables) {
    const relative2 = tableGet(tableGet(table, key), "path");
    if (typeof relative2 === "string") return joinPath(folder, relative2);
  }
  return void 0;
}
function joinPath(folder, relative2) {
  const parts = folder ? folder.split("/") : [];
  for (const part of relative2.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}
function usesWorkspaceDependencies(data) {
  const tables = [];
  for (const kind of KINDS) tables.push(tableGet(data, kind.table), tableGet(data, kind.legacy));
  for (const target of tableKeys(tableGet(data, "target"))) {
    for (const kind of KINDS) tables.push(tableGet(tableGet(tableGet(data, "target"), target), kind.table));
  }
  return tables.some((table) => tableKeys(table).some((key) => tableGet(tableGet(table, key), "workspace") === true));
}
async function workspaceDependencies(path, data, readSibling2) {
  const own = tableGet(data, "workspace");
  if (own !== void 0) return tableGet(own, "dependencies");
  const depth = path.split("/").length - 1;
  for (let up = 1; up <= depth && readSibling2; up++) {
    const text = await readSibling2(`${"../".repeat(up)}Cargo.toml`);
    if (text === void 0) continue;
    const root = parseTomlWithLines(text, () => void 0);
    const workspace = root && tableGet(root.data, "workspace");
    if (workspace !== void 0) return tableGet(workspace, "dependencies");
  }
  return void 0;
}
function readDependencyTable(toml, tablePath, scope, path, warn, signals, inherited, names) {
  let table = toml.data;
  for (const key of tablePath) table = tableGet(table, key);
  if (table === void 0) return;
  const section = tablePath.join(".");
  for (const key of tableKeys(table)) {
    const spec = tableGet(table, key);
    const line = toml.lineOf([...tablePath, key]);
    let crate = key;
    let version;
    let features = [];
    const notes = [];
    if (typeof spec === "string") {
      version = spec;
    } else if (spec && typeof spec === "object" && !Array.isArray(spec) && !(spec instanceof Date)) {
      const renamed = tableGet(spec, "package");
      if (typeof renamed === "string") {
        crate = renamed;
        notes.push(`as "${key}"`);
      }
      const declared = tableGet(spec, "version");
      if (typeof declared === "string") version = declared;
      const list = tableGet(spec, "features");
      if (Array.isArray(list)) features = list.filter((f) => typeof f === "string");
      if (tableGet(spec, "optional") === true) notes.push("optional");
      if (tableGet(spec, "workspace") === true) {
        notes.push("from workspace");
        const root = tableGet(inherited, key);
        if (typeof root === "string") version = root;
        else if (root && typeof root === "object" && !Array.isArray(root)) {
          const rootName = tableGet(root, "package");
          if (typeof rootName === "string" && crate === key) {
            crate = rootName;
            notes.push(`as "${key}"`);
          }
          const rootVersion = tableGet(root, "version");
          if (typeof rootVersion === "string" && !version) version = rootVersion;
          const rootFeatures = tableGet(root, "features");
          if (Array.isArray(rootFeatures)) features = [.../* @__PURE__ */ new Set([...rootFeatures.filter((f) => typeof f === "string"), ...features])];
        }
      }
    } else {
      warn(`[${section}] "${key}" is neither a version string nor a table`, line);
      continue;
    }
    const base = {
      kind: "package",
      ecosystem: "cargo",
      path,
      source: "cargo",
      ...version ? { version } : {},
      scope
    };
    const suffix = `${version ? ` ${version}` : ""}${notes.length ? ` (${notes.join(", ")})` : ""}`;
    names?.add(key).add(crate);
    signals.push({ ...base, name: crate, line, detail: `${section} "${crate}"${suffix}` });
    const featureLine = toml.lineOf([...tablePath, key, "features"]);
    for (const feature of features) {
      signals.push({ ...base, name: `${crate}[${feature}]`, line: featureLine, detail: `${section} "${crate}" feature "${feature}"${suffix}` });
    }
  }
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
function isStateBackend(type, name, path) {
  const words = [...path.toLowerCase().split(/[/._-]+/), ...name.toLowerCase().split(/[._-]+/)];
  if (!STATE_TYPES.test(type)) return false;
  if (words.some((w) => STATE_WORDS.has(w))) return true;
  return words.includes("state") || /(?:^|\/)backend\.tf$/.test(path) || type.endsWith("_dynamodb_table") && words.includes("lock");
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
function observabilityWord(name, path) {
  const words = [...path.toLowerCase().split(/[/._-]+/), ...name.toLowerCase().split(/[._-]+/)];
  return words.find((w) => OBSERVABILITY_WORDS.has(w));
}
function deadLetterWord(name) {
  const words = name.toLowerCase().split(/[._-]+/);
  if (words.includes("dlq") || words.includes("deadletter")) return words.includes("dlq") ? "dlq" : "deadletter";
  return words.some((w, i) => w === "dead" && words[i + 1] === "letter") ? "dead letter" : void 0;
}
var TOOLING_WORDS = /* @__PURE__ */ new Set(["tools", "tooling", "test", "tests", "testing", "loadtest", "perftest", "sandbox"]);
function toolingFolder(path) {
  return path.split("/").slice(0, -1).find((folder) => folder.toLowerCase().split(/[._-]+/).some((word) => TOOLING_WORDS.has(word)));
}
var REGISTRY_HOST = "registry.terraform.io/";
var terraform = {
  id: "terraform",
  claimsName: (name) => /\.(tf|tofu)$/.test(name),
  matches: (path) => /\.(tf|tofu)$/.test(basename(path)),
  async extract({ path, text, warn }) {
    if (!text.includes("resource") && !text.includes("module")) return [];
    let parsed;
    try {
      parsed = await parseHcl(text);
    } catch (error) {
      warn(`Terraform parser unavailable: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
    if (!parsed.ok) {
      warn(`invalid HCL: ${parsed.message}`, parsed.line);
      return [];
    }
    const related = relatedFacts(parsed.blocks);
    const locals = fileLocals(parsed.blocks);
    return parsed.blocks.flatMap((block) => {
      if (block.type === "resource" && block.labels.length === 2) return [resourceSignal(block, path, related, locals)];
      if (block.type === "module" && block.labels.length === 1) return moduleSignal(block, path, locals);
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
  const add = (address, key, value) => {
    const facts = out.get(address) ?? {};
    facts[key] = value;
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
  for (const [key, value] of block.literals) if (FACT_ATTRIBUTES.has(key)) facts[`attr.${key}`] = value;
  for (const key of IDENTIFIER_ATTRIBUTES) {
    const expression = block.expressions.get(key);
    if (expression) facts[`expr.${key}`] = expression;
  }
  return { ...facts, ...related.get(`${type}.${name}`) };
}
function fileLocals(blocks) {
  const out = /* @__PURE__ */ new Map();
  for (const block of blocks) {
    if (block.type !== "locals") continue;
    for (const [key, value] of block.attributes) if (value) out.set(key, value);
  }
  return out;
}
function literalOf(block, attribute, locals) {
  const literal = block.attributes.get(attribute);
  if (literal) return literal;
  const local = /^local\.([A-Za-z_][\w-]*)$/.exec(block.expressions.get(attribute)?.trim() ?? "")?.[1];
  return local ? locals.get(local) : void 0;
}
function resourceSignal(block, path, related, locals) {
  const [type, name] = block.labels;
  const attribute = ENGINE_ATTRIBUTE[type] ?? "engine";
  const engine = (block.attributes.has(attribute) ? literalOf(block, attribute, locals) : DEFAULT_ENGINE[type])?.toLowerCase();
  const version = block.attributes.get("engine_version") || void 0;
  const ci = path.startsWith(".github/");
  const observability = observabilityWord(name, path);
  const deadLetter = deadLetterWord(name);
  const tooling = toolingFolder(path);
  const review = reviewAppFolder(path);
  return {
    kind: "terraform",
    name: type,
    ...engine ? { engine } : {},
    ...version ? { version } : {},
    path,
    line: block.line,
    source: "terraform",
    detail: `resource ${type}.${name}${engine ? ` (engine ${engine})` : ""}`,
    ...ci || isStateBackend(type, name, path) ? { scope: "dev" } : {},
    ...observability ? { optional: `its name says it carries ${observability}, not the product's data` } : deadLetter ? { optional: `its name says it catches failed messages (${deadLetter}), not the product's data` } : tooling ? { optional: `${tooling}/ provisions the team's tooling or tests, not the product` } : review ? { optional: `${review}/ provisions per-pull-request review apps, not production` } : {},
    facts: resourceFacts(block, related)
  };
}
function moduleSignal(block, path, locals) {
  const name = block.labels[0];
  const rawSource = block.attributes.get("source") || void 0;
  if (!rawSource) return [];
  const source = moduleSource(rawSource);
  const engine = literalOf(block, "engine", locals)?.toLowerCase();
  const version = block.attributes.get("version") || void 0;
  return [{
    kind: "terraform-module",
    name: source,
    ...engine ? { engine } : {},
    ...version ? { version } : {},
    path,
    line: block.line,
    source: "terraform",
    detail: `module "${name}" ${source}${version ? ` ${version}` : ""}${engine ? ` (engine ${engine})` : ""}`,
    facts: { module: `module.${name}`, name, source }
  }];
}
function moduleSource(source) {
  const query = source.indexOf("?");
  const withoutQuery = query === -1 ? source : source.slice(0, query);
  return withoutQuery.startsWith(REGISTRY_HOST) ? withoutQuery.slice(REGISTRY_HOST.length) : withoutQuery;
}

// src/discover/extractors/dockerfile.ts
function isDockerfile(path) {
  const name = lowerName(path);
  return name === "dockerfile" || name === "containerfile" || name.startsWith("dockerfile.") || name.startsWith("dockerfile-") || name.endsWith(".dockerfile");
}
function instructions(text) {
  const out = [];
  let current;
  splitLines(stripBom(text)).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (!current && (trimmed === "" || trimmed.startsWith("#"))) return;
    if (current && trimmed.startsWith("#")) return;
    const body = trimmed.endsWith("\\") ? trimmed.slice(0, -1) : trimmed;
    if (current) {
      current.args += ` ${body}`;
    } else {
      const space = body.search(/\s/);
      current = { keyword: (space === -1 ? body : body.slice(0, space)).toUpperCase(), args: space === -1 ? "" : body.slice(space + 1).trim(), line: index + 1 };
    }
    if (!trimmed.endsWith("\\")) {
      out.push(current);
      current = void 0;
    }
  });
  if (current) out.push(current);
  return out;
}
function substitute(text, args) {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced, fallback, bare) => {
    const value = args.get(braced ?? bare);
    return value !== void 0 && value !== "" ? value : fallback ?? whole;
  });
}
var dockerfile = {
  id: "dockerfile",
  claimsName: (name) => isDockerfile(name),
  matches: isDockerfile,
  extract({ path, text }) {
    const args = /* @__PURE__ */ new Map();
    const stages = /* @__PURE__ */ new Map();
    let last;
    for (const { keyword, args: rest, line } of instructions(text)) {
      if (keyword === "ARG") {
        const [name, value] = rest.split("=", 2);
        if (name && value !== void 0 && !args.has(name.trim())) args.set(name.trim(), unquote(value.trim()));
      } else if (keyword === "FROM") {
        const words = rest.split(/\s+/).filter((word) => !word.startsWith("--"));
        let image = substitute(words[0] ?? "", args);
        image = stages.get(image.toLowerCase()) ?? image;
        if (words[1]?.toUpperCase() === "AS" && words[2]) stages.set(words[2].toLowerCase(), image);
        last = { image, line };
      }
    }
    if (!last) return [];
    const scope = hasDevToken(path) ? "dev" : "prod";
    const folder = dirname(path);
    const signals = [{ kind: "deploy", name: folder, path, line: last.line, source: "dockerfile", detail: `Dockerfile builds ${folder || "."}`, scope }];
    const ref = parseImageRef(last.image);
    if (ref && ref.repository !== "scratch") {
      signals.push({
        kind: "image",
        name: ref.repository,
        path,
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
var import_yaml5 = __toESM(require_dist(), 1);
var herokuYml = {
  id: "heroku-yml",
  claimsName: (name) => name === "heroku.yml",
  matches: (path) => basename(path) === "heroku.yml",
  extract({ path, text, warn }) {
    const { docs, lineOf } = parseYaml(text, warn);
    const doc = docs[0];
    if (!doc || !(0, import_yaml5.isMap)(doc.contents)) return [];
    const section = ["build", "run", "setup"].map((key2) => [key2, mapGet(doc.contents, key2, doc)]).find(([, node]) => node !== void 0);
    if (!section) return [];
    const key = doc.contents.items.find((pair) => pair.key?.value === section[0])?.key;
    return [platformSignal(platformSite(path, "heroku"), "heroku", lineOf(key), `heroku.yml ${section[0]} section`)];
  }
};

// src/discover/extractors/spring-config.ts
var import_yaml6 = __toESM(require_dist(), 1);
function isSpringConfig(path) {
  const name = lowerName(path);
  if (!/^(?:application|bootstrap)(?:-[a-z0-9_.-]+)?\.(?:properties|ya?ml)$/.test(name)) return false;
  const folders = path.split("/").slice(0, -1);
  return path.includes("src/main/resources/") || folders.includes("config");
}
function relaxedEnvName(key) {
  return key.replace(/\[(\d+)\]/g, ".$1").replace(/[.-]+/g, "_").toUpperCase();
}
var PROD_PROFILE = /^application-(?:prod|production|live)\.(?:properties|ya?ml)$/;
var PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}/g;
function readProperties(text) {
  const out = [];
  const lines = splitLines(stripBom(text));
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
function flattenYaml(node, prefix, doc, lineOf, out, depth = 0) {
  const value = resolve(node, doc);
  if (depth > 20) return;
  if ((0, import_yaml6.isMap)(value)) {
    for (const [key, child, keyNode] of mapEntries(value, doc)) {
      const dotted = prefix ? `${prefix}.${key}` : key;
      const inner = resolve(child, doc);
      if ((0, import_yaml6.isMap)(inner) || (0, import_yaml6.isSeq)(inner)) flattenYaml(inner, dotted, doc, lineOf, out, depth + 1);
      else out.push({ key: dotted, value: scalarText(child, doc) ?? "", line: lineOf(keyNode) });
    }
  } else if ((0, import_yaml6.isSeq)(value)) {
    value.items.forEach((item, index) => flattenYaml(item, `${prefix}[${index}]`, doc, lineOf, out, depth + 1));
  }
}
var springConfig = {
  id: "spring",
  claimsName: (name) => /^(?:application|bootstrap)(?:-[a-z0-9_.-]+)?\.(?:properties|ya?ml)$/i.test(name),
  matches: isSpringConfig,
  extract({ path, text, warn }) {
    const scope = hasDevToken(path) ? "dev" : "prod";
    const properties = [];
    if (path.endsWith(".properties")) {
      properties.push(...readProperties(text));
    } else {
      const { docs, lineOf } = parseYamlStream(text, warn);
      for (const doc of docs) flattenYaml(doc.contents, "", doc, lineOf, properties);
    }
    const signals = [];
    const deployment = PROD_PROFILE.test(lowerName(path));
    for (const { key, value, line } of properties) {
      const site = { path, line, source: "spring", context: `property ${key}`, scope, deployment };
      signals.push(...variableSignals(relaxedEnvName(key), value, site).map((s) => ({ ...s, detail: s.detail.replace(`property ${key} ${relaxedEnvName(key)}`, `property ${key}`) })));
      for (const placeholder of value.matchAll(PLACEHOLDER)) {
        if (placeholder[1].toUpperCase() === relaxedEnvName(key)) continue;
        signals.push({ kind: "env", name: placeholder[1], path, line, source: "spring", detail: `property ${key} from \${${placeholder[1]}}`, scope });
      }
    }
    return signals;
  }
};

// src/discover/extractors/dotnet-appsettings.ts
var APPSETTINGS = /^appsettings(?:\.[a-z0-9_-]+)?\.json$/;
var MAX_DEPTH = 12;
var dotnetAppSettings = {
  id: "appsettings",
  claimsName: (name) => APPSETTINGS.test(name.toLowerCase()),
  matches: (path) => APPSETTINGS.test(lowerName(path)),
  extract({ path, text, warn }) {
    const json = parseJsonWithPositions(text, warn);
    const scope = hasDevToken(path) ? "dev" : "prod";
    const signals = [];
    const visit3 = (node, key, line, depth) => {
      if (!node || depth > MAX_DEPTH) return;
      if (node.type === "object") {
        for (const prop of node.children ?? []) {
          const [keyNode, value] = prop.children ?? [];
          if (!keyNode || typeof keyNode.value !== "string") continue;
          visit3(value, key ? `${key}.${keyNode.value}` : keyNode.value, json.lineOf(keyNode), depth + 1);
        }
      } else if (node.type === "array") {
        (node.children ?? []).forEach((child, index) => visit3(child, `${key}[${index}]`, json.lineOf(child), depth + 1));
      } else if (key) {
        const value = node.type === "string" ? String(node.value) : void 0;
        signals.push(...variableSignals(relaxedEnvName(key), value, { path, line, source: "appsettings", context: `setting ${key}`, scope }));
      }
    };
    visit3(json.root, "", 1, 0);
    return signals.map((s) => ({ ...s, detail: s.detail.replace(/^setting (\S+) [A-Z0-9_]+/, "setting $1") }));
  }
};

// src/discover/extractors/app-config-yaml.ts
var CONFIG_FOLDERS = /* @__PURE__ */ new Set(["config", "configs", "configuration", "configurations", "settings"]);
var NOT_SETTINGS_FOLDERS = /* @__PURE__ */ new Set(["locales", "locale", "i18n", "translations", "lang", "deploy", "k8s", "kubernetes", "helm", "charts", "terraform"]);
var MENU_FILES = /* @__PURE__ */ new Set(["storage.yml", "storage.yaml"]);
var RAILS_ENVIRONMENTS = /* @__PURE__ */ new Set(["production", "staging", "development", "test", "defaults", "default", "shared"]);
var DEV_ENVIRONMENTS = /* @__PURE__ */ new Set(["development", "test"]);
var SAMPLE_SETTINGS = /^(?:config|configuration|settings)[._-](?:sample|example|dist|template|default|defaults)\.ya?ml$/;
var TEMPLATE_WORDS = /* @__PURE__ */ new Set(["sample", "example", "dist", "template", "default", "defaults"]);
function isAppConfigYaml(path) {
  const name = lowerName(path);
  if (!/\.ya?ml$/.test(name) || name === "database.yml" || name === "database.yaml" || MENU_FILES.has(name) || isSpringConfig(path)) return false;
  if (SAMPLE_SETTINGS.test(name)) return true;
  const folders = path.toLowerCase().split("/").slice(0, -1);
  const at = folders.findIndex((folder) => CONFIG_FOLDERS.has(folder));
  return at !== -1 && !folders.slice(at).some((folder) => NOT_SETTINGS_FOLDERS.has(folder));
}
var VARIABLE_REFERENCE = /\bENV(?:\.fetch\(\s*|\[\s*)["']([A-Za-z_][A-Za-z0-9_]*)["']|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-[^}]*)?\}/g;
var MAX_SETTINGS = 2e3;
var LOOPBACK_HOSTS = /* @__PURE__ */ new Set(["localhost", "127.0.0.1", "0.0.0.0", "[::1]"]);
function isLoopbackUrl(value) {
  try {
    return LOOPBACK_HOSTS.has(new URL(unquote(value.trim())).hostname.toLowerCase());
  } catch {
    return false;
  }
}
var appConfigYaml = {
  id: "app-config",
  claimsName: (name) => /\.ya?ml$/i.test(name),
  matches: isAppConfigYaml,
  extract({ path, text, warn }) {
    const fileDev = hasDevToken(path);
    const templated = text.includes("<%");
    const { docs, lineOf } = parseYamlStream(text, templated ? () => void 0 : warn);
    const properties = [];
    for (const doc of docs) flattenYaml(doc.contents, "", doc, lineOf, properties);
    const stem = pathTokens(lowerName(path).replace(/\.ya?ml$/, "")).filter((word) => !TEMPLATE_WORDS.has(word)).join("_");
    const appWord = ["config", "configuration", "settings", "app", "application", "values", ...RAILS_ENVIRONMENTS].includes(stem) || fileDev ? "" : stem;
    const signals = [];
    for (const { key, value, line } of properties.slice(0, MAX_SETTINGS)) {
      const segments = key.split(".");
      const environment = RAILS_ENVIRONMENTS.has(segments[0].toLowerCase()) && segments.length > 1 ? segments.shift().toLowerCase() : void 0;
      const scope = fileDev || environment && DEV_ENVIRONMENTS.has(environment) ? "dev" : "prod";
      const name = relaxedEnvName([appWord, ...segments].filter(Boolean).join("."));
      if (!/^[A-Z_][A-Z0-9_]*$/.test(name)) continue;
      const deployment = scope === "prod" && (environment === "production" || stem === "production");
      const site = { path, line, source: "app-config", context: `setting ${key}`, scope, deployment };
      const own = variableSignals(name, value, site).filter((s) => s.kind !== "url-scheme" || !isLoopbackUrl(value));
      signals.push(...own.map((s) => ({ ...s, detail: s.detail.replace(`setting ${key} ${name}`, `setting ${key}`) })));
      for (const reference of value.matchAll(VARIABLE_REFERENCE)) {
        const variable = reference[1] ?? reference[2];
        signals.push({ kind: "env", name: variable, path, line, source: "app-config", detail: `setting ${key} from ${variable}`, scope });
      }
    }
    return signals;
  }
};

// src/discover/extractors/elixir-config.ts
var CONFIG_FILE = /^(?:config|prod|runtime|releases|staging)\.exs$/;
var ENV_CALL = /\b(?:get_env|fetch_env!?)\(\s*"([A-Za-z_][A-Za-z0-9_]*)"/g;
function isElixirConfig(path) {
  const folders = path.split("/").slice(0, -1);
  return folders[folders.length - 1] === "config" && CONFIG_FILE.test(lowerName(path));
}
var elixirConfig = {
  id: "elixir-config",
  claimsName: (name) => CONFIG_FILE.test(name.toLowerCase()),
  matches: isElixirConfig,
  extract({ path, text }) {
    const signals = [];
    splitLines(stripBom(text)).forEach((raw, index) => {
      const line = raw.trimStart();
      if (line.startsWith("#")) return;
      for (const call of line.matchAll(ENV_CALL)) {
        signals.push({ kind: "env", name: call[1], path, line: index + 1, source: "elixir-config", detail: `config reads ${call[1]}`, scope: "prod" });
      }
    });
    return signals;
  }
};

// src/discover/extractors/github-workflow.ts
var import_yaml7 = __toESM(require_dist(), 1);
function isWorkflowFile(path) {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}
var REFERENCE = /\b(?:secrets|vars)\.([A-Za-z_][A-Za-z0-9_]*)/g;
var githubWorkflow = {
  id: "workflow",
  claimsName: (name) => /\.ya?ml$/.test(name),
  matches: isWorkflowFile,
  extract({ path, text, warn }) {
    const { docs, lineOf } = parseYaml(text, warn);
    const doc = docs[0];
    if (!doc || !(0, import_yaml7.isMap)(doc.contents)) return [];
    const signals = [];
    const seen = /* @__PURE__ */ new Set();
    const add = (name, node, how) => {
      if (seen.has(name)) return;
      seen.add(name);
      signals.push({ kind: "env", name, path, line: lineOf(node), source: "workflow", detail: `workflow ${how} ${name}`, context: "ci" });
    };
    const envKeys = (node) => {
      for (const [name, , keyNode] of mapEntries(node, doc)) if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) add(name, keyNode, "env");
    };
    envKeys(mapGet(doc.contents, "env", doc));
    for (const [, job] of mapEntries(mapGet(doc.contents, "jobs", doc), doc)) {
      envKeys(mapGet(job, "env", doc));
      for (const step of seqItems(mapGet(job, "steps", doc), doc)) {
        envKeys(mapGet(step, "env", doc));
        const uses = mapGet(step, "uses", doc);
        const action = actionName(scalarText(uses, doc));
        if (action) signals.push({ kind: "platform", name: `action:${action}`, path, line: lineOf(uses), source: "workflow", detail: `workflow step uses ${action}`, context: "ci" });
      }
    }
    references(doc, (name, node) => add(name, node, "uses"));
    return signals;
  }
};
function actionName(uses) {
  if (!uses || uses.startsWith("./") || uses.includes("://")) return void 0;
  const [owner, repo] = uses.split("@")[0].split("/");
  return owner && repo ? `${owner}/${repo}`.toLowerCase() : void 0;
}
function references(doc, found) {
  (0, import_yaml7.visit)(doc, {
    Scalar(_, node) {
      if (typeof node.value !== "string" || !node.value.includes(".")) return;
      for (const match of node.value.matchAll(REFERENCE)) found(match[1], node);
    }
  });
}

// src/discover/extractors/node-config-env.ts
var import_yaml8 = __toESM(require_dist(), 1);
var NAMES = /* @__PURE__ */ new Set(["custom-environment-variables.yaml", "custom-environment-variables.yml", "custom-environment-variables.json"]);
var nodeConfigEnv = {
  id: "node-config",
  claimsName: (name) => NAMES.has(name),
  matches: (path) => NAMES.has(basename(path)),
  extract({ path, text, warn }) {
    const { docs, lineOf } = parseYaml(text, warn);
    const doc = docs[0];
    if (!doc) return [];
    const scope = hasDevToken(path) ? "dev" : "prod";
    const signals = [];
    const visit3 = (node, keys, d) => {
      if (keys.length > 20) return;
      for (const [key, value, keyNode] of mapEntries(node, d)) {
        const inner = resolve(value, d);
        const named = (0, import_yaml8.isMap)(inner) ? scalarText(mapGet(inner, "__name", d), d) : scalarText(inner, d);
        if (named !== void 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(named)) {
          signals.push({ kind: "env", name: named, path, line: lineOf(keyNode), source: "node-config", detail: `setting ${[...keys, key].join(".")} from ${named}`, scope });
        } else if ((0, import_yaml8.isMap)(inner)) {
          visit3(inner, [...keys, key], d);
        }
      }
    };
    visit3(doc.contents, [], doc);
    return signals;
  }
};

// src/discover/extractors/rails-config.ts
var RUBY_FILES = /^config\/(?:application\.rb|environments\/production\.rb)$/;
var INITIALIZER = /^config\/initializers\/[^/]+\.rb$/;
var SMTP_ADDRESS = /^\s*(?:address:|:address\s*=>)\s*["']([A-Za-z0-9.-]+)["']/;
var DATABASE_YML = /^config\/database\.ya?ml(?:\.(?:sample|example|dist|template))?$/;
var SETTINGS = {
  "active_storage.service": "ACTIVE_STORAGE_SERVICE",
  "action_mailer.delivery_method": "ACTION_MAILER_DELIVERY_METHOD",
  cache_store: "CACHE_STORE",
  "active_job.queue_adapter": "ACTIVE_JOB_QUEUE_ADAPTER",
  session_store: "SESSION_STORE"
};
var ASSIGNMENT = /^\s*config\.((?:active_storage\.service|action_mailer\.delivery_method|cache_store|active_job\.queue_adapter|session_store))\s*=\s*(?::([a-z_][a-z0-9_]*)|["']([a-z_][a-z0-9_]*)["'])/;
var ENV_GUARD = /^(?:if|elsif|unless)\b.*\bENV\b/;
function envGuardOf(rows, index) {
  const indent = (row) => row.length - row.trimStart().length;
  const own = indent(rows[index]);
  for (let i = index - 1; i >= 0; i--) {
    const row = rows[i];
    if (row.trim() === "" || row.trimStart().startsWith("#") || indent(row) >= own) continue;
    const text = row.trim();
    return ENV_GUARD.test(text) ? { text, line: i + 1 } : void 0;
  }
  return void 0;
}
function relative(path) {
  const index = path.lastIndexOf("config/");
  return index === -1 || index > 0 && path[index - 1] !== "/" ? void 0 : path.slice(index);
}
var railsConfig = {
  id: "rails",
  claimsName: (name) => name === "application.rb" || name === "production.rb" || /^database\.ya?ml(?:\.(?:sample|example|dist|template))?$/.test(name) || name.endsWith(".rb"),
  matches: (path) => {
    const rel = relative(path);
    return rel !== void 0 && (RUBY_FILES.test(rel) || DATABASE_YML.test(rel) || INITIALIZER.test(rel));
  },
  extract({ path, text }) {
    const signals = [];
    if (/\.ya?ml(?:\.[a-z]+)?$/.test(path)) {
      const { docs, lineOf } = parseYaml(text, () => void 0);
      const doc = docs[0];
      if (!doc) return [];
      const section = mapGet(doc.contents, "production", doc) ?? mapGet(doc.contents, "default", doc);
      const databases = mapGet(section, "adapter", doc) ? [section] : mapEntries(section, doc).map(([, value]) => value);
      for (const database of databases) {
        const adapterNode = mapGet(database, "adapter", doc);
        const adapter = scalarText(adapterNode, doc)?.trim().toLowerCase();
        if (!adapter || !/^[a-z][a-z0-9_]*$/.test(adapter)) continue;
        signals.push({ kind: "env-value", name: `DATABASE_ADAPTER=${adapter}`, path, line: lineOf(adapterNode), source: "rails", detail: `database.yml adapter: ${adapter}`, scope: "prod" });
      }
      return signals;
    }
    const rows = splitLines(stripBom(text));
    if (text.includes("smtp_settings")) {
      rows.forEach((line, index) => {
        const host = SMTP_ADDRESS.exec(line)?.[1];
        const relay = host ? smtpRelayHost(host) : void 0;
        if (relay) signals.push(smtpHostSignal(relay, `smtp_settings address: ${relay}`, { path, line: index + 1, source: "rails", scope: "prod" }));
      });
    }
    if (INITIALIZER.test(relative(path))) return signals;
    rows.forEach((line, index) => {
      const match = ASSIGNMENT.exec(line);
      if (!match) return;
      const value = match[2] ?? match[3];
      const guard = envGuardOf(rows, index);
      const optional = guard ? `set only under \`${guard.text}\` (${path}:${guard.line}): a choice the deployer makes by setting the variable` : void 0;
      signals.push({ kind: "env-value", name: `${SETTINGS[match[1]]}=${value}`, path, line: index + 1, source: "rails", detail: `config.${match[1]} = :${value}`, scope: "prod", ...optional ? { optional } : {} });
    });
    return signals;
  }
};

// src/discover/extractors/ecs-task-definition.ts
var TEMPLATE_ENDINGS = [".json.tpl", ".json.tftpl", ".json.tmpl", ".json.j2"];
var isJsonName = (name) => name.endsWith(".json") || TEMPLATE_ENDINGS.some((ending) => name.endsWith(ending));
var TASK_WORDS = /* @__PURE__ */ new Set(["ecs", "task", "tasks", "taskdef", "taskdefinition", "container", "containers"]);
function isEcsTaskDefinitionCandidate(path) {
  const name = lowerName(path);
  if (!isJsonName(name) || path.startsWith(".github/")) return false;
  return path.toLowerCase().split("/").some((part) => part.split(/[._-]+/).some((word) => TASK_WORDS.has(word)));
}
var ecsTaskDefinition = {
  id: "ecs",
  claimsName: isJsonName,
  matches: isEcsTaskDefinitionCandidate,
  extract({ path, text, warn }) {
    if (!text.includes('"image"')) return [];
    const template = !lowerName(path).endsWith(".json");
    const { root, lineOf } = parseJsonWithPositions(text, template ? () => void 0 : warn);
    const list = root?.type === "array" ? root : property(root, "containerDefinitions");
    if (!list || list.type !== "array") return [];
    const scope = hasDevToken(path) ? "dev" : "prod";
    const signals = [];
    for (const container of list.children ?? []) {
      const imageNode = property(container, "image");
      if (typeof imageNode?.value !== "string") continue;
      const containerName = stringOf(property(container, "name")) ?? "?";
      const context = `container "${containerName}"`;
      const image = imageNode.value.includes("${") ? void 0 : parseImageRef(imageNode.value);
      const containerScope = scope === "dev" || image !== void 0 && isDevHelperImage(image.repository) ? "dev" : "prod";
      if (image) {
        signals.push({
          kind: "image",
          name: image.repository,
          path,
          line: lineOf(imageNode),
          source: "ecs",
          detail: `${context} image ${image.repository}${image.tag ? `:${image.tag}` : ""}`,
          ...image.tag ? { version: image.tag } : {},
          scope: containerScope,
          facts: { container: containerName, image: image.repository }
        });
      }
      for (const section of ["environment", "secrets"]) {
        for (const variable of property(container, section)?.children ?? []) {
          const nameNode = property(variable, "name");
          const name = stringOf(nameNode);
          if (!nameNode || !name) continue;
          const value = section === "environment" ? stringOf(property(variable, "value")) : void 0;
          for (const signal of variableSignals(name, value, { path, line: lineOf(nameNode), source: "ecs", context: `${context} ${section}`, scope: containerScope })) {
            signals.push({ ...signal, facts: { container: containerName, variable: name } });
          }
        }
      }
    }
    return signals;
  }
};
function stringOf(node) {
  return typeof node?.value === "string" ? node.value : void 0;
}

// src/discover/extractors/wrangler-config.ts
var BINDINGS = [
  { key: "d1_databases", service: "cloudflare-d1", label: (e) => str(tableGet(e, "database_name")) ?? str(tableGet(e, "binding")) },
  { key: "kv_namespaces", service: "cloudflare-kv", label: (e) => str(tableGet(e, "binding")) },
  { key: "r2_buckets", service: "cloudflare-r2", label: (e) => str(tableGet(e, "bucket_name")) ?? str(tableGet(e, "binding")) }
];
var NOUN = { "cloudflare-d1": "D1 database", "cloudflare-kv": "KV namespace", "cloudflare-r2": "R2 bucket" };
var str = (value) => typeof value === "string" && value ? value : void 0;
var FILE_NAMES = /* @__PURE__ */ new Set(["wrangler.toml", "wrangler.json", "wrangler.jsonc"]);
var wranglerConfig = {
  id: "wrangler",
  claimsName: (name) => FILE_NAMES.has(name),
  matches: (path) => FILE_NAMES.has(basename(path)),
  extract({ path, text, warn }) {
    const config = readConfig(path, text, warn);
    if (!config) return [];
    const site = platformSite(path, "wrangler");
    const workerName = str(tableGet(config.data, "name"));
    const signals = [
      platformSignal(site, "cloudflare-workers", config.lineOf(["name"]), workerName ? `Cloudflare Worker "${workerName}"` : "Cloudflare Worker config"),
      { kind: "deploy", name: dirname(path), path, line: config.lineOf(["name"]), source: "wrangler", detail: "wrangler deploys this folder as a Worker", scope: site.scope }
    ];
    const scopes = [{ keys: [], scope: site.scope }];
    for (const env of tableKeys(tableGet(config.data, "env"))) scopes.push({ keys: ["env", env], scope: hasDevToken(env) || /^(?:staging|stage|preview)$/i.test(env) ? "dev" : site.scope });
    for (const { keys, scope } of scopes) {
      let table = config.data;
      for (const key of keys) table = tableGet(table, key);
      for (const binding of BINDINGS) {
        const entries = tableGet(table, binding.key);
        if (!Array.isArray(entries)) continue;
        entries.forEach((entry, index) => {
          const label = binding.label(entry);
          const line = config.lineOf([...keys, binding.key], index);
          signals.push(platformSignal({ ...site, scope }, binding.service, line, `${keys.length ? `[${keys.join(".")}] ` : ""}${NOUN[binding.service]}${label ? ` "${label}"` : ""} bound to the Worker`, { scope }));
        });
      }
      const vars = tableGet(table, "vars");
      for (const name of tableKeys(vars)) signals.push(...envSignals({ ...site, scope }, name, tableGet(vars, name), config.lineOf([...keys, "vars", name]), `${keys.length ? `${keys.join(".")}.` : ""}vars`, scope));
    }
    return signals;
  }
};
function readConfig(path, text, warn) {
  if (path.endsWith(".toml")) {
    const toml = parseTomlWithLines(text, warn);
    return toml && { data: toml.data, lineOf: (keys) => toml.lineOf(keys) };
  }
  const json = parseJsonConfig(text, basename(path), warn);
  if (!json) return void 0;
  const nodeAt = (keys, index) => {
    let node = json.root;
    for (const key of keys) node = property(node, key);
    return index !== void 0 && node?.type === "array" ? node.children?.[index] ?? node : node;
  };
  return { data: getNodeValue(json.root), lineOf: (keys, index) => {
    const node = nodeAt(keys, index);
    return node ? json.lineOf(node) : json.firstKeyLine;
  } };
}

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
  wranglerConfig,
  netlifyToml,
  flyToml,
  replitConfig,
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
  dotnetAppSettings,
  appConfigYaml,
  elixirConfig,
  githubWorkflow,
  nodeConfigEnv,
  railsConfig,
  ecsTaskDefinition
];

// src/discover/usage.ts
var JS_EXTENSIONS = ["js", "jsx", "ts", "tsx", "mjs", "cjs", "mts", "cts", "vue", "svelte", "astro"];
var EXTENSIONS = { npm: JS_EXTENSIONS, go: ["go"], cargo: ["rs"], pypi: ["py"] };
var CODE_EXTENSIONS = [...JS_EXTENSIONS, "go", "rs", "py", "rb", "php", "java", "kt", "kts", "scala", "groovy", "cs", "ex", "exs", "erb"];
var CONFIG_EXTENSIONS = ["yml", "yaml", "toml", "ini", "conf", "cfg", "properties", "hjson", "sample"];
var extensionOf = (path) => path.slice(path.lastIndexOf(".") + 1).toLowerCase();
function isTestFile(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return /(?:[._-](?:test|spec|stories)\.[a-z]+$|^test_[^/]+\.py$|^conftest\.py$|_test\.(?:go|py|rs)$|Tests?\.(?:java|kt)$)/.test(name);
}
function countsAsProductCode(path) {
  return !isSkippedPath(path) && !isTestFile(path);
}
var escapeRegExp2 = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
function pythonModules(name, imports) {
  if (imports && imports.length > 0) return [...imports];
  const n = name.toLowerCase().replace(/[-_.]+/g, "-");
  const out = /* @__PURE__ */ new Set();
  const add = (value) => void (value && out.add(value.replace(/-/g, "_")));
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
var inFolder = (path, folder) => folder === "" || path.startsWith(`${folder}/`);
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
  const envNames = [...new Set(request.envNames.filter((name) => !name.startsWith("*")))];
  const suffixNames = [...new Set(request.envNames.filter((name) => name.startsWith("*")).map((name) => name.slice(1)))];
  const schemes = [...new Set(request.urlSchemes ?? [])];
  const envTests = new Map(envNames.map((name) => [name, new RegExp(`\\b${escapeRegExp2(name)}\\b`)]));
  const schemeTests = new Map(schemes.map((scheme) => [scheme, new RegExp(`\\b${escapeRegExp2(scheme)}(?:\\+[\\w.-]+)?:\\/\\/(?![\\s'"\`]|$)`, "i")]));
  const imported = /* @__PURE__ */ new Map();
  const envRead = /* @__PURE__ */ new Map();
  const urlSeen = /* @__PURE__ */ new Map();
  let ms = 0;
  const needles = [.../* @__PURE__ */ new Set([...[...matchers.values()].flatMap(({ matcher }) => matcher.needles), ...envNames, ...schemes])];
  const suffixPatterns = suffixNames.map((suffix) => `([A-Z0-9]+_)*${escapeEre(suffix)}`);
  const suffixTests = suffixNames.map((suffix) => ({ suffix, re: new RegExp(`(?<![A-Za-z0-9_])((?:[A-Z0-9]+_)*${escapeRegExp2(suffix)})(?![A-Za-z0-9_])`) }));
  if (needles.length > 0 || suffixPatterns.length > 0) {
    const specs = /* @__PURE__ */ new Set();
    for (const { query, matcher } of matchers.values()) for (const ext of matcher.extensions) specs.add(`${query.folder ? `${query.folder}/` : ""}*.${ext}`);
    const settingExtensions = [...envNames.length > 0 || schemes.length > 0 || suffixNames.length > 0 ? CODE_EXTENSIONS : [], ...schemes.length > 0 ? CONFIG_EXTENSIONS : []];
    if (options.settingPaths) {
      for (const path of options.settingPaths) if (settingExtensions.includes(extensionOf(path))) specs.add(`:(literal)${path}`);
    } else {
      for (const ext of settingExtensions) specs.add(`*.${ext}`);
    }
    if (specs.size === 0) return { imported: (query) => undecidable.has(queryKey(query)) || !matchers.has(queryKey(query)) ? void 0 : null, envRead: () => [], urlSeen: () => void 0, ms };
    const start = process.hrtime.bigint();
    const patterns = suffixPatterns.length > 0 ? ["-E", ...needles.map(escapeEre), ...suffixPatterns] : ["-F", ...needles];
    const args = ["-c", "core.quotePath=false", "grep", "-I", "-n", "-z", patterns[0], "-w", ...patterns.slice(1).flatMap((n) => ["-e", n]), ...options.revision ? [options.revision] : [], "--", ...specs];
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
      const path = record.slice(0, first).slice(record.startsWith(prefix) ? prefix.length : 0);
      if (!countsAsProductCode(path)) continue;
      const line = Number(record.slice(first + 1, second));
      const text = record.slice(second + 1);
      const ext = extensionOf(path);
      for (const [key, { query, matcher }] of matchers) {
        if (!imported.has(key) && inFolder(path, query.folder) && matcher.extensions.includes(ext) && matcher.test(text)) imported.set(key, { path, line });
      }
      if (CODE_EXTENSIONS.includes(ext) && !/\.ya?ml\.erb$/i.test(path)) {
        for (const [name, re] of envTests) {
          const sites = envRead.get(name) ?? [];
          if (sites.length < MAX_SITES && re.test(text)) envRead.set(name, [...sites, { path, line }]);
        }
      }
      for (const [scheme, re] of schemeTests) if (!urlSeen.has(scheme) && re.test(text)) urlSeen.set(scheme, { path, line });
      if (CODE_EXTENSIONS.includes(ext) && !/\.ya?ml\.erb$/i.test(path)) {
        for (const { suffix, re } of suffixTests) {
          const name = re.exec(text)?.[1];
          const sites = envRead.get(`*${suffix}`) ?? [];
          if (name && sites.length < MAX_SITES) envRead.set(`*${suffix}`, [...sites, { path, line, name }]);
        }
      }
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
var escapeEre = (text) => text.replace(/[.[\]()*+?{}|^$\\]/g, "\\$&");

// src/discover/scan.ts
var byName = /* @__PURE__ */ new WeakMap();
function extractorsFor(path, extractors = EXTRACTORS) {
  let cache = byName.get(extractors);
  if (!cache) byName.set(extractors, cache = /* @__PURE__ */ new Map());
  const name = basename(path);
  let candidates = cache.get(name);
  if (!candidates) cache.set(name, candidates = extractors.filter((extractor) => extractor.claimsName(name)));
  return candidates.length === 0 ? candidates : candidates.filter((extractor) => extractor.matches(path));
}
function isManifest(path) {
  return extractorsFor(path).length > 0;
}
var READ_CONCURRENCY = 16;
async function collectSignals(paths, source) {
  const warnings = [];
  const unreadable = [];
  const jobs = paths.map((path) => ({ path, extractors: extractorsFor(path) })).filter((job) => job.extractors.length > 0);
  const results = new Array(jobs.length);
  let next = 0;
  async function worker() {
    while (next < jobs.length) {
      const index = next++;
      const { path, extractors } = jobs[index];
      const read = await source.read(path);
      if (!read.ok) {
        warnings.push({ path, message: read.reason });
        if (read.code !== "missing") unreadable.push({ path, reason: read.reason });
        results[index] = [];
        continue;
      }
      const signals = [];
      for (const extractor of extractors) {
        try {
          signals.push(...await extractor.extract({ path, text: read.text, warn: (message, line) => warnings.push({ path, ...line ? { line } : {}, message }), readSibling: (rel) => readSibling(source, path, rel) }));
        } catch (error) {
          warnings.push({ path, message: `${extractor.id} could not read this file: ${error instanceof Error ? error.message : String(error)}` });
        }
      }
      results[index] = signals;
    }
  }
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, jobs.length) }, worker));
  warnings.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0));
  unreadable.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { signals: results.flat(), warnings, unreadable };
}
async function readSibling(source, fromPath, relPath) {
  const target = posix3.normalize(posix3.join(posix3.dirname(fromPath), relPath));
  if (posix3.isAbsolute(relPath) || target === ".." || target.startsWith("../")) return void 0;
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

export {
  findUsage,
  extractorsFor,
  isManifest,
  collectSignals,
  scanRepository,
  scanSource
};
