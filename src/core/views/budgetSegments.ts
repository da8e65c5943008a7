import type { BudgetRecord } from '../domain/dataset/types.ts';
import { wordingKey } from '../domain/text/wordingKey.ts';
import type { ChartDatum } from '../present/charts/chartModel.ts';
import { routes } from '../site/routes.ts';
import type { BudgetGroup } from './budgetGroups.ts';
import type { BudgetSeries } from './budgetSeries.ts';

/** One vertex of a budget line: `segment` is the Plot `z` channel, so a line never crosses from one segment to the next. */
export interface LineVertex {
  year: number;
  value: number;
  series: string;
  segment: string;
}

/**
 * The line of one series, split where joining would claim what the data does not say:
 * - a missing year (2014 → 2016): the line stops; a straight line across would invent the year between;
 * - a year with conflicting values: no vertex (the hollow dots stand alone);
 * - on an unstated basis, a change of the source's wording (`예산안 총액` → `예산규모(2022.10. 기준)`): the wording
 *   is then the only hint of the basis, so figures worded differently are not joined.
 * Returns the vertices and whether any break was made, for the chart's note.
 */
export function lineSegments(
  s: BudgetSeries,
  label: string,
  group: Pick<BudgetGroup, 'account' | 'stage'>,
): { vertices: LineVertex[]; broken: boolean } {
  const unstated = group.account === null && group.stage === null;
  const vertices: LineVertex[] = [];
  let segment = 0;
  let prev: { year: number; wording: string } | null = null;
  let broken = false;
  for (const year of s.years) {
    const here = s.points.filter((p) => p.year === year);
    if (here.length !== 1) {
      prev = null;
      segment += 1;
      continue;
    }
    const wording = unstated ? wordingKey(here[0]!.records[0]!.metric) : '';
    if (prev && (year !== prev.year + 1 || wording !== prev.wording)) {
      segment += 1;
      broken = true;
    }
    vertices.push({ year, value: here[0]!.value, series: label, segment: `${label}\u0000${segment}` });
    prev = { year, wording };
  }
  return { vertices, broken };
}

/** The note under a chart whose lines were broken. */
export const SEGMENT_NOTE =
  '선은 이어진 연도끼리만 잇습니다. 빠진 해(자료를 모으지 못한 해)와, 기준을 밝히지 않은 수치 가운데 원문 표현이 다른 값 사이는 잇지 않았습니다.';

/** A budget record as a tidy value: the fiscal year as its ISO period, the basis as the chart states it. */
export function budgetDatum(r: BudgetRecord, identity: string, name: string, basis: string): ChartDatum {
  const year = r.fiscalYear;
  return {
    regionCode: identity,
    regionName: name,
    periodStart: year === null ? null : `${year}-01-01`,
    periodEnd: year === null ? null : `${year}-12-31`,
    measure: r.measure ?? r.metric,
    value: r.quantity.value,
    unit: r.quantity.unit,
    basis,
    written: r.quantity.written,
    sourceIds: [r.source],
    link: routes.record(r.source, r.id),
  };
}
