import { inside, restartCommands, statusCommands, writerCommands, type Place } from '../place.js';
import type { Command, Step } from '../runbook.js';
import { code, type Procedure, type StubContext } from './context.js';
import { mongoClient, mysqlClient, postgresClient, type SqlClient, type Target } from './sql-clients.js';

/**
 * Services the team runs itself, in compose, in Kubernetes, or somewhere the repository does not
 * show. Commands run where the service is (see place.ts); a data restore always goes: stop the
 * writers, save the current state, restore into a scratch database, verify it, then switch.
 */

export function runsAsText(ctx: StubContext): string {
  const { d, place } = ctx;
  if (place.kind === 'compose') return `the compose service ${code(place.service)} in ${code(d.compose!.file)}${d.compose!.facts.image ? ` (image ${code(d.compose!.facts.image)})` : ''}.`;
  if (place.kind === 'k8s') {
    const w = d.workload!;
    return `the ${w.kind} ${code(w.name)}${w.namespace ? ` in namespace ${code(w.namespace)}` : ''} (${code(w.path)}${w.labels ? `, pods labelled ${code(w.labels)}` : ''}).`;
  }
  if (d.chart) return `the Helm chart ${code(d.chart.chart)} of ${code(d.chart.path)}; its release name and namespace are set at install time.`;
  return `a server the repository does not describe; the app reaches it through ${d.variable ? code(d.variable) : 'its connection settings'} (${d.paths.slice(0, 2).map(code).join(', ')}).`;
}

function clientFor(ctx: StubContext): SqlClient | undefined {
  const facts = ctx.d.compose?.facts ?? ctx.d.workload?.facts;
  const image = facts?.image ?? '';
  switch (ctx.rule.id) {
    case 'postgresql': return postgresClient(facts, ctx.holders);
    case 'mysql':
    case 'mariadb': return mysqlClient(image, facts, ctx.holders, ctx.rule.id);
    case 'mongodb': return mongoClient(facts, ctx.holders);
    default: return undefined;
  }
}

/** The target a client connects to: inside the service, or the app's URL on the host. */
function targetOf(ctx: StubContext, client: SqlClient): Target {
  if (ctx.place.kind !== 'host') return { place: ctx.place, db: client.db };
  const fallback = client.engine === 'postgresql' ? 'DATABASE_URL' : client.engine === 'mongodb' ? 'MONGODB_URI' : 'DATABASE_URL';
  return { urlVar: ctx.d.variable ?? ctx.holders.add(fallback, 'the app\'s connection URL, from the vault.') };
}

const BACKUPS_DIR: Command = { run: 'mkdir -p backups', expect: 'no output.' };

/** Stop the writers: the repository's own services or workloads, or a placeholder the reader fills in. */
export function stopWritersStep(ctx: StubContext, why: string): { step: Step; start: Step } {
  const writers = writerCommands(ctx.place, ctx.d);
  if (writers) {
    if (writers.stop.some((c) => c.run.includes('$K8S_NAMESPACE'))) ctx.holders.add('K8S_NAMESPACE', 'the namespace the app\'s manifests are applied to (they set none).');
    return {
      step: { text: `Stop the writers so nothing changes while you restore (${why}).`, commands: [...writers.stop] },
      start: { text: 'Start the writers again and watch the error rate fall.', commands: writers.start },
    };
  }
  return {
    step: { text: `Stop the writers so nothing changes while you restore (${why}): put the app in maintenance mode or scale its workers to zero with \`<STOP_WRITERS_COMMAND>\`.` },
    start: { text: 'Start the writers again (`<START_WRITERS_COMMAND>`) and watch the error rate fall.' },
  };
}

