import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import path from 'node:path';
import type { PipelineResult } from '../check/pipeline.js';
import type { Config, ConfigError } from '../config/schema.js';
import { escapeLogLines } from '../util/log-text.js';
import { packageVersion } from './version.js';

// The arguments are read first and each command loads its own stage with import(): `--help`
// and a usage error load nothing more, and `scan` never loads the plan's lint.

const USAGE = `Usage: paramedic <command> [DIR] [options]

Commands:
  scan [DIR]    list the critical services DIR depends on in production
  check [DIR]   compare them with the scenarios in the disaster-recovery plan
  draft [DIR]   write scenario stubs for the services the plan does not cover
  org <list|matrix|sweep> ORG   sweep an organisation (paramedic org --help)
  report merge DIR              merge sweep reports into JSON, Markdown and an HTML dashboard

Options:
  --json                 print the machine-readable report
  --base REF --head REF  check only what changed between two revisions (pull-request mode)
  --doc PATH             the plan (default: DISASTER_RECOVERY.md at the root or in docs/)
  --fail-on POLICY       new-gaps (default), any-gap or never
  --fail-on-confidence C the weakest evidence a gap needs to fail: likely (default), confirmed or possible
  --config PATH          config file (default: .github/paramedic.yml when present)
  --rules DIR            a folder of extra or overriding rules
  --exclude GLOB         leave matching paths out (repeatable)
  --write                draft: insert the stubs into the plan instead of printing them
  --version              print the version
  -h, --help             show this help

Exit codes: 0 pass or warn, 1 the check failed, 2 the command was misused.
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** A usage error: one line, exit 2. */
function usage(io: CliIo, message: string): number {
  io.stderr(`paramedic: ${message}\n`);
  return 2;
}

/** Every problem of a config, each on its own line (file:line: message), exit 2. */
function configProblems(io: CliIo, error: ConfigError): number {
  for (const problem of error.problems) io.stderr(`paramedic: ${problem}\n`);
  return 2;
}

/** Runs the CLI; resolves with the exit code. 2 means the command was misused. */
export async function runCli(argv: string[], rawIo: CliIo = defaultIo): Promise<number> {
  // Everything printed carries repository text (paths, names, titles): no line of it may be a workflow command.
  const io: CliIo = { stdout: (text) => rawIo.stdout(escapeLogLines(text)), stderr: (text) => rawIo.stderr(escapeLogLines(text)) };
  // Organisation sweeps take their own options (src/org, src/report/dashboard).
  if (argv[0] === 'org') return (await import('../org/command.js')).runOrgCommand(argv.slice(1), io);
  if (argv[0] === 'report') return (await import('../report/dashboard/command.js')).runReportCommand(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        base: { type: 'string' },
        head: { type: 'string' },
        doc: { type: 'string' },
        'fail-on': { type: 'string' },
        'fail-on-confidence': { type: 'string' },
        config: { type: 'string' },
        rules: { type: 'string' },
        exclude: { type: 'string', multiple: true },
        write: { type: 'boolean', default: false },
        version: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`paramedic: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values } = parsed;
  const [command, dirArg, ...rest] = parsed.positionals;
  if (values.version) {
    io.stdout(`paramedic ${packageVersion()}\n`);
    return 0;
  }
  if (values.help || !command) {
    (values.help ? io.stdout : io.stderr)(USAGE);
    return values.help ? 0 : 2;
  }
  if (rest.length > 0) {
    io.stderr(`paramedic: unexpected argument "${rest[0]}"\n\n${USAGE}`);
    return 2;
  }
  if (values.head && !values.base) {
    io.stderr('paramedic: --head needs --base\n');
    return 2;
  }
  const root = path.resolve(dirArg ?? '.');
  const shownDir = dirArg ?? '.';
  // Usage errors are one line: a DIR that is not there must never read as a clean pass.
  if (!existsSync(root)) return usage(io, `${shownDir}: no such directory`);
  if (!statSync(root).isDirectory()) return usage(io, `${shownDir}: not a directory`);
  const prMode = Boolean(values.base);
  if (values.doc && !prMode && !existsSync(path.resolve(root, values.doc))) return usage(io, `--doc ${values.doc}: no such file in ${shownDir}`);
  const warn = (m: string): void => io.stderr(`paramedic: warning: ${m}\n`);

  const { ConfigError, mergeConfig, parseSettings } = await import('../config/schema.js');
  const { loadConfigFile } = await import('../check/run.js');
  let settings: Partial<Config>;
  // A --config path is the user's own file, relative to DIR: read from disk in both modes.
  const configFile = values.config ? path.resolve(root, values.config) : undefined;
  let config: Config;
  try {
    const flags: Record<string, unknown> = {};
    if (values['fail-on']) flags['fail-on'] = values['fail-on'];
    if (values['fail-on-confidence']) flags['fail-on-confidence'] = values['fail-on-confidence'];
    if (values.doc) flags['doc-path'] = values.doc;
    if (values.rules) flags.rules = path.resolve(values.rules);
    if (values.exclude) flags.exclude = values.exclude;
    settings = parseSettings(flags, (key) => `--${key === 'doc-path' ? 'doc' : key}`);
    // `check` in pull-request mode reads the config at the merge base (the pipeline does that).
    config = command === 'check' && prMode ? mergeConfig(settings) : mergeConfig(loadConfigFile(root, configFile), settings);
  } catch (error) {
    if (error instanceof ConfigError) return configProblems(io, error);
    throw error;
  }

  switch (command) {
    case 'scan': {
      const [{ loadCatalog }, { scanRepository }, { renderScanText }, { jsonForLog }] = await Promise.all([
        import('../catalog/load.js'),
        import('../discover/scan.js'),
        import('../report/scan-text.js'),
        import('../util/log-text.js'),
      ]);
      const catalog = await loadCatalog(config.rules || undefined, warn, root);
      const result = await scanRepository(root, catalog, { exclude: config.exclude });
      io.stdout(values.json ? jsonForLog(result) + '\n' : renderScanText(result, root));
      return 0;
    }
    case 'check': {
      const [{ checkRepository, RevisionInputError }, { RevisionError }, { renderCheckText }, { jsonForLog }] = await Promise.all([
        import('../check/pipeline.js'),
        import('../diff/fetch.js'),
        import('../report/check-text.js'),
        import('../util/log-text.js'),
      ]);
      let result: PipelineResult;
      try {
        result = await checkRepository(root, {
          ...(prMode ? { configFile, settings } : { config }),
          ...(prMode ? { base: values.base!, head: values.head ?? 'HEAD', baseLabel: '--base', headLabel: '--head' } : {}),
          warn,
          log: (m) => (values.json ? undefined : io.stderr(`${m}\n`)),
        });
      } catch (error) {
        if (error instanceof RevisionInputError) return usage(io, `${error.label} ${error.revision}: ${error.reason}`);
        if (error instanceof RevisionError) return usage(io, error.message.split('\n')[0]!);
        if (error instanceof ConfigError) return configProblems(io, error);
        throw error;
      }
      io.stdout(values.json ? jsonForLog(result.report) + '\n' : renderCheckText(result.report, root, result.plan?.chosenBecause));
      return result.report.verdict === 'fail' ? 1 : 0;
    }
    case 'draft': {
      const { runDraftCommand } = await import('../draft/command.js');
      return runDraftCommand(root, { config, write: values.write, json: values.json, ...(values.base ? { base: values.base, head: values.head ?? 'HEAD' } : {}) }, io);
    }
    default:
      io.stderr(`paramedic: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}
