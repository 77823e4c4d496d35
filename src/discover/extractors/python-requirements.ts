import { posix } from 'node:path';
import { splitLines, stripBom } from '../../util/lines.js';
import type { Extractor, ExtractInput, Signal } from '../types.js';
import { basename, dirname } from './paths.js';
import { isDevName, parseRequirement, requirementSignals } from './pep508.js';

/** Folders whose requirement files install tooling, not the product (ReadTheDocs' docs/requirements.txt). */
const DEV_FOLDERS = new Set(['docs', 'doc']);
/** How deep `-r` includes are followed; real projects nest two or three. */
const MAX_INCLUDE_DEPTH = 8;

/**
 * `requirements.txt`, `requirements-prod.txt`, `dev-requirements.txt`, `requirements/base.txt`,
 * and pip-tools' `requirements.in` (the same format).
 */
export function isRequirementsFile(path: string): boolean {
  const name = basename(path).toLowerCase();
  if (!name.endsWith('.txt') && !name.endsWith('.in')) return false;
  const words = name.split(/[._-]+/);
  return words.includes('requirements') || basename(dirname(path)).toLowerCase() === 'requirements';
}

/** Dev scope when the file name says dev/test/docs/lint (`requirements/test.txt`) or it sits in docs/. */
function isDevRequirementsFile(path: string): boolean {
  return isDevName(basename(path)) || DEV_FOLDERS.has(basename(dirname(path)).toLowerCase());
}

interface LogicalLine {
  /** 1-based number of its first physical line */
  line: number;
  text: string;
}

/**
 * pip's own line rules, read one line at a time (the format is line-based, so no parser is
 * needed): a trailing backslash joins the next line unless the line is a comment, then a `#`
 * at the start or after whitespace begins a comment (`#egg=` inside a URL is not one).
 */
export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const lines = splitLines(stripBom(text));
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    let joined = lines[i]!;
    while (joined.endsWith('\\') && !/^\s*#/.test(joined) && i + 1 < lines.length) {
      joined = joined.slice(0, -1) + lines[++i]!;
    }
    if (joined.endsWith('\\')) joined = joined.slice(0, -1);
    // The comment starts at the first `#` after white space (a `(^|\s)#.*$` regex rescanned the line from each).
    const hash = joined.search(/(?:^|\s)#/);
    const body = (hash < 0 ? joined : joined.slice(0, hash)).trim();
    if (body) out.push({ line: first + 1, text: body });
  }
  return out;
}

/**
 * pip-compile's (and uv's) annotations of where each pin comes from: `# via celery` after the pin
 * or on the lines below it (`# via` then `#   celery`). Per 1-based requirement line, the names
 * listed; a pin listed only `via` other packages is transitive. Read from the raw lines, since
 * comments are dropped from logical lines.
 */
export function viaAnnotations(text: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const lines = splitLines(stripBom(text));
  let owner: number | undefined;
  let collecting = false;
  let continued = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const trimmed = raw.trim();
    if (!trimmed.startsWith('#')) {
      collecting = false;
      // `--hash=...` lines continued with a backslash still belong to the pin above.
      if (!continued) owner = trimmed === '' || trimmed.startsWith('-') ? undefined : i + 1;
      continued = trimmed.endsWith('\\');
      const inline = /\s#\s*via\s+(.+)$/.exec(raw);
      if (owner && inline) out.set(owner, inline[1]!.split(',').map((v) => v.trim()).filter(Boolean));
      continue;
    }
    if (owner === undefined) continue;
    const comment = trimmed.replace(/^#\s*/, '');
    const via = /^via(?:\s+(.*))?$/.exec(comment);
    if (via) {
      collecting = via[1] === undefined;
      out.set(owner, via[1] ? [via[1].trim()] : []);
    } else if (collecting && comment) {
      out.get(owner)?.push(comment);
    }
  }
  return out;
}

/** True when pip-compile says only other packages need this pin (no `-r file`, `-c file` or file among its sources). */
function isTransitive(via: string[] | undefined): boolean {
  return via !== undefined && via.length > 0 && via.every((source) => /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?$/.test(source));
}

