import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { minimatch } from 'minimatch';
import { parse as parseYaml } from 'yaml';
import { parseOutputFile } from './action-runner.js';
import { REPO_ROOT, tempDir } from './repo.js';

/**
 * Runs a reusable workflow's jobs on this machine the way a runner would, for end-to-end tests
 * of the wiring: GitHub's own expression engine (@actions/expressions) evaluates every
 * `${{ }}`, `run:` steps run in bash with GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, jobs
 * follow `needs` and `if`, and a matrix expands from its JSON. The three actions the workflow
 * uses are played locally: checkout links a folder, upload/download-artifact copy to and from
 * a folder per artifact. Anything else it does not know fails the run, so nothing is skipped
 * silently.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Context = Record<string, Json>;

export interface StepRun {
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  stdout: string;
  stderr: string;
}

export interface JobRun {
  id: string;
  name: string;
  matrix: Json;
  result: 'success' | 'failure' | 'skipped' | 'cancelled';
  steps: StepRun[];
  outputs: Record<string, string>;
  /** evaluated strategy (max-parallel, fail-fast), when the job has one */
  strategy?: { 'max-parallel'?: Json; 'fail-fast'?: Json };
  timeoutMinutes?: Json;
  summary: string;
}

export interface WorkflowRun {
  jobs: JobRun[];
  /** artifact name -> its folder */
  artifacts: Map<string, string>;
  outputs: Record<string, string>;
  result(id: string): JobRun[];
}

export interface WorkflowRunOptions {
  file: string;
  inputs: Record<string, string | number | boolean>;
  secrets: Record<string, string>;
  /** extra variables every step sees (GITHUB_API_URL, GITHUB_SERVER_URL...) */
  env: Record<string, string>;
  /** what `actions/checkout` puts at `path`, given its evaluated `with:` */
  checkout: (inputs: Record<string, string>) => string;
  /** a job the runner loses before it starts (a timeout, a cancelled job) */
  interrupt?: (jobId: string, matrix: Json) => boolean;
  /** `job.workflow_repository` / `job.workflow_sha` */
  workflowRepository: string;
  workflowSha: string;
}

/** The pinned actions the runner plays; anything else is an error. */
const PLAYED = ['actions/checkout', 'actions/upload-artifact', 'actions/download-artifact'];

