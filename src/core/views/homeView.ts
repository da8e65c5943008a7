import { koreanOrder } from '../domain/text/textOrder.ts';
import type { Dataset, FigureRecord, SourceRecord } from '../domain/dataset/types.ts';
import { awardGroups, type DistinctAward } from './awardGroups.ts';

/** Record counts shown on the home page. */
export function datasetCounts(dataset: Dataset) {
  return {
    figures: dataset.figures.length,
    // Awards, not reports of them: two articles about one award are one award.
    awards: awardGroups(dataset.awards).length,
    awardReports: dataset.awards.length,
    budgets: dataset.budgets.length,
    sources: dataset.sources.length,
    programs: dataset.programs.length,
    regions: new Set([...dataset.figures, ...dataset.awards, ...dataset.budgets].map((r) => r.region.identity)).size,
  };
}

const byDateDesc = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1;

/**
 * One headline figure per program: its most recently published, confirmed figure of a comparable measure (ties broken
 * by period end, then id). Programs with more figures come first, because they are what visitors come for.
 */
export function headlineFigures(dataset: Dataset, limit = 6): FigureRecord[] {
  const published = new Map(dataset.sources.map((s) => [s.id, s.published]));
  const out: Array<{ figure: FigureRecord; weight: number }> = [];
  for (const program of dataset.programs) {
    const own = dataset.figures.filter((f) => f.program === program.id);
    const candidates = own.filter((f) => f.status === '확인' && f.measure !== null && f.conflictsWith.length === 0);
    candidates.sort(
      (a, b) =>
        byDateDesc(published.get(a.source) ?? null, published.get(b.source) ?? null) ||
        byDateDesc(a.period.end, b.period.end) ||
        (a.id < b.id ? -1 : 1),
    );
    if (candidates[0]) out.push({ figure: candidates[0], weight: own.length });
  }
  return out
    .sort((a, b) => b.weight - a.weight || (a.figure.program < b.figure.program ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.figure);
}

/** The latest award year's distinct awards (each once, with all its sources), and how many there are in all. */
export interface LatestAwards {
  year: number | null;
  total: number;
  awards: DistinctAward[];
}

/** Awards of the latest year: evaluation, category and region name order, at most `limit` of them. */
export function latestAwards(dataset: Dataset, limit = 8): LatestAwards {
  const groups = awardGroups(dataset.awards);
  if (groups.length === 0) return { year: null, total: 0, awards: [] };
  const year = Math.max(...groups.map((g) => g.award.year));
  const all = groups
    .filter((g) => g.award.year === year)
    .sort(
      (a, b) =>
        a.award.evaluation.localeCompare(b.award.evaluation) ||
        koreanOrder(a.category ?? '', b.category ?? '') ||
        koreanOrder(a.award.region.name, b.award.region.name) ||
        (a.award.id < b.award.id ? -1 : 1),
    );
  return { year, total: all.length, awards: all.slice(0, limit) };
}

/** A source with how many records the site took from it. */
export interface SourceWithCounts {
  source: SourceRecord;
  figures: number;
  awards: number;
  budgets: number;
  total: number;
}

/** Records per source id, for lists of sources. */
export function sourceCounts(dataset: Dataset): Map<string, SourceWithCounts> {
  const map = new Map<string, SourceWithCounts>(
    dataset.sources.map((s) => [s.id, { source: s, figures: 0, awards: 0, budgets: 0, total: 0 }]),
  );
  const add = (id: string, key: 'figures' | 'awards' | 'budgets') => {
    const entry = map.get(id);
    if (!entry) return;
    entry[key] += 1;
    entry.total += 1;
  };
  for (const f of dataset.figures) add(f.source, 'figures');
  for (const a of dataset.awards) add(a.source, 'awards');
  for (const b of dataset.budgets) add(b.source, 'budgets');
  return map;
}

/** The most recently published sources (undated ones never count as recent), with their record counts. */
export function latestSources(dataset: Dataset, limit = 8): SourceWithCounts[] {
  const counts = sourceCounts(dataset);
  return dataset.sources
    .filter((s) => s.published !== null)
    .sort((a, b) => byDateDesc(a.published, b.published) || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((s) => counts.get(s.id)!);
}
