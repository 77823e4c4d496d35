import type { CheckReport } from '../check/types.js';

/**
 * The files an organisation sweep passes between its jobs. Each is a versioned JSON document
 * with a `kind`, so `paramedic report merge` can tell them apart in a folder of artifacts.
 */

/** One repository as the listing job saw it (GET /orgs/{org}/repos). */
export interface OrgRepository {
  /** owner/name */
  fullName: string;
  name: string;
  /** the repository's web page (html_url) */
  url: string;
  defaultBranch: string | null;
  archived: boolean;
  fork: boolean;
  visibility: string | null;
  topics: string[];
  pushedAt: string | null;
  /** kilobytes; 0 usually means an empty repository */
  sizeKb: number;
}

export type TriState = 'exclude' | 'include' | 'only';

export interface RepositoryFilters {
  /** a repository matches when it has any of these topics (empty: no topic filter) */
  topics: string[];
  /** globs on the repository name; `!glob` excludes (empty: every name) */
  names: string[];
  archived: TriState;
  forks: TriState;
  /** at most this many repositories, the first in name order after the other filters (0: no limit) */
  limit: number;
}

/** `paramedic org matrix --listing FILE`: what the merge job expects a report for. */
export interface OrgListing {
  kind: 'paramedic-org-repositories';
  version: 1;
  organisation: string;
  listedAt: string;
  filters: RepositoryFilters;
  /** how many repositories the API returned before filtering */
  listed: number;
  /** why the others were left out, by filter */
  leftOut: { archived: number; forks: number; topics: number; names: number; limit: number };
  repositories: OrgRepository[];
}

/** One matrix job: the repositories it sweeps, in order. */
export interface MatrixBatch {
  /** zero-padded batch number, used in the job name and its artifact's name */
  batch: string;
  repositories: string[];
}

/** What `strategy.matrix` receives: one job per entry. */
export interface SweepMatrix {
  include: MatrixBatch[];
}

/**
 * Why a repository has no report. `missing` is the merge's own: a repository the listing
 * names whose sweep job left no file (the job timed out, was cancelled or crashed).
 */
export type SweepFailure = 'no-access' | 'empty' | 'timeout' | 'error';
export type SweepStatus = 'checked' | SweepFailure;

/**
 * The file a sweep job writes for each repository (`<owner>__<name>.json`): the
 * `paramedic check --json` report wrapped with who was checked, at which commit, and where
 * the plan is, so links in the dashboard point at the lines that were read.
 */
export interface SweepEnvelope {
  kind: 'paramedic-sweep-result';
  version: 1;
  repository: {
    fullName: string;
    /** web page of the repository, e.g. https://github.com/acme/shop; null when unknown */
    url: string | null;
    defaultBranch: string | null;
    /** the commit that was checked */
    commit: string | null;
  };
  status: SweepStatus;
  /** set whenever status is not `checked`: what went wrong, in words */
  reason?: string;
  checkedAt: string;
  durationMs: number;
  /** the plan the check read (report.doc) and its link at the checked commit */
  plan: { path: string; url: string | null } | null;
  /** present exactly when status is `checked` */
  report: CheckReport | null;
}

export const ENVELOPE_KIND = 'paramedic-sweep-result';
export const LISTING_KIND = 'paramedic-org-repositories';
