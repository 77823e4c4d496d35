import type { Signal } from '../discover/types.js';
import { FRAMEWORK_ENV_PREFIX } from './env-names.js';
import { makeCatalog, type Catalog } from './load.js';
import type { Rule } from './types.js';

/**
 * The organisation's own upstream services: another team's API that the deployment gives the
 * app the address of (`PRISON_API_URL: https://…` in Helm values, `LEDGER_SERVICE_URL` in a
 * production compose file). No public catalog can list them, so the rule is made from the
 * setting's name: `PRISON_API_URL` is `prison-api` ("Prison API"), `HMPPS_AUTH_ENDPOINT_URL` is
 * `hmpps-auth`. A name that is the app's own address, telemetry, a docs or help link, a feature
 * flag service or a generic backing store (`DB_HOST`) is not a service of this kind.
 */

/** Trailing words that say "an address of": cut from the name to leave the service. */
const ADDRESS_WORDS = new Set(['URL', 'URLS', 'URI', 'HOST', 'HOSTNAME', 'ENDPOINT', 'ENDPOINTS', 'BASE', 'BASEURL', 'ADDRESS', 'ADDR', 'ROOT', 'ISSUER', 'SERVER_URL', 'PATH', 'PREFIX', 'LOCATION']);
/** Trailing qualifiers of an address (`HMPPS_AUTH_EXTERNAL_ENDPOINT_URL` is still `hmpps-auth`). */
const QUALIFIER_WORDS = new Set(['EXTERNAL', 'INTERNAL', 'PUBLIC', 'PRIVATE', 'HTTP', 'HTTPS', 'REST', 'V1', 'V2', 'V3', 'V4', 'PROD', 'PRODUCTION', 'LIVE', 'PRIMARY', 'DEFAULT']);
/** Words that, joined to the end of the last word, are address words (`HMPPSAUTH_BASEURL`, `CONNECTORURL`). */
const GLUED_SUFFIXES = ['BASEURL', 'APIURL', 'ENDPOINTURL', 'SERVICEURL', 'URL', 'URI'];

/**
 * Words that make a setting anything but another team's service: the app's own address and its
 * routes (APP_URL, CALLBACK and REDIRECT URLs), telemetry and logs, docs and help links, feature
 * flags, static assets, proxies and generic backing stores (a catalog rule names a real one).
 */
