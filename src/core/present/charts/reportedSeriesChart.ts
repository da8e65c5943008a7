import { recordPermalink } from '../../site/permalink.ts';
import { amountParts } from '../../domain/amount/index.ts';
import type { BaseUnit } from '../../domain/amount/units.ts';
import { barChart } from './barChart.ts';
import type { FigureRecord, MeasureRecord, ProgramRecord, SourceRecord } from '../../domain/dataset/types.ts';
import { periodLabel } from '../../domain/dataset/period.ts';
import { plotBothWidths } from './widths.ts';
import { drawnOnRead, type Chart } from './chartModel.ts';
import type { SeriesPoint } from '../../views/series.ts';
import { routes } from '../../site/routes.ts';

/** What a series is about: its program, measure and region, and the sources by id for the table. */
export interface SeriesAbout {
  program: ProgramRecord;
  measure: MeasureRecord;
  identity: string;
  regionName: string;
  /** Which footing of this program, measure and region (1 keeps the plain id); see views/series.ts. */
  part?: number;
  /** The sub-program the metric names, shown in the title. */
  scope?: string;
  /** Figures of the same measure and region on another footing: listed in the notes, never drawn here. */
  leftOut?: readonly FigureRecord[];
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
  const part = about.part ?? 1;
  const id = `${program.id}-${measure.id}-${identity}${part > 1 ? `-${part}` : ''}`;
  const cumulative = measure.aggregation === 'cumulative';
  const scopeText = about.scope
    ? ` (${points[0]!.figure.metric.match(/\(([^()]*사업[^()]*)\)/u)?.[1] ?? about.scope})`
    : '';
  const title = `${regionName} ${program.shortName ?? program.name}: ${measure.label}${scopeText}`;
  const subtitle = `단위: ${unit} · ${cumulative ? '누적, ' : ''}발표된 값 그대로 (기간은 발표 문서 기준)`;
  const description = `${title}. ${data.map((d) => `${d.label} ${d.display}`).join(', ')}.`;
  const draw = () =>
    plotBothWidths(
      (width) =>
        barChart(data, {
          valueLabel: `${measure.label} (${unit})`,
          tickFormat: (n) => amountParts(n, unit, { style: 'compact' }).number,
          width,
        }),
      { id: `chart-${id}`, title, description },
    );
  const sourceById = about.sources;
  return drawnOnRead(
    {
      id,
      kind: 'bar',
      title,
      subtitle,
      description,
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
        datum: {
          regionCode: identity,
          regionName,
          periodStart: d.figure.period.start,
          periodEnd: d.figure.period.end,
          measure: measure.id,
          value: d.figure.quantity.value,
          unit: d.figure.quantity.unit,
          basis: d.figure.qualifiers.join('|'),
          written: d.figure.quantity.written,
          sourceIds: [d.figure.source],
          link: routes.record(d.figure.source, d.figure.id),
        },
      })),
      sourceIds: [...new Set(data.map((d) => d.figure.source))],
      page: routes.program(program.id),
      notes: [
        ...(cumulative ? ['누적 수치는 발표마다 집계 방식이 다를 수 있어 연도별 실적으로 나누지 않았습니다.'] : []),
        ...(about.leftOut?.length
          ? [
              `사업 범위·기간 종류·단계가 달라 이 그림에 넣지 않은 같은 항목의 값(표에는 있음): ${about.leftOut
                .map((f) => `${f.metric} ${periodLabel(f.period)} ${f.quantity.written}`)
                .join(', ')}.`,
            ]
          : []),
      ],
    },
    draw,
  );
}
