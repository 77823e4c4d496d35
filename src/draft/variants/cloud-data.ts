import type { Step } from '../runbook.js';
import { code, tfIdentifier, type Procedure, type StubContext } from './context.js';
import { shown, withSuffix } from './names.js';
import { stopWritersStep } from './self-run.js';

/**
 * Data services whose recovery is the provider's API, one procedure each: DynamoDB (restore to
 * a new table, then re-create what a restore leaves out), DocumentDB and MSK (their own failover
 * and reboot calls), OpenSearch Service, S3 (object versions) and GCS (object generations).
 */

const AWS_HEALTH = '[AWS Health dashboard](https://health.aws.amazon.com/health/status)';

function runsAs(ctx: StubContext, what: string): string {
  const tf = ctx.d.terraform;
  return `${tf ? `\`${tf.facts.resource ?? tf.facts.module}\` in ${code(tf.path)}` : 'no resource in this repository'} (${what}${ctx.d.variable ? `; the app reads ${code(ctx.d.variable)}` : ''}).`;
}

export function dynamodbProcedure(ctx: StubContext): Procedure {
  const table = tfIdentifier(ctx, 'name', 'DYNAMODB_TABLE');
  const restored = withSuffix(table, '-restore');
  const tf = ctx.d.terraform;
  const ttl = tf?.facts['attr.ttl.attribute_name'];
  const time = `"$${ctx.holders.add('RESTORE_TIME', 'the UTC time just before the damage, such as `2026-01-31T03:05:00Z`.')}"`;
  const writers = stopWritersStep(ctx, 'writes after the restore point are not in the new table');
  const steps: Step[] = [
    { text: `Confirm the outage: the table's status and whether point-in-time recovery is on; check the ${AWS_HEALTH} for a regional event.`, commands: [
      { run: `aws dynamodb describe-table --table-name ${table} --query 'Table.[TableStatus,ItemCount]' --output text`, expect: '`ACTIVE` and a rough item count (refreshed every 6 hours).' },
      { run: `aws dynamodb describe-continuous-backups --table-name ${table} --query 'ContinuousBackupsDescription.PointInTimeRecoveryDescription' --output text`, expect: '`ENABLED` and the latest time a restore can reach.' },
    ] },
    { text: 'Decide. DynamoDB is regional and AWS runs it: an API outage is waited out (errors are retried by the SDK). Restore only when data was deleted or overwritten (from step 3).' },
    writers.step,
    { text: 'Save the current state with an on-demand backup, even if damaged.', commands: [{ run: `aws dynamodb create-backup --table-name ${table} --backup-name ${withSuffix(table, '-before-restore')}`, expect: '`"BackupStatus": "CREATING"`.' }] },
    { text: `Restore to the point just before the damage into the new table ${shown(restored)}; a restore never writes into an existing table.`, commands: [
      { run: `aws dynamodb restore-table-to-point-in-time --source-table-name ${table} --target-table-name ${restored} --restore-date-time ${time}`, expect: '`"TableStatus": "CREATING"`.' },
      { run: `aws dynamodb wait table-exists --table-name ${restored}`, expect: 'no output once the table is `ACTIVE` (minutes to hours, by size).' },
    ] },
    { text: 'Verify the new table before anything is switched: it has the items you expect.', commands: [{ run: `aws dynamodb scan --table-name ${restored} --select COUNT --max-items 1000`, expect: '`"Count"` close to what the old table held for the first 1,000 items.' }] },
    { text: 'Re-create what a restore leaves out: auto scaling, alarms, streams, TTL, point-in-time recovery and tags.', commands: [
      { run: `aws application-autoscaling describe-scalable-targets --service-namespace dynamodb --resource-ids "table/${table.replace(/"/g, '')}"`, expect: 'the old table\'s scaling targets, to register again for the new one (`terraform apply` does it when the code names the new table).' },
      ...(tf?.facts['attr.stream_enabled'] === 'true' ? [{ run: `aws dynamodb update-table --table-name ${restored} --stream-specification StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES`, expect: '`"StreamEnabled": true`; consumers must read the new stream ARN.' }] : []),
      ...(ttl ? [{ run: `aws dynamodb update-time-to-live --table-name ${restored} --time-to-live-specification Enabled=true,AttributeName=${ttl}`, expect: `\`"AttributeName": "${ttl}"\`.` }] : []),
      { run: `aws dynamodb update-continuous-backups --table-name ${restored} --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true`, expect: '`"PointInTimeRecoveryStatus": "ENABLED"`.' },
    ] },
    { text: `Switch: point the app at ${shown(restored)} (${ctx.d.variable ? code(ctx.d.variable) : 'the table name it reads'}${tf ? `, and \`name\` of \`${tf.facts.resource}\` in ${code(tf.path)}` : ''}) and redeploy.` },
    writers.start,
  ];
  return {
    runsAs: runsAs(ctx, 'DynamoDB'),
    steps,
    verify: [{ run: `aws dynamodb describe-table --table-name ${restored} --query 'Table.TableStatus' --output text`, expect: '`ACTIVE`, and the app\'s error rate is back to normal.' }],
    failback: ['Check the alarms (`aws cloudwatch describe-alarms --alarm-name-prefix`) name the new table.', `Keep ${shown(table)} and the backup until the review; then delete the old table.`],
  };
}

export function documentdbProcedure(ctx: StubContext): Procedure {
  const id = tfIdentifier(ctx, 'cluster_identifier', 'DOCDB_CLUSTER_ID');
  const restored = withSuffix(id, '-restore');
  const replica = `"$${ctx.holders.add('REPLICA_ID', 'a member step 1 shows with `False` (a replica).')}"`;
  const instanceClass = `"$${ctx.holders.add('INSTANCE_CLASS', 'the instance class of the current members (`DBInstanceClass` in `aws docdb describe-db-instances`).')}"`;
  const time = `"$${ctx.holders.add('RESTORE_TIME', 'the UTC time just before the damage, such as `2026-01-31T03:05:00Z`.')}"`;
  const writers = stopWritersStep(ctx, 'a restore loses what they write meanwhile');
  return {
    runsAs: runsAs(ctx, 'Amazon DocumentDB'),
    steps: [
      { text: 'Confirm the outage: the cluster\'s status and its members.', commands: [{ run: `aws docdb describe-db-clusters --db-cluster-identifier ${id} --query 'DBClusters[0].DBClusterMembers[].[DBInstanceIdentifier,IsClusterWriter]' --output text`, expect: 'one line per member; `True` marks the primary.' }] },
      { text: 'Decide. DocumentDB promotes a replica by itself within about 30 seconds when it has one: wait 5 minutes. Only if the primary hangs and nothing was promoted:', commands: [{ run: `aws docdb failover-db-cluster --db-cluster-identifier ${id} --target-db-instance-identifier ${replica}`, expect: '`"Status": "failing-over"`.', warn: 'drops every connection to the primary.' }] },
      writers.step,
      { text: 'If data is lost: save the current state, then restore to a new cluster and give it an instance (a restored cluster has none).', commands: [
        { run: `aws docdb create-db-cluster-snapshot --db-cluster-identifier ${id} --db-cluster-snapshot-identifier ${withSuffix(id, '-before-restore')}`, expect: '`"Status": "creating"`.' },
        { run: `aws docdb restore-db-cluster-to-point-in-time --source-db-cluster-identifier ${id} --db-cluster-identifier ${restored} --restore-to-time ${time}`, expect: '`"Status": "creating"`.' },
        { run: `aws docdb create-db-instance --db-cluster-identifier ${restored} --db-instance-identifier ${withSuffix(id, '-restore-1')} --db-instance-class ${instanceClass} --engine docdb`, expect: '`"DBInstanceStatus": "creating"`.' },
        { run: `aws docdb wait db-instance-available --db-instance-identifier ${withSuffix(id, '-restore-1')}`, expect: 'no output once it is ready.' },
      ] },
      { text: `Verify the restored cluster with \`mongosh\` over TLS before switching, then point ${ctx.d.variable ? code(ctx.d.variable) : 'the app\'s URI'} at its endpoint in the vault and redeploy.` },
      writers.start,
    ],
    verify: [{ run: `aws docdb describe-db-clusters --db-cluster-identifier ${id} --query 'DBClusters[0].Status' --output text`, expect: '`available`.' }],
    failback: ['Add a replica in another zone if the cluster has none, so the next failover takes seconds.'],
  };
}

