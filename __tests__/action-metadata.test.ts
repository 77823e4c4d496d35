import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { SETTING_INPUTS } from '../src/action/inputs.js';
import { REPO_ROOT } from './helpers/repo.js';

/**
 * action.yml as the GitHub Marketplace takes it: a name, a description of at most 125
 * characters, branding with a Feather icon (v4.28.0, the set GitHub uses) and one of its
 * colours, every input and output described, and the Node 24 runtime. And it matches the
 * code: every input the code reads and every output it sets is declared, and nothing else.
 */

interface Metadata {
  name?: unknown;
  description?: unknown;
  author?: unknown;
  branding?: { icon?: unknown; color?: unknown };
  inputs?: Record<string, { description?: unknown; required?: unknown; default?: unknown }>;
  outputs?: Record<string, { description?: unknown }>;
  runs?: { using?: unknown; main?: unknown };
}

const doc = parseDocument(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8'), { uniqueKeys: true });
const action = doc.toJS() as Metadata;

/** The colours GitHub's metadata syntax allows for `branding.color`. */
const BRANDING_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];

/** Names the code passes to core.getInput / core.setOutput as string literals (a plain scan of our own sources). */
function namesInSources(call: 'getInput' | 'setOutput'): Set<string> {
  const dir = path.join(REPO_ROOT, 'src', 'action');
  const names = new Set<string>();
  const pattern = new RegExp(`core\\.${call}\\('([a-z-]+)'`, 'g');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(path.join(dir, file), 'utf8').matchAll(pattern)) names.add(m[1]!);
  }
  return names;
}

describe('action.yml for the Marketplace', () => {
  it('parses as YAML with no duplicate keys', () => {
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
  });

  it('has a name, an author and a description of at most 125 characters', () => {
    expect(typeof action.name).toBe('string');
    expect((action.name as string).trim()).not.toBe('');
    expect(typeof action.author).toBe('string');
    expect(typeof action.description).toBe('string');
    const description = action.description as string;
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(125);
    expect(description).not.toMatch(/\n/);
  });

  it('brands with a Feather 4.28.0 icon and one of GitHub\'s colours', () => {
    const require = createRequire(import.meta.url);
    const icons = require('feather-icons/dist/icons.json') as Record<string, string>;
    expect(require('feather-icons/package.json').version).toBe('4.28.0');
    expect(Object.keys(icons)).toContain(action.branding?.icon);
    expect(BRANDING_COLORS).toContain(action.branding?.color);
  });

  it('runs on Node 24, from a bundle that exists', () => {
    expect(action.runs?.using).toBe('node24');
    expect(action.runs?.main).toBe('dist/index.js');
    expect(existsSync(path.join(REPO_ROOT, action.runs!.main as string))).toBe(true);
  });

  it('describes every input and output', () => {
    for (const [name, input] of Object.entries(action.inputs ?? {})) {
      expect(typeof input.description, `input ${name}`).toBe('string');
      expect((input.description as string).trim().length, `input ${name}`).toBeGreaterThan(10);
      if ('required' in input) expect(typeof input.required, `input ${name}`).toBe('boolean');
      if ('default' in input) expect(typeof input.default, `input ${name}`).toBe('string');
    }
    for (const [name, output] of Object.entries(action.outputs ?? {})) {
      expect(typeof output.description, `output ${name}`).toBe('string');
      expect((output.description as string).trim().length, `output ${name}`).toBeGreaterThan(10);
    }
  });

  it('declares exactly the inputs the code reads and the outputs it sets', () => {
    const read = new Set([...namesInSources('getInput'), ...SETTING_INPUTS]);
    expect(Object.keys(action.inputs ?? {}).sort()).toEqual([...read].sort());
    expect(Object.keys(action.outputs ?? {}).sort()).toEqual([...namesInSources('setOutput')].sort());
  });
});