export async function runWorkflow(options: WorkflowRunOptions): Promise<WorkflowRun> {
  const doc = parseYaml(readFileSync(options.file, 'utf8')) as Record<string, Json>;
  const call = ((doc.on as Record<string, Json>)?.workflow_call ?? {}) as Record<string, Record<string, Json>>;
  const inputs: Context = {};
  for (const [name, spec] of Object.entries((call.inputs ?? {}) as Record<string, Record<string, Json>>)) {
    const given = options.inputs[name];
    if (given === undefined && spec.required) throw new Error(`input ${name} is required`);
    const value = given ?? spec.default ?? (spec.type === 'number' ? 0 : spec.type === 'boolean' ? false : '');
    inputs[name] = spec.type === 'number' ? Number(value) : spec.type === 'boolean' ? value === true || value === 'true' : String(value);
  }
  for (const name of Object.keys(options.inputs)) if (!(name in inputs)) throw new Error(`the workflow has no input ${name}`);
  for (const [name, spec] of Object.entries((call.secrets ?? {}) as Record<string, Record<string, Json>>)) {
    if (spec.required && !options.secrets[name]) throw new Error(`secret ${name} is required`);
  }

  const root = tempDir('paramedic-workflow-');
  const artifacts = new Map<string, string>();
  const jobsDoc = doc.jobs as Record<string, Record<string, Json>>;
  const runs: JobRun[] = [];
  const needsResult = new Map<string, { result: string; outputs: Record<string, string> }>();
  const github: Context = {
    server_url: options.env.GITHUB_SERVER_URL ?? 'https://github.com',
    api_url: options.env.GITHUB_API_URL ?? 'https://api.github.com',
    repository: 'acme/platform',
    repository_owner: 'acme',
    run_id: '1',
    event_name: 'schedule',
    workflow_ref: 'acme/platform/.github/workflows/dr.yml@refs/heads/main',
  };

  for (const id of jobOrder(jobsDoc)) {
    const job = jobsDoc[id]!;
    const needs = toList(job.needs);
    const needsCtx: Context = Object.fromEntries(needs.map((n) => [n, needsResult.get(n) as unknown as Json]));
    const statusFns = jobStatusFunctions(needs.map((n) => needsResult.get(n)!.result));
    const base: Context = { github, inputs, secrets: options.secrets, needs: needsCtx, vars: {} };
    const condition = job.if === undefined ? 'success()' : String(job.if);
    if (!truthy(evaluateTemplate(wrap(condition), base, statusFns))) {
      runs.push({ id, name: id, matrix: null, result: 'skipped', steps: [], outputs: {}, summary: '' });
      needsResult.set(id, { result: 'skipped', outputs: {} });
      continue;
    }
    const strategy = job.strategy as Record<string, Json> | undefined;
    const combos = strategy?.matrix !== undefined ? expandMatrix(evaluateValue(strategy.matrix, base, statusFns)) : [null];
    const evaluatedStrategy = strategy
      ? { 'max-parallel': evaluateValue(strategy['max-parallel'] ?? null, base, statusFns), 'fail-fast': evaluateValue(strategy['fail-fast'] ?? true, base, statusFns) }
      : undefined;
    const jobRuns: JobRun[] = [];
    for (const [index, matrix] of combos.entries()) {
      const ctx: Context = {
        ...base,
        matrix,
        strategy: { 'job-index': index, 'job-total': combos.length, 'max-parallel': evaluatedStrategy?.['max-parallel'] ?? combos.length, 'fail-fast': evaluatedStrategy?.['fail-fast'] ?? true },
        job: { status: 'success', workflow_repository: options.workflowRepository, workflow_sha: options.workflowSha },
        runner: { os: 'Linux', temp: path.join(root, `${id}-${index}`, 'tmp') },
      };
      const name = job.name !== undefined ? String(evaluateTemplate(String(job.name), ctx, statusFns)) : id;
      const run: JobRun = {
        id,
        name,
        matrix,
        result: 'success',
        steps: [],
        outputs: {},
        strategy: evaluatedStrategy,
        timeoutMinutes: evaluateValue(job['timeout-minutes'] ?? 360, ctx, statusFns),
        summary: '',
      };
      jobRuns.push(run);
      if (options.interrupt?.(id, matrix)) {
        run.result = 'cancelled';
        continue;
      }
      await runJob(run, job, ctx, path.join(root, `${id}-${index}`), artifacts, options);
    }
    runs.push(...jobRuns);
    const result = jobRuns.some((r) => r.result === 'failure') ? 'failure' : jobRuns.some((r) => r.result === 'cancelled') ? 'cancelled' : 'success';
    needsResult.set(id, { result, outputs: Object.assign({}, ...jobRuns.map((r) => r.outputs)) });
  }

  const jobsCtx: Context = Object.fromEntries([...needsResult].map(([k, v]) => [k, v as unknown as Json]));
  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries((call.outputs ?? {}) as Record<string, Record<string, Json>>)) {
    outputs[name] = String(evaluateTemplate(String(spec.value), { jobs: jobsCtx }, jobStatusFunctions([])) ?? '');
  }
  return { jobs: runs, artifacts, outputs, result: (id) => runs.filter((r) => r.id === id) };
}

