import { setFlagsFromString } from 'node:v8';

/**
 * Imported first by each entry point, so it runs before any other module of the bundle.
 *
 * A check ends within a second or two, and V8's optimizing compilers (TurboFan, and Maglev on
 * Node 22 and later) spend that time compiling the functions that turn hot on the way: CPU on
 * the runner's other core, which git's processes and markdownlint's worker need, for code a run
 * this short rarely calls often enough to earn it back. The interpreter and the baseline
 * compiler (Sparkplug) still run everything; only the optimizing tiers are off. Measured
 * round-robin on the bench's pull-request check and full sweep (README, Speed): less CPU and
 * less wall time on Node 20 and Node 24.
 */
setFlagsFromString('--no-opt');
setFlagsFromString('--no-maglev');
