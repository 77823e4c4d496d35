import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  COMMENT_MARKER,
  MAX_COMMENT_CHARS,
  annotate,
  commentWanted,
  defaultBranchOf,
  flushAnnotations,
  holdAnnotations,
  info,
  isAuthoredBy,
  pullRequestOf,
  readRunnerEvent,
  reportSource,
  resolvedComment,
  setFailed,
  setReportOutputs,
  tokenIdentity,
  upsertStickyComment,
  warning,
  where,
  writeSummaryOutput
} from "./chunk-RE2ARS4I.js";
import {
  commitOfLine,
  draftsAwaitingSignOff
} from "./chunk-55RZWMDU.js";
import {
  checkRepository
} from "./chunk-LLSTHV56.js";
import {
  actionDraftCommand
} from "./chunk-GECNIXD5.js";
import {
  plainHeadline,
  renderMarkdown
} from "./chunk-U4VNT6PR.js";
import {
  md
} from "./chunk-UKINFBCB.js";
import {
  fetchOrgConfig
} from "./chunk-5AZHJ665.js";
import {
  createClient,
  explainApiError,
  listAll,
  repoFromEnv
} from "./chunk-DKS3FCZH.js";
import {
  writeReportFile
} from "./chunk-DZZ72OTQ.js";
import "./chunk-WEIVWZXF.js";
import "./chunk-GPRZSHXQ.js";
import "./chunk-HAHKWHZZ.js";
import {
  resolveDiffTarget
} from "./chunk-FP6KNBKK.js";
import "./chunk-LORJ742J.js";
import "./chunk-QXHHJ3V5.js";
import "./chunk-7OCZDSZG.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-YIC2S5OT.js";
import {
  git,
  gitText
} from "./chunk-JA33RAIK.js";
import "./chunk-YC7J5WRS.js";
import {
  parseOrgConfigRef
} from "./chunk-3B2RPBFT.js";
import {
  parseSettings
} from "./chunk-M52GZBCH.js";
import "./chunk-D3U573I3.js";
import "./chunk-SX36J2YO.js";
import "./chunk-AGHLWIT3.js";
import {
  packageVersion
} from "./chunk-OBWKXWL3.js";
import "./chunk-AKRDY33R.js";
import {
  getInput,
  setOutput,
  setSecret,
  summary
} from "./chunk-PUUXR6ZL.js";
import "./chunk-3DKRMKWI.js";
import "./chunk-WWNZIN5X.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-EXPTTWJG.js";
import "./chunk-KJ7NEGQU.js";

// src/action/main.ts
import path2 from "node:path";

