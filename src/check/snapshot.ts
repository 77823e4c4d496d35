import { existsSync } from 'node:fs';
import path from 'node:path';
import { GitRevisionSource, type GitObjectReader } from '../diff/revision-source.js';
import { listTree } from '../diff/tree.js';
import { listTrackedFiles } from '../discover/files.js';
import { WorkTreeSource, type FileSource } from '../discover/source.js';

/**
 * The files a check reads, and where from. A sweep reads the working tree; a pull-request
 * check reads head's git objects, whatever is checked out (`pull_request_target` checks out
 * the base, a person may run the CLI from main): manifests, the plan, and the file list that
 * tells lint whether a script the plan runs exists.
 */
export interface Snapshot {
  /** the repository it belongs to (where git runs) */
  root: string;
  /** every file path (tracked by git, or a directory walk outside git), sorted */
  files: string[];
  source: FileSource;
  /** whether a path is there (a configured plan) */
  exists(relPath: string): boolean;
  /** the commit read, for a revision */
  commit?: string;
  close(): Promise<void>;
}

export async function workTreeSnapshot(root: string): Promise<Snapshot> {
  return {
    root,
    files: await listTrackedFiles(root),
    source: new WorkTreeSource(root),
    // On disk: a plan that is not committed yet still counts for a local run.
    exists: (rel) => existsSync(path.join(root, rel)),
    close: async () => undefined,
  };
}

/**
 * A commit's tree, read through one `git cat-file --batch` process (`objects`' when given, shared
 * with other reads of the run); `files` when already listed.
 */
export async function revisionSnapshot(root: string, commit: string, files?: string[], objects?: GitObjectReader): Promise<Snapshot> {
  const listed = files ?? (await listTree(root, commit));
  let set: Set<string> | undefined;
  const source = new GitRevisionSource(root, commit, objects);
  return { root, files: listed, source, exists: (rel) => (set ??= new Set(listed)).has(rel), commit, close: () => source.close() };
}
