import { SCHEME_RUN_START, isWhiteSpace, skipRun, skipWhiteSpace, stripTrailing } from '../../util/text-scan.js';
import { isPlaceholder } from './placeholders.js';
import { urlsIn } from './urls.js';

/**
 * Credential formats with a fixed, documented shape. These are the formats themselves
 * (what AWS, GitHub, Stripe... issue), so a pattern per format is the only way to know them.
 * Every pattern in this file runs on repository text (each plan line, each report string), so
 * each is linear: __tests__/security-regex.test.ts runs pathological lines against all of them.
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
  // Starts only where a run of token characters starts: from every `eyJ` inside `eyJ-eyJ-…` it rescanned the run.
  ['JSON web token', /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
  ['Slack webhook URL', /\bhooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/],
];

/** A documented shape filled with filler (`sk_live_xxxxxxxxxxxx`, `ghp_************`): a placeholder. */
const FILLER = /x{6,}|X{6,}|\*{4,}|0{10,}|placeholder|redacted/i;

/**
 * `password=...`, `PGPASSWORD=...`, `api_key: ...`, `--password ...`, `-p'...'` as written
 * in commands, env files and YAML. The value is whatever follows up to whitespace or a quote.
 */
const ASSIGNMENT = /(?:^|[\s"'{,(-])(?:[A-Za-z_]*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?key))["']?\s*(?:=|:(?!\/\/)|\s(?=["']))\s*(["']?)([^\s"'`,;)}]+)\1/gi;

/**
 * MySQL's `-psecret` (a password glued to -p) after a mysql client. The pattern was
 * `client.*\s-p…`: the last flag after the client word, with no line break between (a regex
 * `.` stops there). `.*` rescanned the line from every client word (quadratic); lastFlagAfter
 * finds the same flag in one pass. Each flag pattern is a zero-width lookahead, so every
 * place counts, overlapping ones too.
 */
const MYSQL_CLIENT = /\bmysql(?:dump|admin|import)?\b/g;
const GLUED_PASSWORD = /(?=\s-p(?!\s)(\S+))/g;
/** `redis-cli -a secret`, `curl -u user:secret`: clients that take the password as a short flag. */
const CLIENT_PASSWORD_FLAGS: ReadonlyArray<[RegExp, RegExp]> = [
  [/\b(?:redis-cli|valkey-cli)\b/g, /(?=\s(?:-a|--pass)\s+(["']?)([^\s"']+)\1)/g],
  [/\bcurl\b/g, /(?=\s(?:-u|--user)\s+(["']?)[^\s:"']+:([^\s"']+)\1)/g],
];
const DOT_STOPS = /[\n\r\u2028\u2029]/g;

/** `--password hunter2`, `--token=abc`: a credential flag with its value (quoted values are ASSIGNMENT's). */
const CREDENTIAL_FLAG = /(?:^|\s)--(?:password|passwd|pass|token|api-?key|secret|client-secret|auth-token|access-key)(?:=|\s+)(["']?)([^\s"'`;|&)]+)\1/gi;

/**
 * The first `client` word followed (on the same line, as `.` reads it) by a `flag`, with the
 * value (group 2, else 1) of the last such flag: what `client.*flag` matched.
 */
function lastFlagAfter(line: string, client: RegExp, flag: RegExp): { at: number; value: string } | undefined {
  const flags = [...line.matchAll(flag)].map((m) => ({ at: m.index, value: (m[2] ?? m[1])! }));
  if (flags.length === 0) return undefined;
  const stops = [...line.matchAll(DOT_STOPS)].map((m) => m.index);
  let stop = 0;
  let last = -1;
  for (const word of line.matchAll(client)) {
    const end = word.index + word[0].length;
    while (stop < stops.length && stops[stop]! < end) stop++;
    // `.*` reaches the next line break; the flag's own leading white space may be that break.
    const limit = stops[stop] ?? line.length;
    while (last + 1 < flags.length && flags[last + 1]!.at <= limit) last++;
    if (last >= 0 && flags[last]!.at >= end) return { at: word.index, value: flags[last]!.value };
  }
  return undefined;
}

/** The password of the client command that starts first on the line (as one regex with two alternatives picked). */
function clientPassword(line: string): string | undefined {
  const found = CLIENT_PASSWORD_FLAGS.map(([client, flag]) => lastFlagAfter(line, client, flag)).filter((f) => f !== undefined);
  return found.sort((a, b) => a.at - b.at)[0]?.value;
}

/** `Authorization: Bearer <token>` with a literal token. */
const BEARER = /\bBearer\s+([A-Za-z0-9._~+/-]{20,}=*)/;

/**
 * Prose that gives a credential's value: "The admin password is `Hunter2Prod!`",
 * "**Token:** `a1b2c3...`". Only a code span right after the label counts, so that
 * "Password: kept in the vault" and "API key: `SENDGRID_API_KEY` in the vault" stay sentences.
 * The words are found by regex; what may stand between a word and its value (`**`, spaces,
 * `is`/`was`/`=`/`:`, `**`, spaces, `:`, spaces) is read by labelValueStart, because one regex
 * with three `\s*` in a row backtracked cubically on a run of spaces (6,000 spaces: 130 s).
 */
const CREDENTIAL_WORD = /\b(?:password|passwd|passphrase|secret|token|api[ _-]?key|access[ _-]?key|private[ _-]?key|client[ _-]?secret)/gi;

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
  const value = stripTrailing(raw, '.,;:!?)]') || raw;
  if (value.length < 6 || namesASecret(value) || SECRET_STORES.test(value) || /^\d{4}-\d{2}-\d{2}/.test(value) || /^v?\d+(?:\.\d+)+$/.test(value)) return false;
  return /\d/.test(value) && /[A-Za-z]/.test(value);
}

/** A value in a code span after a credential word: anything but a plain word or a name for one ("`postgres`" is a word). */
function codeSpanSecret(value: string): boolean {
  return looksLikeSecretValue(value) || (value.length >= 6 && /[^A-Za-z]/.test(value) && !namesASecret(value) && !/^[a-z]+(?:[-_.][a-z]+)*$/.test(value));
}

/** "password: P@ssw0rd123", "the token is a1B2c3D4e5": a credential word, then a value-shaped word. */
const CREDENTIAL_WORD_BARE = /\b(?:password|passwd|passphrase|pwd|secret|token|api[ _-]?key)/gi;
/** What a bare value may hold. */
const BARE_VALUE_EXCLUDED = '`\'",;()<>[]';

/**
 * Where the value after a credential word starts: past `*`s, white space, an optional
 * `is`/`was`/`=`/`:`, `*`s, white space, an optional `:` and white space, each taken whole.
 * Taking each part whole finds the same value as the old pattern did whenever it found one
 * (a shorter take only left characters no later part could read).
 */
function labelValueStart(line: string, from: number): number {
  let i = skipWhiteSpace(line, skipRun(line, from, '*'));
  const rest = line.slice(i, i + 3).toLowerCase();
  if (rest.startsWith('was')) i += 3;
  else if (rest.startsWith('is')) i += 2;
  else if (line[i] === '=' || line[i] === ':') i += 1;
  i = skipWhiteSpace(line, skipRun(line, i, '*'));
  if (line[i] === ':') i = skipWhiteSpace(line, i + 1);
  return i;
}

/** A credential word's value: a code span's content, or a bare word. */
interface LabelledValue {
  /** from the credential word to the end of the value (what the old pattern matched) */
  start: number;
  end: number;
  value: string;
}

/** Every credential word on the line with the code span right after it. */
function codeSpanValues(line: string): LabelledValue[] {
  return labelledValues(line, CREDENTIAL_WORD, (i) => {
    if (line[i] !== '`') return undefined;
    let end = i + 1;
    while (end < line.length && line[end] !== '`' && !isWhiteSpace(line[end])) end++;
    return end > i + 1 && line[end] === '`' ? { value: line.slice(i + 1, end), end: end + 1 } : undefined;
  });
}

/** Every credential word on the line with the bare word right after it. */
function bareValues(line: string): LabelledValue[] {
  return labelledValues(line, CREDENTIAL_WORD_BARE, (i) => {
    let end = i;
    while (end < line.length && !isWhiteSpace(line[end]) && !BARE_VALUE_EXCLUDED.includes(line[end]!)) end++;
    return end > i ? { value: line.slice(i, end), end } : undefined;
  });
}

function labelledValues(line: string, words: RegExp, valueAt: (i: number) => { value: string; end: number } | undefined): LabelledValue[] {
  const out: LabelledValue[] = [];
  const re = new RegExp(words.source, words.flags);
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const found = valueAt(labelValueStart(line, m.index + m[0].length));
    if (!found) continue;
    out.push({ start: m.index, end: found.end, value: found.value });
    // The next word is looked for after the value, as a global regex would resume.
    re.lastIndex = found.end;
  }
  return out;
}

/** Secrets recognisable anywhere, prose included: key formats and credentialed URLs. */
export function secretKindsInText(line: string): string[] {
  const kinds: string[] = [];
  for (const [kind, pattern] of TOKEN_FORMATS) {
    const hits = line.match(new RegExp(pattern.source, `${pattern.flags}g`)) ?? [];
    if (hits.some((hit) => !FILLER.test(hit))) kinds.push(kind);
  }
  const prose = codeSpanValues(line).some((v) => codeSpanSecret(v.value)) || bareValues(line).some((v) => looksLikeSecretValue(v.value));
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
  const glued = lastFlagAfter(line, MYSQL_CLIENT, GLUED_PASSWORD);
  if (glued && !isPlaceholder(glued.value)) kinds.push('MySQL password on the command line');
  for (const m of line.matchAll(CREDENTIAL_FLAG)) {
    if (m[1] === '' && m[2]!.length >= 4 && !isPlaceholder(m[2]!)) kinds.push('credential on the command line');
  }
  const clientValue = clientPassword(line);
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
const URL_PASSWORD = new RegExp(String.raw`${SCHEME_RUN_START}([a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:)[^\s/]*@`, 'gi');

/**
 * The text with every secret of a known format and every URL password replaced by
 * `[redacted]`: for reports that echo text from the repository (scenario titles, marker
 * reasons, quoted steps), which must never carry a value onward.
 */
/**
 * The token formats as global patterns, made once: a report's every string is redacted, and
 * compiling each pattern per string cost ~15 ms of a check. replace() starts a global pattern at 0.
 */
const TOKEN_FORMATS_EVERYWHERE: readonly RegExp[] = TOKEN_FORMATS.map(([, pattern]) => new RegExp(pattern.source, `${pattern.flags}g`));

export function redactSecrets(text: string): string {
  let out = text;
  for (const pattern of TOKEN_FORMATS_EVERYWHERE) out = out.replace(pattern, '[redacted]');
  out = out.replace(URL_PASSWORD, '$<lead>$2[redacted]@');
  // What the lint calls a credential in the text ("after password Zq7wX9pL2m rotation") is masked too.
  out = maskValues(out, codeSpanValues(out), codeSpanSecret);
  return maskValues(out, bareValues(out), looksLikeSecretValue);
}

/** `text` with each secret value replaced by `[redacted]` (inside its match, as String.replace did). */
function maskValues(text: string, found: LabelledValue[], isSecret: (value: string) => boolean): string {
  let out = '';
  let at = 0;
  for (const f of found) {
    if (!isSecret(f.value)) continue;
    out += text.slice(at, f.start) + text.slice(f.start, f.end).replace(f.value, '[redacted]');
    at = f.end;
  }
  return out + text.slice(at);
}
