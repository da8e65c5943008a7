/**
 * Plain digit grouping as ko-KR writes it (commas every three digits), keeping every decimal the value has
 * (35.06 stays "35.06", never "35.060000000000002"). Grouped by hand: Intl.NumberFormat cost a microsecond per cell
 * when a million-row file was ingested, and ko-KR grouping is fixed (a unit test holds it equal to Intl's).
 */

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
  return value < 0n ? `-${groupDigitText(String(-value))}` : groupDigitText(String(value));
}

/** Commas every three digits of a digit string without sign or leading zeros ("140800" → "140,800"). */
export function groupDigitText(digits: string): string {
  const n = digits.length;
  if (n <= 3) return digits;
  let head = n % 3 || 3;
  let out = digits.slice(0, head);
  for (; head < n; head += 3) out += `,${digits.slice(head, head + 3)}`;
  return out;
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