// src/action/plan-commit.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
var BOT_IDENTITY = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com"
};
async function readFileAt(root, commit, filePath) {
  const result = await git(root, ["cat-file", "blob", `${commit}:${filePath}`]);
  return result.code === 0 ? result.stdout.toString("utf8") : null;
}
async function commitOneFile(root, options) {
  const indexDir = mkdtempSync(path.join(tmpdir(), "paramedic-index-"));
  const env = {
    GIT_INDEX_FILE: path.join(indexDir, "index"),
    GIT_AUTHOR_NAME: BOT_IDENTITY.name,
    GIT_AUTHOR_EMAIL: BOT_IDENTITY.email,
    GIT_COMMITTER_NAME: BOT_IDENTITY.name,
    GIT_COMMITTER_EMAIL: BOT_IDENTITY.email
  };
  try {
    const run2 = async (args, input) => {
      const result = await git(root, args, input, env);
      if (result.code !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr.trim()}`);
      return result.stdout.toString("utf8").trim();
    };
    const blob = await run2(["hash-object", "-w", "--stdin"], options.content);
    await run2(["read-tree", options.parent]);
    await run2(["update-index", "--add", "--cacheinfo", `100644,${blob},${options.filePath}`]);
    const tree = await run2(["write-tree"]);
    return await run2(["commit-tree", tree, "-p", options.parent, "-F", "-"], options.message);
  } finally {
    rmSync(indexDir, { recursive: true, force: true });
  }
}
async function remoteEnvForToken(root, token) {
  const remote = await git(root, ["remote", "get-url", "origin"]);
  let origin;
  try {
    const url = new URL(remote.stdout.toString("utf8").trim());
    if (url.protocol === "https:" || url.protocol === "http:") origin = url.origin;
  } catch {
    origin = void 0;
  }
  if (!origin || !token) return { env: {} };
  const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
  const key = `http.${origin}/.extraheader`;
  return {
    header,
    env: { GIT_CONFIG_COUNT: "2", GIT_CONFIG_KEY_0: key, GIT_CONFIG_VALUE_0: "", GIT_CONFIG_KEY_1: key, GIT_CONFIG_VALUE_1: header }
  };
}
function explainRefusal(refused2, branch) {
  if (refused2.rejected === "protected") return `the branch ${branch} is protected`;
  if (refused2.rejected === "permission") return "the token cannot push (give the job `permissions: contents: write`, or pass a token that may push as `token`)";
  return `the push to ${branch} was refused (${refused2.message})`;
}
async function pushCommit(root, commit, branch, options = {}) {
  const args = ["push", "--porcelain", "origin", `${commit}:refs/heads/${branch}`];
  if (options.lease !== void 0) args.splice(1, 0, `--force-with-lease=refs/heads/${branch}:${options.lease}`);
  const result = await git(root, args, void 0, options.env);
  if (result.code === 0) return { ok: true };
  const text = `${result.stdout.toString()}
${result.stderr}`;
  const message = text.replace(/(https?:\/\/)[^@\s/]+@/g, "$1***@").trim().split("\n").filter(Boolean).slice(-3).join(" ");
  if (/non-fast-forward|fetch first|\[rejected\]|stale info/i.test(text)) return { ok: false, rejected: "non-fast-forward", message };
  if (/protected branch|GH006|pre-receive hook declined/i.test(text)) return { ok: false, rejected: "protected", message };
  if (/403|permission|denied|not allowed|Authentication failed|could not read Username/i.test(text)) return { ok: false, rejected: "permission", message };
  return { ok: false, rejected: "other", message };
}
async function fetchBranchTip(root, branch, env) {
  const result = await git(root, ["fetch", "--no-tags", "--depth=1", "origin", `refs/heads/${branch}`], void 0, env);
  if (result.code !== 0) return null;
  return (await gitText(root, ["rev-parse", "FETCH_HEAD"])).trim();
}
async function remoteBranchTip(root, branch, env) {
  const ref = `refs/heads/${branch}`;
  const result = await git(root, ["ls-remote", "--heads", "origin", ref], void 0, env);
  if (result.code !== 0) throw new Error(`could not ask origin for ${branch}: ${result.stderr.trim().split("\n")[0]?.replace(/(https?:\/\/)[^@\s/]+@/g, "$1***@") ?? `exit ${result.code}`}`);
  const line = result.stdout.toString().split("\n").find((l) => l.split("	")[1] === ref);
  return line ? line.split("	")[0] : null;
}

// src/action/draft-commit.ts
function statusContext(configured, env = process.env) {
  return configured.trim() || env.GITHUB_JOB?.trim() || "paramedic";
}
async function ensureCommit(root, sha, log, env) {
  if ((await git(root, ["cat-file", "-e", `${sha}^{commit}`])).code === 0) return true;
  log(`fetching PR head ${sha.slice(0, 7)} (depth 1) to commit the stub onto it`);
  return (await git(root, ["fetch", "--no-tags", "--depth=1", "origin", sha], void 0, env)).code === 0;
}
async function commitDraftsToPullRequest(options) {
  const { root, pr, planPath, draft, log } = options;
  const env = options.remoteEnv ?? {};
  if (pr.headRepo !== pr.baseRepo) {
    return { outcome: "skipped", reason: "this pull request comes from a fork, where the job token cannot push; the suggested scenarios are in the summary and comment" };
  }
  const checked = pr.headSha;
  let tip;
  try {
    tip = await remoteBranchTip(root, pr.headRef, env);
  } catch (error) {
    return { outcome: "skipped", reason: error instanceof Error ? error.message : String(error) };
  }
  if (tip === null) return { outcome: "skipped", reason: `the branch ${pr.headRef} no longer exists; it is not re-created` };
  if (tip !== checked) return movedOn(root, pr, planPath, draft, log, env, tip);
  if (!await ensureCommit(root, checked, log, env)) {
    return { outcome: "skipped", reason: `the PR head ${checked.slice(0, 7)} could not be fetched from origin` };
  }
  const { after, added } = draft(await readFileAt(root, checked, planPath));
  if (added.length === 0) return { outcome: "nothing" };
  const names = added.map((a) => a.name);
  const message = `docs(disaster-recovery): draft scenarios for ${names.join(", ")}

Drafted by Paramedic. Review the steps, fill in the placeholders and remove
the draft markers to sign them off; until then they do not count as coverage.
`;
  const sha = await commitOneFile(root, { parent: checked, filePath: planPath, content: after, message });
  const pushed = await pushCommit(root, sha, pr.headRef, { lease: checked, env });
  if (pushed.ok) {
    log(`pushed ${sha.slice(0, 7)} to ${pr.headRef}: ${names.join(", ")}`);
    return { outcome: "pushed", sha, added: added.map((a) => a.id) };
  }
  if (pushed.rejected === "non-fast-forward") {
    return { outcome: "skipped", reason: `the branch ${pr.headRef} moved while the draft was being pushed; nothing was committed, and the run on its new head will draft it` };
  }
  return { outcome: "skipped", reason: `${explainRefusal(pushed, pr.headRef)}; the suggested scenarios are in the summary and comment` };
}
async function movedOn(root, pr, planPath, draft, log, env, tip) {
  log(`${pr.headRef} is at ${tip.slice(0, 7)}, not at the checked head ${pr.headSha.slice(0, 7)}: a commit there is not a fast-forward of what was checked, so nothing is committed`);
  const fetched = await fetchBranchTip(root, pr.headRef, env);
  if (fetched === tip && draft(await readFileAt(root, tip, planPath)).added.length === 0) {
    const raw = await git(root, ["cat-file", "commit", tip]);
    const parents = raw.stdout.toString("utf8").split("\n\n")[0].split("\n").filter((l) => l.startsWith("parent ")).map((l) => l.slice(7));
    return { outcome: "present", tip, ...parents.length === 1 && parents[0] === pr.headSha ? { sha: tip } : {} };
  }
  return { outcome: "skipped", reason: `the branch ${pr.headRef} moved on from the checked head ${pr.headSha.slice(0, 7)}; nothing was committed, and the run on its new head will draft it` };
}
async function reportStatusOnCommit(client, repo, sha, verdict, description, context, targetUrl, warn) {
  try {
    await client.rest.repos.createCommitStatus({
      ...repo,
      sha,
      state: verdict === "fail" ? "failure" : "success",
      context,
      description: description.slice(0, 140),
      ...targetUrl ? { target_url: targetUrl } : {}
    });
  } catch (error) {
    warn(explainApiError(error, "set the commit status on the drafted commit", "statuses: write"));
  }
}

// src/action/draft-title.ts
function draftPrTitle(serviceNames, maxNamed = 3) {
  const names = [...new Set(serviceNames)];
  const target = names.length <= maxNamed ? names.join(", ") : `${names.slice(0, maxNamed).join(", ")} +${names.length - maxNamed} more`;
  return `\u{1F3E5} Paramedic: [Disaster Recovery Plan Updated: ${target}]`;
}

// src/action/draft-pr.ts
var SWEEP_BRANCH = "paramedic/disaster-recovery-plan";
var PullRequestCreationRefused = class extends Error {
  status = 403;
  constructor(cause) {
    super("GitHub refused to create the pull request (403)", { cause });
    this.name = "PullRequestCreationRefused";
  }
};
async function syncSweepPullRequest(options) {
  const { root, client, repo, baseBranch, baseSha, planPath, draft, log } = options;
  const env = options.remoteEnv ?? {};
  const open = await listAll(client, "GET /repos/{owner}/{repo}/pulls", { ...repo, state: "open", head: `${repo.owner}:${SWEEP_BRANCH}` }, "open pull requests");
  const existing = open[0];
  if (options.gaps.length === 0) {
    if (!existing) return { outcome: "none" };
    await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: "The plan on the default branch now covers these services. Closing." });
    await client.rest.pulls.update({ ...repo, pull_number: existing.number, state: "closed" });
    log(`closed #${existing.number}: no gaps left`);
    return { outcome: "closed", number: existing.number };
  }
  const fromBase = draft(await readFileAt(root, baseSha, planPath));
  if (fromBase.added.length === 0) return { outcome: "none" };
  const remoteTip = await remoteBranchTip(root, SWEEP_BRANCH, env);
  let tip = remoteTip;
  let names = fromBase.added.map((a) => a.name);
  let branchChanged = false;
  if (remoteTip === null) {
    const sha = await commitOneFile(root, { parent: baseSha, filePath: planPath, content: fromBase.after, message: commitMessage(names) });
    const pushed = await pushCommit(root, sha, SWEEP_BRANCH, { env });
    if (!pushed.ok) throw refused(pushed);
    log(`pushed ${sha.slice(0, 7)} to ${SWEEP_BRANCH} (new branch from ${baseBranch})`);
    tip = sha;
    branchChanged = true;
  } else {
    const fetched = await fetchBranchTip(root, SWEEP_BRANCH, env);
    if (fetched !== remoteTip) throw new Error(`could not fetch ${SWEEP_BRANCH} from origin`);
    const onTip = draft(await readFileAt(root, remoteTip, planPath));
    if (onTip.added.length > 0) {
      const fresh = await commitOneFile(root, { parent: baseSha, filePath: planPath, content: fromBase.after, message: commitMessage(names) });
      let pushed = await pushCommit(root, fresh, SWEEP_BRANCH, { env });
      let sha = fresh;
      if (!pushed.ok && pushed.rejected === "non-fast-forward") {
        names = onTip.added.map((a) => a.name);
        sha = await commitOneFile(root, { parent: remoteTip, filePath: planPath, content: onTip.after, message: commitMessage(names) });
        pushed = await pushCommit(root, sha, SWEEP_BRANCH, { env });
        if (pushed.ok) log(`pushed ${sha.slice(0, 7)} to ${SWEEP_BRANCH} on top of its ${remoteTip.slice(0, 7)}: the commits on it are kept`);
      } else if (pushed.ok) {
        log(`pushed ${sha.slice(0, 7)} to ${SWEEP_BRANCH} (a fast-forward from ${baseBranch})`);
      }
      if (!pushed.ok) throw refused(pushed);
      tip = sha;
      branchChanged = true;
    }
  }
  const drafted = fromBase.added.map((a) => a.id);
  const title = draftPrTitle(fromBase.added.map((a) => a.name));
  const body = options.body(title);
  if (!existing) {
    const created = await client.rest.pulls.create({ ...repo, title, body, head: SWEEP_BRANCH, base: baseBranch }).catch((error) => {
      throw error.status === 403 && !isRateLimit(error) ? new PullRequestCreationRefused(error) : error;
    });
    return { outcome: "opened", number: created.data.number, title, drafted, ...tip ? { tip } : {} };
  }
  if (!branchChanged && existing.title === title && (existing.body ?? "") === body) return { outcome: "unchanged", number: existing.number, title, drafted, ...tip ? { tip } : {} };
  await client.rest.pulls.update({ ...repo, pull_number: existing.number, title, body });
  return { outcome: "updated", number: existing.number, title, drafted, ...tip ? { tip } : {} };
}
function isRateLimit(error) {
  const headers = error.response?.headers ?? {};
  return headers["x-ratelimit-remaining"] === "0" || headers["retry-after"] !== void 0;
}
function commitMessage(names) {
  return `docs(disaster-recovery): draft scenarios for ${names.join(", ")}

Drafted by Paramedic's weekly sweep.
`;
}
function refused(pushed) {
  return Object.assign(new Error(explainRefusal(pushed, SWEEP_BRANCH)), { status: pushed.rejected === "permission" ? 403 : void 0 });
}

// src/action/inputs.ts
var SETTING_INPUTS = ["mode", "fail-on", "fail-on-confidence", "fail-on-tier", "fail-on-categories", "doc-path", "rules", "draft", "comment", "tracking-issue"];
function readInputs() {
  const raw = {};
  for (const name of SETTING_INPUTS) {
    const value = getInput(name).trim();
    if (value !== "") raw[name] = value;
  }
  const config = getInput("config").trim();
  const remote = parseOrgConfigRef(config) !== void 0;
  const configToken = getInput("config-token");
  if (configToken) setSecret(configToken);
  return {
    token: getInput("token"),
    configPath: remote ? "" : config,
    orgConfig: remote ? config : "",
    configToken,
    baseRef: getInput("base-ref").trim(),
    headRef: getInput("head-ref").trim(),
    statusContext: getInput("status-context").trim(),
    sarifPath: getInput("sarif").trim(),
    reportPath: getInput("report-path").trim(),
    settings: parseSettings(raw, (key) => `input "${key}"`)
  };
}

// src/action/tracking-issue.ts
var TRACKING_MARKER = "<!-- paramedic:tracking-issue -->";
var TRACKING_TITLE = "\u{1F3E5} Paramedic: disaster-recovery gaps";
async function syncTrackingIssue(client, repo, body, identity) {
  const issues = await listAll(client, "GET /repos/{owner}/{repo}/issues", { ...repo, state: "open" }, "open issues");
  const marked = issues.filter((i) => !i.pull_request && (i.body ?? "").startsWith(TRACKING_MARKER));
  const me = marked.length > 0 ? await identity() : void 0;
  const existing = me ? marked.find((i) => isAuthoredBy(me, i.user, i.performed_via_github_app)) : void 0;
  if (body === null) {
    if (!existing) return "none";
    await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: "Every critical dependency now has a recovery scenario and the plan has no blocking findings. Closing." });
    await client.rest.issues.update({ ...repo, issue_number: existing.number, state: "closed" });
    return "closed";
  }
  const full = `${TRACKING_MARKER}
${body}`;
  if (!existing) {
    await client.rest.issues.create({ ...repo, title: TRACKING_TITLE, body: full });
    return "opened";
  }
  if (existing.body === full) return "unchanged";
  await client.rest.issues.update({ ...repo, issue_number: existing.number, body: full });
  return "updated";
}

