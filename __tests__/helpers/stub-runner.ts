import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from './repo.js';
import type { StubCommand } from './stub-commands.js';

/**
 * Runs every command of a drafted stub with the real tools, on the deployment its variant
 * repository shows: PostgreSQL 15, redis-server and MariaDB started here on 127.0.0.1 (as an
 * unprivileged user, in temp dirs), the aws CLI against a dead endpoint, kubectl against a dead
 * API server, gcloud with no credentials, curl through a dead proxy; compose and the tools Debian
 * does not package are checked against their documented syntax (scripts/stub-shim.mjs).
 */

export interface CommandResult {
  variant: string;
  step: number;
  run: string;
  ok: boolean;
  /** how it was checked: real (ran against a server here), dead-endpoint, documented, skipped */
  how: string;
  detail: string;
  ms: number;
}

const which = (tool: string): string | undefined => {
  const r = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** An unprivileged user to run the servers as when the tests run as root (initdb and mariadbd refuse root). */
function serverUser(name: string): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const candidate of [name, 'nobody']) {
    const uid = spawnSync('id', ['-u', candidate], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', candidate], { encoding: 'utf8' });
    if (uid.status === 0 && gid.status === 0) return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
  }
  return undefined;
}

function ownTree(dir: string, user: { uid: number; gid: number } | undefined): void {
  if (!user) return;
  spawnSync('chown', ['-R', `${user.uid}:${user.gid}`, dir]);
}

function pgBin(tool: string): string {
  for (const dir of ['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin']) if (existsSync(path.join(dir, tool))) return path.join(dir, tool);
  return which(tool) ?? tool;
}

function sh(program: string, args: string[], options: { env?: NodeJS.ProcessEnv; user?: { uid: number; gid: number }; input?: string } = {}): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(program, args, { encoding: 'utf8', env: { ...process.env, ...options.env }, ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}), ...(options.input !== undefined ? { input: options.input } : {}), timeout: 120_000 });
  return { status: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

async function waitFor(check: () => boolean, what: string, seconds = 30): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start`);
}

export interface Servers {
  pg?: { port: number; socketDir: string; url: (db: string, user?: string) => string };
  redis?: { port: number };
  mysql?: { socket: string; defaultsFile: string };
  stop(): void;
  /** tools that could not be started or found, for the report */
  missing: string[];
}

const SEED_SQL = 'CREATE TABLE orders (id serial PRIMARY KEY, total int NOT NULL, created_at timestamptz NOT NULL DEFAULT now()); INSERT INTO orders (total) SELECT g FROM generate_series(1, 250) g;';
const SEED_MYSQL = 'CREATE TABLE orders (id int AUTO_INCREMENT PRIMARY KEY, total int NOT NULL); INSERT INTO orders (total) VALUES (1),(2),(3),(4),(5);';

export async function startServers(base: string): Promise<Servers> {
  const children: ChildProcess[] = [];
  const stops: Array<() => void> = [];
  const missing: string[] = [];
  const servers: Servers = { missing, stop: () => { for (const s of stops.splice(0)) s(); for (const c of children) c.kill('SIGKILL'); } };
  // PostgreSQL: initdb + pg_ctl, trust auth on a private socket and 127.0.0.1.
  if (existsSync(pgBin('initdb'))) {
    const user = serverUser('postgres');
    const home = path.join(base, 'pg');
    const dir = path.join(home, 'data');
    const socketDir = path.join(home, 'socket');
    mkdirSync(dir, { recursive: true });
    mkdirSync(socketDir, { recursive: true });
    ownTree(home, user);
    const port = await freePort();
    const init = sh(pgBin('initdb'), ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], { ...(user ? { user } : {}) });
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
    const start = sh(pgBin('pg_ctl'), ['-D', dir, '-l', path.join(home, 'server.log'), '-w', '-o', `-k ${socketDir} -p ${port} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start'], { ...(user ? { user } : {}) });
    if (start.status !== 0) throw new Error(`pg_ctl start failed: ${start.stderr}`);
    stops.push(() => sh(pgBin('pg_ctl'), ['-D', dir, '-m', 'immediate', 'stop'], { ...(user ? { user } : {}) }));
    servers.pg = { port, socketDir, url: (db, u = 'postgres') => `postgresql://${u}@127.0.0.1:${port}/${db}` };
  } else missing.push('PostgreSQL (initdb)');
  // Redis: a foreground redis-server on a free port, nothing persisted outside the temp dir.
  const redisServer = which('redis-server');
  if (redisServer) {
    const port = await freePort();
    const dir = path.join(base, 'redis');
    mkdirSync(dir, { recursive: true });
    children.push(spawn(redisServer, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' }));
    await waitFor(() => sh('redis-cli', ['-p', String(port), 'ping']).stdout.includes('PONG'), 'redis-server');
    servers.redis = { port };
  } else missing.push('redis-server');
  // MariaDB: mariadb-install-db + mariadbd on a private socket and port; root gets a password.
  const mariadbd = which('mariadbd') ?? (existsSync('/usr/sbin/mariadbd') ? '/usr/sbin/mariadbd' : undefined);
  if (mariadbd && which('mariadb-install-db')) {
    const user = serverUser('mysql');
    const home = path.join(base, 'maria');
    const dir = path.join(home, 'data');
    const socket = path.join(home, 'server.sock');
    mkdirSync(dir, { recursive: true });
    ownTree(home, user);
    const install = sh('mariadb-install-db', [`--datadir=${dir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...(user ? ['--user=mysql'] : [])]);
    if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr}`);
    const port = await freePort();
    children.push(spawn(mariadbd, ['--no-defaults', `--datadir=${dir}`, `--socket=${socket}`, `--port=${port}`, '--bind-address=127.0.0.1', `--pid-file=${path.join(home, 'server.pid')}`, ...(user ? ['--user=mysql'] : [])], { stdio: 'ignore' }));
    await waitFor(() => sh('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', 'ping']).status === 0 || sh('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', '-prootpw', 'ping']).status === 0, 'mariadbd', 60);
    sh('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', "ALTER USER root@localhost IDENTIFIED BY 'rootpw'"]);
    const defaultsFile = path.join(base, 'client.cnf');
    writeFileSync(defaultsFile, `[client]\nuser=root\npassword=rootpw\nsocket=${socket}\n`);
    chmodSync(defaultsFile, 0o600);
    servers.mysql = { socket, defaultsFile };
  } else missing.push('MariaDB (mariadbd)');
  return servers;
}

