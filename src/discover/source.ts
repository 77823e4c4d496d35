import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files larger than this are skipped with a note: no manifest is this big, and reading it would cost the run. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Why a file could not be read. A pull-request check fails closed on a changed manifest it
 * could not read (anything but `missing`): a dependency may hide in it.
 */
export type ReadFailure = 'missing' | 'too-large' | 'binary' | 'link-out' | 'not-a-file' | 'error';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string; code: ReadFailure };

export interface ReadOptions {
  /** a different size cap for this read (the plan has its own) */
  maxBytes?: number;
}

/** Where file contents come from: the working tree, or a git revision in pull-request mode. */
export interface FileSource {
  read(relPath: string, options?: ReadOptions): Promise<ReadResult>;
}

/** The answer for a file over the cap, in the words every source uses. */
export function tooLarge(size: number, cap: number): ReadResult {
  return { ok: false, code: 'too-large', reason: `file is ${(size / 1048576).toFixed(1)} MB, over the ${+(cap / 1048576).toFixed(1)} MB cap; skipped` };
}

/** Decodes bytes as UTF-8 text, refusing binary content (a NUL byte early in the file). */
export function decodeText(bytes: Buffer): ReadResult {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, code: 'binary', reason: 'binary file skipped' };
  return { ok: true, text: bytes.toString('utf8') };
}

/** Reads from a directory on disk, never following a link out of it. */
export class WorkTreeSource implements FileSource {
  private realRoot: string | undefined;
  /** folder -> whether its real path is inside the root (a linked folder may lead out) */
  private readonly folders = new Map<string, boolean>();

  constructor(private readonly root: string) {}

  /**
   * Synchronous calls on purpose: a scan reads hundreds of small files, and each async
   * read is four trips through libuv's thread pool; direct syscalls measured several
   * times faster (npm run bench), and the event loop has nothing else to do meanwhile.
   */
  async read(relPath: string, options: ReadOptions = {}): Promise<ReadResult> {
    const absolute = path.join(this.root, relPath);
    const cap = options.maxBytes ?? MAX_FILE_BYTES;
    try {
      const stat = lstatSync(absolute);
      let target = absolute;
      const root = this.realRootPath();
      const inside = (p: string): boolean => p === root || p.startsWith(root + path.sep);
      if (stat.isSymbolicLink()) {
        target = realpathSync(absolute);
        if (!inside(target)) return { ok: false, code: 'link-out', reason: 'symbolic link leaves the repository; not followed' };
      } else if (!this.folderInside(path.dirname(absolute), inside)) {
        return { ok: false, code: 'link-out', reason: 'symbolic link leaves the repository; not followed' };
      }
      const real = stat.isSymbolicLink() ? statSync(target) : stat;
      if (!real.isFile()) return { ok: false, code: 'not-a-file', reason: 'not a regular file' };
      if (real.size > cap) return tooLarge(real.size, cap);
      return decodeText(readFileSync(target));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' ? { ok: false, code: 'missing', reason: 'file does not exist' } : { ok: false, code: 'error', reason: `cannot read: ${code ?? String(error)}` };
    }
  }

  /** Once per folder: a committed link to a folder outside must not be read through either. */
  private folderInside(folder: string, inside: (p: string) => boolean): boolean {
    let known = this.folders.get(folder);
    if (known === undefined) {
      try {
        // The system's realpath(3): one call, where Node's JS realpath lstats every component.
        known = inside(realpathSync.native(folder));
      } catch {
        known = true;
      }
      this.folders.set(folder, known);
    }
    return known;
  }

  private realRootPath(): string {
    if (this.realRoot === undefined) {
      try {
        this.realRoot = realpathSync.native(this.root);
      } catch {
        this.realRoot = path.resolve(this.root);
      }
    }
    return this.realRoot;
  }
}
