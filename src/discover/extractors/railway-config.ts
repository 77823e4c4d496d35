import type { Extractor } from '../types.js';
import { basename } from './paths.js';
import { parseJsonConfig, platformSignal, platformSite } from './platform-config.js';
import { parseTomlWithLines } from './toml-lines.js';

/**
 * Railway config as code, `railway.json` or `railway.toml`: the service is deployed on Railway.
 * It holds build and deploy settings only; Railway variables live in its dashboard.
 */
export const railwayConfig: Extractor = {
  id: 'railway',
  claimsName: (name) => name === 'railway.json' || name === 'railway.toml',
  matches: (path) => basename(path) === 'railway.json' || basename(path) === 'railway.toml',
  extract({ path, text, warn }) {
    const site = platformSite(path, 'railway');
    if (path.endsWith('.json')) {
      const config = parseJsonConfig(text, 'railway.json', warn);
      return config ? [platformSignal(site, 'railway', config.firstKeyLine, 'Railway service config')] : [];
    }
    const toml = parseTomlWithLines(text, warn);
    return toml ? [platformSignal(site, 'railway', toml.firstContentLine, 'Railway service config')] : [];
  },
};
