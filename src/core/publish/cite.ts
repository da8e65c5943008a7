import type { SourceRecord } from '../domain/dataset/types.ts';
import { koreanDate } from './citation.ts';

/** The site's name as it appears in citations. */
export const SITE_NAME_KO = '복지 아틀라스';
export const SITE_NAME_EN = 'Bokji Atlas';

/** What a citation is about: the original documents first, then where on this site the reader found it. */
export interface CiteInput {
  /** The documents the cited item comes from (one for a figure, possibly several for a chart). */
  sources: readonly SourceRecord[];
  /** Short description of the cited item, e.g. `여수시 노인일자리 사업비 74억 원 (2016년)`; omitted when empty. */
  label?: string;
  /** Permalink on this site: absolute URL when the site URL is known, else the path. */
  permalink: string;
  /**
   * The data's reference date (ISO `YYYY-MM-DD`), printed as 자료 기준일: a static build cannot know when a reader
   * visits, and the clock would break byte-identical builds. Null leaves it out rather than inventing one.
   */
  accessed: string | null;
}

/** A ready citation in Korean and English; both credit the original issuer first, this site second. */
export interface Citation {
  ko: string;
  en: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `14 December 2023`, `December 2023`, `2023` from ISO-like dates; `n.d.` when unknown. */
export function englishDate(iso: string | null): string {
  if (!iso) return 'n.d.';
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [d && String(Number(d)), month, y].filter(Boolean).join(' ');
}

function sourcePartKo(s: SourceRecord): string {
  return [s.issuer, `「${s.title}」`, koreanDate(s.published), s.url].filter(Boolean).join(', ');
}

function sourcePartEn(s: SourceRecord): string {
  return [s.issuer, `“${s.title}”`, englishDate(s.published), s.url].filter(Boolean).join(', ');
}

/**
 * Citation lines for a figure, award, budget or chart. Readers tend to cite the aggregator instead of the issuer, so
 * the issuer's document leads and this site only follows as the place where it was found.
 */
export function citeText({ sources, label, permalink, accessed }: CiteInput): Citation {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  const what = label ? `${label}. ` : '';
  const ko = `${what}${unique.map(sourcePartKo).join('; ')}. ${SITE_NAME_KO}에서 인용: ${permalink}${accessed ? ` (자료 기준일: ${koreanDate(accessed)})` : ''}.`;
  const en = `${what}${unique.map(sourcePartEn).join('; ')}. Cited via ${SITE_NAME_KO} (${SITE_NAME_EN}): ${permalink}${accessed ? ` (data as of ${englishDate(accessed)})` : ''}.`;
  return { ko, en };
}

/**
 * The dataset's data date: the latest full publication date among its sources. Printed as 자료 기준일 because a static build
 * has no clock of its own, and the data cannot be newer than its newest document.
 */
export function dataDate(sources: readonly Pick<SourceRecord, 'published'>[]): string | null {
  let latest: string | null = null;
  for (const s of sources) {
    if (s.published && /^\d{4}-\d{2}-\d{2}$/.test(s.published) && (latest === null || s.published > latest))
      latest = s.published;
  }
  return latest;
}
