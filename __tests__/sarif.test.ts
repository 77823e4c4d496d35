import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/index.js';
import { runAction } from './helpers/action-runner.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, tempDir } from './helpers/repo.js';
import { sarifValidator } from './helpers/sarif-schema.js';

afterAll(cleanupTempDirs);

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

const PACKAGE = (deps: string[]): string => `{\n  "name": "shop",\n  "dependencies": {\n${deps.map((d) => `    ${d}`).join(',\n')}\n  }\n}\n`;

// A covered PostgreSQL, and a Stripe scenario with no steps (a missing-steps finding at line 9).
const PLAN = [
  '# Disaster Recovery Plan',
  '',
  '## Scenario: PostgreSQL primary unavailable',
  '',
  '**Impact:** Orders fail.',
  '',
  '1. Fail over: `aws rds reboot-db-instance --force-failover --db-instance-identifier "$ID"`.',
  '',
  '## Scenario: Stripe outage',
  '',
  '**Impact:** Checkout fails.',
  '',
  'We would look into it.',
  '',
].join('\n');

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
  partialFingerprints: Record<string, string>;
}
interface Rule {
  id: string;
  help: { text: string; markdown: string };
  shortDescription: { text: string };
}
interface Log {
  version: string;
  runs: Array<{ tool: { driver: { name: string; rules: Rule[] } }; results: Result[] }>;
}

function where(r: Result): string {
  const loc = r.locations[0]!.physicalLocation;
  return `${loc.artifactLocation.uri}:${loc.region.startLine}`;
}

/** A repository on main with PostgreSQL and Stripe, and a head commit that adds Redis. */
function prRepo(): { dir: string; base: string; head: string } {
  const dir = makeRepo({ 'package.json': PACKAGE(['"pg": "^8.13.0"', '"stripe": "^17.0.0"']), 'DISASTER_RECOVERY.md': PLAN });
  const base = gitIn(dir, 'rev-parse', 'HEAD').trim();
  const head = commit(dir, { 'package.json': PACKAGE(['"pg": "^8.13.0"', '"stripe": "^17.0.0"', '"ioredis": "^5.4.1"']) });
  return { dir, base, head };
}

