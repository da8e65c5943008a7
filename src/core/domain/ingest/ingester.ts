import type { DatasetDeps, RegionLookup, AmountLookup } from '../dataset/deps.ts';
import { parsePeriod } from '../dataset/period.ts';
import { error, warning, type Problem } from '../dataset/problem.ts';
import type { BudgetRecord, FigureRecord, Period, Quantity, RegionRef, SourceRecord } from '../dataset/types.ts';
import type { Descriptor } from './descriptor.ts';

export interface IngestStats {
  file: string;
  read: number;
  written: number;
  rejected: number;
  skipped: number;
  /** Value cells that were empty or a no-data mark such as `-`. */
  emptyCells: number;
}

export interface Ingester {
  /** Feeds one parsed row (cells as published) starting at 1-based `line`. */
  row(cells: readonly string[], line: number): void;
  finish(): { records: Array<FigureRecord | BudgetRecord>; problems: Problem[]; stats: IngestStats };
}

/** Amount notations remembered at most; a file of a million distinct amounts must not keep a million lookups. */
const AMOUNT_CACHE_LIMIT = 20_000;
const PERIOD = /^\d{4}(-\d{2})?$/;

/**
 * Maps the rows of one published file to our records, one row at a time, so a file of any size streams through with
 * flat memory (only the records kept grow). Region, amount and period lookups are memoised, and records made from the
 * same region, notation or period share one RegionRef, Quantity or Period object (never mutate them; refs and periods
 * are frozen): published files repeat the same 250 region names and many notations, so a million records stay smaller.
 */
