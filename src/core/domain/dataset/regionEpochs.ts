import { addDays, isIsoDate } from '../regions/dates.ts';
import type { RegionRegistry } from '../regions/types.ts';
import type { RegionLookup, ResolveHints } from './deps.ts';

type Resolve = (written: string, dates: readonly string[], hints?: ResolveHints) => RegionLookup;
type Found = Extract<RegionLookup, { ok: true }>['ref'];

/** Resolved names remembered; a build names a few thousand, this bounds a pathological one. */
const LIMIT = 50_000;

/**
 * Region lookups of names memoised per registry epoch. Between two days on which some unit begins or ends, or some
 * change takes effect, the registry reads the same, so a name resolves to the same unit on every day of the span;
 * only `asOf` (the day tried) differs, and it is put back. A monthly table names each 시군구 on 240 month-ends that
 * fall in a few dozen epochs, and the name search, candidate sorting and date checks were a tenth of ingesting it.
 * Only successes of names are kept: refusals quote the day, codes go through crosswalk and vintage rules, and a
 * `vintage` hint or no date at all take other paths. A property test holds this equal to the plain lookup.
 */
export function memoByEpoch(registry: RegionRegistry, resolve: Resolve): Resolve {
  const bounds = [
    ...new Set([
      ...registry.regions.flatMap((r) => [r.validFrom, r.validTo === null ? null : addDays(r.validTo, 1)]),
      ...registry.changes.map((c) => c.date),
    ]),
  ]
    .filter((d): d is string => d !== null)
    .sort();
  const epochs = new Map<string, number>(); // per day: how many bounds are on or before it; -1 when no real day
  const epochOf = (date: string): number => {
    let e = epochs.get(date);
    if (e === undefined) {
      e = -1;
      if (isIsoDate(date)) {
        let lo = 0;
        let hi = bounds.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (bounds[mid]! <= date) lo = mid + 1;
          else hi = mid;
        }
        e = lo;
      }
      epochs.set(date, e);
    }
    return e;
  };
  // Per key: the index of the day that resolved and the unit found (without asOf).
  const found = new Map<string, { at: number; ref: Found }>();

  return (written, dates, hints = {}) => {
    if (hints.vintage || dates.length === 0 || /\d/.test(written)) return resolve(written, dates, hints);
    let key = `${hints.sido ?? ''}\u0000${written}`;
    for (const d of dates) {
      const e = epochOf(d);
      if (e < 0) return resolve(written, dates, hints); // the plain lookup says what is wrong with the day
      key += `\u0000${e}`;
    }
    const hit = found.get(key);
    if (hit) return { ok: true, ref: { ...hit.ref, asOf: dates[hit.at]! } };
    const lookup = resolve(written, dates, hints);
    if (lookup.ok) {
      const at = dates.indexOf(lookup.ref.asOf);
      if (at >= 0) {
        if (found.size >= LIMIT) found.clear();
        found.set(key, { at, ref: { ...lookup.ref } }); // a copy: callers own what they are given
      }
    }
    return lookup;
  };
}
