import type { Document, Node } from 'yaml';
import type { Extractor, Facts, Signal } from '../types.js';
import { secretDatasourceScheme, variableSignals } from './connection-url.js';
import { hasDevToken } from './dev-scope.js';
import { isComposeFile } from './docker-compose.js';
import { isHelmChartFile } from './helm-chart.js';
import { isHelmValuesName } from './helm-values.js';
import { isDevHelperImage, parseImageRef } from './image-ref.js';
import { annotationSignals } from './k8s-annotations.js';
import { lowerName } from './paths.js';
import { mapEntries, mapGet, mapPath, parseYamlStream, scalarText, seqItems } from './yaml-nodes.js';

/**
 * Folders where manifests live. matches() sees only the path, and a monorepo has YAML of every
 * kind (CI, OpenAPI, i18n...), so only YAML in these folders, or named like a manifest, is read;
 * extract() then bails out before parsing unless the text mentions both `apiVersion` and `kind`.
 */
const MANIFEST_DIRS = new Set([
  'k8s', '.k8s', 'kube', 'kubernetes', 'manifests', 'deploy', 'deployment', 'deployments', 'infra', 'infrastructure',
  'charts', 'helm', 'kustomize', 'overlays', 'argocd', 'gitops', 'openshift',
]);
/** File-name words that say "Kubernetes manifest" wherever the file is. */
const MANIFEST_NAME_WORDS = new Set(['k8s', 'kube', 'kubernetes', 'deployment', 'statefulset', 'daemonset', 'cronjob', 'manifest', 'manifests']);

/**
 * Manifests rendered by ERB before they are applied (`config/deploy/production/web.yaml.erb`, as
 * Krane deploys them): the tags are template code, the rest is the manifest.
 */
const ERB_MANIFEST = /\.ya?ml\.erb$/;

export function isKubernetesCandidate(path: string): boolean {
  const name = lowerName(path).replace(ERB_MANIFEST, '.yaml');
  if (!/\.ya?ml$/.test(name)) return false;
  // Files with their own extractor, and CI workflows, are never manifests.
  if (isComposeFile(path) || isHelmChartFile(path) || isHelmValuesName(path) || path.startsWith('.github/')) return false;
  const folders = path.toLowerCase().split('/').slice(0, -1);
  // Whole folder names or their words: `kubernetes-manifests/`, `k8s_prod/`, `deploy.staging/`.
  if (folders.some((folder) => MANIFEST_DIRS.has(folder) || folder.split(/[._-]+/).some((word) => MANIFEST_DIRS.has(word)))) return true;
  return name.replace(/\.ya?ml$/, '').split(/[._-]+/).some((word) => MANIFEST_NAME_WORDS.has(word));
}

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** API groups served by Kubernetes itself; any other group belongs to an operator's custom resource. */
function isCustomGroup(group: string): boolean {
  return group.includes('.') && !group.endsWith('.k8s.io');
}

type LineOf = (node: Node | null | undefined) => number;

interface Site {
  path: string;
  scope: 'prod' | 'dev';
  lineOf: LineOf;
  doc: Document;
}

/**
 * Kubernetes manifests, multi-document: container images and env names of workloads, and
 * operator custom resources (a CloudNativePG `Cluster` is a PostgreSQL) as platform
 * signals named `k8s:<group>/<Kind>`.
 */
export const kubernetesManifest: Extractor = {
  id: 'kubernetes',
  claimsName: (name) => /\.ya?ml(?:\.erb)?$/i.test(name),
  matches: isKubernetesCandidate,
  extract({ path, text: raw, warn }) {
    const text = ERB_MANIFEST.test(lowerName(path)) ? withoutErbTags(raw) : raw;
    // Helm templates are Go templates that only become YAML once rendered.
    if (path.split('/').includes('templates') && text.includes('{{')) return [];
    if (!text.includes('apiVersion') || !text.includes('kind')) return [];
    const { docs, lineOf } = parseYamlStream(text, warn);
    const scope = hasDevToken(path) ? 'dev' : 'prod';
    const signals: Signal[] = [];
    for (const doc of docs) signals.push(...resourceSignals(doc.contents as Node | null, { path, scope, lineOf, doc }, 0));
    return signals;
  },
};

