import type { CsvCell } from './csvOut.ts';

/** A column of a download table, with the Frictionless type and a Korean description. */
export interface DownloadField {
  name: string;
  type: 'string' | 'number' | 'integer';
  description: string;
}

/** One downloadable table: `/data/<name>.csv`, described in the data package. */
export interface DownloadTable {
  name: 'figures' | 'awards' | 'budgets' | 'categories' | 'sources';
  title: string;
  description: string;
  fields: DownloadField[];
  /** How many rows the table has (one per record), known without making them. */
  rowCount: number;
  /** The rows, made on first read and then kept by this table object. */
  readonly rows: CsvCell[][];
}

/** A table's rows as declared: one per record, made by `row` only when the table's rows are read. */
export interface RowSource {
  count: number;
  make: () => CsvCell[][];
}

/** The rows of `records`, one each, made by `row`. */
export function rowsOf<T>(records: readonly T[], row: (record: T) => CsvCell[]): RowSource {
  return { count: records.length, make: () => records.map(row) };
}

// The rows of the tables are ~140 MB at the 1× synthetic scale. The /data/ page and datapackage.json need only the
// fields and row counts, so a build process can keep those for the whole build and make one table's rows for its CSV
// only while writing it.
/** The table `declared` describes, its rows made on first read. */
export function lazyTable({
  rows,
  ...declared
}: Omit<DownloadTable, 'rows' | 'rowCount'> & { rows: RowSource }): DownloadTable {
  let made: CsvCell[][] | undefined;
  const table = { ...declared, rowCount: rows.count };
  return Object.defineProperty(table, 'rows', { get: () => (made ??= rows.make()), enumerable: true }) as DownloadTable;
}
