import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactSecrets, secretKindsInCode, secretKindsInText } from '../src/lint/rules/secrets.js';
import { urlsIn } from '../src/lint/rules/urls.js';
import { useFuzzSeed } from './helpers/fuzz-seed.js';
import * as reference from './helpers/secrets-reference.js';

/**
 * The secrets rule and redactSecrets read every plan line and every report string, so their
 * patterns were rewritten to run in linear time (the credential-in-prose patterns took 130 s on
 * one line of 6,000 spaces). Two promises: on pathological lines they finish at once, and on
 * ordinary short lines they find and mask exactly what the old patterns did.
 */

/** Far above what a linear scan of these inputs needs (well under 10 ms), far below what the old patterns took. */
const BOUND_MS = 1_000;

function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

describe('pathological lines finish at once', () => {
  const pathological: Array<[string, string]> = [
    ['the issue\'s line: "Rotate the password" + 6,000 spaces + "(see vault)."', `Rotate the password${' '.repeat(6_000)}(see vault).`],
    ['the same with 12 KB of spaces', `Rotate the password${' '.repeat(12_000)}(see vault).`],
    ['tabs after a label', `TOKEN\t${'\t'.repeat(50_000)}N`],
    ['stars and spaces after a label', `password${'* '.repeat(25_000)}\``],
    ['a long run of exclamation marks as a value', `password ${'!'.repeat(50_000)}x`],
    ['JWT-shaped runs', 'eyJJe-e-y0-'.repeat(5_000)],
    ['scheme-shaped runs', `0${'+A'.repeat(25_000)}@A://:@`],
    ['many mysql words', `${'mysql-'.repeat(10_000)}`],
    ['many curl words', `${'curl\t'.repeat(10_000)}`],
    ['many redis-cli words and flags', `${'redis-cli -a '.repeat(5_000)}"`],
    ['a table delimiter of spaces', `${'\t'.repeat(20_000)}---\t${'\t'.repeat(20_000)}\t---x`],
  ];
  it.each(pathological)('%s', (_name, line) => {
    for (const fn of [(): unknown => secretKindsInText(line), (): unknown => secretKindsInCode(line), (): unknown => redactSecrets(line), (): unknown => urlsIn(line)]) {
      expect(timed(fn).ms).toBeLessThan(BOUND_MS);
    }
  });

  it('the issue\'s line is still read: the word after "password" is a sentence, not a secret', () => {
    expect(secretKindsInText(`Rotate the password${' '.repeat(6_000)}(see vault).`)).toEqual([]);
    expect(secretKindsInText(`The password${' '.repeat(6_000)}is \`Hunter2Prod!\``)).toEqual(['credential in the text']);
    expect(redactSecrets(`token:${' '.repeat(6_000)}a1B2c3D4e5`)).toBe(`token:${' '.repeat(6_000)}[redacted]`);
  });
});

/** Characters and words the patterns care about, so random lines hit their corners. */
const PIECES = [
  ' ', '  ', '\t', '*', '**', '`', ':', '=', '"', "'", ',', ';', '(', ')', '[', ']', '<', '>', '@', '/', '//', '://', '.', '-', '_', '!', '|', '\u2028',
  'is', 'was', 'password', 'Password', 'PASSWORD', 'passwd', 'pwd', 'token', 'secret', 'api key', 'api_key', 'client secret', 'passphrase',
  'Hunter2Prod', 'a1B2c3D4e5', 'hunter2', 'P@ssw0rd123', 'vault', 'kept', '$DB_PASSWORD', 'STRIPE_SECRET_KEY',
  'postgres', 'redis', 'x', '1', 'a+', 'mysql', 'mysqldump', '-p', '-psecret9', 'redis-cli', '-a', '--pass', 'curl', '-u', 'user', 'u:s3cr3tpw',
  'eyJhbGciOiJIUzI1', 'AKIAZ7Q4EXAMPLEK3Y9W', 'sk_live_51HqLyjWDarjtT1zdp7', 'Bearer', 'glpat-', 'hooks.slack.com/services/T1/B2/',
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('the rewritten patterns find and mask what the old ones did', () => {
  it('secretKindsInText, secretKindsInCode and redactSecrets agree with the old patterns on short lines', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(secretKindsInText(text)).toEqual(reference.secretKindsInText(text));
        expect(secretKindsInCode(text)).toEqual(reference.secretKindsInCode(text));
        expect(redactSecrets(text)).toBe(reference.redactSecrets(text));
      }),
      { numRuns: 20_000, seed: useFuzzSeed() },
    );
  });
});
