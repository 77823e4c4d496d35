import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticReports } from '../scripts/dashboard-fixtures.mjs';
import { cleanupTempDirs, REPO_ROOT, tempDir } from './helpers/repo.js';

// The dashboard in a real browser: Debian's Chromium, headless, driven through the DevTools
// protocol by playwright-core, loading the page `paramedic report merge` (the built bundle)
// wrote. `UPDATE_SCREENSHOT=1` also writes the picture the README shows (docs/dashboard.png).

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p): p is string => !!p && existsSync(p));
/** .ci/run installs Chromium and sets this: there a missing browser is a failure, not a skip. */
const REQUIRED = process.env.PARAMEDIC_REQUIRE_CHROMIUM === '1';
const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

/** The flags the brief asks for: no sandbox in a container, and no traffic of Chromium's own on a closed network. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!CHROMIUM && !REQUIRED) console.warn('dashboard-browser: skipped, no Chromium at /usr/bin/chromium (apt-get install -y chromium; .ci/run installs it)');

describe.runIf(!CHROMIUM && REQUIRED)('the dashboard in Chromium, required', () => {
  it('has a browser to run in', () => {
    expect.fail('PARAMEDIC_REQUIRE_CHROMIUM=1 but no Chromium was found at /usr/bin/chromium (apt-get install -y chromium)');
  });
});

function merge(dir: string, listing: unknown): { out: string; report: OrgReportShape } {
  const expectFile = path.join(tempDir(), 'repositories.json');
  writeFileSync(expectFile, JSON.stringify(listing));
  const out = tempDir('paramedic-dashboard-');
  const run = spawnSync(process.execPath, [CLI, 'report', 'merge', dir, '--expect', expectFile, '--out', out], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return { out, report: JSON.parse(readFileSync(path.join(out, 'org-report.json'), 'utf8')) };
}

interface OrgReportShape {
  repositories: Array<{ fullName: string; status: string; url: string; plan: { url: string } | null; dependencies: Array<{ id: string; tier: number; covered: boolean; evidence: Array<{ url: string }> }> }>;
  services: Array<{ id: string; name: string; repositories: number }>;
}

describe.skipIf(!CHROMIUM)('the dashboard in Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(path.join(tmpdir(), 'paramedic-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1440, height: 1000 } });
    context.on('request', (r) => requests.push(r.url()));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    cleanupTempDirs();
  });

  async function open(file: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
    return page;
  }

  const visibleNames = (page: Page): Promise<string[]> => page.locator('#matrix tbody tr:not([hidden]) th').allInnerTexts();
  const column = (page: Page, key: string): Promise<number[]> =>
    page.locator('#matrix tbody tr:not([hidden])').evaluateAll((rows: Array<{ dataset: Record<string, string> }>, k: string) => rows.map((r) => Number(r.dataset[k])), key);

  it('renders the repositories × services table, filters, sorts by keyboard, links each cell to its line, and uses no network', async () => {
    const dir = tempDir();
    const listing = writeSyntheticReports(dir, { repositories: 16, dependencies: 6, vary: true, seed: 16 });
    unlinkSync(path.join(dir, 'acme__mobile-bff.json')); // its sweep job was lost: "no report"
    const { out, report } = merge(dir, listing);
    requests.length = 0;
    const page = await open(path.join(out, 'dashboard.html'));

    // The table: one row a repository, a header per service, named the way assistive technology reads them.
    const table = page.getByRole('table', { name: /Each row a repository/ });
    await expect(table.isVisible()).resolves.toBe(true);
    expect(await page.locator('#matrix tbody tr').count()).toBe(16);
    expect(await visibleNames(page)).toEqual(report.repositories.map((r) => r.fullName));
    for (const name of ['Repository', 'Status', 'Plan', 'Coverage', 'Gaps', 'Tier-1 gaps', 'Findings', ...report.services.map((s) => s.name)]) {
      expect(await page.getByRole('columnheader', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).count(), name).toBeGreaterThan(0);
    }
    expect(await page.getByRole('rowheader', { name: 'acme/billing' }).count()).toBe(1);
    expect(await page.locator('#matrix thead th:not([scope="col"]), #matrix tbody tr > th:not([scope="row"])').count()).toBe(0);
    expect(await table.getByRole('row', { name: /acme\/mobile-bff/ }).textContent()).toContain('not checked: no report');
    const locked = report.repositories.find((r) => r.status === 'no-access')!;
    expect(await table.getByRole('row', { name: new RegExp(`^${locked.fullName} `) }).textContent()).toContain('not checked: no access');
    // Also in the list of what was not checked, below.
    expect(await page.getByRole('table', { name: /could not be checked/ }).getByRole('row', { name: /acme\/mobile-bff/ }).innerText()).toContain('no report');

    // Filtering: by name from the keyboard, by what needs attention, by service.
    const filter = page.getByLabel('Filter repositories by name');
    for (let i = 0; i < 12 && (await page.evaluate('document.activeElement && document.activeElement.id')) !== 'f-text'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.id')).toBe('f-text');
    await page.keyboard.type('bill');
    expect(await visibleNames(page)).toEqual(['acme/billing']);
    expect(await page.locator('#f-count').innerText()).toBe('1 of 16 repositories match');
    await filter.fill('');
    await page.getByLabel('Show').selectOption('failed');
    expect(await visibleNames(page)).toEqual(report.repositories.filter((r) => r.status !== 'checked').map((r) => r.fullName));
    await page.getByLabel('Show').selectOption('all');
    const busiest = report.services.reduce((a, b) => (b.repositories > a.repositories ? b : a));
    await page.getByLabel('Using the service').selectOption(busiest.id);
    expect(await visibleNames(page)).toEqual(report.repositories.filter((r) => r.dependencies.some((d) => d.id === busiest.id)).map((r) => r.fullName));
    expect(await page.locator('#f-count').innerText()).toBe(`${busiest.repositories} of 16 repositories match`);
    await page.getByLabel('Using the service').selectOption('');

    // Sorting from the keyboard: Enter on a header's button, then Space reverses it.
    const coverage = page.getByRole('button', { name: /^Coverage/ });
    await coverage.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('th[data-key="coverage"]').getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('th[data-key="name"]').getAttribute('aria-sort')).toBeNull();
    const up = await column(page, 'coverage');
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.keyboard.press('Space');
    expect(await page.locator('th[data-key="coverage"]').getAttribute('aria-sort')).toBe('descending');
    const down = await column(page, 'coverage');
    expect(down).toEqual([...up].sort((a, b) => b - a));
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.parentElement.dataset.key')).toBe('gaps');
    await page.getByRole('button', { name: /^Tier-1 gaps/ }).click();
    const tier1 = await column(page, 'tier1');
    expect(tier1).toEqual([...tier1].sort((a, b) => b - a)); // the most tier-1 gaps first
    await page.getByRole('button', { name: /^Repository/ }).click();
    expect(await visibleNames(page)).toEqual(report.repositories.map((r) => r.fullName));

    // Each gap links to the line that proves the dependency, each plan to the plan.
    const repo = report.repositories.find((r) => r.status === 'checked' && r.plan && r.dependencies.some((d) => !d.covered))!;
    const gap = repo.dependencies.find((d) => !d.covered)!;
    const row = table.getByRole('row', { name: new RegExp(`^${repo.fullName}`) });
    expect(await row.locator('td.g a').first().getAttribute('href')).toBe(gap.evidence[0]!.url);
    expect(await row.getByRole('link', { name: /DISASTER_RECOVERY\.md$/ }).getAttribute('href')).toBe(repo.plan!.url);
    expect(await row.getByRole('link', { name: repo.fullName }).getAttribute('href')).toBe(repo.url);

    // The page asked for nothing but itself, and the CSP let its own script run (it sorted above).
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(problems).toEqual([]);

    const shot = path.join(tempDir(), 'dashboard.png');
    await page.screenshot({ path: shot });
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(shot).size).toBeGreaterThan(30_000);
    if (process.env.UPDATE_SCREENSHOT === '1') copyFileSync(shot, path.join(REPO_ROOT, 'docs', 'dashboard.png'));
    process.stderr.write(`dashboard-browser: screenshot at ${shot}\n`);
    await page.close();
  }, 120_000);

  it('shows hostile repository text as text: no markup, no script, no javascript: link', async () => {
    const dir = tempDir();
    const listing = writeSyntheticReports(dir, { repositories: 2, dependencies: 3, seed: 3 });
    const file = path.join(dir, 'acme__billing.json');
    const envelope = JSON.parse(readFileSync(file, 'utf8'));
    const evil = 'acme/<img src=x onerror="window.__pwned=1">';
    envelope.repository.fullName = evil;
    envelope.repository.url = 'javascript:window.__pwned=2';
    envelope.report.dependencies[0].name = '"><script>window.__pwned=3</script>';
    envelope.report.dependencies[0].covered = false;
    envelope.report.dependencies[0].evidence[0].path = '"><svg onload="window.__pwned=4">';
    envelope.report.doc = '</td><script>window.__pwned=5</script>.md';
    writeFileSync(file, JSON.stringify(envelope));
    const { out } = merge(dir, listing);
    const page = await open(path.join(out, 'dashboard.html'));
    expect(await page.getByRole('rowheader', { name: evil }).count()).toBe(1);
    expect(await page.getByRole('rowheader', { name: evil }).getByRole('link').count()).toBe(0); // javascript: is no link
    expect(await page.locator('img, svg').count()).toBe(0);
    expect(await page.locator('script:not([type])').count()).toBe(1); // the page's own
    await page.getByRole('columnheader', { name: /^"><script>/ }).hover();
    await page.getByLabel('Filter repositories by name').fill('img');
    expect(await page.locator('#f-count').innerText()).toBe('1 of 3 repositories match');
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('stays legible at 1,000 repositories: sticky headers and names, readable type, filtering still immediate', async () => {
    const dir = tempDir();
    const listing = writeSyntheticReports(dir, { repositories: 1000, dependencies: 20, seed: 1000 });
    const { out, report } = merge(dir, listing);
    const page = await open(path.join(out, 'dashboard.html'));
    // A page of rows first, the rest a button away.
    expect(await page.locator('#matrix tbody tr').count()).toBe(100);
    expect(await page.locator('#m-shown').innerText()).toBe('Showing 100 of 1,000.');
    const interactive = Number(await page.evaluate("performance.getEntriesByName('paramedic:interactive')[0].startTime"));
    process.stderr.write(`dashboard-browser: 1,000 repositories, ${report.services.length} services: interactive after ${interactive.toFixed(0)} ms\n`);
    expect(interactive).toBeLessThan(15_000); // a generous bound; npm run bench measures it

    await page.getByRole('button', { name: 'Show 100 more' }).click();
    expect(await page.locator('#matrix tbody tr').count()).toBe(200);
    await page.getByRole('button', { name: 'Show all' }).click();
    expect(await page.locator('#matrix tbody tr').count()).toBe(1000);
    expect(await page.locator('#m-more').isHidden()).toBe(true);

    // Type no smaller than 13 px, rows tall enough to aim at.
    const sizes = (await page.evaluate("[...document.querySelectorAll('#matrix tbody tr:nth-child(500) > *')].map(c => parseFloat(getComputedStyle(c).fontSize))")) as number[];
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
    const rowBox = await page.locator('#matrix tbody tr').nth(500).boundingBox();
    expect(rowBox!.height).toBeGreaterThanOrEqual(22);

    // Scrolled to the bottom and the far right, the column headers and the names stay in view.
    const region = page.getByRole('region', { name: /^Scrollable table/ });
    expect(await page.getByRole('region', { name: 'Repositories × critical services', exact: true }).count()).toBe(1); // the section, named once
    const scroll = (el: { scrollTop: number; scrollLeft: number; scrollHeight: number; scrollWidth: number }, to: string): void => {
      el.scrollTop = to === 'end' ? el.scrollHeight : 0;
      el.scrollLeft = to === 'end' ? el.scrollWidth : 0;
    };
    await region.evaluate(scroll, 'end');
    const box = (await region.boundingBox())!;
    const header = (await page.getByRole('columnheader', { name: /^Coverage/ }).boundingBox())!;
    expect(header.y).toBeGreaterThanOrEqual(box.y - 1);
    expect(header.y).toBeLessThan(box.y + 5);
    const last = page.getByRole('rowheader', { name: report.repositories.at(-1)!.fullName });
    const lastBox = (await last.boundingBox())!;
    expect(lastBox.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(lastBox.x).toBeLessThan(box.x + 5);
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(box.y + box.height + 1);
    const shot = path.join(tempDir(), 'dashboard-1000.png');
    await page.screenshot({ path: shot });
    process.stderr.write(`dashboard-browser: 1,000-repository screenshot at ${shot}\n`);

    await region.evaluate(scroll, 'start');
    await page.getByLabel('Filter repositories by name').fill('service-09');
    expect(await page.locator('#f-count').innerText()).toBe('100 of 1,000 repositories match');
    await page.getByLabel('Show').selectOption('tier1');
    const shown = await visibleNames(page);
    expect(shown).toEqual(
      report.repositories.filter((r) => r.fullName.includes('service-09') && r.dependencies.some((d) => !d.covered && d.tier === 1)).map((r) => r.fullName),
    );
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);
});