async function runJob(run: JobRun, job: Record<string, Json>, ctx: Context, dir: string, artifacts: Map<string, string>, options: WorkflowRunOptions): Promise<void> {
  const workspace = path.join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  const stepsCtx: Record<string, { outcome: string; conclusion: string; outputs: Record<string, string> }> = {};
  let failed = false;
  for (const [i, step] of ((job.steps ?? []) as Array<Record<string, Json>>).entries()) {
    const fns = stepStatusFunctions(() => failed);
    const stepCtx: Context = { ...ctx, steps: stepsCtx as unknown as Json, job: { ...(ctx.job as Record<string, Json>), status: failed ? 'failure' : 'success' } };
    const name = String(step.name ?? step.uses ?? `step ${i + 1}`);
    const condition = step.if === undefined ? 'success()' : String(step.if);
    if (!truthy(evaluateTemplate(wrap(condition), stepCtx, fns))) {
      run.steps.push({ name, outcome: 'skipped', stdout: '', stderr: '' });
      if (step.id) stepsCtx[String(step.id)] = { outcome: 'skipped', conclusion: 'skipped', outputs: {} };
      continue;
    }
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...((job.env ?? {}) as Record<string, Json>), ...((step.env ?? {}) as Record<string, Json>) })) {
      env[k] = stringOf(evaluateValue(v, stepCtx, fns));
    }
    const result = step.uses !== undefined
      ? playAction(String(step.uses), evaluateWith(step.with, stepCtx, fns), workspace, artifacts, options)
      : await runScript(String(evaluateTemplate(String(step.run), stepCtx, fns)), workspace, dir, env, ctx, options);
    const outcome = result.ok ? 'success' : 'failure';
    const continueOnError = truthy(evaluateValue(step['continue-on-error'] ?? false, stepCtx, fns));
    run.steps.push({ name, outcome, stdout: result.stdout, stderr: result.stderr });
    run.summary += result.summary ?? '';
    if (step.id) stepsCtx[String(step.id)] = { outcome, conclusion: continueOnError ? 'success' : outcome, outputs: result.outputs ?? {} };
    if (!result.ok && !continueOnError) failed = true;
  }
  run.result = failed ? 'failure' : 'success';
  const fns = stepStatusFunctions(() => failed);
  for (const [name, value] of Object.entries((job.outputs ?? {}) as Record<string, Json>)) {
    run.outputs[name] = stringOf(evaluateValue(value, { ...ctx, steps: stepsCtx as unknown as Json }, fns));
  }
}

interface StepResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  outputs?: Record<string, string>;
  summary?: string;
}

async function runScript(script: string, workspace: string, dir: string, env: Record<string, string>, ctx: Context, options: WorkflowRunOptions): Promise<StepResult> {
  const n = readdirSync(dir).length;
  const file = path.join(dir, `step-${n}.sh`);
  const output = path.join(dir, `output-${n}`);
  const summary = path.join(dir, `summary-${n}.md`);
  writeFileSync(file, script);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_REPOSITORY: String((ctx.github as Record<string, Json>).repository),
      RUNNER_TEMP: path.join(dir, 'tmp'),
      TMPDIR: path.join(dir, 'tmp'),
      ...options.env,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  return { ok: code === 0, stdout, stderr, outputs: parseOutputFile(readFileSync(output, 'utf8')), summary: readFileSync(summary, 'utf8') };
}

