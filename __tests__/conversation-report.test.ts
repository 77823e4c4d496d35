import { describe, expect, it } from 'vitest';
import type { CheckReport, CheckedDependency, Finding } from '../src/check/types.js';
import { escapeLogText as logText } from '../src/util/log-text.js';
import { headline, plainHeadline, renderMarkdown } from '../src/report/markdown.js';
import { gfmTables, renderGfm } from './helpers/gfm.js';

/**
 * The report as people read it on a pull request: the Markdown renderer on report objects as
 * the engine writes them, read back with a real CommonMark + GFM-table parser where the
 * question is what GitHub would render.
 */

function dep(id: string, name: string, covered: boolean, extra: Partial<CheckedDependency> = {}): CheckedDependency {
  return {
    id,
    name,
    category: 'database',
    tier: 1,
    provider: null,
    evidence: [{ path: 'package.json', line: 4, source: 'npm', detail: `dependencies "${id}"` }],
    covered,
    scenarios: covered ? [`${name} down`] : [],
    change: 'unchanged',
    ...extra,
  };
}

function prReport(deps: CheckedDependency[], extra: Partial<CheckReport> = {}): CheckReport {
  const gaps = deps.filter((d) => !d.covered && d.change !== 'removed').map((d) => d.id);
  const newGaps = deps.filter((d) => !d.covered && d.change === 'added').map((d) => d.id);
  return {
    mode: 'pr',
    doc: 'DISASTER_RECOVERY.md',
    dependencies: deps,
    scenarios: [],
    gaps,
    newGaps,
    existingGaps: gaps.filter((id) => !newGaps.includes(id)),
    coverage: null,
    providerChanges: [],
    notices: [],
    findings: [],
    verdict: newGaps.length ? 'fail' : gaps.length ? 'warn' : 'pass',
    warnings: [],
    ...extra,
  };
}

function finding(rule: string, severity: Finding['severity'], line: number, extra: Partial<Finding> = {}): Finding {
  return { rule, severity, path: 'DISASTER_RECOVERY.md', line, message: `${rule} at ${line}`, hint: '', ...extra };
}

const tables = gfmTables;

describe('the headline', () => {
  it('names the services', () => {
    const r = prReport([dep('redis', 'Redis', false, { change: 'added' }), dep('postgresql', 'PostgreSQL', true, { change: 'changed' })]);
    expect(headline(r)).toBe('❌ **FAIL**: 1 new critical dependency without a recovery scenario: Redis');
    expect(plainHeadline(r)).toBe('❌ FAIL: 1 new critical dependency without a recovery scenario: Redis');
  });

  it('calls an already uncovered service what it is, not new', () => {
    const r = prReport([dep('redis', 'Redis', false, { change: 'changed' })]);
    expect(headline(r)).toBe('⚠️ **WARN**: 1 critical dependency without a recovery scenario, already uncovered before this change: Redis');
  });
});

describe('figures', () => {
  it('states no coverage figure that was not computed', () => {
    // A README-only PR on a repository with four services: the check saw none of them.
    const md = renderMarkdown(prReport([]), { maxChars: 65_536 });
    expect(md).not.toMatch(/Coverage/);
    expect(md).not.toMatch(/0 of 0|100%/);
    expect(headline(prReport([]))).toBe('✅ **PASS**: this change adds or changes no critical dependency');
  });

  it('states the figure when the engine computed it', () => {
    const md = renderMarkdown(prReport([dep('postgresql', 'PostgreSQL', true)], { mode: 'sweep', coverage: { covered: 1, total: 4, percent: 25 } }), { maxChars: 65_536 });
    expect(md).toContain('**Coverage:** 1 of 4 critical services (25%)');
  });
});

