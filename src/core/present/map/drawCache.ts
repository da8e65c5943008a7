// Geometry that every map of one view draws the same way, made once per topology. A build draws hundreds of national
// maps of one size (every indicator × year) and re-projected the same ~250 polygons for each: most of Astro's time
// and all of the growth with the number of indicators. Keys name everything the result depends on besides the
// topology object (layer, view, size, grid), so a hit is exactly the string a fresh draw would make.

const memo = new WeakMap<object, Map<string, unknown>>();

/** `make()` for this topology and key, computed on the first call only (results are shared: never modify them). */
export function drawnOnce<T>(topology: object, key: string, make: () => T): T {
  let byKey = memo.get(topology);
  if (!byKey) {
    byKey = new Map();
    memo.set(topology, byKey);
  }
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = make();
  byKey.set(key, value);
  return value;
}
