import type { Facts } from '../../discover/types.js';
import { inside, type Place, type Placeholders } from '../place.js';
import type { Command } from '../runbook.js';

/**
 * The database clients of the self-run stores (PostgreSQL, MySQL/MariaDB, MongoDB), run where
 * they can reach the server: inside its container or pod with the image's own settings, or from
 * a machine that has the app's variable. Every restore goes into a scratch database first.
 */

/** A database name: a literal from the repository, or a variable the reader sets. */
export class DbName {
  constructor(
    readonly literal?: string,
    readonly variable?: string,
  ) {}
  /** as a shell word */
  sh(suffix = ''): string {
    if (this.variable) return suffix ? `"\${${this.variable}}${suffix}"` : `"$${this.variable}"`;
    return `${this.literal}${suffix}`;
  }
  /** inside a double-quoted string (SQL) */
  dq(suffix = ''): string {
    if (this.variable) return suffix ? `\${${this.variable}}${suffix}` : `$${this.variable}`;
    return `${this.literal}${suffix}`;
  }
  /** for prose */
  text(suffix = ''): string {
    return `\`${this.variable ? `$${this.variable}` : this.literal}${suffix}\``;
  }
}

/** Where a client connects: inside the service (with its database name) or through a URL variable. */
export type Target = { place: Exclude<Place, { kind: 'host' }>; db: DbName } | { urlVar: string };

export interface SqlClient {
  engine: 'postgresql' | 'mysql' | 'mongodb';
  /** the live database inside the service */
  db: DbName;
  ping(t: Target): Command;
  /** writes the current state to backups/ (the path is on the machine the reader is on) */
  dump(t: Target): Command;
  /** creates the scratch database; undefined when the restore creates it */
  create?(t: Target): Command;
  /** alternatives: the first that fits the backup's format */
  restore(t: Target): Command[];
  tables(t: Target): Command;
  /** the scratch database's name in prose */
  scratchName(t: Target): string;
  /** in-place switch (rename) where the engine has one */
  switchTo?(t: Target): Command;
  /** what the dump is called */
  dumpFile: string;
}

function envNames(facts: Facts | undefined): Set<string> {
  return new Set((facts?.environment ?? '').split(',').filter(Boolean));
}

/** A setting of the image: its literal value, a variable the reader sets (when the file interpolates it), or the image's default. */
function setting(facts: Facts | undefined, names: string[], holders: Placeholders, fallback: string | undefined, what: string): DbName {
  for (const name of names) if (facts?.[`env.${name}`]) return new DbName(facts[`env.${name}`]);
  const env = envNames(facts);
  const named = names.find((n) => env.has(n));
  if (named) return new DbName(undefined, holders.add(named, `${what} (the service's \`${named}\`, from \`.env\` or the vault).`));
  if (fallback) return new DbName(fallback);
  return new DbName(undefined, holders.add(names[0]!, `${what}.`));
}

const SCRATCH = '_restore';
const BEFORE = '_before_restore';

