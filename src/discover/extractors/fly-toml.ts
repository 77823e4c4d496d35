import type { Extractor, Signal } from '../types.js';
import { basename } from './paths.js';
import { envSignals, platformSignal, platformSite } from './platform-config.js';
import { parseTomlWithLines, tableGet, tableKeys } from './toml-lines.js';

/**
 * `fly.toml`: the app runs on Fly.io. Evidence is the `app` line (the first line when there is
 * none: `fly launch` may leave it to a flag). `[env]` sets plain variables, read by name.
 */
export const flyToml: Extractor = {
  id: 'fly',
  claimsName: (name) => name === 'fly.toml',
  matches: (path) => basename(path) === 'fly.toml',
  extract({ path, text, warn }) {
    const toml = parseTomlWithLines(text, warn);
    if (!toml) return [];
    const site = platformSite(path, 'fly');
    const app = tableGet(toml.data, 'app');
    const signals: Signal[] = [
      platformSignal(site, 'fly', app === undefined ? toml.firstContentLine : toml.lineOf(['app']), typeof app === 'string' ? `Fly app "${app}"` : 'Fly app config'),
    ];
    const env = tableGet(toml.data, 'env');
    for (const name of tableKeys(env)) signals.push(...envSignals(site, name, tableGet(env, name), toml.lineOf(['env', name]), 'env'));
    return signals;
  },
};
