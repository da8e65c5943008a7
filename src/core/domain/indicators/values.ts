import type { Dataset } from '../dataset/types.ts';
import type { RegionEntry } from '../../site/siteData.ts';
import type { Indicator } from './schema.ts';
import { observe, type Cite, type Observation } from './observe.ts';

/** One indicator's value for one region and year; rates carry both sides, each with its own records and date. */
export interface IndicatorValue extends Observation {
  indicator: string;
  numerator: Observation | null;
  denominator: Observation | null;
}

export interface IndicatorValues {
  indicator: Indicator;
  values: IndicatorValue[];
  /** Years with at least one value, ascending (derived from the data, never typed). */
  years: number[];
  conflicts: Array<{ identity: string; date: string; records: Cite[] }>;
}

const dayDistance = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`));

/**
 * Values of one indicator for every region and year the records allow. A rate divides the numerator by the
 * denominator of the same region with the nearest reference date (e.g. 2025-12-31 수급권자 ÷ 2026-08-31 인구); a region
 * without both sides has no rate.
 */
export function indicatorValues(
  dataset: Dataset,
  regions: readonly RegionEntry[],
  indicator: Indicator,
): IndicatorValues {
  const additive = indicator.numerator.table === 'figures' && (indicator.kind === 'count' || indicator.kind === 'rate');
  const num = observe(dataset, regions, indicator.numerator, additive);
  const conflicts = [...num.conflicts];
  let values: IndicatorValue[];
  if (indicator.denominator === null) {
    values = num.observations.map((o) => ({ ...o, indicator: indicator.id, numerator: null, denominator: null }));
  } else {
    const { per } = indicator.denominator;
    const den = observe(dataset, regions, indicator.denominator, true);
    conflicts.push(...den.conflicts);
    const byIdentity = new Map<string, Observation[]>();
    for (const o of den.observations) byIdentity.set(o.identity, [...(byIdentity.get(o.identity) ?? []), o]);
    values = num.observations.flatMap((n) => {
      const d = [...(byIdentity.get(n.identity) ?? [])].sort(
        (a, b) => dayDistance(a.date, n.date) - dayDistance(b.date, n.date) || a.date.localeCompare(b.date),
      )[0];
      if (!d || d.value === null || d.value <= 0 || n.value === null) return [];
      return [
        {
          ...n,
          indicator: indicator.id,
          value: (n.value / d.value) * per,
          written: null,
          records: [...n.records, ...d.records],
          summed: null,
          numerator: n,
          denominator: d,
        },
      ];
    });
  }
  const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
  return { indicator, values, years, conflicts };
}

/** "2025-12-31 수급권자 ÷ 2026-08-31 인구": the dates of both sides, said plainly when they differ. */
export function dateMismatch(v: IndicatorValue, numeratorLabel: string, denominatorLabel: string): string | null {
  if (!v.numerator || !v.denominator) return null;
  const same = v.numerator.date === v.denominator.date;
  return `${v.numerator.date} ${numeratorLabel} ÷ ${v.denominator.date} ${denominatorLabel}${same ? '' : ' (기준일이 다름)'}`;
}
