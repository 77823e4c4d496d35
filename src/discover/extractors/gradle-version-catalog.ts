import { parse, TomlError } from 'smol-toml';
import { splitLines, stripBom } from '../../util/lines.js';
import type { Extractor, Signal } from '../types.js';
import { basename, dirname } from './paths.js';

/**
 * Gradle version catalogs (`gradle/libs.versions.toml`, or any `*.versions.toml` in a
 * `gradle/` folder). Build scripts refer to these libraries as `libs.xyz`, which
 * gradle-build.ts skips; the catalog's `[libraries]` table is read here instead.
 *
 * Choice: an entry only declares a library as available to the build, and which
 * configuration uses it is decided in the build scripts. Catalog entries count as prod:
 * projects list the libraries they ship, and a production driver missed costs more than a
 * test-only one reported (which a config exclusion silences).
 */
export const gradleVersionCatalog: Extractor = {
  id: 'gradle-catalog',
  claimsName: (name) => name.endsWith('.versions.toml'),
  matches: (path) => basename(path).endsWith('.versions.toml') && basename(dirname(path)) === 'gradle',
  extract({ path, text, warn }) {
    let doc: Record<string, unknown>;
    try {
      doc = parse(stripBom(text)) as Record<string, unknown>;
    } catch (error) {
      // smol-toml prefixes every message with "Invalid TOML document:"; our prefix says it already.
      if (error instanceof TomlError) warn(`invalid TOML: ${firstLine(error.message).replace(/^Invalid TOML document:\s*/, '')}`, error.line);
      else warn(`invalid TOML: ${error instanceof Error ? firstLine(error.message) : String(error)}`);
      return [];
    }
    const libraries = asTable(doc.libraries);
    if (!libraries) return [];
    const versions = asTable(doc.versions) ?? {};
    const lines = splitLines(stripBom(text));
    const signals: Signal[] = [];
    for (const [alias, entry] of Object.entries(libraries)) {
      const library = coordinatesOf(entry, versions);
      const line = aliasLine(lines, alias);
      if (!library) {
        warn(`[libraries] ${alias} has no module or group and name`, line);
        continue;
      }
      const name = `${library.group}:${library.artifact}`;
      signals.push({
        kind: 'package',
        ecosystem: 'maven',
        name,
        path,
        line,
        source: 'gradle',
        detail: `libraries ${alias} "${name}"${library.version ? ` ${library.version}` : ''}`,
        ...(library.version ? { version: library.version } : {}),
        scope: 'prod',
      });
    }
    return signals;
  },
};

interface Coordinates {
  group: string;
  artifact: string;
  version?: string;
}

/** `"g:a:v"`, `{ module = "g:a", version = ... }` or `{ group = "g", name = "a", version = ... }`. */
function coordinatesOf(entry: unknown, versions: Record<string, unknown>): Coordinates | undefined {
  if (typeof entry === 'string') {
    const [group, artifact, version] = entry.split(':');
    return group && artifact ? { group, artifact, ...(version ? { version } : {}) } : undefined;
  }
  const table = asTable(entry);
  if (!table) return undefined;
  const version = versionOf(table.version, versions);
  if (typeof table.module === 'string') {
    const [group, artifact] = table.module.split(':');
    return group && artifact ? { group, artifact, ...(version ? { version } : {}) } : undefined;
  }
  if (typeof table.group === 'string' && typeof table.name === 'string' && table.group && table.name) {
    return { group: table.group, artifact: table.name, ...(version ? { version } : {}) };
  }
  return undefined;
}

/** A literal version, a `version.ref` into `[versions]`, or a rich version (strictly/require/prefer). */
function versionOf(value: unknown, versions: Record<string, unknown>): string | undefined {
  if (typeof value === 'string') return value || undefined;
  const table = asTable(value);
  if (!table) return undefined;
  if (typeof table.ref === 'string') return versionOf(versions[table.ref], {});
  for (const key of ['strictly', 'require', 'prefer']) if (typeof table[key] === 'string') return table[key];
  return undefined;
}

function asTable(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) ? (value as Record<string, unknown>) : undefined;
}

/**
 * smol-toml gives no positions, so the alias's line is found by a per-line search: a
 * `[libraries.alias]` header anywhere, else a line starting with the alias (bare or quoted)
 * and `=` or `.` (dotted keys) inside the `[libraries]` table; else that table's header.
 */
function aliasLine(lines: string[], alias: string): number {
  const key = escapeRegExp(alias);
  // Line-level patterns over single lines, not a parse: they only place an already-parsed key.
  const header = new RegExp(`^\\s*\\[\\s*libraries\\s*\\.\\s*(?:${key}|"${key}")\\s*\\]`);
  const entry = new RegExp(`^\\s*(?:${key}|"${key}"|'${key}')\\s*[=.]`);
  const tableHeader = /^\s*\[\s*libraries\s*\]/;
  const anyHeader = /^\s*\[/;
  let tableLine = 0;
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (header.test(line)) return i + 1;
    if (anyHeader.test(line)) {
      inTable = tableHeader.test(line);
      if (inTable && !tableLine) tableLine = i + 1;
      continue;
    }
    if (inTable && entry.test(line)) return i + 1;
  }
  return tableLine || 1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
