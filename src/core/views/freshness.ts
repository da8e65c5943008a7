import type { SourceRecord } from '../domain/dataset/types.ts';
import { dataDate } from '../publish/cite.ts';
import { koreanDate } from '../publish/citation.ts';

/**
 * How current the data is, from committed facts only (a build has no clock): the newest dated source and the date
 * of the last data change recorded in data/VERSION.json. The later of the two is printed as last change, because the
 * data cannot have changed before its newest source was added.
 */
export interface Freshness {
  newestSource: string | null;
  lastChange: string;
  sentence: string;
}

export function freshness(sources: readonly Pick<SourceRecord, 'published'>[], changed: string): Freshness {
  const newestSource = dataDate(sources);
  const lastChange = newestSource && newestSource > changed ? newestSource : changed;
  const sentence =
    `자료 기준: 가장 최근 출처 문서 ${newestSource ? koreanDate(newestSource) : '날짜 미상'}, ` +
    `마지막 자료 수정 ${koreanDate(lastChange)}.`;
  return { newestSource, lastChange, sentence };
}
