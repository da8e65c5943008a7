import { describe, it, expect } from 'vitest';
import { seriesContinuity, territoryChanges } from '../../../../src/core/domain/regions/index.ts';
import { loadRegistry } from '../../../support/loadRegistry.ts';

const registry = loadRegistry();

const codes = (identity: string) =>
  seriesContinuity(registry, identity).segments.map((s) => [s.code, s.sidoCode, s.validFrom, s.validTo]);

describe('seriesContinuity: one identity’s codes over time', () => {
  it.each([
    [
      '51150',
      [
        ['42150', '42', null, '2023-06-10'],
        ['51150', '51', '2023-06-11', null],
      ],
    ],
    [
      '52110',
      [
        ['45110', '45', null, '2024-01-17'],
        ['52110', '52', '2024-01-18', null],
      ],
    ],
    [
      '12130',
      [
        ['46130', '46', null, '2026-06-30'],
        ['12130', '12', '2026-07-01', null],
      ],
    ],
    [
      '27720',
      [
        ['47720', '47', null, '2023-06-30'],
        ['27720', '27', '2023-07-01', null],
      ],
    ],
    [
      '51',
      [
        ['42', '42', null, '2023-06-10'],
        ['51', '51', '2023-06-11', null],
      ],
    ],
    ['11200', [['11200', '11', null, null]]],
  ])('%s', (identity, expected) => {
    expect(codes(identity)).toEqual(expected);
    expect(seriesContinuity(registry, identity).territoryChanges).toEqual([]);
  });

  it('names the unit per segment (the 시도 part of the full name changes with the code)', () => {
    const s = seriesContinuity(registry, '51150').segments;
    expect(s.map((x) => x.fullName)).toEqual(['강원도 강릉시', '강원특별자치도 강릉시']);
  });

  it('lists territory changes inside an identity’s life so a page can break the line', () => {
    const cheongju = seriesContinuity(registry, '43110').territoryChanges;
    expect(cheongju.map((c) => [c.date, c.type, c.oldCode, c.newCode])).toEqual([
      ['2014-07-01', 'merge', '43710', '43110'],
    ]);
    const gongju = seriesContinuity(registry, '44150').territoryChanges;
    expect(gongju.map((c) => [c.date, c.type, c.newCode])).toEqual([['2012-07-01', 'boundary', '36110']]);
  });

  it('does not count a 시’s own 행정구 or an identity’s birth as a territory change', () => {
    expect(territoryChanges(registry, '41190')).toEqual([]);
    expect(territoryChanges(registry, '41590')).toEqual([]);
    expect(territoryChanges(registry, '36110')).toEqual([]);
    expect(territoryChanges(registry, '28125')).toEqual([]);
  });

  it('limits territoryChanges to the days in (earlier, later], in either order', () => {
    expect(territoryChanges(registry, '43110', '2013-01-01', '2014-07-01')).toHaveLength(1);
    expect(territoryChanges(registry, '43110', '2014-07-01', '2013-01-01')).toHaveLength(1);
    expect(territoryChanges(registry, '43110', '2014-07-01', '2020-01-01')).toEqual([]);
    expect(territoryChanges(registry, '43110', '2010-01-01', '2014-06-30')).toEqual([]);
  });
});
