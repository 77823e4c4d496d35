/**
 * Hostile file contents, generated at test time so no big or strange file is committed to
 * this repository. Each one is what an attacker, a broken tool or a careless commit could put
 * in a repository Paramedic scans.
 */

/**
 * "Billion laughs" for YAML: each level is a list of `width` aliases to the level below, so a
 * reader that expands aliases builds width^levels strings from a file of a few hundred bytes.
 * The bomb sits in a compose service's environment, where the extractor looks.
 */
export function yamlAliasBomb(levels = 9, width = 9): string {
  const out = ['x-l0: &l0 "lol"'];
  for (let level = 1; level <= levels; level++) {
    out.push(`x-l${level}: &l${level} [${Array.from({ length: width }, () => `*l${level - 1}`).join(', ')}]`);
  }
  out.push('services:', '  bomb:', '    image: busybox:1', `    environment: *l${levels}`, `    command: *l${levels}`, `    <<: *l${levels}`);
  return out.join('\n') + '\n';
}

/** JSON nested `depth` levels deep inside a package.json's dependencies (`{"a":{"a":...}}`). */
export function deeplyNestedJson(depth: number): string {
  return `{"dependencies": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
}

/**
 * A syntactically valid package.json of about `bytes` bytes: a real dependency up front, then
 * one huge string. Built as a Buffer in one allocation.
 */
export function oversizedPackageJson(bytes: number): Buffer {
  const head = Buffer.from('{\n  "dependencies": { "mongodb": "^6.0.0" },\n  "padding": "');
  const tail = Buffer.from('"\n}\n');
  const buffer = Buffer.alloc(bytes, 'a');
  head.copy(buffer, 0);
  tail.copy(buffer, bytes - tail.length);
  return buffer;
}

/** A binary blob (a compiled file or an image committed under a manifest's name) that starts like JSON. */
export function binaryManifest(): Buffer {
  return Buffer.concat([Buffer.from('{"dependencies": {"mysql2": "3"}}'), Buffer.from([0, 0, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])]);
}

/** Text with a UTF-8 byte order mark and CRLF line endings, as Windows editors save it. */
export function windowsText(lines: string[]): string {
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Real-looking secrets (none of them real): an AWS access key id, a Stripe live key, a database password. */
export const SECRETS = {
  awsKeyId: 'AKIAZ7Q4EXAMPLEK3Y9W',
  awsSecret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
  stripeKey: 'sk_live_51HqLyjWDarjtT1zdp7dcXAMPLEkey0099',
  dbPassword: 'Tr0ub4dor-3xample-pw',
} as const;
