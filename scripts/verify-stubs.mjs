#!/usr/bin/env node
/**
 * `npm run verify-stubs`: drafts the stub of every deployment variant in __tests__/helpers/variants.ts
 * and runs each of its commands with the real tools (see __tests__/verify-stubs.test.ts), then
 * prints the figures: commands run, how each was checked, what worked, the stubs' lengths, and
 * the tools this machine does not have. Exits non-zero when the suite fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENTED_TOOLS } from './stub-syntax.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(tmpdir(), 'verify-stubs-report-'));
const reportFile = path.join(dir, 'report.json');
const run = spawnSync('npx', ['vitest', 'run', '__tests__/verify-stubs.test.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, VERIFY_STUBS: '1', VERIFY_STUBS_REPORT: reportFile } });
if (!existsSync(reportFile)) {
  console.error('verify-stubs: no report was written');
  process.exit(run.status ?? 1);
}
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
rmSync(dir, { recursive: true, force: true });
const lengths = Object.values(report.lengths).sort((a, b) => a - b);
const median = lengths[Math.floor(lengths.length / 2)];
console.log('');
console.log(`verify-stubs: ${report.worked} of ${report.commands} commands worked (${report.percent}%) in ${report.seconds} s`);
console.log(`  checked: ${Object.entries(report.byHow).map(([how, n]) => `${n} ${how}`).join(', ')}`);
console.log(`  stub lengths (lines): min ${lengths[0]}, median ${median}, max ${lengths[lengths.length - 1]} over ${lengths.length} variants`);
console.log(`  against documented syntax (not packaged by Debian): ${DOCUMENTED_TOOLS.join(', ')}`);
for (const missing of [...report.missingServers, ...report.missingTools]) console.log(`  not installed here, so not run: ${missing}`);
for (const f of report.failures) console.log(`  FAILED ${f.variant} step ${f.step}: ${f.run}\n    ${f.detail}`);
process.exit(run.status ?? 1);
