/**
 * Repository text (file names, plan titles, rule names from a PR's rules folder, branch names)
 * made inert for GitHub Markdown. Whatever a pull request writes, it can only ever read as
 * plain text inside the bot's comment or summary: no new line, no table cell, no HTML, no
 * link or image, no @-mention.
 */

/**
 * Every line break CommonMark or a browser honours (LF, CR, CRLF, VT, FF, NEL, LS, PS) and the
 * other control characters. A lone CR ends a table row in CommonMark as surely as a LF.
 */
const BREAKS_AND_CONTROLS = /\r\n|[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;

/** One line of text: every line break and control character becomes a space. */
export function oneLine(text: string): string {
  return text.replace(BREAKS_AND_CONTROLS, ' ');
}

/**
 * A word joiner after `@` keeps `@org/team` from notifying anyone: GitHub's mention filter
 * needs a name character right after the `@`. It is invisible and not a name character.
 */
const NO_MENTION = '@\u2060';

/**
 * Markdown punctuation that could open a link or image, a code span, HTML, an entity, a table
 * cell or an escape. Emphasis marks are left as they are: at worst they bold a word, and file
 * names such as DISASTER_RECOVERY.md stay readable in the raw text.
 */
const MARKDOWN_ACTIVE = /[\\`[\]<>|&@]/g;

/** Repository text for Markdown inline content (a table cell, a list item, a heading line). */
export function md(text: string): string {
  return oneLine(text).replace(MARKDOWN_ACTIVE, (c) => {
    if (c === '<') return '&lt;';
    if (c === '>') return '&gt;';
    if (c === '&') return '&amp;';
    if (c === '@') return NO_MENTION;
    return `\\${c}`;
  });
}

/** Repository text inside raw HTML (`<summary>…</summary>`), where Markdown escapes are not read. */
export function html(text: string): string {
  return oneLine(text).replace(/[&<>"'@[\]]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&#39;';
      case '@':
        return NO_MENTION;
      case '[':
        return '&#91;';
      default:
        return '&#93;';
    }
  });
}

/**
 * Repository text as a code span inside a table: literal (no link, HTML or mention is read in a
 * code span), on one line, its pipes escaped (GFM splits cells before it reads code spans), and
 * fenced by a backtick run longer than any inside it.
 */
export function code(text: string): string {
  const body = oneLine(text).replace(/\|/g, '\\|');
  let longest = 0;
  let run = 0;
  for (const ch of body) {
    run = ch === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || body.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A link destination for a path inside the repository: every segment percent-encoded,
 * parentheses too (encodeURIComponent keeps them, and a `)` would end the link early).
 */
export function encodePath(relPath: string): string {
  return relPath
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()'*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** The longest run of backticks in a text (a fence around it must be longer). */
export function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const ch of text) {
    run = ch === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

