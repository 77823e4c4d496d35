import path from 'node:path';
import type { Catalog } from '../catalog/load.js';
import { gateCounts } from './confidence.js';
import { Matcher, type Dependency, type OptionMenu } from '../catalog/match.js';
import { resolveConfig, type OrgConfig } from '../config/org.js';
import { ConfigError, type Config } from '../config/schema.js';
import type { ChangedFile, DiffResult, RevisionError, Revisions } from '../diff/index.js';

/** The diff stage, and through it discovery: loaded when a check compares revisions, not at start-up. */
const diffStage = (): Promise<typeof import('../diff/index.js')> => import('../diff/index.js');
import { GitObjectReader, GitRevisionSource } from '../diff/revision-source.js';
import { excludeFilter, isSkippedPath } from '../discover/files.js';
import { lapseIgnores } from '../config/ignores.js';
import { computeCoverage } from '../plan/coverage.js';
import { splitByPlan } from '../plan/layout.js';
import type { Plan } from '../plan/types.js';
import { catalogFor, CONFIG_FILES, loadConfigFrom } from './config-source.js';
import { attributeFindings, locatePlan, readPlan, startPlanLint, TEXT_ONLY_RULES, type PlanRead } from './plan-findings.js';
import { assembleByPlan, coveredIds, layoutOf, loadConfigFile, menuNotices, runCheck, scanSnapshot, type CheckOptions, type CheckResult } from './run.js';
import { revisionSnapshot } from './snapshot.js';
import type { Change, Finding, ProviderChange, ReportNotice } from './types.js';

export interface PipelineOptions {
  /** a resolved config, used as it is: no config file is read */
  config?: Config;
  /** the config file an input or flag names (default: .github/paramedic.yml or .yaml) */
  configFile?: string;
  /** settings from inputs or flags; they win over the config file */
  settings?: Partial<Config>;
  /** the organisation config (`config: OWNER/REPO/PATH@REF`): the floor the config file, inputs and flags may only tighten */
  orgConfig?: OrgConfig;
  /** compare these revisions (PR mode); without both, a full sweep of the working tree */
  base?: string;
  head?: string;
  /**
   * What the person called base / head (`base-ref`, `--head`), set when they came from an
   * input or a flag: then a revision that does not resolve is an error naming it. Without a
   * label the revision came from the event, and the check falls back.
   */
  baseLabel?: string;
  headLabel?: string;
  /** the event's base branch, tried when the event's base commit cannot be had */
  baseBranch?: string;
  /** a new-branch push: when the default branch cannot be had, a plain sweep that only warns */
  sweepIfUnresolvable?: boolean;
  /** the working tree holds head's changes (not `pull_request_target`): a last resort when head cannot be fetched */
  checkoutHasHead?: boolean;
  warn?: (message: string) => void;
  log?: (message: string) => void;
  now?: Date;
}

export interface PipelineResult extends CheckResult {
  mode: 'pr' | 'sweep';
  base?: string;
  head?: string;
  changedFiles?: string[];
}

/** A base or head the person named (input or flag) that does not resolve: an error that names it. */
export class RevisionInputError extends Error {
  constructor(
    readonly label: string,
    readonly revision: string,
    readonly reason: string,
  ) {
    super(`${label} "${revision}" does not resolve: ${reason}`);
    this.name = 'RevisionInputError';
  }
}

const short = (sha: string): string => sha.slice(0, 7);

/**
 * The whole check as the CLI and the action run it.
 *
 * A sweep reads the working tree. A pull-request check reads head's git objects and the merge
 * base's, never the working tree (which may be the base, or a merge commit), and costs what
 * the diff costs: the changed manifests at both sides, the few unchanged ones that could prove
 * a service the diff adds or drops, head's file list, and the plan. Paramedic's own config
 * and rules come from the merge base. `fail-on: any-gap` needs every dependency, so it scans
 * head's whole tree.
 */
export async function checkRepository(root: string, options: PipelineOptions): Promise<PipelineResult> {
  const result = await check(root, options);
  if (options.orgConfig) {
    result.report.notices.unshift({
      kind: 'org-config',
      message: `Checked under the organisation config ${options.orgConfig.label}; this repository's config, inputs and flags may only tighten it.`,
    });
  }
  return result;
}

