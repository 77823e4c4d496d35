import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { isComposeFile } from '../src/discover/extractors/docker-compose.js';
import { isEnvTemplate } from '../src/discover/extractors/env-example.js';
import { isKubernetesCandidate } from '../src/discover/extractors/kubernetes.js';
import { mayBeInventoryFile } from '../src/discover/inventory.js';
import { scanRepository } from '../src/discover/scan.js';
import { lintPlan } from '../src/lint/index.js';
import { parsePlan } from '../src/plan/parse.js';
import { cleanupTempDirs, makeRepo } from './helpers/repo.js';

afterAll(cleanupTempDirs);

const FILES = {
  'docker-compose.yml': 'services:\n  api:\n    build: .\n    environment:\n      DATABASE_URL: postgres://app@db:5432/app\n  db:\n    image: postgres:16\n',
  'k8s/cache.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cache\n  namespace: data\nspec:\n  selector:\n    matchLabels:\n      app: cache\n  template:\n    metadata:\n      labels:\n        app: cache\n    spec:\n      containers:\n        - name: redis\n          image: redis:7\n          env:\n            - name: REDIS_URL\n              value: redis://localhost:6379\n',
  'infra/db.tf': 'resource "aws_db_instance" "orders" {\n  identifier = "orders-db"\n  engine     = "postgres"\n}\n',
  '.env.example': 'DATABASE_URL=\n',
};

async function findings(lines: string[]): Promise<string[]> {
  const root = makeRepo(FILES);
  const text = ['# Plan', '', '## Scenario: Everything fails', '', '**Impact:** all of it.', '', '`BACKUP_FILE`: the newest dump.', '', '1. Run:', '', '   ```bash', ...lines.map((l) => `   ${l}`), '   ```', ''].join('\n');
  const result = await lintPlan(parsePlan(text, 'DISASTER_RECOVERY.md'), {
    root,
    repoFiles: new Set(Object.keys(FILES)),
    config: { ...DEFAULT_CONFIG, lint: { shellcheck: 'off', markdownlint: 'off' } },
    catalog: await loadCatalog(),
    dependencyIds: new Set(['postgresql', 'redis']),
    scenarioCovers: new Map(),
    now: new Date('2026-11-23'),
    warn: () => {},
  });
  return result.filter((f) => f.rule === 'unknown-reference').map((f) => `${f.line} ${f.message}`);
}

describe('unknown-reference: scenario commands that name what the repository does not have', () => {
  it('names as written pass; a renamed service, a wrong kind, namespace, label, identifier or variable are findings', async () => {
    expect(await findings([
      'docker compose exec -T db pg_isready -U postgres', //                 12
      'docker compose stop api',
      'kubectl rollout restart -n data deployment/cache',
      'kubectl get pods -n data -l app=cache',
      'aws rds describe-db-instances --db-instance-identifier orders-db',
      'aws rds restore-db-instance-to-point-in-time --source-db-instance-identifier orders-db --target-db-instance-identifier orders-db-restore',
      'terraform state show aws_db_instance.orders',
      'psql "$DATABASE_URL" -c "SELECT 1" && pg_restore -d "$DATABASE_URL" "$BACKUP_FILE"',
    ])).toEqual([]);
    expect(await findings([
      'docker compose exec -T postgres pg_isready', //                       12
      'kubectl rollout restart -n data statefulset/cache',
      'kubectl get pods -n prod -l app.kubernetes.io/name=cache',
      'aws rds describe-db-instances --db-instance-identifier orders-prod',
      'terraform state show aws_db_instance.main',
      'psql "$POSTGRES_URL" -c "SELECT 1"',
    ])).toEqual([
      '12 `docker compose exec` names the compose service "postgres", which docker-compose.yml does not have (services: api, db).',
      '13 `statefulset/cache`: "cache" is a Deployment in the manifests, not a StatefulSet.',
      '14 Namespace "prod" is not one the manifests declare (data).',
      '14 No workload in the manifests carries the label app.kubernetes.io/name=cache.',
      '15 "orders-prod" is not an identifier the Terraform code declares (orders-db).',
      '16 Terraform has no resource aws_db_instance.main in this repository.',
      '17 $POSTGRES_URL is not a variable the repository declares (env templates, compose, manifests), and the plan does not say what it is.',
    ]);
  });

  it('a kind of source the repository does not have is not judged', async () => {
    const root = makeRepo({ 'package.json': '{"dependencies":{"pg":"8"}}' });
    const text = '# Plan\n\n## Scenario: DB down\n\n**Impact:** x.\n\n1. a\n2. b\n\n```bash\ndocker compose restart db\nkubectl rollout restart statefulset/pg\npsql "$ANYTHING"\n```\n';
    const result = await lintPlan(parsePlan(text, 'DR.md'), { root, repoFiles: new Set(['package.json']), config: DEFAULT_CONFIG, catalog: await loadCatalog(), dependencyIds: new Set(), scenarioCovers: new Map(), now: new Date(), warn: () => {} });
    expect(result.filter((f) => f.rule === 'unknown-reference')).toEqual([]);
  });
});

