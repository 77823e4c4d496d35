import type { Node } from 'jsonc-parser';
import { parseJsonWithPositions } from '../../util/json.js';
import type { Extractor, Signal } from '../types.js';
import { variableSignals } from './connection-url.js';
import { hasDevToken } from './dev-scope.js';
import { lowerName } from './paths.js';
import { relaxedEnvName } from './spring-config.js';

/**
 * ASP.NET Core's `appsettings.json` and its environment variants (`appsettings.Production.json`),
 * where a .NET app keeps its configuration. The configuration binder reads each key from the
 * environment too (`GlobalSettings__Stripe__ApiKey`), so each leaf is a setting named like the
 * variable that overrides it (`GLOBALSETTINGS_STRIPE_APIKEY`), the same as Spring's relaxed
 * binding: the catalog's `*_STRIPE_*` and `SQLSERVER_*` patterns then find the service's
 * configuration. `appsettings.Development.json` (and other dev-named variants) give dev signals.
 * Names only, and the scheme of a connection URL; no value reaches a report.
 */
const APPSETTINGS = /^appsettings(?:\.[a-z0-9_-]+)?\.json$/;

/** Deeper keys than this are data, not settings an operator sets. */
const MAX_DEPTH = 12;

export const dotnetAppSettings: Extractor = {
  id: 'appsettings',
  claimsName: (name) => APPSETTINGS.test(name.toLowerCase()),
  matches: (path) => APPSETTINGS.test(lowerName(path)),
  extract({ path, text, warn }) {
    const json = parseJsonWithPositions(text, warn);
    const scope = hasDevToken(path) ? 'dev' : 'prod';
    const signals: Signal[] = [];
    const visit = (node: Node | undefined, key: string, line: number, depth: number): void => {
      if (!node || depth > MAX_DEPTH) return;
      if (node.type === 'object') {
        for (const prop of node.children ?? []) {
          const [keyNode, value] = prop.children ?? [];
          if (!keyNode || typeof keyNode.value !== 'string') continue;
          visit(value, key ? `${key}.${keyNode.value}` : keyNode.value, json.lineOf(keyNode), depth + 1);
        }
      } else if (node.type === 'array') {
        (node.children ?? []).forEach((child, index) => visit(child, `${key}[${index}]`, json.lineOf(child), depth + 1));
      } else if (key) {
        const value = node.type === 'string' ? String(node.value) : undefined;
        signals.push(...variableSignals(relaxedEnvName(key), value, { path, line, source: 'appsettings', context: `setting ${key}`, scope }));
      }
    };
    visit(json.root, '', 1, 0);
    // `setting a.b A_B` reads twice; the key alone says it.
    return signals.map((s) => ({ ...s, detail: s.detail.replace(/^setting (\S+) [A-Z0-9_]+/, 'setting $1') }));
  },
};
