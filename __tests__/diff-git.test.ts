import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedFiles, changedPaths, parseNameStatus } from '../src/diff/changed.js';
import { ensureRevisions, hasCommit, RevisionError } from '../src/diff/fetch.js';
import { GitRevisionSource } from '../src/diff/revision-source.js';
import { MAX_FILE_BYTES } from '../src/discover/source.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, tempDir } from './helpers/repo.js';

afterAll(cleanupTempDirs);

describe('changedFiles', () => {
  it('lists adds, deletes and edits between two commits, renames as delete + add, odd names intact', async () => {
    const dir = makeRepo({ 'README.md': 'hi\n', 'old name.txt': 'a\n', 'keep.txt': 'k\n', 'gone.txt': 'g\n' });
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    gitIn(dir, 'mv', 'old name.txt', 'new näme.txt');
    gitIn(dir, 'rm', '-q', 'gone.txt');
    const head = commit(dir, { 'README.md': 'hello\n', '-dash/package.json': '{}', 'sp ace/x\ny.json': '{}' });
    expect(await changedFiles(dir, base, head)).toEqual([
      { status: 'added', path: '-dash/package.json' },
      { status: 'modified', path: 'README.md' },
      { status: 'deleted', path: 'gone.txt' },
      { status: 'added', path: 'new näme.txt' },
      { status: 'deleted', path: 'old name.txt' },
      { status: 'added', path: 'sp ace/x\ny.json' },
    ]);
  });

  it('parses NUL-separated name-status output and lists paths for the caller', () => {
    const files = parseNameStatus('M\0DISASTER_RECOVERY.md\0T\0link\0');
    expect(files).toEqual([{ status: 'modified', path: 'DISASTER_RECOVERY.md' }, { status: 'type-changed', path: 'link' }]);
    expect(changedPaths(files)).toEqual(['DISASTER_RECOVERY.md', 'link']);
  });

  it('fails with git\'s message on an unknown revision', async () => {
    const dir = makeRepo({ a: '1' });
    await expect(changedFiles(dir, 'f'.repeat(40), 'HEAD')).rejects.toThrow(/git diff fffffff HEAD failed/);
  });
});

describe('GitRevisionSource', () => {
  it('reads many files at a commit through one process, in order, including odd names and missing files', async () => {
    const dir = makeRepo({ 'a.json': '{"v": 1}', '-lead/b c.json': 'BEE', 'ünï/ç.txt': 'çà' });
    const first = gitIn(dir, 'rev-parse', 'HEAD').trim();
    commit(dir, { 'a.json': '{"v": 2}' });
    const source = new GitRevisionSource(dir, first);
    const results = await Promise.all(['a.json', '-lead/b c.json', 'ünï/ç.txt', 'nope.json', 'ünï', 'a.json'].map((p) => source.read(p)));
    await source.close();
    expect(results).toEqual([
      { ok: true, text: '{"v": 1}' },
      { ok: true, text: 'BEE' },
      { ok: true, text: 'çà' },
      { ok: false, code: 'missing', reason: 'file does not exist at this revision' },
      { ok: false, code: 'not-a-file', reason: 'a directory at this revision' },
      { ok: true, text: '{"v": 1}' },
    ]);
    expect(source.requested).toHaveLength(6);
    expect(await source.read('a.json')).toEqual({ ok: false, code: 'error', reason: 'revision reader is closed' });
  });

  it('skips binary and oversized blobs and still answers the reads after them', async () => {
    const big = Buffer.alloc(MAX_FILE_BYTES + 10, 0x61);
    const dir = makeRepo({ 'bin.dat': Buffer.from([1, 0, 2, 3]), 'big.json': big, 'after.json': 'ok' });
    const source = new GitRevisionSource(dir, gitIn(dir, 'rev-parse', 'HEAD').trim());
    const [bin, huge, after] = await Promise.all([source.read('bin.dat'), source.read('big.json'), source.read('after.json')]);
    await source.close();
    expect(bin).toEqual({ ok: false, code: 'binary', reason: 'binary file skipped' });
    expect(huge).toEqual({ ok: false, code: 'too-large', reason: 'file is 5.0 MB, over the 5 MB cap; skipped' });
    expect(after).toEqual({ ok: true, text: 'ok' });
  });

  it('follows links inside the repository and refuses links that leave it', async () => {
    const dir = makeRepo({ 'real.json': 'REAL' });
    symlinkSync('real.json', path.join(dir, 'inside.json'));
    symlinkSync('../../etc/passwd', path.join(dir, 'outside.json'));
    const sha = commit(dir, {});
    const source = new GitRevisionSource(dir, sha);
    expect(await source.read('inside.json')).toEqual({ ok: true, text: 'REAL' });
    expect(await source.read('outside.json')).toEqual({ ok: false, code: 'link-out', reason: 'symbolic link leaves the repository; not followed' });
    await source.close();
  });

  it('answers every read with a reason when the commit does not exist', async () => {
    const dir = makeRepo({ 'a.json': '1' });
    const source = new GitRevisionSource(dir, 'e'.repeat(40));
    expect(await source.read('a.json')).toEqual({ ok: false, code: 'missing', reason: 'file does not exist at this revision' });
    await source.close();
  });
});

