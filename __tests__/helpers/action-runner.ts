import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, tempDir } from './repo.js';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error file=...::` style workflow commands found in stdout */
  annotations: Array<{ level: string; file?: string; line?: number; message: string }>;
}

export interface ActionRunOptions {
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  apiUrl?: string;
  repository?: string;
  extraEnv?: Record<string, string>;
}

/**
 * Runs the committed bundle (dist/index.js) the way a runner does: INPUT_* variables
 * (hyphens kept), an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 * Uses async spawn so a fake API server in this process keeps answering.
 */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = tempDir('paramedic-runner-');
  const eventPath = path.join(dir, 'event.json');
  const outputPath = path.join(dir, 'output');
  const summaryPath = path.join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: options.repository ?? 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '1',
    GITHUB_JOB: 'disaster-recovery',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    RUNNER_TEMP: dir,
    INPUT_TOKEN: 'test-token',
    ...options.extraEnv,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;

  // PARAMEDIC_DIST runs another build (an older one, to see a test fail before its fix).
  const bundle = path.join(process.env.PARAMEDIC_DIST ?? path.join(REPO_ROOT, 'dist'), 'index.js');
  const child = spawn(process.execPath, [bundle], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    annotations: parseAnnotations(stdout),
  };
}

/** Reads GITHUB_OUTPUT's `name<<DELIMITER ... DELIMITER` records. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
      out[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      out[k!] = v.join('=');
    }
  }
  return out;
}

export function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const found: ActionRun['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((kv) => kv.split('=') as [string, string]));
    found.push({ level: m[1]!, ...(props.file ? { file: props.file } : {}), ...(props.line ? { line: Number(props.line) } : {}), message: m[3]!.replace(/%0A/g, '\n').replace(/%25/g, '%') });
  }
  return found;
}
