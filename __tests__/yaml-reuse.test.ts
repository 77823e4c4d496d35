/**
 * One run parses a compose file in discovery and again in the plan's lint (and, in a pull-request
 * check, in head's confidence): the second read reuses the first parse, and says what it said.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml, parseYamlStream } from '../src/discover/extractors/yaml-nodes.js';

type Said = Array<[string, number | undefined]>;
const collect = (): { said: Said; warn: (message: string, line?: number) => void } => {
  const said: Said = [];
  return { said, warn: (message, line) => said.push([message, line]) };
};

describe('a YAML text read twice in one run', () => {
  it('is parsed once: the second read gets the same documents', () => {
    const text = 'services:\n  db:\n    image: postgres:16\n';
    const first = parseYaml(text, () => undefined);
    const second = parseYaml(text, () => undefined);
    expect(second.docs).toHaveLength(1);
    expect(second.docs[0]).toBe(first.docs[0]);
    expect(second.lineOf(second.docs[0]!.contents)).toBe(1);
  });

  it('repeats the first read\'s warnings, with their lines, to every reader', () => {
    const text = 'services:\n  db:\n    image: postgres:16\n  db:\n    image: redis\n';
    const a = collect();
    const b = collect();
    expect(parseYaml(text, a.warn).docs).toEqual([]);
    expect(parseYaml(text, b.warn).docs).toEqual([]);
    expect(a.said).toHaveLength(1);
    expect(a.said[0]![0]).toMatch(/^invalid YAML/);
    expect(b.said).toEqual(a.said);
  });

  it('as one document and as a stream are two parses', () => {
    const text = 'kind: Service\n---\nkind: Deployment\n';
    const stream = parseYamlStream(text, () => undefined);
    expect(stream.docs).toHaveLength(2);
    const one = collect();
    expect(parseYaml(text, one.warn).docs).toEqual([]);
    expect(one.said[0]![0]).toMatch(/^invalid YAML/);
    expect(parseYamlStream(text, () => undefined).docs).toEqual(stream.docs);
  });
});
