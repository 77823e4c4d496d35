import type { Octokit, RepoRef } from './api.js';
import { listAll } from './api.js';
import { isAuthoredBy, type Author, type TokenIdentity, type ViaApp } from './identity.js';

export const TRACKING_MARKER = '<!-- paramedic:tracking-issue -->';
export const TRACKING_TITLE = '🏥 Paramedic: disaster-recovery gaps';

export type TrackingOutcome = 'opened' | 'updated' | 'unchanged' | 'closed' | 'none';

interface IssueLike {
  number: number;
  state?: string;
  body?: string | null;
  pull_request?: unknown;
  user?: Author | null;
  performed_via_github_app?: ViaApp | null;
}

/**
 * The weekly sweep's single tracking issue: opened when there is something to fix, updated in
 * place, closed when everything is covered. Found by its marker AND its author: an issue anyone
 * else opened with the marker in it is never written to or closed.
 */
export async function syncTrackingIssue(client: Octokit, repo: RepoRef, body: string | null, identity: () => Promise<TokenIdentity>): Promise<TrackingOutcome> {
  const issues = await listAll<IssueLike>(client, 'GET /repos/{owner}/{repo}/issues', { ...repo, state: 'open' }, 'open issues');
  const marked = issues.filter((i) => !i.pull_request && (i.body ?? '').startsWith(TRACKING_MARKER));
  const me = marked.length > 0 ? await identity() : undefined;
  const existing = me ? marked.find((i) => isAuthoredBy(me, i.user, i.performed_via_github_app)) : undefined;
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
