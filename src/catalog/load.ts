import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Yaml from 'yaml';
import type { Ecosystem } from '../discover/types.js';
import { isInside, readFileInside, realPathOf } from '../util/inside.js';
import { CATEGORIES, type Category, type NamePattern, type Rule, type RuleSignals, type TerraformPattern } from './types.js';

const ECOSYSTEMS: Ecosystem[] = ['npm', 'pypi', 'gem', 'go', 'composer', 'cargo', 'maven', 'nuget', 'hex'];
const SIGNAL_KEYS = new Set([...ECOSYSTEMS, 'env', 'env-values', 'url-schemes', 'images', 'terraform', 'terraform-modules', 'helm', 'prisma', 'platform']);
const TOP_KEYS = new Set(['id', 'name', 'category', 'tier', 'aliases', 'signals', 'recovery', 'disabled']);

export class RuleError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
  }
}

/**
 * The folder of built-in rules: `rules/` at the action's root, found by walking up from
 * this module (src/catalog in development, dist/ or dist/cli once bundled).
 */
export function builtinRulesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'rules');
    if (existsSync(path.join(dir, 'action.yml')) && existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('paramedic: built-in rules/ folder not found beside the bundle');
}

function patterns(value: unknown, file: string, key: string): NamePattern[] {
  if (value == null) return [];
  if (!Array.isArray(value)) throw new RuleError(file, undefined, `signals.${key} must be a list`);
  return value.map((item) => {
    if (typeof item === 'string') return { name: item };
    if (item && typeof item === 'object' && typeof (item as NamePattern).name === 'string') {
      const { name, provider } = item as NamePattern;
      const rawEngine = (item as { engine?: unknown }).engine;
      const rawImports = (item as { imports?: unknown }).imports;
      // Only packages are imported by code.
      if (rawImports != null && !(ECOSYSTEMS as string[]).includes(key)) throw new RuleError(file, undefined, `signals.${key} entries take no imports`);
      const imports = rawImports == null ? undefined : ([] as unknown[]).concat(rawImports).map(String);
      // Only Terraform modules carry an engine input (terraform-aws-modules/rds/aws serves every RDS engine).
      if (rawEngine != null && key !== 'terraform-modules') throw new RuleError(file, undefined, `signals.${key} entries take no engine`);
      const engine = rawEngine == null ? undefined : ([] as unknown[]).concat(rawEngine).map(String);
      return { name, ...(provider ? { provider } : {}), ...(engine ? { engine } : {}), ...(imports ? { imports } : {}) };
    }
    throw new RuleError(file, undefined, `signals.${key} entries are names or {name, provider}`);
  });
}

function terraformPatterns(value: unknown, file: string): TerraformPattern[] {
  if (value == null) return [];
  if (!Array.isArray(value)) throw new RuleError(file, undefined, 'signals.terraform must be a list');
  return value.map((item) => {
    if (typeof item === 'string') return { type: item };
    const entry = item as Record<string, unknown>;
    if (!entry || typeof entry.type !== 'string') throw new RuleError(file, undefined, 'signals.terraform entries need a type');
    const engine = entry.engine == null ? undefined : ([] as unknown[]).concat(entry.engine).map(String);
    return { type: entry.type, ...(engine ? { engine } : {}), ...(typeof entry.provider === 'string' ? { provider: entry.provider } : {}) };
  });
}

/**
 * Parses one rule file with the YAML library (rule-file.ts's parseRule passes it); throws
 * RuleError naming the file and line of what is wrong. The library is a parameter so that
 * this module does not import it: a run without user rules never loads it.
 */
