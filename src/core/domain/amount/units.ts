/**
 * Unit table for Korean figures: the base units every value is stored in, the scaled spellings that tables
 * declare (천원, 백만원 …), and the Korean scale words used inside numerals (조/억/만/천/백/십).
 */

/** Base units a parsed amount is expressed in. 세대 and 가구 are different counts in Korean statistics: never merged. */
export const BASE_UNITS = ['원', '가구', '세대', '명', '건', '개', '%', '%p', '곳', '회', '원/가구', '원/명'] as const;

/** One of the base units. */
export type BaseUnit = (typeof BASE_UNITS)[number];

/** A spelling a table header or a figure may use, with the base unit it means and its power-of-ten scale. */
export interface UnitEntry {
  readonly spelling: string;
  readonly base: BaseUnit;
  /** Exponent of ten: 천원 is 3, 백만원 is 6. */
  readonly exponent: number;
  /** Korean label for headers such as "단위: 백만 원". */
  readonly label: string;
}

// Spellings are matched after spaces are removed, longest first, so '%p' wins over '%' and '원/가구' over '원'.
const ENTRIES: readonly UnitEntry[] = [
  { spelling: '원', base: '원', exponent: 0, label: '원' },
  { spelling: '천원', base: '원', exponent: 3, label: '천 원' },
  { spelling: '만원', base: '원', exponent: 4, label: '만 원' },
  { spelling: '백만원', base: '원', exponent: 6, label: '백만 원' },
  { spelling: '천만원', base: '원', exponent: 7, label: '천만 원' },
  { spelling: '억원', base: '원', exponent: 8, label: '억 원' },
  { spelling: '십억원', base: '원', exponent: 9, label: '십억 원' },
  { spelling: '조원', base: '원', exponent: 12, label: '조 원' },
  { spelling: '가구', base: '가구', exponent: 0, label: '가구' },
  { spelling: '세대', base: '세대', exponent: 0, label: '세대' },
  { spelling: '명', base: '명', exponent: 0, label: '명' },
  { spelling: '건', base: '건', exponent: 0, label: '건' },
  { spelling: '개', base: '개', exponent: 0, label: '개' },
  { spelling: '곳', base: '곳', exponent: 0, label: '곳' },
  { spelling: '회', base: '회', exponent: 0, label: '회' },
  { spelling: '%', base: '%', exponent: 0, label: '%' },
  { spelling: '퍼센트', base: '%', exponent: 0, label: '%' },
  { spelling: '%p', base: '%p', exponent: 0, label: '%p' },
  { spelling: '%P', base: '%p', exponent: 0, label: '%p' },
  { spelling: '%포인트', base: '%p', exponent: 0, label: '%p' },
  { spelling: '퍼센트포인트', base: '%p', exponent: 0, label: '%p' },
  { spelling: '원/가구', base: '원/가구', exponent: 0, label: '원/가구' },
  { spelling: '원/명', base: '원/명', exponent: 0, label: '원/명' },
];

/** Every known unit spelling, longest first (the order a prefix matcher needs). */
export const UNIT_ENTRIES: readonly UnitEntry[] = [...ENTRIES].sort((a, b) => b.spelling.length - a.spelling.length);

const BY_SPELLING = new Map(ENTRIES.map((entry) => [entry.spelling, entry]));

/** The unit spelled exactly so (no normalisation): the fast path of plain table figures. */
export function unitBySpelling(spelling: string): UnitEntry | undefined {
  return BY_SPELLING.get(spelling);
}

/** Looks up a declared unit such as '백만원', '천 원' or '가구'; spaces are ignored. */
export function lookupUnit(spelling: string): UnitEntry | undefined {
  return BY_SPELLING.get(spelling.normalize('NFKC').replace(/\s+/g, ''));
}

/** Korean scale words inside numerals, as exponents of ten. 조/억/만 start a new four-digit group; 천/백/십 do not. */
export const SCALE_WORDS: Readonly<Record<string, { exponent: number; big: boolean }>> = {
  조: { exponent: 12, big: true },
  억: { exponent: 8, big: true },
  만: { exponent: 4, big: true },
  천: { exponent: 3, big: false },
  백: { exponent: 2, big: false },
  십: { exponent: 1, big: false },
};

/** Whether a base unit may hold a fractional value (only shares do; money and counts are whole). */
export function allowsFraction(unit: BaseUnit): boolean {
  return unit === '%' || unit === '%p';
}

/** Per-unit prefixes ("가구당 150만 원") and the base unit they turn 원 into; the first spelling is the one written. */
export const PER_PREFIXES: readonly { spelling: string; base: '원/가구' | '원/명' }[] = [
  { spelling: '가구당', base: '원/가구' },
  { spelling: '1인당', base: '원/명' },
  { spelling: '인당', base: '원/명' },
  { spelling: '명당', base: '원/명' },
];
