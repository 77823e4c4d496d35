import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action-runner.js';
import { useFakeGitHub } from './helpers/fake-github.js';
import { packageJson, PG_ONLY, PLAN, pullRequestFixture } from './helpers/pr-origin.js';
import { cleanupTempDirs, makeRepo, REPO_ROOT } from './helpers/repo.js';

/**
 * Workflow-command injection. A runner reads every stdout line (split at LF and at CR) for
 * `::command::` at its start (after white space) and for the legacy `##[command]` anywhere. A
 * pull request controls paths, rule names (its rules folder), plan titles and its branch name;
 * none of that may add a command: no `::stop-commands::` (silencing later annotations), no
 * `::add-mask::`, no forged `::warning file=src/auth.ts::`. Run against the bundles.
 */

const api = useFakeGitHub();
afterAll(cleanupTempDirs);

const FORGED = '::warning file=src/auth.ts,line=1::forged';
/** Each way to start a line inside a repository string, then a command. */
const INJECTIONS = [`\n${FORGED}`, `\r::stop-commands::pwned`, `\u2028${FORGED}`, ' ##[warning file=src/auth.ts]legacy', `\r\n::add-mask::x`];
const hostile = (label: string): string => `${label}${INJECTIONS.join('')}`;

/** The commands a runner would see in this output. */
function commandsIn(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => line.trimStart().startsWith('::') || line.includes('##['));
}

/** Only Paramedic's own annotations, none pointing at src/auth.ts, none of the injected commands. */
function expectNoInjectedCommand(output: string): void {
  const commands = commandsIn(output);
  for (const command of commands) expect(command, output).toMatch(/^::(?:error|warning|notice)(?: [^:]*)?::/);
  expect(commands.filter((c) => c.includes('src/auth.ts') && /^::\w+ file=src\/auth\.ts/.test(c)), output).toEqual([]);
  expect(output).not.toMatch(/^\s*::(?:stop-commands|add-mask)/m);
  expect(output.split(/\r\n|\r|\n/).some((l) => l.includes('##[')), output).toBe(false);
}

describe('the action', () => {
  it('escapes paths, rule names and plan paths in its log lines and annotations', async () => {
    const planPath = `ops/${hostile('dr')}.md`;
    const rule = ['id: evil-cache', `name: ${JSON.stringify(hostile('Evil Cache'))}`, 'category: cache', 'signals:', '  npm: [evil-cache-client]', ''].join('\n');
    const config = `doc-path: ${JSON.stringify(planPath)}\nrules: .paramedic/rules\n`;
    const base = { 'package.json': PG_ONLY, [planPath]: PLAN, '.github/paramedic.yml': config, '.paramedic/rules/evil.yml': rule };
    const pr = pullRequestFixture({
      baseFiles: base,
      headFiles: { 'package.json': packageJson({ pg: '^8.13.0', 'evil-cache-client': '1.0.0' }), [planPath]: `${PLAN}\nMore words.\n`, [`${hostile('lib')}/package.json`]: packageJson({ ioredis: '5' }) },
    });
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload: pr.payload, apiUrl: api.current.url, inputs: { draft: 'commit', comment: 'false' } });
    expect(run.outputs.verdict, run.stdout).toBe('fail');
    // The lines the issue names were written, escaped.
    expect(run.stdout).toMatch(/the change edits ops\/dr\\n::warning/);
    expect(run.stdout).toMatch(/pushed [0-9a-f]{7} to feature: .*Evil Cache\\n::warning/);
    expectNoInjectedCommand(run.stdout);
    expectNoInjectedCommand(run.stderr);
  });

  it('escapes a hostile branch name in the event', async () => {
    const pr = pullRequestFixture({ headFiles: { 'package.json': packageJson({ pg: '^8.13.0', ioredis: '5' }) }, number: 41 });
    const payload = structuredClone(pr.payload) as { pull_request: { head: { ref: string } } };
    payload.pull_request.head.ref = hostile('feature');
    const run = await runAction({ workspace: pr.workspace, eventName: 'pull_request', payload, apiUrl: api.current.url, inputs: { draft: 'commit', comment: 'false' } });
    expect(run.outputs.verdict, run.stdout).toBe('fail');
    expect(run.stdout).toMatch(/draft: commit skipped/);
    expectNoInjectedCommand(run.stdout);
  });
});

describe('the CLI', () => {
  it('escapes the paths it prints, as text and as JSON (which still parses to the same paths)', () => {
    const dir = hostile('svc');
    const root = makeRepo({ [`${dir}/package.json`]: packageJson({ ioredis: '5' }), 'DISASTER_RECOVERY.md': PLAN });
    const cli = (args: string[]) => spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), ...args, root], { encoding: 'utf8' });
    for (const args of [['scan'], ['check'], ['draft']]) {
      const out = cli(args);
      expect(out.stdout + out.stderr, args.join(' ')).toContain('svc');
      expectNoInjectedCommand(out.stdout);
      expectNoInjectedCommand(out.stderr);
    }
    const json = cli(['check', '--json']);
    expectNoInjectedCommand(json.stdout);
    const report = JSON.parse(json.stdout) as { dependencies: Array<{ evidence: Array<{ path: string }> }> };
    expect(report.dependencies.flatMap((d) => d.evidence.map((e) => e.path))).toContain(`${dir}/package.json`);
  });
});
