import { routes } from '../../../core/site/routes.ts';
import { ownShare } from '../../../astro-adapter/renderShare.ts';
import type { APIRoute } from 'astro';
import { dataUpdateFeed, type FeedInfo } from '../../../core/publish/atom.ts';
import { siteData } from '../../../astro-adapter/data.ts';
import { feedPaths, feedResponse, siteLocation } from '../_feed.ts';

/** /feeds/region/<identity>.atom for every region identity with records and a region page. */
export function getStaticPaths() {
  return ownShare(feedPaths('region'), (p) => routes.feedRegion(p.params.key));
}

export const GET: APIRoute = ({ props }) =>
  feedResponse(dataUpdateFeed(siteData().reported, (props as { info: FeedInfo }).info, siteLocation()));
