import { readFile } from 'node:fs/promises';
import type { Node, Parser as TreeSitterParser } from 'web-tree-sitter';
import { assetPath } from '../../util/assets.js';
import { diagnoseHcl } from './hcl-diagnostics.js';

/**
 * HCL parsing with the tree-sitter HCL grammar (`@tree-sitter-grammars/tree-sitter-hcl`, its
 * Terraform dialect) in WebAssembly: it starts in tens of milliseconds, parses a file in well
 * under one, and gives every node its position, so block lines come from the parser itself.
 * When the grammar finds a syntax error, HashiCorp's parser (hcl-diagnostics.ts) gives the
 * verdict and the wording, since tree-sitter only says where it got lost.
 *
 * The build copies both wasm files beside the bundle (src/util/assets.ts). Nothing here runs
 * until the first Terraform file is parsed.
 */

/** A top-level block: `resource "aws_db_instance" "main" { ... }`. */
export interface HclBlock {
  /** `resource`, `module`, `data`... */
  type: string;
  labels: string[];
  /** 1-based line of the block's header. */
  line: number;
  /** The block's own attributes (not nested blocks'): a plain string literal, or undefined for any other expression. */
  attributes: Map<string, string | undefined>;
  /**
   * Literal values of the block's attributes and of its nested blocks' (one level down, as
   * `settings.availability_type`): strings, numbers and booleans as written (`false`, `2`).
   * Other expressions keep their source text under `expressions` (`var.name`, `"${local.x}-db"`).
   */
  literals: Map<string, string>;
  expressions: Map<string, string>;
}

export type HclParseResult =
  | { ok: true; blocks: HclBlock[] }
  | { ok: false; message: string; line?: number };

let parser: Promise<TreeSitterParser> | undefined;

async function startParser(): Promise<TreeSitterParser> {
  const runtimeWasm = assetPath('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm');
  const grammarWasm = assetPath('tree-sitter-terraform.wasm', '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm');
  const { Parser, Language } = await import('web-tree-sitter');
  await Parser.init({ wasmBinary: await readFile(runtimeWasm) });
  const language = await Language.load(await readFile(grammarWasm));
  const instance = new Parser();
  instance.setLanguage(language);
  return instance;
}

/**
 * Parses one HCL file into its top-level blocks. A file with a syntax error comes back as
 * HashiCorp's first diagnostic (message and line); if HashiCorp's parser accepts what the
 * grammar could not, the blocks the grammar did read are used. Throws only when no parser starts.
 */
export async function parseHcl(text: string): Promise<HclParseResult> {
  parser ??= startParser();
  const ready = await parser.catch((error: unknown) => {
    parser = undefined;
    throw error;
  });
  const tree = ready.parse(text);
  if (!tree) throw new Error('HCL parser returned no tree');
  try {
    if (tree.rootNode.hasError) {
      const verdict = await diagnoseWithFallback(text, tree.rootNode);
      if (!verdict.ok) return verdict;
    }
    return { ok: true, blocks: topLevelBlocks(tree.rootNode) };
  } finally {
    tree.delete();
  }
}

/** HashiCorp's diagnosis; when its parser cannot start, the grammar's own first error position. */
async function diagnoseWithFallback(text: string, root: Node): Promise<{ ok: true } | { ok: false; message: string; line?: number }> {
  try {
    return await diagnoseHcl(text);
  } catch {
    const error = firstError(root);
    return { ok: false, message: error?.isMissing ? `missing ${error.type}` : 'syntax error', ...(error ? { line: error.startPosition.row + 1 } : {}) };
  }
}

function firstError(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (child && child.hasError) return firstError(child) ?? child;
  }
  return undefined;
}

function topLevelBlocks(root: Node): HclBlock[] {
  const body = root.namedChildren.find((n) => n?.type === 'body');
  if (!body) return [];
  const blocks: HclBlock[] = [];
  for (const node of body.namedChildren) {
    if (node?.type !== 'block' || node.hasError) continue;
    const [typeNode, ...rest] = node.namedChildren;
    if (!typeNode || typeNode.type !== 'identifier') continue;
    const labels: string[] = [];
    const attributes = new Map<string, string | undefined>();
    const literals = new Map<string, string>();
    const expressions = new Map<string, string>();
    for (const child of rest) {
      if (!child) continue;
      if (child.type === 'string_lit') labels.push(stringLiteral(child) ?? '');
      else if (child.type === 'identifier') labels.push(child.text);
      else if (child.type === 'body') {
        for (const attribute of child.namedChildren) {
          if (attribute?.type === 'block') readNestedBlock(attribute, literals, expressions);
          if (attribute?.type !== 'attribute') continue;
          const [name, expression] = attribute.namedChildren;
          if (!name || !expression) continue;
          const key = name.text;
          const value = literalValue(expression);
          attributes.set(key, value?.string ? value.text : undefined);
          recordValue(key, expression, value, literals, expressions);
        }
      }
    }
    blocks.push({ type: typeNode.text, labels, line: node.startPosition.row + 1, attributes, literals, expressions });
  }
  return blocks;
}

/** A nested block's own attributes as `block.attribute` (`settings { availability_type = "REGIONAL" }`). */
function readNestedBlock(block: Node, literals: Map<string, string>, expressions: Map<string, string>): void {
  const [typeNode, ...rest] = block.namedChildren;
  const body = rest.find((c) => c?.type === 'body');
  if (!typeNode || typeNode.type !== 'identifier' || !body) return;
  for (const attribute of body.namedChildren) {
    if (attribute?.type !== 'attribute') continue;
    const [name, expression] = attribute.namedChildren;
    if (name && expression) recordValue(`${typeNode.text}.${name.text}`, expression, literalValue(expression), literals, expressions);
  }
}

/** A string, number or boolean literal as written; any other expression as its source text. */
function recordValue(key: string, expression: Node, value: LiteralValue | undefined, literals: Map<string, string>, expressions: Map<string, string>): void {
  if (value) literals.set(key, value.text);
  else {
    const source = expression.text;
    if (source.length <= 200) expressions.set(key, source);
  }
}

interface LiteralValue {
  text: string;
  /** a quoted string (an attribute's plain value), not a number or boolean */
  string: boolean;
}

/**
 * `"postgres"`, `2` or `false` as an expression: a literal_value holding one string_lit,
 * numeric_lit or bool_lit. Templates, variables and calls are not literals. Each step down
 * the tree crosses into WebAssembly and builds new node objects, so it is walked once per attribute.
 */
function literalValue(expression: Node): LiteralValue | undefined {
  if (expression.namedChildCount !== 1) return undefined;
  const value = expression.namedChild(0);
  if (value?.type !== 'literal_value') return undefined;
  const inner = value.namedChild(0);
  if (!inner) return undefined;
  if (inner.type === 'string_lit') {
    const text = stringLiteral(inner);
    return text === undefined ? undefined : { text, string: true };
  }
  return inner.type === 'numeric_lit' || inner.type === 'bool_lit' ? { text: inner.text, string: false } : undefined;
}

/** HCL escapes in a quoted string (the grammar has already rejected invalid ones). */
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** The text between the quotes of a string_lit with no interpolation, escapes resolved. */
function stringLiteral(node: Node): string | undefined {
  let text = '';
  for (const part of node.namedChildren) {
    if (!part) continue;
    if (part.type === 'template_literal') text += part.text.replace(/\\(.)/g, (all, c: string) => ESCAPES[c] ?? all);
    else if (part.type !== 'quoted_template_start' && part.type !== 'quoted_template_end') return undefined;
  }
  return text;
}
