/**
 * Plan-reading traps found by reading real DISASTER_RECOVERY.md files from public repositories
 * as a careful reader would, then comparing with what Paramedic found. Every plan here is
 * written for this test in its own words; each reproduces one real plan's style or trap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itWithShellcheck } from './helpers/shellcheck-gate.js';
import { loadCatalog, type Catalog } from '../src/catalog/load.js';
import type { CheckReport } from '../src/check/types.js';
import { runCli } from '../src/cli/index.js';
import { computeCoverage } from '../src/plan/coverage.js';
import { findPlan } from '../src/plan/find.js';
import { parsePlan } from '../src/plan/parse.js';
import { cleanupTempDirs, makeRepo } from './helpers/repo.js';

afterAll(cleanupTempDirs);

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog(undefined, () => undefined);
});

const scenarios = (text: string): Array<[number, string]> => parsePlan(text, 'DR.md').scenarios.map((s) => [s.line, s.title]);
const covered = (text: string): Record<string, string[]> => Object.fromEntries([...computeCoverage(parsePlan(text, 'DR.md'), catalog).coveredBy].sort());

async function checkJson(dir: string): Promise<CheckReport> {
  let out = '';
  await runCli(['check', dir, '--json'], { stdout: (t) => (out += t), stderr: () => undefined });
  return JSON.parse(out) as CheckReport;
}

describe('sections: which ones are scenarios', () => {
  it('a Portuguese plan: "Procedimentos de ..." and "Cenários de ..." are containers, its tests are not scenarios', () => {
    const text = [
      '# Plano de Recuperação', // 1
      '## Procedimentos de Restore', // 2
      '### 1. Restaurar o backup local', // 3
      '1. `./scripts/restaurar.sh ultimo.sql.gz`', // 4
      '### 2. Restaurar o snapshot do painel', // 5
      '1. Painel > PostgreSQL > Backups > Restore.', // 6
      '## Cenários de Disaster Recovery', // 7
      '### Cenário 1: Deleção Acidental de Pedido', // 8
      '1. `psql "$DATABASE_URL" < pedido.sql`', // 9
      '### Cenário 2: Corrupção Total do Banco', // 10
      '1. Provisionar um PostgreSQL novo.', // 11
      '## Testes trimestrais de recuperação', // 12
      '1. Criar um banco de teste e restaurar o backup.', // 13
      '## Procedimentos Validados de Restore', // 14
      '### Teste de Restore Completo', // 15
      '1. `docker run -d postgres:16`', // 16
    ].join('\n');
    expect(scenarios(text)).toEqual([
      [3, 'Restaurar o backup local'],
      [5, 'Restaurar o snapshot do painel'],
      [8, 'Deleção Acidental de Pedido'],
      [10, 'Corrupção Total do Banco'],
    ]);
  });

  it('severity classes under "Disaster Scenarios" only group examples; the scenarios are the procedures', () => {
    const text = [
      '# DR Guide', // 1
      '## Disaster Scenarios', // 2
      '### Critical (P0)', // 3
      '- Region lost', // 4
      '### High (P1)', // 5
      '- Control plane down', // 6
      '### SEV-3', // 7
      '- One pod failing', // 8
      '## Recovery Procedures', // 9
      '### Scenario 1: Complete Infrastructure Loss', // 10
      '#### Step 1: Detect Region Failure', // 11
      '1. `aws health describe-events`', // 12
      '### Scenario 2: Database Failure', // 13
      '1. `aws rds restore-db-instance-from-db-snapshot --db-snapshot-identifier "$SNAP"`', // 14
    ].join('\n');
    expect(scenarios(text)).toEqual([
      [10, 'Complete Infrastructure Loss'],
      [13, 'Database Failure'],
    ]);
  });

  it('a phased runbook is one scenario; architecture, tools, success criteria and verified-restore notes are not scenarios', () => {
    const text = [
      '# Disaster Recovery Plan', // 1
      '## Scenario 1: Regional Outage', // 2
      '- **Impact**: the site is down.', // 3
      '## Recovery Architecture', // 4
      '### Disaster Recovery Infrastructure', // 5
      '```', // 6
      '┌──────────┐   ┌──────────┐', // 7
      '│ Supabase │ → │ Upstash  │', // 8
      '└──────────┘   └──────────┘', // 9
      '```', // 10
      '## Recovery Procedures', // 11
      '### Phase 1: Assessment', // 12
      '#### 1.1 Disaster Declaration', // 13
      '1. Page the incident commander.', // 14
      '### Phase 2: Data Recovery', // 15
      '1. `npm run redis:promote-backup`', // 16
      '### Phase 3: Validation', // 17
      '1. `npm run test:e2e`', // 18
      '## Recovery Tools & Scripts', // 19
      '### Recovery Scripts', // 20
      '```bash', // 21
      'npm run dr:db-failover', // 22
      '```', // 23
      '## Success Criteria', // 24
      '### Recovery Success', // 25
      '- [ ] Systems back within RTO', // 26
      '## Restore verified in March', // 27
      'A restore of the March dump was checked on 2026-03-02.', // 28
    ].join('\n');
    expect(scenarios(text)).toEqual([
      [2, 'Regional Outage'],
      [11, 'Recovery Procedures'],
    ]);
    // The diagram names Supabase but is not a procedure; the phases restore Redis.
    expect(covered(text)).toEqual({ redis: ['Recovery Procedures'] });
    // A diagram inside a scenario is a picture, not a step.
    expect(covered('# P\n## Scenario: Region outage\n```\n│ Supabase │\n```\n1. `vercel rollback "$LAST"`\n')).toEqual({ vercel: ['Region outage'] });
  });

  it('steps of a recovery that name a failure do not split it; a section with steps beside scenarios is one', () => {
    const text = [
      '# Plan', // 1
      '## Infrastructure Recovery', // 2
      '### Multi-Region Failover', // 3
      '#### Step 1: Detect Region Failure', // 4
      '1. `aws route53 get-health-check-status --health-check-id "$HC"`', // 5
      '#### Step 2: Promote the standby', // 6
      '1. `aws rds promote-read-replica --db-instance-identifier "$REPLICA"`', // 7
      '### Hosting Issues', // 8
      '#### Complete Deployment Failure', // 9
      '1. `vercel rollback "$LAST_GOOD"`', // 10
      '#### DNS Issues', // 11
      '1. `dig "$DOMAIN"`', // 12
      '#### Notes', // 13
      '1. Keep the registrar login in the vault.', // 14
      '### Database Recovery', // 15
      '#### Scenario 1: Accidental Data Deletion', // 16
      '1. Restore to a point in time.', // 17
      '#### Backup Restoration Steps', // 18
      '1. `psql "$DATABASE_URL" < backup.sql`', // 19
    ].join('\n');
    expect(scenarios(text)).toEqual([
      [3, 'Multi-Region Failover'],
      [9, 'Complete Deployment Failure'],
      [11, 'DNS Issues'],
      [16, 'Accidental Data Deletion'],
      [18, 'Backup Restoration Steps'],
    ]);
    expect(covered(text).postgresql).toEqual(['Multi-Region Failover', 'Backup Restoration Steps']);
  });

  it('numbered runbook sections beside numbered scenarios are scenarios too, but not their backups or setup', () => {
    const text = [
      '# Payments runbook', // 1
      '## 1. Database down', // 2
      '1. `mysql -h "$MYSQL_HOST" -e "select 1"`', // 3
      '## 2. Queue backlog', // 4
      '```bash', // 5
      'rabbitmqctl list_queues name messages', // 6
      '```', // 7
      '## 3. Backup strategy', // 8
      '1. `mysqldump --single-transaction payments > nightly.sql`', // 9
      '## 4. Local setup', // 10
      '1. `docker compose up -d`', // 11
      '## Useful queries', // 12
      '1. `rabbitmqctl list_connections`', // 13
    ].join('\n');
    expect(scenarios(text)).toEqual([
      [2, 'Database down'],
      [4, 'Queue backlog'],
    ]);
  });

  it('a runbook without section headings: its labelled paragraphs are the scenarios, inline commands are steps', () => {
    const text = [
      '# Recovery runbook', // 1
      '', // 2
      'Backups:', // 3
      '', // 4
      '- Neo4j: nightly dump to the bucket.', // 5
      '', // 6
      'Restore procedures:', // 7
      '', // 8
      '- Neo4j: `neo4j-admin database load neo4j --from-path="$DUMP_DIR"`.', // 9
      '- Redis: stop it, replace `dump.rdb`, start it; or `redis-cli --pipe < "$AOF_FILE"`.', // 10
      '', // 11
      'Verification:', // 12
      '', // 13
      '- Smoke tests for the API.', // 14
    ].join('\n');
    const plan = parsePlan(text, 'DR.md');
    expect(plan.scenarios.map((s) => [s.line, s.endLine, s.title])).toEqual([[7, 14, 'Restore procedures']]);
    expect(covered(text)).toEqual({ neo4j: ['Restore procedures'], redis: ['Restore procedures'] });
  });
});

describe('coverage: what a scenario really recovers', () => {
  it('limitations, future plans and automatic mitigations name services without recovering them', () => {
    const text = [
      '# Runbook', // 1
      '## Scenario 2: Regional Outage', // 2
      '### Known Limitations', // 3
      '- Frontend: Vercel edge, multi-region.', // 4
      '### Recovery Steps', // 5
      '1. Check https://status.render.com and wait for the provider.', // 6
      '### Future Work', // 7
      '- Evaluate Fly.io as a second region.', // 8
      '## Scenario 6: Traffic Spike', // 9
      '### Automatic mitigations (already in place)', // 10
      '- Vercel edge caching for the frontend.', // 11
      '### Recovery Steps', // 12
      '1. Scale the Render service up in its dashboard.', // 13
      '## Scenario 2 — Platform-wide outage', // 14
      '**Mitigation (planned, not yet built):** ship a copy off the platform each night.', // 15
      '- A cron job: `pg_dump "$DATABASE_URL"` to a private S3 bucket.', // 16
      '', // 17
      '**Copy it by hand:**', // 18
      '```bash', // 19
      'pg_dump --format=custom --file=offsite.dump "$DATABASE_URL"', // 20
      '```', // 21
      '## Scenario: Cache failure', // 22
      '**Mitigation Strategy:**', // 23
      '1. Fail over: `aws elasticache test-failover --replication-group-id "$GROUP"`.', // 24
    ].join('\n');
    expect(covered(text)).toEqual({
      postgresql: ['Platform-wide outage'],
      redis: ['Cache failure'],
      render: ['Regional Outage', 'Traffic Spike'],
    });
  });

  it('sections named for a service: a recovery label over steps makes one a scenario, and "Restore" reads its section', () => {
    const text = [
      '# Backup & Restore', // 1
      '## Database (main Postgres)', // 2
      '- **Backups**: daily snapshots kept 7 days.', // 3
      '- **Restore Steps**:', // 4
      '  1. Stop the API workers.', // 5
      '  2. Import the dump: `pg_restore --clean -d "$DATABASE_URL" latest.dump`.', // 6
      '## Object storage', // 7
      '- **Backups**: versioning on, 30-day deletions.', // 8
      '## MongoDB', // 9
      '### Backups', // 10
      '1. `mongodump --uri "$MONGO_URL" --archive=nightly.gz`', // 11
      '### Restore', // 12
      '1. Pick the snapshot in the Atlas console and restore it to a new cluster.', // 13
      '2. Point `MONGO_URL` at the new cluster and redeploy.', // 14
    ].join('\n');
    expect(scenarios(text)).toEqual([
      [2, 'Database (main Postgres)'],
      [12, 'Restore'],
    ]);
    expect(covered(text)).toEqual({ mongodb: ['Restore'], postgresql: ['Database (main Postgres)'] });
  });

  it('a parenthesis listing examples names what a step could use, not what it recovers', () => {
    const text = [
      '# Plan',
      '## Scenario: Database corruption',
      '1. Find the dump in the backup storage (local/S3/GCS) and restore it: `psql "$DATABASE_URL" < dump.sql`.',
      '2. Update the DNS record (via Route53, Cloudflare, etc.).',
      '3. Warm the cache (Redis or Valkey): `redis-cli -u "$REDIS_URL" ping`.',
    ].join('\n');
    expect(covered(text)).toEqual({ postgresql: ['Database corruption'], redis: ['Database corruption'] });
  });

  it('a connection URL with nothing after its scheme is not a mention of the service', () => {
    const text = [
      '# Runbook',
      '## Full Infrastructure Failure',
      '1. Recreate the secret:',
      '   ```bash',
      '   kubectl create secret generic app --from-literal=DATABASE_URL=postgresql://... --from-literal=REDIS_URL=redis://...',
      '   ```',
      '2. Restore the database: `pg_restore --dbname "$DATABASE_URL" latest.dump`.',
    ].join('\n');
    expect(covered(text)).toEqual({ postgresql: ['Full Infrastructure Failure'] });
  });
});

describe('finding the plan', () => {
  it('takes DR runbooks by name, and the plan before its tests, templates and pull-request notes', () => {
    expect(findPlan('/nowhere', ['README.md', 'docs/infra/dr-runbook.md'])?.path).toBe('docs/infra/dr-runbook.md');
    expect(findPlan('/nowhere', ['PR_DISASTER_RECOVERY.md', 'docs/DISASTER_RECOVERY_TESTING.md', 'docs/ops/DISASTER_RECOVERY_PLAN.md'])?.path).toBe('docs/ops/DISASTER_RECOVERY_PLAN.md');
    expect(findPlan('/nowhere', ['docs/DISASTER_RECOVERY_TEMPLATE.md'])?.chosenBecause).toMatch(/only a test, template or report/);
  });
});

/**
 * A plan in the style of the held-out ones: each planted problem on its own line, the rest
 * written to look risky but be right (variables, vault references, placeholders, loopback,
 * documentation addresses, CIDR networks, service names, a script the repository has, a
 * correct bash block). [text, rules planted on that line].
 */