async function check(root: string, options: PipelineOptions): Promise<PipelineResult> {
  const warn = options.warn ?? (() => undefined);
  if (!options.base || !options.head) {
    const config = options.config ?? resolveConfig(options.orgConfig, await loadConfigFile(root, options.configFile), options.settings ?? {});
    return { ...(await runCheck(root, { config, catalog: await catalogFor(root, config, undefined, warn), warn, ...(options.now ? { now: options.now } : {}) })), mode: 'sweep' };
  }
  const revisions = await resolveOrFallBack(root, options.base, options.head, options);
  if ('failClosed' in revisions) return checkWithoutBase(root, revisions.head, revisions.reason, options);
  return checkChange(root, revisions, options);
}

type Resolved = Revisions | { failClosed: true; head: string | null; reason: string };

/** Base and head as commits; a revision from the event that cannot be had falls back (see checkWithoutBase). */
async function resolveOrFallBack(root: string, base: string, head: string, options: PipelineOptions): Promise<Resolved> {
  const { ensureRevisions, RevisionError, resolveRevision } = await diffStage();
  const log = options.log ?? (() => undefined);
  let failure: RevisionError;
  try {
    return await ensureRevisions(root, { base, head });
  } catch (error) {
    if (!(error instanceof RevisionError)) throw error;
    failure = error;
  }
  const label = failure.which === 'base' ? options.baseLabel : options.headLabel;
  if (label) throw new RevisionInputError(label, failure.revision, failure.reason);
  for (const line of failure.log) log(line);
  if (failure.which === 'base' && options.baseBranch && options.baseBranch !== base) {
    log(`${failure.message.split('\n')[0]}; falling back to the base branch ${options.baseBranch}`);
    try {
      return await ensureRevisions(root, { base: options.baseBranch, head });
    } catch (error) {
      if (!(error instanceof RevisionError)) throw error;
      for (const line of error.log) log(line);
      failure = error;
    }
  }
  log(`${failure.message.split('\n')[0]!}; ${options.sweepIfUnresolvable ? 'running a full sweep instead' : 'checking the whole head instead, failing closed'}`);
  let headSha: string | null = null;
  try {
    headSha = failure.which === 'head' ? null : await resolveRevision(root, 'head', head);
  } catch (error) {
    if (!(error instanceof RevisionError)) throw error;
  }
  if (headSha === null && !options.checkoutHasHead) {
    throw new RevisionError('head', head, `could not get head ${head.length === 40 ? short(head) : head} to check, and the working tree is not it: ${failure.reason}`, failure.log, failure.reason);
  }
  return { failClosed: true, head: headSha, reason: failure.reason };
}

/**
 * No base to compare with: check the whole of head (or the working tree, when that holds
 * head's changes), and fail closed. New gaps cannot be told from old ones, so every
 * uncovered dependency fails; the config file is not read (the merge base's cannot be had,
 * and head's is the change's own), only inputs and flags apply. A new-branch push whose
 * default branch cannot be had sweeps and only warns, as before: it has no base of its own.
 */
async function checkWithoutBase(root: string, head: string | null, reason: string, options: PipelineOptions): Promise<PipelineResult> {
  const warn = options.warn ?? (() => undefined);
  const failClosed = !options.sweepIfUnresolvable;
  const config = options.config ?? resolveConfig(options.orgConfig, failClosed ? {} : await loadConfigFile(root, options.configFile), options.settings ?? {});
  const notices: ReportNotice[] = [];
  if (failClosed) {
    const message = `Paramedic could not get the base to compare with (${reason}), so it checked the whole ${head ? `head ${short(head)}` : 'checkout'}: every uncovered dependency fails this check, since new gaps cannot be told from old ones, and the config file was not read (only the action's inputs${options.orgConfig ? ` and the organisation config ${options.orgConfig.label}` : ''} apply). Fix: let the job reach origin, or check out with \`fetch-depth: 0\`.`;
    warn(message);
    notices.push({ kind: 'base-unavailable', message });
  } else {
    warn(`Paramedic could not get the base to compare with (${reason}), so it checked the whole repository: new gaps cannot be told from old ones and only warn. Fix: let the job reach origin (actions/checkout with \`fetch-depth: 0\` needs no fetch).`);
  }
  const catalog = await catalogFor(root, config, undefined, warn);
  const snapshot = head ? await revisionSnapshot(root, head) : undefined;
  try {
    const result = await runCheck(root, { config, catalog, ...(snapshot ? { snapshot } : {}), failClosed, notices, warn, ...(options.now ? { now: options.now } : {}) });
    return { ...result, mode: 'sweep', ...(head ? { head } : {}) };
  } finally {
    await snapshot?.close();
  }
}

