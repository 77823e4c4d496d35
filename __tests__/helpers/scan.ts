import { loadCatalog } from '../../src/catalog/load.js';
import { scanRepository, type ScanResult } from '../../src/discover/scan.js';
import { makeRepo } from './repo.js';

/** Scans a real git repository made from `files` with the built-in catalog. */
export async function scanFiles(files: Record<string, string | Buffer>, options: { exclude?: string[] } = {}): Promise<ScanResult> {
  const dir = makeRepo(files);
  return scanRepository(dir, await loadCatalog(), options);
}

/** id -> sorted "path:line" evidence, for exact assertions. */
export function evidenceById(result: ScanResult): Record<string, string[]> {
  return Object.fromEntries(result.dependencies.map((d) => [d.id, d.evidence.map((e) => `${e.path}:${e.line}`)]));
}

export function ids(result: ScanResult): string[] {
  return result.dependencies.map((d) => d.id);
}
