/**
 * Qualifiers around a figure: "약 17만 4천 가구", "4천700여 명", "30만 가구 이상", "최대 150만 원".
 * They do not change the number; they say how exact it is or which side of it the truth lies.
 */

/**
 * approx: 약/대략/가량/정도/내외/안팎/수준 · over: 여 ("and some more") · at-least: 이상/최소/trailing ~ ·
 * at-most: 이하/이내 · less-than: 미만 · more-than: 초과/넘는/넘게 · up-to: 최대/까지/leading ~.
 */
export type Qualifier = 'approx' | 'over' | 'at-least' | 'at-most' | 'less-than' | 'more-than' | 'up-to';

/** Words written before the number, longest first. */
export const PREFIX_WORDS: readonly { word: string; qualifier: Qualifier }[] = [
  { word: '대략', qualifier: 'approx' },
  { word: '최대', qualifier: 'up-to' },
  { word: '최소', qualifier: 'at-least' },
  { word: '약', qualifier: 'approx' },
  { word: '~', qualifier: 'up-to' },
];

/** Words written after the unit, longest first. */
export const SUFFIX_WORDS: readonly { word: string; qualifier: Qualifier }[] = [
  { word: '이상', qualifier: 'at-least' },
  { word: '이하', qualifier: 'at-most' },
  { word: '이내', qualifier: 'at-most' },
  { word: '미만', qualifier: 'less-than' },
  { word: '초과', qualifier: 'more-than' },
  { word: '넘는', qualifier: 'more-than' },
  { word: '넘게', qualifier: 'more-than' },
  { word: '가량', qualifier: 'approx' },
  { word: '정도', qualifier: 'approx' },
  { word: '내외', qualifier: 'approx' },
  { word: '안팎', qualifier: 'approx' },
  { word: '수준', qualifier: 'approx' },
  { word: '까지', qualifier: 'up-to' },
  { word: '~', qualifier: 'at-least' },
];

// A figure has at most one bound: "5명 이상 이하" says nothing.
const BOUNDS: ReadonlySet<Qualifier> = new Set(['at-least', 'at-most', 'less-than', 'more-than', 'up-to']);

/** Adds a qualifier unless already present; returns false when it contradicts a bound already there. */
export function addQualifier(list: Qualifier[], qualifier: Qualifier): boolean {
  if (list.includes(qualifier)) return true;
  if (BOUNDS.has(qualifier) && list.some((q) => BOUNDS.has(q))) return false;
  list.push(qualifier);
  return true;
}

/** How each qualifier is written back: the prefix before the number and the suffix after the unit. */
export const QUALIFIER_WORDS: Readonly<Record<Qualifier, { before?: string; after?: string }>> = {
  approx: { before: '약' },
  over: {},
  'at-least': { after: '이상' },
  'at-most': { after: '이하' },
  'less-than': { after: '미만' },
  'more-than': { after: '초과' },
  'up-to': { before: '최대' },
};
