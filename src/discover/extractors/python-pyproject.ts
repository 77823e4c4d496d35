import type { Extractor, Signal } from '../types.js';
import { basename } from './paths.js';
import { isDevName, parseRequirement, requirementSignals } from './pep508.js';
import { keyedTableSignals } from './python-keyed-deps.js';
import { isTable, parseTomlOrWarn, tableAt, TomlLines, type TomlTable } from './toml-locate.js';

interface ArraySite {
  path: string;
  keys: string[];
  scope: 'prod' | 'dev';
  lines: TomlLines;
  warn: (message: string, line?: number) => void;
}

/** The package name a requirement string starts with, for finding its line when it does not parse. */
function leadingName(text: string): string {
  return text.trim().split(/[\s[(<>=!~;@]/)[0] ?? '';
}

/**
 * Signals for an array of PEP 508 strings (`[project].dependencies`, an optional-dependencies
 * group, a dependency group). Tables in the array (PEP 735 `{include-group = "test"}`) name no package.
 */
function requirementArraySignals(value: unknown, site: ArraySite): Signal[] {
  if (!Array.isArray(value)) return [];
  const signals: Signal[] = [];
  const section = site.keys.join('.');
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const requirement = parseRequirement(item);
    const line = site.lines.stringLine(site.keys, item, requirement?.name ?? leadingName(item));
    if (!requirement) {
      site.warn(`${section}: an entry is not a PEP 508 requirement; skipped`, line);
      continue;
    }
    signals.push(...requirementSignals(requirement, { path: site.path, line, section, scope: site.scope, source: 'pypi' }));
  }
  return signals;
}

/** Each group of a table of groups (`{ test = [...], docs = [...] }`) read as a requirement array. */
function groupArraysSignals(groups: TomlTable | undefined, site: Omit<ArraySite, 'scope'>, scopeOf: (group: string) => 'prod' | 'dev'): Signal[] {
  return Object.entries(groups ?? {}).flatMap(([group, list]) => requirementArraySignals(list, { ...site, keys: [...site.keys, group], scope: scopeOf(group) }));
}

const devUnlessNamed = (group: string): 'prod' | 'dev' => (isDevName(group) ? 'dev' : 'prod');
const alwaysDev = (): 'dev' => 'dev';

/**
 * `pyproject.toml`: PEP 621 `[project]` dependencies (production) and optional-dependencies
 * (extras: not production, since a plain install leaves them out), Poetry's dependency tables and
 * groups (dev when the group's name says dev, test, docs or lint, or when it is `optional = true`),
 * PEP 735 `[dependency-groups]` (dev, except a non-dev group of an application without
 * `[project].dependencies` or one of uv's `default-groups`), and the dev lists of uv and PDM.
 */
export const pythonPyproject: Extractor = {
  id: 'pyproject',
  claimsName: (name) => name === 'pyproject.toml',
  matches: (path) => basename(path) === 'pyproject.toml',
  extract({ path, text, warn }) {
    const doc = parseTomlOrWarn(text, warn);
    if (!doc) return [];
    const lines = new TomlLines(text);
    const base = { path, lines, warn };
    const signals: Signal[] = [];

    signals.push(...requirementArraySignals(tableAt(doc, ['project'])?.dependencies, { ...base, keys: ['project', 'dependencies'], scope: 'prod' }));
    // Extras install only when asked for (`pip install app[mysql]`): a BI tool's connectors, a
    // library's optional backends. The services an app always needs are in its dependencies.
    signals.push(...groupArraysSignals(tableAt(doc, ['project', 'optional-dependencies']), { ...base, keys: ['project', 'optional-dependencies'] }, alwaysDev));

    const poetry = tableAt(doc, ['tool', 'poetry']);
    if (poetry) {
      const keyed = { path, lines, skip: ['python'] };
      signals.push(...keyedTableSignals(tableAt(poetry, ['dependencies']), { ...keyed, keys: ['tool', 'poetry', 'dependencies'], section: 'tool.poetry.dependencies', scope: 'prod' }));
      signals.push(...keyedTableSignals(tableAt(poetry, ['dev-dependencies']), { ...keyed, keys: ['tool', 'poetry', 'dev-dependencies'], section: 'tool.poetry.dev-dependencies', scope: 'dev' }));
      for (const [group, body] of Object.entries(tableAt(poetry, ['group']) ?? {})) {
        if (!isTable(body)) continue;
        const keys = ['tool', 'poetry', 'group', group, 'dependencies'];
        // `optional = true`: `poetry install` leaves the group out unless asked (`--with`), like an extra.
        const scope = body.optional === true ? 'dev' : devUnlessNamed(group);
        signals.push(...keyedTableSignals(tableAt(body, ['dependencies']), { ...keyed, keys, section: keys.join('.'), scope }));
      }
    }

    // PEP 735 groups are not installed by `pip install <project>`: dev lists, unless the project is
    // an application with no [project].dependencies (Zulip, uv's `package = false`), whose
    // production packages live in a group such as `prod`, or a group uv installs by default.
    const defaultGroups = tableAt(doc, ['tool', 'uv'])?.['default-groups'];
    const appGroups = !Array.isArray(tableAt(doc, ['project'])?.dependencies);
    const groupScope = (group: string): 'prod' | 'dev' =>
      !isDevName(group) && (appGroups || (Array.isArray(defaultGroups) && defaultGroups.includes(group))) ? 'prod' : 'dev';
    signals.push(...groupArraysSignals(tableAt(doc, ['dependency-groups']), { ...base, keys: ['dependency-groups'] }, groupScope));
    signals.push(...requirementArraySignals(tableAt(doc, ['tool', 'uv'])?.['dev-dependencies'], { ...base, keys: ['tool', 'uv', 'dev-dependencies'], scope: 'dev' }));
    signals.push(...groupArraysSignals(tableAt(doc, ['tool', 'pdm', 'dev-dependencies']), { ...base, keys: ['tool', 'pdm', 'dev-dependencies'] }, alwaysDev));
    return signals;
  },
};
