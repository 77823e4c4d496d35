import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlan } from '../src/plan/find.js';
import { parsePlan, scenarioTitle } from '../src/plan/parse.js';
import { HAVE_SEEDS, SEEDS_DIR } from './helpers/repo.js';

const scenarios = (text: string): Array<[number, string]> => parsePlan(text, 'DR.md').scenarios.map((s) => [s.line, s.title]);

function seed(prefix: string): string {
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix))!;
  return readFileSync(path.join(SEEDS_DIR, file), 'utf8');
}

describe.skipIf(!HAVE_SEEDS)('the three real plans in ../shared/seeds', () => {
  if (!HAVE_SEEDS) console.warn(`seed plans not found at ${SEEDS_DIR}: skipping the real-plan tests`);

  it('001 (emoji headings, procedures and P0 playbooks): every scenario at its line', () => {
    expect(scenarios(seed('001_'))).toEqual([
      [149, 'Emergency Database Restore'],
      [189, 'Point-in-Time Recovery'],
      [227, 'Complete Service Outage'],
      [278, 'Multi-Region Failover'],
      [504, 'Complete System Outage (P0)'],
      [544, 'Security Breach Response (P0)'],
    ]);
  });

  it('002 ("### Scenario N:" with step sub-headings): every scenario at its line, steps inside', () => {
    const plan = parsePlan(seed('002_'), 'DR.md');
    expect(plan.scenarios.map((s) => [s.line, s.title])).toEqual([
      [200, 'Complete Database Loss'],
      [285, 'Region Failure (Multi-Region Failover)'],
      [349, 'Data Corruption'],
      [405, 'Automated Failover (Kubernetes)'],
    ]);
    const first = plan.scenarios[0]!;
    expect(first.endLine).toBe(284);
    expect(first.codeBlocks.map((b) => b.fenceLine)).toEqual([206, 217, 230, 246, 263]);
    expect(first.codeBlocks[0]!.firstLine).toBe(207);
  });

  it('004 (numbered "### 2. Database/Redis Failure" under Disaster Scenarios): every scenario at its line', () => {
    const plan = parsePlan(seed('004_'), 'DR.md');
    expect(plan.scenarios.map((s) => [s.line, s.title])).toEqual([
      [17, 'Complete AWS Region Failure'],
      [43, 'Database/Redis Failure'],
      [67, 'Code Repository Compromise'],
      [87, 'Third-party API Provider Outage'],
      [165, 'Infrastructure Recovery'],
      [186, 'Application Recovery'],
    ]);
    expect(plan.scenarios[1]!.codeBlocks.map((b) => [b.lang, b.firstLine])).toEqual([
      ['bash', 55],
      ['bash', 63],
    ]);
  });
});

describe('heading styles', () => {
  it('reads the house style, numbered, prefixed and foreign-language scenarios', () => {
    const text = [
      '# DR', // 1
      '',
      '## Scenario: Primary Redis Cache Fails', // 3
      '1. Do not restart.',
      '## Disaster Scenarios', // 5
      '### 1. Complete Region Failure', // 6
      '### 2) Payment Provider Down', // 7
      '## Recovery Procedures', // 8
      '### Emergency Database Restore', // 9
      '#### Step 1: Find the backup', // 10
      '### Cenário 2: Falha do banco de dados', // 11
      '### Escenario 3: Caída de Redis', // 12
      '## Incident Response Playbooks', // 13
      '#### Complete System Outage (P0)', // 14
    ].join('\n');
    expect(scenarios(text)).toEqual([
      [3, 'Primary Redis Cache Fails'],
      [6, 'Complete Region Failure'],
      [7, 'Payment Provider Down'],
      [9, 'Emergency Database Restore'],
      [11, 'Falha do banco de dados'],
      [12, 'Caída de Redis'],
      [14, 'Complete System Outage (P0)'],
    ]);
  });

  it('does not take objectives, tests, templates, contacts or backup schedules for scenarios', () => {
    const text = [
      '# Disaster Recovery',
      '## Recovery Time Objectives',
      '## Backup Strategy',
      '### Database Backups',
      '## Disaster Recovery Testing',
      '### Monthly Backup Restore Test',
      '## Communication Templates',
      '### Outage Notice Template',
      '## Automated Rollback Triggers',
      '### Health Check Failures',
      '## Emergency Contacts',
      '### Database Failure Escalation',
    ].join('\n');
    expect(scenarios(text)).toEqual([]);
  });

  it('makes a recovery group whose sub-sections name failures a container', () => {
    const text = ['# DR', '## Railway Service Recovery', '### Complete Service Outage', '1. Redeploy.', '## Multi-Region Failover', '### Automated Failover Script', '```bash', 'echo x', '```'].join('\n');
    expect(scenarios(text)).toEqual([
      [3, 'Complete Service Outage'],
      [5, 'Multi-Region Failover'],
    ]);
  });

  it('strips prefixes and numbering from titles', () => {
    expect(scenarioTitle('Scenario 1: Complete Database Loss')).toBe('Complete Database Loss');
    expect(scenarioTitle('Scenario: Primary Redis Cache Fails')).toBe('Primary Redis Cache Fails');
    expect(scenarioTitle('2. Database/Redis Failure')).toBe('Database/Redis Failure');
    expect(scenarioTitle('Cenário 2: Falha')).toBe('Falha');
  });
});

