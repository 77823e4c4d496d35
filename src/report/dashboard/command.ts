import { appendFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { OrgListing } from '../../org/types.js';
import { mergeResults, readListing, readResults } from '../merge.js';
import { renderDashboard } from './html.js';
import { renderOrgMarkdown } from './markdown.js';

/** Where the command writes (the CLI passes stdout and stderr; tests collect them). */
interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const REPORT_USAGE = `Usage: paramedic report merge DIR [options]

Merges a folder of sweep results (the envelopes \`paramedic org sweep\` writes, or bare
\`paramedic check --json\` reports named owner__name.json) into:
  org-report.json   the organisation report (the contract for other tools)
  org-report.md     Markdown for a job summary
  dashboard.html    a self-contained dashboard (one file, no network)

Options:
  --out DIR              where the three files go (default: the current folder)
  --expect FILE          the listing from \`paramedic org matrix --listing\`: a repository it names
                         with no result is reported as not checked (no report), never dropped
  --org NAME             the organisation's name, for titles (default: the listing's)
  --title TEXT           the dashboard's title
  --github-output FILE   append coverage=, repositories=, checked= and not-checked= lines
`;

/** `paramedic report merge DIR`; resolves with the exit code (2: misuse). */
export async function runReportCommand(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        expect: { type: 'string' },
        org: { type: 'string' },
        title: { type: 'string' },
        'github-output': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`paramedic: ${error instanceof Error ? error.message : String(error)}\n\n${REPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(REPORT_USAGE);
    return 0;
  }
  const [sub, dir, ...rest] = positionals;
  if (sub !== 'merge' || !dir || rest.length > 0) {
    io.stderr(`paramedic: ${sub && sub !== 'merge' ? `unknown report command "${sub}"` : 'report merge needs one folder'}\n\n${REPORT_USAGE}`);
    return 2;
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    io.stderr(`paramedic: ${dir}: no such folder\n`);
    return 2;
  }
  let expected: OrgListing | undefined;
  if (values.expect) {
    try {
      expected = readListing(values.expect);
    } catch (error) {
      io.stderr(`paramedic: --expect ${values.expect}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  const read = readResults(dir);
  for (const w of read.warnings) io.stderr(`paramedic: warning: ${w.path}${w.line ? `:${w.line}` : ''}: ${w.message}\n`);
  const report = mergeResults(read, { expected, ...(values.org ? { organisation: values.org } : {}) });
  const out = path.resolve(values.out ?? '.');
  mkdirSync(out, { recursive: true });
  // Compact: at 1,000 repositories the indented file is half again as large and slower to write.
  writeFileSync(path.join(out, 'org-report.json'), `${JSON.stringify(report)}\n`);
  writeFileSync(path.join(out, 'org-report.md'), renderOrgMarkdown(report));
  writeFileSync(path.join(out, 'dashboard.html'), renderDashboard(report, values.title ? { title: values.title } : {}));
  const r = report.summary.repositories;
  if (values['github-output']) {
    appendFileSync(values['github-output'], `coverage=${report.summary.coverage.percent}\nrepositories=${r.total}\nchecked=${r.checked}\nnot-checked=${r.total - r.checked}\n`);
  }
  io.stdout(
    `${r.total} repositories: ${r.checked} checked, ${r.total - r.checked} not checked; ${report.summary.coverage.covered}/${report.summary.coverage.total} critical services covered (${report.summary.coverage.percent}%)\nwrote ${path.join(out, 'org-report.json')}, org-report.md, dashboard.html\n`,
  );
  return 0;
}
