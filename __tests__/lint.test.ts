import { chmodSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itWithShellcheck } from './helpers/shellcheck-gate.js';
import { loadCatalog, type Catalog } from '../src/catalog/load.js';
import type { Finding } from '../src/check/types.js';
import { DEFAULT_CONFIG, type Config } from '../src/config/schema.js';
import { listRepositoryFiles } from '../src/discover/files.js';
import { lintPlan, type LintContext } from '../src/lint/index.js';
import { parsePlan } from '../src/plan/parse.js';
import { runCli } from '../src/cli/index.js';
import { HAVE_SEEDS, SEEDS_DIR, cleanupTempDirs, makeRepo, tempDir, writeTree } from './helpers/repo.js';

afterAll(cleanupTempDirs);

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog(undefined, () => undefined);
});

interface LintRun {
  findings: Finding[];
  warnings: string[];
}

async function lintText(text: string, options: { root?: string; config?: Partial<Config>; dependencyIds?: string[]; covers?: Record<string, string[]>; now?: string; planPath?: string } = {}): Promise<LintRun> {
  const root = options.root ?? tempDir();
  const planPath = options.planPath ?? 'DISASTER_RECOVERY.md';
  const files = await listRepositoryFiles(root, { exclude: [] });
  const warnings: string[] = [];
  const context: LintContext = {
    root,
    repoFiles: new Set(files),
    config: { ...DEFAULT_CONFIG, ...options.config },
    catalog,
    dependencyIds: new Set(options.dependencyIds ?? catalog.rules.map((r) => r.id)),
    scenarioCovers: new Map(Object.entries(options.covers ?? {})),
    now: new Date(options.now ?? '2026-11-23T00:00:00Z'),
    warn: (m) => warnings.push(m),
  };
  return { findings: await lintPlan(parsePlan(text, planPath), context), warnings };
}

const at = (findings: Finding[], rule: string): number[] => findings.filter((f) => f.rule === rule).map((f) => f.line);
const rulesOf = (findings: Finding[]): string[] => [...new Set(findings.map((f) => f.rule))].sort();

/** A scenario in the house standard: impact, numbered steps with commands, no literals. */
const GOOD = [
  '# Disaster Recovery Plan', // 1
  '', // 2
  '## Scenario: PostgreSQL primary unavailable', // 3
  '', // 4
  '**Impact:** every order write fails.', // 5
  '', // 6
  '1. Promote the replica: `aws rds promote-read-replica --db-instance-identifier "$REPLICA_ID"`.', // 7
  '2. Point the app at it: update `DATABASE_URL` in the vault and redeploy.', // 8
  '3. Verify: `pg_isready -d "$DATABASE_URL"`.', // 9
  '',
].join('\n');

describe('scenario content rules', () => {
  it('a scenario in the house standard has no content findings', async () => {
    const { findings } = await lintText(GOOD);
    expect(findings.filter((f) => !f.rule.startsWith('markdownlint'))).toEqual([]);
  });

  it("flags the brief's bad example as vague and a scenario without steps or impact", async () => {
    const plan = [
      '# DR', // 1
      '', // 2
      '## Scenario: Redis cache fails', // 3
      '', // 4
      '- Try restarting the server. If that doesn\'t work, message DevOps.', // 5
      '- Check the dashboard.', // 6
      '', // 7
      '## Scenario: Stripe outage', // 8
      '', // 9
      'Impact: checkout stops.', // 10
      '', // 11
      '1. Update the status page: `statuspage incident create --name "Payments degraded"`.', // 12
      '2. Message DevOps.', // 13
      '',
    ].join('\n');
    const { findings } = await lintText(plan);
    expect(at(findings, 'vague-steps')).toEqual([5, 13]);
    expect(at(findings, 'missing-steps')).toEqual([3]);
    expect(at(findings, 'missing-impact')).toEqual([3]);
    const vague = findings.find((f) => f.rule === 'vague-steps')!;
    expect(vague).toMatchObject({ severity: 'warning', path: 'DISASTER_RECOVERY.md' });
    expect(vague.message).toContain('Redis cache fails');
    expect(vague.hint).toMatch(/exact command/);
  });

  it('counts "Step N" sub-sections and a runbook script as explicit steps', async () => {
    const plan = [
      '## Scenario 1: Complete Database Loss',
      '',
      '**Impact**: no reads or writes.',
      '',
      '#### Step 1: Identify the latest backup',
      '',
      'Look in the bucket.',
      '',
      '#### Step 2: Restore it',
      '',
      'Use the console.',
      '',
      '### 2. Cache failure',
      '',
      'Impact: slow pages.',
      '',
      '```bash',
      'redis-cli -u "$REDIS_URL" ping',
      'kubectl rollout restart deploy/cache',
      '```',
      '',
    ].join('\n');
    const { findings } = await lintText(plan);
    expect(at(findings, 'missing-steps')).toEqual([]);
    expect(at(findings, 'missing-impact')).toEqual([]);
  });
});

