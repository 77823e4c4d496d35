// Node's own modules a run loads, loaded before the flags change below: Node's built-in modules
// ship with a code cache made under the default flags, V8 refuses a cache made under other
// flags, and a built-in first loaded after the change was compiled from source (about 20 ms for
// a check's worth of them, measured).
import 'node:child_process';
import 'node:fs/promises';
import 'node:os';
import 'node:worker_threads';
import 'node:zlib';
import { setFlagsFromString } from 'node:v8';

/**
 * Imported by the entry points of a check (the action, and the CLI's check, scan and draft)
 * before any other module of the bundle runs.
 *
 * A check ends within a second or two, and V8's optimizing compilers (TurboFan, and Maglev on
 * Node 22 and later) spend that time compiling the functions that turn hot on the way: CPU on
 * the runner's other core, which git's processes and markdownlint's worker need, for code a run
 * this short rarely calls often enough to earn it back. The interpreter and the baseline
 * compiler (Sparkplug) still run everything; only the optimizing tiers are off. Measured
 * round-robin on the bench's pull-request check and full sweep (README, Speed): about a fifth
 * less CPU and less wall time on Node 20 and Node 24.
 */
setFlagsFromString('--no-opt');
setFlagsFromString('--no-maglev');

/**
 * A run that is not short after all (a sweep of a very large monorepo, a huge manifest) gets the
 * optimizing tiers back: hot code runs about four times slower without them (measured on a
 * numeric loop, Node 20 and 24), and V8 honours the flags turned back on at run time. The timer
 * does not keep the process alive. Maglev is on by default only from Node 22 (V8 12), so it is
 * restored only there.
 */
const LONG_RUN_MS = 2_000;
const MAGLEV_BY_DEFAULT = Number(process.versions.v8.split('.')[0]) >= 12;
setTimeout(() => {
  setFlagsFromString('--opt');
  if (MAGLEV_BY_DEFAULT) setFlagsFromString('--maglev');
}, LONG_RUN_MS).unref();
