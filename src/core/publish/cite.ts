import type { SourceRecord } from '../domain/dataset/types.ts';
import { koreanDate, namedSources } from './citation.ts';
import { englishName, type Glossary } from './english.ts';
import { englishDate } from './englishDate.ts';
import { SITE_NAME_EN, SITE_NAME_KO } from '../site/wording.ts';
import { SOURCES_IN_FULL } from '../site/sourceLists.ts';

export { englishDate } from './englishDate.ts';

/** The cited item in both languages (see citeSubject.ts); each keeps the figure's program, scope and period. */
export interface CiteSubject {
  ko: string;
  en: string;
}

/** What a citation is about: the original documents first, then where on this site the reader found it. */
export interface CiteInput {
  /** The documents the cited item comes from (one for a figure, possibly several for a chart). */
  sources: readonly SourceRecord[];
  /** The cited item, e.g. `전라남도 우리동네 복지기동대: 전라남도 누적 지원액(5년) 228억 원 (2019~2023년 누적)`. */
  subject?: CiteSubject;
  /** Permalink on this site: absolute URL when the site URL is known, else the path. */
  permalink: string;
  /**
   * Where every source is listed (a chart's -sources.csv, absolute like the permalink). Given, a list longer than
   * SOURCES_IN_FULL (site/sourceLists.ts) names its first documents and points there for the rest; without it, every
   * source is named.
   */
  sourceList?: string;
  /**
   * The data's reference date (ISO `YYYY-MM-DD`), printed as 자료 기준일: a static build cannot know when a reader
   * visits, and the clock would break byte-identical builds. Null leaves it out rather than inventing one.
   */
  dataAsOf: string | null;
  /** English names (data/english/names.csv) for issuers and document kinds. */
  glossary: Glossary;
}

/** A ready citation in Korean and English; both credit the original issuer first, this site second. */
export interface Citation {
  ko: string;
  en: string;
}

// A source without an address is still findable: its locator says where it was published (게시판, 지면, 쪽).
function sourcePartKo(s: SourceRecord): string {
  const where = s.url ?? (s.locator ? `게재 위치: ${s.locator}` : '주소 없음');
  return [s.issuer, `「${s.title}」`, koreanDate(s.published), where].join(', ');
}

// The Korean title stays in parentheses, unquoted: titles carry their own quotation marks (“문을 두드리니…”).
// Addresses with Hangul in the path are given percent-encoded (the URI form), which any mail or CMS keeps intact.
function sourcePartEn(s: SourceRecord, glossary: Glossary): string {
  const url = s.url && URL.canParse(s.url) ? new URL(s.url).href : s.url;
  const where = url ?? (s.locator ? `not online, published at (${s.locator})` : 'not online');
  const kind = englishName('kind', s.kind, glossary);
  return [englishName('issuer', s.issuer, glossary), `${kind} (${s.title})`, englishDate(s.published), where].join(
    ', ',
  );
}

/**
 * Citation lines for a figure, award, budget or chart. Readers tend to cite the aggregator instead of the issuer, so
 * the issuer's document leads and this site only follows as the place where it was found.
 */
export function citeText({ sources, subject, permalink, sourceList, dataAsOf, glossary }: CiteInput): Citation {
  const { named, more } = namedSources(sources, sourceList ? SOURCES_IN_FULL : Infinity);
  const restKo = more ? `; 외 ${more}건(전체 출처 목록: ${sourceList})` : '';
  const restEn = more ? `; and ${more} more sources (full list: ${sourceList})` : '';
  const ko =
    `${subject ? `${subject.ko}. ` : ''}${named.map(sourcePartKo).join('; ')}${restKo}. ` +
    `${SITE_NAME_KO}에서 인용: ${permalink}${dataAsOf ? ` (자료 기준일: ${koreanDate(dataAsOf)})` : ''}.`;
  const en =
    `${subject ? `${subject.en}. ` : ''}${named.map((s) => sourcePartEn(s, glossary)).join('; ')}${restEn}. ` +
    `Cited via ${SITE_NAME_EN} (${SITE_NAME_KO}): ${permalink}${dataAsOf ? ` (data as of ${englishDate(dataAsOf)})` : ''}.`;
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
