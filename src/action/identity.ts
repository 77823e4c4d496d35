import type { Octokit } from './api.js';
import { transportFailure } from './api.js';

/**
 * Who the token acts as, so that Paramedic edits or closes only what it wrote itself. A hidden
 * marker proves nothing (anyone can type it), and `user.type === 'Bot'` is wrong both ways: a
 * PAT writes as a person, and every installed App is a Bot.
 *
 * - A personal access token (or any user token) answers `GET /user` with its login.
 * - An installation token (the job's GITHUB_TOKEN, an App's token) may not call `GET /user`
 *   (403 "Resource not accessible by integration"); GraphQL's `viewer` names its bot login
 *   (`github-actions[bot]`, `my-app[bot]`) where GitHub allows it.
 * - When neither answers, the token is an App acting as itself: its items are written by a Bot
 *   account named after the App that `performed_via_github_app` records.
 */
export interface TokenIdentity {
  kind: 'user' | 'app';
  /** the login the token writes as, when GitHub told us */
  login?: string;
}

export interface Author {
  login?: string | null;
  type?: string | null;
}

export interface ViaApp {
  slug?: string | null;
}

export async function tokenIdentity(client: Octokit): Promise<TokenIdentity> {
  try {
    const { data } = await client.request('GET /user');
    if (data && typeof data.login === 'string' && data.login) return { kind: data.type === 'Bot' ? 'app' : 'user', login: data.login };
    throw new Error('GitHub answered GET /user without a login');
  } catch (error) {
    if (transportFailure(error) || (error as { status?: number }).status !== 403) throw error;
  }
  try {
    const answer = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    const login = answer?.viewer?.login;
    if (typeof login === 'string' && login) return { kind: 'app', login };
  } catch (error) {
    if (transportFailure(error)) throw error;
    // Installation tokens may be refused `viewer` too: fall back to the App rule.
  }
  return { kind: 'app' };
}

/** True when `author` (with the App recorded as having written the item) is the token's own identity. */
export function isAuthoredBy(identity: TokenIdentity, author: Author | null | undefined, via?: ViaApp | null): boolean {
  const login = author?.login;
  if (typeof login !== 'string' || !login) return false;
  if (identity.login) return login.toLowerCase() === identity.login.toLowerCase();
  if (author?.type !== 'Bot' || !login.endsWith('[bot]')) return false;
  // Written by an App as itself: its bot account carries the App's slug.
  return !via?.slug || `${via.slug}[bot]`.toLowerCase() === login.toLowerCase();
}
