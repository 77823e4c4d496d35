import type { Octokit, RepoRef } from './api.js';

export const TRACKING_MARKER = '<!-- paramedic:tracking-issue -->';
export const TRACKING_TITLE = '🏥 Paramedic: disaster-recovery gaps';

export type TrackingOutcome = 'opened' | 'updated' | 'unchanged' | 'closed' | 'none';

interface IssueLike {
  number: number;
  state?: string;
  body?: string | null;
  pull_request?: unknown;
  user?: { type?: string } | null;
}

/**
 * The weekly sweep's single tracking issue: opened when there is something to fix,
 * updated in place, closed when everything is covered. Found by its marker.
 */
export async function syncTrackingIssue(client: Octokit, repo: RepoRef, body: string | null): Promise<TrackingOutcome> {
  const issues = (await client.paginate(client.rest.issues.listForRepo, { ...repo, state: 'open', per_page: 100 })) as IssueLike[];
  const existing = issues.find((i) => !i.pull_request && (i.body ?? '').startsWith(TRACKING_MARKER));
  if (body === null) {
    if (!existing) return 'none';
    await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: 'Every critical dependency now has a recovery scenario and the plan has no blocking findings. Closing.' });
    await client.rest.issues.update({ ...repo, issue_number: existing.number, state: 'closed' });
    return 'closed';
  }
  const full = `${TRACKING_MARKER}\n${body}`;
  if (!existing) {
    await client.rest.issues.create({ ...repo, title: TRACKING_TITLE, body: full });
    return 'opened';
  }
  if (existing.body === full) return 'unchanged';
  await client.rest.issues.update({ ...repo, issue_number: existing.number, body: full });
  return 'updated';
}