function dataStoreProcedure(ctx: StubContext, client: SqlClient): Procedure {
  const { place, rule } = ctx;
  const t = targetOf(ctx, client);
  const steps: Step[] = [];
  const ping = client.ping(t);
  steps.push({ text: `Confirm the outage: is ${rule.name} running, and does it answer?`, commands: [...statusCommands(place), ping] });
  const restart = restartCommands(place);
  steps.push({
    text: `Decide. If it answers, the fault is between the app and ${rule.name} (network, credentials, connection limits): read the app's logs and stop here. If it is down and its data is intact, go to step 3. If data is lost or corrupt, go to step 4.`,
  });
  steps.push(restart.length
    ? { text: 'Restart it once. If it is not healthy within 5 minutes, do not restart again: go to step 4.', commands: [...restart, ping] }
    : { text: `Restart it once the way this server runs (\`<RESTART_COMMAND>\`). If it is not healthy within 5 minutes, go to step 4.`, commands: [ping] });
  const writers = stopWritersStep(ctx, 'a restore loses what they write meanwhile');
  steps.push(writers.step);
  steps.push({
    text: `Save the current state, even if damaged: it is the only copy of the writes since the last backup. If ${rule.name} does not answer, copy its data volume instead.`,
    commands: [BACKUPS_DIR, client.dump(t)],
  });
  const create = client.create?.(t);
  steps.push({
    text: `Restore the latest good backup into the scratch database ${client.scratchName(t)}, never over the live one${create ? '; create it first (a fresh volume has no database)' : ''}.`,
    commands: [...(create ? [create] : []), ...client.restore(t)],
  });
  steps.push({ text: `Verify the scratch database before anything is switched: the tables are there, with recent rows.`, commands: [client.tables(t)] });
  if (client.switchTo && 'place' in t) {
    steps.push({ text: `Switch: swap the scratch database in under the live name, so the app's settings stay as they are.`, commands: [client.switchTo(t)] });
  } else {
    const variable = ctx.d.variable ? code(ctx.d.variable) : 'the app\'s connection setting';
    steps.push({ text: `Switch: point ${variable} at ${client.scratchName(t)} (in the vault${place.kind === 'compose' ? ' or the compose environment' : ''}) and redeploy; the damaged database stays as it is for the post-incident review.` });
  }
  steps.push(writers.start);
  return {
    runsAs: runsAsText(ctx),
    steps,
    verify: verifyAfterSwitch(ping, t, client),
    failback: [
      `Keep the damaged copy (${client.engine === 'postgresql' && 'place' in t ? t.db.text('_before_restore') : 'the old database'}) and \`${client.dumpFile}\` until the post-incident review; then drop them.`,
      'Check that backups run again on the recovered database, and restore one into a scratch database this week.',
      'Write down the data window lost (from the backup\'s time to the failure) for the review.',
    ],
  };
}

/** After a PostgreSQL switch the live name is the restored database: check its tables by that name. */
function verifyAfterSwitch(ping: Command, t: Target, client: SqlClient): Command[] {
  if (!('place' in t) || client.engine !== 'postgresql') return [ping];
  const tables = client.tables(t);
  return [ping, { run: tables.run.replace(`-d ${t.db.sh('_restore')}`, `-d ${t.db.sh()}`), expect: 'the same tables and row counts as on the scratch database.' }];
}

/** The job-queue library the evidence names, when this store holds a job queue. */
const JOB_QUEUE_LIBRARY = /"?\b(bullmq|bull|bee-queue|sidekiq|resque|rq|arq|celery|dramatiq)\b(?:\[redis\])?"?/;

export function jobQueueOf(ctx: StubContext): string | undefined {
  if (ctx.dep.id !== 'redis') return undefined;
  for (const e of ctx.dep.evidence) {
    const match = e.source !== 'env' && e.source !== 'compose' ? JOB_QUEUE_LIBRARY.exec(e.detail) : null;
    if (match) return match[1];
  }
  if (ctx.d.variables.some((v) => /^CELERY_/.test(v))) return 'celery';
  return undefined;
}

function redisCli(ctx: StubContext, args: string): string {
  if (ctx.place.kind !== 'host') return inside(ctx.place, `redis-cli ${args}`);
  const variable = ctx.d.variable ?? ctx.holders.add('REDIS_URL', 'the app\'s Redis URL, from the vault.');
  return `redis-cli -u "$${variable}" ${args}`;
}

function redisProcedure(ctx: StubContext): Procedure {
  const { place } = ctx;
  const queue = jobQueueOf(ctx);
  const steps: Step[] = [];
  const ping: Command = { run: redisCli(ctx, 'ping'), expect: '`PONG`.' };
  steps.push({ text: 'Confirm the outage: is Redis running, and does it answer?', commands: [...statusCommands(place), ping] });
  steps.push({ text: `Decide. If it answers \`PONG\`, the fault is elsewhere (network, the app's pool): stop here. Never flush it or restart it in a loop: a cold cache sends every read to the database.${queue ? ` It also holds the ${code(queue)} job queue.` : ''}` });
  steps.push({
    text: 'If it still answers but misbehaves, save its data before touching it.',
    commands: [BACKUPS_DIR, { run: `${redisCli(ctx, '--rdb -')} > backups/before-restart.rdb`, expect: '`Transfer finished with success` (on stderr); the file is not empty.' }],
  });
  const restart = restartCommands(place);
  steps.push(restart.length
    ? { text: 'Restart it once, then watch the database load while the cache warms (`<DATABASE_LOAD_DASHBOARD>`).', commands: [...restart, ping] }
    : { text: 'Restart it once the way this server runs (`<RESTART_COMMAND>`), then watch the database load while the cache warms (`<DATABASE_LOAD_DASHBOARD>`).', commands: [ping] });
  if (queue) {
    steps.push({ text: `Background jobs (${code(queue)}) live in Redis: check that the workers reconnected, then re-enqueue the jobs lost since the last snapshot with \`<REQUEUE_COMMAND>\`.`, commands: [{ run: redisCli(ctx, 'info keyspace'), expect: 'the queue\'s database (`db0:keys=...`) is back; the count grows as jobs are enqueued.' }] });
  }
  return {
    runsAs: runsAsText(ctx),
    steps,
    verify: [ping, { run: redisCli(ctx, 'info replication'), expect: '`role:master` on the server the app uses.' }],
    failback: [
      'Check that persistence runs again (`redis-cli info persistence` shows `rdb_last_bgsave_status:ok`).',
      'Delete `backups/before-restart.rdb` after the review.',
    ],
  };
}

