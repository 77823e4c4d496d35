import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  ENVELOPE_KIND,
  LISTING_KIND
} from "./chunk-HPUDJHMQ.js";
import {
  textTable
} from "./chunk-WV44J5WS.js";
import {
  clientSettings,
  createClient
} from "./chunk-DKS3FCZH.js";
import {
  minimatch
} from "./chunk-VGCUJHZJ.js";
import "./chunk-KJ7NEGQU.js";

// src/org/command.ts
import { appendFileSync, mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/org/list.ts
var OrgListError = class extends Error {
};
async function listOrganisation(options) {
  const client = await createClient(options.token, { ...clientSettings(), onRateLimitWait: options.log });
  waitOutRateLimits(client, options);
  const all = [];
  let last = {};
  try {
    const pages = client.paginate.iterator(client.rest.repos.listForOrg, { org: options.organisation, type: "all", per_page: 100 });
    for await (const page of pages) {
      last = page.headers;
      for (const repo of page.data) all.push(fromApi(repo));
    }
  } catch (error) {
    if (error instanceof OrgListError) throw error;
    throw new OrgListError(explainListError(error, options.organisation));
  }
  if (last["x-ratelimit-remaining"] !== void 0) {
    options.log(`API rate limit: ${last["x-ratelimit-remaining"]} of ${last["x-ratelimit-limit"] ?? "?"} requests left, resets at ${resetTime(last["x-ratelimit-reset"])}`);
  }
  return applyFilters(options.organisation, all, options.filters, (options.now ?? (() => /* @__PURE__ */ new Date()))());
}
function fromApi(repo) {
  return {
    fullName: repo.full_name,
    name: repo.name,
    url: repo.html_url,
    defaultBranch: repo.default_branch ?? null,
    archived: repo.archived === true,
    fork: repo.fork === true,
    visibility: repo.visibility ?? null,
    topics: Array.isArray(repo.topics) ? repo.topics.filter((t) => typeof t === "string") : [],
    pushedAt: repo.pushed_at ?? null,
    sizeKb: typeof repo.size === "number" ? repo.size : 0
  };
}
function waitOutRateLimits(client, options) {
  client.hook.wrap("request", async (request, requestOptions) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const wait = rateLimitWait(error, (options.now ?? (() => /* @__PURE__ */ new Date()))());
        if (wait === void 0 || attempt > 5) throw error;
        if (wait > options.maxWaitSeconds) {
          throw new OrgListError(
            `the API rate limit allows the next request in ${wait} s, more than --max-wait ${options.maxWaitSeconds} s: run the sweep later, raise max-wait, or use a GitHub App token (its limit grows with the organisation)`
          );
        }
        options.log(`rate limited (${error.status}); waiting ${wait} s before retrying`);
        await new Promise((resolve) => setTimeout(resolve, wait * 1e3));
      }
    }
  });
}
function rateLimitWait(error, now) {
  const status = error?.status;
  if (status !== 403 && status !== 429) return void 0;
  const headers = error.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  if (Number.isFinite(retryAfter) && retryAfter >= 0 && headers["retry-after"] !== void 0) return Math.ceil(retryAfter);
  if (String(headers["x-ratelimit-remaining"]) === "0") {
    const reset = Number(headers["x-ratelimit-reset"]);
    return Number.isFinite(reset) ? Math.max(1, Math.ceil(reset - now.getTime() / 1e3)) : 60;
  }
  return status === 429 ? 60 : void 0;
}
function explainListError(error, organisation) {
  const base = `could not list the repositories of ${organisation}`;
  switch (error?.status) {
    case 401:
      return `${base}: the token was rejected (401); pass a valid token`;
    case 403:
      return `${base}: the token may not list them (403); it needs read access to the organisation's repositories (Metadata: read)`;
    case 404:
      return `${base}: no such organisation, or the token cannot see it (404)`;
    default:
      return `${base}: ${error?.status ? `the API answered ${error.status}` : (error?.message ?? String(error)).split("\n")[0]}`;
  }
}
function resetTime(value) {
  const seconds = Number(value);
  return Number.isFinite(seconds) ? new Date(seconds * 1e3).toISOString() : "an unknown time";
}
function keeps(state, flag) {
  return state === "include" || (state === "only" ? flag : !flag);
}
function applyFilters(organisation, repositories, filters, now) {
  const leftOut = { archived: 0, forks: 0, topics: 0, names: 0, limit: 0 };
  const include = filters.names.filter((p) => !p.startsWith("!"));
  const exclude = filters.names.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const topics = new Set(filters.topics.map((t) => t.toLowerCase()));
  const matches = (name, pattern) => minimatch(name, pattern, { nocase: true, dot: true });
  const kept = [];
  for (const repo of repositories) {
    if (!keeps(filters.archived, repo.archived)) leftOut.archived++;
    else if (!keeps(filters.forks, repo.fork)) leftOut.forks++;
    else if (topics.size > 0 && !repo.topics.some((t) => topics.has(t.toLowerCase()))) leftOut.topics++;
    else if (include.length > 0 && !include.some((p) => matches(repo.name, p)) || exclude.some((p) => matches(repo.name, p))) leftOut.names++;
    else kept.push(repo);
  }
  kept.sort((a, b) => a.fullName.toLowerCase() < b.fullName.toLowerCase() ? -1 : a.fullName.toLowerCase() > b.fullName.toLowerCase() ? 1 : 0);
  if (filters.limit > 0 && kept.length > filters.limit) leftOut.limit = kept.splice(filters.limit).length;
  return { kind: LISTING_KIND, version: 1, organisation, listedAt: now.toISOString(), filters, listed: repositories.length, leftOut, repositories: kept };
}