describe('evidence facts: what the extractors carry to the stub composer', () => {
  it('Terraform identifiers and attributes, compose services and settings, Kubernetes kind/name/namespace/labels, env names', async () => {
    const root = makeRepo({
      ...FILES,
      'docker-compose.yml': 'services:\n  api:\n    build: .\n    environment:\n      DATABASE_URL: postgres://app@db:5432/app\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: shop\n      POSTGRES_PASSWORD: secret\n    depends_on: []\n  worker:\n    build: .\n    depends_on:\n      - db\n',
      'infra/db.tf': 'resource "aws_db_instance" "orders" {\n  identifier = "orders-db"\n  engine     = "postgres"\n  multi_az   = false\n  password   = "hunter2"\n}\n',
    });
    const deps = (await scanRepository(root, await loadCatalog())).dependencies;
    const pg = deps.find((d) => d.id === 'postgresql')!;
    const facts = pg.evidence.map((e) => e.facts);
    expect(facts).toContainEqual(expect.objectContaining({ resource: 'aws_db_instance.orders', 'attr.identifier': 'orders-db', 'attr.multi_az': 'false', 'attr.engine': 'postgres' }));
    expect(facts).toContainEqual(expect.objectContaining({ service: 'db', image: 'postgres', 'env.POSTGRES_USER': 'shop', dependents: 'worker' }));
    expect(facts).toContainEqual({ service: 'api', variable: 'DATABASE_URL' });
    expect(JSON.stringify(facts)).not.toContain('hunter2');
    expect(JSON.stringify(facts)).not.toContain('secret');
    const redis = deps.find((d) => d.id === 'redis')!;
    expect(redis.evidence.map((e) => e.facts)).toContainEqual(expect.objectContaining({ kind: 'Deployment', name: 'cache', namespace: 'data', labels: 'app=cache', container: 'redis', image: 'redis' }));
  });
});

describe('unknown-reference in a pull-request check reads the head revision', () => {
  it('a PR that adds a compose service and a plan step for it, checked from the base checkout (pull_request_target), gets no finding', async () => {
    const { execFileSync } = await import('node:child_process');
    const path = await import('node:path');
    const { commit, gitIn } = await import('./helpers/repo.js');
    const cli = path.join(process.env.PARAMEDIC_DIST ?? path.resolve(__dirname, '..', 'dist'), 'cli', 'index.js');
    const plan = (steps: string[]): string => ['# Plan', '', '## Scenario: PostgreSQL database unavailable', '', '**Impact:** orders stop.', '', '**Mitigation Strategy:**', '', '1. Check the database:', '', '   ```bash', ...steps.map((s) => `   ${s}`), '   ```', ''].join('\n');
    const compose = (extra: string): string => `services:\n  api:\n    build: .\n  db:\n    image: postgres:16\n${extra}`;
    const root = makeRepo({ 'docker-compose.yml': compose(''), 'DISASTER_RECOVERY.md': plan(['docker compose exec -T db pg_isready -U postgres']) });
    const base = gitIn(root, 'rev-parse', 'HEAD').trim();
    const head = commit(root, {
      'docker-compose.yml': compose('  replica:\n    image: postgres:16\n'),
      'DISASTER_RECOVERY.md': plan(['docker compose exec -T db pg_isready -U postgres', 'docker compose exec -T replica pg_isready -U postgres']),
    });
    // The work tree stays at the base, as pull_request_target's default checkout leaves it.
    gitIn(root, 'checkout', '-q', base);
    const out = execFileSync(process.execPath, [cli, 'check', '.', '--base', base, '--head', head, '--json', '--fail-on', 'never'], { cwd: root, encoding: 'utf8' });
    const report = JSON.parse(out) as { findings: Array<{ rule: string; message: string }> };
    expect(report.findings.filter((f) => f.rule === 'unknown-reference').map((f) => f.message)).toEqual([]);
  });
});

