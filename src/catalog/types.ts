import type { Ecosystem } from '../discover/types.js';

export type Category =
  | 'database' | 'cache' | 'queue' | 'storage' | 'search' | 'auth' | 'payments' | 'email'
  | 'sms' | 'ai-api' | 'vector-db' | 'hosting' | 'cdn' | 'backend-platform' | 'analytics' | 'monitoring'
  /** a service the organisation runs elsewhere (another team's API), named by the deployment's settings */
  | 'upstream';

/** Every category a rule may have (rule files and `fail-on-categories` are checked against it). */
export const CATEGORIES: readonly Category[] = [
  'database', 'cache', 'queue', 'storage', 'search', 'auth', 'payments', 'email', 'sms', 'ai-api',
  'vector-db', 'hosting', 'cdn', 'backend-platform', 'analytics', 'monitoring', 'upstream',
];

export type Tier = 1 | 2 | 3;
/** Every tier a rule may have: 1 data is lost or the product is down, 2 a core flow breaks, 3 a feature degrades. */
export const TIERS: readonly Tier[] = [1, 2, 3];

/** A signal pattern. `provider` names who hosts the service when this pattern proves it (aws-rds, neon...). */
export interface NamePattern {
  /** exact name, or a glob (`STRIPE_*`, `@aws-sdk/client-s3`, `github.com/jackc/pgx*`) */
  name: string;
  provider?: string;
  /** terraform-modules only: the module's literal `engine` input must match one of these (globs allowed) */
  engine?: string[];
  /**
   * packages only: the module names code imports it by, when they do not follow from its name
   * (`mysqlclient` is imported as `MySQLdb`); usage in code is looked for under these
   */
  imports?: string[];
}

export interface TerraformPattern {
  /** resource type, glob allowed (`aws_elasticache_*`) */
  type: string;
  /** when set, the resource's `engine` attribute must match one of these (globs allowed) */
  engine?: string[];
  provider?: string;
}

export interface RuleSignals {
  packages?: Partial<Record<Ecosystem, NamePattern[]>>;
  env?: NamePattern[];
  /** a setting that selects a driver: `NAME=value`, the value compared case-insensitively (`DB_CONNECTION=pgsql`) */
  envValues?: NamePattern[];
  urlSchemes?: NamePattern[];
  images?: NamePattern[];
  terraform?: TerraformPattern[];
  terraformModules?: NamePattern[];
  helm?: NamePattern[];
  prisma?: NamePattern[];
  platform?: NamePattern[];
}

/** What a recovery scenario for this service needs; drafts are written from it. */
export interface RecoveryNeeds {
  /** the failure a scenario is about, e.g. "primary unavailable" */
  failure: string;
  /** what users see when it fails */
  impact: string;
  /** true when a third party runs it with no manual failover: the steps are the communication protocol */
  managed: boolean;
  /** provider status page, when it has one */
  statusPage?: string;
  /** checks that prove recovery */
  verify?: string[];
  /** the alert or symptom that says it failed */
  detection?: string;
  /** how the product degrades while it is down (the tier-3 note and a provider's outage) */
  degrade?: string;
  /**
   * `another-team`: the organisation runs it elsewhere (an upstream API named by the deployment's
   * settings), so its owners' channel stands where a provider's status page would
   */
  runBy?: 'another-team';
}

export interface Rule {
  id: string;
  name: string;
  category: Category;
  /** 1: data is lost or the product is down; 2: a core flow breaks; 3: a feature degrades */
  tier: 1 | 2 | 3;
  /** words that name the service in prose and commands, for reading plans */
  aliases: string[];
  signals: RuleSignals;
  recovery: RecoveryNeeds;
  /** the file it was loaded from, for messages */
  origin: string;
}

/**
 * How strongly the evidence shows the deployed application needs a service:
 * - confirmed: infrastructure the deployed stack declares (an IaC resource of the app's stack, a
 *   production compose/k8s/Helm workload, a platform add-on, a driver setting, a connection URL
 *   in production config);
 * - likely: a driver or SDK in a deployed app's production dependencies, with configuration for it;
 * - possible: an env name alone, an SDK only in an undeployed package, one option among alternatives.
 * The gate fails on confirmed and likely (`fail-on-confidence` changes that); possible ones are
 * listed to triage.
 */
export type Confidence = 'confirmed' | 'likely' | 'possible';
