import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PG_AND_REDIS, PLAN } from './helpers/pr-origin.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, REPO_ROOT } from './helpers/repo.js';

/**
 * The CLI's hint line, from the bundled CLI (dist/cli/index.js) on real git repositories: the
 * command it advises must run as printed, and a stub already drafted is named, not offered.
 */

afterAll(cleanupTempDirs);

const CLI = path.join(process.env.PARAMEDIC_DIST ?? path.join(REPO_ROOT, 'dist'), 'cli', 'index.js');

function cli(cwd: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

describe('the draft hint', () => {
  it('advises a command that runs as printed, with the directory, never `npx paramedic`', () => {
    const repo = makeRepo({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN });
    const parent = path.dirname(repo);
    const checked = cli(parent, 'check', path.basename(repo));
    expect(checked.stdout).not.toMatch(/npx paramedic/);
    const hint = /^Draft the missing scenarios with: (.+)$/m.exec(checked.stdout)?.[1];
    expect(hint, checked.stdout).toMatch(/^node \S+ draft \S+ --write$/);
    expect(hint).toContain(path.basename(repo));

    // Run it exactly as printed, from where the reader ran `check`.
    const ran = spawnSync('sh', ['-c', hint!], { cwd: parent, encoding: 'utf8' });
    expect(ran.status, ran.stderr).toBe(0);
    expect(gitIn(repo, 'diff', '--stat').trim()).toMatch(/DISASTER_RECOVERY\.md/);
  });

  it('names a stub already in the plan with the commit that drafted it, and offers nothing again', () => {
    const repo = makeRepo({ 'package.json': PG_AND_REDIS, 'DISASTER_RECOVERY.md': PLAN });
    expect(cli(repo, 'draft', '.', '--write').code).toBe(0);
    const sha = commit(repo, {}, 'draft the Redis scenario');
    const checked = cli(repo, 'check', '.');
    expect(checked.stdout).toMatch(new RegExp(`^Redis: drafted in ${sha.slice(0, 7)}, awaiting sign-off \\(DISASTER_RECOVERY\\.md:\\d+\\)`, 'm'));
    expect(checked.stdout).not.toMatch(/Draft the missing scenarios/);
  });
});

describe('services dropped as a menu of options', () => {
  const MENU = JSON.stringify({ name: 'bi-tool', version: '1.0.0', dependencies: { pg: '^8.11.0', mongodb: '^6.3.0', '@clickhouse/client': '^1.0.0', 'neo4j-driver': '^5.17.0', 'cassandra-driver': '^4.7.0' } }, null, 2);

  it('a sweep that counts none of them says so in one notice naming the file', () => {
    const repo = makeRepo({ 'package.json': MENU, 'DISASTER_RECOVERY.md': '# Plan\n' });
    const report = JSON.parse(cli(repo, 'check', '.', '--json').stdout) as { dependencies: unknown[]; notices: Array<{ kind: string; path: string; message: string }> };
    expect(report.dependencies).toEqual([]);
    expect(report.notices).toHaveLength(1);
    expect(report.notices[0]).toMatchObject({ kind: 'options-dropped', path: 'package.json' });
    expect(report.notices[0]!.message).toContain('5 database services (cassandra, clickhouse, mongodb, neo4j, postgresql)');
    expect(cli(repo, 'check', '.').stdout).toMatch(/^ {2}package\.json: Not counted as dependencies: 5 database services/m);
  });

  it('a pull request that adds the menu says so too, as not counted from that file (another may prove one)', () => {
    const repo = makeRepo({ 'package.json': JSON.stringify({ name: 'bi-tool', version: '1.0.0' }), 'compose.yml': 'services:\n  app:\n    build: .\n  db:\n    image: postgres:16\n', 'DISASTER_RECOVERY.md': '# Plan\n' });
    const base = gitIn(repo, 'rev-parse', 'HEAD').trim();
    const head = commit(repo, { 'package.json': MENU });
    const report = JSON.parse(cli(repo, 'check', '.', '--base', base, '--head', head, '--json', '--fail-on', 'never').stdout) as { notices: Array<{ kind: string; message: string }> };
    const menu = report.notices.filter((n) => n.kind === 'options-dropped');
    expect(menu).toHaveLength(1);
    expect(menu[0]!.message).toMatch(/^Not counted from this file: 5 database services \(cassandra, clickhouse, mongodb, neo4j, postgresql\)/);
  });
});
