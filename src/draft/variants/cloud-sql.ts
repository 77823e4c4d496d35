import type { Step } from '../runbook.js';
import { code, tfIdentifier, type Procedure, type StubContext } from './context.js';
import { withSuffix, shown } from './names.js';
import { stopWritersStep } from './self-run.js';
import { mysqlClient, postgresClient } from './sql-clients.js';

/**
 * Cloud SQL. A regional (HA) instance fails over by itself and can be failed over by hand; a
 * zonal one has no standby. Point-in-time recovery is a clone into a new instance:
 * `backups restore --restore-instance` overwrites the live instance (and its point-in-time
 * logs), so it is never the default path.
 */
export function cloudSqlProcedure(ctx: StubContext): Procedure {
  const name = tfIdentifier(ctx, 'name', 'SQL_INSTANCE');
  const clone = withSuffix(name, '-restore');
  const tf = ctx.d.terraform;
  const availability = tf?.facts['attr.settings.availability_type'];
  const regional = availability === 'REGIONAL';
  const postgres = (tf?.facts['attr.database_version'] ?? ctx.rule.id).toLowerCase().includes('postgres') || ctx.rule.id === 'postgresql';
  const client = postgres ? postgresClient(undefined, ctx.holders) : mysqlClient('', undefined, ctx.holders, 'mysql');
  const time = `"$${ctx.holders.add('RESTORE_TIME', 'the UTC time just before the damage, RFC 3339, such as `2026-01-31T03:05:00Z`.')}"`;
  const url = ctx.d.variable ?? ctx.holders.add('DATABASE_URL', 'the app\'s database URL, from the vault.');
  if (postgres) ctx.holders.add('RESTORE_DATABASE_URL', 'the app\'s database URL pointing at the clone (its IP or the Cloud SQL Auth Proxy for it).');
  const steps: Step[] = [
    {
      text: 'Confirm the outage: the instance\'s state, availability type and recent operations.',
      commands: [
        { run: `gcloud sql instances describe ${name} --format="value(state,settings.availabilityType,gceZone)"`, expect: '`RUNNABLE  REGIONAL  <zone>` when healthy; `MAINTENANCE`, `FAILED` or `SUSPENDED` say why not.' },
        { run: `gcloud sql operations list --instance=${name} --limit=10`, expect: 'recent `FAILOVER`, `RESTART` or `UPDATE` operations and their status.' },
      ],
    },
  ];
  if (regional) {
    steps.push({ text: 'Decide. A regional instance fails over to its standby by itself within about a minute and keeps its IP: wait 5 minutes from the first error. Only if the primary zone is down and no failover happened:', commands: [{ run: `gcloud sql instances failover ${name}`, expect: 'an operation that ends `done`; the instance serves from the other zone.', warn: 'drops every connection for about a minute.' }] });
  } else {
    steps.push({ text: `Decide. ${availability ? `\`availability_type = "${availability}"\`` : 'No `availability_type` is set, so the instance is zonal'}: there is no standby and \`gcloud sql instances failover\` is refused. If it is stuck, restart it once:`, commands: [{ run: `gcloud sql instances restart ${name}`, expect: 'an operation that ends `done`.', warn: 'the database is down until the restart finishes.' }] });
  }
  steps.push({ text: 'If data is lost or corrupt, clone the instance as it was before the damage (from step 4). Never `gcloud sql backups restore ... --restore-instance` onto the live instance: it overwrites it and its point-in-time logs.' });
  const writers = stopWritersStep(ctx, 'the clone will not have what they write meanwhile');
  steps.push(writers.step);
  steps.push({ text: 'Save the current state with an on-demand backup, even if damaged.', commands: [{ run: `gcloud sql backups create --instance=${name} --description=before-restore`, expect: 'an operation that ends `done`.' }] });
  steps.push({
    text: `Clone the instance at the point just before the damage into the new instance ${shown(clone)}.`,
    commands: [{ run: `gcloud sql instances clone ${name} ${clone} --point-in-time=${time}`, expect: 'an operation that ends `done` (minutes to hours, by size).' }],
  });
  steps.push({ text: 'Verify the clone before anything is switched: it answers and has the recent rows.', commands: postgres ? [client.ping({ urlVar: 'RESTORE_DATABASE_URL' }), client.tables({ urlVar: 'RESTORE_DATABASE_URL' })] : [{ run: `gcloud sql instances describe ${clone} --format="value(state,ipAddresses[0].ipAddress)"`, expect: '`RUNNABLE` and its IP.' }] });
  steps.push({ text: `Switch: point ${code(url)} at the clone (in the vault) and redeploy. Cloud SQL cannot rename an instance; ${tf ? `update \`name\` of \`${tf.facts.resource}\` in ${code(tf.path)} or import the clone so Terraform does not recreate it` : 'update the infrastructure code to the clone'}.` });
  steps.push(writers.start);
  return {
    runsAs: `${tf ? `\`${tf.facts.resource}\` in ${code(tf.path)}` : 'a Cloud SQL instance'} (Cloud SQL ${postgres ? 'PostgreSQL' : 'MySQL'}, ${regional ? 'regional (HA)' : 'zonal'}; the app reads ${code(url)}).`,
    steps,
    verify: postgres
      ? [client.ping({ urlVar: url }), { run: `psql "$${url}" -c "SELECT pg_is_in_recovery()"`, expect: '`f`: the app is on a writable primary.' }]
      : [{ run: `gcloud sql instances describe ${clone} --format="value(state)"`, expect: '`RUNNABLE`.' }],
    failback: [
      `Enable backups and point-in-time recovery on ${shown(clone)} (a clone does not keep the source's schedule): \`gcloud sql instances patch\` with \`--backup-start-time\` and \`${postgres ? '--enable-point-in-time-recovery' : '--enable-bin-log'}\`.`,
      `Keep ${shown(name)} until the review; then delete it.`,
    ],
  };
}
