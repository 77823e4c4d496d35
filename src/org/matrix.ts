import type { MatrixBatch, OrgRepository, SweepMatrix } from './types.js';

/** GitHub runs at most 256 jobs from one matrix. */
export const MATRIX_JOB_LIMIT = 256;

export interface BatchOptions {
  /** jobs the matrix may have (at most 256) */
  maxJobs: number;
  /** the fewest repositories one job sweeps; raised when the repositories do not fit in maxJobs jobs */
  perJob: number;
}

/**
 * Splits the repositories into matrix jobs: one repository a job while they fit, otherwise
 * as few repositories a job as lets them fit under `maxJobs`. Batches differ in size by one
 * at most, and keep the listing's (name) order, so a batch is the same from one run to the next.
 */
export function buildMatrix(repositories: OrgRepository[], options: BatchOptions): SweepMatrix {
  const maxJobs = Math.min(MATRIX_JOB_LIMIT, Math.max(1, Math.floor(options.maxJobs)));
  const n = repositories.length;
  if (n === 0) return { include: [] };
  const perJob = Math.max(1, Math.floor(options.perJob), Math.ceil(n / maxJobs));
  const jobs = Math.ceil(n / perJob);
  const base = Math.floor(n / jobs);
  const larger = n % jobs;
  const width = String(jobs).length;
  const include: MatrixBatch[] = [];
  let at = 0;
  for (let i = 0; i < jobs; i++) {
    const size = base + (i < larger ? 1 : 0);
    include.push({ batch: String(i + 1).padStart(width, '0'), repositories: repositories.slice(at, at + size).map((r) => r.fullName) });
    at += size;
  }
  return { include };
}
