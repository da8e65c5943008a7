import type { DatasetDeps } from './deps.ts';
import { readingAllowed, readingInNote } from './reading.ts';
import { dateEnd, isRealDay, parsePeriod } from './period.ts';
import { error, sortProblems, warning, type Problem } from './problem.ts';
import {
  awardsFormat,
  budgetsFormat,
  evaluationsFormat,
  figuresFormat,
  measuresFormat,
  programsFormat,
  sourcesFormat,
  type TableFormat,
} from './tables.ts';
import type {
  AwardRecord,
  BudgetRecord,
  Dataset,
  FigureRecord,
  FileStats,
  Quantity,
  RegionRef,
  SourceRecord,
} from './types.ts';
import { validateTable, type ValidRow } from './validateTable.ts';
import { findConflicts } from './conflicts.ts';
import { toEvaluation, toMeasure, toProgram, toSource } from './records.ts';

/** One input file: its path relative to data/ and its text. */
export interface InputFile {
  path: string;
  text: string;
}

export interface BuildResult {
  dataset: Dataset;
  problems: Problem[];
  stats: FileStats[];
}

interface Layout {
  format: TableFormat;
  /** Files of this table, by path. */
  match: (path: string) => boolean;
}

const layouts: Layout[] = [
  { format: sourcesFormat, match: (p) => /^sources\/[^/]+\.csv$/.test(p) },
  { format: programsFormat, match: (p) => p === 'programs.csv' },
  { format: measuresFormat, match: (p) => p === 'measures.csv' },
  { format: evaluationsFormat, match: (p) => p === 'evaluations.csv' },
  { format: figuresFormat, match: (p) => /^figures\/[^/]+\.csv$/.test(p) },
  { format: awardsFormat, match: (p) => /^awards\/[^/]+\.csv$/.test(p) },
  { format: budgetsFormat, match: (p) => /^budgets\/[^/]+\.csv$/.test(p) },
];

/**
 * Turns the project's own data files into the published dataset. Every problem in every file is collected (the
 * caller stops the build if any is an error); every row read is either in the dataset or counted as rejected.
 * `asOf` (YYYY-MM-DD, Asia/Seoul) is "today" for checks of dates in the future.
 */
