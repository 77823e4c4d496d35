import { splitLines, stripBom } from '../../util/lines.js';
import { stripLeading, stripTrailing, withoutLinks } from '../../util/text-scan.js';

/** What frames a banner comment (`### OPTIONAL ###`, `# ==== Mail ====`); trimmed in loops, not a regex run. */
const DECORATION = '#=*- \t\v\f\r\u00a0\ufeff';
import type { Extractor, Signal } from '../types.js';
import { isSelectorName, variableSignals } from './connection-url.js';
import { hasDevToken } from './dev-scope.js';
import { MAIL_CATCHERS } from './image-ref.js';
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

/** Words after the marker that make a template the reference of every setting (`.env.example.complete`). */
const REFERENCE_WORDS = new Set(['complete', 'full', 'all']);

/**
 * True for a template that lists every setting the app accepts (`.env.example.complete`,
 * `.env.sample.full`) beside the one deployers copy: each service it names is an option the
 * product has, not one a deployment is told to set up.
 */
export function isReferenceTemplate(path: string): boolean {
  const words = lowerName(path).split(/[._-]+/).filter(Boolean);
  const marker = words.findIndex((w) => TEMPLATE_MARKERS.has(w));
  return marker !== -1 && marker > words.indexOf('env') && words.slice(marker + 1).some((w) => REFERENCE_WORDS.has(w));
}

/** The other app a template is for (`.env.example.<other>`), or undefined for the app's own. */
export function templateForOtherApp(path: string): string | undefined {
  const words = lowerName(path).split(/[._-]+/).filter(Boolean);
  const marker = words.findIndex((w) => TEMPLATE_MARKERS.has(w));
  const after = marker === -1 || marker < words.indexOf('env') ? [] : words.slice(marker + 1);
  return after.find((word) => !VARIANT_WORDS.has(word) && !TEMPLATE_MARKERS.has(word) && !hasDevToken(word));
}

interface Unselected {
  selector: string;
  selected: string;
}

/**
 * Drivers a template lists but does not select: a selector (`SCOUT_DRIVER=database`) under a
 * comment that lists its choices (`# use 'meilisearch', 'typesense' or 'database'`, `# Cache:
 * file, memcached, redis`) makes the settings of every other choice (`TYPESENSE_HOST`) options,
 * unless another selector picks that driver (`QUEUE_CONNECTION=redis`). Keyed by the choice, the
 * first word of the settings it owns.
 */
function unselectedDrivers(text: string, assignments: Assignment[]): Map<string, Unselected> {
  const rows = splitLines(stripBom(text));
  const selected = new Set<string>();
  const offered = new Map<string, Unselected>();
  for (const { name, value, line } of assignments) {
    const word = value.trim().toLowerCase();
    if (!isSelectorName(name) || !/^[a-z][a-z0-9_-]*$/.test(word)) continue;
    selected.add(word);
    // The paragraph around the selector: its lines up to the blank lines on either side.
    let start = line - 1;
    while (start > 0 && rows[start - 1]!.trim() !== '') start--;
    let end = line - 1;
    while (end + 1 < rows.length && rows[end + 1]!.trim() !== '') end++;
    const comments = rows.slice(start, end + 1).filter((row) => row.trim().startsWith('#')).map((row) => stripLeading(row.trim(), DECORATION));
    for (const choice of listedChoices(comments.join(' '))) if (!offered.has(choice)) offered.set(choice, { selector: name, selected: word });
  }
  for (const choice of selected) offered.delete(choice);
  return offered;
}

/**
 * The one-word items of the lists a comment gives (`database, file, memcached, redis`;
 * `'meilisearch', 'typesense', 'algolia' or the 'database'`; `local|production`): what follows
 * each colon, split at commas, bars and "or". A list has at least three items; links are left out.
 */