describe('hard-coded secrets and hosts', () => {
  const SECRETS = {
    awsKey: 'AKIAZ7Q3EXAMPLEKEY12',
    stripe: 'sk_live_51HxQabcdefghijklmnop',
    github: 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB',
    urlPassword: 'Tr0ub4dor-and-3',
    assigned: 'hunter2-prod-9',
  };
  const plan = [
    '## Scenario: PostgreSQL primary unavailable', // 1
    '', // 2
    'Impact: everything.', // 3
    '', // 4
    '```bash', // 5
    `export AWS_ACCESS_KEY_ID=${SECRETS.awsKey}`, // 6
    `psql "postgres://admin:${SECRETS.urlPassword}@db.prod.acme-corp.io:5432/app"`, // 7
    `PGPASSWORD=${SECRETS.assigned} pg_dump -h db.prod.acme-corp.io app > dump.sql`, // 8
    'PGPASSWORD="$DB_PASSWORD" psql -h "$PGHOST" -c "select 1"', // 9
    'redis-cli -h 127.0.0.1 ping', // 10
    'curl -s http://10.0.3.17:8080/health', // 11
    'aws ec2 authorize-security-group-ingress --cidr 10.0.0.0/16', // 12
    'psql "postgres://app@postgres:5432/app"', // 13
    '```', // 14
    '', // 15
    `1. Rotate the Stripe key ${SECRETS.stripe} in the dashboard.`, // 16
    `2. The deploy token was ${SECRETS.github}.`, // 17
    '3. Password: kept in 1Password under "prod-db".', // 18
    '4. Connect with `psql "postgres://$DB_USER:$DB_PASSWORD@$DB_HOST/app"`.', // 19
    '5. Old primary was at 192.168.14.2; the docs example 192.0.2.10 is fine.', // 20
    '',
  ].join('\n');

  it('finds each kind on its own line and never repeats the value', async () => {
    const { findings } = await lintText(plan);
    expect(at(findings, 'hardcoded-secret')).toEqual([6, 7, 8, 16, 17]);
    expect(at(findings, 'hardcoded-host')).toEqual([7, 8, 11, 20]);
    const text = JSON.stringify(findings);
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(findings.find((f) => f.line === 6 && f.rule === 'hardcoded-secret')!.message).toMatch(/AWS access key id/);
    expect(findings.find((f) => f.line === 7 && f.rule === 'hardcoded-secret')!.message).toMatch(/password in a postgres:\/\/ URL/);
    expect(findings.find((f) => f.line === 20 && f.rule === 'hardcoded-host')!.message).toBe('Hard-coded IP address 192.168.14.2.');
    expect(findings.find((f) => f.rule === 'hardcoded-secret')!.severity).toBe('error');
  });
});

