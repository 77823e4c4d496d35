import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  textTable
} from "./chunk-WV44J5WS.js";
import {
  commitOfLine,
  draftsAwaitingSignOff
} from "./chunk-55RZWMDU.js";
import {
  cliDraftCommand
} from "./chunk-GECNIXD5.js";
import {
  oneLine
} from "./chunk-UKINFBCB.js";
import {
  triageLines
} from "./chunk-D3U573I3.js";
import "./chunk-KJ7NEGQU.js";

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
    const withChange = report.mode === "pr";
    const rows = [...report.dependencies].sort((a, b) => Number(a.covered) - Number(b.covered) || a.id.localeCompare(b.id)).map((d) => [
      d.covered ? "ok" : report.newGaps.includes(d.id) ? "NEW GAP" : report.triage?.includes(d.id) ? `TRIAGE (${d.confidence})` : report.outsideGate?.includes(d.id) ? "GAP (not gated)" : "GAP",
      d.name,
      ...withChange ? [d.change] : [],
      d.covered ? (d.scenarios[0] ?? d.coveredBecause ?? "") + (d.scenarios.length > 1 ? ` (+${d.scenarios.length - 1})` : "") : "-",
      d.evidence[0] ? `${d.evidence[0].path}:${d.evidence[0].line}` : "",
      ...report.plans ? [d.plan ?? "(none)"] : []
    ]);
    out.push(textTable(["STATUS", "SERVICE", ...withChange ? ["CHANGE"] : [], "COVERED BY", "EVIDENCE", ...report.plans ? ["PLAN"] : []], rows));
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
    const sha = draft.path ? commitOfLine(root, draft.path, draft.line) : void 0;
    lines.push(`${oneLine(name)}: ${sha ? `drafted in ${sha.slice(0, 7)}` : "drafted"}, awaiting sign-off (${oneLine(`${draft.path ?? ""}:${draft.line}`)}); review it and remove its draft marker`);
  }
  if (report.gaps.some((id) => !awaiting.has(id))) lines.push(`Draft the missing scenarios with: ${cliDraftCommand(root)}`);
  return lines;
}
export {
  draftHint,
  renderCheckText
};
