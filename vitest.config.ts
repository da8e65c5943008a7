import { defineConfig } from 'vitest/config';
import CountReporter from './test/support/count-reporter.ts';

// Three kinds of tests, one run: pure-core unit and snapshot tests, pipeline tests (folders in, folders out),
// and browser tests against the built dist/ in Debian's Chromium. `npm test` builds before it runs them.
export default defineConfig({
  test: {
    reporters: ['default', new CountReporter()],
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['test/unit/**/*.test.ts', 'test/snapshot/**/*.test.ts', 'test/pipeline/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts', 'test/site/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Full builds take both cores: run after the unit tests, before the browser tests.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time, each with its own Chromium: a page under axe keeps one core busy, and the machines
          // have two.
          fileParallelism: true,
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
