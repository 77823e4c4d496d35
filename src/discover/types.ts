/**
 * What extractors find. A signal is one fact read from one line of one file
 * ("package.json line 12 depends on pg"); the catalog later turns signals into
 * dependencies. Extractors know file formats, never services.
 */

/** Package ecosystems whose names the catalog lists per rule. */
export type Ecosystem = 'npm' | 'pypi' | 'gem' | 'go' | 'composer' | 'cargo' | 'maven' | 'nuget' | 'hex';

export type SignalKind =
  /** a package in a manifest; `ecosystem` says which registry */
  | 'package'
  /** an environment variable name from an env example file or a platform config */
  | 'env'
  /** `NAME=value` for a variable whose value is one word: a driver setting such as `DB_CONNECTION=pgsql` */
  | 'env-value'
  /** the scheme of a connection URL found in a value (postgres, redis, amqp...) */
  | 'url-scheme'
  /** a container image repository without tag or registry host (postgres, bitnami/kafka) */
  | 'image'
  /** a Terraform resource type; `engine` holds its engine attribute when it has one */
  | 'terraform'
  /** a Terraform module source */
  | 'terraform-module'
  /** a Helm chart dependency or enabled sub-chart */
  | 'helm-chart'
  /** a Prisma datasource provider */
  | 'prisma'
  /** a hosting platform proven by its config file (vercel, netlify, fly...) */
  | 'platform'
  /**
   * a setting in production deployment configuration (Helm or Kubernetes env, an ECS task, a
   * production compose file or profile) that gives the app another service's address: an http(s)
   * URL or a host as its value, or a name that says so (`PRISON_API_URL`) when the value is a
   * secret or a placeholder; `name` is the setting. The value itself is never kept.
   */
  | 'service-url'
  /**
   * Not a service: a folder some workload deploys (a Dockerfile's, a platform config's, a
   * compose `build:` context, a package with a start script); `name` is the folder ('' for the root).
   * The deployment model (src/discover/deployment.ts) reads these; the catalog never matches them.
   */
  | 'deploy'
  /** Not a service: a workspace package, `name` its package name, `refs` the packages it depends on. */
  | 'workspace';

export interface Signal {
  kind: SignalKind;
  /** package name, variable name, scheme, image repository, resource type, chart, provider or platform id */
  name: string;
  ecosystem?: Ecosystem;
  /** Terraform engine attribute (postgres, aurora-postgresql, redis...) */
  engine?: string;
  path: string;
  /** 1-based line of the proof */
  line: number;
  /** evidence source shown to users: npm, pypi, env, compose, terraform, kubernetes, helm, prisma, platform... */
  source: string;
  /** short human description; never contains a secret value */
  detail: string;
  /** declared version or image tag, used to tell a version bump from no change */
  version?: string;
  /** dev/test-only signals are read but never make a production dependency */
  scope?: 'prod' | 'dev';
  /**
   * Why this signal names only an option or an indirect need, not a choice the deployment made:
   * an extra or an optional section, a transitive pin (`// indirect`, `# via other`), a
   * variable under an OPTIONAL heading, a template for another app, a local backing-service stack.
   * Such evidence makes a dependency `possible` at most.
   */
  optional?: string;
  /**
   * The platform whose own proof elsewhere lifts `optional`: a Heroku app.json's add-ons count
   * once a heroku.yml or a Procfile release phase shows the app really runs on Heroku.
   */
  optionalUnless?: string;
  /** `ci`: read from a CI workflow; only a deployment target (hosting) is proven by it */
  context?: 'ci';
  /**
   * service-url signals: the host of the address, lower-cased, so that settings of one service
   * (`HMPPS_AUTH_URL` and `AUTH_TOKEN_ENDPOINT_URL` on one host) are one; matching only, never
   * copied into evidence or a report
   */
  host?: string;
  /** workspace signals: the names of the packages it depends on */
  refs?: string[];
  /**
   * What the file says about the thing, as written there, for the stubs and the lint that checks
   * them: a Terraform resource's address and identifiers, a compose service's name, a Kubernetes
   * workload's kind, name, namespace and labels. Never a secret value. Matching ignores it.
   */
  facts?: Facts;
}

/** Named facts read from one place of one file (see Signal.facts). */
export type Facts = Record<string, string>;

export interface ScanWarning {
  path: string;
  line?: number;
  message: string;
}

/** A file handed to an extractor: its repository-relative path and its text. */
export interface ExtractInput {
  path: string;
  text: string;
  /** report a problem with this file; the scan goes on */
  warn(message: string, line?: number): void;
  /**
   * Reads another file relative to this file's folder (`values.yaml` beside a `Chart.yaml`)
   * from the same source; undefined when it is missing, unreadable or outside the repository.
   */
  readSibling?(relPath: string): Promise<string | undefined>;
}

export interface Extractor {
  /** stable id, also the default evidence source */
  id: string;
  /**
   * False when no file of this name is read, in whatever folder: lets a scan of 20,000 paths skip
   * most of them by name, once per distinct name. Must hold whenever `matches` does.
   */
  claimsName(name: string): boolean;
  /** true when this extractor reads files at this repository-relative path */
  matches(path: string): boolean;
  extract(input: ExtractInput): Signal[] | Promise<Signal[]>;
}
