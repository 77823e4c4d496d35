import { posix } from 'node:path';
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Extractor, Facts, Signal } from '../types.js';
import { variableSignals } from './connection-url.js';
import { hasDevToken } from './dev-scope.js';
import { isDevHelperImage, parseImageRef } from './image-ref.js';
import { dirname, lowerName } from './paths.js';
import { mapEntries, mapGet, parseYaml, scalarText, seqItems } from './yaml-nodes.js';

/** `docker-compose.yml`, `docker-compose.prod.yml`, `docker-compose-non-dev.yml`, `compose.yaml`, `compose.test.yaml`... */
export function isComposeFile(path: string): boolean {
  return /^(docker-)?compose([.-][^/]+)?\.ya?ml$/.test(lowerName(path));
}

/**
 * Dev-only compose files: named for dev/test/local/ci, under `.devcontainer/`, or
 * `docker-compose.override.yml`, which `docker compose up` merges in automatically and
 * which by convention holds local-development changes (production runs with explicit `-f`).
 */
function isDevComposeFile(path: string): boolean {
  return hasDevToken(path) || /^(docker-)?compose\.override\.ya?ml$/.test(lowerName(path));
}

const DEV_PROFILES = new Set(['dev', 'development', 'local', 'test', 'testing', 'ci', 'e2e', 'debug', 'tools']);

/** A service only started with `--profile dev` (or test...) is not part of the production stack. */
function hasDevProfile(service: Node | undefined, doc: Document): boolean {
  return profilesOf(service, doc).some((p) => DEV_PROFILES.has(p));
}

function profilesOf(service: Node | undefined, doc: Document): string[] {
  return seqItems(mapGet(service, 'profiles', doc), doc).map((p) => (scalarText(p, doc) ?? '').toLowerCase());
}

/**
 * A service behind other profiles (`profiles: [blob-storage]`) starts only when the operator asks
 * for it: an option of the stack, unless a profile is named for production.
 */
function optionalProfile(service: Node | undefined, doc: Document): string | undefined {
  // `profiles: [${DB_PROFILE:-}]` is a switch the deployer flips; its empty default starts the service.
  const profiles = profilesOf(service, doc).filter((p) => !/^\$\{\w+(?::?-)?\}$/.test(p));
  if (profiles.length === 0 || profiles.some((p) => /(?:^|[-_.])prod(?:uction)?(?:$|[-_.])/.test(p))) return undefined;
  return `started only with --profile ${profiles.join(' or --profile ')}`;
}

/** Variables by which frameworks are told which environment they run in. */
const RUNTIME_ENV_NAMES = new Set(['NODE_ENV', 'RAILS_ENV', 'RACK_ENV', 'APP_ENV', 'FLASK_ENV', 'DJANGO_ENV', 'MIX_ENV', 'GO_ENV', 'ASPNETCORE_ENVIRONMENT', 'ENVIRONMENT', 'ENV']);
const DEV_RUNTIME_VALUES = new Set(['development', 'dev', 'local', 'test', 'testing']);

/** A service told it runs in development (`NODE_ENV: development`) is a development service. */
function runsInDevelopment(environment: Node | undefined, doc: Document): boolean {
  const value = (name: string, raw: string | undefined): boolean => RUNTIME_ENV_NAMES.has(name.toUpperCase()) && DEV_RUNTIME_VALUES.has((raw ?? '').trim().toLowerCase());
  if (isMap(environment)) return mapEntries(environment, doc).some(([name, v]) => value(name, scalarText(v, doc)));
  return seqItems(environment, doc).some((item) => {
    const entry = scalarText(item, doc) ?? '';
    const eq = entry.indexOf('=');
    return eq !== -1 && value(entry.slice(0, eq).trim(), entry.slice(eq + 1));
  });
}

/**
 * The folder (and Dockerfile) a service builds: `build: ./api` or `build: { context, dockerfile }`,
 * relative to the compose file. Undefined when it leaves the repository.
 */
function buildTarget(build: Node | undefined, composePath: string, doc: Document): { folder: string; dockerfile?: string } | undefined {
  const context = (isScalar(build) ? scalarText(build, doc) : scalarText(mapGet(build, 'context', doc), doc)) ?? (isMap(build) ? '.' : undefined);
  if (context === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.includes('${')) return undefined;
  const folder = posix.normalize(posix.join(dirname(composePath) || '.', context));
  if (folder === '..' || folder.startsWith('../') || posix.isAbsolute(folder)) return undefined;
  const root = folder === '.' ? '' : folder;
  const dockerfile = isMap(build) ? scalarText(mapGet(build, 'dockerfile', doc), doc) : undefined;
  return { folder: root, ...(dockerfile && !dockerfile.includes('${') ? { dockerfile: posix.normalize(posix.join(root || '.', dockerfile)) } : {}) };
}

