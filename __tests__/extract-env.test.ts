import { afterAll, describe, expect, it } from 'vitest';
import { envExample, isEnvTemplate, readDotenv } from '../src/discover/extractors/env-example.js';
import { connectionScheme } from '../src/discover/extractors/connection-url.js';
import { brief, extractOne } from './helpers/extract.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

describe('env example files', () => {
  it('finds variables and connection-URL schemes with their lines, never the values', async () => {
    const result = await scanFiles({
      '.env.example': [
        '# Database',
        'DATABASE_URL=postgres://app:s3cret@db.internal:5432/shop',
        '# REDIS_URL=redis://localhost:6379',
        '',
        'export CACHE_URL="rediss://:hunter2@cache:6380"  # TLS',
        'APP_NAME=shop',
      ].join('\n'),
    });
    expect(evidenceById(result)).toEqual({ postgresql: ['.env.example:2'], redis: ['.env.example:5'] });
    const details = result.dependencies.flatMap((d) => d.evidence.map((e) => e.detail));
    expect(details).toEqual(['DATABASE_URL (postgres:// URL)', 'CACHE_URL (rediss:// URL)']);
    expect(JSON.stringify(result)).not.toMatch(/s3cret|hunter2|db\.internal/);
  });

  it('reads every template spelling but never a real .env, and keeps dev-named templates out of production', async () => {
    const result = await scanFiles({
      '.env': 'REDIS_URL=redis://real-secret-host:6379\n',
      '.env.production': 'POSTGRES_URL=postgres://real\n',
      'apps/web/.env.local.example': 'NOTHING=1\nREDIS_URL=\n',
      'services/api/example.env': 'POSTGRES_URL=\n',
      '.env.test.example': 'POSTGRES_HOST=localhost\n',
      '.devcontainer/.env.sample': 'REDIS_HOST=redis\n',
    });
    expect(evidenceById(result)).toEqual({ postgresql: ['services/api/example.env:1'], redis: ['apps/web/.env.local.example:2'] });
  });

  it('recognises template names and nothing else', () => {
    const yes = ['.env.example', '.env.example.complete', '.env.sample', '.env.template', '.env.dist', 'example.env', 'sample.env', 'env.example', '.env.local.example', '.env.production.example', 'config/.env-example', '.env.defaults'];
    const no = ['.env', '.env.local', '.env.production', 'environment.example.ts', '.env.example.json', 'example.txt', '.envrc'];
    expect(yes.filter((p) => !isEnvTemplate(p))).toEqual([]);
    expect(no.filter((p) => isEnvTemplate(p))).toEqual([]);
  });

  it('follows dotenv grammar: export, quotes, multi-line values, inline comments, colon form', () => {
    const text = [
      'export A=1',
      "B='postgres://x' # comment",
      'C="line one',
      'line two"',
      'D: amqp://guest@rabbit',
      '   # E=commented',
      'not an assignment',
      'F=value#tail',
      'G=',
    ].join('\n');
    expect(readDotenv(text)).toEqual([
      { name: 'A', value: '1', line: 1 },
      { name: 'B', value: 'postgres://x', line: 2 },
      { name: 'C', value: 'line one\nline two', line: 3 },
      { name: 'D', value: 'amqp://guest@rabbit', line: 5 },
      { name: 'F', value: 'value', line: 8 },
      { name: 'G', value: '', line: 9 },
    ]);
  });

  it('emits env and url-scheme signals; web URLs and variable references are no scheme', async () => {
    const { signals } = await extractOne(envExample, '.env.example', [
      'MONGO_URL=mongodb+srv://u:p@cluster0.example.net/db',
      'JDBC_URL=jdbc:postgresql://db:5432/app',
      'API_URL=https://api.example.com',
      'QUEUE_URL=${AMQP_URL}',
      'BUS=nats://bus:4222',
    ].join('\n'));
    expect(brief(signals)).toEqual([
      'env:MONGO_URL@1', 'url-scheme:mongodb+srv@1',
      'env:JDBC_URL@2', 'url-scheme:postgresql@2',
      'env:API_URL@3',
      'env:QUEUE_URL@4',
      'env:BUS@5', 'url-scheme:nats@5',
    ]);
    expect(signals.every((s) => !s.detail.includes('example.net') && !s.detail.includes(':4222'))).toBe(true);
  });

  it('reads a scheme only at the start of a value', () => {
    expect(connectionScheme('Redis://h')).toBe('redis');
    expect(connectionScheme('see postgres://h')).toBeUndefined();
    expect(connectionScheme('http://h')).toBeUndefined();
  });
});
