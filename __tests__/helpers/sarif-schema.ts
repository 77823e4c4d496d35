import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv-draft-04';

/**
 * The official SARIF 2.1.0 JSON schema (the final 2.1.0 "rtm.5" text that SchemaStore serves),
 * as Microsoft's SARIF SDK package ships it. It is never copied into this repository: the
 * devDependency @microsoft/jest-sarif brings it, and a missing one fails the test clearly.
 */
const SCHEMA_IN_PACKAGE = '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';

export interface SchemaCheck {
  valid: boolean;
  errors: string[];
}

let validator: ((log: unknown) => SchemaCheck) | undefined;

export function sarifValidator(): (log: unknown) => SchemaCheck {
  if (validator) return validator;
  const require = createRequire(import.meta.url);
  // Both are CommonJS modules that also export themselves as `default`.
  const Ajv = (require('ajv-draft-04') as typeof import('ajv-draft-04')).default;
  const addFormats = (require('ajv-formats') as typeof import('ajv-formats')).default;
  let file: string;
  try {
    file = require.resolve(SCHEMA_IN_PACKAGE);
  } catch {
    throw new Error(`The SARIF 2.1.0 schema was not found (${SCHEMA_IN_PACKAGE}): run \`npm ci\` to install the devDependency @microsoft/jest-sarif, which ships it.`);
  }
  if (!existsSync(file)) throw new Error(`The SARIF 2.1.0 schema is missing at ${file}`);
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  // The schema is draft-04 (ajv-draft-04); formats (uri, date-time) are checked, not ignored.
  // unicodeRegExp off: the schema's `language` pattern has a stray `]` that only the u flag rejects.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  validator = (log) => {
    const valid = validate(log);
    return { valid, errors: (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`) };
  };
  return validator;
}
