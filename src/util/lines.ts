/** Maps string offsets to 1-based line numbers; built once per file, each lookup a binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** Splits text into lines without their terminators (\n or \r\n). */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** Strips a UTF-8 byte order mark, which parsers would otherwise read as content. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Line breaks as CommonMark (and so the Markdown parser's positions) count them: LF, CRLF or a lone CR. */
export const LINE_BREAK = /\r\n|\r|\n/;
