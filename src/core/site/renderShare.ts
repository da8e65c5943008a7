/**
 * The build renders pages in several Astro processes at once (Astro 7.3 prerenders on one thread). Each process takes
 * every `count`-th path of every dynamic route, starting at its own `index`: the shares are disjoint, cover every path,
 * and stay balanced within each route (a route's expensive pages are spread evenly, whatever their order).
 */
export interface RenderShare {
  readonly index: number;
  readonly count: number;
}

/** Every path when the build renders in one process. */
export const WHOLE: RenderShare = { index: 0, count: 1 };

/** The paths of one route that this process renders. */
export function pathsInShare<T>(paths: readonly T[], share: RenderShare): T[] {
  if (share.count === 1) return [...paths];
  return paths.filter((_, i) => i % share.count === share.index);
}

/**
 * Reads a share written as "index/count" (e.g. "1/2", as the build passes it in BOKJI_RENDER_SHARE); empty or absent
 * means the whole site. Anything else is refused: a mistyped share would silently leave pages out of the build.
 */
export function parseRenderShare(text: string | undefined): RenderShare {
  if (text === undefined || text === '') return WHOLE;
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(count >= 1 && index >= 0 && index < count)) {
    throw new Error(
      `BOKJI_RENDER_SHARE="${text}"는 "번호/개수" 형식이어야 합니다 (예: 0/2). ` +
        `BOKJI_RENDER_SHARE must be "index/count" with 0 ≤ index < count (e.g. 0/2).`,
    );
  }
  return { index, count };
}
