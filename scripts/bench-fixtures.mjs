// Generates the synthetic repositories `npm run bench` measures: a large monorepo and a
// small one that share the same 50-file pull-request diff. Deterministic (seeded PRNG).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SERVICES = [
  { npm: 'pg', env: 'POSTGRES_URL', image: 'postgres:16', tf: ['aws_db_instance', 'postgres'] },
  { npm: 'ioredis', env: 'REDIS_URL', image: 'redis:7', tf: ['aws_elasticache_replication_group', 'redis'] },
  { npm: 'stripe', env: 'STRIPE_SECRET_KEY' },
  { npm: 'kafkajs', env: 'KAFKA_BROKERS', image: 'bitnami/kafka:3.7', tf: ['aws_msk_cluster', null] },
  { npm: 'mongodb', env: 'MONGODB_URI', image: 'mongo:7' },
  { npm: '@sendgrid/mail', env: 'SENDGRID_API_KEY' },
  { npm: 'openai', env: 'OPENAI_API_KEY' },
  { npm: '@aws-sdk/client-s3', env: 'S3_BUCKET', tf: ['aws_s3_bucket', null] },
];
const FILLER_DEPS = ['express', 'zod', 'lodash', 'dayjs', 'pino', 'fastify', 'uuid', 'commander'];

