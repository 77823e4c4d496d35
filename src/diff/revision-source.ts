import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { childEnv } from '../util/child-env.js';
import { decodeText, MAX_FILE_BYTES, tooLarge, type FileSource, type ReadFailure, type ReadOptions, type ReadResult } from '../discover/source.js';

/**
 * Reads files as they are at a commit, through ONE long-lived
 * `git cat-file --batch --follow-symlinks` process: each read is a line written to its
 * stdin and one answer read back, so reading a hundred manifests costs one process.
 * Answers come back in request order, so concurrent reads are queued FIFO.
 *
 * A request names its commit (`<sha>:<path>`), so one process serves reads at several
 * commits: a pull-request check shares one GitObjectReader between the merge base and head
 * (GitRevisionSource views of it), instead of starting a process per side and per step.
 *
 * `--follow-symlinks` gives the same rule as WorkTreeSource: a link inside the
 * repository is read through, a link leaving it is refused.
 *
 * Call close() when done (or use `await using`-style try/finally).
 */

interface Pending {
  maxBytes: number;
  resolve(result: ReadResult): void;
}

/** One parsed answer header; `size` bytes of body and a LF follow when `size` is set. */
type Header =
  | { kind: 'object'; type: string; size: number }
  | { kind: 'link-problem'; problem: string; size: number }
  | { kind: 'missing' };
/** A header followed by a body. */
type Body = Exclude<Header, { kind: 'missing' }>;

/**
 * The answer headers of `git cat-file --batch` are one line each, in a fixed format
 * documented by git; a regex per line is the parser for that protocol.
 */
function parseHeader(line: string): Header | null {
  const object = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(line);
  if (object) return { kind: 'object', type: object[1]!, size: Number(object[2]) };
  const link = /^(symlink|dangling|loop|notdir) (\d+)$/.exec(line);
  if (link) return { kind: 'link-problem', problem: link[1]!, size: Number(link[2]) };
  if (line.endsWith(' missing') || line.endsWith(' ambiguous')) return { kind: 'missing' };
  return null;
}

const LINK_REASONS: Record<string, [ReadFailure, string]> = {
  symlink: ['link-out', 'symbolic link leaves the repository; not followed'],
  dangling: ['missing', 'symbolic link points to nothing at this revision'],
  loop: ['error', 'symbolic link loop; not followed'],
  notdir: ['missing', 'a path component is not a directory at this revision'],
};

/** The answer for a complete object or link report. */
function judge(header: Body, body: Buffer): ReadResult {
  if (header.kind === 'link-problem') {
    const [code, reason] = LINK_REASONS[header.problem] ?? ['error', 'symbolic link not followed'];
    return { ok: false, code, reason };
  }
  if (header.type !== 'blob') return { ok: false, code: 'not-a-file', reason: header.type === 'tree' ? 'a directory at this revision' : 'not a regular file' };
  return decodeText(body);
}

/** One `git cat-file --batch` process answering reads at any commit of one repository. */
export class GitObjectReader {
  private child?: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** the header whose body is still arriving */
  private header: Body | null = null;
  /** bytes still to drop from an oversized body */
  private discard = 0;
  private failure?: string;
  private closed = false;

  constructor(private readonly root: string) {}

  /** `relPath` as it is at `commit` (a resolved sha). */
  read(commit: string, relPath: string, options: ReadOptions = {}): Promise<ReadResult> {
    if (this.closed) return Promise.resolve({ ok: false, code: 'error', reason: 'revision reader is closed' });
    // The batch protocol is line-based: a path holding a newline cannot be asked for.
    if (relPath.includes('\n')) return Promise.resolve({ ok: false, code: 'error', reason: 'path holds a newline; cannot be read at a revision' });
    // `<commit>:./x` would be read relative to the process's directory, not the repository root.
    if (relPath.startsWith('./') || relPath.startsWith('../')) return Promise.resolve({ ok: false, code: 'error', reason: 'not a repository-relative path' });
    const child = this.start();
    if (this.failure) return Promise.resolve({ ok: false, code: 'error', reason: this.failure });
    return new Promise((resolve) => {
      this.queue.push({ maxBytes: options.maxBytes ?? MAX_FILE_BYTES, resolve });
      child.stdin.write(`${commit}:${relPath}\n`);
    });
  }

