import fc from 'fast-check';

/**
 * Property tests are reproducible by default, so a CI run never fails on an input the
 * previous run did not try. `FUZZ_SEED=random` (npm run fuzz) explores new inputs; any
 * failure prints its seed, and `FUZZ_SEED=<seed>` replays it.
 */
export function useFuzzSeed(): number {
  const seed = process.env.FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? 20261123);
  fc.configureGlobal({ seed });
  return seed;
}
