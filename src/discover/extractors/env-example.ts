import { splitLines, stripBom } from '../../util/lines.js';
import { stripLeading, stripTrailing } from '../../util/text-scan.js';

/** What frames a banner comment (`### OPTIONAL ###`, `# ==== Mail ====`); trimmed in loops, not a regex run. */
const DECORATION = '#=*- \t\v\f\r\u00a0\ufeff';
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

/**
 * Words after the template marker that name a variant of the same app's settings
 * (`.env.example.complete`, `.env.sample.docker`); any other word names another app or component
 * (`.env.example.worker`, `.env.example.analytics`), whose settings are not this deployment's.
 */
const VARIANT_WORDS = new Set(['complete', 'full', 'all', 'default', 'defaults', 'prod', 'production', 'docker', 'compose', 'selfhost', 'selfhosted', 'self', 'hosted', 'minimal', 'local', 'env']);

/** The other app a template is for (`.env.example.<other>`), or undefined for the app's own. */
export function templateForOtherApp(path: string): string | undefined {
  const words = lowerName(path).split(/[._-]+/).filter(Boolean);
  const marker = words.findIndex((w) => TEMPLATE_MARKERS.has(w));
  const after = marker === -1 || marker < words.indexOf('env') ? [] : words.slice(marker + 1);
  return after.find((word) => !VARIANT_WORDS.has(word) && !TEMPLATE_MARKERS.has(word) && !hasDevToken(word));
}

/** Words in a heading or a comment block that present what follows as optional. */
const OPTIONAL_WORDS = /\b(?:optional(?:ly)?|integrations?)\b/i;
/** Words that present what follows as settings for development only ("Recommended for local development"). */
const DEV_WORDS = /\b(?:(?:for|in) (?:local )?development|local development|development only|dev only|for (?:local )?testing|for tests)\b/i;

/**
 * For each line, whether it sits under a heading or comment block that calls it optional:
 * a banner (`###### OPTIONAL ENV VARS ######`, `# INTEGRATIONS`) holds until the next banner;
 * a plain comment block holds over the assignments right after it, up to a blank line.
 * Returns the words that said so, per 1-based line; `isDevSection` tells development-only ones.
 */
export function optionalSections(text: string): Map<number, string> {
  const out = new Map<number, string>();
  let banner: string | undefined;
  let block: string[] = [];
  let blockActive = false;
  splitLines(stripBom(text)).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      block = [];
      blockActive = false;
      return;
    }
    if (line.startsWith('#')) {
      const words = stripTrailing(stripLeading(line, DECORATION), DECORATION);
      const decorated = (/^#{3,}|^#\s*[=*-]{3,}/.test(line) || line.length - stripTrailing(line, '#=*-').length >= 3) && words !== '';
      const capitals = words.length > 2 && /[A-Z]/.test(words) && words === words.toUpperCase() && !/[=:]/.test(words);
      if (decorated || capitals) {
        banner = OPTIONAL_WORDS.test(words) || DEV_WORDS.test(words) ? words : undefined;
        block = [];
        blockActive = false;
      } else if (words !== '' && !ASSIGNMENT.test(line.replace(/^#\s*/, ''))) {
        // A new comment after assignments starts a new block.
        if (blockActive) block = [];
        blockActive = false;
        block.push(words);
      }
      return;
    }
    blockActive = true;
    const said = banner ?? block.find((words) => OPTIONAL_WORDS.test(words) || DEV_WORDS.test(words));
    if (said) out.set(index + 1, said);
  });
  return out;
}

/** True when a heading found by optionalSections says development, not optional. */
export function isDevSection(words: string): boolean {
  return DEV_WORDS.test(words) && !OPTIONAL_WORDS.test(words);
}

/**
 * A committed development env file (`.env.development`, `.env.dev`): real settings for a
 * developer's machine, so its values are never read, but its names are the settings the app
 * reads in every environment. Its signals are dev scope: never evidence alone (see
 * Matched.devSettings in src/catalog/match.ts).
 */
export function isDevelopmentEnvFile(path: string): boolean {
  const name = lowerName(path);
  return name === '.env.development' || name === '.env.dev';
}

const isEnvFile = (path: string): boolean => isEnvTemplate(path) || isDevelopmentEnvFile(path);

/** Env templates: every variable the app expects, and the kind of server its URLs point at. */
export const envExample: Extractor = {
  id: 'env',
  claimsName: isEnvFile,
  matches: isEnvFile,
  extract({ path, text }) {
    if (isDevelopmentEnvFile(path)) {
      return readDotenv(text).map(({ name, line }): Signal => ({ kind: 'env', name, path, line, source: 'env', detail: name, scope: 'dev', facts: { variable: name } }));
    }
    // `.env.local.example` is the usual template for every deployment (Next.js and others), not a dev file.
    const scope = hasDevToken(path, ['local']) ? 'dev' : 'prod';
    const other = templateForOtherApp(path);
    const sections = optionalSections(text);
    const signals: Signal[] = [];
    for (const { name, value, line } of readDotenv(text)) {
      const heading = sections.get(line);
      const devOnly = heading !== undefined && isDevSection(heading);
      const optional = other ? `a template for another app (${other})` : heading && !devOnly ? `under "${heading}"` : undefined;
      for (const signal of variableSignals(name, value, { path, line, source: 'env', scope: devOnly ? 'dev' : scope })) signals.push({ ...signal, ...(optional ? { optional } : {}), facts: { variable: name } });
    }
    return signals;
  },
};
