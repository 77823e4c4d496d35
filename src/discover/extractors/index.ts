import type { Extractor } from '../types.js';
import { npmPackageJson } from './npm-package-json.js';

/** Every manifest kind Paramedic reads, one module each. */
export const EXTRACTORS: readonly Extractor[] = [
  npmPackageJson,
];
