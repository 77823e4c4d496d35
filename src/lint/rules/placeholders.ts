/**
 * Values that stand for something instead of being it: `$DB_PASSWORD`, `${TOKEN}`,
 * `<password>`, `{{ secret }}`, `***`, `xxxx`, `your-password`, `process.env.X`. A plan
 * full of these is doing the right thing: the real value lives in the vault.
 */
const PLACEHOLDER = /^(?:\$|%24|<|\{\{|\$\{|\*{3,}|x{3,}$|\.{3}|…|\[|\(|`|(?:your|my|the|some)[-_ ]|process\.env|os\.environ|env\(|env\[|ENV\[|vault:|secret:|ref\+|op:\/\/|arn:aws:secretsmanager|redacted|change[-_ ]?me$|fill[-_ ]?(?:in|me)$|replace[-_ ]?(?:me|this)$|set[-_ ]?me$|todo$|tbd$|fixme$|example|placeholder|dummy|<redacted>)/i;

/** Words that are a field's name, not its value ("password: password"). */
const GENERIC_WORDS = new Set(['password', 'passwd', 'pass', 'pwd', 'secret', 'token', 'key', 'apikey', 'api_key', 'value', 'user', 'username', 'null', 'none', 'true', 'false', 'required', 'string', 'optional', 'empty']);

export function isPlaceholder(value: string): boolean {
  const v = value.trim().replace(/^['"]|['"]$/g, '');
  if (v === '' || PLACEHOLDER.test(v)) return true;
  return GENERIC_WORDS.has(v.toLowerCase());
}
