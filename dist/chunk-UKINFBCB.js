import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);

// src/report/escape.ts
var BREAKS_AND_CONTROLS = /\r\n|[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;
function oneLine(text) {
  return text.replace(BREAKS_AND_CONTROLS, " ");
}
var NO_MENTION = "@\u2060";
var MARKDOWN_ACTIVE = /[\\`[\]<>|&@]/g;
function md(text) {
  return oneLine(text).replace(MARKDOWN_ACTIVE, (c) => {
    if (c === "<") return "&lt;";
    if (c === ">") return "&gt;";
    if (c === "&") return "&amp;";
    if (c === "@") return NO_MENTION;
    return `\\${c}`;
  });
}
function html(text) {
  return oneLine(text).replace(/[&<>"'@[\]]/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "'":
        return "&#39;";
      case "@":
        return NO_MENTION;
      case "[":
        return "&#91;";
      default:
        return "&#93;";
    }
  });
}
function code(text) {
  const body = oneLine(text).replace(/\|/g, "\\|");
  let longest = 0;
  let run = 0;
  for (const ch of body) {
    run = ch === "`" ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const fence = "`".repeat(longest + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || body.startsWith(" ") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function encodePath(relPath) {
  return relPath.split("/").map((segment) => encodeURIComponent(segment).replace(/[()'*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function longestBacktickRun(text) {
  let longest = 0;
  let run = 0;
  for (const ch of text) {
    run = ch === "`" ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

export {
  oneLine,
  md,
  html,
  code,
  encodePath,
  longestBacktickRun
};
