import { existsSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../src/catalog/load.js';
import { runCheck } from '../src/check/run.js';
import { ConfigError } from '../src/config/schema.js';
import { diffDependencies } from '../src/diff/index.js';
import { scanRepository, type ScanResult } from '../src/discover/scan.js';
import { MAX_FILE_BYTES } from '../src/discover/source.js';
import { renderCheckText } from '../src/report/check-text.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { binaryManifest, deeplyNestedJson, oversizedPackageJson, SECRETS, windowsText, yamlAliasBomb } from './helpers/hostile.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, tempDir } from './helpers/repo.js';
import { evidenceById } from './helpers/scan.js';

/**
 * Hostile repositories through the real scan (git ls-files, the working-tree reader, every
 * extractor) and the real check: each run must finish, name the bad file in a warning, and
 * still find what the good files beside it declare.
 */

afterAll(cleanupTempDirs);

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

/** A package.json whose only service is PostgreSQL (pg at line 4). */
const GOOD_PACKAGE_JSON = ['{', '  "name": "shop",', '  "dependencies": {', '    "pg": "^8.13.0"', '  }', '}', ''].join('\n');

async function timedScan(root: string): Promise<{ result: ScanResult; ms: number }> {
  const started = performance.now();
  const result = await scanRepository(root, catalog);
  return { result, ms: performance.now() - started };
}

function warningsFor(result: ScanResult, file: string): string[] {
  return result.warnings.filter((w) => w.path === file).map((w) => w.message);
}

