import type { Problem } from '../dataset/problem.ts';
import type { MeasureRecord } from '../dataset/types.ts';
import type { IngestedRecord } from './makeRecord.ts';

/** Every row read is written, rejected, skipped (with its reason) or merged into an identical earlier row. */
export interface IngestStats {
  file: string;
  read: number;
  written: number;
  rejected: number;
  skipped: number;
  /** Value cells that were empty or a no-data mark such as `-`. */
  emptyCells: number;
  /** Every row left out on purpose, by reason: nothing disappears unlisted. */
  skippedRows: Array<{ reason: string; lines: number[] }>;
  /** Rows that repeated an already published row exactly (descriptor `repeatedRows`), listed by reason. */
  merged: number;
  mergedRows: Array<{ reason: string; lines: number[] }>;
}

/** What ingested rows are checked against: the same vocabularies hand-written rows must use. */
export interface IngestCatalog {
  measures: ReadonlyMap<string, MeasureRecord>;
  programs: ReadonlySet<string>;
}

export interface Ingester {
  /** Sets the header directly (JSON inputs, whose columns are the descriptor's paths). */
  header(names: string[]): void;
  /** Feeds one row (cells as published) starting at 1-based `line` (a record's position for JSON). */
  row(cells: string[], line: number): void;
  finish(): { records: IngestedRecord[]; problems: Problem[]; stats: IngestStats };
}
