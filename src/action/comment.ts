import type { Octokit, RepoRef } from './api.js';

/** The hidden first line that marks Paramedic's own sticky comment. */
export const COMMENT_MARKER = '<!-- paramedic:report -->';

/** GitHub rejects issue comments over 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_536;

export type CommentOutcome = 'created' | 'updated' | 'unchanged';

interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
}

/**
 * Our comment: it starts with the marker and was written by a bot (the job token
 * writes as github-actions[bot]). A human quoting the marker is never edited.
 */
export function isOwnComment(comment: IssueComment, marker = COMMENT_MARKER): boolean {
  return (comment.body ?? '').startsWith(marker) && comment.user?.type === 'Bot';
}

/** Creates the sticky comment once, then edits it in place; no call when the body is unchanged. */
export async function upsertStickyComment(
  client: Octokit,
  repo: RepoRef,
  issueNumber: number,
  body: string,
  marker = COMMENT_MARKER,
): Promise<CommentOutcome> {
  if (!body.startsWith(marker)) throw new Error('sticky comment body must start with its marker');
  const comments = (await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 })) as IssueComment[];
  const existing = comments.find((c) => isOwnComment(c, marker));
  if (!existing) {
    await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return 'created';
  }
  if ((existing.body ?? '') === body) return 'unchanged';
  await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
  return 'updated';
}
