import type { APIRoute } from 'astro';
import { dataUpdateFeed } from '../../core/publish/atom.ts';
import { siteData, siteFeeds } from '../../astro-adapter/data.ts';
import { feedResponse, siteLocation } from './_feed.ts';

/** /feeds/all.atom: every data update of the site, one entry per source document. */
export const GET: APIRoute = () => {
  const info = siteFeeds().find((f) => f.scope.kind === 'all')!;
  return feedResponse(dataUpdateFeed(siteData().reported, info, siteLocation()));
};
