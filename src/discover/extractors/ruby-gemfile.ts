import { splitLines, stripBom } from '../../util/lines.js';
import type { Extractor, Signal } from '../types.js';
import { basename } from './paths.js';
import { continuesOnNextLine, lexRubyLine, type RubyToken } from './ruby-tokens.js';

/**
 * Bundler's `Gemfile` (or its other name, `gems.rb`). It is Ruby code, and no maintained Ruby
 * parser runs in JavaScript, so this reads it statement by statement with a small lexer
 * (ruby-tokens.ts): `gem` calls give packages; `group ... do` blocks and `group:`/`groups:`
 * options give scope; every other `do`/`if`/`unless`... block is tracked only so its `end` is
 * matched. Gems a default `bundle install` leaves out are not production: those in an
 * `optional: true` group, and those behind a condition on an environment variable
 * (`if ENV["IMPORT"] == "1"`, `gem "x" if ENV["X"]`): importers and other opt-in tooling. `source`, `ruby`, `gemspec`, `git_source` and anything else emit nothing.
 *
 * `Gemfile.lock` is not read: the Gemfile is what the project declares, while the lock file also
 * lists every transitive gem (redis pulled in by some unrelated tool), which would name services
 * the application never talks to.
 */

/** Bundler groups that are never installed in production (`bundle config set without development test`). */
const DEV_GROUPS = new Set(['development', 'test']);

/** Statements that open a block closed by `end` when they start a statement (not as `x if y` modifiers). */
const BLOCK_KEYWORDS = new Set(['if', 'unless', 'while', 'until', 'case', 'begin', 'def', 'class', 'module', 'for']);

interface Frame {
  /** groups a `group` block adds; empty for any other block */
  groups: string[];
  /** an `optional: true` group, or a block that runs only when an environment variable says so */
  optional: boolean;
  line: number;
}

interface Statement {
  tokens: RubyToken[];
  line: number;
}

export const rubyGemfile: Extractor = {
  id: 'gemfile',
  claimsName: (name) => name === 'Gemfile' || name === 'gems.rb',
  matches: (path) => ['Gemfile', 'gems.rb'].includes(basename(path)),
  extract({ path, text, warn }) {
    const signals: Signal[] = [];
    const stack: Frame[] = [];
    for (const statement of statements(text, warn)) {
      const [first] = statement.tokens;
      if (first?.type !== 'ident') continue;
      if (first.value === 'end') {
        if (!stack.pop()) warn('`end` without an open block', statement.line);
        continue;
      }
      if (first.value === 'gem') {
        const call = statement.tokens.slice(1);
        const unconditional = withoutModifier(call);
        const gem = readGem(unconditional);
        if (gem === 'missing') {
          warn('gem call without a gem name; skipped', statement.line);
          continue;
        }
        // `gem name` in a loop or `gem "foo-#{x}"` is valid Ruby whose name only runs know: skipped.
        if (!gem || gem.dynamic) continue;
        const groups = [...new Set([...stack.flatMap((f) => f.groups), ...gem.groups])];
        const optional = stack.some((f) => f.optional) || mentionsEnv(call.slice(unconditional.length));
        const dev = optional || (groups.length > 0 && groups.every((g) => DEV_GROUPS.has(g)));
        const version = gem.versions.join(', ');
        signals.push({
          kind: 'package',
          ecosystem: 'gem',
          name: gem.name,
          path,
          line: statement.line,
          source: 'gem',
          detail: `gem "${gem.name}"${version ? ` ${version}` : ''}${groups.length ? ` (group ${groups.join(', ')})` : ''}${optional ? ' (optional)' : ''}`,
          ...(version ? { version } : {}),
          scope: dev ? 'dev' : 'prod',
        });
        continue;
      }
      if (opensDoBlock(statement.tokens)) {
        const args = argsBeforeDo(statement.tokens.slice(1));
        const group = first.value === 'group';
        stack.push({ groups: group ? groupBlockNames(args) : [], optional: group && isOptionalGroup(args), line: statement.line });
      } else if (BLOCK_KEYWORDS.has(first.value) && !endsWithEnd(statement.tokens)) {
        const conditional = first.value === 'if' || first.value === 'unless';
        stack.push({ groups: [], optional: conditional && mentionsEnv(statement.tokens), line: statement.line });
      }
    }
    for (const open of stack) warn('block is never closed with `end`', open.line);
    return signals;
  },
};

/**
 * Logical statements with the line they start on: continuation lines (open brackets, a trailing
 * comma, `=>`, `key:` or backslash) are joined, `;` splits, and `=begin`/`=end` comments are skipped.
 */
function statements(text: string, warn: (message: string, line?: number) => void): Statement[] {
  const out: Statement[] = [];
  let pending: Statement | undefined;
  let inBlockComment = false;
  splitLines(stripBom(text)).forEach((raw, index) => {
    const line = index + 1;
    if (inBlockComment) {
      if (raw.startsWith('=end')) inBlockComment = false;
      return;
    }
    if (raw.startsWith('=begin')) {
      inBlockComment = true;
      return;
    }
    if (raw.trim() === '__END__') {
      inBlockComment = true; // everything after __END__ is data, not code
      return;
    }
    const lexed = lexRubyLine(raw);
    if (!lexed.ok) {
      warn(`${lexed.error}; line skipped`, line);
      pending = undefined;
      return;
    }
    if (lexed.tokens.length === 0 && !pending) return;
    const tokens = [...(pending?.tokens ?? []), ...lexed.tokens];
    const start = pending?.line ?? line;
    if (continuesOnNextLine(tokens)) {
      pending = { tokens, line: start };
      return;
    }
    pending = undefined;
    let current: RubyToken[] = [];
    for (const token of tokens) {
      if (token.type === 'punct' && token.value === '\\') continue;
      if (token.type === 'punct' && token.value === ';') {
        if (current.length) out.push({ tokens: current, line: start });
        current = [];
      } else {
        current.push(token);
      }
    }
    if (current.length) out.push({ tokens: current, line: start });
  });
  if (pending) warn('statement is not finished at the end of the file', pending.line);
  return out;
}

