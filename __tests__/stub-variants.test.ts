import { lint } from 'markdownlint/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itWithShellcheck } from './helpers/shellcheck-gate.js';
import { loadCatalog, type Catalog } from '../src/catalog/load.js';
import type { Dependency } from '../src/catalog/match.js';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { scanRepository } from '../src/discover/scan.js';
import { insertScenarios } from '../src/draft/insert.js';
import { draftScenario, type DraftedScenario } from '../src/draft/stub.js';
import { lintPlan } from '../src/lint/index.js';
import { parsePlan } from '../src/plan/parse.js';
import { cleanupTempDirs, makeRepo } from './helpers/repo.js';
import { destructiveWithoutSafeguard, stubCommands } from './helpers/stub-commands.js';
import { VARIANTS, type Variant } from './helpers/variants.js';

/**
 * Every deployment variant the stub composer knows, as a small repository: scanned like a real
 * one, its stub drafted from what the scan found, then held to the procedure the variant needs,
 * markdownlint, Paramedic's own lint (unknown-reference included) and the safeguard rule.
 */

afterAll(cleanupTempDirs);

let catalog: Catalog;
const drafted = new Map<string, { variant: Variant; dep: Dependency; stub: DraftedScenario; root: string }>();

beforeAll(async () => {
  catalog = await loadCatalog();
  for (const variant of VARIANTS) {
    const root = makeRepo(variant.files);
    const scan = await scanRepository(root, catalog);
    const dep = scan.dependencies.find((d) => d.id === variant.dep);
    if (!dep) throw new Error(`${variant.id}: the scan found no ${variant.dep} (found ${scan.dependencies.map((d) => d.id).join(', ')})`);
    drafted.set(variant.id, { variant, dep, stub: draftScenario(dep, catalog.byId.get(variant.dep)!, { tier3: variant.tier3 ?? 'note' }), root });
  }
}, 120_000);

/** Prose and commands as one line each: wrapping never hides a phrase from the assertions. */
function unwrapped(markdown: string): string {
  return markdown.replace(/\s*\\\n\s*/g, ' ').replace(/\n\s*#\s{3}/g, ' ').replace(/\s+/g, ' ');
}

describe('deployment variants', () => {
  it('there are at least 45, each a distinct repository', () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(45);
    expect(new Set(VARIANTS.map((v) => v.id)).size).toBe(VARIANTS.length);
  });

  for (const variant of VARIANTS) {
    it(`${variant.id}: ${variant.why}`, () => {
      const { stub } = drafted.get(variant.id)!;
      const text = unwrapped(stub.markdown);
      for (const want of variant.mustContain) {
        if (typeof want === 'string') expect(text, want).toContain(want);
        else expect(text).toMatch(want);
      }
      for (const unwanted of variant.mustNotContain ?? []) {
        if (typeof unwanted === 'string') expect(text, unwanted).not.toContain(unwanted);
        else expect(text).not.toMatch(unwanted);
      }
    });
  }

  it('no destructive command lacks its one-line warning, and no data restore skips a safeguard', () => {
    const problems = [...drafted.values()].flatMap(({ variant, stub }) => destructiveWithoutSafeguard(stub.markdown).map((p) => `${variant.id}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('every stub passes markdownlint inside a plan', () => {
    const errors: string[] = [];
    for (const { variant, stub } of drafted.values()) {
      const plan = insertScenarios(null, [stub], { today: '2026-11-22' }).text;
      const result = lint({ strings: { 'plan.md': plan } });
      for (const e of result['plan.md'] ?? []) errors.push(`${variant.id}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.errorDetail ?? ''}`);
    }
    expect(errors).toEqual([]);
  });

  itWithShellcheck('every stub passes Paramedic\'s own lint in its repository: only the review marker is noted', async () => {
    const findings: string[] = [];
    for (const { variant, stub, root, dep } of drafted.values()) {
      const plan = parsePlan(insertScenarios(null, [stub], { today: '2026-11-22' }).text, 'DISASTER_RECOVERY.md');
      const warnings: string[] = [];
      const result = await lintPlan(plan, {
        root,
        repoFiles: new Set(Object.keys(variant.files)),
        config: DEFAULT_CONFIG,
        catalog,
        dependencyIds: new Set([dep.id]),
        scenarioCovers: new Map(),
        now: new Date('2026-11-23'),
        warn: (m) => warnings.push(m),
      });
      findings.push(...warnings.map((w) => `${variant.id}: warning ${w}`));
      for (const f of result) if (f.rule !== 'draft-pending') findings.push(`${variant.id}:${f.line} ${f.rule} ${f.message}`);
    }
    expect(findings).toEqual([]);
  }, 120_000);

  it('stays scannable: no stub is longer than 175 lines, tier-3 notes are short', () => {
    const lengths = [...drafted.values()].map(({ variant, stub }) => [variant.id, stub.markdown.split('\n').length] as const);
    expect(lengths.filter(([, n]) => n > 175)).toEqual([]);
    expect(lengths.filter(([id]) => /tier3/.test(id)).every(([, n]) => n <= 30)).toBe(true);
  });

  it('every command of every stub is one the checker can classify', () => {
    const commands = [...drafted.values()].flatMap(({ stub }) => stubCommands(stub.markdown));
    expect(commands.length).toBeGreaterThan(400);
  });
});
