/**
 * The fast path of parseAmount for the commonest figure of a published table: plain digits glued to one unit spelling
 * ("1234567천원", what the ingester makes of a "1,234,567" cell in a 천원 column). A million-row file is mostly these,
 * and the full grammar (normalisation, scale words, exact decimals) cost microseconds each. Anything else, and any
 * value that might leave the range where doubles are exact, returns null and goes through the full parser; a
 * property test holds the two equal on every unit spelling.
 */
import type { ParsedAmount } from './types.ts';
import { unitBySpelling, type BaseUnit } from './units.ts';

// Digits + exponent ≤ 15: every partial sum and the value stay below 10^15 < 2^53, so the double is exact.
const MAX_DIGITS = 15;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Plain digits (commas between them ignored, as in a table cell "1,234,567") and an exact unit spelling, read
 * exactly; null when either is anything else. The digits are summed as they are scanned: no string is made.
 */
export function plainWhole(
  digits: string,
  spelling: string,
): { value: number; unit: BaseUnit; precision: number } | null {
  let value = 0;
  let count = 0;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      count++;
    } else if (c !== 44) return null;
  }
  const entry = count === 0 ? undefined : unitBySpelling(spelling);
  if (!entry || count + entry.exponent > MAX_DIGITS) return null;
  const scale = POW10[entry.exponent]!;
  return { value: value * scale, unit: entry.base, precision: scale };
}

/** `<digits><unit spelling>` read exactly, or null when the text is anything else. */
export function plainFigure(input: string): ParsedAmount | null {
  let i = 0;
  while (i < input.length && input.charCodeAt(i) >= 48 && input.charCodeAt(i) <= 57) i++;
  const whole = i === 0 ? null : plainWhole(input.slice(0, i), input.slice(i));
  return (
    whole && {
      ok: true,
      value: whole.value,
      unit: whole.unit,
      written: input,
      qualifiers: [],
      precision: whole.precision,
    }
  );
}
