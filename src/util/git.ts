import { spawn } from 'node:child_process';
import { childEnv } from './child-env.js';

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/**
 * Runs git with an argument array (never a shell), so file names starting with `-`
 * or holding spaces cannot become options, and with childEnv's minimal environment (never
 * the action's token). Resolves with the exit code instead of throwing.
 */
export function git(cwd: string, args: string[], input?: string | Buffer, extraEnv: NodeJS.ProcessEnv = {}): Promise<GitResult> {
  // Only what the caller adds on purpose (a push's credentials as GIT_CONFIG_* entries) joins the minimal environment.
  const extra = Object.fromEntries(Object.entries(extraEnv).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return new Promise((resolve) => {
    const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: childEnv({ git: true, workspace: cwd, extra }) });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => resolve({ code: 127, stdout: Buffer.alloc(0), stderr: String(error) }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** Runs git and returns stdout as text, throwing with git's own message on failure. */
export async function gitText(cwd: string, args: string[]): Promise<string> {
  const result = await git(cwd, args);
  if (result.code !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr.trim() || `exit ${result.code}`}`);
  return result.stdout.toString('utf8');
}

/** Splits NUL-separated git output (-z) into entries. */
export function splitNul(buffer: Buffer | string): string[] {
  return buffer.toString().split('\0').filter((entry) => entry.length > 0);
}
