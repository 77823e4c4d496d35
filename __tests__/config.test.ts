import { describe, expect, it } from 'vitest';
import { parseConfigFile } from '../src/config/file.js';
import { ConfigError, DEFAULT_CONFIG, mergeConfig, parseSettings } from '../src/config/schema.js';

describe('config schema', () => {
  it('reads every setting from the config file', () => {
    const config = parseConfigFile(
      [
        'fail-on: any-gap',
        'fail-on-findings: warning',
        'doc-path: docs/DR.md',
        'rules: .github/rules',
        'exclude: [legacy/**, "tools/*"]',
        'ignore:',
        '  - id: algolia',
        '    reason: search degrades to SQL',
        'accept-drafts: true',
        'lint: { markdownlint: off, vague-steps: error }',
        'stale-after-days: 90',
        'shellcheck: /opt/shellcheck',
        'draft: commit',
        'comment: false',
        'mode: sweep',
        'tracking-issue: true',
      ].join('\n'),
      '.github/paramedic.yml',
    );
    expect(config).toEqual({
      failOn: 'any-gap',
      failOnFindings: 'warning',
      docPath: 'docs/DR.md',
      rules: '.github/rules',
      exclude: ['legacy/**', 'tools/*'],
      ignore: [{ id: 'algolia', reason: 'search degrades to SQL', file: '.github/paramedic.yml', line: 7 }],
      acceptDrafts: true,
      lint: { markdownlint: 'off', 'vague-steps': 'error' },
      staleAfterDays: 90,
      shellcheck: '/opt/shellcheck',
      draft: 'commit',
      comment: 'never',
      mode: 'sweep',
      trackingIssue: true,
    });
  });

  it('names the file and line of an unknown key or a bad value', () => {
    expect(() => parseConfigFile('fail-on: never\nfial-on: any-gap\n', 'cfg.yml')).toThrow(/^cfg\.yml:2: unknown setting "fial-on"/);
    expect(() => parseConfigFile('draft: suggest\nfail-on: sometimes\n', 'cfg.yml')).toThrow('cfg.yml:2: fail-on: must be one of new-gaps, any-gap, never (got "sometimes")');
    // The entry's own line, not the `ignore:` key's.
    expect(() => parseConfigFile('ignore:\n  - id: redis\n', 'cfg.yml')).toThrow(/^cfg\.yml:2: ignore\[0\]: each entry needs an id and a non-empty reason/);
    expect(() => parseConfigFile('lint: { shellcheck: loud }\n', 'cfg.yml')).toThrow(/lint\.shellcheck: must be one of error, warning, notice, off/);
    expect(() => parseConfigFile('stale-after-days: -3\n', 'cfg.yml')).toThrow(ConfigError);
  });

  it('reports every problem of a file, each at its own line, in the order of the file', () => {
    const text = ['fail-on: sometimes', 'fial-on: any-gap', 'ignore:', '  - id: redis', '    reason: cache', '  - id: stripe', 'lint:', '  shellcheck: loud', '  markdownlint: off', 'doc-path: ../x.md', ''].join('\n');
    let error: ConfigError | undefined;
    try {
      parseConfigFile(text, 'cfg.yml');
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toEqual([
      'cfg.yml:1: fail-on: must be one of new-gaps, any-gap, never (got "sometimes")',
      expect.stringMatching(/^cfg\.yml:2: unknown setting "fial-on"/),
      'cfg.yml:6: ignore[1]: each entry needs an id and a non-empty reason',
      'cfg.yml:8: lint.shellcheck: must be one of error, warning, notice, off (got "loud")',
      'cfg.yml:10: doc-path: must be a path inside the repository (got "../x.md")',
    ]);
    expect(error!.message).toBe(error!.problems.join('\n'));
  });

  it('refuses a config nested past the YAML limit before parsing it', () => {
    expect(() => parseConfigFile(`exclude: ${'['.repeat(200_000)}\n`, 'cfg.yml')).toThrow(/^cfg\.yml:1: YAML nested more than 100 levels deep/);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(() => parseConfigFile('fail-on: never\nexclude: [a, b\n', 'cfg.yml')).toThrow(/^cfg\.yml:\d+: /);
    expect(() => parseConfigFile('- just\n- a list\n', 'cfg.yml')).toThrow('cfg.yml:1: the config file must be a mapping of settings');
  });

  it('treats an empty file as no settings', () => {
    expect(parseConfigFile('', 'cfg.yml')).toEqual({});
    expect(parseConfigFile('# nothing yet\n', 'cfg.yml')).toEqual({});
  });

  it('merges defaults, then the file, then inputs (inputs win)', () => {
    const file = parseConfigFile('fail-on: any-gap\ncomment: false\n', 'cfg.yml');
    const inputs = parseSettings({ 'fail-on': 'never', 'tracking-issue': 'true' }, (k) => `input "${k}"`);
    expect(mergeConfig(file, inputs)).toEqual({ ...DEFAULT_CONFIG, failOn: 'never', comment: 'never', trackingIssue: true });
    expect(() => parseSettings({ comment: 'yes' }, (k) => `input "${k}"`)).toThrow('input "comment": comment: must be one of auto, always, never (or true/false) (got "yes")');
    expect(DEFAULT_CONFIG.comment).toBe('auto');
    expect(parseSettings({ comment: 'true' }, (k) => k).comment).toBe('always');
    expect(parseSettings({ comment: 'auto' }, (k) => k).comment).toBe('auto');
  });
});

describe('draft-tier-3', () => {
  it('defaults to a degradation note, takes `scenario`, and a wrong value fails loudly', () => {
    expect(DEFAULT_CONFIG.draftTier3).toBe('note');
    expect(parseConfigFile('draft-tier-3: scenario\n', '.github/paramedic.yml').draftTier3).toBe('scenario');
    expect(() => parseConfigFile('draft-tier-3: full\n', '.github/paramedic.yml')).toThrow(/\.github\/paramedic\.yml:1: draft-tier-3: must be one of note, scenario/);
  });
});
