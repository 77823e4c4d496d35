/**
 * Confidence per dependency (issue 12): the classes, usage in code as confirmation (one git grep,
 * tests and examples excluded, the head revision in PR mode), and the gate that counts confirmed
 * and likely dependencies while listing possible ones to triage.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../src/check/run.js';
import { mergeConfig } from '../src/config/schema.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { confidenceById, json, lines, reasonOf } from './helpers/confidence.js';
import { cleanupTempDirs, commit, gitIn, makeRepo, REPO_ROOT, tempDir } from './helpers/repo.js';
import { scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const app = (deps: Record<string, string>): string => json({ name: 'shop', private: true, dependencies: deps });

describe('confidence from the strength of the evidence', () => {
  it('confirmed: declared infrastructure; likely: an imported SDK with its setting; possible: a setting alone', async () => {
    const result = await scanFiles({
      'docker-compose.yml': lines('services:', '  web:', '    build: .', '  db:', '    image: postgres:16'),
      '.env.example': lines('STRIPE_SECRET_KEY=', 'SENTRY_DSN=', 'ALGOLIA_APP_ID='),
      'package.json': app({ stripe: '^16.0.0' }),
      'src/pay.ts': "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\n",
    });
    expect(confidenceById(result)).toEqual({ algolia: 'possible', postgresql: 'confirmed', stripe: 'likely' });
    expect(reasonOf(result, 'postgresql')).toBe('service "db" image postgres:16 (docker-compose.yml:5)');
    expect(reasonOf(result, 'stripe')).toBe('stripe imported at src/pay.ts:1, configured by STRIPE_SECRET_KEY (.env.example:1)');
    expect(reasonOf(result, 'algolia')).toMatch(/^only the setting ALGOLIA_APP_ID names it \(\.env\.example:3\)/);
  });

  it('a setting that deployed code reads is likely; one nothing reads stays possible', async () => {
    const result = await scanFiles({
      '.env.example': lines('GITHUB_CLIENT_ID=', 'GITHUB_CLIENT_SECRET=', 'ELASTICSEARCH_URL='),
      'config/initializers/search.rb': 'Search.client = Client.new(url: ENV["ELASTICSEARCH_URL"])\n',
      'Gemfile': lines("source 'https://rubygems.org'", "gem 'rails'"),
    });
    expect(confidenceById(result)).toEqual({ elasticsearch: 'likely', 'github-oauth': 'possible' });
    expect(reasonOf(result, 'elasticsearch')).toBe('ELASTICSEARCH_URL is set in .env.example:3 and read by config/initializers/search.rb:1');
  });

  it('the one database driver and the generic DATABASE_URL configure it', async () => {
    const result = await scanFiles({
      '.env.example': lines('DATABASE_URL=', 'PORT=3000'),
      'package.json': app({ knex: '^3.1.0', pg: '^8.12.0' }),
      // knex loads pg by its name: an ORM's driver is never imported.
      'src/db.ts': "import knex from 'knex';\nexport const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });\n",
    });
    expect(confidenceById(result)).toEqual({ postgresql: 'likely' });
    expect(reasonOf(result, 'postgresql')).toMatch(/only database driver, and DATABASE_URL/);
  });

  it('a repository that writes down no settings leaves configuration unknown: the manifest is all there is', async () => {
    const result = await scanFiles({ 'package.json': app({ ioredis: '^5.4.0' }) });
    expect(confidenceById(result)).toEqual({ redis: 'likely' });
  });
});

describe('usage in code as confirmation', () => {
  it('imports under tests, examples and fixtures do not count; imports of product code do, in every ecosystem that names them', async () => {
    const result = await scanFiles({
      '.env.example': lines('OPENAI_API_KEY=', 'ANTHROPIC_API_KEY=', 'PINECONE_API_KEY=', 'QDRANT_URL='),
      'package.json': app({ openai: '^4.0.0', '@anthropic-ai/sdk': '^0.30.0' }),
      'src/ai.ts': "const { default: OpenAI } = await import('openai');\nexport const client = new OpenAI();\n",
      'src/ai.spec.ts': "import Anthropic from '@anthropic-ai/sdk';\n",
      'examples/chat/index.ts': "import Anthropic from '@anthropic-ai/sdk';\n",
      'worker/go.mod': lines('module example.com/worker', '', 'go 1.22', '', 'require github.com/pinecone-io/go-pinecone v1.0.0'),
      'worker/main.go': lines('package main', '', 'import (', '\t"fmt"', ')', '', 'func main() { fmt.Println("no vector store here") }'),
      'worker/search_test.go': lines('package main', '', 'import "github.com/pinecone-io/go-pinecone/pinecone"'),
      'pyproject.toml': lines('[project]', 'name = "jobs"', 'dependencies = ["qdrant-client>=1.9"]'),
      'jobs/index.py': lines('from qdrant_client import QdrantClient', 'client = QdrantClient(url="http://qdrant:6333")'),
    });
    expect(confidenceById(result)).toEqual({ anthropic: 'possible', openai: 'likely', pinecone: 'possible', qdrant: 'likely' });
    expect(reasonOf(result, 'anthropic')).toMatch(/no code imports it/);
  });

  it('with no code to search (no source file of the language), an unimported SDK is not held against', async () => {
    const result = await scanFiles({ '.env.example': lines('OPENAI_API_KEY='), 'package.json': app({ openai: '^4.0.0' }) });
    expect(confidenceById(result)).toEqual({ openai: 'likely' });
  });

  it('runs one git grep process for the whole sweep, however many SDKs it checks', () => {
    const dir = makeRepo({
      '.env.example': lines('OPENAI_API_KEY=', 'STRIPE_SECRET_KEY=', 'RESEND_API_KEY=', 'SENTRY_DSN=', 'ALGOLIA_APP_ID='),
      'package.json': app({ openai: '^4.0.0', stripe: '^16.0.0', resend: '^4.0.0' }),
      'src/index.ts': "import Stripe from 'stripe';\nexport const s = new Stripe('x');\n",
      'DISASTER_RECOVERY.md': '# Plan\n',
    });
    const trace = path.join(tempDir(), 'trace.log');
    execFileSync(process.execPath, [CLI, 'check', dir, '--json', '--fail-on', 'never'], { cwd: dir, env: { ...process.env, GIT_TRACE: trace } });
    const greps = readFileSync(trace, 'utf8').split('\n').filter((line) => /built-in: git .*\bgrep\b/.test(line));
    expect(greps).toHaveLength(1);
  });
});

describe('pull-request mode decides confidence at the head revision', () => {
  let dir: string;
  let base: string;
  let head: string;
  beforeAll(() => {
    dir = makeRepo({ 'package.json': app({ express: '^4.19.0' }), '.env.example': lines('PORT=3000', 'STRIPE_SECRET_KEY='), 'src/index.ts': "import express from 'express';\n", 'DISASTER_RECOVERY.md': '# Plan\n' });
    base = gitIn(dir, 'rev-parse', 'HEAD').trim();
    head = commit(dir, {
      'package.json': app({ express: '^4.19.0', stripe: '^16.0.0', openai: '^4.0.0' }),
      'src/pay.ts': "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\n",
    });
    // The work tree is at the base: only the head commit has the import.
    gitIn(dir, 'checkout', '-q', base);
  });

  it('imports and settings at head: an imported, configured SDK the change adds is a new gap; an unimported one is to triage', () => {
    const out = execFileSync(process.execPath, [CLI, 'check', dir, '--base', base, '--head', head, '--json', '--fail-on', 'never'], { cwd: dir, encoding: 'utf8' });
    const report = JSON.parse(out) as { newGaps: string[]; triage: string[]; dependencies: Array<{ id: string; confidence: string }> };
    expect(report.newGaps).toEqual(['stripe']);
    expect(report.triage).toEqual(['openai']);
    expect(Object.fromEntries(report.dependencies.map((d) => [d.id, d.confidence]))).toEqual({ openai: 'possible', stripe: 'likely' });
  });
});

describe('the gate', () => {
  const files = {
    '.env.example': lines('STRIPE_SECRET_KEY=', 'ALGOLIA_APP_ID='),
    'package.json': app({ stripe: '^16.0.0' }),
    'src/pay.ts': "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\n",
    'DISASTER_RECOVERY.md': '# Plan\n',
  };

  it('fails on confirmed and likely gaps; possible ones are to triage, each with the line that accepts, ignores or covers it', async () => {
    const { report } = await runCheck(makeRepo(files), { config: mergeConfig({ failOn: 'any-gap' }) });
    expect(report.gaps).toEqual(['stripe']);
    expect(report.triage).toEqual(['algolia']);
    expect(report.verdict).toBe('fail');
    const markdown = renderMarkdown(report, { maxChars: 60_000 });
    expect(markdown).toContain('To triage (1)');
    expect(markdown).toContain('`accept: [algolia]');
    expect(markdown).toContain('`ignore: [{ id: algolia, reason:');
    expect(markdown).toContain('`<!-- paramedic: covers algolia --');
    // The dependency table lists what the gate counts, not what is to triage.
    expect(markdown.split('\n').filter((line) => line.startsWith('| ') && line.includes('Algolia'))).toEqual([]);
  });

  it('fail-on-confidence: possible fails on everything found; confirmed only on declared infrastructure', async () => {
    const all = await runCheck(makeRepo(files), { config: mergeConfig({ failOn: 'any-gap', failOnConfidence: 'possible' }) });
    expect(all.report.gaps).toEqual(['algolia', 'stripe']);
    expect(all.report.triage).toEqual([]);
    const strict = await runCheck(makeRepo(files), { config: mergeConfig({ failOn: 'any-gap', failOnConfidence: 'confirmed' }) });
    expect(strict.report.gaps).toEqual([]);
    expect(strict.report.triage).toEqual(['algolia', 'stripe']);
    expect(strict.report.verdict).toBe('pass');
  });

  it('accept: makes the gate count a possible dependency; ignore: settles it', async () => {
    const accepted = await runCheck(makeRepo(files), { config: mergeConfig({ failOn: 'any-gap', accept: ['algolia'] }) });
    expect(accepted.report.gaps).toEqual(['algolia', 'stripe']);
    const ignored = await runCheck(makeRepo(files), { config: mergeConfig({ failOn: 'any-gap', ignore: [{ id: 'algolia', reason: 'search degrades to SQL' }] }) });
    expect(ignored.report.triage).toEqual([]);
  });

  it('the config file and the CLI take fail-on-confidence, and refuse a bad value naming it', () => {
    const dir = makeRepo({ ...files, '.github/paramedic.yml': 'fail-on: any-gap\nfail-on-confidence: possible\n' });
    const run = (args: string[]): { code: number; out: string; err: string } => {
      try {
        return { code: 0, out: execFileSync(process.execPath, [CLI, 'check', dir, ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }), err: '' };
      } catch (error) {
        const e = error as { status: number; stdout: string; stderr: string };
        return { code: e.status, out: e.stdout, err: e.stderr };
      }
    };
    expect(JSON.parse(run(['--json']).out).gaps).toEqual(['algolia', 'stripe']);
    expect(JSON.parse(run(['--json', '--fail-on-confidence', 'likely']).out).gaps).toEqual(['stripe']);
    const bad = run(['--fail-on-confidence', 'maybe']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--fail-on-confidence: fail-on-confidence: must be one of confirmed, likely, possible');
  });
});
