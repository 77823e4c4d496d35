import { isMap, type Document, type Node } from 'yaml';
import type { Extractor, Signal } from '../types.js';
import { parseCloudFormationYaml } from './cloudformation-yaml.js';
import { lowerName } from './paths.js';
import { envSignals, platformSignal, platformSite, type PlatformSite } from './platform-config.js';
import { mapEntries, mapGet, mapPath, scalarText, seqItems } from './yaml-nodes.js';

type LineOf = (node: Node | null | undefined) => number;

/**
 * Serverless Framework `serverless.yml`: the variable names it sets (`provider.environment`
 * for every function, `functions.<name>.environment` for one), and each CloudFormation resource
 * it declares under `resources.Resources` as a platform signal `cfn:<Type>`
 * (`cfn:AWS::SQS::Queue`), at the line of its `Type`. `resources` may also be a list of such
 * blocks; list items that are `${file(...)}` references are not followed.
 */
export const serverlessYml: Extractor = {
  id: 'serverless',
  matches: (path) => lowerName(path) === 'serverless.yml' || lowerName(path) === 'serverless.yaml',
  extract({ path, text, warn }) {
    const { doc, lineOf } = parseCloudFormationYaml(text, warn);
    if (!doc || doc.contents === null) return [];
    if (!isMap(doc.contents)) {
      warn('serverless.yml is a YAML mapping', lineOf(doc.contents));
      return [];
    }
    const site = platformSite(path, 'serverless');
    const signals: Signal[] = [];
    signals.push(...environmentSignals(mapPath(doc.contents, ['provider', 'environment'], doc), doc, lineOf, site, 'provider.environment'));
    for (const [name, fn] of mapEntries(mapGet(doc.contents, 'functions', doc), doc)) {
      signals.push(...environmentSignals(mapGet(fn, 'environment', doc), doc, lineOf, site, `function "${name}" environment`));
    }
    const resources = mapGet(doc.contents, 'resources', doc);
    const blocks = isMap(resources) ? [resources] : seqItems(resources, doc);
    for (const block of blocks) {
      for (const [logicalId, resource] of mapEntries(mapGet(block, 'Resources', doc), doc)) {
        const typeNode = mapGet(resource, 'Type', doc);
        const type = scalarText(typeNode, doc);
        // Resource types are `Vendor::Service::Resource` (`Custom::Name` for custom resources).
        if (!type || !type.includes('::')) continue;
        signals.push(platformSignal(site, `cfn:${type}`, lineOf(typeNode), `resource "${logicalId}" ${type}`));
      }
    }
    return signals;
  },
};

function environmentSignals(node: Node | undefined, doc: Document, lineOf: LineOf, site: PlatformSite, context: string): Signal[] {
  return mapEntries(node, doc).flatMap(([name, value, keyNode]) => envSignals(site, name, scalarText(value, doc), lineOf(keyNode), context));
}
