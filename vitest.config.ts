import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // End-to-end suites spawn the bundle and git; two cores, so keep workers modest.
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', './scripts/plain-summary-reporter.ts'],
  },
});
