import { describe, it, expect } from 'vitest';
import { resolveRegion } from '../../../../src/core/domain/regions/index.ts';
import { loadRegistry, resolved as ok, unresolved as err } from '../../../support/loadRegistry.ts';

const registry = loadRegistry();

describe('spellings seen in published data (notes §5)', () => {
  it.each([
    ['여수', '2016-06-23', '46130'],
    ['여수시', '2016-06-23', '46130'],
    ['전남 여수시', '2016-06-23', '46130'],
    ['전라남도 여수시', '2016-06-23', '46130'],
    ['전남광주통합특별시 여수시', '2016-06-23', '46130'],
    ['전남광주 여수시', '2016-06-23', '46130'],
    ['여수시', '2026-08-01', '12130'],
    ['전라남도 여수시', '2026-08-01', '12130'],
    ['전남광주통합특별시 여수시', '2026-08-01', '12130'],
    ['전남광주 여수시', '2026-08-01', '12130'],
    ['전남광주통합특별시 남구', '2026-08-01', '12270'],
    ['서울시 강동구', '2024-01-01', '11740'],
    ['서울 강동구', '2024-01-01', '11740'],
    ['서울특별시 강동구', '2024-01-01', '11740'],
    ['강동구청', '2024-01-01', '11740'],
    ['대구 달서구', '2021-01-01', '27290'],
    ['달서', '2021-01-01', '27290'],
    ['수원시 장안구', '2021-01-01', '41111'],
    ['수원시장안구', '2021-01-01', '41111'],
    ['수원 장안구', '2021-01-01', '41111'],
    ['장안구', '2021-01-01', '41111'],
    ['경기도 수원시 장안구', '2021-01-01', '41111'],
    ['포항시 남구', '2021-01-01', '47111'],
    ['포항 북구', '2021-01-01', '47113'],
    ['미추홀구(남구)', '2024-01-01', '28177'],
    ['미추홀구', '2024-01-01', '28177'],
    ['인천 남구', '2018-06-30', '28170'],
    ['세종', '2020-01-01', '36110'],
    ['세종시', '2020-01-01', '36110'],
    ['세종특별자치시', '2020-01-01', '36110'],
    ['강원도 고성군', '2023-06-10', '42820'],
    ['강원도 고성군', '2023-06-11', '51820'],
    ['강원특별자치도 고성군', '2023-06-11', '51820'],
    ['강원 고성군', '2023-06-10', '42820'],
    ['경남 고성군', '2023-06-10', '48820'],
    ['전라북도 전주시', '2024-01-17', '45110'],
    ['전라북도 전주시', '2024-01-18', '52110'],
    ['전북 전주시 완산구', '2024-01-18', '52111'],
    ['서울종로구', '2020-01-01', '11110'],
    ['광주서구', '2020-01-01', '29140'],
    ['광주서구', '2026-08-01', '12240'],
    ['인천옹진군', '2020-01-01', '28720'],
    ['경기 광주시', '2020-01-01', '41610'],
    ['경기 광주', '2020-01-01', '41610'],
    ['군위군', '2022-01-01', '47720'],
    ['대구 군위군', '2024-01-01', '27720'],
    ['경북 군위군', '2024-01-01', '27720'],
    ['청원', '2014-06-30', '43710'],
    ['청원', '2014-07-01', '43114'],
  ])('%s on %s → %s', (input, date, code) => {
    expect(ok(resolveRegion(registry, input, date)).code).toBe(code);
  });

  it.each([
    ['  전남   여수시 '],
    ['전남\u00a0여수시'],
    ['전남\u3000여수시'],
    ['전남\t여수시'],
    ['전남·여수시'],
    ['전남ㆍ여수시'],
    ['전남\u200b여수시'],
    ['전남 여수시'.normalize('NFD')],
  ])('ignores whitespace, middle dots and NFD in %j', (input) => {
    expect(ok(resolveRegion(registry, input, '2016-06-23')).code).toBe('46130');
  });

  it('reads full-width brackets', () => {
    expect(ok(resolveRegion(registry, '미추홀구（남구）', '2024-01-01')).code).toBe('28177');
  });

  it('tells official names from aliases', () => {
    expect(ok(resolveRegion(registry, '전라남도 여수시', '2016-06-23')).matchedBy).toBe('name');
    expect(ok(resolveRegion(registry, '여수', '2016-06-23')).matchedBy).toBe('alias');
    expect(ok(resolveRegion(registry, '46130', '2016-06-23')).matchedBy).toBe('code');
  });
});

