import type { ExtractInput, Extractor, Signal } from '../types.js';
import { basename, dirname } from './paths.js';
import { parseTomlWithLines, tableGet, tableKeys, type PositionedToml } from './toml-lines.js';

/**
 * Rust's `Cargo.toml`, parsed with smol-toml; lines come from toml-lines.ts, which places each
 * key by a per-line scan (smol-toml has no positions) and falls back to the table header.
 *
 * Read: `[dependencies]` (production), `[dev-dependencies]` and
 * `[build-dependencies]` (dev: tests and build scripts, never the shipped binary), and the same
 * three under `[target.'cfg(...)'.*]`. `package = "real-name"` renames are resolved to the crate
 * actually used. `[workspace.dependencies]` is not read on its own: like Maven's
 * `<dependencyManagement>` it only pins versions. A member's `dep = { workspace = true }` (or
 * `dep.workspace = true`) inherits that entry's crate, version and features, so the workspace
 * root (the nearest Cargo.toml above with a `[workspace]` table) is read for it: the features
 * declared there (`sqlx = { features = ["postgres"] }`) are the member's too. Each feature of a
 * dependency also becomes `crate[feature]`, the form catalog entries such as `sqlx[postgres]` use,
 * because for driver-agnostic crates the feature is what picks the database. `[patch]` and
 * `[replace]` only redirect sources and are not read.
 *
 * A crate with a `[package]` name is also a workspace package (a `workspace` signal) whose refs
 * are its production dependencies, so a deployed binary ships the library crates it pulls in
 * by `path =` or from the workspace.
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
  async extract({ path, text, warn, readSibling }) {
    const toml = parseTomlWithLines(text, warn);
    if (!toml) return [];
    const signals: Signal[] = [];
    const inherited = usesWorkspaceDependencies(toml.data) ? await workspaceDependencies(path, toml.data, readSibling) : undefined;
    /** the names other manifests of the workspace know the production dependencies by (key and crate) */
    const prodNames = new Set<string>();
    const read = (tablePath: string[], scope: 'prod' | 'dev'): void => {
      readDependencyTable(toml, tablePath, scope, path, warn, signals, inherited, scope === 'prod' ? prodNames : undefined);
    };
    for (const kind of KINDS) {
      for (const key of new Set([kind.table, kind.legacy])) read([key], kind.scope);
    }
    for (const target of tableKeys(toml.data.target)) {
      for (const kind of KINDS) {
        for (const key of new Set([kind.table, kind.legacy])) read(['target', target, key], kind.scope);
      }
    }
    signals.push(...workspaceSignals(path, toml, prodNames));
    return signals;
  },
};

/** The name a crate's folder goes by among workspace signals, for `path =` references and members. */
const folderRef = (folder: string): string => `cargo-path:${folder}`;

/**
 * The crate as a workspace package, by its name and by its folder: refs are its production
 * dependencies (by name, and by folder for `path =` ones) and, for a workspace root, the
 * members `cargo build` builds there (default-members, else members; globbed entries cannot
 * be resolved from one file and are left out).
 */
