import { minimatch } from 'minimatch';
import { clientSettings, createClient, type Octokit } from '../action/api.js';
import { LISTING_KIND, type OrgListing, type OrgRepository, type RepositoryFilters, type TriState } from './types.js';

export class OrgListError extends Error {}

export interface ListOptions {
  organisation: string;
  filters: RepositoryFilters;
  /** empty: unauthenticated (public repositories only, 60 requests an hour) */
  token: string;
  /** the longest Paramedic waits for a rate limit to reset before it gives up */
  maxWaitSeconds: number;
  log: (message: string) => void;
  now?: () => Date;
}

interface ApiRepository {
  full_name: string;
  name: string;
  html_url: string;
  default_branch?: string;
  archived?: boolean;
  fork?: boolean;
  visibility?: string;
  topics?: string[];
  pushed_at?: string | null;
  size?: number;
}

interface HttpError {
  status?: number;
  response?: { headers?: Record<string, string | number | undefined> };
}

/**
 * Lists an organisation's repositories through the REST API, one request per 100, and applies
 * the filters. Rate limits are waited out (up to `maxWaitSeconds`), never turned into a
 * shorter list: an organisation that cannot be listed in full fails the run.
 */
export async function listOrganisation(options: ListOptions): Promise<OrgListing> {
  const client = await createClient(options.token, { ...clientSettings(), onRateLimitWait: options.log });
  waitOutRateLimits(client, options);
  const all: OrgRepository[] = [];
  let last: Record<string, string | number | undefined> = {};
  try {
    const pages = client.paginate.iterator(client.rest.repos.listForOrg, { org: options.organisation, type: 'all', per_page: 100 });
    for await (const page of pages) {
      last = page.headers as Record<string, string | number | undefined>;
      for (const repo of page.data as ApiRepository[]) all.push(fromApi(repo));
    }
  } catch (error) {
    if (error instanceof OrgListError) throw error;
    throw new OrgListError(explainListError(error as HttpError & { message?: string }, options.organisation));
  }
  if (last['x-ratelimit-remaining'] !== undefined) {
    options.log(`API rate limit: ${last['x-ratelimit-remaining']} of ${last['x-ratelimit-limit'] ?? '?'} requests left, resets at ${resetTime(last['x-ratelimit-reset'])}`);
  }
  return applyFilters(options.organisation, all, options.filters, (options.now ?? (() => new Date()))());
}

function fromApi(repo: ApiRepository): OrgRepository {
  return {
    fullName: repo.full_name,
    name: repo.name,
    url: repo.html_url,
    defaultBranch: repo.default_branch ?? null,
    archived: repo.archived === true,
    fork: repo.fork === true,
    visibility: repo.visibility ?? null,
    topics: Array.isArray(repo.topics) ? repo.topics.filter((t): t is string => typeof t === 'string') : [],
    pushedAt: repo.pushed_at ?? null,
    sizeKb: typeof repo.size === 'number' ? repo.size : 0,
  };
}

/**
 * Retries a request the API refused for its rate limit once the limit allows it again: the
 * primary limit says when it resets (x-ratelimit-reset), the secondary one how long to wait
 * (retry-after; GitHub asks for at least a minute when it says nothing).
 */
function waitOutRateLimits(client: Octokit, options: ListOptions): void {
  client.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const wait = rateLimitWait(error as HttpError, (options.now ?? (() => new Date()))());
        if (wait === undefined || attempt > 5) throw error;
        if (wait > options.maxWaitSeconds) {
          throw new OrgListError(
            `the API rate limit allows the next request in ${wait} s, more than --max-wait ${options.maxWaitSeconds} s: run the sweep later, raise max-wait, or use a GitHub App token (its limit grows with the organisation)`,
          );
        }
        options.log(`rate limited (${(error as HttpError).status}); waiting ${wait} s before retrying`);
        await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      }
    }
  });
}

/** Seconds to wait before retrying, or undefined when the error is not a rate limit. */
export function rateLimitWait(error: HttpError, now: Date): number | undefined {
  const status = error?.status;
  if (status !== 403 && status !== 429) return undefined;
  const headers = error.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter >= 0 && headers['retry-after'] !== undefined) return Math.ceil(retryAfter);
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    return Number.isFinite(reset) ? Math.max(1, Math.ceil(reset - now.getTime() / 1000)) : 60;
  }
  return status === 429 ? 60 : undefined;
}

function explainListError(error: HttpError & { message?: string }, organisation: string): string {
  const base = `could not list the repositories of ${organisation}`;
  switch (error?.status) {
    case 401:
      return `${base}: the token was rejected (401); pass a valid token`;
    case 403:
      return `${base}: the token may not list them (403); it needs read access to the organisation's repositories (Metadata: read)`;
    case 404:
      return `${base}: no such organisation, or the token cannot see it (404)`;
    default:
      return `${base}: ${error?.status ? `the API answered ${error.status}` : (error?.message ?? String(error)).split('\n')[0]}`;
  }
}

function resetTime(value: string | number | undefined): string {
  const seconds = Number(value);
  return Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : 'an unknown time';
}

function keeps(state: TriState, flag: boolean): boolean {
  return state === 'include' || (state === 'only' ? flag : !flag);
}

/** The filters, in a fixed order; each repository left out is counted once, under the first filter that dropped it. */
export function applyFilters(organisation: string, repositories: OrgRepository[], filters: RepositoryFilters, now: Date): OrgListing {
  const leftOut = { archived: 0, forks: 0, topics: 0, names: 0, limit: 0 };
  const include = filters.names.filter((p) => !p.startsWith('!'));
  const exclude = filters.names.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const topics = new Set(filters.topics.map((t) => t.toLowerCase()));
  const matches = (name: string, pattern: string): boolean => minimatch(name, pattern, { nocase: true, dot: true });
  const kept: OrgRepository[] = [];
  for (const repo of repositories) {
    if (!keeps(filters.archived, repo.archived)) leftOut.archived++;
    else if (!keeps(filters.forks, repo.fork)) leftOut.forks++;
    else if (topics.size > 0 && !repo.topics.some((t) => topics.has(t.toLowerCase()))) leftOut.topics++;
    else if ((include.length > 0 && !include.some((p) => matches(repo.name, p))) || exclude.some((p) => matches(repo.name, p))) leftOut.names++;
    else kept.push(repo);
  }
  // Name order makes `limit` and the batches the same from one run to the next.
  kept.sort((a, b) => (a.fullName.toLowerCase() < b.fullName.toLowerCase() ? -1 : a.fullName.toLowerCase() > b.fullName.toLowerCase() ? 1 : 0));
  if (filters.limit > 0 && kept.length > filters.limit) leftOut.limit = kept.splice(filters.limit).length;
  return { kind: LISTING_KIND, version: 1, organisation, listedAt: now.toISOString(), filters, listed: repositories.length, leftOut, repositories: kept };
}
