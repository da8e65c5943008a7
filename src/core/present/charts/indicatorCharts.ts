import { niceBreaks, sequentialPalette, type ChoroplethScale } from '../map/scales.ts';
import type { Chart, ChartRow } from './chartModel.ts';
import { geometryIndex } from '../../views/region/regionMaps.ts';
import { choroplethChart, type MapEnv, type MapItem } from './choroplethChart.ts';
import type { ChartContext } from './context.ts';
import { routes } from '../../site/routes.ts';
import type { NationalIndicator } from '../../views/indicators/national.ts';
import { formatIndicator, legendLabelsFor, unitPhrase } from '../../views/indicators/format.ts';
import { indicatorNotes, indicatorSourceIds, rankingColumns, rankingRows } from '../../views/indicators/ranking.ts';

/** Id of an indicator-year map chart (embed URL, export file names). */
export const indicatorMapId = (indicator: string, year: number) => `ind-${indicator}-${year}`;

function numericScale(n: NationalIndicator, year: number): { scale: ChoroplethScale; labels: string[] } {
  const ind = n.indicator;
  const values = n.summaries.get(year)!.ranked.map((r) => r.value);
  const whole = ind.kind === 'count';
  // Quantile breaks (d3) over the ranked units; counts get whole-number breaks so classes never share a bound.
  const raw = niceBreaks(values, 5).map((b) => (whole ? Math.ceil(b) : b));
  const breaks = raw.filter((b, i) => i === 0 || b > raw[i - 1]!);
  const colors = sequentialPalette(ind.palette ?? 'blues', Math.max(3, breaks.length + 1)).slice(0, breaks.length + 1);
  const fmt = (v: number) => formatIndicator(ind, v);
  return { scale: { kind: 'threshold', domain: breaks, colors }, labels: legendLabelsFor(breaks, whole, fmt) };
}

function categoryScale(categories: readonly string[]): { scale: ChoroplethScale; labels: string[] } {
  const colors = sequentialPalette('purples', Math.max(3, categories.length + 1)).slice(-categories.length);
  return {
    scale: { kind: 'threshold', domain: categories.slice(1).map((_, i) => i + 2), colors },
    labels: [...categories],
  };
}

function yearMap(env: MapEnv, context: ChartContext, n: NationalIndicator, year: number): Chart {
  const ind = n.indicator;
  const summary = n.summaries.get(year)!;
  const ofYear = n.values.filter((v) => v.year === year);
  const categories =
    ind.kind === 'category'
      ? [...new Set(ofYear.map((v) => v.category!))].sort(
          (a, b) =>
            ofYear.filter((v) => v.category === a).length - ofYear.filter((v) => v.category === b).length ||
            a.localeCompare(b),
        )
      : [];
  const onMap = ofYear.filter((v) => env.sigungu.codeByIdentity.has(v.identity));
  const items: MapItem[] = onMap.map((v) => ({
    identity: v.identity,
    value: ind.kind === 'category' ? categories.indexOf(v.category!) + 1 : v.value!,
    label: ind.kind === 'category' ? v.category! : formatIndicator(ind, v.value!),
    row: {} as ChartRow,
  }));
  const { scale, labels } = ind.kind === 'category' ? categoryScale(categories) : numericScale(n, year);
  const covered = summary.ranked.length;
  const chart = choroplethChart(env, {
    id: indicatorMapId(ind.id, year),
    title: ind.kind === 'category' ? `${ind.name} 지정 현황` : `시군구별 ${ind.name} (${year}년)`,
    subtitle: `단위: ${unitPhrase(ind)} · 기준: ${ind.basis}`,
    description:
      ind.kind === 'category'
        ? `${ind.name}으로 지정된 ${ofYear.length}개 지역을 구분에 따라 색칠한 지도.`
        : `${year}년 ${ind.name}: 값이 있는 기초자치단체 ${covered}곳(그해 ${summary.units}곳 가운데)을 값에 따라 다섯 단계 안팎으로 색칠한 지도.`,
    legendTitle: ind.kind === 'category' ? '지정 구분' : `${ind.name} (${unitPhrase(ind)})`,
    formatLegend: (v) => formatIndicator(ind, v),
    palette: ind.palette ?? 'purples',
    scale,
    legendLabels: labels,
    columns: rankingColumns(ind),
    items,
    sourceIds: indicatorSourceIds(n, year),
    page: routes.indicatorYear(ind.id, year),
    notes: indicatorNotes(n, year),
    interactive: false,
  });
  // The downloads are exactly the table shown under the map: every value of the year, ranked units first.
  // Made when first read, like the drawing: each build process ranks only the years its pages show.
  let rows: ChartRow[] | undefined;
  return Object.defineProperty(chart, 'rows', {
    get: () => (rows ??= rankingRows(n, year, context)),
    enumerable: true,
  });
}

/** One national map per indicator and year with data (data/indicators.csv decides which). */
export function indicatorCharts(context: ChartContext): Chart[] {
  const { topology, regions, national } = context;
  if (!topology || !national) return [];
  const env: MapEnv = {
    topology,
    sigungu: geometryIndex(regions, topology, 'sigungu'),
    byIdentity: new Map(regions.map((r) => [r.identity, r])),
    base: context.base ?? '',
  };
  return national.flatMap((n) => n.years.map((year) => yearMap(env, context, n, year)));
}
