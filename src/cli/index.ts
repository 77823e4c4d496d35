import { parseArgs } from 'node:util';
import path from 'node:path';
import { loadCatalog } from '../catalog/load.js';
import { scanRepository } from '../discover/scan.js';
import { renderScanText } from '../report/scan-text.js';

const USAGE = `Usage: paramedic <command> [DIR] [options]

Commands:
  scan [DIR]    list the critical services DIR depends on in production
  check [DIR]   compare them with the scenarios in the disaster-recovery plan
  draft [DIR]   write scenario stubs for the services the plan does not cover

Options:
  --json              print the machine-readable report
  --rules DIR         a folder of extra or overriding rules
  --exclude GLOB      leave matching paths out (repeatable)
  -h, --help          show this help
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs the CLI; resolves with the exit code. 2 means the command was misused. */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        rules: { type: 'string' },
        exclude: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`paramedic: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const [command, dirArg, ...rest] = parsed.positionals;
  if (parsed.values.help || !command) {
    (parsed.values.help ? io.stdout : io.stderr)(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  if (rest.length > 0) {
    io.stderr(`paramedic: unexpected argument "${rest[0]}"\n\n${USAGE}`);
    return 2;
  }
  const root = path.resolve(dirArg ?? '.');
  const warnings: string[] = [];
  const catalog = await loadCatalog(parsed.values.rules ? path.resolve(parsed.values.rules) : undefined, (m) => warnings.push(m));
  for (const w of warnings) io.stderr(`paramedic: ${w}\n`);

  switch (command) {
    case 'scan': {
      const result = await scanRepository(root, catalog, { exclude: parsed.values.exclude });
      io.stdout(parsed.values.json ? JSON.stringify(result, null, 2) + '\n' : renderScanText(result, root));
      return 0;
    }
    default:
      io.stderr(`paramedic: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}
