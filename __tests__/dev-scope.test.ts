import { describe, expect, it } from 'vitest';
import { hasDevToken } from '../src/discover/extractors/dev-scope.js';

describe('which paths are development or test only', () => {
  it('a word of the file name, or a whole folder name, says dev', () => {
    for (const path of ['docker-compose.dev.yml', 'deploy/compose.test.yaml', 'charts/app/values-local.yaml', 'k8s/overlays/local/redis.yaml', '.devcontainer/docker-compose.yml', 'e2e/compose.yml', 'requirements/test.txt']) {
      expect(hasDevToken(path), path).toBe(true);
    }
  });

  it('a folder that only contains such a word names a part of the product', () => {
    for (const path of ['services/local-pickup/docker-compose.yml', 'ci-runner/compose.yaml', 'apps/test-prep-api/package.json', 'k8s/overlays/production/redis.yaml', 'latest/compose.yml']) {
      expect(hasDevToken(path), path).toBe(false);
    }
  });

  it('leaves out the words a caller ignores (.env.local is a template for a real environment)', () => {
    expect(hasDevToken('.env.local.example', ['local'])).toBe(false);
    expect(hasDevToken('.env.test.example', ['local'])).toBe(true);
  });
});
