import type { Extractor, Signal } from '../types.js';
import { basename, dirname, inDocsSite } from './paths.js';
import { envSignals, platformSignal, platformSite } from './platform-config.js';
import { parseTomlWithLines, tableGet, tableKeys } from './toml-lines.js';

/**
 * `netlify.toml`: the site is deployed on Netlify. Variables are read by name from
 * `[build.environment]` (every deploy) and `[context.<name>.environment]`; only the production
 * context ships to users, so the others (deploy-preview, branch-deploy, dev, branch names) are dev.
 */
export const netlifyToml: Extractor = {
  id: 'netlify',
  claimsName: (name) => name === 'netlify.toml',
  matches: (path) => basename(path) === 'netlify.toml',
  extract({ path, text, warn }) {
    const toml = parseTomlWithLines(text, warn);
    if (!toml) return [];
    const site = platformSite(path, 'netlify');
    // A site built and published from docs/ (mkdocs, docusaurus) is the documentation, not the product.
    const published = [tableGet(tableGet(toml.data, 'build'), 'publish'), tableGet(tableGet(toml.data, 'build'), 'base')].find((dir) => typeof dir === 'string' && inDocsSite(`${dirname(path) ? `${dirname(path)}/` : ''}${dir.replace(/^\.?\//, '')}/x`));
    if (typeof published === 'string') site.optional ??= `netlify.toml publishes ${published}, the documentation site, not the product`;
    const signals: Signal[] = [platformSignal(site, 'netlify', toml.firstContentLine, 'Netlify site config')];
    const environments: Array<{ keys: string[]; scope: 'prod' | 'dev' }> = [{ keys: ['build', 'environment'], scope: site.scope }];
    const contexts = tableGet(toml.data, 'context');
    for (const context of tableKeys(contexts)) {
      environments.push({ keys: ['context', context, 'environment'], scope: context === 'production' ? site.scope : 'dev' });
    }
    for (const { keys, scope } of environments) {
      const table = keys.reduce<unknown>((node, key) => tableGet(node, key), toml.data);
      for (const name of tableKeys(table)) {
        signals.push(...envSignals(site, name, tableGet(table, name), toml.lineOf([...keys, name]), keys.join('.'), scope));
      }
    }
    return signals;
  },
};
