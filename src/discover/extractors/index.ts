import type { Extractor } from '../types.js';
import { npmPackageJson } from './npm-package-json.js';
import { envExample } from './env-example.js';
import { dockerCompose } from './docker-compose.js';
import { kubernetesManifest } from './kubernetes.js';
import { helmChart } from './helm-chart.js';
import { helmValues } from './helm-values.js';

/** Every manifest kind Paramedic reads, one module each. */
export const EXTRACTORS: readonly Extractor[] = [
  npmPackageJson,
  envExample,
  dockerCompose,
  kubernetesManifest,
  helmChart,
  helmValues,
];
