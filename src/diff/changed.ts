import { git, splitNul } from '../util/git.js';

/**
 * What a diff touched. Renames are off (`--no-renames`): a moved manifest is a deletion
 * at its old path and an addition at its new one, which is exactly what dependency
 * evidence needs (the evidence path changes), and it keeps every entry one path long.
 */
export type ChangeStatus = 'added' | 'deleted' | 'modified' | 'type-changed' | 'unmerged' | 'unknown';

export interface ChangedFile {
  status: ChangeStatus;
  /** repository-relative, `/`-separated, exactly as git stores it */
  path: string;
}

const STATUS: Record<string, ChangeStatus> = { A: 'added', D: 'deleted', M: 'modified', T: 'type-changed', U: 'unmerged', X: 'unknown' };

/** Parses `git diff --name-status -z --no-renames` output: status NUL path NUL, repeated. */
export function parseNameStatus(output: Buffer | string): ChangedFile[] {
  const fields = splitNul(output);
  const files: ChangedFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    files.push({ status: STATUS[fields[i]!.charAt(0)] ?? 'unknown', path: fields[i + 1]! });
  }
  return files;
}

/**
 * Files that differ between two commits (tree to tree: the work tree is never looked at).
 * Paths are NUL-separated and revisions are resolved shas, so names with spaces,
 * newlines, non-ASCII characters or a leading `-` come back intact.
 */
export async function changedFiles(root: string, from: string, to: string): Promise<ChangedFile[]> {
  const result = await git(root, ['-c', 'core.quotePath=false', 'diff', '--name-status', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', from, to, '--']);
  if (result.code !== 0) throw new Error(`git diff ${from.slice(0, 7)} ${to.slice(0, 7)} failed: ${result.stderr.trim() || `exit ${result.code}`}`);
  return parseNameStatus(result.stdout).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Every path a diff touched, whatever it is: lets the caller ask "did this change edit the plan?". */
export function changedPaths(files: readonly ChangedFile[]): string[] {
  return files.map((file) => file.path);
}

/** Whether the file exists at the older side of the diff. */
export const existsBefore = (file: ChangedFile): boolean => file.status !== 'added';
/** Whether the file exists at the newer side of the diff. */
export const existsAfter = (file: ChangedFile): boolean => file.status !== 'deleted';
