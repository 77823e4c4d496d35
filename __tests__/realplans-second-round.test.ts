/**
 * Plan-reading and lint defects found on a second round of real plans (a Turkish runbook, a
 * DR.md, plans titled with `##`, scripts run after `cd`, placeholder values), each reproduced
 * with a short plan of our own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../src/check/types.js';
import { runCli } from '../src/cli/index.js';
import { cleanupTempDirs, makeRepo } from './helpers/repo.js';

afterAll(cleanupTempDirs);

async function check(files: Record<string, string>): Promise<{ report: CheckReport; out: string }> {
  let out = '';
  await runCli(['check', makeRepo(files), '--json'], { stdout: (t) => (out += t), stderr: () => undefined });
  return { report: JSON.parse(out) as CheckReport, out };
}

const errorsAndWarnings = (report: CheckReport): Array<[string, number]> =>
  report.findings.filter((f) => f.severity !== 'notice').map((f) => [f.rule, f.line]);

describe('finding and reading the plan', () => {
  it('finds a plan named DR.md', async () => {
    const { report } = await check({ 'DR.md': '# DR\n\n## Scenario: Postgres primary lost\n\n**Impact:** writes fail.\n\n1. Run `pg_restore -d "$DATABASE_URL" latest.dump`.\n2. Redeploy.\n', 'package.json': '{"dependencies":{"pg":"8"}}' });
    expect(report.doc).toBe('DR.md');
    expect(report.gaps).toEqual([]);
  });

  it('reads a Turkish runbook: numbered failure sections with their symptoms (Belirtiler)', async () => {
    const plan = ['# Felaket kurtarma', '', '## 1 — PostgreSQL Çökmesi', '', '### Belirtiler', '', '- API 503 döner', '', '### Müdahale', '', '```bash', 'docker compose restart postgres', 'docker compose exec -T postgres pg_restore -d app --clean latest.dump', '```', '', '## 2 — Redis Kesintisi', '', '### Belirtiler', '', '- Kuyruk durur', '', '### Müdahale', '', '```bash', 'docker compose restart redis', 'docker compose exec redis redis-cli ping', '```', ''].join('\n');
    const { report } = await check({ 'DISASTER_RECOVERY.md': plan, 'requirements.txt': 'redis==5.2.1\npsycopg2-binary==2.9.10\n' });
    expect(report.scenarios.map((s) => [s.title, s.line])).toEqual([['PostgreSQL Çökmesi', 3], ['Redis Kesintisi', 16]]);
    expect(report.gaps).toEqual([]);
    expect(errorsAndWarnings(report)).toEqual([]);
  });

  it('a "DR runbook" section with steps is a scenario', async () => {
    const plan = ['# Plan', '', '## Day-of DR runbook', '', '**Impact:** orders stop.', '', '### Step 1', '', '1. Promote the replica: `aws rds promote-read-replica --db-instance-identifier "$REPLICA_ID"`.', '', '### Step 2', '', '1. Point `DATABASE_URL` at it in the vault and redeploy.', ''].join('\n');
    const { report } = await check({ 'DISASTER_RECOVERY.md': plan, 'package.json': '{"dependencies":{"pg":"8"}}' });
    expect(report.scenarios.map((s) => [s.title, s.line])).toEqual([['Day-of DR runbook', 3]]);
  });

  it('a plan whose title is a ## heading does not make the title a scenario', async () => {
    const plan = ['## Acme Disaster Recovery Plan', '', '**Owner:** ops', '', '## Scenario 1: Redis Cache Failure', '', '**Impact:** pages are slow.', '', '1. Run `redis-cli -u "$REDIS_URL" ping`.', '2. Restart the cache: `sudo systemctl restart redis`.', ''].join('\n');
    const { report } = await check({ 'DISASTER_RECOVERY.md': plan, 'package.json': '{"dependencies":{"ioredis":"5"}}' });
    expect(report.scenarios.map((s) => [s.title, s.line])).toEqual([['Redis Cache Failure', 5]]);
    expect(errorsAndWarnings(report)).toEqual([]);
  });

  it('an Impact label on a later line of the same paragraph counts', async () => {
    const plan = ['# Plan', '', '## Scenario 1: Redis Cache Failure', '', '**Severity:** Medium', '**Target RTO:** 15 minutes', '**Impact:** pages are slow, nothing is lost.', '', '1. Run `redis-cli -u "$REDIS_URL" ping`.', '2. Restart the cache: `sudo systemctl restart redis`.', ''].join('\n');
    const { report } = await check({ 'DISASTER_RECOVERY.md': plan, 'package.json': '{"dependencies":{"ioredis":"5"}}' });
    expect(errorsAndWarnings(report)).toEqual([]);
  });
});

describe('scripts and files the plan points at', () => {
  const scenario = (steps: string[]): string => ['# Plan', '', '## Scenario: Postgres data loss', '', '**Impact:** writes fail.', '', ...steps, ''].join('\n');

  it('a script in a tests/ folder exists; `./x.sh` after `cd dir` is dir/x.sh; dump and output paths are written, not read', async () => {
    const plan = scenario([
      '1. Restore:', //                                                     7
      '', '   ```bash',
      '   cd backend/scripts', //                                           10
      '   ./restore-db.sh latest.dump', //                                  11
      '   bash ops/tests/failover.sh', //                                   12
      '   pg_dump -f ./before-restore.dump "$DATABASE_URL"', //             13
      '   python scripts/backup.py --output-dir ./fresh-copy', //           14
      '   ./missing-step.sh', //                                            15
      '   ```',
    ]);
    const { report } = await check({
      'DISASTER_RECOVERY.md': plan,
      'backend/scripts/restore-db.sh': '#!/bin/sh\n',
      'backend/scripts/ops/tests/failover.sh': '#!/bin/sh\n',
      'scripts/backup.py': 'x\n',
      'package.json': '{"dependencies":{"pg":"8"}}',
    });
    // Only the script that is nowhere in the repository is a finding.
    expect(report.findings.filter((f) => f.rule === 'missing-script').map((f) => [f.line, f.message])).toEqual([[15, './missing-step.sh is referenced but does not exist in the repository.']]);
  });

  it('after a cd the plan does not spell out, relative paths are not checked', async () => {
    const plan = scenario(['1. Restore:', '', '   ```bash', '   cd "$BACKUP_DIR"', '   ./restore.sh latest.dump', '   ```']);
    const { report } = await check({ 'DISASTER_RECOVERY.md': plan, 'package.json': '{"dependencies":{"pg":"8"}}' });
    expect(report.findings.filter((f) => f.rule === 'missing-script')).toEqual([]);
  });
});

describe('secrets', () => {
  it('FILL_IN, REPLACE_ME, TODO, CHANGE_ME and ${VAR:?message} are placeholders; a literal default is not', async () => {
    const plan = ['# Plan', '', '## Scenario: Postgres host lost', '', '**Impact:** writes fail.', '', '1. Edit the spare\'s settings:', '', '   ```bash',
      '   DB_PASSWORD="FILL_IN"', //                       10
      '   API_TOKEN="REPLACE_ME"',
      '   ADMIN_PASSWORD="TODO"',
      '   REDIS_PASSWORD="CHANGE_ME"',
      '   export PGPASSWORD="${PGPASSWORD:?set it from the vault}"', // 14
      '   export ADMIN_PASSWORD="${ADMIN_PASSWORD:-Wq8zR2x9Lp}"', //   15
      '   ```', '', '2. Run `pg_restore -d "$DATABASE_URL" latest.dump`.', ''].join('\n');
    const { report, out } = await check({ 'DISASTER_RECOVERY.md': plan, 'package.json': '{"dependencies":{"pg":"8"}}' });
    expect(report.findings.filter((f) => f.rule === 'hardcoded-secret').map((f) => f.line)).toEqual([15]);
    expect(out).not.toContain('Wq8zR2x9Lp');
  });

  it('a password written into a scenario heading is masked everywhere the title is shown', async () => {
    const plan = ['# Plan', '', '## Scenario: Redis auth broken after password Zq7wX9pL2m rotation', '', '1. Run `redis-cli -u "$REDIS_URL" ping`.', '2. Restart the cache.', ''].join('\n');
    const { report, out } = await check({ 'DISASTER_RECOVERY.md': plan, 'package.json': '{"dependencies":{"ioredis":"5"}}' });
    expect(report.findings.some((f) => f.rule === 'hardcoded-secret' && f.line === 3)).toBe(true);
    expect(out).not.toContain('Zq7wX9pL2m');
    expect(report.scenarios[0]!.title).toBe('Redis auth broken after password [redacted] rotation');
  });
});

describe('coverage', () => {
  it('a service named like an English word is covered by its name as written, not by the word', async () => {
    const plan = ['# Plan', '', '## Scenario: Stripe webhooks failing', '', '**Impact:** paid orders stay pending.', '', '1. Replay the missed events: `stripe events resend evt_1 --webhook-endpoint we_1`.', '2. Confirm the order pages render again.', ''].join('\n');
    const { report } = await check({ 'DISASTER_RECOVERY.md': plan, 'package.json': '{"dependencies":{"stripe":"14","resend":"4"}}' });
    expect(report.scenarios).toEqual([{ title: 'Stripe webhooks failing', line: 3, covers: ['stripe'] }]);
    expect(report.gaps).toEqual(['resend']);
    // Written as its name, it covers.
    const named = await check({ 'DISASTER_RECOVERY.md': plan.replace('render again', 'render again; if Resend is down, queue the receipts'), 'package.json': '{"dependencies":{"stripe":"14","resend":"4"}}' });
    expect(named.report.gaps).toEqual([]);
  });

  it('a database scenario in a Supabase app is not an orphan', async () => {
    const plan = ['# Plan', '', '## Database Recovery', '', '**Impact:** the app is down.', '', '1. Restore the dump: `gunzip -c latest.sql.gz | psql "$DATABASE_URL"`.', '2. Redeploy.', ''].join('\n');
    const { report } = await check({ 'DISASTER_RECOVERY.md': plan, 'package.json': '{"dependencies":{"@supabase/supabase-js":"2"}}' });
    expect(report.findings.filter((f) => f.rule === 'orphan-scenario')).toEqual([]);
  });

  it('a bucket in a gs:// or s3:// URL is not a host', async () => {
    const plan = ['# Plan', '', '## Scenario: Redis data loss', '', '**Impact:** sessions are lost.', '', '1. Import the snapshot: `gcloud redis instances import "$INSTANCE" --input-uri=gs://acme.backups.prod/redis.rdb`.', '2. Or from S3: `aws s3 cp s3://acme.backups.prod/redis.rdb .`.', ''].join('\n');
    const { report } = await check({ 'DISASTER_RECOVERY.md': plan, 'package.json': '{"dependencies":{"ioredis":"5"}}' });
    expect(report.findings.filter((f) => f.rule === 'hardcoded-host')).toEqual([]);
  });
});
