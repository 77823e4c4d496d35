import type { Document, Node } from 'yaml';
import type { Signal } from '../types.js';
import { mapEntries } from './yaml-nodes.js';

/**
 * Annotations a cloud's own controllers read: `eks.amazonaws.com/role-arn` on a service account
 * (IAM roles for service accounts), `alb.ingress.kubernetes.io/scheme` on an ingress (the AWS Load
 * Balancer Controller), `iam.gke.io/gcp-service-account` (GKE workload identity). They only do
 * something on that cloud's clusters, so each names the cluster the workload runs on. Every
 * annotation's domain becomes a platform signal `k8s-annotation:<domain>`; the catalog says
 * which domains belong to which platform.
 */
export interface AnnotationSite {
  path: string;
  scope: 'prod' | 'dev';
  source: string;
  lineOf: (node: Node | null | undefined) => number;
  doc: Document;
}

/** The domain of a `domain/name` annotation key (`eks.amazonaws.com`), when it has one with a dot. */
function annotationDomain(key: string): string | undefined {
  const slash = key.indexOf('/');
  const domain = slash > 0 ? key.slice(0, slash) : '';
  return domain.includes('.') && /^[a-z0-9.-]+$/.test(domain) ? domain : undefined;
}

export function annotationSignals(block: Node | null | undefined, owner: string, site: AnnotationSite): Signal[] {
  const seen = new Set<string>();
  const signals: Signal[] = [];
  for (const [key, , keyNode] of mapEntries(block, site.doc)) {
    const domain = annotationDomain(key);
    if (!domain || seen.has(domain)) continue;
    seen.add(domain);
    signals.push({ kind: 'platform', name: `k8s-annotation:${domain}`, path: site.path, line: site.lineOf(keyNode), source: site.source, detail: `${owner} annotation ${key}`, scope: site.scope });
  }
  return signals;
}
