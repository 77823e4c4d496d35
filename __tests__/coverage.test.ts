import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../src/catalog/load.js';
import { computeCoverage } from '../src/plan/coverage.js';
import { parsePlan } from '../src/plan/parse.js';
import { HAVE_SEEDS, SEEDS_DIR } from './helpers/repo.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const covers = (text: string, opts = {}) => {
  const cov = computeCoverage(parsePlan(text, 'DR.md'), catalog, opts);
  return Object.fromEntries([...cov.coveredBy].sort());
};

describe('coverage', () => {
  it('a scenario covers what its title or steps name through the catalog aliases', () => {
    const text = [
      '# Plan',
      '## Scenario: Database/Redis Failure',
      '1. Restore the cluster:',
      '   ```bash',
      '   aws rds restore-db-cluster-from-snapshot --db-cluster-identifier "$ID"',
      '   ```',
      '2. Check the cache with `redis-cli -u "$REDIS_URL" ping`.',
      '## Scenario: Payments down',
      '1. Check https://status.stripe.com and post on our status page.',
    ].join('\n');
    // RDS and Aurora host MySQL and MariaDB too; a repository has only the engines it uses.
    expect(covers(text)).toEqual({
      mariadb: ['Database/Redis Failure'],
      mysql: ['Database/Redis Failure'],
      postgresql: ['Database/Redis Failure'],
      redis: ['Database/Redis Failure'],
      stripe: ['Payments down'],
    });
  });

  it('a passing mention does not cover: tables, out-of-scope lines, sections that are not scenarios, no procedure', () => {
    const text = [
      '# Plan',
      '## Table of Contents',
      '- PostgreSQL failover',
      '## Recovery Objectives',
      '| Service | RTO |',
      '| Redis | 5 min |',
      '## Vendor Contacts',
      '- Stripe support: see the vault',
      '## Backup Strategy',
      'Nightly pg_dump of PostgreSQL to S3.',
      '## Scenario: Region outage',
      '1. Fail over DNS.',
      '| MongoDB | restored separately |',
      '- Kafka is out of scope for this plan.',
      '## Scenario: Search down',
      'Elasticsearch may be slow; nothing to do.',
    ].join('\n');
    expect(covers(text)).toEqual({});
  });

  it('drafts do not count until signed off, unless accept-drafts', () => {
    const text = ['# Plan', '## Scenario: Redis primary unavailable', '<!-- paramedic:draft -->', '1. `redis-cli ping`'].join('\n');
    expect(covers(text)).toEqual({});
    expect(covers(text, { acceptDrafts: true })).toEqual({ redis: ['Redis primary unavailable'] });
  });

  it('markers and the ignore list cover with their reason', () => {
    const plan = parsePlan('# Plan\n<!-- paramedic: covers kafka -- see runbooks/kafka.md -->\n', 'DR.md');
    const cov = computeCoverage(plan, catalog, { ignore: [{ id: 'algolia', reason: 'search degrades to SQL' }] });
    expect(Object.fromEntries(cov.coveredBecause)).toEqual({
      kafka: 'plan marker at DR.md:2: see runbooks/kafka.md',
      algolia: 'ignored in config: search degrades to SQL',
    });
  });

  it('whole words only: "pgbouncer-like" prose does not make "pg" match, "Redistribute" is not Redis', () => {
    const text = ['# Plan', '## Scenario: Worker failure', '1. Redistribute the load across workers.'].join('\n');
    expect(covers(text)).toEqual({});
  });
});

describe.skipIf(!HAVE_SEEDS)('coverage on the real seed plans', () => {
  const seed = (prefix: string) => readFileSync(path.join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix))!), 'utf8');

  it('004: "Database/Redis Failure" restoring an RDS snapshot covers PostgreSQL and Redis', () => {
    const cov = computeCoverage(parsePlan(seed('004_'), 'DR.md'), catalog);
    expect(cov.scenarioCovers.get('Database/Redis Failure')).toEqual(expect.arrayContaining(['postgresql', 'redis']));
    // The region failure's step "Restore Redis cache from backup" is a recovery step for Redis too.
    expect(cov.coveredBy.get('redis')).toEqual(['Complete AWS Region Failure', 'Database/Redis Failure']);
  });

  it('002: the scenarios cover PostgreSQL, but the Redis backup schedule alone covers nothing', () => {
    const cov = computeCoverage(parsePlan(seed('002_'), 'DR.md'), catalog);
    expect(cov.coveredBy.get('postgresql')).toEqual(expect.arrayContaining(['Complete Database Loss']));
    expect(cov.coveredBy.has('redis')).toBe(false);
  });
});
