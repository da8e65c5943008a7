import type { APIRoute } from 'astro';
import { siteData, siteIndex } from '../../astro-adapter/data.ts';
import { compareData } from '../../core/views/compare/compareView.ts';

const national = () => siteIndex().national;

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
