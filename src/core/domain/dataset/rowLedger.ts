import { error, warning, type Problem } from './problem.ts';
import type { FileStats } from './types.ts';
import type { ValidRow } from './validateTable.ts';

/** Problems and the bookkeeping of which rows were rejected, shared by every check of a build. */
export class RowLedger {
  private readonly rejectedRows = new Set<ValidRow>();
  protected readonly problems: Problem[];
  private readonly stats: Map<string, FileStats>;

  constructor(problems: Problem[], stats: Map<string, FileStats>) {
    this.problems = problems;
    this.stats = stats;
  }

  fail(
    row: ValidRow,
    column: string,
    code: string,
    ko: string,
    en: string,
    value?: string,
    extra: Partial<Problem> = {},
  ): void {
    this.problems.push(error({ file: row.file, line: row.line, column }, code, ko, en, { value, ...extra }));
    this.reject(row);
  }

  warn(row: ValidRow, column: string, code: string, ko: string, en: string): void {
    this.problems.push(warning({ file: row.file, line: row.line, column }, code, ko, en, { value: row.cells[column] }));
  }

  private reject(row: ValidRow): void {
    if (this.rejectedRows.has(row)) return;
    this.rejectedRows.add(row);
    const s = this.stats.get(row.file);
    if (s) s.rejected += 1;
  }

  rejected(row: ValidRow): boolean {
    return this.rejectedRows.has(row);
  }

  written(row: ValidRow): void {
    const s = this.stats.get(row.file);
    if (s) s.written += 1;
  }

  /** Drops (and reports) rows whose id was already used in the same table. */
  unique(rows: ValidRow[], table: string): ValidRow[] {
    const seen = new Map<string, ValidRow>();
    return rows.filter((row) => this.firstOf(row, seen, table));
  }

  /** Figures, awards and budgets share one id space: ids are permalink anchors. */
  uniqueAcross(rows: ValidRow[]): ValidRow[] {
    return this.unique(rows, 'figures/awards/budgets');
  }

  private firstOf(row: ValidRow, seen: Map<string, ValidRow>, table: string): boolean {
    const id = row.cells.id ?? '';
    const first = seen.get(id);
    if (!first) {
      seen.set(id, row);
      return true;
    }
    this.fail(
      row,
      'id',
      'duplicate-id',
      `식별자 "${id}"이(가) 이미 ${first.file}:${first.line}에서 쓰였습니다 (${table}).`,
      `Id "${id}" is already used at ${first.file}:${first.line} (${table}).`,
      id,
    );
    return false;
  }
}
