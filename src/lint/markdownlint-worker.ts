/**
 * markdownlint in a worker thread, bundled on its own beside the action and the CLI
 * (scripts/build.mjs): it lints the plan on the second core while the main thread scans the
 * repository. Input and output are plain data: the plan text, its path, a resolved config; the
 * lint errors as markdownlint reports them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Configuration } from 'markdownlint';
import { lint } from 'markdownlint/promise';

const { text, planPath, config } = workerData as { text: string; planPath: string; config: Configuration };
const results = await lint({ strings: { [planPath]: text }, config });
parentPort?.postMessage(results[planPath] ?? []);
