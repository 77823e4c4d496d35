import { posix } from 'node:path';
import { CATEGORIES, TIERS, type Category, type Tier } from '../catalog/types.js';
import type { FailOn, Severity } from '../check/types.js';
import { CONFIDENCES, DEFAULT_FAIL_ON_CONFIDENCE, type FailOnConfidence } from '../check/confidence.js';

/**
 * Every setting, its default and how to validate it, in one place. The config file
 * (.github/paramedic.yml) and the action's inputs both go through here; inputs win.
 */
export interface IgnoreEntry {
  id: string;
  reason: string;
  /** the last day (YYYY-MM-DD, UTC) the entry holds; after it the entry lapses and the dependency counts again */
  until?: string;
  /** who answers for the exception (a person or team, e.g. `@acme/payments`) */
  owner?: string;
  /** where the entry is written (config file and line), for findings about it */
  file?: string;
  line?: number;
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
  /** gaps fail only for services of this tier or a more critical one (1 = only tier 1; 3, the default, = every tier) */
  failOnTier: Tier;
  /** gaps fail only for services of these categories; empty (the default) = every category */
  failOnCategories: Category[];
  /** lint findings at this severity or worse fail the check; 'never' keeps them advisory */
  failOnFindings: Severity | 'never';
  docPath: string;
  /** monorepos: path globs (minimatch) -> the plan their dependencies are checked against (src/plan/layout.ts) */
  plans: Record<string, string>;
  rules: string;
  exclude: string[];
  ignore: IgnoreEntry[];
  /** ignore entries past their `until:` date (src/check/ignores.ts): they ignore nothing, and each is a finding */
  lapsedIgnores?: IgnoreEntry[];
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
  failOnTier: 3,
  failOnCategories: [],
  failOnFindings: 'error',
  docPath: '',
  plans: {},
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

/**
 * A configuration mistake. It fails the run loudly (exit 2, a failed step): a mistake in the
 * configuration must never become a silent pass. `problems` holds every one found, each
 * `file:line: message` (or `input "x": message`), in the order of the file.
 */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(message: string, problems?: string[]) {
    super(message);
    this.problems = problems ?? [message];
  }
}

const SEVERITIES = ['error', 'warning', 'notice'] as const;

/** A value that failed validation; the problem was reported. */
const INVALID = Symbol('invalid');

/** Reports a problem with the value being parsed, or with one of its entries (`[0]`, `.shellcheck`). */
type Report = (message: string, sub?: Array<string | number>) => void;
type Parser = (value: unknown, report: Report) => unknown;

const oneOf =
  <T extends string>(values: readonly T[]): Parser =>
  (value, report) => {
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value;
    report(`must be one of ${values.join(', ')} (got ${JSON.stringify(value)})`);
    return INVALID;
  };

const bool: Parser = (value, report) => {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  report(`must be true or false (got ${JSON.stringify(value)})`);
  return INVALID;
};

/** `auto`, `always` or `never`; `true` and `false` (the older boolean setting) mean always and never. */
const commentMode: Parser = (value, report) => {
  if (value === true || value === 'true') return 'always';
  if (value === false || value === 'false') return 'never';
  if (value === 'auto' || value === 'always' || value === 'never') return value;
  report(`must be one of auto, always, never (or true/false) (got ${JSON.stringify(value)})`);
  return INVALID;
};

const str: Parser = (value, report) => {
  if (typeof value === 'string') return value;
  report('must be a string');
  return INVALID;
};

const strList: Parser = (value, report) => {
  if (typeof value === 'string') return value.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  report('must be a list of strings');
  return INVALID;
};

const positiveInt: Parser = (value, report) => {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n === 'number' && Number.isInteger(n) && n > 0) return n;
  report('must be a positive whole number');
  return INVALID;
};

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const IGNORE_KEYS = new Set(['id', 'reason', 'until', 'owner']);

const ignoreList: Parser = (value, report) => {
  if (!Array.isArray(value)) {
    report('must be a list of {id, reason, until, owner}');
    return INVALID;
  }
  const entries: IgnoreEntry[] = [];
  value.forEach((entry: unknown, i) => {
    const e = entry as { id?: unknown; reason?: unknown; until?: unknown; owner?: unknown } | null;
    if (!e || typeof e !== 'object' || typeof e.id !== 'string' || typeof e.reason !== 'string' || !e.reason.trim()) {
      report('each entry needs an id and a non-empty reason', [i]);
      return;
    }
    let ok = true;
    for (const key of Object.keys(e)) {
      if (!IGNORE_KEYS.has(key)) {
        report(`unknown key "${key}" (known: id, reason, until, owner)`, [i, key]);
        ok = false;
      }
    }
    // YAML reads an unquoted 2026-01-31 as a string here (the core schema has no timestamps).
    const until = e.until instanceof Date ? e.until.toISOString().slice(0, 10) : e.until;
    if (until !== undefined && (typeof until !== 'string' || !isCalendarDate(until))) {
      report(`must be a date written YYYY-MM-DD (got ${JSON.stringify(e.until)})`, [i, 'until']);
      ok = false;
    }
    if (e.owner !== undefined && (typeof e.owner !== 'string' || !e.owner.trim())) {
      report('must be a non-empty string (a person or team, e.g. "@acme/payments")', [i, 'owner']);
      ok = false;
    }
    if (!ok) return;
    entries.push({ id: e.id, reason: e.reason.trim(), ...(typeof until === 'string' ? { until } : {}), ...(typeof e.owner === 'string' ? { owner: e.owner.trim() } : {}) });
  });
  return entries;
};

