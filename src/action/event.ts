import { readFileSync } from 'node:fs';

export interface RunnerEvent {
  name: string;
  payload: Record<string, unknown>;
}

/** The event that started the job, from GITHUB_EVENT_NAME and the payload file. */
export function readRunnerEvent(env: NodeJS.ProcessEnv = process.env): RunnerEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  return { name, payload };
}

interface PullRequestPayload {
  number?: number;
  head?: { ref?: string; sha?: string; repo?: { full_name?: string } | null };
  base?: { ref?: string; sha?: string; repo?: { full_name?: string } | null };
}

/** The pull request the event is about, when there is one. */
export function pullRequestOf(event: RunnerEvent): PullRequestPayload | undefined {
  const pr = event.payload.pull_request as PullRequestPayload | undefined;
  return pr && typeof pr.number === 'number' ? pr : undefined;
}

export function defaultBranchOf(event: RunnerEvent): string | undefined {
  const repo = event.payload.repository as { default_branch?: string } | undefined;
  return repo?.default_branch;
}