describe('secrets and hosts in the forms real plans write them', () => {
  const VALUES = ['Hunter2Prod!', 'P@ssw0rd-2024', 'Qz8!vLm2Rt', 'n0tS0Secret#1', 's3cretPass9', 'admin:Adm1nPass'];
  const plan = [
    '## Scenario: PostgreSQL primary unavailable', // 1
    '', // 2
    'Impact: checkout fails.', // 3
    '', // 4
    '1. The admin password is `Hunter2Prod!` until we rotate it.', // 5
    '2. Emergency login: password: P@ssw0rd-2024', // 6
    '3. Run `pgbouncer-admin --password Qz8!vLm2Rt reload`.', // 7
    '4. Check the cache: `redis-cli -h redis -a n0tS0Secret#1 ping`.', // 8
    '5. Call the API: `curl -u admin:Adm1nPass https://api.internal-tools.io/failover`.', // 9
    '', // 10
    '| User | Password |', // 11
    '|---|---|', // 12
    '| replicator | s3cretPass9 |', // 13
    '| app | `$APP_DB_PASSWORD` (vault) |', // 14
    '', // 15
    '6. Password: kept in 1Password under "prod-db"; the API key: `SENDGRID_API_KEY` in the vault.', // 16
    '7. The token is rotated monthly; the secret lives at `secret/prod/db`.', // 17
    '8. Placeholders stay placeholders: `sk_live_xxxxxxxxxxxxxxxxxxxxxxxx`, `--password "$ADMIN_PASSWORD"`, `--password <PASSWORD>`.', // 18
    '9. The primary answers on 10.20.30.40.', // 19
    '10. Reach it with `ssh ops@bastion.prod.acme-corp.io` or `psql "host=db1.prod.acme-corp.io port=5432 dbname=app"`.', // 20
    '11. The old server was prod-db-01.acme-corp.internal, behind proxy.rlwy.net:29274.', // 21
    '12. Fine: `dig @8.8.8.8 api.acme-corp.io`, <https://status.stripe.com>, `redis.io`, `db.orders.countDocuments()`, `psql -h db.your-domain.com`, `host.docker.internal`.', // 22
    '',
  ].join('\n');

  it('finds credentials in prose, flags and tables, and hosts in prose and ssh/libpq commands, never repeating a value', async () => {
    const { findings } = await lintText(plan);
    expect(at(findings, 'hardcoded-secret')).toEqual([5, 6, 7, 8, 9, 13]);
    expect(at(findings, 'hardcoded-host')).toEqual([19, 20, 21]);
    const hostsOn = (line: number): string => findings.find((f) => f.line === line && f.rule === 'hardcoded-host')!.message;
    for (const host of ['bastion.prod.acme-corp.io', 'db1.prod.acme-corp.io']) expect(hostsOn(20)).toContain(`host ${host}`);
    for (const host of ['prod-db-01.acme-corp.internal', 'proxy.rlwy.net']) expect(hostsOn(21)).toContain(`host ${host}`);
    const text = JSON.stringify(findings);
    for (const value of VALUES) expect(text).not.toContain(value);
  });
});

describe('vague instructions and bare script names', () => {
  it('a vague sentence outside a list is found at its line; a step holding a secret is not quoted', async () => {
    const plan = [
      '## Scenario: Redis cache fails', // 1
      '', // 2
      '**Impact:** sessions drop.', // 3
      '', // 4
      'If Redis goes down, try restarting the server. If that doesn\'t work, message DevOps.', // 5
      '', // 6
      '1. Let it finish syncing, then run `redis-cli -u "$REDIS_URL" ping`.', // 7
      '2. If that doesn\'t work, run `./scripts/restore-cache.sh`.', // 8
      '3. Try restarting it with `PASSWORD=Hunter2Prod!`; if that doesn\'t work, ask someone.', // 9
      '4. Try restarting the node with password Hunter2Prod! and ask someone.', // 10
      '',
    ].join('\n');
    const { findings } = await lintText(plan);
    expect(at(findings, 'vague-steps')).toEqual([5, 10]);
    expect(findings.find((f) => f.line === 5 && f.rule === 'vague-steps')!.message).toContain('If Redis goes down, try restarting the server.');
    expect(JSON.stringify(findings)).not.toContain('Hunter2Prod');
  });

  it('a script named without a folder must exist somewhere in the repository', async () => {
    const root = makeRepo({ 'ops/promote.py': 'print(1)\n' });
    const plan = [
      '## Scenario: Database failover', // 1
      '', // 2
      'Impact: writes fail.', // 3
      '', // 4
      '1. Trigger the Terraform script `failover-redis.tf`.', // 5
      '2. Run `python3 promote.py --to "$REPLICA"`, then `failover.sh`.', // 6
      '', // 7
      '   ```bash', // 8
      '   bash warm-cache.sh "$REDIS_URL"', // 9
      '   # restore.sh is only named in a comment', // 10
      '   ```', // 11
      '',
    ].join('\n');
    const { findings } = await lintText(plan, { root });
    expect(findings.filter((f) => f.rule === 'missing-script').map((f) => [f.line, f.message])).toEqual([
      [5, 'failover-redis.tf is referenced but no file of that name exists in the repository.'],
      [6, 'failover.sh is referenced but no file of that name exists in the repository.'],
      [9, 'warm-cache.sh is referenced but no file of that name exists in the repository.'],
    ]);
  });
});

