import { cp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashFolder } from '../pipeline/support.ts';
import { DATA_OUT, DIST, REPO } from '../support/paths.ts';
import { buildScratch, runBuild } from './support.ts';

let scratch: string | undefined;
afterAll(() => (scratch ? rm(scratch, { recursive: true, force: true }) : undefined));

describe('determinism', () => {
  it('a second build of the same input, rendered by another number of Astro processes, is byte-identical to dist/ and build/data/ (every file hashed)', async () => {
    scratch = await buildScratch('determinism');
    // The image cache of the build under test, with every third chart taken out: those PNGs are rendered again and
    // must come out byte for byte the same, which shows the renderer deterministic without rendering every chart twice.
    const cache = join(scratch, 'cache');
    await cp(join(REPO, 'build', 'export-cache'), cache, { recursive: true });
    const keys = [...new Set((await readdir(cache)).filter((f) => f.endsWith('.png')).map((f) => f.replace(/\.png$/, '')))].sort();
    const dropped = keys.filter((_, i) => i % 3 === 0);
    expect(dropped.length).toBeGreaterThan(10);
    for (const key of dropped) await rm(join(cache, `${key}.png`), { force: true });
    // dist/ was rendered by one Astro process per core (up to four); three here, so pages fall into other shares and
    // every static route is written three times: the merge refuses differing copies, and the hashes below must agree.
    const run = runBuild({ dist: join(scratch, 'dist'), dataOut: join(scratch, 'data'), exportCache: cache, astroProcesses: 3 });
    expect(run.status, run.stderr).toBe(0);
    const [a, b] = await Promise.all([hashFolder(DIST), hashFolder(join(scratch, 'dist'))]);
    expect(Object.keys(b).length).toBeGreaterThan(0);
    const differing = Object.keys({ ...a, ...b }).filter((f) => a[f] !== b[f]);
    expect(differing).toEqual([]);
    expect(await hashFolder(join(scratch, 'data'))).toEqual(await hashFolder(DATA_OUT));
  });
});