export function createIngester(
  descriptor: Descriptor,
  file: string,
  source: SourceRecord,
  deps: DatasetDeps,
): Ingester {
  const problems: Problem[] = [];
  const records: Array<FigureRecord | BudgetRecord> = [];
  const stats: IngestStats = { file, read: 0, written: 0, rejected: 0, skipped: 0, emptyCells: 0 };
  type RegionFailure = Extract<RegionLookup, { ok: false }>;
  type AmountFailure = Extract<AmountLookup, { ok: false }>;
  // written name → year → resolved ref (shared by every record) or the failure to report again.
  const regionCache = new Map<string, Map<string, RegionRef | RegionFailure>>();
  const amountCache = new Map<string, Quantity | AmountFailure>();
  const periodCache = new Map<string, Period>();
  const skips = descriptor.skip.map((s) => ({ ...s, re: new RegExp(s.pattern) }));
  const empty = new Set(descriptor.empty);
  const sourceDate = source.published;
  const sourceDay = sourceDate ? (sourceDate.length === 10 ? sourceDate : `${sourceDate.slice(0, 4)}-12-31`) : null;
  const qualifiers: readonly string[] = Object.freeze(descriptor.qualifier ? descriptor.qualifier.split('|') : []);
  const multi = descriptor.layout.kind === 'wide' && Object.keys(descriptor.layout.periodColumns).length > 1;
  let header: string[] | null = null;
  let index: {
    region: number;
    skip: number[];
    period?: number;
    value?: number;
    periods?: Array<[string, number]>;
  } | null = null;

  const fail = (
    line: number,
    column: string,
    code: string,
    ko: string,
    en: string,
    value?: string,
    extra: Partial<Problem> = {},
  ) => problems.push(error({ file, line, column }, code, ko, en, { value, ...extra }));

  function setHeader(cells: readonly string[], line: number): void {
    header = cells.map((c) => c.trim());
    const find = (name: string): number => {
      const i = header!.indexOf(name);
      if (i === -1)
        fail(
          line,
          name,
          'missing-column',
          `기술서(descriptor)가 가리키는 열 "${name}"이(가) 머리글에 없습니다.`,
          `Column "${name}" named in the descriptor is not in the header.`,
          header!.join(','),
        );
      return i;
    };
    const layout = descriptor.layout;
    index = {
      region: find(descriptor.region.column),
      skip: skips.map((s) => find(s.column)),
      ...(layout.kind === 'long'
        ? { period: 'column' in layout.period ? find(layout.period.column) : -2, value: find(layout.value.column) }
        : {
            periods: Object.entries(layout.periodColumns).map(([year, name]): [string, number] => [year, find(name)]),
          }),
    };
  }

  function region(written: string, period: string, line: number): RegionRef | undefined {
    const year = period.slice(0, 4);
    let byYear = regionCache.get(written);
    if (!byYear) regionCache.set(written, (byYear = new Map()));
    let found = byYear.get(year);
    if (!found) {
      const lookup = deps.resolveRegion(written, sourceDay ? [`${year}-12-31`, sourceDay] : [`${year}-12-31`]);
      found = lookup.ok ? Object.freeze({ written, ...lookup.ref }) : lookup;
      byYear.set(year, found);
    }
    if (!('ok' in found)) return found;
    const suggestion = found.candidates.length
      ? { ko: `후보: ${found.candidates.join(', ')}`, en: `Candidates: ${found.candidates.join(', ')}` }
      : undefined;
    fail(
      line,
      descriptor.region.column,
      `region-${found.kind}`,
      found.ko,
      found.en,
      written,
      suggestion ? { suggestion } : {},
    );
    return undefined;
  }

  function amount(cell: string, line: number, column: string): Quantity | undefined {
    let quantity = amountCache.get(cell);
    if (!quantity) {
      // Table cells group digits with commas and leave the unit to the header; the parser gets the bare number + unit.
      const bare = cell.includes(',') ? cell.replace(/,/g, '') : cell;
      const code = bare.charCodeAt(bare.length - 1);
      const parsed = deps.parseAmount(code >= 48 && code <= 57 ? `${bare}${descriptor.unit}` : bare);
      quantity = parsed.ok
        ? {
            written: `${cell} (${descriptor.unit})`,
            value: parsed.value,
            unit: parsed.unit,
            approx: parsed.approx,
            display: parsed.display,
          }
        : parsed;
      if (amountCache.size >= AMOUNT_CACHE_LIMIT) amountCache.clear();
      amountCache.set(cell, quantity);
    }
    if (!('ok' in quantity)) return quantity;
    fail(line, column, `amount-${quantity.code}`, quantity.ko, quantity.en, cell);
    return undefined;
  }

  function periodOf(text: string): Period {
    let period = periodCache.get(text);
    if (!period) periodCache.set(text, (period = Object.freeze(parsePeriod(text))));
    return period;
  }

  // Object literals with every key in one fixed order: one hidden class for all records, and the JSON key order of old.
  function record(
    id: string,
    ref: RegionRef,
    period: string,
    quantity: Quantity,
    line: number,
  ): FigureRecord | BudgetRecord {
    const origin = `${file}:${line}`;
    if (descriptor.target === 'budgets') {
      return {
        id,
        region: ref,
        fiscalYear: Number(period.slice(0, 4)),
        measure: descriptor.measure,
        metric: descriptor.metric,
        quantity,
        account: descriptor.account ?? null,
        stage: descriptor.stage ?? null,
        conflictsWith: [],
        source: descriptor.source,
        quote: null,
        status: '확인',
        note: null,
        origin,
      };
    }
    return {
      id,
      program: descriptor.program ?? '',
      region: ref,
      period: periodOf(period),
      measure: descriptor.measure,
      metric: descriptor.metric,
      quantity,
      qualifiers: qualifiers as string[],
      conflictsWith: [],
      source: descriptor.source,
      quote: null,
      status: '확인',
      note: null,
      origin,
    };
  }

  /** One value cell of a row: a record, `null` for a no-data cell, or `undefined` when a problem was reported. */
  function cellRecord(
    written: string,
    period: string,
    raw: string,
    column: string,
    line: number,
  ): FigureRecord | BudgetRecord | null | undefined {
    const cell = raw.trim();
    if (empty.has(cell)) {
      stats.emptyCells += 1;
      return null;
    }
    if (!PERIOD.test(period)) {
      fail(
        line,
        column,
        'invalid-period',
        `기간 "${period}"을(를) 읽을 수 없습니다 (YYYY 또는 YYYY-MM).`,
        `Cannot read period "${period}" (YYYY or YYYY-MM).`,
        period,
      );
      return undefined;
    }
    const ref = region(written, period, line);
    const quantity = amount(cell, line, column);
    if (!ref || !quantity) return undefined;
    return record(
      multi ? `${descriptor.id}-${line}-${period}` : `${descriptor.id}-${line}`,
      ref,
      period,
      quantity,
      line,
    );
  }

  return {
    row(cells, line) {
      if (line < descriptor.headerRow) return;
      if (header === null) {
        if (line === descriptor.headerRow) setHeader(cells, line);
        return;
      }
      if (cells.length === 1 && cells[0]?.trim() === '') return;
      stats.read += 1;
      if (cells.length !== header.length) {
        stats.rejected += 1;
        fail(
          line,
          '',
          'ragged-row',
          `열 개수가 맞지 않습니다: 머리글은 ${header.length}개, 이 행은 ${cells.length}개입니다.`,
          `Wrong number of cells: the header has ${header.length}, this row has ${cells.length}.`,
          cells.join(descriptor.delimiter),
        );
        return;
      }
      if (!index || index.region < 0) {
        stats.rejected += 1;
        return;
      }
      for (let i = 0; i < skips.length; i++) {
        if (skips[i]!.re.test((cells[index.skip[i] ?? -1] ?? '').trim())) {
          stats.skipped += 1;
          return;
        }
      }
      const written = (cells[index.region] ?? '').trim();
      const layout = descriptor.layout;
      if (layout.kind === 'long') {
        const period = 'value' in layout.period ? layout.period.value : (cells[index.period ?? -1] ?? '').trim();
        const made = cellRecord(written, period, cells[index.value ?? -1] ?? '', layout.value.column, line);
        if (made === undefined) {
          stats.rejected += 1;
          return;
        }
        if (made) records.push(made);
        stats.written += 1;
        return;
      }
      let ok = true;
      const made: Array<FigureRecord | BudgetRecord> = [];
      for (const [year, i] of index.periods ?? []) {
        const r = cellRecord(written, year, cells[i] ?? '', layout.periodColumns[year] ?? year, line);
        if (r === undefined) ok = false;
        else if (r) made.push(r);
      }
      if (!ok) {
        stats.rejected += 1;
        return;
      }
      for (const r of made) records.push(r);
      stats.written += 1;
    },
    finish() {
      if (header === null) {
        fail(
          descriptor.headerRow,
          '',
          'no-header',
          `${descriptor.headerRow}번째 줄에 머리글이 없습니다 (파일이 비었거나 짧습니다).`,
          `There is no header on line ${descriptor.headerRow} (the file is empty or too short).`,
        );
      }
      if (stats.skipped > 0) {
        problems.push(
          warning(
            { file },
            'rows-skipped',
            `기술서의 skip 규칙에 따라 ${stats.skipped}행을 뺐습니다 (합계 행 등).`,
            `${stats.skipped} rows were left out by the descriptor's skip rules (totals and the like).`,
          ),
        );
      }
      return { records, problems, stats };
    },
  };
}
