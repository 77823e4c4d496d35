import type { FileSource } from '../discover/source.js';
import type { Catalog } from '../catalog/load.js';
import type { Config } from '../config/schema.js';
import { scannablePaths } from '../discover/files.js';
import type { LintRun } from '../lint/index.js';
import { findPlan } from '../plan/find.js';
import { LINE_BREAK } from '../util/lines.js';
import type { Plan } from '../plan/types.js';
import type { Snapshot } from './snapshot.js';
import type { Finding } from './types.js';

/**
 * The plan as a check reads it (from a snapshot: the working tree, or head's objects) and the
 * findings about it: lint's, stubs signed off unfinished, and ignore entries the catalog does
 * not know. In a pull-request check each finding says whether the change caused it.
 */

/**
 * Plans above this are not read: real plans stay under 200 KB, the Markdown parser costs about
 * 3 s per MB on a CI core, and 50 MB ran out of memory. Large enough for 1 MB of scenarios.
 */
export const MAX_PLAN_BYTES = 2 * 1024 * 1024;

export interface PlanRead {
  plan: Plan | null;
  /** plan-too-large: the plan exists but was not read */
  findings: Finding[];
}

/** Which file is the plan among `files` (findPlan over the Markdown files a scan would read). */
export function locatePlan(files: readonly string[], config: Config, exists: (rel: string) => boolean): ReturnType<typeof findPlan> {
  // findPlan looks at Markdown names only: filter those first (a large repository has 20,000 paths).
  const markdown = scannablePaths(files.filter((p) => /\.(?:md|markdown)$/i.test(p)), { exclude: config.exclude });
  return findPlan('', markdown, config.docPath || undefined, exists);
}

/**
 * Finds and reads the plan in a snapshot; problems are warnings or a finding, never a throw.
 * `parseAfter`: the parse (the CPU-heavy part) waits for it, so git's work started elsewhere
 * runs while the plan is parsed.
 */
export async function readPlan(snapshot: Snapshot, config: Config, warn: (message: string) => void, parseAfter?: Promise<void>): Promise<PlanRead> {
  const found = locatePlan(snapshot.files, config, (rel) => snapshot.exists(rel));
  if (config.docPath && !found) warn(`the configured plan ${config.docPath} does not exist${snapshot.commit ? ` at ${snapshot.commit.slice(0, 7)}` : ''}; every dependency is a gap`);
  if (!found) return { plan: null, findings: [] };
  const read = await snapshot.source.read(found.path, { maxBytes: MAX_PLAN_BYTES });
  if (!read.ok) {
    if (read.code === 'too-large') {
      return {
        plan: null,
        findings: [
          {
            rule: 'plan-too-large',
            severity: 'error',
            path: found.path,
            line: 1,
            message: `The plan is over the ${MAX_PLAN_BYTES / 1048576} MB a plan may be (${read.reason.replace(/; skipped$/, '')}); it was not read, so no scenario in it counts.`,
            hint: 'Keep the scenarios in the plan and move incident logs, postmortems and archives to files of their own.',
          },
        ],
      };
    }
    warn(read.code === 'link-out' ? `the plan ${found.path} is a symbolic link that leaves the repository; not read` : `could not read the plan ${found.path}: ${read.reason}`);
    return { plan: null, findings: [] };
  }
  try {
    // The Markdown parser loads when there is a plan to parse.
    const { parsePlan } = await import('../plan/parse.js');
    await parseAfter;
    return { plan: parsePlan(read.text, found.path, found.chosenBecause), findings: [] };
  } catch (error) {
    warn(`could not read the plan ${found.path}: ${error instanceof Error ? error.message : String(error)}`);
    return { plan: null, findings: [] };
  }
}

/** Applies the config's per-rule severities (`lint: { shellcheck: off, "shellcheck/SC2086": error }`). */
export function applySeverities(findings: Finding[], levels: Config['lint']): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = levels[f.rule] ?? levels[f.rule.split('/')[0]!];
    if (level === 'off') continue;
    out.push(level ? { ...f, severity: level } : f);
  }
  return out;
}

