import { describe, it, expect } from 'vitest';
import { parseAmount } from '../../../../src/core/domain/amount/index.ts';

describe('parseAmount: notations from the brief and the press releases', () => {
  it.each([
    ['228억 원', 22_800_000_000, '원'],
    ['18억 2천만 원', 1_820_000_000, '원'],
    ['14만 800 가구', 140_800, '가구'],
    ['23억 1800만원', 2_318_000_000, '원'],
    ['1,000만원', 10_000_000, '원'],
    ['7141가구', 7141, '가구'],
    ['3만6천 가구', 36_000, '가구'],
    ['103억 원', 10_300_000_000, '원'],
    ['1조 2,345억 원', 1_234_500_000_000, '원'],
    ['150만원/가구', 1_500_000, '원/가구'],
    ['150만 원 / 명', 1_500_000, '원/명'],
    ['1인당 199만6천원', 1_996_000, '원/명'],
    ['1.5억 원', 150_000_000, '원'],
    ['23.18억 원', 2_318_000_000, '원'],
    ['3.6만 가구', 36_000, '가구'],
    ['1.5천만 원', 15_000_000, '원'],
    ['만 원', 10_000, '원'],
    ['천만 원', 10_000_000, '원'],
    ['1억 천만 원', 110_000_000, '원'],
    ['5회', 5, '회'],
    ['0 명', 0, '명'],
    ['1,234백만원', 1_234_000_000, '원'],
    ['5,000천원', 5_000_000, '원'],
    ['３만 ６천 가구', 36_000, '가구'],
  ] as const)('%s → %d %s', (written, value, unit) => {
    expect(parseAmount(written)).toMatchObject({ ok: true, value, unit, written, qualifiers: [] });
  });

  it('keeps percentages exactly as written', () => {
    expect(parseAmount('35.06%')).toMatchObject({ ok: true, value: 35.06, unit: '%', precision: 0.01 });
    expect(parseAmount('2.3%p')).toMatchObject({ ok: true, value: 2.3, unit: '%p' });
    expect(parseAmount('1.5%포인트')).toMatchObject({ ok: true, value: 1.5, unit: '%p' });
    expect(parseAmount('35.06 퍼센트')).toMatchObject({ ok: true, value: 35.06, unit: '%' });
    expect(parseAmount('0.0000001%')).toMatchObject({ ok: true, value: 1e-7, unit: '%' });
  });

  it('accepts negative shares, and negative money only when asked (증감)', () => {
    expect(parseAmount('-3.5%')).toMatchObject({ ok: true, value: -3.5 });
    expect(parseAmount('−1.2%p')).toMatchObject({ ok: true, value: -1.2, unit: '%p' });
    expect(parseAmount('-15억 원', { allowNegative: true })).toMatchObject({ ok: true, value: -1_500_000_000 });
    expect(parseAmount('△1,234', { unit: '백만원', allowNegative: true })).toMatchObject({
      ok: true,
      value: -1_234_000_000,
    });
    expect(parseAmount('+5 가구')).toMatchObject({ ok: true, value: 5 });
    expect(parseAmount('-0 원')).toMatchObject({ ok: true, value: 0 });
  });

  it('reads qualifiers before and after the figure', () => {
    const cases = [
      ['약 17만 4천 가구', ['approx']],
      ['대략 5천 명', ['approx']],
      ['4천700여 명', ['over']],
      ['6만4천여 가구', ['over']],
      ['100여명', ['over']],
      ['3천여만 원', ['over']],
      ['30만 가구 이상', ['at-least']],
      ['5명 이하', ['at-most']],
      ['50만원이내', ['at-most']],
      ['100명 미만', ['less-than']],
      ['10억 원 초과', ['more-than']],
      ['30% 넘는', ['more-than']],
      ['300명 넘게', ['more-than']],
      ['100명 가량', ['approx']],
      ['최대 150만 원', ['up-to']],
      ['~150만 원', ['up-to']],
      ['1억원~', ['at-least']],
      ['약 5천여 명 이상', ['approx', 'over', 'at-least']],
      ['약 100명 정도', ['approx']],
    ] as const;
    for (const [written, qualifiers] of cases) {
      expect(parseAmount(written), written).toMatchObject({ ok: true, qualifiers });
    }
    expect(parseAmount('3천여만 원')).toMatchObject({ value: 30_000_000 });
  });

  it('reports the place of the last written digit as precision', () => {
    expect(parseAmount('228억 원')).toMatchObject({ precision: 1e8 });
    expect(parseAmount('18억 2천만 원')).toMatchObject({ precision: 1e7 });
    expect(parseAmount('14만 800 가구')).toMatchObject({ precision: 1 });
    expect(parseAmount('약 17만 4천 가구')).toMatchObject({ precision: 1000 });
    expect(parseAmount('23.18억 원')).toMatchObject({ precision: 1e6 });
    expect(parseAmount('9.0%')).toMatchObject({ value: 9, precision: 0.1 });
    expect(parseAmount('1,234', { unit: '천원' })).toMatchObject({ value: 1_234_000, precision: 1000 });
  });

  it('uses the declared unit only for bare numbers', () => {
    expect(parseAmount('1,234', { unit: '백만원' })).toMatchObject({ ok: true, value: 1_234_000_000, unit: '원' });
    expect(parseAmount('1,234', { unit: '억 원' })).toMatchObject({ ok: true, value: 123_400_000_000 });
    expect(parseAmount('5억원', { unit: '천원' })).toMatchObject({ ok: true, value: 500_000_000, unit: '원' });
    expect(parseAmount('1.5만', { unit: '천원' })).toMatchObject({ ok: true, value: 15_000_000 });
    expect(parseAmount('150', { unit: '원/가구' })).toMatchObject({ ok: true, value: 150, unit: '원/가구' });
    expect(parseAmount('가구당 150', { unit: '만원' })).toMatchObject({ ok: true, value: 1_500_000, unit: '원/가구' });
    expect(parseAmount('150만원', { unit: '원/가구' })).toMatchObject({ ok: true, value: 1_500_000, unit: '원/가구' });
    expect(parseAmount('150만원/가구', { unit: '원/명' })).toMatchObject({
      ok: false,
      error: { code: 'unit-conflict' },
    });
  });

  it('keeps 세대 apart from 가구', () => {
    expect(parseAmount('1,540여세대')).toMatchObject({ ok: true, unit: '세대' });
    expect(parseAmount('80세대', { unit: '가구' })).toMatchObject({ ok: false, error: { code: 'unit-conflict' } });
  });

  it('keeps the input exactly as given, untrimmed', () => {
    expect(parseAmount('  228억 원 ')).toMatchObject({ ok: true, written: '  228억 원 ' });
  });

  it('refuses values beyond Number.MAX_SAFE_INTEGER unless bigint is asked for', () => {
    const written = '9,007,199,254,740,993 원';
    expect(parseAmount(written)).toMatchObject({ ok: false, error: { code: 'unsafe-integer' } });
    const big = parseAmount(written, { bigint: true });
    expect(big.ok && big.exact).toBe(9_007_199_254_740_993n);
    expect(parseAmount('9,007,199,254,740,991 원')).toMatchObject({ ok: true, value: Number.MAX_SAFE_INTEGER });
    expect(parseAmount('10,000조 원', { bigint: true })).toMatchObject({ ok: true, exact: 10n ** 16n });
  });
});
