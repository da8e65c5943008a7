import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  AMOUNT_ERROR_CODES,
  BASE_UNITS,
  formatAmount,
  formatNumber,
  formatQualified,
  parseAmount,
  type FormatStyle,
} from '../../../../src/core/domain/amount/index.ts';

const RUNS = { numRuns: 2000, seed: 42 } as const;
const LIMIT = 10n ** 16n;
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

// Uniform bigints rarely hit round groups ("2천만", "10억"); mixing in numbers built from 0 / round-thousand /
// any four-digit groups exercises every branch of the newsroom notation.
const groupValue = fc.oneof(
  fc.constant(0n),
  fc.bigInt({ min: 1n, max: 9n }).map((d) => d * 1000n),
  fc.bigInt({ min: 0n, max: 9999n }),
);
const structured = fc
  .tuple(fc.bigInt({ min: 0n, max: 10000n }), groupValue, groupValue, groupValue)
  .map(([jo, eok, man, ones]) => jo * 10n ** 12n + eok * 10n ** 8n + man * 10n ** 4n + ones)
  .filter((n) => n <= LIMIT);
const wholeAmount = fc.oneof(
  fc.bigInt({ min: 0n, max: LIMIT }),
  structured,
  fc.constantFrom(0n, SAFE, SAFE + 1n, LIMIT),
);

describe('round trip: parseAmount(formatAmount(n, unit)) === n', () => {
  for (const style of ['newsroom', 'full'] as const satisfies readonly FormatStyle[]) {
    it(`${style}: every whole 0 ≤ n ≤ 10^16 and every unit, exactly (bigint option)`, () => {
      fc.assert(
        fc.property(wholeAmount, fc.constantFrom(...BASE_UNITS), (n, unit) => {
          const text = formatAmount(n, unit, { style });
          const result = parseAmount(text, { bigint: true });
          expect(result, text).toMatchObject({ ok: true, unit, exact: n, qualifiers: [] });
        }),
        RUNS,
      );
    });
  }

  it('without the bigint option: exact number up to MAX_SAFE_INTEGER, coded refusal above', () => {
    fc.assert(
      fc.property(wholeAmount, fc.constantFrom(...BASE_UNITS), (n, unit) => {
        const result = parseAmount(formatAmount(n, unit), {});
        if (n <= SAFE) expect(result).toMatchObject({ ok: true, value: Number(n) });
        else expect(result).toMatchObject({ ok: false, error: { code: 'unsafe-integer' } });
      }),
      RUNS,
    );
  });

  it('number inputs round-trip too (safe integers)', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.constantFrom(...BASE_UNITS), (n, unit) => {
        expect(parseAmount(formatAmount(n, unit))).toMatchObject({ ok: true, value: n, unit });
      }),
      RUNS,
    );
  });

  it('percentages with up to 15 significant digits keep their decimals exactly', () => {
    const share = fc
      .tuple(
        fc.integer({ min: -999_999_999, max: 999_999_999 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 12 }),
      )
      .map(([mantissa, high, scale]) => Number(`${BigInt(mantissa) * 10n ** BigInt(high)}e-${scale}`));
    fc.assert(
      fc.property(share, fc.constantFrom('%', '%p') as fc.Arbitrary<'%' | '%p'>, (value, unit) => {
        const text = formatAmount(value, unit);
        const result = parseAmount(text);
        expect(result, text).toMatchObject({ ok: true, unit, value });
      }),
      RUNS,
    );
  });
});

describe('declared units 천원 and 백만원', () => {
  it('a bare cell times the declared scale, formatted and read back exactly', () => {
    const declared = fc.constantFrom(
      ['천원', 1000n] as const,
      ['백만원', 1_000_000n] as const,
      ['천 원', 1000n] as const,
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 9n }), declared, (cell, [unit, scale]) => {
        const result = parseAmount(formatNumber(cell), { unit, bigint: true });
        expect(result).toMatchObject({ ok: true, unit: '원', exact: cell * scale });
        if (!result.ok) return;
        expect(parseAmount(formatAmount(cell * scale, '원'), { bigint: true })).toMatchObject({ exact: cell * scale });
      }),
      RUNS,
    );
  });
});

describe('parseAmount on arbitrary text', () => {
  const alphabet = [...'0123456789,. 조억만천백십여원가구세대명건개곳회%p/~-+약최대이상하미만초과넘는당△abc\t　'];
  const koreanish = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 24 });
  const anyText = fc.oneof(koreanish, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

  it('never throws; returns a whole result or a known error code', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseAmount(text, { bigint: true, allowNegative: true });
        if (result.ok) {
          expect(Number.isFinite(result.value)).toBe(true);
          expect(BASE_UNITS).toContain(result.unit);
          expect(result.written).toBe(text);
          expect(result.precision).toBeGreaterThan(0);
        } else {
          expect(AMOUNT_ERROR_CODES).toContain(result.error.code);
          expect(result.error.input).toBe(text);
          expect(result.error.ko.length).toBeGreaterThan(0);
          expect(result.error.en.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  // Figure-shaped text: prefixes, a sign, a numeral of digits and scale words, 여, a unit and suffixes in
  // random combinations, so that a good share is accepted and the write-back check has something to check.
  const digits = fc.oneof(
    fc.nat(9999).map(String),
    fc.nat(99_999_999).map((n) => formatNumber(n)),
    fc.constantFrom('1.5', '23.18', '0.5'),
  );
  const numeralPart = fc.oneof(digits, fc.constantFrom('조', '억', '만', '천', '백', '십', ' '));
  const figureLike = fc
    .tuple(
      fc.constantFrom('', '약 ', '대략 ', '최대 ', '가구당 ', '1인당 ', '~', '가구당 약 '),
      fc.constantFrom('', '', '-', '+'),
      fc.array(numeralPart, { minLength: 1, maxLength: 6 }),
      fc.constantFrom('', '', '여'),
      fc.constantFrom('', ' '),
      fc.constantFrom('원', '원', '가구', '세대', '명', '건', '개', '곳', '회', '%', '%p', '원/가구', '원/명', ''),
      fc.constantFrom('', '', ' 이상', ' 이하', '이내', ' 미만', ' 초과', ' 넘게', ' 가량', '까지', '~'),
    )
    .map((parts) => parts.flat().join(''));

  it('figure-shaped text never throws either, and a fair share of it is accepted', () => {
    let accepted = 0;
    fc.assert(
      fc.property(figureLike, (text) => {
        const result = parseAmount(text, { bigint: true, allowNegative: true });
        if (result.ok) accepted += 1;
        else expect(AMOUNT_ERROR_CODES).toContain(result.error.code);
      }),
      RUNS,
    );
    expect(accepted).toBeGreaterThan(RUNS.numRuns / 10);
  });

  it('whatever it accepts, formatQualified writes back into the same value, unit and qualifiers', () => {
    fc.assert(
      fc.property(fc.oneof(figureLike, koreanish), (text) => {
        const first = parseAmount(text, { bigint: true, allowNegative: true });
        if (!first.ok) return;
        const again = parseAmount(formatQualified(first), { bigint: true, allowNegative: true });
        const expected = { ok: true, unit: first.unit, value: first.value };
        expect(again, `${text} → ${formatQualified(first)}`).toMatchObject(expected);
        expect(again.ok && [...again.qualifiers].sort()).toEqual([...first.qualifiers].sort());
      }),
      RUNS,
    );
  });
});
