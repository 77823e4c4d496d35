/**
 * Plan-reading defects found by running `paramedic check` on new users' plans written in
 * their own style (numbered headings, a table of contents, an emphasised date).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../src/check/types.js';
import { runCli } from '../src/cli/index.js';
import { parsePlan } from '../src/plan/parse.js';
import { cleanupTempDirs, makeRepo } from './helpers/repo.js';

afterAll(cleanupTempDirs);

async function checkJson(dir: string): Promise<CheckReport> {
  let out = '';
  await runCli(['check', dir, '--json'], { stdout: (t) => (out += t), stderr: () => undefined });
  return JSON.parse(out) as CheckReport;
}

/** A Next.js team's plan: front matter, an italic date, a "Contents" list, then h3 scenarios. */
const NEXT_PLAN = [
  '---', // 1
  'title: Disaster Recovery', // 2
  '---', // 3
  '', // 4
  '# Disaster Recovery Plan', // 5
  '', // 6
  '_Last updated: March 2025_', // 7
  '', // 8
  '## Contents', // 9
  '', // 10
  '1. Database failure', // 11
  '2. Payments outage', // 12
  '', // 13
  '### 1. Database failure', // 14
  '', // 15
  '**Impact:** Users cannot sign in.', // 16
  '', // 17
  '1. Restore the Neon branch to a point in time from the console; redeploy the Postgres clients.', // 18
  '', // 19
  '### 2. Payments outage', // 20
  '', // 21
  '**Impact:** Checkout fails.', // 22
  '', // 23
  '1. Check the Stripe status page and set `CHECKOUT_DISABLED=true`.', // 24
  '', // 25
  '## Monitoring', // 26
  '', // 27
  '### Redis failure alerts', // 28
  '', // 29
  '1. The Redis alert pages the on-call.', // 30
  '',
].join('\n');

describe('plans in other styles', () => {
  it('reads a "Last updated" date wrapped in underscores', () => {
    expect(parsePlan('_Last updated: March 2025_\n', 'p.md').lastUpdated).toEqual({ date: 'March 2025', line: 1 });
    expect(parsePlan('__Last reviewed:__ 2025-03-02\n', 'p.md').lastUpdated).toEqual({ date: '2025-03-02', line: 1 });
    // snake_case inside a word is not emphasis, and the date is read out of the words around it.
    expect(parsePlan('Last updated: 2025-03-02 by ops_team\n', 'p.md').lastUpdated).toEqual({ date: '2025-03-02', line: 1 });
    expect(parsePlan('_Last updated: 2025-03-02 by ops_team_\n', 'p.md').lastUpdated).toEqual({ date: '2025-03-02', line: 1 });
  });

  it('scenarios written under a "Contents" heading are still scenarios; those under "Monitoring" are not', () => {
    const plan = parsePlan(NEXT_PLAN, 'docs/DISASTER_RECOVERY.md');
    expect(plan.scenarios.map((s) => [s.title, s.line])).toEqual([['Database failure', 14], ['Payments outage', 20]]);
  });

  it('a "stuck" component under "Incident Procedures" is a scenario, so its vague step is found', () => {
    const text = ['# Runbook', '', '## 3. Incident Procedures', '', '### 3.2 Celery workers stuck', '', '1. If the workers are stuck, try restarting them. If that doesn\'t work, message DevOps.', ''].join('\n');
    const plan = parsePlan(text, 'p.md');
    expect(plan.scenarios.map((s) => [s.title, s.line])).toEqual([['Celery workers stuck', 5]]);
    // Trap: "stuck" must be the word, not a part of one.
    expect(parsePlan('## Runbook\n\n### Stuckey integration\n\n1. x\n', 'p.md').scenarios).toEqual([]);
  });

  it('check reports that vague step at its line', async () => {
    const text = ['# Runbook', '', '## 3. Incident Procedures', '', '### 3.2 Celery workers stuck', '', '**Impact:** orders are not confirmed.', '', '1. If the workers are stuck, try restarting them. If that doesn\'t work, message DevOps.', ''].join('\n');
    const report = await checkJson(makeRepo({ 'requirements.txt': 'celery[redis]==5.3.6\n', 'DISASTER_RECOVERY.md': text }));
    expect(report.scenarios.map((s) => [s.title, s.line])).toEqual([['Celery workers stuck', 5]]);
    expect(report.findings.filter((f) => f.rule === 'vague-steps').map((f) => f.line)).toEqual([9]);
    // One numbered step is a step: the finding says it is alone, not that there is none.
    expect(report.findings.filter((f) => f.rule === 'missing-steps').map((f) => [f.line, f.message])).toEqual([[5, 'Scenario "Celery workers stuck" has only one numbered step.']]);
    // The scenario never names Redis, so the broker stays a gap.
    expect(report.gaps).toEqual(['redis']);
  });

  it('check covers PostgreSQL and Stripe from that plan, says it is stale, and raises no table-pipe notices', async () => {
    const dir = makeRepo({
      'apps/web/package.json': JSON.stringify({ dependencies: { stripe: '^15.3.0', '@upstash/redis': '^1.29.0' } }, null, 2),
      'apps/web/prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n',
      'docs/DISASTER_RECOVERY.md': NEXT_PLAN.replace('## Contents', '## Contents\n\n| Scenario | Owner |\n|---|---|\n| Database | Ops |\n'),
    });
    const report = await checkJson(dir);
    const covered = Object.fromEntries(report.dependencies.map((d) => [d.id, d.scenarios]));
    expect(covered).toEqual({ postgresql: ['Database failure'], redis: [], stripe: ['Payments outage'] });
    expect(report.gaps).toEqual(['redis']);
    const stale = report.findings.filter((f) => f.rule === 'stale-plan');
    expect(stale.map((f) => [f.path, f.line])).toEqual([['docs/DISASTER_RECOVERY.md', 7]]);
    expect(report.findings.filter((f) => f.rule === 'markdownlint/MD060')).toEqual([]);
  });

  it('a repository that switches MD060 on in its markdownlint config still gets it', async () => {
    const dir = makeRepo({
      '.markdownlint.yaml': 'MD060:\n  style: aligned\n',
      'DISASTER_RECOVERY.md': '# Plan\n\n| A | Bbbb |\n|---|---|\n| a | b |\n',
    });
    const report = await checkJson(dir);
    expect(report.findings.filter((f) => f.rule === 'markdownlint/MD060').length).toBeGreaterThan(0);
  });
});