/** The config at the merge base, with inputs and flags on top. */
async function configAt(root: string, commit: string, where: string, options: PipelineOptions, objects: GitObjectReader): Promise<Config> {
  if (options.config) return options.config;
  const source = new GitRevisionSource(root, commit, objects);
  try {
    const file = await loadConfigFrom(source, options.configFile, ` at ${where}`).catch((error: unknown) => {
      if (error instanceof ConfigError && options.configFile && /not found/.test(error.message)) {
        throw new ConfigError(`${error.message} (a config file this change adds takes effect after merge)`);
      }
      throw error;
    });
    return resolveConfig(options.orgConfig, file, options.settings ?? {});
  } finally {
    await source.close();
  }
}

/** A warn that holds its messages until release(), then passes them (and every later one) on in order. */
function deferredWarnings(warn: (message: string) => void): { warn: (message: string) => void; release(): void } {
  let held: string[] | null = [];
  return {
    warn: (message) => (held ? held.push(message) : warn(message)),
    release() {
      const messages = held ?? [];
      held = null;
      for (const message of messages) warn(message);
    },
  };
}

/** The merge base's file list, from head's and the diff: no second tree listing. */
function baseListing(headFiles: string[], changed: readonly ChangedFile[]): string[] {
  const added = new Set(changed.filter((f) => f.status === 'added').map((f) => f.path));
  const deleted = changed.filter((f) => f.status === 'deleted').map((f) => f.path);
  // Most changes only edit files: then both sides list the same paths.
  if (added.size === 0 && deleted.length === 0) return headFiles;
  return [...headFiles.filter((p) => !added.has(p)), ...deleted].sort();
}

async function checkChange(root: string, revisions: Revisions, options: PipelineOptions): Promise<PipelineResult> {
  const from = revisions.mergeBase ?? revisions.base;
  const where = revisions.twoDot ? `base ${short(from)}` : `the merge base ${short(from)}`;
  const { changedFiles, listTree } = await diffStage();

  // One `git cat-file --batch` serves every blob this check reads, at both revisions.
  const objects = new GitObjectReader(root);
  try {
    // Independent of each other, so they run together: head's file list and the diff start
    // while the config at the merge base is read; a config error still comes first.
    const listing = listTree(root, revisions.head);
    const changes = changedFiles(root, from, revisions.head);
    listing.catch(() => undefined);
    changes.catch(() => undefined);
    const config = lapseIgnores(await configAt(root, from, where, options, objects), options.now ?? new Date());
    return await checkConfiguredChange(root, revisions, options, { config, listing, changes, objects, from, where });
  } finally {
    await objects.close();
  }
}

