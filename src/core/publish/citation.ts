import type { SourceRecord } from '../domain/dataset/types.ts';
import { SOURCES_IN_FULL } from '../site/sourceLists.ts';

/** `2023년 12월 14일` from `2023-12-14` (and shorter forms), for citation lines. */
export function koreanDate(iso: string | null): string {
  if (!iso) return '날짜 미상';
  const [y, m, d] = iso.split('-');
  return [y && `${y}년`, m && `${Number(m)}월`, d && `${Number(d)}일`].filter(Boolean).join(' ');
}

/** `전라남도, 「전국 확산 ‘우리동네 복지기동대’ 성과 공유」, 2023년 12월 14일` — the 출처 line under charts. */
export function sourceLine(source: SourceRecord): string {
  return `${source.issuer}, 「${source.title}」, ${koreanDate(source.published)}`;
}

/** 출처 line for several sources, deduplicated, in the given order. */
export function sourcesLine(sources: readonly SourceRecord[]): string {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  return `출처: ${unique.map(sourceLine).join('; ')}`;
}

/**
 * The documents a shortened list names and how many it counts instead (deduplicated, in the given order): all of
 * them up to `limit`, else the first `limit - 1`, so that `외 N건` always stands for at least two documents.
 */
export function namedSources<T extends { id: string }>(
  sources: readonly T[],
  limit: number = SOURCES_IN_FULL,
): { named: T[]; more: number } {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  if (unique.length <= limit) return { named: unique, more: 0 };
  const named = unique.slice(0, Math.max(1, limit - 1));
  return { named, more: unique.length - named.length };
}

/**
 * 출처 line naming up to `limit` documents (site/sourceLists.ts), how many a longer list counts as `외 N건`, and how
 * many different documents there are in all.
 */
export function shortSources(
  sources: readonly SourceRecord[],
  limit: number = SOURCES_IN_FULL,
): { line: string; more: number; total: number } {
  const { named, more } = namedSources(sources, limit);
  return { line: more ? `${sourcesLine(named)} 외 ${more}건` : sourcesLine(named), more, total: named.length + more };
}

/** The line of shortSources alone. */
export const shortSourcesLine = (sources: readonly SourceRecord[], limit: number = SOURCES_IN_FULL): string =>
  shortSources(sources, limit).line;
