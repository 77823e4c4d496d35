import { isMap, type Document, type Node } from 'yaml';
import type { Extractor, Signal } from '../types.js';
import { hasDevToken } from './dev-scope.js';
import { basename } from './paths.js';
import { mapEntries, mapGet, parseYaml, resolve, scalarText } from './yaml-nodes.js';

const NAMES = new Set(['custom-environment-variables.yaml', 'custom-environment-variables.yml', 'custom-environment-variables.json']);

/**
 * node-config's `config/custom-environment-variables.{yaml,json}`: a tree of settings whose
 * leaves name the environment variable each is read from (`uri: "DATABASE_URL"`, or
 * `{ __name: "PORT", __format: "number" }`). The leaves are the app's variables; nothing else is read.
 * JSON is YAML, so one parser reads both.
 */
export const nodeConfigEnv: Extractor = {
  id: 'node-config',
  claimsName: (name) => NAMES.has(name),
  matches: (path) => NAMES.has(basename(path)),
  extract({ path, text, warn }) {
    const { docs, lineOf } = parseYaml(text, warn);
    const doc = docs[0];
    if (!doc) return [];
    const scope = hasDevToken(path) ? 'dev' : 'prod';
    const signals: Signal[] = [];
    const visit = (node: Node | null | undefined, keys: string[], d: Document): void => {
      if (keys.length > 20) return;
      for (const [key, value, keyNode] of mapEntries(node, d)) {
        const inner = resolve(value, d);
        const named = isMap(inner) ? scalarText(mapGet(inner, '__name', d), d) : scalarText(inner, d);
        if (named !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(named)) {
          signals.push({ kind: 'env', name: named, path, line: lineOf(keyNode), source: 'node-config', detail: `setting ${[...keys, key].join('.')} from ${named}`, scope });
        } else if (isMap(inner)) {
          visit(inner, [...keys, key], d);
        }
      }
    };
    visit(doc.contents as Node | null, [], doc);
    return signals;
  },
};
