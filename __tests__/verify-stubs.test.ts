import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { scanRepository } from '../src/discover/scan.js';
import { draftScenario } from '../src/draft/stub.js';
import { cleanupTempDirs, makeRepo } from './helpers/repo.js';
import { stubCommands, type StubCommand } from './helpers/stub-commands.js';
import { makeBase, prepare, runCommand, startServers, worldFor, type CommandResult, type Prepared, type Servers } from './helpers/stub-runner.js';
import { VARIANTS } from './helpers/variants.js';

/**
 * `npm run verify-stubs` (and CI): every command of every variant's stub, run with the real
 * tools on the deployment the variant shows (see helpers/stub-runner.ts). A command works when
 * the tool accepts it and, where a server runs here, it does what the step says. At least 98%
 * must work; the report (VERIFY_STUBS_REPORT) lists each one.
 */

afterAll(cleanupTempDirs);

/** Minutes of real CLIs: run by `npm run verify-stubs` and in CI, not in every local `vitest run`. */
const ENABLED = process.env.VERIFY_STUBS === '1' || process.env.CI === 'true';
if (!ENABLED) console.warn('verify-stubs: skipped (run `npm run verify-stubs`, or set VERIFY_STUBS=1; CI runs it)');


let base: string;
let servers: Servers;
let prepared: Prepared;
const results: CommandResult[] = [];
const stubs = new Map<string, { commands: StubCommand[]; lines: number }>();

beforeAll(async () => {
  if (!ENABLED) return;
  base = makeBase();
  servers = await startServers(base);
  prepared = prepare(base, servers);
  const catalog = await loadCatalog();
  for (const variant of VARIANTS) {
    const scan = await scanRepository(makeRepo(variant.files), catalog);
    const dep = scan.dependencies.find((d) => d.id === variant.dep)!;
    const stub = draftScenario(dep, catalog.byId.get(variant.dep)!, { tier3: variant.tier3 ?? 'note' });
    stubs.set(variant.id, { commands: stubCommands(stub.markdown), lines: stub.markdown.split('\n').length });
  }
}, 180_000);

afterAll(() => {
  servers?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
});

/** One pass over a stub's commands in a fresh world; `plain` takes the plain-SQL alternative of a restore. */
async function pass(variant: (typeof VARIANTS)[number], commands: StubCommand[], plain: boolean): Promise<CommandResult[]> {
  const world = worldFor(variant, commands, servers, prepared, plain);
  const out: CommandResult[] = [];
  try {
    for (const c of commands) {
      const alternative = /plain-SQL/.test(c.note ?? '') ? 'plain' : /custom-format/.test(c.note ?? '') ? 'custom' : undefined;
      if ((alternative === 'plain' && !plain) || (alternative === 'custom' && plain)) continue;
      const result = await runCommand(world, c.run);
      if (!plain || alternative === 'plain') out.push({ variant: variant.id, step: c.step, run: c.run, ...result });
    }
  } finally {
    world.cleanup();
  }
  return out;
}

/** Whether a stub talks to a database, cache or broker the runner started (its state is shared). */
function usesLocalServer(dep: string, commands: StubCommand[]): boolean {
  return ['postgresql', 'mysql', 'mariadb', 'redis'].includes(dep) && commands.some((c) => /\b(?:psql|pg_\w+|createdb|mysql\w*|mariadb[\w-]*|redis-cli)\b/.test(c.run));
}

describe.skipIf(!ENABLED)('verify-stubs: every stub command, run with the real tools', () => {
  it('at least 98% of commands work on the deployment their variant shows', async () => {
    const started = Date.now();
    const runVariant = async (variant: (typeof VARIANTS)[number]): Promise<CommandResult[]> => {
      const { commands } = stubs.get(variant.id)!;
      const out = await pass(variant, commands, false);
      if (commands.some((c) => /plain-SQL/.test(c.note ?? ''))) out.push(...(await pass(variant, commands, true)));
      return out;
    };
    // Stubs that use the servers started here share them: one at a time. The others (cloud CLIs
    // against dead endpoints, documented syntax) run beside them, a few at once.
    const local = VARIANTS.filter((v) => usesLocalServer(v.dep, stubs.get(v.id)!.commands));
    const remote = VARIANTS.filter((v) => !local.includes(v));
    const lanes: Array<Promise<CommandResult[][]>> = [
      (async () => { const out: CommandResult[][] = []; for (const v of local) out.push(await runVariant(v)); return out; })(),
      ...Array.from({ length: 3 }, async () => { const out: CommandResult[][] = []; for (let v = remote.shift(); v; v = remote.shift()) out.push(await runVariant(v)); return out; }),
    ];
    for (const lane of await Promise.all(lanes)) for (const r of lane) results.push(...r);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    const worked = results.filter((r) => r.ok);
    const byHow = Object.fromEntries(['real', 'dead-endpoint', 'documented', 'skipped'].map((h) => [h, results.filter((r) => r.how === h).length]));
    const report = {
      commands: results.length,
      worked: worked.length,
      percent: Math.round((1000 * worked.length) / results.length) / 10,
      seconds,
      byHow,
      missingServers: servers.missing,
      missingTools: Object.entries(prepared.tools).filter(([, p]) => !p).map(([t]) => t),
      lengths: Object.fromEntries([...stubs].map(([id, s]) => [id, s.lines])),
      failures: results.filter((r) => !r.ok),
      results,
    };
    if (process.env.VERIFY_STUBS_REPORT) writeFileSync(process.env.VERIFY_STUBS_REPORT, JSON.stringify(report, null, 2));
    for (const missing of [...report.missingServers, ...report.missingTools]) console.warn(`verify-stubs: ${missing} is not installed here; its commands are not run against it`);
    expect(results.length).toBeGreaterThan(400);
    expect(report.failures.map((f) => `${f.variant} step ${f.step}: ${f.run} -> ${f.detail}`)).toEqual([]);
    expect(worked.length / results.length).toBeGreaterThanOrEqual(0.98);
  }, 1_500_000);
});
