import type { Dependency } from '../catalog/match.js';
import type { Rule } from '../catalog/types.js';
import { wrapShell } from './shell-wrap.js';

/** The review marker: while it is in a scenario, the scenario is a draft and not coverage. */
export const DRAFT_MARKER_LINE = '<!-- paramedic:draft -->';
export const DRAFT_NOTE = [
  '> **Draft by Paramedic.** Check every step against how this service really',
  '> runs, fill in the `<PLACEHOLDERS>`, then delete this note and the marker',
  '> above to sign it off.',
].join('\n');

export interface DraftedScenario {
  id: string;
  title: string;
  markdown: string;
}

type Runtime =
  | { kind: 'aws-rds' | 'aws-aurora' | 'aws-elasticache' | 'gcp-cloud-sql' }
  | { kind: 'compose'; service: string }
  | { kind: 'kubernetes' }
  | { kind: 'hosted'; provider: string }
  | { kind: 'unknown' };

/** How the evidence says the service runs today; the stub documents that, never a new architecture. */
export function runtimeOf(dep: Dependency): Runtime {
  const p = dep.provider ?? '';
  if (p === 'aws-rds' || p === 'aws-aurora' || p === 'aws-elasticache' || p === 'gcp-cloud-sql') return { kind: p };
  if (p) return { kind: 'hosted', provider: p };
  const compose = dep.evidence.find((e) => e.source === 'compose' && /^service "([^"]+)" image/.test(e.detail));
  if (compose) return { kind: 'compose', service: /^service "([^"]+)"/.exec(compose.detail)![1]! };
  if (dep.evidence.some((e) => e.source === 'kubernetes' || e.source === 'helm')) return { kind: 'kubernetes' };
  return { kind: 'unknown' };
}

/** Variable names from env templates that belong to this dependency (names only, never values). */
export function envNamesOf(dep: Dependency): string[] {
  const names = dep.evidence
    .filter((e) => e.source === 'env' || e.source === 'compose' || e.source === 'prisma')
    .map((e) => /\b([A-Z][A-Z0-9_]{2,})\b/.exec(e.detail)?.[1])
    .filter((n): n is string => Boolean(n));
  return [...new Set(names)];
}

/** "A test user signs in end to end": a capitalised word then a space, where a command starts with a program name. */
function isSentence(check: string): boolean {
  // [a-z]* not +: "A password-reset email reaches a test inbox" starts with a one-letter word.
  return /^[A-Z][a-z]*\s/.test(check);
}

function shellBlock(commands: string[], indent = '   '): string[] {
  const body = commands.flatMap((c) => wrapShell(c, indent));
  return [`${indent}\`\`\`bash`, ...body, `${indent}\`\`\``];
}

/**
 * Wraps prose at markdownlint's default 80 columns (MD013), continuing with `indent`.
 * Breaks only at spaces outside inline code, so commands in backticks stay whole.
 */
