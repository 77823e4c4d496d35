import type { FileSource } from './source.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isComposeFile } from './extractors/docker-compose.js';
import { isEnvTemplate, readDotenv } from './extractors/env-example.js';
import { parseHcl } from './extractors/hcl-parser.js';
import { isKubernetesCandidate } from './extractors/kubernetes.js';
import { mapEntries, mapGet, mapPath, parseYaml, parseYamlStream, scalarText, seqItems } from './extractors/yaml-nodes.js';

/**
 * What the repository names, for checking a plan's commands against it: compose services,
 * Kubernetes resources (kind, name, namespace, pod labels), Terraform resource addresses and
 * their literal identifiers, and environment variable names. Read with the same parsers as
 * discovery; a file that does not parse adds nothing (discovery reports it).
 */
export interface RepositoryInventory {
  /** compose file -> its service names */
  composeServices: Map<string, Set<string>>;
  /** `kind/name` (kind lower-cased) -> namespaces it is declared in ('' when none) */
  workloads: Map<string, Set<string>>;
  /** name -> kinds, to say "pg is a Deployment" when a plan says statefulset/pg */
  workloadKinds: Map<string, Set<string>>;
  namespaces: Set<string>;
  /** `key=value` labels of pod templates and selectors */
  labels: Set<string>;
  terraformAddresses: Set<string>;
  /** literal identifier attributes (identifier, cluster_identifier, bucket, name...) */
  terraformIdentifiers: Set<string>;
  envNames: Set<string>;
  /** which kinds of source the repository has at all: a plan is only checked against what exists */
  has: { compose: boolean; kubernetes: boolean; terraform: boolean; env: boolean };
}

