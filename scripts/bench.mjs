// `npm run bench`: the speed and memory targets, as ratios measured in one run.
// Generates two synthetic repositories in .bench/ (gitignored), then prints medians.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRepo } from './bench-fixtures.mjs';
import { runDashboardBench } from './bench-dashboard.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, '.bench');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const ACTION = path.join(ROOT, 'dist', 'index.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function time(cmd, args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  }
  return ms;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function measure(label, fn) {
  fn(); // warm the page cache and git's index
  const samples = Array.from({ length: RUNS }, fn);
  const m = median(samples);
  console.error(`  ${label}: median ${m.toFixed(1)} ms over ${RUNS} runs`);
  return m;
}

if (!existsSync(CLI)) throw new Error('dist/ is missing: run npm run build');
mkdirSync(BENCH, { recursive: true });
console.error('generating synthetic repositories in .bench/ ...');
const large = generateRepo(path.join(BENCH, 'large'), { totalFiles: 20_000, packages: 1_000 });
const small = generateRepo(path.join(BENCH, 'small'), { totalFiles: 1_000, packages: 50 });
const empty = path.join(BENCH, 'empty');
rmSync(empty, { recursive: true, force: true });
mkdirSync(empty);
spawnSync('git', ['init', '-q'], { cwd: empty });
console.error(`large: ${large.files} files; small: ${small.files} files; same 50-file diff`);

const prCheck = (repo) => () => time(process.execPath, [CLI, 'check', repo.root, '--base', repo.base, '--head', repo.head, '--json'], { cwd: repo.root });
const prLarge = measure('PR check, large', prCheck(large));
const prSmall = measure('PR check, small', prCheck(small));

const sweep = () => time(process.execPath, [CLI, 'check', large.root, '--json'], { cwd: large.root });
const sweepLarge = measure('full sweep, large', sweep);

// The I/O floor: list tracked files with one git call and read every file a scanner must read.
const floorScript = `
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const files = execFileSync('git', ['ls-files', '-z'], { cwd: process.argv[1], maxBuffer: 1 << 28 }).toString().split('\\0');
const claimed = /(^|\\/)(package\\.json|\\.env\\.example|docker-compose\\.yml|[^/]+\\.tf|DISASTER_RECOVERY\\.md)$/;
let bytes = 0;
for (const f of files) if (f && claimed.test(f)) bytes += readFileSync(process.argv[1] + '/' + f).length;
`;
const floor = measure('I/O floor (git ls-files + read manifests)', () => time(process.execPath, ['-e', floorScript, large.root]));

const startupEnv = { ...process.env, GITHUB_WORKSPACE: empty, 'INPUT_MODE': 'sweep', 'INPUT_COMMENT': 'false', GITHUB_EVENT_NAME: 'workflow_dispatch' };
for (const k of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_EVENT_PATH']) delete startupEnv[k];
const startup = measure('node dist/index.js, nothing to do', () => time(process.execPath, [ACTION], { cwd: empty, env: startupEnv }));
const nodeBare = measure('node -e 0', () => time(process.execPath, ['-e', '0']));
// The sweep's parts, to show where a miss comes from: bundle start-up, discovery, then the plan.
const cliStart = measure('paramedic --help (bundle start-up)', () => time(process.execPath, [CLI, '--help']));
const scanLarge = measure('paramedic scan, large (discovery only)', () => time(process.execPath, [CLI, 'scan', large.root, '--json'], { cwd: large.root }));
// The one `git grep` for imports and variable reads (src/discover/usage.ts), as the scan times it.
const usageMs = median(Array.from({ length: RUNS }, () => {
  const out = spawnSync(process.execPath, [CLI, 'scan', large.root, '--json'], { cwd: large.root, encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(out.stdout).usageMs ?? 0;
}));
console.error(`  usage grep inside the large scan: median ${usageMs.toFixed(1)} ms`);

const rssFile = path.join(BENCH, 'rss');
time(process.execPath, ['--import', path.join(ROOT, 'scripts', 'bench-rss.mjs'), CLI, 'check', large.root, '--json'], {
  cwd: large.root,
  env: { ...process.env, PARAMEDIC_BENCH_RSS_FILE: rssFile },
});
const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024 / 1024;

const rows = [
  ['PR-mode check: large repo / small repo (same 50-file diff)', prLarge / prSmall, '≤ 1.3', prLarge / prSmall <= 1.3],
  ['Full sweep of the large repo / I/O floor', sweepLarge / floor, '≤ 2', sweepLarge / floor <= 2],
  ['`node dist/index.js` with nothing to do / `node -e 0`', startup / nodeBare, 'report', true],
  ['Peak RSS of the full sweep (MB)', rssMb, '< 200', rssMb < 200],
];
console.log('| Measure | Result | Target | Met |');
console.log('|---|---|---|---|');
for (const [name, value, target, met] of rows) console.log(`| ${name} | ${value.toFixed(2)} | ${target} | ${met ? 'yes' : 'NO'} |`);
console.log(`\n${large.files} and ${small.files} files; medians of ${RUNS} runs; Node ${process.version}, ${process.platform}.`);
console.log('\nWhere the full sweep of the large repo goes (medians, ms):\n');
console.log('| Part | ms |');
console.log('|---|---|');
for (const [name, ms] of [
  ['I/O floor (for scale)', floor],
  ['Node start-up (`node -e 0`)', nodeBare],
  ['Loading the bundle (`--help` minus Node)', cliStart - nodeBare],
  ['Discovery: list, read, parse, match (`scan` minus `--help`)', scanLarge - cliStart],
  ['… of which the usage grep (imports, variable reads)', usageMs],
  ['Plan: parse, coverage, lint incl. markdownlint and shellcheck (`check` minus `scan`)', sweepLarge - scanLarge],
  ['Full sweep', sweepLarge],
]) console.log(`| ${name} | ${ms.toFixed(0)} |`);
process.exitCode = rows.every((r) => r[3]) ? 0 : 1;
if (!(await runDashboardBench({ root: ROOT, dir: path.join(BENCH, 'dashboard'), runs: RUNS }))) process.exitCode = 1;
