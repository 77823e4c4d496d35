import { posix } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, visit, type Node as YamlNode } from 'yaml';
import type { FailOn, Severity } from '../check/types.js';
import { CONFIDENCES, DEFAULT_FAIL_ON_CONFIDENCE, type FailOnConfidence } from '../check/confidence.js';

/**
 * Every setting, its default and how to validate it, in one place. The config file
 * (.github/paramedic.yml) and the action's inputs both go through here; inputs win.
 */
export interface IgnoreEntry {
  id: string;
  reason: string;
}

export type DraftMode = 'off' | 'suggest' | 'commit';
export type Mode = 'auto' | 'pr' | 'sweep';
/** `auto`: comment only when the change touches a critical dependency or causes a gap or finding. */
export type CommentMode = 'auto' | 'always' | 'never';
export type LintLevel = Severity | 'off';

export interface Config {
  failOn: FailOn;
  /** the weakest confidence a dependency needs for a gap to fail the check (src/check/confidence.ts) */
  failOnConfidence: FailOnConfidence;
  /** ids accepted as dependencies whatever their confidence: the gate counts them */
  accept: string[];
  /** lint findings at this severity or worse fail the check; 'never' keeps them advisory */
  failOnFindings: Severity | 'never';
  docPath: string;
  rules: string;
  exclude: string[];
  ignore: IgnoreEntry[];
  acceptDrafts: boolean;
  /** per lint rule: its severity, or off */
  lint: Record<string, LintLevel>;
  staleAfterDays: number;
  shellcheck: string;
  draft: DraftMode;
  /** tier-3 services ("a feature degrades"): a short degradation note (default) or the full scenario */
  draftTier3: 'note' | 'scenario';
  comment: CommentMode;
  mode: Mode;
  trackingIssue: boolean;
}

export const DEFAULT_CONFIG: Config = {
  failOn: 'new-gaps',
  failOnConfidence: DEFAULT_FAIL_ON_CONFIDENCE,
  accept: [],
  failOnFindings: 'error',
  docPath: '',
  rules: '',
  exclude: [],
  ignore: [],
  acceptDrafts: false,
  lint: {},
  staleAfterDays: 180,
  shellcheck: '',
  draft: 'suggest',
  draftTier3: 'note',
  comment: 'auto',
  mode: 'auto',
  trackingIssue: false,
};

export class ConfigError extends Error {}

const SEVERITIES = ['error', 'warning', 'notice'] as const;

type Parser = (value: unknown, where: string) => unknown;

const oneOf =
  <T extends string>(values: readonly T[]): Parser =>
  (value, where) => {
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value;
    throw new ConfigError(`${where}: must be one of ${values.join(', ')} (got ${JSON.stringify(value)})`);
  };

const bool: Parser = (value, where) => {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new ConfigError(`${where}: must be true or false (got ${JSON.stringify(value)})`);
};

/** `auto`, `always` or `never`; `true` and `false` (the older boolean setting) mean always and never. */
const commentMode: Parser = (value, where) => {
  if (value === true || value === 'true') return 'always';
  if (value === false || value === 'false') return 'never';
  if (value === 'auto' || value === 'always' || value === 'never') return value;
  throw new ConfigError(`${where}: must be one of auto, always, never (or true/false) (got ${JSON.stringify(value)})`);
};

const str: Parser = (value, where) => {
  if (typeof value === 'string') return value;
  throw new ConfigError(`${where}: must be a string`);
};

const strList: Parser = (value, where) => {
  if (typeof value === 'string') return value.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  throw new ConfigError(`${where}: must be a list of strings`);
};

const positiveInt: Parser = (value, where) => {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n === 'number' && Number.isInteger(n) && n > 0) return n;
  throw new ConfigError(`${where}: must be a positive whole number`);
};

const ignoreList: Parser = (value, where) => {
  if (!Array.isArray(value)) throw new ConfigError(`${where}: must be a list of {id, reason}`);
  return value.map((entry, i) => {
    if (!entry || typeof entry !== 'object' || typeof entry.id !== 'string' || typeof entry.reason !== 'string' || !entry.reason.trim()) {
      throw new ConfigError(`${where}[${i}]: each entry needs an id and a non-empty reason`);
    }
    return { id: entry.id, reason: entry.reason.trim() };
  });
};

const lintLevels: Parser = (value, where) => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`${where}: must map rule ids to error, warning, notice or off`);
  const out: Record<string, LintLevel> = {};
  for (const [rule, level] of Object.entries(value)) {
    out[rule] = oneOf([...SEVERITIES, 'off'])(level, `${where}.${rule}`) as LintLevel;
  }
  return out;
};

