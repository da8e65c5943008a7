import { ownShare } from '../../astro-adapter/renderShare.ts';
import type { APIRoute } from 'astro';
import { siteLocation } from '../../astro-adapter/site.ts';
import { chartCsv, chartSourcesCsv } from '../../core/publish/chartExport.ts';
import { routes } from '../../core/site/routes.ts';
import { chartPaths, type ChartProps } from './_exports.ts';

// One route for both CSVs of a chart: a second route `[id]-sources.csv` would also match this one's pattern.
const SOURCES = '-sources';

/** /charts/<id>.csv (one value per row) and /charts/<id>-sources.csv (its sources, joined by source_id). */
export const getStaticPaths = () =>
  ownShare([...chartPaths(), ...chartPaths((c) => `${c.id}${SOURCES}`)], (p) => p.props.chart.page);

export const GET: APIRoute = ({ params, props }) => {
  const { chart, sources } = props as ChartProps;
  const where = siteLocation();
  const body = params.id === chart.id ? chartCsv(chart, where) : chartSourcesCsv(sources, where, routes.source);
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