describe('hostile manifests in a real scan', () => {
  it('a YAML alias bomb (billion laughs) is refused, not expanded, in every YAML manifest; the package.json beside it still counts', async () => {
    const bomb = yamlAliasBomb();
    const bombs = {
      'docker-compose.yml': bomb,
      'k8s/deployment.yaml': `apiVersion: apps/v1\nkind: Deployment\n${bomb}`,
      'charts/app/values.yaml': bomb,
      'render.yaml': bomb,
      'serverless.yml': bomb,
    };
    const root = makeRepo({ ...bombs, 'package.json': GOOD_PACKAGE_JSON });
    const { result, ms } = await timedScan(root);
    expect(ms).toBeLessThan(5_000);
    expect(evidenceById(result)).toEqual({ postgresql: ['package.json:4'] });
    expect(warningsFor(result, 'docker-compose.yml')).toEqual(['invalid YAML: Excessive alias count indicates a resource exhaustion attack']);
    // The warning points at the first alias (line 2 of the bomb).
    expect(result.warnings.find((w) => w.path === 'docker-compose.yml')?.line).toBe(2);
    // Files read through the shared YAML reader refuse the bomb; serverless.yml's reader never expands aliases, so it only has to finish.
    for (const file of Object.keys(bombs).filter((f) => f !== 'serverless.yml')) expect(warningsFor(result, file).length, `${file} warns`).toBeGreaterThan(0);
  });

  it('a package.json nested 100,000 levels deep becomes a warning, not a stack overflow; the good one still counts', async () => {
    const root = makeRepo({ 'legacy/package.json': deeplyNestedJson(100_000), 'package.json': GOOD_PACKAGE_JSON });
    const { result } = await timedScan(root);
    expect(evidenceById(result)).toEqual({ postgresql: ['package.json:4'] });
    expect(result.warnings).toEqual([{ path: 'legacy/package.json', line: 1, message: 'invalid JSON: nested too deeply to read' }]);
  });

  it('a 50 MB package.json is skipped with a warning naming it, without being read', async () => {
    const root = makeRepo({ 'package.json': GOOD_PACKAGE_JSON, 'huge/package.json': oversizedPackageJson(50 * 1024 * 1024) });
    const { result, ms } = await timedScan(root);
    expect(ms).toBeLessThan(2_000);
    expect(warningsFor(result, 'huge/package.json')).toEqual([`file is 50.0 MB, over the ${MAX_FILE_BYTES / 1048576} MB cap; skipped`]);
    // Its mongodb dependency is never read.
    expect(evidenceById(result)).toEqual({ postgresql: ['package.json:4'] });
  });

  it('a binary file named package.json is skipped as binary; its JSON-looking start is not read', async () => {
    const root = makeRepo({ 'package.json': GOOD_PACKAGE_JSON, 'assets/package.json': binaryManifest() });
    const { result } = await timedScan(root);
    expect(warningsFor(result, 'assets/package.json')).toEqual(['binary file skipped']);
    expect(evidenceById(result)).toEqual({ postgresql: ['package.json:4'] });
  });

  it('CRLF manifests with a byte order mark are parsed like their LF twins, with the lines an editor shows', async () => {
    const manifests: Record<string, string[]> = {
      'package.json': ['{', '  "dependencies": {', '    "pg": "^8.13.0"', '  }', '}'],
      'docker-compose.yml': ['services:', '  cache:', '    image: redis:7', '    environment:', '      - CACHE_TTL=60'],
      'requirements.txt': ['# production', 'pymongo==4.6.0'],
      '.env.example': ['# Queue', 'AMQP_URL='],
      'pyproject.toml': ['[project]', 'name = "shop"', 'dependencies = [', '  "celery>=5",', '  "mysqlclient>=2.2",', ']'],
    };
    const windows = makeRepo(Object.fromEntries(Object.entries(manifests).map(([file, lines]) => [file, windowsText(lines)])));
    const unix = makeRepo(Object.fromEntries(Object.entries(manifests).map(([file, lines]) => [file, lines.join('\n') + '\n'])));
    const { result } = await timedScan(windows);
    expect(result.warnings).toEqual([]);
    expect(evidenceById(result)).toEqual({
      mongodb: ['requirements.txt:2'],
      mysql: ['pyproject.toml:5'],
      postgresql: ['package.json:3'],
      rabbitmq: ['.env.example:2'],
      redis: ['docker-compose.yml:3'],
    });
    expect(evidenceById(result)).toEqual(evidenceById((await timedScan(unix)).result));
  });

  it('unicode and spaces in folder and file names are listed and reported as written', async () => {
    const root = makeRepo({
      'services/billing api/package.json': GOOD_PACKAGE_JSON,
      'サービス/キャッシュ/docker-compose.yml': 'services:\n  cache:\n    image: redis:7\n',
      'émoji 🚑/requirements.txt': 'pymongo==4.6.0\n',
    });
    const { result } = await timedScan(root);
    expect(result.warnings).toEqual([]);
    expect(evidenceById(result)).toEqual({
      mongodb: ['émoji 🚑/requirements.txt:1'],
      postgresql: ['services/billing api/package.json:4'],
      redis: ['サービス/キャッシュ/docker-compose.yml:3'],
    });
  });

  it('paths starting with "-" are read as paths, never as git options, in a scan and in a pull-request diff', async () => {
    const root = makeRepo({ 'package.json': '{"name": "shop"}\n' });
    const base = gitIn(root, 'rev-parse', 'HEAD').trim();
    const head = commit(root, {
      '-rf/package.json': GOOD_PACKAGE_JSON,
      '--output=x/package.json': '{\n  "dependencies": { "ioredis": "5" }\n}\n',
    });
    const { result } = await timedScan(root);
    expect(result.warnings).toEqual([]);
    expect(evidenceById(result)).toEqual({ postgresql: ['-rf/package.json:4'], redis: ['--output=x/package.json:2'] });

    const diff = await diffDependencies(root, { base, head }, catalog);
    expect(diff.warnings).toEqual([]);
    expect(diff.headDeps.map((d) => `${d.id} ${d.evidence.map((e) => `${e.path}:${e.line}`).join(' ')}`).sort()).toEqual([
      'postgresql -rf/package.json:4',
      'redis --output=x/package.json:2',
    ]);
    // An option named by a file would have written this file (git --output=x) or failed the diff.
    expect(existsSync(path.join(root, 'x'))).toBe(false);
    expect(gitIn(root, 'status', '--porcelain')).toBe('');
  });

  it('a symbolic link to a file outside the repository is not followed; the scan warns and goes on', async () => {
    const outside = tempDir('paramedic-outside-');
    writeFileSync(path.join(outside, 'package.json'), '{"dependencies": {"mongodb": "6"}}');
    const root = makeRepo({ 'package.json': GOOD_PACKAGE_JSON });
    mkdirSync(path.join(root, 'linked'));
    symlinkSync(path.join(outside, 'package.json'), path.join(root, 'linked', 'package.json'));
    commit(root, {}, 'add a link out');
    expect(gitIn(root, 'ls-files', '-s', 'linked/package.json')).toMatch(/^120000 /); // git stores it as a link
    const { result } = await timedScan(root);
    expect(warningsFor(result, 'linked/package.json')).toEqual(['symbolic link leaves the repository; not followed']);
    expect(evidenceById(result)).toEqual({ postgresql: ['package.json:4'] });
  });
});

