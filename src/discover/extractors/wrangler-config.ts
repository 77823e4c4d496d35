import { getNodeValue, type Node } from 'jsonc-parser';
import { property } from '../../util/json.js';
import type { Extractor, Signal } from '../types.js';
import { hasDevToken } from './dev-scope.js';
import { basename, dirname } from './paths.js';
import { envSignals, parseJsonConfig, platformSignal, platformSite } from './platform-config.js';
import { parseTomlWithLines, tableGet, tableKeys } from './toml-lines.js';

/**
 * Cloudflare Workers' `wrangler.toml`, `wrangler.json` and `wrangler.jsonc`: the Worker (a
 * platform, and a deploy of the folder it sits in) and the storage its bindings attach: D1
 * databases (`d1_databases`), KV namespaces (`kv_namespaces`) and R2 buckets (`r2_buckets`),
 * at the top level and under each `[env.<name>]`. An environment named like a development or
 * test one (`env.staging`, `env.dev`) gives dev-only signals. `[vars]` are settings, read by name.
 * Other bindings (Workers AI, Vectorize, queues, Durable Objects) are left to rules that want them.
 */

const BINDINGS: Array<{ key: string; service: string; label: (entry: unknown) => string | undefined }> = [
  { key: 'd1_databases', service: 'cloudflare-d1', label: (e) => str(tableGet(e, 'database_name')) ?? str(tableGet(e, 'binding')) },
  { key: 'kv_namespaces', service: 'cloudflare-kv', label: (e) => str(tableGet(e, 'binding')) },
  { key: 'r2_buckets', service: 'cloudflare-r2', label: (e) => str(tableGet(e, 'bucket_name')) ?? str(tableGet(e, 'binding')) },
];

const NOUN: Record<string, string> = { 'cloudflare-d1': 'D1 database', 'cloudflare-kv': 'KV namespace', 'cloudflare-r2': 'R2 bucket' };

const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

const FILE_NAMES = new Set(['wrangler.toml', 'wrangler.json', 'wrangler.jsonc']);

export const wranglerConfig: Extractor = {
  id: 'wrangler',
  claimsName: (name) => FILE_NAMES.has(name),
  matches: (path) => FILE_NAMES.has(basename(path)),
  extract({ path, text, warn }) {
    const config = readConfig(path, text, warn);
    if (!config) return [];
    const site = platformSite(path, 'wrangler');
    const workerName = str(tableGet(config.data, 'name'));
    const signals: Signal[] = [
      platformSignal(site, 'cloudflare-workers', config.lineOf(['name']), workerName ? `Cloudflare Worker "${workerName}"` : 'Cloudflare Worker config'),
      { kind: 'deploy', name: dirname(path), path, line: config.lineOf(['name']), source: 'wrangler', detail: 'wrangler deploys this folder as a Worker', scope: site.scope },
    ];
    const scopes: Array<{ keys: string[]; scope: 'prod' | 'dev' }> = [{ keys: [], scope: site.scope }];
    for (const env of tableKeys(tableGet(config.data, 'env'))) scopes.push({ keys: ['env', env], scope: hasDevToken(env) || /^(?:staging|stage|preview)$/i.test(env) ? 'dev' : site.scope });
    for (const { keys, scope } of scopes) {
      let table: unknown = config.data;
      for (const key of keys) table = tableGet(table, key);
      for (const binding of BINDINGS) {
        const entries = tableGet(table, binding.key);
        if (!Array.isArray(entries)) continue;
        entries.forEach((entry, index) => {
          const label = binding.label(entry);
          const line = config.lineOf([...keys, binding.key], index);
          signals.push(platformSignal({ ...site, scope }, binding.service, line, `${keys.length ? `[${keys.join('.')}] ` : ''}${NOUN[binding.service]}${label ? ` "${label}"` : ''} bound to the Worker`, { scope }));
        });
      }
      const vars = tableGet(table, 'vars');
      for (const name of tableKeys(vars)) signals.push(...envSignals({ ...site, scope }, name, tableGet(vars, name), config.lineOf([...keys, 'vars', name]), `${keys.length ? `${keys.join('.')}.` : ''}vars`, scope));
    }
    return signals;
  },
};

interface ReadConfig {
  data: unknown;
  /** line of a key path; `index` picks one entry of an array of tables */
  lineOf(keys: string[], index?: number): number;
}

function readConfig(path: string, text: string, warn: (message: string, line?: number) => void): ReadConfig | undefined {
  if (path.endsWith('.toml')) {
    const toml = parseTomlWithLines(text, warn);
    return toml && { data: toml.data, lineOf: (keys) => toml.lineOf(keys) };
  }
  const json = parseJsonConfig(text, basename(path), warn);
  if (!json) return undefined;
  const nodeAt = (keys: string[], index?: number): Node | undefined => {
    let node: Node | undefined = json.root;
    for (const key of keys) node = property(node, key);
    return index !== undefined && node?.type === 'array' ? (node.children?.[index] ?? node) : node;
  };
  return { data: getNodeValue(json.root), lineOf: (keys, index) => {
    const node = nodeAt(keys, index);
    return node ? json.lineOf(node) : json.firstKeyLine;
  } };
}
