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
          // After the unit tests, before the browser tests. Two files at a time: a build's Astro step keeps one core
          // busy, so the determinism and atomicity builds overlap well on two cores.
          fileParallelism: true,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // expect.poll's default 1 s is shorter than a page's scripts can take to run while two other Chromiums and
          // axe share the two cores; CI failed twice on a poll that succeeds a moment later. A real regression still
          // fails, 15 s later.
          expect: { poll: { timeout: 15_000 } },
          // Three files at a time, each with its own Chromium: a file keeps about one core busy (axe runs on one
          // thread, and pages wait for the network to go idle), and a measured run of two at a time left the
          // two cores half idle.
          fileParallelism: true,
          maxWorkers: 3,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
