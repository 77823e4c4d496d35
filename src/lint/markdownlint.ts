import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { lint, readConfig } from 'markdownlint/promise';
import type { Configuration } from 'markdownlint';
import { parse as parseYaml } from 'yaml';
import type { LintContext } from './context.js';
import type { LintRule, RuleHit } from './rule.js';

/** markdownlint's own config file names, nearest first in each folder. */
const CONFIG_FILES = ['.markdownlint.jsonc', '.markdownlint.json', '.markdownlint.yaml', '.markdownlint.yml', '.markdownlintrc'];
/** markdownlint-cli2 files keep the rules under a `config` key. */
const CLI2_FILES = ['.markdownlint-cli2.jsonc', '.markdownlint-cli2.yaml'];

/**
 * Without a repository config: markdownlint's defaults, minus line length (wrapping prose is
 * a team's taste, not a recovery problem) and table pipe spacing (MD060, new in 0.40: it
 * reported each pipe of the common `|---|---|` row as its own notice), and with repeated
 * headings allowed across scenarios (every scenario may have its own "Impact" and "Step 1").
 */
const DEFAULT_CONFIG: Configuration = { default: true, MD013: false, MD060: false, MD024: { siblings_only: true } };

function parseJsoncStrict(text: string): Configuration {
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: true }) as Configuration;
  if (errors.length) throw new Error(`invalid JSON at offset ${errors[0]!.offset}`);
  return value;
}

const PARSERS = [parseJsoncStrict, (text: string) => parseYaml(text) as Configuration];

/**
 * The repository's markdownlint config: the nearest config file from the plan's folder up to
 * the repository root, as markdownlint-cli does. `extends` is followed by markdownlint itself.
 */
export async function repositoryMarkdownlintConfig(root: string, planPath: string, warn: (m: string) => void): Promise<{ config: Configuration; from?: string }> {
  const rootDir = path.resolve(root);
  for (let dir = path.resolve(root, path.dirname(planPath)); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const file = path.join(dir, name);
      if (!existsSync(file)) continue;
      try {
        return { config: await readConfig(file, PARSERS), from: path.relative(rootDir, file) };
      } catch (error) {
        warn(`${path.relative(rootDir, file)}: markdownlint config unreadable (${error instanceof Error ? error.message : String(error)}); using Paramedic's defaults`);
        return { config: DEFAULT_CONFIG };
      }
    }
    for (const name of CLI2_FILES) {
      const file = path.join(dir, name);
      if (!existsSync(file)) continue;
      try {
        const options = PARSERS[name.endsWith('.yaml') ? 1 : 0]!(readFileSync(file, 'utf8')) as { config?: Configuration } | null;
        if (options?.config) return { config: options.config, from: path.relative(rootDir, file) };
      } catch (error) {
        warn(`${path.relative(rootDir, file)}: markdownlint-cli2 config unreadable (${error instanceof Error ? error.message : String(error)}); using Paramedic's defaults`);
        return { config: DEFAULT_CONFIG };
      }
    }
    if (dir === rootDir || path.dirname(dir) === dir) break;
  }
  return { config: DEFAULT_CONFIG };
}

export async function markdownlintHits(text: string, planPath: string, context: Pick<LintContext, 'root' | 'warn'>): Promise<RuleHit[]> {
  const { config } = await repositoryMarkdownlintConfig(context.root, planPath, context.warn);
  const results = await lint({ strings: { [planPath]: text }, config });
  return (results[planPath] ?? []).map((e) => ({
    line: e.lineNumber,
    rule: `markdownlint/${e.ruleNames[0]}`,
    message: `${e.ruleNames[0]}/${e.ruleNames[1] ?? ''}: ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`,
    hint: e.ruleInformation ? `See ${e.ruleInformation}` : 'Fix the Markdown as markdownlint suggests.',
  }));
}

export const markdownlintRule: LintRule = {
  id: 'markdownlint',
  severity: 'notice',
  description: 'markdownlint over the whole plan (as `markdownlint/MDxxx`), with the repository\'s own markdownlint config when it has one.',
  hint: 'Fix the Markdown as markdownlint suggests.',
  run: (doc, context) => markdownlintHits(doc.plan.text, doc.plan.path, context),
};
