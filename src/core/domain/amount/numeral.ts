/**
 * Reads the numeral at the start of a figure: Arabic digits (with commas and decimals) mixed with Korean
 * scale words, as in "18억 2천만", "14만 800", "4천700여", "1조 2,345억", "23.18억".
 *
 * Grammar (informal): groups separated by 조/억/만 in strictly decreasing order; inside a group, terms
 * "[digits]천/백/십" in decreasing order and then plain digits. Every later part must fit below the scale
 * before it (groups after the first have at most four digits), so "808억만" (doubled scale) and
 * "1억 15000만" (overflow) are refused instead of guessed.
 */
import { add, absLessThanPow10, decimalFromDigits, shift, ZERO, type Decimal } from './decimal.ts';
import type { AmountErrorCode } from './errors.ts';
import { SCALE_WORDS } from './units.ts';

/** What a numeral means, before units. */
export interface Numeral {
  readonly value: Decimal;
  /** Exponent of ten of the last written digit: "228억" → 8, "14만 800" → 0, "35.06" → -2. */
  readonly precisionExponent: number;
  /** Whether any scale word (조/억/만/천/백/십) was used. */
  readonly scaled: boolean;
  /** Whether 여 ("and some more") followed the digits. */
  readonly over: boolean;
}

/** A numeral and the text after it, or the reason it could not be read. */
export type NumeralResult =
  | { readonly ok: true; readonly numeral: Numeral; readonly rest: string }
  | { readonly ok: false; readonly code: AmountErrorCode };

type Token =
  | { kind: 'num'; value: Decimal; fraction: boolean; lastDigitExponent: number }
  | { kind: 'scale'; exponent: number; big: boolean }
  | { kind: 'over' };

const SPAN = /^[0-9.,\s조억만천백십여]*/u;
const VALID_DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

function tokenize(span: string): Token[] | AmountErrorCode {
  const tokens: Token[] = [];
  let i = 0;
  while (i < span.length) {
    const ch = span.charAt(i);
    if (/\s/u.test(ch)) {
      i += 1;
      continue;
    }
    const run = /^[0-9.,]+/.exec(span.slice(i));
    if (run) {
      const text = run[0];
      if (!VALID_DIGITS.test(text)) return text.includes(',') ? 'bad-digit-grouping' : 'malformed-number';
      const plain = text.replace(/,/g, '');
      const value = decimalFromDigits(plain);
      tokens.push({ kind: 'num', value, fraction: value.e > 0, lastDigitExponent: -value.e });
      i += text.length;
      continue;
    }
    const scale = SCALE_WORDS[ch];
    tokens.push(scale ? { kind: 'scale', exponent: scale.exponent, big: scale.big } : { kind: 'over' });
    i += 1;
  }
  return tokens;
}

const ONE: Decimal = { n: 1n, e: 0 };
// A leading bare 만 means one 만: "만 원".
const LEADING_SCALE = { value: ONE, precision: 0 };

/** Adds the trailing plain digits to a group's 천/백/십 terms, checking they fit below the last term. */
function closeGroup(
  group: Decimal,
  groupPrecision: number,
  smallLimit: number | null,
  pending: Extract<Token, { kind: 'num' }> | null,
): { value: Decimal; precision: number } | AmountErrorCode {
  if (!pending) return { value: group, precision: groupPrecision };
  if (smallLimit !== null) {
    if (!absLessThanPow10(pending.value, smallLimit)) return 'group-overflow';
    if (pending.fraction) return 'misplaced-decimal';
  }
  return { value: add(group, pending.value), precision: Math.min(groupPrecision, pending.lastDigitExponent) };
}

