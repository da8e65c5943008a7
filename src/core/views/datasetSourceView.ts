import { koreanOrder } from '../domain/text/textOrder.ts';
import type {
  BudgetRecord,
  CategoryRecord,
  Dataset,
  FigureRecord,
  RegionRef,
  SourceRecord,
} from '../domain/dataset/types.ts';
import { isStatistical } from '../domain/dataset/statistical.ts';
import type { QualityReport } from '../site/siteData.ts';
import { periodText } from './recordLabels.ts';

/** A statistical record as its source's region page lists it, at its permalink anchor. */
export interface DatasetRow {
  id: string;
  what: string;
  basis: string | null;
  when: string;
  /** Sort key: period start (or fiscal year), so a series reads oldest to newest. */
  sortKey: string;
  display: string;
  written: string;
  numeric: number | null;
  status: string;
  /** 'residual': the 시-level rest of a file that also lists the 시's 일반구 — never the 시's total. */
  residual: boolean;
  origin: string;
  /** Why the record stands for several rows of its file (merged repeats, with their lines); null otherwise. */
  note: string | null;
}

type Statistical = FigureRecord | BudgetRecord | CategoryRecord;

function row(r: Statistical): DatasetRow {
  if ('category' in r) {
    const when = periodText(r.period);
    return {
      ...base(r),
      what: r.measure,
      when,
      sortKey: r.period.start ?? '',
      display: r.category,
      written: r.category,
      numeric: null,
      residual: false,
    };
  }
  const when =
    'fiscalYear' in r ? (r.fiscalYear === null ? '회계연도 미상' : `${r.fiscalYear}년 회계연도`) : periodText(r.period);
  const sortKey = 'fiscalYear' in r ? String(r.fiscalYear ?? '') : (r.period.start ?? '');
  return {
    ...base(r),
    what: r.metric,
    when,
    sortKey,
    display: r.quantity.display,
    written: r.quantity.written,
    numeric: r.quantity.value,
    residual: r.scope === 'residual',
  };
}

const base = (r: Statistical) => ({
  id: r.id,
  basis: r.basis ?? null,
  status: r.status,
  origin: r.origin,
  note: 'note' in r ? r.note : null,
});

/** Statistical records grouped by source, then by region identity; built once, read by every dataset page. */
export interface DatasetIndex {
  bySource: Map<string, Map<string, { region: RegionRef; rows: DatasetRow[] }>>;
}

/** Groups every statistical record by source and region; rows sorted by what, then period, then id. */
export function indexDatasets(dataset: Dataset): DatasetIndex {
  const bySource: DatasetIndex['bySource'] = new Map();
  const all: Statistical[] = [...dataset.figures, ...dataset.budgets, ...dataset.categories];
  for (const r of all) {
    if (!isStatistical(r)) continue;
    const regions = bySource.get(r.source) ?? new Map();
    bySource.set(r.source, regions);
    const entry = regions.get(r.region.identity) ?? { region: r.region, rows: [] };
    regions.set(r.region.identity, entry);
    entry.rows.push(row(r));
  }
  for (const regions of bySource.values())
    for (const entry of regions.values())
      entry.rows.sort(
        (a: DatasetRow, b: DatasetRow) =>
          koreanOrder(a.what, b.what) || a.sortKey.localeCompare(b.sortKey) || (a.id < b.id ? -1 : 1),
      );
  return { bySource };
}

/** Every (source, region) page to render, in a stable order. */
export function datasetRegionPages(index: DatasetIndex): Array<{ source: string; identity: string }> {
  return [...index.bySource.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([source, regions]) => [...regions.keys()].sort().map((identity) => ({ source, identity })));
}

/** What a dataset source's index page says: coverage, counts per thing measured, files with skipped rows, regions. */
export interface DatasetSummary {
  source: SourceRecord;
  records: number;
  /** Each thing measured with its basis, how many records and the periods covered (first–last as written). */
  measures: Array<{ what: string; basis: string | null; count: number; first: string; last: string }>;
  /** Published files read for this source, with rows read, written and skipped (each skip with its reason). */
  files: Array<QualityReport['stats'][number]>;
  regions: Array<{ identity: string; name: string; fullName: string; count: number }>;
  residual: number;
}

/** The index of one dataset source; null when the source has no statistical records. */
export function datasetSummary(
  index: DatasetIndex,
  source: SourceRecord,
  report: Pick<QualityReport, 'stats'>,
): DatasetSummary | null {
  const regions = index.bySource.get(source.id);
  if (!regions) return null;
  const measures = new Map<string, DatasetSummary['measures'][number] & { firstKey: string; lastKey: string }>();
  const files = new Set<string>();
  let records = 0;
  let residual = 0;
  for (const { rows } of regions.values())
    for (const r of rows) {
      records++;
      if (r.residual) residual++;
      files.add(r.origin.replace(/:\d+$/, ''));
      const key = `${r.what}\u0000${r.basis ?? ''}`;
      const m = measures.get(key) ?? {
        what: r.what,
        basis: r.basis,
        count: 0,
        first: r.when,
        last: r.when,
        firstKey: r.sortKey,
        lastKey: r.sortKey,
      };
      m.count++;
      if (r.sortKey < m.firstKey) Object.assign(m, { first: r.when, firstKey: r.sortKey });
      if (r.sortKey > m.lastKey) Object.assign(m, { last: r.when, lastKey: r.sortKey });
      measures.set(key, m);
    }
  return {
    source,
    records,
    residual,
    measures: [...measures.values()]
      .sort((a, b) => koreanOrder(a.what, b.what) || (a.basis ?? '').localeCompare(b.basis ?? ''))
      .map(({ firstKey: _f, lastKey: _l, ...m }) => m),
    files: report.stats.filter((s) => files.has(s.file)),
    regions: [...regions.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([identity, { region, rows }]) => ({
        identity,
        name: region.name,
        fullName: region.fullName,
        count: rows.length,
      })),
  };
}
