import type { Extractor } from '../types.js';
import { basename, dirname } from './paths.js';
import { platformSignal, platformSite } from './platform-config.js';
import { parseTomlWithLines, tableGet } from './toml-lines.js';

/** `supabase/config.toml`, written by `supabase init`: only a config.toml inside a `supabase` folder. */
export function isSupabaseConfig(path: string): boolean {
  return basename(path) === 'config.toml' && basename(dirname(path)) === 'supabase';
}

/** The Supabase CLI project config: the app is built on Supabase. Evidence is the `project_id` line. */
export const supabaseConfig: Extractor = {
  id: 'supabase',
  claimsName: (name) => name === 'config.toml',
  matches: isSupabaseConfig,
  extract({ path, text, warn }) {
    const toml = parseTomlWithLines(text, warn);
    if (!toml) return [];
    const projectId = tableGet(toml.data, 'project_id');
    const line = projectId === undefined ? toml.firstContentLine : toml.lineOf(['project_id']);
    return [platformSignal(platformSite(path, 'supabase'), 'supabase', line, 'Supabase CLI project config')];
  },
};
