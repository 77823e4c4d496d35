import type { Node } from 'jsonc-parser';
import { objectEntries, property } from '../../util/json.js';
import type { Extractor, Signal } from '../types.js';
import { basename } from './paths.js';
import { envSignals, parseJsonConfig, platformSignal, platformSite, type JsonConfig, type PlatformSite } from './platform-config.js';

/** Keys only a Heroku app.json has (with their JSON types checked): one of them proves the manifest. */
const STRONG_KEYS: Record<string, Node['type']> = { addons: 'array', buildpacks: 'array', formation: 'object', environments: 'object' };
/** Keys other app.json files also use; alone they count only when the whole file fits Heroku's schema. */
const WEAK_KEYS: Record<string, Node['type']> = { env: 'object', scripts: 'object' };
/** Every top-level key of Heroku's app.json schema. */
const SCHEMA_KEYS = new Set([
  'name', 'description', 'keywords', 'website', 'repository', 'logo', 'success_url',
  'scripts', 'env', 'formation', 'image', 'addons', 'buildpacks', 'environments', 'stack',
]);
/**
 * app.json files of other tools: Expo (`expo`), and Dokku, whose app.json shares Heroku's
 * `scripts`/`formation` but adds `healthchecks` and `cron` and does not provision add-ons.
 */
const OTHER_TOOL_KEYS = ['expo', 'healthchecks', 'cron'];

/** The key that proves a Heroku manifest, or undefined for any other app.json. */
function herokuMarker(root: Node): Node | undefined {
  const entries = objectEntries(root);
  if (entries.some(([key]) => OTHER_TOOL_KEYS.includes(key))) return undefined;
  const strong = entries.find(([key, , value]) => STRONG_KEYS[key] === value.type);
  if (strong) return strong[1];
  if (!entries.every(([key]) => SCHEMA_KEYS.has(key))) return undefined;
  return entries.find(([key, , value]) => WEAK_KEYS[key] === value.type)?.[1];
}

/**
 * Why app.json alone does not show where production runs: it is the manifest of the Heroku
 * Button, review apps and Heroku CI, which many self-hosted projects ship as one way to try them.
 * Production on Heroku shows in a heroku.yml, a Procfile `release` phase, a deploy workflow's
 * HEROKU_API_KEY or a `heroku_app` in Terraform, each confirmed on its own.
 */
const BUTTON_MANIFEST = 'a Heroku app.json is the manifest of the Deploy-to-Heroku button, review apps and Heroku CI: one way to run the app, not where production runs';

/**
 * Heroku's `app.json` (Heroku Button, review apps, Heroku CI): the app can run on Heroku; each
 * add-on (`heroku-postgresql:essential-0` or `{ "plan": ... }`) is a platform signal named
 * before the `:`, and `env` keys are read by name. `environments` (test, review) are dev-only.
 */
export const herokuAppJson: Extractor = {
  id: 'heroku',
  claimsName: (name) => name === 'app.json',
  matches: (path) => basename(path) === 'app.json',
  extract({ path, text, warn }) {
    const config = parseJsonConfig(text, 'app.json', warn);
    if (!config) return [];
    const marker = herokuMarker(config.root);
    if (!marker) return [];
    const site = platformSite(path, 'heroku');
    const button = site.optional === undefined;
    site.optional ??= BUTTON_MANIFEST;
    const lift = button ? { optionalUnless: 'heroku' } : {};
    const signals: Signal[] = [platformSignal(site, 'heroku', config.lineOf(marker), 'Heroku app.json', lift)];
    signals.push(...sectionSignals(config, config.root, site, '').map((signal) => (signal.kind === 'platform' ? { ...signal, ...lift } : signal)));
    for (const [name, , environment] of objectEntries(property(config.root, 'environments'))) {
      signals.push(...sectionSignals(config, environment, { ...site, scope: 'dev' }, `environments.${name}.`));
    }
    return signals;
  },
};

/** Add-ons and env names of the app, or of one of its `environments`. */
function sectionSignals(config: JsonConfig, node: Node, site: PlatformSite, prefix: string): Signal[] {
  const signals: Signal[] = [];
  const addons = property(node, 'addons');
  for (const item of addons?.type === 'array' ? (addons.children ?? []) : []) {
    const planNode = item.type === 'object' ? property(item, 'plan') : item;
    if (planNode?.type !== 'string') continue;
    const plan = String(planNode.value);
    const addon = plan.split(':')[0]!.trim();
    if (addon) signals.push(platformSignal(site, addon, config.lineOf(planNode), `${prefix}addons "${plan}"`));
  }
  for (const [name, keyNode, valueNode] of objectEntries(property(node, 'env'))) {
    // A variable is a default string or { description, value, required, generator }.
    const value = valueNode.type === 'object' ? property(valueNode, 'value')?.value : valueNode.value;
    signals.push(...envSignals(site, name, value, config.lineOf(keyNode), `${prefix}env`));
  }
  return signals;
}