export function mskProcedure(ctx: StubContext): Procedure {
  const name = tfIdentifier(ctx, 'cluster_name', 'MSK_CLUSTER_NAME');
  const arn = `"$${ctx.holders.add('MSK_CLUSTER_ARN', `the ARN step 1 prints for ${shown(name)}.`)}"`;
  const broker = `"$${ctx.holders.add('BROKER_ID', 'the id of the one broker that is down (from `list-nodes`).')}"`;
  const brokers = ctx.d.variable ?? ctx.holders.add('KAFKA_BROKERS', 'the TLS bootstrap brokers (`aws kafka get-bootstrap-brokers` prints them).');
  const steps: Step[] = [
    { text: 'Confirm the outage: the cluster\'s ARN and state, and each broker.', commands: [
      { run: `aws kafka list-clusters-v2 --cluster-name-filter ${name} --query 'ClusterInfoList[0].[ClusterArn,State]' --output text`, expect: 'the ARN and `ACTIVE` (`HEALING` while AWS replaces a broker).' },
      { run: `aws kafka list-nodes --cluster-arn ${arn} --query 'NodeInfoList[].BrokerNodeInfo.[BrokerId,ClientSubnet]' --output text`, expect: 'one line per broker.' },
    ] },
    { text: 'Decide. Kafka keeps a quorum: never reboot every broker. While the cluster is `HEALING`, AWS is replacing a broker: wait. Reboot only a broker that stays unreachable, one at a time.' },
    { text: 'Clients of MSK connect over TLS: give the Kafka tools a client config first.', commands: [{ run: 'printf \'security.protocol=SSL\\n\' > msk-client.properties', expect: 'no output.' }] },
    { text: 'Check which partitions lost replicas.', commands: [{ run: `kafka-topics.sh --bootstrap-server "$${brokers}" --command-config msk-client.properties --describe --under-replicated-partitions`, expect: 'the partitions led by the failed broker; none once it is back.' }] },
    { text: 'Reboot the one broker that is down.', commands: [{ run: `aws kafka reboot-broker --cluster-arn ${arn} --broker-ids ${broker}`, expect: '`"ClusterOperationArn": ...`; the cluster is `REBOOTING_BROKER`, then `ACTIVE`.', warn: 'only one broker, and only one that is already down.' }] },
  ];
  return {
    runsAs: runsAs(ctx, 'Amazon MSK'),
    steps,
    verify: [{ run: `kafka-topics.sh --bootstrap-server "$${brokers}" --command-config msk-client.properties --describe --under-replicated-partitions`, expect: 'no rows.' }],
    failback: ['Check consumer lag falls back to normal (`kafka-consumer-groups.sh --describe --all-groups` with the same `--command-config`).'],
  };
}

