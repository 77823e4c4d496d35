import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Nodes, Root } from 'mdast';
import { LINE_BREAK, parsedTree } from '../plan/parse.js';
import type { CodeBlock, Plan, Scenario } from '../plan/types.js';
import { stripBom } from '../util/lines.js';
import { firstIndexAbove } from '../util/sorted.js';

/**
 * The plan as lint rules see it: its Markdown tree (parsed once for every rule), its lines,
 * and each node's scenario. Rules walk nodes instead of re-reading text so that a `#` in a
 * shell block or a list inside a fence never fools them.
 */
export interface PlanDocument {
  plan: Plan;
  tree: Root;
  /** the plan's lines, without line endings; lines[0] is line 1 */
  lines: string[];
  /** every node of the tree in document order */
  nodes: Nodes[];
  /** the start line of each of `nodes` (ascending: document order) */
  nodeLines: number[];
}

export function readPlanDocument(plan: Plan): PlanDocument {
  const text = stripBom(plan.text);
  const tree =
    parsedTree(plan) ??
    (fromMarkdown(text, {
      extensions: [frontmatter(['yaml', 'toml'])],
      mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])],
    }) as Root);
  const nodes: Nodes[] = [];
  const visit = (node: Nodes): void => {
    nodes.push(node);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return { plan, tree, lines: text.split(LINE_BREAK), nodes, nodeLines: nodes.map(startLine) };
}

export function startLine(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/**
 * Nodes inside a scenario's section (below its heading), in document order. A pre-order walk
 * meets nodes in ascending start line, so the section is one slice found by binary search: a
 * filter over every node per scenario made a 1 MB plan take minutes.
 */
export function scenarioNodes(doc: PlanDocument, scenario: Scenario): Nodes[] {
  const lines = doc.nodeLines ?? doc.nodes.map(startLine);
  return doc.nodes.slice(firstIndexAbove(lines, scenario.line), firstIndexAbove(lines, scenario.endLine)).filter((n) => n.type !== 'root');
}

/** Nodes of one type inside a scenario. */
export function scenarioNodesOf<T extends Nodes['type']>(doc: PlanDocument, scenario: Scenario, type: T): Extract<Nodes, { type: T }>[] {
  return scenarioNodes(doc, scenario).filter((n): n is Extract<Nodes, { type: T }> => n.type === type);
}

/** A short quote of user text for a message: one line, at most `max` characters. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A piece of code with the plan line it sits on. */
export interface CodeText {
  line: number;
  text: string;
}

/**
 * The plan's code, line by line: each line of every code block, and each inline code span.
 * Rules that read commands (credential assignments, hosts after -h, script paths) read these,
 * never prose, where "Password: kept in the vault" is a sentence and not a value.
 */
export function codeTexts(doc: PlanDocument): CodeText[] {
  const out: CodeText[] = [];
  for (const block of codeBlocks(doc)) block.value.split('\n').forEach((text, i) => out.push({ line: block.firstLine + i, text }));
  for (const node of doc.nodes) if (node.type === 'inlineCode' && node.position) out.push({ line: node.position.start.line, text: node.value });
  return out;
}

/** Every code block of the plan, inside scenarios or not. */
export function codeBlocks(doc: PlanDocument): CodeBlock[] {
  const out: CodeBlock[] = [];
  for (const node of doc.nodes) {
    if (node.type !== 'code' || !node.position) continue;
    const fenceLine = node.position.start.line;
    const fenced = /^\s*(```|~~~)/.test(doc.lines[fenceLine - 1] ?? '');
    out.push({ lang: (node.lang ?? '').toLowerCase(), value: node.value, fenceLine, firstLine: fenced ? fenceLine + 1 : fenceLine });
  }
  return out;
}
