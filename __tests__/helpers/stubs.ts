import { beforeAll } from 'vitest';
import { loadCatalog, type Catalog } from '../../src/catalog/load.js';
import type { Dependency } from '../../src/catalog/match.js';
import { draftScenario, type DraftedScenario, type StubOptions } from '../../src/draft/stub.js';

/**
 * The built-in catalog, loaded once per test file, with helpers that make a dependency as the
 * scanner would report it and draft its stub. Call at the top level of a test file.
 */
export function useStubCatalog(): {
  catalog: () => Catalog;
  dep: (id: string, provider: string | null, evidence: Dependency['evidence']) => Dependency;
  stubFor: (d: Dependency, options?: StubOptions) => DraftedScenario;
} {
  let catalog: Catalog | undefined;
  beforeAll(async () => {
    catalog = await loadCatalog();
  });
  const loaded = (): Catalog => {
    if (!catalog) throw new Error('the catalog loads in beforeAll: use these helpers inside tests');
    return catalog;
  };
  return {
    catalog: loaded,
    dep(id, provider, evidence) {
      const rule = loaded().byId.get(id)!;
      return { id, name: rule.name, category: rule.category, tier: rule.tier, provider, evidence };
    },
    stubFor: (d, options) => draftScenario(d, loaded().byId.get(d.id)!, options),
  };
}
