import type { Command, Step } from '../runbook.js';
import { code, tfIdentifier, type Procedure, type StubContext } from './context.js';
import { shown, withSuffix } from './names.js';
import { stopWritersStep } from './self-run.js';
import { mysqlClient, postgresClient, type SqlClient } from './sql-clients.js';

/**
 * Amazon RDS and Aurora, told apart by the Terraform resource the repository declares:
 * - `aws_db_instance`: one instance; Multi-AZ fails over by itself, `multi_az = false` has no standby;
 * - `aws_rds_cluster` with an `aurora-*` engine: a cluster whose point-in-time restore has no
 *   instance until one is created, and whose manual failover needs a reader;
 * - `aws_rds_cluster` with engine `postgres`/`mysql`: a Multi-AZ DB cluster (cluster commands,
 *   its restore brings its own instances).
 * A point-in-time target comes up with the default subnet group, security group and parameter
 * group unless they are passed, so the restore reads them from the source first.
 */

function client(ctx: StubContext): SqlClient {
  const engine = (ctx.d.terraform?.facts['attr.engine'] ?? ctx.rule.id).toLowerCase();
  if (engine.includes('postgres') || ctx.rule.id === 'postgresql') return postgresClient(undefined, ctx.holders);
  return mysqlClient('', undefined, ctx.holders, engine.includes('mariadb') ? 'mariadb' : 'mysql');
}

function restoreTime(ctx: StubContext): string {
  return `"$${ctx.holders.add('RESTORE_TIME', 'the UTC time just before the damage, such as `2026-01-31T03:05:00Z`; it must be before the `LatestRestorableTime` that describe prints.')}"`;
}

/** The source's network and parameter settings, which a restore would otherwise reset to the defaults. */
function settingsStep(describe: string, root: string, queries: [string, string, string]): Step {
  const [subnets, groups, params] = queries;
  return {
    text: 'Then read its subnet group, security group and parameter group: a restored target gets the defaults unless they are passed, and the app could not reach it.',
    commands: [
      { run: `SUBNET_GROUP=$(${describe} --query '${root}.${subnets}' --output text)`, expect: 'no output; the variable holds the name.' },
      { run: `SECURITY_GROUP_ID=$(${describe} --query '${root}.${groups}' --output text)`, expect: 'no output; the variable holds the id.' },
      { run: `PARAMETER_GROUP=$(${describe} --query '${root}.${params}' --output text)`, expect: 'no output; the variable holds the name.' },
    ],
  };
}

/** Saving the current state and reading the settings are one step: both before the restore. */
function withSnapshot(settings: Step, snapshot: Command): Step {
  return { text: `Save the current state with a manual snapshot, even if damaged. ${settings.text}`, commands: [snapshot, ...(settings.commands ?? [])] };
}

function verifyRestored(ctx: StubContext, c: SqlClient): Step {
  const url = { urlVar: 'RESTORE_DATABASE_URL' };
  if (c.engine === 'postgresql') ctx.holders.add('RESTORE_DATABASE_URL', 'the app\'s database URL with the restored endpoint as its host; from the vault, never pasted here.');
  if (c.engine === 'postgresql') return { text: 'Verify the restored copy before anything is switched: it answers and has the recent rows.', commands: [c.ping(url), c.tables(url)] };
  // MySQL and MariaDB: the restored server has the same database, reached with its own option file.
  const db = ctx.holders.add('DB_NAME', 'the app\'s database name.');
  const commands = [c.ping(url), c.tables(url)].map((cmd) => ({ ...cmd, run: cmd.run.replace('$MYSQL_DEFAULTS_FILE', '$RESTORE_DEFAULTS_FILE').replace('"$RESTORE_DB"', `"$${db}"`) }));
  ctx.holders.add('RESTORE_DEFAULTS_FILE', 'the client option file with the restored endpoint as `host`.');
  return { text: 'Verify the restored copy before anything is switched: it answers and has the recent rows.', commands };
}

function liveVerify(ctx: StubContext, c: SqlClient): Command[] {
  const url = ctx.d.variable ?? ctx.holders.add('DATABASE_URL', 'the app\'s database URL, from the vault.');
  if (c.engine === 'postgresql') {
    return [c.ping({ urlVar: url }), { run: `psql "$${url}" -c "SELECT pg_is_in_recovery()"`, expect: '`f`: the app is on a writable primary.' }];
  }
  return [c.ping({ urlVar: url }), { ...c.ping({ urlVar: url }), run: c.ping({ urlVar: url }).run.replace(/ping$/, 'status'), expect: '`Uptime: ...` of the server the app uses.' }];
}

