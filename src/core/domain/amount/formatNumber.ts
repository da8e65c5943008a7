/**
 * Plain digit grouping with Intl.NumberFormat('ko-KR'), keeping every decimal the value has
 * (35.06 stays "35.06", never "35.060000000000002").
 */

const GROUPING = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 0 });

// Shortest round-trip decimal text of a finite number, without exponent notation ("1e-7" → "0.0000001").
function plainDecimal(value: number): string {
  const text = String(value === 0 ? 0 : value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', int = '', frac = '', exp = '0'] = match;
  const digits = int + frac;
  const point = int.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Groups the digits of a whole number with commas ("140800" → "140,800"). */
export function groupDigits(value: bigint): string {
  return GROUPING.format(value);
}

/** Formats a number with ko-KR digit grouping and exactly the decimals it has; throws RangeError on NaN/±Infinity. */
export function formatNumber(value: number | bigint): string {
  if (typeof value === 'bigint') return groupDigits(value);
  if (!Number.isFinite(value)) {
    throw new RangeError(`숫자가 아닌 값은 표시할 수 없습니다 / cannot format a non-finite number: ${value}`);
  }
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(plainDecimal(value));
  if (!match) throw new RangeError(`unexpected number text: ${value}`);
  const [, sign = '', int = '0', frac] = match;
  return `${sign}${groupDigits(BigInt(int))}${frac ? `.${frac}` : ''}`;
}
