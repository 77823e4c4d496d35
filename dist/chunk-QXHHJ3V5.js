import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  MAX_FILE_BYTES,
  decodeText,
  tooLarge
} from "./chunk-7OCZDSZG.js";
import {
  childEnv
} from "./chunk-YC7J5WRS.js";

// src/diff/revision-source.ts
import { spawn } from "node:child_process";
function parseHeader(line) {
  const object = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(line);
  if (object) return { kind: "object", type: object[1], size: Number(object[2]) };
  const link = /^(symlink|dangling|loop|notdir) (\d+)$/.exec(line);
  if (link) return { kind: "link-problem", problem: link[1], size: Number(link[2]) };
  if (line.endsWith(" missing") || line.endsWith(" ambiguous")) return { kind: "missing" };
  return null;
}
var LINK_REASONS = {
  symlink: ["link-out", "symbolic link leaves the repository; not followed"],
  dangling: ["missing", "symbolic link points to nothing at this revision"],
  loop: ["error", "symbolic link loop; not followed"],
  notdir: ["missing", "a path component is not a directory at this revision"]
};
function judge(header, body) {
  if (header.kind === "link-problem") {
    const [code, reason] = LINK_REASONS[header.problem] ?? ["error", "symbolic link not followed"];
    return { ok: false, code, reason };
  }
  if (header.type !== "blob") return { ok: false, code: "not-a-file", reason: header.type === "tree" ? "a directory at this revision" : "not a regular file" };
  return decodeText(body);
}
var GitObjectReader = class {
  constructor(root) {
    this.root = root;
  }
  root;
  child;
  queue = [];
  chunks = [];
  buffered = 0;
  /** the header whose body is still arriving */
  header = null;
  /** bytes still to drop from an oversized body */
  discard = 0;
  failure;
  closed = false;
  /** `relPath` as it is at `commit` (a resolved sha). */
  read(commit, relPath, options = {}) {
    if (this.closed) return Promise.resolve({ ok: false, code: "error", reason: "revision reader is closed" });
    if (relPath.includes("\n")) return Promise.resolve({ ok: false, code: "error", reason: "path holds a newline; cannot be read at a revision" });
    if (relPath.startsWith("./") || relPath.startsWith("../")) return Promise.resolve({ ok: false, code: "error", reason: "not a repository-relative path" });
    const child = this.start();
    if (this.failure) return Promise.resolve({ ok: false, code: "error", reason: this.failure });
    return new Promise((resolve) => {
      this.queue.push({ maxBytes: options.maxBytes ?? MAX_FILE_BYTES, resolve });
      child.stdin.write(`${commit}:${relPath}
`);
    });
  }
  /** Ends the git process; pending reads still get their answers first. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    const child = this.child;
    if (!child || child.exitCode !== null || this.failure) return;
    await new Promise((resolve) => {
      child.once("close", () => resolve());
      child.stdin.end();
    });
  }
  start() {
    if (this.child) return this.child;
    const child = spawn("git", ["cat-file", "--batch", "--follow-symlinks"], {
      cwd: this.root,
      stdio: ["pipe", "pipe", "pipe"],
      env: childEnv({ git: true, workspace: this.root })
    });
    let stderr = "";
    child.stdout.on("data", (chunk) => this.onData(chunk));
    child.stderr.on("data", (chunk) => stderr += chunk.toString("utf8"));
    child.stdin.on("error", () => void 0);
    child.on("error", (error) => this.fail(`git cat-file could not start: ${error.message}`));
    child.on("close", (code) => this.fail(`git cat-file ended (exit ${code ?? "signal"})${stderr.trim() ? `: ${stderr.trim()}` : ""}`));
    this.child = child;
    return child;
  }
  /** Answers every pending read with the reason, and every later one too. */
  fail(reason) {
    this.failure ??= reason;
    for (const pending of this.queue.splice(0)) pending.resolve({ ok: false, code: "error", reason: this.failure });
  }
  onData(chunk) {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (; ; ) {
      if (this.discard > 0) {
        const drop = Math.min(this.discard, this.buffered);
        this.keep(this.joined().subarray(drop));
        this.discard -= drop;
        if (this.discard > 0) return;
        continue;
      }
      if (!this.header) {
        const all2 = this.joined();
        const eol = all2.indexOf(10);
        if (eol === -1) return;
        const line = all2.subarray(0, eol).toString("utf8");
        this.keep(all2.subarray(eol + 1));
        const header2 = parseHeader(line);
        if (!header2) {
          this.fail(`unexpected answer from git cat-file: ${line.slice(0, 80)}`);
          this.child?.kill();
          return;
        }
        if (header2.kind === "missing") {
          this.answer({ ok: false, code: "missing", reason: "file does not exist at this revision" });
          continue;
        }
        const cap = this.queue[0]?.maxBytes ?? MAX_FILE_BYTES;
        if (header2.kind === "object" && header2.type === "blob" && header2.size > cap) {
          this.answer(tooLarge(header2.size, cap));
          this.discard = header2.size + 1;
          continue;
        }
        this.header = header2;
      }
      if (this.buffered < this.header.size + 1) return;
      const all = this.joined();
      const body = Buffer.from(all.subarray(0, this.header.size));
      this.keep(all.subarray(this.header.size + 1));
      const header = this.header;
      this.header = null;
      this.answer(judge(header, body));
    }
  }
  answer(result) {
    this.queue.shift()?.resolve(result);
  }
  /** All buffered bytes as one Buffer (copies only when there are several chunks). */
  joined() {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }
  keep(rest) {
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
  }
};
var GitRevisionSource = class {
  constructor(root, commit, shared) {
    this.commit = commit;
    this.reader = shared ?? new GitObjectReader(root);
    this.owned = !shared;
  }
  commit;
  reader;
  owned;
  closed = false;
  /** paths read so far, in order: lets callers log (and tests prove) what a diff cost */
  requested = [];
  read(relPath, options = {}) {
    this.requested.push(relPath);
    if (this.closed) return Promise.resolve({ ok: false, code: "error", reason: "revision reader is closed" });
    return this.reader.read(this.commit, relPath, options);
  }
  /** Ends the git process when this source owns it; pending reads still get their answers first. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    if (this.owned) await this.reader.close();
  }
};

export {
  GitObjectReader,
  GitRevisionSource
};
