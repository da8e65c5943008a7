import { describe, it, expect } from 'vitest';
import {
  identityOf,
  listIdentities,
  regionHistory,
  currentUnit,
  unitOnDate,
} from '../../../../src/core/domain/regions/index.ts';
import { loadRegistry } from '../../../support/loadRegistry.ts';

const registry = loadRegistry();

describe('identityOf', () => {
  it.each([
    ['46130', '12130'],
    ['12130', '12130'],
    ['29110', '12210'],
    ['28170', '28177'],
    ['42820', '51820'],
    ['47720', '27720'],
    ['45111', '52111'],
    ['44830', '44270'],
    ['41730', '41670'],
    ['42', '51'],
    ['45', '52'],
  ])('%s → %s (1:1 chain ends at the latest code)', (code, identity) => {
    expect(identityOf(registry, code)).toBe(identity);
  });

  it.each([
    ['28110'],
    ['28140'],
    ['28260'],
    ['28125'],
    ['28155'],
    ['28275'],
    ['28290'],
    ['43710'],
    ['43110'],
    ['41195'],
    ['41192'],
    ['48110'],
    ['48120'],
    ['29'],
    ['46'],
    ['12'],
  ])('%s keeps its own identity across a split, merge or re-creation', (code) => {
    expect(identityOf(registry, code)).toBe(code);
  });

  it('knows the national pseudo-region and rejects unknown codes', () => {
    expect(identityOf(registry, '00')).toBe('00');
    expect(() => identityOf(registry, '99999')).toThrow(/99999/);
  });
});

describe('regionHistory', () => {
  it('gives 여수시 one chain: 46130 until 2026-06-30, then 12130', () => {
    const h = regionHistory(registry, '12130');
    expect(h.chain.map((r) => [r.code, r.name, r.validFrom, r.validTo])).toEqual([
      ['46130', '여수시', null, '2026-06-30'],
      ['12130', '여수시', '2026-07-01', null],
    ]);
    expect(h.predecessors).toEqual([]);
    expect(h.successors).toEqual([]);
    expect(h.events.map((e) => e.type)).toEqual(['recode']);
  });

  it('keeps 미추홀구 and the former 인천 남구 as one identity under two names', () => {
    const h = regionHistory(registry, '28177');
    expect(h.chain.map((r) => `${r.code} ${r.name}`)).toEqual(['28170 남구', '28177 미추홀구']);
  });

  it('links 인천 중구 to both successors of the 2026 reorganisation', () => {
    const h = regionHistory(registry, '28110');
    expect(h.successors).toEqual([
      {
        identity: '28125',
        code: '28125',
        name: '제물포구',
        fullName: '인천광역시 제물포구',
        date: '2026-07-01',
        type: 'split',
      },
      {
        identity: '28155',
        code: '28155',
        name: '영종구',
        fullName: '인천광역시 영종구',
        date: '2026-07-01',
        type: 'split',
      },
    ]);
    expect(currentUnit(registry, '28110')).toBeNull();
  });

  it('gives 제물포구 both predecessors, named as they were', () => {
    const links = regionHistory(registry, '28125').predecessors.map((l) => [l.code, l.name, l.type]);
    expect(links).toEqual([
      ['28110', '중구', 'split'],
      ['28140', '동구', 'merge'],
    ]);
  });

  it('connects the 청주·청원 merge and the 세종 launch', () => {
    expect(regionHistory(registry, '43710').successors.map((l) => [l.code, l.date, l.type])).toEqual([
      ['36110', '2012-07-01', 'boundary'],
      ['43110', '2014-07-01', 'merge'],
    ]);
    expect(
      regionHistory(registry, '36110')
        .predecessors.map((l) => l.code)
        .sort(),
    ).toEqual(['43710', '44150', '44730']);
    expect(regionHistory(registry, '43111').events.map((e) => e.type)).toEqual(['boundary']);
  });

  it('finds the unit of an identity on a date', () => {
    expect(unitOnDate(registry, '27720', '2023-06-30')?.code).toBe('47720');
    expect(unitOnDate(registry, '27720', '2023-07-01')?.code).toBe('27720');
    expect(unitOnDate(registry, '28125', '2026-06-30')).toBeNull();
  });
});

describe('listIdentities', () => {
  const list = listIdentities(registry);
  const byId = new Map(list.map((s) => [s.identity, s]));

  it('has one entry per identity: 16 + 230 + 39 current ones', () => {
    expect(list.filter((s) => s.status === 'current')).toHaveLength(16 + 230 + 39);
    expect(new Set(list.map((s) => s.identity)).size).toBe(list.length);
  });

  it('describes 여수시 with its current name, 시도 and legacy code', () => {
    expect(byId.get('12130')).toEqual({
      identity: '12130',
      name: '여수시',
      fullName: '전남광주통합특별시 여수시',
      kind: '시',
      sidoIdentity: '12',
      parentIdentity: '12',
      status: 'current',
      abolishedOn: null,
      legacyCodes: ['46130'],
    });
  });

  it('marks abolished identities with the day they ceased', () => {
    expect(byId.get('28110')).toMatchObject({
      status: 'abolished',
      abolishedOn: '2026-07-01',
      name: '중구',
      sidoIdentity: '28',
    });
    expect(byId.get('41195')).toMatchObject({
      status: 'abolished',
      abolishedOn: '2016-07-04',
      parentIdentity: '41190',
    });
    expect(byId.get('29')).toMatchObject({ status: 'abolished', abolishedOn: '2026-07-01', kind: '시도' });
    expect(byId.get('43710')).toMatchObject({ status: 'abolished', abolishedOn: '2014-07-01' });
  });

  it('lists 강원 and 전북 units once, under their new codes', () => {
    expect(byId.has('42820')).toBe(false);
    expect(byId.get('51820')).toMatchObject({ legacyCodes: ['42820'], sidoIdentity: '51' });
    expect(byId.get('52111')).toMatchObject({ legacyCodes: ['45111'], parentIdentity: '52110' });
    expect(byId.get('27720')).toMatchObject({ legacyCodes: ['47720'], sidoIdentity: '27' });
  });
});
