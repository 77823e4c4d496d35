import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { it, type TestFunction } from 'vitest';
import { findShellcheck } from '../../src/lint/shellcheck.js';

/**
 * Tests that need the real shellcheck. "Absent" means what Paramedic itself decides: no
 * shellcheck that findShellcheck would run (a trusted binary on PATH, or the npm wrapper
 * through npx without installing anything). Then these tests skip with a note naming
 * shellcheck, so `npm test` passes on a laptop without it; under CI=true (CI installs
 * shellcheck) they fail instead, so CI can never go green without running them.
 */
const probeRoot = mkdtempSync(path.join(tmpdir(), 'paramedic-sc-probe-'));
const refusals: string[] = [];
const found = await findShellcheck('', probeRoot, (why) => refusals.push(why));
rmSync(probeRoot, { recursive: true, force: true });

export const SHELLCHECK_FOUND = found !== undefined;

const WHY = `shellcheck not found (PATH, npx${refusals.length ? `; ${refusals.join('; ')}` : ''})`;
const REQUIRED = process.env.CI === 'true';

if (!SHELLCHECK_FOUND) {
  process.stderr.write(
    REQUIRED
      ? `[paramedic tests] ${WHY}: CI=true, so the tests that need it FAIL. Install it: apt-get install shellcheck\n`
      : `[paramedic tests] ${WHY}: the tests that need it are skipped. Install it (apt-get install shellcheck / brew install shellcheck) to run them.\n`,
  );
}

/** `it`, for a test that runs shellcheck: skipped visibly without it, failed under CI=true. */
export function itWithShellcheck(name: string, fn: TestFunction, timeout?: number): void {
  if (SHELLCHECK_FOUND) it(name, fn, timeout);
  else if (REQUIRED)
    it(name, () => {
      throw new Error(`${WHY}; CI=true requires it (CI installs shellcheck): apt-get install shellcheck`);
    });
  else it.skip(`${name} [skipped: ${WHY}]`, fn, timeout);
}
