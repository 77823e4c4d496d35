import { afterAll, describe, expect, it } from 'vitest';
import { isKubernetesCandidate, kubernetesManifest } from '../src/discover/extractors/kubernetes.js';
import { brief, extractOne } from './helpers/extract.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

const STATEFULSET = [
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata:',
  '  name: db',
  'spec:',
  '  template:',
  '    spec:',
  '      initContainers:',
  '        - name: init',
  '          image: busybox:1.36',
  '      containers:',
  '        - name: postgres',
  '          image: docker.io/bitnami/postgresql:16.2.0',
  '          env:',
  '            - name: POSTGRES_PASSWORD',
  '              valueFrom: {secretKeyRef: {name: db, key: password}}',
].join('\n');

describe('Kubernetes manifests', () => {
  it('finds images and env names in workloads across documents, with lines', async () => {
    const result = await scanFiles({
      'k8s/db.yaml': STATEFULSET,
      'k8s/app.yml': [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: cfg}',
        'data:',
        '  image: redis:7',
        '---',
        'apiVersion: batch/v1',
        'kind: CronJob',
        'metadata: {name: backup}',
        'spec:',
        '  jobTemplate:',
        '    spec:',
        '      template:',
        '        spec:',
        '          containers:',
        '            - name: dump',
        '              image: alpine:3',
        '              env:',
        '                - name: CACHE',
        '                  value: "redis://cache:6379/0"',
      ].join('\n'),
    });
    expect(result.warnings).toEqual([]);
    expect(evidenceById(result)).toEqual({ postgresql: ['k8s/db.yaml:13', 'k8s/db.yaml:15'], redis: ['k8s/app.yml:19'] });
    expect(JSON.stringify(result)).not.toContain('cache:6379');
  });

  it('emits operator custom resources as platform signals and ignores built-in kinds and CRDs', async () => {
    const { signals } = await extractOne(kubernetesManifest, 'deploy/operators.yaml', [
      'apiVersion: postgresql.cnpg.io/v1',
      'kind: Cluster',
      'metadata: {name: pg}',
      '---',
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata: {name: web}',
      '---',
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata: {name: kafkas.kafka.strimzi.io}',
      '---',
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: kafka.strimzi.io/v1beta2',
      '    kind: Kafka',
      '    metadata: {name: events}',
    ].join('\n'));
    expect(brief(signals)).toEqual(['platform:k8s:postgresql.cnpg.io/Cluster@2', 'platform:k8s:kafka.strimzi.io/Kafka@17']);
    expect(signals[0]!.detail).toBe('Cluster "pg" (postgresql.cnpg.io/v1)');
  });

  it('warns about a broken document with its line and keeps the others', async () => {
    const { signals, warnings } = await extractOne(kubernetesManifest, 'k8s/mixed.yaml', [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: a}',
      'spec:',
      '  containers: [{name: a, image: redis:7}]',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'spec: {containers: [',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: c}',
      'spec:',
      '  containers:',
      '    - {name: c, image: "postgres:16"}',
    ].join('\n'));
    expect(brief(signals)).toEqual(['image:redis@5', 'image:postgres@16']);
    // The parser notices the unclosed `[` where the document ends, at the next `---`.
    expect(warnings).toEqual([{ path: 'k8s/mixed.yaml', line: 10, message: 'invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]' }]);
  });

  it('skips Helm templates, dev overlays and dev helper images', async () => {
    const result = await scanFiles({
      'charts/shop/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.0.0\n',
      'charts/shop/templates/deployment.yaml': [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: {{ include "shop.fullname" . }}',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: cache',
        '          image: redis:7',
      ].join('\n'),
      'k8s/overlays/dev/redis.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: r}\nspec: {containers: [{name: r, image: redis:7}]}\n',
      'k8s/base/mail.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: m}\nspec: {containers: [{name: m, image: axllent/mailpit}]}\n',
    });
    expect(result.warnings).toEqual([]);
    expect(evidenceById(result)).toEqual({});
  });

  it('claims YAML in manifest folders or with manifest names, not every YAML of a monorepo', () => {
    const yes = ['k8s/app.yaml', 'deploy/prod/api.yml', 'infra/k8s/base/db.yaml', 'api-deployment.yaml', 'app.k8s.yml', 'charts/shop/templates/svc.yaml'];
    const no = ['openapi.yaml', 'locales/en.yml', '.github/workflows/deploy.yml', 'deploy/docker-compose.yml', 'charts/shop/Chart.yaml', 'charts/shop/values.yaml', 'k8s/README.md'];
    expect(yes.filter((p) => !isKubernetesCandidate(p))).toEqual([]);
    expect(no.filter((p) => isKubernetesCandidate(p))).toEqual([]);
  });

  it('reads nothing from YAML in a manifest folder that is not a manifest', async () => {
    const { signals, warnings } = await extractOne(kubernetesManifest, 'infra/ansible/site.yml', '- hosts: all\n  tasks:\n    - apt: {name: redis}\n  bad: [\n');
    expect(signals).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
