import { isStatistical } from '../../domain/dataset/statistical.ts';
import type { Chart } from './chartModel.ts';
import { reportedSeries } from '../../views/series.ts';
import type { ChartContext } from './context.ts';
import { reportedSeriesChart } from './reportedSeriesChart.ts';

/** For each program, a reported-series chart for every measure and region with at least two figures. */
export function programCharts({ dataset, regionName }: ChartContext): Chart[] {
  const programs = new Map(dataset.programs.map((p) => [p.id, p]));
  const measures = new Map(dataset.measures.map((m) => [m.id, m]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const charts: Chart[] = [];
  // Figures of national published files are charted as indicators (maps, region series), not one chart per region.
  for (const series of reportedSeries(dataset.figures.filter((f) => !isStatistical(f)))) {
    const program = programs.get(series.program);
    const measure = measures.get(series.measure);
    if (!program || !measure || series.points.length < 2) continue;
    charts.push(
      reportedSeriesChart(series.points, {
        program,
        measure,
        identity: series.identity,
        regionName: regionName.get(series.identity) ?? series.identity,
        sources,
      }),
    );
  }
  return charts;
}
