import { realpathSync } from 'node:fs';
import path from 'node:path';
import { isInside } from './inside.js';

/**
 * What a child process may inherit from Paramedic's environment: where programs and the home
 * folder are, the locale, temp folders, proxies and CA bundles. Nothing else: the action's
 * token (`INPUT_TOKEN`, `GITHUB_TOKEN`), every `INPUT_*` and `ACTIONS_*` variable (the
 * runtime's own tokens) and whatever else the job exported stay in this process.
 */
const PASSED = new Set([
  'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LANGUAGE', 'TZ', 'TMPDIR', 'TMP', 'TEMP',
  'SYSTEMROOT', 'WINDIR', 'COMSPEC', 'PATHEXT', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA',
  'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME',
  'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', 'all_proxy',
  'SSL_CERT_FILE', 'SSL_CERT_DIR', 'NODE_EXTRA_CA_CERTS',
]);
const PASSED_PREFIXES = ['LC_'];

/**
 * git also keeps its own settings (`GIT_*`: the identity and dates a workflow sets, config
 * given through the environment) and the SSH agent for ssh remotes. These are the operator's
 * settings for git; Paramedic never hands its token to git or to anything else: git pushes
 * with the credentials the checkout configured.
 */
const GIT_PREFIXES = ['GIT_'];
const GIT_PASSED = new Set(['SSH_AUTH_SOCK', 'SSH_AGENT_PID']);

export interface ChildEnvOptions {
  /** the environment is git's (keeps `GIT_*` and the SSH agent) */
  git?: boolean;
  /** the checkout: PATH entries inside it (and relative ones) are dropped */
  workspace?: string;
  /** set on top, after the filter (GIT_INDEX_FILE, the bot identity...) */
  extra?: Record<string, string>;
  /** the environment to filter; default process.env */
  from?: NodeJS.ProcessEnv;
}

/** The minimal environment of every process Paramedic starts (git, shellcheck, npx). */
export function childEnv(options: ChildEnvOptions = {}): Record<string, string> {
  const from = options.from ?? process.env;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(from)) {
    if (value === undefined) continue;
    const passed =
      PASSED.has(name) ||
      PASSED_PREFIXES.some((p) => name.startsWith(p)) ||
      (options.git === true && (GIT_PASSED.has(name) || GIT_PREFIXES.some((p) => name.startsWith(p))));
    if (passed) out[name] = value;
  }
  if (out.PATH !== undefined) out.PATH = trustedPathEntries(out.PATH, options.workspace).join(path.delimiter);
  if (options.git) out.GIT_TERMINAL_PROMPT = '0';
  return { ...out, ...options.extra };
}

/**
 * The PATH entries a program may be looked up in: absolute folders outside the checkout. An
 * empty or relative entry means "the current folder", which is the checkout when the action
 * runs, and a folder inside the checkout holds whatever the pull request committed there
 * (`node_modules/.bin`).
 */
export function trustedPathEntries(value: string, workspace?: string): string[] {
  const realWorkspace = workspace ? realOrResolved(workspace) : undefined;
  return value.split(path.delimiter).filter((dir) => {
    if (!dir || !path.isAbsolute(dir)) return false;
    if (!realWorkspace) return true;
    return !isInside(realWorkspace, realOrResolved(dir)) && !isInside(path.resolve(workspace!), path.resolve(dir));
  });
}

function realOrResolved(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
