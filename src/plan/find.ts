import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where plans live in real repositories, in the order they are looked for. */
export const STANDARD_PLAN_PATHS = [
  'DISASTER_RECOVERY.md',
  'docs/DISASTER_RECOVERY.md',
  'DISASTER-RECOVERY.md',
  'docs/DISASTER-RECOVERY.md',
  'disaster_recovery.md',
  'disaster-recovery.md',
  'docs/disaster_recovery.md',
  'docs/disaster-recovery.md',
  'docs/operations/disaster-recovery.md',
  'content/docs/deployment/disaster-recovery.md',
];

/** A Markdown file whose name says disaster recovery (or a DR plan, runbook or playbook). */
const PLAN_NAME = /(^|[^a-z])(disaster[-_ ]?(?:recovery|plan|runbook|playbook)|dr[-_](?:plan|runbook|playbook|procedures?)|drp)([^a-z]|$)|^dr$/i;
/**
 * Names of operations documents that hold recovery procedures without saying disaster recovery
 * (`RUNBOOK.md`, `docs/backup_restore.md`, `restore.md`): read as the plan only when no file
 * says disaster recovery, since they are the closest a repository has to one. "Recovery" alone
 * only as the whole name: `recovery-codes.md` is about sign-in. A hand-written regex over one
 * file name.
 */
const RUNBOOK_NAME = /^(?:restore|restoring|recovery|failover)$|(^|[^a-z])(run[-_ ]?books?|play[-_ ]?books?|backups?[-_ ]?(?:and[-_ ])?restor(?:e|es|ing|ation)|restor(?:e|ing)[-_ ](?:from[-_ ])?backups?)([^a-z]|$)/i;

/**
 * Names of files about the plan rather than the plan: its drills and tests, templates,
 * checklists, reports, a pull request's description (`PR_DISASTER_RECOVERY.md`). They are
 * chosen only when nothing else is there.
 */
const SECONDARY_NAME = /(^|[-_. ])(tests?|testing|drills?|templates?|checklists?|reports?|summary|log|history|changelog|pr|review|audit|results?)([-_. ]|$)/i;

function secondary(file: string): number {
  return SECONDARY_NAME.test(path.posix.basename(file).replace(/\.(md|markdown)$/i, '')) ? 1 : 0;
}

export interface FoundPlan {
  path: string;
  chosenBecause: string;
}

/**
 * Picks the plan: a configured path wins; then the standard paths; then tracked Markdown
 * files whose name says disaster recovery (the plan before its tests, templates and reports;
 * then shallowest first, then alphabetical), saying why.
 * `files` are the repository's tracked paths; returns null when there is no plan. `exists`
 * says whether a configured path is there: on disk for a working tree (an untracked plan
 * counts), among the revision's files in a pull-request check.
 */
export function findPlan(root: string, files: readonly string[], configured?: string, exists: (rel: string) => boolean = (rel) => existsSync(path.join(root, rel))): FoundPlan | null {
  if (configured) {
    const rel = configured.replace(/^\.\//, '');
    if (!exists(rel)) return null;
    return { path: rel, chosenBecause: `configured path (doc-path: ${rel})` };
  }
  const tracked = new Set(files);
  const byLower = new Map(files.map((f) => [f.toLowerCase(), f]));
  for (const candidate of STANDARD_PLAN_PATHS) {
    const hit = tracked.has(candidate) ? candidate : byLower.get(candidate.toLowerCase());
    if (hit) return { path: hit, chosenBecause: 'standard location' };
  }
  const named = files
    .filter((f) => /\.(md|markdown)$/i.test(f) && PLAN_NAME.test(path.posix.basename(f).replace(/\.(md|markdown)$/i, '')))
    .sort((a, b) => secondary(a) - secondary(b) || a.split('/').length - b.split('/').length || a.localeCompare(b));
  if (named.length > 0) {
    const others = named.length > 1 ? `; ${named.length - 1} other candidate${named.length > 2 ? 's' : ''}: ${named.slice(1, 4).join(', ')}` : '';
    return { path: named[0]!, chosenBecause: `its name says disaster recovery (${secondary(named[0]!) ? 'only a test, template or report of the plan' : 'shallowest match'}${others})` };
  }
  const runbooks = files
    .filter((f) => /\.(md|markdown)$/i.test(f) && RUNBOOK_NAME.test(path.posix.basename(f).replace(/\.(md|markdown)$/i, '')) && !secondary(f))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  if (runbooks.length > 0) {
    const others = runbooks.length > 1 ? `; ${runbooks.length - 1} other candidate${runbooks.length > 2 ? 's' : ''}: ${runbooks.slice(1, 4).join(', ')}` : '';
    return { path: runbooks[0]!, chosenBecause: `no file says disaster recovery; its name says runbook or restore (shallowest match${others}); set doc-path to choose another` };
  }
  return null;
}
