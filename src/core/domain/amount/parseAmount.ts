/**
 * Parses one Korean figure as agencies and newsrooms write it ("18억 2천만 원", "4천700여 명", "35.06%",
 * "가구당 150만 원") or a bare table cell with a declared unit ("1,234" in 백만원). Never throws on user
 * input and never guesses: a malformed figure such as "808억만원" comes back as a coded error.
 *
 * Shape: [가구당|1인당|약|대략|최대|최소|~]* [-|+|△] numeral [여] [unit] [이상|이하|미만|초과|넘는|가량|…|~]*
 */
import { isInteger, negate, shift, significantDigits, toBigInt, toNumber } from './decimal.ts';
import { amountError, type AmountErrorCode } from './errors.ts';
import { readNumeral } from './numeral.ts';
import { plainFigure } from './plainFigure.ts';
import { addQualifier, PREFIX_WORDS, SUFFIX_WORDS, type Qualifier } from './qualifiers.ts';
import type { ParseOptions, ParseResult } from './types.ts';
import { allowsFraction, lookupUnit, PER_PREFIXES, UNIT_ENTRIES, type BaseUnit, type UnitEntry } from './units.ts';

const MAX_INPUT = 200;
const MAX_SIGNIFICANT = 15; // every decimal with ≤ 15 significant digits survives a trip through a double
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

// NFKC folds full-width digits, ％ and ～; the rest are look-alikes NFKC keeps.
function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[〜∼]/gu, '~')
    .replace(/\u2212/gu, '-')
    .replace(/\s*\/\s*/gu, '/')
    .trim();
}

/** Strips the leading per-unit and qualifier words; returns the rest, or an error code. */
function readPrefixes(text: string, qualifiers: Qualifier[]): { rest: string; per: BaseUnit | null } | AmountErrorCode {
  let rest = text;
  let per: BaseUnit | null = null;
  for (;;) {
    rest = rest.trimStart();
    const perWord = PER_PREFIXES.find((p) => rest.startsWith(p.spelling));
    if (perWord) {
      if (per) return 'unit-conflict';
      per = perWord.base;
      rest = rest.slice(perWord.spelling.length);
      continue;
    }
    const word = PREFIX_WORDS.find((p) => rest.startsWith(p.word));
    if (!word) return { rest, per };
    if (!addQualifier(qualifiers, word.qualifier)) return 'conflicting-qualifiers';
    rest = rest.slice(word.word.length);
  }
}

/** Strips trailing qualifier words; returns what is left (empty when everything was understood). */
function readSuffixes(text: string, qualifiers: Qualifier[]): string | { code: AmountErrorCode } {
  let rest = text;
  for (;;) {
    rest = rest.trimStart();
    if (/^~\s*[0-9]/u.test(rest)) return { code: 'range' };
    const word = SUFFIX_WORDS.find((s) => rest.startsWith(s.word));
    if (!word) return rest;
    if (!addQualifier(qualifiers, word.qualifier)) return { code: 'conflicting-qualifiers' };
    rest = rest.slice(word.word.length);
  }
}

/** Resolves the written unit, the declared unit and a per-unit prefix into one base unit and scale. */
function resolveUnit(
  written: UnitEntry | null,
  declared: string | undefined,
  per: BaseUnit | null,
): { base: BaseUnit; exponent: number } | AmountErrorCode {
  const declaredEntry = declared === undefined ? null : lookupUnit(declared);
  if (declared !== undefined && !declaredEntry) return 'unknown-unit';
  const entry = written ?? declaredEntry;
  if (!entry) return 'missing-unit';
  let base = entry.base;
  if (per) {
    if (base === per) return 'unit-conflict';
    if (base !== '원') return 'unknown-unit';
    base = per;
  }
  if (written && declaredEntry) {
    const declaredBase = per && declaredEntry.base === '원' ? per : declaredEntry.base;
    // "150만원" in a 원/가구 column is 150만 원 per household.
    if (base === '원' && (declaredBase === '원/가구' || declaredBase === '원/명')) base = declaredBase;
    if (declaredBase !== base) return 'unit-conflict';
  }
  // A unit written in the cell overrides the declared scale: "5억원" in a 천원 column is 5억 원.
  return { base, exponent: written ? written.exponent : entry.exponent };
}

/** Parses a Korean figure into a value in base units, or a coded bilingual error. See the file comment. */
export function parseAmount(text: string, options: ParseOptions = {}): ParseResult {
  const plain = options.unit === undefined && !options.bigint && typeof text === 'string' ? plainFigure(text) : null;
  return plain ?? parseAmountFully(text, options);
}

/** parseAmount without the plain-figure fast path (the reference the fast path is tested against). */
export function parseAmountFully(text: string, options: ParseOptions = {}): ParseResult {
  const input = typeof text === 'string' ? text : '';
  const fail = (code: AmountErrorCode): ParseResult => ({ ok: false, error: amountError(code, input) });
  if (input.length > MAX_INPUT) return fail('too-long');
  const normalized = normalizeText(input);
  if (normalized === '') return fail('empty');

  const qualifiers: Qualifier[] = [];
  const prefixed = readPrefixes(normalized, qualifiers);
  if (typeof prefixed === 'string') return fail(prefixed);
  let body = prefixed.rest;
  let negative = false;
  const sign = /^([-+△])\s*/u.exec(body);
  if (sign) {
    negative = sign[1] !== '+';
    body = body.slice(sign[0].length);
  }

  const read = readNumeral(body);
  if (!read.ok) return fail(read.code);
  const { numeral } = read;
  if (numeral.over) addQualifier(qualifiers, 'over');

  let rest = read.rest.trimStart();
  if (/^~\s*[0-9]/u.test(rest)) return fail('range');
  const unitEntry = UNIT_ENTRIES.find((u) => rest.startsWith(u.spelling)) ?? null;
  if (unitEntry) {
    rest = rest.slice(unitEntry.spelling.length);
    // Letters glued to a known unit make another word ("12개대", "원/세대"), unless they are a qualifier.
    if (rest !== '' && !/^\s/u.test(rest) && !SUFFIX_WORDS.some((s) => rest.startsWith(s.word))) {
      return fail('unknown-unit');
    }
  }
  const left = readSuffixes(rest, qualifiers);
  if (typeof left !== 'string') return fail(left.code);
  if (left !== '') return fail(unitEntry ? 'trailing-text' : 'unknown-unit');

  const unit = resolveUnit(unitEntry, options.unit, prefixed.per);
  if (typeof unit === 'string') return fail(unit);
  const fractionOk = allowsFraction(unit.base);
  if (fractionOk && numeral.scaled) return fail('scale-on-percent');

  let value = shift(numeral.value, unit.exponent);
  if (negative && value.n !== 0n) {
    if (!fractionOk && !options.allowNegative) return fail('negative');
    value = negate(value);
  }
  const whole = isInteger(value);
  if (!whole && !fractionOk) return fail('fractional');
  if (!whole && significantDigits(value) > MAX_SIGNIFICANT) return fail('too-precise');
  const precision = Number(`1e${numeral.precisionExponent + unit.exponent}`);
  if (!whole) return { ok: true, value: toNumber(value), unit: unit.base, written: input, qualifiers, precision };

  const exact = toBigInt(value);
  if ((exact < 0n ? -exact : exact) > SAFE && !options.bigint) return fail('unsafe-integer');
  return {
    ok: true,
    value: Number(exact),
    ...(options.bigint ? { exact } : {}),
    unit: unit.base,
    written: input,
    qualifiers,
    precision,
  };
}
