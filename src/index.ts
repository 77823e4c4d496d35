/** The action's entry point (dist/index.js). */
import { run } from './action/main.js';

void run();