describe('references to scripts and files', () => {
  it('flags a script that does not exist and accepts one that does, with the line', async () => {
    const root = makeRepo({ 'scripts/failover-db.sh': '#!/bin/sh\n', 'docs/runbooks/redis.md': '# Redis\n', 'k8s/postgres.yaml': 'kind: StatefulSet\n' });
    const plan = [
      '## Scenario: Database failover', // 1
      '', // 2
      'Impact: writes fail. See [the Redis runbook](runbooks/redis.md) and [the old one](runbooks/old.md).', // 3
      '', // 4
      '1. Run `./scripts/failover-db.sh --to "$REPLICA"`.', // 5
      '2. Then run the warm-up:', // 6
      '', // 7
      '   ```bash', // 8
      '   ./scripts/warm-cache.sh "$REDIS_URL"', // 9
      '   kubectl apply -f k8s/postgres.yaml', // 10
      '   pg_dump "$DATABASE_URL" > backups/before-failover.sql', // 11
      '   ```', // 12
      '',
    ].join('\n');
    writeTree(root, { 'docs/DISASTER_RECOVERY.md': plan });
    const { findings } = await lintText(plan, { root, planPath: 'docs/DISASTER_RECOVERY.md' });
    expect(findings.filter((f) => f.rule === 'missing-script').map((f) => [f.line, f.message])).toEqual([
      [3, 'runbooks/old.md is referenced but does not exist in the repository.'],
      [9, './scripts/warm-cache.sh is referenced but does not exist in the repository.'],
    ]);
  });
});

describe('shellcheck', () => {
  const plan = [
    '## Scenario: Redis cache fails', // 1
    '', // 2
    'Impact: slow pages.', // 3
    '', // 4
    '```bash', // 5
    'aws elasticache describe-replication-groups --replication-group-id <group-id>', // 6
    'for node in $NODES; do', // 7
    '  redis-cli -u $REDIS_URL ping', // 8
    'done', // 9
    '```', // 10
    '', // 11
    '```yaml', // 12
    'not: [shell $x]', // 13
    '```', // 14
    '',
  ].join('\n');

  itWithShellcheck('runs the real binary and maps findings to the plan\'s own lines; placeholders are words', async () => {
    const { findings, warnings } = await lintText(plan);
    expect(warnings).toEqual([]);
    const sc = findings.filter((f) => f.rule.startsWith('shellcheck/'));
    expect(sc.map((f) => [f.rule, f.line])).toEqual([['shellcheck/SC2086', 8]]);
    expect(sc[0]!.hint).toContain('https://www.shellcheck.net/wiki/SC2086');
  });

  it('uses a configured path when shellcheck is not on PATH, and warns once when it is nowhere', async () => {
    const savedPath = process.env.PATH;
    const shellcheckPath = readdirSync('/usr/bin').includes('shellcheck') ? '/usr/bin/shellcheck' : undefined;
    try {
      // Only node's own folder: no shellcheck and no npx on PATH.
      process.env.PATH = tempDir('empty-path-');
      if (shellcheckPath) {
        const { findings, warnings } = await lintText(plan, { config: { shellcheck: shellcheckPath } });
        expect(warnings).toEqual([]);
        expect(at(findings, 'shellcheck/SC2086')).toEqual([8]);
      }
      const { findings, warnings } = await lintText(plan);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/shellcheck was not found .*not checked/);
      // The rest of the lint still ran.
      expect(rulesOf(findings).some((r) => r.startsWith('shellcheck'))).toBe(false);
      expect(findings.length).toBeGreaterThan(0);
    } finally {
      process.env.PATH = savedPath;
    }
  });
});

