import type { Dependency, Evidence } from '../catalog/match.js';
import type { Facts } from '../discover/types.js';

/**
 * How the repository says a service runs, read from its evidence and the facts the extractors
 * carried: the Terraform resource, the compose service or Kubernetes workload that runs it, the
 * app's own variable for it, and the services that write to it. The stub documents this
 * deployment as it is, with its own names; a placeholder stands only for what none of it says.
 */
export interface Deployment {
  /** the Terraform resource that declares the service, with the file it is in */
  terraform?: { facts: Facts; path: string };
  /** the compose service that runs it */
  compose?: { service: string; file: string; facts: Facts };
  /** the Kubernetes workload that runs it, as written in the manifest */
  workload?: { kind: string; name: string; namespace?: string; labels?: string; container?: string; replicas?: number; facts: Facts; path: string };
  /** a Helm chart dependency that runs it */
  chart?: { chart: string; alias?: string; path: string };
  /** the app's own variable for the service (`DATABASE_URL`, `CELERY_BROKER_URL`) */
  variable?: string;
  /** every variable of the app for it, names only */
  variables: string[];
  /** compose services that use it (they are stopped before a restore) */
  composeWriters: string[];
  /** Kubernetes workloads that use it, as `kind/name` with their namespace */
  workloadWriters: Array<{ ref: string; namespace?: string; replicas: number }>;
  /** the files the evidence is in */
  paths: string[];
}

const DEFAULT_COMPOSE_FILES = new Set(['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml']);

/** True when `docker compose` finds this file without `-f` (a default name at the repository root). */
export function isDefaultComposeFile(path: string): boolean {
  return DEFAULT_COMPOSE_FILES.has(path);
}

/** Names of variables that connect to a service, best first: a URL the evidence saw, then *_URL-like names. */
function connectionVariable(evidence: Evidence[]): string | undefined {
  const named = evidence.filter((e) => e.facts?.variable);
  const url = named.find((e) => / URL\)$/.test(e.detail));
  if (url) return url.facts!.variable;
  const byName = named.find((e) => /(?:_URL|_URI|_DSN|_URLS|_ADDR|_SERVERS|_BROKERS|_HOSTS?)$/.test(e.facts!.variable!));
  return (byName ?? named[0])?.facts!.variable;
}

/** Settings an official image reads to set itself up (`POSTGRES_PASSWORD` on the db service): not the app's variable. */
function isServerSetting(evidence: Evidence, storeService: string | undefined, storeWorkload: string | undefined): boolean {
  const f = evidence.facts ?? {};
  if (storeService && f.service === storeService) return true;
  return !!storeWorkload && `${f.kind}/${f.name}` === storeWorkload;
}

/**
 * Evidence from before extractors carried facts (an older report, a hand-made dependency): the
 * compose service and the variable are read back from the detail line the extractors write.
 */
function withFacts(e: Evidence): Evidence {
  if (e.facts) return e;
  const image = e.source === 'compose' ? /^service "([^"]+)" image ([^\s:]+)/.exec(e.detail) : null;
  if (image) return { ...e, facts: { service: image[1]!, image: image[2]! } };
  const env = e.source === 'compose' ? /^service "([^"]+)" environment ([A-Za-z_][\w]*)/.exec(e.detail) : null;
  if (env) return { ...e, facts: { service: env[1]!, variable: env[2]! } };
  const variable = e.source === 'env' || e.source === 'prisma' ? /^([A-Z][A-Z0-9_]{2,})\b/.exec(e.detail) : null;
  return variable ? { ...e, facts: { variable: variable[1]! } } : e;
}

export function deploymentOf(dep: Dependency): Deployment {
  const evidence = dep.evidence.map(withFacts);
  const tf = evidence.find((e) => e.source === 'terraform' && e.facts?.resource) ?? evidence.find((e) => e.source === 'terraform' && e.facts?.module);
  const composeImage = evidence.find((e) => e.source === 'compose' && e.facts?.service && e.facts.image);
  const workloadImage = evidence.find((e) => e.source === 'kubernetes' && e.facts?.kind && e.facts.image !== undefined && e.facts.container !== undefined && !e.facts.variable)
    ?? evidence.find((e) => e.source === 'kubernetes' && e.facts?.kind && e.facts.apiVersion);
  const chart = evidence.find((e) => e.source === 'helm' && e.facts?.chart);
  const storeService = composeImage?.facts?.service;
  const storeWorkload = workloadImage ? `${workloadImage.facts!.kind}/${workloadImage.facts!.name}` : undefined;
  const appEvidence = evidence.filter((e) => e.facts?.variable && !isServerSetting(e, storeService, storeWorkload));
  const variables = [...new Set(appEvidence.map((e) => e.facts!.variable!))];
  const composeWriters = new Set<string>();
  for (const e of appEvidence) if (e.source === 'compose' && e.facts?.service) composeWriters.add(e.facts.service);
  for (const name of (composeImage?.facts?.dependents ?? '').split(',').filter(Boolean)) composeWriters.add(name);
  const workloadWriters = new Map<string, { ref: string; namespace?: string; replicas: number }>();
  for (const e of appEvidence) {
    const f = e.facts!;
    if (e.source !== 'kubernetes' || !f.kind || !f.name || f.kind === 'Job' || f.kind === 'CronJob' || f.kind === 'Pod') continue;
    const ref = `${f.kind.toLowerCase()}/${f.name}`;
    workloadWriters.set(`${f.namespace ?? ''}/${ref}`, { ref, ...(f.namespace ? { namespace: f.namespace } : {}), replicas: Number(f.replicas ?? '1') || 1 });
  }
  return {
    ...(tf ? { terraform: { facts: tf.facts!, path: tf.path } } : {}),
    ...(composeImage ? { compose: { service: storeService!, file: composeImage.path, facts: composeImage.facts! } } : {}),
    ...(workloadImage
      ? {
          workload: {
            kind: workloadImage.facts!.kind!,
            name: workloadImage.facts!.name!,
            ...(workloadImage.facts!.namespace ? { namespace: workloadImage.facts!.namespace } : {}),
            ...(workloadImage.facts!.labels ? { labels: workloadImage.facts!.labels } : {}),
            ...(workloadImage.facts!.container ? { container: workloadImage.facts!.container } : {}),
            ...(workloadImage.facts!.replicas ? { replicas: Number(workloadImage.facts!.replicas) } : {}),
            facts: workloadImage.facts!,
            path: workloadImage.path,
          },
        }
      : {}),
    ...(chart ? { chart: { chart: chart.facts!.chart!, ...(chart.facts!.alias ? { alias: chart.facts!.alias } : {}), path: chart.path } } : {}),
    ...(connectionVariable(appEvidence) ? { variable: connectionVariable(appEvidence)! } : {}),
    variables,
    composeWriters: [...composeWriters].filter((s) => s !== storeService),
    workloadWriters: [...workloadWriters.values()],
    paths: [...new Set(evidence.map((e) => e.path))],
  };
}

/** A Terraform attribute as written (`attr.multi_az`), or undefined. */
export function tfAttr(d: Deployment, name: string): string | undefined {
  return d.terraform?.facts[`attr.${name}`];
}
