import { LineCounter, parseDocument, isMap, isScalar, isSeq, visit, type Document, type Node as YamlNode } from 'yaml';
import { yamlShapeProblem } from '../util/yaml-limits.js';
import { ConfigError, parseSettings, staysInRepository, type Config } from './schema.js';

/**
 * Reading a config file's YAML. Apart from schema.ts so that the YAML library (a quarter of a
 * megabyte of the bundle) loads only when there is a config file to read: a run without one
 * never imports this module.
 */

/** The 1-based line of a node of the document, by key path (`['ignore', 0]`, `['lint', 'shellcheck']`). */
function lineLocator(doc: Document.Parsed, lineCounter: LineCounter): (path: Array<string | number>) => number {
  const lineAt = (node: { range?: [number, number, number] | null } | null | undefined): number | undefined => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  return (path) => {
    let node: unknown = doc.contents;
    let line = 1;
    for (const step of path) {
      if (typeof step === 'number' && isSeq(node)) {
        node = node.items[step];
        line = lineAt(node as YamlNode) ?? line;
      } else if (typeof step === 'string' && isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === step);
        if (!pair) break;
        line = lineAt(pair.key as YamlNode) ?? line;
        node = pair.value;
      } else {
        break;
      }
    }
    return line;
  };
}

/** Parses the text of a config file; every problem is reported at its own line. */
export function parseConfigFile(text: string, file: string): Partial<Config> {
  const shape = yamlShapeProblem(text);
  if (shape) throw new ConfigError(`${file}:1: ${shape}`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => `${file}:${e.linePos?.[0]?.line ?? 1}: ${e.message.split('\n')[0]}`);
    throw new ConfigError(problems.join('\n'), problems);
  }
  if (doc.contents == null) return {};
  if (!isMap(doc.contents)) throw new ConfigError(`${file}:1: the config file must be a mapping of settings`);
  const lineOf = lineLocator(doc, lineCounter);
  let raw: Record<string, unknown>;
  try {
    raw = doc.toJS({ maxAliasCount: 1000 }) as Record<string, unknown>;
  } catch (error) {
    // Aliases fail only here: one without its anchor, or so many that they would blow up memory.
    let line = 1;
    visit(doc, { Alias: (_, node) => ((line = node.range ? lineCounter.linePos(node.range[0]).line : 1), visit.BREAK) });
    throw new ConfigError(`${file}:${line}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const problems: string[] = [];
  let settings: Partial<Config> = {};
  try {
    settings = parseSettings(raw, (key, sub = []) => `${file}:${lineOf([key, ...sub])}`);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  for (const key of REPOSITORY_PATH_KEYS) {
    const value = raw[key];
    if (typeof value === 'string' && value !== '' && !staysInRepository(value)) {
      problems.push(`${file}:${lineOf([key])}: ${key}: must be a path inside the repository (got ${JSON.stringify(value)})`);
    }
  }
  if (problems.length > 0) {
    // In the order of the file, so each problem reads at its own line.
    const lineOfProblem = (problem: string): number => Number(/^:(\d+): /.exec(problem.slice(file.length))?.[1] ?? 0);
    const sorted = problems.map((problem, i) => ({ problem, i })).sort((a, b) => lineOfProblem(a.problem) - lineOfProblem(b.problem) || a.i - b.i).map((x) => x.problem);
    throw new ConfigError(sorted.join('\n'), sorted);
  }
  // Every entry was valid (or the file was refused above): each keeps where it is written,
  // for the finding about an id the catalog does not know.
  if (settings.ignore) settings.ignore = settings.ignore.map((entry, i) => ({ ...entry, file, line: lineOf(['ignore', i]) }));
  return settings;
}

/**
 * Settings that name a file or folder Paramedic reads. The config file is repository content
 * (a pull request can change it), so these may not reach outside the repository; the CLI's
 * own flags are the user's choice and are not limited.
 */
const REPOSITORY_PATH_KEYS = ['doc-path', 'rules'] as const;

