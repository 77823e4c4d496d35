import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  LINT_RULES
} from "./chunk-GLIGKUIU.js";
import "./chunk-G6RVOPC5.js";
import "./chunk-FMWSTCU6.js";
import "./chunk-QBC4IHSJ.js";
import "./chunk-ZKATWRES.js";
import "./chunk-VIX7GTYN.js";
import {
  COMMENT_MARKER,
  MAX_COMMENT_CHARS,
  commentWanted,
  info,
  resolvedComment,
  setFailed,
  setReportOutputs,
  tokenIdentity,
  upsertStickyComment,
  warning,
  writeSummaryOutput
} from "./chunk-RE2ARS4I.js";
import {
  plainHeadline,
  renderMarkdown
} from "./chunk-U4VNT6PR.js";
import "./chunk-UKINFBCB.js";
import {
  createClient,
  explainApiError,
  listAll,
  repoFromEnv
} from "./chunk-DKS3FCZH.js";
import "./chunk-HAHKWHZZ.js";
import "./chunk-YIC2S5OT.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-D3U573I3.js";
import "./chunk-SX36J2YO.js";
import "./chunk-AGHLWIT3.js";
import "./chunk-XRUR2M6W.js";
import {
  setOutput,
  summary
} from "./chunk-PUUXR6ZL.js";
import "./chunk-3DKRMKWI.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-7ZLZFHH5.js";
import {
  CATEGORIES
} from "./chunk-EXPTTWJG.js";
import "./chunk-KJ7NEGQU.js";

// src/action/saved-report-run.ts
import path2 from "node:path";

