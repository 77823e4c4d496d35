import type { Rule } from '../catalog/types.js';
import { extractorsFor } from '../discover/scan.js';
import { git, splitNul } from '../util/git.js';

/**
 * "Did the merge base depend on this service at all?" for the few services a diff adds to
 * (or drops from) its changed files, without scanning the merge-base tree.
 *
 * A service the changed files prove on one side only may still be proven by a file the
 * change did not touch (Redis in an unchanged docker-compose.yml when the PR adds ioredis to
 * package.json). Unchanged files are the same at the merge base and at head, so the question
 * is about them, and most of them cannot answer it: a file proves a service only through one
 * of the names its rule lists, and for the extractors below those names appear in the file's
 * text (a package name, a variable, an image, a resource type). So:
 *
 * 1. Each rule gives one needle per signal pattern: the longest piece of the pattern that
 *    every matching file must contain, lower-cased (`ioredis`, `redis_url`, `elasticache`).
 * 2. One `git grep -F -i -l` over the unchanged manifests at the merge base lists the files
 *    that hold a needle; git reads the blobs, Paramedic none.
 * 3. Those files, and every file of an extractor that makes names up (platform configs,
 *    CloudFormation, files that read their siblings), are read and resolved exactly as a scan
 *    would.
 *
 * The needle test can only miss a file whose names are escaped or built in ways the
 * extractors undo (a JSON `\u` escape); the service is then called added, which fails closed.
 */

/**
 * Extractors whose signal names are written in the file (modulo case and the catalog's own
 * folding), so that a file without a rule's needle cannot prove that rule. Any other
 * extractor (one that synthesises names such as `render-postgres` or `cfn:AWS::SQS::Queue`, or
 * reads sibling files) has every file it claims read; so has a new one until it is listed here.
 */
const LITERAL_EXTRACTORS = new Set([
  'npm', 'env', 'compose', 'kubernetes', 'maven', 'gradle', 'gradle-catalog', 'prisma', 'pyproject', 'pipfile',
  'gemfile', 'go-mod', 'composer', 'cargo', 'terraform', 'nuget', 'hex',
]);

/** True when a file's signals may carry names its text does not hold: it is read whatever it contains. */
export function readWhole(path: string): boolean {
  return extractorsFor(path).some((extractor) => !LITERAL_EXTRACTORS.has(extractor.id));
}

/** Literal runs of a catalog pattern that every name it matches contains: glob parts and `{a,b}` choices dropped. */
function literalRuns(pattern: string): string[] {
  return pattern
    .replace(/\{[^}]*\}/g, '*')
    .split(/[*?]/)
    .filter((run) => run.length > 0);
}

const longest = (pieces: string[]): string | undefined => pieces.reduce<string | undefined>((best, p) => (!best || p.length > best.length ? p : best), undefined);

/**
 * The needle of one pattern of a kind, or null when the pattern has no literal part (every
 * file of that kind may match), or undefined when only name-making extractors emit that kind.
 */
function needleOf(kind: 'package-pypi' | 'package-maven' | 'package-go' | 'package' | 'env-value' | 'platform' | 'other', pattern: string): string | null | undefined {
  let text = pattern.toLowerCase();
  if (kind === 'platform') {
    // Only Kubernetes makes platform names from literal text (`k8s:<group>/<kind>`); the others
    // (Render, Heroku, CloudFormation...) come from extractors that are read whole.
    if (!text.startsWith('k8s:')) return undefined;
    text = text.slice('k8s:'.length);
  }
  if (kind === 'package-go') text = text.replace(/\/v\d+$/, '');
  let pieces = literalRuns(text);
  // Folded or assembled names: each piece is in the text, the whole may not be.
  if (kind === 'package-pypi') pieces = pieces.flatMap((p) => p.split(/[-_.[\],]+/));
  else if (kind === 'package' || kind === 'package-maven') pieces = pieces.flatMap((p) => p.split(/[[\],]+/));
  if (kind === 'env-value') pieces = pieces.flatMap((p) => p.split('='));
  if (kind === 'platform') pieces = pieces.flatMap((p) => p.split('/'));
  pieces = pieces.filter((p) => p.length > 0);
  if (kind === 'package-maven') {
    // `group:artifact` is two elements of a pom: the artifact (never set by a property) when it is literal.
    const artifact = text.slice(text.lastIndexOf(':') + 1);
    if (text.includes(':') && artifact && !/[*?{}]/.test(artifact)) return artifact;
    pieces = pieces.flatMap((p) => p.split(':')).filter(Boolean);
  }
  return longest(pieces) ?? null;
}

/**
 * The needles of a rule, lower-cased; null when some pattern has no literal part, and every
 * unchanged manifest must then be read for this rule.
 */
export function ruleNeedles(rule: Rule): string[] | null {
  const needles = new Set<string>();
  let unbounded = false;
  const add = (needle: string | null | undefined): void => {
    if (needle === null) unbounded = true;
    else if (needle !== undefined) needles.add(needle);
  };
  for (const [eco, list] of Object.entries(rule.signals.packages ?? {})) {
    const kind = eco === 'pypi' ? 'package-pypi' : eco === 'maven' ? 'package-maven' : eco === 'go' ? 'package-go' : 'package';
    for (const p of list ?? []) add(needleOf(kind, p.name));
  }
  for (const p of rule.signals.env ?? []) add(needleOf('other', p.name));
  for (const p of rule.signals.envValues ?? []) add(needleOf('env-value', p.name));
  for (const p of rule.signals.urlSchemes ?? []) add(needleOf('other', p.name));
  for (const p of rule.signals.images ?? []) add(needleOf('other', p.name));
  for (const p of rule.signals.terraform ?? []) add(needleOf('other', p.type));
  for (const p of rule.signals.terraformModules ?? []) add(needleOf('other', p.name));
  for (const p of rule.signals.helm ?? []) add(needleOf('other', p.name));
  for (const p of rule.signals.prisma ?? []) add(needleOf('other', p.name));
  for (const p of rule.signals.platform ?? []) add(needleOf('platform', p.name));
  return unbounded ? null : [...needles].sort();
}

/** At most this many paths per `git grep` (argument lists have limits). */
const PATHS_PER_GREP = 2000;

/**
 * The paths among `paths` whose blob at `commit` holds one of `needles` (ASCII case ignored),
 * by `git grep` over the revision: no blob is read into this process. Paths are literal
 * (`--literal-pathspecs`), so `*` or `:` in a file name is never a pattern.
 */
export async function pathsHolding(root: string, commit: string, paths: readonly string[], needles: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  if (paths.length === 0 || needles.length === 0) return found;
  const prefix = `${commit}:`;
  for (let i = 0; i < paths.length; i += PATHS_PER_GREP) {
    const batch = paths.slice(i, i + PATHS_PER_GREP);
    const args = ['--literal-pathspecs', 'grep', '-l', '-z', '-I', '-i', '-F', '--no-color', '--no-textconv', ...needles.flatMap((n) => ['-e', n]), commit, '--', ...batch];
    const result = await git(root, args);
    // 1: nothing matched. Anything else is a failure: read every path instead (exact, slower).
    if (result.code === 1) continue;
    if (result.code !== 0) {
      for (const path of batch) found.add(path);
      continue;
    }
    for (const entry of splitNul(result.stdout)) found.add(entry.startsWith(prefix) ? entry.slice(prefix.length) : entry);
  }
  return found;
}
