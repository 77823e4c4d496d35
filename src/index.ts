/** The action's entry point (dist/index.js). */
// First: V8's optimizing tiers are off before any other module runs (short-run-tiers.ts says why);
// @actions/core's crypto is loaded before they change, as the tiers module loads the others.
import 'node:crypto';
import './util/short-run-tiers.js';
import { run } from './action/main.js';

void run();
