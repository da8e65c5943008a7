import type { APIRoute } from 'astro';
import { dataUpdateFeed, feedList } from '../../core/publish/atom.ts';
import { siteData } from '../../astro-adapter/data.ts';
import { feedResponse, siteLocation } from './_feed.ts';

/** /feeds/all.atom: every data update of the site, one entry per source document. */
export const GET: APIRoute = () => {
  const { reported: dataset, regions } = siteData();
  const info = feedList(dataset, new Set(regions.map((r) => r.identity))).find((f) => f.scope.kind === 'all')!;
  return feedResponse(dataUpdateFeed(dataset, info, siteLocation()));
};
