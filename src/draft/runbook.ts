import { wrapShell } from './shell-wrap.js';

/**
 * The shape every drafted scenario has, whatever the service: what the on-call engineer reads
 * first (how it runs, how it is detected, targets and owner), the numbered steps with a command
 * and its expected output each, the checks on the recovered target, failback and follow-up, and
 * for a SEV-1 the communication cadence. The variants (src/draft/variants/) fill it in; this file
 * only renders it, within markdownlint's 80 columns.
 */

export interface Command {
  /** one shell command line, as the reader pastes it */
  run: string;
  /** what it prints when things are right (shown after the command, as a comment) */
  expect: string;
  /** set on a command that loses data or traffic if run at the wrong moment: one line above it */
  warn?: string;
  /** a short line above the command, e.g. which of two alternatives this is */
  note?: string;
}

export interface Step {
  text: string;
  commands?: Command[];
}

export interface Runbook {
  /** the title's failure; the heading is "<service> <failure>" */
  impact: string;
  /** what the repository shows about how it runs: "`aws_db_instance.orders` in `infra/db.tf`" */
  runsAs: string;
  detection: string;
  /** placeholders explained once: [name, what it stands for] */
  placeholders: Array<[string, string]>;
  steps: Step[];
  /** checks on the service once traffic is back on it */
  verify: Command[];
  /** sentences a person checks (a test user signs in) */
  verifyByHand?: string[];
  failback: string[];
  /** SEV-1: the communication cadence and the update template */
  sev1: boolean;
}

/** "A test user signs in end to end": a capitalised word then a space, where a command starts with a program name. */
export function isSentence(check: string): boolean {
  // [a-z]* not +: "A password-reset email reaches a test inbox" starts with a one-letter word.
  return /^[A-Z][a-z]*\s/.test(check);
}

/**
 * Wraps prose at markdownlint's default 80 columns (MD013), continuing with `indent`.
 * Breaks only at spaces outside inline code, so commands in backticks stay whole.
 */
export function wrapProse(text: string, first: string, indent: string, width = 80): string[] {
  const words: string[] = [];
  let current = '';
  let inCode = false;
  for (const ch of text) {
    if (ch === '`') inCode = !inCode;
    if (ch === ' ' && !inCode) {
      if (current) words.push(current);
      current = '';
    } else current += ch;
  }
  if (current) words.push(current);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = empty ? line + word : `${line} ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** A comment line, wrapped: long expectations continue on further `#` lines. */
function commentLines(prefix: string, text: string, indent: string): string[] {
  return wrapProse(text, `${indent}# ${prefix}`, `${indent}#   `, 78);
}

export function commandLines(commands: Command[], indent: string): string[] {
  const body: string[] = [];
  commands.forEach((c) => {
    if (c.note) body.push(...commentLines('', c.note, indent));
    if (c.warn) body.push(...commentLines('WARNING: ', c.warn, indent));
    body.push(...wrapShell(c.run, indent));
    body.push(...commentLines('expect: ', c.expect, indent));
  });
  return [`${indent}\`\`\`bash`, ...body, `${indent}\`\`\``];
}

function stepLines(n: number, step: Step): string[] {
  // Content lines up with the text after the marker: three columns for "9. ", four for "10. ".
  const indent = ' '.repeat(`${n}. `.length);
  const lines = wrapProse(step.text, `${n}. `, indent);
  if (step.commands?.length) lines.push('', ...commandLines(step.commands, indent));
  return lines;
}

/** The SEV-1 cadence and a status update short enough to send from a phone. */
function sev1Lines(serviceName: string): string[] {
  return [
    ...wrapProse('**Communication (SEV-1):** declare the incident in `<ONCALL_CHANNEL>`, name an incident lead, and post an update on our status page (`<OUR_STATUS_PAGE>`) and in the channel every 30 minutes until it is resolved, even when nothing changed:', '', ''),
    '',
    ...wrapProse(`[SEV-1] ${serviceName}: {what users see}. Since {start, UTC}. Now: {step being run}. Next update: {time, UTC}. Lead: {name}.`, '> ', '> '),
  ];
}

export function renderRunbook(book: Runbook, serviceName: string): string[] {
  const lines: string[] = [];
  lines.push(...wrapProse(`**Impact:** ${book.impact}`, '', ''), '');
  lines.push(...wrapProse(`**Runs as:** ${book.runsAs}`, '', ''), '');
  lines.push(...wrapProse(`**Detection:** ${book.detection}`, '', ''), '');
  lines.push(...wrapProse('**Targets:** RTO `<RTO>`, RPO `<RPO>`. **Owner:** `<OWNER>`; escalate to `<ESCALATION_CONTACT>`.', '', ''), '');
  if (book.placeholders.length) {
    lines.push('**Fill in before you start:**', '');
    for (const [name, what] of book.placeholders) lines.push(...wrapProse(`- \`${name}\`: ${what}`, '', '  '));
    lines.push('');
  }
  lines.push('**Mitigation Strategy:**', '');
  book.steps.forEach((s, i) => {
    if (i > 0) lines.push('');
    lines.push(...stepLines(i + 1, s));
  });
  if (book.verify.length || book.verifyByHand?.length) {
    lines.push('', '**Verification:**', '');
    if (book.verify.length) lines.push(...commandLines(book.verify, ''));
    if (book.verify.length && book.verifyByHand?.length) lines.push('');
    for (const sentence of book.verifyByHand ?? []) lines.push(...wrapProse(sentence, '- ', '  '));
  }
  if (book.failback.length) {
    lines.push('', '**Failback and follow-up:**', '');
    for (const item of book.failback) lines.push(...wrapProse(item, '- ', '  '));
  }
  if (book.sev1) lines.push('', ...sev1Lines(serviceName));
  return lines;
}