async function checkConfiguredChange(
  root: string,
  revisions: Revisions,
  options: PipelineOptions,
  { config, listing, changes, objects, from, where }: { config: Config; listing: Promise<string[]>; changes: Promise<ChangedFile[]>; objects: GitObjectReader; from: string; where: string },
): Promise<PipelineResult> {
  const warn = options.warn ?? (() => undefined);
  const log = options.log ?? (() => undefined);
  const quiet = (): void => undefined;
  const now = options.now ?? new Date();
  const { changedPaths, diffDependencies } = await diffStage();
  if (config.mode === 'sweep') {
    log(`mode: sweep: checking the whole repository at head ${short(revisions.head)}`);
    const snapshot = await revisionSnapshot(root, revisions.head, await listing, objects);
    try {
      return { ...(await runCheck(root, { config, catalog: await catalogFor(root, config, from, warn), snapshot, warn, now })), mode: 'sweep', head: revisions.head };
    } finally {
      await snapshot.close();
    }
  }
  const catalog = await catalogFor(root, config, from, warn);
  const headFiles = await listing;
  const head = await revisionSnapshot(root, revisions.head, headFiles, objects);
  const layout = layoutOf(head, config);
  // The diff's dependencies start first: the changed manifests are read at both sides and the
  // base lookup's `git grep` runs on the other core while the plan below is read and parsed.
  const changedList = await changes;
  const openSource = (_root: string, commit: string): GitRevisionSource => new GitRevisionSource(root, commit, objects);
  let gitBusy!: () => void;
  const gitStarted = new Promise<void>((resolve) => (gitBusy = resolve));
  const diffRun = diffDependencies(root, { base: revisions.base, head: revisions.head }, catalog, {
    exclude: config.exclude,
    revisions,
    headFiles,
    changed: changedList,
    openSource,
    counts: (dep) => gateCounts(dep, config),
    onGitStarted: gitBusy,
  });
  diffRun.then(gitBusy, gitBusy);
  // One plan: it is read and its lint (shellcheck's process, markdownlint's worker) started
  // while the diff is computed, so they run while git and discovery work. Their warnings wait
  // until the diff's log lines are out, so the output reads in the order it always did. (A
  // plan per service is read per plan, once the dependencies are split.)
  const early = deferredWarnings(warn);
  const earlyPlan = layout ? undefined : await readPlan(head, config, early.warn, gitStarted);
  // A change that leaves the plan's text as it was cannot change what markdownlint and
  // shellcheck say about it: their findings are all already there and never fail a PR, so
  // they are not run (a worker thread and a process); the sweep and `check` report them.
  const planKept = earlyPlan?.plan ? !mayEditPlan(changedList, earlyPlan.plan.path) : false;
  const startLint = (skip?: ReadonlySet<string>): ReturnType<typeof startPlanLint> | undefined =>
    earlyPlan?.plan ? startPlanLint(earlyPlan.plan, { root, files: head.files, source: head.source, config, catalog, now, warn: early.warn, ...(skip ? { skip } : {}) }) : undefined;
  let lint = startLint(planKept ? TEXT_ONLY_RULES : undefined);
  const diff = await diffRun;
  for (const line of diff.log) log(line);
  early.release();
  const changed = changedPaths(diff.changedFiles);
  const changedSet = new Set(changed);

  const baseFiles = baseListing(headFiles, diff.changedFiles);
  const base = await revisionSnapshot(root, from, baseFiles, objects);
  try {
    /** Marks each plan finding caused by the change or not, against the plan as it was at base. */
    const makeAttribute =
      (planEdited: boolean, basePlan: PlanRead | undefined, baseCoverage: ReturnType<typeof computeCoverage> | undefined, planRead: PlanRead) =>
      async (findings: Finding[], plan: Plan | null): Promise<Finding[]> => {
        // With the plan's text kept, only the rules that read other files can find something new:
        // missing-script (a file went away) and unknown-reference (compose, Kubernetes, Terraform
        // and env files, which an edit can rename a service in).
        if (findings.length === 0) return findings;
        const { mayBeInventoryFile } = await import('../discover/inventory.js');
        const filesMatter = diff.changedFiles.some((f) => f.status === 'deleted' || f.status === 'type-changed' || mayBeInventoryFile(f.path));
        if (findings.length === 0 || (!planEdited && !filesMatter)) return findings.map((f) => ({ ...f, causedByChange: false }));
        const dependencyIds = new Set(catalog.rules.map((r) => r.id));
        if (planEdited) {
          const before = basePlan?.plan ? await startPlanLint(basePlan.plan, { root, files: baseFiles, source: base.source, config, catalog, now, warn: quiet }).finish(dependencyIds, baseCoverage!.scenarioCovers) : [];
          return attributeFindings(findings, [...(basePlan?.findings ?? []), ...before], plan, basePlan?.plan ?? null);
        }
        // The plan's text is the same, so only rules that look at files may differ.
        const before = plan ? await startPlanLint(plan, { root, files: baseFiles, source: base.source, config, catalog, now, warn: quiet, skip: TEXT_ONLY_RULES }).finish(dependencyIds, computeCoverage(plan, catalog, { ignore: config.ignore }).scenarioCovers) : [];
        return attributeFindings(findings, [...planRead.findings, ...before], plan, plan, (f) => TEXT_ONLY_RULES.has(f.rule.split('/')[0]!));
      };
    const fullScan = config.failOn === 'any-gap';
    const changeOptions = {
      changes: diff.changes,
      changedFiles: changed,
      changeFindings: unreadableFindings(diff),
      notices: [...configNotices(changed, config, options, where), ...providerNotices(providerChanges(diff), catalog), ...menuNotices(menusNotCounted(diff), 'file')],
      providerChanges: providerChanges(diff),
      warn,
      now,
    };
    if (layout) {
      // A plan per service: each plan's own base coverage, lost scenarios and findings.
      const all = fullScan ? await scanSnapshot(head, catalog, config) : undefined;
      const dependencies = all ? all.dependencies : await changeDependencies(root, diff, null, undefined, headFiles, changedSet, catalog, config, log);
      const byPlan = splitByPlan(dependencies, layout);
      // New is per plan: Redis that billing used at base is still new to search's code.
      const basePlans = new Map<string, Set<string | null>>();
      for (const dep of [...diff.baseDeps, ...diff.unchangedDeps]) {
        const plans = basePlans.get(dep.id) ?? new Set<string | null>();
        for (const e of dep.evidence) plans.add(layout.planFor(e.path));
        basePlans.set(dep.id, plans);
      }
      const changesFor = (planPath: string | null): Map<string, Change> =>
        new Map([...diff.changes].map(([id, change]) => [id, change === 'changed' && !basePlans.get(id)?.has(planPath) ? 'added' : change]));
      const perPlan = async (planPath: string | null, planRead: PlanRead): Promise<Partial<CheckOptions> & { extraDependencies?: Dependency[] }> => {
        if (!planPath) return { attribute: makeAttribute(false, undefined, undefined, planRead), changes: changesFor(null) };
        const planEdited = changedSet.has(planPath) || headFiles.includes(planPath) !== baseFiles.includes(planPath);
        const basePlan = planEdited ? await readPlan(base, { ...config, docPath: planPath }, quiet) : undefined;
        const baseCoverage = basePlan ? computeCoverage(basePlan.plan, catalog, { ignore: config.ignore, acceptDrafts: config.acceptDrafts }) : undefined;
        if (planEdited) log(`the change edits ${planPath}: comparing its coverage and findings with ${where}'s`);
        const lost = baseCoverage && !fullScan ? await lostCoverage(root, diff, planRead.plan, coveredIds(baseCoverage), new Set((byPlan.get(planPath) ?? []).map((d) => d.id)), headFiles, changedSet, catalog, config, log) : [];
        return {
          ...(baseCoverage ? { coveredAtBase: coveredIds(baseCoverage) } : {}),
          attribute: makeAttribute(planEdited, basePlan, baseCoverage, planRead),
          changes: changesFor(planPath),
          ...(lost.length > 0 ? { extraDependencies: lost } : {}),
        };
      };
      const result = await assembleByPlan(root, head, config, catalog, warn, { config, catalog, snapshot: head, dependencies, dependenciesComplete: fullScan, scanWarnings: all ? all.warnings : diff.warnings, ...changeOptions }, layout, perPlan);
      return { ...result, mode: 'pr', base: revisions.base, head: revisions.head, changedFiles: changed };
    }

    const planRead = earlyPlan!;
    const headPlanPath = planRead.plan?.path ?? planRead.findings[0]?.path;
    // The same file list finds the same plan: only a change that adds or deletes files can move it.
    const basePlanPath = baseFiles === headFiles ? headPlanPath : locatePlan(baseFiles, config, (rel) => base.exists(rel))?.path;
    const planEdited = headPlanPath !== basePlanPath || (headPlanPath !== undefined && changedSet.has(headPlanPath));
    // The plan as it was: what it covered (a scenario this change takes away is a new gap) and its findings.
    const basePlan: PlanRead | undefined = planEdited ? await readPlan(base, config, quiet) : undefined;
    const baseCoverage = basePlan ? computeCoverage(basePlan.plan, catalog, { ignore: config.ignore, acceptDrafts: config.acceptDrafts }) : undefined;
    if (planEdited) log(`the change edits ${headPlanPath ?? basePlanPath}: comparing its coverage and findings with ${where}'s`);

    // mayEditPlan errs towards edited; should the two ever disagree, the plan's whole lint runs.
    if (planKept && planEdited) lint = startLint();
    const keptNotice = planKept && !planEdited ? planKeptNotice(planRead.plan!.path, config) : undefined;
    if (keptNotice) changeOptions.notices.push(keptNotice);
    const dependencies = fullScan ? undefined : await changeDependencies(root, diff, planRead.plan, baseCoverage ? coveredIds(baseCoverage) : undefined, headFiles, changedSet, catalog, config, log);
    const result = await runCheck(root, {
      config,
      catalog,
      snapshot: head,
      planRead,
      ...(lint ? { lint } : {}),
      ...(dependencies ? { dependencies, scanWarnings: diff.warnings } : {}),
      ...(baseCoverage ? { coveredAtBase: coveredIds(baseCoverage) } : {}),
      attribute: makeAttribute(planEdited, basePlan, baseCoverage, planRead),
      ...changeOptions,
    });
    return { ...result, mode: 'pr', base: revisions.base, head: revisions.head, changedFiles: changed };
  } finally {
    await Promise.all([head.close(), base.close()]);
  }
}

