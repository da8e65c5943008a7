/**
 * The build renders pages in several Astro processes at once (Astro 7.3 prerenders on one thread). A route keys its
 * paths by the page they belong to, so a chart's embed frame and exports land in the process that renders the page
 * showing it, and only that process draws the chart. Pages that host charts are spread by their chart count
 * (balancedShares); every other path goes to the process its key hashes to, which with thousands of pages comes out
 * even. The shares are disjoint and cover every path.
 */
import { codeUnitOrder } from '../domain/text/textOrder.ts';

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

/**
 * Shares for keys of known weight, balanced: heaviest first, each to the share with the least weight so far (ties to
 * the lower share; equal weights in key order), so every process computes the same assignment. The build gives it the
 * pages that host charts, weighed by their charts: hashing put 841 of the 1,473 charts of the 1× synthetic nation
 * (9 of 12 program pages) in one process, which then drew and framed them ~10 s longer than the other.
 */
export function balancedShares(weights: ReadonlyMap<string, number>, count: number): Map<string, number> {
  const load = new Array<number>(count).fill(0);
  const out = new Map<string, number>();
  const heaviestFirst = [...weights].sort(([a, wa], [b, wb]) => wb - wa || codeUnitOrder(a, b));
  for (const [key, weight] of heaviestFirst) {
    const least = load.indexOf(Math.min(...load));
    load[least]! += weight;
    out.set(key, least);
  }
  return out;
}

/**
 * The paths of one route that this process renders, each path keyed by `key` (the page it belongs to): the share
 * `assigned` gives that key, else the one it hashes to.
 */
export function pathsInShare<T>(
  paths: readonly T[],
  share: RenderShare,
  key: (path: T) => string,
  assigned?: ReadonlyMap<string, number>,
): T[] {
  if (share.count === 1) return [...paths];
  return paths.filter((p) => {
    const k = key(p);
    return (assigned?.get(k) ?? shareOf(k, share.count)) === share.index;
  });
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
