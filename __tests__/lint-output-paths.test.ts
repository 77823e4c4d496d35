import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { lintPlan } from '../src/lint/index.js';
import { parsePlan } from '../src/plan/parse.js';
import { cleanupTempDirs, tempDir } from './helpers/repo.js';

afterAll(cleanupTempDirs);

async function missingScripts(lines: string[]): Promise<string[]> {
  const text = ['# Plan', '', '## Scenario: Redis data loss', '', '**Impact:** sessions are lost.', '', ...lines, ''].join('\n');
  const findings = await lintPlan(parsePlan(text, 'DISASTER_RECOVERY.md'), {
    root: tempDir(),
    repoFiles: new Set(['docker-compose.yml', 'scripts/restore.sh']),
    config: { ...DEFAULT_CONFIG, lint: { shellcheck: 'off', 'markdownlint': 'off' } },
    catalog: await loadCatalog(),
    dependencyIds: new Set(['redis']),
    scenarioCovers: new Map(),
    now: new Date('2026-11-23'),
    warn: () => {},
  });
  return findings.filter((f) => f.rule === 'missing-script').map((f) => `${f.line} ${f.message}`);
}

describe('missing-script and the files a runbook writes', () => {
  it('backup output paths are written, not read: copies, --rdb, redirects split over lines, later reads and mentions', async () => {
    const found = await missingScripts([
      '1. Save the data:', //                                                         7
      '', '   ```bash',
      '   docker compose exec -T redis redis-cli --rdb - > ./backups/dump.rdb', //   10
      '   docker compose cp redis:/data/dump.rdb ./backups/dump.rdb',
      '   redis-cli --rdb ./backups/dump.rdb',
      '   kubectl cp data/redis-0:/data/dump.rdb ./backups/dump.rdb',
      '   aws s3 cp "s3://$BUCKET/dump.rdb" ./backups/dump.rdb',
      '   mysqldump --single-transaction app > \\', //                              15
      '     backups/before-restore.sql',
      '   mysql app < backups/before-restore.sql',
      '   ./scripts/restore.sh',
      '   ./scripts/nope.sh', //                                                     19
      '   ```',
      '',
      '2. Keep `backups/before-restore.sql` and `./backups/dump.rdb` until the review.', // 22
    ]);
    expect(found).toEqual(['19 ./scripts/nope.sh is referenced but does not exist in the repository.']);
  });
});
