import { readCsvRows, RegistryError } from './csvRows.ts';
import { isIsoDate, isWithin } from './dates.ts';
import type { Region } from './types.ts';

/** Where the crosswalk lives in the repository; named in every error about a 7-digit code. */
export const LOFIN_FILE = 'data/regions/lofin-codes.csv';

/** Column order of data/regions/lofin-codes.csv. */
export const LOFIN_HEADER = ['laf_cd', 'laf_hg_nm', 'level', 'code', 'as_of', 'note'] as const;

/** 본청 = a 광역 government's own accounts (maps to the 2-digit 시도 code); 기초 = a 시·군·자치구. */
export type LofinLevel = '본청' | '기초';

/** One 지방재정365 자치단체: its own 7-digit number, its label, and the 행정표준 code it stood for on `asOf`. */
export interface LofinPair {
  readonly lafCd: string;
  readonly lafName: string;
  readonly level: LofinLevel;
  readonly code: string;
  /** The date the pair was matched for: `code` is read as valid on this day, then followed by identity. */
  readonly asOf: string;
  readonly note: string;
}

/** The parsed crosswalk, keyed by laf_cd. */
export interface LofinCrosswalk {
  readonly pairs: readonly LofinPair[];
  readonly byLafCd: ReadonlyMap<string, LofinPair>;
}

/**
 * Parses lofin-codes.csv and checks each row against the registry rows (`byCode`): the code must be a 시도 for 본청
 * and a 시·군·자치구 for 기초, valid on as_of; laf_cd and code must each appear once. Throws RegistryError with the line.
 */
export function parseLofinCodes(text: string, byCode: ReadonlyMap<string, readonly Region[]>): LofinCrosswalk {
  const file = 'lofin-codes.csv';
  const rows = readCsvRows(text, file, LOFIN_HEADER);
  const byLafCd = new Map<string, LofinPair>();
  const seenCode = new Set<string>();
  const pairs = rows.map(({ line, values: v }) => {
    const fail = (ko: string, en: string): never => {
      throw new RegistryError(file, line, ko, en);
    };
    const lafCd = v.laf_cd ?? '';
    const code = v.code ?? '';
    const asOf = v.as_of ?? '';
    const level = (v.level ?? '') as LofinLevel;
    if (!/^\d{7}$/.test(lafCd))
      fail(`laf_cd "${lafCd}"는 7자리 숫자여야 합니다`, `laf_cd "${lafCd}" must have 7 digits`);
    if (level !== '본청' && level !== '기초')
      fail(`level "${level}"은 본청이나 기초여야 합니다`, `level "${level}" must be 본청 or 기초`);
    if (!isIsoDate(asOf))
      fail(`as_of "${asOf}"는 YYYY-MM-DD 날짜가 아닙니다`, `as_of "${asOf}" is not a YYYY-MM-DD date`);
    const unit = (byCode.get(code) ?? []).find((r) => isWithin(asOf, r.validFrom, r.validTo));
    if (!unit) fail(`코드 ${code}가 ${asOf}에 유효하지 않습니다`, `code ${code} is not valid on ${asOf}`);
    const kindOk = level === '본청' ? unit?.kind === '시도' : ['시', '군', '자치구'].includes(unit?.kind ?? '');
    if (!kindOk)
      fail(
        `${level} 행에 ${unit?.kind} 코드 ${code}를 쓸 수 없습니다`,
        `a ${level} row cannot map to ${unit?.kind} ${code}`,
      );
    if (byLafCd.has(lafCd)) fail(`laf_cd ${lafCd}가 두 번 나옵니다`, `laf_cd ${lafCd} appears twice`);
    if (seenCode.has(code)) fail(`코드 ${code}가 두 번 나옵니다`, `code ${code} appears twice`);
    const pair: LofinPair = { lafCd, lafName: v.laf_hg_nm ?? '', level, code, asOf, note: v.note ?? '' };
    byLafCd.set(lafCd, pair);
    seenCode.add(code);
    return pair;
  });
  return { pairs, byLafCd };
}