/**
 * An ERB manifest as the YAML it renders to, line for line: output tags (`<%= image %>`) become a
 * placeholder word and code tags (`<% if ... %>`, `<%# ... %>`) nothing, so both branches of a
 * condition are read. Hand-written: ERB's tag syntax is all there is to it, and no Ruby runs.
 */
export function withoutErbTags(text: string): string {
  return text.replace(/<%(=|-|#)?([\s\S]*?)-?%>/g, (tag: string, mark: string | undefined) => {
    const newlines = tag.replace(/[^\n]/g, '');
    return mark === '=' ? `erb${newlines}` : newlines;
  });
}

function resourceSignals(node: Node | null | undefined, site: Site, depth: number): Signal[] {
  const { doc } = site;
  const apiVersion = scalarText(mapGet(node, 'apiVersion', doc), doc);
  const kindNode = mapGet(node, 'kind', doc);
  const kind = scalarText(kindNode, doc);
  if (!apiVersion || !kind) return [];
  // `kind: List` (what `kubectl get -o yaml` writes) wraps resources in `items`.
  if (kind === 'List' && depth < 3) return seqItems(mapGet(node, 'items', doc), doc).flatMap((item) => resourceSignals(item, site, depth + 1));
  const resourceName = scalarText(mapPath(node, ['metadata', 'name'], doc), doc) ?? '?';
  const specPath = POD_SPEC_PATHS[kind];
  const facts = workloadFacts(node, kind, resourceName, site);
  const annotations = [mapPath(node, ['metadata', 'annotations'], doc), ...(specPath ? [mapPath(node, [...specPath.slice(0, -1), 'metadata', 'annotations'], doc)] : [])]
    .flatMap((block) => annotationSignals(block, `${kind} "${resourceName}"`, { path: site.path, scope: site.scope, source: 'kubernetes', lineOf: site.lineOf, doc }));
  if (specPath) return [...annotations, ...podSpecSignals(mapPath(node, specPath, doc), `${kind} "${resourceName}"`, site, facts)];
  if ((kind === 'ConfigMap' || kind === 'Secret') && apiVersion === 'v1') return settingSignals(node, `${kind} "${resourceName}"`, site);
  if (annotations.length > 0) return annotations;
  const slash = apiVersion.indexOf('/');
  const group = slash === -1 ? '' : apiVersion.slice(0, slash);
  if (!isCustomGroup(group)) return [];
  return [{
    kind: 'platform',
    name: `k8s:${group}/${kind}`,
    path: site.path,
    line: site.lineOf(kindNode),
    source: 'kubernetes',
    detail: `${kind} "${resourceName}" (${apiVersion})`,
    scope: site.scope,
    facts: { ...facts, apiVersion },
  }];
}

/**
 * The keys of a ConfigMap or Secret (`data`, `stringData`): the settings workloads take with
 * `envFrom`. Names only, and a ConfigMap's URL schemes; a Secret's values are never read.
 */
function settingSignals(node: Node | null | undefined, owner: string, site: Site): Signal[] {
  const { doc, lineOf, path } = site;
  const secret = scalarText(mapGet(node, 'kind', doc), doc) === 'Secret';
  const signals: Signal[] = [];
  for (const section of ['data', 'stringData']) {
    for (const [name, value, keyNode] of mapEntries(mapGet(node, section, doc), doc)) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue; // file keys (`application.yml`) are not variables
      const text = secret ? undefined : scalarText(value, doc);
      signals.push(...variableSignals(name, text, { path, line: lineOf(keyNode), source: 'kubernetes', context: `${owner} ${section}`, scope: site.scope }));
    }
  }
  return signals;
}

/** `k=v,k2=v2` of a mapping of labels, as written. */
function labelText(node: Node | undefined, doc: Document): string | undefined {
  const pairs = mapEntries(node, doc).map(([key, value]) => `${key}=${scalarText(value, doc) ?? ''}`);
  return pairs.length ? pairs.join(',') : undefined;
}

/**
 * The workload as `kubectl` names it: kind, name, namespace (absent when the manifest leaves it
 * to the context), the selector's labels (what its pods carry), replicas and a StatefulSet's service.
 */
