import { isMap, type Document, type Node } from 'yaml';
import { posix } from 'node:path';
import type { ExtractInput, Extractor, Signal } from '../types.js';
import { cloudFormationResourceSignals, parseCloudFormationYaml } from './cloudformation-yaml.js';
import { lowerName } from './paths.js';
import { envSignals, platformSite, type PlatformSite } from './platform-config.js';
import { mapEntries, mapGet, mapPath, scalarText, seqItems } from './yaml-nodes.js';

type LineOf = (node: Node | null | undefined) => number;

/**
 * Serverless Framework `serverless.yml`: the variable names it sets (`provider.environment`
 * for every function, `functions.<name>.environment` for one), and each CloudFormation resource
 * it declares under `resources.Resources` as a platform signal `cfn:<Type>`
 * (`cfn:AWS::SQS::Queue`), at the line of its `Type`. `resources` may also be a list of such
 * blocks, and an item that is a `${file(resources/table.yml)}` reference is read from that file
 * (inside the repository only), its resources reported at their lines there.
 */

/** `${file(./resources/dynamodb.yml)}`, optionally with a `:property` selector after the path. */
const FILE_REFERENCE = /^\$\{file\(([^)]+)\)(?::[\w.]+)?\}$/;
export const serverlessYml: Extractor = {
  id: 'serverless',
  claimsName: (name) => /^serverless\.ya?ml$/i.test(name),
  matches: (path) => lowerName(path) === 'serverless.yml' || lowerName(path) === 'serverless.yaml',
  async extract({ path, text, warn, readSibling }) {
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
      const reference = FILE_REFERENCE.exec(scalarText(block, doc)?.trim() ?? '');
      if (reference) signals.push(...(await referencedResources(reference[1]!.trim(), path, readSibling, warn)));
      else signals.push(...cloudFormationResourceSignals(mapGet(block, 'Resources', doc), doc, lineOf, site));
    }
    return signals;
  },
};

function environmentSignals(node: Node | undefined, doc: Document, lineOf: LineOf, site: PlatformSite, context: string): Signal[] {
  return mapEntries(node, doc).flatMap(([name, value, keyNode]) => envSignals(site, name, scalarText(value, doc), lineOf(keyNode), context));
}

/** The resources of a file that serverless.yml includes, as signals of that file. */
async function referencedResources(relPath: string, fromPath: string, readSibling: ExtractInput['readSibling'], warn: ExtractInput['warn']): Promise<Signal[]> {
  const text = await readSibling?.(relPath);
  if (text === undefined) return [];
  const target = posix.normalize(posix.join(posix.dirname(fromPath), relPath));
  const parsed = parseCloudFormationYaml(text, (message, line) => warn(`${target}: ${message}`, line));
  if (!parsed.doc) return [];
  return cloudFormationResourceSignals(mapGet(parsed.doc.contents, 'Resources', parsed.doc), parsed.doc, parsed.lineOf, platformSite(target, 'serverless'));
}
