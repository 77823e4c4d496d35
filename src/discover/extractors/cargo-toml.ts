import type { Extractor, Signal } from '../types.js';
import { basename } from './paths.js';
import { parseTomlWithLines, tableGet, tableKeys, type PositionedToml } from './toml-lines.js';

/**
 * Rust's `Cargo.toml`, parsed with smol-toml; lines come from toml-lines.ts, which places each
 * key by a per-line scan (smol-toml has no positions) and falls back to the table header.
 *
 * Read: `[dependencies]` (production), `[dev-dependencies]` and
 * `[build-dependencies]` (dev: tests and build scripts, never the shipped binary), and the same
 * three under `[target.'cfg(...)'.*]`. `package = "real-name"` renames are resolved to the crate
 * actually used. `[workspace.dependencies]` is not read: like Maven's `<dependencyManagement>`
 * it only pins versions, and each member that uses a crate lists it (`redis.workspace = true`). Each feature of a dependency also becomes `crate[feature]`, the form catalog
 * entries such as `sqlx[postgres]` use, because for driver-agnostic crates the feature is what
 * picks the database. `[patch]` and `[replace]` only redirect sources and are not read.
 *
 * Not resolved: a member's `dep = { workspace = true }` whose workspace entry renames the crate
 * (`dep = { package = "redis" }` at the root) is read under the member's name.
 */

const KINDS: Array<{ table: string; legacy: string; scope: 'prod' | 'dev' }> = [
  { table: 'dependencies', legacy: 'dependencies', scope: 'prod' },
  { table: 'dev-dependencies', legacy: 'dev_dependencies', scope: 'dev' },
  { table: 'build-dependencies', legacy: 'build_dependencies', scope: 'dev' },
];

export const cargoToml: Extractor = {
  id: 'cargo',
  claimsName: (name) => name === 'Cargo.toml',
  matches: (path) => basename(path) === 'Cargo.toml',
  extract({ path, text, warn }) {
    const toml = parseTomlWithLines(text, warn);
    if (!toml) return [];
    const signals: Signal[] = [];
    const read = (tablePath: string[], scope: 'prod' | 'dev'): void => {
      readDependencyTable(toml, tablePath, scope, path, warn, signals);
    };
    for (const kind of KINDS) {
      for (const key of new Set([kind.table, kind.legacy])) read([key], kind.scope);
    }
    for (const target of tableKeys(toml.data.target)) {
      for (const kind of KINDS) {
        for (const key of new Set([kind.table, kind.legacy])) read(['target', target, key], kind.scope);
      }
    }
    return signals;
  },
};

function readDependencyTable(
  toml: PositionedToml,
  tablePath: string[],
  scope: 'prod' | 'dev',
  path: string,
  warn: (message: string, line?: number) => void,
  signals: Signal[],
): void {
  let table: unknown = toml.data;
  for (const key of tablePath) table = tableGet(table, key);
  if (table === undefined) return;
  const section = tablePath.join('.');
  for (const key of tableKeys(table)) {
    const spec = tableGet(table, key);
    const line = toml.lineOf([...tablePath, key]);
    let crate = key;
    let version: string | undefined;
    let features: string[] = [];
    const notes: string[] = [];
    if (typeof spec === 'string') {
      version = spec;
    } else if (spec && typeof spec === 'object' && !Array.isArray(spec) && !(spec instanceof Date)) {
      const renamed = tableGet(spec, 'package');
      if (typeof renamed === 'string') {
        crate = renamed;
        notes.push(`as "${key}"`);
      }
      const declared = tableGet(spec, 'version');
      if (typeof declared === 'string') version = declared;
      const list = tableGet(spec, 'features');
      if (Array.isArray(list)) features = list.filter((f): f is string => typeof f === 'string');
      if (tableGet(spec, 'optional') === true) notes.push('optional');
      if (tableGet(spec, 'workspace') === true) notes.push('from workspace');
    } else {
      warn(`[${section}] "${key}" is neither a version string nor a table`, line);
      continue;
    }
    const base = {
      kind: 'package' as const,
      ecosystem: 'cargo' as const,
      path,
      source: 'cargo',
      ...(version ? { version } : {}),
      scope,
    };
    const suffix = `${version ? ` ${version}` : ''}${notes.length ? ` (${notes.join(', ')})` : ''}`;
    signals.push({ ...base, name: crate, line, detail: `${section} "${crate}"${suffix}` });
    const featureLine = toml.lineOf([...tablePath, key, 'features']);
    for (const feature of features) {
      signals.push({ ...base, name: `${crate}[${feature}]`, line: featureLine, detail: `${section} "${crate}" feature "${feature}"${suffix}` });
    }
  }
}
