import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action-runner.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { PG_AND_REDIS, PG_ONLY, PLAN, pullRequestFixture, sweepFixture } from './helpers/pr-origin.js';
import { cleanupTempDirs, gitIn, REPO_ROOT, run, tempDir } from './helpers/repo.js';
import { itWithShellcheck, SHELLCHECK_FOUND } from './helpers/shellcheck-gate.js';

/**
 * Nothing from the pull request is ever run, and no process Paramedic starts sees its token.
 * The committed bundle runs as a runner runs it, on runners without shellcheck on PATH
 * (container jobs, self-hosted runners), where Paramedic falls back to the configured path
 * and to npx. Each planted "shellcheck" would write down its environment if it ever ran.
 */

const api = useFakeGitHub();

/** A plan whose bash block shellcheck has something to say about (SC2086 on line 16). */
const PLAN_WITH_SHELL = `${PLAN}\n## Common commands\n\n\`\`\`bash\npsql $DATABASE_URL -c "select 1"\n\`\`\`\n`;

const SECRETS = { INPUT_TOKEN: 'test-token', GITHUB_TOKEN: 'gh-job-token-value', ACTIONS_RUNTIME_TOKEN: 'actions-runtime-value', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-value', INPUT_EXTRA: 'input-extra-value' };

const which = (name: string): string => run(REPO_ROOT, 'sh', ['-c', `command -v ${name}`]).trim();

/**
 * Folders of programs for PATH. They live under the repository's node_modules/.cache, not in
 * /tmp: a program in a folder others can write to is refused (rightly), and these must be
 * trusted like /usr/bin.
 */
const BIN_ROOT = path.join(REPO_ROOT, 'node_modules', '.cache', `paramedic-security-bin-${process.pid}`);
let noShellcheckBin: string;
let recordingBin: string;
let envLog: string;

beforeAll(() => {
  noShellcheckBin = path.join(BIN_ROOT, 'no-shellcheck');
  recordingBin = path.join(BIN_ROOT, 'recording');
  mkdirSync(noShellcheckBin, { recursive: true });
  mkdirSync(recordingBin, { recursive: true });
  // git, node, npx and the sh npm runs programs through, but no shellcheck.
  for (const name of ['git', 'node', 'npx', 'sh']) symlinkSync(which(name), path.join(noShellcheckBin, name));
  // shellcheck and git that write down their environment, then run the real program.
  envLog = path.join(tempDir('paramedic-envlog-'), 'env.log');
  // Without shellcheck the tests that need it skip (or fail under CI): no wrapper for it then.
  for (const name of SHELLCHECK_FOUND ? ['shellcheck', 'git'] : ['git']) {
    const file = path.join(recordingBin, name);
    writeFileSync(file, `#!/bin/sh\n{ echo "=== ${name} $*"; env; } >> '${envLog}'\nexec '${which(name)}' "$@"\n`);
    chmodSync(file, 0o755);
  }
});

afterAll(() => {
  rmSync(BIN_ROOT, { recursive: true, force: true });
  cleanupTempDirs();
});

/** A "shellcheck" committed to the repository: if it ever runs, it writes its environment to `marker`. */
function plantedProgram(marker: string): string {
  return `#!/bin/sh\n/usr/bin/env > '${marker}'\necho 'ShellCheck - planted'\necho 'version: 0.9.0'\n`;
}

describe('no program from the checkout ever runs', () => {
  it('a node_modules/.bin/shellcheck committed by the pull request is not picked up by the npx fallback', async () => {
    const marker = path.join(tempDir('paramedic-marker-'), 'ran');
    const pr = pullRequestFixture({
      baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN_WITH_SHELL },
      // The change edits the plan: one that leaves it as it was runs no shellcheck at all.
      headFiles: { 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': `${PLAN_WITH_SHELL}\nLast reviewed: 2026-11-20.\n`, 'node_modules/.bin/shellcheck': plantedProgram(marker) },
    });
    // As committed with its executable bit.
    chmodSync(path.join(pr.workspace, 'node_modules/.bin/shellcheck'), 0o755);
    const result = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { comment: 'false' }, extraEnv: { PATH: noShellcheckBin } });
    expect(result.outputs.verdict, result.stdout + result.stderr).toBe('fail');
    expect(existsSync(marker), existsSync(marker) ? readFileSync(marker, 'utf8') : '').toBe(false);
    // npx still answers from its own folder: here npm finds the system's shellcheck beside node.
    expect(result.annotations.filter((a) => /^SC2086/.test(a.message)).map((a) => `${a.file}:${a.line}`), result.stdout).toEqual(['DISASTER_RECOVERY.md:16']);
  });

  it.each([
    ['/proc/self/cwd', (_ws: string) => '/proc/self/cwd/tools/sc'],
    ['/proc/thread-self/cwd', (_ws: string) => '/proc/thread-self/cwd/tools/sc'],
    ['/proc/self/root/<workspace>', (ws: string) => `/proc/self/root${ws}/tools/sc`],
    ['a link in a folder outside the checkout', (ws: string) => linkOutside(path.join(ws, 'tools/sc'))],
  ])('a `shellcheck:` setting that reaches into the checkout through %s is refused', async (_how, configured) => {
    const marker = path.join(tempDir('paramedic-marker-'), 'ran');
    const sweep = sweepFixture({ 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN_WITH_SHELL, 'tools/sc': plantedProgram(marker) });
    chmodSync(path.join(sweep.workspace, 'tools/sc'), 0o755);
    writeFileSync(path.join(sweep.workspace, '.github-paramedic.yml'), `shellcheck: ${configured(sweep.workspace)}\n`);
    const result = await runAction({
      workspace: sweep.workspace,
      eventName: 'workflow_dispatch',
      payload: {},
      apiUrl: api.current.url,
      inputs: { config: '.github-paramedic.yml' },
      extraEnv: { PATH: noShellcheckBin },
    });
    expect(result.outputs.verdict, result.stdout + result.stderr).toBeDefined();
    expect(existsSync(marker), existsSync(marker) ? readFileSync(marker, 'utf8') : '').toBe(false);
    expect(result.annotations.some((a) => a.level === 'warning' && /configured shellcheck was not run: .*inside the checkout/.test(a.message)), result.stdout).toBe(true);
  });

  itWithShellcheck('a configured shellcheck in a folder anyone can write to (/tmp) is refused; one in a system folder runs', async () => {
    const marker = path.join(tempDir('paramedic-marker-'), 'ran');
    const planted = path.join(tempDir('paramedic-planted-'), 'shellcheck');
    writeFileSync(planted, plantedProgram(marker));
    chmodSync(planted, 0o755);
    const sweep = sweepFixture({ 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN_WITH_SHELL });
    const dispatch = (configured: string) => {
      writeFileSync(path.join(sweep.workspace, '.github-paramedic.yml'), `shellcheck: ${configured}\n`);
      return runAction({ workspace: sweep.workspace, eventName: 'workflow_dispatch', payload: {}, apiUrl: api.current.url, inputs: { config: '.github-paramedic.yml' }, extraEnv: { PATH: noShellcheckBin } });
    };
    const refused = await dispatch(planted);
    expect(existsSync(marker)).toBe(false);
    expect(refused.annotations.some((a) => /configured shellcheck was not run: .*(temporary folder|others can write)/.test(a.message)), refused.stdout).toBe(true);

    const system = await dispatch(which('shellcheck'));
    const report = JSON.parse(readFileSync(system.outputs.report!, 'utf8')) as { findings: Array<{ rule: string; line: number }> };
    expect(report.findings.filter((f) => f.rule.startsWith('shellcheck/')).map((f) => `${f.rule}:${f.line}`)).toContain('shellcheck/SC2086:16');
  });
});

