/** The action's entry point (dist/index.js). */
// First: V8's optimizing tiers are off before any other module runs (short-run-tiers.ts says why).
import './util/short-run-tiers.js';
import { run } from './action/main.js';

void run();