/**
 * Whether a change may edit the plan's text or which file is the plan: it touches the plan's
 * path, or adds or deletes a Markdown file (a plan found by name may then be another file).
 */
function mayEditPlan(changed: readonly ChangedFile[], planPath: string): boolean {
  return changed.some((file) => file.path === planPath || (file.status !== 'modified' && /\.(?:md|markdown)$/i.test(file.path)));
}

/** The one line a report gets when the plan's own lint (markdownlint, shellcheck) was not run. */
function planKeptNotice(planPath: string, config: Config): ReportNotice | undefined {
  const skipped = [...TEXT_ONLY_RULES].filter((id) => config.lint[id] !== 'off');
  if (skipped.length === 0) return undefined;
  return {
    kind: 'plan-unchanged',
    path: planPath,
    message: `This change leaves the plan as it was, so ${skipped.join(' and ')} did not run on it: their findings on the plan's own text are in the sweep's report and in \`paramedic check\` of the whole tree.`,
  };
}

/** The head's menus, less any service another file the check read still proves. */
function menusNotCounted(diff: DiffResult): OptionMenu[] {
  const proven = new Set([...diff.headDeps, ...diff.unchangedDeps].map((d) => d.id));
  return diff.menus.map((m) => ({ ...m, dropped: m.dropped.filter((id) => !proven.has(id)) })).filter((m) => m.dropped.length > 0);
}

