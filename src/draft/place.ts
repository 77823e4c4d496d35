import type { Deployment } from './deployment.js';
import { isDefaultComposeFile } from './deployment.js';
import type { Command } from './runbook.js';

/**
 * Where a service's own tools run: inside its compose service (`docker compose exec -T db ...`),
 * inside its Kubernetes workload (`kubectl exec ... --`), or on a machine that has the app's
 * variable for it (a bastion or a CI runner). Internal names such as `db:5432` resolve only
 * inside the compose network or the cluster, so a client is never pointed at them from the host.
 */
export type Place =
  | { kind: 'compose'; compose: string; service: string; writers: string[] }
  | { kind: 'k8s'; ns: string; ref: string; kindName: string; name: string; container?: string; labels?: string; replicas: number; writers: Deployment['workloadWriters'] }
  | { kind: 'host' };

/** Placeholders a stub needs, explained once at its top. */
export class Placeholders {
  readonly list: Array<[string, string]> = [];
  add(name: string, what: string): string {
    if (!this.list.some(([n]) => n === name)) this.list.push([name, what]);
    return name;
  }
}

export function placeOf(d: Deployment, holders: Placeholders): Place {
  if (d.compose) {
    const compose = isDefaultComposeFile(d.compose.file) ? 'docker compose' : `docker compose -f ${d.compose.file}`;
    return { kind: 'compose', compose, service: d.compose.service, writers: d.composeWriters };
  }
  if (d.workload) {
    const w = d.workload;
    const ns = w.namespace
      ? `-n ${w.namespace}`
      : `-n "$${holders.add('K8S_NAMESPACE', `the namespace \`${w.path}\` is applied to (the manifest sets none).`)}"`;
    return {
      kind: 'k8s', ns, ref: `${w.kind.toLowerCase()}/${w.name}`, kindName: w.kind, name: w.name,
      ...(w.container ? { container: w.container } : {}), ...(w.labels ? { labels: w.labels } : {}),
      replicas: w.replicas ?? 1, writers: d.workloadWriters,
    };
  }
  return { kind: 'host' };
}

/** A command run where the service's tools are: inside the container or pod, or as is on the host. */
export function inside(place: Place, command: string, stdin = false): string {
  if (place.kind === 'compose') return `${place.compose} exec -T ${place.service} ${command}`;
  if (place.kind === 'k8s') return `kubectl exec ${place.ns}${stdin ? ' -i' : ''} ${place.ref}${place.container ? ` -c ${place.container}` : ''} -- ${command}`;
  return command;
}

/** Is it running, and what did it last say. */
export function statusCommands(place: Place): Command[] {
  if (place.kind === 'compose') {
    return [
      { run: `${place.compose} ps ${place.service}`, expect: 'one row, STATUS `Up` (and `healthy` when it has a health check).' },
      { run: `${place.compose} logs --tail=100 ${place.service}`, expect: 'the last lines say why it stopped (out of memory, disk full, a crash).' },
    ];
  }
  if (place.kind === 'k8s') {
    const pods = place.labels ? `kubectl get pods ${place.ns} -l ${place.labels} -o wide` : `kubectl get ${place.ns} ${place.ref} -o wide`;
    return [
      { run: pods, expect: `${place.replicas} pod(s), READY \`1/1\`, STATUS \`Running\`, few restarts.` },
      { run: `kubectl logs ${place.ns} ${place.ref} --tail=100`, expect: 'the last lines say why it stopped (OOMKilled, disk full, a crash).' },
    ];
  }
  return [];
}

export function restartCommands(place: Place): Command[] {
  if (place.kind === 'compose') {
    return [{ run: `${place.compose} restart ${place.service}`, expect: `\`Container ... Started\`; \`${place.compose} ps ${place.service}\` shows \`Up\` again.`, warn: 'drops every open connection.' }];
  }
  if (place.kind === 'k8s') {
    return [
      { run: `kubectl rollout restart ${place.ns} ${place.ref}`, expect: `\`${place.ref} restarted\`.`, warn: 'replaces the pods one by one; connections drop.' },
      { run: `kubectl rollout status ${place.ns} ${place.ref} --timeout=10m`, expect: '`successfully rolled out` (or `partitioned roll out complete`).' },
    ];
  }
  return [];
}

/** Stopping and starting the app's writers around a restore; undefined when the repository does not show them. */
export function writerCommands(place: Place, d: Deployment): { stop: Command[]; start: Command[] } | undefined {
  if (d.composeWriters.length && d.compose) {
    const compose = isDefaultComposeFile(d.compose.file) ? 'docker compose' : `docker compose -f ${d.compose.file}`;
    const names = d.composeWriters.join(' ');
    return {
      stop: [{ run: `${compose} stop ${names}`, expect: `\`Container ... Stopped\` for ${d.composeWriters.map((w) => `\`${w}\``).join(', ')}.`, warn: 'the app stops serving until they are started again.' }],
      start: [{ run: `${compose} start ${names}`, expect: '`Container ... Started` for each.' }],
    };
  }
  if (d.workloadWriters.length) {
    const ns = (w: { namespace?: string }): string => (w.namespace ? `-n ${w.namespace}` : place.kind === 'k8s' ? place.ns : '-n "$K8S_NAMESPACE"');
    return {
      stop: d.workloadWriters.map((w) => ({ run: `kubectl scale ${ns(w)} ${w.ref} --replicas=0`, expect: `\`${w.ref} scaled\`.`, warn: 'the app stops serving until it is scaled back.' })),
      start: d.workloadWriters.map((w) => ({ run: `kubectl scale ${ns(w)} ${w.ref} --replicas=${w.replicas}`, expect: `\`${w.ref} scaled\`; its pods become Ready.` })),
    };
  }
  return undefined;
}