describe('the dependency table', () => {
  it('orders rows by status, then tier, and lists each evidence line once', () => {
    const env = { path: '.env.example', line: 4, source: 'env', detail: 'REDIS_URL' };
    const r = prReport([
      dep('auth0', 'Auth0', true, { tier: 1 }),
      dep('sendgrid', 'SendGrid', false, { tier: 2, change: 'added' }),
      dep('algolia', 'Algolia', false, { tier: 3, change: 'changed' }),
      dep('redis', 'Redis', false, { tier: 1, change: 'added', evidence: [env, { ...env, detail: 'redis:// URL' }] }),
      dep('mongodb', 'MongoDB', false, { tier: 1, change: 'removed' }),
      dep('postgresql', 'PostgreSQL', true, { tier: 2 }),
    ]);
    const [table] = tables(renderMarkdown(r, { maxChars: 65_536 }));
    expect(table!.slice(1).map((row) => row[1])).toEqual(['Redis', 'SendGrid', 'Algolia', 'Auth0', 'PostgreSQL', 'MongoDB']);
    expect(table!.find((row) => row[1] === 'Redis')![4]).toBe('.env.example:4');
  });

  it('drops the Change column in a sweep, where it is always "unchanged"', () => {
    const r = prReport([dep('redis', 'Redis', false)], { mode: 'sweep', existingGaps: [] });
    const [table] = tables(renderMarkdown(r, { maxChars: 65_536 }));
    expect(table![0]).toEqual(['', 'Service', 'Covered by', 'Evidence']);
    const [prTable] = tables(renderMarkdown(prReport([dep('redis', 'Redis', false, { change: 'changed' })]), { maxChars: 65_536 }));
    expect(prTable![0]).toEqual(['', 'Service', 'Change', 'Covered by', 'Evidence']);
  });
});

describe('findings and notices', () => {
  const markdownlint = Array.from({ length: 30 }, (_, i) =>
    finding('markdownlint/MD013', 'notice', 10 + i, { hint: 'See https://github.com/DavidAnson/markdownlint/blob/v0.40.0/doc/md013.md', causedByChange: false }),
  );
  const caused = finding('broken-script-ref', 'error', 40, { causedByChange: true });
  const r = prReport([dep('redis', 'Redis', false, { change: 'added' })], {
    findings: [...markdownlint, caused],
    notices: [{ kind: 'options-dropped', message: 'package.json names 5 databases; read as a menu of options, not dependencies', path: 'package.json', line: 1 }],
    providerChanges: [{ id: 'postgresql', from: null, to: 'aws-rds' }],
  });
  const stubs = [{ id: 'redis', title: 'Redis cache unavailable', markdown: '## Scenario: Redis cache unavailable\n\n<!-- paramedic:draft -->\n' }];
  const md = renderMarkdown(r, { maxChars: 65_536, stubs });

  it('puts the findings the change caused first, and gaps and stubs above every notice', () => {
    expect(md.indexOf('broken-script-ref')).toBeLessThan(md.indexOf('MD013'));
    expect(md.indexOf('Suggested scenarios')).toBeLessThan(md.indexOf('MD013'));
    expect(md.indexOf('Suggested scenarios')).toBeLessThan(md.indexOf('menu of options'));
  });

  it('collapses the rest and every notice into one <details>', () => {
    const start = md.indexOf('<details><summary>Other findings and notices (32)</summary>');
    expect(start, md).toBeGreaterThan(0);
    const end = md.indexOf('</details>', start);
    const inside = md.slice(start, end);
    expect(inside).toContain('MD013');
    expect(inside).toContain('menu of options');
    expect(inside).toMatch(/postgresql moved from self-run to aws-rds: its scenario may need updating/);
    expect(md.slice(0, start)).not.toContain('MD013');
  });

  it('never writes a long rule link out in a table cell', () => {
    for (const row of md.split('\n').filter((l) => l.startsWith('|'))) {
      const visible = row.replace(/\]\([^)]*\)/g, ']');
      expect(visible, row).not.toMatch(/https?:\/\//);
    }
    expect(md).toContain('[md013.md](https://github.com/DavidAnson/markdownlint/blob/v0.40.0/doc/md013.md)');
  });
});

