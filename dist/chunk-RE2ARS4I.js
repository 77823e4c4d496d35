import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  statedCoverage
} from "./chunk-U4VNT6PR.js";
import {
  oneLine
} from "./chunk-UKINFBCB.js";
import {
  listAll,
  transportFailure
} from "./chunk-DKS3FCZH.js";
import {
  core_exports,
  info,
  setFailed,
  setOutput
} from "./chunk-PUUXR6ZL.js";
import {
  escapeLogText
} from "./chunk-3DKRMKWI.js";

// src/action/log.ts
var RANK = { gap: 0, caused: 1, run: 2, parse: 3, finding: 4 };
var ANNOTATIONS_PER_LEVEL = 10;
var held;
var written = { error: 0, warning: 0, notice: 0 };
var escapeProps = (p) => p && { ...p, ...p.title !== void 0 ? { title: escapeLogText(p.title) } : {}, ...p.file !== void 0 ? { file: escapeLogText(p.file) } : {} };
function write(level, message, p) {
  written[level]++;
  core_exports[level](escapeLogText(message), escapeProps(p));
}
function annotation(level, message, p, kind) {
  if (held) held.push({ level, kind, message, ...p ? { props: p } : {} });
  else write(level, message, p);
}
var info2 = (message) => info(escapeLogText(message));
var warning = (message, p, kind = "run") => annotation("warning", message, p, kind);
var error = (message, p, kind = "run") => annotation("error", message, p, kind);
var notice = (message, p, kind = "run") => annotation("notice", message, p, kind);
var setFailed2 = (message) => {
  written.error++;
  setFailed(escapeLogText(message));
};
function holdAnnotations() {
  held ??= [];
}
function flushAnnotations(reserve = { error: 1, warning: 1 }) {
  const queue = held ?? [];
  held = void 0;
  const overflow = [];
  for (const level of ["error", "warning", "notice"]) {
    const items = queue.filter((a) => a.level === level).sort((a, b) => RANK[a.kind] - RANK[b.kind]);
    const budget = Math.max(1, ANNOTATIONS_PER_LEVEL - written[level] - (reserve[level] ?? 0));
    if (items.length <= budget) {
      for (const a of items) write(level, a.message, a.props);
      continue;
    }
    const shown = items.slice(0, budget - 1);
    const rest = items.slice(budget - 1);
    for (const a of shown) write(level, a.message, a.props);
    const words = level === "error" ? ["error", "errors"] : level === "warning" ? ["warning", "warnings"] : ["notice", "notices"];
    write(level, `${rest.length} more ${rest.length === 1 ? words[0] : words[1]} in the job summary (GitHub shows ${ANNOTATIONS_PER_LEVEL} ${words[1]} per step)`, { title: "Paramedic: more in the job summary" });
    for (const a of rest) info(escapeLogText(`not annotated (${level}): ${where(a)}${a.message}`));
    overflow.push(...rest);
  }
  return overflow;
}
function where(a) {
  if (!a.props?.file) return "";
  return `${a.props.file}${a.props.startLine ? `:${a.props.startLine}` : ""}: `;
}

// src/action/identity.ts
async function tokenIdentity(client) {
  try {
    const { data } = await client.request("GET /user");
    if (data && typeof data.login === "string" && data.login) return { kind: data.type === "Bot" ? "app" : "user", login: data.login };
    throw new Error("GitHub answered GET /user without a login");
  } catch (error2) {
    if (transportFailure(error2) || error2.status !== 403) throw error2;
  }
  try {
    const answer = await client.graphql("query { viewer { login } }");
    const login = answer?.viewer?.login;
    if (typeof login === "string" && login) return { kind: "app", login };
  } catch (error2) {
    if (transportFailure(error2)) throw error2;
  }
  return { kind: "app" };
}
function isAuthoredBy(identity, author, via) {
  const login = author?.login;
  if (typeof login !== "string" || !login) return false;
  if (identity.login) return login.toLowerCase() === identity.login.toLowerCase();
  if (author?.type !== "Bot" || !login.endsWith("[bot]")) return false;
  return !via?.slug || `${via.slug}[bot]`.toLowerCase() === login.toLowerCase();
}

// src/action/comment.ts
var COMMENT_MARKER = "<!-- paramedic:report -->";
var MAX_COMMENT_CHARS = 65536;
function isOwnComment(comment, identity, marker = COMMENT_MARKER) {
  return (comment.body ?? "").startsWith(marker) && isAuthoredBy(identity, comment.user, comment.performed_via_github_app);
}
function commentWanted(mode, report) {
  if (mode === "never") return "none";
  if (mode === "always") return "report";
  const touches = report.dependencies.some((d) => d.change === "added" || d.change === "changed");
  const caused = report.findings.some((f) => f.causedByChange === true);
  return touches || report.gaps.length > 0 || caused || report.verdict === "fail" ? "report" : "resolved";
}
async function upsertStickyComment(client, repo, issueNumber, body, identity, options = {}) {
  const marker = options.marker ?? COMMENT_MARKER;
  if (!body.startsWith(marker)) throw new Error("sticky comment body must start with its marker");
  const comments = await listAll(client, "GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...repo, issue_number: issueNumber }, "pull request comments");
  const marked = comments.filter((c) => (c.body ?? "").startsWith(marker));
  const me = marked.length > 0 ? await identity() : void 0;
  const existing = me ? marked.find((c) => isOwnComment(c, me, marker)) : void 0;
  if (!existing) {
    if (options.create === false) return { outcome: "none" };
    const created = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return { outcome: "created", ...typeof created.data?.id === "number" ? { id: created.data.id } : {} };
  }
  if ((existing.body ?? "") === body) return { outcome: "unchanged", id: existing.id };
  await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
  return { outcome: "updated", id: existing.id };
}
function resolvedComment(report, sha, marker = COMMENT_MARKER) {
  const at = sha && /^[0-9a-f]{7,64}$/.test(sha) ? ` as of ${sha.slice(0, 7)}` : "";
  return [
    marker,
    "### \u{1F3E5} Paramedic \u2014 disaster-recovery coverage",
    "",
    `\u2705 **Resolved**${at}: this pull request no longer adds or changes a critical dependency, and leaves no gap or plan finding of its own.`,
    ""
  ].join("\n") + (report.verdict === "pass" ? "" : "\nOlder findings of the plan are in the job summary.\n");
}

// src/action/report-outputs.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import { tmpdir } from "node:os";

// src/action/event.ts
import { readFileSync } from "node:fs";
function readRunnerEvent(env = process.env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch {
      payload = {};
    }
  }
  return { name, payload };
}
function pullRequestOf(event) {
  const pr = event.payload.pull_request;
  return pr && typeof pr.number === "number" ? pr : void 0;
}
function defaultBranchOf(event) {
  const repo = event.payload.repository;
  return repo?.default_branch;
}