function listedChoices(comment: string): string[] {
  const out: string[] = [];
  for (const part of withoutLinks(comment.toLowerCase()).split(':').slice(1)) {
    const items = part.split(/,|\||\bor\b/).map((item) => item.trim().replace(/^the\s+/, ''));
    // A quoted word is the choice (`use 'meilisearch'`); otherwise the item's first word is.
    const words = items.map((item) => /['"`]([a-z][a-z0-9-]*)['"`]/.exec(item)?.[1] ?? /^[a-z][a-z0-9-]*/.exec(item)?.[0]).filter((w): w is string => !!w);
    if (items.length >= 3) out.push(...words);
  }
  return out;
}

/**
 * Words in a heading or a comment block that present what follows as optional, as one provider
 * a deployer may pick instead of another ("# Groq (alternative)"), or as settings of a commercial
 * edition only (`[[EE ONLY]]`, "Cloud only", "only for the hosted version").
 */
const OPTIONAL_WORDS = /\b(?:optional(?:ly)?|integrations?|alternatives?|(?:ee|enterprise|cloud|saas|hosted|premium|commercial)(?: edition| version)? only|only (?:for|in|on) (?:the )?(?:ee|enterprise|cloud|saas|hosted|premium|commercial)\b)\b/i;
/**
 * Words in a comment block that make the settings under it conditional on a choice the deployer
 * makes ("If using SSO, set...", "Required if you're using S3", "only needed if you intend on
 * sending emails", "Redis, if you need it"): settings for an option, not for every deployment.
 * Hand-written: a few fixed phrasings of one comment line; "If using" counts only where a
 * sentence starts, so "(set the port to 0 if using a socket)" inside a sentence does not.
 */
const CONDITIONAL_WORDS = /(?:^|[.;!?]\s+)if (?:you(?:'re| are) )?using\b|\b(?:needed|required|necessary) (?:only )?(?:if|when) you (?:use|enable|want|intend|plan|choose|turn on|opt)\b|\bif you need (?:it|them)\b|\bif you (?:want|intend|plan|wish) (?:to send|on sending)\b/i;

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
    const said = banner ?? block.find((words) => OPTIONAL_WORDS.test(words) || CONDITIONAL_WORDS.test(words) || DEV_WORDS.test(words));
    if (said) out.set(index + 1, said);
  });
  return out;
}

/** Framework prefixes on browser-exposed variables (`NEXT_PUBLIC_SALESFORCE_ENABLED` flags `SALESFORCE_*`). */
const FLAG_FRAMEWORK_PREFIX = /^(?:NEXT_PUBLIC|NEXT_PRIVATE|NUXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|PUBLIC|GATSBY|VUE_APP)_/;
/** `<SUBJECT>_ENABLED` / `ENABLE_<SUBJECT>`: a feature flag for what its other words name. */
const FLAG_NAME = /^(?:([A-Z][A-Z0-9_]*?)_(?:ENABLED|ENABLE)|(?:ENABLE|USE)_([A-Z][A-Z0-9_]*))$/;
const OFF_VALUES = new Set(['', 'false', '0', 'no', 'off']);

const bareName = (name: string): string => name.toUpperCase().replace(FLAG_FRAMEWORK_PREFIX, '');

/**
 * Feature flags a template leaves off (`NEXT_PUBLIC_SALESFORCE_ENABLED=`, `KAFKA_ENABLED=false`):
 * every setting of the flagged subject in that file (`SALESFORCE_CLIENT_ID`) belongs to a
 * feature the deployer may turn on, not one the product needs. Keyed by the subject's prefix.
 */
export function flagsOff(assignments: readonly Assignment[]): Map<string, string> {
  const off = new Map<string, string>();
  for (const { name, value } of assignments) {
    const match = FLAG_NAME.exec(bareName(name));
    const subject = match?.[1] ?? match?.[2];
    if (!subject || subject.length < 3 || !OFF_VALUES.has(value.trim().toLowerCase())) continue;
    off.set(subject, `${name}=${value.trim()}`);
  }
  return off;
}

function flaggedOff(name: string, off: ReadonlyMap<string, string>): string | undefined {
  if (off.size === 0) return undefined;
  const bare = bareName(name);
  for (const [subject, flag] of off) {
    if (bare === subject || bare.startsWith(`${subject}_`) || FLAG_NAME.exec(bare)?.slice(1).includes(subject)) return flag;
  }
  return undefined;
}

/** The SMTP port every mail catcher listens on by default (MailHog, Mailpit, MailCatcher, maildev). */
const CATCHER_PORT = '1025';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '0.0.0.0', '::1', '[::1]']);

/**
 * The mail catcher a template's value points at (`EMAIL_HOST=mailcatcher`,
 * `EMAIL_URL=smtp://localhost:1025`, `SMTP_PORT=1025`), if it does.
 */
function mailCatcherOf(name: string, value: string): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  let host = text.toLowerCase();
  let port: string | undefined;
  if (text.includes('://')) {
    try {
      const url = new URL(text);
      host = url.hostname.toLowerCase();
      port = url.port;
    } catch {
      return undefined;
    }
  } else if (name.toUpperCase().endsWith('PORT')) {
    port = text;
    host = '';
  }
  const first = host.split('.')[0]!;
  if (MAIL_CATCHERS.has(first)) return first;
  if (port === CATCHER_PORT && (host === '' || LOOPBACK.has(host))) return `port ${CATCHER_PORT} on this machine`;
  return undefined;
}

/** True when a heading found by optionalSections says development, not optional. */
export function isDevSection(words: string): boolean {
  return DEV_WORDS.test(words) && !OPTIONAL_WORDS.test(words) && !CONDITIONAL_WORDS.test(words);
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
    // `.env.example.sail` configures Laravel Sail, the local development stack, and
    // `.env.dusk.example` Laravel Dusk, its browser-test runner.
    const words = lowerName(path).split(/[._-]+/);
    const scope = hasDevToken(path, ['local']) || words.includes('sail') || words.includes('dusk') ? 'dev' : 'prod';
    const other = templateForOtherApp(path);
    const reference = isReferenceTemplate(path) ? `${path} lists every setting the app accepts, not the ones a deployment sets` : undefined;
    const sections = optionalSections(text);
    const assignments = readDotenv(text);
    const unselected = unselectedDrivers(text, assignments);
    const off = flagsOff(assignments);
    const signals: Signal[] = [];
    for (const { name, value, line } of assignments) {
      const heading = sections.get(line);
      const devOnly = heading !== undefined && isDevSection(heading);
      const driver = unselected.get(name.split('_')[0]!.toLowerCase());
      const flag = flaggedOff(name, off);
      const optional = other
        ? `a template for another app (${other})`
        : reference
          ? reference
          : heading && !devOnly
          ? `under "${heading}"`
          : driver && !isSelectorName(name)
            ? `one of the drivers ${driver.selector} offers; the template selects ${driver.selected}`
            : flag
              ? `a feature the template leaves off (${flag})`
              : mailCatcherOf(name, value)
                ? `${name}=${value.trim()} points at ${mailCatcherOf(name, value)!}, a local mail catcher: a developer's stand-in, not the mail server a deployment needs`
                : undefined;
      for (const signal of variableSignals(name, value, { path, line, source: 'env', scope: devOnly ? 'dev' : scope })) signals.push({ ...signal, ...(optional ? { optional } : {}), facts: { variable: name } });
    }
    return signals;
  },
};
