import { ownShare } from '../../astro-adapter/renderShare.ts';
import type { APIRoute } from 'astro';
import { siteIndex } from '../../astro-adapter/data.ts';
import { glossary } from '../../astro-adapter/english.ts';
import { siteLocation } from '../../astro-adapter/site.ts';
import { chartJson } from '../../core/publish/chartExport.ts';
import { chartPaths, type ChartProps } from './_exports.ts';

/** /charts/<id>.json: the chart's rows, sources and citation. */
export const getStaticPaths = () => ownShare(chartPaths(), (p) => p.props.chart.page);

export const GET: APIRoute = ({ props }) => {
  const { chart, sources } = props as ChartProps;
  const json = chartJson(chart, sources, siteLocation(), siteIndex().dataAsOf, glossary());
  return new Response(`${JSON.stringify(json, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
