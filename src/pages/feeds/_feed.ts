import type { FeedInfo, FeedScope } from '../../core/publish/atom.ts';
import { siteFeeds } from '../../astro-adapter/data.ts';

export { siteLocation } from '../../astro-adapter/site.ts';

/** Every feed of one kind, as static paths for getStaticPaths. */
export function feedPaths(kind: FeedScope['kind']): Array<{ params: { key: string }; props: { info: FeedInfo } }> {
  return siteFeeds()
    .filter((f) => f.scope.kind === kind)
    .map((info) => ({
      params: {
        key: info.scope.kind === 'program' ? info.scope.id : info.scope.kind === 'region' ? info.scope.identity : 'all',
      },
      props: { info },
    }));
}

/** An Atom document as a response (the static build writes the body; the type matters in dev). */
export function feedResponse(xml: string): Response {
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
