import type { Catalog } from '../catalog/load.js';
import { matchEvidence, Matcher, resolveDependencies, resolveMatched, usageRequest, type Dependency, type Evidence } from '../catalog/match.js';
import type { Change } from '../check/types.js';
import { excludeFilter, isSkippedPath } from '../discover/files.js';
import { deploymentModel } from '../discover/deployment.js';
import { collectSignals, extractorsFor, isManifest } from '../discover/scan.js';
import type { FileSource } from '../discover/source.js';
import type { ScanWarning, Signal } from '../discover/types.js';
import { findUsage } from '../discover/usage.js';
import { git, splitNul } from '../util/git.js';
import { changedFiles, existsAfter, existsBefore, type ChangedFile } from './changed.js';
import { ensureRevisions, type RevisionOptions } from './fetch.js';
import { GitRevisionSource } from './revision-source.js';

/**
 * Dependencies of a change (pull request, merge group, push), computed from the changed
 * files only, so the cost follows the diff and not the repository's size: no tree is
 * listed, and only changed files that some extractor claims are read, once at the merge
 * base and once at head.
 *
 * What `change` means in this view (it sees only the changed files):
 * - added: evidence at head and none at the merge base. A dependency already used in an
 *   unchanged file is still "added" when the diff adds it to a changed manifest: a PR that
 *   writes a service into a manifest is asked for that service's scenario.
 * - removed: evidence at the base and none at head; the service may still be used by
 *   unchanged files. Removed dependencies are for reports only.
 * - changed: evidence on both sides that differs other than by line number (a version
 *   bump `^8.11.0` → `^8.12.0`, an image tag, a new file naming the same service).
 * - unchanged: the same evidence on both sides (lines moved, or an unrelated key edited).
 *
 * `warnings` are those of the head side only: a file that was already malformed at the
 * base is not this change's problem, and head is what will ship.
 */

export interface DiffOptions extends RevisionOptions {
  /** minimatch globs of paths to leave out, as for a full scan */
  exclude?: string[];
  /** reads a commit's files; defaults to one `git cat-file --batch` per commit */
  openSource?: (root: string, commit: string) => FileSource & { close?(): Promise<void> };
}

export interface DiffResult {
  base: string;
  head: string;
  /** null when no merge base was found and the diff is base..head (two-dot) */
  mergeBase: string | null;
  twoDot: boolean;
  /** every file the diff touched, manifest or not (the plan, a README...) */
  changedFiles: ChangedFile[];
  /** the changed files that some extractor reads */
  manifests: string[];
  /** dependencies proven by the changed manifests at the merge base */
  baseDeps: Dependency[];
  /** dependencies proven by the changed manifests at head */
  headDeps: Dependency[];
  changes: Map<string, Change>;
  warnings: ScanWarning[];
  /** what was fetched, compared and read, one line each */
  log: string[];
  /** milliseconds the usage grep at head took (0 when it did not run) */
  usageMs?: number;
}

/** The evidence of a dependency as a sorted list of keys without line numbers. */
function evidenceKey(evidence: readonly Evidence[]): string {
  return evidence
    .map((e) => `${e.path}\0${e.source}\0${e.detail}`)
    .sort()
    .join('\n');
}

/** added / removed / changed / unchanged per dependency id, from the two sides' dependencies. */
export function classifyChanges(baseDeps: readonly Dependency[], headDeps: readonly Dependency[]): Map<string, Change> {
  const base = new Map(baseDeps.map((d) => [d.id, d]));
  const head = new Map(headDeps.map((d) => [d.id, d]));
  const changes = new Map<string, Change>();
  for (const id of [...new Set([...base.keys(), ...head.keys()])].sort()) {
    const before = base.get(id);
    const after = head.get(id);
    if (!before) changes.set(id, 'added');
    else if (!after) changes.set(id, 'removed');
    else changes.set(id, evidenceKey(before.evidence) === evidenceKey(after.evidence) ? 'unchanged' : 'changed');
  }
  return changes;
}

async function dependenciesAt(root: string, commit: string, paths: string[], matcher: Matcher, options: DiffOptions): Promise<{ deps: Dependency[]; warnings: ScanWarning[]; signals: Signal[] }> {
  if (paths.length === 0) return { deps: [], warnings: [], signals: [] };
  const source = options.openSource ? options.openSource(root, commit) : new GitRevisionSource(root, commit);
  try {
    const { signals, warnings } = await collectSignals(paths, source);
    return { deps: resolveDependencies(signals, matcher), warnings, signals };
  } finally {
    await source.close?.();
  }
}

/**
 * Extractors whose files say how the app is deployed and configured: env templates, compose,
 * platform configs, Dockerfiles, Spring and node-config settings. Cheap to read, few per repository.
 */
const CONTEXT_EXTRACTORS = new Set(['env', 'compose', 'spring', 'node-config', 'dockerfile', 'vercel', 'netlify', 'fly', 'railway', 'render', 'heroku', 'heroku-yml', 'procfile', 'firebase']);

