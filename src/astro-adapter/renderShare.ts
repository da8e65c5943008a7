import { parseRenderShare, pathsInShare, type RenderShare } from '../core/site/renderShare.ts';

// scripts/build.ts starts one Astro process per share and merges their outputs; `astro dev` and a bare `astro build`
// have no share set and render every path.
let share: RenderShare | undefined;

/**
 * The paths of a dynamic route this Astro process renders; every getStaticPaths returns through it. `page` names the
 * page a path belongs to: its own path for a page, the host page (`chart.page`) for a chart's embed frame and files.
 */
export function ownShare<T>(paths: readonly T[], page: (path: T) => string): T[] {
  share ??= parseRenderShare(process.env.BOKJI_RENDER_SHARE);
  return pathsInShare(paths, share, page);
}
