import { isMap } from 'yaml';
import type { Extractor } from '../types.js';
import { cloudFormationResourceSignals, parseCloudFormationYaml } from './cloudformation-yaml.js';
import { lowerName } from './paths.js';
import { platformSite } from './platform-config.js';
import { mapGet } from './yaml-nodes.js';

/**
 * CloudFormation and SAM templates on their own (not inside serverless.yml): each resource
 * becomes a platform signal `cfn:<Type>`, which the catalog maps (`cfn:AWS::DynamoDB::Table`).
 *
 * Claimed by name, since a template has no fixed one: SAM's `template.yaml`, `*.template`,
 * `*.template.{yaml,yml,json}`, `*.cfn.{yaml,yml,json}`, and any YAML/JSON file in a folder named
 * `cloudformation`, `cfn` or `sam`. A claimed file counts only when its content says it is a
 * template (`AWSTemplateFormatVersion`, the SAM transform, or `AWS::` resource types), so a
 * `template.yaml` of another tool is passed over without a warning. JSON templates are read
 * with the same YAML parser (YAML 1.2 reads JSON).
 */

const TEMPLATE_NAME = /^(?:template\.(?:ya?ml|json)|.+\.template(?:\.(?:ya?ml|json))?|.+[.-]cfn\.(?:ya?ml|json))$/;
const TEMPLATE_FOLDERS = new Set(['cloudformation', 'cfn', 'sam']);
/** What only a CloudFormation template says. */
const TEMPLATE_MARKERS = /AWSTemplateFormatVersion|AWS::Serverless-2016-10-31|Type["']?\s*:\s*["']?AWS::/;

export function isCloudFormationCandidate(path: string): boolean {
  const name = lowerName(path);
  if (TEMPLATE_NAME.test(name)) return true;
  if (!/\.(?:ya?ml|json)$/.test(name)) return false;
  return path.toLowerCase().split('/').slice(0, -1).some((folder) => TEMPLATE_FOLDERS.has(folder));
}

export const cloudFormationTemplate: Extractor = {
  id: 'cloudformation',
  claimsName: (name) => /\.(?:ya?ml|json|template)$/i.test(name),
  matches: isCloudFormationCandidate,
  extract({ path, text, warn }) {
    if (!TEMPLATE_MARKERS.test(text)) return [];
    const { doc, lineOf } = parseCloudFormationYaml(text, warn);
    if (!doc || !isMap(doc.contents)) return [];
    const resources = mapGet(doc.contents, 'Resources', doc);
    // A template must have a Resources mapping; without one this is some other file that mentions AWS.
    if (!isMap(resources)) return [];
    return cloudFormationResourceSignals(resources, doc, lineOf, platformSite(path, 'cloudformation'));
  },
};