/** Placeholder values a reader would fill in; anything not listed gets a plain word. */
const PLACEHOLDER_VALUES: Record<string, string> = {
  RESTORE_TIME: '2026-01-31T03:05:00Z', K8S_NAMESPACE: 'default', READER_ID: 'reader-2', REPLICA_NODE_ID: 'sessions-002', NODE_ID: '0001',
  INSTANCE_CLASS: 'db.r6g.large', SNAPSHOT_ARN: 'arn:aws:elasticache:us-east-1:123456789012:serverlesscachesnapshot:s1', OBJECT_KEY: 'uploads/a.png',
  VERSION_ID: '3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY', OBJECT: 'a.png', GENERATION: '1712345678901234', MSK_CLUSTER_ARN: 'arn:aws:kafka:us-east-1:123456789012:cluster/events/abc',
  BROKER_ID: '2', KAFKA_BROKERS: '127.0.0.1:9', OPENSEARCH_URL: 'https://127.0.0.1:9', ELASTICSEARCH_URL: 'http://127.0.0.1:9', AWS_REGION: 'us-east-1', NEON_PROJECT_ID: 'p-1', NEON_BRANCH: 'main',
  ATLAS_PROJECT_ID: '5f0a', ATLAS_CLUSTER: 'prod-cluster', ATLAS_SCRATCH_CLUSTER: 'restore-check', RESTORE_EPOCH: '1769828700', STRIPE_EVENT_ID: 'evt_1', PAYMENT_INTENT_ID: 'pi_1',
  IDEMPOTENCY_KEY: 'order-42-attempt-1', SUBNET_GROUP: 'default-vpc', SECURITY_GROUP_ID: 'sg-0123456789abcdef0', PARAMETER_GROUP: 'default.postgres15', DB_INSTANCE_ID: 'orders-db',
  DB_CLUSTER_ID: 'orders', REPLICATION_GROUP_ID: 'sessions', CACHE_CLUSTER_ID: 'cache', SERVERLESS_CACHE_NAME: 'cache', SQL_INSTANCE: 'orders-pg', DYNAMODB_TABLE: 'orders',
  S3_BUCKET: 'uploads', GCS_BUCKET: 'media', DOCDB_CLUSTER_ID: 'docs', MSK_CLUSTER_NAME: 'events', OPENSEARCH_DOMAIN: 'search', REPLICA_ID: 'docs-2', MEMCACHED_SERVERS: '127.0.0.1:9',
  DOWN_POD: 'member-2',
};

