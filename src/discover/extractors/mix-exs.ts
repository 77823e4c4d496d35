import { splitLines, stripBom } from '../../util/lines.js';
import type { Extractor, Signal } from '../types.js';
import { hasDevToken } from './dev-scope.js';
import { basename } from './paths.js';

/**
 * One dependency tuple of an Elixir `mix.exs`: `{:postgrex, ">= 0.0.0"}`, `{:redix, "~> 1.1",
 * only: :prod}`, `{:tesla, github: "elixir-tesla/tesla"}`. A hand-written regex over one line:
 * no Elixir parser is installed, and `mix format` keeps each dependency on a line of its own.
 * The second element must be a version string or a source keyword, so other tuples of the file
 * (`{:ok, pid}`) are not taken.
 */
const DEPENDENCY = /\{\s*:([a-z_][a-z0-9_]*)\s*,\s*(?:"([^"]*)"|(?:git|github|hex|override|runtime|only|optional)\s*:)([^}]*)\}/;
/** `path:` and `in_umbrella:` dependencies are the project's own apps, never a package. */
const LOCAL = /\b(?:path|in_umbrella)\s*:/;
/** `only: :test`, `only: [:dev, :test]`: the environments the dependency is loaded in. */
const ONLY = /\bonly\s*:\s*(\[[^\]]*\]|:[a-z_]+)/;

/**
 * Elixir's `mix.exs`: the `deps` of a project (Hex packages and git dependencies). A dependency
 * loaded only in dev or test (`only: [:dev, :test]`) is dev scope; `optional: true` (a library's
 * optional integration) names an option.
 */
export const mixExs: Extractor = {
  id: 'hex',
  claimsName: (name) => name === 'mix.exs',
  matches: (path) => basename(path) === 'mix.exs',
  extract({ path, text }) {
    const signals: Signal[] = [];
    const devFile = hasDevToken(path);
    splitLines(stripBom(text)).forEach((line, index) => {
      // What precedes a comment (`#` to the end of the line; a line holds no newline).
      const hash = line.indexOf('#');
      const code = hash === -1 ? line : line.slice(0, hash);
      const match = DEPENDENCY.exec(code);
      if (!match || LOCAL.test(code)) return;
      const name = match[1]!;
      const version = match[2];
      const only = ONLY.exec(code)?.[1];
      const envs = only ? [...only.matchAll(/:([a-z_]+)/g)].map((m) => m[1]!) : [];
      const devOnly = devFile || (envs.length > 0 && !envs.includes('prod'));
      signals.push({
        kind: 'package',
        ecosystem: 'hex',
        name,
        path,
        line: index + 1,
        source: 'hex',
        detail: `deps {:${name}${version ? `, "${version}"` : ''}${only ? `, only: ${only}` : ''}}`,
        ...(version ? { version } : {}),
        scope: devOnly ? 'dev' : 'prod',
        ...(/\boptional\s*:\s*true\b/.test(code) ? { optional: 'an optional dependency of the library' } : {}),
      });
    });
    return signals;
  },
};
