import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../src/catalog/load.js';
import { Matcher, resolveDependencies, type Dependency } from '../src/catalog/match.js';
import { attributeFindings } from '../src/check/plan-findings.js';
import { decideVerdict } from '../src/check/run.js';
import type { Finding } from '../src/check/types.js';
import { DEFAULT_CONFIG, mergeConfig } from '../src/config/schema.js';
import { readWhole, ruleNeedles } from '../src/diff/base-lookup.js';
import { parseYaml } from '../src/discover/extractors/yaml-nodes.js';
import { collectSignals } from '../src/discover/scan.js';
import type { FileSource } from '../src/discover/source.js';
import { draftScenario } from '../src/draft/stub.js';
import { readPlanDocument, scenarioNodes } from '../src/lint/document.js';
import { parsePlan } from '../src/plan/parse.js';
import { STUB_PLACEHOLDERS } from '../src/plan/stub-leftovers.js';
import { duplicateKey, yamlShapeProblem } from '../src/util/yaml-limits.js';
import { parseDocument } from 'yaml';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('the YAML pre-scan', () => {
  it('refuses bombs before the parser sees them, and lets real files through', () => {
    const cases: Array<[string, string, boolean]> = [
      ['5 MB of nested [', `services:\n  a:\n    image: ${'['.repeat(5_000_000)}\n`, true],
      ['a flat flow list of 200,000 items', `x: [${'a,'.repeat(200_000)}a]\n`, true],
      ['1,000 compact entries `- - - x`', `${'- '.repeat(1000)}a\n`, true],
      ['120 indentation levels', Array.from({ length: 120 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'), true],
      ['60 indentation levels', Array.from({ length: 60 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'), false],
      ['brackets inside strings and plain scalars', 'services:\n  api:\n    image: redis:7\n    command: ["a", "b [", "{"]\n    environment:\n      - A=[[[[\n', false],
      ['brackets in a block scalar', 'a: |\n  [[[[[[[[[[[[[[[\n  {{{{{{{\nb: 1\n', false],
      ['quotes with escapes and apostrophes', "a: 'it''s [ fine'\nb: \"x \\\" [[[\"\nc: don't [ worry\n", false],
    ];
    for (const [name, text, refused] of cases) expect(yamlShapeProblem(text) !== undefined, name).toBe(refused);
  });

  it('finds a duplicate key in linear time: a 60,000-key mapping no longer takes minutes', () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `k${i}: v`);
    const started = performance.now();
    const warnings: string[] = [];
    const { docs } = parseYaml(`${keys.join('\n')}\nk7: again\n`, (message) => warnings.push(message));
    // The parser's own check compared every key with every earlier one (40,000 keys: 30 s).
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(docs).toEqual([]);
    expect(warnings).toEqual(['invalid YAML: Map keys must be unique']);
    expect(duplicateKey(parseDocument('a: 1\nb: 2\n', { uniqueKeys: false }))).toBeUndefined();
  }, 60_000);
});

describe('the plan parser on 1 MB of scenarios', () => {
  it('parses it and finds every scenario\'s nodes without a scan per scenario', () => {
    const one = (i: number): string =>
      `## Scenario: Redis outage ${i}\n\n**Impact:** Sessions drop.\n\n1. Check: \`redis-cli -u "$REDIS_URL" ping\`.\n2. Fail over:\n\n   \`\`\`bash\n   aws elasticache test-failover --replication-group-id "$G" --node-group-id 0001\n   \`\`\`\n\n`;
    let text = '# Plan\n\n';
    for (let i = 0; text.length < 1_000_000; i++) text += one(i);
    const started = performance.now();
    const plan = parsePlan(text, 'DR.md');
    const doc = readPlanDocument(plan);
    const counts = plan.scenarios.map((s) => scenarioNodes(doc, s).length);
    // Before: 8.7 s to parse and 95 s for the nodes (a filter over 72,000 nodes per scenario).
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(plan.scenarios.length).toBeGreaterThan(4000);
    expect(new Set(counts)).toEqual(new Set([counts[0]]));
    expect(plan.scenarios.every((s) => s.codeBlocks.length === 1)).toBe(true);
  }, 120_000);
});

describe('stub leftovers', () => {
  it('every placeholder a drafted stub holds is one the plan parser recognises', () => {
    const evidence = (source: string, detail: string): Dependency['evidence'] => [{ path: 'x', line: 1, source, detail }];
    const runtimes: Array<[string | null, Dependency['evidence']]> = [
      [null, evidence('npm', 'dependencies "x"')],
      [null, evidence('compose', 'service "db" image postgres')],
      [null, evidence('kubernetes', 'image')],
      ['aws-rds', evidence('terraform', 'x')],
      ['aws-elasticache', evidence('terraform', 'x')],
      ['neon', evidence('npm', 'x')],
    ];
    const found = new Set<string>();
    for (const rule of catalog.rules) {
      for (const [provider, ev] of runtimes) {
        const stub = draftScenario({ id: rule.id, name: rule.name, category: rule.category, tier: rule.tier, provider, evidence: ev }, rule);
        for (const match of stub.markdown.matchAll(/<([A-Z][A-Z0-9_]{2,})>/g)) found.add(match[1]!);
      }
    }
    expect(found.size).toBeGreaterThan(5);
    expect([...found].filter((name) => !STUB_PLACEHOLDERS.includes(name))).toEqual([]);
  });
});

/** Minimal files that prove one pattern of a rule, per signal kind (exact names only). */
function filesFor(rule: Catalog['rules'][number]): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  const exact = (name: string): boolean => !/[*?{]/.test(name);
  const packages = rule.signals.packages ?? {};
  for (const p of (packages.npm ?? []).filter((x) => exact(x.name))) out.push({ path: 'package.json', text: JSON.stringify({ dependencies: { [p.name]: '1.0.0' } }) });
  for (const p of (packages.pypi ?? []).filter((x) => exact(x.name))) out.push({ path: 'requirements.txt', text: `${p.name}==1.0\n` });
  for (const p of (packages.gem ?? []).filter((x) => exact(x.name))) out.push({ path: 'Gemfile', text: `source "https://rubygems.org"\ngem "${p.name}"\n` });
  for (const p of (packages.go ?? []).filter((x) => exact(x.name))) out.push({ path: 'go.mod', text: `module example.com/app\n\ngo 1.22\n\nrequire ${p.name} v1.2.3\n` });
  for (const p of (packages.composer ?? []).filter((x) => exact(x.name))) out.push({ path: 'composer.json', text: JSON.stringify({ require: { [p.name]: '^1.0' } }) });
  for (const p of (packages.cargo ?? []).filter((x) => exact(x.name))) {
    const feature = /^([^[]+)\[([^\]]+)\]$/.exec(p.name);
    out.push({ path: 'Cargo.toml', text: feature ? `[package]\nname = "app"\n\n[dependencies]\n${feature[1]} = { version = "1", features = ["${feature[2]}"] }\n` : `[package]\nname = "app"\n\n[dependencies]\n${p.name} = "1"\n` });
  }
  for (const p of (packages.maven ?? []).filter((x) => exact(x.name) && x.name.includes(':'))) {
    const [group, artifact] = p.name.split(':');
    out.push({ path: 'pom.xml', text: `<project><dependencies><dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>1</version></dependency></dependencies></project>\n` });
  }
  for (const p of (rule.signals.env ?? []).filter((x) => exact(x.name))) out.push({ path: '.env.example', text: `${p.name}=\n` });
  for (const p of (rule.signals.envValues ?? []).filter((x) => exact(x.name))) out.push({ path: '.env.example', text: `${p.name}\n` });
  for (const p of (rule.signals.urlSchemes ?? []).filter((x) => exact(x.name))) out.push({ path: '.env.example', text: `SERVICE_URL=${p.name}://host:1234/x\n` });
  for (const p of (rule.signals.images ?? []).filter((x) => exact(x.name))) out.push({ path: 'docker-compose.yml', text: `services:\n  svc:\n    image: ${p.name}:1\n` });
  for (const p of (rule.signals.terraform ?? []).filter((x) => exact(x.type))) {
    const engine = p.engine?.[0] && exact(p.engine[0]) ? `  engine = "${p.engine[0]}"\n` : '';
    out.push({ path: 'main.tf', text: `resource "${p.type}" "main" {\n${engine}}\n` });
  }
  for (const p of (rule.signals.terraformModules ?? []).filter((x) => exact(x.name))) {
    const engine = p.engine?.[0] && exact(p.engine[0]) ? `  engine = "${p.engine[0]}"\n` : '';
    out.push({ path: 'main.tf', text: `module "main" {\n  source = "${p.name}"\n${engine}}\n` });
  }
  for (const p of (rule.signals.prisma ?? []).filter((x) => exact(x.name))) out.push({ path: 'prisma/schema.prisma', text: `datasource db {\n  provider = "${p.name}"\n  url      = env("DATABASE_URL")\n}\n` });
  for (const p of (rule.signals.platform ?? []).filter((x) => exact(x.name) && x.name.startsWith('k8s:'))) {
    const [group, kind] = p.name.slice(4).split('/');
    out.push({ path: 'k8s/cluster.yaml', text: `apiVersion: ${group}/v1\nkind: ${kind}\nmetadata:\n  name: main\n` });
  }
  return out;
}

describe('the base lookup never passes over a file that proves a service', () => {
  it('for every pattern of every catalog rule, a file that proves the rule holds one of its needles', async () => {
    const matcher = new Matcher(catalog);
    let proved = 0;
    const misses: string[] = [];
    for (const rule of catalog.rules) {
      const needles = ruleNeedles(rule);
      for (const file of filesFor(rule)) {
        const source: FileSource = { read: async (rel) => (rel === file.path ? { ok: true, text: file.text } : { ok: false, code: 'missing', reason: 'missing' }) };
        const { signals } = await collectSignals([file.path], source);
        if (!resolveDependencies(signals, matcher).some((d) => d.id === rule.id)) continue;
        proved++;
        const lower = file.text.toLowerCase();
        if (needles !== null && !readWhole(file.path) && !needles.some((n) => lower.includes(n))) misses.push(`${rule.id}: ${file.path}: ${file.text.trim()}`);
      }
    }
    expect(proved).toBeGreaterThan(500);
    expect(misses).toEqual([]);
  }, 120_000);
});

describe('the verdict', () => {
  const finding = (over: Partial<Finding>): Finding => ({ rule: 'missing-script', severity: 'error', path: 'DR.md', line: 3, message: 'x.sh is referenced', hint: '', ...over });

  it('fail-on: never never fails, whatever the gaps and findings', () => {
    const config = mergeConfig({ failOn: 'never' });
    expect(decideVerdict(config, 'pr', ['redis'], ['redis'], [finding({ causedByChange: true }), finding({ rule: 'unreadable-manifest', causedByChange: true })])).toBe('warn');
    expect(decideVerdict(config, 'sweep', [], [], [finding({})])).toBe('warn');
    expect(decideVerdict(config, 'sweep', [], [], [])).toBe('pass');
  });

  it('in a pull request only findings the change caused fail it; in a sweep every one does', () => {
    expect(decideVerdict(DEFAULT_CONFIG, 'pr', [], [], [finding({ causedByChange: false })])).toBe('warn');
    expect(decideVerdict(DEFAULT_CONFIG, 'pr', [], [], [finding({ causedByChange: true })])).toBe('fail');
    expect(decideVerdict(DEFAULT_CONFIG, 'sweep', [], [], [finding({})])).toBe('fail');
    expect(decideVerdict(DEFAULT_CONFIG, 'pr', ['redis'], [], [])).toBe('warn'); // an existing gap
    expect(decideVerdict(mergeConfig({ failOn: 'any-gap' }), 'pr', ['redis'], [], [])).toBe('fail');
    expect(decideVerdict(mergeConfig({ failOnFindings: 'never' }), 'pr', [], [], [finding({ rule: 'unreadable-manifest', causedByChange: true })])).toBe('fail');
  });

  it('a finding the base had on a line of the same text is already there, however the lines moved', () => {
    const base = parsePlan('# Plan\n\n## Restore\n\n1. Run `./a.sh`.\n', 'DR.md');
    const head = parsePlan('# Plan\n\nIntro.\n\n## Restore\n\n1. Run `./a.sh`.\n2. Run `./b.sh`.\n', 'DR.md');
    const marked = attributeFindings(
      [finding({ line: 7, message: './a.sh is referenced' }), finding({ line: 8, message: './b.sh is referenced' })],
      [finding({ line: 5, message: './a.sh is referenced' })],
      head,
      base,
    );
    expect(marked.map((f) => f.causedByChange)).toEqual([false, true]);
  });
});
