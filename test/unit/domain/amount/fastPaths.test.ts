import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountParts, BASE_UNITS, formatAmount, UNIT_ENTRIES } from '../../../../src/core/domain/amount/index.ts';
import { groupDigits } from '../../../../src/core/domain/amount/formatNumber.ts';
import { parseAmount, parseAmountFully } from '../../../../src/core/domain/amount/parseAmount.ts';
import { plainFigure } from '../../../../src/core/domain/amount/plainFigure.ts';

// The quick paths taken for a million-row ingest must say exactly what the slow, obvious ones say.
const RUNS = { numRuns: 3000, seed: 12 } as const;

const INTL = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 0 });

/** The newsroom notation as it was written before the quick path (BigInt division per group, Intl grouping). */
function referenceNewsroom(n: bigint): string {
  if (n === 0n) return '0';
  const group = (g: bigint) => (g < 10_000n && g % 1000n === 0n ? `${g / 1000n}천` : INTL.format(g));
  const parts: string[] = [];
  let rest = n;
  for (const [word, size] of [
    ['조', 10n ** 12n],
    ['억', 10n ** 8n],
    ['만', 10n ** 4n],
  ] as const) {
    const head = word === '조' ? rest / size : (rest / size) % 10_000n;
    if (head > 0n) parts.push(`${group(head)}${word}`);
    rest %= size;
  }
  if (rest > 0n) parts.push(group(rest));
  return parts.join(' ');
}

const groupValue = fc.oneof(
  fc.constant(0n),
  fc.bigInt({ min: 1n, max: 9n }).map((d) => d * 1000n),
  fc.bigInt({ min: 0n, max: 9999n }),
);
const structured = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 8n }), groupValue, groupValue, groupValue)
  .map(([jo, eok, man, ones]) => jo * 10n ** 12n + eok * 10n ** 8n + man * 10n ** 4n + ones);
const whole = fc.oneof(
  structured,
  fc.bigInt({ min: 0n, max: 10n ** 24n }),
  fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) }),
  fc.constantFrom(0n, 1n, 999n, 1000n, 9999n, 10_000n, 10n ** 12n, BigInt(Number.MAX_SAFE_INTEGER)),
  // One below a multiple of 10^12 or 10^4, near the top of the safe range: where a rounded quotient would overshoot.
  fc.bigInt({ min: 1n, max: 9007n }).map((k) => k * 10n ** 12n - 1n),
  fc.bigInt({ min: 1n, max: 10n ** 8n }).map((k) => k * 10n ** 4n - 1n),
);

describe('groupDigits by hand', () => {
  it('equals Intl ko-KR grouping for every whole number, negative ones included', () => {
    fc.assert(
      fc.property(whole, fc.boolean(), (n, negative) => {
        const v = negative ? -n : n;
        expect(groupDigits(v)).toBe(INTL.format(v));
      }),
      RUNS,
    );
  });
});

describe('newsroom notation from a table of groups', () => {
  it('equals the BigInt reference, for numbers and bigints alike', () => {
    fc.assert(
      fc.property(whole, fc.boolean(), fc.constantFrom(...BASE_UNITS), (n, negative, unit) => {
        fc.pre(unit !== '%' && unit !== '%p');
        const v = negative ? -n : n;
        const expected = `${negative && n !== 0n ? '-' : ''}${referenceNewsroom(n)}`;
        expect(amountParts(v, unit).number).toBe(expected);
        if (n <= BigInt(Number.MAX_SAFE_INTEGER)) expect(amountParts(Number(v), unit).number).toBe(expected);
      }),
      RUNS,
    );
  });

  it('joins per-unit words and units as before', () => {
    expect(formatAmount(1_500_000, '원/가구')).toBe('가구당 150만 원');
    expect(formatAmount(-2_000_000_000_000, '원')).toBe('-2조 원');
    expect(formatAmount(10n ** 16n, '원')).toBe('10,000조 원');
    expect(formatAmount(0, '명')).toBe('0 명');
  });
});

describe('plain figures (digits glued to a unit spelling)', () => {
  const spelling = fc.oneof(
    fc.constantFrom(...UNIT_ENTRIES.map((u) => u.spelling)),
    fc.constantFrom('', ' 원', '천 원', '원 이상', 'x', '인당', '원/세대', '만', '억'),
  );
  const digits = fc.stringMatching(/^[0-9]{0,19}$/);

  it('parseAmount equals the full parser on every unit spelling and digit string', () => {
    fc.assert(
      fc.property(digits, spelling, (d, unit) => {
        const text = `${d}${unit}`;
        expect(parseAmount(text)).toEqual(parseAmountFully(text));
      }),
      RUNS,
    );
  });

  it('takes the quick path only where doubles are exact, and never with options', () => {
    expect(plainFigure('1234567890123천원')).toBeNull(); // 13 digits + 3 > 15: left to the full parser
    expect(plainFigure('123456789012원')).toMatchObject({ value: 123456789012, unit: '원', precision: 1 });
    expect(plainFigure('1,234천원')).toBeNull();
    expect(parseAmount('9007199254740993원')).toEqual(parseAmountFully('9007199254740993원'));
    expect(parseAmount('12천원', { bigint: true })).toEqual(parseAmountFully('12천원', { bigint: true }));
  });
});
