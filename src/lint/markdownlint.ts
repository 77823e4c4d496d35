import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { Configuration, LintError } from 'markdownlint';
import { parse as parseYaml } from 'yaml';
import { entryExists, isInside, readFileInside } from '../util/inside.js';
import type { LintContext } from './context.js';
import type { LintRule, RuleHit } from './rule.js';

/** markdownlint's own config file names, nearest first in each folder. */
const CONFIG_FILES = ['.markdownlint.jsonc', '.markdownlint.json', '.markdownlint.yaml', '.markdownlint.yml', '.markdownlintrc'];
/** markdownlint-cli2 files keep the rules under a `config` key. */
const CLI2_FILES = ['.markdownlint-cli2.jsonc', '.markdownlint-cli2.yaml'];

/**
 * Without a repository config: markdownlint's defaults, minus line length (wrapping prose is
 * a team's taste, not a recovery problem) and table pipe spacing (MD060, new in 0.40: it
 * reported each pipe of the common `|---|---|` row as its own notice), with repeated
 * headings allowed across scenarios (every scenario may have its own "Impact" and "Step 1"),
 * and a front matter `title:` not counted as a second top-level heading (docs sites put both
 * the front matter title and the `# Title` in the page).
 */
const DEFAULT_CONFIG: Configuration = { default: true, MD013: false, MD060: false, MD024: { siblings_only: true }, MD025: { front_matter_title: '' } };

function parseJsoncStrict(text: string): Configuration {
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: true }) as Configuration;
  if (errors.length) throw new Error(`invalid JSON at offset ${errors[0]!.offset}`);
  return value;
}

/**
 * A config file's settings: JSON(C) first, then YAML (as markdownlint-cli reads them). A
 * parser's message is cut to its first line: YAML's later lines quote the file's source, and
 * the file may not be what it claims (a link, an `extends` to a secrets file).
 */
function parseConfigText(text: string, yamlFirst: boolean): Record<string, unknown> {
  const parsers = yamlFirst ? [(t: string) => parseYaml(t) as unknown, parseJsoncStrict] : [parseJsoncStrict, (t: string) => parseYaml(t) as unknown];
  let firstError: unknown;
  for (const parse of parsers) {
    try {
      const value = parse(text);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
      firstError ??= new Error('not a mapping of rule settings');
    } catch (error) {
      firstError ??= error;
    }
  }
  throw new Error(firstLine(firstError));
}

function firstLine(error: unknown): string {
  const first = (error instanceof Error ? error.message : String(error)).split(/\r?\n/)[0]!;
  // "... at line 2, column 5:" introduces the source excerpt that was cut.
  return first.endsWith(':') ? first.slice(0, -1).trimEnd() : first;
}

/** How deep `extends` may chain (markdownlint has no limit; a loop must not hang the check). */
const MAX_EXTENDS = 8;

/**
 * Reads a markdownlint config and what it `extends`, the way markdownlint merges them (the
 * file's own settings over the extended ones), but never outside the checkout: `extends` is
 * resolved here, not by markdownlint, and only as a path relative to the file that resolves
 * (links followed) inside the repository. An absolute path, `~/`, a package name or `../`
 * leaving the checkout is refused, so a pull request cannot make Paramedic read and echo a
 * file of the runner.
 */
function readConfined(root: string, file: string, settings: Record<string, unknown>, depth: number): Configuration {
  const { extends: parent, ...own } = settings;
  if (parent === undefined || parent === null) return own as Configuration;
  if (typeof parent !== 'string') throw new Error('`extends` must be a path');
  if (depth >= MAX_EXTENDS) throw new Error(`\`extends\` nests deeper than ${MAX_EXTENDS} files`);
  if (path.isAbsolute(parent) || parent.startsWith('~') || !/^\.\.?[\\/]/.test(parent)) {
    throw new Error(`\`extends: ${parent}\` is not a relative path inside the repository; not followed`);
  }
  const target = path.resolve(path.dirname(file), parent);
  const read = readFileInside(root, target);
  if (!read.ok) throw new Error(`\`extends: ${parent}\` ${read.reason === 'not found' ? 'not found' : read.reason.replace('a symbolic link that leaves', 'leaves')}${isInside(path.resolve(root), target) ? '' : ' (outside the repository)'}; not followed`);
  const extended = readConfined(root, target, parseConfigText(read.text, /\.ya?ml$/i.test(target)), depth + 1);
  return { ...extended, ...own } as Configuration;
}

/**
 * The repository's markdownlint config: the nearest config file from the plan's folder up to
 * the repository root, as markdownlint-cli does. Every file is read through the links-out
 * check (readFileInside): a `.markdownlint.yaml` that is a link to a file outside the checkout
 * is refused, not read.
 */