function playAction(uses: string, inputs: Record<string, string>, workspace: string, artifacts: Map<string, string>, options: WorkflowRunOptions): StepResult {
  const action = uses.split('@')[0]!;
  if (!PLAYED.includes(action)) throw new Error(`the local runner cannot play ${uses}`);
  const ok = (stdout = ''): StepResult => ({ ok: true, stdout, stderr: '' });
  const fail = (stderr: string): StepResult => ({ ok: false, stdout: '', stderr });
  switch (action) {
    case 'actions/checkout': {
      const target = path.join(workspace, inputs.path ?? '.');
      mkdirSync(path.dirname(target), { recursive: true });
      rmSync(target, { recursive: true, force: true });
      symlinkSync(options.checkout(inputs), target);
      return ok(`checked out ${inputs.repository}@${inputs.ref}`);
    }
    case 'actions/upload-artifact': {
      const name = inputs.name ?? 'artifact';
      if (artifacts.has(name)) return fail(`an artifact named ${name} already exists`);
      const source = path.join(workspace, inputs.path ?? '');
      const empty = !existsSync(source) || (statSync(source).isDirectory() && readdirSync(source).length === 0);
      if (empty) {
        const mode = inputs['if-no-files-found'] ?? 'warn';
        return mode === 'error' ? fail(`no files found at ${inputs.path}`) : ok(`no files found at ${inputs.path} (${mode})`);
      }
      const store = path.join(path.dirname(workspace), '..', 'artifacts', name);
      mkdirSync(store, { recursive: true });
      if (statSync(source).isDirectory()) cpSync(source, store, { recursive: true });
      else cpSync(source, path.join(store, path.basename(source)));
      artifacts.set(name, store);
      return ok(`uploaded ${name}`);
    }
    case 'actions/download-artifact': {
      const dest = path.join(workspace, inputs.path ?? '.');
      mkdirSync(dest, { recursive: true });
      if (inputs.name) {
        const store = artifacts.get(inputs.name);
        if (!store) return fail(`Artifact '${inputs.name}' not found`);
        cpSync(store, dest, { recursive: true });
        return ok(`downloaded ${inputs.name}`);
      }
      const names = [...artifacts.keys()].filter((n) => !inputs.pattern || minimatch(n, inputs.pattern));
      for (const n of names) cpSync(artifacts.get(n)!, inputs['merge-multiple'] === 'true' ? dest : path.join(dest, n), { recursive: true });
      return ok(`downloaded ${names.length} artifacts`);
    }
  }
  throw new Error(`unreachable: ${uses}`);
}

function evaluateWith(withBlock: Json | undefined, ctx: Context, fns: Map<string, FunctionDefinition>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((withBlock ?? {}) as Record<string, Json>)) out[k] = stringOf(evaluateValue(v, ctx, fns));
  return out;
}

// ---- expressions ----

type FunctionDefinition = { name: string; minArgs: number; maxArgs: number; call: (...args: data.ExpressionData[]) => data.ExpressionData };

function fn(name: string, value: () => boolean): FunctionDefinition {
  return { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value()) };
}

function jobStatusFunctions(needResults: string[]): Map<string, FunctionDefinition> {
  const all = (r: string): boolean => needResults.every((x) => x === r);
  return new Map([
    ['success', fn('success', () => all('success'))],
    ['always', fn('always', () => true)],
    ['failure', fn('failure', () => needResults.some((r) => r === 'failure'))],
    ['cancelled', fn('cancelled', () => false)],
  ]);
}

function stepStatusFunctions(failed: () => boolean): Map<string, FunctionDefinition> {
  return new Map([
    ['success', fn('success', () => !failed())],
    ['always', fn('always', () => true)],
    ['failure', fn('failure', () => failed())],
    ['cancelled', fn('cancelled', () => false)],
  ]);
}

/** `if:` may be written with or without `${{ }}`. */
function wrap(condition: string): string {
  return condition.trim().startsWith('${{') ? condition : `\${{ ${condition} }}`;
}

export function evaluateExpression(source: string, ctx: Context, functions: Map<string, FunctionDefinition>): Json {
  const lexed = new Lexer(source).lex();
  const parser = new Parser(lexed.tokens, Object.keys(ctx), [...functions.values()]);
  const tree = parser.parse();
  const dict = JSON.parse(JSON.stringify(ctx), data.reviver) as data.Dictionary;
  const result = new Evaluator(tree, dict, functions).evaluate();
  return JSON.parse(JSON.stringify(result, data.replacer) ?? 'null') as Json;
}

