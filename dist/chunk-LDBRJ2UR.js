import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  parseTree,
  printParseErrorCode
} from "./chunk-FMWSTCU6.js";
import {
  LineIndex,
  stripBom
} from "./chunk-SX36J2YO.js";

// src/util/json.ts
function parseJsonWithPositions(text, warn) {
  const body = stripBom(text);
  const errors = [];
  const lines = new LineIndex(body);
  let root;
  try {
    root = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    warn("invalid JSON: nested too deeply to read", 1);
    return { root: void 0, lines, lineOf: (node) => lines.lineAt(node.offset) };
  }
  for (const error of errors.slice(0, 1)) {
    const words = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
    warn(`invalid JSON: ${words}`, lines.lineAt(error.offset));
  }
  return { root, lines, lineOf: (node) => lines.lineAt(node.offset) };
}
function objectEntries(node) {
  if (!node || node.type !== "object" || !node.children) return [];
  const out = [];
  for (const prop of node.children) {
    const [key, value] = prop.children ?? [];
    if (key && value && typeof key.value === "string") out.push([key.value, key, value]);
  }
  return out;
}
function property(node, name) {
  return objectEntries(node).find(([key]) => key === name)?.[2];
}

export {
  parseJsonWithPositions,
  objectEntries,
  property
};
