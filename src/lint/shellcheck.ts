import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Severity } from '../check/types.js';
import type { CodeBlock } from '../plan/types.js';
import { childEnv } from '../util/child-env.js';
import { checkProgram, findTrustedProgram } from '../util/trusted-program.js';
import { codeBlocks } from './document.js';
import type { LintRule, RuleHit } from './rule.js';

const run = promisify(execFile);

/** Fence languages shellcheck can read, and the dialect to read them as. */
const DIALECTS: Record<string, string> = { sh: 'sh', bash: 'bash', shell: 'bash', ksh: 'ksh', dash: 'dash' };

/**
 * Checks that make no sense for a snippet in a document: variables come from the
 * responder's environment (SC2154), snippets assign what a later step uses (SC2034),
 * sourced files are not beside the snippet (SC1090, SC1091), and
 * `export PGPASSWORD="$(vault kv get ...)"` is how runbooks fetch a secret from the vault,
 * not a script whose exit status someone checks (SC2155).
 */
const SNIPPET_EXCLUDES = ['SC2154', 'SC2034', 'SC1090', 'SC1091', 'SC2155'];

/** How to run shellcheck: a command and the arguments that come before ours. */
export interface ShellcheckCommand {
  file: string;
  args: string[];
  /** where it was found, for messages */
  via: string;
  /** the folder it runs in (npx resolves packages from there), default the blocks' temp folder */
  cwd?: string;
  /** its environment: childEnv(), never Paramedic's own */
  env: Record<string, string>;
}

/** What `--version` printed, or undefined when the program did not answer. */
async function versionOf(command: ShellcheckCommand): Promise<string | undefined> {
  try {
    const { stdout } = await run(command.file, [...command.args, '--version'], { timeout: 20_000, env: command.env, cwd: command.cwd ?? tmpdir() });
    return stdout;
  } catch {
    return undefined;
  }
}

