import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../src/catalog/load.js';
import { loadCatalog } from '../src/catalog/load.js';
import { diffDependencies, type DiffResult } from '../src/diff/dependencies.js';
import { resolveDiffTarget } from '../src/diff/event.js';
import { GitRevisionSource } from '../src/diff/revision-source.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, tempDir } from './helpers/repo.js';

afterAll(cleanupTempDirs);

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const pkg = (deps: Record<string, string>, devDeps: Record<string, string> = {}): string =>
  JSON.stringify({ name: 'shop', dependencies: deps, devDependencies: devDeps }, null, 2) + '\n';

const head = (dir: string): string => gitIn(dir, 'rev-parse', 'HEAD').trim();

/** id -> change, and id -> "path:line detail" at head, for exact assertions. */
function summary(result: DiffResult) {
  return {
    changes: Object.fromEntries(result.changes),
    head: Object.fromEntries(result.headDeps.map((d) => [d.id, d.evidence.map((e) => `${e.path}:${e.line} ${e.detail}`)])),
    base: Object.fromEntries(result.baseDeps.map((d) => [d.id, d.evidence.map((e) => `${e.path}:${e.line} ${e.detail}`)])),
  };
}

describe('diffDependencies', () => {
  it('classifies an added, a removed and a bumped dependency across two commits', async () => {
    const dir = makeRepo({ 'package.json': pkg({ express: '^4.18.0', pg: '^8.11.0' }), 'api/package.json': pkg({ ioredis: '^5.0.0' }) });
    const base = head(dir);
    const after = commit(dir, { 'package.json': pkg({ express: '^4.18.0', pg: '^8.12.0', lodash: '^4.17.0' }), 'api/package.json': pkg({}) });
    const result = await diffDependencies(dir, { base, head: after }, catalog);
    expect(summary(result).changes).toEqual({ postgresql: 'changed', redis: 'removed' });
    expect(summary(result).head.postgresql).toEqual(['package.json:5 dependencies "pg" ^8.12.0']);
    expect(summary(result).base).toMatchObject({ postgresql: ['package.json:5 dependencies "pg" ^8.11.0'], redis: ['api/package.json:4 dependencies "ioredis" ^5.0.0'] });
    expect(result.mergeBase).toBe(base);
    expect(result.manifests).toEqual(['api/package.json', 'package.json']);
  });

  it('marks a new dependency added and a moved line unchanged', async () => {
    const dir = makeRepo({ 'package.json': pkg({ pg: '^8.11.0' }) });
    const base = head(dir);
    const after = commit(dir, { 'package.json': pkg({ express: '^4.0.0', pg: '^8.11.0', ioredis: '^5.3.0' }) });
    const result = await diffDependencies(dir, { base, head: after }, catalog);
    expect(summary(result).changes).toEqual({ postgresql: 'unchanged', redis: 'added' });
    expect(summary(result).head).toEqual({
      postgresql: ['package.json:5 dependencies "pg" ^8.11.0'],
      redis: ['package.json:6 dependencies "ioredis" ^5.3.0'],
    });
  });

  it('does not count a dev-only package as added', async () => {
    const dir = makeRepo({ 'package.json': pkg({}) });
    const base = head(dir);
    const after = commit(dir, { 'package.json': pkg({}, { pg: '^8.0.0', '@types/ioredis': '^4.0.0' }) });
    const result = await diffDependencies(dir, { base, head: after }, catalog);
    expect(result.changes.size).toBe(0);
    expect(result.manifests).toEqual(['package.json']);
  });

  it('reads nothing for a PR that only touches the README, and still lists the changed paths', async () => {
    const dir = makeRepo({ 'package.json': pkg({ pg: '^8.0.0' }), 'README.md': '# shop\n' });
    const base = head(dir);
    const after = commit(dir, { 'README.md': '# shop\n\nNow with docs.\n', 'DISASTER_RECOVERY.md': '# Plan\n' });
    const opened: string[] = [];
    const result = await diffDependencies(dir, { base, head: after }, catalog, {
      openSource: (root, sha) => {
        opened.push(sha);
        return new GitRevisionSource(root, sha);
      },
    });
    expect(result.changes.size).toBe(0);
    expect(result.baseDeps).toEqual([]);
    expect(result.headDeps).toEqual([]);
    expect(opened).toEqual([]);
    expect(result.changedFiles.map((f) => f.path)).toEqual(['DISASTER_RECOVERY.md', 'README.md']);
    expect(result.log.at(-1)).toBe('2 changed files, 0 of them manifests: read 0 at the merge base, 0 at head');
  });

  it('handles manifests under names with spaces, unicode and a leading dash, added and deleted', async () => {
    const dir = makeRepo({ '-svc/package.json': pkg({ pg: '8' }) });
    const base = head(dir);
    gitIn(dir, 'rm', '-q', '--', '-svc/package.json');
    const after = commit(dir, { 'my app/çafé/package.json': pkg({ ioredis: '5' }) });
    const result = await diffDependencies(dir, { base, head: after }, catalog);
    expect(summary(result)).toEqual({
      changes: { postgresql: 'removed', redis: 'added' },
      base: { postgresql: ['-svc/package.json:4 dependencies "pg" 8'] },
      head: { redis: ['my app/çafé/package.json:4 dependencies "ioredis" 5'] },
    });
  });

  it('reads only the changed manifests, once per revision, in a repository with many', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`services/s${i}/package.json`] = pkg({ pg: `^8.${i}.0` });
    const dir = makeRepo(files);
    const base = head(dir);
    const after = commit(dir, { 'services/s7/package.json': pkg({ pg: '^8.7.0', ioredis: '^5.0.0' }) });
    const reads: Record<string, string[]> = {};
    const result = await diffDependencies(dir, { base, head: after }, catalog, {
      openSource: (root, sha) => {
        const inner = new GitRevisionSource(root, sha);
        reads[sha === base ? 'base' : sha === after ? 'head' : sha] = inner.requested;
        return inner;
      },
    });
    expect(reads).toEqual({ base: ['services/s7/package.json'], head: ['services/s7/package.json'] });
    expect(summary(result).changes).toEqual({ postgresql: 'unchanged', redis: 'added' });
  });

  it('applies the scan\'s skipped folders and exclude globs', async () => {
    const dir = makeRepo({ 'README.md': 'x' });
    const base = head(dir);
    const after = commit(dir, {
      'test/fixtures/package.json': pkg({ pg: '8' }),
      'legacy/package.json': pkg({ ioredis: '5' }),
      'app/package.json': pkg({ pg: '8' }),
    });
    const result = await diffDependencies(dir, { base, head: after }, catalog, { exclude: ['legacy/**'] });
    expect(result.manifests).toEqual(['app/package.json']);
    expect(summary(result).changes).toEqual({ postgresql: 'added' });
  });

  it('warns about a malformed manifest at head, with its line, and goes on', async () => {
    const dir = makeRepo({ 'package.json': pkg({}), 'web/package.json': '{ "dependencies": { "ioredis": "5",, } }' });
    const base = head(dir);
    const after = commit(dir, { 'package.json': pkg({ pg: '8' }), 'web/package.json': '{\n "dependencies": {\n  "ioredis": "5",,\n }\n}' });
    const result = await diffDependencies(dir, { base, head: after }, catalog);
    expect(result.warnings).toEqual([{ path: 'web/package.json', line: 3, message: 'invalid JSON: property name expected' }]);
    expect(result.changes.get('postgresql')).toBe('added');
  });

  it('works on a depth-1 clone of a pull request: fetches the base, deepens to the merge base', async () => {
    const origin = makeRepo({ 'package.json': pkg({ pg: '^8.11.0' }) });
    const fork = head(origin);
    gitIn(origin, 'checkout', '-q', '-b', 'feature');
    for (let i = 0; i < 40; i++) commit(origin, { 'notes.txt': `${i}\n` });
    const prHead = commit(origin, { 'package.json': pkg({ pg: '^8.12.0', ioredis: '^5.0.0' }) });
    gitIn(origin, 'checkout', '-q', 'main');
    const prBase = commit(origin, { 'docker.txt': 'main moved on\n' });
    const clone = path.join(tempDir('paramedic-clone-'), 'ws');
    gitIn(origin, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, clone);

    const target = resolveDiffTarget('pull_request', { pull_request: { number: 9, base: { sha: prBase }, head: { sha: prHead } } });
    const result = await diffDependencies(clone, { base: target.base!, head: target.head! }, catalog);
    expect(result.mergeBase).toBe(fork);
    expect(result.twoDot).toBe(false);
    // main's own change (docker.txt) is not the PR's: the diff starts at the merge base
    expect(result.changedFiles.map((f) => f.path)).toEqual(['notes.txt', 'package.json']);
    expect(summary(result).changes).toEqual({ postgresql: 'changed', redis: 'added' });
    expect(result.log).toEqual([
      `fetched base ${prBase.slice(0, 7)} (depth 1)`,
      'deepened by 50 to find the merge base',
      `merge base ${fork.slice(0, 7)} of base ${prBase.slice(0, 7)} and head ${prHead.slice(0, 7)}`,
      '2 changed files, 1 of them manifests: read 1 at the merge base, 1 at head',
      // ioredis is new to the changed files: no other manifest could have proven Redis.
      'looked up redis in 0 of 0 unchanged manifests at the merge base',
    ]);
  });

  it('compares a new branch push (all-zero before) with the default branch', async () => {
    const origin = makeRepo({ 'package.json': pkg({}) });
    const fork = head(origin);
    gitIn(origin, 'checkout', '-q', '-b', 'topic');
    const after = commit(origin, { 'package.json': pkg({ ioredis: '5' }) });
    const clone = path.join(tempDir('paramedic-clone-'), 'ws');
    gitIn(origin, 'clone', '-q', '--depth', '1', '--branch', 'topic', `file://${origin}`, clone);

    const target = resolveDiffTarget('push', { ref: 'refs/heads/topic', before: '0'.repeat(40), after, repository: { default_branch: 'main' } });
    expect(target).toMatchObject({ mode: 'pr', base: 'main', head: after, sweepIfUnresolvable: true });
    const result = await diffDependencies(clone, { base: target.base!, head: target.head! }, catalog);
    expect(result.base).toBe(fork);
    expect(result.mergeBase).toBe(fork);
    expect(summary(result).changes).toEqual({ redis: 'added' });
    expect(result.log[0]).toBe(`fetched base main at ${fork.slice(0, 7)} (depth 1)`);
  });
});