export interface World {
  cwd: string;
  env: Record<string, string>;
  /** the names the runner created on the servers for this stub */
  cleanup(): void;
}

function envTemplateValues(files: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, text] of Object.entries(files)) {
    if (!/\.env\.example$/.test(file)) continue;
    for (const line of text.split('\n')) {
      const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
      if (m && /^(?:POSTGRES_USER|POSTGRES_DB)$/.test(m[1]!)) out[m[1]!] = m[2]!;
    }
  }
  return out;
}

/** Literal names a stub's PostgreSQL commands use (`-U shop`, `-d shop`): the runner creates them as the image would. */
function pgNames(commands: StubCommand[], env: Record<string, string>): { users: Set<string>; dbs: Set<string> } {
  const users = new Set(['app', 'postgres']);
  const dbs = new Set(['app']);
  const resolve = (word: string): string => word.replace(/^"?\$\{?([A-Z_]+)\}?"?$/, (_, v: string) => env[v] ?? v);
  for (const c of commands) {
    for (const m of c.run.matchAll(/-U ("?\$?\{?[\w]+\}?"?)/g)) users.add(resolve(m[1]!));
    for (const m of c.run.matchAll(/-d ("?\$?\{?[\w]+\}?"?)(?=\s|$)/g)) dbs.add(resolve(m[1]!));
    for (const m of c.run.matchAll(/pg_dump -U \S+ -Fc ("?\$?\{?\w+\}?"?)/g)) dbs.add(resolve(m[1]!));
  }
  for (const db of [...dbs]) if (/_restore$|^postgres$|^template[01]$/.test(db)) dbs.delete(db);
  return { users, dbs };
}

