import { afterAll, describe, expect, it } from 'vitest';
import { dockerCompose, isComposeFile } from '../src/discover/extractors/docker-compose.js';
import { parseImageRef } from '../src/discover/extractors/image-ref.js';
import { brief, extractOne } from './helpers/extract.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

describe('docker compose files', () => {
  it('finds service images and environment URLs with their lines; dev files and helper images stay out', async () => {
    const result = await scanFiles({
      'docker-compose.yml': [
        'services:',
        '  api:',
        '    build: .',
        '    environment:',
        '      DATABASE_URL: postgres://app:s3cret@db:5432/shop',
        '      LOG_LEVEL: info',
        '  db:',
        '    image: docker.io/library/postgres:16.2@sha256:abcdef',
        '  mail:',
        '    image: mailhog/mailhog:v1.0.1',
        '  cache-ui:',
        '    image: rediscommander/redis-commander',
        '    environment:',
        '      - REDIS_HOSTS=local:redis:6379',
      ].join('\n'),
      'docker-compose.dev.yml': 'services:\n  cache:\n    image: redis:7\n',
      'docker-compose.override.yml': 'services:\n  cache:\n    image: bitnami/redis:7.2\n',
      'deploy/compose.test.yaml': 'services:\n  cache:\n    image: redis:7\n',
    });
    expect(evidenceById(result)).toEqual({ postgresql: ['docker-compose.yml:5', 'docker-compose.yml:8'] });
    expect(JSON.stringify(result)).not.toContain('s3cret');
  });

  it('emits normalized images with their tag as version, env in list and map form, and dev scope for profiles', async () => {
    const { signals, warnings } = await extractOne(dockerCompose, 'compose.yaml', [
      'x-common-env: &common-env',
      '  REDIS_URL: redis://cache:6379',
      'services:',
      '  worker:',
      '    image: ghcr.io/acme/worker:${TAG:-latest}',
      '    environment:',
      '      <<: *common-env',
      '      QUEUE: default',
      '  cache:',
      '    image: "bitnami/redis:${REDIS_VERSION:-7.2}"',
      '  broker:',
      '    image: localhost:5000/rabbitmq:3-management',
      '    environment:',
      '      - RABBITMQ_DEFAULT_USER',
      '      - AMQP_URL=amqps://u:p@broker',
      '  debug-db:',
      '    image: postgres:16',
      '    profiles: [debug, dev]',
      '  adminer:',
      '    image: adminer',
    ].join('\n'));
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual([
      'image:acme/worker@5',
      'env:QUEUE@8',
      'env:REDIS_URL@2',
      'url-scheme:redis@2',
      'image:bitnami/redis@10',
      'image:rabbitmq@12',
      'env:RABBITMQ_DEFAULT_USER@14',
      'env:AMQP_URL@15',
      'url-scheme:amqps@15',
      'image:postgres@17/dev',
      'image:adminer@20/dev',
    ]);
    expect(signals.map((s) => s.version).filter(Boolean)).toEqual(['latest', '7.2', '3-management', '16']);
    expect(signals.find((s) => s.kind === 'url-scheme' && s.name === 'amqps')?.detail).toBe('service "broker" environment AMQP_URL (amqps:// URL)');
  });

  it('warns with the line of malformed YAML and the scan goes on', async () => {
    const result = await scanFiles({
      'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n   bad: [\n',
      'infra/docker-compose.prod.yml': 'services:\n  cache:\n    image: redis:7\n',
    });
    expect(result.warnings.map((w) => `${w.path}:${w.line}`)).toEqual(['docker-compose.yml:4']);
    expect(result.warnings[0]!.message).toMatch(/^invalid YAML: /);
    expect(evidenceById(result)).toEqual({ redis: ['infra/docker-compose.prod.yml:3'] });
  });

  it('claims compose file names only', () => {
    expect(['docker-compose.yml', 'docker-compose.prod.yaml', 'compose.yaml', 'ops/compose.staging.yml'].every(isComposeFile)).toBe(true);
    expect(['compose.json', 'my-compose.yml', 'docker-compose.yml.bak', 'composer.yaml'].some(isComposeFile)).toBe(false);
  });

  it('normalizes image references', () => {
    expect(parseImageRef('docker.io/bitnami/kafka:3.6@sha256:0123')).toEqual({ repository: 'bitnami/kafka', tag: '3.6' });
    expect(parseImageRef('registry.example.com:5000/Team/App')).toEqual({ repository: 'team/app' });
    expect(parseImageRef('library/redis')).toEqual({ repository: 'redis' });
    expect(parseImageRef('postgres:${PG_VERSION}')).toEqual({ repository: 'postgres' });
    expect(parseImageRef('${REGISTRY}/app:1')).toBeUndefined();
    expect(parseImageRef('{{ .Values.image }}')).toBeUndefined();
  });
});