/** kebab-case key -> [Config field, parser] */
const FIELDS: Record<string, [keyof Config, Parser]> = {
  'fail-on': ['failOn', oneOf(['new-gaps', 'any-gap', 'never'])],
  'fail-on-confidence': ['failOnConfidence', oneOf(CONFIDENCES)],
  accept: ['accept', strList],
  'fail-on-findings': ['failOnFindings', oneOf([...SEVERITIES, 'never'])],
  'doc-path': ['docPath', str],
  rules: ['rules', str],
  exclude: ['exclude', strList],
  ignore: ['ignore', ignoreList],
  'accept-drafts': ['acceptDrafts', bool],
  lint: ['lint', lintLevels],
  'stale-after-days': ['staleAfterDays', positiveInt],
  shellcheck: ['shellcheck', str],
  draft: ['draft', oneOf(['off', 'suggest', 'commit'])],
  'draft-tier-3': ['draftTier3', oneOf(['note', 'scenario'])],
  comment: ['comment', commentMode],
  mode: ['mode', oneOf(['auto', 'pr', 'sweep'])],
  'tracking-issue': ['trackingIssue', bool],
};

export const CONFIG_KEYS = Object.keys(FIELDS);

/** Validates a partial config given as kebab-case keys; `where` prefixes messages (file:line or "input"). */
export function parseSettings(raw: Record<string, unknown>, where: (key: string) => string): Partial<Config> {
  const out: Partial<Config> = {};
  for (const [key, value] of Object.entries(raw)) {
    // Own keys only: `constructor:` or `hasOwnProperty:` must not reach Object.prototype.
    const field = Object.hasOwn(FIELDS, key) ? FIELDS[key] : undefined;
    if (!field) throw new ConfigError(`${where(key)}: unknown setting "${key}" (known: ${CONFIG_KEYS.join(', ')})`);
    (out as Record<string, unknown>)[field[0]] = field[1](value, `${where(key)}: ${key}`);
  }
  return out;
}

/** Parses the text of a config file; errors name the file and line. */
export function parseConfigFile(text: string, file: string): Partial<Config> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new ConfigError(`${file}:${e.linePos?.[0]?.line ?? 1}: ${e.message.split('\n')[0]}`);
  }
  if (doc.contents == null) return {};
  if (!isMap(doc.contents)) throw new ConfigError(`${file}:1: the config file must be a mapping of settings`);
  const lines = new Map<string, number>();
  for (const pair of doc.contents.items) {
    const key = pair.key as YamlNode | null;
    if (key && isScalar(key) && key.range) lines.set(String(key.value), lineCounter.linePos(key.range[0]).line);
  }
  let raw: Record<string, unknown>;
  try {
    raw = doc.toJS() as Record<string, unknown>;
  } catch (error) {
    // Aliases fail only here: one without its anchor, or so many that they would blow up memory.
    let line = 1;
    visit(doc, { Alias: (_, node) => ((line = node.range ? lineCounter.linePos(node.range[0]).line : 1), visit.BREAK) });
    throw new ConfigError(`${file}:${line}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const settings = parseSettings(raw, (key) => `${file}:${lines.get(key) ?? 1}`);
  for (const key of REPOSITORY_PATH_KEYS) {
    const value = raw[key];
    if (typeof value === 'string' && value !== '' && !staysInRepository(value)) {
      throw new ConfigError(`${file}:${lines.get(key) ?? 1}: ${key}: must be a path inside the repository (got ${JSON.stringify(value)})`);
    }
  }
  return settings;
}

/**
 * Settings that name a file or folder Paramedic reads. The config file is repository content
 * (a pull request can change it), so these may not reach outside the repository; the CLI's
 * own flags are the user's choice and are not limited.
 */
const REPOSITORY_PATH_KEYS = ['doc-path', 'rules'] as const;

/** A relative path that stays inside the folder it is resolved against (`docs/../x` does; `../x`, `/etc` do not). */
export function staysInRepository(relPath: string): boolean {
  const normalized = posix.normalize(relPath.replace(/\\/g, '/'));
  return !posix.isAbsolute(normalized) && !/^[A-Za-z]:/.test(normalized) && normalized !== '..' && !normalized.startsWith('../');
}

/** Defaults, then the config file, then inputs (inputs win). */
export function mergeConfig(...layers: Array<Partial<Config>>): Config {
  return Object.assign({}, DEFAULT_CONFIG, ...layers);
}