// src/action/saved-report.ts
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync } from "node:fs";
import path from "node:path";
var MAX_SAVED_REPORT_BYTES = 5 * 1024 * 1024;
var SavedReportError = class extends Error {
};
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var ID = /^[a-z0-9][a-z0-9._-]{0,79}$/;
var RULE = /^[a-z0-9][a-z0-9-]{0,63}(?:\/[A-Za-z0-9-]{1,32})?$/;
var REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
var LIMITS = { dependencies: 2e3, evidence: 50, scenarios: 2e3, findings: 5e3, warnings: 5e3, notices: 500, ids: 2e3, text: 4e3, name: 200 };
var Reader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  fail(where, what) {
    throw new SavedReportError(`${this.file}: ${where}: ${what}`);
  }
  object(value, where, keys) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) this.fail(where, "expected an object");
    const record = value;
    const allowed = /* @__PURE__ */ new Set([...keys.required, ...keys.optional ?? []]);
    for (const key of Object.keys(record)) if (!allowed.has(key)) this.fail(where, `unknown field "${key.slice(0, 40)}" (both workflows must run the same Paramedic version)`);
    for (const key of keys.required) if (!(key in record)) this.fail(where, `missing field "${key}"`);
    return record;
  }
  array(value, where, max, item) {
    if (!Array.isArray(value)) this.fail(where, "expected a list");
    if (value.length > max) this.fail(where, `more than ${max} entries`);
    return value.map((v, i) => item(v, `${where}[${i}]`));
  }
  string(value, where, max = LIMITS.text) {
    if (typeof value !== "string") this.fail(where, "expected a string");
    if (value.length > max) this.fail(where, `longer than ${max} characters`);
    return value;
  }
  nullable(value, where, max = LIMITS.text) {
    return value === null ? null : this.string(value, where, max);
  }
  matching(value, where, pattern, what) {
    const text = this.string(value, where, 200);
    if (!pattern.test(text)) this.fail(where, `not ${what}`);
    return text;
  }
  oneOf(value, where, values) {
    if (typeof value !== "string" || !values.includes(value)) this.fail(where, `expected one of ${values.join(", ")}`);
    return value;
  }
  integer(value, where, min, max) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) this.fail(where, `expected a whole number from ${min} to ${max}`);
    return value;
  }
  boolean(value, where) {
    if (typeof value !== "boolean") this.fail(where, "expected true or false");
    return value;
  }
  /** A repository-relative path: no absolute path, no `..`, no backslash or control character. */
  path(value, where) {
    const text = this.string(value, where, 1e3);
    const segments = text.split("/");
    if (text === "" || text.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(text) || segments.some((s) => s === ".." || s === "." || s === "")) this.fail(where, "not a repository-relative path");
    return text;
  }
};
var LINT_HINTS = new Map(LINT_RULES.map((r) => [r.id, r.hint]));
function safeHint(rule, hint) {
  const own = LINT_HINTS.get(rule);
  if (own !== void 0) return own;
  if (rule.startsWith("shellcheck/")) return `See https://www.shellcheck.net/wiki/${rule.slice("shellcheck/".length)}`;
  return /:\/\/|www\./i.test(hint) ? "" : hint;
}
function readSavedReport(given) {
  let file = given;
  let stat = lstatOrThrow(file);
  if (stat.isDirectory()) {
    const json = readdirSync(file).filter((name) => name.endsWith(".json"));
    if (json.length !== 1) throw new SavedReportError(`${file}: a folder with ${json.length === 0 ? "no" : json.length} JSON files; name the report file in report-path`);
    file = path.join(file, json[0]);
    stat = lstatOrThrow(file);
  }
  if (stat.isSymbolicLink()) throw new SavedReportError(`${file}: is a symbolic link; not followed`);
  if (!stat.isFile()) throw new SavedReportError(`${file}: not a regular file`);
  const text = readCapped(file);
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SavedReportError(`${file}: not JSON (${error instanceof Error ? error.message.slice(0, 200) : "parse error"})`);
  }
  return checkSavedReport(raw, file);
}
function lstatOrThrow(file) {
  try {
    return lstatSync(file);
  } catch {
    throw new SavedReportError(`${file}: no such file (did the download step run, and does report-path name the file inside the artifact?)`);
  }
}
function readCapped(file) {
  const fd = openSync(file, "r");
  try {
    if (fstatSync(fd).size > MAX_SAVED_REPORT_BYTES) throw new SavedReportError(`${file}: larger than ${MAX_SAVED_REPORT_BYTES} bytes`);
    const buffer = Buffer.alloc(MAX_SAVED_REPORT_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_SAVED_REPORT_BYTES) throw new SavedReportError(`${file}: larger than ${MAX_SAVED_REPORT_BYTES} bytes`);
    return buffer.subarray(0, length).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
function checkSavedReport(raw, file) {
  const r = new Reader(file);
  const top = r.object(raw, "report", {
    required: ["mode", "doc", "dependencies", "scenarios", "gaps", "newGaps", "existingGaps", "coverage", "providerChanges", "notices", "findings", "verdict", "warnings", "source"],
    optional: ["triage"]
  });
  const source = r.object(top.source, "source", { required: ["event", "repository", "headSha"], optional: ["baseSha", "pullRequest"] });
  const dependencies = r.array(top.dependencies, "dependencies", LIMITS.dependencies, (v, where) => {
    const d = r.object(v, where, { required: ["id", "name", "category", "tier", "provider", "evidence", "covered", "scenarios", "change"], optional: ["confidence", "confidenceReason", "coveredBecause"] });
    return {
      id: r.matching(d.id, `${where}.id`, ID, "a dependency id"),
      name: r.string(d.name, `${where}.name`, LIMITS.name),
      category: r.oneOf(d.category, `${where}.category`, CATEGORIES),
      tier: r.integer(d.tier, `${where}.tier`, 1, 3),
      provider: d.provider === null ? null : r.matching(d.provider, `${where}.provider`, ID, "a provider id"),
      evidence: r.array(d.evidence, `${where}.evidence`, LIMITS.evidence, (e, at) => {
        const ev = r.object(e, at, { required: ["path", "line", "source", "detail"], optional: ["facts"] });
        return { path: r.path(ev.path, `${at}.path`), line: r.integer(ev.line, `${at}.line`, 0, 1e7), source: r.string(ev.source, `${at}.source`, 40), detail: r.string(ev.detail, `${at}.detail`) };
      }),
      covered: r.boolean(d.covered, `${where}.covered`),
      scenarios: r.array(d.scenarios, `${where}.scenarios`, 50, (s, at) => r.string(s, at, LIMITS.name)),
      change: r.oneOf(d.change, `${where}.change`, ["added", "removed", "changed", "unchanged"]),
      ...d.confidence !== void 0 ? { confidence: r.oneOf(d.confidence, `${where}.confidence`, ["confirmed", "likely", "possible"]) } : {},
      ...d.confidenceReason !== void 0 ? { confidenceReason: r.string(d.confidenceReason, `${where}.confidenceReason`) } : {},
      ...d.coveredBecause !== void 0 ? { coveredBecause: r.string(d.coveredBecause, `${where}.coveredBecause`) } : {}
    };
  });
  const known = new Set(dependencies.map((d) => d.id));
  const ids = (value, where) => r.array(value, where, LIMITS.ids, (v, at) => {
    const id = r.matching(v, at, ID, "a dependency id");
    if (!known.has(id)) r.fail(at, `"${id}" is not one of the report's dependencies`);
    return id;
  });
  const scenarios = r.array(top.scenarios, "scenarios", LIMITS.scenarios, (v, where) => {
    const s = r.object(v, where, { required: ["title", "line", "covers"] });
    return { title: r.string(s.title, `${where}.title`, LIMITS.name), line: r.integer(s.line, `${where}.line`, 0, 1e7), covers: r.array(s.covers, `${where}.covers`, LIMITS.ids, (c, at) => r.matching(c, at, ID, "a dependency id")) };
  });
  const findings = r.array(top.findings, "findings", LIMITS.findings, (v, where) => {
    const f = r.object(v, where, { required: ["rule", "severity", "path", "line", "message", "hint"], optional: ["causedByChange"] });
    const rule = r.matching(f.rule, `${where}.rule`, RULE, "a rule id");
    return {
      rule,
      severity: r.oneOf(f.severity, `${where}.severity`, ["error", "warning", "notice"]),
      path: r.path(f.path, `${where}.path`),
      line: r.integer(f.line, `${where}.line`, 0, 1e7),
      message: r.string(f.message, `${where}.message`),
      hint: safeHint(rule, r.string(f.hint, `${where}.hint`)),
      ...f.causedByChange !== void 0 ? { causedByChange: r.boolean(f.causedByChange, `${where}.causedByChange`) } : {}
    };
  });
  const notices = r.array(top.notices, "notices", LIMITS.notices, (v, where) => {
    const n = r.object(v, where, { required: ["kind", "message"], optional: ["path", "line"] });
    return {
      kind: r.matching(n.kind, `${where}.kind`, ID, "a notice kind"),
      message: r.string(n.message, `${where}.message`),
      ...n.path !== void 0 ? { path: r.path(n.path, `${where}.path`) } : {},
      ...n.line !== void 0 ? { line: r.integer(n.line, `${where}.line`, 0, 1e7) } : {}
    };
  });
  const coverage = top.coverage === null ? null : (() => {
    const c = r.object(top.coverage, "coverage", { required: ["covered", "total", "percent"] });
    return { covered: r.integer(c.covered, "coverage.covered", 0, 1e6), total: r.integer(c.total, "coverage.total", 0, 1e6), percent: r.integer(c.percent, "coverage.percent", 0, 100) };
  })();
  return {
    mode: r.oneOf(top.mode, "mode", ["pr", "sweep"]),
    doc: top.doc === null ? null : r.path(top.doc, "doc"),
    dependencies,
    scenarios,
    gaps: ids(top.gaps, "gaps"),
    newGaps: ids(top.newGaps, "newGaps"),
    existingGaps: ids(top.existingGaps, "existingGaps"),
    ...top.triage !== void 0 ? { triage: ids(top.triage, "triage") } : {},
    coverage,
    providerChanges: r.array(top.providerChanges, "providerChanges", LIMITS.dependencies, (v, where) => {
      const p = r.object(v, where, { required: ["id", "from", "to"] });
      return { id: r.matching(p.id, `${where}.id`, ID, "a dependency id"), from: p.from === null ? null : r.matching(p.from, `${where}.from`, ID, "a provider id"), to: p.to === null ? null : r.matching(p.to, `${where}.to`, ID, "a provider id") };
    }),
    notices,
    findings,
    verdict: r.oneOf(top.verdict, "verdict", ["pass", "warn", "fail"]),
    warnings: r.array(top.warnings, "warnings", LIMITS.warnings, (v, where) => {
      const w = r.object(v, where, { required: ["path", "message"], optional: ["line"] });
      return { path: r.string(w.path, `${where}.path`, 1e3), message: r.string(w.message, `${where}.message`), ...w.line !== void 0 ? { line: r.integer(w.line, `${where}.line`, 0, 1e7) } : {} };
    }),
    source: {
      event: r.oneOf(source.event, "source.event", ["pull_request", "pull_request_target", "merge_group", "push", "schedule", "workflow_dispatch"]),
      repository: r.matching(source.repository, "source.repository", REPOSITORY, "owner/name"),
      headSha: r.matching(source.headSha, "source.headSha", SHA, "a commit sha"),
      ...source.baseSha !== void 0 ? { baseSha: r.matching(source.baseSha, "source.baseSha", SHA, "a commit sha") } : {},
      ...source.pullRequest !== void 0 ? { pullRequest: r.integer(source.pullRequest, "source.pullRequest", 1, 1e9) } : {}
    }
  };
}

// src/action/saved-report-run.ts
var SHA2 = /^[0-9a-f]{40}$/;
var Refused = class extends Error {
};
async function postSavedReport(inputs, event, workspace) {
  try {
    await post(inputs, event, workspace);
  } catch (error) {
    if (error instanceof SavedReportError || error instanceof Refused) {
      setFailed(`report-path: ${error.message}`);
      return;
    }
    throw error;
  }
}
async function post(inputs, event, workspace) {
  if (event.name !== "workflow_run") throw new Refused(`posts a saved report from a \`workflow_run\` job only (this is a ${event.name || "unknown"} event); see the README's fork pull requests recipe`);
  const run = event.payload.workflow_run ?? {};
  const headSha = typeof run.head_sha === "string" && SHA2.test(run.head_sha) ? run.head_sha : void 0;
  const headRepo = run.head_repository?.full_name;
  if (!headSha || typeof headRepo !== "string" || !run.head_branch) throw new Refused("the workflow_run event names no head commit, head repository or head branch");
  if (run.event !== "pull_request") {
    info(`report-path: the run that saved the report was started by ${run.event ?? "an unknown event"}, not a pull request; nothing to post`);
    return;
  }
  const file = path2.resolve(workspace, inputs.reportPath);
  const report = readSavedReport(file);
  if (report.source.headSha !== headSha) throw new Refused(`the saved report checked ${report.source.headSha.slice(0, 12)}, but the workflow run is for ${headSha.slice(0, 12)}; not posted`);
  const repo = repoFromEnv();
  if (!repo) throw new Refused("GITHUB_REPOSITORY is not set");
  if (report.source.repository.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase()) throw new Refused(`the saved report is for ${report.source.repository}, not ${repo.owner}/${repo.repo}; not posted`);
  setReportOutputs(report, report.source);
  const repoUrl = `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${repo.owner}/${repo.repo}`;
  const runNote = `Posted from the report the pull request's own run saved${typeof run.id === "number" ? ` ([run ${run.id}](${repoUrl}/actions/runs/${run.id}))` : ""}, for commit ${headSha.slice(0, 7)}.`;
  const options = { links: { repoUrl, sha: headSha }, context: `pull request: ${report.source.baseSha ? `${report.source.baseSha.slice(0, 7)}\u2026` : ""}${headSha.slice(0, 7)}`, stubs: [], notes: [runNote] };
  const summary2 = renderMarkdown(report, options);
  await summary.addRaw(summary2, true).write().catch((e) => warning(`could not write the job summary: ${String(e)}`));
  writeSummaryOutput(summary2);
  if (!inputs.token) throw new Refused("the `token` input is empty: the comment cannot be posted");
  const client = await createClient(inputs.token);
  const numbers = await pullRequestsFor(client, repo, headRepo, run.head_branch, headSha);
  if (numbers === void 0) return;
  if (numbers.length === 0) {
    info(`report-path: no open pull request has head ${headRepo}@${headSha.slice(0, 7)} (closed, or pushed to since); nothing posted`);
    return;
  }
  if (numbers.length > 1) throw new Refused(`${numbers.length} open pull requests (#${numbers.join(", #")}) have head ${headRepo}@${headSha.slice(0, 7)}; not posted, as it is not clear which one the report is for`);
  const number = numbers[0];
  if (report.source.pullRequest !== void 0 && report.source.pullRequest !== number) info(`report-path: the saved report names pull request #${report.source.pullRequest}; posting on #${number}, the one GitHub says has this head`);
  const wanted = commentWanted(inputs.settings.comment ?? "auto", report);
  if (wanted === "none") return;
  const body = wanted === "report" ? renderMarkdown(report, { ...options, maxChars: MAX_COMMENT_CHARS, marker: COMMENT_MARKER }) : resolvedComment(report, headSha);
  try {
    let identity;
    const done = await upsertStickyComment(client, repo, number, body, () => identity ??= tokenIdentity(client), { create: wanted === "report" });
    if (done.id !== void 0) setOutput("comment-id", String(done.id));
    info(`PR comment on #${number}: ${done.outcome}`);
  } catch (error) {
    warning(explainApiError(error, "update the pull request comment", "pull-requests: write"));
  }
  info(plainHeadline(report));
}
async function pullRequestsFor(client, repo, headRepo, headBranch, headSha) {
  const owner = headRepo.split("/")[0];
  try {
    const pulls = await listAll(client, "GET /repos/{owner}/{repo}/pulls", { ...repo, state: "open", head: `${owner}:${headBranch}` }, "open pull requests");
    const base = `${repo.owner}/${repo.repo}`.toLowerCase();
    return pulls.filter((p) => p.head?.sha === headSha && p.head.repo?.full_name?.toLowerCase() === headRepo.toLowerCase() && (p.base?.repo?.full_name ?? base).toLowerCase() === base).map((p) => p.number).filter((n) => Number.isInteger(n) && n > 0);
  } catch (error) {
    warning(explainApiError(error, "find the pull request of the workflow run", "pull-requests: read"));
    return void 0;
  }
}
export {
  postSavedReport
};