const PLANTED: Array<[string, string[]]> = [
  ['# Disaster Recovery Plan — Bookshelf', []],
  ['', []],
  ['Last Updated: 2024-02-01', ['stale-plan']],
  ['', []],
  ['Credentials live in the vault (`vault kv get secret/prod/...`); this file names variables, never values.', []],
  ['', []],
  ['## Scenario: PostgreSQL primary unavailable', []],
  ['', []],
  ['**Impact:** checkout and sign-in fail; the API returns 503.', []],
  ['', []],
  ['1. Confirm the outage: `pg_isready -d "$DATABASE_URL"`.', []],
  ['2. Promote the replica with the committed script: `./scripts/promote-replica.sh "$REPLICA_ID"`.', []],
  ["3. If that doesn't work, restore the latest snapshot with `./scripts/restore-db.sh --from-snapshot`.", []],
  ['4. Restore to a point in time when data is corrupt:', []],
  ['', []],
  ['   ```bash', []],
  ['   aws rds restore-db-instance-to-point-in-time \\', []],
  ['     --source-db-instance-identifier "$DB_INSTANCE_ID" \\', []],
  ['     --target-db-instance-identifier <NEW_INSTANCE_ID> \\', []],
  ['     --restore-time <UTC_TIMESTAMP>', []],
  ['   export PGPASSWORD="$(vault kv get -field=password secret/prod/db)"', []],
  ['   pg_restore --dbname "$DATABASE_URL" --clean --if-exists "$BACKUP_FILE"', []],
  ["   psql -h \"$PGHOST\" -U app -c 'select count(*) from orders'", []],
  ['   curl -fsS http://127.0.0.1:8080/healthz', []],
  ['   ```', []],
  ['', []],
  ['5. Apply the manifests: `kubectl apply -f k8s/postgres.yaml`.', []],
  ['6. The connection string has the form `postgres://<user>:<password>@<host>:5432/<db>`; take it from the vault.', []],
  ['7. Connect as the owner: `psql postgres://owner:Tr0ub4dor3x@db.prod.bookshelf.io:5432/shop`.', ['hardcoded-secret', 'hardcoded-host']],
  ['8. Emergency access if the vault is down: `export PGPASSWORD=Xk9mP2vLqZ7`.', ['hardcoded-secret']],
  ['9. Allow the new primary in the security group for 10.0.0.0/16 and check it from 127.0.0.1.', []],
  ['10. Reach the old primary over the bastion: `ssh ops@10.12.4.21`.', ['hardcoded-host']],
  ['11. The diagram shows the old primary as 192.0.2.10 and the bastion as 203.0.113.7.', []],
  ['', []],
  ['Password: kept in the vault under `secret/prod/db`; ask the on-call DBA for access.', []],
  ['', []],
  ['See the [restore script](scripts/restore-db.sh) and the [replica runbook](docs/runbooks/replica.md).', ['missing-script']],
  ['', []],
  ['## Scenario: Redis cache fails', []],
  ['', []],
  ['**Impact:** sessions drop and the database takes the read load.', []],
  ['', []],
  ["If Redis goes down, try restarting the server. If that doesn't work, message DevOps.", ['vague-steps']],
  ['', []],
  ['1. Check the primary: `redis-cli -u "$REDIS_URL" ping`.', []],
  ['2. Check the replica: `redis-cli -h redis-replica ping` (the compose service name).', []],
  ['3. Check the old node: `redis-cli -h cache-01.prod.bookshelf.io -p 6379 ping`.', ['hardcoded-host']],
  ["4. Try restarting the server. If that doesn't work, message DevOps.", ['vague-steps']],
  ['5. Fail over: `./scripts/failover-redis.sh`.', ['missing-script']],
  ['6. Apply the sentinel manifest: `kubectl apply -f k8s/redis-sentinel.yaml`.', ['missing-script']],
  ['7. Warm the cache:', []],
  ['', []],
  ['   ```bash', []],
  ['   BACKUP_DIR=/var/backups/redis', []],
  ['   rm -rf $BACKUP_DIR/*', ['shellcheck']],
  ['   redis-cli -u "$REDIS_URL" --pipe < "$WARMUP_FILE"', []],
  ['   ```', []],
  ['', []],
  ['8. Point the app at `redis://redis:6379/0` again; the image is `redis:7.2.4`. The old node answered on 10.0.3.7.', ['hardcoded-host']],
  ['', []],
  ['## Scenario: Stripe API outage', ['missing-impact']],
  ['', []],
  ['Stripe publishes incidents at <https://status.stripe.com>. While it is down we queue', []],
  ['checkout attempts and retry them later; there is nothing to fail over.', []],
  ['', []],
  ['1. Post on the status page: `statuspage incident create --name "Payments delayed"`.', []],
  ['2. Turn on the queue: set `CHECKOUT_QUEUE=on` in the vault-backed config and redeploy.', []],
  ['3. Rotate the key in the Stripe dashboard; the new value goes to `STRIPE_SECRET_KEY` in the vault.', []],
  ['4. The old key was `sk_live_51HqLyjWDarjtT1zdp7dcXwCEXVYk7lzQgNDtPKGFmnm8kLTx6` and must be revoked.', ['hardcoded-secret']],
  ['5. Call the status API with the deploy token:', []],
  ['', []],
  ['   ```bash', []],
  ['   curl -fsS -H "Authorization: token ghp_R7aX2mQ9vLp4sT8wZ1yB6nC3dF5gH0jK2mN4" https://api.github.com/repos/acme/bookshelf/deployments', ['hardcoded-secret']],
  ['   curl -fsS -H "Authorization: Bearer $STATUS_API_TOKEN" https://api.statuspage.io/v1/pages', []],
  ['   ```', []],
  ['', []],
  ['6. Replay the queue: `./scripts/replay-checkouts.sh --since "$OUTAGE_START"`.', []],
  ['', []],
  ['```yaml', []],
  ['stripe:', []],
  ['  api_key: ${STRIPE_SECRET_KEY}', []],
  ['  webhook_secret: <STRIPE_WEBHOOK_SECRET>', []],
  ['  test_key: sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', []],
  ['```', []],
  ['', []],
  ['## Scenario: Object storage outage', ['missing-steps']],
  ['', []],
  ['**Impact:** cover images do not load; orders still work.', []],
  ['', []],
  ['We wait for AWS to recover S3 and tell customers on the status page. The admin password is `Hunter2Prod!`.', ['hardcoded-secret']],
  ['', []],
  ['#### Notes', ['markdownlint/MD001']],
  ['', []],
  ['```', ['markdownlint/MD040']],
  ['aws s3 ls "s3://$ASSETS_BUCKET" --summarize', []],
  ['```', []],
  ['', []],
  ['## Scenario: Email provider unavailable', []],
  ['', []],
  ['**Impact:** password-reset and receipt emails are delayed.', []],
  ['', []],
  ['1. Check the provider: `curl -fsS https://status.sendgrid.com/api/v2/status.json`.', []],
  ['2. Queue mail: `./scripts/restore-db.sh --help` shows the flags; set `MAIL_QUEUE=on`.', []],
  ['3. Contact the on-call engineer through PagerDuty service `email-delivery` if mail is still queued after an hour.', []],
  ['', []],
  ['   ```bash', []],
  ['   set -euo pipefail', []],
  ['   cd "$APP_DIR" || exit 1', []],
  ['   for f in "$QUEUE_DIR"/*.eml; do', []],
  ['     [ -e "$f" ] || continue', []],
  ['     sendmail -t < "$f"', []],
  ['   done', []],
  ['   ```', []],
  ['', []],
  ['4. API key: `SENDGRID_API_KEY` in the vault; token: see the 1Password item "Prod mail".', []],
  ['', []],
];

