import { git, splitNul } from '../util/git.js';

/**
 * Every file path of a commit's tree, sorted: one `git ls-tree` (the index and the work
 * tree are never looked at, so what is checked out does not matter). Submodules are listed
 * as paths too, as `git ls-files` lists them.
 */
export async function listTree(root: string, commit: string): Promise<string[]> {
  const result = await git(root, ['-c', 'core.quotePath=false', 'ls-tree', '-r', '-z', '--name-only', '--full-tree', commit]);
  if (result.code !== 0) throw new Error(`git ls-tree ${commit.slice(0, 7)} failed: ${result.stderr.trim() || `exit ${result.code}`}`);
  return splitNul(result.stdout).sort();
}
