import type { FigureRecord } from '../domain/dataset/types.ts';
import type { ChartDatum } from '../present/charts/chartModel.ts';
import { routes } from '../site/routes.ts';
import type { DistinctAward } from './awardGroups.ts';

// Tidy values for the per-chart CSV (see publish/chartTidy.ts) from the records a chart row stands for.

/** A program figure as a tidy value: its own period, unit and qualifiers. */
export function figureDatum(f: FigureRecord, identity: string, name: string): ChartDatum {
  return {
    regionCode: identity,
    regionName: name,
    periodStart: f.period.start,
    periodEnd: f.period.end,
    measure: f.measure ?? f.metric,
    value: f.quantity.value,
    unit: f.quantity.unit,
    basis: f.qualifiers.join('|'),
    written: f.quantity.written,
    sourceIds: [f.source],
    link: routes.record(f.source, f.id),
  };
}

/** A count of awards in one region: the years it spans, every source, and the region page (it has no one record). */
export function awardCountDatum(list: readonly DistinctAward[], identity: string, name: string): ChartDatum {
  const years = list.map((g) => g.award.year);
  return {
    regionCode: identity,
    regionName: name,
    periodStart: `${Math.min(...years)}-01-01`,
    periodEnd: `${Math.max(...years)}-12-31`,
    measure: `award-count:${list[0]?.award.evaluation ?? ''}`,
    value: list.length,
    unit: '건',
    basis: '같은 상을 여러 출처가 알리면 1건',
    written: null,
    sourceIds: [...new Set(list.flatMap((g) => g.sources))].sort(),
    link: routes.region(identity),
  };
}
