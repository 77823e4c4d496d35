import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  SCHEME_RUN_START,
  isWhiteSpace,
  skipRun,
  skipWhiteSpace,
  stripTrailing
} from "./chunk-AGHLWIT3.js";

// src/lint/rules/placeholders.ts
var PLACEHOLDER = /^(?:\$|%24|<|\{\{|\$\{|\*{3,}|x{3,}$|\.{3}|…|\[|\(|`|(?:your|my|the|some)[-_ ]|process\.env|os\.environ|env\(|env\[|ENV\[|vault:|secret:|ref\+|op:\/\/|arn:aws:secretsmanager|redacted|change[-_ ]?me$|fill[-_ ]?(?:in|me)$|replace[-_ ]?(?:me|this)$|set[-_ ]?me$|todo$|tbd$|fixme$|example|placeholder|dummy|<redacted>)/i;
var GENERIC_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "pass", "pwd", "secret", "token", "key", "apikey", "api_key", "value", "user", "username", "null", "none", "true", "false", "required", "string", "optional", "empty"]);
function isPlaceholder(value) {
  const v = value.trim().replace(/^['"]|['"]$/g, "");
  if (v === "" || PLACEHOLDER.test(v)) return true;
  return GENERIC_WORDS.has(v.toLowerCase());
}

// src/lint/rules/urls.ts
var URL_CANDIDATE = new RegExp(String.raw`${SCHEME_RUN_START}([a-z][a-z0-9+.-]*:\/\/[^\s'"\`<>()[\]{}|\\]+)`, "gi");
function urlsIn(line) {
  const urls = [];
  for (const m of line.matchAll(URL_CANDIDATE)) {
    try {
      urls.push(new URL(stripTrailing(m[2], ".,;:")));
    } catch {
    }
  }
  return urls;
}

// src/lint/rules/secrets.ts
var TOKEN_FORMATS = [
  ["private key", /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/],
  ["AWS access key id", /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/],
  ["GitHub token", /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/],
  ["GitLab token", /\bglpat-[A-Za-z0-9_-]{20,}\b/],
  ["Stripe live key", /\b(?:sk|rk)_live_[0-9A-Za-z]{10,}\b/],
  ["Slack token", /\bxox[abprs]-[0-9A-Za-z-]{10,}\b/],
  ["Google API key", /\bAIza[0-9A-Za-z_-]{35}\b/],
  ["OpenAI or Anthropic key", /\bsk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{32,}\b/],
  ["SendGrid key", /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\b/],
  ["npm token", /\bnpm_[A-Za-z0-9]{36}\b/],
  ["Twilio key", /\bSK[0-9a-f]{32}\b/],
  // Starts only where a run of token characters starts: from every `eyJ` inside `eyJ-eyJ-…` it rescanned the run.
  ["JSON web token", /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
  ["Slack webhook URL", /\bhooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/]
];
var FILLER = /x{6,}|X{6,}|\*{4,}|0{10,}|placeholder|redacted/i;
var ASSIGNMENT = /(?:^|[\s"'{,(-])(?:[A-Za-z_]*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?key))["']?\s*(?:=|:(?!\/\/)|\s(?=["']))\s*(["']?)([^\s"'`,;)}]+)\1/gi;
var MYSQL_CLIENT = /\bmysql(?:dump|admin|import)?\b/g;
var GLUED_PASSWORD = /(?=\s-p(?!\s)(\S+))/g;
var CLIENT_PASSWORD_FLAGS = [
  [/\b(?:redis-cli|valkey-cli)\b/g, /(?=\s(?:-a|--pass)\s+(["']?)([^\s"']+)\1)/g],
  [/\bcurl\b/g, /(?=\s(?:-u|--user)\s+(["']?)[^\s:"']+:([^\s"']+)\1)/g]
];
var DOT_STOPS = /[\n\r\u2028\u2029]/g;
var CREDENTIAL_FLAG = /(?:^|\s)--(?:password|passwd|pass|token|api-?key|secret|client-secret|auth-token|access-key)(?:=|\s+)(["']?)([^\s"'`;|&)]+)\1/gi;
function lastFlagAfter(line, client, flag) {
  const flags = [...line.matchAll(flag)].map((m) => ({ at: m.index, value: m[2] ?? m[1] }));
  if (flags.length === 0) return void 0;
  const stops = [...line.matchAll(DOT_STOPS)].map((m) => m.index);
  let stop = 0;
  let last = -1;
  for (const word of line.matchAll(client)) {
    const end = word.index + word[0].length;
    while (stop < stops.length && stops[stop] < end) stop++;
    const limit = stops[stop] ?? line.length;
    while (last + 1 < flags.length && flags[last + 1].at <= limit) last++;
    if (last >= 0 && flags[last].at >= end) return { at: word.index, value: flags[last].value };
  }
  return void 0;
}
function clientPassword(line) {
  const found = CLIENT_PASSWORD_FLAGS.map(([client, flag]) => lastFlagAfter(line, client, flag)).filter((f) => f !== void 0);
  return found.sort((a, b) => a.at - b.at)[0]?.value;
}
var BEARER = /\bBearer\s+([A-Za-z0-9._~+/-]{20,}=*)/;
var CREDENTIAL_WORD = /\b(?:password|passwd|passphrase|secret|token|api[ _-]?key|access[ _-]?key|private[ _-]?key|client[ _-]?secret)/gi;
function namesASecret(value) {
  return isPlaceholder(value) || /^[A-Z][A-Z0-9_]*$/.test(value) || value.includes("/") || value.length < 6;
}
var SECRET_STORES = /^(?:1password|bitwarden|lastpass|keepass(?:xc)?|vault|keychain|doppler|infisical|onepassword)$/i;
function looksLikeSecretValue(raw) {
  const value = stripTrailing(raw, ".,;:!?)]") || raw;
  if (value.length < 6 || namesASecret(value) || SECRET_STORES.test(value) || /^\d{4}-\d{2}-\d{2}/.test(value) || /^v?\d+(?:\.\d+)+$/.test(value)) return false;
  return /\d/.test(value) && /[A-Za-z]/.test(value);
}
function codeSpanSecret(value) {
  return looksLikeSecretValue(value) || value.length >= 6 && /[^A-Za-z]/.test(value) && !namesASecret(value) && !/^[a-z]+(?:[-_.][a-z]+)*$/.test(value);
}
var CREDENTIAL_WORD_BARE = /\b(?:password|passwd|passphrase|pwd|secret|token|api[ _-]?key)/gi;
var BARE_VALUE_EXCLUDED = "`'\",;()<>[]";
function labelValueStart(line, from) {
  let i = skipWhiteSpace(line, skipRun(line, from, "*"));
  const rest = line.slice(i, i + 3).toLowerCase();
  if (rest.startsWith("was")) i += 3;
  else if (rest.startsWith("is")) i += 2;
  else if (line[i] === "=" || line[i] === ":") i += 1;
  i = skipWhiteSpace(line, skipRun(line, i, "*"));
  if (line[i] === ":") i = skipWhiteSpace(line, i + 1);
  return i;
}
function codeSpanValues(line) {
  return labelledValues(line, CREDENTIAL_WORD, (i) => {
    if (line[i] !== "`") return void 0;
    let end = i + 1;
    while (end < line.length && line[end] !== "`" && !isWhiteSpace(line[end])) end++;
    return end > i + 1 && line[end] === "`" ? { value: line.slice(i + 1, end), end: end + 1 } : void 0;
  });
}
function bareValues(line) {
  return labelledValues(line, CREDENTIAL_WORD_BARE, (i) => {
    let end = i;
    while (end < line.length && !isWhiteSpace(line[end]) && !BARE_VALUE_EXCLUDED.includes(line[end])) end++;
    return end > i ? { value: line.slice(i, end), end } : void 0;
  });
}
function labelledValues(line, words, valueAt) {
  const out = [];
  const re = new RegExp(words.source, words.flags);
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const found = valueAt(labelValueStart(line, m.index + m[0].length));
    if (!found) continue;
    out.push({ start: m.index, end: found.end, value: found.value });
    re.lastIndex = found.end;
  }
  return out;
}
function secretKindsInText(line) {
  const kinds = [];
  for (const [kind, pattern] of TOKEN_FORMATS) {
    const hits = line.match(new RegExp(pattern.source, `${pattern.flags}g`)) ?? [];
    if (hits.some((hit) => !FILLER.test(hit))) kinds.push(kind);
  }
  const prose = codeSpanValues(line).some((v) => codeSpanSecret(v.value)) || bareValues(line).some((v) => looksLikeSecretValue(v.value));
  if (prose) kinds.push("credential in the text");
  for (const url of urlsIn(line)) {
    if (url.password && !isPlaceholder(safeDecode(url.password))) kinds.push(`password in a ${url.protocol.replace(/:$/, "")}:// URL`);
  }
  return kinds;
}
function secretKindsInCode(line) {
  const kinds = [];
  for (const m of line.matchAll(ASSIGNMENT)) {
    const value = m[2];
    if (/^[?+]/.test(value)) continue;
    if (value.length >= 4 && !isPlaceholder(value) && !value.includes("://")) kinds.push("credential assignment");
  }
  const glued = lastFlagAfter(line, MYSQL_CLIENT, GLUED_PASSWORD);
  if (glued && !isPlaceholder(glued.value)) kinds.push("MySQL password on the command line");
  for (const m of line.matchAll(CREDENTIAL_FLAG)) {
    if (m[1] === "" && m[2].length >= 4 && !isPlaceholder(m[2])) kinds.push("credential on the command line");
  }
  const clientValue = clientPassword(line);
  if (clientValue && !isPlaceholder(clientValue)) kinds.push("password on the command line");
  const bearer = BEARER.exec(line);
  if (bearer && !FILLER.test(bearer[1])) kinds.push("bearer token");
  return [...new Set(kinds)];
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
var URL_PASSWORD = new RegExp(String.raw`${SCHEME_RUN_START}([a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:)[^\s/]*@`, "gi");
var TOKEN_FORMATS_EVERYWHERE = TOKEN_FORMATS.map(([, pattern]) => new RegExp(pattern.source, `${pattern.flags}g`));
function redactSecrets(text) {
  let out = text;
  for (const pattern of TOKEN_FORMATS_EVERYWHERE) out = out.replace(pattern, "[redacted]");
  out = out.replace(URL_PASSWORD, "$<lead>$2[redacted]@");
  out = maskValues(out, codeSpanValues(out), codeSpanSecret);
  return maskValues(out, bareValues(out), looksLikeSecretValue);
}
function maskValues(text, found, isSecret) {
  let out = "";
  let at = 0;
  for (const f of found) {
    if (!isSecret(f.value)) continue;
    out += text.slice(at, f.start) + text.slice(f.start, f.end).replace(f.value, "[redacted]");
    at = f.end;
  }
  return out + text.slice(at);
}

export {
  isPlaceholder,
  urlsIn,
  looksLikeSecretValue,
  secretKindsInText,
  secretKindsInCode,
  redactSecrets
};
