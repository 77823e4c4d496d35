import { unquote } from '../../util/text-scan.js';
import type { Node } from 'yaml';
import type { Extractor, Signal } from '../types.js';
import { variableSignals } from './connection-url.js';
import { hasDevToken, pathTokens } from './dev-scope.js';
import { lowerName } from './paths.js';
import { flattenYaml, isSpringConfig, relaxedEnvName, type Property } from './spring-config.js';
import { parseYamlStream } from './yaml-nodes.js';

/**
 * An application's own settings files: YAML in a `config/` (or `configs/`, `configuration/`,
 * `configurations/`, `settings/`) folder, such as a Rails app's `config/settings.yml` or
 * `config/<app>.yml`, or a Go service's `configurations/production.yaml`. The code reads them
 * into its clients (`s3_bucket:`, `stripe: { key: ... }`, `govuk_notify: { api_key: ... }`), so
 * each leaf is a setting for the service its key names, read the way Spring's relaxed binding
 * names properties: `production.s3_bucket` in `config/rubygems.yml` is `RUBYGEMS_S3_BUCKET`, the
 * file's name standing for the app (or the service: `config/rabbitmq.yml` gives `RABBITMQ_PORT`).
 *
 * Rails keys its files by environment: `development:` and `test:` blocks give dev settings, and
 * the environment's name is left out of the setting. Files whose name says development or tests
 * (`local.yaml`, `config/test.yml`) give dev settings. `ENV["X"]`, `ENV.fetch("X")` and `${X}`
 * in a value name the variable the deployment sets. Not read: locales, database.yml (Rails'
 * adapter is read by rails-config) and Spring's application*.yml (spring-config).
 */
const CONFIG_FOLDERS = new Set(['config', 'configs', 'configuration', 'configurations', 'settings']);
/** Folders under a config folder that hold translations, credentials templates or deploy manifests, not settings. */
const NOT_SETTINGS_FOLDERS = new Set(['locales', 'locale', 'i18n', 'translations', 'lang', 'deploy', 'k8s', 'kubernetes', 'helm', 'charts', 'terraform']);
/** Rails' Active Storage menu: every service a deployment may pick; the pick is read by rails-config. */
const MENU_FILES = new Set(['storage.yml', 'storage.yaml']);
const RAILS_ENVIRONMENTS = new Set(['production', 'staging', 'development', 'test', 'defaults', 'default', 'shared']);
const DEV_ENVIRONMENTS = new Set(['development', 'test']);

/**
 * A settings template the deployer copies (`config.sample.yml`, `settings.example.yaml`), wherever
 * it sits: like an env template, what it sets is the shipped configuration (`db.type: postgres`).
 * A hand-written regex over one file name.
 */
const SAMPLE_SETTINGS = /^(?:config|configuration|settings)[._-](?:sample|example|dist|template|default|defaults)\.ya?ml$/;
/** Words of a settings file's name that mark it as a template, not a name for the app. */
const TEMPLATE_WORDS = new Set(['sample', 'example', 'dist', 'template', 'default', 'defaults']);

export function isAppConfigYaml(path: string): boolean {
  const name = lowerName(path);
  if (!/\.ya?ml$/.test(name) || name === 'database.yml' || name === 'database.yaml' || MENU_FILES.has(name) || isSpringConfig(path)) return false;
  if (SAMPLE_SETTINGS.test(name)) return true;
  const folders = path.toLowerCase().split('/').slice(0, -1);
  const at = folders.findIndex((folder) => CONFIG_FOLDERS.has(folder));
  return at !== -1 && !folders.slice(at).some((folder) => NOT_SETTINGS_FOLDERS.has(folder));
}

/**
 * `ENV["X"]`, `ENV['X']`, `ENV.fetch("X"` (ERB in Rails' YAML) and `${X}` / `${X:-default}`:
 * hand-written, since the value is a template string no YAML parser reads further.
 */
const VARIABLE_REFERENCE = /\bENV(?:\.fetch\(\s*|\[\s*)["']([A-Za-z_][A-Za-z0-9_]*)["']|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-[^}]*)?\}/g;

/** Settings per file kept at most: a generated file of thousands of keys is data. */
const MAX_SETTINGS = 2000;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]']);

function isLoopbackUrl(value: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(unquote(value.trim())).hostname.toLowerCase());
  } catch {
    return false;
  }
}

export const appConfigYaml: Extractor = {
  id: 'app-config',
  claimsName: (name) => /\.ya?ml$/i.test(name),
  matches: isAppConfigYaml,
  extract({ path, text, warn }) {
    const fileDev = hasDevToken(path);
    // ERB-templated YAML may not parse; it is read when it does, and otherwise says nothing.
    const templated = text.includes('<%');
    const { docs, lineOf } = parseYamlStream(text, templated ? () => undefined : warn);
    const properties: Property[] = [];
    for (const doc of docs) flattenYaml(doc.contents as Node | null, '', doc, lineOf, properties);
    const stem = pathTokens(lowerName(path).replace(/\.ya?ml$/, '')).filter((word) => !TEMPLATE_WORDS.has(word)).join('_');
    const appWord = ['config', 'configuration', 'settings', 'app', 'application', 'values', ...RAILS_ENVIRONMENTS].includes(stem) || fileDev ? '' : stem;
    const signals: Signal[] = [];
    for (const { key, value, line } of properties.slice(0, MAX_SETTINGS)) {
      const segments = key.split('.');
      const environment = RAILS_ENVIRONMENTS.has(segments[0]!.toLowerCase()) && segments.length > 1 ? segments.shift()!.toLowerCase() : undefined;
      const scope = fileDev || (environment && DEV_ENVIRONMENTS.has(environment)) ? 'dev' : 'prod';
      const name = relaxedEnvName([appWord, ...segments].filter(Boolean).join('.'));
      if (!/^[A-Z_][A-Z0-9_]*$/.test(name)) continue;
      // The production block of a Rails settings file, or a production settings file, is deployment config.
      const deployment = scope === 'prod' && (environment === 'production' || stem === 'production');
      const site = { path, line, source: 'app-config', context: `setting ${key}`, scope, deployment } as const;
      // A connection URL to this machine is the file's default, not the service the deployment uses.
      const own = variableSignals(name, value, site).filter((s) => s.kind !== 'url-scheme' || !isLoopbackUrl(value));
      signals.push(...own.map((s) => ({ ...s, detail: s.detail.replace(`setting ${key} ${name}`, `setting ${key}`) })));
      for (const reference of value.matchAll(VARIABLE_REFERENCE)) {
        const variable = reference[1] ?? reference[2]!;
        signals.push({ kind: 'env', name: variable, path, line, source: 'app-config', detail: `setting ${key} from ${variable}`, scope });
      }
    }
    return signals;
  },
};