function workspaceSignals(path: string, toml: PositionedToml, prodNames: Set<string>): Signal[] {
  const folder = dirname(path);
  const refs = new Set(prodNames);
  for (const key of prodNames) {
    const target = pathDependencyFolder(toml.data, key, folder);
    if (target !== undefined) refs.add(folderRef(target));
  }
  const workspace = tableGet(toml.data, 'workspace');
  if (workspace !== undefined) {
    const defaults = tableGet(workspace, 'default-members');
    const members = Array.isArray(defaults) ? defaults : tableGet(workspace, 'members');
    for (const member of Array.isArray(members) ? members : []) {
      if (typeof member === 'string' && !/[*?[]/.test(member)) refs.add(folderRef(joinPath(folder, member)));
    }
  }
  const packageName = tableGet(tableGet(toml.data, 'package'), 'name');
  if (typeof packageName !== 'string' && workspace === undefined) return [];
  const line = typeof packageName === 'string' ? toml.lineOf(['package', 'name']) : toml.lineOf(['workspace']);
  const detail = typeof packageName === 'string' ? `crate "${packageName}"` : 'Cargo workspace';
  const base = { kind: 'workspace' as const, path, line, source: 'cargo', detail, refs: [...refs], scope: 'prod' as const };
  return [...(typeof packageName === 'string' ? [{ ...base, name: packageName }] : []), { ...base, name: folderRef(folder) }];
}

/** The repository-relative folder of a production dependency given by `path = "..."`, if it is one. */
function pathDependencyFolder(data: unknown, key: string, folder: string): string | undefined {
  const tables = [tableGet(data, 'dependencies'), ...tableKeys(tableGet(data, 'target')).map((t) => tableGet(tableGet(tableGet(data, 'target'), t), 'dependencies'))];
  for (const table of tables) {
    const relative = tableGet(tableGet(table, key), 'path');
    if (typeof relative === 'string') return joinPath(folder, relative);
  }
  return undefined;
}

/** A folder joined with a relative path, normalised (`crates/web` + `../storage` = `crates/storage`). */
function joinPath(folder: string, relative: string): string {
  const parts = folder ? folder.split('/') : [];
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** True when some dependency table says `workspace = true` for an entry. */
function usesWorkspaceDependencies(data: unknown): boolean {
  const tables: unknown[] = [];
  for (const kind of KINDS) tables.push(tableGet(data, kind.table), tableGet(data, kind.legacy));
  for (const target of tableKeys(tableGet(data, 'target'))) {
    for (const kind of KINDS) tables.push(tableGet(tableGet(tableGet(data, 'target'), target), kind.table));
  }
  return tables.some((table) => tableKeys(table).some((key) => tableGet(tableGet(table, key), 'workspace') === true));
}

/**
 * The `[workspace.dependencies]` table of the workspace this manifest belongs to: its own when it
 * is the root, else the nearest Cargo.toml above it that has a `[workspace]` table.
 */
async function workspaceDependencies(path: string, data: unknown, readSibling: ExtractInput['readSibling']): Promise<unknown> {
  const own = tableGet(data, 'workspace');
  if (own !== undefined) return tableGet(own, 'dependencies');
  const depth = path.split('/').length - 1;
  for (let up = 1; up <= depth && readSibling; up++) {
    const text = await readSibling(`${'../'.repeat(up)}Cargo.toml`);
    if (text === undefined) continue;
    const root = parseTomlWithLines(text, () => undefined);
    const workspace = root && tableGet(root.data, 'workspace');
    if (workspace !== undefined) return tableGet(workspace, 'dependencies');
  }
  return undefined;
}

function readDependencyTable(
  toml: PositionedToml,
  tablePath: string[],
  scope: 'prod' | 'dev',
  path: string,
  warn: (message: string, line?: number) => void,
  signals: Signal[],
  inherited: unknown,
  names: Set<string> | undefined,
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
      if (tableGet(spec, 'workspace') === true) {
        notes.push('from workspace');
        // The root's entry gives the crate, version and features; the member may add features.
        const root = tableGet(inherited, key);
        if (typeof root === 'string') version = root;
        else if (root && typeof root === 'object' && !Array.isArray(root)) {
          const rootName = tableGet(root, 'package');
          if (typeof rootName === 'string' && crate === key) {
            crate = rootName;
            notes.push(`as "${key}"`);
          }
          const rootVersion = tableGet(root, 'version');
          if (typeof rootVersion === 'string' && !version) version = rootVersion;
          const rootFeatures = tableGet(root, 'features');
          if (Array.isArray(rootFeatures)) features = [...new Set([...rootFeatures.filter((f): f is string => typeof f === 'string'), ...features])];
        }
      }
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
    names?.add(key).add(crate);
    signals.push({ ...base, name: crate, line, detail: `${section} "${crate}"${suffix}` });
    const featureLine = toml.lineOf([...tablePath, key, 'features']);
    for (const feature of features) {
      signals.push({ ...base, name: `${crate}[${feature}]`, line: featureLine, detail: `${section} "${crate}" feature "${feature}"${suffix}` });
    }
  }
}
