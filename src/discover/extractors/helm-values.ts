import { isMap, isSeq, type Document, type Node } from 'yaml';
import type { Extractor, Signal } from '../types.js';
import { hasDevToken } from './dev-scope.js';
import { connectionScheme, secretDatasourceScheme, variableSignals } from './connection-url.js';
import { isDevHelperImage, parseImageRef } from './image-ref.js';
import { annotationSignals } from './k8s-annotations.js';
import { lowerName } from './paths.js';
import { mapEntries, mapGet, mapPath, parseYaml, resolve, scalarText, seqItems } from './yaml-nodes.js';

/** `values.yaml`, `values-prod.yaml`, `prod.values.yml`... */
export function isHelmValuesName(path: string): boolean {
  const name = lowerName(path);
  return /\.ya?ml$/.test(name) && name.replace(/\.ya?ml$/, '').split(/[._-]+/).includes('values');
}

/**
 * A helmfile's values for its releases (`helmfile/overrides/api.yaml.gotmpl`): Helm values
 * rendered by helmfile's Go templates, in a `helmfile/` or `helmfile.d/` folder. The helmfile
 * itself (`helmfile.yaml`) lists releases, not values, and charts' own files are read as charts.
 */
export function isHelmfileValues(path: string): boolean {
  const name = lowerName(path);
  if (!/\.ya?ml(?:\.gotmpl)?$/.test(name) || /^helmfile\.ya?ml(?:\.gotmpl)?$/.test(name)) return false;
  const folders = path.toLowerCase().split('/').slice(0, -1);
  const at = folders.findIndex((folder) => folder === 'helmfile' || folder === 'helmfile.d');
  return at !== -1 && !folders.slice(at + 1).some((folder) => CHART_DIRS.has(folder) || folder === 'templates');
}

/**
 * A Go-templated YAML file as the YAML it renders to, line for line: actions that print a value
 * (`{{ .Values.x }}`, `{{ requiredEnv "X" }}`) become a placeholder word, and control actions
 * (`{{ if }}`, `{{ end }}`, `{{ range }}`, comments) nothing, so every branch is read.
 * Hand-written: the action delimiters are all there is to it, and no template runs.
 */
export function withoutGoTemplateActions(text: string): string {
  return text.replace(/\{\{-?([\s\S]*?)-?\}\}/g, (action: string, inner: string) => {
    const newlines = action.replace(/[^\n]/g, '');
    return /^\s*(?:if|else|end|range|with|define|template|block|\/\*)\b/.test(inner) || /^\s*\/\*/.test(inner) ? newlines : `tmpl${newlines}`;
  });
}

/** Folders that hold Helm charts or their per-environment values. */
const CHART_DIRS = new Set(['charts', 'chart', 'helm']);

/**
 * A folder of charts or of their per-environment values: `charts/`, `helm/`, and a folder whose
 * name has the word helm (`helm_deploy/values-prod.yaml` beside the chart in `helm_deploy/app/`).
 */
function isChartFolder(folder: string): boolean {
  return CHART_DIRS.has(folder) || folder.split(/[-_.]+/).includes('helm');
}

/** Keys whose value is a container's environment: `env`, `extraEnv`, `envVars`, `*Env` such as `workerEnv`. */
function isEnvKey(key: string): boolean {
  return key === 'env' || key === 'envVars' || key === 'environment' || /[a-z]Env$/.test(key);
}

/** An environment variable's name as Kubernetes takes it (a map key such as `app.yml` is not one). */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A variable's name as env maps write it: upper case with a `_` (`REDIS_URL`; not `API` or `app.yml`). */
const VARIABLE_KEY = /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/;

/** A map whose keys are all variables' names, none holding a nested block: Helm values' keys are camelCase otherwise. */
function isVariableMap(node: Node | null | undefined, doc: Document): boolean {
  const entries = mapEntries(node, doc);
  return entries.length > 0 && entries.every(([key, value]) => VARIABLE_KEY.test(key) && !isMap(resolve(value, doc)) && !isSeq(resolve(value, doc)));
}

/** Keys whose value is an image: `image`, and `*Image` such as `initImage`. */
function isImageKey(key: string): boolean {
  return key === 'image' || /[a-z]Image$/.test(key);
}

interface Site {
  path: string;
  scope: 'prod' | 'dev';
  lineOf: (node: Node | null | undefined) => number;
  doc: Document;
}