/** The values planted as secrets: no message or hint may repeat them. */
const PLANTED_SECRETS = ['Tr0ub4dor3x', 'Xk9mP2vLqZ7', 'sk_live_51HqLyjWDarjtT1zdp7dcXwCEXVYk7lzQgNDtPKGFmnm8kLTx6', 'ghp_R7aX2mQ9vLp4sT8wZ1yB6nC3dF5gH0jK2mN4', 'Hunter2Prod!'];

describe('a held-out style plan with planted problems', () => {
  itWithShellcheck('finds every planted problem at its line, nothing on the clean lines, and never repeats a secret', async () => {
    const dir = makeRepo({
      'package.json': JSON.stringify({ dependencies: { pg: '^8.11.0', ioredis: '^5.4.1', stripe: '^15.0.0', '@aws-sdk/client-s3': '^3.600.0', '@sendgrid/mail': '^8.1.0' } }, null, 2),
      'scripts/restore-db.sh': '#!/bin/sh\necho restore\n',
      'scripts/promote-replica.sh': '#!/bin/sh\necho promote\n',
      'scripts/replay-checkouts.sh': '#!/bin/sh\necho replay\n',
      'k8s/postgres.yaml': 'kind: StatefulSet\n',
      'DISASTER_RECOVERY.md': PLANTED.map(([line]) => line).join('\n'),
    });
    const report = await checkJson(dir);
    const want = PLANTED.flatMap(([, rules], i) => rules.map((rule) => `${i + 1} ${rule}`)).sort();
    // shellcheck and markdownlint report sub-ids (shellcheck/SC2115): the planted line is what counts.
    const got = [...new Set(report.findings.map((f) => `${f.line} ${f.rule.startsWith('shellcheck/') ? 'shellcheck' : f.rule}`))].sort();
    expect(got).toEqual(want);
    const said = JSON.stringify(report);
    for (const secret of PLANTED_SECRETS) expect(said).not.toContain(secret);
    // Every scenario recovers a service the code uses: no gaps, no orphans.
    expect(report.gaps).toEqual([]);
    expect(report.scenarios.map((s) => [s.title, s.covers.filter((id) => !['mysql', 'mariadb'].includes(id))])).toEqual([
      ['PostgreSQL primary unavailable', ['postgresql']],
      ['Redis cache fails', ['redis']],
      ['Stripe API outage', ['stripe']],
      ['Object storage outage', ['aws-s3']],
      ['Email provider unavailable', ['sendgrid']],
    ]);
  });
});
