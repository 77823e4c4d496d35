/**
 * What a run costs beyond starting Node (issue 15), held as counts rather than times: the modules
 * `paramedic --help` loads, and the git processes a pull-request check starts (GIT_TRACE). The
 * times themselves are in `npm run bench`, as ratios.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, commit, gitIn, makeRepo, REPO_ROOT, tempDir } from './helpers/repo.js';

afterAll(cleanupTempDirs);

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

/** The bundle's files a CLI run (or, given `env`, an action run) loads, by a module hook that logs every file URL it loads. */
function loadedFiles(args: string[], env?: NodeJS.ProcessEnv): { files: string[]; status: number | null; stdout: string } {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'hooks.mjs'), "export async function load(url, context, next) {\n  if (url.startsWith('file:')) process.stderr.write(`LOADED ${url}\\n`);\n  return next(url, context);\n}\n");
  writeFileSync(path.join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
  const result = spawnSync(process.execPath, ['--import', path.join(dir, 'register.mjs'), ...(env ? [] : [CLI]), ...args], { encoding: 'utf8', ...(env ? { env, cwd: env.GITHUB_WORKSPACE } : {}) });
  const files = result.stderr
    .split('\n')
    .filter((line) => line.startsWith('LOADED '))
    .map((line) => fileURLToPath(line.slice('LOADED '.length)));
  return { files, status: result.status, stdout: result.stdout };
}

const bytes = (files: string[]): number => files.reduce((sum, file) => sum + statSync(file).size, 0);

describe('the CLI loads only what its command needs', () => {
  it('--help reads its arguments and loads no stage: a few KB of the bundle, not the check', () => {
    const { files, status } = loadedFiles(['--help']);
    expect(status).toBe(0);
    expect(files[0]).toBe(CLI);
    // The whole CLI is well over a megabyte; the entry and its small helpers are a few KB.
    expect(bytes(files)).toBeLessThan(32 * 1024);
    expect(files.every((file) => !readFileSync(file, 'utf8').includes('function checkRepository('))).toBe(true);
  });

  it('a usage error loads no stage either', () => {
    const { files, status } = loadedFiles(['check', '--head', 'HEAD']);
    expect(status).toBe(2);
    expect(bytes(files)).toBeLessThan(32 * 1024);
  });

  it('check loads the pipeline when it runs one', () => {
    const dir = makeRepo({ 'package.json': '{"dependencies":{"pg":"^8.0.0"}}\n' });
    const { files, status } = loadedFiles(['check', dir, '--json', '--fail-on', 'never']);
    expect(status).toBe(0);
    expect(files.some((file) => readFileSync(file, 'utf8').includes('function checkRepository('))).toBe(true);
  });
});

describe('the action with nothing to do loads only what it needs', () => {
  /** The action on a runner: a sweep of an empty repository, no token, no job summary file. */
  function idleAction(): { files: string[]; status: number | null; stdout: string } {
    const workspace = tempDir();
    gitIn(workspace, 'init', '-q');
    const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_WORKSPACE: workspace, INPUT_MODE: 'sweep', INPUT_COMMENT: 'false', GITHUB_EVENT_NAME: 'workflow_dispatch' };
    for (const key of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_EVENT_PATH', 'GITHUB_TOKEN', 'INPUT_TOKEN']) delete env[key];
    return loadedFiles([path.join(REPO_ROOT, 'dist', 'index.js')], env);
  }

  it('never loads the HTTP client (undici): @actions/core reaches it only through getIDToken', () => {
    const { files, status, stdout } = idleAction();
    expect(status).toBe(0);
    expect(stdout).toContain('no critical dependencies found');
    expect(files.some((file) => file.endsWith(`${path.sep}index.js`))).toBe(true);
    expect(files.filter((file) => readFileSync(file, 'utf8').includes('node_modules/undici/'))).toEqual([]);
  });

  it('loads neither discovery (an empty tree has nothing to scan), nor the drafting stage, nor the SARIF writer', () => {
    const { files, status } = idleAction();
    expect(status).toBe(0);
    const holding = (code: string): string[] => files.filter((file) => readFileSync(file, 'utf8').includes(code));
    expect(holding('function collectSignals(')).toEqual([]);
    expect(holding('function draftForGaps(')).toEqual([]);
    expect(holding('function sarifText(')).toEqual([]);
    expect(holding('function diffDependencies(')).toEqual([]);
  });

  it('loads no YAML library: with neither a config file nor a rules folder there is no YAML to read', () => {
    const { files, status } = idleAction();
    expect(status).toBe(0);
    // A message of the yaml package's parser, in whichever chunk the bundle puts it.
    expect(files.filter((file) => readFileSync(file, 'utf8').includes('Implicit keys need to be on a single line'))).toEqual([]);
  });
});

