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

/**
 * How git authenticates to origin for Paramedic's own pushes and fetches: with the `token`
 * input, not whatever actions/checkout persisted in .git/config (the job's GITHUB_TOKEN, whose
 * pushes start no workflow). Given to git through GIT_CONFIG_* variables, never argv (which
 * any process on the runner can read): the persisted `http.<origin>/.extraheader` is reset
 * (an empty value empties the list) and replaced by one carrying the token.
 */
export type RemoteEnv = NodeJS.ProcessEnv;

export async function remoteEnvForToken(root: string, token: string): Promise<{ env: RemoteEnv; header?: string }> {
  const remote = await git(root, ['remote', 'get-url', 'origin']);
  let origin: string | undefined;
  try {
    const url = new URL(remote.stdout.toString('utf8').trim());
    if (url.protocol === 'https:' || url.protocol === 'http:') origin = url.origin;
  } catch {
    origin = undefined;
  }
  if (!origin || !token) return { env: {} };
  const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  const key = `http.${origin}/.extraheader`;
  return {
    header,
    env: { GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_0: key, GIT_CONFIG_VALUE_0: '', GIT_CONFIG_KEY_1: key, GIT_CONFIG_VALUE_1: header },
  };
}

export type PushOutcome = { ok: true } | { ok: false; rejected: 'non-fast-forward' | 'permission' | 'protected' | 'other'; message: string };

/** A refused push in words a maintainer can act on (git's own text only when nothing better is known). */
export function explainRefusal(refused: Extract<PushOutcome, { ok: false }>, branch: string): string {
  if (refused.rejected === 'protected') return `the branch ${branch} is protected`;
  if (refused.rejected === 'permission') return 'the token cannot push (give the job `permissions: contents: write`, or pass a token that may push as `token`)';
  return `the push to ${branch} was refused (${refused.message})`;
}

/**
 * Pushes `commit` to `branch` on origin, never forcing: a push that is not a fast-forward is
 * refused by git. With `lease`, the push is also refused unless the branch is exactly at that
 * commit, so a branch deleted or moved since it was checked is never re-created or overwritten.
 */
export async function pushCommit(root: string, commit: string, branch: string, options: { lease?: string; env?: RemoteEnv } = {}): Promise<PushOutcome> {
  const args = ['push', '--porcelain', 'origin', `${commit}:refs/heads/${branch}`];
  if (options.lease !== undefined) args.splice(1, 0, `--force-with-lease=refs/heads/${branch}:${options.lease}`);
  const result = await git(root, args, undefined, options.env);
  if (result.code === 0) return { ok: true };
  const text = `${result.stdout.toString()}\n${result.stderr}`;
  const message = text.replace(/(https?:\/\/)[^@\s/]+@/g, '$1***@').trim().split('\n').filter(Boolean).slice(-3).join(' ');
  if (/non-fast-forward|fetch first|\[rejected\]|stale info/i.test(text)) return { ok: false, rejected: 'non-fast-forward', message };
  if (/protected branch|GH006|pre-receive hook declined/i.test(text)) return { ok: false, rejected: 'protected', message };
  if (/403|permission|denied|not allowed|Authentication failed|could not read Username/i.test(text)) return { ok: false, rejected: 'permission', message };
  return { ok: false, rejected: 'other', message };
}

/** Fetches one branch tip from origin; returns its sha or null. */
export async function fetchBranchTip(root: string, branch: string, env?: RemoteEnv): Promise<string | null> {
  const result = await git(root, ['fetch', '--no-tags', '--depth=1', 'origin', `refs/heads/${branch}`], undefined, env);
  if (result.code !== 0) return null;
  return (await gitText(root, ['rev-parse', 'FETCH_HEAD'])).trim();
}

/** The remote tip of a branch without fetching it, or null when the branch does not exist; throws when origin cannot be asked. */
export async function remoteBranchTip(root: string, branch: string, env?: RemoteEnv): Promise<string | null> {
  const ref = `refs/heads/${branch}`;
  const result = await git(root, ['ls-remote', '--heads', 'origin', ref], undefined, env);
  if (result.code !== 0) throw new Error(`could not ask origin for ${branch}: ${result.stderr.trim().split('\n')[0]?.replace(/(https?:\/\/)[^@\s/]+@/g, '$1***@') ?? `exit ${result.code}`}`);
  // ls-remote matches patterns by their tail: keep only the exact ref.
  const line = result.stdout
    .toString()
    .split('\n')
    .find((l) => l.split('\t')[1] === ref);
  return line ? line.split('\t')[0]! : null;
}
