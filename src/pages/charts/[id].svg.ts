import { ownShare } from '../../astro-adapter/renderShare.ts';
import type { APIRoute } from 'astro';
import { siteLocation } from '../../astro-adapter/site.ts';
import { chartExportSvg } from '../../core/publish/chartExport.ts';
import { chartPaths, type ChartProps } from './_exports.ts';

/** /charts/<id>.svg: the standalone image (title, unit, chart, 출처, permalink), also the source of its PNGs. */
export const getStaticPaths = () => ownShare(chartPaths(), (p) => p.props.chart.page);

export const GET: APIRoute = ({ props }) => {
  const { chart, sources } = props as ChartProps;
  return new Response(chartExportSvg(chart, sources, siteLocation()).svg, {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
};