const NOT_A_SERVICE_WORDS = new Set([
  // the app itself and its routes
  'APP', 'APPLICATION', 'SELF', 'OWN', 'SITE', 'WEBSITE', 'WEB', 'FRONTEND', 'CANONICAL', 'CALLBACK', 'CALLBACKS', 'REDIRECT', 'REDIRECTS', 'RETURN', 'LOGOUT', 'SIGNOUT', 'LOGIN', 'SIGNIN', 'CORS', 'ORIGIN', 'ORIGINS', 'ALLOWED', 'TRUSTED', 'INGRESS', 'DOMAIN', 'HOSTS', 'LISTEN', 'BIND', 'PORT', 'HEALTH', 'HEALTHCHECK', 'READINESS', 'LIVENESS', 'WEBHOOK', 'WEBHOOKS',
  // telemetry, logs and alerting
  'OTEL', 'OTLP', 'OPENTELEMETRY', 'TELEMETRY', 'SENTRY', 'STATSD', 'DATADOG', 'DD', 'NEWRELIC', 'APPLICATIONINSIGHTS', 'APPINSIGHTS', 'INSIGHTS', 'PROMETHEUS', 'PUSHGATEWAY', 'GRAFANA', 'LOKI', 'JAEGER', 'ZIPKIN', 'TEMPO', 'HONEYCOMB', 'LOGSTASH', 'FLUENT', 'FLUENTD', 'FLUENTBIT', 'APM', 'GRAPHITE', 'METRICS', 'METRIC', 'TRACING', 'TRACE', 'TRACES', 'LOG', 'LOGS', 'LOGGING', 'LOGIT', 'SYSLOG', 'SPLUNK', 'CRONITOR', 'HEARTBEAT', 'UPTIME', 'PING', 'STATUS', 'ALERT', 'ALERTS', 'ALERTING', 'PAGERDUTY', 'OPSGENIE', 'AUDIT', 'ANALYTICS', 'TRACKING', 'MATOMO', 'PIWIK', 'PLAUSIBLE', 'GTM', 'GA',
  // docs, help and content links
  'DOCS', 'DOC', 'DOCUMENTATION', 'HELP', 'SUPPORT', 'FEEDBACK', 'SURVEY', 'PRIVACY', 'TERMS', 'GUIDANCE', 'GUIDE', 'CONTACT', 'ACCESSIBILITY', 'COOKIES', 'COOKIE', 'BLOG', 'FAQ', 'FORUM', 'CHANGELOG', 'RELEASES', 'ABOUT', 'SWAGGER', 'OPENAPI', 'MANUAL', 'WIKI', 'LINK', 'LINKS', 'FORM', 'BANNER', 'NEWS',
  // feature flags, assets, proxies
  'FEATURE', 'FEATURES', 'FLAG', 'FLAGS', 'FF', 'TOGGLE', 'TOGGLES', 'UNLEASH', 'FLAGSMITH', 'LAUNCHDARKLY', 'ASSET', 'ASSETS', 'STATIC', 'CDN', 'IMAGES', 'FONTS', 'MEDIA', 'PROXY', 'NO',
  // generic backing stores, named by kind (a catalog rule names the real one)
  'DB', 'DATABASE', 'DATASOURCE', 'JDBC', 'SQL', 'CACHE', 'QUEUE', 'BROKER', 'SMTP', 'MAIL', 'EMAIL', 'IMAP', 'POP3', 'LDAP', 'STORAGE', 'BUCKET', 'S3', 'BLOB', 'SFTP', 'FTP', 'NTP', 'DNS', 'VAULT',
]);

/** Words that alone name nothing (`SERVICE_URL`, `API_URL`, `BACKEND_URL`: the app's own or its single backend). */
const GENERIC_WORDS = new Set(['API', 'APIS', 'SERVICE', 'SERVICES', 'SERVER', 'BACKEND', 'BACK', 'END', 'FRONT', 'CLIENT', 'UI', 'GATEWAY', 'MAIN', 'CORE', 'BASE', 'REMOTE', 'UPSTREAM', 'TARGET', 'DEST', 'DESTINATION', 'SOURCE', 'ENV', 'ENVIRONMENT', 'URL', 'HOST']);

/** The words of the service a setting's name gives the address of, or undefined when it names none. */
function serviceWords(name: string): string[] | undefined {
  const words = name.toUpperCase().replace(FRAMEWORK_ENV_PREFIX, '').split(/[_.-]+/).filter(Boolean);
  // `HMPPSAUTH_BASEURL`, `CONNECTORURL`: an address word glued to the last word.
  const last = words[words.length - 1];
  const glued = last ? GLUED_SUFFIXES.find((suffix) => last.length > suffix.length && last.endsWith(suffix)) : undefined;
  if (last && glued) {
    const stem = last.slice(0, -glued.length);
    words.splice(words.length - 1, 1, ...(glued === 'APIURL' ? [stem, 'API'] : glued === 'SERVICEURL' ? [stem, 'SERVICE'] : [stem]), 'URL');
  }
  if (words.length < 2 || !ADDRESS_WORDS.has(words[words.length - 1]!)) return undefined;
  while (words.length > 0 && (ADDRESS_WORDS.has(words[words.length - 1]!) || QUALIFIER_WORDS.has(words[words.length - 1]!))) words.pop();
  if (words.length === 0 || words.some((word) => NOT_A_SERVICE_WORDS.has(word))) return undefined;
  if (words.every((word) => GENERIC_WORDS.has(word) || /^\d+$/.test(word))) return undefined;
  // `ROUTER_PORT`-like words of one or two letters say nothing on their own.
  if (words.length === 1 && words[0]!.length < 3) return undefined;
  return words;
}

/** The id of the upstream service a setting names (`PRISON_API_URL` -> `prison-api`), or undefined. */
export function upstreamIdOf(name: string): string | undefined {
  return serviceWords(name)?.join('-').toLowerCase();
}