const IDENTIFIER_ATTRIBUTES = ['identifier', 'cluster_identifier', 'replication_group_id', 'cluster_id', 'name', 'bucket', 'domain_name', 'cluster_name', 'table_name'];
/** `${NAME}` and `${NAME:-default}` in a compose file: variables the deployment reads. Compose's own syntax, one pattern. */
const COMPOSE_INTERPOLATION = /\$\{([A-Za-z_][A-Za-z0-9_]*)/g;
const quiet = (): void => {};
/**
 * What a path must have for any kind to claim it: compose and Kubernetes names end in .yml or
 * .yaml, Terraform's in .tf or .tofu, and an env template's name has the word env (isEnvTemplate).
 */
const MAYBE_INVENTORY = /\.(?:ya?ml|tf|tofu)$|env[^/]*$/i;

/** False only for a path no kind of the inventory reads (a quick test before the kinds' own). */
export function mayBeInventoryFile(file: string): boolean {
  return MAYBE_INVENTORY.test(file);
}

/** `terraform: false` leaves .tf files unread (and `has.terraform` false): for a caller with nothing to check against them. */
export async function readInventory(root: string, files: Iterable<string>, want: { terraform?: boolean } = {}, source?: FileSource): Promise<RepositoryInventory> {
  const terraform = want.terraform ?? true;
  const inv: RepositoryInventory = {
    composeServices: new Map(), workloads: new Map(), workloadKinds: new Map(), namespaces: new Set(), labels: new Set(),
    terraformAddresses: new Set(), terraformIdentifiers: new Set(), envNames: new Set(),
    has: { compose: false, kubernetes: false, terraform: false, env: false },
  };
  const jobs: Array<Promise<void>> = [];
  for (const file of files) {
    // Every kind below needs a YAML or Terraform name or the word env: most of a large tree's
    // paths (source files) are passed over without the per-kind tests' splits and patterns.
    if (!mayBeInventoryFile(file)) continue;
    const kind = isComposeFile(file) ? 'compose' : /\.(tf|tofu)$/.test(file) ? 'terraform' : isEnvTemplate(file) ? 'env' : isKubernetesCandidate(file) ? 'kubernetes' : undefined;
    if (!kind || (kind === 'terraform' && !terraform)) continue;
    // A pull-request check reads the revision it checks, never the checkout (which may be the base).
    const text = source ? source.read(file).then((r) => (r.ok ? r.text : Promise.reject(new Error(r.reason)))) : readFile(path.join(root, file), 'utf8');
    jobs.push(text.then((t) => addFile(inv, kind, file, t), () => undefined));
  }
  await Promise.all(jobs);
  return inv;
}

async function addFile(inv: RepositoryInventory, kind: 'compose' | 'terraform' | 'env' | 'kubernetes', file: string, text: string): Promise<void> {
  if (kind === 'env') {
    for (const { name } of readDotenv(text)) inv.envNames.add(name);
    inv.has.env = true;
  } else if (kind === 'compose') addCompose(inv, file, text);
  else if (kind === 'kubernetes') addManifests(inv, text);
  else await addTerraform(inv, text);
}

function addCompose(inv: RepositoryInventory, file: string, text: string): void {
  const { docs } = parseYaml(text, quiet);
  const doc = docs[0];
  if (!doc) return;
  const services = new Set<string>();
  for (const [name, service] of mapEntries(mapGet(doc.contents, 'services', doc), doc)) {
    services.add(name);
    const env = mapGet(service, 'environment', doc);
    for (const [key] of mapEntries(env, doc)) inv.envNames.add(key);
    for (const item of seqItems(env, doc)) inv.envNames.add((scalarText(item, doc) ?? '').split('=')[0]!.trim());
  }
  for (const m of text.matchAll(COMPOSE_INTERPOLATION)) inv.envNames.add(m[1]!);
  inv.composeServices.set(file, services);
  inv.has.compose = true;
  if (services.size) inv.has.env = true;
}

function addManifests(inv: RepositoryInventory, text: string): void {
  if (!text.includes('apiVersion') || !text.includes('kind')) return;
  const { docs } = parseYamlStream(text, quiet);
  for (const doc of docs) {
    const node = doc.contents;
    const kind = scalarText(mapGet(node, 'kind', doc), doc);
    const name = scalarText(mapPath(node, ['metadata', 'name'], doc), doc);
    if (!kind || !name) continue;
    inv.has.kubernetes = true;
    const namespace = scalarText(mapPath(node, ['metadata', 'namespace'], doc), doc) ?? '';
    if (kind === 'Namespace') inv.namespaces.add(name);
    if (namespace) inv.namespaces.add(namespace);
    const key = `${kind.toLowerCase()}/${name}`;
    inv.workloads.set(key, (inv.workloads.get(key) ?? new Set()).add(namespace));
    inv.workloadKinds.set(name, (inv.workloadKinds.get(name) ?? new Set()).add(kind));
    for (const labels of [mapPath(node, ['metadata', 'labels'], doc), mapPath(node, ['spec', 'selector', 'matchLabels'], doc), mapPath(node, ['spec', 'template', 'metadata', 'labels'], doc)]) {
      for (const [k, v] of mapEntries(labels, doc)) inv.labels.add(`${k}=${scalarText(v, doc) ?? ''}`);
    }
    for (const path of [['spec', 'containers'], ['spec', 'template', 'spec', 'containers']]) {
      for (const container of seqItems(mapPath(node, path, doc), doc)) {
        for (const variable of seqItems(mapGet(container, 'env', doc), doc)) {
          const env = scalarText(mapGet(variable, 'name', doc), doc);
          if (env) {
            inv.envNames.add(env);
            inv.has.env = true;
          }
        }
      }
    }
  }
}

async function addTerraform(inv: RepositoryInventory, text: string): Promise<void> {
  if (!text.includes('resource') && !text.includes('module')) return;
  let parsed;
  try {
    parsed = await parseHcl(text);
  } catch {
    return;
  }
  if (!parsed.ok) return;
  for (const block of parsed.blocks) {
    if (block.type === 'resource' && block.labels.length === 2) {
      inv.terraformAddresses.add(`${block.labels[0]}.${block.labels[1]}`);
      inv.has.terraform = true;
      for (const attribute of IDENTIFIER_ATTRIBUTES) {
        const value = block.literals.get(attribute);
        if (value) inv.terraformIdentifiers.add(value);
      }
    } else if (block.type === 'module' && block.labels.length === 1) {
      inv.terraformAddresses.add(`module.${block.labels[0]}`);
    }
  }
}
