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
  md,
  oneLine
} from "./chunk-UKINFBCB.js";
import "./chunk-HAHKWHZZ.js";
import "./chunk-YIC2S5OT.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-SX36J2YO.js";
import "./chunk-AGHLWIT3.js";
import "./chunk-XRUR2M6W.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-KJ7NEGQU.js";

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
export {
  SARIF_SCHEMA_URI,
  renderSarif,
  sarifText
};
