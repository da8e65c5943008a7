/**
 * One map per period text, for memos keyed by a row's period and then a name (its region, its record id): a file has
 * few periods and is mostly sorted by them, so the previous call's period is compared before this one is hashed and
 * no key string is built per row.
 */
export function periodMaps<T>(): (period: string) => Map<string, T> {
  const maps = new Map<string, Map<string, T>>();
  let lastPeriod: string | null = null;
  let last: Map<string, T> | undefined;
  return (period) => {
    if (period === lastPeriod) return last!;
    let map = maps.get(period);
    if (!map) maps.set(period, (map = new Map()));
    lastPeriod = period;
    last = map;
    return map;
  };
}
