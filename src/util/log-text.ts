/**
 * The one escaping function for repository text on its way to stdout or stderr, where a runner
 * reads workflow commands: `::name::` at the start of a line (after white space), and the
 * legacy `##[name]` anywhere in a line. A file name, a rule name, a branch name or a plan title
 * that carried a line break and `::stop-commands::`, `::add-mask::` or
 * `::warning file=src/auth.ts::` would silence every later annotation or forge new ones.
 *
 * - every line break (LF, CR, VT, FF, NEL, U+2028, U+2029) and every other control or
 *   invisible format character (ANSI escapes, bidi overrides, zero-width characters, which a
 *   culture-aware `IndexOf("##[")` may skip) becomes a visible `\n`, `\r` or `\uXXXX`;
 * - `##[` becomes `##\[`;
 * - `::` at the start (after white space) becomes `\::`.
 */
export function escapeLogText(text: string): string {
  const visible = text.replace(INVISIBLE, (ch) => (ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return visible.replaceAll('##[', '##\\[').replace(LEADING_COMMAND, '$1\\::');
}

/** C0 controls but TAB, DEL, C1 controls, the line and paragraph separators, and format characters (Cf). */
const INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]|\p{Cf}/gu;
const LEADING_COMMAND = /^(\s*)::/;

/** Every string in a value (a report, a scan result) escaped for a log, for printing it as text. */
export function escapeStringsForLog<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' ? escapeLogText(v) : v)) as T;
}

/**
 * JSON for stdout that no runner reads as a command, and that parses back to the same value:
 * JSON.stringify already escapes C0 controls; `[` after `##`, C1 controls, U+2028/U+2029 and
 * format characters are written as `\uXXXX` escapes too (valid JSON for the same characters).
 * A pretty-printed line never starts with `::` (strings are quoted).
 */
export function jsonForLog(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/[\u007f-\u009f\u2028\u2029]|\p{Cf}/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replaceAll('##[', '##\\u005b');
}

/**
 * Multi-line text for a terminal or a log (the CLI's reports, drafted stubs): each line
 * escaped on its own, so the text keeps its lines and no line can be a workflow command,
 * whatever the repository strings inside it held.
 */
export function escapeLogLines(text: string): string {
  return text.split('\n').map(escapeLogText).join('\n');
}
