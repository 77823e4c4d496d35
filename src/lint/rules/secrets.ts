import { isPlaceholder } from './placeholders.js';
import { urlsIn } from './urls.js';
import { codeTexts } from '../document.js';
import type { LintRule, RuleHit } from '../rule.js';

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
];

/**
 * `password=...`, `PGPASSWORD=...`, `api_key: ...`, `--password ...`, `-p'...'` as written
 * in commands, env files and YAML. The value is whatever follows up to whitespace or a quote.
 */
const ASSIGNMENT = /(?:^|[\s"'{,(-])(?:[A-Za-z_]*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?key))["']?\s*(?:=|:(?!\/\/)|\s(?=["']))\s*(["']?)([^\s"'`,;)}]+)\1/gi;

/** MySQL's `-psecret` (a password glued to -p) after a mysql client. */
const MYSQL_GLUED = /\bmysql(?:dump|admin|import)?\b.*\s-p(?!\s)([^\s]+)/;

/** Secrets recognisable anywhere, prose included: key formats and credentialed URLs. */
export function secretKindsInText(line: string): string[] {
  const kinds: string[] = [];
  for (const [kind, pattern] of TOKEN_FORMATS) if (pattern.test(line)) kinds.push(kind);
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
    if (value.length >= 4 && !isPlaceholder(value) && !value.includes('://')) kinds.push('credential assignment');
  }
  const glued = MYSQL_GLUED.exec(line);
  if (glued && !isPlaceholder(glued[1]!)) kinds.push('MySQL password on the command line');
  return kinds;
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
  return out.replace(URL_PASSWORD, '$1[redacted]@');
}

export const hardcodedSecret: LintRule = {
  id: 'hardcoded-secret',
  severity: 'error',
  description: 'A password, token, key or credentialed connection string written into the plan.',
  hint: 'Rotate the credential now, then reference it by name: `$DATABASE_URL`, or where it lives in the vault.',
  run(doc) {
    const kindsByLine = new Map<number, Set<string>>();
    const add = (line: number, kinds: string[]): void => {
      if (!kinds.length) return;
      const set = kindsByLine.get(line) ?? new Set<string>();
      for (const k of kinds) set.add(k);
      kindsByLine.set(line, set);
    };
    doc.lines.forEach((line, index) => add(index + 1, secretKindsInText(line)));
    for (const code of codeTexts(doc)) add(code.line, secretKindsInCode(code.text));
    // Never repeat the value: the message names what kind of secret sits on the line.
    return [...kindsByLine]
      .sort(([a], [b]) => a - b)
      .map(([line, kinds]): RuleHit => ({ line, message: `Line ${line} holds a hard-coded secret (${[...kinds].join(', ')}); the value is not shown here.` }));
  },
};
