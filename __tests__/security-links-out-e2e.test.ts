import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, commit, makeRepo, REPO_ROOT, tempDir } from './helpers/repo.js';

/**
 * Files outside the checkout are never read, and parser errors never print source text. A
 * pull request can commit symbolic links and markdownlint configs whose `extends` points
 * anywhere; the runner has files worth reading (~/.ssh, a deploy's .env). Each outside file
 * below holds a value that must never reach the output. Run against the bundled CLI.
 */

afterAll(cleanupTempDirs);

const OUTSIDE_SECRET = 'DB_PASSWORD=Zq7wX9pL2mOutside';
/** Not valid YAML or JSON: a parser that quotes its source would print the secret. */
const OUTSIDE_TEXT = `MD018: false\n${OUTSIDE_SECRET}: [unclosed\n  - x: y: z\n`;
const PLAN = ['# DR', '', '##Scenario: Redis fails', '', 'Impact: slow.', '', '1. `redis-cli -u "$REDIS_URL" ping`', ''].join('\n');

function outsideFile(name = 'secret.yaml'): string {
  const file = path.join(tempDir('paramedic-outside-'), name);
  writeFileSync(file, OUTSIDE_TEXT);
  return file;
}

function check(root: string): { out: string; findings: string[] } {
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), 'check', root, '--json'], { encoding: 'utf8' });
  const report = JSON.parse(run.stdout) as { findings: Array<{ rule: string; line: number }> };
  return { out: run.stdout + run.stderr, findings: report.findings.map((f) => `${f.rule}:${f.line}`) };
}

describe('markdownlint configs', () => {
  it.each([
    ['an absolute path', (file: string) => file],
    ['a path with ../ out of the checkout', (file: string, root: string) => path.relative(root, file)],
    ['a ~/ path', () => '~/.paramedic-test-secret.yaml'],
  ])('`extends:` %s is refused, and the file is never read', (_how, target) => {
    const secret = outsideFile();
    const root = makeRepo({ 'DISASTER_RECOVERY.md': PLAN });
    commit(root, { '.markdownlint.yaml': `extends: ${JSON.stringify(target(secret, root))}\n` });
    const { out, findings } = check(root);
    expect(out).not.toContain('Zq7wX9pL2mOutside');
    expect(out).toMatch(/\.markdownlint\.yaml: markdownlint config not used \(`extends: .*` is not a relative path inside the repository|leaves the repository|outside the repository/);
    // Paramedic's defaults are used instead: MD018 (no space after #) is reported.
    expect(findings).toContain('markdownlint/MD018:3');
  });

  it('a .markdownlint.yaml that is a link out of the checkout is not read', () => {
    const secret = outsideFile();
    const root = makeRepo({ 'DISASTER_RECOVERY.md': PLAN });
    symlinkSync(secret, path.join(root, '.markdownlint.yaml'));
    commit(root, {}, 'link the config out');
    const { out, findings } = check(root);
    expect(out).not.toContain('Zq7wX9pL2mOutside');
    expect(out).toMatch(/\.markdownlint\.yaml: markdownlint config not used \(a symbolic link that leaves the repository/);
    expect(findings).toContain('markdownlint/MD018:3');
  });

  it('a broken config inside the checkout is reported by the first line of the parser error only', () => {
    const root = makeRepo({ 'DISASTER_RECOVERY.md': PLAN, '.markdownlint.yaml': OUTSIDE_TEXT });
    const { out } = check(root);
    expect(out).toMatch(/\.markdownlint\.yaml: markdownlint config not used \(/);
    expect(out).not.toContain('Zq7wX9pL2mOutside');
  });

  it('`extends:` to a file inside the checkout still works', () => {
    const root = makeRepo({ 'DISASTER_RECOVERY.md': PLAN, 'config/base.yaml': 'MD018: false\n', '.markdownlint.yaml': 'extends: ./config/base.yaml\nMD041: false\n' });
    const { out, findings } = check(root);
    expect(out).not.toMatch(/markdownlint config not used/);
    expect(findings.filter((f) => f.startsWith('markdownlint/MD018'))).toEqual([]);
  });
});

describe('rules folders and rule files', () => {
  const OUTSIDE_RULE = `id: outside-rule\nname: Outside ${OUTSIDE_SECRET}\ncategory: cache\nsignals:\n  npm: [ioredis]\n${OUTSIDE_SECRET}: 1\n`;

  it('a rule file that is a link out of the rules folder is not read; the rest load', () => {
    const outside = path.join(tempDir('paramedic-outside-'), 'rule.yml');
    writeFileSync(outside, OUTSIDE_RULE);
    const root = makeRepo({ 'DISASTER_RECOVERY.md': PLAN, 'package.json': '{"dependencies": {"ioredis": "5"}}\n', '.github/paramedic.yml': 'rules: .paramedic/rules\n', '.paramedic/rules/own.yml': 'id: own-rule\nname: Own\ncategory: cache\nsignals:\n  npm: [left-pad]\n' });
    symlinkSync(outside, path.join(root, '.paramedic/rules/linked.yml'));
    commit(root, {}, 'link a rule out');
    const { out } = check(root);
    expect(out).not.toContain('Zq7wX9pL2mOutside');
    expect(out).toMatch(/linked\.yml: a symbolic link that leaves the repository; not followed; rule not loaded/);
  });

  it('a rules folder that is a link out of the checkout is not read', () => {
    const outsideDir = tempDir('paramedic-outside-rules-');
    writeFileSync(path.join(outsideDir, 'rule.yml'), OUTSIDE_RULE);
    const root = makeRepo({ 'DISASTER_RECOVERY.md': PLAN, 'package.json': '{"dependencies": {"ioredis": "5"}}\n', '.github/paramedic.yml': 'rules: .paramedic/rules\n' });
    mkdirSync(path.join(root, '.paramedic'));
    symlinkSync(outsideDir, path.join(root, '.paramedic/rules'));
    commit(root, {}, 'link the rules folder out');
    const { out } = check(root);
    expect(out).not.toContain('Zq7wX9pL2mOutside');
    expect(out).toMatch(/rules folder \.paramedic\/rules is a symbolic link that leaves the repository; not read/);
  });
});
