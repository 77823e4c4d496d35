import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * A REST client; GITHUB_API_URL (GitHub Enterprise, or a local test server) is honoured by the
 * toolkit. Loaded on first use: the REST stack is most of the bundle, and a run without a
 * token or repository (a local try, a sweep with every side channel off) never needs it.
 */
export async function createClient(token: string): Promise<Octokit> {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, { request: { retries: 0 } });
}

export function repoFromEnv(env: NodeJS.ProcessEnv = process.env): RepoRef | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo ? { owner, repo } : undefined;
}

interface HttpErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

/**
 * Turns a failed side-channel call into a warning that says what to fix. The verdict
 * never depends on these calls: a fork PR's read-only token, a missing permission or
 * an API hiccup must not turn a passing check red (or a failing one green).
 */
export function explainApiError(error: unknown, what: string, permission: string): string {
  const e = error as HttpErrorLike;
  const status = e?.status;
  const headers = e?.response?.headers ?? {};
  const base = `Paramedic could not ${what}`;
  if (status === 403 && headers['x-ratelimit-remaining'] === '0') {
    return `${base}: the API rate limit is exhausted (resets at ${new Date(Number(headers['x-ratelimit-reset'] ?? 0) * 1000).toISOString()}). The report is in the job summary.`;
  }
  if (status === 429) return `${base}: rate limited by the API (429). The report is in the job summary; the next run will retry.`;
  if (status === 401) return `${base}: the token was rejected (401). Check the \`token\` input.`;
  if (status === 403) {
    return `${base}: the token lacks permission (403). Add \`permissions: ${permission}\` to the job; pull requests from forks get a read-only token, so there the report stays in the job summary.`;
  }
  if (status === 404) return `${base}: not found (404). The token may lack \`${permission}\`, or the pull request/issue no longer exists.`;
  if (status === 422) return `${base}: the API refused the request (422: ${firstLine(e?.message)}).`;
  if (status && status >= 500) return `${base}: GitHub answered ${status}; the next run will retry. The report is in the job summary.`;
  return `${base}: ${firstLine(e?.message) || String(error)}`;
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0]!.slice(0, 200);
}
