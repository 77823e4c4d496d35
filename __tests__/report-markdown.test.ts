import { describe, expect, it } from 'vitest';
import type { CheckReport, CheckedDependency } from '../src/check/types.js';
import { cell, coverageFigures, headline, renderMarkdown } from '../src/report/markdown.js';

function dep(id: string, covered: boolean, change: CheckedDependency['change'] = 'unchanged'): CheckedDependency {
  return {
    id,
    name: id.toUpperCase(),
    category: 'database',
    tier: 1,
    provider: null,
    evidence: [{ path: 'package.json', line: 4, source: 'npm', detail: `dependencies "${id}"` }],
    covered,
    scenarios: covered ? [`${id} down`] : [],
    change,
  };
}

function report(deps: CheckedDependency[], extra: Partial<CheckReport> = {}): CheckReport {
  const gaps = deps.filter((d) => !d.covered).map((d) => d.id);
  const newGaps = deps.filter((d) => !d.covered && (d.change === 'added' || d.change === 'changed')).map((d) => d.id);
  const covered = deps.filter((d) => d.covered).length;
  return {
    mode: 'pr',
    doc: 'DISASTER_RECOVERY.md',
    dependencies: deps,
    scenarios: [],
    gaps,
    newGaps,
    existingGaps: gaps.filter((id) => !newGaps.includes(id)),
    coverage: { covered, total: deps.length, percent: deps.length ? Math.round((covered / deps.length) * 100) : 100 },
    providerChanges: [],
    notices: [],
    findings: [],
    verdict: gaps.length ? 'fail' : 'pass',
    warnings: [],
    ...extra,
  };
}

describe('markdown report', () => {
  it('leads with the verdict and lists new gaps first, with links at the checked commit', () => {
    const r = report([dep('postgresql', true), dep('redis', false, 'added')]);
    const md = renderMarkdown(r, { maxChars: 65_536, links: { repoUrl: 'https://github.com/acme/shop', sha: 'abc123' } });
    expect(headline(r)).toBe('❌ **FAIL**: 1 new critical dependency without a recovery scenario: REDIS');
    const rows = md.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ✅'));
    expect(rows[0]).toContain('REDIS');
    expect(rows[1]).toContain('POSTGRESQL');
    expect(md).toContain('[package.json:4](https://github.com/acme/shop/blob/abc123/package.json#L4)');
    expect(coverageFigures(r)).toEqual({ covered: 1, total: 2, percent: 50 });
  });

  it('keeps table cells on one line and pipes escaped', () => {
    expect(cell('a | b\nc')).toBe('a \\| b c');
  });

  it('never exceeds its limit: stubs go first, then rows, with a count of what was cut', () => {
    const many = Array.from({ length: 3000 }, (_, i) => dep(`svc-${String(i).padStart(4, '0')}`, false, 'added'));
    const stubs = [{ id: 'svc-0000', title: 'svc down', markdown: '## Scenario: svc down\n\n' + 'x'.repeat(5000) }];
    const md = renderMarkdown(report(many), { maxChars: 65_536, stubs });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).not.toContain('Suggested scenarios');
    expect(md).toMatch(/…and \d+ more/);
    const roomy = renderMarkdown(report(many.slice(0, 3)), { maxChars: 65_536, stubs });
    expect(roomy).toContain('<details><summary>svc down</summary>');
  });

  it('starts with the marker when one is given', () => {
    expect(renderMarkdown(report([]), { maxChars: 1000, marker: '<!-- m -->' }).startsWith('<!-- m -->\n')).toBe(true);
  });
});
