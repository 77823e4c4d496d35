import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SEEDS_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'seeds');
export const HAVE_SEEDS = existsSync(SEEDS_DIR);

const tempDirs: string[] = [];

/** A fresh temp directory, removed by cleanupTempDirs(). */
export function tempDir(prefix = 'paramedic-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes files (path -> content) under root, creating folders. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

export function run(cwd: string, cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function gitIn(cwd: string, ...args: string[]): string {
  return run(cwd, 'git', args);
}

/** A real git repository in a temp dir with the given files committed. */
export function makeRepo(files: Record<string, string | Buffer> = {}, message = 'initial'): string {
  const dir = tempDir();
  gitIn(dir, 'init', '-q', '-b', 'main');
  gitIn(dir, 'config', 'user.email', 'test@example.com');
  gitIn(dir, 'config', 'user.name', 'Test');
  gitIn(dir, 'config', 'commit.gpgsign', 'false');
  writeTree(dir, files);
  gitIn(dir, 'add', '-A');
  gitIn(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return dir;
}

/** Writes files and commits them; returns the new commit sha. */
export function commit(dir: string, files: Record<string, string | Buffer>, message = 'change'): string {
  writeTree(dir, files);
  gitIn(dir, 'add', '-A');
  gitIn(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return gitIn(dir, 'rev-parse', 'HEAD').trim();
}
