import { objectEntries, parseJsonWithPositions, property } from '../../util/json.js';
import type { Extractor, Signal } from '../types.js';
import { basename } from './paths.js';

/**
 * PHP Composer's `composer.json`. `require` ships to production, including platform
 * requirements such as `ext-pgsql` or `ext-redis` (a PHP extension the app cannot run without
 * says which service it talks to); `require-dev` is read as dev scope so it never counts.
 * The PHP version itself (`php`, `php-64bit`) names no service and is left out.
 */
const SECTIONS: Array<{ section: string; scope: 'prod' | 'dev' }> = [
  { section: 'require', scope: 'prod' },
  { section: 'require-dev', scope: 'dev' },
];

/** Platform packages for the interpreter itself, not an extension or a library. */
function isPhpItself(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'php' || lower.startsWith('php-');
}

export const composerJson: Extractor = {
  id: 'composer',
  claimsName: (name) => name === 'composer.json',
  matches: (path) => basename(path) === 'composer.json',
  extract({ path, text, warn }) {
    const json = parseJsonWithPositions(text, warn);
    if (!json.root) return [];
    if (json.root.type !== 'object') {
      warn('composer.json is not a JSON object', 1);
      return [];
    }
    const signals: Signal[] = [];
    for (const { section, scope } of SECTIONS) {
      const node = property(json.root, section);
      if (node && node.type !== 'object') {
        warn(`"${section}" is not an object of package constraints`, json.lineOf(node));
        continue;
      }
      for (const [name, keyNode, valueNode] of objectEntries(node)) {
        if (isPhpItself(name)) continue;
        const version = typeof valueNode.value === 'string' ? valueNode.value : undefined;
        signals.push({
          kind: 'package',
          ecosystem: 'composer',
          name,
          path,
          line: json.lineOf(keyNode),
          source: 'composer',
          detail: `${section} "${name}"${version ? ` ${version}` : ''}`,
          ...(version ? { version } : {}),
          scope,
        });
      }
    }
    return signals;
  },
};
