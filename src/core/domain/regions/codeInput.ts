import { LOFIN_FILE, type LofinCrosswalk } from './lofinCodes.ts';
import type { Message } from './types.ts';

/**
 * How a numeric input was read: the 행정표준 code it stands for (with the date that code is to be read on, when the
 * input fixes one, as a 지방재정365 laf_cd does), or why it cannot stand for one.
 */
export type CodeReading =
  | { readonly ok: true; readonly code: string; readonly vintage: string | null; readonly via: 'code' | 'lofin' }
  | ({ readonly ok: false } & Message);

// 시도 rows in 5- and 10-digit forms end in zeros after the two-digit 시도 code (11000, 1100000000).
function fiveDigit(code5: string): string {
  return code5.endsWith('000') ? code5.slice(0, 2) : code5;
}

/**
 * Reads digits as a region code: 2-digit 시도, 5-digit 행정표준 code, 7-digit 지방재정365 laf_cd (looked up in the
 * crosswalk, never truncated: 1114000 is 성동구 11200, not 중구 11140), or 10-digit 행정기관/법정동 code at 시군구 level
 * (ending in "00000"; its first 5 digits are the code). Returns null when the input is not all digits.
 */
export function readCode(compact: string, lofin?: LofinCrosswalk): CodeReading | null {
  const digits = compact.replace(/-/g, '');
  if (!/^\d+$/.test(digits)) return null;
  switch (digits.length) {
    case 2:
      return { ok: true, code: digits, vintage: null, via: 'code' };
    case 5:
      return { ok: true, code: fiveDigit(digits), vintage: null, via: 'code' };
    case 7: {
      if (lofin === undefined) {
        return {
          ok: false,
          ko: `7자리 지방재정365 코드 ${digits}는 대조표 ${LOFIN_FILE}로만 읽는데, 대조표가 로드되지 않았습니다 (parseRegistry의 세 번째 인자)`,
          en: `7-digit 지방재정365 code ${digits} is read only through the crosswalk ${LOFIN_FILE}, which was not loaded (third argument of parseRegistry)`,
        };
      }
      const pair = lofin.byLafCd.get(digits);
      if (pair) return { ok: true, code: pair.code, vintage: pair.asOf, via: 'lofin' };
      return {
        ok: false,
        ko: `7자리 지방재정365 코드 ${digits}가 대조표 ${LOFIN_FILE}에 없습니다. 코드+"00"으로 추측하지 않습니다; 대조표에 행을 더하세요 (scripts/build-lofin-codes.ts)`,
        en: `7-digit 지방재정365 code ${digits} is not in the crosswalk ${LOFIN_FILE}; it is never guessed as a 5-digit code + "00"; add the row (scripts/build-lofin-codes.ts)`,
      };
    }
    case 10:
      if (digits.endsWith('00000'))
        return { ok: true, code: fiveDigit(digits.slice(0, 5)), vintage: null, via: 'code' };
      return {
        ok: false,
        ko: `10자리 코드 ${digits}는 읍면동 단위입니다. 시군구 단위(끝 5자리 00000)만 지원합니다`,
        en: `10-digit code ${digits} is at 읍면동 level; only 시군구-level codes (ending in 00000) are supported`,
      };
    default:
      return {
        ok: false,
        ko: `지역 코드는 2·5·7·10자리여야 합니다 (입력 ${digits.length}자리): ${digits}`,
        en: `a region code has 2, 5, 7 or 10 digits (got ${digits.length}): ${digits}`,
      };
  }
}
