import { dirname } from '../discover/extractors/paths.js';
import { inIntegrationFolder, PLATFORM_SOURCES, type DeploymentModel } from '../discover/deployment.js';
import type { Signal } from '../discover/types.js';
import type { ImportQuery, Site, UsageFindings } from '../discover/usage.js';
import type { Candidate, Matched, MatchedEvidence, ResolveContext } from './match.js';
import type { Category, Confidence, Rule } from './types.js';
import { isUpstreamRule, upstreamReadNames } from './upstream.js';

/**
 * Confidence per dependency, from the strength of its evidence (src/catalog/types.ts Confidence):
 *
 * - confirmed: infrastructure the deployed stack declares: an image a production workload runs
 *   (compose, Kubernetes, Helm values, a Dockerfile a workload builds), an IaC resource or module,
 *   an enabled chart, an operator's resource, a platform and its add-ons, a Prisma datasource, a
 *   driver setting (`DB_CONNECTION=pgsql`), a connection URL in deployment config;
 * - likely: a driver or SDK in a deployed app's production dependencies (imported by its code,
 *   or in an ecosystem where imports cannot tell) together with configuration for it (a setting
 *   named for the service in an env template, compose, Kubernetes, a platform or Spring config;
 *   for the one database driver, the generic `DATABASE_URL`; for a data store, its own setting read
 *   by the code beside the import); a setting the code reads; or a setting given to a deployed
 *   workload (a Kubernetes container's env, a Helm app's values, an ECS task's environment);
 * - possible: everything else: a setting alone, an SDK nothing imports or nothing configures,
 *   evidence only in an undeployed package or the docs site, one option among alternatives.
 */

/** The usage query for a package's evidence: its imports are looked for under its manifest's folder. */
export function importQueryOf(evidence: MatchedEvidence, rule: Rule): ImportQuery {
  const slash = evidence.signal.path.lastIndexOf('/');
  let folder = slash === -1 ? '' : evidence.signal.path.slice(0, slash);
  // A requirements/ folder holds the pins of the project around it.
  if (folder.split('/').pop() === 'requirements') folder = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '';
  // ORMs load a database driver from a URL or a dialect name (knex's `client: 'pg'`, Django's ENGINE): its code never imports it.
  const loadedByName = rule.category === 'database';
  return { ecosystem: evidence.signal.ecosystem!, name: evidence.signal.name, folder, ...(evidence.imports ? { imports: evidence.imports } : {}), ...(loadedByName ? { loadedByName } : {}) };
}

/**
 * The settings a rule names exactly (`S3_BUCKET`, `STRIPE_SECRET_KEY`; no globs): code that reads
 * one configures the service from the environment even when no template lists it.
 */
export function serviceSettingNames(rule: Rule): string[] {
  const names: string[] = [];
  for (const { name } of rule.signals.env ?? []) {
    if (/^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(name)) names.push(name);
    // A prefix the rule claims whole (`STRIPE_*`): the credentials services conventionally take under it.
    const prefix = /^([A-Z][A-Z0-9]{2,})_\*$/.exec(name)?.[1];
    if (prefix) names.push(...CREDENTIAL_SUFFIXES.map((suffix) => `${prefix}_${suffix}`));
  }
  return names;
}

/** Categories whose SDK, once its own code configures it, is the app's data: never an opt-in integration. */
const DATA_STORE_CATEGORIES = new Set<string>(['database', 'cache', 'queue', 'storage', 'search', 'vector-db']);

/**
 * The settings whose reads beside a rule's SDK are looked for (none outside data stores); for a
 * database also the generic datasource settings under any prefix (`*DATABASE_URL`: the usage
 * grep's form for `CONTENT_STORE_DATABASE_URL` too), which count for the one database driver.
 */
export function ownSettingsToRead(rule: Rule): string[] {
  if (!DATA_STORE_CATEGORIES.has(rule.category)) return [];
  return [...serviceSettingNames(rule), ...(rule.category === 'database' ? DATASOURCE_SUFFIXES.map((suffix) => `*${suffix}`) : [])];
}

/** The generic datasource settings, as the last words of a variable's name (`CONTENT_STORE_DATABASE_URL`, `DB_HOST`). */
const DATASOURCE_SUFFIXES = ['DATABASE_URL', 'DATABASE_URI', 'DATABASE_DSN', 'DATABASE_HOST', 'DB_URL', 'DB_URI', 'DB_DSN', 'DB_HOST', 'DB_HOSTNAME'];

/** Settings files of a development or test environment (Elixir config/dev.exs, Rails config/environments/test.rb, settings/local.py). */
const DEV_ENVIRONMENT_FILE = /(?:^|\/)(?:dev|development|test|testing|local)\.[a-z]+$/i;

/**
 * Where the deployed code reads a generic datasource setting (`os.Getenv("CONTENT_STORE_DATABASE_URL")`,
 * `System.get_env("DB_HOST")` in config/prod.exs, `env::var("DATABASE_URL")`): for the one
 * database driver, that is its configuration even when no env template lists the setting.
 */
function datasourceRead(context: ResolveContext, matched: Matched, rule: Rule): Site | undefined {
  for (const suffix of DATASOURCE_SUFFIXES) {
    const read = productReads(context, `*${suffix}`).find(
      (site) => !DEV_ENVIRONMENT_FILE.test(site.path) && context.deployment?.status(site.path) !== 'undeployed' && !namesOtherEngine(matched, site.name ?? suffix, rule),
    );
    if (read) return read;
  }
  return undefined;
}

/**
 * Variables that choose one service of a category (`MAILER_ADAPTER`, `EMAIL_BACKEND`,
 * `STORAGE_DRIVER`): a file that has one offers the category's services as alternatives, so two
 * of them named there by env alone are already a menu. A hand-written regex over one name.
 */