interface GemCall {
  name: string;
  dynamic: boolean;
  versions: string[];
  groups: string[];
}

/**
 * Reads `'name', '~> 1.0', group: :test, require: false` (parentheses optional); 'missing' when
 * the call has no argument at all, undefined when the name is not a string literal.
 */
function readGem(tokens: RubyToken[]): GemCall | 'missing' | undefined {
  const args = splitArgs(stripParens(tokens));
  const nameArg = args[0];
  if (!nameArg) return 'missing';
  const name = nameArg[0]!;
  if (nameArg.length !== 1 || name.type !== 'string') return undefined;
  const call: GemCall = { name: name.value, dynamic: name.dynamic, versions: [], groups: [] };
  for (const arg of args.slice(1)) {
    const head = arg[0]!;
    if (arg.length === 1 && head.type === 'string' && !head.dynamic) {
      call.versions.push(head.value);
      continue;
    }
    const key = optionKey(arg);
    if (key === 'group' || key === 'groups') call.groups.push(...groupNames(optionValue(arg)));
  }
  return call;
}

/** Groups of `group :development, :test, optional: true do`: the positional arguments only. */
function groupBlockNames(tokens: RubyToken[]): string[] {
  return splitArgs(stripParens(tokens))
    .filter((arg) => !optionKey(arg))
    .flatMap(groupNames);
}

/** `group:` or `:group =>` / `'group' =>` at the start of an argument. */
function optionKey(arg: RubyToken[]): string | undefined {
  const [head, second] = arg;
  if (head?.type === 'label') return head.value;
  if ((head?.type === 'symbol' || head?.type === 'string') && second?.type === 'punct' && second.value === '=>') return head.value;
  return undefined;
}

function optionValue(arg: RubyToken[]): RubyToken[] {
  return arg[0]?.type === 'label' ? arg.slice(1) : arg.slice(2);
}

/** Group names from `:test`, `'test'`, `[:development, :test]` or `%i[development test]`. */
function groupNames(tokens: RubyToken[]): string[] {
  const names: string[] = [];
  for (const token of tokens) {
    if (token.type === 'symbol' || (token.type === 'string' && !token.dynamic)) names.push(token.value);
    else if (token.type === 'words') names.push(...token.values);
  }
  return names;
}

/** `optional: true` among a group block's options. */
function isOptionalGroup(tokens: RubyToken[]): boolean {
  return splitArgs(stripParens(tokens)).some((arg) => {
    const value = optionKey(arg) === 'optional' ? optionValue(arg) : [];
    return value.length === 1 && value[0]!.type === 'ident' && value[0]!.value === 'true';
  });
}

/** A condition that reads the environment (`ENV["IMPORT"]`, `ENV.fetch("X")`). */
function mentionsEnv(tokens: RubyToken[]): boolean {
  return tokens.some((t) => t.type === 'ident' && t.value === 'ENV');
}

/** The call without a trailing `if`/`unless` modifier (`gem 'x' if ENV['X']`); the caller judges the condition. */
function withoutModifier(tokens: RubyToken[]): RubyToken[] {
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'punct' && '([{'.includes(token.value)) depth++;
    else if (token.type === 'punct' && ')]}'.includes(token.value)) depth--;
    else if (depth === 0 && token.type === 'ident' && (token.value === 'if' || token.value === 'unless')) return tokens.slice(0, i);
  }
  return tokens;
}

/** Arguments split on top-level commas. */
function splitArgs(tokens: RubyToken[]): RubyToken[][] {
  const args: RubyToken[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (token.type === 'punct') {
      if ('([{'.includes(token.value)) depth++;
      else if (')]}'.includes(token.value)) depth--;
      else if (token.value === ',' && depth === 0) {
        args.push([]);
        continue;
      }
    }
    args[args.length - 1]!.push(token);
  }
  return args.filter((arg) => arg.length > 0);
}

function stripParens(tokens: RubyToken[]): RubyToken[] {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first?.type === 'punct' && first.value === '(' && last?.type === 'punct' && last.value === ')') return tokens.slice(1, -1);
  return tokens;
}

/** Index of the `do` that opens a block at the end of the statement (`do` or `do |x|`), or -1. */
function doIndex(tokens: RubyToken[]): number {
  let end = tokens.length;
  const last = tokens[end - 1];
  if (last?.type === 'punct' && last.value === '|') {
    // `do |name, version|`: step back over the block parameters.
    let i = end - 2;
    while (i >= 0 && !(tokens[i]!.type === 'punct' && (tokens[i] as { value: string }).value === '|')) i--;
    end = i;
  }
  const candidate = tokens[end - 1];
  return candidate?.type === 'ident' && candidate.value === 'do' ? end - 1 : -1;
}

function opensDoBlock(tokens: RubyToken[]): boolean {
  return doIndex(tokens) > 0;
}

function argsBeforeDo(tokens: RubyToken[]): RubyToken[] {
  const at = doIndex(tokens);
  return at === -1 ? tokens : tokens.slice(0, at);
}

/** `if x then y end` on one line closes itself. */
function endsWithEnd(tokens: RubyToken[]): boolean {
  const last = tokens[tokens.length - 1];
  return last?.type === 'ident' && last.value === 'end';
}
