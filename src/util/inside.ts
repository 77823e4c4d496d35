import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** True when `p` is `dir` or below it (both absolute and normalised). */
export function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The real path (every link resolved), or undefined when it does not exist. */
export function realPathOf(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

export type InsideRead = { ok: true; text: string; real: string } | { ok: false; reason: string };

/**
 * Reads a file of the checkout, never through a link that leaves it: the real path of `file`
 * must be inside the real path of `root`. A committed symbolic link (to `/etc`, `~/.ssh`, a
 * secrets file of the runner) is refused with a reason, never followed; so is anything that is
 * not a regular file (a FIFO would block the check).
 */
export function readFileInside(root: string, file: string): InsideRead {
  const realRoot = realPathOf(root) ?? path.resolve(root);
  const real = realPathOf(file);
  if (real === undefined) return { ok: false, reason: 'not found' };
  if (!isInside(realRoot, real)) return { ok: false, reason: 'a symbolic link that leaves the repository; not followed' };
  try {
    if (!statSync(real).isFile()) return { ok: false, reason: 'not a regular file' };
    return { ok: true, text: readFileSync(real, 'utf8'), real };
  } catch (error) {
    return { ok: false, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

/** True when `file` exists as an entry (a file, a folder, or a link, even a broken one). */
export function entryExists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