// src/action/report-outputs.ts
function reportSource(event, result) {
  const pr = pullRequestOf(event);
  const headSha = pr?.head?.sha ?? result.head ?? process.env.GITHUB_SHA;
  const repository = process.env.GITHUB_REPOSITORY;
  if (!headSha || !/^[0-9a-f]{40}$/.test(headSha) || !repository) return void 0;
  const baseSha = pr?.base?.sha ?? result.base;
  return {
    event: event.name,
    repository,
    headSha,
    ...baseSha && /^[0-9a-f]{40}$/.test(baseSha) ? { baseSha } : {},
    ...typeof pr?.number === "number" ? { pullRequest: pr.number } : {}
  };
}
function outputFile(kind, ext) {
  return path.join(process.env.RUNNER_TEMP || tmpdir(), `paramedic-${kind}-${process.env.GITHUB_RUN_ID ?? "local"}-${process.pid}.${ext}`);
}
function setReportOutputs(report, source) {
  const file = outputFile("report", "json");
  writeFileSync(file, JSON.stringify(source ? { ...report, source } : report, null, 2) + "\n");
  setOutput("verdict", report.verdict);
  setOutput("gaps", JSON.stringify(report.gaps));
  setOutput("new-gaps", JSON.stringify(report.newGaps));
  setOutput("covered", JSON.stringify(report.dependencies.filter((d) => d.covered).map((d) => d.id)));
  const coverage = statedCoverage(report);
  setOutput("coverage", coverage ? String(coverage.percent) : "");
  setOutput("report", file);
  return file;
}
function writeSummaryOutput(markdown) {
  const file = outputFile("summary", "md");
  writeFileSync(file, markdown);
  setOutput("summary-path", file);
  return file;
}
function annotate(report, mode, options = {}) {
  const targets = mode === "pr" ? report.newGaps : report.gaps;
  const planOfRepository = report.doc ?? "DISASTER_RECOVERY.md";
  for (const id of targets) {
    const dep = report.dependencies.find((d) => d.id === id && !d.covered) ?? report.dependencies.find((d) => d.id === id);
    const evidence = dep?.evidence[0];
    if (!dep || !evidence) continue;
    const name = oneLine(dep.name);
    const plan = dep.plan !== void 0 ? dep.plan ?? "a plan next to this code" : planOfRepository;
    const props = { title: `${name} has no recovery scenario`, file: evidence.path, startLine: evidence.line };
    const drafted = options.drafted?.get(id);
    const message = drafted ? `${name} (${dep.category}) is a critical dependency whose scenario is ${draftedWords(drafted)}: review it in ${oneLine(plan)} and remove its draft marker to sign it off.` : `${name} (${dep.category}) is a critical dependency with no scenario in ${oneLine(plan)}. Add one${options.draftCommand ? ` (\`${options.draftCommand}\` drafts it)` : ""}, or mark it covered/ignored with a reason.`;
    if (report.verdict === "fail" && mode === "pr") error(message, props, "gap");
    else warning(message, props, "gap");
  }
  for (const f of report.findings) {
    const props = { title: `Paramedic: ${f.rule}`, file: f.path, startLine: f.line };
    const message = f.hint ? `${f.message} (${f.hint})` : f.message;
    const kind = f.causedByChange === false ? "finding" : "caused";
    if (f.severity === "error") error(message, props, kind);
    else if (f.severity === "warning") warning(message, props, kind);
    else notice(message, props, kind);
  }
}
function draftedWords(drafted) {
  const where2 = drafted.sha ? ` in ${drafted.sha.slice(0, 7)}` : drafted.pullRequest ? ` in #${drafted.pullRequest}` : drafted.line ? ` at line ${drafted.line}` : "";
  return `drafted${where2}${drafted.url ? ` (${drafted.url})` : ""}, awaiting sign-off`;
}

export {
  info2 as info,
  warning,
  setFailed2 as setFailed,
  holdAnnotations,
  flushAnnotations,
  where,
  tokenIdentity,
  isAuthoredBy,
  COMMENT_MARKER,
  MAX_COMMENT_CHARS,
  commentWanted,
  upsertStickyComment,
  resolvedComment,
  readRunnerEvent,
  pullRequestOf,
  defaultBranchOf,
  reportSource,
  setReportOutputs,
  writeSummaryOutput,
  annotate
};