export function ruleFromYaml(yaml: Pick<typeof Yaml, 'parseDocument' | 'LineCounter'>, text: string, file: string): Rule | { disabled: string } {
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new RuleError(file, error.linePos?.[0]?.line, error.message.split('\n')[0]!);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    // An alias without its anchor, or an alias bomb: say which file, as for any other mistake.
    throw new RuleError(file, undefined, error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  return ruleFromObject(data, file);
}

/** Validates a rule already read into plain data (from YAML, or from the bundle's precompiled catalog). */
export function ruleFromObject(data: unknown, file: string): Rule | { disabled: string } {
  const raw = data as Record<string, unknown> | null;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new RuleError(file, 1, 'a rule is a YAML mapping');
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.has(key)) throw new RuleError(file, undefined, `unknown key "${key}"`);
  }
  if (typeof raw.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(raw.id)) {
    throw new RuleError(file, undefined, 'id must be lowercase letters, digits and dashes');
  }
  if (raw.disabled === true) return { disabled: raw.id };
  if (typeof raw.name !== 'string') throw new RuleError(file, undefined, 'name is required');
  if (!CATEGORIES.includes(raw.category as Category)) {
    throw new RuleError(file, undefined, `category must be one of ${CATEGORIES.join(', ')}`);
  }
  const tier = raw.tier ?? 2;
  if (tier !== 1 && tier !== 2 && tier !== 3) throw new RuleError(file, undefined, 'tier must be 1, 2 or 3');
  const rawSignals = (raw.signals ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(rawSignals)) {
    if (!SIGNAL_KEYS.has(key)) throw new RuleError(file, undefined, `unknown signal source "${key}"`);
  }
  const signals: RuleSignals = { packages: {} };
  for (const eco of ECOSYSTEMS) {
    const list = patterns(rawSignals[eco], file, eco);
    if (list.length) signals.packages![eco] = list;
  }
  signals.env = patterns(rawSignals.env, file, 'env');
  signals.envValues = patterns(rawSignals['env-values'], file, 'env-values');
  signals.urlSchemes = patterns(rawSignals['url-schemes'], file, 'url-schemes');
  signals.images = patterns(rawSignals.images, file, 'images');
  signals.terraform = terraformPatterns(rawSignals.terraform, file);
  signals.terraformModules = patterns(rawSignals['terraform-modules'], file, 'terraform-modules');
  signals.helm = patterns(rawSignals.helm, file, 'helm');
  signals.prisma = patterns(rawSignals.prisma, file, 'prisma');
  signals.platform = patterns(rawSignals.platform, file, 'platform');
  const recovery = (raw.recovery ?? {}) as Record<string, unknown>;
  return {
    id: raw.id,
    name: raw.name,
    category: raw.category as Category,
    tier,
    aliases: Array.isArray(raw.aliases) ? raw.aliases.map(String) : [],
    signals,
    recovery: {
      failure: typeof recovery.failure === 'string' ? recovery.failure : 'unavailable',
      impact: typeof recovery.impact === 'string' ? recovery.impact : `Features that depend on ${raw.name} fail.`,
      managed: recovery.managed === true,
      ...(typeof recovery['status-page'] === 'string' ? { statusPage: recovery['status-page'] } : {}),
      ...(Array.isArray(recovery.verify) ? { verify: recovery.verify.map(String) } : {}),
      ...(typeof recovery.detection === 'string' ? { detection: recovery.detection } : {}),
      ...(typeof recovery.degrade === 'string' ? { degrade: recovery.degrade } : {}),
    },
    origin: file,
  };
}

function ruleFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml') || name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(dir, name));
}

export interface Catalog {
  rules: Rule[];
  byId: Map<string, Rule>;
}

/** Ids of lowercase letters, digits and hyphens sort the same by code unit as by localeCompare. */
const PLAIN_ID = /^[a-z0-9-]*$/;

