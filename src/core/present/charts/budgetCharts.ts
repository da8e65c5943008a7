import { recordPermalink } from '../../site/permalink.ts';
import { amountParts } from '../../domain/amount/index.ts';
import type { BaseUnit } from '../../domain/amount/units.ts';
import type { MeasureRecord, SourceRecord } from '../../domain/dataset/types.ts';
import { budgetPlotOptions, type PointDatum } from './budgetLayout.ts';
import { plotBothWidths } from './widths.ts';
import { handCollected } from '../../views/budgets.ts';
import { budgetGroups, type BudgetGroup } from '../../views/budgetGroups.ts';
import { budgetChartId, chartableSeries, overviewChartId, type BudgetSeries } from '../../views/budgetSeries.ts';
import { regionLabels } from '../../views/budgetRegions.ts';
import { drawnOnRead, type Chart, type ChartRow } from './chartModel.ts';
import { budgetDatum, lineSegments, SEGMENT_NOTE, type LineVertex } from '../../views/budgetSegments.ts';
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

const COLOR = '#1f6fb5';

function tickFormatter(unit: string): (n: number) => string {
  if (unit === '%' || unit === '%p') return (n) => `${n}${unit}`;
  return (n) => amountParts(n, unit as BaseUnit, { style: 'compact' }).number;
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
  const line: LineVertex[] = [];
  let broken = false;
  for (const s of series) {
    const label = labels.get(s.identity) ?? s.identity;
    const segments = lineSegments(s, label, group);
    line.push(...segments.vertices);
    broken ||= segments.broken;
    for (const year of s.years) {
      const here = s.points.filter((p) => p.year === year);
      // The higher value's label goes above, the lower one's below: labels then never cross each other.
      [...here]
        .sort((a, b) => b.value - a.value)
        .forEach((p, i) =>
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
  const layout = {
    points,
    line,
    panels: series.map((s) => labels.get(s.identity) ?? s.identity),
    yLabel: `${measure.label} (${unit})`,
    tickFormat: tickFormatter(unit),
    color: COLOR,
  };
  const draw = () =>
    plotBothWidths((width) => budgetPlotOptions(width, layout), {
      id: `chart-${id}`,
      title: input.title,
      description: describe(input, labels),
    });
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
          datum: budgetDatum(r, s.identity, labels.get(s.identity) ?? s.identity, group.label),
        };
      }),
    ),
  );
  const conflicted = points.some((p) => p.place !== 'above');
  return drawnOnRead(
    {
      id,
      kind: 'line',
      title: input.title,
      subtitle: `단위: ${unit} · ${first}~${last}년 회계연도 · ${group.label} · 발표된 값 그대로`,
      description: describe(input, labels),
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
        ...(broken ? [SEGMENT_NOTE] : []),
      ],
    },
    draw,
  );
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
  const inputs: BudgetChartInput[] = [];
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
      inputs.push({
        id: budgetChartId(s.identity, group),
        page: routes.budget(s.identity),
        title: `${one.get(s.identity)} ${measure.label}`,
        group,
        series: [s],
        labels: one,
        measure,
        sources: dataset.sources,
        known,
      });
    }
    if (series.length > 1) {
      inputs.push({
        id: overviewChartId(group),
        page: routes.budgets(),
        title: `${measure.label}: 지역별 추이`,
        group,
        series,
        labels,
        measure,
        sources: dataset.sources,
        known,
      });
    }
  }
  return uniqueTitles(inputs).map(budgetLineChart);
}

/** Titles shared by two charts of one page (same measure, other basis) get the basis, so every title names one chart. */
function uniqueTitles(inputs: BudgetChartInput[]): BudgetChartInput[] {
  const count = new Map<string, number>();
  for (const i of inputs) count.set(`${i.page}|${i.title}`, (count.get(`${i.page}|${i.title}`) ?? 0) + 1);
  return inputs.map((i) =>
    (count.get(`${i.page}|${i.title}`) ?? 0) > 1 ? { ...i, title: `${i.title} (${i.group.label})` } : i,
  );
}
