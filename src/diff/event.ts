/**
 * Which two revisions a run compares, decided from the GitHub event alone (a pure
 * function: no git, no network). The action then fetches what is missing (fetch.ts).
 *
 * Decisions:
 * - `pull_request`, `pull_request_target` and the review events compare the PR's base
 *   sha with its head sha (not the merge commit actions/checkout makes): the dependencies
 *   the PR itself introduces. Only blobs are read at head; no PR code is ever run.
 * - `merge_group` compares `base_sha` with `head_sha`.
 * - `push` compares `before` with `after`. An all-zero `before` is a new branch: it is
 *   compared with the repository's default branch (fetch.ts finds their merge base),
 *   with `sweepIfUnresolvable` set so the caller sweeps when that branch cannot be had.
 *   A new default branch or a new tag has nothing to compare with: sweep. A deleted
 *   branch (all-zero `after`) has no head: sweep.
 * - `workflow_dispatch`, `schedule` and any other event: sweep.
 * - Inputs `base-ref` / `head-ref` win over the event; `head-ref` alone only replaces the
 *   event's head (without any base there is nothing to compare, so it sweeps).
 */

export interface DiffTarget {
  mode: 'pr' | 'sweep';
  /** a commit sha, or a ref name (from an input, or the default branch of a new-branch push) */
  base?: string;
  head?: string;
  /** one line for the log: why this mode and these revisions */
  why: string;
  /** set for a new-branch push: when `base` cannot be fetched, run a sweep instead of failing */
  sweepIfUnresolvable?: boolean;
  /**
   * Where base and head came from. A revision from an input is the workflow author's word: if
   * it does not resolve, that is an error naming it. One from the event may fall back.
   */
  baseFrom?: 'input' | 'event';
  headFrom?: 'input' | 'event' | 'checkout';
  /** the event's base branch (`pull_request.base.ref`), tried when the base commit cannot be fetched */
  baseBranch?: string;
}

export interface DiffOverrides {
  /** the `base-ref` input / `--base`; empty means unset */
  baseRef?: string;
  /** the `head-ref` input / `--head`; empty means unset */
  headRef?: string;
}

/** Events whose payload carries `pull_request.base.sha` and `pull_request.head.sha`. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

/** git's "no commit" sha, in both object formats (sha1 40, sha256 64). */
export function isZeroSha(value: string | undefined): boolean {
  return typeof value === 'string' && /^0+$/.test(value) && (value.length === 40 || value.length === 64);
}

function isSha(value: unknown): value is string {
  return typeof value === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(value);
}

function field(obj: unknown, ...keys: string[]): unknown {
  let current = obj;
  for (const key of keys) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const short = (sha: string): string => (isSha(sha) ? sha.slice(0, 7) : sha);

/** What the event alone says to compare, before inputs are applied. */
function fromEvent(eventName: string, payload: unknown): DiffTarget {
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const base = field(payload, 'pull_request', 'base', 'sha');
    const head = field(payload, 'pull_request', 'head', 'sha');
    if (isSha(base) && isSha(head)) {
      const number = field(payload, 'pull_request', 'number');
      const branch = field(payload, 'pull_request', 'base', 'ref');
      return {
        mode: 'pr',
        base,
        head,
        baseFrom: 'event',
        headFrom: 'event',
        ...(typeof branch === 'string' && branch ? { baseBranch: branch } : {}),
        why: `${eventName}${typeof number === 'number' ? ` #${number}` : ''}: base ${short(base)}, head ${short(head)}`,
      };
    }
    return { mode: 'sweep', why: `${eventName} payload has no pull_request base and head sha; checking the whole repository` };
  }

  if (eventName === 'merge_group') {
    const base = field(payload, 'merge_group', 'base_sha');
    const head = field(payload, 'merge_group', 'head_sha');
    const baseRef = field(payload, 'merge_group', 'base_ref');
    const branch = typeof baseRef === 'string' && baseRef.startsWith('refs/heads/') ? baseRef.slice('refs/heads/'.length) : undefined;
    if (isSha(base) && isSha(head)) return { mode: 'pr', base, head, baseFrom: 'event', headFrom: 'event', ...(branch ? { baseBranch: branch } : {}), why: `merge_group: base ${short(base)}, head ${short(head)}` };
    return { mode: 'sweep', why: 'merge_group payload has no base_sha and head_sha; checking the whole repository' };
  }

  if (eventName === 'push') return fromPush(payload);

  if (eventName === 'workflow_dispatch' || eventName === 'schedule') {
    return { mode: 'sweep', why: `${eventName}: no base to compare with; checking the whole repository` };
  }
  return { mode: 'sweep', why: `${eventName || 'unknown event'}: no base to compare with; checking the whole repository` };
}

function fromPush(payload: unknown): DiffTarget {
  const before = field(payload, 'before');
  const after = field(payload, 'after');
  const ref = field(payload, 'ref');
  const defaultBranch = field(payload, 'repository', 'default_branch');
  if (!isSha(after) || isZeroSha(after)) return { mode: 'sweep', why: 'push without a new head (a deleted branch?); checking the whole repository' };
  if (isSha(before) && !isZeroSha(before)) return { mode: 'pr', base: before, head: after, baseFrom: 'event', headFrom: 'event', why: `push: before ${short(before)}, after ${short(after)}` };

  // A new ref. Only a new non-default branch has something sensible to compare with.
  const branch = typeof ref === 'string' && ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  if (branch && typeof defaultBranch === 'string' && defaultBranch && branch !== defaultBranch) {
    return {
      mode: 'pr',
      base: defaultBranch,
      head: after,
      baseFrom: 'event',
      headFrom: 'event',
      sweepIfUnresolvable: true,
      why: `push of new branch ${branch}: comparing with the default branch ${defaultBranch}`,
    };
  }
  const what = branch ? (branch === defaultBranch ? `the default branch ${branch}` : `branch ${branch}`) : typeof ref === 'string' && ref ? ref : 'a new ref';
  return { mode: 'sweep', why: `push creating ${what}: nothing to compare with; checking the whole repository` };
}

/**
 * Resolves base and head for a run from the event name, its payload and the
 * `base-ref` / `head-ref` overrides.
 */
export function resolveDiffTarget(eventName: string, payload: unknown, overrides: DiffOverrides = {}): DiffTarget {
  const event = fromEvent(eventName, payload);
  const baseRef = overrides.baseRef?.trim() || undefined;
  const headRef = overrides.headRef?.trim() || undefined;
  if (!baseRef && !headRef) return event;

  if (baseRef) {
    const head = headRef ?? event.head ?? 'HEAD';
    const headWhy = headRef ? 'head-ref input' : event.head ? eventName : 'the checked-out commit';
    const headFrom = headRef ? 'input' : event.head ? 'event' : 'checkout';
    return { mode: 'pr', base: baseRef, head, baseFrom: 'input', headFrom, why: `base-ref input: base ${short(baseRef)}, head ${short(head)} (from ${headWhy})` };
  }
  if (event.mode === 'pr' && event.base) {
    return { ...event, head: headRef, headFrom: 'input', why: `${event.why}; head replaced by head-ref input ${short(headRef!)}` };
  }
  return { ...event, why: `${event.why} (head-ref input ignored: there is no base to compare it with)` };
}
