import type { Node } from 'jsonc-parser';
import { objectEntries, parseJsonWithPositions } from '../../util/json.js';
import type { Signal } from '../types.js';
import { variableSignals } from './connection-url.js';
import { hasDevToken } from './dev-scope.js';

/**
 * Shared pieces of the hosting-platform extractors (vercel.json, netlify.toml, fly.toml,
 * render.yaml, app.json, serverless.yml...). A platform config proves the platform; the
 * services it declares (Render databases, Heroku add-ons, CloudFormation resources) and the
 * names of the variables it sets become their own signals.
 */

export interface PlatformSite {
  path: string;
  source: string;
  scope: 'prod' | 'dev';
  /** why the config does not show where the product runs (a file served as web content) */
  optional?: string;
}

/** Folders a web app serves as static content: a config file there is a page's asset, never read by a platform. */
const SERVED_FOLDERS = new Set(['public', 'static', 'assets', 'www', 'wwwroot']);

function servedContent(path: string): boolean {
  return path.split('/').slice(0, -1).some((folder) => SERVED_FOLDERS.has(folder.toLowerCase()));
}

/** Where a platform config's signals go; dev/test-named folders make every signal dev-only. */
export function platformSite(path: string, source: string): PlatformSite {
  const site: PlatformSite = { path, source, scope: hasDevToken(path) ? 'dev' : 'prod' };
  if (servedContent(path)) site.optional = `${path} sits in a folder the app serves as static content, where no platform reads its config`;
  return site;
}

export function platformSignal(site: PlatformSite, name: string, line: number, detail: string, extra: Partial<Signal> = {}): Signal {
  return { kind: 'platform', name, path: site.path, line, source: site.source, detail, scope: site.scope, ...(site.optional ? { optional: site.optional } : {}), ...extra };
}

/**
 * Env signals for variables a platform config sets: the name, and the scheme when the value is
 * a connection URL. Values never reach a detail. Names that are not identifiers are skipped.
 */
export function envSignals(site: PlatformSite, name: string, value: unknown, line: number, context: string, scope = site.scope): Signal[] {
  if (!/^[A-Za-z_][\w.-]*$/.test(name)) return [];
  return variableSignals(name, typeof value === 'string' ? value : undefined, { path: site.path, line, source: site.source, context, scope });
}

export interface JsonConfig {
  root: Node;
  lineOf(node: Node): number;
  /** line of the first key, or 1 for an empty object */
  firstKeyLine: number;
}

/**
 * A JSON config that must be an object. A file with a syntax error is reported (with its line)
 * and gives nothing: a platform refuses a broken config, so nothing in it is deployed.
 */
export function parseJsonConfig(text: string, fileKind: string, warn: (message: string, line?: number) => void): JsonConfig | undefined {
  let broken = false;
  const json = parseJsonWithPositions(text, (message, line) => {
    broken = true;
    warn(message, line);
  });
  if (broken || !json.root) return undefined;
  if (json.root.type !== 'object') {
    warn(`${fileKind} is not a JSON object`, json.lineOf(json.root));
    return undefined;
  }
  const first = objectEntries(json.root)[0];
  return { root: json.root, lineOf: json.lineOf, firstKeyLine: first ? json.lineOf(first[1]) : 1 };
}
