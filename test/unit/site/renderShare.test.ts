import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRenderShare, pathsInShare, WHOLE } from '../../../src/core/site/renderShare.ts';

describe('render shares', () => {
  it('split every route into disjoint shares that together hold each path once, in order, balanced', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (paths, count) => {
        const shares = Array.from({ length: count }, (_, index) => pathsInShare(paths, { index, count }));
        // Re-interleave the shares: that is the original list exactly when they are disjoint, complete and ordered.
        const merged = paths.map((_, i) => shares[i % count]![Math.floor(i / count)]);
        expect(merged).toEqual(paths);
        expect(shares.reduce((n, s) => n + s.length, 0)).toBe(paths.length);
        const sizes = shares.map((s) => s.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('take the whole site when the build sets none', () => {
    expect(parseRenderShare(undefined)).toEqual(WHOLE);
    expect(parseRenderShare('')).toEqual(WHOLE);
    expect(pathsInShare(['a', 'b'], WHOLE)).toEqual(['a', 'b']);
    expect(parseRenderShare('1/2')).toEqual({ index: 1, count: 2 });
    expect(parseRenderShare('0/1')).toEqual(WHOLE);
  });

  it('refuse a share that would leave pages out or cannot be read', () => {
    for (const text of ['2/2', '3/2', '1/0', '-1/2', 'a/b', '1', '1/2/3', ' 0/2', '0/2 '])
      expect(() => parseRenderShare(text), text).toThrow(/BOKJI_RENDER_SHARE/);
  });
});
