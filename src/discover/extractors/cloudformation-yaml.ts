import { LineCounter, parseDocument, type Document, type Node, type Tags } from 'yaml';
import type { Signal } from '../types.js';
import { platformSignal, type PlatformSite } from './platform-config.js';
import { DUPLICATE_KEY_MESSAGE, duplicateKey } from '../../util/yaml-limits.js';
import { mapEntries, mapGet, scalarText, YAML_PARSE_OPTIONS, yamlFitsLimits } from './yaml-nodes.js';

/**
 * CloudFormation's short-form intrinsic functions (`!Ref`, `!GetAtt`, `!Sub`...), as used in
 * CloudFormation/SAM templates and the `resources:` of serverless.yml. Declared as YAML custom
 * tags so they parse cleanly: each can tag a scalar (`!Ref Queue`), a sequence
 * (`!Join ['', [...]]`) or a mapping (`!Transform {...}`). Values are kept as written; nothing
 * here evaluates them.
 */
const INTRINSICS = [
  'And', 'Base64', 'Cidr', 'Condition', 'Equals', 'FindInMap', 'GetAZs', 'GetAtt', 'If', 'ImportValue',
  'Join', 'Length', 'Not', 'Or', 'Ref', 'Select', 'Split', 'Sub', 'ToJsonString', 'Transform',
];

export const CLOUDFORMATION_TAGS: Tags = INTRINSICS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => value },
  { tag: `!${name}`, collection: 'seq' as const },
  { tag: `!${name}`, collection: 'map' as const },
]);

export interface CloudFormationYaml {
  doc: Document | undefined;
  lineOf(node: Node | null | undefined): number;
}

/** Parses one YAML document that may use intrinsic tags; a syntax error is reported with its line. */
export function parseCloudFormationYaml(text: string, warn: (message: string, line?: number) => void): CloudFormationYaml {
  const lineCounter = new LineCounter();
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  if (!yamlFitsLimits(text, warn)) return { doc: undefined, lineOf };
  const doc = parseDocument(text, { lineCounter, customTags: CLOUDFORMATION_TAGS, ...YAML_PARSE_OPTIONS });
  const error = doc.errors[0];
  if (error) {
    // The message ends with an excerpt of the file (values too): keep its first line only.
    warn(`invalid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, error.linePos?.[0]?.line);
    return { doc: undefined, lineOf };
  }
  const duplicate = duplicateKey(doc);
  if (duplicate) {
    warn(`invalid YAML: ${DUPLICATE_KEY_MESSAGE}`, lineOf(duplicate));
    return { doc: undefined, lineOf };
  }
  return { doc: doc as Document, lineOf };
}

/**
 * Each resource of a CloudFormation `Resources` mapping as a platform signal `cfn:<Type>`
 * (`cfn:AWS::SQS::Queue`) at the line of its `Type`. Shared by CloudFormation/SAM templates
 * and serverless.yml, whose `resources:` are CloudFormation.
 */
export function cloudFormationResourceSignals(resources: Node | undefined, doc: Document, lineOf: (node: Node | null | undefined) => number, site: PlatformSite): Signal[] {
  const signals: Signal[] = [];
  for (const [logicalId, resource] of mapEntries(resources, doc)) {
    const typeNode = mapGet(resource, 'Type', doc);
    const type = scalarText(typeNode, doc);
    // Resource types are `Vendor::Service::Resource` (`Custom::Name` for custom resources).
    if (!type || !type.includes('::')) continue;
    signals.push(platformSignal(site, `cfn:${type}`, lineOf(typeNode), `resource "${logicalId}" ${type}`));
  }
  return signals;
}
