import { cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCacheDir } from '../../scripts/lib/render-cache.ts';
import { listFiles } from '../../scripts/lib/fs-utils.ts';
import { hashFolder } from '../pipeline/support.ts';
import { DIST, REPO } from '../support/paths.ts';
import { buildScratch, runBuild } from './support.ts';

let scratch: string | undefined;
afterAll(() => (scratch ? rm(scratch, { recursive: true, force: true }) : undefined));

// Two changes. The row bench/rebuild.ts changes: 여수시's 2016 welfare budget, so its chart, the chart's files and the
// pages showing it change. And the title of one dataset source, which every source-region page of that dataset shows.
// Every other source-region page and chart stays as it was.
const BUDGETS = join('budgets', 'press-releases.csv');
const CHANGED_CHART = 'budget-12130-welfare-budget-basis-unstated';
const SOURCES = join('sources', 'national.csv');
const CHANGED_SOURCE = 'aidpage-disabled-2024';
const TITLE = '등록장애인 현황 (시군구별) 2024-12-31';

describe('determinism and the render cache', () => {
  it('after a data change, a build reusing the render cache of dist/ equals a clean build by another number of Astro processes, byte for byte', async () => {
    scratch = await buildScratch('determinism');
    const data = join(scratch, 'data-src');
    await cp(join(REPO, 'data'), data, { recursive: true });
    const text = await readFile(join(data, BUDGETS), 'utf8');
    expect(text).toContain('"2,659억 원"');
    await writeFile(join(data, BUDGETS), text.replace('"2,659억 원"', '"2,660억 원"'));
    const sources = await readFile(join(data, SOURCES), 'utf8');
    expect(sources).toContain(`${CHANGED_SOURCE},데이터셋,${TITLE},`);
    await writeFile(join(data, SOURCES), sources.replace(`${CHANGED_SOURCE},데이터셋,${TITLE},`, `${CHANGED_SOURCE},데이터셋,${TITLE} (고침),`));

    // The warm build starts from the render cache npm test's build of dist/ left (same number of Astro processes).
    const mainCache = renderCacheDir(REPO, DIST, process.env);
    expect(mainCache, 'the build of dist/ keeps a render cache').not.toBeNull();
    const renderCache = join(scratch, 'render-cache');
    const warmDist = join(scratch, 'warm');
    const warmCache = renderCacheDir(REPO, warmDist, { BOKJI_RENDER_CACHE: renderCache })!;
    await cp(mainCache!, warmCache, { recursive: true });
    const cached = (await listFiles(warmCache)).filter((f) => /^\d+-of-\d+\/dist\//.test(f));
    expect(cached.length).toBeGreaterThan(1000);

    // Image caches: every third PNG taken out of the clean build's, so those are rendered again and must come out the
    // same, which shows the renderer deterministic without rendering every chart twice.
    const images = join(scratch, 'images');
    await cp(join(REPO, 'build', 'export-cache'), images, { recursive: true });
    await cp(images, join(scratch, 'images-warm'), { recursive: true });
    const keys = [...new Set((await readdir(images)).filter((f) => f.endsWith('.png')).map((f) => f.replace(/\.png$/, '')))].sort();
    const dropped = keys.filter((_, i) => i % 3 === 0);
    expect(dropped.length).toBeGreaterThan(10);
    for (const key of dropped) await rm(join(images, `${key}.png`), { force: true });

    const warmStart = Date.now();
    const warm = runBuild({ dist: warmDist, dataOut: join(scratch, 'warm-data'), dataSrc: data, exportCache: join(scratch, 'images-warm'), renderCache });
    expect(warm.status, warm.stderr).toBe(0);
    // Three processes, no render cache: pages fall into other shares and every static route is written three times
    // (the merge refuses differing copies).
    const clean = runBuild({ dist: join(scratch, 'clean'), dataOut: join(scratch, 'clean-data'), dataSrc: data, exportCache: images, astroProcesses: 3 });
    expect(clean.status, clean.stderr).toBe(0);

    const [a, b] = await Promise.all([hashFolder(warmDist), hashFolder(join(scratch, 'clean'))]);
    expect(Object.keys(b).length).toBeGreaterThan(0);
    expect(Object.keys({ ...a, ...b }).filter((f) => a[f] !== b[f])).toEqual([]);
    expect(await hashFolder(join(scratch, 'warm-data'))).toEqual(await hashFolder(join(scratch, 'clean-data')));

    // The warm build did reuse: Astro copies a reused output out of the cache and rewrites the cached copy of every path
    // it rendered, so copies older than the build were reused. The changed chart's files were rendered again.
    const rewritten = async (f: string) => (await stat(join(warmCache, f))).mtimeMs >= warmStart;
    const reused = (await Promise.all(cached.map(async (f) => ((await rewritten(f)) ? null : f)))).filter(Boolean);
    expect(reused.length).toBeGreaterThan(1000);
    const changed = cached.filter((f) => f.includes(`/charts/${CHANGED_CHART}`) || f.includes(`/embed/${CHANGED_CHART}/`));
    expect(changed.length).toBe(5);
    const retitled = cached.filter((f) => f.includes(`/sources/${CHANGED_SOURCE}/`));
    expect(retitled.length).toBeGreaterThan(200);
    for (const f of [...changed, ...retitled]) expect(await rewritten(f), f).toBe(true);
    const main = await readFile(join(DIST, 'charts', `${CHANGED_CHART}.csv`), 'utf8');
    const now = await readFile(join(warmDist, 'charts', `${CHANGED_CHART}.csv`), 'utf8');
    expect(main).not.toEqual(now);
  });
});
