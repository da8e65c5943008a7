import { describe, it, expect } from 'vitest';
import {
  formatAmount,
  formatNumber,
  formatQualified,
  lookupUnit,
  parseAmount,
  type ParsedAmount,
} from '../../../../src/core/domain/amount/index.ts';

function parsed(written: string): ParsedAmount {
  const result = parseAmount(written);
  if (!result.ok) throw new Error(`${written}: ${result.error.code}`);
  return result;
}

describe('formatAmount, newsroom style (the 2023 전남 press release)', () => {
  it.each([
    [22_800_000_000, '원', '228억 원'],
    [1_820_000_000, '원', '18억 2천만 원'],
    [1_000_000_000, '원', '10억 원'],
    [140_800, '가구', '14만 800 가구'],
    [2_318_000_000, '원', '23억 1,800만 원'],
    [1_234_500_000_000, '원', '1조 2,345억 원'],
    [8_424_784_000_000, '원', '8조 4,247억 8,400만 원'],
    [10_000_000, '원', '1천만 원'],
    [174_000, '가구', '17만 4천 가구'],
    [4700, '명', '4,700 명'],
    [7000, '가구', '7천 가구'],
    [7141, '가구', '7,141 가구'],
    [1517, '세대', '1,517 세대'],
    [44, '명', '44 명'],
    [0, '원', '0 원'],
    [35.06, '%', '35.06%'],
    [2.3, '%p', '2.3%p'],
    [12345.5, '%', '12,345.5%'],
    [1e-7, '%', '0.0000001%'],
    [1_500_000, '원/가구', '가구당 150만 원'],
    [1_996_000, '원/명', '1인당 199만 6천 원'],
    [-1_500_000_000, '원', '-15억 원'],
  ] as const)('%d %s → %s', (value, unit, text) => {
    expect(formatAmount(value, unit)).toBe(text);
  });

  it('writes groups above 조 without a new word, and takes bigint', () => {
    expect(formatAmount(10n ** 16n, '원')).toBe('10,000조 원');
    expect(formatAmount(9_007_199_254_740_993n, '원')).toBe('9,007조 1,992억 5,474만 993 원');
  });

  it('refuses NaN, Infinity and fractional counts', () => {
    expect(() => formatAmount(Number.NaN, '원')).toThrow(RangeError);
    expect(() => formatAmount(Number.POSITIVE_INFINITY, '%')).toThrow(RangeError);
    expect(() => formatAmount(1.5, '명')).toThrow(RangeError);
  });
});

describe('formatAmount, full and compact styles', () => {
  it('full writes every digit', () => {
    expect(formatAmount(22_800_000_000, '원', { style: 'full' })).toBe('22,800,000,000 원');
    expect(formatAmount(1_500_000, '원/가구', { style: 'full' })).toBe('가구당 1,500,000 원');
    expect(formatAmount(35.06, '%', { style: 'full' })).toBe('35.06%');
  });

  it('compact rounds to one decimal of the largest scale word', () => {
    expect(formatAmount(1_820_000_000, '원', { style: 'compact' })).toBe('18.2억 원');
    expect(formatAmount(140_800, '가구', { style: 'compact' })).toBe('14.1만 가구');
    expect(formatAmount(184_600_000_000_000, '원', { style: 'compact' })).toBe('184.6조 원');
    expect(formatAmount(265_900_000_000, '원', { style: 'compact' })).toBe('2,659억 원');
    expect(formatAmount(99_999_999, '원', { style: 'compact' })).toBe('1억 원');
    expect(formatAmount(135_000_000, '원', { style: 'compact' })).toBe('1.4억 원');
    expect(formatAmount(4700, '명', { style: 'compact' })).toBe('4,700 명');
  });
});

describe('formatNumber', () => {
  it('groups digits with ko-KR and keeps the decimals as they are', () => {
    expect(formatNumber(140_800)).toBe('140,800');
    expect(formatNumber(35.06)).toBe('35.06');
    expect(formatNumber(-1234.5)).toBe('-1,234.5');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(12_345_678_901_234_567n)).toBe('12,345,678,901,234,567');
    expect(formatNumber(1e21)).toBe('1,000,000,000,000,000,000,000');
  });
});

describe('formatQualified', () => {
  it.each([
    ['약 17만 4천 가구', '약 17만 4천 가구'],
    ['4천700여 명', '4,700여 명'],
    ['5,200여 명', '5,200여 명'],
    ['6만4천여 가구', '6만 4천여 가구'],
    ['1,540여세대', '1,540여 세대'],
    ['30만 가구 이상', '30만 가구 이상'],
    ['30% 넘는', '30% 초과'],
    ['50만원이내', '50만 원 이하'],
    ['100명 가량', '약 100 명'],
    ['가구당 최대 150만 원', '가구당 최대 150만 원'],
    ['약 5천여 명 이상', '약 5천여 명 이상'],
    ['2천270억 원 수준', '약 2,270억 원'],
  ])('%s → %s', (written, text) => {
    expect(formatQualified(parsed(written))).toBe(text);
  });

  it('uses the exact bigint when there is one', () => {
    const result = parseAmount('9,007,199,254,740,993원', { bigint: true });
    expect(result.ok && formatQualified(result, { style: 'full' })).toBe('9,007,199,254,740,993 원');
  });
});

describe('declared-unit cells (천원, 백만원) formatted the newsroom way', () => {
  it.each([
    ['22,800', '백만원', '228억 원'],
    ['22,800,000', '천원', '228억 원'],
    ['1,234,567', '천원', '12억 3,456만 7천 원'],
    ['829,576', '백만원', '8,295억 7,600만 원'],
    ['1.5', '억원', '1억 5천만 원'],
  ])('%s in %s → %s', (cell, unit, text) => {
    const result = parseAmount(cell, { unit });
    expect(result.ok && formatAmount(result.value, result.unit)).toBe(text);
  });

  it('labels the scaled units for table headers', () => {
    expect(lookupUnit('백만 원')).toMatchObject({ base: '원', exponent: 6, label: '백만 원' });
    expect(lookupUnit('천원')).toMatchObject({ base: '원', exponent: 3, label: '천 원' });
    expect(lookupUnit('세대')).toMatchObject({ base: '세대', exponent: 0 });
    expect(lookupUnit('평')).toBeUndefined();
  });
});
