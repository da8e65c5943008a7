import { routes } from '../../site/routes.ts';
import type { NationalIndicator } from './national.ts';

export interface IndicatorListItem {
  id: string;
  name: string;
  path: string;
  years: string;
  coverage: string;
  basis: string;
}

/** The /indicators/ list, in the order of data/indicators.csv; indicators without data are left out. */
export function indicatorList(national: readonly NationalIndicator[]): IndicatorListItem[] {
  return national
    .filter((n) => n.years.length > 0)
    .map((n) => {
      const last = n.years.at(-1)!;
      const s = n.summaries.get(last)!;
      const first = n.years[0]!;
      return {
        id: n.indicator.id,
        name: n.indicator.name,
        path: routes.indicator(n.indicator.id),
        years: first === last ? `${last}년` : `${first}~${last}년 (${n.years.length}개 연도)`,
        coverage:
          n.indicator.kind === 'category'
            ? `지정 ${n.values.length}곳`
            : `${last}년 ${s.units}곳 중 ${s.ranked.length}곳`,
        basis: n.indicator.basis,
      };
    });
}
