#!/usr/bin/env node
import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  LINT_RULES,
  RevisionError,
  RevisionInputError,
  checkRepository,
  escapeLogLines,
  jsonForLog,
  loadCatalog,
  loadConfigFile,
  scanRepository
} from "./chunk-EHL22ZWO.js";
import "./chunk-6LFAWNC3.js";
import {
  ConfigError,
  parseOrgConfigRef,
  parseSettings,
  resolveConfig,
  triageLines
} from "./chunk-JKRHNTQI.js";
import "./chunk-W4DOK2OE.js";
import {
  textTable
} from "./chunk-WV44J5WS.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-KJ7NEGQU.js";

// src/cli/index.ts
import { existsSync as existsSync4, statSync } from "node:fs";
import { parseArgs } from "node:util";
import path5 from "node:path";

// src/draft/awaiting.ts
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
function draftsAwaitingSignOff(report) {
  const out = /* @__PURE__ */ new Map();
  for (const id of report.gaps) {
    const scenario = report.scenarios.find((s) => s.covers.includes(id));
    if (scenario) out.set(id, { title: scenario.title, line: scenario.line });
  }
  return out;
}
function commitOfLine(root, planPath, line, revision) {
  try {
    const args = ["blame", "--porcelain", "--root", "-L", `${line},${line}`, ...revision ? [revision] : [], "--", planPath];
    const out = execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } });
    const sha = out.split(" ", 1)[0] ?? "";
    if (!/^[0-9a-f]{40,64}$/.test(sha) || /^0+$/.test(sha)) return void 0;
    return shallowCommits(root).has(sha) ? void 0 : sha;
  } catch {
    return void 0;
  }
}
function shallowCommits(root) {
  try {
    const file = execFileSync("git", ["rev-parse", "--git-path", "shallow"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const absolute = path.resolve(root, file);
    return existsSync(absolute) ? new Set(readFileSync(absolute, "utf8").split("\n").filter(Boolean)) : /* @__PURE__ */ new Set();
  } catch {
    return /* @__PURE__ */ new Set();
  }
}

// src/report/cli-command.ts
import { existsSync as existsSync2 } from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
function shellWord(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function bundledCliPath() {
  const here = path2.dirname(fileURLToPath(import.meta.url));
  const candidates = [path2.basename(here) === "cli" ? path2.join(here, "index.js") : path2.join(here, "cli", "index.js"), path2.resolve(here, "..", "..", "dist", "cli", "index.js")];
  return candidates.find((file) => existsSync2(file)) ?? candidates[candidates.length - 1];
}
function cliDraftCommand(root, cwd = process.cwd()) {
  const cli = bundledCliPath();
  const relative = path2.relative(cwd, cli);
  const shown = relative && !relative.startsWith("..") && relative.length < cli.length ? relative : cli;
  const dir = path2.relative(cwd, path2.resolve(cwd, root)) || ".";
  return `node ${shellWord(shown)} draft ${shellWord(dir.startsWith("..") ? path2.resolve(cwd, root) : dir)} --write`;
}

// src/report/escape.ts
var BREAKS_AND_CONTROLS = /\r\n|[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;
function oneLine(text) {
  return text.replace(BREAKS_AND_CONTROLS, " ");
}
var NO_MENTION = "@\u2060";
var MARKDOWN_ACTIVE = /[\\`[\]<>|&@]/g;
function md(text) {
  return oneLine(text).replace(MARKDOWN_ACTIVE, (c) => {
    if (c === "<") return "&lt;";
    if (c === ">") return "&gt;";
    if (c === "&") return "&amp;";
    if (c === "@") return NO_MENTION;
    return `\\${c}`;
  });
}

// src/report/check-text.ts
var VERDICT = { pass: "PASS", warn: "WARN", fail: "FAIL" };
function renderCheckText(report, root, planNote) {
  const out = [];
  const gapWord = (n) => `${n} gap${n === 1 ? "" : "s"}`;
  const split = [report.newGaps.length ? `${report.newGaps.length} new` : "", report.existingGaps.length ? `${report.existingGaps.length} already there` : ""].filter(Boolean).join(", ");
  const scope = report.coverage ? `${report.coverage.covered}/${report.coverage.total} critical services covered (${report.coverage.percent}%)` : `${report.dependencies.length} critical service${report.dependencies.length === 1 ? "" : "s"} in this change`;
  const caused = report.findings.filter((f) => f.causedByChange).length;
  const findingWords = `${report.findings.length} plan finding${report.findings.length === 1 ? "" : "s"}${report.mode === "pr" && report.findings.length > 0 ? ` (${caused} from this change)` : ""}`;
  out.push(`${VERDICT[report.verdict]}  ${scope}, ${gapWord(report.gaps.length)}${split ? ` (${split})` : ""}, ${findingWords}`);
  if (report.plans) out.push(`Plans: ${report.plans.map((p) => `${p.path}${p.found ? "" : " (not found)"}${p.gaps.length ? ` (${gapWord(p.gaps.length)})` : ""}`).join(", ")}`);
  else out.push(report.doc ? `Plan: ${report.doc}${planNote ? ` (${planNote})` : ""}` : `Plan: none found in ${root} (looked for DISASTER_RECOVERY.md at the root and in docs/); every dependency is a gap`);
  if (report.dependencies.length > 0) {
    out.push("");
    const rows = [...report.dependencies].sort((a, b) => Number(a.covered) - Number(b.covered) || a.id.localeCompare(b.id)).map((d) => [
      d.covered ? "ok" : report.newGaps.includes(d.id) ? "NEW GAP" : report.triage?.includes(d.id) ? `TRIAGE (${d.confidence})` : report.outsideGate?.includes(d.id) ? "GAP (not gated)" : "GAP",
      d.name,
      d.change,
      d.covered ? (d.scenarios[0] ?? d.coveredBecause ?? "") + (d.scenarios.length > 1 ? ` (+${d.scenarios.length - 1})` : "") : "-",
      d.evidence[0] ? `${d.evidence[0].path}:${d.evidence[0].line}` : "",
      ...report.plans ? [d.plan ?? "(none)"] : []
    ]);
    out.push(textTable(["STATUS", "SERVICE", "CHANGE", "COVERED BY", "EVIDENCE", ...report.plans ? ["PLAN"] : []], rows));
  }
  if (report.findings.length > 0) {
    out.push("", "Plan findings:");
    const ordered = [...report.findings].sort((a, b) => Number(b.causedByChange === true) - Number(a.causedByChange === true));
    for (const f of ordered) {
      const already = f.causedByChange === false ? " (already there)" : "";
      out.push(`  ${f.path}:${f.line}  ${f.severity.padEnd(7)}  ${f.rule}  ${f.message}${already}${f.hint ? ` \u2014 ${f.hint}` : ""}`);
    }
  }
  if (report.notices.length > 0) {
    out.push("", "Notices:");
    for (const n of report.notices) out.push(`  ${n.path ? `${n.path}${n.line ? `:${n.line}` : ""}: ` : ""}${n.message}`);
  }
  if (report.gaps.length > 0) out.push("", ...draftHint(report, root));
  if (report.triage?.length) {
    out.push("", `To triage (${report.triage.length}): the evidence does not show the deployment needs them; accept, ignore or cover each:`);
    for (const d of report.dependencies.filter((dep) => report.triage.includes(dep.id))) out.push(`  ${d.id}: ${d.confidenceReason ?? ""}`, `    ${triageLines(d.id).accept}`, `    ${triageLines(d.id).ignore}`);
  }
  if (report.warnings.length > 0) {
    out.push("", `Warnings (${report.warnings.length}):`);
    for (const w of report.warnings) out.push(`  ${w.path}${w.line ? `:${w.line}` : ""}: ${w.message}`);
  }
  return out.join("\n") + "\n";
}
function draftHint(report, root) {
  const awaiting = draftsAwaitingSignOff(report);
  const lines = [];
  for (const [id, draft] of awaiting) {
    const name = report.dependencies.find((d) => d.id === id)?.name ?? id;
    const sha = report.doc ? commitOfLine(root, report.doc, draft.line) : void 0;
    lines.push(`${oneLine(name)}: ${sha ? `drafted in ${sha.slice(0, 7)}` : "drafted"}, awaiting sign-off (${oneLine(`${report.doc ?? ""}:${draft.line}`)}); review it and remove its draft marker`);
  }
  if (report.gaps.some((id) => !awaiting.has(id))) lines.push(`Draft the missing scenarios with: ${cliDraftCommand(root)}`);
  return lines;
}

// src/report/markdown.ts
var VERDICT_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
var HEADLINE_NAMES = 5;
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
function namesOf(report, ids, escape) {
  const names = ids.map((id) => report.dependencies.find((d) => d.id === id)?.name ?? id);
  const shown = names.slice(0, HEADLINE_NAMES).map(escape);
  return names.length > HEADLINE_NAMES ? `${shown.join(", ")} and ${names.length - HEADLINE_NAMES} more` : shown.join(", ");
}
function headlineText(report, escape) {
  const n = report.newGaps.length;
  const existing = report.gaps.filter((id) => !report.newGaps.includes(id));
  const pr = report.mode === "pr";
  let text;
  if (n > 0) text = `${plural(n, "new critical dependency", "new critical dependencies")} without a recovery scenario: ${namesOf(report, report.newGaps, escape)}`;
  else if (existing.length > 0) {
    text = `${plural(existing.length, "critical dependency", "critical dependencies")} without a recovery scenario${pr ? ", already uncovered before this change" : ""}: ${namesOf(report, existing, escape)}`;
  } else if ((report.outsideGate ?? []).length > 0) {
    const outside = report.outsideGate;
    text = `${plural(outside.length, "dependency", "dependencies")} without a recovery scenario outside the services that fail this check: ${namesOf(report, outside, escape)}`;
  } else if (report.dependencies.length === 0) text = pr ? "this change adds or changes no critical dependency" : "no critical dependencies found";
  else text = pr ? "every critical dependency this change touches has a recovery scenario" : "every critical dependency has a recovery scenario";
  const errors = report.findings.filter((f) => f.severity === "error" && (!pr || f.causedByChange !== false)).length;
  if (errors > 0) text += `; ${plural(errors, "plan error", "plan errors")}${pr && report.findings.some((f) => f.causedByChange === true) ? " this change caused" : ""}`;
  return text;
}
function plainHeadline(report) {
  return `${VERDICT_ICON[report.verdict]} ${report.verdict.toUpperCase()}: ${headlineText(report, oneLine)}`;
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "paramedic/v1";
var SCENARIO_NEEDS = 'A scenario is a `## Scenario: ...` section of DISASTER_RECOVERY.md with the impact, the numbered steps a responder runs (commands, not "try restarting"), and how to verify the service is back.';
function categoryWords(category) {
  return category === "ai-api" ? "AI API" : category === "vector-db" ? "vector database" : category === "backend-platform" ? "backend platform" : category === "sms" ? "SMS" : category === "cdn" ? "CDN" : category;
}
function pascal(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function gapRule(category, draftCommand) {
  const words = categoryWords(category);
  const fix = draftCommand ? `Run \`${draftCommand}\` to draft the scenario, then fill in its steps and remove its draft marker.` : "Draft the scenario (`paramedic draft --write`), then fill in its steps and remove its draft marker.";
  const text = [
    `The repository depends on a critical ${words} service and the disaster-recovery plan has no scenario for it: when it fails, responders improvise.`,
    SCENARIO_NEEDS,
    `Fix: ${fix} If the service is covered elsewhere, mark it covered with a reason in the plan or in .github/paramedic.yml (ignore: with a reason).`
  ];
  return {
    id: `paramedic/gap/${category}`,
    name: `MissingRecoveryScenario${pascal(category)}`,
    shortDescription: { text: `A critical ${words} dependency has no recovery scenario` },
    fullDescription: { text: text[0] },
    help: {
      text: text.join("\n\n"),
      markdown: [`**A critical ${words} dependency has no recovery scenario.**`, "", text[0], "", SCENARIO_NEEDS, "", `**Fix:** ${fix}`, "", "Covered elsewhere? Mark it covered with a reason in the plan, or list it under `ignore:` with a `reason:` in `.github/paramedic.yml`."].join("\n")
    },
    defaultConfiguration: { level: "error" },
    properties: { tags: ["disaster-recovery", "reliability", category], precision: "high", "problem.severity": "error" }
  };
}
var LINT_BY_ID = new Map(LINT_RULES.map((r) => [r.id, r]));
var OTHER_RULES = {
  "plan-too-large": "The plan is larger than Paramedic reads; the rest of it was not checked.",
  "unfinished-draft": "A drafted scenario still carries its draft marker or placeholders: nobody has signed it off.",
  "unknown-ignore": "The config ignores a dependency id that no rule defines."
};
function findingRule(finding) {
  const [family, sub] = finding.rule.split("/", 2);
  const lint = LINT_BY_ID.get(finding.rule) ?? (sub ? LINT_BY_ID.get(family) : void 0);
  const description = sub && family === "shellcheck" ? `shellcheck ${sub} in a shell block of the plan (https://www.shellcheck.net/wiki/${sub}).` : sub && family === "markdownlint" ? `markdownlint ${sub} in the plan.` : lint?.description ?? OTHER_RULES[finding.rule] ?? `Plan finding ${finding.rule}.`;
  const hint = lint?.hint ?? finding.hint;
  const short = description.replace(/\.$/, "");
  return {
    id: `paramedic/${finding.rule}`,
    name: pascal(finding.rule),
    shortDescription: { text: short },
    fullDescription: { text: description },
    help: {
      text: `${description}${hint ? `

Fix: ${hint}` : ""}`,
      markdown: `**${md(short)}**${hint ? `

**Fix:** ${md(hint)}` : ""}`
    },
    defaultConfiguration: { level: levelOf(finding.severity) },
    properties: { tags: ["disaster-recovery", "plan"], precision: "high" }
  };
}
function levelOf(severity) {
  return severity === "notice" ? "note" : severity;
}
function uriOf(file) {
  return file.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map(encodeURIComponent).join("/");
}
function digest(...parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);
}
function gapLevel(report, id) {
  if (report.verdict !== "fail") return "warning";
  return report.mode === "sweep" || report.newGaps.includes(id) ? "error" : "warning";
}
function renderSarif(report, options = {}) {
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const ruleFor = (id, make) => {
    let index = ruleIndex.get(id);
    if (index === void 0) {
      index = rules.push(make()) - 1;
      ruleIndex.set(id, index);
    }
    return index;
  };
  const results = [];
  const seen = /* @__PURE__ */ new Map();
  const fingerprint = (...parts) => {
    const base = digest(...parts);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { [FINGERPRINT_KEY]: n === 1 ? base : `${base}:${n}` };
  };
  const plan = report.doc ?? "DISASTER_RECOVERY.md";
  const gapResult = (dep, level, triage) => {
    const evidence = dep.evidence[0];
    if (!evidence) return;
    const id = `paramedic/gap/${dep.category}`;
    const index = ruleFor(id, () => gapRule(dep.category, options.draftCommand));
    const name = oneLine(dep.name);
    const fix = options.draftCommand ? ` \`${options.draftCommand}\` drafts it.` : "";
    const text = triage ? `${name} (${dep.category}) may be a critical dependency (${dep.confidence ?? "possible"} evidence) with no scenario in ${oneLine(plan)}: confirm it and add a scenario, or ignore it with a reason.` : `${name} (${dep.category}) is a critical dependency with no recovery scenario in ${oneLine(plan)}. Add one, or mark it covered or ignored with a reason.${fix}`;
    results.push({
      ruleId: id,
      ruleIndex: index,
      level,
      message: { text },
      locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(evidence.path), uriBaseId: "%SRCROOT%" }, region: { startLine: Math.max(1, evidence.line) } } }],
      // The service and the file that proves it: stable when lines move or the plan changes.
      partialFingerprints: fingerprint(id, dep.id, evidence.path),
      properties: {
        dependency: dep.id,
        category: dep.category,
        tier: dep.tier,
        change: dep.change,
        ...dep.confidence ? { confidence: dep.confidence } : {},
        ...dep.provider ? { provider: dep.provider } : {},
        evidence: oneLine(evidence.detail)
      }
    });
  };
  const byId = new Map(report.dependencies.map((d) => [d.id, d]));
  for (const id of report.gaps) {
    const dep = byId.get(id);
    if (dep) gapResult(dep, gapLevel(report, id), false);
  }
  for (const id of report.triage ?? []) {
    const dep = byId.get(id);
    if (dep && !report.gaps.includes(id)) gapResult(dep, "note", true);
  }
  for (const finding of report.findings) {
    const id = `paramedic/${finding.rule}`;
    const index = ruleFor(id, () => findingRule(finding));
    const level = report.mode === "pr" && finding.causedByChange === false && finding.severity === "error" ? "warning" : levelOf(finding.severity);
    results.push({
      ruleId: id,
      ruleIndex: index,
      level,
      message: { text: finding.hint ? `${oneLine(finding.message)} Fix: ${oneLine(finding.hint)}` : oneLine(finding.message) },
      locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(finding.path), uriBaseId: "%SRCROOT%" }, region: { startLine: Math.max(1, finding.line) } } }],
      // Rule, file and message, not the line: a finding keeps its alert when text above it moves.
      partialFingerprints: fingerprint(id, finding.path, finding.message),
      properties: { ...finding.causedByChange !== void 0 ? { causedByChange: finding.causedByChange } : {} }
    });
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "Paramedic", ...options.version && options.version !== "unknown" ? { semanticVersion: options.version, version: options.version } : {}, rules } },
        results,
        originalUriBaseIds: { SRCROOT: { description: { text: "The root of the checked repository." } } },
        columnKind: "utf16CodeUnits",
        properties: { verdict: report.verdict, mode: report.mode }
      }
    ]
  };
}
function sarifText(report, options = {}) {
  return JSON.stringify(renderSarif(report, options), null, 2) + "\n";
}

