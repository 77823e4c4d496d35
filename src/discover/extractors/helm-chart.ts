import { parseDocument } from 'yaml';
import type { Extractor, Signal } from '../types.js';
import { hasDevToken } from './dev-scope.js';
import { basename } from './paths.js';
import { yamlShapeProblem } from '../../util/yaml-limits.js';
import { mapGet, parseYaml, scalarText, seqItems, YAML_PARSE_OPTIONS } from './yaml-nodes.js';

/** `Chart.yaml` (Helm 3) and `requirements.yaml` (Helm 2 charts keep their dependencies there). */
export function isHelmChartFile(path: string): boolean {
  const name = basename(path);
  return name === 'Chart.yaml' || name === 'requirements.yaml';
}

type Values = Record<string, unknown>;

/** The chart's default values, read quietly: the values extractor reports a malformed file. */
async function siblingValues(readSibling: ((path: string) => Promise<string | undefined>) | undefined): Promise<Values> {
  const text = await readSibling?.('values.yaml');
  if (!text || yamlShapeProblem(text) !== undefined) return {};
  const doc = parseDocument(text, YAML_PARSE_OPTIONS);
  if (doc.errors.length > 0) return {};
  let values: unknown;
  try {
    // toJS throws on an alias without its anchor or past the alias budget (an alias bomb).
    values = doc.toJS({ maxAliasCount: 1000 });
  } catch {
    return {};
  }
  return values && typeof values === 'object' ? (values as Values) : {};
}

function valueAt(values: Values, dotted: string): unknown {
  let current: unknown = values;
  for (const key of dotted.split('.')) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Values)[key];
  }
  return current;
}

/**
 * Helm's rules: the first condition path that holds a boolean decides; without one, a dependency
 * with a true tag is on and one whose tags are all false is off; otherwise it is on.
 */
export function isDependencyEnabled(condition: string | undefined, tags: string[], values: Values): boolean {
  for (const path of (condition ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const value = valueAt(values, path);
    if (typeof value === 'boolean') return value;
  }
  const tagValues = tags.map((tag) => valueAt(values, `tags.${tag}`)).filter((v): v is boolean => typeof v === 'boolean');
  if (tagValues.includes(true)) return true;
  return !tagValues.includes(false);
}

/**
 * Helm chart dependencies (`postgresql` from the Bitnami repository...). A dependency its
 * chart's own values.yaml switches off (`postgresql.enabled: false`) is not emitted.
 */
export const helmChart: Extractor = {
  id: 'helm',
  claimsName: isHelmChartFile,
  matches: isHelmChartFile,
  async extract({ path, text, warn, readSibling }) {
    const { docs, lineOf } = parseYaml(text, warn);
    const doc = docs[0];
    if (!doc) return [];
    const dependencies = seqItems(mapGet(doc.contents, 'dependencies', doc), doc);
    if (dependencies.length === 0) return [];
    const values = await siblingValues(readSibling);
    const scope = hasDevToken(path) ? 'dev' : 'prod';
    const signals: Signal[] = [];
    for (const dependency of dependencies) {
      const nameNode = mapGet(dependency, 'name', doc);
      const name = scalarText(nameNode, doc);
      if (!name) continue;
      const condition = scalarText(mapGet(dependency, 'condition', doc), doc);
      const tags = seqItems(mapGet(dependency, 'tags', doc), doc).map((t) => scalarText(t, doc)).filter((t): t is string => !!t);
      if (!isDependencyEnabled(condition, tags, values)) continue;
      const version = scalarText(mapGet(dependency, 'version', doc), doc);
      const alias = scalarText(mapGet(dependency, 'alias', doc), doc);
      signals.push({
        kind: 'helm-chart',
        name,
        path,
        line: lineOf(nameNode),
        source: 'helm',
        detail: `dependency "${name}"${version ? ` ${version}` : ''}${alias ? ` as "${alias}"` : ''}${condition ? ` (condition ${condition})` : ''}`,
        ...(version ? { version } : {}),
        scope,
        facts: { chart: name, ...(alias ? { alias } : {}), ...(scalarText(mapGet(dependency, 'repository', doc), doc) ? { repository: scalarText(mapGet(dependency, 'repository', doc), doc)! } : {}), ...(scalarText(mapGet(doc.contents, 'name', doc), doc) ? { parentChart: scalarText(mapGet(doc.contents, 'name', doc), doc)! } : {}) },
      });
    }
    return signals;
  },
};