describe('SARIF 2.1.0 report', () => {
  it('paramedic check --format sarif: valid against the official schema, the gap at its manifest line, the finding at its plan line', async () => {
    const { dir, base, head } = prRepo();
    const { code, out } = await cli(['check', dir, '--base', base, '--head', head, '--format', 'sarif']);
    expect(code).toBe(1);
    const log = JSON.parse(out) as Log;
    const check = sarifValidator()(log);
    expect(check.errors).toEqual([]);
    expect(check.valid).toBe(true);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('Paramedic');
    const gap = run.results.find((r) => r.ruleId === 'paramedic/gap/cache')!;
    expect(gap.level).toBe('error');
    // "ioredis" is on line 6 of the head's package.json.
    expect(where(gap)).toBe('package.json:6');
    expect(gap.message.text).toMatch(/^Redis \(cache\) is a critical dependency with no recovery scenario in DISASTER_RECOVERY\.md/);
    expect(run.tool.driver.rules[gap.ruleIndex]!.id).toBe('paramedic/gap/cache');
    const rule = run.tool.driver.rules[gap.ruleIndex]!;
    // A command that runs as printed (the bundled CLI and the directory), never a bare `paramedic`.
    expect(rule.help.markdown).toMatch(/\*\*Fix:\*\* Run `node \S+\/cli\/index\.js draft \S+ --write`/);
    expect(rule.help.markdown).not.toMatch(/`(?:npx )?paramedic draft/);
    expect(rule.help.text).toMatch(/Fix: /);
  });

  it('a sweep: every gap is a result under its category rule, each finding under its own rule with help and a fix', async () => {
    const dir = makeRepo({ 'package.json': PACKAGE(['"pg": "^8.13.0"', '"stripe": "^17.0.0"', '"ioredis": "^5.4.1"', '"@aws-sdk/client-s3": "^3.0.0"']), 'DISASTER_RECOVERY.md': PLAN });
    const { code, out } = await cli(['check', dir, '--format', 'sarif', '--fail-on', 'any-gap']);
    expect(code).toBe(1);
    const log = JSON.parse(out) as Log;
    expect(sarifValidator()(log).errors).toEqual([]);
    const run = log.runs[0]!;
    const gaps = run.results.filter((r) => r.ruleId.startsWith('paramedic/gap/'));
    // Stripe's scenario has no steps, so it covers nothing: three gaps, each at its own line.
    expect(gaps.map((r) => [r.ruleId, where(r), r.level]).sort((a, b) => a[1]!.localeCompare(b[1]!))).toEqual([
      ['paramedic/gap/payments', 'package.json:5', 'error'],
      ['paramedic/gap/cache', 'package.json:6', 'error'],
      ['paramedic/gap/storage', 'package.json:7', 'error'],
    ]);
    const steps = run.results.filter((r) => r.ruleId === 'paramedic/missing-steps').map(where);
    expect(steps).toEqual(['DISASTER_RECOVERY.md:3', 'DISASTER_RECOVERY.md:9']);
    expect(run.results.find((r) => r.ruleId === 'paramedic/missing-steps')!.level).toBe('warning');
    expect(run.results.find((r) => r.ruleId === 'paramedic/vague-steps')!.message.text).toMatch(/is vague\. Fix: Name the exact command/);
    const stepsRule = run.tool.driver.rules[run.results.find((r) => r.ruleId === 'paramedic/missing-steps')!.ruleIndex]!;
    expect(stepsRule.id).toBe('paramedic/missing-steps');
    expect(stepsRule.shortDescription.text).toMatch(/numbered steps/);
    expect(stepsRule.help.markdown).toMatch(/\*\*Fix:\*\* /);
    // One rule per id, and every result points at its own.
    expect(new Set(run.tool.driver.rules.map((r) => r.id)).size).toBe(run.tool.driver.rules.length);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('warns rather than errs when the verdict does not fail', async () => {
    const dir = makeRepo({ 'package.json': PACKAGE(['"pg": "^8.13.0"', '"ioredis": "^5.4.1"']), 'DISASTER_RECOVERY.md': PLAN.split('## Scenario: Stripe')[0]! });
    const { code, out } = await cli(['check', dir, '--format', 'sarif', '--fail-on', 'never']);
    expect(code).toBe(0);
    const log = JSON.parse(out) as Log;
    expect(sarifValidator()(log).errors).toEqual([]);
    expect(log.runs[0]!.results.filter((r) => r.ruleId.startsWith('paramedic/gap/')).map((r) => [r.ruleId, r.level])).toEqual([['paramedic/gap/cache', 'warning']]);
    // markdownlint's notices are SARIF notes.
    expect(log.runs[0]!.results.find((r) => r.ruleId === 'paramedic/markdownlint/MD012')?.level).toBe('note');
  });

  it('keeps partialFingerprints stable across runs and when lines move', async () => {
    const { dir, base, head } = prRepo();
    const first = JSON.parse((await cli(['check', dir, '--base', base, '--head', head, '--format', 'sarif'])).out) as Log;
    const again = JSON.parse((await cli(['check', dir, '--base', base, '--head', head, '--format', 'sarif'])).out) as Log;
    const prints = (log: Log): Record<string, string> => Object.fromEntries(log.runs[0]!.results.map((r) => [r.ruleId, r.partialFingerprints['paramedic/v1']!]));
    expect(prints(again)).toEqual(prints(first));
    // Lines above both results move: a new dependency line in the manifest, a paragraph in the plan.
    const moved = commit(dir, {
      'package.json': PACKAGE(['"express": "^4.21.0"', '"pg": "^8.13.0"', '"stripe": "^17.0.0"', '"ioredis": "^5.4.1"']),
      'DISASTER_RECOVERY.md': PLAN.replace('# Disaster Recovery Plan\n', '# Disaster Recovery Plan\n\nOwned by the platform team.\n'),
    });
    const later = JSON.parse((await cli(['check', dir, '--base', base, '--head', moved, '--format', 'sarif'])).out) as Log;
    const gap = later.runs[0]!.results.find((r) => r.ruleId === 'paramedic/gap/cache')!;
    expect(where(gap)).toBe('package.json:7');
    expect(gap.partialFingerprints).toEqual(first.runs[0]!.results.find((r) => r.ruleId === 'paramedic/gap/cache')!.partialFingerprints);
    // Fingerprints are distinct within one run, or code scanning would merge two alerts.
    const all = later.runs[0]!.results.map((r) => r.partialFingerprints['paramedic/v1']);
    expect(new Set(all).size).toBe(all.length);
  });

  it('the schema check can fail: a level SARIF does not know and a missing version are rejected', async () => {
    const { dir, base, head } = prRepo();
    const log = JSON.parse((await cli(['check', dir, '--base', base, '--head', head, '--format', 'sarif'])).out) as Log;
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(sarifValidator()(log).valid).toBe(false);
    delete (log as { version?: string }).version;
    expect(sarifValidator()(log).valid).toBe(false);
  });

  it('--output writes the report to a file, and refuses a symlink planted at that path', async () => {
    const { dir, base, head } = prRepo();
    const file = path.join(dir, 'out', 'paramedic.sarif');
    const { code, out, err } = await cli(['check', dir, '--base', base, '--head', head, '--format', 'sarif', '--output', file]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/FAIL: 1 new critical dependency without a recovery scenario: Redis/);
    expect(sarifValidator()(JSON.parse(readFileSync(file, 'utf8'))).errors).toEqual([]);

    const target = path.join(tempDir(), 'victim');
    writeFileSync(target, 'keep me\n');
    const link = path.join(dir, 'link.sarif');
    symlinkSync(target, link);
    const refused = await cli(['check', dir, '--format', 'sarif', '--output', link]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/--output .*link\.sarif: is a symbolic link; not followed/);
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
  });

  it('--output refuses a folder inside the checked repository that is a symbolic link out of it', async () => {
    const dir = makeRepo({ 'package.json': PACKAGE(['"pg": "^8.13.0"']) });
    const outside = tempDir();
    symlinkSync(outside, path.join(dir, 'reports'));
    const refused = await cli(['check', dir, '--format', 'sarif', '--output', path.join(dir, 'reports', 'paramedic.sarif')]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/--output .*paramedic\.sarif: its folder reports is a symbolic link; not followed/);
    expect(existsSync(path.join(outside, 'paramedic.sarif'))).toBe(false);
  });

  it('rejects an unknown --format and sarif outside check', async () => {
    const dir = makeRepo({ 'package.json': PACKAGE(['"pg": "^8.13.0"']) });
    expect((await cli(['check', dir, '--format', 'xml'])).err).toMatch(/--format xml: expected one of text, json, sarif/);
    expect((await cli(['scan', dir, '--format', 'sarif'])).code).toBe(2);
    expect((await cli(['check', dir, '--json', '--format', 'sarif'])).code).toBe(2);
  });
});

describe('the action writes SARIF', () => {
  it('sarif: PATH writes a valid SARIF file into the workspace and names it in the `sarif` output', async () => {
    const origin = makeRepo({ 'package.json': PACKAGE(['"pg": "^8.13.0"', '"ioredis": "^5.4.1"']), 'DISASTER_RECOVERY.md': PLAN });
    const workspace = path.join(tempDir(), 'ws');
    gitIn(path.dirname(workspace), 'clone', '-q', `file://${origin}`, workspace);
    const run = await runAction({ workspace, eventName: 'workflow_dispatch', payload: { repository: { full_name: 'acme/shop', default_branch: 'main' } }, inputs: { sarif: 'results/paramedic.sarif', token: '' } });
    const file = path.join(workspace, 'results/paramedic.sarif');
    expect(existsSync(file), run.stdout + run.stderr).toBe(true);
    expect(run.outputs.sarif).toBe(file);
    const log = JSON.parse(readFileSync(file, 'utf8')) as Log;
    expect(sarifValidator()(log).errors).toEqual([]);
    expect(log.runs[0]!.results.map((r) => [r.ruleId, where(r)])).toEqual([
      ['paramedic/gap/cache', 'package.json:5'],
      ['paramedic/missing-steps', 'DISASTER_RECOVERY.md:3'],
      ['paramedic/missing-steps', 'DISASTER_RECOVERY.md:9'],
      ['paramedic/vague-steps', 'DISASTER_RECOVERY.md:13'],
    ]);
  });

  it('a symlink at the sarif path fails the step loudly and is never followed', async () => {
    const origin = makeRepo({ 'package.json': PACKAGE(['"pg": "^8.13.0"']), 'DISASTER_RECOVERY.md': PLAN.split('## Scenario: Stripe')[0]! });
    const workspace = path.join(tempDir(), 'ws');
    gitIn(path.dirname(workspace), 'clone', '-q', `file://${origin}`, workspace);
    const target = path.join(tempDir(), 'victim');
    writeFileSync(target, 'keep me\n');
    symlinkSync(target, path.join(workspace, 'paramedic.sarif'));
    const run = await runAction({ workspace, eventName: 'workflow_dispatch', payload: { repository: { full_name: 'acme/shop', default_branch: 'main' } }, inputs: { sarif: 'paramedic.sarif', token: '' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::sarif: .*paramedic\.sarif is a symbolic link; not followed/);
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
  });
});
