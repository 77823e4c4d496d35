import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  code,
  encodePath,
  html,
  longestBacktickRun,
  md,
  oneLine
} from "./chunk-UKINFBCB.js";
import {
  triageLines
} from "./chunk-D3U573I3.js";
import {
  stripTrailing
} from "./chunk-AGHLWIT3.js";

// src/report/markdown.ts
var VERDICT_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
var SEVERITY_ICON = { error: "\u{1F6D1}", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var HEADLINE_NAMES = 5;
function cell(text) {
  return md(text);
}
function fileLink(links, path, line) {
  const label = `${path}${line ? `:${line}` : ""}`;
  if (!links?.repoUrl || !links.sha) return code(label);
  return `[${md(label)}](${links.repoUrl}/blob/${links.sha}/${encodePath(path)}${line ? `#L${line}` : ""})`;
}
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
function namesOf(report, ids, escape) {
  const names = ids.map((id) => report.dependencies.find((d) => d.id === id)?.name ?? id);
  const shown = names.slice(0, HEADLINE_NAMES).map(escape);
  return names.length > HEADLINE_NAMES ? `${shown.join(", ")} and ${names.length - HEADLINE_NAMES} more` : shown.join(", ");
}
function isForefront(finding) {
  return finding.causedByChange ?? finding.severity !== "notice";
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
function headline(report) {
  return `${VERDICT_ICON[report.verdict]} **${report.verdict.toUpperCase()}**: ${headlineText(report, md)}`;
}
function plainHeadline(report) {
  return `${VERDICT_ICON[report.verdict]} ${report.verdict.toUpperCase()}: ${headlineText(report, oneLine)}`;
}
function statedCoverage(report) {
  return report.coverage ?? null;
}
function coverageFigures(report) {
  if (report.coverage) return report.coverage;
  const live = report.dependencies.filter((d) => d.change !== "removed");
  const covered = live.filter((d) => d.covered).length;
  return { covered, total: live.length, percent: live.length === 0 ? 100 : Math.round(covered / live.length * 100) };
}
var STATUS_RANK = { "new-gap": 0, gap: 1, covered: 2, removed: 3 };
var STATUS_CELL = { "new-gap": "\u274C new gap", gap: "\u26A0\uFE0F gap", covered: "\u2705", removed: "\u2796 removed" };
var OUTSIDE_GATE_CELL = "\u26A0\uFE0F gap (not gated)";
function statusOf(report, dep) {
  if (dep.change === "removed") return "removed";
  if (dep.covered) return "covered";
  return report.newGaps.includes(dep.id) ? "new-gap" : "gap";
}
function draftedText(drafted, links) {
  if (drafted.sha) {
    const short = drafted.sha.slice(0, 7);
    const ref = drafted.url ? `[${short}](${drafted.url})` : short;
    return `drafted in ${ref}${drafted.pullRequest ? ` (#${drafted.pullRequest})` : ""}, awaiting sign-off`;
  }
  if (drafted.pullRequest) return `drafted in ${drafted.url ? `[#${drafted.pullRequest}](${drafted.url})` : `#${drafted.pullRequest}`}, awaiting sign-off`;
  if (drafted.path) return `drafted at ${fileLink(links, drafted.path, drafted.line)}, awaiting sign-off`;
  return "drafted, awaiting sign-off";
}
function dependencyRow(report, dep, options, withChange) {
  const status = statusOf(report, dep);
  const drafted = options.drafted?.get(dep.id);
  let coveredBy;
  if (dep.covered) coveredBy = dep.scenarios.length ? dep.scenarios.map(md).join("<br>") : md(dep.coveredBecause ?? "covered");
  else if (drafted && status !== "removed") coveredBy = `\u{1F4DD} ${draftedText(drafted, options.links)}`;
  else coveredBy = "\u2014";
  const places = [...new Map(dep.evidence.map((e) => [`${e.path}:${e.line}`, e])).values()];
  const evidence = places.slice(0, 3).map((e) => fileLink(options.links, e.path, e.line));
  if (places.length > 3) evidence.push(`+${places.length - 3} more`);
  const provider = dep.provider ? ` (${md(dep.provider)})` : "";
  const change = withChange ? ` ${dep.change} |` : "";
  const cell2 = status === "gap" && report.outsideGate?.includes(dep.id) ? OUTSIDE_GATE_CELL : STATUS_CELL[status];
  return `| ${cell2} | ${md(dep.name)}${provider} |${change} ${coveredBy} | ${evidence.join(", ")} |`;
}
function orderDependencies(report) {
  return [...report.dependencies].sort(
    (a, b) => STATUS_RANK[statusOf(report, a)] - STATUS_RANK[statusOf(report, b)] || a.tier - b.tier || a.name.localeCompare(b.name) || a.id.localeCompare(b.id)
  );
}
var URL_IN_TEXT = /\bhttps?:\/\/[^\s<>()[\]|`"']+/g;
function withShortLinks(text) {
  const line = oneLine(text);
  let out = "";
  let last = 0;
  for (const match of line.matchAll(URL_IN_TEXT)) {
    const url = stripTrailing(match[0], ".,;:!?");
    const start = match.index;
    out += md(line.slice(last, start));
    const label = stripTrailing(url, "/").split("/").pop() || "link";
    out += `[${md(label.length > 24 ? "docs" : label)}](${url})`;
    last = start + url.length;
  }
  return out + md(line.slice(last));
}
function findingRow(f, links) {
  return `| ${SEVERITY_ICON[f.severity]} | ${fileLink(links, f.path, f.line)} | ${code(f.rule)} | ${md(f.message)}${f.hint ? ` \u2014 _${withShortLinks(f.hint)}_` : ""} |`;
}
function findingsTable(findings, cap, links) {
  const out = ["| | Where | Rule | Finding |", "|---|---|---|---|"];
  for (const f of findings.slice(0, cap)) out.push(findingRow(f, links));
  if (findings.length > cap) out.push(`| | | | _\u2026and ${findings.length - cap} more (see the JSON report)_ |`);
  return out;
}
function noticeLines(report, links) {
  const out = [];
  const existing = report.mode === "pr" ? report.existingGaps ?? [] : [];
  if (existing.length > 0) {
    out.push(`- Already without a recovery scenario before this change: ${namesOf(report, existing, md)} (an existing gap fails only under \`fail-on: any-gap\`).`);
  }
  for (const change of report.providerChanges ?? []) {
    const name = report.dependencies.find((d) => d.id === change.id)?.name ?? change.id;
    out.push(`- ${md(name)} moved from ${md(change.from ?? "self-run")} to ${md(change.to ?? "self-run")}: its scenario may need updating.`);
  }
  for (const notice of report.notices ?? []) {
    const where = notice.path ? ` (${fileLink(links, notice.path, notice.line)})` : "";
    out.push(`- ${md(notice.message)}${where}`);
  }
  return out;
}
function compose(report, options, rowCap, findingCap, withStubs) {
  const out = [];
  const { links } = options;
  if (options.marker) out.push(options.marker);
  out.push("### \u{1F3E5} Paramedic \u2014 disaster-recovery coverage", "", headline(report), "");
  const triage = new Set(report.triage ?? []);
  const withChange = report.mode === "pr";
  const table = (deps) => {
    const rows = [withChange ? "| | Service | Change | Covered by | Evidence |" : "| | Service | Covered by | Evidence |", withChange ? "|---|---|---|---|---|" : "|---|---|---|---|"];
    for (const dep of deps.slice(0, rowCap)) rows.push(dependencyRow(report, dep, options, withChange));
    if (deps.length > rowCap) rows.push(`| | _\u2026and ${deps.length - rowCap} more (see the JSON report)_ |${withChange ? " |" : ""} | |`);
    return [...rows, ""];
  };
  const coverage = statedCoverage(report);
  const figure = coverage ? ` \xB7 **Coverage:** ${coverage.covered} of ${coverage.total} critical services (${coverage.percent}%)` : "";
  if (report.plans) {
    out.push(`**Plans:** ${report.plans.length}${figure}${options.context ? ` \xB7 ${md(options.context)}` : ""}`, "");
    const deps = orderDependencies(report).filter((d) => !triage.has(d.id));
    for (const plan of report.plans) {
      const own = deps.filter((d) => d.plan === plan.path);
      const planFigure = plan.coverage ? ` \xB7 ${plan.coverage.covered} of ${plan.coverage.total} covered (${plan.coverage.percent}%)` : "";
      out.push(`**Plan:** ${fileLink(links, plan.path)}${plan.found ? "" : " (**not found**: every dependency mapped to it is a gap)"}${planFigure}`, "");
      out.push(...own.length > 0 ? table(own) : [withChange ? "_This change touches no dependency checked against this plan._" : "_No dependency is checked against this plan._", ""]);
    }
    const orphans = deps.filter((d) => d.plan === null);
    if (orphans.length > 0) out.push("**No plan** next to this code (add a `DISASTER_RECOVERY.md` beside it, or map it under `plans:`):", "", ...table(orphans));
  } else {
    const plan = report.doc ? fileLink(links, report.doc) : "**no plan found** (looked for `DISASTER_RECOVERY.md` at the root and in `docs/`)";
    out.push(`**Plan:** ${plan}${figure}${options.context ? ` \xB7 ${md(options.context)}` : ""}`, "");
    if (report.dependencies.some((d) => !triage.has(d.id))) out.push(...table(orderDependencies(report).filter((d) => !triage.has(d.id))));
  }
  out.push(...triageSection(report, links, rowCap));
  for (const note of options.notes ?? []) out.push(`> ${oneLine(note)}`, "");
  const forefront = report.findings.filter(isForefront);
  const others = report.findings.filter((f) => !isForefront(f));
  if (forefront.length > 0) {
    const title = report.mode === "pr" && forefront.some((f) => f.causedByChange === true) ? "Plan findings this change caused" : "Plan findings";
    out.push(`#### ${title} (${forefront.length})`, "", ...findingsTable(forefront, findingCap, links), "");
  }
  const stubs = (options.stubs ?? []).filter((s) => !options.drafted?.has(s.id));
  if (withStubs && stubs.length > 0) {
    out.push("#### Suggested scenarios", "", "Paste into the plan, fill in the placeholders, and remove the draft marker to sign off.", "");
    for (const stub of stubs) {
      const run = longestBacktickRun(stub.markdown);
      const fence = "`".repeat(Math.max(3, run + 1));
      out.push(`<details><summary>${html(stub.title)}</summary>`, "", `${fence}markdown`, stub.markdown.trimEnd(), fence, "", "</details>", "");
    }
  }
  const undrafted = report.gaps.filter((id) => !options.drafted?.has(id));
  if (undrafted.length > 0) {
    const draft = options.draftCommand ? `, or run \`${options.draftCommand}\` for a stub` : "";
    out.push(
      "<details><summary>How to resolve a gap</summary>",
      "",
      `- Add a scenario for the service to the plan (\`## Scenario: <what fails>\`, **Impact**, numbered **Mitigation Strategy** steps with exact commands)${draft}.`,
      "- If another document covers it, add `<!-- paramedic: covers <id> -- <reason> -->` to the plan.",
      "- If it is not critical for you, add it to `ignore:` in `.github/paramedic.yml` with a reason.",
      "",
      "</details>",
      ""
    );
  }
  const notices = noticeLines(report, links);
  if (notices.length + others.length > 0) {
    const count = notices.length + others.length;
    out.push(`<details><summary>Other findings and notices (${count})</summary>`, "");
    if (notices.length > 0) out.push(...notices, "");
    if (others.length > 0) {
      const why = report.mode === "pr" ? "Already in the plan before this change; they do not fail it." : "Notices: they never fail the check.";
      out.push(why, "", ...findingsTable(others, findingCap, links), "");
    }
    out.push("</details>", "");
  }
  return out.join("\n");
}
function renderMarkdown(report, options) {
  const size = (text2) => options.maxBytes !== void 0 ? Buffer.byteLength(text2, "utf8") : text2.length;
  const cap = Math.min(options.maxBytes ?? Infinity, options.maxChars ?? Infinity);
  const plans = [
    [Infinity, Infinity, true],
    [Infinity, Infinity, false],
    [200, 100, false],
    [50, 25, false],
    [10, 5, false]
  ];
  let text = "";
  for (const [rows, findings, stubs] of plans) {
    text = compose(report, options, rows, findings, stubs);
    if (size(text) <= cap) return text;
  }
  return truncate(text, cap, size);
}
var TRUNCATED = "\n\n_\u2026report truncated._\n";
function triageSection(report, links, cap = Infinity) {
  const deps = report.dependencies.filter((d) => (report.triage ?? []).includes(d.id)).sort((a, b) => a.id.localeCompare(b.id));
  if (deps.length === 0) return [];
  const out = [`<details><summary>To triage (${deps.length}): found, but the evidence does not show the deployment needs ${deps.length === 1 ? "it" : "them"}</summary>`, ""];
  for (const dep of deps.slice(0, cap)) {
    const first = dep.evidence[0];
    const lines = triageLines(dep.id);
    out.push(`- **${md(dep.name)}** (${code(dep.id)}, ${dep.confidence ?? "possible"}): ${md(dep.confidenceReason ?? "weak evidence")}${first ? ` \u2014 ${fileLink(links, first.path, first.line)}` : ""}`);
    out.push(`  - accept: ${code(lines.accept)}`, `  - ignore: ${code(lines.ignore)}`, `  - cover: ${code(lines.cover)}`);
  }
  if (deps.length > cap) out.push(`- _\u2026and ${deps.length - cap} more (see the JSON report)_`);
  out.push("", "</details>", "");
  return out;
}
function truncate(text, cap, size) {
  const budget = cap - size(TRUNCATED);
  let end = Math.min(text.length, Math.max(0, budget));
  while (end > 0 && size(text.slice(0, end)) > budget) end = Math.floor(end * 0.9);
  const cut = text.lastIndexOf("\n", end);
  return text.slice(0, cut > 0 ? cut : 0) + TRUNCATED;
}

export {
  cell,
  headline,
  plainHeadline,
  statedCoverage,
  coverageFigures,
  draftedText,
  orderDependencies,
  renderMarkdown,
  triageSection
};
