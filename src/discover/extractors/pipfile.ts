import type { Extractor } from '../types.js';
import { basename } from './paths.js';
import { keyedTableSignals } from './python-keyed-deps.js';
import { parseTomlOrWarn, tableAt, TomlLines } from './toml-locate.js';

/**
 * Pipenv's `Pipfile`: `[packages]` ship, `[dev-packages]` do not. Pipenv's custom categories
 * (`[docs]`, `[tests]`...) are installed only on request, like dev-packages, so they are not read.
 */
export const pipfile: Extractor = {
  id: 'pipfile',
  claimsName: (name) => name === 'Pipfile',
  matches: (path) => basename(path) === 'Pipfile',
  extract({ path, text, warn }) {
    const doc = parseTomlOrWarn(text, warn);
    if (!doc) return [];
    const lines = new TomlLines(text);
    return [
      ...keyedTableSignals(tableAt(doc, ['packages']), { path, lines, keys: ['packages'], section: '[packages]', scope: 'prod' }),
      ...keyedTableSignals(tableAt(doc, ['dev-packages']), { path, lines, keys: ['dev-packages'], section: '[dev-packages]', scope: 'dev' }),
    ];
  },
};
