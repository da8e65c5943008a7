import type { DatasetDeps } from './deps.ts';
import { readingAllowed, readingInNote } from './reading.ts';
import { dateEnd, isRealDate, isRealDay } from './period.ts';
import { warning, type Problem } from './problem.ts';
import type { FileStats, Quantity, RegionRef, SourceRecord } from './types.ts';
import type { ValidRow } from './validateTable.ts';
import { RowLedger } from './rowLedger.ts';

/** Checks that need more than one row: against the sources, the region history, today and the amount grammar. */
export class RowChecks extends RowLedger {
  private readonly deps: DatasetDeps;
  private readonly asOf: string;

  constructor(deps: DatasetDeps, asOf: string, problems: Problem[], stats: Map<string, FileStats>) {
    super(problems, stats);
    this.deps = deps;
    this.asOf = asOf;
  }

  checkSource(s: SourceRecord, rows: ValidRow[]): void {
    const row = rows.find((r) => r.cells.id === s.id);
    if (!row) return;
    if (s.published && !isRealDate(s.published)) {
      this.fail(
        row,
        'published',
        'invalid-date',
        `없는 날짜입니다: ${s.published}`,
        `No such date: ${s.published}.`,
        s.published,
      );
    } else if (s.published && s.published.slice(0, 10) > this.asOf) {
      this.fail(
        row,
        'published',
        'future-date',
        `발행일이 오늘(${this.asOf})보다 뒤입니다.`,
        `The publication date is after today (${this.asOf}).`,
        s.published,
      );
    }
    if (!s.url)
      this.problems.push(
        warning(
          { file: row.file, line: row.line, column: 'url' },
          'no-url',
          '출처 주소(URL)가 없습니다. 문서를 찾을 수 있게 locator를 적어 주세요.',
          'The source has no URL; give a locator so that readers can find the document.',
        ),
      );
    if (!s.published)
      this.problems.push(
        warning(
          { file: row.file, line: row.line, column: 'published' },
          'no-date',
          '발행일이 없습니다.',
          'The source has no publication date.',
        ),
      );
  }

  source(row: ValidRow, byId: Map<string, SourceRecord>): SourceRecord | undefined {
    const id = row.cells.source ?? '';
    const source = byId.get(id);
    if (!source)
      this.fail(
        row,
        'source',
        'unknown-source',
        `출처 "${id}"이(가) sources/*.csv에 없습니다.`,
        `Source "${id}" is not in sources/*.csv.`,
        id,
      );
    return source;
  }

  /** Dates in the future are errors unless the figure is a target, plan or budget, which are about the future. */
  checkPeriod(row: ValidRow, start: string | null, qualifier: string, column = 'period'): void {
    if (!start) return;
    if (!isRealDay(start)) {
      this.fail(row, column, 'invalid-date', `없는 날짜입니다: ${start}`, `No such date: ${start}.`, row.cells[column]);
      return;
    }
    const forward = /목표|계획|예산/.test(qualifier);
    if (start > this.asOf && !forward) {
      this.fail(
        row,
        column,
        'future-date',
        `기간이 오늘(${this.asOf}) 이후입니다. 목표·계획이면 qualifier에 적어 주세요.`,
        `The period starts after today (${this.asOf}); mark targets and plans in "qualifier".`,
        row.cells[column],
      );
    }
  }

  checkFiscalYear(row: ValidRow, year: number): void {
    const limit = Number(this.asOf.slice(0, 4)) + 1;
    if (year > limit)
      this.fail(
        row,
        'fiscal_year',
        'future-date',
        `회계연도가 ${limit}년보다 뒤입니다.`,
        `The fiscal year is after ${limit}.`,
        String(year),
      );
  }

  /** Resolves the written region on the source's date first (names are as of writing), then the period's end. */
  region(row: ValidRow, source: SourceRecord | undefined, periodEnd: string | null): RegionRef | undefined {
    const written = row.cells.region ?? '';
    const dates: string[] = [];
    if (source?.published && isRealDate(source.published)) dates.push(minDate(dateEnd(source.published), this.asOf));
    if (periodEnd) dates.push(minDate(periodEnd, this.asOf));
    if (dates.length === 0) {
      this.warn(
        row,
        'region',
        'undated-region',
        '날짜가 없어(출처 발행일·기간 모두 없음) 그 이름을 가진 가장 최근 지역으로 맞췄습니다.',
        'Undated (no publication date, no period): matched to the most recent unit of that name.',
      );
    }
    const result = this.deps.resolveRegion(written, dates);
    if (result.ok) return { written, ...result.ref };
    const suggestion = result.candidates.length
      ? { ko: `후보: ${result.candidates.join(', ')}`, en: `Candidates: ${result.candidates.join(', ')}` }
      : undefined;
    this.fail(row, 'region', `region-${result.kind}`, result.ko, result.en, written, suggestion ? { suggestion } : {});
    return undefined;
  }

  /** Parses a written amount; `null` on failure (reported), so callers can tell failure from "not stated". */
  quantity(row: ValidRow, column: string, expectedUnit?: string): Quantity | undefined {
    const written = row.cells[column] ?? '';
    let parsed = this.deps.parseAmount(written);
    const reading = parsed.ok ? null : readingInNote(row.cells.note);
    if (!parsed.ok && reading !== null) {
      if (!readingAllowed(row.cells.status)) {
        this.fail(row, column, 'reading-needs-status', READING_STATUS.ko, READING_STATUS.en, written);
        return undefined;
      }
      parsed = this.deps.parseAmount(reading);
      if (parsed.ok)
        this.warn(
          row,
          column,
          'amount-read-from-note',
          `원문 표기 "${written}"을(를) 읽을 수 없어 메모의 읽기 "${reading}" 값을 씁니다.`,
          `The notation "${written}" is counted as the note's reading "${reading}".`,
        );
    }
    if (!parsed.ok) {
      this.fail(row, column, `amount-${parsed.code}`, parsed.ko, parsed.en, written);
      return undefined;
    }
    if (expectedUnit && parsed.unit !== expectedUnit) {
      this.fail(
        row,
        column,
        'unit-mismatch',
        `단위가 측정 항목과 다릅니다: "${parsed.unit}" (기대: "${expectedUnit}")`,
        `The unit "${parsed.unit}" differs from the measure's unit "${expectedUnit}".`,
        written,
      );
      return undefined;
    }
    const base = { written, value: parsed.value, unit: parsed.unit, approx: parsed.approx, display: parsed.display };
    return reading === null ? base : { ...base, reading };
  }
}

const READING_STATUS = {
  ko: '원문 표기를 읽을 수 없어 메모의 읽기를 쓰는 값은 status가 미확인(또는 2차인용)이어야 합니다.',
  en: 'A value counted from the note’s reading (the notation itself is unreadable) needs status 미확인 or 2차인용.',
};

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
