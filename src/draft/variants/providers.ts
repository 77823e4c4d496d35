import type { Command, Step } from '../runbook.js';
import { isSentence } from '../runbook.js';
import { code, tfIdentifier, type Procedure, type StubContext } from './context.js';

/**
 * Services a provider runs: hosted databases and brokers (Neon, Upstash, Atlas, CloudAMQP...)
 * and third-party APIs (Stripe, Auth0, Twilio...). The team cannot fail them over; the steps are
 * the provider's own recovery path where it has one, and the communication protocol around it.
 */

interface Provider {
  name: string;
  status: string;
  /** the provider's own restore, branch or point-in-time path, when it has one */
  recovery?: (ctx: StubContext) => Step[];
}

const AWS = 'https://health.aws.amazon.com/health/status';
const GCP = 'https://status.cloud.google.com';
const AZURE = 'https://azure.status.microsoft/en-us/status';

const PROVIDERS: Record<string, Provider> = {
  neon: {
    name: 'Neon',
    status: 'https://neonstatus.com',
    recovery: (ctx) => {
      const project = `"$${ctx.holders.add('NEON_PROJECT_ID', 'the Neon project id (Console, Settings).')}"`;
      const branch = `"$${ctx.holders.add('NEON_BRANCH', 'the branch the app uses (`main` or `production`).')}"`;
      const time = `"$${ctx.holders.add('RESTORE_TIME', 'the UTC time just before the damage, such as `2026-01-31T03:05:00Z`.')}"`;
      ctx.holders.add('RESTORE_DATABASE_URL', 'the connection string of the `restore-check` branch (`neon connection-string restore-check`), never pasted here.');
      return [
        { text: 'If data was lost, branch from just before the damage (a scratch copy; production is untouched).', commands: [{ run: `neon branches create --project-id ${project} --name restore-check --parent ${time}`, expect: 'the new branch and its endpoint.' }] },
        { text: 'Verify the branch before anything is switched.', commands: [{ run: `psql "$RESTORE_DATABASE_URL" -c 'SELECT relname, n_live_tup FROM pg_stat_user_tables ORDER BY 2 DESC'`, expect: 'the busiest tables with the rows you expect.' }] },
        { text: 'Switch: restore the app\'s branch to that time in place, keeping its current state under another name; the connection string stays the same.', commands: [{ run: `neon branches restore --project-id ${project} ${branch} ^self@${time} --preserve-under-name before-restore`, expect: 'the restored branch; `before-restore` holds the damaged state.', warn: 'the branch loses every write after that time (kept in `before-restore`).' }] },
      ];
    },
  },
  upstash: { name: 'Upstash', status: 'https://status.upstash.com', recovery: () => [{ text: 'If data was lost, restore the newest daily backup from the Upstash Console (Database, Backups, Restore) into a new database first, check it, then point the app\'s setting at it.' }] },
  'mongodb-atlas': {
    name: 'MongoDB Atlas',
    status: 'https://status.mongodb.com',
    recovery: (ctx) => {
      const cluster = ctx.d.terraform ? tfIdentifier(ctx, 'name', 'ATLAS_CLUSTER') : `"$${ctx.holders.add('ATLAS_CLUSTER', 'the Atlas cluster name.')}"`;
      const project = `"$${ctx.holders.add('ATLAS_PROJECT_ID', 'the Atlas project id.')}"`;
      const seconds = `"$${ctx.holders.add('RESTORE_EPOCH', 'the point to restore to, in Unix seconds (`date -u -d 2026-01-31T03:05:00Z +%s`).')}"`;
      const scratch = `"$${ctx.holders.add('ATLAS_SCRATCH_CLUSTER', 'an empty cluster to restore into (never the live one).')}"`;
      return [
        { text: 'Check the cluster\'s state as Atlas sees it.', commands: [{ run: `atlas clusters describe ${cluster} --projectId ${project}`, expect: '`STATE IDLE` when healthy.' }] },
        { text: 'If data was lost, restore to a point in time into a scratch cluster, never over the live one; check it there, then point the app\'s URI at it.', commands: [{ run: `atlas backups restores start pointInTime --clusterName ${cluster} --pointInTimeUTCSeconds ${seconds} --targetClusterName ${scratch} --targetProjectId ${project} --projectId ${project}`, expect: 'a restore job id; `atlas backups restores list` shows it `COMPLETED`.' }] },
      ];
    },
  },
  cloudamqp: { name: 'CloudAMQP', status: 'https://status.cloudamqp.com', recovery: () => [{ text: 'Check the instance\'s nodes and alarms in the CloudAMQP Console (Nodes, Alarms); restart only a node that is down, one at a time.' }] },
  'aws-opensearch': { name: 'Amazon OpenSearch Service', status: AWS },
  heroku: { name: 'Heroku', status: 'https://status.heroku.com', recovery: () => [{ text: 'If data was lost, roll the database back into a new one (`heroku addons:create heroku-postgresql --rollback DATABASE_URL --to "<TIME>"`), check it, then promote it (`heroku pg:promote`).' }] },
  render: { name: 'Render', status: 'https://status.render.com', recovery: () => [{ text: 'If data was lost, restore a point in time into a new database from the Render Dashboard (Recovery), check it, then point the app\'s setting at it.' }] },
  railway: { name: 'Railway', status: 'https://status.railway.com' },
  digitalocean: { name: 'DigitalOcean', status: 'https://status.digitalocean.com', recovery: () => [{ text: 'If data was lost, fork the cluster to a point in time (`doctl databases fork`) into a new cluster, check it, then point the app\'s setting at it.' }] },
  planetscale: { name: 'PlanetScale', status: 'https://www.planetscalestatus.com', recovery: () => [{ text: 'If data was lost, restore the newest backup into a new branch, check it, then promote it.' }] },
  'redis-cloud': { name: 'Redis Cloud', status: 'https://status.redis.io' },
  'confluent-cloud': { name: 'Confluent Cloud', status: 'https://status.confluent.cloud' },
  aiven: { name: 'Aiven', status: 'https://status.aiven.io', recovery: () => [{ text: 'If data was lost, fork the service to a point in time from the Aiven Console into a new service, check it, then point the app at it.' }] },
  'elastic-cloud': { name: 'Elastic Cloud', status: 'https://status.elastic.co' },
  'cockroach-cloud': { name: 'CockroachDB Cloud', status: 'https://status.cockroachlabs.cloud' },
  'clickhouse-cloud': { name: 'ClickHouse Cloud', status: 'https://status.clickhouse.com' },
  'datastax-astra': { name: 'DataStax Astra', status: 'https://status.datastax.com' },
  memcachier: { name: 'MemCachier', status: 'https://status.memcachier.com' },
  'redpanda-cloud': { name: 'Redpanda Cloud', status: 'https://status.redpanda.com' },
  'aws-memorydb': { name: 'Amazon MemoryDB', status: AWS },
  'aws-keyspaces': { name: 'Amazon Keyspaces', status: AWS },
  'aws-elasticsearch': { name: 'Amazon OpenSearch Service', status: AWS },
  'aws-bedrock': { name: 'Amazon Bedrock', status: AWS },
  'gcp-memorystore': { name: 'Memorystore', status: GCP },
  'gcp-alloydb': { name: 'AlloyDB', status: GCP },
  'gcp-managed-kafka': { name: 'Google Cloud Managed Service for Apache Kafka', status: GCP },
  'gcp-vertex': { name: 'Vertex AI', status: GCP },
  'azure-database': { name: 'Azure Database', status: AZURE },
  'azure-cache': { name: 'Azure Cache for Redis', status: AZURE },
  'azure-sql': { name: 'Azure SQL', status: AZURE },
  'azure-cosmos-db': { name: 'Azure Cosmos DB', status: AZURE },
  'azure-managed-cassandra': { name: 'Azure Managed Instance for Apache Cassandra', status: AZURE },
  'azure-openai': { name: 'Azure OpenAI', status: AZURE },
};