function workloadFacts(node: Node | null | undefined, kind: string, name: string, site: Site): Facts {
  const { doc } = site;
  const facts: Facts = { kind, name };
  const namespace = scalarText(mapPath(node, ['metadata', 'namespace'], doc), doc);
  if (namespace) facts.namespace = namespace;
  const selector = labelText(mapPath(node, ['spec', 'selector', 'matchLabels'], doc), doc);
  const labels = selector ?? labelText(mapPath(node, kind === 'Pod' ? ['metadata', 'labels'] : ['spec', 'template', 'metadata', 'labels'], doc), doc);
  if (labels) facts.labels = labels;
  const replicas = scalarText(mapPath(node, ['spec', 'replicas'], doc), doc);
  if (replicas) facts.replicas = replicas;
  const serviceName = scalarText(mapPath(node, ['spec', 'serviceName'], doc), doc);
  if (serviceName) facts.serviceName = serviceName;
  return facts;
}

function podSpecSignals(spec: Node | undefined, owner: string, site: Site, facts: Facts): Signal[] {
  const { doc, lineOf, path } = site;
  const signals: Signal[] = [];
  for (const list of ['initContainers', 'containers']) {
    for (const container of seqItems(mapGet(spec, list, doc), doc)) {
      const containerName = scalarText(mapGet(container, 'name', doc), doc) ?? '?';
      const context = `${owner} container "${containerName}"`;
      const imageNode = mapGet(container, 'image', doc);
      const image = parseImageRef(scalarText(imageNode, doc) ?? '');
      // A mail catcher or admin UI container, and everything it is given, is development tooling.
      const scope = site.scope === 'dev' || (image !== undefined && isDevHelperImage(image.repository)) ? 'dev' : 'prod';
      if (image) {
        signals.push({
          kind: 'image',
          name: image.repository,
          path,
          line: lineOf(imageNode),
          source: 'kubernetes',
          detail: `${context} image ${image.repository}${image.tag ? `:${image.tag}` : ''}`,
          ...(image.tag ? { version: image.tag } : {}),
          scope,
          facts: { ...facts, container: containerName, image: image.repository, ...containerEnvFacts(container, doc) },
        });
      }
      for (const variable of seqItems(mapGet(container, 'env', doc), doc)) {
        const nameNode = mapGet(variable, 'name', doc);
        const name = scalarText(nameNode, doc);
        if (!name) continue;
        const value = scalarText(mapGet(variable, 'value', doc), doc);
        for (const signal of variableSignals(name, value, { path, line: lineOf(nameNode), source: 'kubernetes', context: `${context} env`, scope })) {
          signals.push({ ...signal, facts: { ...facts, container: containerName, variable: name } });
        }
        const secret = scalarText(mapPath(variable, ['valueFrom', 'secretKeyRef', 'name'], doc), doc);
        const scheme = secretDatasourceScheme(name, secret);
        if (scheme) {
          signals.push({ kind: 'url-scheme', name: scheme, path, line: lineOf(nameNode), source: 'kubernetes', detail: `${context} env ${name} from secret "${secret}"`, scope, facts: { ...facts, container: containerName, variable: name } });
        }
      }
    }
  }
  return signals;
}

/** Settings of official images that are names, never secrets (the stubs use them inside the pod). */
const NON_SECRET_SETTINGS = new Set(['POSTGRES_USER', 'POSTGRES_DB', 'MYSQL_DATABASE', 'MYSQL_USER', 'MARIADB_DATABASE', 'MARIADB_USER', 'MONGO_INITDB_ROOT_USERNAME', 'discovery.type', 'CASSANDRA_CLUSTER_NAME']);

/** The container's env names, and the literal values of the non-secret settings among them. */
function containerEnvFacts(container: Node, doc: Document): Facts {
  const facts: Facts = {};
  const names: string[] = [];
  for (const variable of seqItems(mapGet(container, 'env', doc), doc)) {
    const name = scalarText(mapGet(variable, 'name', doc), doc);
    if (!name) continue;
    names.push(name);
    const value = scalarText(mapGet(variable, 'value', doc), doc);
    if (value && NON_SECRET_SETTINGS.has(name) && !value.includes('$')) facts[`env.${name}`] = value;
  }
  if (names.length) facts.environment = names.join(',');
  return facts;
}
