import type { Extractor, Signal } from '../types.js';
import { basename } from './paths.js';
import { envSignals, platformSignal, platformSite } from './platform-config.js';
import { parseTomlWithLines, tableGet, tableKeys } from './toml-lines.js';

/**
 * `.replit`: a Replit workspace's config. Only its `[deployment]` table says the app is deployed
 * on Replit (Autoscale, Reserved VM, Static or Scheduled deployments); without one the file only
 * runs the app in the workspace, which is development. `[env]` sets plain variables, read by name.
 */
export const replitConfig: Extractor = {
  id: 'replit',
  claimsName: (name) => name === '.replit',
  matches: (path) => basename(path) === '.replit',
  extract({ path, text, warn }) {
    const toml = parseTomlWithLines(text, warn);
    if (!toml) return [];
    const deployment = tableGet(toml.data, 'deployment');
    if (deployment === undefined) return [];
    const site = platformSite(path, 'replit');
    const target = tableGet(deployment, 'deploymentTarget');
    const signals: Signal[] = [
      platformSignal(site, 'replit', toml.lineOf(['deployment']), typeof target === 'string' ? `Replit deployment (${target})` : 'Replit deployment'),
    ];
    const env = tableGet(toml.data, 'env');
    for (const name of tableKeys(env)) signals.push(...envSignals(site, name, tableGet(env, name), toml.lineOf(['env', name]), 'env'));
    return signals;
  },
};
