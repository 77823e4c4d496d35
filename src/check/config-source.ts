import path from 'node:path';
import { loadBuiltinRules, loadCatalog, makeCatalog, type Catalog } from '../catalog/load.js';
import { ConfigError, type Config } from '../config/schema.js';
import { GitRevisionSource } from '../diff/revision-source.js';
import { WorkTreeSource, type FileSource } from '../discover/source.js';
import { git, splitNul } from '../util/git.js';

/**
 * Where Paramedic's own configuration is read from. In a pull-request check that is the
 * merge base, never head: the PR author controls head, and head's `fail-on: never`,
 * `exclude: ["**"]` or a rule with `disabled: true` must not decide head's own verdict. A
 * change to them takes effect after merge. Action inputs and CLI flags still win (the
 * workflow is not the PR's to change in `pull_request_target` or a required workflow).
 */

/** The config file's default names, in the order they are looked for. */
export const CONFIG_FILES = ['.github/paramedic.yml', '.github/paramedic.yaml'] as const;

/** A path as git stores it: `./x` and `x` are the same file. */
const repositoryPath = (rel: string): string => path.posix.normalize(rel.replace(/\\/g, '/'));

/**
 * Reads the config file from a snapshot of the repository: `configured` (an input or flag)
 * or one of CONFIG_FILES. An absolute `configured` path is the user's own file on disk. Both
 * default names present is a mistake (which one would rule?), and so is a configured file
 * that is not there. A file that cannot be read is never taken for an empty one.
 */
export async function loadConfigFrom(source: FileSource, configured?: string, at = ''): Promise<Partial<Config>> {
  if (configured && path.isAbsolute(configured)) source = new WorkTreeSource(path.dirname(configured));
  const candidates = configured ? [path.isAbsolute(configured) ? path.basename(configured) : repositoryPath(configured)] : [...CONFIG_FILES];
  const found: Array<{ rel: string; text: string }> = [];
  for (const rel of candidates) {
    const read = await source.read(rel);
    // An empty `configured` (the action's `config` input left empty) means the default names.
    const shown = configured || rel;
    if (read.ok) found.push({ rel: shown, text: read.text });
    else if (read.code === 'link-out') throw new ConfigError(`${shown}: the config file is a symbolic link that leaves the repository; not read`);
    else if (read.code !== 'missing') throw new ConfigError(`${shown}: the config file could not be read${at} (${read.reason})`);
  }
  if (configured && found.length === 0) throw new ConfigError(`config file ${configured} not found${at}`);
  if (found.length > 1) throw new ConfigError(`${found.map((f) => f.rel).join(' and ')} both exist${at}; Paramedic reads one config file: keep one`);
  if (!found[0]) return {};
  const { parseConfigFile } = await import('../config/file.js');
  return parseConfigFile(found[0].text, found[0].rel);
}

/**
 * The catalog with the config's rules folder: read from disk for a path the user gave
 * (absolute: a CLI flag), otherwise from `commit`'s tree when given (the merge base), or
 * from the working tree.
 */
export async function catalogFor(root: string, config: Config, commit: string | undefined, warn: (message: string) => void): Promise<Catalog> {
  if (!config.rules) return loadCatalog(undefined, warn);
  if (!commit || path.isAbsolute(config.rules)) return loadCatalog(path.resolve(root, config.rules), warn, root);
  return loadCatalogAt(root, commit, repositoryPath(config.rules), warn);
}

/** Built-in rules, then the rules folder as it is at `commit` (same precedence and errors as loadCatalog). */
async function loadCatalogAt(root: string, commit: string, dir: string, warn: (message: string) => void): Promise<Catalog> {
  const byId = new Map(loadBuiltinRules().map((rule) => [rule.id, rule]));
  const listed = await git(root, ['-c', 'core.quotePath=false', 'ls-tree', '-z', '--name-only', `${commit}`, '--', `${dir}/`]);
  const entries = listed.code === 0 ? splitNul(listed.stdout) : [];
  const files = entries.filter((p) => /\.ya?ml$/.test(p) && path.posix.dirname(p) === dir).sort();
  if (entries.length === 0) {
    warn(`rules folder ${dir} not found at ${commit.slice(0, 7)}; using the built-in catalog only`);
  }
  const source = new GitRevisionSource(root, commit);
  const { parseRule } = files.length > 0 ? await import('../catalog/rule-file.js') : { parseRule: undefined };
  try {
    for (const file of files) {
      const read = await source.read(file);
      if (!read.ok) {
        warn(`${file}: ${read.reason}`);
        continue;
      }
      try {
        const rule = parseRule!(read.text, file);
        if ('disabled' in rule) byId.delete(rule.disabled);
        else byId.set(rule.id, rule);
      } catch (error) {
        warn(error instanceof Error ? error.message : String(error));
      }
    }
  } finally {
    await source.close();
  }
  return makeCatalog([...byId.values()]);
}