/** `1`, `2` or `3` (a number or its text): the least critical tier whose gaps fail. */
const tier: Parser = (value, report) => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if ((TIERS as readonly unknown[]).includes(n)) return n;
  report(`must be one of the catalog's tiers ${TIERS.join(', ')} (1: data is lost or the product is down, 2: a core flow breaks, 3: a feature degrades) (got ${JSON.stringify(value)})`);
  return INVALID;
};

/** A list (or comma-separated text) of the catalog's categories; each unknown one is reported at its own entry. */
const categoryList: Parser = (value, report) => {
  const list = strList(value, report);
  if (list === INVALID) return INVALID;
  const out: Category[] = [];
  let ok = true;
  (list as string[]).forEach((name, i) => {
    if ((CATEGORIES as readonly string[]).includes(name)) out.push(name as Category);
    else {
      report(`unknown category ${JSON.stringify(name)} (the catalog's categories: ${CATEGORIES.join(', ')})`, Array.isArray(value) ? [i] : []);
      ok = false;
    }
  });
  return ok ? [...new Set(out)] : INVALID;
};

/** `glob: plan path` pairs; each plan a path inside the repository. */
const planMap: Parser = (value, report) => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    report('must map path globs to plans (services/billing/**: services/billing/DISASTER_RECOVERY.md)');
    return INVALID;
  }
  const out: Record<string, string> = {};
  let ok = true;
  for (const [glob, plan] of Object.entries(value)) {
    if (typeof plan !== 'string' || plan.trim() === '' || !staysInRepository(plan) || !/\.(?:md|markdown)$/i.test(plan)) {
      report(`must name a Markdown plan inside the repository (got ${JSON.stringify(plan)})`, [glob]);
      ok = false;
    } else {
      out[glob] = posix.normalize(plan.replace(/\\/g, '/'));
    }
  }
  return ok ? out : INVALID;
};

const lintLevels: Parser = (value, report) => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    report('must map rule ids to error, warning, notice or off');
    return INVALID;
  }
  const out: Record<string, LintLevel> = {};
  for (const [rule, level] of Object.entries(value)) {
    const parsed = oneOf([...SEVERITIES, 'off'])(level, (message) => report(message, [rule]));
    if (parsed !== INVALID) out[rule] = parsed as LintLevel;
  }
  return out;
};

/** kebab-case key -> [Config field, parser] */
const FIELDS: Record<string, [keyof Config, Parser]> = {
  'fail-on': ['failOn', oneOf(['new-gaps', 'any-gap', 'never'])],
  'fail-on-confidence': ['failOnConfidence', oneOf(CONFIDENCES)],
  accept: ['accept', strList],
  'fail-on-tier': ['failOnTier', tier],
  'fail-on-categories': ['failOnCategories', categoryList],
  'fail-on-findings': ['failOnFindings', oneOf([...SEVERITIES, 'never'])],
  'doc-path': ['docPath', str],
  plans: ['plans', planMap],
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

/** Where each setting of a parsed layer is written (`file:line`, `input "x"`, `--flag`), by kebab-case key. */
const PLACES = new WeakMap<Partial<Config>, Record<string, string>>();

/** Where `key` of a layer parseSettings or parseConfigFile returned is written; `fallback` for a layer built in code. */
export function placeOf(layer: Partial<Config>, key: string, fallback: string): string {
  return PLACES.get(layer)?.[key] ?? fallback;
}

/** The kebab-case key of a Config field (`failOn` -> `fail-on`). */
export function keyOf(field: keyof Config): string {
  return Object.entries(FIELDS).find(([, [f]]) => f === field)?.[0] ?? field;
}

/** `ignore` + `[0]` -> `ignore[0]`; `lint` + `shellcheck` -> `lint.shellcheck`. */
function label(key: string, sub: Array<string | number>): string {
  return key + sub.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');
}

/**
 * Validates a partial config given as kebab-case keys. `where` names the place of a key or of
 * one of its entries (`file:line`, or `input "x"`). Every problem is collected; then one
 * ConfigError carries them all.
 */
export function parseSettings(raw: Record<string, unknown>, where: (key: string, sub?: Array<string | number>) => string): Partial<Config> {
  const out: Partial<Config> = {};
  const places: Record<string, string> = {};
  PLACES.set(out, places);
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    // Own keys only: `constructor:` or `hasOwnProperty:` must not reach Object.prototype.
    const field = Object.hasOwn(FIELDS, key) ? FIELDS[key] : undefined;
    if (!field) {
      problems.push(`${where(key)}: unknown setting "${key}" (known: ${CONFIG_KEYS.join(', ')})`);
      continue;
    }
    const parsed = field[1](value, (message, sub = []) => problems.push(`${where(key, sub)}: ${label(key, sub)}: ${message}`));
    if (parsed !== INVALID) {
      (out as Record<string, unknown>)[field[0]] = parsed;
      places[key] = where(key);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'), problems);
  return out;
}

/** A relative path that stays inside the folder it is resolved against (`docs/../x` does; `../x`, `/etc` do not). */
export function staysInRepository(relPath: string): boolean {
  const normalized = posix.normalize(relPath.replace(/\\/g, '/'));
  return !posix.isAbsolute(normalized) && !/^[A-Za-z]:/.test(normalized) && normalized !== '..' && !normalized.startsWith('../');
}

/** Defaults, then the config file, then inputs (inputs win). */
export function mergeConfig(...layers: Array<Partial<Config>>): Config {
  return Object.assign({}, DEFAULT_CONFIG, ...layers);
}
