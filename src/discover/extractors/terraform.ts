import type { Extractor, Facts, Signal } from '../types.js';
import { reviewAppFolder } from './dev-scope.js';
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
  'pagerduty', 'opsgenie', 'oncall',
]);

function observabilityWord(name: string, path: string): string | undefined {
  const words = [...path.toLowerCase().split(/[/._-]+/), ...name.toLowerCase().split(/[._-]+/)];
  return words.find((w) => OBSERVABILITY_WORDS.has(w));
}

/**
 * A dead-letter queue (`aws_sqs_queue.lambda_dlq`, `orders-dead-letter`) holds the messages a
 * consumer failed on: losing it loses the failures' copy, not the product's work, which runs
 * through the queue it backs (confirmed on its own where this configuration declares it).
 */
function deadLetterWord(name: string): string | undefined {
  // The resource's own name only: a file or folder named for its dead-letter queue
  // (`sqs_dlq.tf`) also holds the queue it backs.
  const words = name.toLowerCase().split(/[._-]+/);
  if (words.includes('dlq') || words.includes('deadletter')) return words.includes('dlq') ? 'dlq' : 'deadletter';
  return words.some((w, i) => w === 'dead' && words[i + 1] === 'letter') ? 'dead letter' : undefined;
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
    const related = relatedFacts(parsed.blocks);
    const locals = fileLocals(parsed.blocks);
    return parsed.blocks.flatMap((block) => {
      if (block.type === 'resource' && block.labels.length === 2) return [resourceSignal(block, path, related, locals)];
      if (block.type === 'module' && block.labels.length === 1) return moduleSignal(block, path, locals);
      return [];
    });
  },
};

/**
 * Attributes that say which thing a resource is and how it is laid out (never credentials):
 * the recovery stubs name the repository's own identifiers and choose the procedure from these.
 */
const FACT_ATTRIBUTES = new Set([
  'identifier', 'cluster_identifier', 'replication_group_id', 'cluster_id', 'name', 'bucket', 'domain_name', 'cluster_name',
  'engine', 'engine_version', 'engine_mode', 'multi_az', 'db_cluster_instance_class', 'instance_class', 'num_cache_clusters',
  'num_cache_nodes', 'num_node_groups', 'replicas_per_node_group', 'automatic_failover_enabled', 'multi_az_enabled', 'node_type',
  'hash_key', 'range_key', 'stream_enabled', 'billing_mode', 'database_version', 'region', 'location', 'deletion_protection',
  'backup_retention_period', 'snapshot_retention_limit', 'kafka_version', 'number_of_broker_nodes', 'instance', 'tier',
  'settings.availability_type', 'settings.tier', 'point_in_time_recovery.enabled', 'versioning.enabled', 'ttl.attribute_name',
  'ttl.enabled', 'cluster_config.instance_count', 'cluster_config.zone_awareness_enabled', 'cluster_config.dedicated_master_enabled',
  'versioning_configuration.status', 'backup_configuration.point_in_time_recovery_enabled', 'settings.edition', 'count',
]);
/** Identifiers whose expression (`"${var.env}-orders"`) is worth showing when it is not a literal. */
const IDENTIFIER_ATTRIBUTES = ['identifier', 'cluster_identifier', 'replication_group_id', 'cluster_id', 'name', 'bucket', 'domain_name', 'cluster_name'];

/** Resources that describe another resource of the same file: Aurora instances, bucket versioning, autoscaling. */
function relatedFacts(blocks: HclBlock[]): Map<string, Facts> {
  const out = new Map<string, Facts>();
  const add = (address: string, key: string, value: string): void => {
    const facts = out.get(address) ?? {};
    facts[key] = value;
    out.set(address, facts);
  };
  const target = (expression: string | undefined, type: string): string | undefined => {
    const match = expression ? new RegExp(`\\b${type}\\.([\\w-]+)\\.`).exec(expression) : null;
    return match ? `${type}.${match[1]}` : undefined;
  };
  for (const block of blocks) {
    if (block.type !== 'resource' || block.labels.length !== 2) continue;
    const [type] = block.labels as [string, string];
    if (type === 'aws_rds_cluster_instance') {
      const cluster = target(block.expressions.get('cluster_identifier'), 'aws_rds_cluster');
      const count = Number(block.literals.get('count') ?? '1');
      if (cluster) add(cluster, 'instances', String((Number(out.get(cluster)?.instances ?? '0') || 0) + (Number.isFinite(count) ? count : 1)));
    } else if (type === 'aws_s3_bucket_versioning') {
      const bucket = target(block.expressions.get('bucket'), 'aws_s3_bucket');
      const status = block.literals.get('versioning_configuration.status');
      if (bucket && status) add(bucket, 'versioning', status);
    } else if (type === 'aws_appautoscaling_target') {
      const table = target(block.expressions.get('resource_id'), 'aws_dynamodb_table');
      if (table) add(table, 'autoscaling', 'yes');
    }
  }
  return out;
}