export function makeCatalog(rules: Rule[]): Catalog {
  // localeCompare's first call sets up ICU's collator, ~20 ms of every run's start-up: the
  // built-in ids (and most users') need only the code-unit order, which is the same for them.
  const plain = rules.every((rule) => PLAIN_ID.test(rule.id));
  const sorted = [...rules].sort(plain ? (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : (a, b) => a.id.localeCompare(b.id));
  return { rules: sorted, byId: new Map(sorted.map((rule) => [rule.id, rule])) };
}

let builtinCache: Rule[] | undefined;

/**
 * The built-in rules as the build wrote them beside the bundle (dist/catalog.json: each
 * rules/*.yml read into plain data), or undefined when running from source. Reading YAML
 * cold costs a start-up the check pays on every pull request; JSON costs almost nothing.
 */
function precompiledRules(): Record<string, unknown> | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, path.dirname(here)]) {
    const file = path.join(dir, 'catalog.json');
    if (existsSync(file) && existsSync(path.join(dir, 'index.js'))) return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  }
  return undefined;
}

/**
 * The built-in rules read from rules/*.yml, when running from source (tests, scripts): the
 * bundle always has its precompiled JSON, so this synchronous require never runs there.
 */
function sourceRules(): Array<[string, () => Rule | { disabled: string }]> {
  const yaml = createRequire(import.meta.url)('yaml') as typeof Yaml;
  return ruleFilesIn(builtinRulesDir()).map((file) => [file, () => ruleFromYaml(yaml, readFileSync(file, 'utf8'), `rules/${path.basename(file)}`)]);
}

/** The built-in catalog; read once per process. */
export function loadBuiltinRules(): Rule[] {
  if (!builtinCache) {
    const precompiled = precompiledRules();
    const entries: Array<[string, () => Rule | { disabled: string }]> = precompiled
      ? Object.entries(precompiled).map(([origin, data]) => [origin, () => ruleFromObject(data, origin)])
      : sourceRules();
    builtinCache = entries.map(([origin, read]) => {
      const rule = read();
      if ('disabled' in rule) throw new Error(`built-in rule ${origin} cannot be disabled`);
      return rule;
    });
  }
  return builtinCache;
}

/**
 * The catalog for a repository: built-in rules, then the user's folder, whose rules
 * replace built-ins of the same id (or switch them off with `disabled: true`).
 * A broken user rule is reported and skipped; the rest still load.
 *
 * Links never lead out: a rules folder inside `root` (the checkout) whose real path is
 * outside it is refused, and so is a rule file whose real path leaves the rules folder's
 * (a committed `rules/x.yml` linked to a file of the runner would otherwise be parsed and
 * its keys echoed in warnings).
 */
export async function loadCatalog(userDir?: string, warn?: (message: string) => void, root?: string): Promise<Catalog> {
  const byId = new Map(loadBuiltinRules().map((rule) => [rule.id, rule]));
  if (userDir) {
    let files: string[] = [];
    const realDir = realPathOf(userDir);
    const realRoot = root ? (realPathOf(root) ?? path.resolve(root)) : undefined;
    if (root && realRoot && realDir && isInside(path.resolve(root), path.resolve(userDir)) && !isInside(realRoot, realDir)) {
      warn?.(`rules folder ${path.relative(root, userDir) || userDir} is a symbolic link that leaves the repository; not read, using the built-in catalog only`);
    } else {
      try {
        files = ruleFilesIn(userDir);
      } catch {
        warn?.(`rules folder ${userDir} not found; using the built-in catalog only`);
      }
    }
    const { parseRule } = files.length > 0 ? await import('./rule-file.js') : { parseRule: undefined };
    for (const file of files) {
      const shown = path.relative(process.cwd(), file) || file;
      const read = readFileInside(realDir ?? userDir, file);
      if (!read.ok) {
        warn?.(`${shown}: ${read.reason}; rule not loaded`);
        continue;
      }
      try {
        const rule = parseRule!(read.text, shown);
        if ('disabled' in rule) byId.delete(rule.disabled);
        else byId.set(rule.id, rule);
      } catch (error) {
        warn?.(error instanceof Error ? error.message : String(error));
      }
    }
  }
  return makeCatalog([...byId.values()]);
}
