import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a report (SARIF, Markdown, JSON) to a path the workflow or the user chose. The path
 * may lie inside the checkout, where a pull request can have planted a symlink at it: a link
 * is refused rather than followed, so the write can never land outside where it was asked.
 * Returns why it was not written, or undefined once it is.
 */
export function writeReportFile(file: string, text: string, checkout?: string): string | undefined {
  try {
    const existing = lstatOrUndefined(file);
    if (existing?.isSymbolicLink()) return 'is a symbolic link; not followed (remove it, or choose another path)';
    const linked = checkout ? linkedFolder(path.resolve(file), path.resolve(checkout)) : undefined;
    if (linked) return `its folder ${linked} is a symbolic link; not followed (remove it, or choose another path)`;
    if (existing?.isDirectory()) return 'is a directory';
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The first folder of `file` inside the checkout that is a symbolic link (a pull request can commit one), if any. */
function linkedFolder(file: string, checkout: string): string | undefined {
  const rel = path.relative(checkout, path.dirname(file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  let folder = checkout;
  for (const part of rel.split(path.sep)) {
    folder = path.join(folder, part);
    const stat = lstatOrUndefined(folder);
    if (!stat) return undefined; // the rest is created here, as real folders
    if (stat.isSymbolicLink()) return path.relative(checkout, folder);
  }
  return undefined;
}

function lstatOrUndefined(file: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