/** Reads the numeral at the start of `text` (no sign); returns the value and the rest of the text. */
export function readNumeral(text: string): NumeralResult {
  const span = SPAN.exec(text)?.[0] ?? '';
  const tokens = tokenize(span);
  if (typeof tokens === 'string') return { ok: false, code: tokens };
  if (!tokens.some((t) => t.kind !== 'over')) return { ok: false, code: 'not-a-number' };
  if (tokens[0]?.kind === 'over') return { ok: false, code: 'misplaced-qualifier' };

  let total = ZERO;
  let bigLimit: number | null = null; // exponent of the last 조/억/만 seen
  let group = ZERO;
  let groupPrecision = Infinity; // last-digit exponent inside the current group, before its big scale applies
  let smallLimit: number | null = null; // exponent of the last 천/백/십 in the current group
  let pending: Extract<Token, { kind: 'num' }> | null = null;
  let unitLike = false; // a multi-digit coefficient before 천/백/십 was used in this group
  let fractionClosed = false; // a decimal coefficient was used: only a higher scale word may follow it
  let over = false;
  let scaled = false;
  let precision = Infinity;
  let seenAny = false;

  for (const token of tokens) {
    if (token.kind === 'over') {
      if (over) return { ok: false, code: 'misplaced-qualifier' };
      over = true;
      continue;
    }
    if (token.kind === 'num') {
      if (over) return { ok: false, code: 'misplaced-qualifier' };
      if (pending) return { ok: false, code: 'malformed-number' };
      if (fractionClosed) return { ok: false, code: 'misplaced-decimal' };
      if (unitLike) return { ok: false, code: 'malformed-number' };
      pending = token;
      seenAny = true;
      continue;
    }
    scaled = true;
    if (!token.big) {
      if (over) return { ok: false, code: 'misplaced-qualifier' };
      if (fractionClosed && !pending) return { ok: false, code: 'misplaced-decimal' };
      if (unitLike) return { ok: false, code: 'malformed-number' };
      if (smallLimit !== null && token.exponent >= smallLimit) {
        return { ok: false, code: token.exponent === smallLimit ? 'doubled-scale' : 'scale-order' };
      }
      const term = shift(pending?.value ?? ONE, token.exponent);
      if (smallLimit !== null && !absLessThanPow10(term, smallLimit)) return { ok: false, code: 'group-overflow' };
      group = add(group, term);
      groupPrecision = Math.min(groupPrecision, (pending?.lastDigitExponent ?? 0) + token.exponent);
      if (pending?.fraction) fractionClosed = true;
      // "5,000천원", "1,234백만원": a multi-digit coefficient makes 천/백 act as a unit, so nothing may follow in the group.
      if (pending && !absLessThanPow10(pending.value, 1)) unitLike = true;
      smallLimit = token.exponent;
      pending = null;
      seenAny = true;
      continue;
    }
    // A big scale word (조/억/만) closes the current group.
    const groupEmpty = pending === null && smallLimit === null;
    if (groupEmpty && seenAny) return { ok: false, code: 'doubled-scale' };
    // "만 원" is idiomatic; a bare 억 or 조 is not ("조명" is a word, not 1조 명).
    if (groupEmpty && token.exponent > 4) return { ok: false, code: 'not-a-number' };
    if (bigLimit !== null && token.exponent >= bigLimit) {
      return { ok: false, code: token.exponent === bigLimit ? 'doubled-scale' : 'scale-order' };
    }
    const closed = groupEmpty ? LEADING_SCALE : closeGroup(group, groupPrecision, smallLimit, pending);
    if (typeof closed === 'string') return { ok: false, code: closed };
    // Only the leading group may exceed four digits ("20,254억"); later ones are "1억 1,500만", never "1억 15000만".
    if (bigLimit !== null && !absLessThanPow10(closed.value, 4)) return { ok: false, code: 'group-overflow' };
    const part = shift(closed.value, token.exponent);
    if (pending?.fraction) fractionClosed = true;
    total = add(total, part);
    precision = Math.min(precision, closed.precision + token.exponent);
    bigLimit = token.exponent;
    group = ZERO;
    groupPrecision = Infinity;
    smallLimit = null;
    pending = null;
    unitLike = false;
    seenAny = true;
  }

  if (pending !== null || smallLimit !== null) {
    const closed = closeGroup(group, groupPrecision, smallLimit, pending);
    if (typeof closed === 'string') return { ok: false, code: closed };
    if (bigLimit !== null && !absLessThanPow10(closed.value, 4)) return { ok: false, code: 'group-overflow' };
    total = add(total, closed.value);
    precision = Math.min(precision, closed.precision);
  }
  return {
    ok: true,
    numeral: { value: total, precisionExponent: precision, scaled, over },
    rest: text.slice(span.length),
  };
}
