// Shared by the /charts/ endpoints (the leading underscore keeps Astro from routing this file). Astro writes every
// text file of a chart's 「퍼가기·내려받기」 panel, from the charts it already built for the pages; the image step of
// `npm run build` (scripts/lib/export-images.ts) then only rasterises the SVGs written here. It used to build every
// chart again in its own process: that doubled the most expensive part of the build.
import { allCharts } from '../../astro-adapter/charts.ts';
import { siteIndex } from '../../astro-adapter/data.ts';
import type { Chart } from '../../core/present/charts/chartModel.ts';
import type { SourceRecord } from '../../core/domain/dataset/types.ts';

/** One static path per chart, the chart and its sources as props. */
export function chartPaths(id: (chart: Chart) => string = (c) => c.id) {
  const { sources } = siteIndex();
  return allCharts().map((chart) => ({
    params: { id: id(chart) },
    props: {
      chart,
      sources: chart.sourceIds.map((sourceId): SourceRecord => {
        const s = sources.get(sourceId);
        if (!s) throw new Error(`Chart "${chart.id}" cites an unknown source "${sourceId}".`);
        return s;
      }),
    },
  }));
}

/** The props chartPaths gives each path. */
export type ChartProps = ReturnType<typeof chartPaths>[number]['props'];
