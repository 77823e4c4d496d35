import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  draftForGaps
} from "./chunk-IMBQICPZ.js";
import "./chunk-46I3BMFG.js";
import "./chunk-LDBRJ2UR.js";
import "./chunk-FMWSTCU6.js";
import "./chunk-QBC4IHSJ.js";
import "./chunk-ZKATWRES.js";
import "./chunk-VIX7GTYN.js";
import {
  checkRepository
} from "./chunk-LLSTHV56.js";
import "./chunk-WEIVWZXF.js";
import "./chunk-GPRZSHXQ.js";
import "./chunk-HAHKWHZZ.js";
import "./chunk-LORJ742J.js";
import "./chunk-QXHHJ3V5.js";
import "./chunk-7OCZDSZG.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-YIC2S5OT.js";
import "./chunk-JA33RAIK.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-3B2RPBFT.js";
import "./chunk-M52GZBCH.js";
import "./chunk-D3U573I3.js";
import "./chunk-SX36J2YO.js";
import "./chunk-AGHLWIT3.js";
import "./chunk-XRUR2M6W.js";
import {
  jsonForLog
} from "./chunk-3DKRMKWI.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-WWNZIN5X.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-EXPTTWJG.js";
import "./chunk-KJ7NEGQU.js";

// src/draft/command.ts
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
async function runDraftCommand(root, options, io) {
  const result = await checkRepository(root, {
    config: options.config,
    ...options.base ? { base: options.base, head: options.head ?? "HEAD" } : {},
    warn: (m) => io.stderr(`paramedic: warning: ${m}
`)
  });
  const uncovered = result.report.dependencies.filter((d) => result.report.gaps.includes(d.id) && !d.covered);
  const targets = result.report.plans ? result.report.plans.map((p) => ({ planPath: p.path, gaps: uncovered.filter((d) => d.plan === p.path) })).filter((t) => t.gaps.length > 0) : [{ planPath: result.plan?.path ?? null, gaps: uncovered }];
  const unplanned = result.report.plans ? uncovered.filter((d) => d.plan === null) : [];
  if (unplanned.length > 0) io.stderr(`paramedic: warning: no plan applies to ${unplanned.map((d) => `${d.id} (${d.evidence[0]?.path ?? "?"})`).join(", ")}: add a DISASTER_RECOVERY.md beside that code, or map it under \`plans:\`
`);
  const drafts = targets.map(({ planPath, gaps }) => {
    const planText = planPath && existsSync(path.join(root, planPath)) ? readFileSync(path.join(root, planPath), "utf8") : null;
    return draftForGaps({ gaps, catalog: result.catalog, planPath, planText, root, stubOptions: { tier3: options.config.draftTier3 } });
  });
  if (options.json) {
    const shown = drafts.map((draft) => ({ doc: draft.path, stubs: draft.stubs, added: draft.added.map((s) => s.id) }));
    io.stdout(jsonForLog(result.report.plans ? { plans: shown } : shown[0] ?? { doc: result.plan?.path ?? null, stubs: [], added: [] }) + "\n");
  } else if (!options.write) {
    if (drafts.every((draft) => draft.stubs.length === 0)) io.stdout("Every critical dependency has a scenario; nothing to draft.\n");
    for (const draft of drafts) {
      if (result.report.plans) io.stdout(`<!-- for ${draft.path} -->
`);
      for (const stub of draft.stubs) io.stdout(`${stub.markdown}
`);
    }
  }
  if (options.write) {
    if (drafts.every((draft) => draft.added.length === 0)) {
      io.stderr(`${drafts[0]?.path ?? result.plan?.path ?? "the plan"}: nothing to add
`);
      return 0;
    }
    for (const draft of drafts) {
      if (draft.added.length === 0) continue;
      mkdirSync(path.dirname(path.join(root, draft.path)), { recursive: true });
      writeFileSync(path.join(root, draft.path), draft.after);
      io.stderr(`${draft.path}: added ${draft.added.length} draft scenario${draft.added.length === 1 ? "" : "s"} (${draft.added.map((s) => s.title).join("; ")}). Review them and remove the draft markers to sign off.
`);
    }
  }
  return 0;
}
export {
  runDraftCommand
};
