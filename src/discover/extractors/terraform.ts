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

/**
 * Infrastructure that is not the application's. Terraform under `.github/` provisions CI; a state
 * backend (a bucket or lock table for `terraform.tfstate`, a `bootstrap/` stack) holds Terraform's
 * own state: neither is ever a service the product runs on, so both are dev scope.
 */
const STATE_WORDS = new Set(['tfstate', 'statefile', 'statelock', 'bootstrap']);
const STATE_TYPES = /(?:_s3_bucket|_dynamodb_table|_storage_bucket|_storage_account|_storage_container)$/;

function isStateBackend(type: string, name: string, path: string): boolean {
  const words = [...path.toLowerCase().split(/[/._-]+/), ...name.toLowerCase().split(/[._-]+/)];
  if (!STATE_TYPES.test(type)) return false;
  if (words.some((w) => STATE_WORDS.has(w))) return true;
  // `aws_s3_bucket.state`, `module "state-bucket"`, a `backend.tf` file, a lock table.
  return words.includes('state') || /(?:^|\/)backend\.tf$/.test(path) || (type.endsWith('_dynamodb_table') && words.includes('lock'));
}

/**
 * Plumbing for observability: resources whose own name, file or folder says they carry logs,
 * alerts, audit trails or security findings (a Firehose for WAF logs, alarm topics, a GuardDuty
 * topic). Losing them loses telemetry, not the product; the evidence names an option at most.
 */
const OBSERVABILITY_WORDS = new Set([
  'log', 'logs', 'logging', 'audit', 'alert', 'alerts', 'alerting', 'alarm', 'alarms', 'monitoring', 'metrics', 'telemetry',
  'waf', 'guardduty', 'securityhub', 'cloudtrail', 'flowlog', 'flowlogs', 'siem', 'splunk', 'cribl', 'budget', 'budgets',
]);

function observabilityWord(name: string, path: string): string | undefined {
  const words = [...path.toLowerCase().split(/[/._-]+/), ...name.toLowerCase().split(/[._-]+/)];
  return words.find((w) => OBSERVABILITY_WORDS.has(w));
}

/**
 * Stacks in folders named for the team's tooling or for tests (`tools/`, `database-tools/`,
 * `performance-test/`, `load-testing/`) provision what the team uses, not what the product runs on.
 */
const TOOLING_WORDS = new Set(['tools', 'tooling', 'test', 'tests', 'testing', 'loadtest', 'perftest', 'sandbox']);

function toolingFolder(path: string): string | undefined {
  return path.split('/').slice(0, -1).find((folder) => folder.toLowerCase().split(/[._-]+/).some((word) => TOOLING_WORDS.has(word)));
}

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
  const ci = path.startsWith('.github/');
  const observability = observabilityWord(name, path);
  const tooling = toolingFolder(path);
  return {
    kind: 'terraform',
    name: type,
    ...(engine ? { engine } : {}),
    ...(version ? { version } : {}),
    path,
    line: block.line,
    source: 'terraform',
    detail: `resource ${type}.${name}${engine ? ` (engine ${engine})` : ''}`,
    ...(ci || isStateBackend(type, name, path) ? { scope: 'dev' as const } : {}),
    ...(observability
      ? { optional: `its name says it carries ${observability}, not the product's data` }
      : tooling
        ? { optional: `${tooling}/ provisions the team's tooling or tests, not the product` }
        : {}),
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