/** A repository with a main line and a feature branch forked `behind` commits before main's tip. */
function forkedRepo(featureCommits: number, mainCommitsAfterFork: number, historyBeforeFork: number) {
  const origin = makeRepo({ 'package.json': '{"dependencies": {}}\n' });
  for (let i = 0; i < historyBeforeFork; i++) commit(origin, { 'log.txt': `${i}\n` }, `history ${i}`);
  const fork = gitIn(origin, 'rev-parse', 'HEAD').trim();
  gitIn(origin, 'checkout', '-q', '-b', 'feat');
  let head = fork;
  for (let i = 0; i < featureCommits; i++) head = commit(origin, { 'feat.txt': `${i}\n` }, `feat ${i}`);
  gitIn(origin, 'checkout', '-q', 'main');
  let base = fork;
  for (let i = 0; i < mainCommitsAfterFork; i++) base = commit(origin, { 'main.txt': `${i}\n` }, `main ${i}`);
  return { origin, fork, base, head };
}

function shallowClone(origin: string, branch: string): string {
  const clone = path.join(tempDir('paramedic-clone-'), 'work');
  gitIn(path.dirname(clone), 'clone', '-q', '--depth', '1', '--branch', branch, `file://${origin}`, clone);
  return clone;
}

describe('ensureRevisions', () => {
  it('fetches a missing base into a depth-1 clone and deepens until the merge base appears', async () => {
    const { origin, fork, base, head } = forkedRepo(70, 3, 5);
    const clone = shallowClone(origin, 'feat');
    expect(await hasCommit(clone, base)).toBe(false);
    const revs = await ensureRevisions(clone, { base, head });
    expect(revs).toMatchObject({ base, head, mergeBase: fork, twoDot: false });
    expect(revs.log).toEqual([
      `fetched base ${base.slice(0, 7)} (depth 1)`,
      'deepened by 50 to find the merge base',
      'deepened by 100 to find the merge base',
      `merge base ${fork.slice(0, 7)} of base ${base.slice(0, 7)} and head ${head.slice(0, 7)}`,
    ]);
  });

  it('fetches a missing head by sha and a base given as a branch name', async () => {
    const { origin, fork, base, head } = forkedRepo(2, 1, 0);
    const clone = shallowClone(origin, 'main');
    const revs = await ensureRevisions(clone, { base: 'release', head }).catch((e: unknown) => e);
    expect(revs).toBeInstanceOf(RevisionError);
    expect((revs as RevisionError).which).toBe('base');
    gitIn(origin, 'branch', 'release', base);
    const ok = await ensureRevisions(clone, { base: 'release', head });
    expect(ok).toMatchObject({ base, head, mergeBase: fork });
    expect(ok.log[0]).toBe(`fetched base release at ${base.slice(0, 7)} (depth 1)`);
    expect(ok.log[1]).toBe(`fetched head ${head.slice(0, 7)} (depth 1)`);
  });

  it('falls back to a two-dot diff when no merge base exists within the cap', async () => {
    const { origin, base, head } = forkedRepo(30, 1, 2);
    const clone = shallowClone(origin, 'feat');
    const revs = await ensureRevisions(clone, { base, head }, { deepenStart: 4, deepenCap: 10 });
    expect(revs).toMatchObject({ base, head, mergeBase: null, twoDot: true });
    expect(revs.log.slice(1)).toEqual([
      'deepened by 4 to find the merge base',
      'deepened by 6 to find the merge base',
      `no merge base of ${base.slice(0, 7)} and ${head.slice(0, 7)} within 10 extra commits of history; comparing base..head directly (two-dot)`,
    ]);
  });

  it('uses local revisions without fetching, and refuses an option-like revision', async () => {
    const dir = makeRepo({ a: '1' });
    const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    const head = commit(dir, { a: '2' });
    expect(await ensureRevisions(dir, { base: 'HEAD~1', head: 'HEAD' })).toEqual({
      base, head, mergeBase: base, twoDot: false,
      log: [`base HEAD~1 is ${base.slice(0, 7)} (local)`, `head HEAD is ${head.slice(0, 7)} (local)`, `merge base ${base.slice(0, 7)} of base ${base.slice(0, 7)} and head ${head.slice(0, 7)}`],
    });
    await expect(ensureRevisions(dir, { base: '--upload-pack=touch x', head: 'HEAD' })).rejects.toThrow('starts with "-"');
    await expect(ensureRevisions(dir, { base: 'c'.repeat(40), head: 'HEAD' })).rejects.toThrow(/not in the local clone and there is no remote "origin"/);
  });
});
