import { parentPort, workerData } from 'node:worker_threads';
import type { Configuration } from 'markdownlint';
import { lint } from 'markdownlint/promise';

/** What markdownlint.ts hands a worker thread: the plan text, its path and a resolved config. */
export interface MarkdownlintTask {
  task: 'markdownlint';
  text: string;
  planPath: string;
  config: Configuration;
}

/**
 * The work a bundle does when it is started as a worker thread rather than as the action or the
 * CLI: markdownlint over the plan, on the second core while the main thread scans the repository.
 * The bundle starts itself as the worker (no second bundle to build and ship); its entry point
 * calls this instead of its main when it is not the main thread. Posts the lint errors as
 * markdownlint reports them.
 */
export async function runWorkerTask(): Promise<void> {
  const { text, planPath, config } = workerData as MarkdownlintTask;
  const results = await lint({ strings: { [planPath]: text }, config });
  parentPort?.postMessage(results[planPath] ?? []);
}
