import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/repo.js';

/**
 * The Node versions Paramedic says it runs on are ones every installed package accepts, so
 * `npm ci` never warns EBADENGINE on them: the oldest version package.json's `engines`
 * admits (what the README states), and Node 24, which the action runs on.
 */

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: unknown }> };
const oldest = semver.minVersion(pkg.engines.node)!.version;

function refusing(version: string): string[] {
  const out: string[] = [];
  for (const [name, entry] of Object.entries(lock.packages)) {
    const engines = entry.engines as { node?: unknown } | undefined;
    const range = engines && typeof engines === 'object' && typeof engines.node === 'string' ? engines.node : undefined;
    if (range && !semver.satisfies(version, range, { includePrerelease: true })) out.push(`${name} wants node ${range}`);
  }
  return out;
}

describe('Node versions', () => {
  it(`every package of the lock file accepts the oldest supported Node (${oldest}) and Node 24`, () => {
    expect(refusing(oldest)).toEqual([]);
    expect(refusing('24.0.0')).toEqual([]);
  });

  it('the README states the same minimum as package.json', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const [major, minor] = oldest.split('.');
    expect(readme).toContain(`Node ${major}.${minor}+`);
    expect(readme).not.toMatch(/Node 20\+/);
  });

  it('content-type, which @octokit/request parses answers with, is the line that runs on Node 20', () => {
    // package.json's `overrides` pins it to ^2.1.0 (engines >=18), the line @octokit/request 10.0.10-10.0.14 shipped with.
    const copies = Object.entries(lock.packages).filter(([name]) => name.endsWith('node_modules/content-type'));
    expect(copies.map(([name]) => name)).toEqual(['node_modules/@octokit/request/node_modules/content-type']);
    expect(semver.major((copies[0]![1] as { version: string }).version)).toBe(2);
  });
});
