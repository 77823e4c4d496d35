import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  yamlShapeProblem
} from "./chunk-VIX7GTYN.js";
import {
  ConfigError,
  parseSettings,
  staysInRepository
} from "./chunk-M52GZBCH.js";
import "./chunk-D3U573I3.js";
import {
  require_dist
} from "./chunk-ZCF6USJZ.js";
import "./chunk-EXPTTWJG.js";
import {
  __toESM
} from "./chunk-KJ7NEGQU.js";

// src/config/file.ts
var import_yaml = __toESM(require_dist(), 1);
function lineLocator(doc, lineCounter) {
  const lineAt = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : void 0;
  return (path) => {
    let node = doc.contents;
    let line = 1;
    for (const step of path) {
      if (typeof step === "number" && (0, import_yaml.isSeq)(node)) {
        node = node.items[step];
        line = lineAt(node) ?? line;
      } else if (typeof step === "string" && (0, import_yaml.isMap)(node)) {
        const pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === step);
        if (!pair) break;
        line = lineAt(pair.key) ?? line;
        node = pair.value;
      } else {
        break;
      }
    }
    return line;
  };
}
function parseConfigFile(text, file) {
  const shape = yamlShapeProblem(text);
  if (shape) throw new ConfigError(`${file}:1: ${shape}`);
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter });
  if (doc.errors.length > 0) {
    const problems2 = doc.errors.map((e) => `${file}:${e.linePos?.[0]?.line ?? 1}: ${e.message.split("\n")[0]}`);
    throw new ConfigError(problems2.join("\n"), problems2);
  }
  if (doc.contents == null) return {};
  if (!(0, import_yaml.isMap)(doc.contents)) throw new ConfigError(`${file}:1: the config file must be a mapping of settings`);
  const lineOf = lineLocator(doc, lineCounter);
  let raw;
  try {
    raw = doc.toJS({ maxAliasCount: 1e3 });
  } catch (error) {
    let line = 1;
    (0, import_yaml.visit)(doc, { Alias: (_, node) => (line = node.range ? lineCounter.linePos(node.range[0]).line : 1, import_yaml.visit.BREAK) });
    throw new ConfigError(`${file}:${line}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  const problems = [];
  let settings = {};
  try {
    settings = parseSettings(raw, (key, sub = []) => `${file}:${lineOf([key, ...sub])}`);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  for (const key of REPOSITORY_PATH_KEYS) {
    const value = raw[key];
    if (typeof value === "string" && value !== "" && !staysInRepository(value)) {
      problems.push(`${file}:${lineOf([key])}: ${key}: must be a path inside the repository (got ${JSON.stringify(value)})`);
    }
  }
  if (problems.length > 0) {
    const lineOfProblem = (problem) => Number(/^:(\d+): /.exec(problem.slice(file.length))?.[1] ?? 0);
    const sorted = problems.map((problem, i) => ({ problem, i })).sort((a, b) => lineOfProblem(a.problem) - lineOfProblem(b.problem) || a.i - b.i).map((x) => x.problem);
    throw new ConfigError(sorted.join("\n"), sorted);
  }
  if (settings.ignore) settings.ignore = settings.ignore.map((entry, i) => ({ ...entry, file, line: lineOf(["ignore", i]) }));
  return settings;
}
var REPOSITORY_PATH_KEYS = ["doc-path", "rules"];
export {
  parseConfigFile
};
