#!/usr/bin/env node
import { escapeLogLines } from '../util/log-text.js';
import { runCli } from './index.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(escapeLogLines(`paramedic: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`));
    process.exitCode = 2;
  },
);