export function rdsInstanceProcedure(ctx: StubContext): Procedure {
  const id = tfIdentifier(ctx, 'identifier', 'DB_INSTANCE_ID');
  const restored = withSuffix(id, '-restore');
  const multiAz = ctx.d.terraform?.facts['attr.multi_az'];
  const c = client(ctx);
  const tf = ctx.d.terraform;
  const steps: Step[] = [
    {
      text: 'Confirm the outage: the instance\'s status, whether it is Multi-AZ, and its recent events.',
      commands: [
        { run: `aws rds describe-db-instances --db-instance-identifier ${id} --query 'DBInstances[0].[DBInstanceStatus,MultiAZ,LatestRestorableTime]' --output text`, expect: '`available  True  2026-...` when healthy; `failing-over`, `rebooting` or `storage-full` say why not.' },
        { run: `aws rds describe-events --source-type db-instance --source-identifier ${id} --duration 120`, expect: 'failover, reboot or storage events of the last 2 hours.' },
      ],
    },
  ];
  if (multiAz === 'true') {
    steps.push({ text: 'Decide. Multi-AZ fails over by itself in 1-2 minutes (event `Multi-AZ instance failover completed`) and keeps the endpoint: wait 5 minutes from the first error before acting. Only if the primary hangs and no failover started, force one:', commands: [{ run: `aws rds reboot-db-instance --db-instance-identifier ${id} --force-failover`, expect: '`"DBInstanceStatus": "rebooting"`; the app reconnects in 1-2 minutes.', warn: 'drops every connection; only when no automatic failover is under way.' }] });
  } else {
    steps.push({ text: `Decide. This instance has no standby (${tf ? `\`multi_az\` is ${multiAz === undefined ? 'not set' : code(multi_az_text(multiAz))} in ${code(tf.path)}` : 'single-AZ'}), so there is nothing to fail over to and \`--force-failover\` is refused. If it is stuck but its storage is fine, reboot it once:`, commands: [{ run: `aws rds reboot-db-instance --db-instance-identifier ${id}`, expect: '`"DBInstanceStatus": "rebooting"`; `available` again in a few minutes.', warn: 'the database is down until the reboot finishes.' }] });
  }
  steps[1]!.text += ' If data is lost or corrupt, or the zone does not come back, restore a copy next to it (from step 3).';
  const writers = stopWritersStep(ctx, 'a restore loses what they write meanwhile');
  steps.push(writers.step);
  steps.push(withSnapshot(settingsStep(`aws rds describe-db-instances --db-instance-identifier ${id}`, 'DBInstances[0]', ['DBSubnetGroup.DBSubnetGroupName', 'VpcSecurityGroups[0].VpcSecurityGroupId', 'DBParameterGroups[0].DBParameterGroupName']), { run: `aws rds create-db-snapshot --db-instance-identifier ${id} --db-snapshot-identifier ${withSuffix(id, '-before-restore')}`, expect: '`"Status": "creating"`.' }));
  steps.push({
    text: `Restore to the point in time just before the damage, into the new instance ${shown(restored)}, with those settings${multiAz === 'true' ? ' and Multi-AZ' : ''}.`,
    commands: [
      { run: `aws rds restore-db-instance-to-point-in-time --source-db-instance-identifier ${id} --target-db-instance-identifier ${restored} --restore-time ${restoreTime(ctx)} --db-subnet-group-name "$SUBNET_GROUP" --vpc-security-group-ids "$SECURITY_GROUP_ID" --db-parameter-group-name "$PARAMETER_GROUP"${multiAz === 'true' ? ' --multi-az' : ''}`, expect: '`"DBInstanceStatus": "creating"`.' },
      { run: `aws rds wait db-instance-available --db-instance-identifier ${restored}`, expect: 'returns with no output when it is ready (10-60 minutes).' },
      { run: `aws rds describe-db-instances --db-instance-identifier ${restored} --query 'DBInstances[0].Endpoint.Address' --output text`, expect: `the restored endpoint, \`${restored.replace(/"/g, '')}.<id>.<region>.rds.amazonaws.com\`.` },
    ],
  });
  steps.push(verifyRestored(ctx, c));
  steps.push({
    text: `Switch: rename the damaged instance away and the restored one to ${shown(id)}, so the endpoint in the app's settings stays valid.`,
    commands: [
      { run: `aws rds modify-db-instance --db-instance-identifier ${id} --new-db-instance-identifier ${withSuffix(id, '-old')} --apply-immediately`, expect: '`"DBInstanceStatus": "available"` with a pending rename, then `renaming`.', warn: 'the app loses the database until the next rename is done.' },
      { run: `aws rds wait db-instance-available --db-instance-identifier ${withSuffix(id, '-old')}`, expect: 'no output once the rename is done.' },
      { run: `aws rds modify-db-instance --db-instance-identifier ${restored} --new-db-instance-identifier ${id} --apply-immediately`, expect: 'the rename starts; the endpoint resolves to the restored instance within minutes.', warn: 'the restored copy takes the live name: only after step 8 passed.' },
    ],
  });
  steps.push(writers.start);
  return {
    runsAs: `${tf ? `\`${tf.facts.resource}\` in ${code(tf.path)}` : 'an RDS instance'} (RDS ${c.engine === 'postgresql' ? 'PostgreSQL' : 'MySQL/MariaDB'}, ${multiAz === 'true' ? 'Multi-AZ' : 'single-AZ'}${ctx.d.variable ? `; the app reads ${code(ctx.d.variable)}` : ''}).`,
    steps,
    verify: liveVerify(ctx, c),
    failback: [
      `Run \`terraform plan\`${tf ? ` in \`${dirOf(tf.path)}\`` : ''}: the restored instance must match the code (backup retention, deletion protection${multiAz === 'true' ? ', Multi-AZ' : ''}, tags); apply or fix the drift.`,
      `Keep ${shown(withSuffix(id, '-old'))} and the snapshot until the review; then delete the old instance.`,
      'Check that automated backups run on the restored instance (`BackupRetentionPeriod` above 0).',
    ],
  };
}

function multi_az_text(value: string): string {
  return `multi_az = ${value}`;
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '.' : path.slice(0, slash);
}

/** Aurora, or a Multi-AZ DB cluster (`aws_rds_cluster` with a plain engine). */
export function rdsClusterProcedure(ctx: StubContext): Procedure {
  const id = tfIdentifier(ctx, 'cluster_identifier', 'DB_CLUSTER_ID');
  const restored = withSuffix(id, '-restore');
  const tf = ctx.d.terraform;
  const engine = tf?.facts['attr.engine'] ?? (ctx.rule.id === 'postgresql' ? 'aurora-postgresql' : 'aurora-mysql');
  const aurora = engine.startsWith('aurora');
  const instances = Number(tf?.facts.instances ?? '0');
  const c = client(ctx);
  const steps: Step[] = [
    {
      text: 'Confirm the outage: the cluster\'s status and which member is the writer.',
      commands: [
        { run: `aws rds describe-db-clusters --db-cluster-identifier ${id} --query 'DBClusters[0].DBClusterMembers[].[DBInstanceIdentifier,IsClusterWriter]' --output text`, expect: 'one line per member; `True` marks the writer.' },
        { run: `aws rds describe-events --source-type db-cluster --source-identifier ${id} --duration 120`, expect: 'failover or reboot events of the last 2 hours.' },
      ],
    },
  ];
  const replica = `"$${ctx.holders.add('READER_ID', 'a member that step 1 shows with `False` (a reader).')}"`;
  if (aurora) {
    steps.push({
      text: instances >= 2 || !tf
        ? 'Decide. Aurora promotes a reader by itself in about 30 seconds; wait 5 minutes from the first error. Only if the writer hangs and nothing was promoted, fail over to a reader:'
        : `Decide. Aurora fails over by itself, but ${tf ? `${code(tf.path)} declares ${instances === 1 ? 'one instance' : 'no `aws_rds_cluster_instance`'}` : 'this cluster may have no reader'}: with no reader, Aurora recreates the writer (about 10 minutes) and a manual failover has nothing to promote. Wait 10 minutes; add a reader afterwards (see follow-up). If a reader exists now:`,
      commands: [{ run: `aws rds failover-db-cluster --db-cluster-identifier ${id} --target-db-instance-identifier ${replica}`, expect: '`"Status": "failing-over"`; the writer endpoint moves within a minute.', warn: 'drops every connection to the writer.' }],
    });
  } else {
    steps.push({ text: 'Decide. A Multi-AZ DB cluster fails over to a reader by itself, usually within 35 seconds: wait 5 minutes from the first error. Only if the writer hangs and nothing was promoted:', commands: [{ run: `aws rds failover-db-cluster --db-cluster-identifier ${id} --target-db-instance-identifier ${replica}`, expect: '`"Status": "failing-over"`.', warn: 'drops every connection to the writer.' }] });
  }
  steps[1]!.text += ' If data is lost or corrupt, restore a copy of the cluster next to it (from step 3).';
  const writers = stopWritersStep(ctx, 'a restore loses what they write meanwhile');
  steps.push(writers.step);
  steps.push(withSnapshot(settingsStep(`aws rds describe-db-clusters --db-cluster-identifier ${id}`, 'DBClusters[0]', ['DBSubnetGroup', 'VpcSecurityGroups[0].VpcSecurityGroupId', 'DBClusterParameterGroup']), { run: `aws rds create-db-cluster-snapshot --db-cluster-identifier ${id} --db-cluster-snapshot-identifier ${withSuffix(id, '-before-restore')}`, expect: '`"Status": "creating"`.' }));
  const restoreCommands: Command[] = [];
  if (aurora) {
    const instanceClass = `"$${ctx.holders.add('INSTANCE_CLASS', 'the writer\'s instance class (the `DBInstanceClass` that `aws rds describe-db-instances` prints).')}"`;
    restoreCommands.push(
      { run: `aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier ${id} --db-cluster-identifier ${restored} --restore-to-time ${restoreTime(ctx)} --db-subnet-group-name "$SUBNET_GROUP" --vpc-security-group-ids "$SECURITY_GROUP_ID" --db-cluster-parameter-group-name "$PARAMETER_GROUP"`, expect: '`"Status": "creating"`; the cluster has no instance yet.' },
      { note: 'an Aurora restore creates no instance: add the writer.', run: `aws rds create-db-instance --db-cluster-identifier ${restored} --db-instance-identifier ${withSuffix(id, '-restore-1')} --engine ${engine} --db-instance-class ${instanceClass}`, expect: '`"DBInstanceStatus": "creating"`.' },
      { run: `aws rds wait db-instance-available --db-instance-identifier ${withSuffix(id, '-restore-1')}`, expect: 'no output once the writer is ready (10-30 minutes).' },
    );
  } else {
    const instanceClass = `"$${ctx.holders.add('INSTANCE_CLASS', `the cluster's instance class (\`db_cluster_instance_class\`${tf ? ` in ${code(tf.path)}` : ''}).`)}"`;
    restoreCommands.push(
      { note: 'a Multi-AZ DB cluster restore brings its own instances when given a class.', run: `aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier ${id} --db-cluster-identifier ${restored} --restore-to-time ${restoreTime(ctx)} --db-cluster-instance-class ${instanceClass} --db-subnet-group-name "$SUBNET_GROUP" --vpc-security-group-ids "$SECURITY_GROUP_ID" --db-cluster-parameter-group-name "$PARAMETER_GROUP"`, expect: '`"Status": "creating"`.' },
      { run: `aws rds wait db-cluster-available --db-cluster-identifier ${restored}`, expect: 'no output once the cluster is ready.' },
    );
  }
  restoreCommands.push({ run: `aws rds describe-db-clusters --db-cluster-identifier ${restored} --query 'DBClusters[0].Endpoint' --output text`, expect: `the restored writer endpoint, \`${restored.replace(/"/g, '')}.cluster-<id>.<region>.rds.amazonaws.com\`.` });
  steps.push({ text: `Restore the cluster to the point just before the damage, as ${shown(restored)}, with those settings.`, commands: restoreCommands });
  steps.push(verifyRestored(ctx, c));
  steps.push({
    text: `Switch: rename the damaged cluster away and the restored one to ${shown(id)}, so the endpoint in the app's settings stays valid.`,
    commands: [
      { run: `aws rds modify-db-cluster --db-cluster-identifier ${id} --new-db-cluster-identifier ${withSuffix(id, '-old')} --apply-immediately`, expect: '`"Status": "renaming"`.', warn: 'the app loses the database until the next rename is done.' },
      { run: `aws rds wait db-cluster-available --db-cluster-identifier ${withSuffix(id, '-old')}`, expect: 'no output once the rename is done.' },
      { run: `aws rds modify-db-cluster --db-cluster-identifier ${restored} --new-db-cluster-identifier ${id} --apply-immediately`, expect: 'the rename starts; the endpoint resolves to the restored cluster within minutes.', warn: 'the restored copy takes the live name: only after it was verified.' },
    ],
  });
  steps.push(writers.start);
  return {
    runsAs: `${tf ? `\`${tf.facts.resource}\` in ${code(tf.path)}` : 'an RDS cluster'} (${aurora ? `Aurora, engine ${code(engine)}, ${instances || 'unknown number of'} instance(s)` : `a Multi-AZ DB cluster, engine ${code(engine)}`}${ctx.d.variable ? `; the app reads ${code(ctx.d.variable)}` : ''}).`,
    steps,
    verify: liveVerify(ctx, c),
    failback: [
      `Run \`terraform plan\`${tf ? ` in \`${dirOf(tf.path)}\`` : ''}: the restored cluster must match the code; apply or fix the drift.`,
      aurora && instances < 2 ? 'Add a reader (a second `aws_rds_cluster_instance`) so the next failover takes seconds.' : 'Check that the cluster has a reader in another zone again.',
      `Keep ${shown(withSuffix(id, '-old'))} and the snapshot until the review; then delete them.`,
    ],
  };
}