// src/org/matrix.ts
var MATRIX_JOB_LIMIT = 256;
function buildMatrix(repositories, options) {
  const maxJobs = Math.min(MATRIX_JOB_LIMIT, Math.max(1, Math.floor(options.maxJobs)));
  const n = repositories.length;
  if (n === 0) return { include: [] };
  const perJob = Math.max(1, Math.floor(options.perJob), Math.ceil(n / maxJobs));
  const jobs = Math.ceil(n / perJob);
  const base = Math.floor(n / jobs);
  const larger = n % jobs;
  const width = String(jobs).length;
  const include = [];
  let at = 0;
  for (let i = 0; i < jobs; i++) {
    const size = base + (i < larger ? 1 : 0);
    include.push({ batch: String(i + 1).padStart(width, "0"), repositories: repositories.slice(at, at + size).map((r) => r.fullName) });
    at += size;
  }
  return { include };
}

// src/org/sweep.ts
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
var REPOSITORY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/;
var SECRET_VARIABLES = ["PARAMEDIC_TOKEN", "GITHUB_TOKEN", "GH_TOKEN", "INPUT_TOKEN", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
async function sweepRepositories(names, options) {
  mkdirSync(options.outDir, { recursive: true });
  const envelopes = [];
  for (const fullName of names) {
    const envelope = await sweepRepository(fullName, options);
    writeFileSync(path.join(options.outDir, envelopeFileName(fullName)), `${JSON.stringify(envelope, null, 2)}
`);
    const r = envelope.report;
    options.log(
      `${fullName}: ${envelope.status}${r?.coverage ? `, ${r.coverage.covered}/${r.coverage.total} critical services covered (${r.coverage.percent}%)` : ""}${envelope.reason ? ` (${envelope.reason})` : ""}`
    );
    envelopes.push(envelope);
  }
  return envelopes;
}
function envelopeFileName(fullName) {
  return `${fullName.replace("/", "__").replace(/[^A-Za-z0-9._-]/g, "_")}.json`;
}
async function sweepRepository(fullName, options) {
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const web = `${options.serverUrl.replace(/\/+$/, "")}/${fullName}`;
  const envelope = (status, extra = {}) => ({
    kind: ENVELOPE_KIND,
    version: 1,
    repository: { fullName, url: REPOSITORY_NAME.test(fullName) ? web : null, defaultBranch: null, commit: null, ...extra.repository },
    status,
    ...extra.reason ? { reason: mask(extra.reason, options.token) } : {},
    checkedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    plan: extra.plan ?? null,
    report: extra.report ?? null
  });
  const failed = (status, reason, repository) => envelope(status, { reason, ...repository ? { repository } : {} });
  if (!REPOSITORY_NAME.test(fullName) || fullName.includes("..")) return failed("error", "not a repository name (owner/name)");
  const work = mkdtempSync(path.join(tmpdir(), "paramedic-sweep-"));
  const dir = path.join(work, "repo");
  try {
    const clone = await runBounded("git", ["clone", "--depth=1", "--no-tags", "--single-branch", "--quiet", "--", `${web}.git`, dir], { env: gitEnv(options), deadline });
    if (clone.timedOut) return failed("timeout", `not cloned within ${minutes(options.timeoutMs)}`);
    if (clone.code !== 0) {
      const message = gitError(clone.stderr);
      return failed(looksLikeNoAccess(message) ? "no-access" : "error", `git clone failed: ${message}`);
    }
    const head = await runBounded("git", ["-C", dir, "rev-parse", "--verify", "--quiet", "HEAD"], { env: gitEnv(options), deadline });
    const branch = (await runBounded("git", ["-C", dir, "symbolic-ref", "--short", "--quiet", "HEAD"], { env: gitEnv(options), deadline })).stdout.trim() || null;
    const commit = head.code === 0 ? head.stdout.trim() : null;
    const repository = { fullName, url: web, defaultBranch: branch, commit };
    if (!commit) return failed("empty", "the repository has no commits", repository);
    const check = await runBounded(process.execPath, [options.cliPath, "check", dir, "--json"], { env: checkEnv(), deadline, cwd: dir });
    if (check.timedOut) return failed("timeout", `not checked within ${minutes(options.timeoutMs)}`, repository);
    if (check.code !== 0 && check.code !== 1) return failed("error", `paramedic check exited ${check.code}: ${lastLines(check.stderr) || "no message"}`, repository);
    let report;
    try {
      report = JSON.parse(check.stdout);
      if (!Array.isArray(report.dependencies)) throw new Error("no dependencies list");
    } catch (error) {
      return failed("error", `paramedic check printed no report: ${error instanceof Error ? error.message : String(error)}`, repository);
    }
    const plan = report.doc ? { path: report.doc, url: `${web}/blob/${commit}/${report.doc.split("/").map(encodeURIComponent).join("/")}` } : null;
    return envelope("checked", { repository, plan, report });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
function minutes(ms) {
  const m = ms / 6e4;
  return m >= 1 ? `${Number(m.toFixed(2))} minute${m === 1 ? "" : "s"}` : `${Math.round(ms / 1e3)} s`;
}
function gitEnv(options) {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: "0", GCM_INTERACTIVE: "never", GIT_LFS_SKIP_SMUDGE: "1" };
  for (const name of SECRET_VARIABLES) delete env[name];
  if (options.token && /^https?:\/\//i.test(options.serverUrl)) {
    const count2 = Number(env.GIT_CONFIG_COUNT ?? 0) || 0;
    env.GIT_CONFIG_COUNT = String(count2 + 1);
    env[`GIT_CONFIG_KEY_${count2}`] = `http.${options.serverUrl.replace(/\/+$/, "")}/.extraheader`;
    env[`GIT_CONFIG_VALUE_${count2}`] = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${options.token}`).toString("base64")}`;
  }
  return env;
}
function checkEnv() {
  const env = { ...process.env };
  for (const name of SECRET_VARIABLES) delete env[name];
  return env;
}
function gitError(stderr) {
  const lines = stderr.split("\n").map((l) => l.trim()).filter(Boolean);
  const telling = lines.filter((l) => /^(fatal|remote|error):/i.test(l));
  return (telling.length ? telling : lines).slice(-2).join(" ").slice(0, 300) || "no message";
}
function looksLikeNoAccess(message) {
  return /not found|returned error: 40[134]|could not read username|authentication failed|permission denied|access denied/i.test(message);
}
function lastLines(text) {
  return text.trim().split("\n").slice(-3).join(" ").slice(0, 400);
}
function mask(text, token) {
  if (!token) return text;
  const encoded = Buffer.from(`x-access-token:${token}`).toString("base64");
  return text.split(token).join("***").split(encoded).join("***");
}
function runBounded(cmd, args, options) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: options.env, cwd: options.cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    let timedOut = false;
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => err.push(c));
    const timer = setTimeout(
      () => {
        timedOut = true;
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      },
      Math.max(0, options.deadline - Date.now())
    );
    const finish = (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), timedOut });
    };
    child.on("error", (error) => {
      err.push(Buffer.from(error.message));
      finish(null);
    });
    child.on("close", (code) => finish(code));
  });
}

