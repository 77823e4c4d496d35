import { isIPv4 } from 'node:net';
import type { Catalog } from '../../catalog/load.js';
import { codeTexts } from '../document.js';
import type { LintRule, RuleHit } from '../rule.js';
import { isPlaceholder } from './placeholders.js';
import { urlsIn } from './urls.js';

/**
 * Dotted quads cut out of text; `isIPv4` decides. Not after a letter, digit, dot or `v`
 * (versions such as v1.2.3.4), not part of a longer dotted number, and not followed by a
 * CIDR suffix (a network, not a host). A full stop that ends the sentence is not part of it.
 */
const IPV4_CANDIDATE = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\w|\/\d)/g;

/**
 * Addresses that are not anyone's server: loopback, any, broadcast, link-local metadata,
 * documentation ranges, and the public DNS resolvers a runbook queries (`dig @8.8.8.8`).
 */
function isHarmlessAddress(ip: string): boolean {
  return /^(?:127\.|0\.0\.0\.0$|255\.255\.255\.255$|169\.254\.|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|(?:8\.8\.8\.8|8\.8\.4\.4|1\.1\.1\.1|1\.0\.0\.1|9\.9\.9\.9|208\.67\.222\.222|208\.67\.220\.220)$)/.test(ip);
}

/** A label that stands for one: `xxxxx`, `your-domain`, `my-cluster`. */
const PLACEHOLDER_LABEL = /^(?:x{3,}|your[-_].*|my[-_].*|placeholder|changeme|domain|company)$/i;

/**
 * A host name that belongs in an environment variable: a fully qualified name. Single-label
 * names (`redis`, `postgres-0`) are compose/Kubernetes service names, part of today's
 * architecture; cluster-local and reserved example domains are not anyone's server either.
 */
export function isHardcodedHostName(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (!h || isPlaceholder(h) || !h.includes('.') || isIPv4(h) || h.split('.').some((label) => PLACEHOLDER_LABEL.test(label))) return false;
  if (/(?:^|\.)(?:localhost|local|svc|cluster\.local|test|example|invalid|docker\.internal)$/.test(h)) return false;
  return !/(?:^|\.)example\.(?:com|org|net)$/.test(h);
}

/**
 * A server's name written out in prose or a command: three or more labels whose first one
 * says what the machine is (`db1.prod.acme.io`, `prod-db.cluster-x.rds.amazonaws.com`,
 * `redis-primary.internal.acme.com`), or any name with a port (`proxy.rlwy.net:29274`).
 * Vendors' public names (`status.stripe.com`, `api.github.com`) do not start with such a
 * word, two labels (`redis.io`) are a site, and links (http/https) and e-mail addresses
 * are not looked at.
 */
