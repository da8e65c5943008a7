import { describe, expect, it } from 'vitest';
import { MapError } from '../../../../src/core/present/map/errors.ts';
import { legendLabels } from '../../../../src/core/present/map/legend.ts';
import {
  colorOf,
  legendClasses,
  niceBreaks,
  niceRound,
  sequentialPalette,
  thresholdScaleFor,
  validateScale,
} from '../../../../src/core/present/map/scales.ts';

describe('sequentialPalette', () => {
  it('gives 3–9 distinct colours, lightest first', () => {
    for (const name of ['blues', 'greens', 'purples', 'ylgnbu', 'viridis'] as const) {
      for (const k of [5, 6, 7]) {
        const p = sequentialPalette(name, k);
        expect(p).toHaveLength(k);
        expect(new Set(p).size).toBe(k);
        const lum = (c: string) =>
          parseInt(c.slice(1, 3), 16) + parseInt(c.slice(3, 5), 16) + parseInt(c.slice(5, 7), 16);
        expect(lum(p[0]!)).toBeGreaterThan(lum(p[k - 1]!));
      }
    }
    expect(() => sequentialPalette('blues', 2)).toThrow(MapError);
  });
});

describe('breaks', () => {
  it('rounds to two significant digits', () => {
    expect([niceRound(1187.4), niceRound(0.0347), niceRound(-2550), niceRound(0)]).toEqual([1200, 0.035, -2500, 0]);
  });

  it('computes increasing quantile and equal breaks inside the data range', () => {
    const values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, null];
    expect(niceBreaks(values, 4)).toEqual([4.8, 9.5, 14]);
    expect(niceBreaks(values, 4, 'equal')).toEqual([5, 10, 15]);
    expect(niceBreaks([3, 3, 3], 5)).toEqual([]);
    expect(niceBreaks([], 5)).toEqual([]);
  });

  it('builds a threshold scale whose colours match its breaks', () => {
    const s = thresholdScaleFor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'blues', 5);
    expect(s.colors).toHaveLength(s.domain.length + 1);
    expect(() => validateScale(s)).not.toThrow();
  });
});

describe('colours and legend', () => {
  const colors = ['#a', '#b', '#c'];

  it('puts values on the right side of each threshold, zero in the lowest class', () => {
    const s = { kind: 'threshold' as const, domain: [10, 20], colors };
    expect([0, 9.9, 10, 19, 20, 1e9].map((v) => colorOf(s, v))).toEqual(['#a', '#a', '#b', '#b', '#c', '#c']);
    expect(legendLabels(s, (n) => `${n}명`)).toEqual(['10명 미만', '10명 ~ 20명', '20명 이상']);
  });

  it('splits a quantize domain into equal classes', () => {
    const s = { kind: 'quantize' as const, domain: [0, 30] as [number, number], colors };
    expect([0, 9, 10, 29, 30].map((v) => colorOf(s, v))).toEqual(['#a', '#a', '#b', '#c', '#c']);
    expect(legendClasses(s).map((c) => [c.lower, c.upper])).toEqual([
      [0, 10],
      [10, 20],
      [20, 30],
    ]);
  });

  it('rejects scales whose colours and domain disagree', () => {
    expect(() => validateScale({ kind: 'threshold', domain: [10, 20], colors: ['#a', '#b'] })).toThrow(MapError);
    expect(() => validateScale({ kind: 'threshold', domain: [20, 10], colors })).toThrow(MapError);
    expect(() => validateScale({ kind: 'quantize', domain: [5, 5], colors })).toThrow(MapError);
  });
});
