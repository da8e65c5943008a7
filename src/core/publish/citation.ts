import type { SourceRecord } from '../domain/dataset/types.ts';

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