/** Every git command a run started, from git's own trace (one `built-in:` or `exec:` line each). */
function gitCommands(dir: string, args: string[]): string[] {
  const trace = path.join(tempDir(), 'trace.log');
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_TRACE: trace } });
  expect(result.status, result.stderr).not.toBe(2);
  return readFileSync(trace, 'utf8')
    .split('\n')
    .map((line) => /trace: built-in: git (.*)$/.exec(line)?.[1])
    .filter((command): command is string => command !== undefined)
    .map((command) => command.replace(/'/g, ''));
}

describe('a pull-request check starts few git processes', () => {
  it('one cat-file --batch for both revisions, one tree listing, merge base in one call, no ls-files', () => {
    const dir = makeRepo({
      'DISASTER_RECOVERY.md': '# Plan\n\n## Scenario: PostgreSQL outage\n\n1. Restore: `pg_restore -d "$DATABASE_URL" dump.sql`\n',
      'package.json': '{"name":"shop","dependencies":{"pg":"^8.0.0"}}\n',
      'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n',
      '.env.example': 'DATABASE_URL=\n',
      'src/db.ts': "import pg from 'pg';\nexport const pool = new pg.Pool();\n",
    });
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    // Adds Redis and Stripe: both sides are read, the base lookup greps, the usage grep runs at head.
    const head = commit(dir, {
      'package.json': '{"name":"shop","dependencies":{"pg":"^8.0.0","ioredis":"^5.0.0","stripe":"^16.0.0"}}\n',
      '.env.example': 'DATABASE_URL=\nREDIS_URL=\nSTRIPE_SECRET_KEY=\n',
      'src/pay.ts': "import Stripe from 'stripe';\nexport const s = new Stripe(process.env.STRIPE_SECRET_KEY!);\n",
    });
    const commands = gitCommands(dir, ['check', dir, '--base', base, '--head', head, '--json']);
    const named = (pattern: RegExp): string[] => commands.filter((c) => pattern.test(c));
    expect(named(/^cat-file --batch\b/)).toHaveLength(1);
    expect(named(/\bls-tree\b/)).toHaveLength(1);
    expect(named(/^merge-base\b/)).toHaveLength(1);
    expect(named(/\bls-files\b/)).toEqual([]);
    expect(named(/^(rev-parse|remote|cat-file -e)\b/)).toEqual([]);
    // merge-base, ls-tree, diff, cat-file, the base lookup's grep and the usage grep.
    expect(commands.length, commands.join('\n')).toBeLessThanOrEqual(6);
    const run = spawnSync(process.execPath, [CLI, 'check', dir, '--base', base, '--head', head, '--json'], { cwd: dir, encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { gaps: string[]; dependencies: Array<{ id: string }> };
    expect(report.dependencies.map((d) => d.id)).toEqual(expect.arrayContaining(['redis', 'stripe']));
    expect(report.gaps).toContain('stripe');
  });

  it('a revision that is not in the clone still takes the full steps (and names it)', () => {
    const dir = makeRepo({ 'package.json': '{"name":"shop"}\n' });
    const head = gitIn(dir, 'rev-parse', 'HEAD').trim();
    const missing = 'f'.repeat(40);
    const result = spawnSync(process.execPath, [CLI, 'check', dir, '--base', missing, '--head', head, '--json'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`--base ${missing}`);
  });
});

describe("V8's optimizing compilers stay off for a run this short", () => {
  // A sweep of 200 manifests had hundreds of functions compiled by TurboFan (Node 20) or Maglev
  // (Node 22+) before; now only a few of Node's own, run before the entry's first module, may be.
  it('a check compiles (almost) nothing with an optimizing tier, as --trace-opt shows', () => {
    const files: Record<string, string> = { '.env.example': 'DATABASE_URL=\nREDIS_URL=\n', 'DISASTER_RECOVERY.md': '# Plan\n\n## Scenario: PostgreSQL outage\n\n1. Restore the latest snapshot.\n' };
    for (let i = 0; i < 200; i++) files[`packages/p${i}/package.json`] = `{"name":"p${i}","dependencies":{"${i % 2 ? 'pg' : 'ioredis'}":"^8.0.0","express":"^4.0.0"}}\n`;
    const dir = makeRepo(files);
    const run = spawnSync(process.execPath, ['--trace-opt', CLI, 'check', dir, '--json', '--fail-on', 'never'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(run.status).toBe(0);
    const compiled = run.stdout.split('\n').filter((line) => line.startsWith('[compiling method'));
    expect(compiled.length, compiled.join('\n')).toBeLessThan(5);
  });

  it('a run that goes on past two seconds gets them back (--trace-opt shows hot code compiled only after the switch)', () => {
    // The bundled module that switches the tiers, imported by a script whose hot loop runs for
    // 3 s in event-loop turns, printing when each turn starts: V8's own trace says when it optimizes.
    const chunk = readdirSync(path.join(REPO_ROOT, 'dist')).map((name) => path.join(REPO_ROOT, 'dist', name)).find((file) => file.endsWith('.js') && /setFlagsFromString\(["']--opt["']\)/.test(readFileSync(file, 'utf8')));
    expect(chunk, 'the bundle holds the module that switches the tiers back').toBeDefined();
    const script = [
      `await import(${JSON.stringify(pathToFileURL(chunk!).href)});`,
      'function hot(n) { let s = 0; for (let i = 0; i < n; i++) s += Math.sqrt(i) % 7; return s; }',
      'const start = performance.now();',
      'while (performance.now() - start < 3000) { console.log(`turn ${Math.round(performance.now() - start)}`); for (let k = 0; k < 20; k++) hot(1e5); await new Promise((r) => setImmediate(r)); }',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--trace-opt', '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(run.status, run.stderr).toBe(0);
    let now = 0;
    const hotCompiledAt: number[] = [];
    for (const line of run.stdout.split('\n')) {
      const turn = /^turn (\d+)$/.exec(line);
      if (turn) now = Number(turn[1]);
      else if (line.startsWith('[compiling method') && line.includes('hot')) hotCompiledAt.push(now);
    }
    expect(hotCompiledAt.length, run.stdout.slice(-2000)).toBeGreaterThan(0);
    expect(Math.min(...hotCompiledAt)).toBeGreaterThanOrEqual(1_900);
  });
});
