import { describe, it, expect } from 'vitest';
import {
  AMOUNT_ERROR_CODES,
  parseAmount,
  type AmountErrorCode,
  type ParseOptions,
} from '../../../../src/core/domain/amount/index.ts';

const REJECTED: readonly (readonly [string, AmountErrorCode, ParseOptions?])[] = [
  ['', 'empty'],
  ['   ', 'empty'],
  ['x'.repeat(201), 'too-long'],
  ['abc', 'not-a-number'],
  ['원', 'not-a-number'],
  ['약', 'not-a-number'],
  ['조명', 'not-a-number'],
  ['억 원', 'not-a-number'],
  ['12abc원', 'unknown-unit'],
  ['808억만원', 'doubled-scale'],
  ['3만만 가구', 'doubled-scale'],
  ['만만 원', 'doubled-scale'],
  ['2천3천 명', 'doubled-scale'],
  ['5만 3만 원', 'doubled-scale'],
  ['5만 3억 원', 'scale-order'],
  ['5백3천 원', 'scale-order'],
  ['1억 15000만 원', 'group-overflow'],
  ['4천7000 명', 'group-overflow'],
  ['2천15백 원', 'group-overflow'],
  ['1억 15000 원', 'group-overflow'],
  ['100조2,456,007곳', 'group-overflow'],
  ['12천3백 원', 'malformed-number'],
  ['8689천백 회', 'malformed-number'],
  ['1.5억 2000만 원', 'misplaced-decimal'],
  ['4천7.5 명', 'misplaced-decimal'],
  ['1,0000원', 'bad-digit-grouping'],
  ['1,00원', 'bad-digit-grouping'],
  [',100원', 'bad-digit-grouping'],
  ['1.2.3%', 'malformed-number'],
  ['5. 명', 'malformed-number'],
  ['5 200 명', 'malformed-number'],
  ['5여여 명', 'misplaced-qualifier'],
  ['여 5명', 'misplaced-qualifier'],
  ['5여 3명', 'misplaced-qualifier'],
  ['5명 이상 이하', 'conflicting-qualifiers'],
  ['최대 5명 이상', 'conflicting-qualifiers'],
  ['5~10억 원', 'range'],
  ['5억원~10억원', 'range'],
  ['228억', 'missing-unit'],
  ['7141', 'missing-unit'],
  ['약 5천여', 'missing-unit'],
  ['5 kg', 'unknown-unit'],
  ['12개대', 'unknown-unit'],
  ['150만원/세대', 'unknown-unit'],
  ['2010년', 'unknown-unit'],
  ['가구당 5명', 'unknown-unit'],
  ['1,234', 'unknown-unit', { unit: '평' }],
  ['5명 abc', 'trailing-text'],
  ['5가구', 'unit-conflict', { unit: '명' }],
  ['가구당 150만원/가구', 'unit-conflict'],
  ['-5 가구', 'negative'],
  ['△1,234 원', 'negative'],
  ['-15억 원', 'negative'],
  ['1.5 명', 'fractional'],
  ['0.5원', 'fractional'],
  ['1.5', 'fractional', { unit: '원' }],
  ['0.1234567890123456%', 'too-precise'],
  ['3만%', 'scale-on-percent'],
  ['9,007,199,254,740,993원', 'unsafe-integer'],
];

describe('parseAmount refuses malformed figures with a coded error', () => {
  it('has at least 20 cases', () => {
    expect(REJECTED.length).toBeGreaterThanOrEqual(20);
  });

  for (const [written, code, options] of REJECTED) {
    it(`${JSON.stringify(written.length > 30 ? `${written.slice(0, 30)}…` : written)} → ${code}`, () => {
      const result = parseAmount(written, options);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(code);
      expect(result.error.input).toBe(written);
      expect(result.error.ko).toMatch(/[가-힣]/u);
      expect(result.error.en).toMatch(/[A-Za-z]/);
    });
  }

  it('uses every error code somewhere in these cases', () => {
    const used = new Set(REJECTED.map(([, code]) => code));
    expect(AMOUNT_ERROR_CODES.filter((code) => !used.has(code))).toEqual([]);
  });

  it('does not throw on non-string input from untyped callers', () => {
    const result = parseAmount(undefined as unknown as string);
    expect(result).toMatchObject({ ok: false, error: { code: 'empty', input: '' } });
  });
});
