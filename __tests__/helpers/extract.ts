import type { Extractor, ScanWarning, Signal } from '../../src/discover/types.js';

/** Runs one extractor on one in-memory file; `siblings` (name -> text) answer readSibling. */
export async function extractOne(
  extractor: Extractor,
  path: string,
  text: string,
  siblings: Record<string, string> = {},
): Promise<{ signals: Signal[]; warnings: ScanWarning[] }> {
  const warnings: ScanWarning[] = [];
  const signals = await extractor.extract({
    path,
    text,
    warn: (message, line) => warnings.push({ path, ...(line ? { line } : {}), message }),
    readSibling: async (rel) => siblings[rel],
  });
  return { signals, warnings };
}

/** Compact "kind:name@line" strings (with "/dev" for dev scope) for exact assertions. */
export function brief(signals: Signal[]): string[] {
  return signals.map((s) => `${s.kind}:${s.name}@${s.line}${s.scope === 'dev' ? '/dev' : ''}`);
}
