#!/usr/bin/env node
import { isMainThread } from 'node:worker_threads';
import { runWorkerTask } from '../lint/worker-task.js';
import { runCli } from './index.js';

// Started as a worker thread by its own lint (src/lint/worker-task.ts), the bundle does that work.
if (!isMainThread) void runWorkerTask();
else runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`paramedic: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
