/**
 * Code tables of the geometry vintage (2024-01-01..2026-06-30). Written out in full on purpose: the last digit of a
 * code does not tell a 행정구 from a 자치구 or 군 (광진구 11215, 증평군 43745, 태안군 44825).
 */

/** 시 with 행정구 in the vintage, parent code → its 구 codes. 부천 has its 2024 구 (41192/41194/41196). */
export const GU_PARENTS: Readonly<Record<string, readonly string[]>> = {
  '41110': ['41111', '41113', '41115', '41117'], // 수원
  '41130': ['41131', '41133', '41135'], // 성남
  '41170': ['41171', '41173'], // 안양
  '41190': ['41192', '41194', '41196'], // 부천
  '41270': ['41271', '41273'], // 안산
  '41280': ['41281', '41285', '41287'], // 고양
  '41460': ['41461', '41463', '41465'], // 용인
  '43110': ['43111', '43112', '43113', '43114'], // 청주
  '44130': ['44131', '44133'], // 천안
  '47110': ['47111', '47113'], // 포항
  '48120': ['48121', '48123', '48125', '48127', '48129'], // 창원
  '52110': ['52111', '52113'], // 전주
};

/** The 17 시도 codes of the vintage (강원 51 and 전북 52 already, 광주 29 and 전남 46 still separate). */
export const SIDO_CODES: readonly string[] = [
  '11',
  '26',
  '27',
  '28',
  '29',
  '30',
  '31',
  '36',
  '41',
  '43',
  '44',
  '46',
  '47',
  '48',
  '50',
  '51',
  '52',
];

/** 시도 of the vintage that were merged on 2026-07-01, mapped to the code that replaced them. */
export const SIDO_2026_MERGES: Readonly<Record<string, string>> = { '29': '12', '46': '12' };

const parentByGu: ReadonlyMap<string, string> = new Map(
  Object.entries(GU_PARENTS).flatMap(([parent, gus]) => gus.map((gu) => [gu, parent] as const)),
);

/** The 자치단체-level code for a geometry code: the parent 시 for a 행정구, the code itself otherwise. */
export function sigunguOf(code: string): string {
  return parentByGu.get(code) ?? code;
}

/** The 2026-07-01 시도 code for a vintage 시도 code (29 and 46 become 12, the rest stay). */
export function sido2026Of(sidoCode: string): string {
  return SIDO_2026_MERGES[sidoCode] ?? sidoCode;
}
