import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);

// src/report/cli-command.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
function shellWord(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function actionPackageSpec(env = process.env) {
  const repository = env.GITHUB_ACTION_REPOSITORY?.trim();
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return void 0;
  const ref = env.GITHUB_ACTION_REF?.trim();
  return `github:${repository}${ref && /^[\w./-]+$/.test(ref) ? `#${ref}` : ""}`;
}
function actionDraftCommand(env = process.env) {
  const spec = actionPackageSpec(env);
  return spec ? `npx ${spec} draft . --write` : "node dist/cli/index.js draft . --write";
}
function bundledCliPath() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.basename(here) === "cli" ? path.join(here, "index.js") : path.join(here, "cli", "index.js"), path.resolve(here, "..", "..", "dist", "cli", "index.js")];
  return candidates.find((file) => existsSync(file)) ?? candidates[candidates.length - 1];
}
function cliDraftCommand(root, cwd = process.cwd()) {
  const cli = bundledCliPath();
  const relative = path.relative(cwd, cli);
  const shown = relative && !relative.startsWith("..") && relative.length < cli.length ? relative : cli;
  const dir = path.relative(cwd, path.resolve(cwd, root)) || ".";
  return `node ${shellWord(shown)} draft ${shellWord(dir.startsWith("..") ? path.resolve(cwd, root) : dir)} --write`;
}

export {
  shellWord,
  actionPackageSpec,
  actionDraftCommand,
  bundledCliPath,
  cliDraftCommand
};