export function buildDataset(files: readonly InputFile[], deps: DatasetDeps, asOf: string): BuildResult {
  const problems: Problem[] = [];
  const rowsByTable = new Map<string, ValidRow[]>();
  const stats = new Map<string, FileStats>();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const layout = layouts.find((l) => l.match(file.path));
    if (!layout) continue;
    const table = validateTable(file.text, file.path, layout.format);
    problems.push(...table.problems);
    stats.set(file.path, { file: file.path, read: table.read, written: 0, rejected: table.rejected });
    rowsByTable.set(layout.format.name, [...(rowsByTable.get(layout.format.name) ?? []), ...table.rows]);
  }
  for (const name of ['sources', 'programs']) {
    if (!rowsByTable.has(name)) {
      problems.push(
        error(
          { file: name === 'sources' ? 'sources/' : `${name}.csv` },
          'missing-file',
          `${name} 파일이 없습니다.`,
          `The ${name} file is missing.`,
        ),
      );
    }
  }
  const ctx = new Context(deps, asOf, problems, stats);
  const rows = (name: string) => ctx.unique(rowsByTable.get(name) ?? [], name);

  const sources = rows('sources').map(toSource);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  for (const s of sources) ctx.checkSource(s, rowsByTable.get('sources') ?? []);
  const programs = rows('programs').map(toProgram);
  const measures = rows('measures').map(toMeasure);
  const evaluations = rows('evaluations').map(toEvaluation);
  const ids = {
    program: new Set(programs.map((p) => p.id)),
    measure: new Map(measures.map((m) => [m.id, m])),
    evaluation: new Set(evaluations.map((e) => e.id)),
  };

  const cited = ctx.uniqueAcross([
    ...(rowsByTable.get('figures') ?? []),
    ...(rowsByTable.get('awards') ?? []),
    ...(rowsByTable.get('budgets') ?? []),
  ]);
  const figures: FigureRecord[] = [];
  const awards: AwardRecord[] = [];
  const budgets: BudgetRecord[] = [];
  for (const row of cited) {
    const c = row.cells;
    const source = ctx.source(row, sourceById);
    const folder = row.file.split('/')[0];
    const owner = (row.file.split('/')[1] ?? '').replace(/\.csv$/, '');
    if (folder === 'figures') {
      if (!ids.program.has(owner))
        ctx.fail(
          row,
          'program',
          'unknown-program',
          `파일 이름의 사업 "${owner}"이(가) programs.csv에 없습니다.`,
          `Program "${owner}" (from the file name) is not in programs.csv.`,
          owner,
        );
      const period = parsePeriod(c.period ?? '');
      ctx.checkPeriod(row, period.start, c.qualifier ?? '');
      const measure = c.measure ? ids.measure.get(c.measure) : undefined;
      if (c.measure && !measure)
        ctx.fail(
          row,
          'measure',
          'unknown-measure',
          `측정 항목 "${c.measure}"이(가) measures.csv에 없습니다.`,
          `Measure "${c.measure}" is not in measures.csv.`,
          c.measure,
        );
      const region = ctx.region(row, source, period.end);
      const quantity = ctx.quantity(row, 'value', measure?.unit);
      if (!source || !region || !quantity || ctx.rejected(row)) continue;
      figures.push({
        id: c.id ?? '',
        program: owner,
        region,
        period,
        measure: c.measure || null,
        metric: c.metric ?? '',
        quantity,
        qualifiers: splitList(c.qualifier),
        conflictsWith: [],
        ...citation(row),
      });
    } else if (folder === 'awards') {
      if (!ids.evaluation.has(owner))
        ctx.fail(
          row,
          'grade',
          'unknown-evaluation',
          `파일 이름의 평가 "${owner}"이(가) evaluations.csv에 없습니다.`,
          `Evaluation "${owner}" (from the file name) is not in evaluations.csv.`,
          owner,
        );
      const year = Number(c.year);
      ctx.checkPeriod(row, `${year}-01-01`, '', 'year');
      const region = ctx.region(row, source, `${year}-12-31`);
      const prize = c.prize ? ctx.quantity(row, 'prize', '원') : null;
      if (!source || !region || prize === undefined || ctx.rejected(row)) continue;
      awards.push({
        id: c.id ?? '',
        evaluation: owner,
        year,
        category: c.category || null,
        grade: c.grade ?? '',
        rank: c.rank ? Number(c.rank) : null,
        region,
        prize,
        ...citation(row),
      });
    } else {
      const fiscalYear = c.fiscal_year ? Number(c.fiscal_year) : null;
      const measure = c.measure ? ids.measure.get(c.measure) : undefined;
      if (c.measure && !measure)
        ctx.fail(
          row,
          'measure',
          'unknown-measure',
          `측정 항목 "${c.measure}"이(가) measures.csv에 없습니다.`,
          `Measure "${c.measure}" is not in measures.csv.`,
          c.measure,
        );
      if (fiscalYear === null)
        ctx.warn(
          row,
          'fiscal_year',
          'no-fiscal-year',
          '회계연도가 없습니다: 표에는 나오지만 추이 차트에는 그리지 않습니다.',
          'No fiscal year: listed in tables, never drawn in trend charts.',
        );
      else ctx.checkFiscalYear(row, fiscalYear);
      const region = ctx.region(row, source, fiscalYear === null ? null : `${fiscalYear}-12-31`);
      const quantity = ctx.quantity(row, 'value', measure?.unit);
      if (!source || !region || !quantity || ctx.rejected(row)) continue;
      budgets.push({
        id: c.id ?? '',
        region,
        fiscalYear,
        measure: measure?.id ?? null,
        metric: c.metric ?? '',
        quantity,
        account: c.account || null,
        stage: c.stage || null,
        conflictsWith: [],
        ...citation(row),
      });
    }
    ctx.written(row);
  }
  problems.push(...findConflicts(figures, budgets));
  for (const [path, s] of stats) if (!/^(figures|awards|budgets)\//.test(path)) s.written = s.read - s.rejected;
  return {
    dataset: { sources, programs, measures, evaluations, figures, awards, budgets, categories: [] },
    problems: sortProblems(problems),
    stats: [...stats.values()],
  };
}

function citation(row: ValidRow) {
  const c = row.cells;
  return {
    source: c.source ?? '',
    quote: c.quote || null,
    status: c.status ?? '',
    note: c.note || null,
    origin: `${row.file}:${row.line}`,
  };
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Checks that need more than one row, with the bookkeeping of which rows were rejected. */
class Context {
  private readonly rejectedRows = new Set<ValidRow>();
  private readonly deps: DatasetDeps;
  private readonly asOf: string;
  private readonly problems: Problem[];
  private readonly stats: Map<string, FileStats>;

  constructor(deps: DatasetDeps, asOf: string, problems: Problem[], stats: Map<string, FileStats>) {
    this.deps = deps;
    this.asOf = asOf;
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

function isRealDate(text: string): boolean {
  return text.length < 10 || isRealDay(text);
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
