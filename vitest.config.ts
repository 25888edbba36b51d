import { defineConfig } from 'vitest/config';

/**
 * One test command for everything. Two projects: unit, dialog and HTTP tests run
 * in parallel; the browser tests (Agents Playground and the teams-js pages in
 * headless Chromium) run afterwards, one file at a time, so they never compete
 * with each other for the machine's two cores.
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['test/setup/cardAudit.ts'],
    reporters: ['default', './test/setup/summaryReporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit-dialog-http', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
  bench: {
    include: ['test/**/*.bench.ts'],
  },
});
