/**
 * Result and option types shared by the amount parser and formatters.
 */
import type { AmountError } from './errors.ts';
import type { Qualifier } from './qualifiers.ts';
import type { BaseUnit } from './units.ts';

/** Options for parseAmount. */
export interface ParseOptions {
  /** Declared column unit for bare numbers, e.g. '천원' or '백만원' in a budget table, '가구' in a count column. */
  readonly unit?: string;
  /** Accept negative money and counts (증감 columns). Negative % and %p are always accepted. */
  readonly allowNegative?: boolean;
  /**
   * Return whole values beyond Number.MAX_SAFE_INTEGER instead of refusing them. When set, every whole
   * result carries `exact` (a bigint) and `value` is only its nearest double.
   */
  readonly bigint?: boolean;
}

/** A figure that was read. */
export interface ParsedAmount {
  readonly ok: true;
  /** Value in base units (원, not 억원). Exact when `exact` is absent; never NaN. */
  readonly value: number;
  /** The exact whole value, present only with options.bigint and a whole result. */
  readonly exact?: bigint;
  readonly unit: BaseUnit;
  /** The input exactly as given. */
  readonly written: string;
  /** Qualifiers in the order they were written, without duplicates. */
  readonly qualifiers: Qualifier[];
  /** Place value of the last written digit, in base units: "228억 원" → 1e8, "35.06%" → 0.01. */
  readonly precision: number;
}

/** A figure that was refused, with a coded bilingual reason. */
export interface ParseFailure {
  readonly ok: false;
  readonly error: AmountError;
}

/** What parseAmount returns. */
export type ParseResult = ParsedAmount | ParseFailure;
