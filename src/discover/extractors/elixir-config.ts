import { splitLines, stripBom } from '../../util/lines.js';
import type { Extractor, Signal } from '../types.js';
import { lowerName } from './paths.js';

/**
 * An Elixir app's configuration: `config/config.exs`, `config/prod.exs`, `config/runtime.exs`
 * and `config/releases.exs`. A release reads its settings from the environment there
 * (`api_key: System.fetch_env!("HEXPM_SENDGRID_API_KEY")`), so each variable named is one the
 * deployment sets, like a line of an env template. dev.exs and test.exs are not read.
 */
const CONFIG_FILE = /^(?:config|prod|runtime|releases|staging)\.exs$/;

/**
 * `System.get_env("X")`, `System.fetch_env!("X")`, `System.fetch_env("X")`, and an app's own
 * wrapper of the same name (`Util.fetch_env!("X", all: ...)`): hand-written, as no Elixir parser
 * is installed; a call names its variable as a string literal on one line.
 */
const ENV_CALL = /\b(?:get_env|fetch_env!?)\(\s*"([A-Za-z_][A-Za-z0-9_]*)"/g;

export function isElixirConfig(path: string): boolean {
  const folders = path.split('/').slice(0, -1);
  return folders[folders.length - 1] === 'config' && CONFIG_FILE.test(lowerName(path));
}

export const elixirConfig: Extractor = {
  id: 'elixir-config',
  claimsName: (name) => CONFIG_FILE.test(name.toLowerCase()),
  matches: isElixirConfig,
  extract({ path, text }) {
    const signals: Signal[] = [];
    splitLines(stripBom(text)).forEach((raw, index) => {
      const line = raw.trimStart();
      if (line.startsWith('#')) return;
      for (const call of line.matchAll(ENV_CALL)) {
        signals.push({ kind: 'env', name: call[1]!, path, line: index + 1, source: 'elixir-config', detail: `config reads ${call[1]}`, scope: 'prod' });
      }
    });
    return signals;
  },
};
