import { parsePeriod } from './period.ts';
import type { AwardRecord, BudgetRecord, FigureRecord, MeasureRecord, SourceRecord } from './types.ts';
import type { ValidRow } from './validateTable.ts';
import type { RowChecks } from './rowChecks.ts';

/** The hand-written tables that figures, awards and budgets refer to. */
export interface KnownIds {
  program: Set<string>;
  measure: Map<string, MeasureRecord>;
  evaluation: Set<string>;
}

/** A row of figures/<program>.csv, or undefined when it was rejected. */
export function toFigure(
  ctx: RowChecks,
  row: ValidRow,
  source: SourceRecord | undefined,
  owner: string,
  ids: KnownIds,
): FigureRecord | undefined {
  const c = row.cells;
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
  if (!source || !region || !quantity || ctx.rejected(row)) return undefined;
  return {
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
  };
}

/** A row of awards/<evaluation>.csv, or undefined when it was rejected. */
export function toAward(
  ctx: RowChecks,
  row: ValidRow,
  source: SourceRecord | undefined,
  owner: string,
  ids: KnownIds,
): AwardRecord | undefined {
  const c = row.cells;
  // The evaluation is the <evaluation> of the file name awards/<evaluation>.csv, not a cell: the problem names it so.
  if (!ids.evaluation.has(owner))
    ctx.fail(
      row,
      'evaluation',
      'unknown-evaluation',
      `파일 이름의 평가 "${owner}"이(가) evaluations.csv에 없습니다.`,
      `Evaluation "${owner}" (from the file name) is not in evaluations.csv.`,
      owner,
    );
  const year = Number(c.year);
  ctx.checkPeriod(row, `${year}-01-01`, '', 'year');
  const region = ctx.region(row, source, `${year}-12-31`);
  const prize = c.prize ? ctx.quantity(row, 'prize', '원') : null;
  if (!source || !region || prize === undefined || ctx.rejected(row)) return undefined;
  return {
    id: c.id ?? '',
    evaluation: owner,
    year,
    category: c.category || null,
    grade: c.grade ?? '',
    rank: c.rank ? Number(c.rank) : null,
    region,
    prize,
    ...citation(row),
  };
}

/** A row of budgets/*.csv, or undefined when it was rejected. */
export function toBudget(
  ctx: RowChecks,
  row: ValidRow,
  source: SourceRecord | undefined,
  ids: KnownIds,
): BudgetRecord | undefined {
  const c = row.cells;
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
  if (!source || !region || !quantity || ctx.rejected(row)) return undefined;
  return {
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
