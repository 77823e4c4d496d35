import type { Extractor, Signal } from '../types.js';
import { HeaderLines } from './hcl-block-lines.js';
import { parseHcl, type HclBody } from './hcl-parser.js';
import { basename } from './paths.js';

/**
 * Terraform (and OpenTofu) configuration: `resource` blocks become 'terraform' signals with
 * their literal engine, `module` blocks become 'terraform-module' signals with their source.
 * `data` blocks are not read: a data source looks up something that exists already (often
 * owned by another team or stack), so it proves no service this configuration runs.
 */

/** Resource types whose engine lives in another attribute (`database_version = "POSTGRES_15"`). */
const ENGINE_ATTRIBUTE: Record<string, string> = {
  google_sql_database_instance: 'database_version',
};

/** A public-registry source may be written with its host; the catalog lists the short form. */
const REGISTRY_HOST = 'registry.terraform.io/';

export const terraform: Extractor = {
  id: 'terraform',
  matches: (path) => /\.(tf|tofu)$/.test(basename(path)),
  async extract({ path, text, warn }) {
    // Most .tf files are variables, outputs and providers. A file without the words
    // `resource` or `module` cannot declare either, so the parser (milliseconds per file
    // in wasm, and a start-up for the first) is not asked; it still decides for the rest.
    if (!text.includes('resource') && !text.includes('module')) return [];
    let parsed;
    try {
      parsed = await parseHcl(text);
    } catch (error) {
      warn(`Terraform parser unavailable: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
    if (!parsed.ok) {
      warn(`invalid HCL: ${parsed.message}`, parsed.line);
      return [];
    }
    const lines = new HeaderLines(text);
    // hcl2json sorts block types and labels by name; give signals back in file order.
    return [...resourceSignals(parsed.body, path, lines), ...moduleSignals(parsed.body, path, lines)].sort((a, b) => a.line - b.line);
  },
};

function resourceSignals(body: HclBody, path: string, lines: HeaderLines): Signal[] {
  const signals: Signal[] = [];
  for (const [type, byName] of entries(body.resource)) {
    for (const [name, blocks] of entries(byName)) {
      for (const block of list(blocks)) {
        const engine = literal(block[ENGINE_ATTRIBUTE[type] ?? 'engine'])?.toLowerCase();
        const version = literal(block.engine_version);
        signals.push({
          kind: 'terraform',
          name: type,
          ...(engine ? { engine } : {}),
          ...(version ? { version } : {}),
          path,
          line: lines.next('resource', type, name),
          source: 'terraform',
          detail: `resource ${type}.${name}${engine ? ` (engine ${engine})` : ''}`,
        });
      }
    }
  }
  return signals;
}

function moduleSignals(body: HclBody, path: string, lines: HeaderLines): Signal[] {
  const signals: Signal[] = [];
  for (const [name, blocks] of entries(body.module)) {
    for (const block of list(blocks)) {
      const line = lines.next('module', name);
      const rawSource = literal(block.source);
      if (!rawSource) continue; // Terraform requires a literal source; nothing to match without one.
      const source = moduleSource(rawSource);
      const engine = literal(block.engine)?.toLowerCase();
      const version = literal(block.version);
      signals.push({
        kind: 'terraform-module',
        name: source,
        ...(engine ? { engine } : {}),
        ...(version ? { version } : {}),
        path,
        line,
        source: 'terraform',
        detail: `module "${name}" ${source}${version ? ` ${version}` : ''}${engine ? ` (engine ${engine})` : ''}`,
      });
    }
  }
  return signals;
}

/** `git::https://host/x.git//sub?ref=v1` -> `git::https://host/x.git//sub`; drops the public registry host. */
function moduleSource(source: string): string {
  const query = source.indexOf('?');
  const withoutQuery = query === -1 ? source : source.slice(0, query);
  return withoutQuery.startsWith(REGISTRY_HOST) ? withoutQuery.slice(REGISTRY_HOST.length) : withoutQuery;
}

/** A string written as a plain literal; `var.engine` and `"aurora-${var.x}"` arrive as `${...}` templates and are not literals. */
function literal(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return value.includes('${') || value.includes('%{') ? undefined : value;
}

function entries(value: unknown): Array<[string, unknown]> {
  return value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}

function list(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => !!item && typeof item === 'object') : [];
}
