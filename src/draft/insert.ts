import type { Code, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { parsePlan } from '../plan/parse.js';
import type { DraftedScenario } from './stub.js';

export interface Insertion {
  text: string;
  added: DraftedScenario[];
  /** offset in the original text where the stubs went */
  offset: number;
  /** exactly what was inserted at `offset` */
  inserted: string;
}

/** The plan's line ending: whichever of CRLF and LF it uses most (LF for a new file). */
export function detectEol(text: string): '\r\n' | '\n' {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

function normalizeTitle(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Line breaks as CommonMark (and so the plan parser's line numbers) count them: LF, CRLF or a lone CR. */
const LINE_BREAK = /\r\n|\r|\n/;

/** Offset of the start of 1-based line `line` (text.length past the end). */
function offsetOfLine(text: string, line: number): number {
  const breaks = new RegExp(LINE_BREAK.source, 'g');
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = breaks.exec(text);
    if (!next) return text.length;
    offset = next.index + next[0].length;
  }
  return offset;
}

/**
 * The closing fence for a code block left open at the end of the file, or null. Read from
 * the Markdown tree (front matter, lists and quotes as CommonMark sees them): an unclosed
 * fence runs to the end of the file, so anything appended would be read as code.
 */
function unclosedFence(text: string): string | null {
  const body = text.replace(/^\uFEFF/, '');
  const tree = fromMarkdown(body, { extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])] });
  let last: Code | undefined;
  const visit = (node: Nodes): void => {
    if (node.type === 'code' && (!last || node.position!.end.offset! >= last.position!.end.offset!)) last = node;
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree as Nodes);
  if (!last || body.slice(last.position!.end.offset!).trim() !== '') return null;
  const lines = body.split(LINE_BREAK);
  const opening = /^(.*?)(`{3,}|~{3,})/.exec(lines[last.position!.start.line - 1] ?? '');
  if (!opening) return null; // an indented code block needs no closing
  const endLine = lines[last.position!.end.line - 1] ?? '';
  const fence = opening[2]!;
  const prefix = opening[1]!.replace(/[^>\s]/g, ' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const closer = new RegExp(`^${prefix ? `(?:${prefix})?` : ''}\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
  if (last.position!.end.line > last.position!.start.line && closer.test(endLine)) return null;
  return opening[1]!.replace(/[^>\s]/g, ' ') + fence;
}

/**
 * HTML block kinds that run on until a terminator rather than a blank line (CommonMark kinds
 * 1-5), with that terminator. Matched on the block's first line; the Markdown tree says where
 * the block starts and ends.
 */
const HTML_BLOCK_TERMINATORS: Array<[RegExp, (opener: RegExpExecArray) => string]> = [
  [/^\s*<(script|pre|style|textarea)(?=[\s>]|$)/i, (m) => `</${m[1]!.toLowerCase()}>`],
  [/^\s*<!--/, () => '-->'],
  [/^\s*<\?/, () => '?>'],
  [/^\s*<!\[CDATA\[/, () => ']]>'],
  [/^\s*<![A-Za-z]/, () => '>'],
];

/**
 * The terminator for an HTML block (`<!-- ...` without `-->`) left open at the end of the
 * file, or null: like an unclosed fence it swallows anything appended, so stubs would be
 * read as HTML and drafted again on every run.
 */
function unclosedHtmlBlock(text: string): string | null {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.includes('<')) return null;
  const tree = fromMarkdown(body, { extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])] });
  const last = tree.children[tree.children.length - 1];
  if (!last || last.type !== 'html' || body.slice(last.position!.end.offset!).trim() !== '') return null;
  const lines = last.value.split(LINE_BREAK);
  for (const [opening, terminator] of HTML_BLOCK_TERMINATORS) {
    const m = opening.exec(lines[0]!);
    if (!m) continue;
    const end = terminator(m);
    // The block ends on the line holding its terminator; without one it ran to the end of the file.
    return lines[lines.length - 1]!.toLowerCase().includes(end) ? null : end;
  }
  return null;
}

export function newPlanHeader(today: string): string {
  return [
    '# Disaster Recovery Plan',
    '',
    `Last Updated: ${today}`,
    '',
    'How to recover each critical service this repository depends on. Each',
    'scenario names what fails, its impact, and numbered steps with exact',
    'commands. Secrets stay in the vault: this file names variables, never values.',
    '',
  ].join('\n');
}

/**
 * Inserts scenario stubs without touching a byte of the plan: the result is always
 * original[0:offset] + inserted + original[offset:]. Stubs go after the plan's last
 * scenario (at its heading level) or at the end; they take the plan's line endings.
 * A stub whose scenario title the plan already has is not added again (idempotent).
 */
export function insertScenarios(planText: string | null, stubs: DraftedScenario[], options: { today?: string } = {}): Insertion {
  const original = planText ?? '';
  const plan = parsePlan(original, 'plan.md');
  const existing = new Set(plan.scenarios.map((s) => normalizeTitle(s.title)));
  // Titles compared as the parser reads them (Markdown escapes and spacing resolved).
  const added = stubs.filter((s) => !existing.has(normalizeTitle(parsePlan(s.markdown, 'stub.md').scenarios[0]?.title ?? s.title)));
  if (added.length === 0) return { text: original, added: [], offset: original.length, inserted: '' };

  const eol = planText === null ? '\n' : detectEol(original);
  const last = plan.scenarios[plan.scenarios.length - 1];
  const depth = last ? Math.max(2, last.depth) : 2;
  const body = added
    .map((s) => s.markdown.trimEnd().replace(/^## /, `${'#'.repeat(depth)} `))
    .join('\n\n')
    .replace(/\n/g, eol);

  let offset: number;
  let before = '';
  let after = eol;
  if (planText === null) {
    const header = newPlanHeader(options.today ?? new Date().toISOString().slice(0, 10)).replace(/\n/g, eol);
    return { text: header + eol + body + eol, added, offset: 0, inserted: header + eol + body + eol };
  }
  const unclosed = unclosedFence(original) ?? unclosedHtmlBlock(original);
  if (unclosed) {
    // The plan ends inside an unclosed code fence or HTML block: close it first (an insertion,
    // like the stubs), or the stubs would be read as code or HTML.
    offset = original.length;
    before = (original.endsWith('\n') ? '' : eol) + unclosed + eol + eol;
  } else if (last && last.endLine < original.split(LINE_BREAK).length) {
    // Before the heading that ends the last scenario's section.
    offset = offsetOfLine(original, last.endLine + 1);
    const preceding = original.slice(0, offset);
    if (!/(\r?\n){2}$/.test(preceding)) before = eol;
    after = eol + eol;
  } else {
    offset = original.length;
    if (original.length > 0 && !original.endsWith('\n')) before = eol + eol;
    else if (original.length > 0 && !/(\r?\n){2}$/.test(original)) before = eol;
  }
  const inserted = before + body + after;
  return { text: original.slice(0, offset) + inserted + original.slice(offset), added, offset, inserted };
}
