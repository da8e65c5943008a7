import { describe, it, expect } from 'vitest';
import { resolveRegion } from '../../../../src/core/domain/regions/index.ts';
import { loadRegistry, resolved as ok } from '../../../support/loadRegistry.ts';

const registry = loadRegistry();

describe('labels with a short 시도 prefix, written together (지방재정365 laf_hg_nm style)', () => {
  it.each([
    ['서울종로구', '2020-01-01', '11110'],
    ['서울성동구', '2020-01-01', '11200'],
    ['전남신안군', '2020-01-01', '46910'],
    ['전남신안군', '2026-08-01', '12870'],
    ['강원강릉시', '2020-01-01', '42150'],
    ['강원강릉시', '2024-01-01', '51150'],
    ['전북전주시', '2025-01-01', '52110'],
    ['대구군위군', '2024-01-01', '27720'],
    ['경북군위군', '2020-01-01', '47720'],
    ['인천미추홀구', '2024-01-01', '28177'],
    ['부산강서구', '2024-01-01', '26440'],
    ['서울강서구', '2024-01-01', '11500'],
  ])('%s on %s → %s', (input, date, code) => {
    expect(ok(resolveRegion(registry, input, date)).code).toBe(code);
  });
});

describe('two-part input (시도, 시군구) through the sido option: the two 고성군', () => {
  it.each([
    ['강원', '2020-01-01', '42820'],
    ['강원', '2024-01-01', '51820'],
    ['강원도', '2020-01-01', '42820'],
    ['강원특별자치도', '2024-01-01', '51820'],
    ['51', '2024-01-01', '51820'],
    ['경남', '2024-01-01', '48820'],
    ['경상남도', '2020-01-01', '48820'],
  ])('(%s, 고성군) on %s → %s', (sido, date, code) => {
    expect(ok(resolveRegion(registry, '고성군', date, { sido })).code).toBe(code);
    expect(ok(resolveRegion(registry, '고성군', { date, sido })).code).toBe(code);
  });

  it('names both when the 시도 is missing', () => {
    const r = resolveRegion(registry, '고성군', '2024-01-01');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('ambiguous');
      expect(r.error.candidates.map((c) => c.code)).toEqual(['48820', '51820']);
    }
  });

  it('refuses a 시도 that has no 고성군', () => {
    const r = resolveRegion(registry, '고성군', '2024-01-01', { sido: '전남' });
    expect(r.ok).toBe(false);
  });
});