// src/util/report-file.ts
import { lstatSync, mkdirSync, writeFileSync } from "node:fs";
import path3 from "node:path";
function writeReportFile(file, text) {
  try {
    const existing = lstatOrUndefined(file);
    if (existing?.isSymbolicLink()) return "is a symbolic link; not followed (remove it, or choose another path)";
    if (existing?.isDirectory()) return "is a directory";
    mkdirSync(path3.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return void 0;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
function lstatOrUndefined(file) {
  try {
    return lstatSync(file);
  } catch {
    return void 0;
  }
}

// src/report/scan-text.ts
function renderScanText(result, root) {
  const out = [];
  const count = result.dependencies.length;
  out.push(`Paramedic found ${count} critical service${count === 1 ? "" : "s"} in ${root}`);
  if (count > 0) {
    out.push("");
    out.push(
      textTable(
        ["ID", "SERVICE", "CATEGORY", "TIER", "PROVIDER", "EVIDENCE"],
        result.dependencies.map((d) => {
          const places = [...new Set(d.evidence.map((e) => `${e.path}:${e.line}`))];
          const first = places.slice(0, 2);
          const more = places.length > 2 ? ` (+${places.length - 2} more)` : "";
          return [d.id, d.name, d.category, String(d.tier), d.provider ?? "-", first.join(", ") + more];
        })
      )
    );
  }
  if (result.warnings.length > 0) {
    out.push("");
    out.push(`Warnings (${result.warnings.length}):`);
    for (const w of result.warnings) out.push(`  ${w.path}${w.line ? `:${w.line}` : ""}: ${w.message}`);
  }
  return out.join("\n") + "\n";
}

// src/cli/version.ts
import { existsSync as existsSync3, readFileSync as readFileSync2 } from "node:fs";
import path4 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function packageVersion() {
  let dir = path4.dirname(fileURLToPath2(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const file = path4.join(dir, "package.json");
    if (existsSync3(file)) {
      const pkg = JSON.parse(readFileSync2(file, "utf8"));
      if (typeof pkg.version === "string") return pkg.version;
    }
    dir = path4.dirname(dir);
  }
  return "unknown";
}

// src/cli/index.ts
var FORMATS = ["text", "json", "sarif"];
var USAGE = `Usage: paramedic <command> [DIR] [options]

Commands:
  scan [DIR]    list the critical services DIR depends on in production
  check [DIR]   compare them with the scenarios in the disaster-recovery plan
  draft [DIR]   write scenario stubs for the services the plan does not cover
  org <list|matrix|sweep> ORG   sweep an organisation (paramedic org --help)
  report merge DIR              merge sweep reports into JSON, Markdown and an HTML dashboard

Options:
  --json                 print the machine-readable report (same as --format json)
  --format FORMAT        check: text (default), json or sarif (SARIF 2.1.0, for code scanning)
  --output FILE          write the report to FILE instead of standard output
  --base REF --head REF  check only what changed between two revisions (pull-request mode)
  --doc PATH             the plan (default: DISASTER_RECOVERY.md at the root or in docs/)
  --fail-on POLICY       new-gaps (default), any-gap or never
  --fail-on-confidence C the weakest evidence a gap needs to fail: likely (default), confirmed or possible
  --fail-on-tier N       gaps fail only for tier N or more critical services (1, 2 or 3, the default)
  --fail-on-categories L gaps fail only for these categories (comma-separated, e.g. database,cache)
  --config PATH          config file (default: .github/paramedic.yml when present), or an organisation
                         config OWNER/REPO/PATH@REF read through the API with PARAMEDIC_CONFIG_TOKEN
                         (or GITHUB_TOKEN); the repository's file and the flags may only tighten it
  --rules DIR            a folder of extra or overriding rules
  --exclude GLOB         leave matching paths out (repeatable)
  --write                draft: insert the stubs into the plan instead of printing them
  --version              print the version
  -h, --help             show this help

Exit codes: 0 pass or warn, 1 the check failed, 2 the command was misused.
`;
var defaultIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
};
function usage(io, message) {
  io.stderr(`paramedic: ${message}
`);
  return 2;
}
function configProblems(io, error) {
  for (const problem of error.problems) io.stderr(`paramedic: ${problem}
`);
  return 2;
}
async function runCli(argv, rawIo = defaultIo) {
  const io = { stdout: (text) => rawIo.stdout(escapeLogLines(text)), stderr: (text) => rawIo.stderr(escapeLogLines(text)) };
  if (argv[0] === "org") return (await import("./chunk-CAG47LDN.js")).runOrgCommand(argv.slice(1), io);
  if (argv[0] === "report") return (await import("./chunk-PDYOHQDH.js")).runReportCommand(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        format: { type: "string" },
        output: { type: "string", short: "o" },
        base: { type: "string" },
        head: { type: "string" },
        doc: { type: "string" },
        "fail-on": { type: "string" },
        "fail-on-confidence": { type: "string" },
        "fail-on-tier": { type: "string" },
        "fail-on-categories": { type: "string" },
        config: { type: "string" },
        rules: { type: "string" },
        exclude: { type: "string", multiple: true },
        write: { type: "boolean", default: false },
        version: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false }
      }
    });
  } catch (error) {
    io.stderr(`paramedic: ${error instanceof Error ? error.message : String(error)}

${USAGE}`);
    return 2;
  }
  const { values } = parsed;
  const [command, dirArg, ...rest] = parsed.positionals;
  if (values.version) {
    io.stdout(`paramedic ${packageVersion()}
`);
    return 0;
  }
  if (values.help || !command) {
    (values.help ? io.stdout : io.stderr)(USAGE);
    return values.help ? 0 : 2;
  }
  if (rest.length > 0) {
    io.stderr(`paramedic: unexpected argument "${rest[0]}"

${USAGE}`);
    return 2;
  }
  if (values.head && !values.base) {
    io.stderr("paramedic: --head needs --base\n");
    return 2;
  }
  const format = values.format ?? (values.json ? "json" : "text");
  if (!FORMATS.includes(format)) return usage(io, `--format ${format}: expected one of ${FORMATS.join(", ")}`);
  if (values.json && values.format && values.format !== "json") return usage(io, `--json and --format ${values.format} contradict each other`);
  if (format === "sarif" && command !== "check") return usage(io, "--format sarif is for `paramedic check`");
  if (values.output !== void 0 && values.output === "") return usage(io, "--output needs a file name");
  const root = path5.resolve(dirArg ?? ".");
  const shownDir = dirArg ?? ".";
  if (!existsSync4(root)) return usage(io, `${shownDir}: no such directory`);
  if (!statSync(root).isDirectory()) return usage(io, `${shownDir}: not a directory`);
  const prMode = Boolean(values.base);
  if (values.doc && !prMode && !existsSync4(path5.resolve(root, values.doc))) return usage(io, `--doc ${values.doc}: no such file in ${shownDir}`);
  const warn = (m) => io.stderr(`paramedic: warning: ${m}
`);
  let settings;
  const remote = values.config !== void 0 && parseOrgConfigRef(values.config) !== void 0;
  const configFile = values.config && !remote ? path5.resolve(root, values.config) : void 0;
  let config;
  let orgConfig;
  try {
    if (remote) {
      const { fetchOrgConfig } = await import("./chunk-AKSZSSM2.js");
      orgConfig = await fetchOrgConfig(values.config, process.env.PARAMEDIC_CONFIG_TOKEN || process.env.GITHUB_TOKEN || "");
    }
    const flags = {};
    if (values["fail-on"]) flags["fail-on"] = values["fail-on"];
    if (values["fail-on-confidence"]) flags["fail-on-confidence"] = values["fail-on-confidence"];
    if (values["fail-on-tier"]) flags["fail-on-tier"] = values["fail-on-tier"];
    if (values["fail-on-categories"]) flags["fail-on-categories"] = values["fail-on-categories"];
    if (values.doc) flags["doc-path"] = values.doc;
    if (values.rules) flags.rules = path5.resolve(values.rules);
    if (values.exclude) flags.exclude = values.exclude;
    settings = parseSettings(flags, (key) => `--${key === "doc-path" ? "doc" : key}`);
    config = command === "check" && prMode ? resolveConfig(orgConfig, settings) : resolveConfig(orgConfig, loadConfigFile(root, configFile), settings);
  } catch (error) {
    if (error instanceof ConfigError) return configProblems(io, error);
    throw error;
  }
  switch (command) {
    case "scan": {
      const catalog = await loadCatalog(config.rules || void 0, warn, root);
      const result = await scanRepository(root, catalog, { exclude: config.exclude });
      io.stdout(values.json ? jsonForLog(result) + "\n" : renderScanText(result, root));
      return 0;
    }
    case "check": {
      let result;
      try {
        result = await checkRepository(root, {
          ...prMode ? { configFile, settings } : { config },
          ...orgConfig ? { orgConfig } : {},
          ...prMode ? { base: values.base, head: values.head ?? "HEAD", baseLabel: "--base", headLabel: "--head" } : {},
          warn,
          log: (m) => values.json ? void 0 : io.stderr(`${m}
`)
        });
      } catch (error) {
        if (error instanceof RevisionInputError) return usage(io, `${error.label} ${error.revision}: ${error.reason}`);
        if (error instanceof RevisionError) return usage(io, error.message.split("\n")[0]);
        if (error instanceof ConfigError) return configProblems(io, error);
        throw error;
      }
      const text = format === "sarif" ? sarifText(result.report, { version: packageVersion(), draftCommand: "paramedic draft --write" }) : format === "json" ? JSON.stringify(result.report, null, 2) + "\n" : renderCheckText(result.report, root, result.plan?.chosenBecause);
      if (values.output) {
        const written = writeReportFile(path5.resolve(values.output), text);
        if (written) return usage(io, `--output ${values.output}: ${written}`);
        if (format !== "text") io.stderr(`${plainHeadline(result.report)}
`);
      } else {
        io.stdout(format === "json" ? jsonForLog(result.report) + "\n" : format === "sarif" ? jsonForLog(JSON.parse(text)) + "\n" : text);
      }
      return result.report.verdict === "fail" ? 1 : 0;
    }
    case "draft": {
      const { runDraftCommand } = await import("./chunk-BW5BZHLX.js");
      return runDraftCommand(root, { config, write: values.write, json: values.json, ...values.base ? { base: values.base, head: values.head ?? "HEAD" } : {} }, io);
    }
    default:
      io.stderr(`paramedic: unknown command "${command}"

${USAGE}`);
      return 2;
  }
}

// src/cli/main.ts
runCli(process.argv.slice(2)).then(
  (code2) => {
    process.exitCode = code2;
  },
  (error) => {
    process.stderr.write(escapeLogLines(`paramedic: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`));
    process.exitCode = 2;
  }
);
