/**
 * The per-path tests a check runs over every path of a large tree, against their plain
 * definitions: remembering a folder's answer must not change any answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSkippedPath } from '../src/discover/files.js';

/** The definition: some folder of the path (not its file name) is a test, example, vendored or build folder. */
const SKIPPED = ['node_modules', 'vendor', 'dist', 'build', 'test', 'tests', '__tests__', 'fixtures', 'examples', 'demo', 'target', '.git'];
function skippedByDefinition(relPath: string, skippedDirs: ReadonlySet<string>): boolean {
  const parts = relPath.split('/');
  parts.pop();
  return parts.some((part) => skippedDirs.has(part.toLowerCase()));
}

describe('isSkippedPath, one answer per folder', () => {
  it('answers as its definition for every path, asked in any order and again', () => {
    const part = fc.constantFrom(...SKIPPED, 'Tests', 'DIST', 'src', 'app', 'packages', 'svc-1', 'testing', 'e2e-utils', '', 'package.json', 'docker-compose.yml');
    const relPath = fc.array(part, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));
    const known = new Set(SKIPPED.map((d) => d.toLowerCase()));
    fc.assert(
      fc.property(fc.array(relPath, { minLength: 1, maxLength: 30 }), (paths) => paths.every((p) => isSkippedPath(p) === skippedByDefinition(p, known) && isSkippedPath(p) === skippedByDefinition(p, known))),
      { numRuns: 2000, seed: 15 },
    );
    // The file's own name never counts, only its folders.
    expect(['dist', 'test/x.json', 'a/b/examples/c/package.json', 'examples.json', '/x', 'a/'].map(isSkippedPath)).toEqual([false, true, true, false, false, false]);
  });
});
