import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

describe('npm package.json', () => {
  it('reads production sections with the line of each key and ignores dev and type packages', async () => {
    const result = await scanFiles({
      'package.json': [
        '{',
        '  "name": "shop",',
        '  "dependencies": {',
        '    "express": "^4.18.0",',
        '    "pg": "^8.11.0",',
        '    "@types/pg": "^8.0.0"',
        '  },',
        '  "optionalDependencies": { "ioredis": "^5.0.0" },',
        '  "devDependencies": { "redis": "^4.0.0", "postgres": "^3.0.0" }',
        '}',
      ].join('\n'),
    });
    expect(evidenceById(result)).toEqual({ postgresql: ['package.json:5'], redis: ['package.json:8'] });
    expect(result.dependencies.find((d) => d.id === 'postgresql')?.evidence[0]?.detail).toBe('dependencies "pg" ^8.11.0');
  });

  it('finds workspace manifests in a monorepo and skips test and example folders', async () => {
    const result = await scanFiles({
      'package.json': '{"private": true, "workspaces": ["packages/*"]}',
      'packages/api/package.json': '{\n"dependencies": {\n"pg": "8"\n}\n}',
      'packages/api/test/fixtures/package.json': '{"dependencies": {"ioredis": "5"}}',
      'examples/demo/package.json': '{"dependencies": {"ioredis": "5"}}',
      'node_modules/redis/package.json': '{"dependencies": {"ioredis": "5"}}',
    });
    expect(evidenceById(result)).toEqual({ postgresql: ['packages/api/package.json:3'] });
  });

  it('warns with the line of a syntax error and goes on with the other files', async () => {
    const result = await scanFiles({
      'broken/package.json': '{\n  "dependencies": {\n    "pg": "8",,\n  }\n}',
      'package.json': '{"dependencies": {"redis": "4"}}',
    });
    expect(result.warnings).toEqual([{ path: 'broken/package.json', line: 3, message: 'invalid JSON: property name expected' }]);
    expect(evidenceById(result).redis).toEqual(['package.json:1']);
  });
});
