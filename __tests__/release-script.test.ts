/**
 * scripts/release.mjs on a real repository with a bare origin: it tags vX.Y.Z, moves the major
 * tag, pushes both, and refuses what must never be released.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, commit, gitIn, makeRepo, REPO_ROOT, tempDir } from './helpers/repo.js';

afterAll(cleanupTempDirs);

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'release.mjs');

function release(cwd: string, ...args: string[]): { code: number; out: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...args, '--skip-build'], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

function repoWithOrigin(version: string): { dir: string; origin: string } {
  const dir = makeRepo({ 'package.json': JSON.stringify({ name: 'x', version }), 'CHANGELOG.md': `# Changelog\n\n## [${version}] - 2026-12-03\n\n- first\n` });
  const origin = tempDir();
  gitIn(origin, 'init', '-q', '--bare');
  gitIn(dir, 'remote', 'add', 'origin', origin);
  gitIn(dir, 'push', '-q', 'origin', 'main');
  return { dir, origin };
}

const tagsAt = (repo: string): string => gitIn(repo, 'for-each-ref', '--format=%(refname:short) %(objectname:short)', 'refs/tags').trim();

describe('npm run release', () => {
  it('tags vX.Y.Z and moves v1 to the same commit, then pushes both', () => {
    const { dir, origin } = repoWithOrigin('1.0.0');
    expect(release(dir, '1.0.0', '--push').code).toBe(0);
    const first = gitIn(dir, 'rev-parse', '--short', 'HEAD').trim();
    expect(tagsAt(origin)).toBe(`v1 ${first}\nv1.0.0 ${gitIn(dir, 'rev-parse', '--short', 'v1.0.0').trim()}`);

    const second = commit(dir, { 'package.json': JSON.stringify({ name: 'x', version: '1.1.0' }), 'CHANGELOG.md': '# Changelog\n\n## [1.1.0]\n\n## [1.0.0]\n' });
    gitIn(dir, 'push', '-q', 'origin', 'main');
    const { code, out } = release(dir, '1.1.0', '--push');
    expect(code, out).toBe(0);
    expect(out).toContain(`v1 moved from ${first}`);
    expect(gitIn(origin, 'rev-parse', 'v1^{commit}').trim()).toBe(second);
    expect(gitIn(origin, 'rev-parse', 'v1.0.0^{commit}').trim()).not.toBe(second);
  });

  it('refuses a dirty tree, a version package.json does not carry, a missing changelog entry, and a tag that exists', () => {
    const { dir } = repoWithOrigin('2.0.0');
    expect(release(dir, '2.0.1').out).toContain('package.json says 2.0.0');
    commit(dir, { 'package.json': JSON.stringify({ name: 'x', version: '2.0.1' }) });
    expect(release(dir, '2.0.1').out).toContain('CHANGELOG.md has no "## [2.0.1]" section');
    commit(dir, { 'CHANGELOG.md': '## [2.0.1]\n' });
    spawnSync('sh', ['-c', 'echo x > stray.txt'], { cwd: dir });
    expect(release(dir, '2.0.1').out).toContain('uncommitted changes');
    gitIn(dir, 'add', '-A');
    gitIn(dir, 'commit', '-qm', 'stray');
    expect(release(dir, '2.0.1').code).toBe(0);
    expect(release(dir, '2.0.1').out).toContain('v2.0.1 already exists');
    expect(release(dir, 'latest').code).toBe(1);
  });
});