/** Clustered systems that keep a quorum: never restart all of them, replace only what is down. */
const QUORUM = new Set(['cassandra', 'kafka', 'rabbitmq', 'elasticsearch', 'opensearch', 'nats', 'cockroachdb', 'temporal']);

interface ClusterTools {
  /** cluster state, run inside one member */
  state: Command;
  /** after a member is back */
  resync?: (member: string) => Command;
  /** a check of a single member, run inside it */
  health: Command;
}

function kafkaTool(ctx: StubContext, tool: string): string {
  const image = (ctx.d.compose?.facts.image ?? ctx.d.workload?.facts.image ?? '').toLowerCase();
  // The official image keeps the scripts outside the PATH; Confluent's drop the `.sh`.
  if (image.startsWith('apache/kafka')) return `/opt/kafka/bin/${tool}.sh`;
  if (image.includes('confluentinc/')) return tool;
  return `${tool}.sh`;
}

function clusterTools(ctx: StubContext, ref: (cmd: string) => string, singleNode: boolean): ClusterTools | undefined {
  switch (ctx.rule.id) {
    case 'cassandra':
      return {
        state: { run: ref('nodetool status'), expect: 'one line per node; `UN` is up and normal, `DN` is down.' },
        resync: (member) => ({ run: `kubectl exec ${ctx.place.kind === 'k8s' ? ctx.place.ns : ''} ${member} -- nodetool repair -full`.replace('  ', ' '), expect: '`Repair completed successfully` for each keyspace.' }),
        health: { run: ref('nodetool info'), expect: '`Gossip active : true` and `Native Transport active: true`.' },
      };
    case 'rabbitmq':
      return {
        state: { run: ref('rabbitmq-diagnostics -q cluster_status'), expect: 'every node under `Running Nodes`; no alarms.' },
        health: { run: ref('rabbitmq-diagnostics -q check_running'), expect: '`RabbitMQ on node ... is fully booted and running`.' },
        resync: (member) => ({ run: `kubectl exec ${ctx.place.kind === 'k8s' ? ctx.place.ns : ''} ${member} -- rabbitmq-queues rebalance quorum`.replace('  ', ' '), expect: 'a table of queue leaders spread over the nodes.' }),
      };
    case 'kafka':
      return {
        state: { run: ref(`${kafkaTool(ctx, 'kafka-topics')} --bootstrap-server localhost:9092 --describe --under-replicated-partitions`), expect: 'no rows once every broker is back in sync.' },
        health: { run: ref(`${kafkaTool(ctx, 'kafka-broker-api-versions')} --bootstrap-server localhost:9092`), expect: 'one block per reachable broker (`... (id: 0 rack: null) -> (...)`).' },
      };
    case 'elasticsearch':
    case 'opensearch': {
      // A single node cannot place replica shards: yellow is the best it gets.
      const status = singleNode ? 'yellow' : 'green';
      return {
        state: { run: ref(`curl -fsS "http://localhost:9200/_cluster/health?wait_for_status=${status}&timeout=60s"`), expect: `\`"status":"${status}"\`${singleNode ? ' (a single node is never green: its replicas have nowhere to go)' : ''}.` },
        health: { run: ref('curl -fsS "http://localhost:9200/_cat/nodes?v"'), expect: 'one row per node.' },
      };
    }
    default:
      return undefined;
  }
}

