import type { Extractor } from '../types.js';
import { basename } from './paths.js';
import { platformSignal, platformSite } from './platform-config.js';
import { parseTomlWithLines, tableGet } from './toml-lines.js';

/**
 * `.replit`: a Replit workspace's config. Only its `[deployment]` table says the app is deployed
 * on Replit (Autoscale, Reserved VM, Static or Scheduled deployments); without one the file only
 * runs the app in the workspace, which is development. `[env]` is not read: Replit keeps an app's
 * secrets in its Secrets store, so the file's variables are run-time plumbing (`PORT`), and taking
 * them for the repository's settings would leave every SDK "unconfigured".
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
    const detail = typeof target === 'string' ? `Replit deployment (${target})` : 'Replit deployment';
    return [platformSignal(site, 'replit', toml.lineOf(['deployment']), detail)];
  },
};
