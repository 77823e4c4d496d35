// `npm run eval -- SNAPSHOTS_DIR [--split tune|heldout] [--repo owner/name] [--json] [--show] [--raw-ids] [--corpus DIR]`
//
// Scores the bundled CLI on the labelled corpus (corpus/README.md). For each labelled repository
// whose snapshot is in SNAPSHOTS_DIR (`<owner>+<name>/repo`, a bare git directory as the search
// tool's `fetch` brings it), it clones the labelled commit into a temporary folder, runs
// `paramedic check DIR --json --fail-on never`, and compares what the gate would fail on with
// the labels. Nothing of the repositories is kept.
//
// Labellers write the ids they know (`mssql`, `gov-uk-notify`); a label id that is not a catalog id
// but is, letters and digits only, the name, id or an alias of exactly one catalog rule is read as
// that rule's id (printed, so the mapping is visible). That is naming, not detection: --raw-ids
// scores the labels as written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const RULES = path.join(ROOT, 'rules');
/** The confidences the gate fails on by default (src/catalog/types.ts Confidence). */
const GATED = new Set(['confirmed', 'likely']);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    split: { type: 'string' },
    repo: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    show: { type: 'boolean', default: false },
    'raw-ids': { type: 'boolean', default: false },
    corpus: { type: 'string' },
  },
});
const CORPUS = path.resolve(values.corpus ?? path.join(ROOT, 'corpus', 'repos'));
const snapshots = positionals[0];
if (!snapshots || !existsSync(snapshots)) {
  console.error('usage: npm run eval -- SNAPSHOTS_DIR [--split tune|heldout] [--repo owner/name] [--json] [--show] [--raw-ids] [--corpus DIR]');
  process.exit(2);
}
if (!existsSync(CLI)) {
  console.error('dist/ is missing: run npm run build');
  process.exit(2);
}

function loadLabels() {
  const out = [];
  for (const split of readdirSync(CORPUS)) {
    const dir = path.join(CORPUS, split);
    for (const file of readdirSync(dir).filter((n) => n.endsWith('.yml')).sort()) {
      const labels = parseYaml(readFileSync(path.join(dir, file), 'utf8'));
      out.push({ ...labels, split: labels.split ?? split, file: path.relative(ROOT, path.join(dir, file)) });
    }
  }
  return out;
}

const squash = (name) => String(name).toLowerCase().replace(/[^a-z0-9]/g, '');

/** Catalog ids, and each squashed name/id/alias that belongs to exactly one rule. */
function loadCatalogNames() {
  const ids = new Set();
  const owners = new Map();
  for (const file of readdirSync(RULES).filter((n) => n.endsWith('.yml'))) {
    const rule = parseYaml(readFileSync(path.join(RULES, file), 'utf8'));
    if (!rule?.id) continue;
    ids.add(rule.id);
    for (const name of new Set([rule.id, rule.name, ...(rule.aliases ?? [])].filter(Boolean).map(squash))) {
      owners.set(name, owners.has(name) && owners.get(name) !== rule.id ? null : rule.id);
    }
  }
  return { ids, owners };
}
const catalog = values['raw-ids'] ? null : loadCatalogNames();
/** label id -> catalog id, for the ids this run read differently */
const readAs = new Map();
function catalogIdOf(id) {
  if (!catalog || catalog.ids.has(id)) return id;
  const owner = catalog.owners.get(squash(id));
  if (!owner) return id;
  readAs.set(id, owner);
  return owner;
}

const idsOf = (list) => new Set((list ?? []).map((entry) => catalogIdOf(entry.id)));

function checkout(snapshot, commit) {
  const dir = mkdtempSync(path.join(tmpdir(), 'paramedic-eval-'));
  const run = (args, cwd) => spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  let r = run(['clone', '-q', '--shared', '--no-checkout', snapshot, dir]);
  if (r.status !== 0) throw new Error(`clone failed: ${r.stderr.trim()}`);
  r = run(['-c', 'advice.detachedHead=false', 'checkout', '-q', commit], dir);
  if (r.status !== 0) throw new Error(`checkout ${commit.slice(0, 7)} failed: ${r.stderr.trim()}`);
  return dir;
}

function scan(dir) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, 'check', dir, '--json', '--fail-on', 'never'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`paramedic exited ${r.status}: ${(r.stderr || '').split('\n')[0]}`);
  return { report: JSON.parse(r.stdout), ms };
}

