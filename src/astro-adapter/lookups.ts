import type { AwardRecord, BudgetRecord, FigureRecord, SourceRecord } from '../core/domain/dataset/types.ts';
import { dataDate } from '../core/publish/cite.ts';
import { awardFacets, awardRows } from '../core/views/awards.ts';
import { conflictSets } from '../core/views/budgetConflicts.ts';
import type { SourceRecords } from '../core/views/sourceView.ts';
import { siteData } from './data.ts';

// Lookups over the whole dataset, built once per build and shared by every page. A page that scans a whole table
// for its own rows makes the build grow with pages × records: thousands of source and embed pages over a national
// dataset took longer than everything else together.

let built: ReturnType<typeof build> | undefined;

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

function build() {
  const { dataset, regions } = siteData();
  const awards = awardRows(dataset.awards, dataset.evaluations, regions);
  const conflictsByRegion = new Map<string, BudgetRecord[][]>();
  for (const set of conflictSets(dataset.budgets))
    for (const identity of new Set(set.map((b) => b.region.identity)))
      conflictsByRegion.set(identity, [...(conflictsByRegion.get(identity) ?? []), set]);
  return {
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    accessed: dataDate(dataset.sources),
    awards,
    awardFacets: awardFacets(awards),
    figuresBySource: groupBy(dataset.figures, (f) => f.source),
    awardsBySource: groupBy(dataset.awards, (a) => a.source),
    budgetsBySource: groupBy(dataset.budgets, (b) => b.source),
    figuresByProgram: groupBy(dataset.figures, (f) => f.program),
    budgetsByRegion: groupBy(dataset.budgets, (b) => b.region.identity),
    conflictsByRegion,
  };
}

const lookups = () => (built ??= build());

/** Every source by id (shared: do not modify). */
export function sourcesById(): ReadonlyMap<string, SourceRecord> {
  return lookups().sources;
}

/** dataDate(dataset.sources): the access date every citation of this build carries. */
export function accessedDate(): string | null {
  return lookups().accessed;
}

/** What sourceRecords(dataset, id) returns (records in dataset order), without scanning the tables per page. */
export function sourceRecordsOf(id: string): SourceRecords | null {
  const l = lookups();
  const source = l.sources.get(id);
  if (!source) return null;
  const copy = <T>(list: T[] | undefined): T[] => [...(list ?? [])];
  return {
    source,
    figures: copy<FigureRecord>(l.figuresBySource.get(id)),
    awards: copy<AwardRecord>(l.awardsBySource.get(id)),
    budgets: copy<BudgetRecord>(l.budgetsBySource.get(id)),
  };
}

/** A program's figures in dataset order. */
export function figuresOfProgram(programId: string): FigureRecord[] {
  return [...(lookups().figuresByProgram.get(programId) ?? [])];
}

/** A region's budget records in dataset order, and the conflict sets (of all regions) that touch it, in order. */
export function budgetsOfRegion(identity: string): { records: BudgetRecord[]; conflicts: BudgetRecord[][] } {
  const l = lookups();
  return { records: [...(l.budgetsByRegion.get(identity) ?? [])], conflicts: l.conflictsByRegion.get(identity) ?? [] };
}

/** awardRows over the whole dataset and their facets, for the award views (shared: do not modify). */
export function allAwardRows() {
  const l = lookups();
  return { rows: l.awards, facets: l.awardFacets };
}
