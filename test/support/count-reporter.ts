import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one closing line `vitest: N passed, N failed, N skipped`, the form CI reads to count executed tests.
 * Skipped tests are counted so that a suite that silently skips shows it.
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      if (module.state() === 'failed' && module.children.size === 0) failed += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    // Written after Vitest's own summary so it is the last line of the output.
    setImmediate(() => process.stdout.write(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`));
  }
}
