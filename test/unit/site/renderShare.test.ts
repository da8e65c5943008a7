import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancedShares, parseRenderShare, pathsInShare, shareOf, WHOLE } from '../../../src/core/site/renderShare.ts';

const key = (p: { page: string }) => p.page;

describe('render shares', () => {
  it('split every route into disjoint shares that together hold each path once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (pages, count) => {
        const paths = pages.map((page, n) => ({ page, n }));
        const shares = Array.from({ length: count }, (_, index) => pathsInShare(paths, { index, count }, key));
        const all = shares.flat().sort((a, b) => a.n - b.n);
        expect(all).toEqual(paths);
        for (const s of shares) expect(s).toEqual([...s].sort((a, b) => a.n - b.n));
      }),
    );
  });

  it('put paths of the same page in the same share, whatever route they come from', () => {
    // A chart's embed frame and files are keyed by its host page: the one process that renders the page draws it.
    const page = '/indicators/population/2026/';
    const routeA = [{ page: '/indicators/population/2025/' }, { page }];
    const routeB = [{ page }, { page: '/regions/46130/' }, { page }];
    for (let index = 0; index < 3; index++) {
      const share = { index, count: 3 };
      const inA = pathsInShare(routeA, share, key).some((p) => p.page === page);
      const inB = pathsInShare(routeB, share, key).filter((p) => p.page === page).length;
      expect(inB).toBe(inA ? 2 : 0);
    }
  });

  it('come out even over many pages', () => {
    const pages = Array.from({ length: 3000 }, (_, i) => `/sources/src-${i}/${11000 + i}/`);
    for (const count of [2, 3, 4]) {
      const sizes = Array.from({ length: count }, () => 0);
      for (const p of pages) sizes[shareOf(p, count)]! += 1;
      for (const n of sizes) expect(Math.abs(n - pages.length / count)).toBeLessThan(pages.length / count / 10);
    }
  });

  it('spread weighed pages evenly, heaviest first, the same way on every call', () => {
    // Twelve program pages of 30 charts and 800 indicator pages of one: hashing gave one process 57 % of the charts.
    const weights = new Map<string, number>([
      ...Array.from({ length: 12 }, (_, i) => [`/programs/p-${i}/`, 30] as const),
      ...Array.from({ length: 800 }, (_, i) => [`/indicators/x/${2000 + i}/`, 1] as const),
    ]);
    for (const count of [2, 3, 4]) {
      const shares = balancedShares(weights, count);
      expect(shares.size).toBe(weights.size);
      const load = Array.from({ length: count }, () => 0);
      for (const [page, share] of shares) load[share]! += weights.get(page)!;
      expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(1);
      expect(balancedShares(new Map([...weights].reverse()), count)).toEqual(shares);
    }
  });

  it('follow an assigned share over the hash, and keep every path once', () => {
    const paths = [{ page: '/a/' }, { page: '/b/' }, { page: '/a/' }, { page: '/c/' }];
    const assigned = new Map([
      ['/a/', 1],
      ['/b/', 0],
    ]);
    const zero = pathsInShare(paths, { index: 0, count: 2 }, key, assigned);
    const one = pathsInShare(paths, { index: 1, count: 2 }, key, assigned);
    expect(one.filter((p) => p.page === '/a/')).toHaveLength(2);
    expect(zero.some((p) => p.page === '/b/')).toBe(true);
    // An unassigned page goes where it hashes to, once.
    expect([...zero, ...one].filter((p) => p.page === '/c/')).toEqual([{ page: '/c/' }]);
    expect((shareOf('/c/', 2) === 0 ? zero : one).some((p) => p.page === '/c/')).toBe(true);
  });

  it('take the whole site when the build sets none', () => {
    expect(parseRenderShare(undefined)).toEqual(WHOLE);
    expect(parseRenderShare('')).toEqual(WHOLE);
    expect(pathsInShare([{ page: 'a' }, { page: 'b' }], WHOLE, key)).toEqual([{ page: 'a' }, { page: 'b' }]);
    expect(parseRenderShare('1/2')).toEqual({ index: 1, count: 2 });
    expect(parseRenderShare('0/1')).toEqual(WHOLE);
  });

  it('refuse a share that would leave pages out or cannot be read', () => {
    for (const text of ['2/2', '3/2', '1/0', '-1/2', 'a/b', '1', '1/2/3', ' 0/2', '0/2 '])
      expect(() => parseRenderShare(text), text).toThrow(/BOKJI_RENDER_SHARE/);
  });
});
