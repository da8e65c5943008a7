import type { APIRoute } from 'astro';
import { siteData } from '../../astro-adapter/data.ts';
import { national } from '../../astro-adapter/indicators.ts';
import { compareData } from '../../core/views/compare/compareView.ts';

/** /compare/<identity>.json: one region's indicator series, for the regions a reader adds to a comparison. */
export function getStaticPaths() {
  return siteData()
    .regions.filter((r) => national().some((n) => n.byKey.size > 0 && n.values.some((v) => v.identity === r.identity)))
    .map((entry) => ({ params: { identity: entry.identity }, props: { entry } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(compareData(props.entry, national())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
