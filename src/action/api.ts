import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** How long one API request may take (connect, headers and body) before it counts as unanswered. */
export const DEFAULT_TIMEOUT_MS = 20_000;
/** Further tries after the first, for answers that say "try again" and for requests that never got through. */
export const RETRIES = 2;
/** A Retry-After longer than this is not waited for: the run reports and the next run tries again. */
export const MAX_RETRY_AFTER_SECONDS = 30;

export interface ClientSettings {
  timeoutMs: number;
  retries: number;
  maxRetryAfterSeconds: number;
  /** told each time a rate limit is waited out (the org listing logs it) */
  onRateLimitWait?: (message: string) => void;
}

/** Settings from the environment: PARAMEDIC_API_TIMEOUT_MS shortens the timeout (tests, slow proxies lengthen it). */
export function clientSettings(env: NodeJS.ProcessEnv = process.env): ClientSettings {
  const timeout = Number(env.PARAMEDIC_API_TIMEOUT_MS);
  return { timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS, retries: RETRIES, maxRetryAfterSeconds: MAX_RETRY_AFTER_SECONDS };
}

/**
 * The API could not be talked to at all: no connection, or no answer in time. Distinct from an
 * HTTP status, so that the warning says what happened ("unreachable", "did not answer") instead
 * of the "500" the REST client reports for every failed fetch.
 */
export class ApiTransportError extends Error {
  readonly transport = true;
  constructor(
    readonly kind: 'unreachable' | 'timeout' | 'dropped',
    message: string,
  ) {
    super(message);
    this.name = 'ApiTransportError';
  }
}

/** An answer that is not what the API documents (a list answered with null): never read as "nothing there". */
export class MalformedAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedAnswerError';
  }
}

