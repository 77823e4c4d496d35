import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a report (SARIF, Markdown, JSON) to a path the workflow or the user chose. The path
 * may lie inside the checkout, where a pull request can have planted a symlink at it: a link
 * is refused rather than followed, so the write can never land outside where it was asked.
 * Returns why it was not written, or undefined once it is.
 */
export function writeReportFile(file: string, text: string): string | undefined {
  try {
    const existing = lstatOrUndefined(file);
    if (existing?.isSymbolicLink()) return 'is a symbolic link; not followed (remove it, or choose another path)';
    if (existing?.isDirectory()) return 'is a directory';
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function lstatOrUndefined(file: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
