import { splitLines, stripBom } from '../../util/lines.js';
import type { Extractor, Signal } from '../types.js';
import { variableSignals } from './connection-url.js';
import { hasDevToken } from './dev-scope.js';
import { lowerName } from './paths.js';

/** Extensions that make a file another format even when its name mentions env and example. */
const OTHER_FORMATS = new Set(['json', 'yml', 'yaml', 'ts', 'js', 'mjs', 'cjs', 'md', 'txt', 'toml', 'ini', 'xml', 'sh', 'py', 'rb', 'php']);

/** Words that mark an env file as a committed template rather than real settings. */
const TEMPLATE_MARKERS = new Set(['example', 'sample', 'template', 'tmpl', 'tpl', 'dist', 'defaults']);

/**
 * `.env.example`, `.env.sample`, `.env.local.example`, `example.env`, `env.template`...
 * A real `.env` (or `.env.production`) holds secrets and is never read: a template marker is required.
 */
export function isEnvTemplate(path: string): boolean {
  const words = lowerName(path).split(/[._-]+/).filter(Boolean);
  const last = words[words.length - 1];
  // After the marker a word may follow (`.env.example.complete`), but not another format's
  // extension (`.env.example.json` is JSON), and a marker is required (`.env.production` is real).
  const marker = words.findIndex((w) => TEMPLATE_MARKERS.has(w));
  if (!words.includes('env') || marker === -1 || last === undefined) return false;
  return last === 'env' || TEMPLATE_MARKERS.has(last) || (marker > words.indexOf('env') && !OTHER_FORMATS.has(last));
}

/**
 * One assignment line as dotenv reads it: optional `export`, a name, `=` (or `: `), a value.
 * A hand-written regex because the format is line-based and the `dotenv` package is not a
 * dependency here; it also gives no line numbers.
 */
const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*(?:=|:(?=\s|$))\s*(.*)$/;

interface Assignment {
  name: string;
  value: string;
  line: number;
}

/**
 * Reads assignments with dotenv's rules: `#` lines are comments, quoted values may span lines,
 * an unquoted value ends at `#`. Lines that are not assignments are ignored, as dotenv does.
 */
export function readDotenv(text: string): Assignment[] {
  const lines = splitLines(stripBom(text));
  const out: Assignment[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = ASSIGNMENT.exec(lines[i]!);
    if (!match) continue;
    const line = i + 1;
    let rest = match[2]!;
    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      let body = rest.slice(1);
      let close = closingQuote(body, quote);
      // A value whose closing quote is on a later line spans those lines.
      while (close === -1 && i + 1 < lines.length) {
        body += '\n' + lines[++i]!;
        close = closingQuote(body, quote);
      }
      rest = close === -1 ? body : body.slice(0, close);
    } else {
      const hash = rest.indexOf('#');
      rest = (hash === -1 ? rest : rest.slice(0, hash)).trim();
    }
    out.push({ name: match[1]!, value: rest, line });
  }
  return out;
}

function closingQuote(body: string, quote: string): number {
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && quote === '"') i++;
    else if (body[i] === quote) return i;
  }
  return -1;
}

/** Env templates: every variable the app expects, and the kind of server its URLs point at. */
export const envExample: Extractor = {
  id: 'env',
  claimsName: isEnvTemplate,
  matches: isEnvTemplate,
  extract({ path, text }) {
    // `.env.local.example` is the usual template for every deployment (Next.js and others), not a dev file.
    const scope = hasDevToken(path, ['local']) ? 'dev' : 'prod';
    const signals: Signal[] = [];
    for (const { name, value, line } of readDotenv(text)) {
      for (const signal of variableSignals(name, value, { path, line, source: 'env', scope })) signals.push({ ...signal, facts: { variable: name } });
    }
    return signals;
  },
};
