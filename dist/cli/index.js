#!/usr/bin/env node
import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  packageVersion
} from "../chunk-OBWKXWL3.js";
import {
  escapeLogLines
} from "../chunk-3DKRMKWI.js";
import "../chunk-KJ7NEGQU.js";

// src/cli/index.ts
import { existsSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import path from "node:path";
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
async function runCli(argv2, rawIo = defaultIo) {
  const io = { stdout: (text) => rawIo.stdout(escapeLogLines(text)), stderr: (text) => rawIo.stderr(escapeLogLines(text)) };
  if (argv2[0] === "org") return (await import("../chunk-ZNDBNK2E.js")).runOrgCommand(argv2.slice(1), io);
  if (argv2[0] === "report") return (await import("../chunk-YT37GBXT.js")).runReportCommand(argv2.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv2,
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
  const root = path.resolve(dirArg ?? ".");
  const shownDir = dirArg ?? ".";
  if (!existsSync(root)) return usage(io, `${shownDir}: no such directory`);
  if (!statSync(root).isDirectory()) return usage(io, `${shownDir}: not a directory`);
  const prMode = Boolean(values.base);
  if (values.doc && !prMode && !existsSync(path.resolve(root, values.doc))) return usage(io, `--doc ${values.doc}: no such file in ${shownDir}`);
  const warn = (m) => io.stderr(`paramedic: warning: ${m}
`);
  const [{ ConfigError, parseSettings }, { loadConfigFile }, { parseOrgConfigRef, resolveConfig }] = await Promise.all([
    import("../chunk-UAP2JBTE.js"),
    import("../chunk-SYOUQ3MD.js"),
    import("../chunk-JDQV2VKB.js")
  ]);
  let settings;
  const remote = values.config !== void 0 && parseOrgConfigRef(values.config) !== void 0;
  const configFile = values.config && !remote ? path.resolve(root, values.config) : void 0;
  let config;
  let orgConfig;
  try {
    if (remote) {
      const { fetchOrgConfig } = await import("../chunk-N7ILD5SE.js");
      orgConfig = await fetchOrgConfig(values.config, process.env.PARAMEDIC_CONFIG_TOKEN || process.env.GITHUB_TOKEN || "");
    }
    const flags = {};
    if (values["fail-on"]) flags["fail-on"] = values["fail-on"];
    if (values["fail-on-confidence"]) flags["fail-on-confidence"] = values["fail-on-confidence"];
    if (values["fail-on-tier"]) flags["fail-on-tier"] = values["fail-on-tier"];
    if (values["fail-on-categories"]) flags["fail-on-categories"] = values["fail-on-categories"];
    if (values.doc) flags["doc-path"] = values.doc;
    if (values.rules) flags.rules = path.resolve(values.rules);
    if (values.exclude) flags.exclude = values.exclude;
    settings = parseSettings(flags, (key) => `--${key === "doc-path" ? "doc" : key}`);
    config = command === "check" && prMode ? resolveConfig(orgConfig, settings) : resolveConfig(orgConfig, await loadConfigFile(root, configFile), settings);
  } catch (error) {
    if (error instanceof ConfigError) return configProblems(io, error);
    throw error;
  }
  switch (command) {
    case "scan": {
      const [{ loadCatalog }, { scanRepository }, { renderScanText }, { jsonForLog }] = await Promise.all([
        import("../chunk-7CC7AKAS.js"),
        import("../chunk-QUU2SQGW.js"),
        import("../chunk-DCVA7M5A.js"),
        import("../chunk-52M5MBUG.js")
      ]);
      const catalog = await loadCatalog(config.rules || void 0, warn, root);
      const result = await scanRepository(root, catalog, { exclude: config.exclude });
      io.stdout(values.json ? jsonForLog(result) + "\n" : renderScanText(result, root));
      return 0;
    }
    case "check": {
      const [{ checkRepository, RevisionInputError }, { RevisionError }, { renderCheckText }, { jsonForLog }] = await Promise.all([
        import("../chunk-XTDJVIER.js"),
        import("../chunk-QQY6KA6E.js"),
        import("../chunk-JLLI7HYL.js"),
        import("../chunk-52M5MBUG.js")
      ]);
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
      let text;
      if (format === "sarif") {
        const [{ sarifText }, { cliDraftCommand }] = await Promise.all([import("../chunk-OKHXIJER.js"), import("../chunk-UHSA75FJ.js")]);
        text = sarifText(result.report, { version: packageVersion(), draftCommand: cliDraftCommand(root) });
      } else {
        text = format === "json" ? JSON.stringify(result.report, null, 2) + "\n" : renderCheckText(result.report, root, result.plan?.chosenBecause);
      }
      if (values.output) {
        const [{ writeReportFile }, { plainHeadline }] = await Promise.all([import("../chunk-BYA5RFH3.js"), import("../chunk-4RKTGZ3M.js")]);
        const written = writeReportFile(path.resolve(values.output), text, root);
        if (written) return usage(io, `--output ${values.output}: ${written}`);
        if (format !== "text") io.stderr(`${plainHeadline(result.report)}
`);
      } else {
        io.stdout(format === "json" ? jsonForLog(result.report) + "\n" : format === "sarif" ? jsonForLog(JSON.parse(text)) + "\n" : text);
      }
      return result.report.verdict === "fail" ? 1 : 0;
    }
    case "draft": {
      const { runDraftCommand } = await import("../chunk-T5KQABDU.js");
      return runDraftCommand(root, { config, write: values.write, json: values.json, ...values.base ? { base: values.base, head: values.head ?? "HEAD" } : {} }, io);
    }
    default:
      io.stderr(`paramedic: unknown command "${command}"

${USAGE}`);
      return 2;
  }
}

// src/cli/main.ts
var argv = process.argv.slice(2);
var shortRun = argv[0] !== "org" && argv[0] !== "report" && !argv.some((arg) => arg === "--help" || arg === "-h" || arg === "--version");
(shortRun ? import("../chunk-TYXZBJUY.js") : Promise.resolve()).then(() => runCli(argv)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(escapeLogLines(`paramedic: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`));
    process.exitCode = 2;
  }
);
