import type { DatasetDeps, RegionLookup } from '../dataset/deps.ts';
import { dateEnd } from '../dataset/period.ts';
import type { RegionRef, SourceRecord } from '../dataset/types.ts';
import type { Descriptor } from './descriptor.ts';

/** Region lookups of one file, memoised by written name and date: results are shared between records. */
export function createRegionResolver(d: Descriptor, deps: DatasetDeps, source: SourceRecord) {
  const regionCache = new Map<string, RegionRef | Extract<RegionLookup, { ok: false }>>();
  const sourceDay = source.published ? dateEnd(source.published) : null;
  return function region(
    cells: string[],
    period: string,
    index: (name: string) => number,
  ): { written: string; found: RegionRef | Extract<RegionLookup, { ok: false }> } {
    const [sido, name] = d.region.columns
      ? d.region.columns.map((c) => (cells[index(c)] ?? '').trim())
      : ['', (cells[index(d.region.column ?? '')] ?? '').trim()];
    const written = sido ? `${sido} ${name}` : (name ?? '');
    const date = d.region.date ?? dateEnd(period);
    const key = `${written}|${date}`;
    let found = regionCache.get(key);
    if (!found) {
      const dates = d.region.date || !sourceDay || d.region.codeVintage ? [date] : [date, sourceDay];
      const lookup = deps.resolveRegion(name ?? '', dates, {
        ...(sido ? { sido } : {}),
        ...(d.region.codeVintage ? { vintage: d.region.codeVintage } : {}),
      });
      found = lookup.ok ? Object.freeze({ written, ...lookup.ref }) : lookup;
      regionCache.set(key, found);
    }
    return { written, found };
  };
}
