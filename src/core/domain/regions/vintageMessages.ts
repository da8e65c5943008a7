import { CHANGE_KO, label, toCandidate, type ResolutionError } from './messages.ts';
import type { Region, RegionChange } from './types.ts';

/** The error for a code read "as of" `vintage` on which it was not valid; `near` is its territory's unit on that day. */
export function notAtVintageError(
  input: string,
  date: string,
  vintage: string,
  rows: readonly Region[],
  near: Region | null,
): ResolutionError {
  const periods = rows.map((r) => `${label(r)} ${r.validFrom ?? '…'}~${r.validTo ?? ''}`).join(', ');
  const regions = near === null ? rows : [near, ...rows.filter((r) => r !== near)];
  return {
    kind: 'not-at-vintage',
    input,
    date,
    candidates: regions.map(toCandidate),
    ko:
      `코드 ${rows[0]?.code ?? input}는 코드 기준일 ${vintage}에 유효하지 않습니다 (유효기간: ${periods}).` +
      (near
        ? ` 그날 같은 구역의 코드는 ${label(near)}입니다; codeVintage를 확인하세요.`
        : ' codeVintage를 확인하세요.'),
    en:
      `code ${rows[0]?.code ?? input} was not valid on its stated vintage ${vintage} (valid: ${periods}).` +
      (near ? ` That day the same territory was ${label(near)}; check codeVintage.` : ' Check codeVintage.'),
  };
}

/** The error for a code whose identity went on but whose territory changed between the vintage and the date. */
export function territoryChangedError(
  input: string,
  date: string,
  vintage: string,
  named: Region,
  events: readonly RegionChange[],
  others: readonly Region[],
): ResolutionError {
  const list = events.map((e) => `${e.date} ${CHANGE_KO[e.type]} ${e.oldCode ?? ''}→${e.newCode ?? ''}`).join(', ');
  const listEn = events.map((e) => `${e.date} ${e.type} ${e.oldCode ?? ''}→${e.newCode ?? ''}`).join(', ');
  return {
    kind: 'territory-changed',
    input,
    date,
    candidates: [named, ...others].map(toCandidate),
    ko: `${label(named)}(코드 기준일 ${vintage})의 구역이 ${date}까지 바뀌었습니다: ${list}. 같은 값으로 잇지 않습니다; 기준일을 ${date}에 맞춘 코드를 쓰거나 구역 변경을 따로 다루세요.`,
    en: `the territory of ${label(named)} (code vintage ${vintage}) changed before ${date}: ${listEn}. It is not carried over; use a code of ${date}'s vintage or handle the boundary change explicitly.`,
  };
}
