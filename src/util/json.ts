import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex, stripBom } from './lines.js';

export interface PositionedJson {
  root: Node | undefined;
  lines: LineIndex;
  /** 1-based line of a node */
  lineOf(node: Node): number;
}

/**
 * Parses JSON keeping node offsets, so evidence can point at the line of a key.
 * Syntax errors are reported through `warn` with their line; whatever parsed is still returned.
 */
export function parseJsonWithPositions(text: string, warn: (message: string, line?: number) => void): PositionedJson {
  const body = stripBom(text);
  const errors: ParseError[] = [];
  const lines = new LineIndex(body);
  let root: Node | undefined;
  try {
    root = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (error) {
    // jsonc-parser recurses once per nesting level: tens of thousands of levels overflow the stack.
    if (!(error instanceof RangeError)) throw error;
    warn('invalid JSON: nested too deeply to read', 1);
    return { root: undefined, lines, lineOf: (node) => lines.lineAt(node.offset) };
  }
  for (const error of errors.slice(0, 1)) {
    // "PropertyNameExpected" reads better as "property name expected".
    const words = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    warn(`invalid JSON: ${words}`, lines.lineAt(error.offset));
  }
  return { root, lines, lineOf: (node) => lines.lineAt(node.offset) };
}

/** The property nodes of an object node, as [key, keyNode, valueNode]. */
export function objectEntries(node: Node | undefined): Array<[string, Node, Node]> {
  if (!node || node.type !== 'object' || !node.children) return [];
  const out: Array<[string, Node, Node]> = [];
  for (const prop of node.children) {
    const [key, value] = prop.children ?? [];
    if (key && value && typeof key.value === 'string') out.push([key.value, key, value]);
  }
  return out;
}

/** The value node of a property, or undefined. */
export function property(node: Node | undefined, name: string): Node | undefined {
  return objectEntries(node).find(([key]) => key === name)?.[2];
}
