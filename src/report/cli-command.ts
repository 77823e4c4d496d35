import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Commands Paramedic advises, written so that they work for whoever reads them. The name
 * `paramedic` is not on npm (`npx paramedic` fails, and anyone could register it), so the
 * command is either the action's own repository through npx (its dist/ is committed, so
 * `npx github:OWNER/REPO` runs the bundled CLI) or the bundled CLI's path.
 */

/** A word as a POSIX shell reads it: bare when it is plain, else in single quotes. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `npx github:OWNER/REPO#REF`, when the action knows the repository it runs from (GITHUB_ACTION_REPOSITORY). */
export function actionPackageSpec(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const repository = env.GITHUB_ACTION_REPOSITORY?.trim();
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return undefined;
  const ref = env.GITHUB_ACTION_REF?.trim();
  return `github:${repository}${ref && /^[\w./-]+$/.test(ref) ? `#${ref}` : ''}`;
}

/** The draft command for a reader of the action's report, run from the repository's root. */
export function actionDraftCommand(env: NodeJS.ProcessEnv = process.env): string {
  const spec = actionPackageSpec(env);
  // A local action (`uses: ./`) has no repository to name: its bundle is in the checkout.
  return spec ? `npx ${spec} draft . --write` : 'node dist/cli/index.js draft . --write';
}

/** The bundled CLI beside the running bundle (dist/cli/index.js), or the package's when running from the sources. */
export function bundledCliPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.basename(here) === 'cli' ? path.join(here, 'index.js') : path.join(here, 'cli', 'index.js'), path.resolve(here, '..', '..', 'dist', 'cli', 'index.js')];
  return candidates.find((file) => existsSync(file)) ?? candidates[candidates.length - 1]!;
}

/** The draft command for a terminal: the bundled CLI's path (relative when shorter) and the directory checked. */
export function cliDraftCommand(root: string, cwd: string = process.cwd()): string {
  const cli = bundledCliPath();
  const relative = path.relative(cwd, cli);
  const shown = relative && !relative.startsWith('..') && relative.length < cli.length ? relative : cli;
  const dir = path.relative(cwd, path.resolve(cwd, root)) || '.';
  return `node ${shellWord(shown)} draft ${shellWord(dir.startsWith('..') ? path.resolve(cwd, root) : dir)} --write`;
}
