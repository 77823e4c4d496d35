import { git } from '../util/git.js';

/**
 * Makes base and head available in the clone actions/checkout leaves behind (depth 1,
 * often a detached merge commit, remote `origin`), then finds their merge base.
 *
 * Steps, each logged:
 * 1. A revision present locally is used as is. A missing sha is fetched by sha from
 *    `origin` (GitHub serves any commit of the repository's network, fork PR heads too).
 *    A ref name (`main`, `v1.2`, `HEAD~3`) is resolved locally first, then fetched from
 *    origin. Fetches are `--depth=1` in a shallow clone, so a single commit costs little.
 * 2. `git merge-base base head`. In a shallow clone the history between them is cut, so
 *    it is deepened with `git fetch --deepen=N` (N doubling from DEEPEN_START) until
 *    the merge base appears or DEEPEN_CAP commits have been added.
 * 3. If it never appears (unrelated histories, or a branch older than the cap), the
 *    comparison falls back to a two-dot diff: base itself against head. That can list
 *    changes made on the base branch since the fork as if the PR made them (in reverse),
 *    which is why it is logged and flagged.
 */

export const DEEPEN_START = 50;
export const DEEPEN_CAP = 1000;

export interface RevisionOptions {
  /** remote to fetch from (default `origin`) */
  remote?: string;
  /** false: never fetch, only use what is local */
  fetch?: boolean;
  /** total commits of extra history to fetch while looking for the merge base */
  deepenCap?: number;
  deepenStart?: number;
}

export interface Revisions {
  base: string;
  head: string;
  /** null when no merge base was found: then `twoDot` is true and changes are read against `base` */
  mergeBase: string | null;
  twoDot: boolean;
  /** what was done, one line each, for the action's log */
  log: string[];
}

/** Base or head cannot be had locally or from the remote. */
export class RevisionError extends Error {
  constructor(
    readonly which: 'base' | 'head',
    readonly revision: string,
    message: string,
    readonly log: string[],
    /** why, in a few words, for a message that names the input or flag (`base-ref "mian": ...`) */
    readonly reason: string = message,
  ) {
    super(message);
    this.name = 'RevisionError';
  }
}

/** git's first line of complaint, without its advice. */
const firstLine = (stderr: string, code: number): string => stderr.trim().split('\n')[0] || `exit ${code}`;

const short = (sha: string): string => sha.slice(0, 7);
const looksLikeSha = (rev: string): boolean => /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(rev);

/** True when the commit exists in the local object store. */
export async function hasCommit(root: string, sha: string): Promise<boolean> {
  return (await git(root, ['cat-file', '-e', `${sha}^{commit}`])).code === 0;
}

async function revParse(root: string, rev: string): Promise<string | null> {
  const result = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  return result.code === 0 ? result.stdout.toString('utf8').trim() : null;
}

async function isShallow(root: string): Promise<boolean> {
  const result = await git(root, ['rev-parse', '--is-shallow-repository']);
  return result.stdout.toString('utf8').trim() === 'true';
}

async function hasRemote(root: string, remote: string): Promise<boolean> {
  return (await git(root, ['remote', 'get-url', '--', remote])).code === 0;
}

function fetchArgs(shallow: boolean, remote: string, revs: string[], depthArg?: string): string[] {
  const depth = depthArg ?? (shallow ? '--depth=1' : undefined);
  // Revisions starting with `-` are refused before they get here, so none can be read as an option.
  return ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', ...(depth ? [depth] : []), remote, ...revs];
}