describe('시도 names', () => {
  it.each([
    ['서울', '2020-01-01', '11'],
    ['서울특별시', '2020-01-01', '11'],
    ['전남', '2020-01-01', '46'],
    ['전라남도', '2026-06-30', '46'],
    ['강원도', '2020-01-01', '42'],
    ['강원도', '2024-01-01', '51'],
    ['강원', '2024-01-01', '51'],
    ['전북특별자치도', '2024-01-18', '52'],
    ['전북특별자치도', '2020-01-01', '45'],
    ['강원특별자치도', '2020-01-01', '42'],
    ['전라북도', '2025-01-01', '52'],
    ['전남광주', '2026-08-01', '12'],
    ['전남광주통합특별시', '2026-08-01', '12'],
    ['제주특별자치도', '2020-01-01', '50'],
    ['경기', '2020-01-01', '41'],
  ])('%s on %s → %s', (input, date, code) => {
    expect(ok(resolveRegion(registry, input, date)).code).toBe(code);
  });

  it('maps 전국 to the national pseudo-region', () => {
    expect(ok(resolveRegion(registry, '전국', '2020-01-01'))).toMatchObject({
      code: '00',
      identity: '00',
      region: { kind: '전국' },
    });
  });

  it('reports 전라남도 after the merger with its successor, never mapping it silently', () => {
    const e = err(resolveRegion(registry, '전남', '2026-08-01'));
    expect(e.kind).toBe('not-on-date');
    expect(e.candidates.map((c) => c.code)).toEqual(['12']);
    expect(e.ko).toContain('2026-07-01');
  });
});

describe('codes', () => {
  it.each([
    ['46130', '2016-06-23', '46130', '12130'],
    ['46130', '2026-08-01', '12130', '12130'],
    ['12130', '2016-06-23', '46130', '12130'],
    ['11', '2020-01-01', '11', '11'],
    ['1111000', '2020-01-01', '11110', '11110'],
    ['1114000', '2020-01-01', '11200', '11200'],
    ['4611000', '2020-01-01', '46110', '12110'],
    ['4611000', '2026-08-01', '12110', '12110'],
    ['1100000', '2020-01-01', '11', '11'],
    ['1111000000', '2020-01-01', '11110', '11110'],
    ['4613000000', '2016-06-23', '46130', '12130'],
    ['2900000000', '2020-01-01', '29', '29'],
    ['47720', '2024-01-01', '27720', '27720'],
    ['28170', '2020-01-01', '28177', '28177'],
  ])('%s on %s → %s (identity %s)', (input, date, code, identity) => {
    expect(ok(resolveRegion(registry, input, date))).toMatchObject({ code, identity });
  });

  it('gives the current unit, or null for an identity that ended without a 1:1 successor', () => {
    expect(ok(resolveRegion(registry, '46130', '2016-06-23')).current?.code).toBe('12130');
    expect(ok(resolveRegion(registry, '28110', '2020-05-01')).current).toBeNull();
  });

  it('rejects split or merged codes after they ended', () => {
    const e = err(resolveRegion(registry, '28110', '2026-08-01'));
    expect(e.kind).toBe('not-on-date');
    expect(e.candidates.map((c) => c.code)).toEqual(['28125', '28155']);
  });

  it('explains malformed and unknown codes', () => {
    expect(err(resolveRegion(registry, '4611012', '2020-01-01')).en).toContain(
      'not in the crosswalk data/regions/lofin-codes.csv',
    );
    expect(err(resolveRegion(registry, '4613025000', '2020-01-01')).en).toContain('읍면동');
    expect(err(resolveRegion(registry, '461', '2020-01-01')).en).toContain('2, 5, 7 or 10 digits');
    expect(err(resolveRegion(registry, '21', '2020-01-01'))).toMatchObject({ kind: 'unknown' });
  });
});