/** `-r file`, `-rfile`, `--requirement file`, `--requirement=file`. */
const INCLUDE_OPTION = /^(?:-r|--requirement)(?:\s*=\s*|\s+)?(\S+)$/;
/** Per-requirement options after a requirement (`--hash=sha256:...`, `--config-settings ...`). */
const TRAILING_OPTIONS = /\s--?[a-z][\s\S]*$/;

/**
 * A requirement line that names no package: a bare URL (`git+https://...`), a local path
 * (`.`, `./libs/shared`, `/opt/wheels/x.whl`) or an archive file name. `name @ url` is not one.
 */
function isUnnamedReference(text: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(?:\.{1,2}(?:[\\/[]|$)|[\\/]|~|[A-Za-z]:[\\/])/.test(text)) return true;
  return !/[\s@]/.test(text) && /\.(?:whl|tar\.gz|tgz|zip)$/i.test(text);
}

interface ReadState {
  input: ExtractInput;
  scope: 'prod' | 'dev';
  /** paths already read in this include chain, against `-r` cycles */
  visited: Set<string>;
  signals: Signal[];
}

/**
 * Reads one requirements file. `filePath` is where its lines are attributed: the file itself, or
 * an included file (whose problems are reported at the including `-r` line of the scanned file).
 */
async function readFile(state: ReadState, filePath: string, text: string, depth: number, includeLine?: number): Promise<void> {
  const { input } = state;
  const where = (line: number): string => (filePath === input.path ? '' : ` (in ${filePath} line ${line}, included with -r)`);
  const warnAt = (message: string, line: number): void => input.warn(`${message}${where(line)}`, includeLine ?? line);
  const vias = viaAnnotations(text);
  for (const { line, text: body } of logicalLines(text)) {
    if (body.startsWith('-')) {
      const include = INCLUDE_OPTION.exec(body)?.[1];
      // -c constraint files only pin versions of packages declared elsewhere; -e, --index-url and
      // the other options name no dependency of their own.
      if (include) await follow(state, filePath, include, line, depth, includeLine);
      continue;
    }
    const requirementText = body.replace(TRAILING_OPTIONS, '');
    if (isUnnamedReference(requirementText)) continue;
    const requirement = parseRequirement(requirementText);
    if (!requirement) {
      warnAt('not a requirement pip can read; line skipped', line);
      continue;
    }
    const via = vias.get(line);
    const signals = requirementSignals(requirement, { path: filePath, line, section: 'requirement', scope: state.scope, source: 'pypi' });
    const optional = isTransitive(via) ? `a transitive pin (# via ${via!.join(', ')})` : undefined;
    state.signals.push(...(optional ? signals.map((signal) => ({ ...signal, optional })) : signals));
  }
}

/**
 * Follows `-r other.txt`. A target that is itself a requirements file by name is skipped: the
 * scan reads it on its own, with the scope its own name gives. Other targets (`-r base.txt`,
 * `-r common/pins.txt`) are read here and their signals carry their own path and lines.
 */
async function follow(state: ReadState, fromPath: string, target: string, line: number, depth: number, includeLine?: number): Promise<void> {
  const { input } = state;
  const at = includeLine ?? line;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return; // a remote file: never fetched
  const targetPath = posix.normalize(posix.join(posix.dirname(fromPath), target));
  if (isRequirementsFile(targetPath) || state.visited.has(targetPath)) return;
  if (depth >= MAX_INCLUDE_DEPTH) {
    input.warn(`-r includes nest deeper than ${MAX_INCLUDE_DEPTH} files; ${targetPath} not read`, at);
    return;
  }
  // readSibling resolves from the scanned file's folder, so name the target relative to it.
  const text = await input.readSibling?.(posix.relative(posix.dirname(input.path), targetPath));
  if (text === undefined) {
    input.warn(`-r ${target}: included file not found in the repository`, at);
    return;
  }
  state.visited.add(targetPath);
  await readFile(state, targetPath, text, depth + 1, at);
}

/** pip requirements files; see isRequirementsFile for the names read. */
export const pythonRequirements: Extractor = {
  id: 'pip-requirements',
  claimsName: (name) => /\.(?:txt|in)$/i.test(name),
  matches: isRequirementsFile,
  async extract(input) {
    const state: ReadState = { input, scope: isDevRequirementsFile(input.path) ? 'dev' : 'prod', visited: new Set([input.path]), signals: [] };
    await readFile(state, input.path, input.text, 0);
    return state.signals;
  },
};
