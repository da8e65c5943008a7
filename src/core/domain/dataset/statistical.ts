import type { Dataset } from './types.ts';

/**
 * Where a statistical record comes from: a file kept as the agency published it (data/published/, read through its
 * descriptor). Its origin is that file's path, so the origin alone decides; a figure hand-transcribed from a 통계 or
 * 데이터셋 source into data/figures stays a reported figure, shown like any press-release figure.
 */
export const PUBLISHED_ORIGIN = 'published/';

/** True for a record read from a published file (national statistics), false for one transcribed from a document. */
export function isStatistical(record: { origin: string }): boolean {
  return record.origin.startsWith(PUBLISHED_ORIGIN);
}

/**
 * The dataset as the press-release pages, charts and feeds see it: statistical records removed (they are presented by
 * the indicator pages, the downloads and their source's pages). Sources, programs and awards are kept whole, so links
 * from a reported record to its source or program still resolve.
 */
export function reportedDataset(dataset: Dataset): Dataset {
  return {
    ...dataset,
    figures: dataset.figures.filter((r) => !isStatistical(r)),
    budgets: dataset.budgets.filter((r) => !isStatistical(r)),
    awards: dataset.awards.filter((r) => !isStatistical(r)),
    categories: dataset.categories.filter((r) => !isStatistical(r)),
  };
}

/** Ids of the sources that have at least one statistical record: their pages are an index plus one page per region. */
export function datasetSourceIds(dataset: Dataset): Set<string> {
  const ids = new Set<string>();
  for (const list of [dataset.figures, dataset.budgets, dataset.awards, dataset.categories])
    for (const r of list) if (isStatistical(r)) ids.add(r.source);
  return ids;
}
