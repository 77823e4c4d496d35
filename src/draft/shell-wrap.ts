/**
 * Keeps shell commands within markdownlint's default 80-column limit (MD013 also counts
 * code blocks): a trailing `# comment` moves to its own line above, and a long command
 * breaks between arguments with `\` continuations, never inside a quoted string.
 */
const MAX = 78;

function tokens(command: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (const ch of command) {
    if (quote) {
      current += ch;
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ' ') {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}

/** Splits `cmd  # note` into the command and its comment (a `#` outside quotes after a space). */
function splitComment(line: string): [string, string | null] {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || line[i - 1] === ' ')) return [line.slice(0, i).trimEnd(), line.slice(i + 1).trim()];
  }
  return [line, null];
}

export function wrapShell(line: string, indent = ''): string[] {
  const [command, comment] = splitComment(line);
  const out: string[] = [];
  if (comment) out.push(`${indent}# ${comment}`);
  if (!command.trim()) return out;
  if (indent.length + command.length <= MAX) {
    out.push(indent + command);
    return out;
  }
  let current = indent;
  for (const token of tokens(command)) {
    const candidate = current.trim() ? `${current} ${token}` : `${current}${token}`;
    if (candidate.length + 2 > MAX && current.trim()) {
      out.push(`${current} \\`);
      current = `${indent}  ${token}`;
    } else current = candidate;
  }
  out.push(current);
  return out;
}
