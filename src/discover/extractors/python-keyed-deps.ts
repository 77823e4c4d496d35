import type { Signal } from '../types.js';
import { requirementSignals, type Requirement } from './pep508.js';
import { isTable, type TomlLines, type TomlTable } from './toml-locate.js';

/** Keys of a Poetry or Pipenv dependency table that say it comes from a URL or path, not an index. */
const DIRECT_KEYS = ['git', 'url', 'path', 'file', 'hg', 'svn', 'bzr'];

/**
 * One entry of a name-keyed dependency table (Poetry's `[tool.poetry.dependencies]`, Pipfile's
 * `[packages]`) as a requirement: `redis = "^5.0"`, `celery = { version = "^5", extras = ["redis"] }`,
 * or Poetry's list of such tables for different markers. `*` means any version. Only names,
 * versions and extras are kept; a git URL or path is never copied (it may hold a token).
 */
export function keyedRequirement(name: string, spec: unknown): Requirement {
  const specs = Array.isArray(spec) ? spec : [spec];
  const extras = new Set<string>();
  let version: string | undefined;
  let direct = false;
  for (const item of specs) {
    if (typeof item === 'string') {
      version ??= item;
    } else if (isTable(item)) {
      if (typeof item.version === 'string') version ??= item.version;
      if (Array.isArray(item.extras)) for (const extra of item.extras) if (typeof extra === 'string') extras.add(extra);
      if (DIRECT_KEYS.some((key) => key in item)) direct = true;
    }
  }
  const cleanVersion = version?.trim();
  return { name, extras: [...extras], ...(cleanVersion && cleanVersion !== '*' ? { version: cleanVersion } : {}), direct };
}

export interface KeyedTableSite {
  path: string;
  /** key path of the table in the TOML document, for locating lines */
  keys: string[];
  /** shown in details, e.g. `[tool.poetry.dependencies]` */
  section: string;
  scope: 'prod' | 'dev';
  lines: TomlLines;
  /** names that are not packages (`python` in Poetry) */
  skip?: readonly string[];
}

/** Signals for every package of a name-keyed dependency table, each at the line of its key. */
export function keyedTableSignals(table: TomlTable | undefined, site: KeyedTableSite): Signal[] {
  const signals: Signal[] = [];
  for (const [name, spec] of Object.entries(table ?? {})) {
    if (site.skip?.includes(name.toLowerCase())) continue;
    const line = site.lines.keyLine(site.keys, name);
    signals.push(...requirementSignals(keyedRequirement(name, spec), { path: site.path, line, section: site.section, scope: site.scope, source: 'pypi' }));
  }
  return signals;
}
