import { afterAll, describe, expect, it } from 'vitest';
import { helmChart, isDependencyEnabled } from '../src/discover/extractors/helm-chart.js';
import { helmValues } from '../src/discover/extractors/helm-values.js';
import { brief, extractOne } from './helpers/extract.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

const CHART = [
  'apiVersion: v2',
  'name: shop',
  'version: 1.2.0',
  'dependencies:',
  '  - name: postgresql',
  '    version: 15.5.0',
  '    repository: oci://registry-1.docker.io/bitnamicharts',
  '    condition: postgresql.enabled',
  '  - name: redis',
  '    version: 19.0.0',
  '    repository: oci://registry-1.docker.io/bitnamicharts',
  '    condition: redis.enabled',
].join('\n');

describe('Helm charts', () => {
  it('emits enabled chart dependencies and drops the ones values.yaml switches off', async () => {
    const result = await scanFiles({
      'deploy/shop/Chart.yaml': CHART,
      'deploy/shop/values.yaml': [
        'image:',
        '  repository: ghcr.io/acme/shop',
        '  tag: "1.2.0"',
        'postgresql:',
        '  enabled: true',
        'redis:',
        '  enabled: false',
        '  image:',
        '    registry: docker.io',
        '    repository: bitnami/redis',
        '    tag: 7.2.4',
      ].join('\n'),
    });
    expect(result.warnings).toEqual([]);
    expect(evidenceById(result)).toEqual({ postgresql: ['deploy/shop/Chart.yaml:5'] });
    expect(result.dependencies[0]!.evidence[0]!.detail).toBe('dependency "postgresql" 15.5.0 (condition postgresql.enabled)');
  });

  it('keeps every dependency when there is no values.yaml, and reads values images of a chart', async () => {
    const result = await scanFiles({
      'charts/shop/Chart.yaml': CHART,
      'charts/shop/values-prod.yaml': 'cache:\n  image: "redis:7.2"\n',
      // Same file name with no chart beside it and outside chart folders: not Helm.
      'config/values.yaml': 'image: postgres:16\n',
    });
    expect(evidenceById(result)).toEqual({
      postgresql: ['charts/shop/Chart.yaml:5'],
      redis: ['charts/shop/Chart.yaml:9', 'charts/shop/values-prod.yaml:2'],
    });
  });

  it('applies Helm condition and tag rules', () => {
    const values = { db: { enabled: false }, global: { db: { enabled: true } }, tags: { backend: false, cache: true } };
    expect(isDependencyEnabled('missing.enabled,db.enabled', [], values)).toBe(false);
    expect(isDependencyEnabled('global.db.enabled,db.enabled', [], values)).toBe(true);
    expect(isDependencyEnabled(undefined, ['backend'], values)).toBe(false);
    expect(isDependencyEnabled(undefined, ['backend', 'cache'], values)).toBe(true);
    expect(isDependencyEnabled('nowhere.enabled', ['unknown'], values)).toBe(true);
  });

  it('reads values image maps and strings with registry, tag and dev scope', async () => {
    const { signals, warnings } = await extractOne(helmValues, 'helm/values.yaml', [
      'image:',
      '  registry: registry.example.com',
      '  repository: acme/api',
      '  tag: 2.0.0',
      'postgresql:',
      '  image:',
      '    registry: docker.io',
      '    repository: bitnami/postgresql',
      '    tag: 16.2.0',
      'sidecars:',
      '  - name: mail',
      '    image: mailhog/mailhog:v1.0.1',
      'metrics:',
      '  enabled: false',
      '  exporterImage: bitnami/redis-exporter:1',
      'initImage: "{{ .Values.global.image }}"',
      'featureImage: true',
    ].join('\n'));
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual(['image:acme/api@3', 'image:bitnami/postgresql@8', 'image:mailhog/mailhog@12/dev']);
    expect(signals.map((s) => s.version)).toEqual(['2.0.0', '16.2.0', 'v1.0.1']);
    expect(signals[1]!.detail).toBe('values postgresql.image bitnami/postgresql:16.2.0');
  });

  it('treats values for CI and dev as dev scope', async () => {
    const { signals } = await extractOne(helmValues, 'charts/shop/ci/test-values.yaml', 'image: postgres:16\n');
    expect(brief(signals)).toEqual(['image:postgres@1/dev']);
  });

  it('warns with file and line on malformed Chart.yaml and values.yaml', async () => {
    const result = await scanFiles({
      'charts/a/Chart.yaml': 'apiVersion: v2\nname: a\ndependencies:\n  - name: redis\n   version: [\n',
      'charts/b/Chart.yaml': 'apiVersion: v2\nname: b\ndependencies:\n  - name: postgresql\n',
      'charts/b/values.yaml': 'postgresql:\n  enabled: true\n  enabled: false\n',
    });
    expect(result.warnings.map((w) => `${w.path}:${w.line}`)).toEqual(['charts/a/Chart.yaml:5', 'charts/b/values.yaml:3']);
    expect(result.warnings[1]!.message).toBe('invalid YAML: Map keys must be unique');
    // An unreadable values.yaml switches nothing off.
    expect(evidenceById(result)).toEqual({ postgresql: ['charts/b/Chart.yaml:4'] });
  });

  it('reads Helm 2 requirements.yaml and follows an alias with its condition', async () => {
    const { signals } = await extractOne(
      helmChart,
      'chart/requirements.yaml',
      'dependencies:\n  - name: redis\n    version: 17.0.0\n    alias: cache\n    condition: cache.enabled\n',
      { 'values.yaml': 'cache:\n  enabled: true\n' },
    );
    expect(brief(signals)).toEqual(['helm-chart:redis@2']);
    expect(signals[0]!.detail).toBe('dependency "redis" 17.0.0 as "cache" (condition cache.enabled)');
  });

  it('a values.yaml with an alias that has no anchor does not break the chart (found by the fuzz suite)', async () => {
    const { signals } = await extractOne(helmChart, 'charts/app/Chart.yaml', 'dependencies:\n  - name: redis\n    repository: https://charts.bitnami.com/bitnami\n', { 'values.yaml': '<<: *a\n' });
    expect(brief(signals)).toEqual(['helm-chart:redis@2']);
  });
});
