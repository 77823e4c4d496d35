/**
 * A small lexer for the subset of Ruby a Gemfile uses: string and symbol literals, `%w[]`/`%i[]`
 * word arrays, identifiers, `key:` labels, `=>` and punctuation. There is no maintained Ruby
 * parser for JavaScript, and a Gemfile is a flat list of calls, so one physical line at a time
 * is enough; callers join continuation lines. Anything the lexer does not know (regex
 * literals, operators) becomes punctuation tokens, which no Gemfile statement we read uses.
 */

export type RubyToken =
  /** a string literal; `dynamic` when it interpolates `#{...}`, so its value is not literal */
  | { type: 'string'; value: string; dynamic: boolean }
  /** `:development`, `:"quoted"` */
  | { type: 'symbol'; value: string }
  /** `%w[a b]` or `%i[a b]` */
  | { type: 'words'; values: string[] }
  /** `group:` in `gem 'x', group: :test` */
  | { type: 'label'; value: string }
  | { type: 'ident'; value: string }
  /** `=>`, `,`, `(`, `)`, `[`, `]`, `{`, `}`, `|`, `;` and any other single character */
  | { type: 'punct'; value: string };

export type LexResult = { ok: true; tokens: RubyToken[] } | { ok: false; error: string };

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_]/;
const CLOSERS: Record<string, string> = { '[': ']', '(': ')', '{': '}', '<': '>' };

/** Lexes one physical line; a `#` outside a literal starts a comment that ends the line. */
export function lexRubyLine(line: string): LexResult {
  const tokens: RubyToken[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
    } else if (ch === '#') {
      break;
    } else if (ch === "'" || ch === '"') {
      const read = readQuoted(line, i + 1, ch, ch === '"');
      if (!read) return { ok: false, error: 'unterminated string' };
      tokens.push({ type: 'string', value: read.value, dynamic: read.dynamic });
      i = read.end;
    } else if (ch === '%' && /[wWiI]/.test(line[i + 1] ?? '') && isOpening(line[i + 2])) {
      const open = line[i + 2]!;
      const close = line.indexOf(CLOSERS[open] ?? open, i + 3);
      if (close === -1) return { ok: false, error: 'unterminated word list' };
      tokens.push({ type: 'words', values: line.slice(i + 3, close).split(/\s+/).filter(Boolean) });
      i = close + 1;
    } else if (ch === ':' && line[i + 1] === ':') {
      tokens.push({ type: 'punct', value: '::' });
      i += 2;
    } else if (ch === ':' && (line[i + 1] === '"' || line[i + 1] === "'")) {
      const read = readQuoted(line, i + 2, line[i + 1]!, line[i + 1] === '"');
      if (!read) return { ok: false, error: 'unterminated symbol' };
      tokens.push({ type: 'symbol', value: read.value });
      i = read.end;
    } else if (ch === ':' && IDENT_START.test(line[i + 1] ?? '')) {
      let j = i + 1;
      while (j < line.length && IDENT_PART.test(line[j]!)) j++;
      if (line[j] === '?' || line[j] === '!') j++;
      tokens.push({ type: 'symbol', value: line.slice(i + 1, j) });
      i = j;
    } else if (IDENT_START.test(ch)) {
      let j = i;
      while (j < line.length && IDENT_PART.test(line[j]!)) j++;
      if (line[j] === '?' || line[j] === '!') j++;
      const word = line.slice(i, j);
      // `group:` is a keyword-argument label; `Foo::Bar` is a constant path, not a label.
      if (line[j] === ':' && line[j + 1] !== ':') {
        tokens.push({ type: 'label', value: word });
        j++;
      } else {
        tokens.push({ type: 'ident', value: word });
      }
      i = j;
    } else if (ch === '=' && line[i + 1] === '>') {
      tokens.push({ type: 'punct', value: '=>' });
      i += 2;
    } else {
      tokens.push({ type: 'punct', value: ch });
      i++;
    }
  }
  return { ok: true, tokens };
}

function isOpening(ch: string | undefined): boolean {
  return ch !== undefined && /[[({<|!/]/.test(ch);
}

/** Reads a quoted literal from `start` (just after the quote) to its closing quote. */
function readQuoted(line: string, start: number, quote: string, interpolates: boolean): { value: string; dynamic: boolean; end: number } | undefined {
  let value = '';
  let dynamic = false;
  for (let i = start; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\') {
      value += line[i + 1] ?? '';
      i++;
    } else if (ch === quote) {
      return { value, dynamic, end: i + 1 };
    } else if (interpolates && ch === '#' && line[i + 1] === '{') {
      dynamic = true;
      // Skip the interpolated expression, which may hold quotes of its own.
      let depth = 0;
      for (i++; i < line.length; i++) {
        if (line[i] === '{') depth++;
        else if (line[i] === '}' && --depth === 0) break;
      }
    } else {
      value += ch;
    }
  }
  return undefined;
}

/** True when the tokens so far leave a call unfinished: open brackets, or a trailing `,`, `\`, `=>` or `key:`. */
export function continuesOnNextLine(tokens: RubyToken[]): boolean {
  let depth = 0;
  for (const token of tokens) {
    if (token.type !== 'punct') continue;
    if (token.value === '(' || token.value === '[' || token.value === '{') depth++;
    else if (token.value === ')' || token.value === ']' || token.value === '}') depth--;
  }
  const last = tokens[tokens.length - 1];
  return depth > 0 || (last?.type === 'punct' && (last.value === ',' || last.value === '=>' || last.value === '\\')) || last?.type === 'label';
}
