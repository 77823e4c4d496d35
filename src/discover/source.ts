import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files larger than this are skipped with a note: no manifest is this big, and reading it would cost the run. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Where file contents come from: the working tree, or a git revision in pull-request mode. */
export interface FileSource {
  read(relPath: string): Promise<ReadResult>;
}

/** Decodes bytes as UTF-8 text, refusing binary content (a NUL byte early in the file). */
export function decodeText(bytes: Buffer): ReadResult {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'binary file skipped' };
  return { ok: true, text: bytes.toString('utf8') };
}

/** Reads from a directory on disk, never following a link out of it. */
export class WorkTreeSource implements FileSource {
  private realRoot: string | undefined;

  constructor(private readonly root: string) {}

  /**
   * Synchronous calls on purpose: a scan reads hundreds of small files, and each async
   * read is four trips through libuv's thread pool; direct syscalls measured several
   * times faster (npm run bench), and the event loop has nothing else to do meanwhile.
   */
  async read(relPath: string): Promise<ReadResult> {
    const absolute = path.join(this.root, relPath);
    try {
      const stat = lstatSync(absolute);
      let target = absolute;
      if (stat.isSymbolicLink()) {
        target = realpathSync(absolute);
        const root = this.realRootPath();
        if (target !== root && !target.startsWith(root + path.sep)) {
          return { ok: false, reason: 'symbolic link leaves the repository; not followed' };
        }
      }
      const real = stat.isSymbolicLink() ? statSync(target) : stat;
      if (!real.isFile()) return { ok: false, reason: 'not a regular file' };
      if (real.size > MAX_FILE_BYTES) {
        return { ok: false, reason: `file is ${(real.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB cap; skipped` };
      }
      return decodeText(readFileSync(target));
    } catch (error) {
      return { ok: false, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
    }
  }

  private realRootPath(): string {
    if (this.realRoot === undefined) {
      try {
        this.realRoot = realpathSync(this.root);
      } catch {
        this.realRoot = path.resolve(this.root);
      }
    }
    return this.realRoot;
  }
}