describe('plans that break naive parsers', () => {
  it('ignores front matter, # comments in code, fences inside list items, HTML blocks', () => {
    const text = [
      '---', // 1
      'title: "# Not a heading"',
      'last_updated: 2026-03-01',
      '---',
      '# Plan', // 5
      '',
      '## Scenario: Database Failure', // 7
      '',
      '1. Restore:',
      '',
      '   ```bash', // 11
      '   # Restore from backup',
      '   ## not a heading either',
      '   pg_restore "$BACKUP_FILE"',
      '   ```',
      '',
      '<div>',
      '## Scenario: inside html is not markdown',
      '</div>',
      '',
      'Setext Failure Heading', // 21
      '----------------------',
      '',
      '1. Step.',
    ].join('\n');
    const plan = parsePlan(text, 'DR.md');
    expect(plan.scenarios.map((s) => [s.line, s.title])).toEqual([
      [7, 'Database Failure'],
      [21, 'Setext Failure Heading'],
    ]);
    expect(plan.scenarios[0]!.codeBlocks).toEqual([{ lang: 'bash', value: '# Restore from backup\n## not a heading either\npg_restore "$BACKUP_FILE"', fenceLine: 11, firstLine: 12 }]);
    expect(plan.lastUpdated).toEqual({ date: '2026-03-01', line: 3 });
  });

  it('runs an unclosed fence to the end of the file without inventing headings', () => {
    const text = ['# Plan', '## Scenario: Cache Failure', '```bash', 'redis-cli ping', '## Scenario: not real', ''].join('\n');
    const plan = parsePlan(text, 'DR.md');
    expect(plan.scenarios.map((s) => s.title)).toEqual(['Cache Failure']);
    expect(plan.scenarios[0]!.endLine).toBe(6);
  });

  it('keeps lines right with CRLF and a BOM', () => {
    const text = '\uFEFF# Plan\r\n\r\n## Scenario: Queue Outage\r\n\r\n1. Drain.\r\n';
    expect(scenarios(text)).toEqual([[3, 'Queue Outage']]);
  });

  it('reads cover markers, draft markers and Last Updated', () => {
    const text = [
      '# Plan',
      '**Last Updated:** January 5, 2026',
      '<!-- paramedic: covers redis, memcached -- sessions are rebuilt from the DB, see ADR-12 -->',
      '## Scenario: Stripe API outage',
      '<!-- paramedic:draft -->',
      '1. Status page.',
    ].join('\n');
    const plan = parsePlan(text, 'DR.md');
    expect(plan.markers).toEqual([{ ids: ['redis', 'memcached'], reason: 'sessions are rebuilt from the DB, see ADR-12', line: 3 }]);
    expect(plan.scenarios[0]!.draft).toBe(true);
    expect(plan.lastUpdated).toEqual({ date: 'January 5, 2026', line: 2 });
  });
});

describe('the date a plan was last updated', () => {
  it('reads it from prose, tables, other languages and words around it', () => {
    const date = (line: string) => parsePlan(`${line}\n`, 'p.md').lastUpdated?.date;
    expect(date('| Last Updated | 2026-02-03 |')).toBe('2026-02-03');
    expect(date('**Última Atualização:** 2025-12-14 (Issue #672 - restore)')).toBe('2025-12-14');
    expect(date('Last updated on 14/03/2024')).toBe('2024-03-14');
    expect(date('Last reviewed: 5th March 2024')).toBe('5 March 2024');
    expect(date('**Last Updated**: January 2025')).toBe('January 2025');
    expect(date('Last Updated: [Date]')).toBeUndefined();
    expect(date('The last updated field is set by CI')).toBeUndefined();
    expect(parsePlan('---\nlastmod: 2024-05-06\n---\n# Plan\n', 'p.md').lastUpdated).toEqual({ date: '2024-05-06', line: 2 });
  });
});

describe('finding the plan', () => {
  it('prefers the configured path, then the standard locations, then a name that says so', () => {
    expect(findPlan('/nowhere', ['docs/DISASTER_RECOVERY.md', 'DISASTER_RECOVERY.md'])).toEqual({ path: 'DISASTER_RECOVERY.md', chosenBecause: 'standard location' });
    expect(findPlan('/nowhere', ['README.md', 'docs/disaster-recovery.md'])?.path).toBe('docs/disaster-recovery.md');
    const byName = findPlan('/nowhere', ['ops/runbooks/disaster_recovery_plan.md', 'ops/dr-plan.md', 'README.md']);
    expect(byName?.path).toBe('ops/dr-plan.md');
    expect(byName?.chosenBecause).toMatch(/name says disaster recovery.*1 other candidate: ops\/runbooks\/disaster_recovery_plan\.md/);
    expect(findPlan('/nowhere', ['README.md', 'docs/recovery-codes.md'])).toBeNull();
  });
});
