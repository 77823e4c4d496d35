import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Minimatch } from 'minimatch';
import { git, splitNul } from '../util/git.js';

/**
 * Folders that never hold the project's own production configuration:
 * installed or vendored code, build output, and example/test material whose
 * manifests describe fixtures, not the product. A browser-test harness's own folder (`playwright/`,
 * `cypress/`: the names those runners give it) is test material too, with the databases its compose
 * file starts for the tests.
 */
const SKIPPED_DIRS = new Set([
  'node_modules', 'bower_components', 'vendor', 'third_party', 'third-party', '.git',
  '.venv', 'venv', '.tox', 'site-packages', '__pycache__', '.bundle',
  'dist', 'build', 'out', '.next', '.nuxt', '.svelte-kit', '.output', 'target', 'coverage', '.terraform',
  'test', 'tests', '__tests__', 'spec', 'specs', 'e2e', 'testdata', 'test-data', 'fixtures', '__fixtures__', 'fixture',
  '__mocks__', 'mocks', 'example', 'examples', 'demo', 'demos', 'sample', 'samples', 'playground', 'sandbox',
  'playwright', 'cypress',
]);

/** Folder -> skipped, per folder once: a check judges a large tree's 20,000 paths several times. */
const skippedFolders = new Map<string, boolean>();
const MAX_REMEMBERED_FOLDERS = 100_000;

export function isSkippedPath(relPath: string): boolean {
  const slash = relPath.lastIndexOf('/');
  if (slash === -1) return false;
  const folder = relPath.slice(0, slash);
  let skipped = skippedFolders.get(folder);
  if (skipped === undefined) {
    skipped = folder.split('/').some((part) => SKIPPED_DIRS.has(part.toLowerCase()));
    if (skippedFolders.size >= MAX_REMEMBERED_FOLDERS) skippedFolders.clear();
    skippedFolders.set(folder, skipped);
  }
  return skipped;
}

export interface ListOptions {
  /** minimatch globs of repository-relative paths to leave out */
  exclude?: string[];
}

export function excludeFilter(globs: string[] = []): (relPath: string) => boolean {
  if (globs.length === 0) return () => false;
  const matchers = globs.map((glob) => new Minimatch(glob, { dot: true, matchBase: !glob.includes('/') }));
  return (relPath) => matchers.some((m) => m.match(relPath));
}

/**
 * Lists repository-relative paths: the files git tracks (one `git ls-files` call,
 * whatever the repository's size), or a directory walk outside git.
 */
export async function listRepositoryFiles(root: string, options: ListOptions = {}): Promise<string[]> {
  return scannablePaths(await listTrackedFiles(root), options);
}

/**
 * Every file git tracks (or, outside git, a directory walk that skips dependency and build
 * folders), sorted: what a plan may point at, tests and examples included.
 */
export async function listTrackedFiles(root: string): Promise<string[]> {
  // One process: `git ls-files` fails outside a work tree (not a repository, a bare one, inside
  // .git), exactly where `rev-parse --is-inside-work-tree` would say no, and then the folder is walked.
  const result = await git(root, ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--', '.']);
  if (result.code === 0) return splitNul(result.stdout).sort();
  return (await walk(root)).sort();
}

/** The paths a scan reads: not in test, example, vendored or build folders, nor excluded by the config. */
export function scannablePaths(all: readonly string[], options: ListOptions = {}): string[] {
  const excluded = excludeFilter(options.exclude);
  return all.filter((p) => !isSkippedPath(p) && !excluded(p));
}

async function walk(root: string): Promise<string[]> {
  const out: string[] = [];
  async function visit(rel: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name.toLowerCase())) await visit(child);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        out.push(child);
      }
    }
  }
  await visit('');
  return out;
}
