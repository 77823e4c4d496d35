import { git } from '../util/git.js';
import { isSkippedPath } from './files.js';
import type { Ecosystem } from './types.js';

/**
 * Usage in code as confirmation: ONE `git grep` over the tracked source files tells an SDK the
 * code imports from one a manifest declares but nothing uses, and finds which of a set of
 * variables the code reads. Imports and reads under tests, examples, fixtures or vendored code
 * do not count. In pull-request mode the grep reads the head revision (`git grep ... <sha>`).
 *
 * Only imports that name the package can be searched for: npm, Go, Cargo and Python code import
 * the SDK by (a form of) its name. Ruby (Bundler requires every gem), PHP (autoloaded namespaces)
 * and JVM code (package names unrelated to Maven coordinates) give no answer, and neither do
 * database drivers of npm and Python, which ORMs load from a URL or a dialect name.
 */

export interface ImportQuery {
  ecosystem: Ecosystem;
  /** the package as the manifest names it */
  name: string;
  /** the manifest's folder ('' for the root): imports are looked for under it */
  folder: string;
  /** module names the catalog gives for it, when they are not derived from its name */
  imports?: readonly string[];
  /** a database driver of npm or Python code: ORMs load it by name, so its imports cannot tell */
  loadedByName?: boolean;
}

export interface UsageRequest {
  imports: ImportQuery[];
  /**
   * variable names whose reads in code are looked for, anywhere in the repository; a name that
   * starts with `*` (`*DATABASE_URL`) stands for every name ending in it after an underscore
   * (`CONTENT_STORE_DATABASE_URL`) and the name itself; the grep then runs as an extended regex
   */
  envNames: string[];
  /** URL schemes (`redis`, `postgresql`) whose connection URLs are looked for in code and config files */
  urlSchemes?: string[];
}

export interface Site {
  path: string;
  line: number;
  /** for a `*` name's reads: the variable the line reads */
  name?: string;
}

export interface UsageFindings {
  /** whether each query's package is imported: a site, null (searched, not found), or undefined (cannot tell) */
  imported(query: ImportQuery): Site | null | undefined;
  /** the places the code reads a variable (the first few), or none */
  envRead(name: string): Site[];
  /** the first connection URL of a scheme (`redis://…`) in code or config, or undefined */
  urlSeen(scheme: string): Site | undefined;
  /** how long the one grep took, for the bench (0 when there was nothing to look for) */
  ms: number;
}

const JS_EXTENSIONS = ['js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs', 'mts', 'cts', 'vue', 'svelte', 'astro'];
const EXTENSIONS: Partial<Record<Ecosystem, string[]>> = { npm: JS_EXTENSIONS, go: ['go'], cargo: ['rs'], pypi: ['py'] };
/** Languages whose code may read a variable (ENV['X'], process.env.X, os.getenv('X'), System.getenv("X")...). */
const CODE_EXTENSIONS = [...JS_EXTENSIONS, 'go', 'rs', 'py', 'rb', 'php', 'java', 'kt', 'kts', 'scala', 'groovy', 'cs', 'ex', 'exs', 'erb'];

/** Configuration files a connection URL may be written in, besides code. */
const CONFIG_EXTENSIONS = ['yml', 'yaml', 'toml', 'ini', 'conf', 'cfg', 'properties', 'hjson', 'sample'];

const extensionOf = (path: string): string => path.slice(path.lastIndexOf('.') + 1).toLowerCase();

/** Test files by name, in any folder: `x.test.ts`, `x_test.go`, `test_x.py`, `conftest.py`, `XTest.java`. */
function isTestFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /(?:[._-](?:test|spec|stories)\.[a-z]+$|^test_[^/]+\.py$|^conftest\.py$|_test\.(?:go|py|rs)$|Tests?\.(?:java|kt)$)/.test(name);
}

