import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { git, gitText } from '../util/git.js';

/** Commits are authored as the Actions bot, so reviewers see at once who wrote the stub. */
export const BOT_IDENTITY = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** The text of `filePath` at `commit`, or null when the file does not exist there. */
export async function readFileAt(root: string, commit: string, filePath: string): Promise<string | null> {
  const result = await git(root, ['cat-file', 'blob', `${commit}:${filePath}`]);
  return result.code === 0 ? result.stdout.toString('utf8') : null;
}

/**
 * Makes a commit whose parent is `parent` and whose tree is parent's tree with one file
 * replaced, using plumbing and a private index: the work tree and the checked-out
 * (often detached merge) commit are never touched, and no other file can sneak in.
 */
export async function commitOneFile(
  root: string,
  options: { parent: string; filePath: string; content: string; message: string },
): Promise<string> {
  const indexDir = mkdtempSync(path.join(tmpdir(), 'paramedic-index-'));
  const env = {
    GIT_INDEX_FILE: path.join(indexDir, 'index'),
    GIT_AUTHOR_NAME: BOT_IDENTITY.name,
    GIT_AUTHOR_EMAIL: BOT_IDENTITY.email,
    GIT_COMMITTER_NAME: BOT_IDENTITY.name,
    GIT_COMMITTER_EMAIL: BOT_IDENTITY.email,
  };
  try {
    const run = async (args: string[], input?: string): Promise<string> => {
      const result = await git(root, args, input, env);
      if (result.code !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr.trim()}`);
      return result.stdout.toString('utf8').trim();
    };
    const blob = await run(['hash-object', '-w', '--stdin'], options.content);
    await run(['read-tree', options.parent]);
    await run(['update-index', '--add', '--cacheinfo', `100644,${blob},${options.filePath}`]);
    const tree = await run(['write-tree']);
    return await run(['commit-tree', tree, '-p', options.parent, '-F', '-'], options.message);
  } finally {
    rmSync(indexDir, { recursive: true, force: true });
  }
}

export type PushOutcome = { ok: true } | { ok: false; rejected: 'non-fast-forward' | 'permission' | 'protected' | 'other'; message: string };

/** A refused push in words a maintainer can act on (git's own text only when nothing better is known). */
export function explainRefusal(refused: Extract<PushOutcome, { ok: false }>, branch: string): string {
  if (refused.rejected === 'protected') return `the branch ${branch} is protected`;
  if (refused.rejected === 'permission') return 'the token cannot push (give the job `permissions: contents: write`)';
  return `the push to ${branch} was refused (${refused.message})`;
}

/** Pushes `commit` to `branch` on origin; never forces unless `lease` names the expected remote tip. */
export async function pushCommit(root: string, commit: string, branch: string, lease?: string): Promise<PushOutcome> {
  const args = ['push', '--porcelain', 'origin', `${commit}:refs/heads/${branch}`];
  if (lease !== undefined) args.splice(1, 0, `--force-with-lease=refs/heads/${branch}:${lease}`);
  const result = await git(root, args);
  if (result.code === 0) return { ok: true };
  const text = `${result.stdout.toString()}\n${result.stderr}`;
  const message = text.replace(/(https?:\/\/)[^@\s/]+@/g, '$1***@').trim().split('\n').filter(Boolean).slice(-3).join(' ');
  if (/non-fast-forward|fetch first|\[rejected\]|stale info/i.test(text)) return { ok: false, rejected: 'non-fast-forward', message };
  if (/protected branch|GH006|pre-receive hook declined/i.test(text)) return { ok: false, rejected: 'protected', message };
  if (/403|permission|denied|not allowed|Authentication failed|could not read Username/i.test(text)) return { ok: false, rejected: 'permission', message };
  return { ok: false, rejected: 'other', message };
}

/** Fetches one branch tip from origin; returns its sha or null. */
export async function fetchBranchTip(root: string, branch: string): Promise<string | null> {
  const result = await git(root, ['fetch', '--no-tags', '--depth=1', 'origin', `refs/heads/${branch}`]);
  if (result.code !== 0) return null;
  return (await gitText(root, ['rev-parse', 'FETCH_HEAD'])).trim();
}

/** The remote tip of a branch without fetching it, or null when the branch does not exist. */
export async function remoteBranchTip(root: string, branch: string): Promise<string | null> {
  const result = await git(root, ['ls-remote', '--heads', 'origin', `refs/heads/${branch}`]);
  if (result.code !== 0) return null;
  const line = result.stdout.toString().trim().split('\n')[0];
  return line ? line.split(/\s+/)[0]! : null;
}