/**
 * The dependencies a pull-request check reports: what the changed files prove at head; what
 * they proved at base and no longer do (removed, or still used by an unchanged file); and,
 * when the change edits the plan, each service it stopped covering that head still uses.
 */
async function changeDependencies(
  root: string,
  diff: DiffResult,
  plan: Plan | null,
  coveredAtBase: ReadonlySet<string> | undefined,
  headFiles: readonly string[],
  changed: ReadonlySet<string>,
  catalog: Catalog,
  config: Config,
  log: (message: string) => void,
): Promise<Dependency[]> {
  const deps: Dependency[] = [...diff.headDeps];
  const ids = new Set(deps.map((d) => d.id));
  const unchanged = new Map(diff.unchangedDeps.map((d) => [d.id, d]));
  for (const dep of diff.baseDeps) {
    if (ids.has(dep.id)) continue;
    // Still used by a file the change did not touch: that file is head's evidence.
    deps.push(diff.changes.get(dep.id) === 'changed' ? (unchanged.get(dep.id) ?? dep) : dep);
    ids.add(dep.id);
  }
  if (coveredAtBase) deps.push(...(await lostCoverage(root, diff, plan, coveredAtBase, ids, headFiles, changed, catalog, config, log)));
  return deps.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The services the plan stopped covering in this change (scenarios taken away) that head still
 * uses in a manifest the change did not touch: each is a new gap, with that manifest as evidence.
 */
async function lostCoverage(
  root: string,
  diff: DiffResult,
  plan: Plan | null,
  coveredAtBase: ReadonlySet<string>,
  ids: ReadonlySet<string>,
  headFiles: readonly string[],
  changed: ReadonlySet<string>,
  catalog: Catalog,
  config: Config,
  log: (message: string) => void,
): Promise<Dependency[]> {
  const coveredNow = coveredIds(computeCoverage(plan, catalog, { ignore: config.ignore, acceptDrafts: config.acceptDrafts }));
  const lost = [...coveredAtBase].filter((id) => !coveredNow.has(id) && !ids.has(id) && catalog.byId.has(id)).sort();
  if (lost.length === 0) return [];
  const [{ lookUpServices }, { isManifest }] = await Promise.all([diffStage(), import('../discover/scan.js')]);
  const excluded = excludeFilter(config.exclude);
  const others = headFiles.filter((p) => !changed.has(p) && isManifest(p) && !isSkippedPath(p) && !excluded(p));
  const found = await lookUpServices(root, diff.head, lost, others, catalog, new Matcher(catalog));
  log(`the plan no longer covers ${lost.join(', ')}: looked them up in ${found.read} of ${others.length} unchanged manifests at head`);
  return found.side.deps.filter((dep) => lost.includes(dep.id));
}

/** A changed manifest that could not be read at head: it may hide a dependency, so the check fails on it. */
function unreadableFindings(diff: DiffResult): Finding[] {
  return diff.unreadable.map((file) => ({
    rule: 'unreadable-manifest',
    severity: 'error' as const,
    path: file.path,
    line: 1,
    message: `${file.path} could not be read at head (${file.reason}), so a dependency it adds cannot be ruled out.`,
    hint: 'Keep manifests in plain text and under 5 MB; a generated or vendored file belongs in an `exclude:` glob of the config.',
    causedByChange: true,
  }));
}

/** Services whose host changed (compose PostgreSQL -> RDS): their scenarios may describe the old one. */
function providerChanges(diff: DiffResult): ProviderChange[] {
  const before = new Map(diff.baseDeps.map((d) => [d.id, d]));
  const after = new Map(diff.headDeps.map((d) => [d.id, d]));
  const unchanged = new Map(diff.unchangedDeps.map((d) => [d.id, d]));
  const out: ProviderChange[] = [];
  for (const [id, change] of diff.changes) {
    if (change !== 'changed') continue;
    const from = (before.get(id) ?? unchanged.get(id))?.provider ?? null;
    const to = (after.get(id) ?? unchanged.get(id))?.provider ?? null;
    if (from !== to) out.push({ id, from, to });
  }
  return out;
}

function providerNotices(changes: ProviderChange[], catalog: Catalog): ReportNotice[] {
  const host = (provider: string | null): string => provider ?? 'self-run (or not stated)';
  return changes.map((c) => ({
    kind: 'provider-changed',
    message: `${catalog.byId.get(c.id)?.name ?? c.id} moves from ${host(c.from)} to ${host(c.to)}: its recovery scenario may describe the old host; check its steps.`,
  }));
}

/** A change to the config file or the rules folder: this check used the merge base's, the change applies after merge. */
function configNotices(changed: readonly string[], config: Config, options: PipelineOptions, where: string): ReportNotice[] {
  const normalize = (rel: string): string => path.posix.normalize(rel.replace(/\\/g, '/'));
  const configFiles = new Set<string>(options.configFile && !path.isAbsolute(options.configFile) ? [normalize(options.configFile)] : CONFIG_FILES);
  const rules = config.rules && !path.isAbsolute(config.rules) ? `${normalize(config.rules).replace(/\/$/, '')}/` : undefined;
  return changed
    .filter((p) => configFiles.has(p) || (rules !== undefined && p.startsWith(rules)))
    .map((p) => ({
      kind: 'config-after-merge',
      path: p,
      message: `This change edits Paramedic's configuration (${p}); it takes effect after merge. This check used the config and rules at ${where}.`,
    }));
}
