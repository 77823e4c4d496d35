/**
 * What a drafted stub holds until a person fills it in. A scenario whose draft marker was
 * deleted but which still holds the draft note or one of these placeholders was signed off
 * unread: it is not coverage, and check reports it (`unfinished-draft`).
 *
 * The stub composer (src/draft/stub.ts) writes only placeholders listed here; a test drafts a
 * stub for every catalog rule and holds it to this list.
 */
export const STUB_PLACEHOLDERS: readonly string[] = [
  'ALERT_NAME',
  'BACKUP_LOCATION',
  'DASHBOARD_URL',
  'DATABASE_LOAD_DASHBOARD',
  'ESCALATION_CONTACT',
  'FAILOVER_COMMAND',
  'HEALTH_CHECK_COMMAND',
  'ONCALL_CHANNEL',
  'OUR_STATUS_PAGE',
  'OWNER',
  'PLACEHOLDERS',
  'PROVIDER_RUNBOOK_LINK',
  'PROVIDER_SUPPORT_LINK',
  'REPLICA_BUCKET',
  'REQUEUE_COMMAND',
  'RESTART_COMMAND',
  'RESTORE_COMMAND',
  'RESTORE_PROCEDURE_LINK',
  'RPO',
  'RTO',
  'START_WRITERS_COMMAND',
  'STATUS_PAGE_URL',
  'STOP_WRITERS_COMMAND',
];

/** The words of the stub's review note (`> **Draft by Paramedic.** Check every step...`). */
export const DRAFT_NOTE_WORDS = 'Draft by Paramedic';

const PLACEHOLDER_SET = new Set(STUB_PLACEHOLDERS);
/** `<FAILOVER_COMMAND>`: an upper-case name in angle brackets, as the stubs write them. */
const ANGLE_NAME = /<([A-Z][A-Z0-9_]{2,40})>/g;

/** What of a stub is still in this scenario body: the note, and the stub's placeholders as written. */
export function stubLeftovers(body: string): string[] {
  const found: string[] = [];
  if (body.includes(DRAFT_NOTE_WORDS)) found.push(`the "${DRAFT_NOTE_WORDS}" note`);
  const names = new Set<string>();
  for (const match of body.matchAll(ANGLE_NAME)) if (PLACEHOLDER_SET.has(match[1]!) && match[1] !== 'PLACEHOLDERS') names.add(match[1]!);
  for (const name of names) found.push(`<${name}>`);
  return found;
}