export interface PlanLintOptions {
  root: string;
  /** the snapshot's file list: what a step's script path is checked against */
  files: readonly string[];
  /** the snapshot's contents (head's or base's objects in a pull-request check) */
  source?: FileSource;
  config: Config;
  catalog: Catalog;
  now: Date;
  warn: (message: string) => void;
  /** rules not to run (their input is the plan's text alone, unchanged since the other side) */
  skip?: ReadonlySet<string>;
}

/** Lint rules that read only the plan's text: the same text gives the same findings. */
export const TEXT_ONLY_RULES: ReadonlySet<string> = new Set(['shellcheck', 'markdownlint']);

/** Starts linting (shellcheck and markdownlint work while the caller scans); finish adds the stage's own findings. */
export function startPlanLint(plan: Plan, options: PlanLintOptions): { finish(dependencyIds: ReadonlySet<string>, scenarioCovers: ReadonlyMap<string, string[]>): Promise<Finding[]> } {
  const lint = options.skip?.size ? { ...options.config.lint, ...Object.fromEntries([...options.skip].map((id) => [id, 'off' as const])) } : options.config.lint;
  // The lint rules (and markdownlint's and shellcheck's drivers) load when a plan is linted.
  const run: Promise<LintRun> = import('../lint/index.js').then(({ startLint }) =>
    startLint(plan, { root: options.root, repoFiles: new Set(options.files), ...(options.source ? { source: options.source } : {}), config: { ...options.config, lint }, catalog: options.catalog, now: options.now, warn: options.warn }),
  );
  return {
    async finish(dependencyIds, scenarioCovers) {
      const findings = [...(await (await run).finish({ dependencyIds, scenarioCovers })), ...unfinishedDrafts(plan)];
      return applySeverities(findings, options.config.lint).sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
    },
  };
}

/** A stub whose marker was deleted while its note or placeholders are still in it: an error at its heading. */
export function unfinishedDrafts(plan: Plan): Finding[] {
  return plan.scenarios
    .filter((s) => !s.draft && s.stubLeftovers && s.stubLeftovers.length > 0)
    .map((s) => ({
      rule: 'unfinished-draft',
      severity: 'error' as const,
      path: plan.path,
      line: s.line,
      message: `Scenario "${s.title}" is a Paramedic draft whose marker was deleted, but it still holds ${s.stubLeftovers!.join(', ')}; it does not count as coverage.`,
      hint: 'Replace each placeholder with the real command, name or link, and delete the "Draft by Paramedic" note: then it counts.',
    }));
}

/** `ignore:` entries naming an id the catalog does not have: the entry ignores nothing (as unknown-marker is for plan markers). */
export function unknownIgnores(config: Config, catalog: Catalog): Finding[] {
  return config.ignore
    .filter((entry) => !catalog.byId.has(entry.id))
    .map((entry) => ({
      rule: 'unknown-ignore',
      severity: 'warning' as const,
      path: entry.file ?? '.github/paramedic.yml',
      line: entry.line ?? 1,
      message: `The ignore list names "${entry.id}", which is not a dependency id; it ignores nothing.`,
      hint: 'Use a dependency id as `paramedic check` prints it (postgresql, redis, stripe...).',
    }));
}

/**
 * Marks each finding of `head` caused by the change or not, against the findings the other
 * side had (`base`). A finding counts as already there when the base had one of the same rule
 * and message on a line of the same text (a multiset: two equal findings need two at base),
 * so lines moved by an edit above do not make old findings new. `preexisting` findings are
 * already there whatever base says (rules that were not run at base on an unchanged text).
 */
export function attributeFindings(head: Finding[], base: Finding[], headPlan: Plan | null, basePlan: Plan | null, preexisting: (f: Finding) => boolean = () => false): Finding[] {
  const textOf = (plan: Plan | null): ((line: number) => string) => {
    const lines = plan ? plan.text.split(LINE_BREAK) : [];
    return (line) => (lines[line - 1] ?? '').trim();
  };
  const headLine = textOf(headPlan);
  const baseLine = textOf(basePlan);
  const remaining = new Map<string, number>();
  for (const f of base) {
    const key = `${f.rule}\0${f.message}\0${baseLine(f.line)}`;
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  return head.map((f) => {
    if (preexisting(f)) return { ...f, causedByChange: false };
    const key = `${f.rule}\0${f.message}\0${headLine(f.line)}`;
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    return { ...f, causedByChange: left === 0 };
  });
}
