import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, REPO_ROOT, tempDir } from './helpers/repo.js';

/**
 * The shellcheck gate itself, on a machine without shellcheck: vitest runs one real test that
 * needs it, with a PATH that holds only node (no shellcheck, no npx). Without CI it must be
 * reported skipped with a note naming shellcheck; with CI=true it must fail.
 */

afterAll(cleanupTempDirs);

interface JsonReport {
  numFailedTests: number;
  numPendingTests: number;
  numPassedTests: number;
  testResults: Array<{ assertionResults: Array<{ title: string; status: string; failureMessages: string[] }> }>;
}

async function vitestWithoutShellcheck(ci: boolean): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const bin = path.join(tempDir('paramedic-nosc-'), 'bin');
  mkdirSync(bin);
  symlinkSync(process.execPath, path.join(bin, 'node'));
  const out = path.join(path.dirname(bin), 'report.json');
  const env: Record<string, string> = { PATH: bin, HOME: process.env.HOME ?? path.dirname(bin), ...(ci ? { CI: 'true' } : {}) };
  const args = [path.join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '__tests__/lint.test.ts', '-t', 'runs the real binary', '--reporter=json', `--outputFile=${out}`];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.resume();
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  return { code, report: JSON.parse(readFileSync(out, 'utf8')) as JsonReport, stderr };
}

const named = (report: JsonReport): Array<{ title: string; status: string; failureMessages: string[] }> =>
  report.testResults.flatMap((f) => f.assertionResults).filter((t) => t.title.startsWith('runs the real binary'));

describe('tests that need shellcheck, on a machine without it', () => {
  it('are reported skipped with a note naming shellcheck, and the run passes', async () => {
    const { code, report, stderr } = await vitestWithoutShellcheck(false);
    expect(code, stderr).toBe(0);
    const [test] = named(report);
    expect(test?.status).toBe('skipped');
    expect(test?.title).toMatch(/\[skipped: shellcheck not found \(PATH, npx\)\]$/);
    expect(report.numFailedTests).toBe(0);
    expect(stderr).toMatch(/shellcheck not found \(PATH, npx\): the tests that need it are skipped/);
  });

  it('fail under CI=true, where CI installs shellcheck', async () => {
    const { code, report } = await vitestWithoutShellcheck(true);
    expect(code).toBe(1);
    const [test] = named(report);
    expect(test?.status).toBe('failed');
    expect(test?.failureMessages.join('\n')).toMatch(/shellcheck not found \(PATH, npx\); CI=true requires it/);
  });
});
