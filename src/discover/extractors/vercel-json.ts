import { objectEntries, property } from '../../util/json.js';
import type { Extractor, Signal } from '../types.js';
import type { Node } from 'jsonc-parser';
import { basename, dirname } from './paths.js';
import { envSignals, parseJsonConfig, platformSignal, platformSite } from './platform-config.js';

/**
 * `vercel.json`: the project is deployed on Vercel. The variables it sets (`env`, and the
 * older build-time `build.env`) are read by name; their values may name Vercel secrets.
 */
/**
 * The folders the legacy `builds` list builds (`{ "src": "frontend/package.json" }`), when every
 * build names one below the config: what this config deploys (see render-yaml.ts's deploysFacts).
 */
function deploysFacts(root: Node, folder: string): Partial<Signal> {
  const builds = property(root, 'builds');
  if (builds?.type !== 'array' || !builds.children?.length) return {};
  const folders = new Set<string>();
  for (const build of builds.children) {
    const src = property(build, 'src')?.value;
    if (typeof src !== 'string' || !src.includes('/') || /[*?{]/.test(src.slice(0, src.lastIndexOf('/')))) return {};
    const relative = src.replace(/^\.\//, '');
    folders.add([folder, relative.slice(0, relative.lastIndexOf('/'))].filter(Boolean).join('/'));
  }
  return { facts: { deploys: [...folders].sort().join(',') } };
}

export const vercelJson: Extractor = {
  id: 'vercel',
  claimsName: (name) => name === 'vercel.json',
  matches: (path) => basename(path) === 'vercel.json',
  extract({ path, text, warn }) {
    const config = parseJsonConfig(text, 'vercel.json', warn);
    if (!config) return [];
    const site = platformSite(path, 'vercel');
    const signals: Signal[] = [platformSignal(site, 'vercel', config.firstKeyLine, 'Vercel project config', deploysFacts(config.root, dirname(path)))];
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
