import type { Chart } from '../core/present/charts/chartModel.ts';
import { programCharts } from '../core/present/charts/programCharts.ts';
import { mapCharts } from '../core/present/charts/mapCharts.ts';
import { awardCharts } from '../core/present/charts/awardCharts.ts';
import { budgetCharts } from '../core/present/charts/budgetCharts.ts';
import { indicatorCharts } from '../core/present/charts/indicatorCharts.ts';
import type { ChartContext } from '../core/present/charts/context.ts';
import { chartExportSvg } from '../core/publish/chartExport.ts';
import { siteData, siteIndex } from './data.ts';
import { siteLocation } from './site.ts';
import { koreaTopology, siteBase } from './geo.ts';

/**
 * Every chart builder of the site. Each takes the whole context and returns its charts; add a builder here and its
 * charts get a page slot, an embed page, image exports and downloads without further code.
 */
const builders: Array<(context: ChartContext) => Chart[]> = [
  programCharts,
  mapCharts,
  awardCharts,
  budgetCharts,
  indicatorCharts,
];

let cache: Chart[] | undefined;
// Built with the charts: pages ask for their charts once each, and thousands of pages × thousands of charts made a
// per-page scan (and a linear find per embed page) grow with the square of the data.
let byPage = new Map<string, Chart[]>();
let byId = new Map<string, Chart>();

/** Every chart on the site, built once per build, ids unique. */
export function allCharts(): Chart[] {
  if (cache) return cache;
  // Press-release chart builders see reported records only: statistical records are charted by the indicator
  // builder (through `national`), never beside a press figure of another basis nor as ~1,800 per-region charts.
  const { reported, regions, maps } = siteData();
  const context: ChartContext = {
    dataset: reported,
    regions,
    regionName: new Map(regions.map((r) => [r.identity, r.name])),
    topology: koreaTopology(),
    base: siteBase(),
    national: siteIndex().national,
    maps,
  };
  const charts = builders.flatMap((build) => build(context));
  byPage = new Map();
  byId = new Map();
  for (const c of charts) {
    if (byId.has(c.id)) throw new Error(`Two charts share the id "${c.id}".`);
    byId.set(c.id, c);
    const onPage = byPage.get(c.page);
    if (onPage) onPage.push(c);
    else byPage.set(c.page, [c]);
  }
  cache = charts;
  return charts;
}

/** Charts that live on a given page (path without base), in build order. */
export function chartsOn(page: string): Chart[] {
  allCharts();
  return [...(byPage.get(page) ?? [])];
}

/** One chart by id; throws if it does not exist, so a page never silently drops a chart. */
export function chartById(id: string): Chart {
  allCharts();
  const chart = byId.get(id);
  if (!chart) throw new Error(`No chart "${id}".`);
  return chart;
}

const sizes = new Map<string, { width: number; height: number }>();

/** A chart's export frame size (the PNG is twice it), composed once per chart: every page showing it names it. */
export function exportSize(chart: Chart): { width: number; height: number } {
  let size = sizes.get(chart.id);
  if (!size) {
    const { sources } = siteIndex();
    const { width, height } = chartExportSvg(
      chart,
      chart.sourceIds.flatMap((id) => sources.get(id) ?? []),
      siteLocation(),
    );
    size = { width, height };
    sizes.set(chart.id, size);
  }
  return size;
}