const CATEGORY_SELECTORS: Array<[RegExp, Category]> = [
  [/^(?:MAIL|MAILER|EMAIL|SMTP)_(?:ADAPTER|DRIVER|MAILER|BACKEND|PROVIDER|TRANSPORT|SERVICE)$/, 'email'],
  [/^SMS_(?:ADAPTER|DRIVER|BACKEND|PROVIDER|SERVICE)$/, 'sms'],
  [/^(?:STORAGE|FILESYSTEM|FILE_STORAGE|UPLOAD|BLOB)_(?:ADAPTER|DRIVER|DISK|BACKEND|PROVIDER|SERVICE|TYPE)$/, 'storage'],
  [/^(?:PAYMENT|PAYMENTS|BILLING)_(?:ADAPTER|DRIVER|BACKEND|PROVIDER|GATEWAY)$/, 'payments'],
  [/^(?:AI|LLM|MODEL)_(?:PROVIDER|BACKEND|ADAPTER)$/, 'ai-api'],
];

export function selectedCategory(envName: string): Category | undefined {
  const name = envName.toUpperCase();
  return CATEGORY_SELECTORS.find(([pattern]) => pattern.test(name))?.[1];
}

/** How services' own settings are conventionally named after their prefix (`STRIPE_SECRET_KEY`, `OPENAI_API_KEY`). */
const CREDENTIAL_SUFFIXES = ['API_KEY', 'SECRET_KEY', 'SECRET', 'TOKEN', 'API_TOKEN', 'ACCESS_TOKEN', 'URL', 'DSN'];

/** The literal schemes of a rule's URL patterns (`postgresql+*` gives `postgresql`). */
export function urlSchemeWords(rule: Rule): string[] {
  return [...new Set((rule.signals.urlSchemes ?? []).map((p) => p.name.replace(/\+\*$/, '')).filter((name) => /^[a-z][a-z0-9]*$/i.test(name)))];
}

export type EvidenceClass = 'infra' | 'config' | 'package';

export interface Weighed {
  evidence: MatchedEvidence;
  class: EvidenceClass;
  /** why this piece does not count toward the deployment's needs (an option, undeployed) */
  excluded?: string;
  /** true when it is excluded as one of the alternatives a manifest or file offers */
  offered?: boolean;
  /** true when it is excluded as one engine among several the product ships, one package or module each (offered, engine modules) */
  alternative?: boolean;
}

/** Kinds that declare infrastructure or a choice the deployment made. */
const INFRA_KINDS = new Set(['image', 'terraform', 'terraform-module', 'helm-chart', 'prisma', 'platform', 'env-value', 'url-scheme']);
/** Sources whose files belong to one app's folder: where they sit says whether that app is deployed. */
const APP_LOCAL_SOURCES = new Set(['env', 'spring', 'appsettings', 'app-config', 'elixir-config', 'node-config']);

function classOf(signal: Signal): EvidenceClass {
  if (signal.kind === 'package') return 'package';
  if (signal.kind === 'env' && signal.context !== 'ci') return 'config';
  return INFRA_KINDS.has(signal.kind) || signal.context === 'ci' ? 'infra' : 'config';
}

/** How many SDKs of one category a single manifest may declare before they read as alternatives. */
const ALTERNATIVE_SDKS = 3;
/** Sign-in providers are alternatives from two: each is one way in among several. */
const ALTERNATIVE_SIGN_INS = 2;
/** AI providers too: an app built on several providers' SDKs lets the deployer pick a model vendor. */
const ALTERNATIVE_AI_PROVIDERS = 2;

interface Alternatives {
  /** `path\0category` -> names of the services offered there as alternatives */
  offered: Map<string, string[]>;
  /** package -> the database engines the repository builds it with (`sqlx[postgres]`, `sqlx[mysql]`) */
  drivers: Map<string, string[]>;
  /** folder -> names of the hosting platforms whose deploy configs sit side by side there */
  hostingOptions: Map<string, string[]>;
  /** rule id -> why its SDK is one engine module among siblings (`server/modules/search/algolia/`) */
  adapters: Map<string, string>;
}
/** Per match: the alternatives before the usage grep, and after it (SDKs nothing imports drop out). */
const alternativesCache = new WeakMap<Matched, { before?: Alternatives; after?: Alternatives }>();

/**
 * One option among alternatives: one manifest declaring ALTERNATIVE_SDKS or more SDKs of one
 * category (a log server's optional inputs: Kafka, RabbitMQ, SQS, Kinesis; two for AI
 * providers) that the code imports, or one file naming two or more sign-in providers, none of
 * them declared as infrastructure anywhere; also database drivers of one package and hosting
 * platforms' configs side by side (below).
 */
function alternativesOf(matched: Matched, usage?: UsageFindings): Alternatives {
  const slot = alternativesCache.get(matched) ?? {};
  const cached = usage ? slot.after : slot.before;
  if (cached) return cached;
  const perFile = new Map<string, Set<string>>();
  for (const item of matched.candidates.values()) {
    if (item.evidence.some((e) => classOf(e.signal) === 'infra' && !e.signal.optional)) continue;
    for (const e of item.evidence) {
      const cls = classOf(e.signal);
      const auth = item.rule.category === 'auth';
      if (cls !== 'package' && !(auth && cls === 'config')) continue;
      // An SDK the code never imports (only its tests do) offers nothing to choose.
      if (cls === 'package' && usage && usage.imported(importQueryOf(e, item.rule)) === null) continue;
      const key = `${e.path}\0${item.rule.category}`;
      const names = perFile.get(key) ?? new Set<string>();
      names.add(item.rule.name);
      perFile.set(key, names);
    }
  }
  const offered = new Map<string, string[]>();
  for (const [key, names] of perFile) {
    const threshold = key.endsWith('\0auth') ? ALTERNATIVE_SIGN_INS : key.endsWith('\0ai-api') ? ALTERNATIVE_AI_PROVIDERS : ALTERNATIVE_SDKS;
    if (names.size >= threshold) offered.set(key, [...names].sort());
  }
  const made = { offered, drivers: driverChoicesOf(matched), hostingOptions: hostingOptionsOf(matched), adapters: usage ? engineModulesOf(matched, usage) : new Map<string, string>() };
  alternativesCache.set(matched, usage ? { ...slot, after: made } : { ...slot, before: made });
  return made;
}