type Fetch = (url: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Network error codes that mean no request reached the server: safe to try again whatever the method. */
const NOT_CONNECTED: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
};

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function hostOf(url: string | URL | Request): string {
  try {
    const parsed = new URL(typeof url === 'string' || url instanceof URL ? url : url.url);
    return parsed.host;
  } catch {
    return 'the API';
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds to wait from a Retry-After header (seconds or an HTTP date), or null without one. */
function retryAfterSeconds(response: Response): number | null {
  const value = response.headers.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, (date - Date.now()) / 1000) : null;
}

/**
 * A fetch for the REST client with what GitHub's API needs from a well-behaved caller:
 * - every request (headers and body) has a timeout;
 * - bounded retries: a 429, a secondary rate limit or a 5xx is tried again after its
 *   Retry-After (when it is short) or a short back-off; a POST only when it cannot have been
 *   done (a 429, or no connection made), so a comment is never posted twice;
 * - once the API did not answer or could not be reached, later calls of the run fail at once
 *   with the same reason instead of each waiting out its own timeout.
 */
export function resilientFetch(base: Fetch, settings: ClientSettings, wait: (ms: number) => Promise<void> = sleep): Fetch {
  let down: ApiTransportError | undefined;
  return async (url, init) => {
    if (down) throw new ApiTransportError(down.kind, `${down.message}; not tried again in this run`);
    const method = (init?.method ?? 'GET').toUpperCase();
    const idempotent = method !== 'POST';
    const backoff = (attempt: number): number => Math.min(1000 * 2 ** (attempt - 1), settings.timeoutMs / 2);
    for (let attempt = 1; ; attempt++) {
      const last = attempt > settings.retries;
      let response: Response;
      try {
        response = await once(base, url, init, settings.timeoutMs);
      } catch (error) {
        const transport = classify(error, url, settings.timeoutMs, attempt);
        if (!last && (transport.kind === 'unreachable' || idempotent)) {
          await wait(backoff(attempt));
          continue;
        }
        down = transport;
        throw transport;
      }
      const status = response.status;
      const rateLimited = status === 429 || (status === 403 && response.headers.has('retry-after'));
      if (!last && (rateLimited || (idempotent && status >= 500))) {
        const after = retryAfterSeconds(response);
        if (after === null || after <= settings.maxRetryAfterSeconds) {
          const ms = after === null ? backoff(attempt) : after * 1000;
          if (rateLimited) settings.onRateLimitWait?.(`rate limited (${status}); waiting ${Math.ceil(ms / 1000)} s before retrying`);
          await wait(ms);
          continue;
        }
      }
      if (attempt > 1) response.headers.set('x-paramedic-attempts', String(attempt));
      return response;
    }
  };
}

/** One request with its whole answer read inside the timeout. */
async function once(base: Fetch, url: string | URL | Request, init: RequestInit | undefined, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const answer = await base(url, { ...init, signal: controller.signal });
    const empty = answer.status === 204 || answer.status === 205 || answer.status === 304;
    const body = empty ? null : await answer.arrayBuffer();
    return new Response(body, { status: answer.status, statusText: answer.statusText, headers: [...answer.headers] });
  } catch (error) {
    if (controller.signal.aborted) throw new TimeoutSignal();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

class TimeoutSignal extends Error {}

function classify(error: unknown, url: string | URL | Request, timeoutMs: number, attempts: number): ApiTransportError {
  const host = hostOf(url);
  const tries = attempts > 1 ? ` (${attempts} tries)` : '';
  if (error instanceof TimeoutSignal) return new ApiTransportError('timeout', `GitHub's API at ${host} did not answer within ${timeoutMs / 1000} s${tries}`);
  const code = errorCode(error);
  if (code && NOT_CONNECTED[code]) return new ApiTransportError('unreachable', `GitHub's API at ${host} is unreachable (${NOT_CONNECTED[code]})${tries}`);
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return new ApiTransportError('dropped', `the connection to GitHub's API at ${host} failed (${detail.slice(0, 120)})${tries}`);
}

/**
 * A REST client; GITHUB_API_URL (GitHub Enterprise, or a local test server) is honoured by the
 * toolkit, and so is its proxy setting. Loaded on first use: the REST stack is most of the
 * bundle, and a run without a token or repository never needs it.
 */
export async function createClient(token: string, settings: ClientSettings = clientSettings()): Promise<Octokit> {
  const [{ getOctokit }, { defaults }] = await Promise.all([import('@actions/github'), import('@actions/github/lib/utils')]);
  const proxyFetch = (defaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch;
  return getOctokit(token, { request: { ...defaults.request, fetch: resilientFetch(proxyFetch, settings) } });
}

export function repoFromEnv(env: NodeJS.ProcessEnv = process.env): RepoRef | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo ? { owner, repo } : undefined;
}

/** The ceiling on pages read from one list: 10,000 items. */
const MAX_PAGES = 100;

/**
 * Every item of a paginated list. Each page must be a JSON array of objects: a page answered
 * with null, an object or junk is an error, never "the list is empty" (that would make a
 * second sticky comment or tracking issue).
 */
export async function listAll<T extends object>(client: Octokit, route: string, params: Record<string, unknown>, what: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const response = await client.request(route, { ...params, per_page: 100, page });
    const data: unknown = response.data;
    if (!Array.isArray(data) || data.some((item) => !item || typeof item !== 'object')) {
      throw new MalformedAnswerError(`GitHub answered the request for the ${what} with ${describe(data)}, not a list`);
    }
    items.push(...(data as T[]));
    const link = String((response.headers as Record<string, unknown>).link ?? '');
    if (data.length === 0 || !/rel="next"/.test(link)) return items;
  }
  return items;
}

function describe(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'a list holding something other than objects';
  if (typeof data === 'string') return data.trim() ? 'text' : 'an empty answer';
  return typeof data === 'object' ? 'an object' : String(typeof data);
}

interface HttpErrorLike {
  status?: number;
  message?: string;
  cause?: unknown;
  response?: { headers?: Record<string, string | undefined> };
}

/** The transport failure behind an error, whether thrown as is or wrapped by the REST client. */
export function transportFailure(error: unknown): ApiTransportError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    if ((current as { transport?: unknown }).transport === true) return current as ApiTransportError;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Turns a failed side-channel call into a warning that says what to fix. The verdict
 * never depends on these calls: a fork PR's read-only token, a missing permission or
 * an API hiccup must not turn a passing check red (or a failing one green).
 */
export function explainApiError(error: unknown, what: string, permission: string): string {
  const base = `Paramedic could not ${what}`;
  const transport = transportFailure(error);
  if (transport) return `${base}: ${transport.message}. The report is in the job summary; the next run will try again.`;
  if (error instanceof MalformedAnswerError) return `${base}: ${error.message}; nothing was written. The report is in the job summary.`;
  const e = error as HttpErrorLike;
  const status = e?.status;
  const headers = e?.response?.headers ?? {};
  const tries = headers['x-paramedic-attempts'] ? ` (tried ${headers['x-paramedic-attempts']} times)` : '';
  if (status === 403 && headers['x-ratelimit-remaining'] === '0') {
    return `${base}: the API rate limit is exhausted (resets at ${new Date(Number(headers['x-ratelimit-reset'] ?? 0) * 1000).toISOString()}). The report is in the job summary.`;
  }
  if (status === 429) {
    const after = headers['retry-after'] ? `; GitHub asked to wait ${headers['retry-after']} s` : '';
    return `${base}: rate limited by the API (429)${after}${tries}. The report is in the job summary; the next run will retry.`;
  }
  if (status === 401) return `${base}: the token was rejected (401). Check the \`token\` input.`;
  if (status === 403) {
    return `${base}: the token lacks permission (403). Add \`permissions: ${permission}\` to the job; pull requests from forks get a read-only token, so there the report stays in the job summary.`;
  }
  if (status === 404) return `${base}: not found (404). The token may lack \`${permission}\`, or the pull request/issue no longer exists.`;
  if (status === 422) return `${base}: the API refused the request (422: ${firstLine(e?.message)}).`;
  if (status && status >= 500) return `${base}: GitHub answered ${status}; the next run will retry. The report is in the job summary${tries}.`;
  return `${base}: ${firstLine(e?.message) || String(error)}`;
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split(/\r\n|[\n\r\u2028\u2029]/)[0]!.slice(0, 200);
}
