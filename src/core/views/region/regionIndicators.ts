import { formatNumber } from '../../domain/amount/index.ts';
import { rankText } from '../../domain/indicators/stats.ts';
import { unitAt } from '../../domain/indicators/units.ts';
import { routes } from '../../site/routes.ts';
import type { RegionEntry } from '../../site/siteData.ts';
import { formatIndicator } from '../indicators/format.ts';
import type { NationalIndicator } from '../indicators/national.ts';
import { writtenText } from '../indicators/ranking.ts';
import { citePermalink } from '../../site/permalink.ts';

/** One year of one indicator for a region, beside the medians it is read against. */
export interface RegionIndicatorPoint {
  year: number;
  value: number | null;
  text: string;
  /** The record a reader checks (the numerator's, for a rate); every record is in `records`. */
  recordPath: string;
  records: string[];
  rank: string | null;
  sido: number | null;
  peer: number | null;
  national: number | null;
  how: string;
}

export interface RegionIndicatorRow {
  id: string;
  name: string;
  path: string;
  basis: string;
  peerLabel: string | null;
  points: RegionIndicatorPoint[];
  latest: RegionIndicatorPoint;
  format: (n: number) => string;
}

/**
 * Every national indicator with a value for this region: each year's value (linked to its record), its rank and the
 * medians of its 시도, its peer group and the country for that year. 행정시·일반구 values are shown but never ranked.
 */
export function regionIndicators(entry: RegionEntry, national: readonly NationalIndicator[]): RegionIndicatorRow[] {
  return national.flatMap((n) => {
    const ind = n.indicator;
    const mine = n.byIdentity.get(entry.identity) ?? [];
    if (mine.length === 0) return [];
    const fmt = (v: number) => formatIndicator(ind, v);
    let peerLabel: string | null = null;
    const points = mine.map((v): RegionIndicatorPoint => {
      const s = n.summaries.get(v.year)!;
      const unit = unitAt(entry, v.date);
      const ranked = s.rankOf.get(v.identity) ?? null;
      if (ranked) peerLabel = ranked.peer;
      const first = v.numerator?.records[0] ?? v.records[0]!;
      return {
        year: v.year,
        value: v.value,
        text: ind.kind === 'category' ? `${v.category} (${v.date})` : fmt(v.value!),
        recordPath: citePermalink(first),
        records: v.records.map((c) => citePermalink(c)),
        rank: ranked ? rankText(ranked, s) : null,
        sido: unit ? (s.sidoMedian.get(unit.sidoCode) ?? null) : null,
        peer: ranked ? (s.peerMedian.get(ranked.peer) ?? null) : null,
        national: s.median,
        how: v.numerator
          ? `${v.numerator.date} ${formatIndicatorCount(v.numerator.value)} ÷ ${v.denominator!.date} ${formatIndicatorCount(v.denominator!.value)}`
          : writtenText(v),
      };
    });
    return [
      {
        id: ind.id,
        name: ind.name,
        path: routes.indicatorYear(ind.id, points.at(-1)!.year),
        basis: ind.basis,
        peerLabel,
        points,
        latest: points.at(-1)!,
        format: fmt,
      },
    ];
  });
}

const formatIndicatorCount = (n: number | null) => (n === null ? '' : formatNumber(n));

/** For 행정시·일반구: the sentence that says which figures belong to the parent 시 or 도. */
export function parentNote(entry: RegionEntry, parent: RegionEntry | undefined): string | null {
  if (!parent) return null;
  if (entry.kind === '행정구')
    return `${entry.name}은(는) 자치단체가 아닌 일반구입니다. 예산·재정 지표와 순위는 ${parent.fullName}의 값이며, 여기에는 자료가 구 단위로 밝힌 값만 있습니다(순위에 넣지 않음).`;
  if (entry.kind === '행정시')
    return `${entry.name}은(는) 자치단체가 아닌 행정시입니다. 예산·재정 지표는 ${parent.fullName}의 값이며, 여기에는 자료가 행정시 단위로 밝힌 값만 있습니다(순위에 넣지 않음).`;
  return null;
}