describe('shellcheck from the config', () => {
  it('never runs a program inside the repository, which a pull request could edit', async () => {
    const savedPath = process.env.PATH;
    const root = makeRepo({ 'tools/shellcheck': '#!/bin/sh\ntouch "$(dirname "$0")/ran"\necho \'{"comments":[]}\'\n' });
    chmodSync(path.join(root, 'tools/shellcheck'), 0o755);
    try {
      process.env.PATH = tempDir('empty-path-');
      const plan = '## Scenario: Redis fails\n\nImpact: slow.\n\n```bash\nredis-cli ping\nredis-cli info\n```\n';
      const { warnings } = await lintText(plan, { root, config: { shellcheck: 'tools/shellcheck' } });
      expect(existsSync(path.join(root, 'tools/ran'))).toBe(false);
      expect(warnings).toEqual([expect.stringMatching(/configured shellcheck was not run: .* is inside the checkout/), expect.stringMatching(/shellcheck was not found/)]);
    } finally {
      process.env.PATH = savedPath;
    }
  });
});

describe('markdownlint', () => {
  const plan = ['# DR', '', '##Scenario: Redis fails', '', 'Impact: slow.', '', '1. `redis-cli -u "$REDIS_URL" ping`', '2. `kubectl rollout restart deploy/cache`', ''].join('\n');

  it('lints the plan with defaults, and with the repository\'s own config when it has one', async () => {
    const bare = await lintText(plan, { root: makeRepo({}) });
    expect(at(bare.findings, 'markdownlint/MD018')).toEqual([3]);
    const configured = await lintText(plan, { root: makeRepo({ '.markdownlint.yaml': 'MD018: false\n' }) });
    expect(at(configured.findings, 'markdownlint/MD018')).toEqual([]);
    expect(bare.findings.find((f) => f.rule === 'markdownlint/MD018')!.severity).toBe('notice');
  });

  it('placeholders in prose are not inline HTML, and a front matter title is not a second heading', async () => {
    const text = ['---', 'title: Disaster Recovery', '---', '', '# Disaster Recovery Plan', '', 'Replace <DB_INSTANCE_ID>, <instance-id> and <db host> with the values from the console.', '', '<details>', '', 'More', '', '</details>', ''].join('\n');
    const { findings } = await lintText(text, { root: makeRepo({}) });
    expect(findings.filter((f) => f.rule.startsWith('markdownlint/')).map((f) => [f.rule, f.line])).toEqual([['markdownlint/MD033', 9]]);
  });
});

describe('staleness, orphans, markers, drafts', () => {
  it('flags a Last Updated older than stale-after-days, at its line', async () => {
    const plan = `${GOOD}\nLast Updated: 2026-01-05\n`;
    const line = plan.split('\n').indexOf('Last Updated: 2026-01-05') + 1;
    expect(at((await lintText(plan)).findings, 'stale-plan')).toEqual([line]);
    expect(at((await lintText(plan, { config: { staleAfterDays: 400 } })).findings, 'stale-plan')).toEqual([]);
  });

  it('flags a scenario about a service the code no longer has, unless it also covers a live one', async () => {
    const covers = { 'PostgreSQL primary unavailable': ['postgresql'] };
    expect(at((await lintText(GOOD, { dependencyIds: ['redis'], covers })).findings, 'orphan-scenario')).toEqual([3]);
    expect(at((await lintText(GOOD, { dependencyIds: ['postgresql'], covers })).findings, 'orphan-scenario')).toEqual([]);
  });

  it('flags a covers marker with an unknown id and notes drafts awaiting review', async () => {
    const plan = `${GOOD}\n<!-- paramedic: covers redsi -- typo -->\n\n## Scenario: Redis unavailable\n\n<!-- paramedic:draft review me -->\n\nImpact: slow.\n\n1. a\n2. b\n`;
    const { findings } = await lintText(plan);
    expect(findings.filter((f) => f.rule === 'unknown-marker').map((f) => f.message)).toEqual(['The covers marker names "redsi", which is not a dependency id.']);
    expect(findings.filter((f) => f.rule === 'draft-pending').map((f) => f.severity)).toEqual(['notice']);
  });
});

