import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, visit, type Document, type Node, type YAMLMap } from 'yaml';
import { DUPLICATE_KEY_MESSAGE, duplicateKey, yamlShapeProblem } from '../../util/yaml-limits.js';

/**
 * Shared YAML reading for the infrastructure extractors (compose, Kubernetes, Helm):
 * parsing with positions, warnings that name the line, and map access that follows
 * aliases and `<<` merge keys so evidence points at the line where a value is written.
 */

export interface PositionedYaml {
  /** documents that parsed without error; broken ones were reported and left out */
  docs: Document[];
  lineOf(node: Node | null | undefined): number;
}

type Warn = (message: string, line?: number) => void;

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** How many nodes aliases may stand for in one document: yaml's guard against "billion laughs". */
const MAX_ALIAS_EXPANSION = 1000;

/**
 * Reports a document's first error with its line; true when the document is usable. A
 * document with aliases is also resolved once under yaml's expansion limit, so an alias bomb
 * or an alias without its anchor is reported (at the first alias) instead of read.
 */
function reportErrors(doc: Document, warn: Warn, lineCounter: LineCounter): boolean {
  const error = doc.errors[0];
  if (error) {
    warn(`invalid YAML: ${firstLine(error.message)}`, error.linePos?.[0]?.line);
    return false;
  }
  const duplicate = duplicateKey(doc);
  if (duplicate) {
    warn(`invalid YAML: ${DUPLICATE_KEY_MESSAGE}`, duplicate.range ? lineCounter.linePos(duplicate.range[0]).line : undefined);
    return false;
  }
  let firstAlias: Node | undefined;
  visit(doc, { Alias: (_, node) => ((firstAlias = node), visit.BREAK) });
  if (!firstAlias) return true;
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
    return true;
  } catch (aliasError) {
    const line = firstAlias.range ? lineCounter.linePos(firstAlias.range[0]).line : undefined;
    warn(`invalid YAML: ${firstLine(aliasError instanceof Error ? aliasError.message : String(aliasError))}`, line);
    return false;
  }
}

/**
 * Options for every parse: duplicate keys are found by `duplicateKey` in linear time instead
 * of by the parser's quadratic check.
 */
export const YAML_PARSE_OPTIONS = { uniqueKeys: false } as const;

/** True when the text may be parsed; otherwise the reason was reported (too deep, too many values). */
export function yamlFitsLimits(text: string, warn: Warn): boolean {
  const problem = yamlShapeProblem(text);
  if (problem) warn(problem);
  return problem === undefined;
}

const NOTHING: PositionedYaml = { docs: [], lineOf: () => 1 };

/**
 * The last parses, by kind and text, with the warnings they gave: one run reads a compose file
 * (or manifest) in discovery and again in the plan's lint (unknown-reference's inventory), and
 * a pull-request check also in head's confidence. The same text parses to the same documents,
 * which every reader only reads. Bounded by the text it holds; the oldest entry goes first.
 */
const recent = new Map<string, { result: PositionedYaml; warnings: Array<[string, number | undefined]> }>();
const RECENT_MAX_CHARS = 2 * 1024 * 1024;
const RECENT_MAX_TEXT = 256 * 1024;
let recentChars = 0;

function remembered(kind: 'doc' | 'stream', text: string, warn: Warn, parse: (text: string, warn: Warn) => PositionedYaml): PositionedYaml {
  if (text.length > RECENT_MAX_TEXT) return parse(text, warn);
  const key = kind + text;
  const hit = recent.get(key);
  if (hit) {
    for (const [message, line] of hit.warnings) warn(message, line);
    return hit.result;
  }
  const warnings: Array<[string, number | undefined]> = [];
  const result = parse(text, (message, line) => {
    warnings.push([message, line]);
    warn(message, line);
  });
  recent.set(key, { result, warnings });
  recentChars += key.length;
  for (const [oldest] of recent) {
    if (recentChars <= RECENT_MAX_CHARS) break;
    recent.delete(oldest);
    recentChars -= oldest.length;
  }
  return result;
}

/** One YAML document (compose, Chart.yaml, values.yaml): nothing when it is malformed. */
export function parseYaml(text: string, warn: Warn): PositionedYaml {
  return remembered('doc', text, warn, parseOne);
}

/** Every document of a multi-document stream; a broken one is reported and skipped, the others kept. */
export function parseYamlStream(text: string, warn: Warn): PositionedYaml {
  return remembered('stream', text, warn, parseStream);
}

function parseOne(text: string, warn: Warn): PositionedYaml {
  if (!yamlFitsLimits(text, warn)) return NOTHING;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, ...YAML_PARSE_OPTIONS });
  const docs = reportErrors(doc, warn, lineCounter) ? [doc as Document] : [];
  return { docs, lineOf: (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1) };
}

function parseStream(text: string, warn: Warn): PositionedYaml {
  if (!yamlFitsLimits(text, warn)) return NOTHING;
  const lineCounter = new LineCounter();
  const all = parseAllDocuments(text, { lineCounter, ...YAML_PARSE_OPTIONS });
  const docs = Array.isArray(all) ? all.filter((doc) => reportErrors(doc, warn, lineCounter)) : [];
  return { docs: docs as Document[], lineOf: (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1) };
}

/** Follows an alias (`*name`) to the node it points at. */
export function resolve(node: unknown, doc: Document): Node | undefined {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < 10; hops++) current = current.resolve(doc);
  return current && typeof current === 'object' ? (current as Node) : undefined;
}

/**
 * The [key, value, key node] entries of a mapping, own keys first, then keys brought in by `<<: *anchor`
 * merges (which own keys override), as compose files often share settings that way.
 */
export function mapEntries(node: unknown, doc: Document, depth = 0): Array<[string, Node | undefined, Node]> {
  const map = resolve(node, doc);
  if (!isMap(map) || depth > 5) return [];
  const own: Array<[string, Node | undefined, Node]> = [];
  const merged: Array<[string, Node | undefined, Node]> = [];
  for (const pair of (map as YAMLMap).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) continue;
    if (key === '<<') {
      const source = resolve(pair.value, doc);
      const sources = isSeq(source) ? source.items : [source];
      for (const item of sources) merged.push(...mapEntries(item, doc, depth + 1));
    } else {
      own.push([key, (pair.value ?? undefined) as Node | undefined, pair.key as Node]);
    }
  }
  const seen = new Set(own.map(([key]) => key));
  return [...own, ...merged.filter(([key]) => !seen.has(key) && (seen.add(key), true))];
}

/** The value node of one key of a mapping (aliases and merges followed). */
export function mapGet(node: unknown, key: string, doc: Document): Node | undefined {
  const entry = mapEntries(node, doc).find(([k]) => k === key);
  return entry ? resolve(entry[1], doc) : undefined;
}

/** A nested value by key path. */
export function mapPath(node: unknown, keys: string[], doc: Document): Node | undefined {
  let current = resolve(node, doc);
  for (const key of keys) current = current ? mapGet(current, key, doc) : undefined;
  return current;
}

/** The items of a sequence node, aliases followed. */
export function seqItems(node: unknown, doc: Document): Node[] {
  const seq = resolve(node, doc);
  if (!isSeq(seq)) return [];
  return seq.items.map((item) => resolve(item, doc)).filter((item): item is Node => item !== undefined);
}

/** A scalar's value as text (numbers and booleans too), or undefined for maps, lists and nulls. */
export function scalarText(node: unknown, doc: Document): string | undefined {
  const value = resolve(node, doc);
  if (!isScalar(value) || value.value === null || value.value === undefined) return undefined;
  return typeof value.value === 'object' ? undefined : String(value.value);
}