async function resolveOne(root: string, which: 'base' | 'head', rev: string, options: Required<Pick<RevisionOptions, 'remote' | 'fetch'>>, state: { shallow: boolean; remote: boolean }, log: string[]): Promise<string> {
  if (rev.startsWith('-')) throw new RevisionError(which, rev, `${which} revision "${rev}" starts with "-"; refused`, log, 'starts with "-"; refused');
  if (looksLikeSha(rev) && (await hasCommit(root, rev))) return rev.toLowerCase();
  if (!looksLikeSha(rev)) {
    const local = await revParse(root, rev);
    if (local) {
      log.push(`${which} ${rev} is ${short(local)} (local)`);
      return local;
    }
  }
  if (!options.fetch || !state.remote) {
    throw new RevisionError(
      which,
      rev,
      `${which} ${rev} is not in the local clone${state.remote ? '' : ` and there is no remote "${options.remote}"`} (fetching is off or impossible)`,
      log,
      `not a branch, tag or commit in this clone${state.remote ? ' (fetching is off)' : `, and there is no remote "${options.remote}" to fetch it from`}`,
    );
  }
  if (looksLikeSha(rev)) {
    const result = await git(root, fetchArgs(state.shallow, options.remote, [rev]));
    if (result.code === 0 && (await hasCommit(root, rev))) {
      log.push(`fetched ${which} ${short(rev)}${state.shallow ? ' (depth 1)' : ''}`);
      return rev.toLowerCase();
    }
    throw new RevisionError(which, rev, `could not fetch ${which} ${short(rev)} from ${options.remote}: ${result.stderr.trim() || `exit ${result.code}`}`, log, `not in this clone, and ${options.remote} does not have it (${firstLine(result.stderr, result.code)})`);
  }
  // A ref name: fetch it into a private ref so FETCH_HEAD races and local branches stay untouched.
  const privateRef = `refs/paramedic/${which}`;
  const result = await git(root, fetchArgs(state.shallow, options.remote, [`+${rev}:${privateRef}`]));
  const fetched = result.code === 0 ? await revParse(root, privateRef) : null;
  if (fetched) {
    log.push(`fetched ${which} ${rev} at ${short(fetched)}${state.shallow ? ' (depth 1)' : ''}`);
    return fetched;
  }
  throw new RevisionError(
    which,
    rev,
    `${which} ${rev} is neither a local revision nor fetchable from ${options.remote}: ${result.stderr.trim() || `exit ${result.code}`}`,
    log,
    `not a branch, tag or commit in this clone nor on ${options.remote} (${firstLine(result.stderr, result.code)})`,
  );
}

async function mergeBase(root: string, base: string, head: string): Promise<string | null> {
  const result = await git(root, ['merge-base', base, head]);
  return result.code === 0 ? result.stdout.toString('utf8').trim() : null;
}

/** One revision as a commit sha, fetched when missing; throws RevisionError as ensureRevisions does. */
export async function resolveRevision(root: string, which: 'base' | 'head', rev: string, options: RevisionOptions = {}, log: string[] = []): Promise<string> {
  const opts = { remote: options.remote ?? 'origin', fetch: options.fetch ?? true };
  const [shallow, remote] = await Promise.all([isShallow(root), hasRemote(root, opts.remote)]);
  return resolveOne(root, which, rev, opts, { shallow, remote }, log);
}

/**
 * Makes sure base and head exist locally and finds their merge base, fetching and
 * deepening as needed. Throws RevisionError when base or head cannot be had.
 */
export async function ensureRevisions(root: string, revs: { base: string; head: string }, options: RevisionOptions = {}): Promise<Revisions> {
  const opts = { remote: options.remote ?? 'origin', fetch: options.fetch ?? true };
  const cap = options.deepenCap ?? DEEPEN_CAP;
  const log: string[] = [];
  // The usual case, an event's two shas already in the clone with their merge base: one
  // process. `git merge-base` succeeds only when both commits are here and share history;
  // anything else (missing, a ref name, no merge base) takes the steps below.
  if (looksLikeSha(revs.base) && looksLikeSha(revs.head)) {
    const found = await mergeBase(root, revs.base, revs.head);
    if (found) {
      const [base, head] = [revs.base.toLowerCase(), revs.head.toLowerCase()];
      log.push(`merge base ${short(found)} of base ${short(base)} and head ${short(head)}`);
      return { base, head, mergeBase: found, twoDot: false, log };
    }
  }
  const [shallow, remote] = await Promise.all([isShallow(root), hasRemote(root, opts.remote)]);
  const state = { shallow, remote };

  const base = await resolveOne(root, 'base', revs.base, opts, state, log);
  const head = await resolveOne(root, 'head', revs.head, opts, state, log);

  let found = await mergeBase(root, base, head);
  let added = 0;
  let step = options.deepenStart ?? DEEPEN_START;
  while (!found && opts.fetch && state.remote && (await isShallow(root)) && added < cap) {
    const by = Math.min(step, cap - added);
    const result = await git(root, fetchArgs(true, opts.remote, [base, head], `--deepen=${by}`));
    if (result.code !== 0) {
      log.push(`deepening failed: ${result.stderr.trim() || `exit ${result.code}`}`);
      break;
    }
    added += by;
    log.push(`deepened by ${by} to find the merge base`);
    found = await mergeBase(root, base, head);
    step *= 2;
  }

  if (found) {
    log.push(`merge base ${short(found)} of base ${short(base)} and head ${short(head)}`);
    return { base, head, mergeBase: found, twoDot: false, log };
  }
  log.push(`no merge base of ${short(base)} and ${short(head)}${added ? ` within ${added} extra commits of history` : ''}; comparing base..head directly (two-dot)`);
  return { base, head, mergeBase: null, twoDot: true, log };
}