const HOSTNAME_CANDIDATE = /(?<![\w.@/:$-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.){2,}[a-z]{2,})(?![\w-]|\.\w|\s*\()/gi;
const SERVER_WORDS = new Set(['db', 'database', 'pg', 'postgres', 'postgresql', 'psql', 'mysql', 'mariadb', 'redis', 'valkey', 'cache', 'memcache', 'memcached', 'mongo', 'mongodb', 'primary', 'replica', 'master', 'slave', 'standby', 'bastion', 'jump', 'jumpbox', 'jumphost', 'node', 'srv', 'server', 'host', 'cluster', 'prod', 'production', 'staging', 'stg', 'internal', 'rds', 'aurora', 'elastic', 'elasticsearch', 'es', 'kafka', 'broker', 'rabbit', 'rabbitmq', 'mq', 'queue', 'worker', 'vm', 'ec2', 'sql', 'writer', 'reader', 'backup', 'nfs']);
/** Last labels that are file extensions, not top-level domains (`db.dump.gz`, `redis.conf.bak`). */
const FILE_EXTENSION_TLD = /^(?:sql|gz|tgz|tar|zip|bz2|xz|yml|yaml|json|conf|cfg|log|txt|md|sh|py|rb|js|ts|env|bak|dump|rdb|aof|tf|tfvars|tfstate|pem|key|crt|csv|xml|ini|toml|lock|service|html|pid|sock|old|tmp)$/i;

export function serverHostNamesIn(line: string): string[] {
  const text = line.replace(/\bhttps?:\/\/\S+/gi, ' ');
  const out: string[] = [];
  for (const m of text.matchAll(HOSTNAME_CANDIDATE)) {
    const host = m[1]!;
    const labels = host.split('.');
    // `db.orders.countDocuments()` is code: a method call, camelCase.
    if (FILE_EXTENSION_TLD.test(labels[labels.length - 1]!) || /[a-z][A-Z]/.test(host) || !isHardcodedHostName(host)) continue;
    // A port after the name says it is a server whatever its first word: `proxy.rlwy.net:29274`.
    const withPort = /^:\d{2,5}\b/.test(text.slice(m.index! + host.length));
    if (withPort || labels[0]!.toLowerCase().split(/[-\d]+/).some((word) => SERVER_WORDS.has(word))) out.push(host);
  }
  return out;
}

/** Object-store URLs name a bucket after the scheme (`gs://acme.backups.prod/x`), not a host. */
const BUCKET_SCHEMES = new Set(['s3', 's3a', 's3n', 'gs', 'gcs', 'az', 'azure', 'wasb', 'wasbs', 'abfs', 'abfss', 'r2', 'oss', 'cos', 'b2', 'swift']);

/** Connection URL schemes the catalog knows (postgres, redis, amqp...), bare (postgresql+psycopg → postgresql). */
function connectionSchemes(catalog: Catalog): Set<string> {
  const schemes = new Set<string>(['jdbc']);
  for (const rule of catalog.rules) for (const p of rule.signals.urlSchemes ?? []) schemes.add(p.name.split('+')[0]!.toLowerCase());
  for (const bucket of BUCKET_SCHEMES) schemes.delete(bucket);
  return schemes;
}

/** Database and cache clients whose `-h` means host (elsewhere `-h` is often help or human-readable). */
const HOST_FLAG_CLIENTS = /\b(?:psql|pg_dump|pg_dumpall|pg_restore|pg_basebackup|pg_isready|mysql|mysqldump|mysqladmin|mariadb|redis-cli|valkey-cli|mongo|mongosh|mongodump|mongorestore|clickhouse-client|cqlsh)\b/;
/** `-h host`, `-hhost`, `--host host`, `--host=host`: the value after the flag. */
const HOST_FLAG = /(?:^|\s)(?:--host(?:=|\s+)|-h\s*)(["']?)([^\s"';|&)]+)\1/g;
/** `ssh ops@bastion.acme.io`, `scp f deploy@host:`, `rsync -a x user@host:/srv`: the host after the `@`. */
const REMOTE_LOGIN = /\b(?:ssh|scp|sftp|rsync|mosh)\b[^|;&]*?\s(?:[\w.-]+@)([A-Za-z0-9.-]+)(?=[\s:"']|$)/g;
/**
 * REMOTE_LOGIN's lazy `[^|;&]*?` rescans the command from every `ssh` word (quadratic on
 * `ssh-ssh-ssh…`), so it reads only code lines up to this length: no remote login is written
 * on one line this long, and 4,000 characters cost it a few milliseconds at worst.
 */
export const MAX_REMOTE_LOGIN_LINE = 4_000;
/** libpq keyword strings: `psql "host=db.acme.io port=5432 dbname=app"`. */
const LIBPQ_HOST = /(?:^|["'\s])host=([^\s"';|&)]+)/g;
const LIBPQ_OTHER_KEYWORD = /(?:^|["'\s])(?:port|dbname|user|sslmode)=/;

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
      // One mention per host and line: "host x in a postgres:// URL" already says "host x".
      const host = what.split(' ')[1]!;
      if ([...set].some((w) => w.split(' ')[1] === host)) return;
      set.add(what);
      found.set(line, set);
    };
    doc.lines.forEach((text, index) => {
      for (const m of text.matchAll(IPV4_CANDIDATE)) if (isIPv4(m[0]) && !isHarmlessAddress(m[0])) add(index + 1, `IP address ${m[0]}`);
      for (const host of serverHostNamesIn(text)) add(index + 1, `host ${host}`);
      for (const url of urlsIn(text)) {
        const scheme = url.protocol.replace(/:$/, '').split('+')[0]!.toLowerCase();
        if (schemes.has(scheme) && isHardcodedHostName(url.hostname)) add(index + 1, `host ${url.hostname} in a ${scheme}:// URL`);
      }
    });
    for (const code of codeTexts(doc)) {
      if (code.text.length <= MAX_REMOTE_LOGIN_LINE) for (const m of code.text.matchAll(REMOTE_LOGIN)) if (isHardcodedHostName(m[1]!)) add(code.line, `host ${m[1]}`);
      if (LIBPQ_OTHER_KEYWORD.test(code.text)) for (const m of code.text.matchAll(LIBPQ_HOST)) if (isHardcodedHostName(m[1]!)) add(code.line, `host ${m[1]}`);
      if (!HOST_FLAG_CLIENTS.test(code.text)) continue;
      for (const m of code.text.matchAll(HOST_FLAG)) if (isHardcodedHostName(m[2]!)) add(code.line, `host ${m[2]}`);
    }
    return [...found]
      .sort(([a], [b]) => a - b)
      .map(([line, what]): RuleHit => ({ line, message: `Hard-coded ${[...what].join(', ')}.` }));
  },
};
