import type { Finding } from '../check/types.js';
import type { Config, IgnoreEntry } from './schema.js';

/**
 * Ignore entries with an end date. An entry holds through its `until:` day (UTC) and lapses
 * the day after: from then on the dependency counts again, and a finding at the entry's line
 * says so, naming its owner and date. The finding is a warning: in a pull-request check the
 * config is the merge base's, so the lapse is never the change's doing and never fails it
 * (the issue-11 rule); the gap itself fails where any gap fails (`fail-on: any-gap`, or a
 * change that adds the service). The weekly sweep and its tracking issue surface it.
 */

/** The UTC calendar day of `now`, YYYY-MM-DD. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** True when the entry's last day is before `now`'s day. */
export function hasLapsed(entry: IgnoreEntry, now: Date): boolean {
  return entry.until !== undefined && entry.until < utcDay(now);
}

/** The config with lapsed entries moved from `ignore` to `lapsedIgnores`; calling it twice changes nothing more. */
export function lapseIgnores(config: Config, now: Date): Config {
  const lapsed = config.ignore.filter((entry) => hasLapsed(entry, now));
  if (lapsed.length === 0) return config;
  return { ...config, ignore: config.ignore.filter((entry) => !lapsed.includes(entry)), lapsedIgnores: [...(config.lapsedIgnores ?? []), ...lapsed] };
}

/** One finding per lapsed entry, at the line where it is written. */
export function lapsedIgnoreFindings(config: Config): Finding[] {
  return (config.lapsedIgnores ?? []).map((entry) => ({
    rule: 'ignore-expired',
    severity: 'warning' as const,
    path: entry.file ?? '.github/paramedic.yml',
    line: entry.line ?? 1,
    message: `The ignore entry for "${entry.id}" (${entry.owner ? `owner ${entry.owner}` : 'no owner named'}) lapsed after ${entry.until}: ${entry.id} counts as a dependency again (the entry said: ${entry.reason}).`,
    hint: `Write its recovery scenario in the plan, or have ${entry.owner ?? 'its owner'} review the exception and set a new \`until:\` date.`,
  }));
}

/** How an ignored dependency reads in reports: the reason, and the end date and owner when the entry has them. */
export function ignoreReason(entry: IgnoreEntry): string {
  const terms = [entry.until ? `until ${entry.until}` : '', entry.owner ? `owner ${entry.owner}` : ''].filter(Boolean);
  return `ignored in config${terms.length ? ` (${terms.join(', ')})` : ''}: ${entry.reason}`;
}
