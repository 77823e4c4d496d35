import type { Extractor, Signal } from '../types.js';
import { parseHcl, type HclBlock } from './hcl-parser.js';
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
  // Cosmos DB's API: "MongoDB" is a MongoDB for the catalog, "GlobalDocumentDB" (the default) its own.
  azurerm_cosmosdb_account: 'kind',
};

/** The engine a resource type runs when its engine attribute is left out. */
const DEFAULT_ENGINE: Record<string, string> = {
  azurerm_cosmosdb_account: 'globaldocumentdb',
};

/** A public-registry source may be written with its host; the catalog lists the short form. */
const REGISTRY_HOST = 'registry.terraform.io/';

export const terraform: Extractor = {
  id: 'terraform',
  claimsName: (name) => /\.(tf|tofu)$/.test(name),
  matches: (path) => /\.(tf|tofu)$/.test(basename(path)),
  async extract({ path, text, warn }) {
    // Most .tf files are variables, outputs and providers. A file without the words
    // `resource` or `module` cannot declare either, so the parser is not even started.
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
    return parsed.blocks.flatMap((block) => {
      if (block.type === 'resource' && block.labels.length === 2) return [resourceSignal(block, path)];
      if (block.type === 'module' && block.labels.length === 1) return moduleSignal(block, path);
      return [];
    });
  },
};

function resourceSignal(block: HclBlock, path: string): Signal {
  const [type, name] = block.labels as [string, string];
  const attribute = ENGINE_ATTRIBUTE[type] ?? 'engine';
  // Only a left-out attribute takes the default: `kind = var.kind` stays unknown.
  const engine = (block.attributes.has(attribute) ? block.attributes.get(attribute) || undefined : DEFAULT_ENGINE[type])?.toLowerCase();
  const version = block.attributes.get('engine_version') || undefined;
  return {
    kind: 'terraform',
    name: type,
    ...(engine ? { engine } : {}),
    ...(version ? { version } : {}),
    path,
    line: block.line,
    source: 'terraform',
    detail: `resource ${type}.${name}${engine ? ` (engine ${engine})` : ''}`,
  };
}

function moduleSignal(block: HclBlock, path: string): Signal[] {
  const name = block.labels[0]!;
  const rawSource = block.attributes.get('source') || undefined;
  if (!rawSource) return []; // Terraform requires a literal source; nothing to match without one.
  const source = moduleSource(rawSource);
  const engine = (block.attributes.get('engine') || undefined)?.toLowerCase();
  const version = block.attributes.get('version') || undefined;
  return [{
    kind: 'terraform-module',
    name: source,
    ...(engine ? { engine } : {}),
    ...(version ? { version } : {}),
    path,
    line: block.line,
    source: 'terraform',
    detail: `module "${name}" ${source}${version ? ` ${version}` : ''}${engine ? ` (engine ${engine})` : ''}`,
  }];
}

/** `git::https://host/x.git//sub?ref=v1` -> `git::https://host/x.git//sub`; drops the public registry host. */
function moduleSource(source: string): string {
  const query = source.indexOf('?');
  const withoutQuery = query === -1 ? source : source.slice(0, query);
  return withoutQuery.startsWith(REGISTRY_HOST) ? withoutQuery.slice(REGISTRY_HOST.length) : withoutQuery;
}
