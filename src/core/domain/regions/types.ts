import type { LofinCrosswalk } from './lofinCodes.ts';

/** Kinds of unit the registry carries; '전국' is reserved for the national pseudo-region. */
export type RegionKind = '시도' | '특별자치시' | '자치구' | '시' | '군' | '행정시' | '행정구' | '전국';

/** Kinds of code-affecting event recorded in changes.csv. */
export type ChangeType = 'recode' | 'rename' | 'merge' | 'split' | 'move' | 'create' | 'abolish' | 'boundary';

/** One unit during one validity period (dates inclusive, ISO `YYYY-MM-DD`, null = open). */
export interface Region {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly kind: RegionKind;
  /** 시도 code for 시군구-level units, parent 시 code for 행정구, null for 시도. */
  readonly parent: string | null;
  readonly sidoCode: string;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly aliases: readonly string[];
  readonly note: string;
}

/** One old→new pair of a code-affecting event; `oldCode` is null for pure creations. */
export interface RegionChange {
  readonly date: string;
  readonly type: ChangeType;
  readonly oldCode: string | null;
  readonly newCode: string | null;
  readonly note: string;
  readonly sourceUrl: string;
}

/** The parsed registry: every row, every change, and rows grouped by code (sorted by start date). */
export interface RegionRegistry {
  readonly regions: readonly Region[];
  readonly changes: readonly RegionChange[];
  readonly byCode: ReadonlyMap<string, readonly Region[]>;
  /** 지방재정365 laf_cd → code crosswalk (lofin-codes.csv); absent when not loaded, and 7-digit input is then refused. */
  readonly lofin?: LofinCrosswalk;
}

/** A bilingual message; errors always carry both. */
export interface Message {
  readonly ko: string;
  readonly en: string;
}

export const REGION_KINDS: readonly RegionKind[] = ['시도', '특별자치시', '자치구', '시', '군', '행정시', '행정구'];

export const CHANGE_TYPES: readonly ChangeType[] = [
  'recode',
  'rename',
  'merge',
  'split',
  'move',
  'create',
  'abolish',
  'boundary',
];

/** Change types after which the new unit is the same territory as the old one, so they share one identity. */
export const CONTINUING_TYPES: readonly ChangeType[] = ['recode', 'rename', 'move'];

/** The national pseudo-region ("전국"), code and identity "00". */
export const NATIONAL: Region = {
  code: '00',
  name: '전국',
  fullName: '전국',
  kind: '전국',
  parent: null,
  sidoCode: '00',
  validFrom: null,
  validTo: null,
  aliases: ['대한민국'],
  note: '',
};