/** The words of a service's id and name (`aws-s3`, "Azure Blob Storage"): how a folder for it is named. */
function serviceWords(rule: Rule): Set<string> {
  return new Set(`${rule.id} ${rule.name}`.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length >= 2));
}

/** Folder names that hold one module per engine of any kind. */
const ENGINE_FOLDERS = new Set(['adapters', 'backends', 'engines', 'drivers', 'modules']);
/** Folder names that say which kind of engine their modules are (`search/`, `storage/`, `mailers/`). */
const KIND_FOLDERS: Partial<Record<string, string[]>> = {
  search: ['search', 'searchengines'],
  storage: ['storage', 'storages', 'filesystems', 'blob', 'uploads'],
  email: ['mail', 'mailer', 'mailers', 'email', 'emails', 'transports'],
  cache: ['cache', 'caches'],
  database: ['database', 'databases', 'db', 'dialects'],
  payments: ['payment', 'payments', 'gateways', 'billing'],
  'ai-api': ['ai', 'llm', 'llms', 'models'],
  sms: ['sms'],
  auth: ['authentication', 'strategies'],
};

/**
 * True when a folder's name says it holds engines (`adapters/`), or engines of this category
 * (`server/modules/search/`): an app's own layers (`src/Infra/`, `lib/`) hold services that
 * work together (SNS fanning out to SQS), not alternatives.
 */
function holdsEnginesOf(folder: string, category: string): boolean {
  const name = folder.slice(folder.lastIndexOf('/') + 1).toLowerCase();
  return ENGINE_FOLDERS.has(name) || (KIND_FOLDERS[category] ?? []).includes(name);
}

/**
 * Engine modules side by side: a product that ships one folder per engine of a kind
 * (`server/modules/search/algolia/`, `server/modules/search/elasticsearch/`,
 * `lib/storage/s3/` beside `lib/storage/azure/`), each folder named for its service and the only
 * place its SDK is imported, lets the deployer pick one. Two or more services of one category
 * imported that way under one parent folder whose name says it holds engines (holdsEnginesOf)
 * make each an option, and so does one such folder under `<modules|adapters…>/<kind>/` (the path
 * names it one engine of a kind); the one the deployment runs is
 * still confirmed by its infrastructure or configured by its settings.
 */
function engineModulesOf(matched: Matched, usage: UsageFindings): Map<string, string> {
  /** `parent\0category` -> rule id -> the engine folder that imports it */
  const perParent = new Map<string, Map<string, string>>();
  /** rule id -> why its one engine folder is a module of a kind (`modules/search/algolia/`) */
  const single = new Map<string, string>();
  for (const item of matched.candidates.values()) {
    const words = serviceWords(item.rule);
    for (const e of item.evidence) {
      if (classOf(e.signal) !== 'package') continue;
      const site = usage.imported(importQueryOf(e, item.rule));
      if (!site) continue;
      const folder = dirname(site.path);
      const engine = folder.slice(folder.lastIndexOf('/') + 1).toLowerCase();
      const parent = dirname(folder);
      if (!parent || !engine.split(/[-_.]+/).some((word) => words.has(word)) || !holdsEnginesOf(parent, item.rule.category)) continue;
      const kind = parent.slice(parent.lastIndexOf('/') + 1).toLowerCase();
      const above = dirname(parent);
      // `modules/search/algolia/`: the path alone says this is one engine of a kind the product ships modules for.
      if ((KIND_FOLDERS[item.rule.category] ?? []).includes(kind) && ENGINE_FOLDERS.has(above.slice(above.lastIndexOf('/') + 1).toLowerCase())) {
        single.set(item.rule.id, `imported in ${folder}/, the ${engine} module among the ${kind} modules ${above}/ ships; the deployment picks its ${kind} engine`);
      }
      const key = `${parent}\0${item.rule.category}`;
      const ids = perParent.get(key) ?? new Map<string, string>();
      ids.set(item.rule.id, folder);
      perParent.set(key, ids);
    }
  }
  const adapters = new Map<string, string>();
  for (const [key, ids] of perParent) {
    if (ids.size < 2) continue;
    const parent = key.slice(0, key.indexOf('\0'));
    const folders = [...new Set(ids.values())].map((f) => f.slice(parent.length + 1)).sort();
    for (const [id, folder] of ids) adapters.set(id, `imported in ${folder}/, one of the engine modules ${parent}/ ships side by side (${folders.join(', ')}); the deployment picks one`);
  }
  for (const [id, why] of single) if (!adapters.has(id)) adapters.set(id, why);
  return adapters;
}

/** `sqlx[mysql]` -> `sqlx`: a package built with a feature or extra, by its base name. */
function featureBase(signal: Signal): string | undefined {
  return signal.kind === 'package' ? /^([^[\]]+)\[[^\]]+\]$/.exec(signal.name)?.[1] : undefined;
}