/** True/false positives and misses of one repository; `uncertain` ids count neither way. */
function score(labels, report) {
  const wanted = idsOf(labels.dependencies);
  const unsure = idsOf(labels.uncertain);
  const gated = report.dependencies.filter((d) => d.change !== 'removed' && GATED.has(d.confidence ?? 'likely'));
  const found = new Set(gated.map((d) => d.id));
  const tp = [...found].filter((id) => wanted.has(id));
  const fp = [...found].filter((id) => !wanted.has(id) && !unsure.has(id));
  const fn = [...wanted].filter((id) => !found.has(id));
  const triage = report.dependencies.filter((d) => (d.confidence ?? 'likely') === 'possible').map((d) => d.id);
  let agree = 0;
  let judged = 0;
  if (labels.plan?.scenarios) {
    const labelledCover = new Set(labels.plan.scenarios.flatMap((s) => s.covers ?? []).map(catalogIdOf));
    const toolCover = new Set([...report.dependencies.filter((d) => d.covered && d.scenarios.length > 0).map((d) => d.id), ...report.scenarios.flatMap((s) => s.covers)]);
    for (const id of wanted) {
      judged++;
      if (labelledCover.has(id) === toolCover.has(id)) agree++;
    }
  }
  return { tp, fp, fn, triage, agree, judged };
}

const ratio = (a, b) => (b === 0 ? null : a / b);
const fmt = (x) => (x === null ? '  -  ' : x.toFixed(3));

const labelled = loadLabels().filter((l) => (!values.split || l.split === values.split) && (!values.repo || values.repo.includes(l.repo)));
const rows = [];
for (const labels of labelled) {
  const [owner, name] = labels.repo.split('/');
  const snapshot = path.join(snapshots, `${owner}+${name}`, 'repo');
  if (!existsSync(snapshot)) {
    rows.push({ repo: labels.repo, split: labels.split, skipped: 'no snapshot' });
    continue;
  }
  let dir;
  try {
    dir = checkout(snapshot, labels.commit);
    const { report, ms } = scan(dir);
    rows.push({ repo: labels.repo, split: labels.split, ms, ...score(labels, report) });
  } catch (error) {
    rows.push({ repo: labels.repo, split: labels.split, skipped: error instanceof Error ? error.message : String(error) });
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

function totals(list) {
  const sum = (key) => list.reduce((n, r) => n + (Array.isArray(r[key]) ? r[key].length : r[key] ?? 0), 0);
  const tp = sum('tp');
  const fp = sum('fp');
  const fn = sum('fn');
  return { repos: list.length, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), coverageAgreement: ratio(sum('agree'), sum('judged')), judged: sum('judged') };
}

const scored = rows.filter((r) => !r.skipped);
const bySplit = Object.fromEntries([...new Set(scored.map((r) => r.split))].sort().map((split) => [split, totals(scored.filter((r) => r.split === split))]));
if (values.json) {
  console.log(JSON.stringify({ rows, totals: bySplit, all: totals(scored), labelIdsReadAs: Object.fromEntries(readAs) }, null, 2));
} else {
  const pad = (s, n) => String(s).padEnd(n);
  console.log(`${pad('repository', 44)} ${pad('split', 8)} ${pad('TP', 3)} ${pad('FP', 3)} ${pad('FN', 3)} ${pad('cov', 6)} ms`);
  for (const r of rows) {
    if (r.skipped) {
      console.log(`${pad(r.repo, 44)} ${pad(r.split, 8)} skipped: ${r.skipped}`);
      continue;
    }
    console.log(`${pad(r.repo, 44)} ${pad(r.split, 8)} ${pad(r.tp.length, 3)} ${pad(r.fp.length, 3)} ${pad(r.fn.length, 3)} ${pad(r.judged ? `${r.agree}/${r.judged}` : '-', 6)} ${Math.round(r.ms)}`);
    if (values.show) {
      if (r.fp.length) console.log(`    false positives: ${r.fp.join(', ')}`);
      if (r.fn.length) console.log(`    misses: ${r.fn.join(', ')}`);
      if (r.triage.length) console.log(`    to triage (possible): ${r.triage.join(', ')}`);
    }
  }
  console.log('');
  if (readAs.size) console.log(`label ids read as catalog ids (--raw-ids to score them as written): ${[...readAs].map(([from, to]) => `${from} -> ${to}`).join(', ')}\n`);
  for (const [split, t] of Object.entries({ ...bySplit, all: totals(scored) })) {
    console.log(`${pad(split, 8)} repos ${t.repos}  precision ${fmt(t.precision)}  recall ${fmt(t.recall)}  coverage agreement ${fmt(t.coverageAgreement)} (${t.judged} judged)  TP ${t.tp} FP ${t.fp} FN ${t.fn}`);
  }
}
