import { describe, expect, it } from 'vitest';
import { codesOf } from '../../../../src/core/present/map/layers.ts';
import {
  geometryCodeOf,
  geometryIndex,
  noPolygonSentence,
  sidoGeometryCode,
  toGeometryValues,
  unitsWithoutPolygon,
  vintageOf,
} from '../../../../src/core/views/region/regionMaps.ts';
import type { Region } from '../../../../src/core/domain/regions/types.ts';
import { committedTopology, registryRegions } from '../../../support/regionFixtures.ts';

const topology = committedTopology();
const regions = registryRegions();
const byId = new Map(regions.map((r) => [r.identity, r]));
const sigungu = geometryIndex(regions, topology, 'sigungu');
const gu = geometryIndex(regions, topology, 'gu');

describe('identity → geometry code', () => {
  it('reads the vintage from the topology metadata', () => {
    expect(vintageOf(topology)).toEqual({ from: '2024-01-01', to: '2026-06-30' });
  });

  it('maps recoded units to the code of the vintage, through the chain, not by name', () => {
    expect(sigungu.codeByIdentity.get('12130')).toBe('46130'); // 여수시: 46130 until 2026-06-30
    expect(sigungu.codeByIdentity.get('12300')).toBe('29170'); // 광주 북구
    expect(sigungu.codeByIdentity.get('51820')).toBe('51820'); // 강원 고성군, 42820 until 2023-06-10
    expect(sigungu.codeByIdentity.get('27720')).toBe('27720'); // 군위군, 47720 until 2023-06-30
    expect(sigungu.codeByIdentity.get('28110')).toBe('28110'); // 인천 중구: split on 2026-07-01, drawn as before
    expect(sigungu.identityByCode.get('46130')).toBe('12130');
    // 전주 완산구 changed code inside the vintage (45111 → 52111 on 2024-01-18): the geometry has the later one.
    expect(gu.codeByIdentity.get('52111')).toBe('52111');
  });

  it('gives every polygon of both layers exactly one identity', () => {
    expect(sigungu.identityByCode.size).toBe(codesOf(topology, 'sigungu').length);
    expect(sigungu.identityByCode.size).toBe(229);
    expect(gu.identityByCode.size).toBe(252);
    expect(new Set(sigungu.codeByIdentity.values()).size).toBe(229);
  });

  it('picks the latest chain code that overlaps the vintage and has a polygon', () => {
    const row = (code: string, validFrom: string | null, validTo: string | null) =>
      ({ code, validFrom, validTo }) as Region;
    const vintage = { from: '2024-01-01', to: '2026-06-30' };
    const chain = [
      row('99110', null, '2023-12-31'),
      row('99120', '2024-01-01', '2026-06-30'),
      row('99130', '2026-07-01', null),
    ];
    expect(geometryCodeOf(chain, new Set(['99110', '99120', '99130']), vintage)).toBe('99120');
    expect(geometryCodeOf(chain, new Set(['99110', '99130']), vintage)).toBeNull();
  });

  it('finds the 시도 geometry code of 시도 identities (12 stays the union of 29 and 46)', () => {
    expect(sidoGeometryCode(byId.get('12')!)).toBe('12');
    expect(sidoGeometryCode(byId.get('51')!)).toBe('51');
    expect(sidoGeometryCode(byId.get('29')!)).toBe('29');
  });
});

describe('values and units without polygon', () => {
  it('re-keys values by geometry code and reports identities it cannot draw', () => {
    const value = { value: 1, label: '1건', name: 'x' };
    const { values, unmapped } = toGeometryValues(
      sigungu,
      new Map([
        ['12130', value],
        ['28125', value],
        ['41591', value],
      ]),
    );
    expect([...values.keys()]).toEqual(['46130']);
    expect(unmapped).toEqual(['28125', '41591']);
  });

  it('lists the 2026 인천 구, the 화성 행정구 and units abolished before the vintage', () => {
    const missing = unitsWithoutPolygon(regions, topology);
    expect(missing.map((m) => m.identity).sort()).toEqual([
      '28125',
      '28155',
      '28275',
      '28290',
      '41195',
      '41197',
      '41199',
      '41591',
      '41593',
      '41595',
      '41597',
      '43710',
      '44730',
      '48110',
      '48160',
      '48190',
    ]);
    const jemulpo = missing.find((m) => m.identity === '28125')!;
    expect(jemulpo).toMatchObject({ name: '제물포구', reason: 'created-later', date: '2026-07-01' });
    expect(missing.find((m) => m.identity === '41591')).toMatchObject({ reason: 'created-later', date: '2026-02-01' });
    expect(missing.find((m) => m.identity === '43710')).toMatchObject({
      reason: 'abolished-earlier',
      date: '2014-07-01',
    });
  });

  it('says which units are missing and why, in one sentence', () => {
    const text = noPolygonSentence(unitsWithoutPolygon(regions, topology), vintageOf(topology));
    expect(text).toContain('2026년 7월 1일에 생긴 인천광역시 제물포구, 인천광역시 영종구');
    expect(text).toContain('2014년 7월 1일에 없어진 충청북도 청원군');
    expect(text).toContain('2024년 1월 1일~2026년 6월 30일 기준');
    expect(noPolygonSentence([], vintageOf(topology))).toBe('');
  });
});
