import { isMap, type Document, type Node } from 'yaml';
import { stripTrailing } from '../../util/text-scan.js';
import type { Extractor, Signal } from '../types.js';
import { basename } from './paths.js';
import { envSignals, platformSignal, platformSite, type PlatformSite } from './platform-config.js';
import { mapGet, parseYaml, scalarText, seqItems } from './yaml-nodes.js';

/** Render service types that are a Redis-compatible Key Value instance (`redis` is the older name). */
const KEY_VALUE_TYPES = new Set(['redis', 'keyvalue']);

type LineOf = (node: Node | null | undefined) => number;

/**
 * `render.yaml`, a Render Blueprint: the app runs on Render; each `databases:` entry is a Render
 * Postgres (`render-postgres`), each `redis`/`keyvalue` service a Render Key Value
 * (`render-redis`). `envVars` keys of services and `envVarGroups` are read by name; entries
 * that point at another resource (`fromDatabase`, `fromService`) add nothing the resource
 * itself did not already prove.
 */
export const renderYaml: Extractor = {
  id: 'render',
  claimsName: (name) => name === 'render.yaml',
  matches: (path) => basename(path) === 'render.yaml',
  extract({ path, text, warn }) {
    const { docs, lineOf } = parseYaml(text, warn);
    const doc = docs[0];
    if (!doc || doc.contents === null) return [];
    if (!isMap(doc.contents)) {
      warn('a Render Blueprint is a YAML mapping', lineOf(doc.contents));
      return [];
    }
    const site = platformSite(path, 'render');
    const signals: Signal[] = [platformSignal(site, 'render', lineOf(doc.contents), 'Render Blueprint', deploysFacts(doc))];
    for (const database of seqItems(mapGet(doc.contents, 'databases', doc), doc)) {
      const name = scalarText(mapGet(database, 'name', doc), doc) ?? '?';
      const version = scalarText(mapGet(database, 'postgresMajorVersion', doc), doc);
      signals.push(platformSignal(site, 'render-postgres', lineOf(database), `database "${name}"`, version ? { version } : {}));
    }
    for (const service of seqItems(mapGet(doc.contents, 'services', doc), doc)) {
      const name = scalarText(mapGet(service, 'name', doc), doc) ?? '?';
      const type = scalarText(mapGet(service, 'type', doc), doc) ?? '';
      if (KEY_VALUE_TYPES.has(type)) signals.push(platformSignal(site, 'render-redis', lineOf(service), `${type} service "${name}"`));
      signals.push(...envVarSignals(mapGet(service, 'envVars', doc), doc, lineOf, site, `service "${name}" envVars`));
    }
    for (const group of seqItems(mapGet(doc.contents, 'envVarGroups', doc), doc)) {
      const name = scalarText(mapGet(group, 'name', doc), doc) ?? '?';
      signals.push(...envVarSignals(mapGet(group, 'envVars', doc), doc, lineOf, site, `envVarGroup "${name}" envVars`));
    }
    return signals;
  },
};

/**
 * The folders the Blueprint's services build (`rootDir`), when every service names one: what
 * this config deploys, to tell it from another platform's config that deploys another folder
 * (a render.yaml for backend/ beside a vercel.json for frontend/ is no choice between hosts).
 */
function deploysFacts(doc: Document): Partial<Signal> {
  const folders = new Set<string>();
  const services = seqItems(mapGet(doc.contents, 'services', doc), doc);
  for (const service of services) {
    const rootDir = scalarText(mapGet(service, 'rootDir', doc), doc);
    const folder = rootDir === undefined ? undefined : stripTrailing(rootDir.startsWith('./') ? rootDir.slice(2) : rootDir, '/');
    if (!folder || folder === '.') return {};
    folders.add(folder);
  }
  return folders.size > 0 ? { facts: { deploys: [...folders].sort().join(',') } } : {};
}

/** `envVars: [{ key, value | generateValue | sync | fromDatabase | fromService | fromGroup }]`. */
function envVarSignals(list: Node | undefined, doc: Document, lineOf: LineOf, site: PlatformSite, context: string): Signal[] {
  const signals: Signal[] = [];
  for (const entry of seqItems(list, doc)) {
    const keyNode = mapGet(entry, 'key', doc);
    const key = scalarText(keyNode, doc);
    if (!key) continue;
    signals.push(...envSignals(site, key, scalarText(mapGet(entry, 'value', doc), doc), lineOf(keyNode), context));
  }
  return signals;
}
