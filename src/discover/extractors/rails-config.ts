import { splitLines, stripBom } from '../../util/lines.js';
import type { Extractor, Signal } from '../types.js';
import { smtpHostSignal, smtpRelayHost } from './connection-url.js';
import { parseYaml, mapGet, mapEntries, scalarText } from './yaml-nodes.js';

/**
 * Rails' own driver settings, the choices a Rails app makes in its configuration:
 * `config.active_storage.service = :amazon`, `config.action_mailer.delivery_method = :postmark`,
 * `config.cache_store = :redis_cache_store`, `config.active_job.queue_adapter = :sidekiq` in
 * config/application.rb and config/environments/production.rb, and the `adapter:` of
 * config/database.yml's production (or default) database. Each becomes a driver setting
 * (`ACTIVE_STORAGE_SERVICE=amazon`, `DATABASE_ADAPTER=postgresql`) the catalog lists.
 * development.rb and test.rb are not read.
 */
const RUBY_FILES = /^config\/(?:application\.rb|environments\/production\.rb)$/;
/** Initializers run in every environment; only their SMTP relay host is read (`smtp_settings = { address: ... }`). */
const INITIALIZER = /^config\/initializers\/[^/]+\.rb$/;
/**
 * `address: "smtp.sendgrid.net"` (or `:address => '...'`) on its own line of a Ruby hash. A
 * hand-written regex over one line, like ASSIGNMENT: no Ruby parser is installed. Only read in a
 * file that sets `smtp_settings`, so another hash's `address:` key is not taken.
 */
const SMTP_ADDRESS = /^\s*(?:address:|:address\s*=>)\s*["']([A-Za-z0-9.-]+)["']/;
/** database.yml, or the template a repository ships when database.yml itself is not committed. */
const DATABASE_YML = /^config\/database\.ya?ml(?:\.(?:sample|example|dist|template))?$/;

/** The Rails settings that choose a backend, and the driver-setting name each becomes. */
const SETTINGS: Record<string, string> = {
  'active_storage.service': 'ACTIVE_STORAGE_SERVICE',
  'action_mailer.delivery_method': 'ACTION_MAILER_DELIVERY_METHOD',
  cache_store: 'CACHE_STORE',
  'active_job.queue_adapter': 'ACTIVE_JOB_QUEUE_ADAPTER',
  session_store: 'SESSION_STORE',
};

/**
 * `config.<setting> = :symbol` (or `"string"`), outside comments. A hand-written regex over one
 * line of Ruby: these assignments are one statement each, and no Ruby parser is installed.
 */
const ASSIGNMENT = /^\s*config\.((?:active_storage\.service|action_mailer\.delivery_method|cache_store|active_job\.queue_adapter|session_store))\s*=\s*(?::([a-z_][a-z0-9_]*)|["']([a-z_][a-z0-9_]*)["'])/;

/**
 * `if ENV["LAGO_SMTP_ADDRESS"].present?` (or `unless`, `elsif`) opening the block a setting sits
 * in: a hand-written regex over one line, as ASSIGNMENT (no Ruby parser is installed).
 */
const ENV_GUARD = /^(?:if|elsif|unless)\b.*\bENV\b/;

/**
 * The condition on an environment variable that a setting's block opens with, if any: the
 * nearest line above that is indented less than the setting. A backend chosen only when the
 * deployer sets a variable is an option the product offers, not the one it runs with.
 */
function envGuardOf(rows: readonly string[], index: number): { text: string; line: number } | undefined {
  const indent = (row: string): number => row.length - row.trimStart().length;
  const own = indent(rows[index]!);
  for (let i = index - 1; i >= 0; i--) {
    const row = rows[i]!;
    if (row.trim() === '' || row.trimStart().startsWith('#') || indent(row) >= own) continue;
    const text = row.trim();
    return ENV_GUARD.test(text) ? { text, line: i + 1 } : undefined;
  }
  return undefined;
}

/** Paths under the app's folder, so a Rails app in a subfolder (`backend/config/...`) is read too. */
function relative(path: string): string | undefined {
  const index = path.lastIndexOf('config/');
  return index === -1 || (index > 0 && path[index - 1] !== '/') ? undefined : path.slice(index);
}

export const railsConfig: Extractor = {
  id: 'rails',
  claimsName: (name) => name === 'application.rb' || name === 'production.rb' || /^database\.ya?ml(?:\.(?:sample|example|dist|template))?$/.test(name) || name.endsWith('.rb'),
  matches: (path) => {
    const rel = relative(path);
    return rel !== undefined && (RUBY_FILES.test(rel) || DATABASE_YML.test(rel) || INITIALIZER.test(rel));
  },
  extract({ path, text }) {
    const signals: Signal[] = [];
    if (/\.ya?ml(?:\.[a-z]+)?$/.test(path)) {
      // ERB (`<%= ENV["X"] %>`) stays inside values; the keys and the adapter are plain YAML.
      const { docs, lineOf } = parseYaml(text, () => undefined);
      const doc = docs[0];
      if (!doc) return [];
      const section = mapGet(doc.contents, 'production', doc) ?? mapGet(doc.contents, 'default', doc);
      // A multi-database production section (`primary:`, `cache:`) holds one map per database.
      const databases = mapGet(section, 'adapter', doc) ? [section] : mapEntries(section, doc).map(([, value]) => value);
      for (const database of databases) {
        const adapterNode = mapGet(database, 'adapter', doc);
        const adapter = scalarText(adapterNode, doc)?.trim().toLowerCase();
        if (!adapter || !/^[a-z][a-z0-9_]*$/.test(adapter)) continue;
        signals.push({ kind: 'env-value', name: `DATABASE_ADAPTER=${adapter}`, path, line: lineOf(adapterNode), source: 'rails', detail: `database.yml adapter: ${adapter}`, scope: 'prod' });
      }
      return signals;
    }
    const rows = splitLines(stripBom(text));
    if (text.includes('smtp_settings')) {
      rows.forEach((line, index) => {
        const host = SMTP_ADDRESS.exec(line)?.[1];
        const relay = host ? smtpRelayHost(host) : undefined;
        if (relay) signals.push(smtpHostSignal(relay, `smtp_settings address: ${relay}`, { path, line: index + 1, source: 'rails', scope: 'prod' }));
      });
    }
    if (INITIALIZER.test(relative(path)!)) return signals;
    rows.forEach((line, index) => {
      const match = ASSIGNMENT.exec(line);
      if (!match) return;
      const value = (match[2] ?? match[3])!;
      const guard = envGuardOf(rows, index);
      const optional = guard ? `set only under \`${guard.text}\` (${path}:${guard.line}): a choice the deployer makes by setting the variable` : undefined;
      signals.push({ kind: 'env-value', name: `${SETTINGS[match[1]!]}=${value}`, path, line: index + 1, source: 'rails', detail: `config.${match[1]} = :${value}`, scope: 'prod', ...(optional ? { optional } : {}) });
    });
    return signals;
  },
};
