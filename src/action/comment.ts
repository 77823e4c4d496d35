import type { CheckReport } from '../check/types.js';
import type { CommentMode } from '../config/schema.js';
import type { Octokit, RepoRef } from './api.js';
import { listAll } from './api.js';
import { isAuthoredBy, type Author, type TokenIdentity, type ViaApp } from './identity.js';

/** The hidden first line that marks Paramedic's own sticky comment. */
export const COMMENT_MARKER = '<!-- paramedic:report -->';

/** GitHub rejects issue comments over 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_536;

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'none';

/** What happened to the sticky comment, and its id when there is one (the `comment-id` output). */
export interface CommentResult {
  outcome: CommentOutcome;
  id?: number;
}

interface IssueComment {
  id: number;
  body?: string | null;
  user?: Author | null;
  performed_via_github_app?: ViaApp | null;
}

/**
 * Our comment: it starts with the marker AND was written by the identity the token acts as.
 * Anyone can type the marker; only our own comment is ever edited.
 */
export function isOwnComment(comment: IssueComment, identity: TokenIdentity, marker = COMMENT_MARKER): boolean {
  return (comment.body ?? '').startsWith(marker) && isAuthoredBy(identity, comment.user, comment.performed_via_github_app);
}

/**
 * What `comment: auto` has to say on this change: the full report when the change adds or
 * changes a critical dependency, has a gap or a finding it caused, or fails; otherwise nothing new
 * (an earlier comment is edited to say it is resolved, and a PR that never had one gets none).
 */
export function commentWanted(mode: CommentMode, report: CheckReport): 'report' | 'resolved' | 'none' {
  if (mode === 'never') return 'none';
  if (mode === 'always') return 'report';
  const touches = report.dependencies.some((d) => d.change === 'added' || d.change === 'changed');
  const caused = report.findings.some((f) => f.causedByChange === true);
  // A failing check always explains itself.
  return touches || report.gaps.length > 0 || caused || report.verdict === 'fail' ? 'report' : 'resolved';
}

/**
 * Creates the sticky comment once, then edits it in place; no call when the body is unchanged.
 * With `create: false` an existing comment is edited and none is created.
 */
export async function upsertStickyComment(
  client: Octokit,
  repo: RepoRef,
  issueNumber: number,
  body: string,
  identity: () => Promise<TokenIdentity>,
  options: { create?: boolean; marker?: string } = {},
): Promise<CommentResult> {
  const marker = options.marker ?? COMMENT_MARKER;
  if (!body.startsWith(marker)) throw new Error('sticky comment body must start with its marker');
  const comments = await listAll<IssueComment>(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issueNumber }, 'pull request comments');
  // Who we are is asked only when some comment carries the marker (most runs: none, or ours).
  const marked = comments.filter((c) => (c.body ?? '').startsWith(marker));
  const me = marked.length > 0 ? await identity() : undefined;
  const existing = me ? marked.find((c) => isOwnComment(c, me, marker)) : undefined;
  if (!existing) {
    if (options.create === false) return { outcome: 'none' };
    const created = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return { outcome: 'created', ...(typeof created.data?.id === 'number' ? { id: created.data.id } : {}) };
  }
  if ((existing.body ?? '') === body) return { outcome: 'unchanged', id: existing.id };
  await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
  return { outcome: 'updated', id: existing.id };
}

/**
 * The short body an earlier comment is edited to once a later push leaves nothing to report:
 * no critical dependency added or changed, no gap, no finding the change caused.
 */
export function resolvedComment(report: CheckReport, sha: string | undefined, marker = COMMENT_MARKER): string {
  const at = sha && /^[0-9a-f]{7,64}$/.test(sha) ? ` as of ${sha.slice(0, 7)}` : '';
  return [
    marker,
    '### 🏥 Paramedic — disaster-recovery coverage',
    '',
    `✅ **Resolved**${at}: this pull request no longer adds or changes a critical dependency, and leaves no gap or plan finding of its own.`,
    '',
  ].join('\n') + (report.verdict === 'pass' ? '' : '\nOlder findings of the plan are in the job summary.\n');
}
