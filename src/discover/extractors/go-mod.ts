import { splitLines, stripBom } from '../../util/lines.js';
import type { Extractor, Signal } from '../types.js';
import { basename } from './paths.js';

/**
 * Go's `go.mod`. Its grammar is line-based (one directive per line, or a `directive (` block of
 * one entry per line, `//` comments), and the only full parser is Go's own golang.org/x/mod, so
 * this reads it line by line with a tokenizer that knows quoted paths and comments.
 *
 * Only `require` is read. Every required module compiles into the binary, so all are production;
 * `// indirect` ones (needed by a dependency, or not yet imported directly) are kept, say so in
 * their detail, and count as an indirect need only (`optional`): the module's own code does not use them. `replace` (where a module's code comes from), `exclude`, `retract`, `tool`,
 * `toolchain`, `godebug`, `ignore` and `go` name no new dependency.
 *
 * Names are emitted as written, with any major-version suffix (`github.com/jackc/pgx/v5`):
 * the catalog's Go matcher (src/catalog/match.ts) drops a trailing `/vN`, so the rule entry
 * `github.com/jackc/pgx` matches every major version while `gopkg.in/mgo.v2` stays itself.
 */

const KNOWN_DIRECTIVES = new Set(['module', 'go', 'toolchain', 'godebug', 'require', 'replace', 'exclude', 'retract', 'tool', 'ignore']);

interface Line {
  tokens: string[];
  comment: string;
}

export const goMod: Extractor = {
  id: 'go-mod',
  claimsName: (name) => name === 'go.mod',
  matches: (path) => basename(path) === 'go.mod',
  extract({ path, text, warn }) {
    const signals: Signal[] = [];
    /** the directive of the open `directive (` block, with the line it opened on */
    let block: { directive: string; line: number } | undefined;
    let moduleLine: { name: string; line: number } | undefined;

    const requireEntry = (args: string[], comment: string, line: number): void => {
      if (args.length !== 2) {
        warn(`require entry needs a module path and a version, found ${args.length} word${args.length === 1 ? '' : 's'}`, line);
        return;
      }
      const [module, version] = args as [string, string];
      // Go marks these with the comment `// indirect`, alone or followed by `; other notes`.
      const indirect = comment === 'indirect' || comment.startsWith('indirect;');
      signals.push({
        kind: 'package',
        ecosystem: 'go',
        name: module,
        path,
        line,
        source: 'go',
        detail: `require ${module} ${version}${indirect ? ' (indirect)' : ''}`,
        version,
        scope: 'prod',
        ...(indirect ? { optional: 'an indirect requirement (// indirect): another module needs it, this one does not import it' } : {}),
      });
    };

    splitLines(stripBom(text)).forEach((raw, index) => {
      const line = index + 1;
      const parsed = tokenize(raw);
      if (!parsed) {
        warn('unterminated quoted string', line);
        return;
      }
      const { tokens, comment } = parsed;
      if (tokens.length === 0) return;
      if (block) {
        if (tokens.length === 1 && tokens[0] === ')') {
          block = undefined;
        } else if (block.directive === 'require') {
          requireEntry(tokens, comment, line);
        }
        return;
      }
      const [directive, ...args] = tokens as [string, ...string[]];
      if (!KNOWN_DIRECTIVES.has(directive)) {
        warn(`unknown go.mod directive "${directive}"`, line);
        return;
      }
      if (args.length === 1 && args[0] === '(') {
        block = { directive, line };
      } else if (directive === 'require') {
        requireEntry(args, comment, line);
      } else if (directive === 'module' && args.length === 1) {
        moduleLine = { name: args[0]!, line };
      }
    });
    if (block) warn(`${block.directive} block is never closed with ")"`, block.line);
    // The module as a workspace package (refs: the modules it requires), so a deployed module ships
    // the repository's other modules it requires (`replace example.com/lib => ./lib`, or a go.work).
    if (moduleLine) {
      const refs = signals.filter((s) => !s.optional).map((s) => s.name);
      signals.push({ kind: 'workspace', name: moduleLine.name, path, line: moduleLine.line, source: 'go', detail: `module ${moduleLine.name}`, refs, scope: 'prod' });
    }
    return signals;
  },
};

/**
 * Splits one line into words and its trailing `//` comment (trimmed). Words are bare, or
 * "interpreted" / `raw` quoted strings as go.mod allows for paths; `(` and `)` stand alone.
 * Undefined when a quote is never closed.
 */
function tokenize(raw: string): Line | undefined {
  const tokens: string[] = [];
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
    } else if (ch === '/' && raw[i + 1] === '/') {
      return { tokens, comment: raw.slice(i + 2).trim() };
    } else if (ch === '(' || ch === ')') {
      tokens.push(ch);
      i++;
    } else if (ch === '"' || ch === '`') {
      let value = '';
      let j = i + 1;
      for (; j < raw.length && raw[j] !== ch; j++) {
        if (ch === '"' && raw[j] === '\\') j++;
        value += raw[j] ?? '';
      }
      if (j >= raw.length) return undefined;
      tokens.push(value);
      i = j + 1;
    } else {
      let j = i;
      while (j < raw.length && !' \t\r()"`'.includes(raw[j]!) && !(raw[j] === '/' && raw[j + 1] === '/')) j++;
      tokens.push(raw.slice(i, j));
      i = j;
    }
  }
  return { tokens, comment: '' };
}
