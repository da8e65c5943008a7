import type { Dataset } from './types.ts';

// A dataset read back from JSON has one region object and one period object per record, though a national dataset
// names only ~30,000 distinct regions-as-written and ~20 periods across ~216,000 records (1× synthetic scale); likewise
// one copy per record of each source, program, measure and metric id. Every Astro process of the build holds the
// whole dataset, so sharing the repeated parts saves memory in each of them (~98 MB of 224 MB at that scale).

/** Record fields whose values are flat objects that repeat across records. */
const OBJECT_FIELDS = ['region', 'period'] as const;
/** Record fields whose string values repeat across records. */
const STRING_FIELDS = ['source', 'program', 'measure', 'metric', 'status', 'evaluation'] as const;

/**
 * Makes records of `dataset` that hold equal region or period objects (the same keys in the same order, the same
 * primitive values: they print the same JSON) hold one object, and equal id strings one string. Changes the records in
 * place and returns the dataset: only for a dataset just parsed, whose parts nobody else holds. The shared objects
 * must then never be modified (the site never modifies records).
 */
export function shareRepeatedParts(dataset: Dataset): Dataset {
  const objects = new Map<string, Record<string, unknown>>();
  const strings = new Map<string, string>();
  for (const list of [dataset.figures, dataset.awards, dataset.budgets, dataset.categories]) {
    for (const record of list as unknown as Record<string, unknown>[]) {
      for (const field of OBJECT_FIELDS) {
        const value = record[field] as Record<string, unknown> | null | undefined;
        const key = value && typeof value === 'object' ? flatKey(field, value) : undefined;
        if (key === undefined) continue;
        const shared = objects.get(key);
        if (!shared) objects.set(key, value!);
        else if (sameFlat(shared, value!)) record[field] = shared;
      }
      for (const field of STRING_FIELDS) {
        const value = record[field];
        if (typeof value !== 'string') continue;
        const shared = strings.get(value);
        if (shared !== undefined) record[field] = shared;
        else strings.set(value, value);
      }
    }
  }
  return dataset;
}

/**
 * A lookup key of an object whose values are all primitives (undefined for any other object: never shared). Cheaper
 * than JSON.stringify; a key two different objects could share (a value containing the separators) is caught by
 * sameFlat before sharing.
 */
function flatKey(field: string, value: Record<string, unknown>): string | undefined {
  let key = field;
  for (const name in value) {
    const v = value[name];
    if (v !== null && typeof v === 'object') return undefined;
    key += `\u0000${name}\u0001${typeof v}\u0001${String(v)}`;
  }
  return key;
}

/** The same own keys in the same order with identical values. */
function sameFlat(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  const other = Object.keys(b);
  return keys.length === other.length && keys.every((k, i) => other[i] === k && Object.is(a[k], b[k]));
}