export function wrapProse(text: string, first: string, indent: string, width = 80): string[] {
  const words: string[] = [];
  let current = '';
  let inCode = false;
  for (const ch of text) {
    if (ch === '`') inCode = !inCode;
    if (ch === ' ' && !inCode) {
      if (current) words.push(current);
      current = '';
    } else current += ch;
  }
  if (current) words.push(current);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = empty ? line + word : `${line} ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

function step(n: number, text: string, commands?: string[]): string[] {
  const lines = wrapProse(text, `${n}. `, '   ');
  if (commands && commands.length) lines.push('', ...shellBlock(commands));
  return lines;
}

const DATA_RESTORE: Record<string, string[]> = {
  postgresql: ['pg_restore --clean --if-exists --no-owner --dbname "$DATABASE_URL" "$BACKUP_FILE"'],
  mysql: ['mysql --defaults-extra-file="$MYSQL_DEFAULTS_FILE" "$DB_NAME" < "$BACKUP_FILE"'],
  mariadb: ['mariadb --defaults-extra-file="$MYSQL_DEFAULTS_FILE" "$DB_NAME" < "$BACKUP_FILE"'],
  mongodb: ['mongorestore --uri "$MONGODB_URI" --drop --archive="$BACKUP_FILE" --gzip'],
  redis: ['redis-cli -u "$REDIS_URL" ping'],
};

type Steps = Array<[string, string[]?]>;

/**
 * Object stores the provider runs: what the team can do is find out which of bucket, objects or
 * region failed, bring back deleted objects from versions, and point the app at a replica.
 * Other stores (GCS, Azure Blob) still get the generic steps; add them here the same way.
 */
const CLOUD_STORE_STEPS: Record<string, (envNames: string[]) => Steps> = {
  'aws-s3': (envNames) => [
    [`Confirm what failed: the bucket, some objects, or the region (check the [AWS Health dashboard](https://health.aws.amazon.com/health/status)). Set \`S3_BUCKET\` to the bucket name${envNames[0] ? ` (\`${envNames[0]}\` in the app's environment)` : ''}.`, ['aws s3api head-bucket --bucket "$S3_BUCKET"']],
    ['If objects were deleted or overwritten and versioning is on, find the last good version and copy it back over the current one.', [
      'aws s3api list-object-versions --bucket "$S3_BUCKET" --prefix "$KEY" --max-items 5',
      'aws s3api copy-object --bucket "$S3_BUCKET" --key "$KEY" --copy-source "$S3_BUCKET/$KEY?versionId=$VERSION_ID"',
    ]],
    ['If the region is down and the bucket replicates to another region, point the app at the replica (`<REPLICA_BUCKET>`) in the vault and redeploy; without a replica, uploads wait for AWS: update the status page and disable uploads behind their flag.'],
  ],
};

function selfRunSteps(dep: Dependency, rule: Rule, runtime: Runtime, envNames: string[]): string[][] {
  const env = envNames[0] ? `\`${envNames[0]}\`` : 'the connection secret';
  const steps: Steps = [];
  switch (runtime.kind) {
    case 'aws-rds':
      steps.push([`Confirm the outage: check the instance status and recent events. Set \`DB_INSTANCE_ID\` from the vault or the RDS console.`, ['aws rds describe-db-instances --db-instance-identifier "$DB_INSTANCE_ID" --query "DBInstances[0].DBInstanceStatus"', 'aws rds describe-events --source-type db-instance --source-identifier "$DB_INSTANCE_ID" --duration 60']]);
      steps.push(['If the primary is unhealthy and Multi-AZ is on, force a failover to the standby.', ['aws rds reboot-db-instance --db-instance-identifier "$DB_INSTANCE_ID" --force-failover']]);
      steps.push(['If data is lost or corrupt, restore to a point in time before the failure into a new instance.', ['aws rds restore-db-instance-to-point-in-time --source-db-instance-identifier "$DB_INSTANCE_ID" --target-db-instance-identifier "$DB_INSTANCE_ID-restored" --restore-time "$RESTORE_TIME"']]);
      break;
    case 'aws-aurora':
      steps.push(['Confirm the outage: check the cluster members and events. Set `DB_CLUSTER_ID` from the vault or the RDS console.', ['aws rds describe-db-clusters --db-cluster-identifier "$DB_CLUSTER_ID" --query "DBClusters[0].DBClusterMembers"']]);
      steps.push(['Fail over to a healthy reader.', ['aws rds failover-db-cluster --db-cluster-identifier "$DB_CLUSTER_ID"']]);
      steps.push(['If data is lost or corrupt, restore the cluster to a point in time before the failure.', ['aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier "$DB_CLUSTER_ID" --db-cluster-identifier "$DB_CLUSTER_ID-restored" --restore-to-time "$RESTORE_TIME"']]);
      break;
    case 'aws-elasticache':
      steps.push(['Confirm the outage. Set `REPLICATION_GROUP_ID` from the vault or the ElastiCache console.', ['aws elasticache describe-replication-groups --replication-group-id "$REPLICATION_GROUP_ID"']]);
      steps.push(['Do NOT restart the primary node at once: a cold cache sends every request to the database (thundering herd). Fail over to a replica instead.', ['aws elasticache test-failover --replication-group-id "$REPLICATION_GROUP_ID" --node-group-id "$NODE_GROUP_ID"']]);
      break;
    case 'gcp-cloud-sql':
      steps.push(['Confirm the outage. Set `SQL_INSTANCE` from the vault or the Cloud SQL console.', ['gcloud sql instances describe "$SQL_INSTANCE" --format="value(state)"', 'gcloud sql operations list --instance "$SQL_INSTANCE" --limit 10']]);
      steps.push(['If the instance is highly available, fail over; otherwise restart it once.', ['gcloud sql instances failover "$SQL_INSTANCE"']]);
      steps.push(['If data is lost, restore the latest good backup.', ['gcloud sql backups list --instance "$SQL_INSTANCE" --limit 5', 'gcloud sql backups restore "$BACKUP_ID" --restore-instance "$SQL_INSTANCE"']]);
      break;
    case 'compose':
      steps.push([`Confirm the outage on the host that runs the compose project.`, [`docker compose ps ${runtime.service}`, `docker compose logs --tail=200 ${runtime.service}`]]);
      steps.push([rule.category === 'cache' ? 'Do NOT flush or restart blindly: a cold cache sends every read to the database. Restart the service once, then watch the database load while the cache warms.' : 'Restart the service once; if it does not come back healthy, stop and restore.', [`docker compose restart ${runtime.service}`]]);
      if (DATA_RESTORE[rule.id] && rule.category === 'database') steps.push([`If the data volume is lost, restore the latest backup. Set \`BACKUP_FILE\` to the newest dump (location: \`<BACKUP_LOCATION>\`).`, DATA_RESTORE[rule.id]]);
      break;
    case 'kubernetes':
      steps.push([`Confirm the outage. Set \`NAMESPACE\` and the workload name for ${rule.name}.`, ['kubectl get pods -n "$NAMESPACE" -l "app.kubernetes.io/name=$WORKLOAD" -o wide', 'kubectl logs -n "$NAMESPACE" "statefulset/$WORKLOAD" --tail=200']]);
      steps.push(['Restart the workload once; watch it become ready.', ['kubectl rollout restart -n "$NAMESPACE" "statefulset/$WORKLOAD"', 'kubectl rollout status -n "$NAMESPACE" "statefulset/$WORKLOAD" --timeout=10m']]);
      if (DATA_RESTORE[rule.id] && rule.category === 'database') steps.push([`If the volume is lost, restore the latest backup into the new pod (\`BACKUP_FILE\` from \`<BACKUP_LOCATION>\`).`, DATA_RESTORE[rule.id]]);
      break;
    case 'hosted':
      steps.push([`Confirm the outage on the ${runtime.provider} status page and dashboard (\`<DASHBOARD_URL>\`); note the incident id.`]);
      steps.push([`Follow ${runtime.provider}'s recovery path for ${rule.name}: failover, branch/point-in-time restore or support ticket (\`<PROVIDER_RUNBOOK_LINK>\`).`]);
      break;
    default: {
      const cloud = CLOUD_STORE_STEPS[rule.id];
      // A cloud object store is never restarted and never comes back at a new address.
      if (cloud) return cloud(envNames).map(([text, commands], i) => step(i + 1, text, commands));
      // A visible <PLACEHOLDER> (the draft note asks to fill those in), never a hidden HTML comment.
      const health = DATA_RESTORE[rule.id]?.filter((c) => c.includes('ping'));
      steps.push(health?.length ? [`Confirm the outage: check that ${rule.name} answers.`, health] : ['Confirm the outage with `<HEALTH_CHECK_COMMAND>`.']);
      steps.push([`Fail over or restart ${rule.name} the way this deployment allows: \`<FAILOVER_COMMAND>\`.`]);
      if (DATA_RESTORE[rule.id] && rule.category === 'database') steps.push([`If data is lost, restore the latest backup (\`BACKUP_FILE\` from \`<BACKUP_LOCATION>\`).`, DATA_RESTORE[rule.id]]);
    }
  }
  const queue = jobQueueOf(dep);
  if (queue) steps.push([`Background jobs (\`${queue}\`) live in ${rule.name}: once it answers, check that the workers reconnected, then re-enqueue the jobs lost since the last snapshot with \`<REQUEUE_COMMAND>\`.`]);
  steps.push([`If ${rule.name} came back at a new address, update ${env} in the vault and redeploy; never paste the value here.`]);
  return steps.map(([text, commands], i) => step(i + 1, text, commands));
}

/** Job-queue libraries that keep their jobs in the store the scenario is about (Redis, mostly). */
const JOB_QUEUE_LIBRARY = /"?\b(bullmq|bull|bee-queue|sidekiq|resque|rq|arq|celery|dramatiq)\b(?:\[redis\])?"?/;

/** The job-queue library the evidence names, when this store holds a job queue. */
function jobQueueOf(dep: Dependency): string | undefined {
  if (dep.id !== 'redis') return undefined;
  for (const e of dep.evidence) {
    const match = e.source !== 'env' && e.source !== 'compose' ? JOB_QUEUE_LIBRARY.exec(e.detail) : null;
    if (match) return match[1];
  }
  return undefined;
}

const DEGRADE: Record<string, string> = {
  payments: 'Keep taking orders if the code allows: queue payment attempts for retry, or show a "payments delayed" banner instead of failing checkout.',
  auth: 'Keep existing sessions valid and switch features that need a new login to read-only mode; pause forced logouts and token revocations.',
  email: 'Let outgoing mail queue for retry; tell support that confirmations and resets are delayed.',
  sms: 'Let messages queue for retry; offer e-mail or backup codes where SMS verification is required.',
  'ai-api': 'Turn the AI features off behind their flag or serve the fallback response; do not retry in tight loops.',
  hosting: 'Serve the static maintenance page from the secondary DNS or CDN if one exists; otherwise keep users informed on the status page.',
  search: 'Fall back to the database query path or hide search; do not rebuild indexes during the outage.',
  'vector-db': 'Disable the features that depend on vector search or serve cached results.',
  'backend-platform': 'Switch the app to read-only mode where it allows; queue writes for replay.',
};

function managedSteps(rule: Rule, envNames: string[]): string[][] {
  const status = rule.recovery.statusPage ? `[${rule.name} status page](${rule.recovery.statusPage})` : `${rule.name} status page (\`<STATUS_PAGE_URL>\`)`;
  const texts = [
    `Confirm the outage on the ${status} and in our error rates for ${rule.name} calls.`,
    'Declare an incident and update our status page (`<OUR_STATUS_PAGE>`) with the affected features.',
    'Notify stakeholders: support, the on-call channel (`<ONCALL_CHANNEL>`) and account managers of affected customers.',
    DEGRADE[rule.category] ?? `Degrade gracefully: disable the features that depend on ${rule.name} behind their flags.`,
    `Await provider resolution. ${rule.name} is run by a third party with no manual failover: do not rotate ${envNames[0] ? `\`${envNames[0]}\`` : 'keys'} or redeploy to "fix" it.`,
    'When the provider reports recovery, replay queued work and post the resolution on the status page.',
  ];
  return texts.map((t, i) => step(i + 1, t));
}

/**
 * "<name> <failure>", folding a word the name ends with and the failure starts with:
 * "OpenAI API" + "API outage or rate limiting" is "OpenAI API outage or rate limiting".
 */
export function scenarioTitleFor(name: string, failure: string): string {
  const last = name.trim().split(/\s+/).pop() ?? '';
  const [first, ...rest] = failure.trim().split(/\s+/);
  return last && first && last.toLowerCase() === first.toLowerCase() ? `${name.trim()} ${rest.join(' ')}`.trim() : `${name.trim()} ${failure.trim()}`;
}

/** One scenario in the house standard: heading, review marker, Impact, numbered Mitigation Strategy, Verification. */
export function draftScenario(dep: Dependency, rule: Rule): DraftedScenario {
  const title = scenarioTitleFor(rule.name, rule.recovery.failure);
  const envNames = envNamesOf(dep);
  const runtime = runtimeOf(dep);
  const where = [...new Set(dep.evidence.map((e) => e.path))].slice(0, 3).map((p) => `\`${p}\``).join(', ');
  const lines: string[] = [`## Scenario: ${title}`, '', DRAFT_MARKER_LINE, DRAFT_NOTE, ''];
  lines.push(...wrapProse(`**Impact:** ${rule.recovery.impact} The code depends on it in ${where}.`, '', ''), '');
  lines.push('**Mitigation Strategy:**', '');
  const steps = rule.recovery.managed ? managedSteps(rule, envNames) : selfRunSteps(dep, rule, runtime, envNames);
  steps.forEach((s, i) => {
    if (i > 0) lines.push('');
    lines.push(...s);
  });
  // The catalog's checks are commands, or sentences for what only a person can see
  // ("A test user signs in end to end"); sentences become bullets, not shell.
  const verify = rule.recovery.verify ?? [];
  const commands = verify.filter((v) => !isSentence(v));
  const sentences = verify.filter(isSentence);
  if (verify.length > 0) {
    lines.push('', '**Verification:**', '');
    if (commands.length) lines.push(...shellBlock(commands, ''));
    if (commands.length && sentences.length) lines.push('');
    for (const sentence of sentences) lines.push(...wrapProse(sentence, '- ', '  '));
  }
  return { id: dep.id, title, markdown: lines.join('\n') + '\n' };
}
