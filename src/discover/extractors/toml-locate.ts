import { parse, TomlError } from 'smol-toml';
import { splitLines, stripBom } from '../../util/lines.js';

/**
 * TOML parsing with a warning instead of an exception, and line lookup for values:
 * smol-toml returns plain objects without positions, so the line of a key or array item is
 * found again in the text, within the table it belongs to.
 */

export type TomlTable = Record<string, unknown>;

export function isTable(value: unknown): value is TomlTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The table at a key path, or undefined when any step is missing or not a table. */
export function tableAt(root: TomlTable, keys: string[]): TomlTable | undefined {
  let node: unknown = root;
  for (const key of keys) {
    if (!isTable(node)) return undefined;
    node = node[key];
  }
  return isTable(node) ? node : undefined;
}

/** Parses TOML; a syntax error becomes one warning with its line, and the result is undefined. */
export function parseTomlOrWarn(text: string, warn: (message: string, line?: number) => void): TomlTable | undefined {
  try {
    return parse(stripBom(text)) as TomlTable;
  } catch (error) {
    if (error instanceof TomlError) {
      // The message's first line says what is wrong; the rest is a code excerpt, which may hold values.
      const what = error.message.split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '');
      warn(`invalid TOML: ${what}`, error.line);
    } else {
      warn(`invalid TOML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    }
    return undefined;
  }
}

interface Section {
  /** key path of the `[table]` or `[[array]]` header; [] for the lines before the first header */
  keys: string[];
  /** 0-based index of the header line (-1 for the root section) */
  header: number;
  /** 0-based index one past its last line */
  end: number;
}

/**
 * A table header line: `[a.b]`, `[[a]]`, `[tool.poetry.group."my group".dependencies]`, with an
 * optional comment. A hand-written per-line pattern (smol-toml gives no positions); the key path
 * inside is then checked by splitDottedKey, so an array line like `["a", "b"]` is not taken for a header.
 */
// `[^]` rather than `.`: a lone CR inside a line made `(?:#.*)?$` fail and retry at every `]`.
const HEADER_LINE = /^\s*\[\[?([^]+?)\]\]?\s*(?:#[^]*)?$/;
/** A bare TOML key. */
const BARE_KEY = /^[A-Za-z0-9_-]+$/;

/** Splits `tool.poetry."a.b"` into its keys; undefined when it is not a valid dotted key. */
export function splitDottedKey(text: string): string[] | undefined {
  const keys: string[] = [];
  let i = 0;
  while (i <= text.length) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    const quote = text[i];
    let key: string;
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      if (close === -1) return undefined;
      key = text.slice(i + 1, close);
      i = close + 1;
    } else {
      let j = i;
      while (j < text.length && text[j] !== '.' && text[j] !== ' ' && text[j] !== '\t') j++;
      key = text.slice(i, j);
      if (!BARE_KEY.test(key)) return undefined;
      i = j;
    }
    keys.push(key);
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (i >= text.length) return keys;
    if (text[i] !== '.') return undefined;
    i++;
  }
  return keys;
}

function startsWithKeys(keys: string[], prefix: string[]): boolean {
  return prefix.length <= keys.length && prefix.every((key, i) => keys[i] === key);
}

/** True when `key` is assigned on this line: `key =`, `"key" =`, `key.sub =`, or inside `{ key = ... }`. */
function assignsKey(line: string, key: string): boolean {
  for (const written of [key, `"${key}"`, `'${key}'`]) {
    let from = 0;
    for (let at = line.indexOf(written, from); at !== -1; at = line.indexOf(written, from)) {
      from = at + 1;
      const before = at === 0 ? ' ' : line[at - 1]!;
      if (!/[\s{,.]/.test(before)) continue;
      const after = line.slice(at + written.length).trimStart();
      if (after.startsWith('=') || after.startsWith('.')) return true;
    }
  }
  return false;
}

/** True when the line holds `needle` as a quoted TOML string, or a quoted string starting with requirement name `name`. */
function quotesRequirement(line: string, needle: string, name: string): boolean {
  if (line.includes(`"${needle}"`) || line.includes(`'${needle}'`)) return true;
  const lower = line.toLowerCase();
  const wanted = name.toLowerCase();
  for (const quote of ['"', "'"]) {
    let from = 0;
    for (let at = lower.indexOf(quote, from); at !== -1; at = lower.indexOf(quote, from)) {
      from = at + 1;
      const body = lower.slice(at + 1).trimStart();
      if (body.startsWith(wanted) && !/[a-z0-9._-]/.test(body[wanted.length] ?? '')) return true;
    }
  }
  return false;
}

/** Finds the lines of values in one TOML text. Built once per file. */
export class TomlLines {
  private readonly lines: string[];
  private readonly sections: Section[];

  constructor(text: string) {
    this.lines = splitLines(stripBom(text));
    this.sections = [{ keys: [], header: -1, end: this.lines.length }];
    this.lines.forEach((line, index) => {
      const match = HEADER_LINE.exec(line);
      const keys = match ? splitDottedKey(match[1]!) : undefined;
      if (!keys) return;
      this.sections[this.sections.length - 1]!.end = index;
      this.sections.push({ keys, header: index, end: this.lines.length });
    });
  }

  /**
   * The 1-based line of a dependency under the table at `path` (`['tool', 'poetry', 'dependencies']`,
   * or `['project', 'optional-dependencies', 'redis']` for an array): the section whose header is the
   * longest prefix of `path` is searched, from the line that assigns the rest of the path onwards.
   * `match` tests one line. Falls back to the line of that key, then the header line, then 1.
   */
  private find(path: string[], match: (line: string) => boolean): number {
    const candidates = this.sections.filter((s) => startsWithKeys(path, s.keys)).sort((a, b) => b.keys.length - a.keys.length);
    let fallback: number | undefined;
    for (const section of candidates) {
      const rest = path.slice(section.keys.length);
      let start = section.header + 1;
      if (rest.length > 0) {
        // `optional-dependencies = {...}` under [project], or `redis = [...]` under [project.optional-dependencies].
        const last = rest[rest.length - 1]!;
        const keyLine = this.indexWhere(start, section.end, (line) => assignsKey(line, last));
        if (keyLine === -1) continue;
        start = keyLine;
        fallback ??= keyLine + 1;
      }
      const found = this.indexWhere(start, section.end, match);
      if (found !== -1) return found + 1;
      if (section.header >= 0) fallback ??= section.header + 1;
    }
    return fallback ?? 1;
  }

  /** Line of the key `name` in the table at `path` (Poetry and Pipfile dependency tables). */
  keyLine(path: string[], name: string): number {
    return this.find(path, (line) => assignsKey(line, name));
  }

  /** Line of the requirement string `requirement` (whose package is `name`) in the array at `path`. */
  stringLine(path: string[], requirement: string, name: string): number {
    return this.find(path, (line) => quotesRequirement(line, requirement, name));
  }

  private indexWhere(from: number, to: number, test: (line: string) => boolean): number {
    for (let i = Math.max(from, 0); i < to; i++) if (test(this.lines[i]!)) return i;
    return -1;
  }
}