/**
 * Confidence of the head's dependencies as a full scan would give it: the diff names which
 * dependencies to report, but their configuration (an unchanged .env.example), what is deployed
 * (an unchanged Dockerfile) and their imports may sit in files the change did not touch. So the
 * head's deployment and configuration files are read too (never its other manifests: the cost
 * stays with the few files that configure a deployment), and one `git grep` at head looks for
 * imports. Runs only when some dependency's confidence is not already settled by infrastructure.
 */
async function withHeadConfidence(root: string, head: string, diffSignals: Signal[], deps: Dependency[], matcher: Matcher, options: DiffOptions, changed: readonly string[]): Promise<{ deps: Dependency[]; ms: number }> {
  if (deps.every((d) => d.confidence === 'confirmed')) return { deps, ms: 0 };
  const listed = await git(root, ['-c', 'core.quotePath=false', 'ls-tree', '-r', '-z', '--name-only', head]);
  if (listed.code !== 0) return { deps, ms: 0 };
  const excluded = excludeFilter(options.exclude);
  const headPaths = splitNul(listed.stdout).filter((p) => !isSkippedPath(p) && !excluded(p));
  const read = new Set(diffSignals.map((s) => s.path));
  const contextPaths = headPaths.filter((p) => !read.has(p) && extractorsFor(p).some((e) => CONTEXT_EXTRACTORS.has(e.id)));
  let contextSignals: Signal[] = [];
  if (contextPaths.length > 0) {
    const source = options.openSource ? options.openSource(root, head) : new GitRevisionSource(root, head);
    try {
      // Only the context extractors' signals: another extractor claiming the same file is not this read's business.
      contextSignals = (await collectSignals(contextPaths, source)).signals;
    } finally {
      await source.close?.();
    }
  }
  const all = [...diffSignals, ...contextSignals];
  const matched = matchEvidence(all, matcher);
  const deployment = deploymentModel(all);
  // Only the change's dependencies are looked for in code: the others are not in this report.
  const reported = new Set(deps.filter((d) => d.confidence !== 'confirmed').map((d) => d.id));
  const request = usageRequest({ ...matched, candidates: new Map([...matched.candidates].filter(([id]) => reported.has(id))) }, deployment);
  // Variable reads are looked for in the changed files only: the cost follows the diff.
  const usage = await findUsage(root, request, { revision: head, paths: headPaths, settingPaths: changed });
  const full = new Map(resolveMatched(matched, { deployment, usage }).map((d) => [d.id, d]));
  return {
    deps: deps.map((d) => {
      const known = full.get(d.id);
      return known ? { ...d, confidence: known.confidence!, confidenceReason: known.confidenceReason! } : d;
    }),
    ms: usage.ms,
  };
}

/**
 * Fetches what is missing, lists the files changed between the merge base of base and
 * head and head, and computes the dependencies of the changed manifests on both sides.
 * Throws RevisionError (fetch.ts) when base or head cannot be had.
 */
export async function diffDependencies(root: string, revs: { base: string; head: string }, catalog: Catalog, options: DiffOptions = {}): Promise<DiffResult> {
  const revisions = await ensureRevisions(root, revs, options);
  const log = [...revisions.log];
  const from = revisions.mergeBase ?? revisions.base;
  const files = await changedFiles(root, from, revisions.head);

  // The same path filters as a full scan, so both modes agree on what counts.
  const excluded = excludeFilter(options.exclude);
  const manifestFiles = files.filter((f) => isManifest(f.path) && !isSkippedPath(f.path) && !excluded(f.path));
  const atBase = manifestFiles.filter(existsBefore).map((f) => f.path);
  const atHead = manifestFiles.filter(existsAfter).map((f) => f.path);
  log.push(`${files.length} changed file${files.length === 1 ? '' : 's'}, ${manifestFiles.length} of them manifests: read ${atBase.length} at ${revisions.twoDot ? 'base' : 'the merge base'}, ${atHead.length} at head`);

  const matcher = new Matcher(catalog);
  const [before, after] = await Promise.all([
    dependenciesAt(root, from, atBase, matcher, options),
    dependenciesAt(root, revisions.head, atHead, matcher, options),
  ]);
  const head = after.deps.length > 0 ? await withHeadConfidence(root, revisions.head, after.signals, after.deps, matcher, options, files.filter(existsAfter).map((f) => f.path)) : { deps: after.deps, ms: 0 };

  return {
    base: revisions.base,
    head: revisions.head,
    mergeBase: revisions.mergeBase,
    twoDot: revisions.twoDot,
    changedFiles: files,
    manifests: manifestFiles.map((f) => f.path),
    baseDeps: before.deps,
    headDeps: head.deps,
    changes: classifyChanges(before.deps, head.deps),
    warnings: after.warnings,
    log,
    usageMs: head.ms,
  };
}
