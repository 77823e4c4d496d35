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

/**
 * An environment variable as signals: its name, and the scheme of its value when the value is
 * a connection URL. The value itself never appears in a detail: it may hold a password.
 */
export function variableSignals(name: string, value: string | undefined, site: VariableSite): Signal[] {
  const prefix = site.context ? `${site.context} ` : '';
  const base = { path: site.path, line: site.line, source: site.source, scope: site.scope };
  const signals: Signal[] = [{ kind: 'env', name, detail: `${prefix}${name}`, ...base }];
  const scheme = connectionScheme(value);
  if (scheme) signals.push({ kind: 'url-scheme', name: scheme, detail: `${prefix}${name} (${scheme}:// URL)`, ...base });
  return signals;
}
