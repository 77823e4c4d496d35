import type { Extractor } from '../types.js';
import { basename } from './paths.js';
import { parseJsonConfig, platformSignal, platformSite } from './platform-config.js';
import { parseTomlWithLines } from './toml-lines.js';

/** Railway's config as code, its build config (`railpack.json`), and an env file kept for it (`.env.railway`). */
const RAILWAY_NAMES = new Set(['railway.json', 'railway.toml', 'railpack.json', '.env.railway']);

/**
 * Railway config as code, `railway.json` or `railway.toml`, or `railpack.json` (the build config of
 * Railway's builder): the service is deployed on Railway. They hold build and deploy settings only;
 * Railway variables live in its dashboard. A `.env.railway` file says so too; its values are
 * never read (it may be a real env file).
 */
export const railwayConfig: Extractor = {
  id: 'railway',
  claimsName: (name) => RAILWAY_NAMES.has(name),
  matches: (path) => RAILWAY_NAMES.has(basename(path)),
  extract({ path, text, warn }) {
    const site = platformSite(path, 'railway');
    if (basename(path) === '.env.railway') return [platformSignal(site, 'railway', 1, 'an env file for Railway')];
    if (basename(path) === 'railpack.json') {
      const config = parseJsonConfig(text, 'railpack.json', warn);
      return config ? [platformSignal(site, 'railway', config.firstKeyLine, 'Railpack build config')] : [];
    }
    if (path.endsWith('.json')) {
      const config = parseJsonConfig(text, 'railway.json', warn);
      return config ? [platformSignal(site, 'railway', config.firstKeyLine, 'Railway service config')] : [];
    }
    const toml = parseTomlWithLines(text, warn);
    return toml ? [platformSignal(site, 'railway', toml.firstContentLine, 'Railway service config')] : [];
  },
};
