import type { Extractor } from '../types.js';
import { basename } from './paths.js';
import { parseJsonConfig, platformSignal, platformSite } from './platform-config.js';

/** `firebase.json`, the Firebase CLI's project config: the app runs on Firebase. */
export const firebaseJson: Extractor = {
  id: 'firebase',
  claimsName: (name) => name === 'firebase.json',
  matches: (path) => basename(path) === 'firebase.json',
  extract({ path, text, warn }) {
    const config = parseJsonConfig(text, 'firebase.json', warn);
    if (!config) return [];
    return [platformSignal(platformSite(path, 'firebase'), 'firebase', config.firstKeyLine, 'Firebase project config')];
  },
};
