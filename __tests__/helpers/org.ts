import path from 'node:path';
import { gitIn, makeRepo } from './repo.js';

/** A repository as GET /orgs/{org}/repos returns it. */
export function apiRepository(name: string, spec: { topics?: string[]; archived?: boolean; fork?: boolean } = {}, org = 'acme'): Record<string, unknown> {
  return {
    id: name.length,
    name,
    full_name: `${org}/${name}`,
    html_url: `https://github.com/${org}/${name}`,
    default_branch: 'main',
    archived: spec.archived ?? false,
    fork: spec.fork ?? false,
    visibility: 'private',
    topics: spec.topics ?? [],
    pushed_at: '2026-11-01T00:00:00Z',
    size: 120,
  };
}

/** A bare repository `<root>/<fullName>.git` with these files committed (null: no commits); returns the commit. */
export function publish(root: string, fullName: string, files: Record<string, string> | null): string | null {
  const bare = path.join(root, `${fullName}.git`);
  if (files === null) {
    gitIn(root, 'init', '-q', '--bare', '-b', 'main', bare);
    return null;
  }
  const work = makeRepo(files);
  gitIn(root, 'clone', '-q', '--bare', work, bare);
  return gitIn(work, 'rev-parse', 'HEAD').trim();
}
