import { parsePeriod } from '../dataset/period.ts';
import type { BudgetRecord, CategoryRecord, FigureRecord, Period, Quantity, RegionRef } from '../dataset/types.ts';
import type { Descriptor } from './descriptor.ts';
import type { ValueSpec } from './schema/values.ts';
import type { RegionFound } from './regionResolver.ts';

export type IngestedRecord = FigureRecord | BudgetRecord | CategoryRecord;

/** The status a record inherits from its source's reliability: a secondary copy stays 2차인용 on every figure. */
export function statusOf(reliability: string): string {
  return reliability === '원문' ? '확인' : reliability === '2차인용' ? '2차인용' : '미확인';
}

/**
 * `<descriptor id>-<region as written>-<period>[-<value key>]`: no line numbers, so a republished file with one row
 * inserted moves no other record's permalink. Whitespace in the written region becomes `_`.
 */
export function recordId(d: Descriptor, written: string, period: string, key: string | null): string {
  return `${d.id}-${written.replace(/\s+/g, '_')}-${period}${key ? `-${key}` : ''}`;
}

/**
 * The record id of one value column (whose key is fixed) for a region lookup's entry: made once per period and
 * written name and kept on the entry, which the resolver shares between every row of that pair. `period` is the
 * period the entry was looked up for.
 */
export function recordIdOf(d: Descriptor, key: string | null, column: number) {
  return (entry: RegionFound, period: string): string =>
    (entry.ids[column] ??= recordId(d, entry.written, period, key));
}

export interface RecordParts {
  id: string;
  ref: RegionRef;
  period: string;
  value: Quantity | string;
  origin: string;
  residual: boolean;
  status: string;
}

/** Builds one record in a fixed key order (one hidden class for all records, stable JSON). */
export function makeRecord(
  d: Descriptor,
  v: ValueSpec,
  p: RecordParts,
  periodOf: (t: string) => Period,
): IngestedRecord {
  const basis = v.basis ?? d.basis ?? null;
  const scope = p.residual ? ('residual' as const) : null;
  if (d.target === 'categories')
    return {
      id: p.id,
      region: p.ref,
      period: periodOf(p.period),
      measure: v.measure,
      category: p.value as string,
      source: d.source,
      status: p.status,
      origin: p.origin,
      basis,
    };
  const quantity = p.value as Quantity;
  if ((v.target ?? d.target) === 'budgets')
    return {
      id: p.id,
      region: p.ref,
      fiscalYear: Number(p.period.slice(0, 4)),
      measure: v.measure,
      metric: v.metric,
      quantity,
      account: v.account ?? d.account ?? null,
      stage: v.stage ?? d.stage ?? null,
      conflictsWith: [],
      source: d.source,
      quote: null,
      status: p.status,
      note: null,
      origin: p.origin,
      basis,
      scope,
    };
  return {
    id: p.id,
    program: v.program ?? d.program ?? '',
    region: p.ref,
    period: periodOf(p.period),
    measure: v.measure,
    metric: v.metric,
    quantity,
    qualifiers: v.qualifier ? v.qualifier.split('|') : [],
    conflictsWith: [],
    source: d.source,
    quote: null,
    status: p.status,
    note: null,
    origin: p.origin,
    basis,
    scope,
  };
}

/** Periods are shared between records (frozen; never mutate). */
export function periodCache(): (text: string) => Period {
  const cache = new Map<string, Period>();
  // Rows come mostly sorted by period: the previous answer is checked before the text is hashed.
  let lastText: string | null = null;
  let last: Period | undefined;
  return (text) => {
    if (text === lastText) return last!;
    let p = cache.get(text);
    if (!p) cache.set(text, (p = Object.freeze(parsePeriod(text))));
    lastText = text;
    last = p;
    return p;
  };
}