/** A file whose imports say what the product uses: tracked source, not tests, examples or vendored code. */
export function countsAsProductCode(path: string): boolean {
  return !isSkippedPath(path) && !isTestFile(path);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

interface ImportMatcher {
  /** fixed strings for the grep (any of them on a line makes it a candidate) */
  needles: string[];
  /** the line really imports the package */
  test(line: string): boolean;
  extensions: string[];
}

/**
 * Python module names for a distribution: what the catalog says, else the usual derivations
 * (`google-cloud-storage` → google.cloud.storage, `psycopg2-binary` → psycopg2, `python-keycloak`
 * → keycloak, `qdrant-client` → qdrant_client or qdrant).
 */
export function pythonModules(name: string, imports?: readonly string[]): string[] {
  if (imports && imports.length > 0) return [...imports];
  const n = name.toLowerCase().replace(/[-_.]+/g, '-');
  const out = new Set<string>();
  const add = (value: string): void => void (value && out.add(value.replace(/-/g, '_')));
  if (/^(?:google-cloud|azure)-/.test(n)) out.add(n.replace(/-/g, '.'));
  const stripped = n.replace(/-binary$/, '').replace(/^python-/, '').replace(/-python$/, '').replace(/-py$/, '');
  add(stripped);
  add(stripped.replace(/-(?:client|sdk)$/, ''));
  add(n);
  return [...out];
}

function importMatcher(query: ImportQuery): ImportMatcher | undefined {
  const { ecosystem } = query;
  // An extra (`celery[sqs]`) or a feature (`sqlx[postgres]`) is imported under the base name,
  // which proves nothing about the extra.
  if (query.name.includes('[')) return undefined;
  if (query.loadedByName && (ecosystem === 'npm' || ecosystem === 'pypi')) return undefined;
  switch (ecosystem) {
    case 'npm': {
      const name = escapeRegExp(query.name);
      const re = new RegExp(`(?:\\bfrom\\s*|\\brequire\\s*\\(\\s*|\\bimport\\s*\\(\\s*|\\bimport\\s+)(['"\`])${name}(?:\\/[^'"\`]*)?\\1`);
      return { needles: [query.name], test: (line) => re.test(line), extensions: EXTENSIONS.npm! };
    }
    case 'go': {
      const re = new RegExp(`"${escapeRegExp(query.name)}(?:\\/[^"]*)?"`);
      return { needles: [query.name], test: (line) => re.test(line), extensions: EXTENSIONS.go! };
    }
    case 'cargo': {
      const crate = escapeRegExp(query.name.replace(/-/g, '_'));
      const re = new RegExp(`\\b${crate}::|\\b(?:use|extern\\s+crate)\\s+${crate}\\b`);
      return { needles: [query.name.replace(/-/g, '_')], test: (line) => re.test(line), extensions: EXTENSIONS.cargo! };
    }
    case 'pypi': {
      const modules = pythonModules(query.name, query.imports);
      const tests = modules.map((module) => {
        const dot = module.lastIndexOf('.');
        const parent = dot === -1 ? undefined : module.slice(0, dot);
        const last = module.slice(dot + 1);
        const m = escapeRegExp(module);
        // `import x`, `from x.y import z`, `from parent import last`, or a settings string ('django_redis.cache.RedisCache').
        return new RegExp(
          `^\\s*(?:import\\s+[^#]*\\b${m}\\b|from\\s+${m}\\b)` + (parent ? `|^\\s*from\\s+${escapeRegExp(parent)}\\s+import\\s+[^#]*\\b${escapeRegExp(last)}\\b` : '') + `|(['"])${m}(?:\\.|\\1)`,
        );
      });
      const needles = modules.map((module) => module.split('.').slice(0, 2).join('.'));
      return { needles: [...new Set(needles)], test: (line) => tests.some((re) => re.test(line)), extensions: EXTENSIONS.pypi! };
    }
    default:
      return undefined;
  }
}

/** How many reads of one variable are kept: enough to find one in a deployed folder. */
const MAX_SITES = 20;

const queryKey = (q: ImportQuery): string => `${q.ecosystem}\0${q.name}\0${q.folder}`;
const inFolder = (path: string, folder: string): boolean => folder === '' || path.startsWith(`${folder}/`);

export interface UsageOptions {
  /** read this revision instead of the working tree (pull-request mode) */
  revision?: string;
  /** tracked paths, to tell "no code to search" from "not imported"; without it every search is conclusive */
  paths?: readonly string[];
  /**
   * Where reads of variables and connection URLs are looked for, when not everywhere: pull-request
   * mode looks only in the files the change touched, so the cost follows the diff.
   */
  settingPaths?: readonly string[];
}

/** Runs the one grep for a request; nothing runs when there is nothing to look for. */
export async function findUsage(root: string, request: UsageRequest, options: UsageOptions = {}): Promise<UsageFindings> {
  const matchers = new Map<string, { query: ImportQuery; matcher: ImportMatcher }>();
  const undecidable = new Set<string>();
  for (const query of request.imports) {
    const key = queryKey(query);
    if (matchers.has(key) || undecidable.has(key)) continue;
    const matcher = importMatcher(query);
    const hasCode = matcher && (!options.paths || options.paths.some((p) => inFolder(p, query.folder) && matcher.extensions.includes(extensionOf(p)) && countsAsProductCode(p)));
    if (matcher && hasCode) matchers.set(key, { query, matcher });
    else undecidable.add(key);
  }
  const envNames = [...new Set(request.envNames.filter((name) => !name.startsWith('*')))];
  const suffixNames = [...new Set(request.envNames.filter((name) => name.startsWith('*')).map((name) => name.slice(1)))];
  const schemes = [...new Set(request.urlSchemes ?? [])];
  // Made once per run, not once per line of the grep's output: a variable read is the name as a word.
  const envTests = new Map(envNames.map((name) => [name, new RegExp(`\\b${escapeRegExp(name)}\\b`)]));
  // A URL has something after `://`: a bare prefix being concatenated (`'s3://' . $path`) connects nowhere.
  const schemeTests = new Map(schemes.map((scheme) => [scheme, new RegExp(`\\b${escapeRegExp(scheme)}(?:\\+[\\w.-]+)?:\\/\\/(?![\\s'"\`]|$)`, 'i')]));
  const imported = new Map<string, Site>();
  const envRead = new Map<string, Site[]>();
  const urlSeen = new Map<string, Site>();
  let ms = 0;
  const needles = [...new Set([...[...matchers.values()].flatMap(({ matcher }) => matcher.needles), ...envNames, ...schemes])];
  // Suffix names need an extended regex: then the one grep runs with -E, its fixed needles escaped.
  // Hand-written: an upper-case variable name whose last words are the suffix (-w bounds it).
  const suffixPatterns = suffixNames.map((suffix) => `([A-Z0-9]+_)*${escapeEre(suffix)}`);
  const suffixTests = suffixNames.map((suffix) => ({ suffix, re: new RegExp(`(?<![A-Za-z0-9_])((?:[A-Z0-9]+_)*${escapeRegExp(suffix)})(?![A-Za-z0-9_])`) }));
  if (needles.length > 0 || suffixPatterns.length > 0) {
    // Pathspecs: source files of the searched folders (any folder when variables are looked for).
    const specs = new Set<string>();
    for (const { query, matcher } of matchers.values()) for (const ext of matcher.extensions) specs.add(`${query.folder ? `${query.folder}/` : ''}*.${ext}`);
    const settingExtensions = [...(envNames.length > 0 || schemes.length > 0 || suffixNames.length > 0 ? CODE_EXTENSIONS : []), ...(schemes.length > 0 ? CONFIG_EXTENSIONS : [])];
    if (options.settingPaths) {
      for (const path of options.settingPaths) if (settingExtensions.includes(extensionOf(path))) specs.add(`:(literal)${path}`);
    } else {
      for (const ext of settingExtensions) specs.add(`*.${ext}`);
    }
    // Nothing to search in (a change that touched no code): no grep, which with no pathspec would read everything.
    if (specs.size === 0) return { imported: (query) => (undecidable.has(queryKey(query)) || !matchers.has(queryKey(query)) ? undefined : null), envRead: () => [], urlSeen: () => undefined, ms };
    const start = process.hrtime.bigint();
    const patterns = suffixPatterns.length > 0 ? ['-E', ...needles.map(escapeEre), ...suffixPatterns] : ['-F', ...needles];
    const args = ['-c', 'core.quotePath=false', 'grep', '-I', '-n', '-z', patterns[0]!, '-w', ...patterns.slice(1).flatMap((n) => ['-e', n]), ...(options.revision ? [options.revision] : []), '--', ...specs];
    const result = await git(root, args);
    ms = Number(process.hrtime.bigint() - start) / 1e6;
    // 1 is "nothing matched"; anything else (not a repository, a bad revision) decides nothing.
    if (result.code > 1) {
      for (const key of matchers.keys()) undecidable.add(key);
      return { imported: () => undefined, envRead: () => [], urlSeen: () => undefined, ms };
    }
    const prefix = options.revision ? `${options.revision}:` : '';
    for (const record of result.code === 0 ? result.stdout.toString('utf8').split('\n') : []) {
      const first = record.indexOf('\0');
      const second = record.indexOf('\0', first + 1);
      if (first === -1 || second === -1) continue;
      const path = record.slice(0, first).slice(record.startsWith(prefix) ? prefix.length : 0);
      if (!countsAsProductCode(path)) continue;
      const line = Number(record.slice(first + 1, second));
      const text = record.slice(second + 1);
      const ext = extensionOf(path);
      for (const [key, { query, matcher }] of matchers) {
        if (!imported.has(key) && inFolder(path, query.folder) && matcher.extensions.includes(ext) && matcher.test(text)) imported.set(key, { path, line });
      }
      // A manifest rendered by ERB (`web.yaml.erb`) gives settings; it does not read them.
      if (CODE_EXTENSIONS.includes(ext) && !/\.ya?ml\.erb$/i.test(path)) {
        for (const [name, re] of envTests) {
          const sites = envRead.get(name) ?? [];
          if (sites.length < MAX_SITES && re.test(text)) envRead.set(name, [...sites, { path, line }]);
        }
      }
      for (const [scheme, re] of schemeTests) if (!urlSeen.has(scheme) && re.test(text)) urlSeen.set(scheme, { path, line });
      if (CODE_EXTENSIONS.includes(ext) && !/\.ya?ml\.erb$/i.test(path)) {
        for (const { suffix, re } of suffixTests) {
          const name = re.exec(text)?.[1];
          const sites = envRead.get(`*${suffix}`) ?? [];
          if (name && sites.length < MAX_SITES) envRead.set(`*${suffix}`, [...sites, { path, line, name }]);
        }
      }
    }
  }
  return {
    imported: (query) => {
      const key = queryKey(query);
      if (undecidable.has(key) || !matchers.has(key)) return undefined;
      return imported.get(key) ?? null;
    },
    envRead: (name) => envRead.get(name) ?? [],
    urlSeen: (scheme) => urlSeen.get(scheme),
    ms,
  };
}

/** A fixed string as a POSIX extended regex (git grep -E). */
const escapeEre = (text: string): string => text.replace(/[.[\]()*+?{}|^$\\]/g, '\\$&');
