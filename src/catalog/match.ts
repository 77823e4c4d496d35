import { minimatch, Minimatch } from 'minimatch';
import { MAIL_LEFT_OFF } from '../discover/extractors/connection-url.js';
import { isMailCatcherImage } from '../discover/extractors/image-ref.js';
import { hasDevToken } from '../discover/extractors/dev-scope.js';
import { dirname } from '../discover/extractors/paths.js';
import { stripTrailing } from '../util/text-scan.js';
import { inIntegrationFolder, type DeploymentModel } from '../discover/deployment.js';
import type { Ecosystem, Facts, Signal } from '../discover/types.js';
import type { UsageFindings, UsageRequest } from '../discover/usage.js';
import { assessConfidence, importQueryOf, markAlternatives, ownSettingsToRead, selectedCategory, urlSchemeWords, type Weighed } from './strength.js';
import { FRAMEWORK_ENV_PREFIX } from './env-names.js';
import type { Catalog } from './load.js';
import type { Category, Confidence, NamePattern, Rule } from './types.js';
import { isUpstreamRule, mergeUpstreamIds, upstreamIdOf, upstreamReadNames, upstreamRule } from './upstream.js';

export interface Evidence {
  path: string;
  line: number;
  source: string;
  detail: string;
  /** what the file says about the thing (its name, identifiers, namespace...), when the extractor read it */
  facts?: Facts;
}

export interface Dependency {
  id: string;
  name: string;
  category: Category;
  tier: 1 | 2 | 3;
  /** who hosts it when the evidence says (aws-rds, neon, upstash...); null when unknown or self-run */
  provider: string | null;
  evidence: Evidence[];
  /** strength of the evidence (see Confidence); absent from older reports, read as `likely` */
  confidence?: Confidence;
  /** why it has that confidence, in one sentence naming the deciding evidence */
  confidenceReason?: string;
}

interface Entry {
  rule: Rule;
  provider?: string;
  engine?: string[];
  imports?: string[];
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * One catalog glob, compiled on first use. `prefix` is its literal start, lower-cased, when
 * that start is plain ASCII: a name that does not start with it cannot match, so most names
 * are turned away by one string comparison and most globs are never compiled at all.
 */
class LazyGlob {
  private matcher?: Minimatch;
  private readonly prefix: string;

  constructor(private readonly glob: string) {
    // Up to the first glob character; a leading `!` or `#` means something else to minimatch.
    const literal = /^[A-Za-z0-9_@:=+-][A-Za-z0-9_@:=+.-]*/.exec(glob)?.[0] ?? '';
    this.prefix = literal.toLowerCase();
  }

  /** `lowered`: the name lower-cased when it is plain ASCII (Unicode case folding may differ otherwise), or undefined. */
  match(name: string, lowered: string | undefined): boolean {
    if (lowered !== undefined && !lowered.startsWith(this.prefix)) return false;
    this.matcher ??= new Minimatch(this.glob, { dot: true, nocase: true, noext: true });
    return this.matcher.match(name);
  }
}

/** Exact names in a map, globs in a list: most lookups are one map hit. */
class PatternIndex {
  private readonly exact = new Map<string, Entry[]>();
  private readonly globs: Array<{ matcher: LazyGlob; entry: Entry }> = [];

  constructor(private readonly normalize: (name: string) => string) {}

  add(pattern: string, entry: Entry): void {
    const name = this.normalize(pattern);
    // Brackets are literal, never character classes: `celery[redis]` names a Python extra and
    // `sqlx[postgres]` a Rust feature. `noext` keeps `+` in `postgresql+*` a plain character.
    if (/[*?{]/.test(name)) {
      const glob = name.replace(/[[\]]/g, '\\$&');
      this.globs.push({ matcher: new LazyGlob(glob), entry });
    } else {
      const list = this.exact.get(name) ?? [];
      list.push(entry);
      this.exact.set(name, list);
    }
  }

  /** Exact names only: no glob is tried. */
  lookupExact(raw: string): Entry[] {
    return this.exact.get(this.normalize(raw)) ?? [];
  }

  lookup(raw: string): Entry[] {
    const name = this.normalize(raw);
    const found = [...(this.exact.get(name) ?? [])];
    if (this.globs.length === 0) return found;
    const lowered = NON_ASCII.test(name) ? undefined : name.toLowerCase();
    for (const { matcher, entry } of this.globs) if (matcher.match(name, lowered)) found.push(entry);
    return found;
  }
}

const lower = (name: string): string => name.toLowerCase();
/** PEP 503: names compare case-insensitively with runs of -, _ and . folded together. */
const pypiName = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');
/** Go: a major-version suffix (/v5) names the same module. */
const goModule = (name: string): string => name.toLowerCase().replace(/\/v\d+$/, '');
const envName = (name: string): string => name.toUpperCase();
/** `DB_CONNECTION=PgSQL` -> `DB_CONNECTION=pgsql`: names upper-case, values lower-case. */
const envValue = (pair: string): string => {
  const eq = pair.indexOf('=');
  return eq === -1 ? pair.toUpperCase() : `${pair.slice(0, eq).toUpperCase()}=${pair.slice(eq + 1).toLowerCase()}`;
};

/**
 * First words that name a local stand-in, not an app (`MAILPIT_SMTP_PORT`, `LOCALSTACK_S3_URL`):
 * what follows configures the stand-in a developer runs, never the service in production.
 */
const LOCAL_STAND_IN = /^(?:MAILPIT|MAILHOG|MAILCATCHER|MAILDEV|SMTP4DEV|LOCALSTACK|FAKE|MOCK|STUB)_/;

/** `<APP>_REST_OF_NAME`: the first word and its underscore, when what follows still has one. */
const APP_ENV_PREFIX = /^[A-Z][A-Z0-9]*_([A-Z][A-Z0-9]*_[A-Z0-9_]+)$/;

const NORMALIZERS: Record<Ecosystem, (name: string) => string> = {
  npm: lower, pypi: pypiName, gem: lower, go: goModule, composer: lower, cargo: lower, maven: lower, nuget: lower, hex: lower,
};

export class Matcher {
  private readonly packages = new Map<Ecosystem, PatternIndex>();
  private readonly byKind = new Map<string, PatternIndex>();
  private readonly terraform: PatternIndex;
  /** The catalog's registry modules by the core of their name (`s3-bucket` -> `s3`), with the provider segment. */
  private readonly moduleCores = new Map<string, Array<{ provider: string; entry: Entry }>>();
  private readonly rules: readonly Rule[];
  /** each rule's id, name and aliases, letters and digits only -> the one rule with it (null: more than one) */
  private names?: Map<string, Rule | null>;

