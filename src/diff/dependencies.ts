import type { Catalog } from '../catalog/load.js';
import { matchEvidence, Matcher, resolveDependencies, resolveMatched, usageRequest, type Dependency, type Evidence, type OptionMenu } from '../catalog/match.js';
import type { Change } from '../check/types.js';
import { excludeFilter, isSkippedPath } from '../discover/files.js';
import { deploymentModel } from '../discover/deployment.js';
import { collectSignals, extractorsFor } from '../discover/scan.js';
import type { FileSource } from '../discover/source.js';
import type { Extractor, ScanWarning, Signal } from '../discover/types.js';
import { findUsage } from '../discover/usage.js';
import { git, splitNul } from '../util/git.js';
import { pathsHolding, readWhole, ruleNeedles } from './base-lookup.js';
import { changedFiles, existsAfter, existsBefore, type ChangedFile } from './changed.js';
import { ensureRevisions, type RevisionOptions, type Revisions } from './fetch.js';
import { GitRevisionSource } from './revision-source.js';
import { listTree } from './tree.js';

/**
 * Dependencies of a change (pull request, merge group, push), computed from the changed
 * files, so the cost follows the diff and not the repository's size: the changed files that
 * some extractor claims are read once at the merge base and once at head.
 *
 * What `change` means (a question about the whole merge-base tree, answered cheaply):
 * - added: the merge base did not depend on the service at all, in any file.
 * - removed: head does not depend on it any more, in any file.
 * - changed: both do, and the changed files' evidence for it differs other than by line
 *   number (a version bump `^8.11.0` → `^8.12.0`, an image tag, a new variable, a new file
 *   naming a service an unchanged file already proves).
 * - unchanged: the same evidence on both sides (lines moved, or an unrelated key edited).
 *
 * A service the changed files prove on one side only is looked up in the unchanged files
 * (base-lookup.ts): only those that could name it are read, so a PR that adds a service to a
 * 10,000-file repository reads a handful of files, not the tree.
 *
 * `warnings` are those of the head side only: a file that was already malformed at the
 * base is not this change's problem, and head is what will ship. `unreadable` lists the
 * changed manifests that could not be read at head (over the size cap, binary, a link out):
 * a dependency may hide in them, so a pull-request check fails on them.
 */

