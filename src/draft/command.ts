import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
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
  const gaps = result.report.dependencies.filter((d) => result.report.gaps.includes(d.id));
  const planPath = result.plan?.path ?? null;
  const planText = planPath ? readFileSync(path.join(root, planPath), 'utf8') : null;
  const draft = draftForGaps({ gaps, catalog: result.catalog, planPath, planText, root, stubOptions: { tier3: options.config.draftTier3 } });
  if (options.json) {
    io.stdout(jsonForLog({ doc: draft.path, stubs: draft.stubs, added: draft.added.map((s) => s.id) }) + '\n');
  } else if (!options.write) {
    if (draft.stubs.length === 0) io.stdout('Every critical dependency has a scenario; nothing to draft.\n');
    for (const stub of draft.stubs) io.stdout(`${stub.markdown}\n`);
  }
  if (options.write) {
    if (draft.added.length === 0) {
      io.stderr(`${draft.path}: nothing to add\n`);
      return 0;
    }
    mkdirSync(path.dirname(path.join(root, draft.path)), { recursive: true });
    writeFileSync(path.join(root, draft.path), draft.after);
    io.stderr(`${draft.path}: added ${draft.added.length} draft scenario${draft.added.length === 1 ? '' : 's'} (${draft.added.map((s) => s.title).join('; ')}). Review them and remove the draft markers to sign off.\n`);
  }
  return 0;
}
