import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, commit, gitIn, makeRepo, REPO_ROOT, tempDir } from './helpers/repo.js';

/**
 * Cases the red-team pass found already safe, kept as tests against the bundled CLI: a
 * JavaScript markdownlint config is never loaded (it would run), and a revision given as a
 * git option is never read as one.
 */

afterAll(cleanupTempDirs);

const cli = (root: string, args: string[]) => spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), ...args], { cwd: root, encoding: 'utf8' });
const PLAN = ['# DR', '', '##Scenario: Redis fails', '', 'Impact: slow.', '', '1. `redis-cli -u "$REDIS_URL" ping`', ''].join('\n');

describe('already safe', () => {
  it('JavaScript markdownlint configs (.markdownlint.cjs, .markdownlint-cli2.mjs...) are never loaded', () => {
    const marker = path.join(tempDir('paramedic-marker-'), 'ran');
    const js = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = { MD018: false };\n`;
    const root = makeRepo({ 'DISASTER_RECOVERY.md': PLAN, '.markdownlint.cjs': js, '.markdownlint.js': js, '.markdownlint-cli2.cjs': js, '.markdownlint-cli2.mjs': `import fs from 'node:fs'; fs.writeFileSync(${JSON.stringify(marker)}, 'ran'); export default {};\n` });
    const run = cli(root, ['check', root, '--json']);
    expect(existsSync(marker)).toBe(false);
    const findings = (JSON.parse(run.stdout) as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule);
    expect(findings).toContain('markdownlint/MD018');
  });

  it('a revision that looks like a git option (--output=...) is refused, and writes nothing', () => {
    const root = makeRepo({ 'package.json': '{"dependencies": {"pg": "8"}}\n', 'DISASTER_RECOVERY.md': PLAN });
    commit(root, { 'package.json': '{"dependencies": {"pg": "8", "ioredis": "5"}}\n' });
    const run = cli(root, ['check', root, '--base=--output=pwned.txt', '--head=HEAD']);
    expect(existsSync(path.join(root, 'pwned.txt'))).toBe(false);
    expect(gitIn(root, 'status', '--porcelain')).toBe('');
    expect(run.status, run.stderr).not.toBe(0);
  });
});
