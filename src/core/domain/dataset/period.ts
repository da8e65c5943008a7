import type { Period } from './types.ts';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a range `YYYY-YYYY` into a period with first and last day. */
export function parsePeriod(text: string): Period {
  if (text === '') return { text, kind: 'unknown', start: null, end: null };
  const range = /^(\d{4})-(\d{4})$/.exec(text);
  if (range) return { text, kind: 'range', start: `${range[1]}-01-01`, end: `${range[2]}-12-31` };
  const parts = text.split('-');
  if (parts.length === 1) return { text, kind: 'year', start: `${text}-01-01`, end: `${text}-12-31` };
  if (parts.length === 2) {
    const last = lastDay(Number(parts[0]), Number(parts[1]));
    return { text, kind: 'month', start: `${text}-01`, end: `${text}-${String(last).padStart(2, '0')}` };
  }
  return { text, kind: 'day', start: text, end: text };
}

/** The first day a partial date (`YYYY`, `YYYY-MM`) could mean. */
export function dateStart(text: string): string {
  const parts = text.split('-');
  return [parts[0], parts[1] ?? '01', parts[2] ?? '01'].join('-');
}

/** The last day a partial date (`YYYY`, `YYYY-MM`) could mean. */
export function dateEnd(text: string): string {
  const [y = '', m, d] = text.split('-');
  if (d) return text;
  if (m) return `${y}-${m}-${String(lastDay(Number(y), Number(m))).padStart(2, '0')}`;
  return `${y}-12-31`;
}

/**
 * Whether `text` is a period a published file may give: `YYYY`, `YYYY-MM` with a month 01–12, or `YYYY-MM-DD` that is a
 * day on the calendar. "2023-13" and "2023-02-30" are not: read as periods they would give days that never were.
 */
export function isPeriod(text: string): boolean {
  return /^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/.test(text) && isRealDate(text);
}

/** Whether a date of the shape `YYYY`, `YYYY-MM` or `YYYY-MM-DD` is on the calendar: a full day must exist. */
export function isRealDate(text: string): boolean {
  return text.length < 10 || isRealDay(text);
}

/** Whether a full ISO day exists on the calendar (2023-02-29 does not). */
export function isRealDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return false;
  return d <= lastDay(y, m);
}

function lastDay(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return DAYS_IN_MONTH[month - 1] ?? 31;
}

/** Human Korean label: 2023년, 2023년 5월, 2019~2023년. */
export function periodLabel(period: Period): string {
  switch (period.kind) {
    case 'year':
      return `${period.text}년`;
    case 'month': {
      const [y, m] = period.text.split('-');
      return `${y}년 ${Number(m)}월`;
    }
    case 'day': {
      const [y, m, d] = period.text.split('-');
      return `${y}년 ${Number(m)}월 ${Number(d)}일`;
    }
    case 'range':
      return `${period.text.replace('-', '~')}년`;
    default:
      return '기간 미상';
  }
}