describe('인천 2026 reorganisation', () => {
  it('resolves 인천 중구 before the change to 28110, with no current unit and two successors', () => {
    const r = ok(resolveRegion(registry, '인천 중구', '2020-05-01'));
    expect(r).toMatchObject({ code: '28110', identity: '28110', current: null });
  });

  it('refuses 인천 중구 after the change, explaining and listing the successors', () => {
    const e = err(resolveRegion(registry, '인천 중구', '2026-08-01'));
    expect(e.kind).toBe('not-on-date');
    expect(e.candidates.map((c) => [c.code, c.fullName])).toEqual([
      ['28125', '인천광역시 제물포구'],
      ['28155', '인천광역시 영종구'],
    ]);
    expect(e.ko).toContain('2026-07-01');
    expect(e.en).toContain('Successors');
  });

  it('refuses the new 구 before they existed, listing their predecessors', () => {
    const e = err(resolveRegion(registry, '인천 제물포구', '2020-01-01'));
    expect(e.kind).toBe('not-on-date');
    expect(e.candidates.map((c) => c.code)).toEqual(['28110', '28140']);
    expect(ok(resolveRegion(registry, '서해구', '2026-08-01')).code).toBe('28275');
    expect(ok(resolveRegion(registry, '검단구', '2026-08-01')).code).toBe('28290');
  });

  it('does not carry a renamed name across the rename', () => {
    const e = err(resolveRegion(registry, '인천 남구', '2020-01-01'));
    expect(e.kind).toBe('not-on-date');
    expect(e.candidates.map((c) => c.code)).toEqual(['28177']);
  });
});

describe('errors', () => {
  it('reports empty input', () => {
    expect(err(resolveRegion(registry, ' \u00a0 ', '2020-01-01')).kind).toBe('empty');
  });

  it('suggests up to five close names for unknown input', () => {
    const e = err(resolveRegion(registry, '여슈시', '2020-01-01'));
    expect(e.kind).toBe('unknown');
    expect(e.candidates[0]?.code).toBe('46130');
    expect(e.candidates.length).toBeLessThanOrEqual(5);
    expect(e.ko).toContain('여수시');
    expect(err(resolveRegion(registry, '전남 여슈시', '2026-08-01')).candidates[0]?.code).toBe('12130');
    expect(err(resolveRegion(registry, '강동규', '2020-01-01')).candidates.map((c) => c.code)).toContain('11740');
  });

  it('offers nothing for input far from every name', () => {
    const e = err(resolveRegion(registry, 'Gotham City', '2020-01-01'));
    expect(e).toMatchObject({ kind: 'unknown', candidates: [] });
    expect(e.en).toContain('Gotham City');
  });

  it('throws on a malformed date, which is a caller bug', () => {
    expect(() => resolveRegion(registry, '여수시', '2020-02-30')).toThrow(RangeError);
    expect(() => resolveRegion(registry, '여수시', '20200101')).toThrow(RangeError);
  });
});

describe('the sido option', () => {
  it('narrows an ambiguous name', () => {
    expect(ok(resolveRegion(registry, '중구', '2020-01-01', { sido: '인천' })).code).toBe('28110');
    expect(ok(resolveRegion(registry, '중구', '2020-01-01', { sido: '11' })).code).toBe('11140');
    expect(ok(resolveRegion(registry, '광주', '2020-01-01', { sido: '경기도' })).code).toBe('41610');
    expect(ok(resolveRegion(registry, '고성군', '2020-01-01', { sido: '강원특별자치도' })).code).toBe('42820');
  });

  it('rejects an unknown 시도 and names outside it', () => {
    expect(err(resolveRegion(registry, '중구', '2020-01-01', { sido: '경기도도' })).en).toContain('sido option');
    expect(err(resolveRegion(registry, '달서구', '2020-01-01', { sido: '서울' })).kind).toBe('unknown');
  });
});

describe('every row of regions.csv', () => {
  it('is found by its full name and by its code on a day it was valid', () => {
    for (const row of registry.regions) {
      const date = row.validTo ?? row.validFrom ?? '2020-01-01';
      expect(ok(resolveRegion(registry, row.code, date)).code, row.code).toBe(row.code);
      // The 세종 시도 and its single 시군구-level unit share a name; names go to the data unit 36110.
      const expected = row.code === '36' ? '36110' : row.code;
      expect(ok(resolveRegion(registry, row.fullName, date)).code, row.fullName).toBe(expected);
    }
  });
});