describe('hostile configuration and plans in a real check', () => {
  it('a config whose doc-path leaves the repository is refused with an error naming the key and line', async () => {
    const root = makeRepo({ '.github/paramedic.yml': 'fail-on: any-gap\ndoc-path: ../../etc/passwd\n', 'package.json': GOOD_PACKAGE_JSON });
    await expect(runCheck(root)).rejects.toThrow(new ConfigError('.github/paramedic.yml:2: doc-path: must be a path inside the repository (got "../../etc/passwd")'));
  });

  it('a config whose rules folder leaves the repository is refused with an error naming the key and line', async () => {
    for (const rules of ['../outside', '/etc', 'rules/../../outside']) {
      const root = makeRepo({ '.github/paramedic.yml': `rules: ${rules}\n`, 'package.json': GOOD_PACKAGE_JSON });
      await expect(runCheck(root)).rejects.toThrow(new ConfigError(`.github/paramedic.yml:1: rules: must be a path inside the repository (got "${rules}")`));
    }
  });

  it('paths inside the repository stay allowed, written with ./ too', async () => {
    const root = makeRepo({
      '.github/paramedic.yml': 'doc-path: ./ops/DR.md\nrules: .github/paramedic-rules\n',
      'ops/DR.md': '# DR\n\n## Scenario: PostgreSQL down\n\n**Impact:** none.\n\n1. Fail over: `aws rds reboot-db-instance --force-failover`.\n',
      'package.json': GOOD_PACKAGE_JSON,
    });
    const { report } = await runCheck(root, { warn: () => undefined });
    expect(report.doc).toBe('ops/DR.md');
    expect(report.gaps).toEqual([]);
  });

  it('a plan or config file that is a symbolic link leaving the repository is not read', async () => {
    const outside = tempDir('paramedic-outside-');
    writeFileSync(path.join(outside, 'notes.md'), '# Private\n\n## Scenario: PostgreSQL down\n\n1. Restore from the private runbook.\n');
    writeFileSync(path.join(outside, 'paramedic.yml'), 'fail-on: never\n');
    const root = makeRepo({ 'package.json': GOOD_PACKAGE_JSON });
    symlinkSync(path.join(outside, 'notes.md'), path.join(root, 'DISASTER_RECOVERY.md'));
    commit(root, {}, 'link the plan out');
    const warnings: string[] = [];
    const { report } = await runCheck(root, { warn: (m) => warnings.push(m) });
    expect(warnings).toEqual(['the plan DISASTER_RECOVERY.md is a symbolic link that leaves the repository; not read']);
    expect(report.doc).toBeNull();
    expect(report.gaps).toEqual(['postgresql']);

    mkdirSync(path.join(root, '.github'));
    symlinkSync(path.join(outside, 'paramedic.yml'), path.join(root, '.github', 'paramedic.yml'));
    await expect(runCheck(root)).rejects.toThrow(new ConfigError('.github/paramedic.yml: the config file is a symbolic link that leaves the repository; not read'));
  });

  it('a plan that is one huge unclosed code fence has no scenarios, and shellcheck does not hold the check for minutes', async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `## Scenario: Redis down ${i}\n1. \`redis-cli ping\``).join('\n');
    const root = makeRepo({ 'DISASTER_RECOVERY.md': `# Plan\n\n\`\`\`bash\n${body}\n`, 'package.json': GOOD_PACKAGE_JSON });
    const warnings: string[] = [];
    const started = performance.now();
    const { report, plan } = await runCheck(root, { warn: (m) => warnings.push(m) });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(report.doc).toBe('DISASTER_RECOVERY.md');
    expect(plan?.scenarios).toEqual([]);
    expect(report.gaps).toEqual(['postgresql']);
    expect(report.findings.filter((f) => f.rule.startsWith('shellcheck'))).toEqual([]);
    expect(warnings.filter((w) => w.startsWith('shellcheck'))).toEqual([
      'shellcheck skipped 1 shell block of the plan (first at line 3): over 500 lines in one block or 2000 in all',
    ]);
  });

  it('secrets in the plan and in manifests never reach the JSON, text or Markdown report', async () => {
    const url = `postgres://admin:${SECRETS.dbPassword}@db.prod.acme-corp.io:5432/shop`;
    const root = makeRepo({
      'package.json': GOOD_PACKAGE_JSON,
      '.env.example': `DATABASE_URL=${url}\nREDIS_URL=redis://:${SECRETS.dbPassword}@cache.acme-corp.io:6379\nSTRIPE_SECRET_KEY=${SECRETS.stripeKey}\nAWS_ACCESS_KEY_ID=${SECRETS.awsKeyId}\n`,
      'broken/package.json': `{\n  "dependencies": { "pg": "${url}",, }\n}\n`,
      'broken/pyproject.toml': `[project]\ndependencies = ["psycopg2", token = "${SECRETS.stripeKey}"\n`,
      'docker-compose.yml': `services:\n  api:\n    image: acme/api:1\n    environment:\n      DATABASE_URL: ${url}\n      AWS_SECRET_ACCESS_KEY: ${SECRETS.awsSecret}\n`,
      'DISASTER_RECOVERY.md': [
        '# Disaster Recovery Plan',
        '',
        `<!-- paramedic: covers redis -- the vendor runs it; login ${url} -->`,
        '',
        `## Scenario: PostgreSQL down (key ${SECRETS.awsKeyId})`,
        '',
        `**Impact:** checkout stops; the key ${SECRETS.stripeKey} keeps charging.`,
        '',
        `1. Try restarting the server with key ${SECRETS.awsKeyId}. If that doesn't work, message DevOps.`,
        '1. Check it: `psql ' + url + '`.',
        `2. Fail over: \`aws rds reboot-db-instance --force-failover\` with AWS_SECRET_ACCESS_KEY=${SECRETS.awsSecret}.`,
        '',
        '```bash',
        `export PGPASSWORD=${SECRETS.dbPassword}`,
        `psql "${url}" -c 'select 1'`,
        '```',
        '',
        '| Service | Key |',
        '|---|---|',
        `| Stripe | ${SECRETS.stripeKey} |`,
        '',
      ].join('\n'),
    });
    const warnings: string[] = [];
    const { report } = await runCheck(root, { warn: (m) => warnings.push(m) });
    // The plan was read and linted: the secrets were seen and reported by kind, and the text
    // that quotes the plan (title, marker reason, vague step) carries a mask instead of the value.
    expect(report.findings.filter((f) => f.rule === 'hardcoded-secret').map((f) => f.line)).toEqual([3, 5, 7, 9, 10, 14, 15, 20]);
    expect(report.scenarios.map((s) => s.title)).toEqual(['PostgreSQL down (key [redacted])']);
    expect(report.dependencies.find((d) => d.id === 'redis')?.coveredBecause).toContain('login postgres://admin:[redacted]@db.prod.acme-corp.io:5432/shop');
    expect(report.findings.find((f) => f.rule === 'vague-steps')?.message).toContain('Try restarting the server with key [redacted].');
    const outputs = {
      json: JSON.stringify(report),
      text: renderCheckText(report, root),
      markdown: renderMarkdown(report, { maxChars: 60_000 }),
      warnings: warnings.join('\n'),
    };
    for (const [name, output] of Object.entries(outputs)) {
      for (const secret of Object.values(SECRETS)) expect(output.includes(secret), `${name} holds ${secret}`).toBe(false);
    }
  });
});