/** Short words a name keeps in lower case, and acronyms it writes in capitals. */
const SMALL_WORDS = new Set(['and', 'or', 'of', 'in', 'on', 'to', 'for', 'the', 'my', 'out', 'up', 'a']);
const ACRONYMS = new Set(['api', 'apis', 'sso', 'ui', 'id', 'idp', 'oidc', 'crm', 'erp', 'sms', 'cms', 'gis', 'dns', 'ai', 'ml', 'hr', 'uk', 'us', 'eu', 'gov']);

/** "Prison API", "HMPPS Auth", "Ledger Service": the id's words as a display name. */
export function upstreamName(id: string): string {
  return id
    .split('-')
    .map((word, i) => {
      if (ACRONYMS.has(word)) return word.toUpperCase();
      if (i > 0 && SMALL_WORDS.has(word)) return word;
      // A word without vowels is an acronym (`hmpps`, `dvla`... `opg`); one with is a word.
      if (!/[aeiouy]/.test(word) && word.length <= 6) return word.toUpperCase();
      return word[0]!.toUpperCase() + word.slice(1);
    })
    .join(' ');
}

/** Where a rule made from a deployment's settings says it came from. */
export const UPSTREAM_ORIGIN = 'discovered: an upstream service named by the deployment';

/** The rule for an upstream service, from its id alone (the same id always gives the same rule). */
export function upstreamRule(id: string): Rule {
  const name = upstreamName(id);
  const spaced = id.replace(/-/g, ' ');
  return {
    id,
    name,
    category: 'upstream',
    tier: 2,
    aliases: [...new Set([id, spaced])],
    signals: {},
    recovery: {
      failure: 'outage',
      impact: `The features that call ${name} fail: it is a service another team runs, and this app cannot do that work without it.`,
      managed: true,
      runBy: 'another-team',
      degrade: `Serve what does not need ${name}: show a "temporarily unavailable" message on the features that depend on it, and queue their requests for retry with back-off instead of failing them.`,
    },
    origin: UPSTREAM_ORIGIN,
  };
}

export function isUpstreamRule(rule: { category: string }): boolean {
  return rule.category === 'upstream';
}

/** `prison-api` as the usage grep finds it read: the variable, and Spring's relaxed property (`prison.api.url`). */
export function upstreamReadNames(signal: Pick<Signal, 'name'>): string[] {
  const name = signal.name.toUpperCase();
  return [...new Set([name, name.toLowerCase().replace(/_/g, '.')])];
}

/**
 * Settings for one service under longer names (`HMPPS_AUTH_EXTERNAL_URL` beside `HMPPS_AUTH_URL`,
 * `DFE_SIGN_IN_API_URL` beside `DFE_SIGN_IN_ISSUER`): an id whose words start with another id's
 * words (two words or more) is that service.
 */
export function mergeUpstreamIds(ids: readonly string[]): Map<string, string> {
  const sorted = [...new Set(ids)].sort((a, b) => a.split('-').length - b.split('-').length || (a < b ? -1 : 1));
  const into = new Map<string, string>();
  for (const id of sorted) {
    const words = id.split('-');
    const parent = sorted.find((other) => other !== id && into.get(other) === other && other.split('-').length >= 2 && other.split('-').length < words.length && words.slice(0, other.split('-').length).join('-') === other);
    into.set(id, parent ?? id);
  }
  return into;
}

/**
 * The catalog with a rule for each upstream service among `dependencies`: plans are matched,
 * ignores checked and stubs drafted against it, so "Prison API outage" covers `prison-api`.
 */
export function withUpstreamRules(catalog: Catalog, dependencies: ReadonlyArray<{ id: string; category: string }>): Catalog {
  const added = dependencies.filter((dep) => isUpstreamRule(dep) && !catalog.byId.has(dep.id)).map((dep) => upstreamRule(dep.id));
  return added.length === 0 ? catalog : makeCatalog([...catalog.rules, ...new Map(added.map((rule) => [rule.id, rule])).values()]);
}
