#!/usr/bin/env node
import { escapeLogLines } from '../util/log-text.js';
import { runCli } from './index.js';

const argv = process.argv.slice(2);
// A check, scan or draft runs with V8's optimizing tiers off (short-run-tiers.ts says why); help,
// the version and the organisation commands (long sweeps of many repositories) keep them.
const shortRun = argv[0] !== 'org' && argv[0] !== 'report' && !argv.some((arg) => arg === '--help' || arg === '-h' || arg === '--version');
(shortRun ? import('../util/short-run-tiers.js') : Promise.resolve()).then(() => runCli(argv)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(escapeLogLines(`paramedic: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`));
    process.exitCode = 2;
  },
);