export function postgresClient(facts: Facts | undefined, holders: Placeholders): SqlClient {
  const user = setting(facts, ['POSTGRES_USER'], holders, 'postgres', 'the database superuser');
  const userFlag = `-U ${user.sh()}`;
  const defaultDb = user.variable ? undefined : user.literal;
  const restoreUrl = (h: Placeholders): string => h.add('RESTORE_DATABASE_URL', 'the app\'s URL with the scratch database (or the restored server) in it; from the vault, never pasted here.');
  const client: SqlClient = {
    engine: 'postgresql',
    get db() {
      return setting(facts, ['POSTGRES_DB'], holders, defaultDb, 'the database name');
    },
    dumpFile: 'backups/before-restore.dump',
    ping: (t) => ('urlVar' in t
      ? { run: `pg_isready -d "$${t.urlVar}"`, expect: '`... - accepting connections`.' }
      : { run: inside(t.place, `pg_isready ${userFlag} -d ${t.db.sh()}`), expect: '`/var/run/postgresql:5432 - accepting connections`.' }),
    dump: (t) => ('urlVar' in t
      ? { run: `pg_dump -Fc -d "$${t.urlVar}" -f backups/before-restore.dump`, expect: 'no output; `backups/before-restore.dump` is not empty.' }
      : { run: `${inside(t.place, `pg_dump ${userFlag} -Fc ${t.db.sh()}`)} > backups/before-restore.dump`, expect: 'no output; `backups/before-restore.dump` is not empty.' }),
    create: (t) => ('urlVar' in t
      ? { run: `psql "$${t.urlVar}" -c "CREATE DATABASE $${holders.add('RESTORE_DB', 'a new, empty database name for the restore, such as `app_restore`.')}"`, expect: '`CREATE DATABASE`.' }
      : { run: inside(t.place, `createdb ${userFlag} ${t.db.sh(SCRATCH)}`), expect: 'no output (the scratch database exists, empty).' }),
    restore: (t) => {
      const backup = `"$${holders.add('BACKUP_FILE', 'the newest good backup, copied to this machine from `<BACKUP_LOCATION>`.')}"`;
      if ('urlVar' in t) {
        const url = restoreUrl(holders);
        return [
          { note: 'custom-format dump (pg_dump -Fc, usually .dump):', run: `pg_restore --no-owner --exit-on-error -d "$${url}" ${backup}`, expect: 'no output, exit status 0.' },
          { note: 'plain-SQL dump (.sql), instead:', run: `psql "$${url}" -v ON_ERROR_STOP=1 -q -f ${backup}`, expect: 'no errors, exit status 0.' },
        ];
      }
      return [
        { note: 'custom-format dump (pg_dump -Fc, usually .dump):', run: `${inside(t.place, `pg_restore ${userFlag} -d ${t.db.sh(SCRATCH)} --no-owner --exit-on-error`, true)} < ${backup}`, expect: 'no output, exit status 0.' },
        { note: 'plain-SQL dump (.sql), instead:', run: `${inside(t.place, `psql ${userFlag} -d ${t.db.sh(SCRATCH)} -v ON_ERROR_STOP=1 -q`, true)} < ${backup}`, expect: 'no errors, exit status 0.' },
      ];
    },
    tables: (t) => {
      const sql = `-c 'ANALYZE' -c 'SELECT relname, n_live_tup FROM pg_stat_user_tables ORDER BY 2 DESC'`;
      const run = 'urlVar' in t ? `psql "$${restoreUrl(holders)}" ${sql}` : inside(t.place, `psql ${userFlag} -d ${t.db.sh(SCRATCH)} ${sql}`);
      return { run, expect: 'the busiest tables, with row counts close to what production had before the damage.' };
    },
    scratchName: (t) => ('urlVar' in t ? '`RESTORE_DB`' : t.db.text(SCRATCH)),
    switchTo: (t) => {
      if ('urlVar' in t) throw new Error('switch by URL is prose');
      return {
        warn: `the live database becomes ${t.db.dq(BEFORE)}; fails while anything is still connected.`,
        run: inside(t.place, `psql ${userFlag} -d template1 -c "ALTER DATABASE ${t.db.dq()} RENAME TO ${t.db.dq(BEFORE)}" -c "ALTER DATABASE ${t.db.dq(SCRATCH)} RENAME TO ${t.db.dq()}"`),
        expect: '`ALTER DATABASE` twice.',
      };
    },
  };
  return client;
}

export function mysqlClient(image: string, facts: Facts | undefined, holders: Placeholders, hostEngine: 'mysql' | 'mariadb'): SqlClient {
  const maria = image.includes('mariadb') || (!image && hostEngine === 'mariadb');
  const [cli, dump, admin] = maria ? ['mariadb', 'mariadb-dump', 'mariadb-admin'] : ['mysql', 'mysqldump', 'mysqladmin'];
  const env = envNames(facts);
  const rootVar = ['MARIADB_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD'].find((n) => env.has(n)) ?? (maria ? 'MARIADB_ROOT_PASSWORD' : 'MYSQL_ROOT_PASSWORD');
  const auth = (): string => `-uroot -p"$${holders.add(rootVar, 'the root password the server was started with (the vault, or `.env`).')}"`;
  // One option file for every step, Verification included, whichever client reads it.
  const defaults = (): string => `--defaults-extra-file="$${holders.add('MYSQL_DEFAULTS_FILE', 'a client option file (`[client]` host, user, password) for the live server, from the vault.')}"`;
  const restoreDefaults = (): string => `--defaults-extra-file="$${holders.add('RESTORE_DEFAULTS_FILE', 'the same option file with the restored server\'s host, or the same server.')}"`;
  const hostDb = (): string => `"$${holders.add('DB_NAME', 'the app\'s database name.')}"`;
  const hostCli = maria ? 'mariadb' : 'mysql';
  const [show] = maria ? ['mariadb-show'] : ['mysqlshow'];
  return {
    engine: 'mysql',
    // Read only when a step runs inside the service: a host has its own placeholders.
    get db() {
      return setting(facts, ['MARIADB_DATABASE', 'MYSQL_DATABASE'], holders, undefined, 'the database name');
    },
    dumpFile: 'backups/before-restore.sql',
    ping: (t) => ('urlVar' in t
      ? { run: `${maria ? 'mariadb-admin' : 'mysqladmin'} ${defaults()} ping`, expect: '`mysqld is alive`.' }
      : { run: inside(t.place, `${admin} ${auth()} ping`), expect: '`mysqld is alive`.' }),
    dump: (t) => ('urlVar' in t
      ? { run: `${maria ? 'mariadb-dump' : 'mysqldump'} ${defaults()} --single-transaction --routines --triggers ${hostDb()} > backups/before-restore.sql`, expect: 'no output; the file is not empty.' }
      : { run: `${inside(t.place, `${dump} ${auth()} --single-transaction --routines --triggers ${t.db.sh()}`)} > backups/before-restore.sql`, expect: 'no output; the file is not empty.' }),
    create: (t) => ('urlVar' in t
      ? { run: `${hostCli} ${restoreDefaults()} -e "CREATE DATABASE IF NOT EXISTS $${holders.add('RESTORE_DB', 'a new, empty database name for the restore, such as `app_restore`.')}"`, expect: 'no output.' }
      : { run: inside(t.place, `${cli} ${auth()} -e "CREATE DATABASE ${t.db.dq(SCRATCH)}"`), expect: 'no output (the scratch database exists, empty).' }),
    restore: (t) => {
      const backup = `"$${holders.add('BACKUP_FILE', 'the newest good backup (a `.sql` dump), copied to this machine from `<BACKUP_LOCATION>`.')}"`;
      if ('urlVar' in t) return [{ run: `${hostCli} ${restoreDefaults()} "$RESTORE_DB" < ${backup}`, expect: 'no output, exit status 0.' }];
      return [{ run: `${inside(t.place, `${cli} ${auth()} ${t.db.sh(SCRATCH)}`, true)} < ${backup}`, expect: 'no output, exit status 0.' }];
    },
    tables: (t) => ('urlVar' in t
      ? { run: `${maria ? 'mariadb-show' : 'mysqlshow'} ${restoreDefaults()} --count "$RESTORE_DB"`, expect: 'every table with its row count, close to production\'s.' }
      : { run: inside(t.place, `${show} ${auth()} --count ${t.db.sh(SCRATCH)}`), expect: 'every table with its row count, close to production\'s.' }),
    scratchName: (t) => ('urlVar' in t ? '`RESTORE_DB`' : t.db.text(SCRATCH)),
  };
}