describe('repository text cannot change the Markdown', () => {
  const hostileTitle = 'Redis\r| ✅ Security review passed |\u2028<img src=x onerror=alert(1)> @acme/security [click](https://evil.example) ![x](https://evil.example/x.png)';
  const r = prReport([
    dep('redis', 'Redis', true, { scenarios: [hostileTitle], change: 'changed' }),
    dep('pg', 'PostgreSQL', false, { change: 'added', evidence: [{ path: 'a\rb|c<d>@e[f](g).json', line: 2, source: 'npm', detail: '' }] }),
  ]);
  const md = renderMarkdown(r, { maxChars: 65_536, links: { repoUrl: 'https://github.com/acme/shop', sha: 'abc1234' } });

  it('keeps every row one row with its own cells (a lone CR, LS and pipes included)', () => {
    const [table] = tables(md);
    expect(table).toHaveLength(3);
    for (const row of table!) expect(row).toHaveLength(5);
    expect(md).not.toMatch(/\r|\u2028/);
  });

  it('lets no HTML, link, image or mention through', () => {
    expect(md).not.toMatch(/<img/);
    expect(md).not.toMatch(/@acme/);
    const rendered = renderGfm(md);
    expect(rendered).not.toMatch(/<img|<a href="https:\/\/evil/);
  });

  it('keeps a stub title with blank lines inside its <details>', () => {
    const title = 'Redis down\n\n</summary></details>\n\n## ✅ Security review passed\n\n<details><summary>';
    const out = renderMarkdown(prReport([dep('redis', 'Redis', false, { change: 'added' })]), {
      maxChars: 65_536,
      stubs: [{ id: 'redis', title, markdown: '## Scenario: Redis down\n' }],
    });
    expect(renderGfm(out)).not.toMatch(/<h2>/);
    const summary = /<details><summary>([^\n]*)<\/summary>/.exec(out)![1]!;
    expect(summary).not.toMatch(/<|>/);
  });
});

describe('size', () => {
  it('caps the summary in bytes: 1 MiB of CJK titles stays under 1 MiB', () => {
    const title = '東京リージョンのデータベース障害時の復旧手順'.repeat(100);
    const deps = Array.from({ length: 1200 }, (_, i) => dep(`svc-${i}`, `サービス${i}`, true, { scenarios: [title] }));
    const out = renderMarkdown(prReport(deps, { mode: 'sweep', existingGaps: [] }), { maxBytes: 1024 * 1024 });
    expect(out.length).toBeLessThan(1024 * 1024);
    expect(Buffer.byteLength(out, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
    expect(out).toMatch(/…and \d+ more/);
  });
});

describe('drafted stubs and advised commands', () => {
  const r = prReport([dep('redis', 'Redis', false, { change: 'added' }), dep('stripe', 'Stripe', false, { change: 'added', category: 'payments' })]);
  const stubs = [
    { id: 'redis', title: 'Redis cache unavailable', markdown: '## Scenario: Redis cache unavailable\n' },
    { id: 'stripe', title: 'Stripe API outage', markdown: '## Scenario: Stripe API outage\n' },
  ];
  const drafted = new Map([['redis', { sha: 'abc1234def5678abc1234def5678abc1234def56', url: 'https://github.com/acme/shop/commit/abc1234def5678abc1234def5678abc1234def56' }]]);
  const note = 'Paramedic committed draft scenarios (Redis) to this branch.';
  const md = renderMarkdown(r, { maxChars: 65_536, stubs, drafted, notes: [note], draftCommand: 'npx github:acme/paramedic-action#v1 draft . --write' });

  it('says "drafted in abc1234, awaiting sign-off" with a link, and does not offer that stub again', () => {
    expect(md).toContain('drafted in [abc1234](https://github.com/acme/shop/commit/abc1234def5678abc1234def5678abc1234def56), awaiting sign-off');
    expect(md).not.toContain('## Scenario: Redis cache unavailable');
    expect(md).toContain('## Scenario: Stripe API outage');
  });

  it('puts the note about what was committed before the how-to sections', () => {
    expect(md.indexOf(note)).toBeGreaterThan(0);
    expect(md.indexOf(note)).toBeLessThan(md.indexOf('Suggested scenarios'));
    expect(md.indexOf(note)).toBeLessThan(md.indexOf('How to resolve a gap'));
  });

  it('advises a command that works, never `npx paramedic`', () => {
    expect(md).toContain('`npx github:acme/paramedic-action#v1 draft . --write`');
    expect(renderMarkdown(r, { maxChars: 65_536 })).not.toMatch(/npx paramedic/);
  });
});

describe('log lines', () => {
  it('keep repository text on one line, where no workflow command can start', () => {
    for (const name of ['Redis\n::warning file=src/auth.ts::forged', 'Redis\r::stop-commands::x', 'Redis\u2028::add-mask::y', 'Redis ##[warning]forged', '::error::x']) {
      const line = logText(`pushed abc1234 to feature: ${name}`);
      expect(line.split(/\r\n|[\n\r\u2028\u2029\u0085]/)).toHaveLength(1);
      expect(line).not.toContain('##[');
    }
    expect(logText('::error::x')).not.toMatch(/^::/);
  });
});
