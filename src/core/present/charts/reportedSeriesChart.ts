import { recordPermalink } from '../../site/permalink.ts';
import { amountParts } from '../../domain/amount/index.ts';
import type { BaseUnit } from '../../domain/amount/units.ts';
import { barChart } from './barChart.ts';
import type { MeasureRecord, ProgramRecord, SourceRecord } from '../../domain/dataset/types.ts';
import { plotToSvg } from '../render/plotToSvg.ts';
import type { Chart } from './chartModel.ts';
import type { SeriesPoint } from '../../views/series.ts';
import { routes } from '../../site/routes.ts';

/** What a series is about: its program, measure and region, and the sources by id for the table. */
export interface SeriesAbout {
  program: ProgramRecord;
  measure: MeasureRecord;
  identity: string;
  regionName: string;
  sources: ReadonlyMap<string, SourceRecord>;
}

/**
 * A bar per reported period for one program, measure and region: the series "as reported", each bar a figure with
 * its source. Different sources for one period stand side by side (the period label then names the source).
 */
export function reportedSeriesChart(points: readonly SeriesPoint[], about: SeriesAbout): Chart {
  const { program, measure, identity, regionName } = about;
  const unit = measure.unit as BaseUnit;
  const labels = new Map<string, number>();
  for (const p of points) labels.set(p.label, (labels.get(p.label) ?? 0) + 1);
  const seen = new Map<string, number>();
  const data = points.map((p) => {
    const n = (seen.get(p.label) ?? 0) + 1;
    seen.set(p.label, n);
    const label = (labels.get(p.label) ?? 0) > 1 ? `${p.label} (${n})` : p.label;
    return { label, value: p.figure.quantity.value, display: p.figure.quantity.display, figure: p.figure };
  });
  const id = `${program.id}-${measure.id}-${identity}`;
  const cumulative = measure.aggregation === 'cumulative';
  const title = `${regionName} ${program.shortName ?? program.name}: ${measure.label}`;
  const subtitle = `단위: ${unit} · ${cumulative ? '누적, ' : ''}발표된 값 그대로 (기간은 발표 문서 기준)`;
  const description = `${title}. ${data.map((d) => `${d.label} ${d.display}`).join(', ')}.`;
  const svg = plotToSvg(
    barChart(data, {
      valueLabel: `${measure.label} (${unit})`,
      tickFormat: (n) => amountParts(n, unit, { style: 'compact' }).number,
    }),
    { id: `chart-${id}`, title, description },
  );
  const sourceById = about.sources;
  return {
    id,
    kind: 'bar',
    title,
    subtitle,
    description,
    svg,
    columns: [
      { key: 'period', label: '기간' },
      { key: 'value', label: measure.label, numeric: true },
      { key: 'written', label: '원문 표기' },
      { key: 'source', label: '출처' },
    ],
    rows: data.map((d) => ({
      cells: {
        period: d.label,
        value: d.figure.quantity.value,
        written: d.figure.quantity.written,
        source: sourceById.get(d.figure.source)?.title ?? d.figure.source,
      },
      links: { value: recordPermalink(d.figure), source: routes.source(d.figure.source) },
      display: { value: d.display },
    })),
    sourceIds: [...new Set(data.map((d) => d.figure.source))],
    page: routes.program(program.id),
    notes: cumulative ? ['누적 수치는 발표마다 집계 방식이 다를 수 있어 연도별 실적으로 나누지 않았습니다.'] : [],
  };
}