export async function repositoryMarkdownlintConfig(root: string, planPath: string, warn: (m: string) => void): Promise<{ config: Configuration; from?: string }> {
  const rootDir = path.resolve(root);
  const fallBack = (file: string, what: string, why: string): { config: Configuration } => {
    warn(`${path.relative(rootDir, file)}: ${what} not used (${why}); using Paramedic's defaults`);
    return { config: DEFAULT_CONFIG };
  };
  for (let dir = path.resolve(root, path.dirname(planPath)); ; dir = path.dirname(dir)) {
    for (const name of [...CONFIG_FILES, ...CLI2_FILES]) {
      const file = path.join(dir, name);
      if (!entryExists(file)) continue;
      const cli2 = CLI2_FILES.includes(name);
      const what = cli2 ? 'markdownlint-cli2 config' : 'markdownlint config';
      const read = readFileInside(rootDir, file);
      if (!read.ok) return fallBack(file, what, read.reason);
      try {
        const settings = parseConfigText(read.text, /\.ya?ml$/.test(name));
        if (cli2) {
          const inner = settings.config;
          if (!inner || typeof inner !== 'object' || Array.isArray(inner)) continue;
          return { config: readConfined(rootDir, file, inner as Record<string, unknown>, 0), from: path.relative(rootDir, file) };
        }
        return { config: readConfined(rootDir, file, settings, 0), from: path.relative(rootDir, file) };
      } catch (error) {
        return fallBack(file, what, firstLine(error));
      }
    }
    if (dir === rootDir || path.dirname(dir) === dir) break;
  }
  return { config: DEFAULT_CONFIG };
}

/** HTML elements a plan might really use; `<PLACEHOLDER>`, `<instance-id>` or `<db host>` are not HTML. */
const HTML_ELEMENTS = new Set(
  ('a abbr address area article aside audio b bdi bdo big blink blockquote body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark marquee menu meta meter nav nobr noscript object ol optgroup option output p picture pre progress q rp rt ruby s samp script search section select slot small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr').split(' '),
);

/**
 * MD033 (inline HTML) on a placeholder is not HTML: runbooks write `<NEW_INSTANCE_ID>` and
 * `<instance-id>` in prose, and the README promises placeholders are fine.
 */
function isPlaceholderElement(error: { ruleNames: readonly string[]; errorDetail: string | null }): boolean {
  if (error.ruleNames[0] !== 'MD033') return false;
  const element = /Element: ([^\s]+)/.exec(error.errorDetail ?? '')?.[1];
  // Written in capitals (`<TIME>`, `<TABLE_NAME>`) it is a placeholder even when the word is a tag.
  return element !== undefined && (!HTML_ELEMENTS.has(element.toLowerCase()) || /^[A-Z][A-Z0-9_-]+$/.test(element));
}

/**
 * The worker bundle (markdownlint-worker.ts) sits beside the bundle that runs; from the sources
 * (tests) there is none and markdownlint runs in this thread.
 */
const WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'markdownlint-worker.js');

function lintInWorker(text: string, planPath: string, config: Configuration): Promise<LintError[]> {
  return new Promise((resolve, reject) => {
    // An empty environment: markdownlint needs none, and the thread need not see the token.
    const worker = new Worker(WORKER_FILE, { workerData: { text, planPath, config }, env: {} });
    worker.once('message', (errors: LintError[]) => resolve(errors));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`markdownlint worker exited with code ${code}`)));
  });
}

async function lintErrors(text: string, planPath: string, config: Configuration): Promise<LintError[]> {
  if (existsSync(WORKER_FILE)) {
    try {
      return await lintInWorker(text, planPath, config);
    } catch {
      // A worker that cannot start (resource limits, a stripped bundle) costs only the overlap.
    }
  }
  // In this thread only when the worker cannot run: loaded then, so a bundle does not carry it at start-up.
  const { lint } = await import('markdownlint/promise');
  return (await lint({ strings: { [planPath]: text }, config }))[planPath] ?? [];
}

export async function markdownlintHits(text: string, planPath: string, context: Pick<LintContext, 'root' | 'warn'>): Promise<RuleHit[]> {
  const { config } = await repositoryMarkdownlintConfig(context.root, planPath, context.warn);
  return (await lintErrors(text, planPath, config)).filter((e) => !isPlaceholderElement(e)).map((e) => ({
    line: e.lineNumber,
    rule: `markdownlint/${e.ruleNames[0]}`,
    message: `${e.ruleNames[0]}/${e.ruleNames[1] ?? ''}: ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`,
    hint: e.ruleInformation ? `See ${e.ruleInformation}` : 'Fix the Markdown as markdownlint suggests.',
  }));
}

export const markdownlintRule: LintRule = {
  id: 'markdownlint',
  severity: 'notice',
  description: 'markdownlint over the whole plan (as `markdownlint/MDxxx`), with the repository\'s own markdownlint config when it has one.',
  hint: 'Fix the Markdown as markdownlint suggests.',
  run: (doc, context) => markdownlintHits(doc.plan.text, doc.plan.path, context),
};
