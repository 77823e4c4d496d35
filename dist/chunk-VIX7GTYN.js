import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  require_dist
} from "./chunk-ZCF6USJZ.js";
import {
  __toESM
} from "./chunk-KJ7NEGQU.js";

// src/util/yaml-limits.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_YAML_DEPTH = 100;
var MAX_YAML_NODES = 15e4;
function yamlShapeProblem(text, limits = {}) {
  const maxDepth = limits.depth ?? MAX_YAML_DEPTH;
  const maxNodes = limits.nodes ?? MAX_YAML_NODES;
  const tooDeep = () => `YAML nested more than ${maxDepth} levels deep; not parsed (no manifest nests that far, and parsing it would exhaust memory)`;
  const tooBig = () => `YAML with more than ${maxNodes.toLocaleString("en-US")} values; not parsed (parsing it would exhaust memory)`;
  const indents = [];
  let blockDepth = 0;
  let flow = 0;
  let nodes = 0;
  let quote = null;
  let blockScalar = -1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    let i = 0;
    while (i < line.length && (line[i] === " " || line[i] === "	")) i++;
    const indent = i;
    const blank = i === line.length;
    if (blockScalar >= 0) {
      if (blank || indent > blockScalar) continue;
      blockScalar = -1;
    }
    if (blank && !quote) continue;
    if (!quote && flow === 0) {
      if (line[i] === "#") continue;
      while (indents.length > 0 && indents[indents.length - 1] > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1] < indent) indents.push(indent);
      blockDepth = indents.length;
      nodes++;
    }
    let depthHere = blockDepth;
    let valueStart = true;
    for (; i < line.length; i++) {
      const c = line[i];
      if (quote) {
        if (c === "\\" && quote === '"') i++;
        else if (c === quote) {
          if (quote === "'" && line[i + 1] === "'") i++;
          else quote = null;
        }
        continue;
      }
      if (c === " " || c === "	") continue;
      const prev = i > 0 ? line[i - 1] : " ";
      if (c === "#" && (prev === " " || prev === "	")) break;
      if (flow === 0 && (c === "-" || c === "?") && valueStart && (i + 1 === line.length || line[i + 1] === " ")) {
        depthHere++;
        nodes++;
        continue;
      }
      if ((c === '"' || c === "'") && (valueStart || flow > 0 && (prev === " " || prev === "[" || prev === "{" || prev === ","))) {
        quote = c;
        continue;
      }
      if ((c === "[" || c === "{") && (flow > 0 || valueStart)) {
        flow++;
        nodes++;
        if (depthHere + flow > maxDepth) return tooDeep();
        valueStart = true;
        continue;
      }
      if ((c === "]" || c === "}") && flow > 0) {
        flow--;
        valueStart = false;
        continue;
      }
      if (flow > 0 && c === ",") {
        nodes++;
        valueStart = true;
        continue;
      }
      if (c === ":" && (i + 1 === line.length || line[i + 1] === " " || flow > 0 && (line[i + 1] === "," || line[i + 1] === "]" || line[i + 1] === "}"))) {
        valueStart = true;
        continue;
      }
      if (flow === 0 && (c === "|" || c === ">") && valueStart && /^[|>][-+0-9]*\s*(?:#.*)?$/.test(line.slice(i))) {
        blockScalar = indent;
        break;
      }
      valueStart = false;
    }
    if (depthHere + flow > maxDepth) return tooDeep();
    if (nodes > maxNodes) return tooBig();
  }
  return void 0;
}
function duplicateKey(doc) {
  let found;
  (0, import_yaml.visit)(doc, {
    Map(_, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of map.items) {
        if (!(0, import_yaml.isScalar)(pair.key)) continue;
        const value = pair.key.value;
        const key = `${typeof value}\0${String(value)}`;
        if (seen.has(key)) {
          found = pair.key;
          return import_yaml.visit.BREAK;
        }
        seen.add(key);
      }
      return void 0;
    }
  });
  return found;
}
var DUPLICATE_KEY_MESSAGE = "Map keys must be unique";

export {
  yamlShapeProblem,
  duplicateKey,
  DUPLICATE_KEY_MESSAGE
};
