import { codeBlocks, codeTexts, type PlanDocument } from '../document.js';
import type { LintRule, RuleHit } from '../rule.js';
import { looksLikeSecretValue, secretKindsInCode, secretKindsInText } from './secrets.js';

/**
 * The hardcoded-secret rule: a plan line, code block or credentials table holding a secret.
 * What a secret looks like is secrets.ts's, which the report's redaction shares without loading
 * the plan's Markdown parser.
 */

/** A table column headed "Password", "Token", "API key"...: the header says what its cells hold. */
const CREDENTIAL_HEADER = /\b(?:passwords?|passwd|passphrase|secrets?|tokens?|api[ _-]?keys?|credentials?)\b/i;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const DELIMITER_CELL = /^:?-{3,}:?$/;

/** A table's `|---|:--:|` row, read cell by cell (one regex for the whole row backtracked cubically on spaces). */
function isTableDelimiter(line: string): boolean {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|')) row = row.slice(0, -1);
  return row.split('|').every((cell) => DELIMITER_CELL.test(cell.trim()));
}

function cellsOf(row: string): string[] {
  return row.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim().replace(/^`|`$/g, ''));
}

/**
 * Rows of a table whose credential column holds a password-shaped word (not a vault path or a
 * variable). The plan's tables are read as text: a header row, its `|---|` delimiter, rows.
 */
function credentialTableRows(doc: PlanDocument): number[] {
  const inCode = new Set<number>();
  for (const block of codeBlocks(doc)) {
    const lastLine = block.firstLine + block.value.split('\n').length;
    for (let l = block.fenceLine; l <= lastLine; l++) inCode.add(l);
  }
  const out: number[] = [];
  for (let i = 0; i + 1 < doc.lines.length; i++) {
    if (inCode.has(i + 1) || !TABLE_ROW.test(doc.lines[i]!) || !isTableDelimiter(doc.lines[i + 1]!)) continue;
    const columns = cellsOf(doc.lines[i]!).flatMap((cell, c) => (CREDENTIAL_HEADER.test(cell) ? [c] : []));
    let r = i + 2;
    for (; r < doc.lines.length && TABLE_ROW.test(doc.lines[r]!); r++) {
      const cells = cellsOf(doc.lines[r]!);
      if (columns.some((c) => cells[c] !== undefined && !/\s/.test(cells[c]!) && looksLikeSecretValue(cells[c]!))) out.push(r + 1);
    }
    i = r - 1;
  }
  return out;
}

export const hardcodedSecret: LintRule = {
  id: 'hardcoded-secret',
  severity: 'error',
  description: 'A password, token, key or credentialed connection string written into the plan.',
  hint: 'Rotate the credential now, then reference it by name: `$DATABASE_URL`, or where it lives in the vault.',
  run(doc) {
    const kindsByLine = new Map<number, Set<string>>();
    const add = (line: number, kinds: string[]): void => {
      if (!kinds.length) return;
      const set = kindsByLine.get(line) ?? new Set<string>();
      for (const k of kinds) set.add(k);
      kindsByLine.set(line, set);
    };
    doc.lines.forEach((line, index) => add(index + 1, secretKindsInText(line)));
    for (const code of codeTexts(doc)) add(code.line, secretKindsInCode(code.text));
    for (const line of credentialTableRows(doc)) add(line, ['credential in a table']);
    // Never repeat the value: the message names what kind of secret sits on the line.
    return [...kindsByLine]
      .sort(([a], [b]) => a - b)
      .map(([line, kinds]): RuleHit => ({ line, message: `Line ${line} holds a hard-coded secret (${[...kinds].join(', ')}); the value is not shown here.` }));
  },
};
