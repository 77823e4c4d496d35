import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);

// src/diff/event.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);
function isZeroSha(value) {
  return typeof value === "string" && /^0+$/.test(value) && (value.length === 40 || value.length === 64);
}
function isSha(value) {
  return typeof value === "string" && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(value);
}
function field(obj, ...keys) {
  let current = obj;
  for (const key of keys) {
    if (!current || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}
var short = (sha) => isSha(sha) ? sha.slice(0, 7) : sha;
function fromEvent(eventName, payload) {
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const base = field(payload, "pull_request", "base", "sha");
    const head = field(payload, "pull_request", "head", "sha");
    if (isSha(base) && isSha(head)) {
      const number = field(payload, "pull_request", "number");
      const branch = field(payload, "pull_request", "base", "ref");
      return {
        mode: "pr",
        base,
        head,
        baseFrom: "event",
        headFrom: "event",
        ...typeof branch === "string" && branch ? { baseBranch: branch } : {},
        why: `${eventName}${typeof number === "number" ? ` #${number}` : ""}: base ${short(base)}, head ${short(head)}`
      };
    }
    return { mode: "sweep", why: `${eventName} payload has no pull_request base and head sha; checking the whole repository` };
  }
  if (eventName === "merge_group") {
    const base = field(payload, "merge_group", "base_sha");
    const head = field(payload, "merge_group", "head_sha");
    const baseRef = field(payload, "merge_group", "base_ref");
    const branch = typeof baseRef === "string" && baseRef.startsWith("refs/heads/") ? baseRef.slice("refs/heads/".length) : void 0;
    if (isSha(base) && isSha(head)) return { mode: "pr", base, head, baseFrom: "event", headFrom: "event", ...branch ? { baseBranch: branch } : {}, why: `merge_group: base ${short(base)}, head ${short(head)}` };
    return { mode: "sweep", why: "merge_group payload has no base_sha and head_sha; checking the whole repository" };
  }
  if (eventName === "push") return fromPush(payload);
  if (eventName === "workflow_dispatch" || eventName === "schedule") {
    return { mode: "sweep", why: `${eventName}: no base to compare with; checking the whole repository` };
  }
  return { mode: "sweep", why: `${eventName || "unknown event"}: no base to compare with; checking the whole repository` };
}
function fromPush(payload) {
  const before = field(payload, "before");
  const after = field(payload, "after");
  const ref = field(payload, "ref");
  const defaultBranch = field(payload, "repository", "default_branch");
  if (!isSha(after) || isZeroSha(after)) return { mode: "sweep", why: "push without a new head (a deleted branch?); checking the whole repository" };
  if (isSha(before) && !isZeroSha(before)) return { mode: "pr", base: before, head: after, baseFrom: "event", headFrom: "event", why: `push: before ${short(before)}, after ${short(after)}` };
  const branch = typeof ref === "string" && ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
  if (branch && typeof defaultBranch === "string" && defaultBranch && branch !== defaultBranch) {
    return {
      mode: "pr",
      base: defaultBranch,
      head: after,
      baseFrom: "event",
      headFrom: "event",
      sweepIfUnresolvable: true,
      why: `push of new branch ${branch}: comparing with the default branch ${defaultBranch}`
    };
  }
  const what = branch ? branch === defaultBranch ? `the default branch ${branch}` : `branch ${branch}` : typeof ref === "string" && ref ? ref : "a new ref";
  return { mode: "sweep", why: `push creating ${what}: nothing to compare with; checking the whole repository` };
}
function resolveDiffTarget(eventName, payload, overrides = {}) {
  const event = fromEvent(eventName, payload);
  const baseRef = overrides.baseRef?.trim() || void 0;
  const headRef = overrides.headRef?.trim() || void 0;
  if (!baseRef && !headRef) return event;
  if (baseRef) {
    const head = headRef ?? event.head ?? "HEAD";
    const headWhy = headRef ? "head-ref input" : event.head ? eventName : "the checked-out commit";
    const headFrom = headRef ? "input" : event.head ? "event" : "checkout";
    return { mode: "pr", base: baseRef, head, baseFrom: "input", headFrom, why: `base-ref input: base ${short(baseRef)}, head ${short(head)} (from ${headWhy})` };
  }
  if (event.mode === "pr" && event.base) {
    return { ...event, head: headRef, headFrom: "input", why: `${event.why}; head replaced by head-ref input ${short(headRef)}` };
  }
  return { ...event, why: `${event.why} (head-ref input ignored: there is no base to compare it with)` };
}

export {
  isZeroSha,
  resolveDiffTarget
};
