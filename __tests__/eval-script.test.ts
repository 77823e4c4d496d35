/**
 * scripts/eval.mjs on a labelled corpus of its own: a real git snapshot, a label file, the bundled
 * CLI. Labellers write the ids they know; one that names exactly one catalog rule is read as it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, gitIn, makeRepo, REPO_ROOT, tempDir } from './helpers/repo.js';

afterAll(cleanupTempDirs);

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'eval.mjs');

interface Totals { tp: number; fp: number; fn: number }
interface EvalJson { all: Totals; labelIdsReadAs: Record<string, string> }

/** A snapshot folder the way `fetch` lays it out, and a corpus whose label writes `labelId`. */
function corpusWith(labelId: string): { snapshots: string; corpus: string } {
  const repo = makeRepo({
    'docker-compose.yml': 'services:\n  api:\n    build: .\n    depends_on: [db]\n  db:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n',
    Dockerfile: 'FROM node:20\n',
  });
  const commit = gitIn(repo, 'rev-parse', 'HEAD').trim();
  const snapshots = tempDir('paramedic-eval-snapshots-');
  mkdirSync(path.join(snapshots, 'acme+shop'));
  gitIn(snapshots, 'clone', '-q', '--bare', repo, path.join(snapshots, 'acme+shop', 'repo'));
  const corpus = tempDir('paramedic-eval-corpus-');
  mkdirSync(path.join(corpus, 'fresh'));
  writeFileSync(
    path.join(corpus, 'fresh', 'acme__shop.yml'),
    `repo: acme/shop\ncommit: ${commit}\nsplit: fresh\ndependencies:\n  - id: ${labelId}\n    evidence: docker-compose.yml:6\n`,
  );
  return { snapshots, corpus };
}

function evaluate(snapshots: string, corpus: string, ...args: string[]): EvalJson {
  const r = spawnSync(process.execPath, [SCRIPT, snapshots, '--corpus', corpus, '--json', ...args], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as EvalJson;
}

describe('npm run eval', () => {
  it('reads a label id that names one catalog rule (mssql) as that rule, and says so', () => {
    const { snapshots, corpus } = corpusWith('mssql');
    const result = evaluate(snapshots, corpus);
    expect(result.labelIdsReadAs).toEqual({ mssql: 'sqlserver' });
    expect(result.all).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('--raw-ids scores the label as written: the same finding is a miss and a false positive', () => {
    const { snapshots, corpus } = corpusWith('mssql');
    const result = evaluate(snapshots, corpus, '--raw-ids');
    expect(result.labelIdsReadAs).toEqual({});
    expect(result.all).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('leaves an id no rule names as written (a service the catalog lacks stays a miss)', () => {
    const { snapshots, corpus } = corpusWith('dvla-print-api');
    const result = evaluate(snapshots, corpus);
    expect(result.labelIdsReadAs).toEqual({});
    expect(result.all).toMatchObject({ tp: 0, fn: 1 });
  });
});
