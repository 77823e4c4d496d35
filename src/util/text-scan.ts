/**
 * Small linear-time text helpers for repository text. A regex such as `/[.,;]+$/` or
 * `/\s*:$/` looks harmless, but a backtracking engine retries it from every character of a
 * long run that is not at the end: quadratic on `,,,,…,x`. These do the same in one pass.
 */

/** `text` without the run of `chars` at its end. */
export function stripTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** `text` without one pair of matching quotes around it (`"x"`, `'x'`). */
export function unquote(text: string): string {
  return text.replace(/^(["'])(.*)\1$/, '$2');
}

/** `text` without the run of `chars` at its start. */
export function stripLeading(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return text.slice(start);
}

/** The characters JavaScript's `\s` and String.prototype.trim treat as white space. */
const WHITE_SPACE = /\s/;

export function isWhiteSpace(ch: string | undefined): boolean {
  return ch !== undefined && WHITE_SPACE.test(ch);
}

/** Index of the first character at or after `from` that is not white space. */
export function skipWhiteSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWhiteSpace(text[i])) i++;
  return i;
}

/** Index after the run of `ch` starting at `from`. */
export function skipRun(text: string, from: number, ch: string): number {
  let i = from;
  while (text[i] === ch) i++;
  return i;
}

/** LF, CR, U+2028 and U+2029: the characters a regex `.` does not match. */
export const DOT_EXCLUDED = /[\n\r\u2028\u2029]/;

/**
 * The start of a URL scheme run: a scheme is `[a-z][a-z0-9+.-]*` after a word boundary. A
 * plain `\b[a-z][a-z0-9+.-]*://` is tried from every letter of a long run such as `a+a+a+…`
 * (each `+` is a boundary) and scans the rest of the run each time: quadratic. Starting only
 * where a run of scheme characters begins, and skipping lazily (inside an atomic lookahead) to
 * the first letter after a boundary, finds the same leftmost scheme in one scan. The skipped
 * lead is the `lead` group; append the scheme pattern after this.
 */
export const SCHEME_RUN_START = String.raw`(?<![a-z0-9+.-])(?=(?<lead>[a-z0-9+.-]*?)\b[a-z])\k<lead>`;

/** A URL (scheme, `://`, the rest of the word), found from SCHEME_RUN_START: linear. */
const LINK = new RegExp(String.raw`${SCHEME_RUN_START}[a-z][a-z0-9+.-]*:\/\/\S*`, 'gi');

/** `text` with each URL replaced by one space (what `\b[a-z][a-z0-9+.-]*:\/\/\S*` did, in linear time). */
export function withoutLinks(text: string): string {
  return text.includes('://') ? text.replace(LINK, '$<lead> ') : text;
}

/**
 * `text` without a trailing `[...]` index (`aws_instance.web[0]` -> `aws_instance.web`): the
 * first `[` after the last other `]`, as `/\[[^\]]*\]$/` finds it, without retrying that
 * pattern from every `[` of a long run.
 */
export function withoutTrailingIndex(text: string): string {
  if (!text.endsWith(']')) return text;
  const previousClose = text.lastIndexOf(']', text.length - 2);
  const open = text.indexOf('[', previousClose + 1);
  return open !== -1 && open < text.length - 1 ? text.slice(0, open) : text;
}
