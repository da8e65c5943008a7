import { balancedShares, parseRenderShare, pathsInShare, type RenderShare } from '../core/site/renderShare.ts';
import { allCharts } from './charts.ts';

// scripts/build.ts starts one Astro process per share and merges their outputs; `astro dev` and a bare `astro build`
// have no share set and render every path.
let share: RenderShare | undefined;
let chartHosts: Map<string, number> | undefined;

/** Each page that shows charts, weighed by how many: drawing and framing charts is most of a share's work. */
function chartHostShares(count: number): Map<string, number> {
  const weights = new Map<string, number>();
  for (const chart of allCharts()) weights.set(chart.page, (weights.get(chart.page) ?? 0) + 1);
  return balancedShares(weights, count);
}

/**
 * The paths of a dynamic route this Astro process renders; every getStaticPaths returns through it. `page` names the
 * page a path belongs to: its own path for a page, the host page (`chart.page`) for a chart's embed frame and files.
 */
export function ownShare<T>(paths: readonly T[], page: (path: T) => string): T[] {
  share ??= parseRenderShare(process.env.BOKJI_RENDER_SHARE);
  if (share.count > 1) chartHosts ??= chartHostShares(share.count);
  return pathsInShare(paths, share, page, chartHosts);
}
