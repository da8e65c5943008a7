import { recordPermalink } from '../../site/permalink.ts';
import * as Plot from '@observablehq/plot';
import { amountParts } from '../../domain/amount/index.ts';
import type { BaseUnit } from '../../domain/amount/units.ts';
import type { MeasureRecord, SourceRecord } from '../../domain/dataset/types.ts';
import { plotToSvg } from '../render/plotToSvg.ts';
import {
  budgetChartId,
  handCollected,
  budgetGroups,
  chartableSeries,
  overviewChartId,
  regionLabels,
  type BudgetGroup,
  type BudgetSeries,
} from '../../views/budgets.ts';
import type { Chart, ChartRow } from './chartModel.ts';
import type { ChartContext } from './context.ts';
import { routes } from '../../site/routes.ts';

/** Everything one budget line chart needs; several series become small multiples on one shared axis. */
export interface BudgetChartInput {
  id: string;
  page: string;
  title: string;
  group: BudgetGroup;
  series: readonly BudgetSeries[];
  /** identity → label shown for the series (unique within the chart). */
  labels: ReadonlyMap<string, string>;
  measure: MeasureRecord;
  sources: readonly SourceRecord[];
  /** identities that have a region page, for table links. */
  known: ReadonlySet<string>;
}

interface PointDatum {
  year: number;
  value: number;
  display: string;
  series: string;
  /** Label placement: above the point, or beside it when another value shares the year. */
  place: 'above' | 'upper' | 'lower';
}

const COLOR = '#1f6fb5';
const WIDTH = 640;

function tickFormatter(unit: string): (n: number) => string {
  if (unit === '%' || unit === '%p') return (n) => `${n}${unit}`;
  return (n) => amountParts(n, unit as BaseUnit, { style: 'compact' }).number;
}

function yearTicks(first: number, last: number): number[] {
  const step = Math.max(1, Math.ceil((last - first) / 8));
  const out: number[] = [];
  for (let y = first; y <= last; y += step) out.push(y);
  return out;
}

/**
 * A line chart of budget figures on one basis: a line through the years with one stated value, a dot and a label
 * at every value; a year with conflicting values breaks the line and shows each value as a hollow dot, labelled
 * beside it. With several regions, each gets its own panel on the same axes (labels stay readable).
 */
