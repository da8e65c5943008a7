/**
 * The build renders pages in several Astro processes at once (Astro 7.3 prerenders on one thread). Each path goes to
 * the process its key hashes to; a route keys its paths by the page they belong to, so a chart's embed frame and
 * exports land in the process that renders the page showing it, and only that process draws the chart. The shares
 * are disjoint and cover every path; with thousands of pages they come out even.
 */
export interface RenderShare {
  readonly index: number;
  readonly count: number;
}

/** Every path when the build renders in one process. */
export const WHOLE: RenderShare = { index: 0, count: 1 };

/**
 * The process (0 … count − 1) a key belongs to: FNV-1a of its UTF-16 code units, so it depends on the key alone, then
 * murmur3's finaliser, because FNV's low bits follow the parity of the characters and `% 2` would put most paths of a
 * route in one share.
 */
export function shareOf(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return ((hash ^ (hash >>> 16)) >>> 0) % count;
}

/** The paths of one route that this process renders, each path keyed by `key` (the page it belongs to). */
export function pathsInShare<T>(paths: readonly T[], share: RenderShare, key: (path: T) => string): T[] {
  if (share.count === 1) return [...paths];
  return paths.filter((p) => shareOf(key(p), share.count) === share.index);
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
