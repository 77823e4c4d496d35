import type { ScanResult } from '../../src/discover/scan.js';

/** Ids the gate fails on by default: confirmed and likely (a missing confidence reads as likely). */
export function gated(result: ScanResult): string[] {
  return result.dependencies.filter((d) => (d.confidence ?? 'likely') !== 'possible').map((d) => d.id);
}

/** id -> confidence, for exact assertions. */
export function confidenceById(result: ScanResult): Record<string, string | undefined> {
  return Object.fromEntries(result.dependencies.map((d) => [d.id, d.confidence]));
}

/** The reason given for one dependency's confidence. */
export function reasonOf(result: ScanResult, id: string): string | undefined {
  return result.dependencies.find((d) => d.id === id)?.confidenceReason;
}

export const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';
export const lines = (...rows: string[]): string => rows.join('\n') + '\n';
