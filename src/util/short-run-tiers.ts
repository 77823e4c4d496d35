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
