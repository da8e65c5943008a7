import { isStatistical } from '../../domain/dataset/statistical.ts';
import type { Chart } from './chartModel.ts';
import { reportedSeries } from '../../views/series.ts';
import type { ChartContext } from './context.ts';
import { reportedSeriesChart } from './reportedSeriesChart.ts';

/** For each program, a reported-series chart for every measure, region and comparable footing with two figures or more. */
export function programCharts({ dataset, regionName }: ChartContext): Chart[] {
  const programs = new Map(dataset.programs.map((p) => [p.id, p]));
  const measures = new Map(dataset.measures.map((m) => [m.id, m]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const charts: Chart[] = [];
  // Figures of national published files are charted as indicators (maps, region series), not one chart per region.
  const all = reportedSeries(dataset.figures.filter((f) => !isStatistical(f)));
  for (const series of all) {
    const program = programs.get(series.program);
    const measure = measures.get(series.measure);
    if (!program || !measure || series.points.length < 2) continue;
    // Same program, measure and region on another footing (scope, period kind, stage): named in the notes.
    const leftOut = all
      .filter((s) => s !== series && s.program === series.program && s.measure === series.measure)
      .filter((s) => s.identity === series.identity)
      .flatMap((s) => s.points.map((p) => p.figure));
    charts.push(
      reportedSeriesChart(series.points, {
        program,
        measure,
        identity: series.identity,
        regionName: regionName.get(series.identity) ?? series.identity,
        sources,
        part: series.part,
        scope: series.scope,
        leftOut,
      }),
    );
  }
  return charts;
}
