import { beforeAll, describe, expect, it } from 'vitest';
import { shareRepeatedParts } from '../../../../src/core/domain/dataset/shareRepeated.ts';
import type { Dataset, FigureRecord } from '../../../../src/core/domain/dataset/types.ts';
import { buildRealSiteData } from '../../../support/siteData.ts';

let parsed: Dataset;
beforeAll(async () => {
  ({ dataset: parsed } = await buildRealSiteData());
}, 120_000);

const copy = (d: Dataset): Dataset => JSON.parse(JSON.stringify(d)) as Dataset;

describe('shareRepeatedParts', () => {
  it('leaves the real dataset deep-equal and printing the same JSON', () => {
    const shared = shareRepeatedParts(copy(parsed));
    expect(shared).toEqual(parsed);
    expect(JSON.stringify(shared)).toBe(JSON.stringify(parsed));
  });

  it('makes records with equal regions and periods hold one object each', () => {
    const shared = shareRepeatedParts(copy(parsed));
    const records = [...shared.figures, ...shared.awards, ...shared.budgets];
    const firstByJson = new Map<string, object>();
    let sharedRegions = 0;
    for (const r of records) {
      const key = JSON.stringify(r.region);
      const first = firstByJson.get(key);
      if (first) {
        expect(r.region).toBe(first);
        sharedRegions += 1;
      } else firstByJson.set(key, r.region);
    }
    expect(sharedRegions).toBeGreaterThan(0);
    const periods = new Set(shared.figures.map((f) => f.period));
    expect(periods.size).toBe(new Set(shared.figures.map((f) => JSON.stringify(f.period))).size);
  });

  it('shares only objects with the same keys in the same order and primitive values', () => {
    const region = {
      written: '여수시',
      code: '46130',
      identity: '46130',
      name: '여수시',
      fullName: '전라남도 여수시',
      asOf: '2024-01-01',
    };
    const reordered = {
      code: '46130',
      written: '여수시',
      identity: '46130',
      name: '여수시',
      fullName: '전라남도 여수시',
      asOf: '2024-01-01',
    };
    const figure = (id: string, r: object, period: object) =>
      ({ id, region: r, period, source: `src-${'a'.repeat(20)}` }) as unknown as FigureRecord;
    const nested = { text: '2024', kind: 'year', start: '2024-01-01', end: { day: 31 } };
    const d = {
      sources: [],
      programs: [],
      measures: [],
      evaluations: [],
      awards: [],
      budgets: [],
      categories: [],
      figures: [
        figure('a', { ...region }, { ...nested, end: { day: 31 } }),
        figure('b', { ...region }, { ...nested, end: { day: 31 } }),
        figure('c', reordered, { text: '2024', kind: 'year', start: null, end: null }),
      ],
    } as unknown as Dataset;
    const before = JSON.stringify(d);
    const [a, b, c] = shareRepeatedParts(d).figures;
    expect(a!.region).toBe(b!.region);
    expect(c!.region).not.toBe(a!.region);
    expect(a!.period).not.toBe(b!.period);
    expect(JSON.stringify(d)).toBe(before);
  });
});
