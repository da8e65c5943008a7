import type { DatasetDeps, RegionLookup } from '../dataset/deps.ts';
import { dateEnd } from '../dataset/period.ts';
import type { RegionRef, SourceRecord } from '../dataset/types.ts';
import type { Descriptor } from './descriptor.ts';

/**
 * Region lookups of one file, memoised by written name and date: results are shared between records. With
 * `repeatedRows.districts: "city"` a row naming a 일반구 is read as its 시 (the notation as written is kept).
 */
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
      const city =
        lookup.ok && d.repeatedRows?.districts === 'city' ? deps.cityOf(lookup.ref.code, lookup.ref.asOf) : null;
      // The 시 must exist on the row's own date: a 구 name found only on the source's date (창원 구 rows for 2005,
      // before the 2010 통합) must not put an older unit's figure on today's 시.
      const up = city === null ? lookup : deps.resolveRegion(city, [date]);
      found = up.ok ? Object.freeze({ written, ...up.ref }) : up;
      regionCache.set(key, found);
    }
    return { written, found };
  };
}
