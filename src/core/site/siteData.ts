import type { Problem } from '../domain/dataset/problem.ts';
import type { Dataset, FileStats } from '../domain/dataset/types.ts';
import { listIdentities, regionHistory, type IdentitySummary, type RegionHistory } from '../domain/regions/index.ts';
import type { RegionRegistry } from '../domain/regions/types.ts';
import type { Indicator } from '../domain/indicators/schema.ts';
import type { MapDecl } from '../domain/indicators/mapList.ts';

/** Outcome of the data build as the data-quality page shows it. */
export interface QualityReport {
  problems: Problem[];
  /** Per input file; published files also list the rows their descriptor skipped or merged as repeats, by reason. */
  stats: Array<
    FileStats & {
      skipped?: number;
      skippedRows?: Array<{ reason: string; lines: number[] }>;
      merged?: number;
      mergedRows?: Array<{ reason: string; lines: number[] }>;
    }
  >;
}

/** A region page's facts: the identity, and its chain of codes and its neighbours across splits and merges. */
export type RegionEntry = IdentitySummary & { history: RegionHistory };

/**
 * The JSON files the pages are rendered from (build/data/<name>.json). Records are sorted by id so that the same input
 * always gives the same bytes.
 */
export function buildSiteData(
  dataset: Dataset,
  registry: RegionRegistry,
  report: QualityReport,
  indicators: readonly Indicator[] = [],
  maps: readonly MapDecl[] = [],
) {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    dataset: {
      sources: [...dataset.sources].sort(byId),
      programs: [...dataset.programs].sort(byId),
      measures: [...dataset.measures].sort(byId),
      evaluations: [...dataset.evaluations].sort(byId),
      figures: [...dataset.figures].sort(byId),
      awards: [...dataset.awards].sort(byId),
      budgets: [...dataset.budgets].sort(byId),
      categories: [...dataset.categories].sort(byId),
    },
    regions: listIdentities(registry).map((r): RegionEntry => ({ ...r, history: regionHistory(registry, r.identity) })),
    report: { problems: report.problems, stats: [...report.stats].sort((a, b) => (a.file < b.file ? -1 : 1)) },
    /** data/indicators.csv, validated, in file order (the order pages list them in). */
    indicators: [...indicators],
    /** data/maps.csv: the editorial maps besides the indicator maps. */
    maps: [...maps],
  };
}