export function opensearchServiceProcedure(ctx: StubContext): Procedure {
  const domain = tfIdentifier(ctx, 'domain_name', 'OPENSEARCH_DOMAIN');
  const url = ctx.d.variable ?? ctx.holders.add('OPENSEARCH_URL', 'the domain endpoint, with `https://`.');
  const sign = `--aws-sigv4 "aws:amz:$${ctx.holders.add('AWS_REGION', 'the domain\'s region.')}:es" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"`;
  return {
    runsAs: runsAs(ctx, 'Amazon OpenSearch Service'),
    steps: [
      { text: `Confirm the outage: the domain's state, its cluster health, and the ${AWS_HEALTH}.`, commands: [
        { run: `aws opensearch describe-domain --domain-name ${domain} --query 'DomainStatus.[Processing,UpgradeProcessing,DomainProcessingStatus]' --output text`, expect: '`False  False  Active` when no change is under way.' },
        { run: `curl -fsS ${sign} "$${url}/_cluster/health"`, expect: '`"status":"green"` (or `yellow` with replicas missing; `red` means lost primaries).' },
      ] },
      { text: 'Decide. AWS replaces failed nodes itself: while the domain is processing, wait. For a `red` cluster, open a support case and find the red indexes.', commands: [{ run: `curl -fsS ${sign} "$${url}/_cat/indices?v&health=red"`, expect: 'the indexes that lost primaries.' }] },
      { text: 'Restore a red index from the domain\'s automated snapshots (repository `cs-automated`): list them, then restore under a new name and move the alias once it is green.', commands: [{ run: `curl -fsS ${sign} "$${url}/_snapshot/cs-automated/_all?pretty"`, expect: 'the snapshots, newest last.' }] },
      { text: 'Or rebuild the index from the source of truth (the database) with `<REINDEX_COMMAND>`: search is derived data.' },
    ],
    verify: [{ run: `curl -fsS ${sign} "$${url}/_cluster/health"`, expect: '`"status":"green"`.' }],
    failback: ['Check that the automated snapshot runs again (`_snapshot/cs-automated/_all` shows a new one tomorrow).'],
  };
}

