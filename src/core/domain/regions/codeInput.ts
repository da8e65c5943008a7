import type { Message } from './types.ts';

/** How a numeric input was read: the 행정표준 code it stands for, or why it cannot stand for one. */
export type CodeReading = { readonly ok: true; readonly code: string } | ({ readonly ok: false } & Message);

// 시도 rows in 5-, 7- and 10-digit forms end in zeros after the two-digit 시도 code (11000, 1100000, 1100000000).
function fiveDigit(code5: string): string {
  return code5.endsWith('000') ? code5.slice(0, 2) : code5;
}

/**
 * Reads digits as a region code: 2-digit 시도, 5-digit 행정표준 code, 7-digit 지방재정(lofin) code (5 digits + "00"),
 * or 10-digit 법정동-style code ending in "00000". Returns null when the input is not all digits.
 */
export function readCode(compact: string): CodeReading | null {
  const digits = compact.replace(/-/g, '');
  if (!/^\d+$/.test(digits)) return null;
  switch (digits.length) {
    case 2:
      return { ok: true, code: digits };
    case 5:
      return { ok: true, code: fiveDigit(digits) };
    case 7:
      if (digits.endsWith('00')) return { ok: true, code: fiveDigit(digits.slice(0, 5)) };
      return {
        ok: false,
        ko: `7자리 지방재정 코드는 "00"으로 끝나야 합니다: ${digits}`,
        en: `a 7-digit local-finance (lofin) code must end in "00": ${digits}`,
      };
    case 10:
      if (digits.endsWith('00000')) return { ok: true, code: fiveDigit(digits.slice(0, 5)) };
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
