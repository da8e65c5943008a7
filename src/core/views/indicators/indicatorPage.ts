import { stripChart } from '../../present/charts/stripChart.ts';
import { routes } from '../../site/routes.ts';
import type { RegionEntry } from '../../site/siteData.ts';
import { formatIndicator, unitPhrase } from './format.ts';
import type { NationalIndicator } from './national.ts';

export const DIRECTION_TEXT: Record<string, string> = {
  'more-support': '값이 클수록 지원이 많다는 뜻입니다.',
  'more-need': '값이 클수록 복지 수요가 많다는 뜻입니다.',
  neutral: '값의 크고 작음에 좋고 나쁨을 매기지 않습니다.',
};

export interface IndicatorYearView {
  id: string;
  name: string;
  year: number;
  title: string;
  basis: string;
  direction: string;
  unit: string;
  years: Array<{ year: number; path: string; current: boolean }>;
  /** Summary lines: national median and peer-group medians of the year. */
  medians: string[];
  strip: string | null;
  latest: boolean;
}

/** What an indicator-year page shows besides its map chart (the chart registry holds the map and its table). */
export function indicatorYearView(
  n: NationalIndicator,
  year: number,
  regions: readonly RegionEntry[],
): IndicatorYearView {
  const ind = n.indicator;
  const s = n.summaries.get(year)!;
  const fmt = (v: number) => formatIndicator(ind, v);
  const name = new Map(regions.map((r) => [r.identity, r.fullName]));
  const top = s.ranked[0];
  const medians =
    s.median === null
      ? []
      : [
          `전국 중앙값 ${fmt(s.median)} (기초자치단체 ${s.ranked.length}곳)`,
          ...(['시', '군', '자치구'] as const).flatMap((p) =>
            s.peerMedian.has(p) ? [`${p} 중앙값 ${fmt(s.peerMedian.get(p)!)}`] : [],
          ),
        ];
  return {
    id: ind.id,
    name: ind.name,
    year,
    title: ind.kind === 'category' ? `${ind.name} 지정 현황` : `${ind.name} ${year}년`,
    basis: ind.basis,
    direction: DIRECTION_TEXT[ind.direction]!,
    unit: unitPhrase(ind),
    years: n.years.map((y) => ({ year: y, path: routes.indicatorYear(ind.id, y), current: y === year })),
    medians,
    strip:
      s.ranked.length < 3
        ? null
        : stripChart({
            id: `strip-${ind.id}-${year}`,
            title: `${year}년 ${ind.name}: 기초자치단체 ${s.ranked.length}곳의 분포`,
            description: `점 하나가 기초자치단체 하나입니다. 가장 높은 ${name.get(top!.identity)}(${fmt(top!.value)})을 강조했고 점선은 전국 중앙값입니다.`,
            values: s.ranked,
            highlight: top
              ? { identity: top.identity, label: `1위 ${name.get(top.identity)} ${fmt(top.value)}` }
              : null,
            median: s.median,
            format: fmt,
          }),
    latest: year === n.years.at(-1),
  };
}
