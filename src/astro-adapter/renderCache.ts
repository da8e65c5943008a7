import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteData, siteIndex } from './data.ts';
import { siteLocation } from './site.ts';
import type { Chart } from '../core/present/charts/chartModel.ts';

// Astro's incremental build (experimental.incrementalBuild, on when scripts/build.ts gives a cache folder in
// BOKJI_RENDER_CACHE_DIR) reuses a path's output from the previous build when its page code is unchanged (Astro hashes
// the module graph, CSS included) and the path's `cacheKey` is the same. Data comes from files Astro does not see, so
// the key must hold everything a path renders from; the routes keyed here render only from the parts they pass plus
// the inputs every page shares (below). test/build/determinism.test.ts rebuilds after a data change from a warm cache
// and must match a clean build byte for byte.

/** Files the pages read at render time besides the built data: site address, English names, data version. */
const SHARED_FILES = [
  'site.config.json',
  'data/english/names.csv',
  'data/english/figure-scope.csv',
  'data/VERSION.json',
];

let shared: string | undefined;

/** The inputs every page shares: the files above, the resolved site address, every region identity, data date. */
function sharedKey(): string {
  if (shared === undefined) {
    const hash = createHash('sha256');
    for (const file of SHARED_FILES) hash.update(readFileSync(join(process.cwd(), file))).update('\0');
    hash.update(JSON.stringify([siteLocation(), siteData().regions, siteIndex().dataAsOf]));
    shared = hash.digest('hex');
  }
  return shared;
}

/** Whether this build keeps a render cache (without one, computing keys would be wasted work). */
export const renderCacheOn = (): boolean => Boolean(process.env.BOKJI_RENDER_CACHE_DIR);

/** A path's cacheKey: the shared inputs and `parts` (plain data: JSON is what is compared). */
export function renderKey(parts: unknown): string {
  return createHash('sha256').update(sharedKey()).update(JSON.stringify(parts)).digest('hex');
}

/** `paths` with a cacheKey each when the build keeps a render cache; unchanged otherwise. */
export function withRenderKeys<T extends object>(
  paths: T[],
  key: (path: T) => string,
): Array<T & { cacheKey?: string }> {
  return renderCacheOn() ? paths.map((p) => ({ ...p, cacheKey: key(p) })) : paths;
}

const chartKeys = new Map<string, string>();

/**
 * The key of a chart's embed frame and export files: the chart as drawn (its SVGs, rows, notes …) and the documents it
 * cites. Made once per chart: five paths share it.
 */
export function chartRenderKey(chart: Chart): string {
  let key = chartKeys.get(chart.id);
  if (key === undefined) {
    const { sources } = siteIndex();
    key = renderKey([chart, chart.sourceIds.map((id) => sources.get(id) ?? null)]);
    chartKeys.set(chart.id, key);
  }
  return key;
}
