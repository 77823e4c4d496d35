/**
 * Block header lines for HCL files. hcl2json gives block contents but no positions, so
 * after a successful parse we find each block's opening line by scanning the text line by
 * line for its header (`resource "aws_db_instance" "main" {`). A per-line regex is enough
 * here because the parser has already proved the file well-formed and told us which
 * headers exist; the scan only skips comment and heredoc lines so a commented-out copy of
 * a block is never taken for the real one.
 */

export interface BlockHeader {
  /** `resource`, `module`, `data`... */
  blockType: string;
  labels: string[];
  /** 1-based */
  line: number;
}

/** A header: a block type, then quoted or bare labels, then `{`. Anything may follow the brace (one-line blocks). */
const HEADER = /^\s*([A-Za-z_][\w-]*)((?:\s+(?:"(?:[^"\\]|\\.)*"|[A-Za-z_][\w-]*))*)\s*\{/;
const LABEL = /"((?:[^"\\]|\\.)*)"|([A-Za-z_][\w-]*)/g;
/** `<<EOF` or `<<-EOF` opens a heredoc that ends at a line holding only the marker. */
const HEREDOC_START = /<<-?([A-Za-z_][\w-]*)\s*$/;

export function blockHeaders(text: string): BlockHeader[] {
  const headers: BlockHeader[] = [];
  const lines = text.split(/\r?\n/);
  let heredocEnd: string | undefined;
  let inBlockComment = false;
  lines.forEach((raw, index) => {
    if (heredocEnd !== undefined) {
      if (raw.trim() === heredocEnd) heredocEnd = undefined;
      return;
    }
    let line = raw;
    if (inBlockComment) {
      const close = line.indexOf('*/');
      if (close === -1) return;
      inBlockComment = false;
      line = ' '.repeat(close + 2) + line.slice(close + 2);
    }
    const header = HEADER.exec(line);
    if (header) {
      const labels = [...header[2]!.matchAll(LABEL)].map((m) => m[1] ?? m[2]!);
      headers.push({ blockType: header[1]!, labels, line: index + 1 });
    }
    const heredoc = HEREDOC_START.exec(line);
    if (heredoc) heredocEnd = heredoc[1];
    const open = line.lastIndexOf('/*');
    if (open !== -1 && line.indexOf('*/', open) === -1 && !/^\s*(#|\/\/)/.test(line)) inBlockComment = true;
  });
  return headers;
}

/**
 * Finds header lines for blocks by type and labels; the Nth block with the same type and
 * labels (duplicates parse as a list) gets the Nth matching line. Returns 1 when not found,
 * so evidence still names the file.
 */
export class HeaderLines {
  private readonly used = new Map<string, number>();
  private readonly byKey = new Map<string, number[]>();

  constructor(text: string) {
    for (const header of blockHeaders(text)) {
      const key = [header.blockType, ...header.labels].join('\0');
      const list = this.byKey.get(key) ?? [];
      list.push(header.line);
      this.byKey.set(key, list);
    }
  }

  next(blockType: string, ...labels: string[]): number {
    const key = [blockType, ...labels].join('\0');
    const index = this.used.get(key) ?? 0;
    this.used.set(key, index + 1);
    return this.byKey.get(key)?.[index] ?? 1;
  }
}
