import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Code } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { workflowErrors } from './helpers/workflow-runner.js';
import { cleanupTempDirs, REPO_ROOT, tempDir } from './helpers/repo.js';

/**
 * Every workflow recipe in the README is one a user can paste: it parses, GitHub's own workflow
 * parser accepts the full ones, and every action it uses is pinned to a full commit (the
 * current actions/checkout on Node 24, upload-sarif v4.36.2), except Paramedic's own `@v1`.
 */

afterAll(cleanupTempDirs);

const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1';
const UPLOAD_SARIF = 'github/codeql-action/upload-sarif@8aad20d150bbac5944a9f9d289da16a4b0d87c1e';

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const blocks: Code[] = [];
(function walk(node: { type: string; children?: unknown[] }): void {
  if (node.type === 'code') blocks.push(node as unknown as Code);
  for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
})(fromMarkdown(readme));
const recipes = blocks.filter((b) => b.lang === 'yaml' && /\buses:/.test(b.value));

function usesOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) usesOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'uses' && typeof v === 'string') out.push(v);
      else usesOf(v, out);
    }
  }
  return out;
}

describe('README workflow recipes', () => {
  it('there are recipes for the check, SARIF, the fork workflows and chaining', () => {
    expect(recipes.length).toBeGreaterThanOrEqual(8);
    expect(recipes.some((r) => r.value.includes(UPLOAD_SARIF))).toBe(true);
    expect(recipes.some((r) => /workflow_run:/.test(r.value) && /report-path:/.test(r.value))).toBe(true);
    expect(recipes.some((r) => /summary-path/.test(r.value))).toBe(true);
  });

  it('each parses, and every action is pinned to a full commit sha (Paramedic\'s own @v1 aside)', () => {
    for (const recipe of recipes) {
      const uses = usesOf(parse(recipe.value));
      expect(uses.length, recipe.value).toBeGreaterThan(0);
      for (const use of uses) {
        if (use.startsWith('org/paramedic-action')) continue;
        expect(use, `line ${recipe.position?.start.line}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        if (use.startsWith('actions/checkout@')) expect(use).toBe(CHECKOUT);
        if (use.startsWith('github/codeql-action/upload-sarif@')) expect(use).toBe(UPLOAD_SARIF);
      }
      // Each pinned line names its version, for people and for Dependabot.
      for (const line of recipe.value.split('\n').filter((l) => /uses: [^o].*@[0-9a-f]{40}/.test(l))) expect(line).toMatch(/ # v\d+\.\d+\.\d+$/);
    }
  });

  it('the full workflows pass GitHub\'s workflow parser', async () => {
    const full = recipes.filter((r) => /^on:/m.test(r.value) && /^jobs:/m.test(r.value));
    expect(full.length).toBeGreaterThanOrEqual(5);
    const dir = tempDir('paramedic-recipes-');
    for (const [i, recipe] of full.entries()) {
      const file = path.join(dir, `recipe-${i}.yml`);
      writeFileSync(file, recipe.value);
      expect(await workflowErrors(file), `README line ${recipe.position?.start.line}`).toEqual([]);
    }
  });

  it('the fork recipe never checks out in the workflow_run job', () => {
    const comment = recipes.find((r) => /workflow_run:/.test(r.value) && /report-path:/.test(r.value))!;
    expect(usesOf(parse(comment.value)).some((u) => u.startsWith('actions/checkout'))).toBe(false);
    expect(comment.value).toMatch(/run-id: \$\{\{ github\.event\.workflow_run\.id \}\}/);
  });
});
