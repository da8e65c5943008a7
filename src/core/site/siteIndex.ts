import type {
  AwardRecord,
  BudgetRecord,
  Dataset,
  EvaluationRecord,
  FigureRecord,
  MeasureRecord,
  ProgramRecord,
  SourceRecord,
} from '../domain/dataset/types.ts';
import type { Indicator } from '../domain/indicators/schema.ts';
import { dataDate } from '../publish/cite.ts';
import { awardFacets, awardRows, type AwardFacets, type AwardRow } from '../views/awards.ts';
import { conflictSets } from '../views/budgetConflicts.ts';
import { comparable } from '../views/compare/compareView.ts';
import { indexDatasets, type DatasetIndex } from '../views/datasetSourceView.ts';
import { nationalIndicators, type NationalIndicator } from '../views/indicators/national.ts';
import { regionIndicators, type RegionIndicatorRow } from '../views/region/regionIndicators.ts';
import type { SourceRecords } from '../views/sourceView.ts';
import type { RegionEntry } from './siteData.ts';

// Every lookup over the whole dataset that pages share, made once per build. A page that scans or maps a whole table
// for its own rows makes the build grow with pages × records: thousands of source and embed pages over a national
// dataset took longer than everything else together. The maps are shared: callers must not modify them; the
// functions that return lists return copies.

/** The site's lookups over one dataset (every record, not only the reported part). */
export interface SiteIndex {
  sources: ReadonlyMap<string, SourceRecord>;
  programs: ReadonlyMap<string, ProgramRecord>;
  evaluations: ReadonlyMap<string, EvaluationRecord>;
  measures: ReadonlyMap<string, MeasureRecord>;
  budgets: ReadonlyMap<string, BudgetRecord>;
  regions: ReadonlyMap<string, RegionEntry>;
  /** dataDate(dataset.sources): the 자료 기준일 every citation of this build carries. */
  dataAsOf: string | null;
  /** awardRows over the whole dataset and their facets, for the award views. */
  awards: { rows: AwardRow[]; facets: AwardFacets };
  /** Statistical records grouped by source and region, for the dataset source pages. */
  datasets: DatasetIndex;
  /** Every national indicator of data/indicators.csv, in declaration order. */
  national: NationalIndicator[];
  /** What sourceRecords(dataset, id) returns (records in dataset order), without scanning the tables. */
  sourceRecords(id: string): SourceRecords | null;
  /** A program's figures in dataset order. */
  figuresOfProgram(programId: string): FigureRecord[];
  /** A region's budget records in dataset order, and the conflict sets (of all regions) that touch it, in order. */
  budgetsOfRegion(identity: string): { records: BudgetRecord[]; conflicts: BudgetRecord[][] };
  /** One indicator by id; throws so a page never silently drops one. */
  indicator(id: string): NationalIndicator;
  /** The units with a comparison page (comparable(regions)). */
  comparable: readonly RegionEntry[];
  /** Each region's latest value of the indicator with role peer-size (data/indicators.csv), or null. */
  peerSize(identity: string): number | null;
  /** regionIndicators(region, national), made once per region (region, compare and compare-data pages share it). */
  indicatorRows(identity: string): readonly RegionIndicatorRow[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> => new Map(list.map((x) => [x.id, x]));

/** Builds every lookup once; pure, so the adapter holds one per build and tests can build their own. */
export function buildSiteIndex(
  dataset: Dataset,
  regions: readonly RegionEntry[],
  indicators: readonly Indicator[],
): SiteIndex {
  const rows = awardRows(dataset.awards, dataset.evaluations, regions);
  const conflictsByRegion = new Map<string, BudgetRecord[][]>();
  for (const set of conflictSets(dataset.budgets))
    for (const identity of new Set(set.map((b) => b.region.identity)))
      conflictsByRegion.set(identity, [...(conflictsByRegion.get(identity) ?? []), set]);
  const sources = byId(dataset.sources);
  const figuresBySource = groupBy(dataset.figures, (f) => f.source);
  const awardsBySource = groupBy(dataset.awards, (a) => a.source);
  const budgetsBySource = groupBy(dataset.budgets, (b) => b.source);
  const figuresByProgram = groupBy(dataset.figures, (f) => f.program);
  const budgetsByRegion = groupBy(dataset.budgets, (b) => b.region.identity);
  const national = nationalIndicators(dataset, regions, indicators);
  const copy = <T>(list: T[] | undefined): T[] => [...(list ?? [])];
  const regionById = new Map(regions.map((r) => [r.identity, r]));
  const rowsByRegion = new Map<string, RegionIndicatorRow[]>();
  const peerSize = national.find((n) => n.indicator.role === 'peer-size');
  return {
    sources,
    programs: byId(dataset.programs),
    evaluations: byId(dataset.evaluations),
    measures: byId(dataset.measures),
    budgets: byId(dataset.budgets),
    regions: regionById,
    dataAsOf: dataDate(dataset.sources),
    awards: { rows, facets: awardFacets(rows) },
    datasets: indexDatasets(dataset),
    national,
    sourceRecords(id) {
      const source = sources.get(id);
      if (!source) return null;
      return {
        source,
        figures: copy<FigureRecord>(figuresBySource.get(id)),
        awards: copy<AwardRecord>(awardsBySource.get(id)),
        budgets: copy<BudgetRecord>(budgetsBySource.get(id)),
      };
    },
    figuresOfProgram: (programId) => copy(figuresByProgram.get(programId)),
    budgetsOfRegion: (identity) => ({
      records: copy(budgetsByRegion.get(identity)),
      conflicts: conflictsByRegion.get(identity) ?? [],
    }),
    indicator(id) {
      const found = national.find((n) => n.indicator.id === id);
      if (!found) throw new Error(`No indicator "${id}".`);
      return found;
    },
    comparable: comparable(regions),
    peerSize: (identity) => peerSize?.byIdentity.get(identity)?.at(-1)?.value ?? null,
    indicatorRows(identity) {
      let rows = rowsByRegion.get(identity);
      if (!rows) {
        const entry = regionById.get(identity);
        if (!entry) throw new Error(`No region "${identity}".`);
        rows = regionIndicators(entry, national);
        rowsByRegion.set(identity, rows);
      }
      return rows;
    },
  };
}