/** A link to `target` from a folder outside the checkout (also outside /tmp, so only the target decides). */
function linkOutside(target: string): string {
  const dir = path.join(BIN_ROOT, `links-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir, { recursive: true });
  const link = path.join(dir, 'sc');
  symlinkSync(target, link);
  return link;
}

describe('child processes get a minimal environment', () => {
  itWithShellcheck('git (also to push) and shellcheck never see the token, INPUT_* or ACTIONS_* variables', async () => {
    // The change edits the plan, so shellcheck runs (a change that leaves it as it was runs none).
    const pr = pullRequestFixture({ baseFiles: { 'package.json': PG_ONLY, 'DISASTER_RECOVERY.md': PLAN_WITH_SHELL }, headFiles: { 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': `${PLAN_WITH_SHELL}\nLast reviewed: 2026-11-20.\n` }, number: 31 });
    writeFileSync(envLog, '');
    const result = await runAction({
      workspace: pr.workspace,
      eventName: 'pull_request',
      payload: pr.payload,
      apiUrl: api.current.url,
      inputs: { draft: 'commit', comment: 'false' },
      extraEnv: { ...SECRETS, PATH: `${recordingBin}:${process.env.PATH}` },
    });
    expect(result.outputs.verdict, result.stdout + result.stderr).toBe('fail');
    const runs = readFileSync(envLog, 'utf8').split(/^=== /m).filter(Boolean);
    const ran = runs.map((r) => r.split('\n')[0]!);
    // Both programs really ran: shellcheck on the plan, git for the diff and for the push.
    expect(ran.some((r) => r.startsWith('shellcheck ') && r.includes('--format=json1')), ran.join('\n')).toBe(true);
    expect(ran.some((r) => r.startsWith('git push ')), `${ran.join('\n')}\n${result.stdout}`).toBe(true);
    expect(gitIn(pr.origin, 'rev-list', '--count', `${pr.head}..refs/heads/feature`).trim()).toBe('1');
    for (const record of runs) {
      const names = record.split('\n').slice(1).map((l) => l.split('=')[0]);
      expect(names.filter((n) => /^(INPUT_|ACTIONS_|GITHUB_TOKEN$)/.test(n!)), record.split('\n')[0]).toEqual([]);
      for (const value of Object.values(SECRETS)) expect(record.includes(value), `${record.split('\n')[0]} saw ${value}`).toBe(false);
    }
  });
});
