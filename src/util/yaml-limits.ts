import { isScalar, visit, type Document, type Node } from 'yaml';

/**
 * Limits checked on YAML text before it is handed to the parser. The `yaml` package has no
 * depth or size limit of its own, and its memory grows fast with both: 1 MB of nested `[`
 * took 7 s and 950 MB, 5 MB exhausted a 2 GB heap, and a flat flow list costs about 1 KB per
 * item. No manifest comes near these limits; a file past them is reported and not parsed.
 */

/** Deeper than any real compose file, chart or CRD schema (those stay under 40). */
export const MAX_YAML_DEPTH = 100;
/** About 150 MB of parser memory; a 1.5 MB Kubernetes bundle of CRDs has about 60,000. */
export const MAX_YAML_NODES = 150_000;

/**
 * Why this YAML must not be parsed, or undefined. One linear pass that estimates the nesting
 * depth (indentation levels, compact `- - ` entries and flow `[`/`{`) and the number of values
 * (content lines and flow items). It skips comments, quoted scalars and block scalars, so
 * brackets inside strings and scripts do not count. An estimate, not a parser: it only has to
 * tell manifests from bombs, and both limits are far from what real files reach.
 *
 * Hand-written because the parser is what must be protected: no YAML library exposes a
 * depth or node budget that applies before it allocates.
 */
export function yamlShapeProblem(text: string, limits: { depth?: number; nodes?: number } = {}): string | undefined {
  const maxDepth = limits.depth ?? MAX_YAML_DEPTH;
  const maxNodes = limits.nodes ?? MAX_YAML_NODES;
  // Worded only when a file is refused: toLocaleString sets up a number format each call,
  // which cost ~15 ms of a pull-request check that reads a hundred YAML files.
  const tooDeep = (): string => `YAML nested more than ${maxDepth} levels deep; not parsed (no manifest nests that far, and parsing it would exhaust memory)`;
  const tooBig = (): string => `YAML with more than ${maxNodes.toLocaleString('en-US')} values; not parsed (parsing it would exhaust memory)`;
  const indents: number[] = [];
  /** block levels of the line a flow collection started on (flow lines after it carry it) */
  let blockDepth = 0;
  let flow = 0;
  let nodes = 0;
  /** inside a quoted scalar that continues on the next line */
  let quote: '"' | "'" | null = null;
  /** the indentation of the line that opened a block scalar (`key: |`), or -1 */
  let blockScalar = -1;

  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;

    let i = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    const indent = i;
    const blank = i === line.length;
    if (blockScalar >= 0) {
      if (blank || indent > blockScalar) continue;
      blockScalar = -1;
    }
    if (blank && !quote) continue;

    if (!quote && flow === 0) {
      if (line[i] === '#') continue;
      while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
      blockDepth = indents.length;
      nodes++;
    }
    let depthHere = blockDepth;
    /** at a place where a value may start: flow and quote indicators only mean something there */
    let valueStart = true;
    for (; i < line.length; i++) {
      const c = line[i]!;
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) {
          if (quote === "'" && line[i + 1] === "'") i++;
          else quote = null;
        }
        continue;
      }
      if (c === ' ' || c === '\t') continue;
      const prev = i > 0 ? line[i - 1] : ' ';
      if (c === '#' && (prev === ' ' || prev === '\t')) break;
      if (flow === 0 && (c === '-' || c === '?') && valueStart && (i + 1 === line.length || line[i + 1] === ' ')) {
        // `- - - x`: each compact entry nests one level deeper.
        depthHere++;
        nodes++;
        continue;
      }
      if ((c === '"' || c === "'") && (valueStart || (flow > 0 && (prev === ' ' || prev === '[' || prev === '{' || prev === ',')))) {
        quote = c;
        continue;
      }
      if ((c === '[' || c === '{') && (flow > 0 || valueStart)) {
        flow++;
        nodes++;
        if (depthHere + flow > maxDepth) return tooDeep();
        valueStart = true;
        continue;
      }
      if ((c === ']' || c === '}') && flow > 0) {
        flow--;
        valueStart = false;
        continue;
      }
      if (flow > 0 && c === ',') {
        nodes++;
        valueStart = true;
        continue;
      }
      if (c === ':' && (i + 1 === line.length || line[i + 1] === ' ' || (flow > 0 && (line[i + 1] === ',' || line[i + 1] === ']' || line[i + 1] === '}')))) {
        valueStart = true;
        continue;
      }
      if (flow === 0 && (c === '|' || c === '>') && valueStart && /^[|>][-+0-9]*\s*(?:#.*)?$/.test(line.slice(i))) {
        blockScalar = indent;
        break;
      }
      valueStart = false;
    }
    if (depthHere + flow > maxDepth) return tooDeep();
    if (nodes > maxNodes) return tooBig();
  }
  return undefined;
}

/**
 * The first key that repeats within one mapping, in linear time. The parser's own check
 * (`uniqueKeys`, on by default) compares each key with every earlier one: a 1.6 MB mapping
 * of 40,000 keys took 30 s. Parse with `uniqueKeys: false` and ask this instead; a duplicate
 * is reported with the parser's own words.
 */
export function duplicateKey(doc: Document.Parsed | Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value: unknown = pair.key.value;
        const key = `${typeof value}\0${String(value)}`;
        if (seen.has(key)) {
          found = pair.key;
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

export const DUPLICATE_KEY_MESSAGE = 'Map keys must be unique';
