/**
 * Korean amounts: parse figures as written in press releases and tables, format them back the newsroom way.
 */
export { parseAmount } from './parseAmount.ts';
export {
  formatAmount,
  amountParts,
  joinParts,
  type AmountParts,
  type FormatOptions,
  type FormatStyle,
  type QualifierWords,
} from './formatAmount.ts';
export { formatQualified } from './formatQualified.ts';
export { formatNumber } from './formatNumber.ts';
export { AMOUNT_ERROR_CODES, type AmountError, type AmountErrorCode } from './errors.ts';
export type { Qualifier } from './qualifiers.ts';
export type { ParseOptions, ParseResult, ParsedAmount, ParseFailure } from './types.ts';
export { BASE_UNITS, lookupUnit, UNIT_ENTRIES, type BaseUnit, type UnitEntry } from './units.ts';
