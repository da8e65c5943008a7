import { codeUnitOrder } from '../domain/text/textOrder.ts';
import type { BudgetRecord } from '../domain/dataset/types.ts';
import { NATIONAL_IDENTITY } from './budgets.ts';
import { budgetGroups, type BudgetGroup } from './budgetGroups.ts';

/** One drawn point: a value stated for a year, with every record that states it. */
export interface BudgetPoint {
  year: number;
  value: number;
  display: string;
  records: BudgetRecord[];
  /** Another value was stated for the same year (on the same basis): shown side by side, never joined by a line. */
  conflicted: boolean;
}

/** One region's points in a group: years ascending; one point per distinct value in a year. */
export interface BudgetSeries {
  identity: string;
  points: BudgetPoint[];
  years: number[];
}

/** The points of one region's records: equal values of a year merge, different ones stay apart as a conflict. */
export function seriesPoints(records: readonly BudgetRecord[]): BudgetPoint[] {
  const byYear = new Map<number, Map<number, BudgetRecord[]>>();
  for (const r of [...records].sort((a, b) => codeUnitOrder(a.id, b.id))) {
    if (r.fiscalYear === null) continue;
    const values = byYear.get(r.fiscalYear) ?? new Map<number, BudgetRecord[]>();
    values.set(r.quantity.value, [...(values.get(r.quantity.value) ?? []), r]);
    byYear.set(r.fiscalYear, values);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([year, values]) =>
      [...values.entries()]
        .sort(([a], [b]) => b - a)
        .map(([value, list]) => ({
          year,
          value,
          display: list[0]!.quantity.display,
          records: list,
          conflicted: values.size > 1,
        })),
    );
}

/** Series of a group per region (national figures left out), only where a region has at least two years. */
export function chartableSeries(group: BudgetGroup): BudgetSeries[] {
  const byRegion = new Map<string, BudgetRecord[]>();
  for (const r of group.records) {
    if (r.region.identity === NATIONAL_IDENTITY) continue;
    byRegion.set(r.region.identity, [...(byRegion.get(r.region.identity) ?? []), r]);
  }
  return [...byRegion.entries()]
    .map(([identity, records]) => {
      const points = seriesPoints(records);
      return { identity, points, years: [...new Set(points.map((p) => p.year))] };
    })
    .filter((s) => s.years.length >= 2)
    .sort((a, b) => codeUnitOrder(a.identity, b.identity));
}

/** Chart id for one region's series in a group; the region pages embed charts by this id. */
export function budgetChartId(identity: string, group: Pick<BudgetGroup, 'measure' | 'slug'>): string {
  return `budget-${identity}-${group.measure}-${group.slug}`;
}

/** Chart id for a group's regions side by side on /budgets/. */
export function overviewChartId(group: Pick<BudgetGroup, 'measure' | 'slug'>): string {
  return `budget-all-${group.measure}-${group.slug}`;
}

/** Ids of every record drawn in some region's chart. */
export function chartedIds(budgets: readonly BudgetRecord[]): Set<string> {
  return new Set(
    budgetGroups(budgets).flatMap((g) =>
      chartableSeries(g).flatMap((s) => s.points.flatMap((p) => p.records.map((r) => r.id))),
    ),
  );
}