// src/org/command.ts
var ORG_USAGE = `Usage: paramedic org <list|matrix|sweep> [options]

  org list ORG [filters] [--json]     the organisation's repositories that pass the filters
  org matrix ORG [filters]            the sweep's GitHub Actions matrix, as JSON
      --max-jobs N                    jobs in the matrix, at most ${MATRIX_JOB_LIMIT} (default ${MATRIX_JOB_LIMIT})
      --per-job N                     the fewest repositories a job sweeps (default 1)
      --listing FILE                  also write the filtered listing (what the merge expects)
      --github-output FILE            append matrix=, repositories= and jobs= lines (a runner's GITHUB_OUTPUT)
  org sweep NAME... | --repositories JSON
      --out DIR                       where each repository's report envelope goes (required)
      --timeout-minutes N             clone and check of one repository (default 10)
      --server-url URL                where to clone from (default GITHUB_SERVER_URL, else https://github.com)

Filters:
  --topic T           only repositories with this topic (repeatable, or comma-separated: any of them)
  --name GLOB         only names matching the glob; !GLOB leaves matching names out (repeatable, or comma-separated)
  --archived MODE     exclude (default), include or only
  --forks MODE        exclude (default), include or only
  --limit N           at most N repositories, the first in name order (default: no limit)
  --max-wait SECONDS  wait at most this long for an API rate limit to reset (default 600)

The token comes from PARAMEDIC_TOKEN (else GITHUB_TOKEN); without one, only public repositories are seen.
`;
var UsageError = class extends Error {
};
async function runOrgCommand(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        topic: { type: "string", multiple: true },
        name: { type: "string", multiple: true },
        archived: { type: "string" },
        forks: { type: "string" },
        limit: { type: "string" },
        "max-wait": { type: "string" },
        "max-jobs": { type: "string" },
        "per-job": { type: "string" },
        listing: { type: "string" },
        "github-output": { type: "string" },
        repositories: { type: "string" },
        out: { type: "string" },
        "timeout-minutes": { type: "string" },
        "server-url": { type: "string" },
        help: { type: "boolean", short: "h", default: false }
      }
    });
  } catch (error) {
    io.stderr(`paramedic: ${error instanceof Error ? error.message : String(error)}

${ORG_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [sub, ...args] = positionals;
  if (values.help || !sub) {
    (values.help ? io.stdout : io.stderr)(ORG_USAGE);
    return values.help ? 0 : 2;
  }
  const token = process.env.PARAMEDIC_TOKEN || process.env.GITHUB_TOKEN || "";
  const log = (m) => io.stderr(`paramedic: ${m}
`);
  try {
    switch (sub) {
      case "list":
      case "matrix": {
        if (args.length !== 1) throw new UsageError(`org ${sub} needs one organisation name`);
        const organisation = args[0];
        const listing = await listOrganisation({ organisation, filters: filtersFrom(values), token, maxWaitSeconds: count(values["max-wait"], "--max-wait", 600), log });
        const { leftOut } = listing;
        log(
          `${organisation}: ${listing.listed} repositories listed, ${listing.repositories.length} kept (left out: ${leftOut.archived} archived, ${leftOut.forks} forks, ${leftOut.topics} by topic, ${leftOut.names} by name, ${leftOut.limit} over the limit)`
        );
        if (sub === "list") {
          io.stdout(
            values.json ? `${JSON.stringify(listing, null, 2)}
` : `${textTable(["Repository", "Default branch", "Topics"], listing.repositories.map((r) => [r.fullName, r.defaultBranch ?? "", r.topics.join(", ")]))}
`
          );
          return 0;
        }
        const maxJobs = count(values["max-jobs"], "--max-jobs", MATRIX_JOB_LIMIT);
        if (maxJobs < 1 || maxJobs > MATRIX_JOB_LIMIT) throw new UsageError(`--max-jobs must be between 1 and ${MATRIX_JOB_LIMIT} (GitHub's matrix limit)`);
        const perJob = Math.max(1, count(values["per-job"], "--per-job", 1));
        const matrix = buildMatrix(listing.repositories, { maxJobs, perJob });
        if (values.listing) writeFile(values.listing, `${JSON.stringify(listing, null, 2)}
`);
        const json = JSON.stringify(matrix);
        if (values["github-output"]) {
          appendFileSync(values["github-output"], `matrix=${json}
repositories=${listing.repositories.length}
jobs=${matrix.include.length}
`);
        }
        log(`${listing.repositories.length} repositories in ${matrix.include.length} jobs of up to ${Math.max(0, ...matrix.include.map((b) => b.repositories.length))}`);
        io.stdout(`${json}
`);
        return 0;
      }
      case "sweep": {
        if (!values.out) throw new UsageError("org sweep needs --out DIR");
        const names = [...args, ...repositoriesFrom(values.repositories)];
        if (names.length === 0) throw new UsageError("org sweep needs repository names (owner/name) or --repositories JSON");
        const timeoutMinutes = Number(values["timeout-minutes"] ?? 10);
        if (!Number.isFinite(timeoutMinutes) || timeoutMinutes <= 0) throw new UsageError("--timeout-minutes must be a positive number");
        const envelopes = await sweepRepositories(names, {
          serverUrl: values["server-url"] || process.env.GITHUB_SERVER_URL || "https://github.com",
          token,
          timeoutMs: timeoutMinutes * 6e4,
          outDir: path2.resolve(values.out),
          cliPath: path2.resolve(process.argv[1]),
          // Node makes it absolute already; the check runs in another folder
          log
        });
        const checked = envelopes.filter((e) => e.status === "checked").length;
        io.stdout(`${checked} of ${envelopes.length} repositories checked; reports in ${values.out}
`);
        return 0;
      }
      default:
        throw new UsageError(`unknown org command "${sub}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`paramedic: ${error.message}

${ORG_USAGE}`);
      return 2;
    }
    if (error instanceof OrgListError) {
      io.stderr(`paramedic: ${error.message}
`);
      return 1;
    }
    throw error;
  }
}
function writeFile(file, text) {
  mkdirSync2(path2.dirname(path2.resolve(file)), { recursive: true });
  writeFileSync2(file, text);
}
function listOf(values) {
  return (values ?? []).flatMap((v) => v.split(/[,\n]/)).map((v) => v.trim()).filter(Boolean);
}
function triState(value, flag) {
  const v = (value ?? "").trim() || "exclude";
  if (v === "exclude" || v === "include" || v === "only") return v;
  throw new UsageError(`${flag} must be exclude, include or only (got "${value}")`);
}
function count(value, flag, fallback) {
  if (value === void 0 || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} must be a whole number (got "${value}")`);
  return n;
}
function filtersFrom(values) {
  return {
    topics: listOf(values.topic),
    names: listOf(values.name),
    archived: triState(values.archived, "--archived"),
    forks: triState(values.forks, "--forks"),
    limit: count(values.limit, "--limit", 0)
  };
}
function repositoriesFrom(json) {
  if (json === void 0 || json.trim() === "") return [];
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new UsageError("--repositories must be a JSON array of owner/name strings");
  }
  if (!Array.isArray(parsed) || !parsed.every((n) => typeof n === "string")) throw new UsageError("--repositories must be a JSON array of owner/name strings");
  return parsed;
}
export {
  ORG_USAGE,
  runOrgCommand
};
