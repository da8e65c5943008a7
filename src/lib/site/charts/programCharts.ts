import type { Chart } from '../chartModel.ts';
import type { ChartContext } from './context.ts';
import { reportedSeriesChart } from './reportedSeriesChart.ts';

/** For each program, a reported-series chart for every measure and region with at least two figures. */
export function programCharts({ dataset, regionName }: ChartContext): Chart[] {
  const charts: Chart[] = [];
  for (const program of dataset.programs) {
    const identities = [...new Set(dataset.figures.filter((f) => f.program === program.id).map((f) => f.region.identity))].sort();
    for (const measure of dataset.measures) {
      for (const identity of identities) {
        const chart = reportedSeriesChart(dataset, program, measure, identity, regionName.get(identity) ?? identity);
        if (chart) charts.push(chart);
      }
    }
  }
  return charts;
}