export function providerOf(id: string): Provider | undefined {
  return PROVIDERS[id];
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
  cache: 'Serve from the database and shed optional traffic (rate limits, caches of caches) while the cache is cold.',
  queue: 'Let producers buffer or retry; pause jobs that can wait.',
};

export function degradeText(ctx: StubContext): string {
  return ctx.rule.recovery.degrade ?? DEGRADE[ctx.rule.category] ?? `Disable the features that depend on ${ctx.rule.name} behind their flags.`;
}

/** Names that hold a credential; a domain, an account id or a URL is configuration, not a secret. */
export function isSecretName(name: string): boolean {
  return /(?:SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE|(?:^|_)KEY$|API_KEY|_KEY_|CREDENTIALS?$|AUTH$)/.test(name) && !/PUBLISHABLE|PUBLIC/.test(name);
}

function statusLink(name: string, url: string | undefined): string {
  return url ? `[${name} status page](${url})` : `${name} status page (\`<STATUS_PAGE_URL>\`)`;
}

/** The rule's checks: commands run as written with the app's own variables, sentences for a person. */
export function catalogVerify(ctx: StubContext): { verify: Command[]; byHand: string[] } {
  const verify = ctx.rule.recovery.verify ?? [];
  // A variable the catalog's check uses but the repository does not show is a placeholder, said once.
  for (const v of verify.filter((c) => !isSentence(c))) {
    for (const m of v.matchAll(/\$\{?([A-Z][A-Z0-9_]*)/g)) {
      if (!ctx.d.variables.includes(m[1]!)) ctx.holders.add(m[1]!, `${isSecretName(m[1]!) ? 'a credential' : 'the setting'} the app uses for ${ctx.rule.name}, from the vault; never pasted here.`);
    }
  }
  return {
    verify: verify.filter((v) => !isSentence(v)).map((v) => {
      const hash = commentStart(v);
      return hash === -1 ? { run: v, expect: 'exit status 0.' } : { run: v.slice(0, hash), expect: v.slice(hash).replace(/^\s+#\s*/, '') };
    }),
    byHand: verify.filter(isSentence),
  };
}

/**
 * The communication protocol for a service another team of the organisation runs (an upstream
 * API the deployment names): its owners' channel stands where a provider's status page would,
 * and the app waits for them; no host is named, only the settings the app reaches it through.
 */
function anotherTeamsProcedure(ctx: StubContext): Procedure {
  const name = ctx.rule.name;
  const settings = ctx.d.variables.filter((v) => !isSecretName(v));
  const through = settings.length ? settings.slice(0, 3).map(code).join(', ') : 'its address setting';
  const steps: Step[] = [
    { text: `Confirm it is ${name} and not our side: check our error rates and timeouts for calls to ${name} (\`<ALERT_NAME>\`), then its owners' status channel (\`<OWNER_STATUS_CHANNEL>\`) or their status page (\`<OWNER_STATUS_PAGE>\`).` },
    { text: `Tell its owners (\`<OWNER_TEAM>\`, on call at \`<OWNER_ONCALL>\`) what we see, with the time it started and a failing request id; ask for their incident reference.` },
    { text: 'Declare an incident on our side and update our status page (`<OUR_STATUS_PAGE>`) with the affected features.' },
    { text: 'Notify stakeholders: support, our on-call channel (`<ONCALL_CHANNEL>`) and the service owners who depend on the affected features.' },
    { text: degradeText(ctx) },
    { text: `Wait for its owners to restore ${name}: another team runs it, so there is no failover for us to run. Do not change ${through} or redeploy to "fix" it unless its owners move the service.` },
    { text: 'When its owners report recovery, replay queued work and post the resolution on our status page.' },
  ];
  return {
    runsAs: `${name}, a service another team of the organisation runs; the app reaches it through ${through} (${ctx.d.paths.slice(0, 2).map(code).join(', ')}).`,
    steps,
    verify: [],
    verifyByHand: [`Calls to ${name} succeed again: its error rate and latency are back to normal on \`<DASHBOARD>\`.`, 'The features that depend on it work end to end for a test user.'],
    failback: ['Turn the degraded features back on and check their error rates.', `Review the incident with ${name}'s owners; agree how we hear of their outages first.`],
  };
}

/** The communication protocol for a service a provider runs, with its recovery path between. */
export function providerProcedure(ctx: StubContext, providerId: string | null): Procedure {
  if (ctx.rule.recovery.runBy === 'another-team') return anotherTeamsProcedure(ctx);
  const provider = providerId ? PROVIDERS[providerId] : undefined;
  const name = provider?.name ?? ctx.rule.name;
  const statusUrl = provider?.status ?? ctx.rule.recovery.statusPage;
  const secrets = ctx.d.variables.filter(isSecretName);
  const steps: Step[] = [
    { text: `Confirm the outage on the ${statusLink(name, statusUrl)} and in our error rates for ${ctx.rule.name} calls; note the provider's incident id.` },
    { text: 'Declare an incident and update our status page (`<OUR_STATUS_PAGE>`) with the affected features.' },
    { text: 'Notify stakeholders: support, the on-call channel (`<ONCALL_CHANNEL>`) and account managers of affected customers.' },
    { text: degradeText(ctx) },
    ...(provider?.recovery?.(ctx) ?? []),
    ...(ctx.rule.id === 'stripe' ? stripeSteps(ctx) : []),
    { text: `Wait for the provider to resolve it: ${name} runs ${ctx.rule.name} with no failover for us to run.${secrets.length ? ` Do not rotate ${secrets.map(code).join(', ')} or redeploy to "fix" it: the keys are not the problem.` : ''} Open a support ticket (\`<PROVIDER_SUPPORT_LINK>\`) if the status page shows nothing after 15 minutes.` },
    { text: 'When the provider reports recovery, replay queued work and post the resolution on the status page.' },
  ];
  const { verify, byHand } = catalogVerify(ctx);
  return {
    runsAs: `${provider ? `${provider.name} (hosted)` : `${ctx.rule.name}, a third-party service`}; the app reaches it through ${ctx.d.variables.length ? ctx.d.variables.slice(0, 3).map(code).join(', ') : 'its SDK'} (${ctx.d.paths.slice(0, 2).map(code).join(', ')}).`,
    steps,
    verify,
    verifyByHand: byHand,
    failback: ['Turn the degraded features back on and check their error rates.', 'Review the provider\'s post-incident report; decide whether a fallback provider is worth it.'],
  };
}

function stripeSteps(ctx: StubContext): Step[] {
  ctx.holders.add('STRIPE_EVENT_ID', 'an event `stripe events list` shows with `pending_webhooks` above 0.');
  ctx.holders.add('PAYMENT_INTENT_ID', 'a payment intent the app queued during the outage.');
  const key = `"$${ctx.holders.add('IDEMPOTENCY_KEY', 'the idempotency key the app sent with that payment\'s first attempt (from its logs or queue).')}"`;
  return [{
    text: 'When Stripe answers again, replay what failed with the Stripe CLI against live mode: resend webhooks that were not delivered, and retry each queued charge with the idempotency key its first attempt used, so no customer is charged twice.',
    commands: [
      { run: 'stripe events list --limit 20 --live', expect: 'the live events since the outage began, with `pending_webhooks` above 0 for undelivered ones.' },
      { run: 'stripe events resend "$STRIPE_EVENT_ID" --live', expect: 'the event, delivered again to the webhook endpoint.' },
      { run: `stripe post /v1/payment_intents/"$PAYMENT_INTENT_ID"/confirm --live --idempotency ${key}`, expect: '`"status": "succeeded"`, or the same result as the first attempt when it had gone through.', warn: 'charges the customer: only with the first attempt\'s idempotency key.' },
    ],
  }];
}

/** Where a trailing ` # comment` starts (its white space included), or -1: one pass, no regex run. */
function commentStart(text: string): number {
  for (let i = 1; i + 1 < text.length; i++) {
    if (text[i] !== '#' || !/\s/.test(text[i - 1]!) || !/\s/.test(text[i + 1]!)) continue;
    let start = i - 1;
    while (start > 0 && /\s/.test(text[start - 1]!)) start--;
    return start;
  }
  return -1;
}
