import type { Severity } from '../check/types.js';
import { ConfigError, mergeConfig, placeOf, type Config, type LintLevel } from './schema.js';

/**
 * One config for an organisation: `config: OWNER/REPO/PATH@REF` names a file in another
 * repository, read through the REST API. It is the floor. Every other layer (the repository's
 * own config file, the action's inputs, the CLI's flags) may only tighten it:
 *
 * - ranked settings may only move to the strict side: `fail-on` never < new-gaps < any-gap,
 *   `fail-on-confidence` confirmed < likely < possible, `fail-on-findings` never < error <
 *   warning < notice, `fail-on-tier` 1 < 2 < 3, `stale-after-days` only shorter,
 *   `accept-drafts` only false, a lint rule's level only higher (never `off`);
 * - lists that add to what fails are joined: `fail-on-categories` (empty = every category,
 *   which no list narrows), `accept`;
 * - `ignore:` entries are joined too, but a repository's own entry must say `until:` and
 *   `owner:`: an exception the repository grants itself is written where the team reviews it,
 *   ends, and names who answers for it. Forbidding them would only push teams to the plan's
 *   `covers` markers, which never expire;
 * - what decides which files are read may not be widened: `exclude` only with globs the
 *   organisation config has, and `rules` (a folder whose rules can disable the catalog's) only
 *   as the organisation config sets it;
 * - where the plan is and how to report (`doc-path`, `draft`, `comment`, `mode`...) stay the
 *   repository's to choose.
 *
 * A layer that tries to loosen is refused, naming its file and line and the organisation's
 * value: a silent clamp would leave the repository's file saying one thing while another
 * applies.
 */

export interface OrgConfigRef {
  owner: string;
  repo: string;
  path: string;
  ref: string;
}

/** The organisation config as read: its settings, and its name (`acme/policy/paramedic.yml@v1`) for messages. */
export interface OrgConfig {
  label: string;
  settings: Partial<Config>;
}

/**
 * `OWNER/REPO/PATH@REF`. Hand-written: the four parts are split on the first two slashes and
 * the last `@`, and each is checked against GitHub's own rules for owner and repository names.
 * A local path is never read as one: it starts with `./` or `/`, or has no `@REF`.
 */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

