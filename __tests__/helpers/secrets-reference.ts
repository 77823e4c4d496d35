/**
 * The secrets patterns as they were before they were made linear (commit b7628f7), kept as the
 * reference for the differential test in security-regex.test.ts: on short lines, where the old
 * patterns are fast, the new code must find and mask exactly what they did.
 */
import { isPlaceholder } from '../../src/lint/rules/placeholders.js';

/**
 * Credential formats with a fixed, documented shape. These are the formats themselves
 * (what AWS, GitHub, Stripe... issue), so a pattern per format is the only way to know them.
 */
const TOKEN_FORMATS: ReadonlyArray<[string, RegExp]> = [
  ['private key', /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/],
  ['AWS access key id', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['GitHub token', /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/],
  ['GitLab token', /\bglpat-[A-Za-z0-9_-]{20,}\b/],
  ['Stripe live key', /\b(?:sk|rk)_live_[0-9A-Za-z]{10,}\b/],
  ['Slack token', /\bxox[abprs]-[0-9A-Za-z-]{10,}\b/],
  ['Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
  ['OpenAI or Anthropic key', /\bsk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{32,}\b/],
  ['SendGrid key', /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\b/],
  ['npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
  ['Twilio key', /\bSK[0-9a-f]{32}\b/],
  ['JSON web token', /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
  ['Slack webhook URL', /\bhooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/],
];

/** A documented shape filled with filler (`sk_live_xxxxxxxxxxxx`, `ghp_************`): a placeholder. */
const FILLER = /x{6,}|X{6,}|\*{4,}|0{10,}|placeholder|redacted/i;

/**
 * `password=...`, `PGPASSWORD=...`, `api_key: ...`, `--password ...`, `-p'...'` as written
 * in commands, env files and YAML. The value is whatever follows up to whitespace or a quote.
 */
const ASSIGNMENT = /(?:^|[\s"'{,(-])(?:[A-Za-z_]*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?key))["']?\s*(?:=|:(?!\/\/)|\s(?=["']))\s*(["']?)([^\s"'`,;)}]+)\1/gi;

/** MySQL's `-psecret` (a password glued to -p) after a mysql client. */
const MYSQL_GLUED = /\bmysql(?:dump|admin|import)?\b.*\s-p(?!\s)([^\s]+)/;

/** `--password hunter2`, `--token=abc`: a credential flag with its value (quoted values are ASSIGNMENT's). */
const CREDENTIAL_FLAG = /(?:^|\s)--(?:password|passwd|pass|token|api-?key|secret|client-secret|auth-token|access-key)(?:=|\s+)(["']?)([^\s"'`;|&)]+)\1/gi;
/** `redis-cli -a secret`, `curl -u user:secret`: clients that take the password as a short flag. */
const CLIENT_PASSWORD = /\b(?:redis-cli|valkey-cli)\b.*\s(?:-a|--pass)\s+(["']?)([^\s"']+)\1|\bcurl\b.*\s(?:-u|--user)\s+(["']?)[^\s:"']+:([^\s"']+)\3/;
/** `Authorization: Bearer <token>` with a literal token. */
const BEARER = /\bBearer\s+([A-Za-z0-9._~+/-]{20,}=*)/;

/**
 * Prose that gives a credential's value: "The admin password is `Hunter2Prod!`",
 * "**Token:** `a1b2c3...`". Only a code span right after the label counts, so that
 * "Password: kept in the vault" and "API key: `SENDGRID_API_KEY` in the vault" stay sentences.
 */
const PROSE_CREDENTIAL = /\b(?:password|passwd|passphrase|secret|token|api[ _-]?key|access[ _-]?key|private[ _-]?key|client[ _-]?secret)\**\s*(?:is|was|=|:)?\**\s*:?\s*`([^`\s]+)`/gi;

/** A value that is a name for a secret, not a secret: `STRIPE_SECRET_KEY`, `secret/prod/db`, `<token>`. */
function namesASecret(value: string): boolean {
  return isPlaceholder(value) || /^[A-Z][A-Z0-9_]*$/.test(value) || value.includes('/') || value.length < 6;
}

/** Where secrets are kept, which a sentence may name right after "Password:". */
const SECRET_STORES = /^(?:1password|bitwarden|lastpass|keepass(?:xc)?|vault|keychain|doppler|infisical|onepassword)$/i;

/**
 * A bare word in prose that looks like a password rather than a word: letters and digits
 * ("hunter2", "P@ssw0rd123", "Hunter2Prod"), at least 6 characters. "kept", "rotated",
 * "1Password", versions (v2.1.0) and dates are words.
 */
export function looksLikeSecretValue(raw: string): boolean {
  const value = raw.replace(/[.,;:!?)\]]+$/, '') || raw;
  if (value.length < 6 || namesASecret(value) || SECRET_STORES.test(value) || /^\d{4}-\d{2}-\d{2}/.test(value) || /^v?\d+(?:\.\d+)+$/.test(value)) return false;
  return /\d/.test(value) && /[A-Za-z]/.test(value);
}

/** A value in a code span after a credential word: anything but a plain word or a name for one ("`postgres`" is a word). */
function codeSpanSecret(value: string): boolean {
  return looksLikeSecretValue(value) || (value.length >= 6 && /[^A-Za-z]/.test(value) && !namesASecret(value) && !/^[a-z]+(?:[-_.][a-z]+)*$/.test(value));
}

/** "password: P@ssw0rd123", "the token is a1B2c3D4e5": a credential word, then a value-shaped word. */
const PROSE_CREDENTIAL_BARE = /\b(?:password|passwd|passphrase|pwd|secret|token|api[ _-]?key)\**\s*(?:is|was|=|:)?\**\s*:?\s*([^\s`'",;()<>[\]]+)/gi;

/** Secrets recognisable anywhere, prose included: key formats and credentialed URLs. */
export function secretKindsInText(line: string): string[] {
  const kinds: string[] = [];
  for (const [kind, pattern] of TOKEN_FORMATS) {
    const hits = line.match(new RegExp(pattern.source, `${pattern.flags}g`)) ?? [];
    if (hits.some((hit) => !FILLER.test(hit))) kinds.push(kind);
  }
  const prose = [...line.matchAll(PROSE_CREDENTIAL)].some((m) => codeSpanSecret(m[1]!)) || [...line.matchAll(PROSE_CREDENTIAL_BARE)].some((m) => looksLikeSecretValue(m[1]!));
  if (prose) kinds.push('credential in the text');
  for (const url of urlsIn(line)) {
    if (url.password && !isPlaceholder(safeDecode(url.password))) kinds.push(`password in a ${url.protocol.replace(/:$/, '')}:// URL`);
  }
  return kinds;
}

/**
 * Secrets recognisable only in code: `password: x` style assignments and mysql -p, because
 * in prose "Password: stored in the vault" is a sentence, not a value.
 */
export function secretKindsInCode(line: string): string[] {
  const kinds: string[] = [];
  for (const m of line.matchAll(ASSIGNMENT)) {
    const value = m[2]!;
    // `${PGPASSWORD:?set it from the vault}` and `${X:+...}` read a variable; `:-`/`:=` defaults stay suspect.
    if (/^[?+]/.test(value)) continue;
    if (value.length >= 4 && !isPlaceholder(value) && !value.includes('://')) kinds.push('credential assignment');
  }
  const glued = MYSQL_GLUED.exec(line);
  if (glued && !isPlaceholder(glued[1]!)) kinds.push('MySQL password on the command line');
  for (const m of line.matchAll(CREDENTIAL_FLAG)) {
    if (m[1] === '' && m[2]!.length >= 4 && !isPlaceholder(m[2]!)) kinds.push('credential on the command line');
  }
  const client = CLIENT_PASSWORD.exec(line);
  const clientValue = client ? (client[2] ?? client[4]) : undefined;
  if (clientValue && !isPlaceholder(clientValue)) kinds.push('password on the command line');
  const bearer = BEARER.exec(line);
  if (bearer && !FILLER.test(bearer[1]!)) kinds.push('bearer token');
  return [...new Set(kinds)];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A credentialed URL's `scheme://user:` and its password up to the last `@` before the path
 * (passwords may hold `@`). A regex because the WHATWG parser re-encodes the password, so it
 * cannot say where the raw text sits.
 */
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:)[^\s/]*@/gi;

/**
 * The text with every secret of a known format and every URL password replaced by
 * `[redacted]`: for reports that echo text from the repository (scenario titles, marker
 * reasons, quoted steps), which must never carry a value onward.
 */
export function redactSecrets(text: string): string {
  let out = text;
  for (const [, pattern] of TOKEN_FORMATS) out = out.replace(new RegExp(pattern.source, `${pattern.flags}g`), '[redacted]');
  out = out.replace(URL_PASSWORD, '$1[redacted]@');
  // What the lint calls a credential in the text ("after password Zq7wX9pL2m rotation") is masked too.
  out = out.replace(PROSE_CREDENTIAL, (all: string, value: string) => (codeSpanSecret(value) ? all.replace(value, '[redacted]') : all));
  return out.replace(PROSE_CREDENTIAL_BARE, (all: string, value: string) => (looksLikeSecretValue(value) ? all.replace(value, '[redacted]') : all));
}


/**
 * Finds URL-shaped words on a line and parses them with the WHATWG URL parser. The regex
 * only cuts candidates out of prose and shell (scheme, `://`, then up to a delimiter);
 * `new URL` decides what the parts are.
 */
const URL_CANDIDATE = /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"`<>()[\]{}|\\]+/gi;

function urlsIn(line: string): URL[] {
  const urls: URL[] = [];
  for (const m of line.matchAll(URL_CANDIDATE)) {
    try {
      urls.push(new URL(m[0].replace(/[.,;:]+$/, '')));
    } catch {
      // Not a URL after all (a placeholder such as postgres://<user>:<pass>@<host>).
    }
  }
  return urls;
}
