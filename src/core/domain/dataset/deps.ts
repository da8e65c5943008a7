import type { RegionRef } from './types.ts';

/** A region resolved for a date, or why it could not be. */
export type RegionLookup =
  | { ok: true; ref: Omit<RegionRef, 'written'> }
  | { ok: false; kind: string; ko: string; en: string; candidates: string[] };

/**
 * `sido`: a 시도 name or code that restricts the match (시도명 + 시군구명 columns). `vintage`: the input is a code
 * from a code list of that date: resolve it as of the vintage, then follow its identity to the first of `dates`.
 */
export interface ResolveHints {
  sido?: string;
  vintage?: string;
}

/** An amount understood, or why it could not be. */
export type AmountLookup =
  | { ok: true; value: number; unit: string; approx: string[]; display: string }
  | { ok: false; code: string; ko: string; en: string };

/**
 * What the dataset builder needs from the region registry and the amount parser. Passed in, so the builder can be
 * tested with small fakes and the real implementations stay in their own modules.
 */
export interface DatasetDeps {
  /**
   * Resolve a written name or code, trying each date in order (the date of writing first). With no date at all, the
   * most recent unit that bore the name is taken (the caller warns that the row is undated).
   */
  resolveRegion(written: string, dates: readonly string[], options?: ResolveHints): RegionLookup;
  parseAmount(written: string): AmountLookup;
  /**
   * A table cell: a bare number (its commas are digit grouping and are ignored) and its column's declared unit. Means
   * exactly `parseAmount(bare without commas + unit)`; kept apart so plain whole numbers, the bulk of a published file,
   * skip the full parser.
   */
  parseCell(bare: string, unit: string): AmountLookup;
  /** The code of the 시 a 행정구 (일반구) belonged to on `date`; null when `code` is no 행정구 then. */
  cityOf(code: string, date: string): string | null;
}