  /** Ends the git process; pending reads still get their answers first. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const child = this.child;
    if (!child || child.exitCode !== null || this.failure) return;
    await new Promise<void>((resolve) => {
      child.once('close', () => resolve());
      child.stdin.end();
    });
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['cat-file', '--batch', '--follow-symlinks'], {
      cwd: this.root,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: childEnv({ git: true, workspace: this.root }),
    });
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.on('error', () => undefined);
    child.on('error', (error) => this.fail(`git cat-file could not start: ${error.message}`));
    child.on('close', (code) => this.fail(`git cat-file ended (exit ${code ?? 'signal'})${stderr.trim() ? `: ${stderr.trim()}` : ''}`));
    this.child = child;
    return child;
  }

  /** Answers every pending read with the reason, and every later one too. */
  private fail(reason: string): void {
    this.failure ??= reason;
    for (const pending of this.queue.splice(0)) pending.resolve({ ok: false, code: 'error', reason: this.failure });
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.discard > 0) {
        // The body of an oversized file is dropped as it streams by, never held whole.
        const drop = Math.min(this.discard, this.buffered);
        this.keep(this.joined().subarray(drop));
        this.discard -= drop;
        if (this.discard > 0) return;
        continue;
      }
      if (!this.header) {
        const all = this.joined();
        const eol = all.indexOf(0x0a);
        if (eol === -1) return;
        const line = all.subarray(0, eol).toString('utf8');
        this.keep(all.subarray(eol + 1));
        const header = parseHeader(line);
        if (!header) {
          this.fail(`unexpected answer from git cat-file: ${line.slice(0, 80)}`);
          this.child?.kill();
          return;
        }
        if (header.kind === 'missing') {
          this.answer({ ok: false, code: 'missing', reason: 'file does not exist at this revision' });
          continue;
        }
        const cap = this.queue[0]?.maxBytes ?? MAX_FILE_BYTES;
        if (header.kind === 'object' && header.type === 'blob' && header.size > cap) {
          this.answer(tooLarge(header.size, cap));
          this.discard = header.size + 1;
          continue;
        }
        this.header = header;
      }
      // Wait for the whole body and its trailing LF before copying (no quadratic concatenation).
      if (this.buffered < this.header.size + 1) return;
      const all = this.joined();
      const body = Buffer.from(all.subarray(0, this.header.size));
      this.keep(all.subarray(this.header.size + 1));
      const header = this.header;
      this.header = null;
      this.answer(judge(header, body));
    }
  }

  private answer(result: ReadResult): void {
    this.queue.shift()?.resolve(result);
  }

  /** All buffered bytes as one Buffer (copies only when there are several chunks). */
  private joined(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private keep(rest: Buffer): void {
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
  }
}

/**
 * The files of one commit. With a shared GitObjectReader it is a view of that reader's process
 * (close() leaves the process to its owner); without one it starts and owns its own.
 */
export class GitRevisionSource implements FileSource {
  private readonly reader: GitObjectReader;
  private readonly owned: boolean;
  private closed = false;
  /** paths read so far, in order: lets callers log (and tests prove) what a diff cost */
  readonly requested: string[] = [];

  constructor(
    root: string,
    /** a resolved commit sha */
    readonly commit: string,
    shared?: GitObjectReader,
  ) {
    this.reader = shared ?? new GitObjectReader(root);
    this.owned = !shared;
  }

  read(relPath: string, options: ReadOptions = {}): Promise<ReadResult> {
    this.requested.push(relPath);
    if (this.closed) return Promise.resolve({ ok: false, code: 'error', reason: 'revision reader is closed' });
    return this.reader.read(this.commit, relPath, options);
  }

  /** Ends the git process when this source owns it; pending reads still get their answers first. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.owned) await this.reader.close();
  }
}
