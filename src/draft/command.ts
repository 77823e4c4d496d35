import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { checkRepository } from '../check/pipeline.js';
import type { Config } from '../config/schema.js';
import { jsonForLog } from '../util/log-text.js';
import { draftForGaps } from './plan-draft.js';

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** `paramedic draft [DIR] [--write]`: print the stubs for every gap, or insert them into the plan. */
export async function runDraftCommand(root: string, options: { config: Config; write: boolean; json: boolean; base?: string; head?: string }, io: Io): Promise<number> {
  const result = await checkRepository(root, {
    config: options.config,
    ...(options.base ? { base: options.base, head: options.head ?? 'HEAD' } : {}),
    warn: (m) => io.stderr(`paramedic: warning: ${m}\n`),
  });
  const uncovered = result.report.dependencies.filter((d) => result.report.gaps.includes(d.id) && !d.covered);
  // A monorepo: each service's stubs go to its own plan (a dependency with no plan goes nowhere).
  const targets: Array<{ planPath: string | null; gaps: typeof uncovered }> = result.report.plans
    ? result.report.plans.map((p) => ({ planPath: p.path, gaps: uncovered.filter((d) => d.plan === p.path) })).filter((t) => t.gaps.length > 0)
    : [{ planPath: result.plan?.path ?? null, gaps: uncovered }];
  const unplanned = result.report.plans ? uncovered.filter((d) => d.plan === null) : [];
  if (unplanned.length > 0) io.stderr(`paramedic: warning: no plan applies to ${unplanned.map((d) => `${d.id} (${d.evidence[0]?.path ?? '?'})`).join(', ')}: add a DISASTER_RECOVERY.md beside that code, or map it under \`plans:\`\n`);
  const drafts = targets.map(({ planPath, gaps }) => {
    const planText = planPath && existsSync(path.join(root, planPath)) ? readFileSync(path.join(root, planPath), 'utf8') : null;
    return draftForGaps({ gaps, catalog: result.catalog, planPath, planText, root, stubOptions: { tier3: options.config.draftTier3 } });
  });
  if (options.json) {
    const shown = drafts.map((draft) => ({ doc: draft.path, stubs: draft.stubs, added: draft.added.map((s) => s.id) }));
    io.stdout(jsonForLog(result.report.plans ? { plans: shown } : (shown[0] ?? { doc: result.plan?.path ?? null, stubs: [], added: [] })) + '\n');
  } else if (!options.write) {
    if (drafts.every((draft) => draft.stubs.length === 0)) io.stdout('Every critical dependency has a scenario; nothing to draft.\n');
    for (const draft of drafts) {
      if (result.report.plans) io.stdout(`<!-- for ${draft.path} -->\n`);
      for (const stub of draft.stubs) io.stdout(`${stub.markdown}\n`);
    }
  }
  if (options.write) {
    if (drafts.every((draft) => draft.added.length === 0)) {
      io.stderr(`${drafts[0]?.path ?? result.plan?.path ?? 'the plan'}: nothing to add\n`);
      return 0;
    }
    for (const draft of drafts) {
      if (draft.added.length === 0) continue;
      mkdirSync(path.dirname(path.join(root, draft.path)), { recursive: true });
      writeFileSync(path.join(root, draft.path), draft.after);
      io.stderr(`${draft.path}: added ${draft.added.length} draft scenario${draft.added.length === 1 ? '' : 's'} (${draft.added.map((s) => s.title).join('; ')}). Review them and remove the draft markers to sign off.\n`);
    }
  }
  return 0;
}