/**
 * Helm values files of a chart (beside a Chart.yaml, or under charts/, chart/ or helm/):
 * `image: repo:tag` strings and `image: {registry, repository, tag}` maps. A block with
 * `enabled: false` (a switched-off sub-chart or sidecar) is not deployed and is skipped.
 *
 * A chart collection's values are also each app's deployment: the env its containers are given
 * (`env: [{name: DATABASE_URL, valueFrom: ...}]` or `env: {REDIS_URL: redis://...}`), connection
 * URLs written anywhere, and per-app blocks switched on at any depth (`apps.api.redis.enabled: true`).
 */
export const helmValues: Extractor = {
  id: 'helm-values',
  claimsName: (name) => isHelmValuesName(name) || /\.ya?ml(?:\.gotmpl)?$/i.test(name),
  matches: (path) => isHelmValuesName(path) || isHelmfileValues(path),
  async extract({ path, text: raw, warn, readSibling }) {
    const helmfile = isHelmfileValues(path) && !isHelmValuesName(path);
    const text = path.toLowerCase().endsWith('.gotmpl') ? withoutGoTemplateActions(raw) : raw;
    const inChartFolder = path.toLowerCase().split('/').slice(0, -1).some(isChartFolder);
    const chart = helmfile ? undefined : await readSibling?.('Chart.yaml');
    if (!helmfile && !inChartFolder && chart === undefined) return [];
    const { docs, lineOf } = parseYaml(text, warn);
    const doc = docs[0];
    if (!doc) return [];
    const signals: Signal[] = [];
    const site: Site = { path, scope: hasDevToken(path) ? 'dev' : 'prod', lineOf, doc };
    // Dependencies Chart.yaml (or Helm 2's requirements.yaml) lists are read there, with their conditions.
    const listed = new Set([...chartDependencyNames(chart), ...chartDependencyNames(await readSibling?.('requirements.yaml'))]);
    signals.push(...enabledSubcharts(doc.contents as Node | null, site).filter((s) => !listed.has(s.name)));
    walk(doc.contents as Node | null, [], site, signals);
    return signals;
  },
};

/** Names and aliases of the dependencies a Chart.yaml lists; none when it is missing or malformed. */
function chartDependencyNames(text: string | undefined): string[] {
  if (!text) return [];
  const { docs } = parseYaml(text, () => undefined);
  const doc = docs[0];
  if (!doc) return [];
  return seqItems(mapGet(doc.contents, 'dependencies', doc), doc).flatMap((d) => [scalarText(mapGet(d, 'name', doc), doc), scalarText(mapGet(d, 'alias', doc), doc)]).filter((n): n is string => !!n);
}

/**
 * Top-level blocks switched on (`mysql: { enabled: true }`): a chart's own sub-charts (vendored
 * under charts/ or listed in Chart.yaml) are deployed with it. Each is a chart signal named by its key.
 */
function enabledSubcharts(root: Node | null | undefined, site: Site): Signal[] {
  const { doc } = site;
  const signals: Signal[] = [];
  for (const [key, value] of mapEntries(root, doc)) {
    const enabled = mapGet(value, 'enabled', doc);
    if (scalarText(enabled, doc) !== 'true') continue;
    signals.push({ kind: 'helm-chart', name: key, path: site.path, line: site.lineOf(enabled), source: 'helm-values', detail: `values ${key}.enabled: true`, scope: site.scope });
  }
  return signals;
}

