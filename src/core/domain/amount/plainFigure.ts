/**
 * The fast path of parseAmount for the commonest figure of a published table: plain digits glued to one unit spelling
 * ("1234567천원", what the ingester makes of a "1,234,567" cell in a 천원 column). A million-row file is mostly these,
 * and the full grammar (normalisation, scale words, exact decimals) cost microseconds each. Anything else, and any
 * value that might leave the range where doubles are exact, returns null and goes through the full parser; a
 * property test holds the two equal on every unit spelling.
 */
import type { ParsedAmount } from './types.ts';
import { unitBySpelling } from './units.ts';

// Digits + exponent ≤ 15: the value is below 10^15 < 2^53, so the double is the exact value.
const MAX_DIGITS = 15;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** `<digits><unit spelling>` read exactly, or null when the text is anything else. */
export function plainFigure(input: string): ParsedAmount | null {
  let i = 0;
  for (; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c < 48 || c > 57) break;
  }
  if (i === 0) return null;
  const entry = unitBySpelling(input.slice(i));
  if (!entry || i + entry.exponent > MAX_DIGITS) return null;
  const scale = POW10[entry.exponent]!;
  return {
    ok: true,
    value: Number(input.slice(0, i)) * scale,
    unit: entry.base,
    written: input,
    qualifiers: [],
    precision: scale,
  };
}
