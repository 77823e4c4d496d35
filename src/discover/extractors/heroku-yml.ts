import { isMap } from 'yaml';
import type { Extractor } from '../types.js';
import { basename } from './paths.js';
import { platformSignal, platformSite } from './platform-config.js';
import { mapGet, parseYaml } from './yaml-nodes.js';

/**
 * `heroku.yml`, the manifest of an app Heroku builds from its Dockerfile: the app runs on
 * Heroku. Only its `build`, `run` or `setup` section proves it (add-ons under `setup` are
 * provisioned by Heroku, and listed in app.json too).
 */
export const herokuYml: Extractor = {
  id: 'heroku-yml',
  claimsName: (name) => name === 'heroku.yml',
  matches: (path) => basename(path) === 'heroku.yml',
  extract({ path, text, warn }) {
    const { docs, lineOf } = parseYaml(text, warn);
    const doc = docs[0];
    if (!doc || !isMap(doc.contents)) return [];
    const section = ['build', 'run', 'setup'].map((key) => [key, mapGet(doc.contents, key, doc)] as const).find(([, node]) => node !== undefined);
    if (!section) return [];
    const key = doc.contents.items.find((pair) => (pair.key as { value?: unknown } | null)?.value === section[0])?.key as Parameters<typeof lineOf>[0];
    return [platformSignal(platformSite(path, 'heroku'), 'heroku', lineOf(key), `heroku.yml ${section[0]} section`)];
  },
};