  constructor(catalog: Catalog) {
    this.rules = catalog.rules;
    for (const eco of Object.keys(NORMALIZERS) as Ecosystem[]) this.packages.set(eco, new PatternIndex(NORMALIZERS[eco]));
    const kinds: Array<[string, (n: string) => string, (rule: Rule) => NamePattern[] | undefined]> = [
      ['env', envName, (r) => r.signals.env],
      ['env-value', envValue, (r) => r.signals.envValues],
      ['url-scheme', lower, (r) => r.signals.urlSchemes],
      ['image', lower, (r) => r.signals.images],
      ['terraform-module', lower, (r) => r.signals.terraformModules],
      ['helm-chart', lower, (r) => r.signals.helm],
      ['prisma', lower, (r) => r.signals.prisma],
      ['platform', lower, (r) => r.signals.platform],
    ];
    for (const [kind, normalize] of kinds) this.byKind.set(kind, new PatternIndex(normalize));
    this.terraform = new PatternIndex(lower);

    for (const rule of catalog.rules) {
      for (const [eco, list] of Object.entries(rule.signals.packages ?? {}) as Array<[Ecosystem, NamePattern[]]>) {
        for (const p of list) this.packages.get(eco)!.add(p.name, { rule, provider: p.provider, ...(p.imports ? { imports: p.imports } : {}) });
      }
      for (const [kind, , get] of kinds) {
        for (const p of get(rule) ?? []) this.byKind.get(kind)!.add(p.name, { rule, provider: p.provider, engine: p.engine });
      }
      for (const t of rule.signals.terraform ?? []) this.terraform.add(t.type, { rule, provider: t.provider, engine: t.engine });
      for (const m of rule.signals.terraformModules ?? []) {
        const [, name, provider, ...more] = m.name.toLowerCase().split('/');
        const core = name && provider && more.length === 0 && !/[*?{]/.test(m.name) ? moduleCore(name) : undefined;
        if (!core) continue;
        const list = this.moduleCores.get(core) ?? [];
        list.push({ provider, entry: { rule, provider: m.provider, engine: m.engine } });
        this.moduleCores.set(core, list);
      }
    }
  }

  /**
   * A module the catalog does not list, read by the core of its name: a project's own or a git
   * module's folder (`./modules/s3`, `git::…//rds` with `engine = "aurora-postgresql"`), or a
   * registry module of another namespace for the same provider (`acme/s3-bucket/aws`). A module
   * for an engine the catalog lists only with engines needs its literal engine input.
   */
  private moduleByCore(source: string, folder: string | undefined, engine: string | undefined): Entry[] {
    const segments = source.toLowerCase().split('/');
    const registry = folder === undefined && segments.length === 3 ? { name: segments[1]!, provider: segments[2]! } : undefined;
    const core = moduleCore(folder ?? registry?.name ?? '');
    if (!core) return [];
    const found = (this.moduleCores.get(core) ?? []).filter((m) => (!registry || m.provider === registry.provider) && engineMatches(m.entry, engine)).map((m) => m.entry);
    // One rule per module: the same service listed under several namespaces is one match.
    return [...new Map(found.map((e) => [e.rule.id, e])).values()];
  }

  /**
   * The one catalog rule an id names by its id, display name or an alias, letters and digits
   * only (`govuk-notify` and "GOV.UK Notify"), if any: an upstream service named by a setting
   * (`GOVUK_NOTIFY_URL`) that the catalog knows is that rule.
   */
  ruleNamed(id: string): Rule | undefined {
    const squash = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (!this.names) {
      this.names = new Map();
      for (const rule of this.rules) {
        for (const name of new Set([rule.id, rule.name, ...rule.aliases].map(squash).filter((n) => n.length >= 3))) {
          const seen = this.names.get(name);
          this.names.set(name, seen === undefined || seen === rule ? rule : null);
        }
      }
    }
    return this.names.get(squash(id)) ?? undefined;
  }

  /** The rules a signal proves, with the provider each implies. */
  match(signal: Signal): Entry[] {
    switch (signal.kind) {
      case 'package': {
        const index = signal.ecosystem ? this.packages.get(signal.ecosystem) : undefined;
        if (!index) return [];
        // `redis[hiredis]` is still the `redis` package: look the base name up too.
        const base = /^([^[\]]+)\[[^\]]*\]$/.exec(signal.name)?.[1];
        return base ? [...index.lookup(signal.name), ...index.lookup(base)] : index.lookup(signal.name);
      }
      case 'terraform':
        return this.terraform.lookup(signal.name).filter((entry) => engineMatches(entry, signal.engine));
      case 'terraform-module': {
        const found = (this.byKind.get('terraform-module')?.lookup(signal.name) ?? []).filter((entry) => engineMatches(entry, signal.engine));
        if (found.length > 0) return found;
        // A module of the project's own (`./modules/postgres`, `git::…//aks/redis`) named after an
        // engine is that engine: its folder's name is looked up as an official image's name.
        const local = /^(?:\.{1,2}\/|git::|[^/]+\/\/)|\/\/[^/]/.test(signal.name);
        const folder = stripTrailing(signal.name, '/').split('/').pop() ?? '';
        const engine = local && folder ? this.byKind.get('image')!.lookupExact(folder) : [];
        if (engine.length > 0) return engine;
        return this.moduleByCore(signal.name, local ? folder : undefined, signal.engine);
      }
      case 'image': {
        const index = this.byKind.get('image')!;
        const found = index.lookup(signal.name);
        // A project's own build of an official image (`ghcr.io/immich-app/postgres`) is still
        // that engine: an unknown repository falls back to its last segment, exact names only.
        const slash = signal.name.lastIndexOf('/');
        if (found.length > 0) return found;
        const last = signal.name.slice(slash + 1);
        const own = slash === -1 ? [] : index.lookupExact(last);
        if (own.length > 0) return own;
        // A project's own image named for the engine and its version or role (`postgresql-16`,
        // `redis-cache`), not one of the engine's helpers (`redis-exporter`, `postgres-operator`).
        const named = /^([a-z][a-z0-9]*)-([a-z0-9.-]+)$/.exec(last);
        if (named && !ENGINE_HELPER.test(named[2]!)) {
          const engine = index.lookupExact(named[1]!);
          if (engine.length > 0) return engine;
        }
        // A project's registry may name the engine in the tag (`registry/database:mysql-8.0`).
        const engine = /^([a-z][a-z0-9]*)(?:[-_.]|\d|$)/.exec(signal.version?.toLowerCase() ?? '')?.[1];
        return engine ? index.lookupExact(engine) : [];
      }
      case 'env': {
        const index = this.byKind.get('env')!;
        const found = index.lookup(signal.name);
        if (found.length > 0) return found;
        const upper = signal.name.toUpperCase();
        const bare = upper.replace(FRAMEWORK_ENV_PREFIX, '');
        if (bare !== upper) return index.lookup(bare);
        // An application's own prefix (`DUB_RESEND_API_KEY`, `GRAYLOG_MONGODB_URI`) names what the
        // rest names; one word is dropped, and the rest must still hold a `_`. The app and a purpose
        // may both come first (`SYNDICATION_DOWNLOAD_SQS_URL`): then two words are.
        const unprefixed = APP_ENV_PREFIX.exec(upper)?.[1];
        if (!unprefixed || LOCAL_STAND_IN.test(upper)) return [];
        const once = index.lookup(unprefixed);
        if (once.length > 0) return once;
        const twice = APP_ENV_PREFIX.exec(unprefixed)?.[1];
        return twice ? index.lookup(twice) : [];
      }
      case 'helm-chart': {
        const found = this.byKind.get('helm-chart')!.lookup(signal.name);
        // A chart from a publisher the catalog does not list is named for the engine it deploys
        // (groundhog2k's `postgres`, a team's own `mysql`): its name is looked up as an official image's.
        return found.length > 0 ? found : this.byKind.get('image')!.lookupExact(signal.name);
      }
      default:
        return this.byKind.get(signal.kind)?.lookup(signal.name) ?? [];
    }
  }
}

/**
 * Words that name a module's shape, not its service: `s3-bucket`, `rds-cluster`, `sqs-queue` and a
 * team's own `rds_instance` or `s3` module all call the same service.
 */
const MODULE_SHAPE_WORDS = new Set(['bucket', 'buckets', 'cluster', 'instance', 'instances', 'queue', 'queues', 'topic', 'table', 'module', 'terraform', 'tf', 'aws', 'azure', 'gcp', 'google']);

/** A module name's service words, joined: `rds_instance` -> `rds`, `elasticache-redis` -> `elasticache-redis`. */
function moduleCore(name: string): string | undefined {
  const words = name.toLowerCase().split(/[-_.]+/).filter((w) => w && !MODULE_SHAPE_WORDS.has(w));
  return words.length > 0 ? words.join('-') : undefined;
}

/** Words that make an engine-named image one of the engine's tools, not the engine itself. */
const ENGINE_HELPER = /(?:^|-)(?:exporter|operator|ui|admin|commander|insight|cli|client|metrics|init|migrat\w*|agent|backup|proxy|dashboard|web|gui|browser|sidecar|tools?)(?:$|-)/;

/** A pattern with engines matches only a signal whose literal engine is one of them. */
function engineMatches(entry: Entry, signalEngine: string | undefined): boolean {
  if (!entry.engine) return true;
  if (!signalEngine) return false;
  const engine = signalEngine.toLowerCase();
  return entry.engine.some((e) => minimatch(engine, e.toLowerCase(), { noext: true }));
}

/** How many services of one category a single env example may offer before they read as a menu of options. */
export const OPTIONAL_MENU_THRESHOLD = 5;

/**
 * Evidence that only says a client or a setting exists. One file naming many services of one
 * category this way is a menu; images, Terraform resources, charts and platform add-ons
 * declare infrastructure, and a driver setting (`MAIL_MAILER=postmark`) is a choice made, so
 * neither is ever part of one.
 */
export const MENU_KINDS = new Set(['env', 'url-scheme', 'package']);

/** A file with a variable that selects one service of a category makes two of them named there by env alone a menu. */
const SELECTOR_MENU_THRESHOLD = 2;

/** One piece of evidence with the signal it came from, as the confidence rules read it. */
export interface MatchedEvidence extends Evidence {
  signal: Signal;
  /** the module names the catalog gives for this package, when any */
  imports?: string[];
}

export interface Candidate {
  rule: Rule;
  providers: string[];
  evidence: MatchedEvidence[];
}

/** Services one file named only as a menu of options, and so dropped (the report says so). */
export interface OptionMenu {
  path: string;
  category: Category;
  /** the ids dropped because this file offers them among others */
  dropped: string[];
}

/** What matching the signals gave, before confidence is decided. */
export interface Matched {
  candidates: Map<string, Candidate>;
  /** files whose menus of options made services drop out, in path order */
  menus: OptionMenu[];
  /** every production signal, matched or not: generic settings (`DATABASE_URL`) are read from them */
  signals: Signal[];
  /**
   * rule id -> the settings for it that only a development env file lists (`.env.development`,
   * not a development section of a template, which names local stand-ins such as a mail catcher):
   * never evidence alone, but the names the production code reads for an SDK it uses
   */
  devSettings?: Map<string, Signal[]>;
}

export interface ResolveContext {
  /** what the repository deploys; without it nothing is held against a manifest's place */
  deployment?: DeploymentModel;
  /** imports and variable reads found in code; without it usage is unknown */
  usage?: UsageFindings;
}

/**
 * Turns signals into dependencies with their confidence (see strength.ts). Rules applied here,
 * not in extractors:
 * - dev-scope signals never make a production dependency; CI workflows prove only where the
 *   app is deployed to;
 * - one file whose env names, URL schemes or packages name OPTIONAL_MENU_THRESHOLD or more
 *   services of the same category (a list of optional SSO providers, a package of email
 *   provider adapters, a BI tool's database-connector extras) is a menu of choices: those
 *   services are not dependencies unless evidence outside such menus confirms them; a file
 *   with a variable that selects one service of the category (`MAILER_ADAPTER`) makes two a menu,
 *   and a manifest in an integrations folder (`packages/providers/`) is one whatever its size.
 */
export function resolveDependencies(signals: Signal[], matcher: Matcher, context: ResolveContext = {}): Dependency[] {
  return resolveMatched(matchEvidence(signals, matcher), context);
}

/** The catalog's rules each production signal proves, with the evidence. */
export function matchEvidence(signals: Signal[], matcher: Matcher): Matched {
  const found = new Map<string, Candidate>();
  /** `path\0category` of files with a variable that selects a service of that category */
  const selectors = new Set<string>();
  const production: Signal[] = [];
  const devSettings = new Map<string, Signal[]>();
  const addresses: Signal[] = [];
  for (const signal of signals) {
    if (signal.kind === 'service-url' && signal.scope !== 'dev') {
      addresses.push(signal);
      continue;
    }
    if (signal.scope === 'dev') {
      if (signal.kind === 'env' && signal.source === 'env' && hasDevToken(signal.path)) {
        for (const entry of matcher.match(signal)) {
          const list = devSettings.get(entry.rule.id) ?? [];
          if (list.length < MAX_DEV_SETTINGS && !list.some((s) => s.name === signal.name)) devSettings.set(entry.rule.id, [...list, signal]);
        }
      }
      continue;
    }
    production.push(signal);
    const selected = signal.kind === 'env' && !signal.context ? selectedCategory(signal.name) : undefined;
    if (selected) selectors.add(`${signal.path}\0${selected}`);
    const seen = new Set<string>();
    for (const entry of matcher.match(signal)) {
      if (seen.has(entry.rule.id)) continue;
      // A workflow names the secrets of its tests and tools too: only a deploy target counts.
      if (signal.context === 'ci' && entry.rule.category !== 'hosting') continue;
      seen.add(entry.rule.id);
      let item = found.get(entry.rule.id);
      if (!item) {
        item = { rule: entry.rule, providers: [], evidence: [] };
        found.set(entry.rule.id, item);
      }
      if (entry.provider) item.providers.push(entry.provider);
      item.evidence.push({ path: signal.path, line: signal.line, source: signal.source, detail: signal.detail, signal, ...(entry.imports ? { imports: entry.imports } : {}), ...(signal.facts ? { facts: signal.facts } : {}) });
    }
  }
  const menus = dropOptionalMenus(found, selectors);
  markLocalStacks(found, production, matcher);
  markProcfileBesideDockerfile(found, production);
  markMailCatcherSettings(found, signals);
  markMailLeftOff(found);
  carryTemplateOptions(found);
  markEngineAlternatives(found);
  addUpstreamServices(found, addresses, matcher);
  return { candidates: found, menus, signals: production, devSettings };
}

/**
 * Settings that give the app another service's address (`service-url` signals): one a catalog
 * rule matches by its env patterns is that rule's setting already (its `env` signal is
 * evidence); one whose name names a catalog rule (`REDIS_ADDR`) is no new service either; any other is an upstream service of the organisation's, its rule made from the name
 * (src/catalog/upstream.ts). Settings under one service's longer names are that service.
 */
function addUpstreamServices(found: Map<string, Candidate>, addresses: readonly Signal[], matcher: Matcher): void {
  const upstream = new Map<string, Signal[]>();
  for (const signal of addresses) {
    if (matcher.match({ ...signal, kind: 'env' }).length > 0) continue;
    const id = upstreamIdOf(signal.name);
    if (!id) continue;
    // A name that names a catalog rule (`REDIS_ADDR`) is that service, never a new one; what the
    // rule's own patterns leave out adds no evidence to it (a benchmark job's `REDIS_ADDR` made a
    // destination-plugin's Redis client likely on round 6's tuning splits).
    if (matcher.ruleNamed(id)) continue;
    upstream.set(id, [...(upstream.get(id) ?? []), signal]);
  }
  const into = mergeUpstreamIds([...upstream.keys()]);
  // Settings that point at one host are one service: the id with the fewest words names it.
  const byHost = new Map<string, string>();
  for (const [id, list] of [...upstream].sort(([a], [b]) => a.split('-').length - b.split('-').length || (a < b ? -1 : 1))) {
    for (const signal of list) {
      if (!signal.host) continue;
      const first = byHost.get(`${signal.path}\0${signal.host}`);
      if (first === undefined) byHost.set(`${signal.path}\0${signal.host}`, into.get(id) ?? id);
      else if ((into.get(id) ?? id) === id && first !== id) into.set(id, first);
    }
  }
  for (const [id, list] of upstream) {
    const target = into.get(id) ?? id;
    if (found.get(target) && found.get(target)!.rule.category !== 'upstream') continue;
    const item = found.get(target) ?? { rule: upstreamRule(target), providers: [], evidence: [] };
    for (const signal of list) item.evidence.push({ path: signal.path, line: signal.line, source: signal.source, detail: signal.detail, signal, ...(signal.facts ? { facts: signal.facts } : {}) });
    found.set(target, item);
  }
}

/**
 * Sources that pass a deployer's settings through to the app (a compose service's `environment:`,
 * a platform blueprint's env list) rather than give it settings of their own, as a workload's
 * manifest does (Kubernetes, Helm, ECS).
 */
const FORWARDING_SOURCES = new Set(['compose', 'render', 'railway', 'heroku', 'fly', 'vercel', 'netlify']);

/** The variable a piece of evidence names, when it is a setting. */
function variableOf(signal: Signal): string | undefined {
  if (signal.kind !== 'env' && signal.kind !== 'url-scheme') return undefined;
  return (signal.facts?.variable ?? (signal.kind === 'env' ? signal.name : undefined))?.toUpperCase();
}

/**
 * A setting an env template presents as optional (`# [[AUTH OPTIONAL]]`, commented into an
 * "optional" block) stays optional where a compose file or a platform blueprint only forwards
 * it to the app: the deployer who leaves it empty turns the service off everywhere.
 */
function carryTemplateOptions(found: Map<string, Candidate>): void {
  for (const item of found.values()) {
    const optional = new Map<string, MatchedEvidence>();
    for (const e of item.evidence) {
      const name = variableOf(e.signal);
      if (name && e.signal.source === 'env' && e.signal.optional && !optional.has(name)) optional.set(name, e);
    }
    if (optional.size === 0) continue;
    item.evidence = item.evidence.map((e) => {
      const name = variableOf(e.signal);
      const template = name && !e.signal.optional && FORWARDING_SOURCES.has(e.signal.source) ? optional.get(name) : undefined;
      if (!template) return e;
      return { ...e, signal: { ...e.signal, optional: `${e.path} passes ${name} on, and ${template.path}:${template.line} marks it optional (${template.signal.optional})` } };
    });
  }
}

/**
 * Settings whose names differ only in the engine word (`POSTGRES_DATABASE_URL` and
 * `MARIA_DATABASE_URL` in one template) hold the same role for different engines: each is one
 * of the databases the product can be built or run with, not a second store it needs. The one
 * the deployment declares elsewhere (a compose image) is still confirmed there.
 */
function markEngineAlternatives(found: Map<string, Candidate>): void {
  /** `path\0role` -> the database rule ids whose connection URL has that role there */
  const roles = new Map<string, Set<string>>();
  const roleOf = (e: MatchedEvidence): string | undefined => {
    const name = e.signal.kind === 'url-scheme' ? variableOf(e.signal) : undefined;
    const rest = name ? /^[A-Z][A-Z0-9]*_([A-Z][A-Z0-9_]*)$/.exec(name)?.[1] : undefined;
    return rest ? `${e.path}\0${rest}` : undefined;
  };
  for (const item of found.values()) {
    if (item.rule.category !== 'database') continue;
    for (const e of item.evidence) {
      const role = roleOf(e);
      if (role) roles.set(role, (roles.get(role) ?? new Set<string>()).add(item.rule.id));
    }
  }
  for (const item of found.values()) {
    if (item.rule.category !== 'database') continue;
    item.evidence = item.evidence.map((e) => {
      const role = roleOf(e);
      const ids = role ? roles.get(role) : undefined;
      if (!ids || ids.size < 2 || e.signal.optional) return e;
      const others = [...ids].filter((id) => id !== item.rule.id).sort();
      return { ...e, signal: { ...e.signal, optional: `one of the databases ${e.path} offers for ${role!.slice(role!.indexOf('\0') + 1)} (also ${others.join(', ')})` } };
    });
  }
}

/** How many development-only setting names per service the usage grep looks for. */
const MAX_DEV_SETTINGS = 4;

/**
 * A compose file that runs no app of its own (no service builds one, every image is a known
 * backing service) is a local stack of databases and caches for development; a deployment of the
 * product runs the product too.
 */
function markLocalStacks(found: Map<string, Candidate>, production: Signal[], matcher: Matcher): void {
  const withApp = new Set<string>();
  /** compose file -> the development tool it runs (a mail catcher, a browser-test runner) */
  const devTools = new Map<string, string>();
  for (const signal of production) {
    if (signal.source !== 'compose') continue;
    if (signal.kind === 'deploy' || (signal.kind === 'image' && matcher.match(signal).length === 0 && !observabilityTool(signal.name))) withApp.add(signal.path);
    const tool = signal.kind === 'image' ? developmentTool(signal.name) : undefined;
    if (tool && !devTools.has(signal.path)) devTools.set(signal.path, tool);
  }
  for (const item of found.values()) {
    item.evidence = item.evidence.map((e) => {
      if (e.signal.source !== 'compose' || e.signal.optional) return e;
      const tool = devTools.get(e.path);
      if (tool) return { ...e, signal: { ...e.signal, optional: `${e.path} runs ${tool}, a development tool: its services are a developer's local stand-ins` } };
      return !withApp.has(e.path) ? { ...e, signal: { ...e.signal, optional: `${e.path} runs no app of its own, only backing services: a local stack` } } : e;
    });
  }
}

/**
 * A Procfile beside a Dockerfile of its folder: Heroku builds a Dockerfile only when a heroku.yml
 * says so, while platforms that build the image (Dokku, cabotage, Coolify) read the Procfile for
 * its processes, `release` included. Without a heroku.yml, an app.json or another Heroku signal of
 * its own, the Procfile names Heroku as a possibility, not as where this deployment runs.
 */
function markProcfileBesideDockerfile(found: Map<string, Candidate>, production: readonly Signal[]): void {
  const heroku = found.get('heroku');
  if (!heroku) return;
  const isProcfile = (s: Signal): boolean => s.kind === 'platform' && s.source === 'heroku' && (s.path === 'Procfile' || s.path.endsWith('/Procfile'));
  // Another piece of Heroku's own evidence that counts (a heroku.yml, an add-on, a deploy workflow) proves it anyway.
  if (heroku.evidence.some((e) => !isProcfile(e.signal) && !e.signal.optional && e.signal.scope !== 'dev')) return;
  const dockerfiles = new Map<string, string>();
  for (const s of production) if (s.kind === 'deploy' && s.source === 'dockerfile' && !dockerfiles.has(s.name)) dockerfiles.set(s.name, s.path);
  heroku.evidence = heroku.evidence.map((e) => {
    const dockerfile = isProcfile(e.signal) && !e.signal.optional ? dockerfiles.get(dirname(e.path)) : undefined;
    if (!dockerfile) return e;
    return { ...e, signal: { ...e.signal, optional: `${e.path} sits beside ${dockerfile}: platforms that build the image (Dokku, cabotage) run its processes too; Heroku builds a Dockerfile only with a heroku.yml` } };
  });
}

/**
 * Images only a developer's stack runs: browser-test runners (Playwright, Selenium, Cypress). A
 * compose file with one is for development, whatever its name. Mail
 * catchers are left out on purpose: the compose extractor already scopes their own service to
 * development, and a compose with one is often the only place a repository names the search
 * engine its production uses (round 4's tuning splits: 3 of 3).
 */
const DEVELOPMENT_TOOLS: Array<[RegExp, string]> = [
  [/(?:^|\/)(?:playwright|selenium|standalone-chrome|standalone-firefox|cypress)(?:$|[/-])/, 'a browser-test runner'],
  // Load tests drive the product from outside; the stores beside them keep the test's results.
  [/(?:^|\/)(?:k6|locust|jmeter|gatling)(?:$|[/-])/, 'a load-test runner'],
];

/**
 * Dashboards and metric collectors (Grafana, Prometheus and their exporters) are not the product:
 * a compose file of them and a data store (InfluxDB under Grafana for k6 results) is a monitoring
 * stack. A hand-written pattern over the image's path segments; a product's own image with one of
 * these names is unlikely.
 */
const OBSERVABILITY_TOOL = /(?:^|\/)(?:grafana|prometheus|alertmanager|pushgateway|node-exporter|cadvisor|loki|promtail|telegraf|chronograf)(?:$|[/-])/;

function observabilityTool(image: string): boolean {
  return OBSERVABILITY_TOOL.test(image.toLowerCase());
}

function developmentTool(image: string): string | undefined {
  const name = image.toLowerCase();
  const hit = DEVELOPMENT_TOOLS.find(([pattern]) => pattern.test(name));
  return hit ? `${image} (${hit[1]})` : undefined;
}

/**
 * A compose file that runs a mail catcher (MailHog, Mailpit, maildev) points the app's mail
 * settings at it: those settings say where a developer's mail lands, not which mail server a
 * deployment needs. Only mail settings are set aside; the same compose file still names the
 * databases and search engines the product runs with (round 4 measured that a whole-file rule
 * loses them).
 */
function markMailCatcherSettings(found: Map<string, Candidate>, signals: readonly Signal[]): void {
  const catchers = new Map<string, string>();
  for (const signal of signals) {
    if (signal.source === 'compose' && signal.kind === 'image' && isMailCatcherImage(signal.name) && !catchers.has(signal.path)) catchers.set(signal.path, signal.name);
  }
  if (catchers.size === 0) return;
  for (const item of found.values()) {
    if (item.rule.category !== 'email') continue;
    item.evidence = item.evidence.map((e) => {
      const catcher = e.signal.source === 'compose' && !e.signal.optional && variableOf(e.signal) ? catchers.get(e.path) : undefined;
      return catcher ? { ...e, signal: { ...e.signal, optional: `${e.path} runs ${catcher}, a mail catcher: its mail settings point at a developer's stand-in` } } : e;
    });
  }
}

/**
 * A file that leaves its mail server setting empty (`SMTP_HOST: ""` in a ConfigMap) turns the
 * product's mail off there: its port, user and sender settings configure nothing either.
 */
function markMailLeftOff(found: Map<string, Candidate>): void {
  for (const item of found.values()) {
    if (item.rule.category !== 'email') continue;
    const off = new Map<string, string>();
    for (const e of item.evidence) if (e.signal.optional?.endsWith(MAIL_LEFT_OFF) && !off.has(e.path)) off.set(e.path, e.signal.optional);
    if (off.size === 0) continue;
    item.evidence = item.evidence.map((e) => {
      const why = !e.signal.optional && variableOf(e.signal) ? off.get(e.path) : undefined;
      return why ? { ...e, signal: { ...e.signal, optional: why } } : e;
    });
  }
}

/** What the usage grep must look for: imports of the SDKs found, and reads of env-only settings. */
export function usageRequest(matched: Matched, deployment?: DeploymentModel): UsageRequest {
  const request: UsageRequest = { imports: [], envNames: [], urlSchemes: [] };
  for (const item of matched.candidates.values()) {
    const weighed = markAlternatives(item, matched, deployment);
    // An upstream service counts where the code reads its address (the variable, or Spring's `prison.api.url`).
    if (isUpstreamRule(item.rule)) {
      for (const w of weighed) if (!w.excluded && w.evidence.signal.kind === 'service-url') request.envNames.push(...upstreamReadNames(w.evidence.signal));
      continue;
    }
    for (const w of weighed) {
      // One of several SDKs is still looked for: one the code never imports is no alternative.
      if (w.excluded && !w.offered) continue;
      if (w.evidence.signal.kind === 'package' && w.evidence.signal.ecosystem) {
        request.imports.push(importQueryOf(w.evidence, item.rule));
      }
    }
    const strong = weighed.filter((w) => !w.excluded);
    // A setting named only by env needs the code to read it.
    if (strong.length > 0 && strong.every((w) => w.evidence.signal.kind === 'env')) request.envNames.push(...strong.map((w) => w.evidence.signal.name));
    // An SDK nothing configures may still be given a connection URL in code or config files.
    if (strong.some((w) => w.class === 'package') && !strong.some((w) => w.class !== 'package')) {
      request.urlSchemes!.push(...urlSchemeWords(item.rule));
      // ...or settings the code reads that only a development env file lists.
      request.envNames.push(...(matched.devSettings?.get(item.rule.id) ?? []).map((s) => s.name));
      // ...or the service's own settings, read in code though no template lists them (`S3_BUCKET`).
      request.envNames.push(...ownSettingsToRead(item.rule));
    }
  }
  return request;
}

/** Dependencies with confidence, from what matching gave and what is known of deployment and usage. */
export function resolveMatched(matched: Matched, context: ResolveContext = {}): Dependency[] {
  const deps: Dependency[] = [];
  for (const item of matched.candidates.values()) {
    const { rule, providers, evidence } = item;
    const weighed: Weighed[] = markAlternatives(item, matched, context.deployment, context.usage);
    const assessed = assessConfidence(item, weighed, matched, context);
    // An upstream service's address that nothing reads names no dependency.
    if (!assessed) continue;
    const { confidence, reason } = assessed;
    const unique = new Map<string, Evidence>();
    for (const e of evidence) {
      const key = `${e.path}\0${e.line}\0${e.detail}`;
      const seen = unique.get(key);
      if (!seen) unique.set(key, { path: e.path, line: e.line, source: e.source, detail: e.detail, ...(e.facts ? { facts: e.facts } : {}) });
      // Two signals of one line (a variable and its URL scheme) may each know something.
      else if (e.facts) seen.facts = { ...e.facts, ...seen.facts };
    }
    deps.push({
      id: rule.id,
      name: rule.name,
      category: rule.category,
      tier: rule.tier,
      provider: providers[0] ?? null,
      evidence: [...unique.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line)),
      confidence,
      confidenceReason: reason,
    });
  }
  return deps.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function dropOptionalMenus(found: Map<string, Candidate>, selectors: ReadonlySet<string>): OptionMenu[] {
  const dropped = new Map<string, OptionMenu>();
  const perFileCategory = new Map<string, Set<string>>();
  for (const [id, item] of found) {
    for (const path of new Set(item.evidence.filter((e) => MENU_KINDS.has(e.signal.kind)).map((e) => e.path))) {
      const key = `${path}\0${item.rule.category}`;
      const ids = perFileCategory.get(key) ?? new Set<string>();
      ids.add(id);
      perFileCategory.set(key, ids);
    }
  }
  // Asked once per piece of evidence (thousands in a monorepo), answered once per file and category.
  const menus = new Map<string, boolean>();
  const isMenu = (key: string): boolean => {
    let menu = menus.get(key);
    if (menu === undefined) {
      menu = inIntegrationFolder(key.slice(0, key.indexOf('\0'))) || (perFileCategory.get(key)?.size ?? 0) >= (selectors.has(key) ? SELECTOR_MENU_THRESHOLD : OPTIONAL_MENU_THRESHOLD);
      menus.set(key, menu);
    }
    return menu;
  };
  for (const [key, ids] of perFileCategory) {
    if (!isMenu(key)) continue;
    for (const id of ids) {
      const item = found.get(id);
      // Only drop services whose every piece of evidence is menu-kind evidence in menu files.
      if (item && item.evidence.every((e) => MENU_KINDS.has(e.signal.kind))) {
        const paths = new Set(item.evidence.map((e) => e.path));
        const allInMenus = [...paths].every((p) => isMenu(`${p}\0${item.rule.category}`));
        if (allInMenus) {
          found.delete(id);
          for (const path of paths) {
            const menuKey = `${path}\0${item.rule.category}`;
            const menu = dropped.get(menuKey) ?? { path, category: item.rule.category, dropped: [] };
            if (!menu.dropped.includes(id)) menu.dropped.push(id);
            dropped.set(menuKey, menu);
          }
        }
      }
    }
  }
  // A service kept for evidence elsewhere is still only one option where a menu names it.
  for (const item of found.values()) {
    item.evidence = item.evidence.map((e) => {
      const key = `${e.path}\0${item.rule.category}`;
      if (!MENU_KINDS.has(e.signal.kind) || e.signal.optional || !isMenu(key)) return e;
      const others = [...(perFileCategory.get(key) ?? [])].filter((id) => id !== item.rule.id).sort();
      const why = others.length > 0 ? `one of the ${item.rule.category} options ${e.path} offers (also ${others.join(', ')})` : `${e.path} lists integrations to pick from`;
      return { ...e, signal: { ...e.signal, optional: why } };
    });
  }
  return [...dropped.values()].map((m) => ({ ...m, dropped: m.dropped.sort() })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.category < b.category ? -1 : 1));
}

/** One notice line per menu: which services a file offers as options, and why they are not counted. */
export function describeMenu(menu: OptionMenu, scope: 'repository' | 'file' = 'repository'): string {
  const what = menu.dropped.length === 1 ? menu.dropped[0]! : `${menu.dropped.length} ${menu.category} services (${menu.dropped.join(', ')})`;
  const why = inIntegrationFolder(menu.path) ? 'its folder holds integrations to pick from' : `the file names them side by side, as a menu of ${menu.category} options`;
  // A pull-request check reads the changed files: another file may still prove the service.
  const lead = scope === 'repository' ? 'Not counted as dependencies' : 'Not counted from this file';
  return `${lead}: ${what}, since ${why}. A deployment, a driver setting or an import elsewhere confirms one; or cover it in the plan.`;
}
