import type { Signal } from '../types.js';

/** Web and file schemes say nothing about a backing service; every other scheme is a connection URL. */
const NON_SERVICE_SCHEMES = new Set(['http', 'https', 'ws', 'wss', 'file', 'ftp', 'ftps', 'sftp', 'mailto', 'data', 'git', 'ssh']);

/**
 * The lower-case scheme of a connection URL in a value (`postgres`, `mongodb+srv`), or undefined.
 * `jdbc:postgresql://` counts as `postgresql`. A hand-written regex: this reads the start of one
 * value, not a file; RFC 3986 scheme characters are letters, digits, `+`, `-` and `.`.
 */
export function connectionScheme(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^(?:jdbc:)?([a-z][a-z0-9+.-]*):\/\//i.exec(value.trim());
  const scheme = match?.[1]?.toLowerCase();
  return scheme && !NON_SERVICE_SCHEMES.has(scheme) ? scheme : undefined;
}

export interface VariableSite {
  path: string;
  line: number;
  source: string;
  /** words before the variable name in details, e.g. `service "api" environment` */
  context?: string;
  scope: 'prod' | 'dev';
}

/** Names of settings that pick a driver or backend (`DB_CONNECTION`, `CACHE_STORE`, `MAIL_MAILER`, `FILESYSTEM_DISK`). */
const SELECTOR_NAME = /_(?:CONNECTION|DRIVER|STORE|MAILER|DISK|CLIENT|TYPE|DIALECT|PROVIDER|BACKEND|ADAPTER|TRANSPORT|SERVICE|ENGINE|CLOUD|STORAGE)$/i;
/** A value that reads as a driver name (`pgsql`, `redis`, `s3`). */
const SELECTOR_VALUE = /^[a-z][a-z0-9_-]{1,23}$/i;

/**
 * An environment variable as signals: its name, the scheme of its value when the value is a
 * connection URL, and `NAME=value` for a driver setting (`DB_CONNECTION=pgsql`: a selector name
 * and a one-word value). Only a catalog entry that lists such a pair can put it in evidence, and
 * selector names are never secrets.
 */
export function variableSignals(name: string, value: string | undefined, site: VariableSite): Signal[] {
  const prefix = site.context ? `${site.context} ` : '';
  const base = { path: site.path, line: site.line, source: site.source, scope: site.scope };
  const signals: Signal[] = [{ kind: 'env', name, detail: `${prefix}${name}`, ...base }];
  const scheme = connectionScheme(value);
  if (scheme) signals.push({ kind: 'url-scheme', name: scheme, detail: `${prefix}${name} (${scheme}:// URL)`, ...base });
  const word = value?.trim().replace(/^(["'])(.*)\1$/, '$2');
  if (word && SELECTOR_NAME.test(name) && SELECTOR_VALUE.test(word)) signals.push({ kind: 'env-value', name: `${name}=${word}`, detail: `${prefix}${name}=${word}`, ...base });
  return signals;
}
