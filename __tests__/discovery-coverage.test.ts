/**
 * The coverage defects of issue 12, each with a plan of our own: what a scenario is about, and
 * what counts as a scenario.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { computeCoverage } from '../src/plan/coverage.js';
import { parsePlan } from '../src/plan/parse.js';

const plan = (...rows: string[]): string => rows.join('\n') + '\n';

async function covers(text: string): Promise<Record<string, string[]>> {
  const coverage = computeCoverage(parsePlan(text, 'DISASTER_RECOVERY.md'), await loadCatalog());
  return Object.fromEntries(coverage.scenarioCovers);
}

describe('what a scenario is about', () => {
  it('a service named only in an unrelated bring-up command (docker compose up -d db redis) is not covered by it', async () => {
    const text = plan(
      '# Disaster recovery',
      '',
      '## Scenario: Full system loss',
      '',
      '1. Recreate the host from the image.',
      '2. Restore the database: `pg_restore -d "$DATABASE_URL" latest.dump`.',
      '3. Bring the stack up:',
      '',
      '   ```bash',
      '   docker compose up -d db redis',
      '   ```',
      '',
      '4. Start the workers with `kubectl rollout restart deployment/api deployment/worker`.',
    );
    expect(await covers(text)).toEqual({ 'Full system loss': ['postgresql'] });
  });

  it('a command about the service itself still covers it (docker compose exec redis redis-cli, systemctl restart redis)', async () => {
    const text = plan(
      '# Disaster recovery',
      '',
      '## Scenario: Cache node lost',
      '',
      '1. Restart it: `systemctl restart redis-server`.',
      '2. Check it answers:',
      '',
      '   ```bash',
      '   docker compose exec cache redis-cli ping',
      '   ```',
    );
    expect(await covers(text)).toEqual({ 'Cache node lost': ['redis'] });
  });
});

describe('what counts as a procedure', () => {
  it('a third-party outage answered by a list of actions under "Actions" is a procedure, numbered or not', async () => {
    const text = plan(
      '# Disaster recovery',
      '',
      '## Scenarios',
      '',
      '### GOV.UK Notify goes down',
      '',
      '#### Symptoms',
      '',
      '- Sign-in codes are not delivered',
      '',
      '#### Actions',
      '',
      '- Wait for GOV.UK Notify to come back up',
      '- Tell the support team that sign-in codes are delayed',
      '- Post a banner on the sign-in page',
      '',
      '### Payments provider is slow',
      '',
      'Nothing to do; Stripe retries on its own.',
    );
    expect(await covers(text)).toEqual({ 'GOV.UK Notify goes down': ['govuk-notify'], 'Payments provider is slow': [] });
  });
});

describe('what counts as a scenario', () => {
  it('"## DR Scenario A: Postgres (RDS)" with a "### PITR Drill" of numbered restore steps is a scenario', async () => {
    const text = plan(
      '# Disaster recovery',
      '',
      '## DR Scenario A: Postgres (RDS)',
      '',
      'The orders database.',
      '',
      '### PITR Drill',
      '',
      '1. Pick the restore time from the incident timeline.',
      '2. Run `aws rds restore-db-instance-to-point-in-time --source-db-instance-identifier orders --target-db-instance-identifier orders-pitr --restore-time "$RESTORE_TIME"`.',
      '3. Wait until the new instance is available.',
      '4. Point the app at it and restart the pods.',
      '5. Run the smoke tests.',
      '6. Swap the DNS record.',
      '7. Delete the old instance once the new one has run for a day.',
      '',
      '## DR Scenario B: Redis',
      '',
      '1. Fail over the replication group: `aws elasticache test-failover --replication-group-id cache --node-group-id 0001`.',
    );
    const found = await covers(text);
    expect(Object.keys(found)).toEqual(['Postgres (RDS)', 'Redis']);
    // `aws rds` also names the other RDS engines; the title names PostgreSQL.
    expect(found['Postgres (RDS)']).toContain('postgresql');
    expect(found.Redis).toEqual(['redis']);
  });
});