/** `--norc` (0.8 and later): a `.shellcheckrc` above the temp folder must not enable `source` following. */
function withNoRc(command: ShellcheckCommand, version: string): ShellcheckCommand {
  const [major = 0, minor = 0] = (/version:\s*(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  return major > 0 || minor >= 8 ? { ...command, args: [...command.args, '--norc'] } : command;
}

/**
 * An empty folder of our own for npx to start in: npm looks for a project (and its
 * node_modules/.bin) from the working folder up, so it must not start in the checkout, nor
 * anywhere a `node_modules` could have been planted above it (/tmp).
 */
function npxHome(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'paramedic-npx-'));
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const resolved = new Map<string, Promise<ShellcheckCommand | undefined>>();

/**
 * Finds shellcheck in the order the docs promise: the binary on PATH, the path configured
 * as `shellcheck`, then the npm `shellcheck` wrapper through npx without installing
 * anything. Never a program inside the checkout or in a folder others can write to
 * (checkProgram): a pull request could have put it there. Resolved once per process and
 * configured path; a refused candidate is reported through `refused`.
 */
export function findShellcheck(configured: string, root: string, refused: (why: string) => void = () => undefined): Promise<ShellcheckCommand | undefined> {
  const key = `${configured}\0${root}`;
  let found = resolved.get(key);
  if (!found) {
    found = (async () => {
      // The minimal environment (no token, no INPUT_*), with no PATH entry inside the checkout.
      const env = childEnv({ workspace: root });
      const answering = async (command: ShellcheckCommand): Promise<ShellcheckCommand | undefined> => {
        const version = await versionOf(command);
        return version === undefined ? undefined : withNoRc(command, version);
      };
      const onPath = findTrustedProgram('shellcheck', root, refused);
      const fromPath = onPath ? await answering({ file: onPath, args: [], via: 'PATH', env }) : undefined;
      if (fromPath) return fromPath;
      if (configured) {
        const check = checkProgram(path.resolve(root, configured), root);
        const fromConfig = check.ok ? await answering({ file: check.file, args: [], via: `config (${configured})`, env }) : undefined;
        if (fromConfig) return fromConfig;
        if (!check.ok) refused(`the configured shellcheck was not run: ${check.why}`);
      }
      const npx = findTrustedProgram('npx', root, refused);
      return npx ? answering({ file: npx, args: ['--no-install', 'shellcheck'], via: 'npx', env, cwd: npxHome() }) : undefined;
    })();
    resolved.set(key, found);
  }
  return found;
}

/**
 * Runbooks write placeholders as `<instance-id>`; to a shell that is a redirection and the
 * whole block stops parsing. They become plain words (`_instance_id_`) on the same line,
 * so every other finding still lands on the right line.
 */
export function neutralisePlaceholders(code: string): string {
  return code.replace(/(?<![<\w])<([A-Za-z][\w .:/-]*)>/g, (_, name: string) => `_${name.replace(/[^\w]/g, '_')}_`);
}

/** The dialect of a block, or undefined when shellcheck should not read it. */
export function dialectOf(block: CodeBlock): string | undefined {
  if (DIALECTS[block.lang]) return DIALECTS[block.lang];
  if (block.lang === '' && /^#!\s*\/(?:usr\/)?bin\/(?:env\s+)?(?:ba)?sh\b/.test(block.value)) return block.value.includes('bash') ? 'bash' : 'sh';
  return undefined;
}

/**
 * shellcheck's levels, one step milder: a snippet's quoting is worth fixing but is not a
 * recovery gap, and plans often put a config file or crontab in a `bash` fence. Teams that
 * want shellcheck to block set `lint: { shellcheck: error }`.
 */
const LEVELS: Record<string, Severity> = { error: 'warning', warning: 'warning', info: 'notice', style: 'notice' };

interface ShellcheckComment {
  file: string;
  line: number;
  level: string;
  code: number;
  message: string;
}

/**
 * Every shell block of the plan in one shellcheck process (one file per block), findings
 * mapped back to the plan's own lines.
 */
export async function shellcheckBlocks(blocks: CodeBlock[], command: ShellcheckCommand): Promise<RuleHit[]> {
  const shellBlocks = blocks.map((block) => ({ block, dialect: dialectOf(block) })).filter((b): b is { block: CodeBlock; dialect: string } => !!b.dialect);
  if (shellBlocks.length === 0) return [];
  const dir = mkdtempSync(path.join(tmpdir(), 'paramedic-sc-'));
  try {
    const shift: number[] = [];
    const files = shellBlocks.map(({ block, dialect }, i) => {
      const file = path.join(dir, `block-${i}.sh`);
      // A block with a shebang says its own dialect; otherwise a directive on line 1 of the
      // copy does, and every line shifts by one.
      const hasShebang = block.value.startsWith('#!');
      shift.push(hasShebang ? 0 : 1);
      writeFileSync(file, `${hasShebang ? '' : `# shellcheck shell=${dialect}\n`}${neutralisePlaceholders(block.value)}\n`);
      return file;
    });
    const args = [...command.args, '--format=json1', `--exclude=${SNIPPET_EXCLUDES.join(',')}`, ...files];
    let stdout: string;
    try {
      ({ stdout } = await run(command.file, args, { maxBuffer: 64 * 1024 * 1024, timeout: 120_000, env: command.env, cwd: command.cwd ?? dir }));
    } catch (error) {
      // shellcheck exits 1 when it has findings; its JSON is still on stdout.
      const out = (error as { stdout?: string }).stdout;
      if (typeof out !== 'string' || !out.trim()) throw error;
      stdout = out;
    }
    const comments = (JSON.parse(stdout) as { comments: ShellcheckComment[] }).comments;
    const seen = new Set<string>();
    return comments.flatMap((c) => {
      const index = files.indexOf(c.file);
      const line = shellBlocks[index]!.block.firstLine + c.line - 1 - shift[index]!;
      // One finding per code per line: `rm *.log *.tmp` is one mistake, not two.
      const key = `${line}:${c.code}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return {
        line,
        rule: `shellcheck/SC${c.code}`,
        severity: LEVELS[c.level] ?? 'notice',
        message: `SC${c.code}: ${c.message}`,
        hint: `See https://www.shellcheck.net/wiki/SC${c.code}. A block that is not shell (a config file, a crontab) needs its own fence language.`,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * shellcheck takes seconds per thousand lines, and a plan that is one unclosed fence makes the
 * whole file a "block": runbook snippets are short, so longer ones are skipped with a warning
 * rather than holding the check for minutes.
 */
const MAX_BLOCK_LINES = 500;
const MAX_TOTAL_LINES = 2000;

function withinShellcheckBudget(blocks: CodeBlock[]): { checked: CodeBlock[]; skipped: CodeBlock[] } {
  const checked: CodeBlock[] = [];
  const skipped: CodeBlock[] = [];
  let total = 0;
  for (const block of blocks) {
    if (!dialectOf(block)) continue;
    const lines = block.value.split('\n').length;
    if (lines > MAX_BLOCK_LINES || total + lines > MAX_TOTAL_LINES) {
      skipped.push(block);
    } else {
      total += lines;
      checked.push(block);
    }
  }
  return { checked, skipped };
}

export const shellcheckRule: LintRule = {
  id: 'shellcheck',
  severity: 'warning',
  description: 'shellcheck findings in `bash`/`sh` code blocks, on the plan\'s own lines (as `shellcheck/SCxxxx`).',
  hint: 'Fix the command as shellcheck suggests.',
  async run(doc, context) {
    // Every block, also those outside scenarios (a "Common commands" section), within a budget.
    const { checked: all, skipped } = withinShellcheckBudget(codeBlocks(doc));
    if (skipped.length > 0) {
      context.warn(`shellcheck skipped ${skipped.length} shell block${skipped.length === 1 ? '' : 's'} of the plan (first at line ${skipped[0]!.fenceLine}): over ${MAX_BLOCK_LINES} lines in one block or ${MAX_TOTAL_LINES} in all`);
    }
    if (!all.some((b) => dialectOf(b))) return [];
    const command = await findShellcheck(context.config.shellcheck, context.root, (why) => context.warn(`shellcheck: ${why}`));
    if (!command) {
      context.warn('shellcheck was not found (PATH, the `shellcheck` setting, npx); shell blocks in the plan were not checked. Install it: apt-get install shellcheck / brew install shellcheck.');
      return [];
    }
    try {
      return await shellcheckBlocks(all, command);
    } catch (error) {
      context.warn(`shellcheck (${command.via}) failed; shell blocks were not checked: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      return [];
    }
  },
};
