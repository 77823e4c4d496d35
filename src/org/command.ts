import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { textTable } from '../report/table.js';
import { listOrganisation, OrgListError } from './list.js';
import { buildMatrix, MATRIX_JOB_LIMIT } from './matrix.js';
import { sweepRepositories } from './sweep.js';
import type { RepositoryFilters, TriState } from './types.js';

/** Where the command writes (the CLI passes stdout and stderr; tests collect them). */
interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const ORG_USAGE = `Usage: paramedic org <list|matrix|sweep> [options]

  org list ORG [filters] [--json]     the organisation's repositories that pass the filters
  org matrix ORG [filters]            the sweep's GitHub Actions matrix, as JSON
      --max-jobs N                    jobs in the matrix, at most ${MATRIX_JOB_LIMIT} (default ${MATRIX_JOB_LIMIT})
      --per-job N                     the fewest repositories a job sweeps (default 1)
      --listing FILE                  also write the filtered listing (what the merge expects)
      --github-output FILE            append matrix=, repositories= and jobs= lines (a runner's GITHUB_OUTPUT)
  org sweep NAME... | --repositories JSON
      --out DIR                       where each repository's report envelope goes (required)
      --timeout-minutes N             clone and check of one repository (default 10)
      --server-url URL                where to clone from (default GITHUB_SERVER_URL, else https://github.com)

Filters:
  --topic T           only repositories with this topic (repeatable, or comma-separated: any of them)
  --name GLOB         only names matching the glob; !GLOB leaves matching names out (repeatable, or comma-separated)
  --archived MODE     exclude (default), include or only
  --forks MODE        exclude (default), include or only
  --limit N           at most N repositories, the first in name order (default: no limit)
  --max-wait SECONDS  wait at most this long for an API rate limit to reset (default 600)

The token comes from PARAMEDIC_TOKEN (else GITHUB_TOKEN); without one, only public repositories are seen.
`;

class UsageError extends Error {}

