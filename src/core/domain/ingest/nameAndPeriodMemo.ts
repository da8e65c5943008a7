/**
 * A memo keyed by a written name and a period (a file's region lookups). The names are looked up first, in one map of
 * as many entries as the file has names, whose keys stay in the CPU's caches; under each name its periods are slots
 * of an array, numbered in the order the periods first appear. A map per period instead (one key string per period
 * and name, tens of thousands in a monthly table) made each row's lookup read memory that had gone cold. Rows are
 * mostly sorted by period, so the previous call's period is compared before this one is hashed.
 */
export function nameAndPeriodMemo<T>() {
  const byName = new Map<string, (T | undefined)[]>();
  const slots = new Map<string, number>();
  let lastPeriod: string | null = null;
  let lastSlot = -1;

  function slotOf(period: string): number {
    if (period === lastPeriod) return lastSlot;
    let slot = slots.get(period);
    if (slot === undefined) slots.set(period, (slot = slots.size));
    lastPeriod = period;
    return (lastSlot = slot);
  }

  return {
    get(name: string, period: string): T | undefined {
      return byName.get(name)?.[slotOf(period)];
    },
    set(name: string, period: string, value: T): void {
      let periods = byName.get(name);
      if (periods === undefined) byName.set(name, (periods = []));
      periods[slotOf(period)] = value;
    },
  };
}