export function parseOrgConfigRef(value: string): OrgConfigRef | undefined {
  const text = value.trim();
  if (text.startsWith('./') || text.startsWith('/') || text.startsWith('../')) return undefined;
  const at = text.lastIndexOf('@');
  if (at < 0) return undefined;
  const ref = text.slice(at + 1);
  const [owner, repo, ...rest] = text.slice(0, at).split('/');
  const filePath = rest.join('/');
  if (!owner || !repo || !OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..') return undefined;
  if (!filePath || !ref || /\s/.test(ref) || filePath.split('/').some((part) => part === '' || part === '.' || part === '..')) return undefined;
  return { owner, repo, path: filePath, ref };
}

export function orgConfigLabel(ref: OrgConfigRef): string {
  return `${ref.owner}/${ref.repo}/${ref.path}@${ref.ref}`;
}

const FAIL_ON_RANK: Record<Config['failOn'], number> = { never: 0, 'new-gaps': 1, 'any-gap': 2 };
const CONFIDENCE_RANK: Record<Config['failOnConfidence'], number> = { confirmed: 0, likely: 1, possible: 2 };
const FINDINGS_RANK: Record<Severity | 'never', number> = { never: 0, error: 1, warning: 2, notice: 3 };
const LINT_RANK: Record<LintLevel, number> = { off: 0, notice: 1, warning: 2, error: 3 };

/** The strict side of each ranked setting, in words, for the refusal. */
function stricter<T extends string | number>(rank: Record<string, number>, floor: T): string {
  return Object.keys(rank)
    .filter((k) => rank[k]! >= rank[String(floor)]!)
    .join(' or ');
}

/**
 * The org config with `layers` on top (in order: the repository's file, then inputs or
 * flags), each checked against the org config's values. Without an org config, the plain
 * merge (defaults, then each layer; the last wins).
 */
export function resolveConfig(org: OrgConfig | undefined, ...layers: Array<Partial<Config>>): Config {
  if (!org) return mergeConfig(...layers);
  const floor = mergeConfig(org.settings);
  const result: Config = { ...floor };
  const problems: string[] = [];
  for (const layer of layers) {
    const refuse = (key: string, message: string): void => {
      problems.push(`${placeOf(layer, key, key)}: ${key}: ${message}; a repository's config, inputs and flags may only tighten the organisation config ${org.label}`);
    };
    const ranked = <K extends 'failOn' | 'failOnConfidence' | 'failOnFindings'>(field: K, key: string, rank: Record<string, number>): void => {
      const value = layer[field];
      if (value === undefined) return;
      if (rank[String(value)]! < rank[String(floor[field])]!) refuse(key, `${value} is looser than the organisation's ${floor[field]} (allowed: ${stricter(rank, floor[field])})`);
      else result[field] = value as Config[K];
    };
    ranked('failOn', 'fail-on', FAIL_ON_RANK);
    ranked('failOnConfidence', 'fail-on-confidence', CONFIDENCE_RANK);
    ranked('failOnFindings', 'fail-on-findings', FINDINGS_RANK);
    if (layer.failOnTier !== undefined) {
      if (layer.failOnTier < floor.failOnTier) refuse('fail-on-tier', `${layer.failOnTier} fails on fewer tiers than the organisation's ${floor.failOnTier}`);
      else result.failOnTier = Math.max(result.failOnTier, layer.failOnTier) as Config['failOnTier'];
    }
    if (layer.failOnCategories !== undefined) {
      // Empty means every category: joined with anything, it stays every category.
      const all = layer.failOnCategories.length === 0 || result.failOnCategories.length === 0;
      result.failOnCategories = all ? [] : [...new Set([...result.failOnCategories, ...layer.failOnCategories])];
    }
    if (layer.accept !== undefined) result.accept = [...new Set([...result.accept, ...layer.accept])];
    if (layer.staleAfterDays !== undefined) {
      if (layer.staleAfterDays > floor.staleAfterDays) refuse('stale-after-days', `${layer.staleAfterDays} days is longer than the organisation's ${floor.staleAfterDays}`);
      else result.staleAfterDays = layer.staleAfterDays;
    }
    if (layer.acceptDrafts !== undefined) {
      if (layer.acceptDrafts && !floor.acceptDrafts) refuse('accept-drafts', 'true would count unreviewed drafts as coverage; the organisation says false');
      else result.acceptDrafts = layer.acceptDrafts;
    }
    if (layer.lint !== undefined) {
      for (const [rule, level] of Object.entries(layer.lint)) {
        const orgLevel = floor.lint[rule];
        if (level === 'off' && orgLevel !== 'off') refuse('lint', `${rule}: off turns off a check the organisation runs`);
        else if (orgLevel !== undefined && LINT_RANK[level] < LINT_RANK[orgLevel]) refuse('lint', `${rule}: ${level} is below the organisation's ${orgLevel}`);
        else result.lint = { ...result.lint, [rule]: level };
      }
    }
    if (layer.exclude !== undefined) {
      const wider = layer.exclude.filter((glob) => !floor.exclude.includes(glob));
      if (wider.length > 0) refuse('exclude', `${wider.map((g) => JSON.stringify(g)).join(', ')} would leave out files the organisation checks (its exclude: ${floor.exclude.length ? floor.exclude.join(', ') : 'none'}); ask for the glob in the organisation config`);
      else result.exclude = layer.exclude;
    }
    if (layer.rules !== undefined && layer.rules !== floor.rules) {
      refuse('rules', `a rules folder can disable or redefine the catalog's rules; under an organisation config only it sets \`rules\` (it says ${floor.rules ? JSON.stringify(floor.rules) : 'none'})`);
    }
    if (layer.ignore !== undefined) {
      const open = layer.ignore.filter((entry) => !entry.until || !entry.owner);
      for (const entry of open) {
        problems.push(
          `${entry.file && entry.line ? `${entry.file}:${entry.line}` : placeOf(layer, 'ignore', 'ignore')}: ignore: the entry for "${entry.id}" needs \`until:\` and \`owner:\` under the organisation config ${org.label}: an exception a repository grants itself must end and name who answers for it`,
        );
      }
      if (open.length === 0) result.ignore = [...result.ignore, ...layer.ignore];
    }
    // Where the plan is and how to report: the repository's to choose.
    for (const field of ['docPath', 'plans', 'shellcheck', 'draft', 'draftTier3', 'comment', 'mode', 'trackingIssue'] as const) {
      if (layer[field] !== undefined) (result as unknown as Record<string, unknown>)[field] = layer[field];
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'), problems);
  return result;
}
