import type { Signal } from '../types.js';
import { hasDevToken, pathTokens } from './dev-scope.js';

/**
 * Python requirement strings (PEP 508) and the names the catalog compares, shared by the
 * requirements.txt, pyproject.toml and Pipfile extractors.
 */

export interface Requirement {
  /** the distribution name as written */
  name: string;
  /** extras as written, `celery[redis,msgpack]` → ['redis', 'msgpack'] */
  extras: string[];
  /** version specifier as written (`>=2.9,<3`), when there is one */
  version?: string;
  /** true for `name @ url`: the URL is never kept, it may carry a token */
  direct: boolean;
}

/** PEP 508 distribution and extra names: letters and digits, with `.`, `_`, `-` inside. */
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
/** Characters a version specifier list may hold (`~=1.4.2, !=1.5.*`, `===foo`). */
// `===` or one operator character with an optional `=`: `[<>=!~]=?=?` read `==` two ways and
// was exponential on a list of them.
const SPECIFIER_CHARS = /^(?:===|[<>=!~]=?)\s*[A-Za-z0-9.*+!_-]+(?:\s*,\s*(?:===|[<>=!~]=?)\s*[A-Za-z0-9.*+!_-]+)*$/;

/**
 * Reads one PEP 508 requirement: name, optional `[extras]`, then a version specifier (bare or in
 * parentheses), or `@ url`, then an optional `; marker`. Markers are not evaluated: a package
 * behind `python_version < "3.8"` is still declared. Hand-written because a requirement is one
 * short string with a small grammar and no maintained JavaScript PEP 508 parser is installed;
 * the regexes above read single names and specifiers, never whole files.
 * Returns undefined when the string is not a requirement.
 */
export function parseRequirement(text: string): Requirement | undefined {
  const source = text.trim();
  const nameMatch = NAME.exec(source);
  if (!nameMatch) return undefined;
  const name = nameMatch[0];
  let rest = source.slice(name.length).trimStart();
  const extras: string[] = [];
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1) return undefined;
    for (const raw of rest.slice(1, close).split(',')) {
      const extra = raw.trim();
      if (!extra) continue;
      if (NAME.exec(extra)?.[0] !== extra) return undefined;
      extras.push(extra);
    }
    rest = rest.slice(close + 1).trimStart();
  }
  if (rest.startsWith('@')) {
    // The URL runs to whitespace; a marker after it must be separated by whitespace (PEP 508).
    const url = rest.slice(1).trim().split(/\s/)[0] ?? '';
    return url ? { name, extras, direct: true } : undefined;
  }
  const semicolon = rest.indexOf(';');
  let spec = (semicolon === -1 ? rest : rest.slice(0, semicolon)).trim();
  if (spec.startsWith('(')) {
    if (!spec.endsWith(')')) return undefined;
    spec = spec.slice(1, -1).trim();
  }
  if (spec && !SPECIFIER_CHARS.test(spec)) return undefined;
  return { name, extras, ...(spec ? { version: spec.replace(/\s+/g, '') } : {}), direct: false };
}

/** PEP 503 normal form, as the catalog lists pypi names: lower case, runs of `-_.` become `-`. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The requirement as shown in details: normalised name with its extras, `celery[redis,msgpack]`. */
export function displayName(requirement: Pick<Requirement, 'name' | 'extras'>): string {
  const base = normalizePypiName(requirement.name);
  return requirement.extras.length ? `${base}[${requirement.extras.map(normalizePypiName).join(',')}]` : base;
}

/** Words beyond dev-scope.ts's that mark a Python dependency group or file as not shipped. */
const PYTHON_DEV_WORDS = new Set(['doc', 'docs', 'lint', 'linting', 'linters', 'typing', 'types', 'mypy', 'style', 'format', 'fmt', 'bench', 'benchmark', 'benchmarks']);

/** True when a group, category or file name says dev, test, docs, lint or typing (`dev`, `test-unit`, `docs`). */
export function isDevName(name: string): boolean {
  return hasDevToken(name) || pathTokens(name).some((word) => PYTHON_DEV_WORDS.has(word));
}

export interface RequirementSite {
  path: string;
  line: number;
  /** where it was declared, e.g. `[tool.poetry.dependencies]`; starts the detail */
  section: string;
  scope: 'prod' | 'dev';
  /** the extractor's evidence source */
  source: string;
}

/**
 * Signals for one requirement. A requirement with extras gives one signal per extra
 * (`celery[redis]`, `celery[msgpack]`): the catalog lists single extras and also looks the
 * base name up. All share one detail, so the evidence reads as one line.
 */
export function requirementSignals(requirement: Requirement, site: RequirementSite): Signal[] {
  const base = normalizePypiName(requirement.name);
  const names = requirement.extras.length ? requirement.extras.map((extra) => `${base}[${normalizePypiName(extra)}]`) : [base];
  const suffix = requirement.version ? ` ${requirement.version}` : requirement.direct ? ' (direct reference)' : '';
  const detail = `${site.section} "${displayName(requirement)}"${suffix}`;
  return [...new Set(names)].map((name) => ({
    kind: 'package',
    ecosystem: 'pypi',
    name,
    path: site.path,
    line: site.line,
    source: site.source,
    detail,
    ...(requirement.version ? { version: requirement.version } : {}),
    scope: site.scope,
  }));
}
