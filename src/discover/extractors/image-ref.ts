/**
 * Container image references as the catalog knows them: `docker.io/bitnami/kafka:3.6@sha256:...`
 * becomes repository `bitnami/kafka` with tag `3.6`. Shared by compose, Kubernetes and Helm values.
 */

export interface ImageRef {
  /** lower-case repository without registry host, `library/` prefix, tag or digest */
  repository: string;
  /** the tag when it is a literal (not an unresolved variable) */
  tag?: string;
}

/**
 * Compose-style `${VAR:-default}` / `${VAR-default}` interpolation: the default is what a
 * plain checkout runs with. A hand-written regex because this is one token inside one
 * string, not a file format.
 */
const INTERPOLATION_WITH_DEFAULT = /\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}$]*)\}/g;

/** Parses an image reference; undefined when the repository itself is templated or empty. */
export function parseImageRef(raw: string): ImageRef | undefined {
  let ref = raw.trim().replace(INTERPOLATION_WITH_DEFAULT, '$1');
  const at = ref.indexOf('@');
  if (at !== -1) ref = ref.slice(0, at);
  let tag: string | undefined;
  // The tag follows the last ':' after the last '/'; an earlier ':' is a registry port.
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/')) {
    tag = ref.slice(colon + 1);
    ref = ref.slice(0, colon);
  }
  const repository = normalizeRepository(ref);
  if (!repository) return undefined;
  return { repository, ...(tag && !/[${}]/.test(tag) ? { tag } : {}) };
}

/** Lower-cases and strips the registry host and Docker Hub's `library/` namespace. */
export function normalizeRepository(raw: string): string | undefined {
  const parts = raw.trim().toLowerCase().split('/').filter(Boolean);
  if (parts.length > 1 && (parts[0]!.includes('.') || parts[0]!.includes(':') || parts[0] === 'localhost')) parts.shift();
  if (parts.length > 1 && parts[0] === 'library') parts.shift();
  const repository = parts.join('/');
  // Unresolved variables or template syntax: nothing reliable to name.
  if (!repository || /[${}\s]/.test(repository)) return undefined;
  return repository;
}

/**
 * Images that only ever serve development: mail catchers, database admin UIs, cloud
 * emulators and HTTP mocks. Matched on the last path segment so any publisher's build counts.
 */
const DEV_HELPER_IMAGES = new Set([
  'mailhog', 'mailpit', 'inbucket', 'maildev', 'mailcatcher', 'smtp4dev', 'greenmail',
  'adminer', 'pgadmin4', 'pgadmin', 'phpmyadmin', 'redis-commander', 'redisinsight', 'mongo-express', 'kafka-ui', 'kafdrop',
  'localstack', 'azurite', 'dynamodb-local', 'fake-gcs-server', 'cloud-sql-proxy-emulator', 'firebase-emulator',
  'wiremock', 'mockserver', 'prism', 'toxiproxy',
]);

export function isDevHelperImage(repository: string): boolean {
  return DEV_HELPER_IMAGES.has(repository.slice(repository.lastIndexOf('/') + 1));
}

/** Mail catchers: local SMTP servers that keep every message for a developer to read. */
export const MAIL_CATCHERS: ReadonlySet<string> = new Set(['mailhog', 'mailpit', 'inbucket', 'maildev', 'mailcatcher', 'smtp4dev', 'greenmail']);

export function isMailCatcherImage(repository: string): boolean {
  return MAIL_CATCHERS.has(repository.slice(repository.lastIndexOf('/') + 1).toLowerCase());
}
