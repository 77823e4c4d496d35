import { splitLines, stripBom } from '../../util/lines.js';
import type { Extractor } from '../types.js';
import { basename } from './paths.js';
import { platformSignal, platformSite } from './platform-config.js';

/**
 * One Procfile declaration, `<process type>: <command>`. A hand-written regex: the format is
 * one declaration per line and has no parser package; process types are letters, digits, `_`, `-`.
 */
const DECLARATION = /^([A-Za-z0-9_-]+)[ \t]*:[ \t]*(\S.*)$/;

/**
 * `Procfile` (exact name; `Procfile.dev` is a local foreman file): the app's processes on Heroku.
 * Evidence is the first declaration; the detail names process types, never commands, which
 * may carry inline variables. foreman, honcho, Dokku and in-container process runners read the
 * same format, so a Procfile proves Heroku only with a `release` process (Heroku's release
 * phase); otherwise it names Heroku as a possibility, which app.json, heroku.yml or an add-on confirm.
 */
export const procfile: Extractor = {
  id: 'procfile',
  claimsName: (name) => name === 'Procfile',
  matches: (path) => basename(path) === 'Procfile',
  extract({ path, text, warn }) {
    const types: string[] = [];
    let firstLine = 0;
    splitLines(stripBom(text)).forEach((raw, index) => {
      const trimmed = raw.trim();
      if (trimmed === '' || trimmed.startsWith('#')) return;
      const match = DECLARATION.exec(trimmed);
      if (!match) {
        warn('Procfile line is not "<process type>: <command>"', index + 1);
        return;
      }
      types.push(match[1]!);
      if (!firstLine) firstLine = index + 1;
    });
    if (!firstLine) return [];
    const optional = types.includes('release') ? {} : { optional: 'a Procfile is also read by foreman, Dokku and in-container process runners' };
    return [platformSignal(platformSite(path, 'heroku'), 'heroku', firstLine, `Procfile process types ${types.join(', ')}`, optional)];
  },
};
