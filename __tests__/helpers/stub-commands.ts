import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Code, ListItem, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * The commands of a drafted stub as the on-call engineer sees them: each shell line (with `\`
 * continuations joined), the comment lines above it (a WARNING, a note) and below it (the
 * expected output), and the step it belongs to. Read with the Markdown parser, not by lines.
 */
export interface StubCommand {
  run: string;
  warn?: string;
  note?: string;
  expect?: string;
  /** the step's number (1-based), 0 for the Verification block */
  step: number;
  stepText: string;
}

function blockCommands(code: string, step: number, stepText: string): StubCommand[] {
  const out: StubCommand[] = [];
  const lines = code.split('\n');
  let warn: string | undefined;
  let note: string | undefined;
  let last: StubCommand | undefined;
  let inExpect = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    if (line.startsWith('#')) {
      const text = line.replace(/^#\s?/, '');
      if (/^\s{2}/.test(text) || (inExpect && text.startsWith(' '))) {
        // a continuation of the comment above
        if (inExpect && last) last.expect = `${last.expect} ${text.trim()}`;
        else if (warn !== undefined) warn = `${warn} ${text.trim()}`;
        else if (note !== undefined) note = `${note} ${text.trim()}`;
        continue;
      }
      inExpect = false;
      if (text.startsWith('expect:') && last) {
        last.expect = text.slice('expect:'.length).trim();
        inExpect = true;
      } else if (text.startsWith('WARNING:')) warn = text.slice('WARNING:'.length).trim();
      else note = text;
      continue;
    }
    inExpect = false;
    let run = line;
    while (run.endsWith('\\') && i + 1 < lines.length) run = `${run.slice(0, -1).trimEnd()} ${lines[++i]!.trim()}`;
    last = { run, step, stepText, ...(warn ? { warn } : {}), ...(note ? { note } : {}) };
    out.push(last);
    warn = undefined;
    note = undefined;
  }
  return out;
}

export function stubCommands(markdown: string): StubCommand[] {
  const tree = fromMarkdown(markdown);
  const out: StubCommand[] = [];
  const walkItem = (item: ListItem, step: number): void => {
    const text = item.children.filter((c) => c.type === 'paragraph').map((c) => toString(c)).join(' ');
    for (const child of item.children) if (child.type === 'code') out.push(...blockCommands((child as Code).value, step, text));
  };
  for (const node of tree.children as Nodes[]) {
    if (node.type === 'list' && node.ordered) node.children.forEach((item, i) => walkItem(item, (node.start ?? 1) + i));
    else if (node.type === 'code') out.push(...blockCommands(node.value, 0, 'Verification'));
  }
  return out;
}

/** Commands that lose data, connections or traffic when run at the wrong moment. */
const DESTRUCTIVE: RegExp[] = [
  /--force-failover/, /\breboot-db-instance\b/, /\bfailover-db-cluster\b/, /--new-db-(?:instance|cluster)-identifier/,
  /\bmodify-replication-group\b.*(?:--primary-cluster-id|--no-automatic-failover)/, /\breboot-cache-cluster\b/, /\breboot-broker\b/,
  /gcloud sql instances (?:failover|restart)\b/, /gcloud sql backups restore\b/, /docker compose(?: -f \S+)? (?:restart|stop|down|rm|kill)\b/,
  /kubectl (?:rollout restart|delete)\b/, /kubectl scale .*--replicas=0\b/, /ALTER DATABASE .* RENAME/i, /\bDROP (?:DATABASE|TABLE)\b/i, /\s--clean\b/,
  /\s--drop\b/, /\bFLUSH(?:ALL|DB)\b/i, /\bcopy-object\b/, /gcloud storage cp \S+#/, /neon branches restore\b/, /stripe post\b/,
];

/** Commands that restore data somewhere. */
const RESTORES = /\bpg_restore\b|\bpsql\b.*(?:-f "\$BACKUP_FILE"|< "\$BACKUP_FILE")|\b(?:mysql|mariadb)\b.*< "\$BACKUP_FILE"|\bmongorestore\b|restore-db-(?:instance|cluster)-to-point-in-time|restore-table-to-point-in-time|gcloud sql instances clone|neon branches create|backups restores start/;

export function isDestructive(command: string): boolean {
  return DESTRUCTIVE.some((p) => p.test(command));
}

/**
 * The safeguard rule, as problems found: a destructive command without its WARNING line; a
 * restore over the live target; a restore not preceded by stopping the writers and saving the
 * current state; a switch not preceded by verifying the restored copy.
 */
export function destructiveWithoutSafeguard(markdown: string): string[] {
  const commands = stubCommands(markdown);
  const problems: string[] = [];
  for (const c of commands) if (isDestructive(c.run) && !c.warn) problems.push(`no WARNING above \`${c.run}\``);
  const restore = commands.find((c) => RESTORES.test(c.run) && c.step > 0);
  if (!restore) return problems;
  if (/\s--(?:clean|drop)\b/.test(restore.run)) problems.push(`restore over the live target: \`${restore.run}\``);
  const stepTexts = new Map<number, string>();
  for (const c of commands) stepTexts.set(c.step, c.stepText);
  const steps = [...markdown.matchAll(/^(\d+)\. (.+(?:\n {3,}\S.*)*)/gm)].map((m) => ({ n: Number(m[1]), text: m[2]!.replace(/\s+/g, ' ') }));
  const index = (pattern: RegExp): number => steps.find((s) => pattern.test(s.text))?.n ?? -1;
  const stop = index(/^Stop the writers/);
  const save = index(/^Save the current state|^If data is lost: save the current state|^If data was lost, branch|^If data was lost, restore/);
  const verify = index(/^Verify /);
  const sw = index(/^Switch/);
  if (stop === -1 && !/neon branches create|backups restores start/.test(restore.run)) problems.push('no step stops the writers before the restore');
  if (stop > restore.step) problems.push('the writers are stopped after the restore');
  if (save === -1 || save > restore.step) problems.push('the current state is not saved before the restore');
  if (sw !== -1 && (verify === -1 || verify > sw)) problems.push('the switch comes before verifying the restored copy');
  return problems;
}
