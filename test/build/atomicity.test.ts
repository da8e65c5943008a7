import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashFolder } from '../pipeline/support.ts';
import { DATA_OUT, DIST, REPO } from '../support/paths.ts';
import { buildScratch, runBuild } from './support.ts';

let scratch: string;
let small: string;
let cache: string;
let before: { dist: Record<string, string>; data: Record<string, string> };

beforeAll(async () => {
  // A copy of the last good build plays "the previous output" that a failed build must not touch.
  scratch = await buildScratch('atomic');
  await cp(DIST, join(scratch, 'dist'), { recursive: true });
  await cp(DATA_OUT, join(scratch, 'data'), { recursive: true });
  // The failing builds read the bundled data without the national files (data/published/): what a failure leaves
  // behind does not depend on how many pages there are, and the build takes a third of the time.
  cache = join(scratch, 'export-cache');
  await cp(join(REPO, 'build', 'export-cache'), cache, { recursive: true });
  small = join(scratch, 'small-data');
  await cp(join(REPO, 'data'), small, { recursive: true, filter: (f) => !f.startsWith(join(REPO, 'data', 'published')) });
  before = { dist: await hashFolder(join(scratch, 'dist')), data: await hashFolder(join(scratch, 'data')) };
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function expectUntouched(): Promise<void> {
  expect(await hashFolder(join(scratch, 'dist'))).toEqual(before.dist);
  expect(await hashFolder(join(scratch, 'data'))).toEqual(before.data);
}

describe('atomicity: a failed build leaves the previous dist/ and data exactly as they were', () => {
  // Data (first: only staged data exists) and search (last: a complete staged site and data exist). The steps between
  // leave a subset of the latter behind, cleaned up by the same code.
  for (const step of ['data', 'search']) {
    it(`failure injected after the "${step}" step`, async () => {
      // A copy of the main build's image cache: this test is about what a failure leaves behind, not about rendering
      // (and a build prunes its cache to the charts it made, which must not empty the main one).
      const run = runBuild({
        dist: join(scratch, 'dist'),
        dataOut: join(scratch, 'data'),
        dataSrc: small,
        inject: step,
        exportCache: cache,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`Injected failure after step "${step}"`);
      await expectUntouched();
    });
  }

  it('bad data stops the build before anything is written', async () => {
    const data = join(scratch, 'bad-data');
    await cp(small, data, { recursive: true });
    await writeFile(join(data, 'figures', 'jeonnam-gidongdae.csv'), 'id,region\nbroken', { flag: 'a' });
    const run = runBuild({ dist: join(scratch, 'dist'), dataOut: join(scratch, 'data'), dataSrc: data });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('figures/jeonnam-gidongdae.csv');
    expect(run.stderr).toContain('The previous dist/ is untouched.');
    await expectUntouched();
  });
});
