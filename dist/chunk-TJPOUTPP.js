import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  git
} from "./chunk-JA33RAIK.js";

// src/diff/fetch.ts
var DEEPEN_START = 50;
var DEEPEN_CAP = 1e3;
var RevisionError = class extends Error {
  constructor(which, revision, message, log, reason = message) {
    super(message);
    this.which = which;
    this.revision = revision;
    this.log = log;
    this.reason = reason;
    this.name = "RevisionError";
  }
  which;
  revision;
  log;
  reason;
};
var firstLine = (stderr, code) => stderr.trim().split("\n")[0] || `exit ${code}`;
var short = (sha) => sha.slice(0, 7);
var looksLikeSha = (rev) => /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(rev);
async function hasCommit(root, sha) {
  return (await git(root, ["cat-file", "-e", `${sha}^{commit}`])).code === 0;
}
async function revParse(root, rev) {
  const result = await git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
  return result.code === 0 ? result.stdout.toString("utf8").trim() : null;
}
async function isShallow(root) {
  const result = await git(root, ["rev-parse", "--is-shallow-repository"]);
  return result.stdout.toString("utf8").trim() === "true";
}
async function hasRemote(root, remote) {
  return (await git(root, ["remote", "get-url", "--", remote])).code === 0;
}
function fetchArgs(shallow, remote, revs, depthArg) {
  const depth = depthArg ?? (shallow ? "--depth=1" : void 0);
  return ["fetch", "--quiet", "--no-tags", "--no-recurse-submodules", "--no-write-fetch-head", ...depth ? [depth] : [], remote, ...revs];
}
async function resolveOne(root, which, rev, options, state, log) {
  if (rev.startsWith("-")) throw new RevisionError(which, rev, `${which} revision "${rev}" starts with "-"; refused`, log, 'starts with "-"; refused');
  if (looksLikeSha(rev) && await hasCommit(root, rev)) return rev.toLowerCase();
  if (!looksLikeSha(rev)) {
    const local = await revParse(root, rev);
    if (local) {
      log.push(`${which} ${rev} is ${short(local)} (local)`);
      return local;
    }
  }
  if (!options.fetch || !state.remote) {
    throw new RevisionError(
      which,
      rev,
      `${which} ${rev} is not in the local clone${state.remote ? "" : ` and there is no remote "${options.remote}"`} (fetching is off or impossible)`,
      log,
      `not a branch, tag or commit in this clone${state.remote ? " (fetching is off)" : `, and there is no remote "${options.remote}" to fetch it from`}`
    );
  }
  if (looksLikeSha(rev)) {
    const result2 = await git(root, fetchArgs(state.shallow, options.remote, [rev]));
    if (result2.code === 0 && await hasCommit(root, rev)) {
      log.push(`fetched ${which} ${short(rev)}${state.shallow ? " (depth 1)" : ""}`);
      return rev.toLowerCase();
    }
    throw new RevisionError(which, rev, `could not fetch ${which} ${short(rev)} from ${options.remote}: ${result2.stderr.trim() || `exit ${result2.code}`}`, log, `not in this clone, and ${options.remote} does not have it (${firstLine(result2.stderr, result2.code)})`);
  }
  const privateRef = `refs/paramedic/${which}`;
  const result = await git(root, fetchArgs(state.shallow, options.remote, [`+${rev}:${privateRef}`]));
  const fetched = result.code === 0 ? await revParse(root, privateRef) : null;
  if (fetched) {
    log.push(`fetched ${which} ${rev} at ${short(fetched)}${state.shallow ? " (depth 1)" : ""}`);
    return fetched;
  }
  throw new RevisionError(
    which,
    rev,
    `${which} ${rev} is neither a local revision nor fetchable from ${options.remote}: ${result.stderr.trim() || `exit ${result.code}`}`,
    log,
    `not a branch, tag or commit in this clone nor on ${options.remote} (${firstLine(result.stderr, result.code)})`
  );
}
async function mergeBase(root, base, head) {
  const result = await git(root, ["merge-base", base, head]);
  return result.code === 0 ? result.stdout.toString("utf8").trim() : null;
}
async function resolveRevision(root, which, rev, options = {}, log = []) {
  const opts = { remote: options.remote ?? "origin", fetch: options.fetch ?? true };
  const [shallow, remote] = await Promise.all([isShallow(root), hasRemote(root, opts.remote)]);
  return resolveOne(root, which, rev, opts, { shallow, remote }, log);
}
async function ensureRevisions(root, revs, options = {}) {
  const opts = { remote: options.remote ?? "origin", fetch: options.fetch ?? true };
  const cap = options.deepenCap ?? DEEPEN_CAP;
  const log = [];
  if (looksLikeSha(revs.base) && looksLikeSha(revs.head)) {
    const found2 = await mergeBase(root, revs.base, revs.head);
    if (found2) {
      const [base2, head2] = [revs.base.toLowerCase(), revs.head.toLowerCase()];
      log.push(`merge base ${short(found2)} of base ${short(base2)} and head ${short(head2)}`);
      return { base: base2, head: head2, mergeBase: found2, twoDot: false, log };
    }
  }
  const [shallow, remote] = await Promise.all([isShallow(root), hasRemote(root, opts.remote)]);
  const state = { shallow, remote };
  const base = await resolveOne(root, "base", revs.base, opts, state, log);
  const head = await resolveOne(root, "head", revs.head, opts, state, log);
  let found = await mergeBase(root, base, head);
  let added = 0;
  let step = options.deepenStart ?? DEEPEN_START;
  while (!found && opts.fetch && state.remote && await isShallow(root) && added < cap) {
    const by = Math.min(step, cap - added);
    const result = await git(root, fetchArgs(true, opts.remote, [base, head], `--deepen=${by}`));
    if (result.code !== 0) {
      log.push(`deepening failed: ${result.stderr.trim() || `exit ${result.code}`}`);
      break;
    }
    added += by;
    log.push(`deepened by ${by} to find the merge base`);
    found = await mergeBase(root, base, head);
    step *= 2;
  }
  if (found) {
    log.push(`merge base ${short(found)} of base ${short(base)} and head ${short(head)}`);
    return { base, head, mergeBase: found, twoDot: false, log };
  }
  log.push(`no merge base of ${short(base)} and ${short(head)}${added ? ` within ${added} extra commits of history` : ""}; comparing base..head directly (two-dot)`);
  return { base, head, mergeBase: null, twoDot: true, log };
}

export {
  DEEPEN_START,
  DEEPEN_CAP,
  RevisionError,
  hasCommit,
  resolveRevision,
  ensureRevisions
};
