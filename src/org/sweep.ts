import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CheckReport } from '../check/types.js';
import { ENVELOPE_KIND, type SweepEnvelope, type SweepFailure } from './types.js';

export interface SweepOptions {
  /** where clones come from: https://github.com (GITHUB_SERVER_URL on a runner) */
  serverUrl: string;
  /** read access to the repositories' contents; empty for public repositories */
  token: string;
  /** clone and check of one repository, together */
  timeoutMs: number;
  /** the folder the envelopes go to */
  outDir: string;
  /** the bundled CLI that runs `check` (this process's own entry) */
  cliPath: string;
  log: (message: string) => void;
}

/**
 * GitHub's owner and repository names use only letters, digits, `-`, `_` and `.`: anything
 * else did not come from the listing and is never put into a URL or a path.
 */
const REPOSITORY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+$/;

/** Variables a check never needs: the token that cloned stays with git. */
const SECRET_VARIABLES = ['PARAMEDIC_TOKEN', 'GITHUB_TOKEN', 'GH_TOKEN', 'INPUT_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];

/** Sweeps the repositories one after the other; each gets an envelope, whatever happened to it. */
export async function sweepRepositories(names: string[], options: SweepOptions): Promise<SweepEnvelope[]> {
  mkdirSync(options.outDir, { recursive: true });
  const envelopes: SweepEnvelope[] = [];
  for (const fullName of names) {
    const envelope = await sweepRepository(fullName, options);
    writeFileSync(path.join(options.outDir, envelopeFileName(fullName)), `${JSON.stringify(envelope, null, 2)}\n`);
    const r = envelope.report;
    options.log(
      `${fullName}: ${envelope.status}${r?.coverage ? `, ${r.coverage.covered}/${r.coverage.total} critical services covered (${r.coverage.percent}%)` : ''}${envelope.reason ? ` (${envelope.reason})` : ''}`,
    );
    envelopes.push(envelope);
  }
  return envelopes;
}

export function envelopeFileName(fullName: string): string {
  return `${fullName.replace('/', '__').replace(/[^A-Za-z0-9._-]/g, '_')}.json`;
}

export async function sweepRepository(fullName: string, options: SweepOptions): Promise<SweepEnvelope> {
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const web = `${options.serverUrl.replace(/\/+$/, '')}/${fullName}`;
  const envelope = (status: SweepEnvelope['status'], extra: Partial<SweepEnvelope> = {}): SweepEnvelope => ({
    kind: ENVELOPE_KIND,
    version: 1,
    repository: { fullName, url: REPOSITORY_NAME.test(fullName) ? web : null, defaultBranch: null, commit: null, ...extra.repository },
    status,
    ...(extra.reason ? { reason: mask(extra.reason, options.token) } : {}),
    checkedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    plan: extra.plan ?? null,
    report: extra.report ?? null,
  });
  const failed = (status: SweepFailure, reason: string, repository?: SweepEnvelope['repository']): SweepEnvelope => envelope(status, { reason, ...(repository ? { repository } : {}) });

  if (!REPOSITORY_NAME.test(fullName) || fullName.includes('..')) return failed('error', 'not a repository name (owner/name)');
  const work = mkdtempSync(path.join(tmpdir(), 'paramedic-sweep-'));
  const dir = path.join(work, 'repo');
  try {
    const clone = await runBounded('git', ['clone', '--depth=1', '--no-tags', '--single-branch', '--quiet', '--', `${web}.git`, dir], { env: gitEnv(options), deadline });
    if (clone.timedOut) return failed('timeout', `not cloned within ${minutes(options.timeoutMs)}`);
    if (clone.code !== 0) {
      const message = gitError(clone.stderr);
      return failed(looksLikeNoAccess(message) ? 'no-access' : 'error', `git clone failed: ${message}`);
    }
    const head = await runBounded('git', ['-C', dir, 'rev-parse', '--verify', '--quiet', 'HEAD'], { env: gitEnv(options), deadline });
    const branch = (await runBounded('git', ['-C', dir, 'symbolic-ref', '--short', '--quiet', 'HEAD'], { env: gitEnv(options), deadline })).stdout.trim() || null;
    const commit = head.code === 0 ? head.stdout.trim() : null;
    const repository = { fullName, url: web, defaultBranch: branch, commit };
    if (!commit) return failed('empty', 'the repository has no commits', repository);

    const check = await runBounded(process.execPath, [options.cliPath, 'check', dir, '--json'], { env: checkEnv(), deadline, cwd: dir });
    if (check.timedOut) return failed('timeout', `not checked within ${minutes(options.timeoutMs)}`, repository);
    if (check.code !== 0 && check.code !== 1) return failed('error', `paramedic check exited ${check.code}: ${lastLines(check.stderr) || 'no message'}`, repository);
    let report: CheckReport;
    try {
      report = JSON.parse(check.stdout) as CheckReport;
      if (!Array.isArray(report.dependencies)) throw new Error('no dependencies list');
    } catch (error) {
      return failed('error', `paramedic check printed no report: ${error instanceof Error ? error.message : String(error)}`, repository);
    }
    const plan = report.doc ? { path: report.doc, url: `${web}/blob/${commit}/${report.doc.split('/').map(encodeURIComponent).join('/')}` } : null;
    return envelope('checked', { repository, plan, report });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function minutes(ms: number): string {
  const m = ms / 60_000;
  return m >= 1 ? `${Number(m.toFixed(2))} minute${m === 1 ? '' : 's'}` : `${Math.round(ms / 1000)} s`;
}

/** The token goes to the server in a header set through the environment: never in a URL, an argument or a file. */
function gitEnv(options: SweepOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', GIT_LFS_SKIP_SMUDGE: '1' };
  for (const name of SECRET_VARIABLES) delete env[name];
  if (options.token && /^https?:\/\//i.test(options.serverUrl)) {
    const count = Number(env.GIT_CONFIG_COUNT ?? 0) || 0;
    env.GIT_CONFIG_COUNT = String(count + 1);
    env[`GIT_CONFIG_KEY_${count}`] = `http.${options.serverUrl.replace(/\/+$/, '')}/.extraheader`;
    env[`GIT_CONFIG_VALUE_${count}`] = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`;
  }
  return env;
}

function checkEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of SECRET_VARIABLES) delete env[name];
  return env;
}

/** git's own words for why the clone failed: its `fatal:`/`remote:` lines, without progress noise. */
function gitError(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const telling = lines.filter((l) => /^(fatal|remote|error):/i.test(l));
  return (telling.length ? telling : lines).slice(-2).join(' ').slice(0, 300) || 'no message';
}

/** GitHub answers "not found" for a repository the token may not read, as for one that does not exist. */
function looksLikeNoAccess(message: string): boolean {
  return /not found|returned error: 40[134]|could not read username|authentication failed|permission denied|access denied/i.test(message);
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' ').slice(0, 400);
}

function mask(text: string, token: string): string {
  if (!token) return text;
  const encoded = Buffer.from(`x-access-token:${token}`).toString('base64');
  return text.split(token).join('***').split(encoded).join('***');
}

interface Bounded {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs a program in its own process group and kills the whole group at the deadline. */
function runBounded(cmd: string, args: string[], options: { env: NodeJS.ProcessEnv; deadline: number; cwd?: string }): Promise<Bounded> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: options.env, cwd: options.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(
      () => {
        timedOut = true;
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      },
      Math.max(0, options.deadline - Date.now()),
    );
    const finish = (code: number | null): void => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut });
    };
    child.on('error', (error) => {
      err.push(Buffer.from(error.message));
      finish(null);
    });
    child.on('close', (code) => finish(code));
  });
}
