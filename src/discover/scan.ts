import { posix } from 'node:path';
import type { Catalog } from '../catalog/load.js';
import { matchEvidence, Matcher, resolveMatched, usageRequest, type Dependency, type OptionMenu } from '../catalog/match.js';
import { deploymentModel } from './deployment.js';
import { EXTRACTORS } from './extractors/index.js';
import { basename } from './extractors/paths.js';
import { listRepositoryFiles } from './files.js';
import { WorkTreeSource, type FileSource } from './source.js';
import type { Extractor, ScanWarning, Signal } from './types.js';
import { findUsage } from './usage.js';

export interface ScanResult {
  dependencies: Dependency[];
  warnings: ScanWarning[];
  /** files that named services only as a menu of options, which were not counted */
  menus?: OptionMenu[];
  /** milliseconds the usage grep took (0 when there was nothing to look for) */
  usageMs?: number;
}

export interface SignalResult {
  signals: Signal[];
  warnings: ScanWarning[];
  /** claimed files that could not be read (too large, binary, a link out...), also in `warnings` */
  unreadable: Array<{ path: string; reason: string }>;
}

/** Extractors that may claim a file name (`claimsName`), per distinct name: most names (`index.ts`) none. */
const byName = new WeakMap<readonly Extractor[], Map<string, Extractor[]>>();

/** The extractors that claim a path; most paths are claimed by none and never read. */
export function extractorsFor(path: string, extractors: readonly Extractor[] = EXTRACTORS): Extractor[] {
  let cache = byName.get(extractors);
  if (!cache) byName.set(extractors, (cache = new Map()));
  const name = basename(path);
  let candidates = cache.get(name);
  if (!candidates) cache.set(name, (candidates = extractors.filter((extractor) => extractor.claimsName(name))));
  return candidates.length === 0 ? candidates : candidates.filter((extractor) => extractor.matches(path));
}

/** True when some extractor reads this path. */
export function isManifest(path: string): boolean {
  return extractorsFor(path).length > 0;
}

const READ_CONCURRENCY = 16;

/**
 * Reads the claimed files among `paths` from `source` and runs their extractors.
 * A failing extractor or unreadable file becomes a warning; it never stops the scan.
 */
export async function collectSignals(paths: string[], source: FileSource): Promise<SignalResult> {
  const warnings: ScanWarning[] = [];
  const unreadable: SignalResult['unreadable'] = [];
  const jobs = paths.map((path) => ({ path, extractors: extractorsFor(path) })).filter((job) => job.extractors.length > 0);
  const results: Signal[][] = new Array(jobs.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < jobs.length) {
      const index = next++;
      const { path, extractors } = jobs[index]!;
      const read = await source.read(path);
      if (!read.ok) {
        warnings.push({ path, message: read.reason });
        if (read.code !== 'missing') unreadable.push({ path, reason: read.reason });
        results[index] = [];
        continue;
      }
      const signals: Signal[] = [];
      for (const extractor of extractors) {
        try {
          signals.push(...(await extractor.extract({ path, text: read.text, warn: (message, line) => warnings.push({ path, ...(line ? { line } : {}), message }), readSibling: (rel) => readSibling(source, path, rel) })));
        } catch (error) {
          warnings.push({ path, message: `${extractor.id} could not read this file: ${error instanceof Error ? error.message : String(error)}` });
        }
      }
      results[index] = signals;
    }
  }
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, jobs.length) }, worker));
  warnings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { signals: results.flat(), warnings, unreadable };
}

/** A file next to `fromPath`, read from the same source (working tree or git revision). */
async function readSibling(source: FileSource, fromPath: string, relPath: string): Promise<string | undefined> {
  const target = posix.normalize(posix.join(posix.dirname(fromPath), relPath));
  if (posix.isAbsolute(relPath) || target === '..' || target.startsWith('../')) return undefined;
  const read = await source.read(target);
  return read.ok ? read.text : undefined;
}

export interface ScanOptions {
  exclude?: string[];
  /** the repository's files when the caller has listed them already (one `git ls-files` a run) */
  paths?: string[];
}

/** Scans a whole repository (or directory): the `scan` command and the weekly sweep. */
export async function scanRepository(root: string, catalog: Catalog, options: ScanOptions = {}): Promise<ScanResult> {
  const paths = options.paths ?? (await listRepositoryFiles(root, { exclude: options.exclude }));
  return scanSource(root, paths, new WorkTreeSource(root), catalog);
}

/**
 * Every dependency the files prove, read through `source` (the work tree, or a commit's
 * objects when `revision` is given), with confidence decided as for any scan: what is deployed,
 * and one git grep (at `revision`, when given) for the SDKs' imports and the settings' reads.
 */
export async function scanSource(root: string, paths: string[], source: FileSource, catalog: Catalog, revision?: string): Promise<ScanResult> {
  const { signals, warnings } = await collectSignals(paths, source);
  const matched = matchEvidence(signals, new Matcher(catalog));
  const deployment = deploymentModel(signals);
  const usage = await findUsage(root, usageRequest(matched, deployment), { paths, ...(revision ? { revision } : {}) });
  return { dependencies: resolveMatched(matched, { deployment, usage }), warnings, menus: matched.menus, usageMs: usage.ms };
}