describe('unknown-reference caused by a change that leaves the plan as it was', () => {
  it('a PR that renames the compose service a plan step names (modifying, not deleting, the file) causes the finding', async () => {
    const { execFileSync } = await import('node:child_process');
    const path = await import('node:path');
    const { commit, gitIn } = await import('./helpers/repo.js');
    const cli = path.join(process.env.PARAMEDIC_DIST ?? path.resolve(__dirname, '..', 'dist'), 'cli', 'index.js');
    const plan = ['# Plan', '', '## Scenario: PostgreSQL database unavailable', '', '**Impact:** orders stop.', '', '**Mitigation Strategy:**', '', '1. Check the database:', '', '   ```bash', '   docker compose exec -T db pg_isready -U postgres', '   ```', ''].join('\n');
    const compose = (name: string): string => `services:\n  api:\n    build: .\n  ${name}:\n    image: postgres:16\n`;
    const root = makeRepo({ 'docker-compose.yml': compose('db'), 'DISASTER_RECOVERY.md': plan });
    const base = gitIn(root, 'rev-parse', 'HEAD').trim();
    const head = commit(root, { 'docker-compose.yml': compose('database') });
    const out = execFileSync(process.execPath, [cli, 'check', '.', '--base', base, '--head', head, '--json', '--fail-on', 'never'], { cwd: root, encoding: 'utf8' });
    const report = JSON.parse(out) as { findings: Array<{ rule: string; causedByChange?: boolean; line: number }> };
    const found = report.findings.filter((f) => f.rule === 'unknown-reference');
    expect(found.map((f) => [f.line, f.causedByChange])).toEqual([[12, true]]);
  });

  it('a PR that touches no file the reference rules read keeps the plan findings it found already there', async () => {
    const { execFileSync } = await import('node:child_process');
    const path = await import('node:path');
    const { commit, gitIn } = await import('./helpers/repo.js');
    const cli = path.join(process.env.PARAMEDIC_DIST ?? path.resolve(__dirname, '..', 'dist'), 'cli', 'index.js');
    const plan = ['# Plan', '', '## Scenario: PostgreSQL database unavailable', '', '**Impact:** orders stop.', '', '**Mitigation Strategy:**', '', '1. Check the database:', '', '   ```bash', '   docker compose exec -T replica pg_isready -U postgres', '   ```', ''].join('\n');
    const root = makeRepo({ 'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n', 'DISASTER_RECOVERY.md': plan, 'src/index.js': 'console.log(1)\n' });
    const base = gitIn(root, 'rev-parse', 'HEAD').trim();
    const head = commit(root, { 'src/index.js': 'console.log(2)\n' });
    const out = execFileSync(process.execPath, [cli, 'check', '.', '--base', base, '--head', head, '--json', '--fail-on', 'never'], { cwd: root, encoding: 'utf8' });
    const report = JSON.parse(out) as { findings: Array<{ rule: string; causedByChange?: boolean; line: number }> };
    expect(report.findings.filter((f) => f.rule === 'unknown-reference').map((f) => [f.line, f.causedByChange])).toEqual([[12, false]]);
  });
});

describe("the inventory's quick test of a path", () => {
  it('passes over only paths that no kind (compose, Terraform, env template, Kubernetes) claims', () => {
    const word = fc.constantFrom('env', 'ENV', 'docker', 'compose', 'k8s', 'deploy', 'values', 'Chart', 'example', 'sample', 'main', 'app', 'src', 'x', '.github', 'workflows');
    const sep = fc.constantFrom('.', '-', '_', '');
    const ext = fc.constantFrom('', '.yml', '.yaml', '.YML', '.tf', '.tofu', '.TF', '.json', '.ts', '.example', '.env', '.local');
    const name = fc.tuple(fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 3 }), ext).map(([parts, e]) => parts.map(([w, s]) => w + s).join('') + e);
    const filePath = fc.tuple(fc.array(word, { maxLength: 3 }), name).map(([dirs, n]) => [...dirs, n].join('/'));
    fc.assert(
      fc.property(filePath, (file) => {
        const claimed = isComposeFile(file) || /\.(tf|tofu)$/.test(file) || isEnvTemplate(file) || isKubernetesCandidate(file);
        return !claimed || mayBeInventoryFile(file);
      }),
      { numRuns: 5000, seed: 15 },
    );
    expect(['src/index.ts', 'packages/a/package.json', 'README.md'].map(mayBeInventoryFile)).toEqual([false, false, false]);
  });
});
