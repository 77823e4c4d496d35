import { dirname, inDocsSite } from './extractors/paths.js';
import type { Signal } from './types.js';

/**
 * What a repository deploys. A monorepo holds apps, libraries, tools and docs side by side;
 * an SDK in a package no deployed app uses is not a dependency of the product. A folder is
 * deployed when something deploys it (`deploy` signals: a Dockerfile, a platform config, a
 * compose `build:` context, a package with a start script) or when a deployed workspace
 * package depends on the package it holds (`workspace` signals), transitively.
 *
 * - deployed: the path is in (or is an ancestor folder of) a deployed folder;
 * - undeployed: deployed folders are known and the path is in none of them, or it is in a
 *   documentation site (docs/, website/...), which is never the product;
 * - unknown: nothing says what is deployed (one app, or no deploy marker at all): nothing is
 *   held against the path.
 */
export type DeployStatus = 'deployed' | 'undeployed' | 'unknown';

export interface DeploymentModel {
  /** deployed folders ('' is the repository root), sorted */
  readonly folders: readonly string[];
  status(path: string): DeployStatus;
  /** why `status` said undeployed, for reports */
  whyUndeployed(path: string): string | undefined;
  /** true when the path is in a documentation site (docs/, website/...) */
  inDocsSite(path: string): boolean;
  /**
   * True when a workload builds this Dockerfile: a compose `build:` or a platform config names
   * it or its folder, or a workload's image is named like its folder (`…/coolify-realtime` for
   * `docker/coolify-realtime/Dockerfile`).
   */
  builds(dockerfilePath: string): boolean;
}

export { inDocsSite };

/**
 * Folders of a monorepo that hold integrations the product's users pick from
 * (`packages/providers/`, `plugins/`, `connectors/`): every service a manifest there names is an
 * option, like a menu, unless evidence elsewhere shows the product itself uses it.
 */
const INTEGRATION_FOLDERS = new Set(['providers', 'integrations', 'connectors', 'adapters', 'plugins']);

export function inIntegrationFolder(path: string): boolean {
  // Whole folder names or their words: `appsmith-plugins/`, `connectors_v2/`.
  return path.toLowerCase().split('/').slice(0, -1).some((folder) => folder.split(/[-_.]+/).some((word) => INTEGRATION_FOLDERS.has(word)));
}

/** Evidence sources of hosting-platform configs (vercel.json, fly.toml, app.json...). */
export const PLATFORM_SOURCES: ReadonlySet<string> = new Set(['vercel', 'netlify', 'fly', 'railway', 'render', 'heroku', 'serverless', 'firebase', 'replit']);

const within = (folder: string, root: string): boolean => root === '' || folder === root || folder.startsWith(`${root}/`);

/** Builds the model from the scan's signals; `deploy` and `workspace` signals carry what it needs. */
export function deploymentModel(signals: readonly Signal[]): DeploymentModel {
  const roots = new Set<string>();
  const packages = new Map<string, { folder: string; refs: string[] }>();
  const manifestFolders = new Set<string>();
  /** Dockerfiles and folders a workload builds, and the last segments of the images workloads run */
  const built = new Set<string>();
  const imageNames = new Set<string>();
  for (const signal of signals) {
    if (signal.scope === 'dev') continue;
    if (signal.kind === 'deploy' && signal.source !== 'dockerfile') {
      built.add(signal.name);
      for (const ref of signal.refs ?? []) built.add(ref);
    }
    if (signal.kind === 'image' && signal.source !== 'dockerfile') imageNames.add(signal.name.slice(signal.name.lastIndexOf('/') + 1));
    if (signal.kind === 'deploy' && !inDocsSite(`${signal.name}/x`)) roots.add(signal.name);
    // A platform config deploys the folder it sits in (a Procfile in docker/ deploys nothing new).
    if (signal.kind === 'platform' && PLATFORM_SOURCES.has(signal.source) && !inDocsSite(signal.path)) roots.add(dirname(signal.path));
    else if (signal.kind === 'workspace') packages.set(signal.name, { folder: dirname(signal.path), refs: signal.refs ?? [] });
    else if (signal.kind === 'package') manifestFolders.add(dirname(signal.path));
  }
  // Workspace packages a deployed package depends on are deployed with it.
  const deployed = new Set(roots);
  // A root's own package is the one around it: a Dockerfile in a Maven module's src/main/docker deploys that module.
  // Several manifests may share a folder (a root Cargo.toml workspace beside a root package.json).
  const byFolder = new Map<string, Array<{ folder: string; refs: string[] }>>();
  for (const p of packages.values()) byFolder.set(p.folder, [...(byFolder.get(p.folder) ?? []), p]);
  const enclosing = (root: string): Array<{ folder: string; refs: string[] }> => {
    for (let folder = root; ; folder = dirname(folder)) {
      const found = byFolder.get(folder);
      if (found || folder === '') return found ?? [];
    }
  };
  const queue = [...packages.values()].filter((p) => [...roots].some((root) => within(p.folder, root)));
  for (const root of roots) queue.push(...enclosing(root));
  const visited = new Set<{ folder: string; refs: string[] }>();
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (visited.has(next)) continue;
    visited.add(next);
    for (const ref of next.refs) {
      const target = packages.get(ref);
      if (!target) continue;
      deployed.add(target.folder);
      queue.push(target);
    }
  }
  const folders = [...deployed].sort();
  // One manifest folder, or no deploy marker: the repository is one app, or says nothing.
  const known = folders.length > 0 && manifestFolders.size > 1;
  const status = (path: string): DeployStatus => {
    if (inDocsSite(path)) return 'undeployed';
    if (!known) return 'unknown';
    const folder = dirname(path);
    // In a deployed folder, or above one (a root requirements.txt that docker/web/Dockerfile installs).
    return folders.some((root) => within(folder, root) || within(root, folder)) ? 'deployed' : 'undeployed';
  };
  return {
    folders,
    status,
    inDocsSite,
    builds: (dockerfilePath) => {
      const folder = dirname(dockerfilePath);
      return built.has(dockerfilePath) || (built.has(folder) && /^(?:Dockerfile|Containerfile)$/.test(dockerfilePath.slice(folder ? folder.length + 1 : 0))) || imageNames.has(folder.slice(folder.lastIndexOf('/') + 1));
    },
    whyUndeployed: (path) =>
      status(path) !== 'undeployed'
        ? undefined
        : inDocsSite(path)
          ? 'in the documentation site, not the product'
          : `in ${dirname(path) || 'the root'}, which no deployed app (${folders.slice(0, 3).map((f) => f || '.').join(', ')}${folders.length > 3 ? ` and ${folders.length - 3} more` : ''}) uses`,
  };
}