export function budgetLineChart(input: BudgetChartInput): Chart {
  const { id, group, series, labels, measure } = input;
  const unit = measure.unit;
  const points: PointDatum[] = [];
  const line: Array<{ year: number; value: number; series: string }> = [];
  for (const s of series) {
    const label = labels.get(s.identity) ?? s.identity;
    for (const year of s.years) {
      const here = s.points.filter((p) => p.year === year);
      line.push({ year, value: here.length === 1 ? here[0]!.value : Number.NaN, series: label });
      here.forEach((p, i) =>
        points.push({
          year,
          value: p.value,
          display: p.display,
          series: label,
          place: here.length === 1 ? 'above' : i === 0 ? 'upper' : 'lower',
        }),
      );
    }
  }
  const years = [...new Set(series.flatMap((s) => s.years))].sort((a, b) => a - b);
  const [first, last] = [years[0]!, years.at(-1)!];
  const faceted = series.length > 1;
  const fy = faceted ? 'series' : undefined;
  const facetWidth = faceted ? Math.max(...[...labels.values()].map((l) => [...l].length)) * 13 + 12 : 0;
  const label = (place: PointDatum['place'], options: Plot.TextOptions) =>
    Plot.text(
      points.filter((p) => p.place === place),
      { x: 'year', y: 'value', fy, text: 'display', fill: 'currentColor', fontSize: 11, ...options },
    );
  const svg = plotToSvg(
    {
      width: WIDTH,
      height: faceted ? 40 + 96 * series.length : 280,
      marginTop: 28,
      marginLeft: 60,
      marginRight: 24 + facetWidth,
      marginBottom: 32,
      style: { fontSize: '12px', fontFamily: 'inherit' },
      x: {
        domain: [first - 0.45, last + 0.45],
        ticks: yearTicks(first, last),
        tickFormat: (d: number) => `${d}년`,
        label: null,
      },
      y: {
        label: `${measure.label} (${unit})`,
        zero: true,
        nice: true,
        grid: true,
        ticks: faceted ? 3 : 5,
        tickFormat: tickFormatter(unit),
      },
      ...(faceted ? { fy: { label: null, padding: 0.25 } } : {}),
      marks: [
        Plot.ruleY([0]),
        Plot.line(line, { x: 'year', y: 'value', z: 'series', fy, stroke: COLOR, strokeWidth: 2 }),
        Plot.dot(
          points.filter((p) => p.place === 'above'),
          { x: 'year', y: 'value', fy, fill: COLOR, r: 4 },
        ),
        Plot.dot(
          points.filter((p) => p.place !== 'above'),
          { x: 'year', y: 'value', fy, fill: 'none', stroke: COLOR, strokeWidth: 2, r: 4 },
        ),
        label('above', { dy: -10 }),
        label('upper', { dx: 8, dy: -6, textAnchor: 'start' }),
        label('lower', { dx: 8, dy: 8, textAnchor: 'start' }),
      ],
    },
    { id: `chart-${id}`, title: input.title, description: describe(input, labels) },
  );
  const sourceById = new Map(input.sources.map((s) => [s.id, s]));
  const rows: ChartRow[] = series.flatMap((s) =>
    s.points.flatMap((p) =>
      p.records.map((r) => {
        const links: Record<string, string> = {
          value: recordPermalink(r),
          source: routes.source(r.source),
        };
        if (input.known.has(s.identity)) links.region = routes.region(s.identity);
        return {
          cells: {
            year: p.year,
            region: labels.get(s.identity) ?? s.identity,
            value: p.value,
            written: r.quantity.written,
            metric: r.metric,
            source: sourceById.get(r.source)?.title ?? r.source,
          },
          links,
          display: { year: `${p.year}년`, value: p.conflicted ? `${p.display} (출처 간 차이)` : p.display },
        };
      }),
    ),
  );
  const conflicted = points.some((p) => p.place !== 'above');
  return {
    id,
    kind: 'line',
    title: input.title,
    subtitle: `단위: ${unit} · ${first}~${last}년 회계연도 · ${group.label} · 발표된 값 그대로`,
    description: describe(input, labels),
    svg,
    columns: [
      { key: 'year', label: '연도' },
      { key: 'region', label: '지역' },
      { key: 'value', label: measure.label, numeric: true },
      { key: 'written', label: '원문 표기' },
      { key: 'metric', label: '지표(원문)' },
      { key: 'source', label: '출처' },
    ],
    rows,
    sourceIds: [...new Set(series.flatMap((s) => s.points.flatMap((p) => p.records.map((r) => r.source))))].sort(),
    page: input.page,
    notes: [
      `측정 항목·회계·예산 단계가 같은 수치(${group.label})만 한 축에 그렸습니다. 기준이 다른 수치는 다른 그림이나 표에 있습니다.`,
      ...(conflicted
        ? ['속이 빈 점은 같은 해에 출처마다 다른 값을 밝힌 경우입니다. 값을 모두 그리고 선으로 잇지 않았습니다.']
        : []),
    ],
  };
}

function describe(input: BudgetChartInput, labels: ReadonlyMap<string, string>): string {
  const parts = input.series.map(
    (s) => `${labels.get(s.identity) ?? s.identity} ${s.points.map((p) => `${p.year}년 ${p.display}`).join(', ')}`,
  );
  return `${input.title} (${input.group.label}). ${parts.join('; ')}.`;
}

/**
 * Budget charts: for every basis group, one chart per region with at least two years (page /budgets/<identity>/),
 * and, where two or more regions qualify, those regions side by side on /budgets/.
 */
export function budgetCharts({ dataset, regions }: ChartContext): Chart[] {
  const measures = new Map(dataset.measures.map((m) => [m.id, m]));
  const known = new Set(regions.map((r) => r.identity));
  const charts: Chart[] = [];
  // Budgets read from national published files (every 시군구, every year) are charted as national indicators (maps,
  // region series beside the medians); a line chart per region and measure would add thousands of charts.
  const own = handCollected(dataset.budgets);
  for (const group of budgetGroups(own)) {
    const measure = measures.get(group.measure);
    if (!measure) continue;
    const series = chartableSeries(group);
    if (series.length === 0) continue;
    const labels = regionLabels(
      series.map((s) => s.identity),
      regions,
    );
    for (const s of series) {
      const one = new Map([[s.identity, regionLabels([s.identity], regions).get(s.identity)!]]);
      charts.push(
        budgetLineChart({
          id: budgetChartId(s.identity, group),
          page: routes.budget(s.identity),
          title: `${one.get(s.identity)} ${measure.label}`,
          group,
          series: [s],
          labels: one,
          measure,
          sources: dataset.sources,
          known,
        }),
      );
    }
    if (series.length > 1) {
      charts.push(
        budgetLineChart({
          id: overviewChartId(group),
          page: routes.budgets(),
          title: `${measure.label}: 지역별 추이`,
          group,
          series,
          labels,
          measure,
          sources: dataset.sources,
          known,
        }),
      );
    }
  }
  return charts;
}
