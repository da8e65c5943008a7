import type { Dataset } from '../../domain/dataset/types.ts';
import type { Indicator } from '../../domain/indicators/schema.ts';
import { summariseYear, type YearSummary } from '../../domain/indicators/stats.ts';
import { indicatorValues, type IndicatorValue } from '../../domain/indicators/values.ts';
import type { RegionEntry } from '../../site/siteData.ts';

/** One indicator with all its values, its years and each year's ranks and medians. */
export interface NationalIndicator {
  indicator: Indicator;
  values: IndicatorValue[];
  years: number[];
  summaries: Map<number, YearSummary>;
  /** `${identity}|${year}` → value. */
  byKey: Map<string, IndicatorValue>;
  /** identity → its values, oldest year first. */
  byIdentity: Map<string, IndicatorValue[]>;
}

/**
 * Category indicators (인구감소지역) are one view of the designations in force: each region's latest record, shown
 * with its own date, under the latest year.
 */
function collapseCategories(values: readonly IndicatorValue[]): IndicatorValue[] {
  const latest = new Map<string, IndicatorValue>();
  for (const v of [...values].sort((a, b) => a.date.localeCompare(b.date))) latest.set(v.identity, v);
  const year = Math.max(...values.map((v) => v.year));
  return [...latest.values()].map((v) => ({ ...v, year })).sort((a, b) => a.identity.localeCompare(b.identity));
}

function byIdentity(values: readonly IndicatorValue[]): Map<string, IndicatorValue[]> {
  const out = new Map<string, IndicatorValue[]>();
  for (const v of values) {
    const list = out.get(v.identity);
    if (list) list.push(v);
    else out.set(v.identity, [v]);
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year);
  return out;
}

/** Every indicator of data/indicators.csv computed over the dataset (pure; the adapter calls it once per build). */
export function nationalIndicators(
  dataset: Dataset,
  regions: readonly RegionEntry[],
  indicators: readonly Indicator[],
): NationalIndicator[] {
  return indicators.map((indicator) => {
    const computed = indicatorValues(dataset, regions, indicator);
    const values =
      indicator.kind === 'category' && computed.values.length ? collapseCategories(computed.values) : computed.values;
    const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
    const summaries = new Map(years.map((y) => [y, summariseYear(values, regions, y)]));
    return {
      indicator,
      values,
      years,
      summaries,
      byKey: new Map(values.map((v) => [`${v.identity}|${v.year}`, v])),
      byIdentity: byIdentity(values),
    };
  });
}