function mysqlNames(commands: StubCommand[]): Set<string> {
  const dbs = new Set(['app']);
  for (const c of commands) for (const m of c.run.matchAll(/--single-transaction --routines --triggers ("?\$?\w+"?)/g)) dbs.add(m[1]!.replace(/"/g, ''));
  for (const db of [...dbs]) if (db.startsWith('$')) dbs.delete(db);
  return dbs;
}

export interface Prepared {
  dir: string;
  bin: string;
  shim: string;
  kubeconfig: string;
  gcloudConfig: string;
  backups: { pgCustom?: string; pgPlain?: string; mysql?: string };
  tools: { kubectl?: string; gcloud?: string; aws?: string; curl?: string };
}

/** The shims on PATH, the dead kubeconfig, an empty gcloud configuration and the backup files a restore reads. */
export function prepare(base: string, servers: Servers): Prepared {
  const bin = path.join(base, 'bin');
  mkdirSync(bin, { recursive: true });
  const shim = path.join(REPO_ROOT, 'scripts', 'stub-shim.mjs');
  const shimmed = ['docker', 'kubectl', 'aws', 'gcloud', 'curl', 'mongosh', 'mongodump', 'mongorestore', 'rabbitmqctl', 'rabbitmq-diagnostics', 'rabbitmq-queues', 'nodetool', 'kafka-topics.sh', 'kafka-topics', 'kafka-broker-api-versions.sh', 'kafka-consumer-groups.sh', 'stripe', 'neon', 'atlas'];
  const tools = { kubectl: which('kubectl'), gcloud: which('gcloud'), aws: which('aws'), curl: which('curl') };
  for (const name of shimmed) {
    writeFileSync(path.join(bin, name), `#!/bin/sh\nexec "${process.execPath}" "${shim}" ${name} "$@"\n`);
    chmodSync(path.join(bin, name), 0o755);
  }
  const kubeconfig = path.join(base, 'kubeconfig');
  writeFileSync(kubeconfig, 'apiVersion: v1\nkind: Config\nclusters:\n- name: dead\n  cluster:\n    server: https://127.0.0.1:9\n    insecure-skip-tls-verify: true\nusers:\n- name: verify\n  user:\n    token: x\ncontexts:\n- name: dead\n  context: {cluster: dead, user: verify}\ncurrent-context: dead\n');
  const gcloudConfig = path.join(base, 'gcloud');
  mkdirSync(gcloudConfig, { recursive: true });
  const backups: Prepared['backups'] = {};
  if (servers.pg) {
    const admin = servers.pg.url('postgres');
    sh('psql', [admin, '-q', '-c', 'CREATE DATABASE seed_source']);
    sh('psql', [servers.pg.url('seed_source'), '-q', '-c', SEED_SQL]);
    backups.pgCustom = path.join(base, 'latest.dump');
    backups.pgPlain = path.join(base, 'latest.sql');
    sh('pg_dump', ['-Fc', '-d', servers.pg.url('seed_source'), '-f', backups.pgCustom]);
    sh('pg_dump', ['--no-owner', '-d', servers.pg.url('seed_source'), '-f', backups.pgPlain]);
  }
  if (servers.mysql) {
    sh('mariadb', [`--defaults-extra-file=${servers.mysql.defaultsFile}`, '-e', `CREATE DATABASE seed_source; USE seed_source; ${SEED_MYSQL}`]);
    backups.mysql = path.join(base, 'latest.sql');
    const dump = sh('mariadb-dump', [`--defaults-extra-file=${servers.mysql.defaultsFile}`, 'seed_source']);
    writeFileSync(backups.mysql.replace('latest.sql', 'latest-mysql.sql'), dump.stdout);
    backups.mysql = backups.mysql.replace('latest.sql', 'latest-mysql.sql');
  }
  return { dir: base, bin, shim, kubeconfig, gcloudConfig, backups, tools };
}

function composeServices(files: Record<string, string>): { services: Record<string, string[]>; kinds: Record<string, string> } {
  const services: Record<string, string[]> = {};
  const kinds: Record<string, string> = {};
  for (const [file, text] of Object.entries(files)) {
    if (!/(?:^|\/)(?:docker-)?compose[^/]*\.ya?ml$/.test(file)) continue;
    const doc = parseYaml(text) as { services?: Record<string, { image?: string }> };
    services[file] = Object.keys(doc.services ?? {});
    for (const [name, service] of Object.entries(doc.services ?? {})) {
      const image = service?.image ?? '';
      kinds[name] = /postgres/.test(image) ? 'postgresql' : /mysql|mariadb/.test(image) ? 'mysql' : /redis|valkey/.test(image) ? 'redis' : 'other';
    }
  }
  return { services, kinds };
}

const ENGINE_OF: Record<string, string> = { postgresql: 'postgresql', mysql: 'mysql', mariadb: 'mysql', redis: 'redis' };

/** A fresh world for one stub: its repository's files, the servers' state reset, every variable it reads. */
export function worldFor(variant: { id: string; dep: string; files: Record<string, string> }, commands: StubCommand[], servers: Servers, prepared: Prepared, plain: boolean): World {
  const cwd = mkdtempSync(path.join(prepared.dir, `${variant.id}-`));
  for (const [file, text] of Object.entries(variant.files)) {
    mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
    writeFileSync(path.join(cwd, file), text);
  }
  const { services, kinds } = composeServices(variant.files);
  const engine = ENGINE_OF[variant.dep] ?? 'other';
  const fromTemplates = envTemplateValues(variant.files);
  const env: Record<string, string> = {
    ...Object.fromEntries(Object.entries(PLACEHOLDER_VALUES)),
    ...fromTemplates,
    PATH: `${prepared.bin}:${process.env.PATH}`,
    HOME: cwd,
    KUBECONFIG: prepared.kubeconfig,
    CLOUDSDK_CONFIG: prepared.gcloudConfig, CLOUDSDK_CORE_DISABLE_PROMPTS: '1', CLOUDSDK_CORE_CHECK_GCE_METADATA: 'false', CLOUDSDK_CORE_DISABLE_USAGE_REPORTING: 'true', CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK: 'true', CLOUDSDK_CORE_PROJECT: 'verify-stubs',
    AWS_ACCESS_KEY_ID: 'AKIDVERIFYSTUBS', AWS_SECRET_ACCESS_KEY: 'verify', AWS_DEFAULT_REGION: 'us-east-1', AWS_MAX_ATTEMPTS: '1', AWS_EC2_METADATA_DISABLED: 'true', AWS_PAGER: '',
    VERIFY_COMPOSE_SERVICES: JSON.stringify(services), VERIFY_SERVICE_KIND: JSON.stringify(kinds), VERIFY_POD_KIND: engine,
    VERIFY_KUBECTL: prepared.tools.kubectl ?? '', VERIFY_GCLOUD: prepared.tools.gcloud ?? '', VERIFY_AWS: prepared.tools.aws ?? '', VERIFY_CURL: prepared.tools.curl ?? '/usr/bin/curl',
  };
  const cleanups: Array<() => void> = [() => rmSync(cwd, { recursive: true, force: true })];
  if (servers.pg) {
    env.VERIFY_PG_SOCKET_DIR = servers.pg.socketDir;
    env.VERIFY_PG_PORT = String(servers.pg.port);
  }
  if (servers.redis) env.VERIFY_REDIS_PORT = String(servers.redis.port);
  if (servers.mysql) {
    env.VERIFY_MYSQL_SOCKET = servers.mysql.socket;
    env.MYSQL_DEFAULTS_FILE = servers.mysql.defaultsFile;
    env.RESTORE_DEFAULTS_FILE = servers.mysql.defaultsFile;
    env.MARIADB_ROOT_PASSWORD = 'rootpw';
    env.MYSQL_ROOT_PASSWORD = 'rootpw';
    env.DB_NAME = 'app';
  }
  const urlVars = new Set<string>();
  for (const c of commands) for (const m of c.run.matchAll(/\$\{?([A-Z][A-Z0-9_]*)/g)) urlVars.add(m[1]!);
  if (engine === 'postgresql' && servers.pg) {
    const admin = servers.pg.url('postgres');
    const { users, dbs } = pgNames(commands, env);
    for (const user of users) if (user !== 'postgres') sh('psql', [admin, '-q', '-c', `CREATE ROLE "${user}" SUPERUSER LOGIN`]);
    const created: string[] = [];
    for (const db of dbs) {
      sh('psql', [admin, '-q', '-c', `CREATE DATABASE "${db}" OWNER "${[...users].find((u) => u === db) ?? 'app'}"`]);
      sh('psql', [servers.pg.url(db), '-q', '-c', SEED_SQL]);
      created.push(db, `${db}_restore`, `${db}_before_restore`);
    }
    // A target the stub does not create itself (a restored RDS instance, a clone, a branch) exists already.
    const createsScratch = commands.some((c) => /createdb|CREATE DATABASE/.test(c.run));
    if (!createsScratch) {
      sh('psql', [admin, '-q', '-c', 'CREATE DATABASE app_restore OWNER app']);
      sh('psql', [servers.pg.url('app_restore'), '-q', '-c', SEED_SQL]);
    }
    created.push('app_restore');
    for (const v of urlVars) if (/(?:DATABASE|POSTGRES|PG|DB)_?URL$|_URL$/.test(v) && !/RESTORE/.test(v) && !env[v]) env[v] = servers.pg.url('app', 'app');
    env.RESTORE_DATABASE_URL = servers.pg.url('app_restore', 'app');
    env.RESTORE_DB = 'app_restore';
    env.BACKUP_FILE = (plain ? prepared.backups.pgPlain : prepared.backups.pgCustom) ?? '';
    cleanups.push(() => {
      // Whatever the stub created or renamed goes; `postgres` and the seed stay (dropped names are recreated next time).
      const names = sh('psql', [servers.pg!.url('template1'), '-At', '-c', "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname NOT IN ('postgres', 'seed_source')"]).stdout.split('\n').filter(Boolean);
      for (const db of new Set([...created, ...names])) sh('psql', [servers.pg!.url('template1'), '-q', '-c', `DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`]);
      for (const user of users) if (user !== 'postgres' && user !== 'app') sh('psql', [admin, '-q', '-c', `DROP ROLE IF EXISTS "${user}"`]);
    });
  }
  if (engine === 'mysql' && servers.mysql) {
    const defaults = `--defaults-extra-file=${servers.mysql.defaultsFile}`;
    const dbs = mysqlNames(commands);
    for (const db of dbs) sh('mariadb', [defaults, '-e', `CREATE DATABASE \`${db}\`; USE \`${db}\`; ${SEED_MYSQL}`]);
    const createsScratch = commands.some((c) => /CREATE DATABASE/.test(c.run));
    if (!createsScratch) sh('mariadb', [defaults, '-e', `CREATE DATABASE app_restore; USE app_restore; ${SEED_MYSQL}`]);
    env.RESTORE_DB = 'app_restore';
    env.BACKUP_FILE = prepared.backups.mysql ?? '';
    cleanups.push(() => {
      for (const db of [...dbs, ...[...dbs].map((d) => `${d}_restore`), 'app_restore']) sh('mariadb', [defaults, '-e', `DROP DATABASE IF EXISTS \`${db}\``]);
    });
  }
  if (engine === 'redis' && servers.redis) {
    sh('redis-cli', ['-p', String(servers.redis.port), 'FLUSHALL']);
    sh('redis-cli', ['-p', String(servers.redis.port), 'SET', 'session:1', 'x']);
    for (const v of urlVars) if (/(?:REDIS|BROKER|CACHE|VALKEY)[A-Z_]*_URL$/.test(v) && !env[v]) env[v] = `redis://127.0.0.1:${servers.redis.port}/0`;
  }
  // A backup file always exists (an empty one where no server here can restore it).
  if (!env.BACKUP_FILE) {
    env.BACKUP_FILE = path.join(cwd, 'latest-backup.archive.gz');
    writeFileSync(env.BACKUP_FILE, '');
  }
  // Any other variable a command reads gets a plain value, as a reader's filled-in placeholder would:
  // an address for a URL, a word for the rest.
  for (const v of urlVars) {
    if (env[v] !== undefined || process.env[v] !== undefined) continue;
    env[v] = /(?:_URL|_URI|_ENDPOINT|_HOST)$/.test(v) ? `https://${v.toLowerCase().replace(/_/g, '-')}.verify.invalid` : `verify-${v.toLowerCase().replace(/_/g, '-')}`;
  }
  return { cwd, env, cleanup: () => { for (const c of cleanups) c(); } };
}

function bash(command: string, cwd: string, env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-o', 'pipefail', '-c', command], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

/** Runs one command line under bash with `set -o pipefail`; the shims decide for the tools they stand in for. */
export async function runCommand(world: World, command: string): Promise<{ ok: boolean; how: string; detail: string; ms: number }> {
  const started = Date.now();
  const r = await bash(command, world.cwd, world.env);
  const stderr = r.stderr;
  const notes = [...stderr.matchAll(/^\[verify\] (.*)$/gm)].map((m) => m[1]!);
  const how = notes.some((n) => /^ran /.test(n)) || notes.length === 0 ? 'real'
    : notes.some((n) => /dead (?:endpoint|server|proxy)|no credentials/.test(n)) ? 'dead-endpoint'
      : notes.some((n) => /documented syntax/.test(n)) ? 'documented'
        : notes.some((n) => /not installed/.test(n)) ? 'skipped' : 'real';
  const ok = r.status === 0;
  const detail = ok ? notes.join('; ') : `${stderr.split('\n').filter(Boolean).slice(-3).join(' | ')} (exit ${r.status})`;
  // A variable a command assigns from a cloud API that is not there gets the value a reader would see.
  const assigned = /^([A-Z][A-Z0-9_]*)=\$\(/.exec(command)?.[1];
  if (assigned && PLACEHOLDER_VALUES[assigned]) world.env[assigned] = PLACEHOLDER_VALUES[assigned]!;
  return { ok, how, detail, ms: Date.now() - started };
}

export function makeBase(): string {
  const base = mkdtempSync(path.join(tmpdir(), 'verify-stubs-'));
  // The servers run as another user: they need to reach their folders.
  chmodSync(base, 0o755);
  return base;
}