export function s3Procedure(ctx: StubContext): Procedure {
  // The bucket as the code names it, else the app's own variable for it, else a placeholder.
  const bucket = ctx.d.terraform?.facts['attr.bucket'] ?? (ctx.d.variable && !ctx.d.terraform?.facts['expr.bucket'] ? `"$${ctx.d.variable}"` : tfIdentifier(ctx, 'bucket', 'S3_BUCKET'));
  const versioning = ctx.d.terraform?.facts.versioning;
  const key = `"$${ctx.holders.add('OBJECT_KEY', 'the key of a lost or overwritten object.')}"`;
  ctx.holders.add('VERSION_ID', 'the `VersionId` of its last good version (step 3 lists them).');
  const b = bucket.replace(/^"|"$/g, '');
  return {
    runsAs: runsAs(ctx, `Amazon S3 bucket ${shown(bucket)}${versioning ? `, versioning ${versioning}` : ''}`),
    steps: [
      { text: `Confirm what failed: the bucket, some objects, or the region (check the ${AWS_HEALTH}).`, commands: [
        { run: `aws s3api head-bucket --bucket ${bucket}`, expect: 'no output and exit status 0: the bucket answers.' },
        { run: `aws s3api get-bucket-versioning --bucket ${bucket}`, expect: '`"Status": "Enabled"`: deleted or overwritten objects can be restored.' },
        { run: `aws s3 ls "s3://${b}/" --recursive --summarize | tail -n 2`, expect: '`Total Objects:` and `Total Size:` close to what you expect.' },
      ] },
      { text: 'Decide. A regional S3 outage is waited out: disable uploads behind their flag and update the status page. Lost or overwritten objects are restored from their versions (step 3).' },
      { text: 'Find the last good version of a lost object and copy it back over the current one.', commands: [
        { run: `aws s3api list-object-versions --bucket ${bucket} --prefix ${key} --max-items 5`, expect: '`Versions` (and `DeleteMarkers`) with their `VersionId` and `LastModified`.' },
        { run: `aws s3api copy-object --bucket ${bucket} --key ${key} --copy-source "${b}/$OBJECT_KEY?versionId=$VERSION_ID"`, expect: '`"CopyObjectResult"` with a new `ETag`.', warn: 'writes a new current version; the one it replaces stays as an older version.' },
      ] },
      { text: 'If the region is down and the bucket replicates to another region, point the app at the replica (`<REPLICA_BUCKET>`) in the vault and redeploy.' },
    ],
    verify: [{ run: `aws s3api head-object --bucket ${bucket} --key ${key}`, expect: 'the object\'s metadata, with the restored `ETag`.' }],
    failback: ['Keep versioning on and add a lifecycle rule that expires old versions after the recovery window.'],
  };
}

export function gcsProcedure(ctx: StubContext): Procedure {
  const bucket = tfIdentifier(ctx, 'name', 'GCS_BUCKET');
  const b = bucket.replace(/^"|"$/g, '');
  const versioned = ctx.d.terraform?.facts['attr.versioning.enabled'];
  ctx.holders.add('OBJECT', 'the name of a lost or overwritten object.');
  ctx.holders.add('GENERATION', 'the generation of its last good version (step 3 lists them after `#`).');
  return {
    runsAs: runsAs(ctx, `Cloud Storage bucket ${shown(bucket)}${versioned ? `, versioning ${versioned === 'true' ? 'on' : 'off'}` : ''}`),
    steps: [
      { text: 'Confirm what failed: the bucket, some objects, or the region (check the [Google Cloud status page](https://status.cloud.google.com)).', commands: [
        { run: `gcloud storage buckets describe "gs://${b}" --format="value(versioning_enabled,location)"`, expect: '`True` and the location: deleted objects keep older generations.' },
      ] },
      { text: 'Decide. A Cloud Storage outage is waited out: disable uploads behind their flag. Lost or overwritten objects come back from their generations (step 3).' },
      { text: 'List the object\'s generations, then copy the last good one back over the live object.', commands: [
        { run: `gcloud storage ls --all-versions "gs://${b}/$OBJECT"`, expect: 'one line per generation, `gs://.../object#1712345678901234`.' },
        { run: `gcloud storage cp "gs://${b}/$OBJECT#$GENERATION" "gs://${b}/$OBJECT"`, expect: '`Copying ...` and `Completed files 1/1`.', warn: 'writes a new live generation; the one it replaces becomes noncurrent.' },
      ] },
    ],
    verify: [{ run: `gcloud storage objects describe "gs://${b}/$OBJECT" --format="value(generation,size)"`, expect: 'a new generation with the good object\'s size.' }],
    failback: ['Keep versioning on, with a lifecycle rule that deletes noncurrent generations after the recovery window.'],
  };
}
