import { routes } from '../../core/site/routes.ts';
import { ownShare } from '../../astro-adapter/renderShare.ts';
import type { APIRoute } from 'astro';
import { siteData, siteIndex } from '../../astro-adapter/data.ts';
import { compareData } from '../../core/views/compare/compareView.ts';

/** /compare/<identity>.json: one region's indicator series, for the regions a reader adds to a comparison. */
export function getStaticPaths() {
  return ownShare(
    siteData()
      .regions.filter((r) => siteIndex().national.some((n) => n.byIdentity.has(r.identity)))
      .map((entry) => ({ params: { identity: entry.identity }, props: { entry } })),
    (p) => routes.compareRegion(p.params.identity),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(compareData(props.entry, siteIndex().indicatorRows(props.entry.identity))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
