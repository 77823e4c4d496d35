import { isIPv4 } from 'node:net';
import type { Catalog } from '../../catalog/load.js';
import { codeTexts } from '../document.js';
import type { LintRule, RuleHit } from '../rule.js';
import { isPlaceholder } from './placeholders.js';
import { urlsIn } from './urls.js';

/**
 * Dotted quads cut out of text; `isIPv4` decides. Not after a letter, digit, dot or `v`
 * (versions such as v1.2.3.4) and not followed by a CIDR suffix (a network, not a host).
 */
const IPV4_CANDIDATE = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.]|\/\d)/g;

/** Addresses that are not anyone's server: loopback, any, broadcast, link-local metadata, documentation ranges. */
function isHarmlessAddress(ip: string): boolean {
  return /^(?:127\.|0\.0\.0\.0$|255\.255\.255\.255$|169\.254\.|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.)/.test(ip);
}

/**
 * A host name that belongs in an environment variable: a fully qualified name. Single-label
 * names (`redis`, `postgres-0`) are compose/Kubernetes service names, part of today's
 * architecture; cluster-local and reserved example domains are not anyone's server either.
 */
export function isHardcodedHostName(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (!h || isPlaceholder(h) || !h.includes('.') || isIPv4(h)) return false;
  if (/(?:^|\.)(?:localhost|local|svc|cluster\.local|test|example|invalid)$/.test(h)) return false;
  return !/(?:^|\.)example\.(?:com|org|net)$/.test(h);
}

/** Connection URL schemes the catalog knows (postgres, redis, amqp...), bare (postgresql+psycopg → postgresql). */
function connectionSchemes(catalog: Catalog): Set<string> {
  const schemes = new Set<string>(['jdbc']);
  for (const rule of catalog.rules) for (const p of rule.signals.urlSchemes ?? []) schemes.add(p.name.split('+')[0]!.toLowerCase());
  return schemes;
}

/** Database and cache clients whose `-h` means host (elsewhere `-h` is often help or human-readable). */
const HOST_FLAG_CLIENTS = /\b(?:psql|pg_dump|pg_dumpall|pg_restore|pg_basebackup|pg_isready|mysql|mysqldump|mysqladmin|mariadb|redis-cli|valkey-cli|mongo|mongosh|mongodump|mongorestore|clickhouse-client|cqlsh)\b/;
/** `-h host`, `-hhost`, `--host host`, `--host=host`: the value after the flag. */
const HOST_FLAG = /(?:^|\s)(?:--host(?:=|\s+)|-h\s*)(["']?)([^\s"';|&)]+)\1/g;

export const hardcodedHost: LintRule = {
  id: 'hardcoded-host',
  severity: 'warning',
  description: 'An IP address or server host name written where an environment variable or the vault belongs.',
  hint: 'Use the variable the app reads (`$DATABASE_URL`, `$REDIS_HOST`) or say where the endpoint is kept; hosts change during a recovery.',
  run(doc, context) {
    const schemes = connectionSchemes(context.catalog);
    const found = new Map<number, Set<string>>();
    const add = (line: number, what: string): void => {
      const set = found.get(line) ?? new Set<string>();
      set.add(what);
      found.set(line, set);
    };
    doc.lines.forEach((text, index) => {
      for (const m of text.matchAll(IPV4_CANDIDATE)) if (isIPv4(m[0]) && !isHarmlessAddress(m[0])) add(index + 1, `IP address ${m[0]}`);
      for (const url of urlsIn(text)) {
        const scheme = url.protocol.replace(/:$/, '').split('+')[0]!.toLowerCase();
        if (schemes.has(scheme) && isHardcodedHostName(url.hostname)) add(index + 1, `host ${url.hostname} in a ${scheme}:// URL`);
      }
    });
    for (const code of codeTexts(doc)) {
      if (!HOST_FLAG_CLIENTS.test(code.text)) continue;
      for (const m of code.text.matchAll(HOST_FLAG)) if (isHardcodedHostName(m[2]!)) add(code.line, `host ${m[2]}`);
    }
    return [...found]
      .sort(([a], [b]) => a - b)
      .map(([line, what]): RuleHit => ({ line, message: `Hard-coded ${[...what].join(', ')}.` }));
  },
};
