import { unquote } from '../../util/text-scan.js';
import type { Signal } from '../types.js';
import { HOST_NAME, serviceAddressSignal } from './service-address.js';

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
  /** the file is (true) or is not (false) production deployment configuration, when its source does not say (service-address.ts) */
  deployment?: boolean;
  /** hosts that are the deployment's own components (compose services the repository builds) */
  ownHosts?: ReadonlySet<string>;
}

/** Settings that hold the application's database URL without naming its engine. */
const DATASOURCE_NAME = /^(?:[A-Z][A-Z0-9]*_)?(?:DATABASE|DB)_(?:URL|URI|DSN)$/;
/** Engine words a secret's name may end with, as the URL scheme the engine's URLs carry. */
const SECRET_ENGINES: Record<string, string> = { postgres: 'postgres', postgresql: 'postgresql', pg: 'postgres', mysql: 'mysql', mariadb: 'mariadb' };

/**
 * The engine of a database URL a workload takes from a secret named for it (`DATABASE_URL` from
 * secret `orders-postgres`): the URL itself is never in the repository, but whoever named the
 * secret said what it connects to. Only the generic database settings are read this way.
 */
export function secretDatasourceScheme(variable: string, secretName: string | undefined): string | undefined {
  if (!secretName || !DATASOURCE_NAME.test(variable)) return undefined;
  const last = secretName.toLowerCase().split(/[-_.]+/).filter(Boolean).pop();
  return last ? SECRET_ENGINES[last] : undefined;
}

/** Names of settings that pick a driver or backend (`DB_CONNECTION`, `CACHE_STORE`, `MAIL_MAILER`, `FILESYSTEM_DISK`). */
const SELECTOR_NAME = /_(?:CONNECTION|DRIVER|STORE|MAILER|DISK|CLIENT|TYPE|DIALECT|PROVIDER|BACKEND|ADAPTER|TRANSPORT|SERVICE|ENGINE|CLOUD|STORAGE)$/i;
/** True for a setting that picks a driver or backend by name (`SCOUT_DRIVER`, `CACHE_STORE`). */
export function isSelectorName(name: string): boolean {
  return SELECTOR_NAME.test(name);
}

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
  const signals: Signal[] = [{ kind: 'env', name, detail: `${prefix}${name}`, ...base, ...mailLeftOff(name, value, site) }];
  const scheme = connectionScheme(value);
  if (scheme) signals.push({ kind: 'url-scheme', name: scheme, detail: `${prefix}${name} (${scheme}:// URL)`, ...base });
  const word = value === undefined ? undefined : unquote(value.trim());
  if (word && SELECTOR_NAME.test(name) && SELECTOR_VALUE.test(word)) signals.push({ kind: 'env-value', name: `${name}=${word}`, detail: `${prefix}${name}=${word}`, ...base });
  // An env template's value is a placeholder someone may never change; deployment config's is the relay in use.
  const relay = word && site.source !== 'env' && SMTP_HOST_NAME.test(name) ? smtpRelayHost(word) : undefined;
  if (relay) signals.push(smtpHostSignal(relay, `${prefix}${name}=${relay}`, base));
  // Another service's address in deployment config: an upstream service, if its name says one.
  const upstream = scheme ? undefined : serviceAddressSignal(name, value, site);
  if (upstream) signals.push(upstream);
  return signals;
}

/** How a left-empty mail server setting's reason ends, so the file's other mail settings can follow it. */
export const MAIL_LEFT_OFF = ': mail stays off until a deployer names a server';

/** `${SMTP_HOST:-}`: a compose value that defaults to empty. A hand-written regex: one token of compose's own syntax. */
const EMPTY_DEFAULT = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?-\}$/;

/**
 * A mail server setting that deployment config (a ConfigMap, appsettings.json, a compose
 * default) leaves empty: the product's mail stays off until a deployer names a server, so the
 * setting offers mail rather than needs it. An env template's empty value is only a blank to fill
 * in, and is not read this way.
 */
function mailLeftOff(name: string, value: string | undefined, site: VariableSite): { optional: string } | Record<string, never> {
  if (site.source === 'env' || value === undefined || !SMTP_HOST_NAME.test(name.replace(/_+/g, '_'))) return {};
  const text = unquote(value.trim()).trim();
  if (text !== '' && !EMPTY_DEFAULT.test(text)) return {};
  return { optional: `${name} is left empty in ${site.path}${MAIL_LEFT_OFF}` };
}

/** Settings that hold the SMTP relay's host (`SMTP_HOST`, `EMAIL_HOST`, `MAIL_SERVER`, `<APP>_SMTP_ADDRESS`). */
const SMTP_HOST_NAME = /(?:^|_)(?:SMTP|MAIL|EMAIL)_(?:HOST|HOSTNAME|SERVER|ADDRESS)$/i;

/** The lower-cased host of an SMTP relay setting's value (`smtp.sendgrid.net`), or undefined for anything else. */
export function smtpRelayHost(value: string): string | undefined {
  const host = value.trim().replace(/:\d+$/, '');
  return HOST_NAME.test(host) ? host.toLowerCase() : undefined;
}

/**
 * The SMTP relay a deployment sends through, as the driver setting `SMTP_HOST=<host>`: whichever
 * file names it, the catalog can tell the provider from the host (smtp.sendgrid.net is SendGrid).
 */
export function smtpHostSignal(host: string, detail: string, site: Pick<Signal, 'path' | 'line' | 'source' | 'scope'>): Signal {
  return { kind: 'env-value', name: `SMTP_HOST=${host}`, detail, ...site };
}