/**
 * One package built with drivers for two or more database engines anywhere in the repository
 * (`sqlx` with features `postgres` and `mysql`, or sibling adapter crates each with one): the
 * product supports each, and the deployment picks one. The package names none of them as the
 * one in use; infrastructure or a connection URL does.
 */
function driverChoicesOf(matched: Matched): Map<string, string[]> {
  const perPackage = new Map<string, Set<string>>();
  for (const item of matched.candidates.values()) {
    if (item.rule.category !== 'database') continue;
    for (const e of item.evidence) {
      const key = featureBase(e.signal);
      if (key) perPackage.set(key, (perPackage.get(key) ?? new Set<string>()).add(item.rule.name));
    }
  }
  const choices = new Map<string, string[]>();
  for (const [key, names] of perPackage) if (names.size >= 2) choices.set(key, [...names].sort());
  return choices;
}

/**
 * A platform's own config file (vercel.json, render.yaml, railway.toml, firebase.json, app.json,
 * a Procfile): the signal names the platform whose file it is, not an add-on it declares.
 */
function isPlatformConfig(e: MatchedEvidence): boolean {
  const { signal } = e;
  return signal.kind === 'platform' && PLATFORM_SOURCES.has(signal.source) && signal.name === signal.source && signal.scope !== 'dev' && !signal.context;
}

/**
 * Deploy configs of two or more hosting platforms in one folder (a render.yaml beside a
 * railway.toml, a netlify.toml beside a Deploy-to-Heroku app.json) are one-click options the
 * product offers its deployers: none of them says where this deployment runs. A platform a
 * workflow deploys to is still proven by that workflow.
 */
function hostingOptionsOf(matched: Matched): Map<string, string[]> {
  const perFolder = new Map<string, Set<string>>();
  for (const item of matched.candidates.values()) {
    for (const e of item.evidence) {
      if (!isPlatformConfig(e)) continue;
      for (const folder of deployTargets(e)) perFolder.set(folder, (perFolder.get(folder) ?? new Set<string>()).add(item.rule.name));
    }
  }
  const options = new Map<string, string[]>();
  for (const [folder, names] of perFolder) if (names.size >= 2) options.set(folder, [...names].sort());
  return options;
}

/**
 * The folders a platform config deploys: the ones it names (a render.yaml's services' rootDir,
 * a vercel.json's builds), else its own folder. Configs that deploy different folders (the
 * backend on Render, the frontend on Vercel) are two deployments, not two options.
 */
function deployTargets(e: MatchedEvidence): string[] {
  const named = e.signal.facts?.deploys;
  return named ? named.split(',') : [dirname(e.path)];
}

/** Why a hosting platform's piece of evidence is only an option, when it is. */
function hostingOption(evidence: MatchedEvidence, rule: Rule, cls: EvidenceClass, options: Map<string, string[]>): string | undefined {
  // `HEROKU_APP_NAME` read by the code says it can run there, not that this deployment does.
  if (rule.category === 'hosting' && cls === 'config') return `${evidence.signal.name} is a setting named for ${rule.name}: code that reads it can run there, which does not say the deployment does`;
  const names = isPlatformConfig(evidence) ? deployTargets(evidence).map((folder) => options.get(folder)).find((found) => found) : undefined;
  return names ? `one of the hosting options ${dirname(evidence.path) || 'the repository root'} offers side by side (${names.join(', ')}); nothing deploys to it from CI` : undefined;
}

/**
 * An entry of a feature-flag file (`config/feature_flags.yaml`, `features.yml`): the key names a
 * feature the product can switch on, with its description and rollout, not a setting that
 * configures the service for this deployment.
 */
function featureFlagEntry(evidence: MatchedEvidence): string | undefined {
  const name = evidence.path.slice(evidence.path.lastIndexOf('/') + 1).toLowerCase();
  const words = name.slice(0, name.lastIndexOf('.') > 0 ? name.lastIndexOf('.') : undefined).split(/[-_.]+/);
  const flags = words.includes('features') || (words.includes('feature') && (words.includes('flags') || words.includes('toggles')));
  return flags && evidence.signal.source === 'app-config' ? `${evidence.path} lists feature flags: the entry names a feature the product can switch on, not a setting for it` : undefined;
}

/** Each piece of a candidate's evidence with its class and, when it does not count, why. */
export function markAlternatives(item: Candidate, matched: Matched, deployment: DeploymentModel | undefined, usage?: UsageFindings): Weighed[] {
  const { offered, drivers, hostingOptions, adapters } = alternativesOf(matched, usage);
  const weighed = item.evidence.map((evidence): Weighed => {
    const { signal } = evidence;
    const cls = classOf(signal);
    let excluded = signal.optional ?? hostingOption(evidence, item.rule, cls, hostingOptions);
    let offeredHere = false;
    let alternative = false;
    if (excluded && signal.optionalUnless && provenElsewhere(matched, signal.optionalUnless)) excluded = undefined;
    if (!excluded && signal.source === 'dockerfile' && deployment && !deployment.builds(signal.path)) {
      excluded = `${signal.path} is a Dockerfile no workload is known to build`;
    }
    if (!excluded && deployment) {
      const located = cls === 'package' || APP_LOCAL_SOURCES.has(signal.source) || deployment.inDocsSite(signal.path);
      if (located) excluded = deployment.whyUndeployed(signal.path);
    }
    if (!excluded && (cls === 'package' || (cls === 'config' && item.rule.category === 'auth'))) {
      const names = offered.get(`${signal.path}\0${item.rule.category}`);
      offeredHere = !!names;
      if (names) excluded = `one of ${names.length} ${item.rule.category === 'auth' ? 'sign-in providers' : `${item.rule.category} services`} ${signal.path} offers (${names.join(', ')})`;
      alternative = !!names;
    }
    if (!excluded && cls === 'package' && adapters.has(item.rule.id)) {
      excluded = adapters.get(item.rule.id);
      alternative = true;
    }
    if (!excluded && cls === 'config') excluded = featureFlagEntry(evidence);
    if (!excluded && cls === 'package' && item.rule.category === 'database') {
      const key = featureBase(signal);
      const engines = key ? drivers.get(key) : undefined;
      if (engines) excluded = `one of the database drivers the repository builds ${featureBase(signal)} with (${engines.join(', ')}); the deployment picks one`;
      // Not an alternative with a default: one build compiles every engine in (docs.rs's sqlx runs PostgreSQL and SQLite side by side).
    }
    return { evidence, class: cls, ...(excluded ? { excluded } : {}), ...(offeredHere && excluded ? { offered: true } : {}), ...(alternative && excluded ? { alternative: true } : {}) };
  });
  return settingsOfAnOption(weighed);
}

