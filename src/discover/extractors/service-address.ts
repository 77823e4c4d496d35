import { unquote } from '../../util/text-scan.js';
import type { Signal } from '../types.js';

/**
 * Settings in production deployment configuration that give the app another service's address
 * (`PRISON_API_URL: https://prison-api…` in Helm values, `LEDGER_SERVICE_URL` in a production
 * compose file): the extractor only tells an address from other values; which names are services
 * (and which are the app's own URL, telemetry or docs links) is decided when matching
 * (src/catalog/upstream.ts). The value is read here and never kept.
 */

/**
 * Sources whose settings are what a deployed workload runs with: a Kubernetes container's env,
 * Helm values, an ECS task, a compose service, a platform's blueprint. Env templates are not:
 * their URLs are examples someone may never change.
 */
const DEPLOYMENT_SOURCES = new Set(['kubernetes', 'helm', 'ecs', 'compose', 'render', 'fly', 'railway', 'heroku', 'vercel', 'netlify']);

/** Hosts that are this machine, a container's host, or documentation's stand-ins: never a deployment's upstream. */
const LOCAL_HOSTS = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal|[^.]+\.localhost|(?:[^.]+\.)*example\.(?:com|org|net)|[^.]+\.(?:test|invalid|example))$/i;

/** A DNS host name with at least one dot, or a cluster-local one (`auth.auth-prod.svc.cluster.local`). */
export const HOST_NAME = /^(?=.{4,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

/** Names that say the setting holds an address even when its value is a secret or a placeholder. */
const ADDRESS_NAME = /(?:_API_URL|_API_BASE_URL|_SERVICE_URL|_BASE_URL|_BASEURL|_ENDPOINT|_ENDPOINT_URL|_HOST|_API_HOST|_API_ENDPOINT)$/;

export type AddressValue = { kind: 'address'; host: string } | { kind: 'local' } | { kind: 'unknown' } | { kind: 'other' };

/**
 * What a setting's value is: an http(s) URL or host of another machine (`address`), one on this
 * machine or a documentation stand-in (`local`), a secret reference, placeholder or template
 * (`unknown`: the deployment fills it in), or anything else (`other`: a word, a number, a flag).
 */
export function addressValue(raw: string | undefined): AddressValue {
  const value = raw === undefined ? '' : unquote(raw.trim()).trim();
  if (value === '' || /\$\{|\{\{|<%|^tmpl$|^\$[A-Z_]/.test(value)) return { kind: 'unknown' };
  let host: string | undefined;
  if (/^https?:\/\//i.test(value)) {
    try {
      host = new URL(value).hostname;
    } catch {
      return { kind: 'other' };
    }
  } else {
    if (value.includes('\n')) return { kind: 'other' };
    // The host before any path (indexOf, not /\/.*$/: that is retried from every slash).
    const slash = value.indexOf('/');
    const bare = (slash === -1 ? value : value.slice(0, slash)).replace(/:\d+$/, '');
    host = HOST_NAME.test(bare) && !/^\d+(?:\.\d+)+$/.test(bare) && bare.includes('.') && /[a-z]/i.test(bare) && !/\.(?:ya?ml|json|xml|txt|csv|pem|crt|key|jar|html?|js|rb|py)$/i.test(bare) ? bare : undefined;
    if (!host) return { kind: 'other' };
  }
  if (!host) return { kind: 'other' };
  return LOCAL_HOSTS.test(host) ? { kind: 'local' } : { kind: 'address', host: host.toLowerCase() };
}

export interface AddressSite {
  path: string;
  line: number;
  source: string;
  scope: 'prod' | 'dev';
  /** words before the variable name in details, e.g. `service "api" environment` */
  context?: string;
  /**
   * true when the file is production deployment configuration though its source is not one of
   * DEPLOYMENT_SOURCES (a Spring prod profile); false when it is not, whatever the source
   */
  deployment?: boolean;
  /** hosts that are the deployment's own components (compose services the repository builds) */
  ownHosts?: ReadonlySet<string>;
}

/** The `service-url` signal for a setting, when the file is production deployment config and the value (or the name) is an address. */
export function serviceAddressSignal(name: string, value: string | undefined, site: AddressSite): Signal | undefined {
  if (site.scope !== 'prod' || !(site.deployment ?? DEPLOYMENT_SOURCES.has(site.source))) return undefined;
  const read = addressValue(value);
  if (read.kind === 'local' || read.kind === 'other') return undefined;
  if (read.kind === 'unknown' && !ADDRESS_NAME.test(name.toUpperCase())) return undefined;
  if (read.kind === 'address' && site.ownHosts?.has(read.host.split('.')[0]!)) return undefined;
  const prefix = site.context ? `${site.context} ` : '';
  const shown = read.kind === 'address' ? 'another service\'s address' : 'a service address set at deploy time';
  return { kind: 'service-url', name, path: site.path, line: site.line, source: site.source, scope: site.scope, detail: `${prefix}${name} (${shown})`, facts: { variable: name }, ...(read.kind === 'address' ? { host: read.host } : {}) };
}