export function mongoClient(facts: Facts | undefined, holders: Placeholders): SqlClient {
  const user = facts?.['env.MONGO_INITDB_ROOT_USERNAME'] ?? (envNames(facts).has('MONGO_INITDB_ROOT_USERNAME') ? `"$${holders.add('MONGO_INITDB_ROOT_USERNAME', 'the root user the container was started with.')}"` : undefined);
  const auth = (): string => (user ? ` --username ${user} --password "$${holders.add('MONGO_INITDB_ROOT_PASSWORD', 'the root password the container was started with (the vault, or `.env`).')}" --authenticationDatabase admin` : '');
  const hostDb = (): DbName => new DbName(undefined, holders.add('MONGO_DB', 'the app\'s database name (the path of the app\'s URI).'));
  const count = (name: string): string => `"db.getSiblingDB('${name}').stats()"`;
  return {
    engine: 'mongodb',
    get db() {
      return setting(facts, ['MONGO_INITDB_DATABASE'], holders, undefined, 'the app\'s database name');
    },
    dumpFile: 'backups/before-restore.archive.gz',
    ping: (t) => ('urlVar' in t
      ? { run: `mongosh "$${t.urlVar}" --quiet --eval "db.runCommand({ ping: 1 }).ok"`, expect: '`1`.' }
      : { run: inside(t.place, `mongosh --quiet${auth()} --eval "db.runCommand({ ping: 1 }).ok"`), expect: '`1`.' }),
    dump: (t) => ('urlVar' in t
      ? { run: `mongodump --uri="$${t.urlVar}" --archive=backups/before-restore.archive.gz --gzip`, expect: '`done dumping` for each collection.' }
      : { run: `${inside(t.place, `mongodump${auth()} --db=${t.db.sh()} --archive --gzip`)} > backups/before-restore.archive.gz`, expect: '`done dumping` for each collection (on stderr).' }),
    restore: (t) => {
      const backup = `"$${holders.add('BACKUP_FILE', 'the newest good `mongodump --archive --gzip` file, copied to this machine from `<BACKUP_LOCATION>`.')}"`;
      const from = 'urlVar' in t ? hostDb() : t.db;
      const ns = `--nsFrom="${from.dq()}.*" --nsTo="${from.dq(SCRATCH)}.*"`;
      if ('urlVar' in t) return [{ run: `mongorestore --uri="$${t.urlVar}" --archive=${backup} --gzip ${ns}`, expect: '`... restored successfully` and `0 document(s) failed`.' }];
      return [{ run: `${inside(t.place, `mongorestore${auth()} --archive --gzip ${ns}`, true)} < ${backup}`, expect: '`... restored successfully` and `0 document(s) failed`.' }];
    },
    tables: (t) => {
      const name = ('urlVar' in t ? hostDb() : t.db).dq(SCRATCH);
      return 'urlVar' in t
        ? { run: `mongosh "$${t.urlVar}" --quiet --eval ${count(name)}`, expect: '`collections` and `objects` close to production\'s.' }
        : { run: inside(t.place, `mongosh --quiet${auth()} --eval ${count(name)}`), expect: '`collections` and `objects` close to production\'s.' };
    },
    scratchName: (t) => ('urlVar' in t ? hostDb().text(SCRATCH) : t.db.text(SCRATCH)),
  };
}