function clusterProcedure(ctx: StubContext, tools: ClusterTools, place: Extract<Place, { kind: 'k8s' }>): Procedure {
  const member = `"$${ctx.holders.add('DOWN_POD', `one pod of ${code(place.ref)} that step 1 shows down (\`${place.name}-2\`, say).`)}"`;
  const steps: Step[] = [
    { text: `Confirm what is down: which members of ${code(place.ref)} are not ready, and what the cluster says.`, commands: [...statusCommands(place), tools.state] },
    { text: `Decide. ${ctx.rule.name} keeps a quorum only while most of its ${place.replicas} members are up: never restart the whole ${place.kindName} (\`kubectl rollout restart\`) or scale it down. Replace only the members that are down, one at a time.` },
    {
      text: 'Replace one member that is down: delete its pod and let the StatefulSet recreate it on the same volume.',
      commands: [
        { run: `kubectl delete pod ${place.ns} ${member}`, expect: `\`pod ... deleted\`.`, warn: 'only a pod step 1 shows down, and never two at once.' },
        { run: `kubectl wait ${place.ns} --for=condition=Ready pod/${member.replace(/^"|"$/g, '')} --timeout=15m`.replace(`pod/$DOWN_POD`, 'pod/"$DOWN_POD"'), expect: '`pod/... condition met`.' },
      ],
    },
  ];
  if (tools.resync) steps.push({ text: 'Bring the member back in sync with the others before the next one.', commands: [tools.resync(member)] });
  steps.push({ text: `Check the cluster again; repeat ${tools.resync ? 'steps 3-4' : 'step 3'} for the next member that is down. If a member's volume is lost, it rejoins as a new node: follow the replace-node procedure (\`<REPLACE_NODE_LINK>\`) instead of deleting pods.`, commands: [tools.state] });
  return {
    runsAs: runsAsText(ctx),
    steps,
    verify: [tools.state, tools.health],
    failback: [
      'Find why the members went down (node drain, disk, memory) before closing the incident.',
      'Check that backups or snapshots of the cluster still run.',
    ],
  };
}

function singleNodeProcedure(ctx: StubContext, tools: ClusterTools): Procedure {
  const { place, rule } = ctx;
  const restart = restartCommands(place);
  const steps: Step[] = [
    { text: `Confirm the outage: is ${rule.name} running, and what does it say?`, commands: [...statusCommands(place), tools.health] },
    { text: `Decide. This is a single node: there is no other member to fail over to. If it answers, the fault is elsewhere (network, the app's client): stop here.` },
  ];
  if (rule.id === 'rabbitmq') {
    steps.push({ text: 'If it still answers, save its definitions (queues, exchanges, users) before touching it.', commands: [BACKUPS_DIR, { run: `${inside(place, 'rabbitmqctl export_definitions -')} > backups/rabbitmq-definitions.json`, expect: 'a JSON document in the file.' }] });
  }
  steps.push(restart.length ? { text: 'Restart it once; while it is down, producers must retry or buffer.', commands: [...restart, tools.health] } : { text: 'Restart it once the way this server runs (`<RESTART_COMMAND>`).', commands: [tools.health] });
  if (rule.id === 'elasticsearch' || rule.id === 'opensearch') {
    steps.push({ text: 'If an index is lost, rebuild it from the source of truth (the database) with `<REINDEX_COMMAND>`; search is derived data.' });
  }
  return {
    runsAs: runsAsText(ctx),
    steps,
    verify: [tools.health, tools.state],
    failback: ['Check that the data volume survived the restart and that backups or snapshots run.'],
  };
}

function genericProcedure(ctx: StubContext): Procedure {
  const { place, rule } = ctx;
  const restart = restartCommands(place);
  const status = statusCommands(place);
  const steps: Step[] = [
    status.length ? { text: `Confirm the outage: is ${rule.name} running, and what did it log?`, commands: status } : { text: `Confirm the outage with \`<HEALTH_CHECK_COMMAND>\`.` },
    restart.length ? { text: 'Restart it once; if it is not healthy within 5 minutes, restore it from its backup (`<RESTORE_PROCEDURE_LINK>`).', commands: restart } : { text: `Fail over or restart ${rule.name} the way this deployment allows: \`<FAILOVER_COMMAND>\`.` },
  ];
  if (rule.category === 'database' || rule.category === 'storage') steps.push({ text: `If data is lost: stop the writers, save what is left, restore the latest backup into a scratch target (\`<RESTORE_COMMAND>\`), verify it there, then switch the app to it.` });
  return { runsAs: runsAsText(ctx), steps, verify: [], failback: ['Check that backups run again.'] };
}

export function selfRunProcedure(ctx: StubContext): Procedure {
  const client = clientFor(ctx);
  if (client) return dataStoreProcedure(ctx, client);
  if (ctx.rule.id === 'redis' || ctx.rule.id === 'memcached') {
    if (ctx.rule.id === 'redis') return redisProcedure(ctx);
  }
  if (QUORUM.has(ctx.rule.id) && ctx.place.kind !== 'host') {
    const place = ctx.place;
    const ref = (cmd: string): string => inside(place, cmd);
    const replicas = place.kind === 'k8s' ? place.replicas : 1;
    const tools = clusterTools(ctx, ref, replicas < 2);
    if (tools && place.kind === 'k8s' && replicas >= 3) return clusterProcedure(ctx, tools, place);
    if (tools) return singleNodeProcedure(ctx, tools);
  }
  return genericProcedure(ctx);
}
