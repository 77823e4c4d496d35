import { splitLines, stripBom } from '../../util/lines.js';
import { isTable, parseTomlOrWarn, splitDottedKey, type TomlTable } from './toml-locate.js';

/**
 * TOML with key lines, for platform configs (fly.toml, netlify.toml, railway.toml,
 * supabase/config.toml). smol-toml gives values and error lines but no positions, so a
 * per-line scan records where each `[table]` header and `key =` line is; values always come
 * from the parser, the scan only answers "which line". A key the scan cannot place (inside an
 * inline table, say) falls back to its nearest placed parent, then to the first content line.
 */
export interface PositionedToml {
  data: TomlTable;
  /** 1-based line of the first line that is not blank or a comment (1 in an empty file) */
  firstContentLine: number;
  /** line of a key by its full path (`['context', 'production', 'environment', 'API_URL']`) */
  lineOf(keys: string[]): number;
}

type Warn = (message: string, line?: number) => void;

/**
 * Hand-written, line-level: a table header `[a.b]` or `[[a.b]]`, then a dotted key before `=`.
 * Bare keys are letters, digits, `_` and `-`; quoted keys are "..." or '...' (TOML 1.0 §Keys).
 * Anchored at the line start, so lines inside multi-line arrays (`"x",`, `[1, 2],`) never match.
 */
const KEY_PART = String.raw`(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')`;
const DOTTED_KEY = String.raw`${KEY_PART}(?:\s*\.\s*${KEY_PART})*`;
const HEADER_LINE = new RegExp(String.raw`^\s*\[\[?\s*(${DOTTED_KEY})\s*\]\]?\s*(?:#.*)?$`);
const KEY_LINE = new RegExp(String.raw`^\s*(${DOTTED_KEY})\s*=`);
/** Parses TOML; a syntax error is reported with its line and gives undefined. */
export function parseTomlWithLines(text: string, warn: Warn): PositionedToml | undefined {
  const data = parseTomlOrWarn(text, warn);
  if (!data) return undefined;
  const body = stripBom(text);

  const lines = new Map<string, number>();
  let table: string[] = [];
  let firstContentLine = 0;
  let openMultiline: string | undefined;
  splitLines(body).forEach((raw, index) => {
    const line = index + 1;
    if (openMultiline) {
      // Inside a """ or ''' string: nothing here is a key, until the closing quotes.
      if (raw.split(openMultiline).length % 2 === 0) openMultiline = undefined;
      return;
    }
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!firstContentLine) firstContentLine = line;
    const header = HEADER_LINE.exec(raw);
    if (header) {
      table = splitDottedKey(header[1]!) ?? [];
      if (!lines.has(table.join('\0'))) lines.set(table.join('\0'), line);
      return;
    }
    const key = KEY_LINE.exec(raw);
    if (key) {
      const path = [...table, ...(splitDottedKey(key[1]!) ?? [])];
      for (let depth = table.length + 1; depth <= path.length; depth++) {
        const id = path.slice(0, depth).join('\0');
        if (!lines.has(id)) lines.set(id, line);
      }
    }
    for (const quotes of ['"""', "'''"]) {
      if (raw.split(quotes).length % 2 === 0) openMultiline = quotes;
    }
  });

  const fallback = firstContentLine || 1;
  return {
    data,
    firstContentLine: fallback,
    lineOf(keys) {
      for (let depth = keys.length; depth > 0; depth--) {
        const line = lines.get(keys.slice(0, depth).join('\0'));
        if (line) return line;
      }
      return fallback;
    },
  };
}

/** A table's own keys, or none when the value is not a table. */
export function tableKeys(value: unknown): string[] {
  return isTable(value) ? Object.keys(value) : [];
}

/** A key of a table, or undefined. */
export function tableGet(value: unknown, key: string): unknown {
  return isTable(value) ? value[key] : undefined;
}
