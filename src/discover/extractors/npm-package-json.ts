import { objectEntries, parseJsonWithPositions, property } from '../../util/json.js';
import type { Extractor, Signal } from '../types.js';
import { basename } from './paths.js';

/** Sections whose packages ship to production. */
const PROD_SECTIONS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/** Sections read only so nothing there is ever mistaken for production. */
const DEV_SECTIONS = ['devDependencies'];
/**
 * Frameworks whose build bundles devDependencies into the server: SvelteKit's templates list
 * every package there (`@supabase/supabase-js`, `postgres`, `stripe`), so for a package that
 * builds with it they ship to production like dependencies.
 */
const BUNDLING_FRAMEWORKS = ['@sveltejs/kit'];

/**
 * A start script that runs a development server or a watcher (`vite`, `next dev`, `react-scripts
 * start`, `nodemon`) starts nothing that is deployed. Hand-written over one command string.
 */
function isDevServer(command: string): boolean {
  return /\b(?:vite|webpack-dev-server|react-scripts\s+start|ng\s+serve|next\s+dev|nuxt\s+dev|nodemon|ts-node-dev|tsx\s+watch|storybook|docusaurus\s+start|expo\s+start|react-native\s+start|gatsby\s+develop|parcel|serve\s+-s)\b|--watch\b/.test(command);
}

/**
 * npm / yarn / pnpm `package.json`. Every workspace has its own package.json, which
 * git lists like any other file, so monorepos need no special walk.
 */
export const npmPackageJson: Extractor = {
  id: 'npm',
  claimsName: (name) => name === 'package.json',
  matches: (path) => basename(path) === 'package.json',
  extract({ path, text, warn }) {
    const json = parseJsonWithPositions(text, warn);
    if (!json.root) return [];
    if (json.root.type !== 'object') {
      warn('package.json is not a JSON object', 1);
      return [];
    }
    const signals: Signal[] = [];
    const nameNode = property(json.root, 'name');
    const prodNames = PROD_SECTIONS.flatMap((section) => objectEntries(property(json.root, section)).map(([name]) => name));
    // What the deployment model needs: the package's name and what it pulls in, and whether it starts a server.
    if (nameNode?.type === 'string') {
      signals.push({ kind: 'workspace', name: String(nameNode.value), path, line: json.lineOf(nameNode), source: 'npm', detail: `workspace package "${String(nameNode.value)}"`, refs: prodNames });
    }
    const start = property(property(json.root, 'scripts'), 'start');
    if (start?.type === 'string' && !isDevServer(String(start.value))) {
      const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
      signals.push({ kind: 'deploy', name: folder, path, line: json.lineOf(start), source: 'npm', detail: 'a start script' });
    }
    const devDependencies = objectEntries(property(json.root, 'devDependencies')).map(([name]) => name);
    // An n8n nodes package (`"n8n": { "nodes": [...] }`) is workflow connectors users pick from.
    const connectors = property(property(json.root, 'n8n'), 'nodes')?.type === 'array';
    const bundled = BUNDLING_FRAMEWORKS.find((framework) => devDependencies.includes(framework));
    for (const section of [...PROD_SECTIONS, ...DEV_SECTIONS]) {
      for (const [name, keyNode, valueNode] of objectEntries(property(json.root, section))) {
        const version = typeof valueNode.value === 'string' ? valueNode.value : undefined;
        signals.push({
          kind: 'package',
          ecosystem: 'npm',
          name,
          path,
          line: json.lineOf(keyNode),
          source: 'npm',
          detail: `${section} "${name}"${version ? ` ${version}` : ''}${bundled && DEV_SECTIONS.includes(section) ? ` (bundled by ${bundled})` : ''}${connectors ? ' (n8n connector)' : ''}`,
          ...(version ? { version } : {}),
          // Type-only packages (@types/pg) never run in production, whatever section lists them.
          scope: connectors || (DEV_SECTIONS.includes(section) && !bundled) || name.startsWith('@types/') ? 'dev' : 'prod',
        });
      }
    }
    return signals;
  },
};