/**
 * A service whose every SDK is one of the alternatives its manifests offer: the settings for it
 * (`ANTHROPIC_API_KEY` beside `OPENAI_API_KEY`) configure that option, wherever the code reads them.
 */
function settingsOfAnOption(weighed: Weighed[]): Weighed[] {
  const packages = weighed.filter((w) => w.class === 'package');
  const option = packages.find((w) => w.offered);
  if (!option || !packages.every((w) => w.excluded)) return weighed;
  return weighed.map((w) => (w.class === 'config' && !w.excluded ? { ...w, excluded: `it configures an option: ${option.evidence.signal.name} is ${option.excluded!}` } : w));
}

/** True when a platform is proven by evidence of its own that is not optional (a heroku.yml, a Procfile release phase). */
function provenElsewhere(matched: Matched, platform: string): boolean {
  return matched.signals.some((s) => s.kind === 'platform' && s.name === platform && !s.optional && s.scope !== 'dev');
}

/**
 * Sources whose settings are what a running workload is given (a Kubernetes container's env, a
 * Helm chart's values for an app, an ECS task definition's environment): the deployment's own
 * configuration, not a template someone may never fill in.
 */
const WORKLOAD_SETTING_SOURCES = new Set(['kubernetes', 'helm', 'ecs']);

/** Settings that point at the application's database without naming its engine. */
const GENERIC_DATASOURCE = new Set([
  'DATABASE_URL', 'DATABASE_URI', 'DATABASE_DSN', 'DATABASE_HOST', 'DB_URL', 'DB_URI', 'DB_DSN', 'DB_HOST', 'DB_HOSTNAME',
  'SQLALCHEMY_DATABASE_URI', 'SPRING_DATASOURCE_URL', 'JDBC_DATABASE_URL', 'QUARKUS_DATASOURCE_JDBC_URL',
]);

/**
 * True when the repository writes down deployment settings somewhere Paramedic reads (an env
 * template, compose or Kubernetes variables, a platform's env, Spring config): only then is a
 * package with no setting for it unconfigured rather than unknown.
 */
function declaresConfiguration(matched: Matched): boolean {
  return matched.signals.some((s) => (s.kind === 'env' || s.kind === 'url-scheme' || s.kind === 'env-value') && !s.context && !FREE_FORM_SETTING_SOURCES.has(s.source));
}

/**
 * Settings files whose keys the app names as it likes (`dynamoDbTables.accounts`, a runtime.exs's
 * `HEXPM_AWS_ACCESS_KEY_ID`): a key there that names a service configures it, but a service no key
 * names may still be configured under another name, so they never make a package unconfigured.
 */
const FREE_FORM_SETTING_SOURCES = new Set(['app-config', 'elixir-config']);

const where = (e: MatchedEvidence): string => `${e.path}:${e.line}`;

/** The database whose driver is the only database driver the deployed code declares, if there is one. */
function soleDatabaseDriver(matched: Matched, context: ResolveContext): string | undefined {
  const ids: string[] = [];
  for (const item of matched.candidates.values()) {
    if (item.rule.category !== 'database') continue;
    const weighed = markAlternatives(item, matched, context.deployment, context.usage);
    // A driver the code is known not to import (a Go module's leftover require) is not a second driver.
    if (weighed.some((w) => w.class === 'package' && !w.excluded && context.usage?.imported(importQueryOf(w.evidence, item.rule)) !== null)) ids.push(item.rule.id);
  }
  return ids.length === 1 ? ids[0] : undefined;
}

function genericDatasource(matched: Matched, context: ResolveContext, rule: Rule): Signal | undefined {
  return matched.signals.find(
    (s) =>
      s.kind === 'env' && !s.optional && !s.context && GENERIC_DATASOURCE.has(s.name.toUpperCase()) && context.deployment?.status(s.path) !== 'undeployed' &&
      !otherEngineOf(matched, s, rule),
  );
}

/**
 * The other database a generic setting's own value names (`DATABASE_URL=postgresql://…` seen
 * beside an SQLite driver): that URL configures that engine, not the one driver the code declares.
 */
function otherEngineOf(matched: Matched, setting: Signal, rule: Rule): string | undefined {
  for (const item of matched.candidates.values()) {
    if (item.rule.id === rule.id || item.rule.category !== 'database') continue;
    if (item.evidence.some((e) => e.signal.kind === 'url-scheme' && e.path === setting.path && e.line === setting.line)) return item.rule.name;
  }
  return undefined;
}

/** True when every template line that sets `name` gives it another engine's URL: reading it reads that engine's setting. */
function namesOtherEngine(matched: Matched, name: string, rule: Rule): boolean {
  const set = matched.signals.filter((s) => s.kind === 'env' && !s.context && s.name.toUpperCase() === name.toUpperCase());
  return set.length > 0 && set.every((s) => otherEngineOf(matched, s, rule) !== undefined);
}