function writeFile(root, rel, text) {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function packageJson(i, rand, extra = []) {
  const deps = {};
  for (let k = 0; k < 4; k++) deps[FILLER_DEPS[Math.floor(rand() * FILLER_DEPS.length)]] = '^1.0.0';
  if (i % 7 === 0) deps[SERVICES[i % SERVICES.length].npm] = '^1.0.0';
  for (const name of extra) deps[name] = '^2.0.0';
  return JSON.stringify({ name: `@bench/pkg-${i}`, version: '1.0.0', dependencies: deps, devDependencies: { vitest: '^2.0.0' } }, null, 2) + '\n';
}

function plan(scenarios) {
  const out = ['# Disaster Recovery Plan', '', 'Last Updated: 2026-10-01', ''];
  const names = ['PostgreSQL', 'Redis', 'Stripe', 'Kafka', 'MongoDB', 'SendGrid'];
  for (let i = 0; i < scenarios; i++) {
    const name = names[i % names.length];
    out.push(`## Scenario: ${name} outage ${i + 1}`, '', `**Impact:** Requests that need ${name} fail.`, '', '**Mitigation Strategy:**', '');
    out.push(`1. Confirm the outage on the ${name} dashboard.`, '2. Fail over:', '', '   ```bash', '   ./scripts/failover.sh "$TARGET"', '   ```', '', '3. Verify with the health check: `curl -fsS "$APP_URL/health"`.', '');
  }
  return out.join('\n');
}

/** The files a diff of `size` changed files edits: manifests first (a fifth), then sources. */
function diffPlan(size, { packages, infraCount, perPackage }) {
  const manifests = Math.min(Math.round(size / 5), packages);
  const envs = Math.min(Math.round(size / 10), infraCount);
  const composes = Math.min(Math.round(size / 10), infraCount);
  const sources = size - manifests - envs - composes;
  if (sources > packages * (perPackage - 1)) throw new Error(`a ${size}-file diff does not fit this repository`);
  return { manifests, envs, composes, sources };
}

/** Writes one diff over the base tree (the shared 50-file one keeps its historical shape). */
function writeDiff(root, plan, seedOffset) {
  for (let i = 0; i < plan.manifests; i++) writeFile(root, `packages/pkg-${i}/package.json`, packageJson(i, prng(i + seedOffset), i < 3 ? ['ioredis', 'amqplib'] : ['zod']));
  for (let i = 0; i < plan.envs; i++) writeFile(root, `services/svc-${i}/.env.example`, `${SERVICES[i % SERVICES.length].env}=\nRABBITMQ_URL=\nPORT=8080\n`);
  for (let i = 0; i < plan.composes; i++) writeFile(root, `services/svc-${i}/docker-compose.yml`, `services:\n  app:\n    build: .\n  mq:\n    image: rabbitmq:3.13\n`);
  for (let k = 0; k < plan.sources; k++) {
    // Spread over packages first, then over each package's files.
    const pkg = k % plan.packages;
    const file = 1 + Math.floor(k / plan.packages);
    writeFile(root, `packages/pkg-${pkg}/src/file-${file}.ts`, `export const v${file} = ${k + 100};\n`);
  }
}

/**
 * Builds a repository with `packages` workspaces and filler sources up to `totalFiles`,
 * commits it as the base, then applies the shared 50-file diff as the head commit. Each size
 * in `diffs` is one more head, a branch from the base with that many changed files
 * (`heads[size]`).
 *
 * A repository already generated with the same parameters by the same generator is reused
 * (the `.bench-params` file says which), so repeated runs spend their time measuring.
 */
export function generateRepo(root, { totalFiles, packages, diffs = [] }) {
  const params = JSON.stringify({ totalFiles, packages, diffs, generator: readFileSync(fileURLToPath(import.meta.url), 'utf8').length });
  const paramsFile = path.join(root, '.git', 'bench-params.json');
  if (existsSync(paramsFile) && readFileSync(paramsFile, 'utf8').startsWith(params)) return JSON.parse(readFileSync(paramsFile, 'utf8').slice(params.length + 1));
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const rand = prng(42);
  let count = 0;
  const put = (rel, text) => {
    writeFile(root, rel, text);
    count++;
  };
  put('DISASTER_RECOVERY.md', plan(30));
  put('scripts/failover.sh', '#!/bin/sh\necho failover "$1"\n');
  put('package.json', JSON.stringify({ private: true, workspaces: ['packages/*'] }) + '\n');
  const infraCount = Math.max(10, Math.round(packages / 20));
  for (let i = 0; i < infraCount; i++) {
    const svc = SERVICES[i % SERVICES.length];
    put(`services/svc-${i}/.env.example`, `# service ${i}\n${svc.env}=\nLOG_LEVEL=info\nPORT=8080\n`);
    put(`services/svc-${i}/docker-compose.yml`, `services:\n  app:\n    build: .\n  dep:\n    image: ${svc.image ?? 'nginx:1.27'}\n`);
    const tf = svc.tf ?? ['aws_iam_role', null];
    put(`infra/mod-${i}/main.tf`, `resource "${tf[0]}" "main" {\n  name = "svc-${i}"\n${tf[1] ? `  engine = "${tf[1]}"\n` : ''}}\n`);
  }
  const perPackage = Math.max(2, Math.floor((totalFiles - count) / packages));
  for (let i = 0; i < packages; i++) {
    put(`packages/pkg-${i}/package.json`, packageJson(i, rand));
    for (let f = 1; f < perPackage; f++) put(`packages/pkg-${i}/src/file-${f}.ts`, `export const v${f} = ${f};\n`);
  }
  while (count < totalFiles) put(`docs/notes/note-${count}.md`, `# Note ${count}\n`);
  const git = (...args) => execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 }).toString().trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bench@example.com');
  git('config', 'user.name', 'bench');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');

  const heads = {};
  const shape = { packages, infraCount, perPackage };
  for (const size of diffs) {
    git('checkout', '-q', '-b', `diff-${size}`, base);
    writeDiff(root, { ...diffPlan(size, shape), packages }, 1000);
    git('add', '-A');
    git('commit', '-q', '-m', `head: ${size}-file change`);
    heads[size] = git('rev-parse', 'HEAD');
    git('checkout', '-q', '-f', 'main');
  }

  // The shared diff: 50 files that exist in both repositories (10 manifests, 5 + 5 infra, 30 sources).
  writeDiff(root, { manifests: 10, envs: 5, composes: 5, sources: 30, packages: 30 }, 0);
  git('add', '-A');
  git('commit', '-q', '-m', 'head: 50-file change');
  const head = git('rev-parse', 'HEAD');
  const result = { root, base, head, heads, files: count };
  writeFileSync(paramsFile, `${params}\n${JSON.stringify(result)}`);
  return result;
}
