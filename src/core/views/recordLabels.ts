import type { Period } from '../domain/dataset/types.ts';
import { periodLabel } from '../domain/dataset/period.ts';
import { routes } from '../site/routes.ts';

/** How a record's status is shown: `확인` needs no badge; the others warn the reader. */
export interface StatusBadge {
  label: string;
  /** Short explanation for the badge's title and the about page. */
  description: string;
}

/** Meanings of the statuses and source reliabilities, as the about page and badges explain them. */
export const STATUS_MEANINGS: ReadonlyArray<{ status: string; description: string }> = [
  { status: '확인', description: '출처 문서에서 값과 표기를 직접 확인했습니다.' },
  {
    status: '2차인용',
    description: '원 발행 기관이 아닌 곳이 다시 정리한 값입니다. 원문과 대조하기 전까지는 단서로만 보세요.',
  },
  { status: '미확인', description: '출처 문서를 다시 열어 확인하지 못한 값입니다.' },
];

/** The badge for a status, or null for plain `확인` (no badge clutter on the normal case). */
export function statusBadge(status: string): StatusBadge | null {
  if (status === '확인') return null;
  const meaning = STATUS_MEANINGS.find((m) => m.status === status);
  return { label: status, description: meaning?.description ?? '확인 상태가 특별한 값입니다.' };
}

/** Period label that never leaves a blank cell: `2023년`, `2019~2023년`, `기간 미상`. */
export function periodText(period: Period): string {
  return periodLabel(period);
}

/** Site path of a region page, or null when the region has none (e.g. `전국`). */
export function regionPath(identity: string, known: ReadonlySet<string>): string | null {
  return known.has(identity) ? routes.region(identity) : null;
}

/** Years covered by a set of records as a label: `2019~2025년`, `2023년`, or `연도 미상`. */
export function yearsLabel(years: Iterable<number>): string {
  const list = [...new Set(years)].filter((y) => Number.isInteger(y)).sort((a, b) => a - b);
  if (list.length === 0) return '연도 미상';
  const first = list[0]!;
  const last = list[list.length - 1]!;
  return first === last ? `${first}년` : `${first}~${last}년`;
}

/** Calendar years a period touches (start to end); empty when the period is unknown. */
export function periodYears(period: Period): number[] {
  const start = period.start ? Number(period.start.slice(0, 4)) : NaN;
  const end = period.end ? Number(period.end.slice(0, 4)) : start;
  if (!Number.isInteger(start)) return [];
  const out: number[] = [];
  for (let y = start; y <= (Number.isInteger(end) ? end : start); y++) out.push(y);
  return out;
}
