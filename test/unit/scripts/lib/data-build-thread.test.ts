import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataBuild } from '../../../../scripts/lib/data-build.ts';
import { runDataBuildInThread, summarise } from '../../../../scripts/lib/data-build-thread.ts';
import { AS_OF, REGIONS_DIR, hashFolder } from '../../../pipeline/support.ts';

const INPUT = join(import.meta.dirname, '..', '..', '..', 'pipeline', 'cases', 'minimal', 'input');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bokji-thread-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the full build’s data step in a worker thread', () => {
  it('answers what the same build in this thread finds, and writes the same files', async () => {
    const options = (out: string) => ({ dataDir: INPUT, outDir: join(dir, out), asOf: AS_OF, regionsDir: REGIONS_DIR });
    const here = await runDataBuild(options('here'));
    const there = await runDataBuildInThread(options('there'));
    expect(here.ok).toBe(true);
    expect(there).toEqual(summarise(here));
    expect(there.counts).toEqual({
      figures: here.dataset!.figures.length,
      awards: here.dataset!.awards.length,
      budgets: here.dataset!.budgets.length,
      sources: here.dataset!.sources.length,
    });
    expect(there.counts!.figures).toBeGreaterThan(0);
    expect(await hashFolder(join(dir, 'there'))).toEqual(await hashFolder(join(dir, 'here')));
  });

  it('brings every problem of a refused build back, with no counts and nothing written', async () => {
    const data = join(dir, 'bad');
    await cp(INPUT, data, { recursive: true });
    const file = join(data, 'figures', 'jeonnam-gidongdae.csv');
    const lines = (await readFile(file, 'utf8')).split('\n');
    // A second row with the first row's id: a duplicate id is an error.
    lines.splice(2, 0, lines[1]!);
    await writeFile(file, lines.join('\n'));
    const out = join(dir, 'bad-out');
    const summary = await runDataBuildInThread({ dataDir: data, outDir: out, asOf: AS_OF, regionsDir: REGIONS_DIR });
    expect(summary.ok).toBe(false);
    expect(summary.counts).toBeNull();
    expect(summary.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'figures/jeonnam-gidongdae.csv', line: 3 }),
    );
    await expect(readFile(join(out, 'dataset.json'))).rejects.toThrow();
  });

  it('rejects when the build itself throws, instead of hanging', async () => {
    await expect(
      runDataBuildInThread({
        dataDir: join(dir, 'missing'),
        outDir: join(dir, 'x'),
        asOf: AS_OF,
        regionsDir: join(dir, 'none'),
      }),
    ).rejects.toThrow();
  });
});
