import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);

// src/util/log-text.ts
function escapeLogText(text) {
  const visible = text.replace(INVISIBLE, (ch) => ch === "\n" ? "\\n" : ch === "\r" ? "\\r" : `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return visible.replaceAll("##[", "##\\[").replace(LEADING_COMMAND, "$1\\::");
}
var INVISIBLE = new RegExp("[\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f\\u2028\\u2029]|\\p{Cf}", "gu");
var LEADING_COMMAND = /^(\s*)::/;
function escapeStringsForLog(value) {
  return JSON.parse(JSON.stringify(value), (_key, v) => typeof v === "string" ? escapeLogText(v) : v);
}
function jsonForLog(value) {
  return JSON.stringify(value, null, 2).replace(new RegExp("[\\u007f-\\u009f\\u2028\\u2029]|\\p{Cf}", "gu"), (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).replaceAll("##[", "##\\u005b");
}
function escapeLogLines(text) {
  return text.split("\n").map(escapeLogText).join("\n");
}

export {
  escapeLogText,
  escapeStringsForLog,
  jsonForLog,
  escapeLogLines
};