export interface DiffOptions extends RevisionOptions {
  /** minimatch globs of paths to leave out, as for a full scan */
  exclude?: string[];
  /** reads a commit's files; defaults to one `git cat-file --batch` per commit */
  openSource?: (root: string, commit: string) => FileSource & { close?(): Promise<void> };
  /** revisions already resolved (ensureRevisions); otherwise they are resolved here */
  revisions?: Revisions;
  /** every path of head's tree, when the caller has listed it already */
  headFiles?: readonly string[];
  /** the files changed between the merge base (or base) and head, when the caller has them already */
  changed?: ChangedFile[];
  /**
   * Called once the git processes this computation starts (the base lookup's grep, head's usage
   * grep) are running, or when it ends without them: CPU work of the caller's own (the plan's
   * Markdown parse) then overlaps their wait instead of delaying their start.
   */
  onGitStarted?: () => void;
  /**
   * Whether the gate counts a dependency (fail-on-confidence): a service the merge base knew only
   * from evidence too weak to count (an env name alone) is added when the change makes it count.
   * Default: every dependency counts.
   */
  counts?: (dep: Dependency) => boolean;
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
  /**
   * dependencies proven by the unchanged files the base lookup read (the same at both
   * sides): where a service the changed files dropped is still used
   */
  unchangedDeps: Dependency[];
  changes: Map<string, Change>;
  warnings: ScanWarning[];
  /** changed files at head that named services only as a menu of options, which were not counted */
  menus: OptionMenu[];
  /** changed manifests that could not be read at head */
  unreadable: Array<{ path: string; reason: string }>;
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

/**
 * added / removed / changed / unchanged per dependency id seen in the changed files.
 * `baseIds` / `headIds`: every id the side depends on, when known beyond the changed files
 * (the base lookup); by default only the changed files' own.
 */
export function classifyChanges(baseDeps: readonly Dependency[], headDeps: readonly Dependency[], sides: { baseIds?: ReadonlySet<string>; headIds?: ReadonlySet<string> } = {}): Map<string, Change> {
  const base = new Map(baseDeps.map((d) => [d.id, d]));
  const head = new Map(headDeps.map((d) => [d.id, d]));
  const inBase = (id: string): boolean => base.has(id) || sides.baseIds?.has(id) === true;
  const inHead = (id: string): boolean => head.has(id) || sides.headIds?.has(id) === true;
  const changes = new Map<string, Change>();
  for (const id of [...new Set([...base.keys(), ...head.keys()])].sort()) {
    if (!inBase(id)) changes.set(id, 'added');
    else if (!inHead(id)) changes.set(id, 'removed');
    else changes.set(id, evidenceKey(base.get(id)?.evidence ?? []) === evidenceKey(head.get(id)?.evidence ?? []) ? 'unchanged' : 'changed');
  }
  return changes;
}

export interface Side {
  signals: Signal[];
  deps: Dependency[];
  /** files of this side that named services only as a menu of options */
  menus: OptionMenu[];
  warnings: ScanWarning[];
  unreadable: Array<{ path: string; reason: string }>;
}

function openAt(root: string, commit: string, options: DiffOptions): FileSource & { close?(): Promise<void> } {
  return options.openSource ? options.openSource(root, commit) : new GitRevisionSource(root, commit);
}

async function readSide(root: string, commit: string, paths: string[], matcher: Matcher, options: DiffOptions): Promise<Side> {
  if (paths.length === 0) return { signals: [], deps: [], menus: [], warnings: [], unreadable: [] };
  const source = openAt(root, commit, options);
  try {
    const { signals, warnings, unreadable } = await collectSignals(paths, source);
    const matched = matchEvidence(signals, matcher);
    return { signals, deps: resolveMatched(matched), menus: matched.menus, warnings, unreadable };
  } finally {
    await source.close?.();
  }
}

/**
 * Extractors whose files say how the app is deployed and configured: env templates, compose,
 * platform configs, Dockerfiles, Spring, .NET appsettings and node-config settings. Cheap to read, few per repository.
 */
const CONTEXT_EXTRACTORS = new Set(['env', 'compose', 'spring', 'appsettings', 'app-config', 'elixir-config', 'node-config', 'dockerfile', 'vercel', 'netlify', 'fly', 'railway', 'render', 'heroku', 'heroku-yml', 'procfile', 'firebase', 'replit']);

/**
 * Confidence of the head's dependencies as a full scan would give it: the diff names which
 * dependencies to report, but their configuration (an unchanged .env.example), what is deployed
 * (an unchanged Dockerfile) and their imports may sit in files the change did not touch. So the
 * head's deployment and configuration files are read too (never its other manifests: the cost
 * stays with the few files that configure a deployment), and one `git grep` at head looks for
 * imports. Runs only when some dependency's confidence is not already settled by infrastructure.
 */
async function withHeadConfidence(
  root: string,
  head: string,
  diffSignals: Signal[],
  deps: Dependency[],
  matcher: Matcher,
  options: DiffOptions,
  changed: readonly string[],
  claimedBy: (path: string) => readonly Extractor[] = extractorsFor,
  usageStarted: () => void = () => undefined,
): Promise<{ deps: Dependency[]; ms: number }> {
  if (deps.every((d) => d.confidence === 'confirmed')) return { deps, ms: 0 };
  // Head's file list: the caller's when it has one (no second listing of the tree).
  let listedPaths = options.headFiles;
  if (!listedPaths) {
    const listed = await git(root, ['-c', 'core.quotePath=false', 'ls-tree', '-r', '-z', '--name-only', head]);
    if (listed.code !== 0) return { deps, ms: 0 };
    listedPaths = splitNul(listed.stdout);
  }
  const excluded = excludeFilter(options.exclude);
  const headPaths = listedPaths.filter((p) => !isSkippedPath(p) && !excluded(p));
  const read = new Set(diffSignals.map((s) => s.path));
  const contextPaths = headPaths.filter((p) => !read.has(p) && claimedBy(p).some((e) => CONTEXT_EXTRACTORS.has(e.id)));
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
  const usageRun = findUsage(root, request, { revision: head, paths: headPaths, settingPaths: changed });
  // findUsage has started its grep (or found nothing to look for) before its first wait.
  usageStarted();
  const usage = await usageRun;
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
 * Reads, among `paths` at `commit`, the files that could prove one of the services `ids`
 * (base-lookup.ts), and resolves what they prove. `read` says how many were read.
 */
export async function lookUpServices(
  root: string,
  commit: string,
  ids: readonly string[],
  paths: readonly string[],
  catalog: Catalog,
  matcher: Matcher,
  options: Pick<DiffOptions, 'openSource'> = {},
): Promise<{ side: Side; read: number }> {
  const needles = new Set<string>();
  let everyFile = false;
  for (const id of ids) {
    const rule = catalog.byId.get(id);
    const list = rule ? ruleNeedles(rule) : null;
    if (list === null) everyFile = true;
    else for (const needle of list) needles.add(needle);
  }
  const whole = new Set(paths.filter(readWhole));
  const holding = everyFile ? new Set(paths) : await pathsHolding(root, commit, paths.filter((path) => !whole.has(path)), [...needles]);
  const toRead = paths.filter((path) => holding.has(path) || whole.has(path));
  return { side: await readSide(root, commit, toRead, matcher, options), read: toRead.length };
}

/**
 * Fetches what is missing, lists the files changed between the merge base of base and
 * head and head, and computes the dependencies of the changed manifests on both sides.
 * Throws RevisionError (fetch.ts) when base or head cannot be had.
 */
export async function diffDependencies(root: string, revs: { base: string; head: string }, catalog: Catalog, options: DiffOptions = {}): Promise<DiffResult> {
  const revisions = options.revisions ?? (await ensureRevisions(root, revs, options));
  const log = [...revisions.log];
  const from = revisions.mergeBase ?? revisions.base;
  const where = revisions.twoDot ? 'base' : 'the merge base';
  const files = options.changed ?? (await changedFiles(root, from, revisions.head));

  // The same path filters as a full scan, so both modes agree on what counts.
  const excluded = excludeFilter(options.exclude);
  // Which extractors claim a path, asked once per path: head's confidence and the unchanged
  // manifests below both go through head's whole file list.
  const claims = new Map<string, readonly Extractor[]>();
  const claimedBy = (path: string): readonly Extractor[] => {
    let found = claims.get(path);
    if (!found) claims.set(path, (found = extractorsFor(path)));
    return found;
  };
  const counts = (path: string): boolean => claimedBy(path).length > 0 && !isSkippedPath(path) && !excluded(path);
  const manifestFiles = files.filter((f) => counts(f.path));
  const atBase = manifestFiles.filter(existsBefore).map((f) => f.path);
  const atHead = manifestFiles.filter(existsAfter).map((f) => f.path);
  log.push(`${files.length} changed file${files.length === 1 ? '' : 's'}, ${manifestFiles.length} of them manifests: read ${atBase.length} at ${where}, ${atHead.length} at head`);

  const matcher = new Matcher(catalog);
  const [before, after] = await Promise.all([readSide(root, from, atBase, matcher, options), readSide(root, revisions.head, atHead, matcher, options)]);
  const counted = options.counts ?? (() => true);

  // Head's confidence does not depend on the lookup below: it starts now, so its reads and its
  // usage grep overlap the lookup's grep. A failure of the lookup still surfaces first.
  let usageStarted!: () => void;
  const headGitStarted = new Promise<void>((resolve) => (usageStarted = resolve));
  const headConfidence = after.deps.length > 0 ? withHeadConfidence(root, revisions.head, after.signals, after.deps, matcher, options, files.filter(existsAfter).map((f) => f.path), claimedBy, usageStarted) : Promise.resolve({ deps: after.deps, ms: 0 });
  headConfidence.then(usageStarted, usageStarted);
  headConfidence.catch(() => undefined);
  const gitStarted = (): void => void headGitStarted.then(options.onGitStarted);

  // Services the changed files prove on one side only: did an unchanged file prove them?
  const baseIds = new Set(before.deps.map((d) => d.id));
  const headIds = new Set(after.deps.map((d) => d.id));
  const candidates = [...new Set([...baseIds, ...headIds])].filter((id) => baseIds.has(id) !== headIds.has(id)).sort();
  let unchanged: Side = { signals: [], deps: [], menus: [], warnings: [], unreadable: [] };
  let sides: { baseIds?: Set<string>; headIds?: Set<string> } = {};
  if (candidates.length === 0) gitStarted();
  else {
    const changed = new Set(files.map((f) => f.path));
    const headFiles = options.headFiles ?? (await listTree(root, revisions.head));
    const others = headFiles.filter((path) => !changed.has(path) && counts(path));
    const lookup = lookUpServices(root, from, candidates, others, catalog, matcher, options);
    // lookUpServices has started its grep before its first wait.
    gitStarted();
    const found = await lookup;
    unchanged = found.side;
    log.push(`looked up ${candidates.join(', ')} in ${found.read} of ${others.length} unchanged manifest${others.length === 1 ? '' : 's'} at ${where}`);
    // Resolved together, as a scan would: a service named only in a menu of options in one
    // file can be confirmed by another.
    sides = {
      baseIds: new Set(resolveDependencies([...before.signals, ...unchanged.signals], matcher).filter(counted).map((d) => d.id)),
      headIds: new Set(resolveDependencies([...after.signals, ...unchanged.signals], matcher).map((d) => d.id)),
    };
  }
  const head = await headConfidence;

  return {
    base: revisions.base,
    head: revisions.head,
    mergeBase: revisions.mergeBase,
    twoDot: revisions.twoDot,
    changedFiles: files,
    manifests: manifestFiles.map((f) => f.path),
    baseDeps: before.deps,
    headDeps: head.deps,
    unchangedDeps: unchanged.deps,
    changes: classifyChanges(before.deps.filter(counted), head.deps, sides),
    warnings: after.warnings,
    menus: after.menus,
    unreadable: after.unreadable,
    log,
    usageMs: head.ms,
  };
}