describe('config and the check', () => {
  it('applies per-rule levels from .github/paramedic.yml and fails the check on an error finding', async () => {
    const plan = `${GOOD}\nThe admin password is in \`DATABASE_URL=postgres://admin:s3cr3t-pass@localhost/app\`.\n`;
    const dir = makeRepo({ 'package.json': '{"dependencies":{"pg":"8"}}', 'DISASTER_RECOVERY.md': plan, '.github/paramedic.yml': 'lint:\n  markdownlint: off\n  stale-plan: error\n' });
    let out = '';
    const code = await runCli(['check', dir, '--json'], { stdout: (t) => (out += t), stderr: () => undefined });
    const report = JSON.parse(out) as { findings: Finding[]; verdict: string };
    expect(code).toBe(1);
    expect(report.verdict).toBe('fail');
    expect(report.findings.map((f) => [f.rule, f.line, f.severity])).toEqual([['hardcoded-secret', 11, 'error']]);
    expect(out).not.toContain('s3cr3t-pass');
  });
});

describe.skipIf(!HAVE_SEEDS)('the real plans in ../shared/seeds', () => {
  if (!HAVE_SEEDS) console.warn(`seed plans not found at ${SEEDS_DIR}: skipping the real-plan lint tests`);
  const seed = (prefix: string): string => readFileSync(path.join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((n) => n.startsWith(prefix))!), 'utf8');

  it('004: scripts the plan runs that the (absent) repository lacks, and its stale date', async () => {
    const { findings } = await lintText(seed('004_'));
    expect(findings.filter((f) => f.rule === 'missing-script').map((f) => [f.line, f.message.split(' ')[0]])).toEqual([
      [40, './scripts/disaster-recovery/failover-region.sh'],
      [64, './scripts/redis/restore-from-backup.sh'],
      [200, './scripts/cache/warm-up.sh'],
    ]);
    expect(at(findings, 'stale-plan')).toEqual([278]);
    expect(at(findings, 'missing-impact')).toEqual([165, 186]);
    expect(at(findings, 'hardcoded-secret')).toEqual([]);
  });

  it('001: the default-credential connection strings, without repeating them', async () => {
    const text = seed('001_');
    const { findings } = await lintText(text);
    const lines = text.split('\n');
    expect(at(findings, 'hardcoded-secret')).toEqual([179, 620]);
    for (const line of [179, 620]) expect(lines[line - 1]).toMatch(/postgresql:\/\/\w+:\w+@/);
    expect(JSON.stringify(findings)).not.toMatch(/postgresql:\/\/\w+:\w+@/);
    expect(at(findings, 'missing-steps')).toEqual([]);
    expect(at(findings, 'vague-steps')).toEqual([]);
  });

  itWithShellcheck('002: shellcheck findings land on the plan line they are about (a shebang below a comment)', async () => {
    const text = seed('002_');
    const { findings } = await lintText(text);
    const lines = text.split('\n');
    const sc1128 = at(findings, 'shellcheck/SC1128');
    expect(sc1128.length).toBeGreaterThanOrEqual(2);
    for (const line of sc1128) expect(lines[line - 1]).toMatch(/^#!\/bin\/bash/);
    for (const line of at(findings, 'shellcheck/SC2086')) expect(lines[line - 1]).toContain('$');
  });
});

describe('documentation', () => {
  it('the README documents every lint rule with its default severity', async () => {
    const { LINT_RULES } = await import('../src/lint/index.js');
    const readme = readFileSync(path.resolve(__dirname, '..', 'README.md'), 'utf8');
    for (const rule of LINT_RULES) expect(readme).toMatch(new RegExp(`\\| \`${rule.id}\` \\| ${rule.severity}`));
  });
});