/**
 * True when a service builds from inside `vendor/` or `node_modules/`: a runtime a dependency
 * ships for local development (Laravel Sail's `./vendor/laravel/sail/runtimes/8.4`), which no
 * production deployment builds from. The whole file is then that development stack.
 */
function buildsVendoredRuntime(services: Node | undefined, composePath: string, doc: Document): boolean {
  return mapEntries(services, doc).some(([, service]) => {
    const build = mapGet(service, 'build', doc);
    const folder = build ? buildTarget(build, composePath, doc)?.folder : undefined;
    return folder !== undefined && folder.split('/').some((segment) => segment === 'vendor' || segment === 'node_modules');
  });
}

/** A header comment that rules production out (the comment is one string, read by the YAML parser). */
const DEV_ONLY_HEADER = /\b(?:only (?:used |meant |intended )?for (?:debug(?:ging)?|development|local(?: development)?|testing|tests)|not (?:intended |meant |suitable )?for production|(?:development|dev|debug) only|for local development)\b/i;

/** Compose files: the images each service runs, the environment it is given, and what it builds. */

export const dockerCompose: Extractor = {
  id: 'compose',
  claimsName: isComposeFile,
  matches: isComposeFile,
  extract({ path, text, warn }) {
    const { docs, lineOf } = parseYaml(text, warn);
    const doc = docs[0];
    if (!doc) return [];
    if (doc.contents !== null && !isMap(doc.contents)) {
      warn('a compose file is a YAML mapping', lineOf(doc.contents));
      return [];
    }
    // The file's own header may say what it is for: "# ONLY FOR DEBUGGING. NOT FOR PRODUCTION USE."
    // The parser keeps it on the document, or on the first key when no blank line follows it.
    const firstKey = isMap(doc.contents) ? (doc.contents.items[0]?.key as { commentBefore?: string | null } | undefined) : undefined;
    const header = `${doc.commentBefore ?? ''}\n${doc.contents?.commentBefore ?? ''}\n${firstKey?.commentBefore ?? ''}`;
    const fileIsDev = isDevComposeFile(path) || DEV_ONLY_HEADER.test(header) || buildsVendoredRuntime(mapGet(doc.contents, 'services', doc), path, doc);
    const signals: Signal[] = [];
    const dependents = dependentsOf(mapGet(doc.contents, 'services', doc), doc);
    // Services this repository builds are the deployment's own components: a URL to one is no upstream service.
    const ownHosts = new Set(mapEntries(mapGet(doc.contents, 'services', doc), doc).filter(([, service]) => mapGet(service, 'build', doc) !== undefined).map(([name]) => name.toLowerCase()));
    for (const [serviceName, service, keyNode] of mapEntries(mapGet(doc.contents, 'services', doc), doc)) {
      const imageNode = mapGet(service, 'image', doc);
      const image = parseImageRef(scalarText(imageNode, doc) ?? '');
      const environment = mapGet(service, 'environment', doc);
      // A comment right above the service can rule it out ("# minio is only used for local development").
      const comment = (keyNode as { commentBefore?: string | null }).commentBefore ?? '';
      const serviceIsDev =
        fileIsDev || hasDevProfile(service, doc) || (image !== undefined && isDevHelperImage(image.repository)) || DEV_ONLY_HEADER.test(comment) || runsInDevelopment(environment, doc);
      const scope = serviceIsDev ? 'dev' : 'prod';
      const optional = optionalProfile(service, doc);
      const build = mapGet(service, 'build', doc);
      const target = build ? buildTarget(build, path, doc) : undefined;
      if (target) {
        signals.push({
          kind: 'deploy',
          name: target.folder,
          path,
          line: lineOf(build),
          source: 'compose',
          detail: `service "${serviceName}" builds ${target.dockerfile ?? (target.folder || '.')}`,
          ...(target.dockerfile ? { refs: [target.dockerfile] } : {}),
          scope,
        });
      }
      if (image) {
        signals.push({
          kind: 'image',
          name: image.repository,
          path,
          line: lineOf(imageNode),
          source: 'compose',
          detail: `service "${serviceName}" image ${image.repository}${image.tag ? `:${image.tag}` : ''}`,
          ...(image.tag ? { version: image.tag } : {}),
          scope,
          ...(optional ? { optional } : {}),
          facts: serviceFacts(serviceName, image.repository, service, doc, dependents.get(serviceName)),
        });
      }
      const envSignals = environmentSignals(environment, doc, lineOf, { path, serviceName, scope, ownHosts });
      signals.push(...(optional ? envSignals.map((signal) => ({ ...signal, optional })) : envSignals));
    }
    return signals;
  },
};

