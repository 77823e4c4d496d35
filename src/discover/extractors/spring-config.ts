import { isMap, isSeq, type Document, type Node } from 'yaml';
import { splitLines, stripBom } from '../../util/lines.js';
import type { Extractor, Signal } from '../types.js';
import { variableSignals } from './connection-url.js';
import { hasDevToken } from './dev-scope.js';
import { lowerName } from './paths.js';
import { mapEntries, parseYamlStream, resolve, scalarText } from './yaml-nodes.js';

/**
 * Spring Boot's (and Quarkus', Micronaut's) `application.properties` / `application.yml`, with
 * profile variants (`application-prod.yml`) and `bootstrap.yml`, where a JVM app keeps its
 * configuration: in `src/main/resources/` or a `config/` folder.
 */
export function isSpringConfig(path: string): boolean {
  const name = lowerName(path);
  if (!/^(?:application|bootstrap)(?:-[a-z0-9_.-]+)?\.(?:properties|ya?ml)$/.test(name)) return false;
  const folders = path.split('/').slice(0, -1);
  return path.includes('src/main/resources/') || folders.includes('config');
}

/**
 * A property as the environment variable Spring's relaxed binding reads it from:
 * `spring.data.redis.host` is `SPRING_DATA_REDIS_HOST`, `a.b[0].c` is `A_B_0_C`.
 */
export function relaxedEnvName(key: string): string {
  return key.replace(/\[(\d+)\]/g, '.$1').replace(/[.-]+/g, '_').toUpperCase();
}

/** `application-prod.yml`, `application-production.properties`, `application-live.yaml`. */
const PROD_PROFILE = /^application-(?:prod|production|live)\.(?:properties|ya?ml)$/;

/** `${NAME}` and `${NAME:default}` placeholders: the variables a value is taken from. */
const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}/g;

export interface Property {
  key: string;
  value: string;
  line: number;
}

/**
 * `.properties` lines: `key=value`, `key: value` or `key value`; `#` and `!` start comments; a
 * trailing backslash continues the value. Hand-written: the format is line-based, and only keys
 * and values are needed (no escapes beyond the continuation matter for names and URL schemes).
 */
function readProperties(text: string): Property[] {
  const out: Property[] = [];
  const lines = splitLines(stripBom(text));
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    let line = lines[i]!.trimStart();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!.trimStart();
    // The key, then white space, at most one `=` or `:`, white space, the value: read by hand
    // after the key, since `\s*[=:\s]\s*` backtracks quadratically on a run of spaces.
    const key = /^(?:\\.|[^=:\s])+/.exec(line)?.[0];
    if (!key) continue;
    let rest = line.slice(key.length).trimStart();
    if (rest.startsWith('=') || rest.startsWith(':')) rest = rest.slice(1);
    else if (rest.length === line.length - key.length) continue; // nothing separates key and value
    out.push({ key: key.replace(/\\(.)/g, '$1'), value: rest.trim(), line: first + 1 });
  }
  return out;
}

/** Every scalar leaf of a YAML tree as a dotted key (lists as `[n]`), with its line. */
export function flattenYaml(node: Node | null | undefined, prefix: string, doc: Document, lineOf: (n: Node | null | undefined) => number, out: Property[], depth = 0): void {
  const value = resolve(node, doc);
  if (depth > 20) return;
  if (isMap(value)) {
    for (const [key, child, keyNode] of mapEntries(value, doc)) {
      const dotted = prefix ? `${prefix}.${key}` : key;
      const inner = resolve(child, doc);
      if (isMap(inner) || isSeq(inner)) flattenYaml(inner, dotted, doc, lineOf, out, depth + 1);
      else out.push({ key: dotted, value: scalarText(child, doc) ?? '', line: lineOf(keyNode) });
    }
  } else if (isSeq(value)) {
    value.items.forEach((item, index) => flattenYaml(item as Node, `${prefix}[${index}]`, doc, lineOf, out, depth + 1));
  }
}

/**
 * Each property gives the variable it binds to (`SPRING_DATA_REDIS_HOST`), the variables its
 * value is read from (`${RAZORPAY_KEY_ID}`), and the scheme of a connection URL in it
 * (`jdbc:postgresql://`). Names only; no other value reaches a report.
 */
export const springConfig: Extractor = {
  id: 'spring',
  claimsName: (name) => /^(?:application|bootstrap)(?:-[a-z0-9_.-]+)?\.(?:properties|ya?ml)$/i.test(name),
  matches: isSpringConfig,
  extract({ path, text, warn }) {
    const scope = hasDevToken(path) ? 'dev' : 'prod';
    const properties: Property[] = [];
    if (path.endsWith('.properties')) {
      properties.push(...readProperties(text));
    } else {
      const { docs, lineOf } = parseYamlStream(text, warn);
      for (const doc of docs) flattenYaml(doc.contents as Node | null, '', doc, lineOf, properties);
    }
    const signals: Signal[] = [];
    // A production profile (`application-prod.yml`) is the deployment's own settings: its addresses are upstream services.
    const deployment = PROD_PROFILE.test(lowerName(path));
    for (const { key, value, line } of properties) {
      const site = { path, line, source: 'spring', context: `property ${key}`, scope, deployment } as const;
      signals.push(...variableSignals(relaxedEnvName(key), value, site).map((s) => ({ ...s, detail: s.detail.replace(`property ${key} ${relaxedEnvName(key)}`, `property ${key}`) })));
      for (const placeholder of value.matchAll(PLACEHOLDER)) {
        if (placeholder[1]!.toUpperCase() === relaxedEnvName(key)) continue; // the same variable, already named
        signals.push({ kind: 'env', name: placeholder[1]!, path, line, source: 'spring', detail: `property ${key} from \${${placeholder[1]}}`, scope });
      }
    }
    return signals;
  },
};