/** What the stubs may quote: the resource's address and its identifying, non-secret attributes as written. */
function resourceFacts(block: HclBlock, related: Map<string, Facts>): Facts {
  const [type, name] = block.labels as [string, string];
  const facts: Facts = { resource: `${type}.${name}`, type, name };
  for (const [key, value] of block.literals) if (FACT_ATTRIBUTES.has(key)) facts[`attr.${key}`] = value;
  for (const key of IDENTIFIER_ATTRIBUTES) {
    const expression = block.expressions.get(key);
    if (expression) facts[`expr.${key}`] = expression;
  }
  return { ...facts, ...related.get(`${type}.${name}`) };
}

/** The string literals a file's `locals` blocks set (`rds_engine = "aurora-postgresql"`). */
function fileLocals(blocks: HclBlock[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of blocks) {
    if (block.type !== 'locals') continue;
    for (const [key, value] of block.attributes) if (value) out.set(key, value);
  }
  return out;
}

/**
 * An attribute's literal, or the literal of the file's local it names (`engine = local.rds_engine`):
 * a stack that keeps its engine in one `locals` block still says which engine it runs.
 */
function literalOf(block: HclBlock, attribute: string, locals: Map<string, string>): string | undefined {
  const literal = block.attributes.get(attribute);
  if (literal) return literal;
  const local = /^local\.([A-Za-z_][\w-]*)$/.exec(block.expressions.get(attribute)?.trim() ?? '')?.[1];
  return local ? locals.get(local) : undefined;
}

function resourceSignal(block: HclBlock, path: string, related: Map<string, Facts>, locals: Map<string, string>): Signal {
  const [type, name] = block.labels as [string, string];
  const attribute = ENGINE_ATTRIBUTE[type] ?? 'engine';
  // Only a left-out attribute takes the default: `kind = var.kind` stays unknown.
  const engine = (block.attributes.has(attribute) ? literalOf(block, attribute, locals) : DEFAULT_ENGINE[type])?.toLowerCase();
  const version = block.attributes.get('engine_version') || undefined;
  const ci = path.startsWith('.github/');
  const observability = observabilityWord(name, path);
  const deadLetter = deadLetterWord(name);
  const tooling = toolingFolder(path);
  const review = reviewAppFolder(path);
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
      : deadLetter
        ? { optional: `its name says it catches failed messages (${deadLetter}), not the product's data` }
        : tooling
          ? { optional: `${tooling}/ provisions the team's tooling or tests, not the product` }
          : review
            ? { optional: `${review}/ provisions per-pull-request review apps, not production` }
            : {}),
    facts: resourceFacts(block, related),
  };
}

function moduleSignal(block: HclBlock, path: string, locals: Map<string, string>): Signal[] {
  const name = block.labels[0]!;
  const rawSource = block.attributes.get('source') || undefined;
  if (!rawSource) return []; // Terraform requires a literal source; nothing to match without one.
  const source = moduleSource(rawSource);
  const engine = literalOf(block, 'engine', locals)?.toLowerCase();
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
    facts: { module: `module.${name}`, name, source },
  }];
}

/** `git::https://host/x.git//sub?ref=v1` -> `git::https://host/x.git//sub`; drops the public registry host. */
function moduleSource(source: string): string {
  const query = source.indexOf('?');
  const withoutQuery = query === -1 ? source : source.slice(0, query);
  return withoutQuery.startsWith(REGISTRY_HOST) ? withoutQuery.slice(REGISTRY_HOST.length) : withoutQuery;
}
