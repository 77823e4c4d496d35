/** The action's entry point (dist/index.js); as a worker thread it runs lint work (src/lint/worker-task.ts). */
import { isMainThread } from 'node:worker_threads';
import { run } from './action/main.js';
import { runWorkerTask } from './lint/worker-task.js';

void (isMainThread ? run() : runWorkerTask());
