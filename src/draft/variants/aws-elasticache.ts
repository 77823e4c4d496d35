import type { Step } from '../runbook.js';
import { code, tfIdentifier, type Procedure, type StubContext } from './context.js';
import { jobQueueOf } from './self-run.js';

/**
 * ElastiCache, by the resource the repository declares: a replication group (promote a replica,
 * after the events show automatic failover did not), a single-node cluster (nothing to fail over
 * to: reboot the node), a serverless cache (AWS runs the nodes: no failover or reboot exists),
 * and Memcached (no replicas, no persistence). `test-failover` is a testing API with a quota and
 * is never the recovery path.
 */

const COLD = 'a cold cache sends every read to the database: watch its load (`<DATABASE_LOAD_DASHBOARD>`).';

function queueStep(ctx: StubContext): Step[] {
  const queue = jobQueueOf(ctx);
  return queue ? [{ text: `Background jobs (${code(queue)}) live in this cache: once it answers, check that the workers reconnected, then re-enqueue the jobs lost since the last snapshot with \`<REQUEUE_COMMAND>\`.` }] : [];
}

function runsAs(ctx: StubContext, what: string): string {
  const tf = ctx.d.terraform;
  return `${tf ? `\`${tf.facts.resource}\` in ${code(tf.path)}` : 'an ElastiCache resource'} (${what}${ctx.d.variable ? `; the app reads ${code(ctx.d.variable)}` : ''}).`;
}

export function elasticacheProcedure(ctx: StubContext): Procedure {
  const type = ctx.d.terraform?.facts.type ?? 'aws_elasticache_replication_group';
  if (type === 'aws_elasticache_serverless_cache') return serverless(ctx);
  if (type === 'aws_elasticache_cluster') return singleCluster(ctx);
  return replicationGroup(ctx);
}

function replicationGroup(ctx: StubContext): Procedure {
  const id = tfIdentifier(ctx, 'replication_group_id', 'REPLICATION_GROUP_ID');
  const auto = ctx.d.terraform?.facts['attr.automatic_failover_enabled'];
  const replica = `"$${ctx.holders.add('REPLICA_NODE_ID', 'a node that step 1 shows with role `replica`, such as `' + id.replace(/"/g, '').replace(/^\$\w+$/, 'group') + '-002`.')}"`;
  const steps: Step[] = [
    {
      text: 'Confirm the outage: the group\'s status, whether automatic failover is on, and each node\'s role.',
      commands: [
        { run: `aws elasticache describe-replication-groups --replication-group-id ${id} --query 'ReplicationGroups[0].[Status,AutomaticFailover]' --output text`, expect: '`available  enabled` (`modifying` while a failover runs).' },
        { run: `aws elasticache describe-replication-groups --replication-group-id ${id} --query 'ReplicationGroups[0].NodeGroups[0].NodeGroupMembers' --output text`, expect: 'one line per node: one `primary`, the others `replica`.' },
        { run: `aws elasticache describe-events --source-type replication-group --source-identifier ${id} --duration 120`, expect: 'a `Failover to replica node ... completed` event when AWS already promoted one.' },
      ],
    },
    { text: `Decide. ${auto === 'false' ? `Automatic failover is off (\`automatic_failover_enabled = false\`): AWS will not promote a replica.` : 'With automatic failover on, AWS promotes a replica by itself within about a minute and keeps the primary endpoint: wait 5 minutes from the first error.'} Promote by hand only if the events show no failover and the primary is still down; never with \`test-failover\`, a testing API with a daily quota.` },
  ];
  if (auto !== 'false') {
    steps.push({ text: 'A manual promotion needs automatic failover off first.', commands: [{ run: `aws elasticache modify-replication-group --replication-group-id ${id} --no-automatic-failover-enabled --no-multi-az-enabled --apply-immediately`, expect: '`"Status": "modifying"`, then `available`.', warn: 'no automatic failover until it is turned on again (follow-up).' }] });
  }
  steps.push({ text: `Promote the replica. Do not restart the old primary at once: ${COLD}`, commands: [{ run: `aws elasticache modify-replication-group --replication-group-id ${id} --primary-cluster-id ${replica} --apply-immediately`, expect: '`"Status": "modifying"`; the primary endpoint points at the new primary within a minute.', warn: 'connections drop while the endpoint moves.' }] });
  steps.push(...queueStep(ctx));
  return {
    runsAs: runsAs(ctx, `a Redis/Valkey replication group${auto === 'false' ? ', automatic failover off' : ''}`),
    steps,
    verify: [{ run: `aws elasticache describe-replication-groups --replication-group-id ${id} --query 'ReplicationGroups[0].NodeGroups[0].NodeGroupMembers[].CurrentRole' --output text`, expect: 'one `primary`, the rest `replica`.' }],
    failback: [
      ...(auto !== 'false' ? ['Turn automatic failover back on: `modify-replication-group` with `--automatic-failover-enabled --multi-az-enabled --apply-immediately`.'] : ['Consider `automatic_failover_enabled = true` with a replica in another zone.']),
      'Check that daily snapshots still run (`SnapshotRetentionLimit` above 0).',
    ],
  };
}