// src/action/main.ts
var MAX_SUMMARY_BYTES = 1024 * 1024 - 1024;
async function stubsFor(report, catalog, workspace, config, headRevision) {
  let gaps = report.dependencies.filter((d) => report.gaps.includes(d.id) && !d.covered);
  if (gaps.length === 0 && config.draft !== "commit") {
    const unused = () => {
      throw new Error("plans are drafted only under draft: commit");
    };
    return { stubs: [], drafter: unused, planPath: report.doc ?? "" };
  }
  const { dependenciesAtRevision, draftForGaps } = await import("./chunk-TDU7TYHA.js");
  if (headRevision && gaps.length > 0 && config.draft !== "off") gaps = await dependenciesAtRevision(workspace, headRevision, catalog, gaps, { exclude: config.exclude });
  const make = (planText) => {
    const result = draftForGaps({ gaps, catalog, planPath: report.doc, planText, root: workspace, stubOptions: { tier3: config.draftTier3 } });
    return { after: result.after, added: result.added.map((a) => ({ id: a.id, title: a.title, name: catalog.byId.get(a.id)?.name ?? a.id })) };
  };
  const preview = draftForGaps({ gaps, catalog, planPath: report.doc, planText: null, root: workspace, stubOptions: { tier3: config.draftTier3 } });
  const stubs = config.draft === "off" ? [] : preview.stubs.map((s) => ({ id: s.id, title: s.title, markdown: s.markdown }));
  return { stubs, drafter: make, planPath: report.doc ?? preview.path };
}
async function sideChannel(what, permission, fn) {
  try {
    const result = await fn();
    return typeof result === "string" ? result : void 0;
  } catch (error) {
    const message = error instanceof PullRequestCreationRefused ? PR_CREATION_SETTING : explainApiError(error, what, permission);
    warning(message);
    return message;
  }
}
var PR_CREATION_SETTING = 'Paramedic could not open or update the draft pull request: GitHub refused to create it (403). Turn on "Allow GitHub Actions to create and approve pull requests" (Settings \u2192 Actions \u2192 General \u2192 Workflow permissions; an organization can lock it), and give the job `permissions: contents: write, pull-requests: write`; or pass a GitHub App token or PAT as `token`.';
function lazyIdentity(client) {
  let pending;
  return () => pending ??= tokenIdentity(client);
}
async function run() {
  holdAnnotations();
  try {
    const inputs = readInputs();
    const workspace = path2.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    const event = readRunnerEvent();
    if (inputs.reportPath) {
      const { postSavedReport } = await import("./chunk-RIQTK6OU.js");
      await postSavedReport(inputs, event, workspace);
      flushAnnotations();
      return;
    }
    const target = resolveDiffTarget(event.name, event.payload, { baseRef: inputs.baseRef, headRef: inputs.headRef });
    info(`Paramedic: ${target.why}`);
    const orgConfig = inputs.orgConfig ? await fetchOrgConfig(inputs.orgConfig, inputs.configToken || inputs.token) : void 0;
    const options = { configFile: inputs.configPath, settings: inputs.settings, ...orgConfig ? { orgConfig } : {}, warn: (m) => warning(m), log: (m) => info(m) };
    const revisions = target.mode === "pr" && target.base && target.head && inputs.settings.mode !== "sweep" ? {
      base: target.base,
      head: target.head,
      // An input that does not resolve is an error naming it; the event's revisions may fall back.
      ...target.baseFrom === "input" ? { baseLabel: "base-ref" } : {},
      ...target.headFrom === "input" ? { headLabel: "head-ref" } : {},
      ...target.baseBranch ? { baseBranch: target.baseBranch } : {},
      ...target.sweepIfUnresolvable ? { sweepIfUnresolvable: true } : {},
      checkoutHasHead: !event.name.endsWith("_target")
    } : {};
    const result = await checkRepository(workspace, { ...options, ...revisions });
    const config = result.config;
    if (config.mode === "pr" && target.mode === "sweep") info(`mode: pr, but ${target.why}; checked the whole repository`);
    const { report, catalog, mode } = result;
    const channel = config.mode === "sweep" ? "sweep" : target.mode;
    for (const w of report.warnings) warning(w.message, { file: w.path, ...w.line ? { startLine: w.line } : {} }, "parse");
    const reportPath = setReportOutputs(report, reportSource(event, result));
    if (inputs.sarifPath) {
      const file = path2.resolve(workspace, inputs.sarifPath);
      const { sarifText } = await import("./chunk-OKHXIJER.js");
      const problem = writeReportFile(file, sarifText(report, { version: packageVersion(), draftCommand: actionDraftCommand() }), workspace);
      if (problem) setFailed(`sarif: ${file} ${problem}`);
      else setOutput("sarif", file);
    }
    const repo = repoFromEnv();
    const repoUrl = repo ? `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${repo.owner}/${repo.repo}` : void 0;
    const checkedHead = mode === "pr" && result.head ? result.head : void 0;
    const links = repoUrl ? { repoUrl, sha: result.head ?? process.env.GITHUB_SHA } : void 0;
    const context = mode === "pr" && result.base && result.head ? `pull request: ${result.base.slice(0, 7)}\u2026${result.head.slice(0, 7)}` : "full sweep";
    const draftCommand = actionDraftCommand();
    const notes = [];
    const drafted = /* @__PURE__ */ new Map();
    for (const [id, draft] of draftsAwaitingSignOff(report)) {
      const sha = draft.path ? commitOfLine(workspace, draft.path, draft.line, checkedHead) : void 0;
      drafted.set(id, { ...sha ? { sha, ...repoUrl ? { url: `${repoUrl}/commit/${sha}` } : {} } : {}, ...draft.path ? { path: draft.path } : {}, line: draft.line });
    }
    const { stubs, drafter, planPath } = await stubsFor(report, catalog, workspace, config, checkedHead);
    const client = inputs.token && repo ? await createClient(inputs.token) : void 0;
    const identity = client ? lazyIdentity(client) : void 0;
    if (config.draft === "commit" && report.plans) {
      notes.push("Draft scenarios were not committed: this repository has a plan per service, and `draft: commit` writes one plan; the suggested scenarios are below.");
    } else if (config.draft === "commit") {
      if (!client || !repo) {
        const why = !inputs.token ? "the `token` input is empty" : "GITHUB_REPOSITORY is not set";
        warning(`draft: commit did nothing: ${why}, so Paramedic cannot push or open a pull request. Pass a token (the default is \`\${{ github.token }}\`); the suggested scenarios are in the summary.`);
        notes.push(`Draft scenarios were not committed: ${why}.`);
      } else if (report.gaps.length > 0 || channel === "sweep") {
        try {
          const remote = await remoteEnvForToken(workspace, inputs.token);
          if (remote.header) setSecret(remote.header.replace(/^AUTHORIZATION: basic /, ""));
          const outcome = await draftCommit({ event, mode: channel, workspace, client, repo, repoUrl, planPath, drafter, report, inputs, remoteEnv: remote.env });
          if (outcome.note) notes.push(outcome.note);
          for (const [id, stub] of outcome.drafted ?? []) drafted.set(id, stub);
        } catch (error) {
          warning(`draft: commit failed: ${error instanceof Error ? error.message : String(error)}; the suggested scenarios are in the summary`);
        }
      }
    }
    annotate(report, mode, { drafted, draftCommand });
    const unannotated = notAnnotatedSection(flushAnnotations());
    const summary2 = renderMarkdown(report, { links, context, stubs, notes, drafted, draftCommand, maxBytes: MAX_SUMMARY_BYTES - Buffer.byteLength(unannotated) }) + unannotated;
    await summary.addRaw(summary2, true).write().catch((e) => warning(`could not write the job summary: ${String(e)}`));
    writeSummaryOutput(summary2);
    const prNumber = pullRequestOf(event)?.number;
    const wanted = commentWanted(config.comment, report);
    if (channel === "pr" && prNumber && wanted !== "none") {
      if (client && repo && identity) {
        const body = wanted === "report" ? renderMarkdown(report, { links, context, stubs, notes, drafted, draftCommand, maxChars: MAX_COMMENT_CHARS, marker: COMMENT_MARKER }) : resolvedComment(report, result.head ?? process.env.GITHUB_SHA);
        const outcome = await sideChannel("update the pull request comment", "pull-requests: write", async () => {
          const done = await upsertStickyComment(client, repo, prNumber, body, identity, { create: wanted === "report" });
          if (done.id !== void 0) setOutput("comment-id", String(done.id));
          info(`PR comment: ${done.outcome}${wanted === "resolved" ? " (nothing left to report on this change)" : ""}`);
        });
        if (outcome) info("the report is in the job summary");
        const pr = pullRequestOf(event);
        const fromFork = pr?.head?.repo?.full_name && pr.base?.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name;
        if (outcome && fromFork) info("this pull request comes from a fork, whose token is read-only: save the `report` output as an artifact and post it from a workflow_run job with `report-path` (README: Pull requests from forks)");
      } else if (wanted === "report") {
        info("no PR comment: there is no token (or no GITHUB_REPOSITORY); the report is in the job summary");
      }
    }
    if (channel === "sweep" && config.trackingIssue && client && repo && identity) {
      const branch = await sweptBranch(event, workspace, {});
      if (branch.other) {
        info(`tracking issue not updated: ${branch.other}`);
      } else {
        const blocking = report.gaps.length > 0 || report.findings.some((f) => f.severity !== "notice");
        const body = blocking ? renderMarkdown(report, { links, context, stubs, drafted, draftCommand, maxChars: MAX_COMMENT_CHARS - TRACKING_MARKER.length - 1 }) : null;
        await sideChannel("update the tracking issue", "issues: write", async () => {
          info(`tracking issue: ${await syncTrackingIssue(client, repo, body, identity)}`);
        });
      }
    }
    const line = plainHeadline(report);
    info(line);
    info(`full report: ${reportPath}`);
    if (report.verdict === "fail") setFailed(line.replace(/^\S+\s/, ""));
  } catch (error) {
    flushAnnotations();
    setFailed(error instanceof Error ? error.message : String(error));
  }
}
function notAnnotatedSection(overflow) {
  if (overflow.length === 0) return "";
  const lines = overflow.slice(0, 200).map((a) => `- **${a.level}** ${md(where(a))}${md(a.message)}`);
  if (overflow.length > lines.length) lines.push(`- \u2026 and ${overflow.length - lines.length} more (in the job log)`);
  return `
<details><summary>${overflow.length} more annotation${overflow.length === 1 ? "" : "s"} than GitHub shows per step</summary>

${lines.join("\n")}

</details>
`;
}
async function sweptBranch(event, workspace, env) {
  const ref = process.env.GITHUB_REF || (typeof event.payload.ref === "string" ? event.payload.ref : "");
  let branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
  if (!branch && !ref) {
    const current = await git(workspace, ["symbolic-ref", "--quiet", "--short", "HEAD"]);
    if (current.code === 0) branch = current.stdout.toString("utf8").trim() || void 0;
  }
  let defaultBranch = defaultBranchOf(event);
  if (!defaultBranch) {
    const head = await git(workspace, ["ls-remote", "--symref", "origin", "HEAD"], void 0, env);
    const symref = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(head.stdout.toString("utf8"));
    defaultBranch = symref?.[1];
  }
  if (!defaultBranch) return { ...branch ? { branch } : {}, other: "the default branch is unknown (the event names none and origin did not say), so this run cannot tell whether it checked it" };
  if (branch !== defaultBranch) {
    const what = branch ? `the branch ${branch}` : ref ? ref : "a detached checkout";
    return { ...branch ? { branch } : {}, defaultBranch, other: `this run checked ${what}, not the default branch ${defaultBranch}; only a run on ${defaultBranch} opens or updates it` };
  }
  return { branch, defaultBranch };
}
async function draftCommit(options) {
  const { event, mode, workspace, client, repo, repoUrl, planPath, drafter, report, remoteEnv } = options;
  const prPayload = pullRequestOf(event);
  if (mode === "pr" && prPayload?.head?.ref && prPayload.head.sha) {
    const headRef = prPayload.head.ref;
    const result = await commitDraftsToPullRequest({
      root: workspace,
      pr: {
        number: prPayload.number,
        headRef,
        headSha: prPayload.head.sha,
        headRepo: prPayload.head.repo?.full_name ?? "",
        baseRepo: prPayload.base?.repo?.full_name ?? `${repo.owner}/${repo.repo}`
      },
      planPath,
      draft: drafter,
      log: (m) => info(m),
      remoteEnv
    });
    if (result.outcome === "pushed") {
      const context = statusContext(options.inputs.statusContext);
      await reportStatusOnCommit(client, repo, result.sha, report.verdict, `${report.verdict}: drafted ${result.added.join(", ")}; review the stubs`, context, void 0, (m) => warning(m));
      const url = `${repoUrl}/commit/${result.sha}`;
      const drafted = new Map(result.added.map((id) => [id, { sha: result.sha, url }]));
      return {
        note: `Paramedic committed draft scenarios (${result.added.map(md).join(", ")}) to this branch: drafted in [${result.sha.slice(0, 7)}](${url}), awaiting sign-off. Review them and remove the draft markers to sign off.`,
        drafted
      };
    }
    if (result.outcome === "present") {
      const url = result.sha ? `${repoUrl}/commit/${result.sha}` : `${repoUrl}/tree/${result.tip}`;
      const stub = result.sha ? { sha: result.sha, url } : { url };
      const drafted = new Map(report.gaps.map((id) => [id, stub]));
      const where2 = result.sha ? `drafted in [${result.sha.slice(0, 7)}](${url})` : `already on [${md(headRef)}](${url})`;
      return { note: `The draft scenarios are ${where2}, awaiting sign-off; nothing new was committed.`, drafted };
    }
    if (result.outcome === "skipped") {
      warning(`draft: commit skipped: ${result.reason}`);
      return { note: `Draft scenarios were not committed: ${md(result.reason)}.` };
    }
    return {};
  }
  if (mode === "sweep") {
    const branch = await sweptBranch(event, workspace, remoteEnv);
    if (branch.other) {
      const why = `draft pull request not opened: ${branch.other}`;
      warning(`draft: commit: ${why}`);
      return { note: `The ${md(why)}.` };
    }
    const baseSha = (await git(workspace, ["rev-parse", "HEAD"])).stdout.toString("utf8").trim();
    let outcome;
    const failure = await sideChannel(
      "open or update the draft pull request",
      "contents: write, pull-requests: write",
      async () => {
        outcome = await syncSweepPullRequest({
          root: workspace,
          client,
          repo,
          baseBranch: branch.defaultBranch,
          baseSha,
          planPath,
          draft: drafter,
          gaps: report.gaps,
          body: (title) => `${title}

Draft recovery scenarios for the services the plan does not cover yet. Review the steps, fill in the placeholders, and remove each draft marker to sign it off. Commits you push to \`${SWEEP_BRANCH}\` are kept: later sweeps add their stubs on top.

_Opened by the weekly Paramedic sweep; updated in place on later sweeps._`,
          log: (m) => info(m),
          remoteEnv
        });
        info(`draft PR: ${outcome.outcome}${outcome.number ? ` #${outcome.number}` : ""}`);
      }
    );
    if (failure || !outcome?.number) return {};
    const url = `${repoUrl}/pull/${outcome.number}`;
    const stub = { ...outcome.tip ? { sha: outcome.tip } : {}, pullRequest: outcome.number, url };
    const drafted = new Map((outcome.outcome === "closed" ? [] : outcome.drafted ?? []).map((id) => [id, stub]));
    return { note: outcome.outcome === "closed" ? `The draft pull request #${outcome.number} was closed: no gaps left.` : `Draft scenarios are in pull request #${outcome.number}.`, drafted };
  }
  return {};
}

// src/index.ts
void run();
