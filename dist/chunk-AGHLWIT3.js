import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);

// src/util/text-scan.ts
function stripTrailing(text, chars) {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}
function unquote(text) {
  return text.replace(/^(["'])(.*)\1$/, "$2");
}
function stripLeading(text, chars) {
  let start = 0;
  while (start < text.length && chars.includes(text[start])) start++;
  return text.slice(start);
}
var WHITE_SPACE = /\s/;
function isWhiteSpace(ch) {
  return ch !== void 0 && WHITE_SPACE.test(ch);
}
function skipWhiteSpace(text, from) {
  let i = from;
  while (i < text.length && isWhiteSpace(text[i])) i++;
  return i;
}
function skipRun(text, from, ch) {
  let i = from;
  while (text[i] === ch) i++;
  return i;
}
var DOT_EXCLUDED = /[\n\r\u2028\u2029]/;
var SCHEME_RUN_START = String.raw`(?<![a-z0-9+.-])(?=(?<lead>[a-z0-9+.-]*?)\b[a-z])\k<lead>`;
var LINK = new RegExp(String.raw`${SCHEME_RUN_START}[a-z][a-z0-9+.-]*:\/\/\S*`, "gi");
function withoutLinks(text) {
  return text.includes("://") ? text.replace(LINK, "$<lead> ") : text;
}
function withoutTrailingIndex(text) {
  if (!text.endsWith("]")) return text;
  const previousClose = text.lastIndexOf("]", text.length - 2);
  const open = text.indexOf("[", previousClose + 1);
  return open !== -1 && open < text.length - 1 ? text.slice(0, open) : text;
}

export {
  stripTrailing,
  unquote,
  stripLeading,
  isWhiteSpace,
  skipWhiteSpace,
  skipRun,
  DOT_EXCLUDED,
  SCHEME_RUN_START,
  withoutLinks,
  withoutTrailingIndex
};
