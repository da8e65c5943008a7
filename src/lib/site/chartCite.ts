import type { SourceRecord } from '../dataset/types.ts';
import { koreanDate } from './citation.ts';

/** Name of the site in citations. */
export const SITE_NAME = { ko: '복지 아틀라스', en: 'Bokji Atlas' } as const;

/** A citation in both languages. */
export interface Citation {
  ko: string;
  en: string;
}

/** What is cited on the site: a chart (or figure) title and its permalink. */
export interface CitedItem {
  title: string;
  permalink: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `14 December 2023` from `2023-12-14` (also `December 2023`, `2023`); `n.d.` when the date is unknown. */
export function englishDate(iso: string | null): string {
  if (!iso) return 'n.d.';
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [d && String(Number(d)), month, y].filter(Boolean).join(' ');
}

/**
 * How to cite a chart in Korean and English: the documents the numbers come from (issuer, title, date, URL), then the
 * site and the chart's permalink. `accessed` is added only when the caller has a date from the data (never the clock).
 */
export function chartCitation(item: CitedItem, sources: readonly SourceRecord[], options: { accessed?: string } = {}): Citation {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  const ko = unique.map((s) => [s.issuer, `「${s.title}」`, koreanDate(s.published), s.url].filter(Boolean).join(', ')).join('; ');
  const en = unique.map((s) => [s.issuer, `“${s.title}”`, englishDate(s.published), s.url].filter(Boolean).join(', ')).join('; ');
  const accessedKo = options.accessed ? ` (접속일: ${koreanDate(options.accessed)})` : '';
  const accessedEn = options.accessed ? ` (accessed ${englishDate(options.accessed)})` : '';
  return {
    ko: `출처: ${ko}. ${SITE_NAME.ko}, 「${item.title}」, ${item.permalink}${accessedKo}.`,
    en: `Source: ${en}. ${SITE_NAME.en} (${SITE_NAME.ko}), “${item.title}”, ${item.permalink}${accessedEn}.`,
  };
}