function singleCluster(ctx: StubContext): Procedure {
  const id = tfIdentifier(ctx, 'cluster_id', 'CACHE_CLUSTER_ID');
  const memcached = (ctx.d.terraform?.facts['attr.engine'] ?? ctx.rule.id).includes('memcached');
  const nodes = Number(ctx.d.terraform?.facts['attr.num_cache_nodes'] ?? '1');
  const node = `"$${ctx.holders.add('NODE_ID', 'the node that step 1 shows not `available`, such as `0001`.')}"`;
  const steps: Step[] = [
    { text: 'Confirm the outage: the cluster\'s status and each node\'s.', commands: [{ run: `aws elasticache describe-cache-clusters --cache-cluster-id ${id} --show-cache-node-info --query 'CacheClusters[0].CacheNodes[].[CacheNodeId,CacheNodeStatus]' --output text`, expect: 'one line per node with its status (`available` when healthy).' }] },
    { text: `Decide. ${memcached ? `Memcached has no replicas and keeps nothing on disk: a rebooted node comes back empty.` : `A single-node cluster (${nodes} node) has no replica to fail over to.`} If AWS is already replacing the node (events below), wait; otherwise reboot only the node that is down. ${COLD}`, commands: [{ run: `aws elasticache describe-events --source-type cache-cluster --source-identifier ${id} --duration 120`, expect: '`Recovering cache nodes` or `Finished recovery` when AWS is on it.' }] },
    { text: 'Reboot the failed node once.', commands: [{ run: `aws elasticache reboot-cache-cluster --cache-cluster-id ${id} --cache-node-ids-to-reboot ${node}`, expect: '`"CacheClusterStatus": "rebooting cache cluster nodes"`.', warn: `${memcached ? 'the node comes back empty' : 'the data not yet snapshotted is lost'}.` }] },
    ...queueStep(ctx),
  ];
  return {
    runsAs: runsAs(ctx, memcached ? `Memcached, ${nodes} node(s)` : 'a single-node Redis/Valkey cluster'),
    steps,
    verify: [{ run: `aws elasticache describe-cache-clusters --cache-cluster-id ${id} --show-cache-node-info --query 'CacheClusters[0].CacheNodes[].CacheNodeStatus' --output text`, expect: '`available` for every node.' }],
    failback: [memcached ? 'If the cache must survive a node, spread keys over more nodes (`num_cache_nodes`) or move to a replication group.' : 'A replication group with a replica in another zone (and automatic failover) turns this into a one-minute failover.'],
  };
}

function serverless(ctx: StubContext): Procedure {
  const name = tfIdentifier(ctx, 'name', 'SERVERLESS_CACHE_NAME');
  const restored = name.startsWith('"') ? `"\${SERVERLESS_CACHE_NAME}-restore"` : `${name}-restore`;
  const snapshot = `"$${ctx.holders.add('SNAPSHOT_ARN', 'the ARN of the newest good snapshot that step 3 lists.')}"`;
  const engine = ctx.d.terraform?.facts['attr.engine'] ?? 'redis';
  return {
    runsAs: runsAs(ctx, `ElastiCache Serverless, engine \`${engine}\``),
    steps: [
      { text: 'Confirm the outage: the cache\'s status.', commands: [{ run: `aws elasticache describe-serverless-caches --serverless-cache-name ${name} --query 'ServerlessCaches[0].Status' --output text`, expect: '`available` when healthy.' }] },
      { text: 'Decide. AWS runs the nodes of a serverless cache: there is no failover or reboot to run. Check the [AWS Health dashboard](https://health.aws.amazon.com/health/status), open a support case, and keep the app serving from the database. If data is lost, restore a snapshot into a new cache (steps 3-4).' },
      { text: 'List the snapshots.', commands: [{ run: `aws elasticache describe-serverless-cache-snapshots --serverless-cache-name ${name} --query 'ServerlessCacheSnapshots[].[ServerlessCacheSnapshotName,ARN,CreateTime]' --output text`, expect: 'one line per snapshot, newest last.' }] },
      { text: 'Restore into a new cache and point the app\'s setting at its endpoint once it is `available`.', commands: [{ run: `aws elasticache create-serverless-cache --serverless-cache-name ${restored} --engine ${engine} --snapshot-arns-to-restore ${snapshot}`, expect: '`"Status": "creating"`.' }] },
      ...queueStep(ctx),
    ],
    verify: [{ run: `aws elasticache describe-serverless-caches --serverless-cache-name ${name} --query 'ServerlessCaches[0].[Status,Endpoint.Address]' --output text`, expect: '`available` and the endpoint the app uses.' }],
    failback: ['Delete the restored cache, or adopt it in Terraform, once the original is back.'],
  };
}