/** `environment:` as a map (`KEY: value`) or a list (`- KEY=value`, `- KEY`). */
function environmentSignals(
  node: Node | undefined,
  doc: Document,
  lineOf: (node: Node | null | undefined) => number,
  site: { path: string; serviceName: string; scope: 'prod' | 'dev'; ownHosts: ReadonlySet<string> },
): Signal[] {
  const context = `service "${site.serviceName}" environment`;
  const signals: Signal[] = [];
  const add = (name: string, value: string | undefined, at: Node | undefined): void => {
    if (!/^[A-Za-z_][\w.-]*$/.test(name)) return;
    for (const signal of variableSignals(name, value, { path: site.path, line: lineOf(at), source: 'compose', context, scope: site.scope, ownHosts: site.ownHosts })) {
      signals.push({ ...signal, facts: { service: site.serviceName, variable: name } });
    }
  };
  if (isMap(node)) {
    for (const [name, value, keyNode] of mapEntries(node, doc)) add(name, scalarText(value, doc), keyNode);
  } else if (isSeq(node)) {
    for (const item of seqItems(node, doc)) {
      const entry = scalarText(item, doc);
      if (entry === undefined) continue;
      const eq = entry.indexOf('=');
      add(eq === -1 ? entry.trim() : entry.slice(0, eq).trim(), eq === -1 ? undefined : entry.slice(eq + 1), item);
    }
  }
  return signals;
}

/**
 * Settings of official images that name a database, a user or the node's mode: the stubs use
 * them in commands run inside the container. Never a password: only these names are read.
 */
const NON_SECRET_SETTINGS = new Set([
  'POSTGRES_USER', 'POSTGRES_DB', 'MYSQL_DATABASE', 'MYSQL_USER', 'MARIADB_DATABASE', 'MARIADB_USER',
  'MONGO_INITDB_DATABASE', 'MONGO_INITDB_ROOT_USERNAME', 'RABBITMQ_DEFAULT_VHOST', 'discovery.type', 'cluster.name',
  'KAFKA_CFG_PROCESS_ROLES', 'KAFKA_PROCESS_ROLES', 'CASSANDRA_CLUSTER_NAME',
]);

/** The compose service as the stubs name it, with its environment's names and its non-secret settings. */
function serviceFacts(serviceName: string, repository: string, service: Node | undefined, doc: Document, dependents: string[] | undefined): Facts {
  const facts: Facts = { service: serviceName, image: repository };
  const containerName = scalarText(mapGet(service, 'container_name', doc), doc);
  if (containerName) facts.container_name = containerName;
  const env = mapGet(service, 'environment', doc);
  const names: string[] = [];
  const note = (name: string, value: string | undefined): void => {
    names.push(name);
    // `${POSTGRES_USER}` comes from the shell or .env at run time: only a literal is a fact.
    if (value !== undefined && NON_SECRET_SETTINGS.has(name) && !value.includes('$') && value.trim()) facts[`env.${name}`] = value.trim();
  };
  if (isMap(env)) for (const [name, value] of mapEntries(env, doc)) note(name, scalarText(value, doc));
  else if (isSeq(env)) {
    for (const item of seqItems(env, doc)) {
      const entry = scalarText(item, doc) ?? '';
      const eq = entry.indexOf('=');
      note((eq === -1 ? entry : entry.slice(0, eq)).trim(), eq === -1 ? undefined : entry.slice(eq + 1));
    }
  }
  if (names.length) facts.environment = names.join(',');
  const volumes = seqItems(mapGet(service, 'volumes', doc), doc)
    .map((v) => scalarText(v, doc) ?? scalarText(mapGet(v, 'source', doc), doc))
    .filter((v): v is string => !!v);
  if (volumes.length) facts.volumes = volumes.map((v) => v.split(':')[0]).join(',');
  const ports = seqItems(mapGet(service, 'ports', doc), doc);
  facts.published = ports.some((p) => (scalarText(p, doc) ?? '').includes(':') || mapGet(p, 'published', doc) !== undefined) ? 'yes' : 'no';
  const command = scalarText(mapGet(service, 'command', doc), doc) ?? seqItems(mapGet(service, 'command', doc), doc).map((c) => scalarText(c, doc) ?? '').join(' ');
  if (command && command.length <= 200 && !/pass|secret|token/i.test(command)) facts.command = command;
  if (dependents?.length) facts.dependents = dependents.join(',');
  return facts;
}

/** Service -> the services that list it under `depends_on` (a list or a map). */
function dependentsOf(services: Node | undefined, doc: Document): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, service] of mapEntries(services, doc)) {
    const dependsOn = mapGet(service, 'depends_on', doc);
    const targets = isSeq(dependsOn) ? seqItems(dependsOn, doc).map((d) => scalarText(d, doc) ?? '') : mapEntries(dependsOn, doc).map(([key]) => key);
    for (const target of targets.filter(Boolean)) out.set(target, [...(out.get(target) ?? []), name]);
  }
  return out;
}