/** A string with `${{ }}` in it: one expression alone keeps its type (a matrix object), else text. */
function evaluateTemplate(text: string, ctx: Context, functions: Map<string, FunctionDefinition>): Json {
  const parts: Array<string | Json> = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('${{', at);
    if (open === -1) break;
    const close = text.indexOf('}}', open + 3);
    if (close === -1) throw new Error(`unclosed expression in ${text}`);
    parts.push(text.slice(at, open), evaluateExpression(text.slice(open + 3, close).trim(), ctx, functions));
    at = close + 2;
  }
  if (parts.length === 2 && parts[0] === '' && at === text.length) return parts[1]!;
  parts.push(text.slice(at));
  return parts.map((p) => (typeof p === 'string' ? p : stringOf(p))).join('');
}

function evaluateValue(value: Json, ctx: Context, functions: Map<string, FunctionDefinition>): Json {
  if (typeof value === 'string') return evaluateTemplate(value, ctx, functions);
  if (Array.isArray(value)) return value.map((v) => evaluateValue(v, ctx, functions));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluateValue(v, ctx, functions)]));
  return value;
}

function stringOf(value: Json): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function truthy(value: Json): boolean {
  return !(value === false || value === null || value === 0 || value === '' || value === undefined);
}

/** `include` entries, or the product of the axes (what this workflow needs of a matrix). */
function expandMatrix(matrix: Json): Json[] {
  if (!matrix || typeof matrix !== 'object' || Array.isArray(matrix)) throw new Error(`a matrix must be a mapping, got ${JSON.stringify(matrix)}`);
  const { include, exclude, ...axes } = matrix as Record<string, Json>;
  if (exclude !== undefined) throw new Error('the local runner does not play matrix exclude');
  let combos: Array<Record<string, Json>> = [{}];
  for (const [axis, values] of Object.entries(axes)) combos = combos.flatMap((c) => (values as Json[]).map((v) => ({ ...c, [axis]: v })));
  if (Object.keys(axes).length === 0) combos = [];
  for (const entry of (include ?? []) as Array<Record<string, Json>>) combos.push(entry);
  if (combos.length === 0) throw new Error('the matrix has no jobs (GitHub fails such a job)');
  return combos;
}

function toList(value: Json | undefined): string[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
}

function jobOrder(jobs: Record<string, Record<string, Json>>): string[] {
  const order: string[] = [];
  const visit = (id: string, stack: string[]): void => {
    if (order.includes(id)) return;
    if (stack.includes(id)) throw new Error(`needs cycle: ${[...stack, id].join(' -> ')}`);
    if (!jobs[id]) throw new Error(`needs names no job ${id}`);
    for (const n of toList(jobs[id]!.needs)) visit(n, [...stack, id]);
    order.push(id);
  };
  for (const id of Object.keys(jobs)) visit(id, []);
  return order;
}

// ---- schema ----

/**
 * Validates a workflow with GitHub's own parser (@actions/workflow-parser): unknown keys,
 * contexts used where GitHub does not allow them, malformed expressions. The package imports
 * its JSON schema without an import attribute, which Node refuses, so it is bundled first.
 */
export async function workflowErrors(file: string): Promise<string[]> {
  const { build } = await import('esbuild');
  const out = path.join(tempDir('paramedic-wfparser-'), 'parser.mjs');
  await build({
    stdin: { contents: "export * from '@actions/workflow-parser';", resolveDir: REPO_ROOT, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'silent',
  });
  const parser = (await import(pathToFileURL(out).href)) as typeof import('@actions/workflow-parser');
  const result = parser.parseWorkflow({ name: path.basename(file), content: readFileSync(file, 'utf8') }, new parser.NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (result.value) {
    const template = await parser.convertWorkflowTemplate(result.context, result.value);
    for (const e of template.errors ?? []) if (!errors.includes(e.Message)) errors.push(e.Message);
  }
  return errors;
}