/**
 * Servers that speak another service's protocol, so that service's clients and settings reach
 * them: an OpenSearch cluster is used through Elasticsearch clients and `ELASTICSEARCH_URL`.
 */
const COMPATIBLE_SERVERS: Record<string, string[]> = { elasticsearch: ['opensearch'] };

/** The compatible server the deployment declares as infrastructure, when one stands behind this rule's evidence. */
function compatibleServerOf(item: Candidate, matched: Matched): string | undefined {
  for (const id of COMPATIBLE_SERVERS[item.rule.id] ?? []) {
    const other = [...matched.candidates.values()].find((c) => c.rule.id === id);
    if (other?.evidence.some((e) => classOf(e.signal) === 'infra' && !e.signal.optional && e.signal.scope !== 'dev')) return other.rule.name;
  }
  return undefined;
}

/**
 * The reads of a setting by the product's own code: a read only inside an integration's folder
 * (`hc/integrations/call/transport.py`, `plugins/google/server/auth.ts`) is that integration
 * configuring itself when a deployer turns it on, not the product needing the service.
 */
function productReads(context: ResolveContext, name: string): Site[] {
  return (context.usage?.envRead(name) ?? []).filter((site) => !inIntegrationFolder(site.path));
}

/** The rule of the mail protocol itself, whose server an operator chooses. */
const MAIL_PROTOCOL_RULE = 'smtp';

/**
 * A template's selector for this service's category set to something else (`STORAGE_DRIVER=local`,
 * `MAIL_MAILER=log`): the deployment it describes picks another backend, so an SDK nothing
 * configures is one the product ships for deployers who pick it. A selector set to this service
 * is its own evidence (`STORAGE_DRIVER=s3`, confirmed) and never reaches here.
 */
function otherSelection(item: Candidate, matched: Matched, context: ResolveContext): Signal | undefined {
  return matched.signals.find(
    (s) =>
      s.kind === 'env-value' && s.source === 'env' && !s.optional && !s.context && selectedCategory(s.name.slice(0, s.name.indexOf('='))) === item.rule.category &&
      !selectsRule(s.name.slice(s.name.indexOf('=') + 1), item.rule) &&
      context.deployment?.status(s.path) !== 'undeployed' && !item.evidence.some((e) => e.path === s.path && e.line === s.line && e.signal.name === s.name),
  );
}

/**
 * A template's selector for this service's category set to this service (`STORAGE_PROVIDER=s3`).
 * Not the mail protocol: `MAIL_DRIVER=smtp` says mail goes to whatever server the operator sets,
 * if any (the round-5 reasoning of mailLibraryUnset); the SMTP settings decide.
 */
function selectionOf(item: Candidate, matched: Matched, context: ResolveContext): Signal | undefined {
  if (item.rule.id === MAIL_PROTOCOL_RULE) return undefined;
  return matched.signals.find(
    (s) =>
      s.kind === 'env-value' && s.source === 'env' && !s.optional && !s.context && selectedCategory(s.name.slice(0, s.name.indexOf('='))) === item.rule.category &&
      selectsRule(s.name.slice(s.name.indexOf('=') + 1), item.rule) && context.deployment?.status(s.path) !== 'undeployed',
  );
}

const squashed = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Whether a selector's value names this rule (`STORAGE_PROVIDER=s3` is Amazon S3): a selector
 * name the rule's own settings do not list still picks it, not another backend.
 */
function selectsRule(value: string, rule: Rule): boolean {
  const chosen = squashed(value);
  if (chosen.length < 2) return false;
  return [rule.id, rule.name, ...(rule.aliases ?? [])].some((name) => squashed(name) === chosen) || squashed(rule.id).endsWith(chosen);
}

/**
 * A mail library (nodemailer, Spring's mail starter) with no mail setting anywhere Paramedic
 * reads: the mail server is whatever an operator enters where the product keeps its own
 * settings (an admin page), if mail is turned on at all. A product that needs its mail server
 * names it: a relay it deploys, a mail host in its templates or workloads. Only the mail
 * protocol (the smtp rule): a provider's SDK (@sendgrid/mail, resend) names the provider it
 * sends through, whoever holds its key.
 */
function mailLibraryUnset(item: Candidate, weighed: Weighed[], matched: Matched): string | undefined {
  // Where the repository writes settings down, the usual "nothing configures it" applies.
  if (item.rule.id !== MAIL_PROTOCOL_RULE || weighed.some((w) => w.class === 'config') || declaresConfiguration(matched)) return undefined;
  return `no template, compose file or manifest sets a mail server for it: mail is configured by the operator at run time, if at all`;
}

/**
 * Engines that run inside the application's process on a local file: they need no server, so a
 * product that ships one beside server engines runs on it unless its operator names a server.
 */
const EMBEDDED_DATABASES = new Set(['sqlite']);

/**
 * The default engine of a product that supports several databases (gotify, memos, woodpecker:
 * SQLite, MySQL or PostgreSQL, chosen by a flag). Each engine's driver is one option among
 * alternatives, but a deployment that picks none runs on the embedded one, and that is what most
 * deployments run: the plan must cover it. It is the default only when the repository deploys the
 * code (a Dockerfile, a platform config, a workload), the driver is imported by deployed code, and
 * no deployment config of the repository names another engine (a server image, a connection URL, a
 * driver setting, settings for it): a compose file running MariaDB beside the app has chosen.
 */
