import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);

// src/draft/awaiting.ts
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
function draftsAwaitingSignOff(report) {
  const out = /* @__PURE__ */ new Map();
  for (const id of report.gaps) {
    const plans = report.plans ? new Set(report.dependencies.filter((d) => d.id === id && !d.covered).map((d) => d.plan ?? null)) : void 0;
    const scenario = report.scenarios.find((s) => s.covers.includes(id) && (!plans || plans.has(s.plan ?? null)));
    if (scenario) out.set(id, { title: scenario.title, line: scenario.line, path: (plans ? scenario.plan : void 0) ?? report.doc });
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

export {
  draftsAwaitingSignOff,
  commitOfLine
};
