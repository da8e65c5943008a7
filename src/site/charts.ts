import type { Chart } from '../lib/site/chartModel.ts';
import { reportedSeriesChart } from '../lib/site/charts/reportedSeriesChart.ts';
import { siteData } from './data.ts';

let cache: Chart[] | undefined;

/**
 * Every chart on the site, built once per build. Pages pick theirs by id; embed pages, image exports and chart
 * downloads iterate the whole list, so a new chart gets all of them without further code.
 */
export function allCharts(): Chart[] {
  if (cache) return cache;
  const { dataset, regions } = siteData();
  const names = new Map(regions.map((r) => [r.identity, r.name]));
  const charts: Chart[] = [];
  for (const program of dataset.programs) {
    const identities = new Set(dataset.figures.filter((f) => f.program === program.id).map((f) => f.region.identity));
    for (const measure of dataset.measures) {
      for (const identity of [...identities].sort()) {
        const chart = reportedSeriesChart(dataset, program, measure, identity, names.get(identity) ?? identity);
        if (chart) charts.push(chart);
      }
    }
  }
  cache = charts;
  return charts;
}

/** Charts that live on a given page, in build order. */
export function chartsOn(page: string): Chart[] {
  return allCharts().filter((c) => c.page === page);
}