function embeddedDefault(item: Candidate, weighed: Weighed[], matched: Matched, context: ResolveContext): string | undefined {
  if (!EMBEDDED_DATABASES.has(item.rule.id) || !context.deployment || context.deployment.folders.length === 0) return undefined;
  const imported = (w: Weighed): boolean => context.deployment!.status(w.evidence.path) !== 'undeployed' && context.usage?.imported(importQueryOf(w.evidence, item.rule)) !== null;
  // One engine among the alternatives, or the only engine the deployed code imports at all.
  const option = weighed.find((w) => w.class === 'package' && (w.alternative || !w.excluded) && imported(w));
  if (!option) return undefined;
  const others: string[] = [];
  for (const other of matched.candidates.values()) {
    if (other === item || other.rule.category !== 'database') continue;
    const marked = markAlternatives(other, matched, context.deployment, context.usage);
    // Another engine the deployment declares or configures is the one it chose.
    if (marked.some((w) => !w.excluded && w.class !== 'package' && w.evidence.signal.scope !== 'dev')) return undefined;
    // Another engine whose driver is no option (the product's only server engine) is no choice either.
    if (marked.some((w) => !w.excluded && w.class === 'package')) return undefined;
    if (marked.some((w) => w.alternative)) others.push(other.rule.name);
  }
  const site = context.usage?.imported(importQueryOf(option.evidence, item.rule));
  const how = site ? `imported at ${site.path}:${site.line}` : `declared at ${where(option.evidence)}`;
  if (others.length === 0) {
    // Its file is a path, not a setting named for a service: that nothing "configures" it says nothing.
    return option.alternative ? undefined : `${option.evidence.signal.name} ${how} is the only database engine the deployed code uses: ${item.rule.name} is embedded, a file the app opens, so no setting names a server for it`;
  }
  return `${option.evidence.signal.name} ${how}: ${item.rule.name} is the embedded engine among the databases the product supports (${[item.rule.name, ...others].sort().join(', ')}), and no deployment config names a database server or settings for another, so a deployment runs on ${item.rule.name} unless its operator picks one`;
}

/** Settings files where the app reads its configuration from the environment (`${PRISON_API_URL}`). */
const APP_SETTINGS_SOURCES = new Set(['spring', 'app-config', 'node-config', 'elixir-config', 'appsettings']);

/**
 * Where the app reads an upstream service's address: its code (the variable, or Spring's relaxed
 * property `prison.api.url`), or its own settings file taking the variable (`${PRISON_API_URL}`).
 */
function upstreamRead(item: Candidate, live: Weighed[], matched: Matched, context: ResolveContext): string | undefined {
  for (const w of live) {
    const signal = w.evidence.signal;
    for (const name of upstreamReadNames(signal)) {
      const read = productReads(context, name).find((site) => context.deployment?.status(site.path) !== 'undeployed');
      if (read) return `${read.path}:${read.line}`;
    }
    const setting = matched.signals.find((s) => s.kind === 'env' && APP_SETTINGS_SOURCES.has(s.source) && s.path !== signal.path && s.name.toUpperCase() === signal.name.toUpperCase() && context.deployment?.status(s.path) !== 'undeployed');
    if (setting) return `${setting.path}:${setting.line}`;
  }
  return undefined;
}

/**
 * An upstream service (src/catalog/upstream.ts) is `possible`, to triage, whatever file names it:
 * an organisation's deployment gives its apps the addresses of many of its other services, and
 * the labelled corpus's organisation apps name three to ten each, of which one or two are what
 * the app cannot work without (round 6 measured it: see the README's Confidence section). One
 * that nothing reads is no dependency at all (undefined).
 */
function assessUpstream(item: Candidate, weighed: Weighed[], matched: Matched, context: ResolveContext): { confidence: Confidence; reason: string } | undefined {
  const live = weighed.filter((w) => !w.excluded);
  if (live.length === 0) {
    const first = weighed.find((w) => w.excluded)!;
    return { confidence: 'possible', reason: `${first.evidence.detail} (${where(first.evidence)}): ${first.excluded}` };
  }
  const read = upstreamRead(item, live, matched, context);
  if (!read) return undefined;
  const first = live[0]!.evidence;
  return {
    confidence: 'possible',
    reason: `${first.signal.name} (${where(first)}) gives the app ${item.rule.name}'s address, read at ${read}: a service another team runs; accept it if the app cannot work without it`,
  };
}

