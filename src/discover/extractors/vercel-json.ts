import { objectEntries, property } from '../../util/json.js';
import type { Extractor, Signal } from '../types.js';
import { basename } from './paths.js';
import { envSignals, parseJsonConfig, platformSignal, platformSite } from './platform-config.js';

/**
 * `vercel.json`: the project is deployed on Vercel. The variables it sets (`env`, and the
 * older build-time `build.env`) are read by name; their values may name Vercel secrets.
 */
export const vercelJson: Extractor = {
  id: 'vercel',
  claimsName: (name) => name === 'vercel.json',
  matches: (path) => basename(path) === 'vercel.json',
  extract({ path, text, warn }) {
    const config = parseJsonConfig(text, 'vercel.json', warn);
    if (!config) return [];
    const site = platformSite(path, 'vercel');
    const signals: Signal[] = [platformSignal(site, 'vercel', config.firstKeyLine, 'Vercel project config')];
    const sections: Array<[string, ReturnType<typeof property>]> = [
      ['env', property(config.root, 'env')],
      ['build.env', property(property(config.root, 'build'), 'env')],
    ];
    for (const [section, node] of sections) {
      for (const [name, keyNode, valueNode] of objectEntries(node)) {
        signals.push(...envSignals(site, name, valueNode.value, config.lineOf(keyNode), section));
      }
    }
    return signals;
  },
};
