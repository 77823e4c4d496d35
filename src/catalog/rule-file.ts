import * as yaml from 'yaml';
import { ruleFromYaml } from './load.js';
import type { Rule } from './types.js';

/**
 * Parses one user rule file (YAML); throws RuleError naming the file and line of what is wrong.
 * Apart from load.ts so that the YAML library loads only when there are user rules to read.
 */
export function parseRule(text: string, file: string): Rule | { disabled: string } {
  return ruleFromYaml(yaml, text, file);
}