export function assessConfidence(item: Candidate, weighed: Weighed[], matched: Matched, context: ResolveContext): { confidence: Confidence; reason: string } | undefined {
  if (isUpstreamRule(item.rule)) return assessUpstream(item, weighed, matched, context);
  const live = weighed.filter((w) => !w.excluded);
  const infra = live.find((w) => w.class === 'infra');
  if (infra) return { confidence: 'confirmed', reason: `${infra.evidence.detail} (${where(infra.evidence)})` };

  const server = compatibleServerOf(item, matched);
  if (server) {
    return { confidence: 'possible', reason: `${item.rule.name} clients and settings also reach ${server}, which the deployment declares: this is likely the same cluster` };
  }
  const packages = live.filter((w) => w.class === 'package');
  const configs = live.filter((w) => w.class === 'config');
  const imports = packages.map((w) => ({ w, site: context.usage?.imported(importQueryOf(w.evidence, item.rule)) }));
  const used = imports.filter((p) => p.site !== null);
  if (used.length > 0) {
    const pkg = used.find((p) => p.site) ?? used[0]!;
    const how = pkg.site ? `imported at ${pkg.site.path}:${pkg.site.line}` : `declared at ${where(pkg.w.evidence)}`;
    if (configs.length > 0) {
      return { confidence: 'likely', reason: `${pkg.w.evidence.signal.name} ${how}, configured by ${configs[0]!.evidence.signal.name} (${where(configs[0]!.evidence)})` };
    }
    const chosen = selectionOf(item, matched, context);
    if (chosen) return { confidence: 'likely', reason: `${pkg.w.evidence.signal.name} ${how}, and ${chosen.name} (${chosen.path}:${chosen.line}) selects it as the ${item.rule.category} backend` };
    const other = otherSelection(item, matched, context);
    if (other) return { confidence: 'possible', reason: `${pkg.w.evidence.signal.name} ${how}, but ${other.name} (${other.path}:${other.line}) picks another ${item.rule.category} backend and nothing configures ${item.rule.name}: one the product offers` };
    const url = urlSchemeWords(item.rule).map((scheme) => context.usage?.urlSeen(scheme)).find((site) => site !== undefined);
    if (url) return { confidence: 'likely', reason: `${pkg.w.evidence.signal.name} ${how}, with a connection URL for it at ${url.path}:${url.line}` };
    if (item.rule.category === 'database' && soleDatabaseDriver(matched, context) === item.rule.id) {
      const setting = genericDatasource(matched, context, item.rule);
      if (setting) return { confidence: 'likely', reason: `${pkg.w.evidence.signal.name} ${how} is the only database driver, and ${setting.name} (${setting.path}:${setting.line}) points at a database` };
      const read = datasourceRead(context, matched, item.rule);
      if (read) return { confidence: 'likely', reason: `${pkg.w.evidence.signal.name} ${how} is the only database driver, and ${read.path}:${read.line} reads ${read.name ?? 'a datasource setting'}, which points at a database` };
    }
    // A setting the deployed code reads is configuration wherever its name is written down, even
    // when only the development env file lists it (production sets it in the platform).
    for (const setting of matched.devSettings?.get(item.rule.id) ?? []) {
      const read = productReads(context, setting.name).find((site) => context.deployment?.status(site.path) !== 'undeployed');
      if (read) return { confidence: 'likely', reason: `${pkg.w.evidence.signal.name} ${how}, and ${read.path}:${read.line} reads ${setting.name} (listed in ${setting.path}:${setting.line})` };
    }
    // The code that imports the SDK configures it from the environment (`S3_BUCKET` beside the
    // S3 client). Only where no template mentions the service (a template that offers it as an
    // option has the last word) and in the importing code's own folder: a central settings
    // module reads every optional integration's key whether or not a deployment sets it.
    // Data stores only: an AI, payment, mail or sign-in SDK reading its key beside the client is
    // as often an optional integration switched on by that key (round 3's tuning splits: 4 of 5).
    const site = pkg.site;
    if (site && !weighed.some((w) => w.class === 'config')) {
      const folder = site.path.slice(0, site.path.lastIndexOf('/') + 1);
      for (const name of ownSettingsToRead(item.rule).filter((n) => !n.startsWith('*'))) {
        const read = productReads(context, name).find((r) => r.path.startsWith(folder) && !r.path.slice(folder.length).includes('/') && context.deployment?.status(r.path) !== 'undeployed');
        if (read) return { confidence: 'likely', reason: `${pkg.w.evidence.signal.name} ${how}, and ${read.path}:${read.line} beside it reads ${name}` };
      }
    }
    const unset = mailLibraryUnset(item, weighed, matched);
    if (unset) return { confidence: 'possible', reason: `${pkg.w.evidence.signal.name} ${how}; ${unset}` };
    // Missing configuration says something only where the repository writes its configuration down.
    if (!declaresConfiguration(matched)) {
      return { confidence: 'likely', reason: `${pkg.w.evidence.signal.name} ${how}; the repository keeps no deployment settings (no env template, compose or manifest variables) to check it against` };
    }
  }
  for (const config of configs) {
    // Read by the code of a deployed app; a CLI package beside it reading the same name proves nothing,
    // and neither does the file that names it (an Elixir runtime.exs reads what it lists).
    const read = productReads(context, config.evidence.signal.name).find((site) => site.path !== config.evidence.path && context.deployment?.status(site.path) !== 'undeployed');
    if (read) return { confidence: 'likely', reason: `${config.evidence.signal.name} is set in ${where(config.evidence)} and read by ${read.path}:${read.line}` };
  }

  const given = configs.find((w) => WORKLOAD_SETTING_SOURCES.has(w.evidence.signal.source));
  if (given) return { confidence: 'likely', reason: `${given.evidence.signal.name} is given to a deployed workload (${where(given.evidence)})` };

  const embedded = embeddedDefault(item, weighed, matched, context);
  if (embedded) return { confidence: 'likely', reason: embedded };

  // Possible: say what is missing, then what was set aside and why.
  const setAside = (w: Weighed | undefined): string => (w ? `; ${w.evidence.detail} (${where(w.evidence)}) is set aside: ${w.excluded}` : '');
  const firstExcluded = weighed.find((w) => w.excluded && (w.class !== 'config' || live.every((l) => l.class === 'config')));
  if (live.length === 0) {
    const first = weighed.find((w) => w.excluded)!;
    return { confidence: 'possible', reason: `${first.evidence.detail} (${where(first.evidence)}): ${first.excluded}` };
  }
  if (packages.length > 0 && used.length === 0) {
    const p = packages[0]!.evidence;
    return { confidence: 'possible', reason: `${p.signal.name} is declared (${where(p)}) but no code imports it${setAside(weighed.find((w) => w.excluded))}` };
  }
  if (used.length > 0) {
    const p = used[0]!.w.evidence;
    return { confidence: 'possible', reason: `${p.signal.name} is declared (${where(p)}) but no deployment setting configures it${setAside(weighed.find((w) => w.excluded && w.class === 'config'))}` };
  }
  const c = configs[0]!.evidence;
  return { confidence: 'possible', reason: `only the setting ${c.signal.name} names it (${where(c)}) and no deployed code reads it${setAside(firstExcluded)}` };
}