/** `paramedic org ...`; resolves with the exit code (2: misuse). */
export async function runOrgCommand(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        topic: { type: 'string', multiple: true },
        name: { type: 'string', multiple: true },
        archived: { type: 'string' },
        forks: { type: 'string' },
        limit: { type: 'string' },
        'max-wait': { type: 'string' },
        'max-jobs': { type: 'string' },
        'per-job': { type: 'string' },
        listing: { type: 'string' },
        'github-output': { type: 'string' },
        repositories: { type: 'string' },
        out: { type: 'string' },
        'timeout-minutes': { type: 'string' },
        'server-url': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`paramedic: ${error instanceof Error ? error.message : String(error)}\n\n${ORG_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [sub, ...args] = positionals;
  if (values.help || !sub) {
    (values.help ? io.stdout : io.stderr)(ORG_USAGE);
    return values.help ? 0 : 2;
  }
  const token = process.env.PARAMEDIC_TOKEN || process.env.GITHUB_TOKEN || '';
  const log = (m: string): void => io.stderr(`paramedic: ${m}\n`);
  try {
    switch (sub) {
      case 'list':
      case 'matrix': {
        if (args.length !== 1) throw new UsageError(`org ${sub} needs one organisation name`);
        const organisation = args[0]!;
        const listing = await listOrganisation({ organisation, filters: filtersFrom(values), token, maxWaitSeconds: count(values['max-wait'], '--max-wait', 600), log });
        const { leftOut } = listing;
        log(
          `${organisation}: ${listing.listed} repositories listed, ${listing.repositories.length} kept (left out: ${leftOut.archived} archived, ${leftOut.forks} forks, ${leftOut.topics} by topic, ${leftOut.names} by name, ${leftOut.limit} over the limit)`,
        );
        if (sub === 'list') {
          io.stdout(
            values.json
              ? `${JSON.stringify(listing, null, 2)}\n`
              : `${textTable(['Repository', 'Default branch', 'Topics'], listing.repositories.map((r) => [r.fullName, r.defaultBranch ?? '', r.topics.join(', ')]))}\n`,
          );
          return 0;
        }
        const maxJobs = count(values['max-jobs'], '--max-jobs', MATRIX_JOB_LIMIT);
        if (maxJobs < 1 || maxJobs > MATRIX_JOB_LIMIT) throw new UsageError(`--max-jobs must be between 1 and ${MATRIX_JOB_LIMIT} (GitHub's matrix limit)`);
        const perJob = Math.max(1, count(values['per-job'], '--per-job', 1));
        const matrix = buildMatrix(listing.repositories, { maxJobs, perJob });
        if (values.listing) writeFile(values.listing, `${JSON.stringify(listing, null, 2)}\n`);
        const json = JSON.stringify(matrix);
        if (values['github-output']) {
          appendFileSync(values['github-output'], `matrix=${json}\nrepositories=${listing.repositories.length}\njobs=${matrix.include.length}\n`);
        }
        log(`${listing.repositories.length} repositories in ${matrix.include.length} jobs of up to ${Math.max(0, ...matrix.include.map((b) => b.repositories.length))}`);
        io.stdout(`${json}\n`);
        return 0;
      }
      case 'sweep': {
        if (!values.out) throw new UsageError('org sweep needs --out DIR');
        const names = [...args, ...repositoriesFrom(values.repositories)];
        if (names.length === 0) throw new UsageError('org sweep needs repository names (owner/name) or --repositories JSON');
        const timeoutMinutes = Number(values['timeout-minutes'] ?? 10);
        if (!Number.isFinite(timeoutMinutes) || timeoutMinutes <= 0) throw new UsageError('--timeout-minutes must be a positive number');
        const envelopes = await sweepRepositories(names, {
          serverUrl: values['server-url'] || process.env.GITHUB_SERVER_URL || 'https://github.com',
          token,
          timeoutMs: timeoutMinutes * 60_000,
          outDir: path.resolve(values.out),
          cliPath: path.resolve(process.argv[1]!), // Node makes it absolute already; the check runs in another folder
          log,
        });
        const checked = envelopes.filter((e) => e.status === 'checked').length;
        io.stdout(`${checked} of ${envelopes.length} repositories checked; reports in ${values.out}\n`);
        return 0;
      }
      default:
        throw new UsageError(`unknown org command "${sub}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`paramedic: ${error.message}\n\n${ORG_USAGE}`);
      return 2;
    }
    if (error instanceof OrgListError) {
      io.stderr(`paramedic: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function writeFile(file: string, text: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, text);
}

/** Comma- or newline-separated lists, as a workflow input carries them; repeated flags add up. */
function listOf(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(/[,\n]/)).map((v) => v.trim()).filter(Boolean);
}

function triState(value: string | undefined, flag: string): TriState {
  const v = (value ?? '').trim() || 'exclude';
  if (v === 'exclude' || v === 'include' || v === 'only') return v;
  throw new UsageError(`${flag} must be exclude, include or only (got "${value}")`);
}

function count(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} must be a whole number (got "${value}")`);
  return n;
}

function filtersFrom(values: { topic?: string[]; name?: string[]; archived?: string; forks?: string; limit?: string }): RepositoryFilters {
  return {
    topics: listOf(values.topic),
    names: listOf(values.name),
    archived: triState(values.archived, '--archived'),
    forks: triState(values.forks, '--forks'),
    limit: count(values.limit, '--limit', 0),
  };
}

function repositoriesFrom(json: string | undefined): string[] {
  if (json === undefined || json.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new UsageError('--repositories must be a JSON array of owner/name strings');
  }
  if (!Array.isArray(parsed) || !parsed.every((n) => typeof n === 'string')) throw new UsageError('--repositories must be a JSON array of owner/name strings');
  return parsed;
}
