import { describe, it, expect } from 'vitest';
import type { Region, RegionKind } from '../../../../src/core/domain/regions/index.ts';
import { loadRegistry } from '../../../support/loadRegistry.ts';

// Expected figures are the ones stated in the reference notes (§1), not read back from the implementation.
const registry = loadRegistry();

function validOn(date: string): Region[] {
  return registry.regions.filter(
    (r) => (r.validFrom === null || r.validFrom <= date) && (r.validTo === null || date <= r.validTo),
  );
}

function count(date: string, ...kinds: RegionKind[]): number {
  return validOn(date).filter((r) => kinds.includes(r.kind)).length;
}

describe('unit counts from 2026-07-01 (notes §1)', () => {
  const d = '2026-07-01';

  it('has 16 시도', () => {
    expect(count(d, '시도')).toBe(16);
    expect(validOn(d).some((r) => r.code === '12')).toBe(true);
    expect(validOn(d).some((r) => r.code === '29' || r.code === '46')).toBe(false);
  });

  it('has 227 기초자치단체: 75 시, 82 군, 70 자치구', () => {
    expect(count(d, '시')).toBe(75);
    expect(count(d, '군')).toBe(82);
    expect(count(d, '자치구')).toBe(70);
    expect(count(d, '시', '군', '자치구')).toBe(227);
  });

  it('has 230 시군구-level codes including 36110, 50110 and 50130', () => {
    const level = validOn(d).filter((r) => r.code.length === 5 && r.kind !== '행정구');
    expect(level).toHaveLength(230);
    expect(level.map((r) => r.code)).toEqual(expect.arrayContaining(['36110', '50110', '50130']));
  });

  it('has 39 행정구 in 13 시', () => {
    const gu = validOn(d).filter((r) => r.kind === '행정구');
    expect(gu).toHaveLength(39);
    expect(new Set(gu.map((r) => r.parent)).size).toBe(13);
  });

  it('has 269 existing 5-digit codes on 2026-09-17, the date of the 법정동코드 file', () => {
    expect(validOn('2026-09-17').filter((r) => r.code.length === 5)).toHaveLength(269);
  });

  it('gives 인천 11 군·구 (10 before)', () => {
    const incheon = (date: string) => validOn(date).filter((r) => r.parent === '28').length;
    expect(incheon('2026-07-01')).toBe(11);
    expect(incheon('2026-06-30')).toBe(10);
  });
});

describe('unit counts on 2026-06-30 (notes §1)', () => {
  const d = '2026-06-30';

  it('has 17 시도 and 226 기초자치단체 (75 시, 82 군, 69 자치구)', () => {
    expect(count(d, '시도')).toBe(17);
    expect(count(d, '시')).toBe(75);
    expect(count(d, '군')).toBe(82);
    expect(count(d, '자치구')).toBe(69);
    expect(count(d, '시', '군', '자치구')).toBe(226);
  });

  it('already has the 39 행정구, 화성 included', () => {
    expect(count(d, '행정구')).toBe(39);
    expect(count('2026-01-31', '행정구')).toBe(35);
  });
});

describe('행정구 parents', () => {
  it('every 행정구 hangs under a 시 of the same 시도, valid for its whole period', () => {
    for (const gu of registry.regions.filter((r) => r.kind === '행정구')) {
      const parents = registry.byCode.get(gu.parent ?? '') ?? [];
      expect(parents.length, gu.code).toBeGreaterThan(0);
      expect(
        parents.every((p) => p.kind === '시' && p.sidoCode === gu.sidoCode),
        gu.code,
      ).toBe(true);
    }
  });
});