function walk(node: Node | null | undefined, keys: string[], site: Site, out: Signal[]): void {
  const { doc } = site;
  if (keys.length > 20) return;
  if (isSeq(resolve(node, doc))) {
    seqItems(node, doc).forEach((item, index) => {
      const scheme = connectionScheme(scalarText(item, doc));
      if (scheme) out.push({ kind: 'url-scheme', name: scheme, path: site.path, line: site.lineOf(item), source: 'helm', detail: `values ${[...keys, String(index)].join('.')} (${scheme}:// URL)`, scope: site.scope });
      else walk(item, [...keys, String(index)], site, out);
    });
    return;
  }
  if (!isMap(resolve(node, doc))) return;
  if (scalarText(mapGet(node, 'enabled', doc), doc) === 'false') return;
  // A block of variables under a chart's own key (`namespace_secrets.<secret>: {SQS_QUEUE_NAME: key}`,
  // `api: {REDIS_URL: ...}`): charts template such maps into a container's env whatever the key.
  if (keys.length > 0 && isVariableMap(node, doc)) {
    out.push(...envSignals(node ?? undefined, keys.join('.'), site));
    return;
  }
  for (const [key, value] of mapEntries(node, doc)) {
    const here = [...keys, key];
    // Top-level blocks are sub-charts, read above; below the top, `redis: {enabled: true}` is one app's own.
    const enabled = keys.length > 0 ? mapGet(value, 'enabled', doc) : undefined;
    if (enabled && scalarText(enabled, doc) === 'true') {
      out.push({ kind: 'helm-chart', name: key, path: site.path, line: site.lineOf(enabled), source: 'helm-values', detail: `values ${here.join('.')}.enabled: true`, scope: site.scope });
    }
    if (key === 'annotations' || /[a-z]Annotations$/.test(key)) {
      out.push(...annotationSignals(value, `values ${here.join('.')}`, { path: site.path, scope: site.scope, source: 'helm', lineOf: site.lineOf, doc }));
    }
    if (isEnvKey(key)) {
      const variables = envSignals(value, here.join('.'), site);
      if (variables.length > 0) {
        out.push(...variables);
        continue;
      }
    }
    const text = scalarText(value, doc);
    const scheme = text ? connectionScheme(text) : undefined;
    if (scheme) {
      out.push({ kind: 'url-scheme', name: scheme, path: site.path, line: site.lineOf(value), source: 'helm', detail: `values ${here.join('.')} (${scheme}:// URL)`, scope: site.scope });
      continue;
    }
    if (isImageKey(key)) {
      const signal = imageSignal(resolve(value, doc), here.join('.'), site);
      if (signal) {
        out.push(signal);
        continue;
      }
    }
    walk(value, here, site, out);
  }
}

function imageSignal(node: Node | undefined, keyPath: string, site: Site): Signal | undefined {
  const { doc } = site;
  let at: Node | undefined = node;
  let raw = scalarText(node, doc);
  if (isMap(node)) {
    // `{repository, tag}` is the common shape; some charts write `{name, defaultTag}` (one registry prefix for all).
    at = mapGet(node, 'repository', doc) ?? mapGet(node, 'name', doc);
    const repository = scalarText(at, doc);
    if (!repository) return undefined;
    const registry = scalarText(mapGet(node, 'registry', doc), doc);
    const tag = scalarText(mapGet(node, 'tag', doc) ?? mapGet(node, 'defaultTag', doc), doc);
    raw = `${registry ? `${registry}/` : ''}${repository}${tag && !repository.includes(':') ? `:${tag}` : ''}`;
  }
  // A value like `image: true` or a template placeholder names nothing.
  const image = raw && !/^(true|false)$/.test(raw) ? parseImageRef(raw) : undefined;
  if (!image) return undefined;
  return {
    kind: 'image',
    name: image.repository,
    path: site.path,
    line: site.lineOf(at),
    source: 'helm',
    detail: `values ${keyPath} ${image.repository}${image.tag ? `:${image.tag}` : ''}`,
    ...(image.tag ? { version: image.tag } : {}),
    scope: site.scope === 'dev' || isDevHelperImage(image.repository) ? 'dev' : 'prod',
    facts: { valuesKey: keyPath, image: image.repository },
  };
}

/**
 * A container's environment in values: a Kubernetes env list (`- name: X` with `value` or
 * `valueFrom`) or a map of names to values. Names and URL schemes only, as in a manifest; none
 * when the block holds neither shape (then it is walked as ordinary values).
 */
function envSignals(node: Node | undefined, keyPath: string, site: Site): Signal[] {
  const { doc } = site;
  const signals: Signal[] = [];
  const at = { path: site.path, source: 'helm', context: `values ${keyPath}`, scope: site.scope };
  if (isSeq(resolve(node, doc))) {
    for (const item of seqItems(node, doc)) {
      const nameNode = mapGet(item, 'name', doc);
      const name = scalarText(nameNode, doc);
      if (!name || !ENV_NAME.test(name)) continue;
      signals.push(...variableSignals(name, scalarText(mapGet(item, 'value', doc), doc), { ...at, line: site.lineOf(nameNode) }));
      const secret = scalarText(mapPath(item, ['valueFrom', 'secretKeyRef', 'name'], doc), doc);
      const scheme = secretDatasourceScheme(name, secret);
      if (scheme) signals.push({ kind: 'url-scheme', name: scheme, path: site.path, line: site.lineOf(nameNode), source: 'helm', detail: `${at.context} ${name} from secret "${secret}"`, scope: site.scope });
    }
  } else if (isMap(resolve(node, doc))) {
    for (const [name, value, keyNode] of mapEntries(node, doc)) {
      if (!ENV_NAME.test(name) || name !== name.toUpperCase()) continue;
      signals.push(...variableSignals(name, scalarText(value, doc), { ...at, line: site.lineOf(keyNode) }));
    }
  }
  return signals;
}
