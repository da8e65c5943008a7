import type { DatasetDeps, RegionLookup, AmountLookup } from '../dataset/deps.ts';
import { parsePeriod } from '../dataset/period.ts';
import { error, warning, type Problem } from '../dataset/problem.ts';
import type { BudgetRecord, FigureRecord, Quantity, RegionRef, SourceRecord } from '../dataset/types.ts';
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

/**
 * Maps the rows of one published file to our records, one row at a time, so a file of any size streams through with
 * flat memory (only the records kept grow). Region and amount lookups are memoised: published files repeat the same
 * 250 region names and many identical notations.
 */
export function createIngester(descriptor: Descriptor, file: string, source: SourceRecord, deps: DatasetDeps): Ingester {
  const problems: Problem[] = [];
  const records: Array<FigureRecord | BudgetRecord> = [];
  const stats: IngestStats = { file, read: 0, written: 0, rejected: 0, skipped: 0, emptyCells: 0 };
  const regionCache = new Map<string, RegionLookup>();
  const amountCache = new Map<string, AmountLookup>();
  const skips = descriptor.skip.map((s) => ({ ...s, re: new RegExp(s.pattern) }));
  const empty = new Set(descriptor.empty);
  const sourceDate = source.published;
  let header: string[] | null = null;
  let index: { region: number; skip: number[]; period?: number; value?: number; periods?: Array<[string, number]> } | null = null;

  const fail = (line: number, column: string, code: string, ko: string, en: string, value?: string, extra: Partial<Problem> = {}) =>
    problems.push(error({ file, line, column }, code, ko, en, { value, ...extra }));

  function setHeader(cells: readonly string[], line: number): void {
    header = cells.map((c) => c.trim());
    const find = (name: string): number => {
      const i = header!.indexOf(name);
      if (i === -1) fail(line, name, 'missing-column', `기술서(descriptor)가 가리키는 열 "${name}"이(가) 머리글에 없습니다.`, `Column "${name}" named in the descriptor is not in the header.`, header!.join(','));
      return i;
    };
    const layout = descriptor.layout;
    index = {
      region: find(descriptor.region.column),
      skip: skips.map((s) => find(s.column)),
      ...(layout.kind === 'long'
        ? { period: 'column' in layout.period ? find(layout.period.column) : -2, value: find(layout.value.column) }
        : { periods: Object.entries(layout.periodColumns).map(([year, name]): [string, number] => [year, find(name)]) }),
    };
  }

  function region(written: string, period: string, line: number): RegionRef | undefined {
    const dates = [`${period.slice(0, 4)}-12-31`, ...(sourceDate ? [sourceDate.length === 10 ? sourceDate : `${sourceDate.slice(0, 4)}-12-31`] : [])];
    const key = `${written}\u0000${dates.join()}`;
    let found = regionCache.get(key);
    if (!found) regionCache.set(key, (found = deps.resolveRegion(written, dates)));
    if (found.ok) return { written, ...found.ref };
    const suggestion = found.candidates.length ? { ko: `후보: ${found.candidates.join(', ')}`, en: `Candidates: ${found.candidates.join(', ')}` } : undefined;
    fail(line, descriptor.region.column, `region-${found.kind}`, found.ko, found.en, written, suggestion ? { suggestion } : {});
    return undefined;
  }

  function amount(cell: string, line: number, column: string): Quantity | undefined {
    // Table cells group digits with commas and leave the unit to the header; the parser gets the bare number + unit.
    const bare = cell.replace(/,/g, '');
    const written = /\d$/.test(bare) ? `${bare}${descriptor.unit}` : bare;
    let parsed = amountCache.get(written);
    if (!parsed) amountCache.set(written, (parsed = deps.parseAmount(written)));
    if (!parsed.ok) {
      fail(line, column, `amount-${parsed.code}`, parsed.ko, parsed.en, cell);
      return undefined;
    }
    return { written: `${cell} (${descriptor.unit})`, value: parsed.value, unit: parsed.unit, approx: parsed.approx, display: parsed.display };
  }

  function record(id: string, ref: RegionRef, period: string, quantity: Quantity, line: number): FigureRecord | BudgetRecord {
    const cite = { source: descriptor.source, quote: null, status: '확인', note: null, origin: `${file}:${line}` };
    if (descriptor.target === 'budgets') {
      return { id, region: ref, fiscalYear: Number(period.slice(0, 4)), measure: descriptor.measure, metric: descriptor.metric, quantity, account: descriptor.account ?? null, stage: descriptor.stage ?? null, conflictsWith: [], ...cite };
    }
    const qualifiers = descriptor.qualifier ? descriptor.qualifier.split('|') : [];
    return { id, program: descriptor.program ?? '', region: ref, period: parsePeriod(period), measure: descriptor.measure, metric: descriptor.metric, quantity, qualifiers, conflictsWith: [], ...cite };
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
        fail(line, '', 'ragged-row', `열 개수가 맞지 않습니다: 머리글은 ${header.length}개, 이 행은 ${cells.length}개입니다.`, `Wrong number of cells: the header has ${header.length}, this row has ${cells.length}.`, cells.join(descriptor.delimiter));
        return;
      }
      if (!index || index.region < 0) {
        stats.rejected += 1;
        return;
      }
      const skip = skips.findIndex((s, i) => s.re.test((cells[index!.skip[i] ?? -1] ?? '').trim()));
      if (skip !== -1) {
        stats.skipped += 1;
        return;
      }
      const written = (cells[index.region] ?? '').trim();
      const pairs: Array<[string, string, string]> = [];
      const layout = descriptor.layout;
      if (layout.kind === 'long') {
        const period = 'value' in layout.period ? layout.period.value : (cells[index.period ?? -1] ?? '').trim();
        pairs.push([period, (cells[index.value ?? -1] ?? '').trim(), layout.value.column]);
      } else {
        for (const [year, i] of index.periods ?? []) pairs.push([year, (cells[i] ?? '').trim(), layout.periodColumns[year] ?? year]);
      }
      let ok = true;
      const made: Array<FigureRecord | BudgetRecord> = [];
      for (const [period, cell, column] of pairs) {
        if (empty.has(cell)) {
          stats.emptyCells += 1;
          continue;
        }
        if (!/^\d{4}(-\d{2})?$/.test(period)) {
          fail(line, column, 'invalid-period', `기간 "${period}"을(를) 읽을 수 없습니다 (YYYY 또는 YYYY-MM).`, `Cannot read period "${period}" (YYYY or YYYY-MM).`, period);
          ok = false;
          continue;
        }
        const ref = region(written, period, line);
        const quantity = amount(cell, line, column);
        if (!ref || !quantity) {
          ok = false;
          continue;
        }
        made.push(record(pairs.length > 1 ? `${descriptor.id}-${line}-${period}` : `${descriptor.id}-${line}`, ref, period, quantity, line));
      }
      if (!ok) {
        stats.rejected += 1;
        return;
      }
      records.push(...made);
      stats.written += 1;
    },
    finish() {
      if (header === null) {
        fail(descriptor.headerRow, '', 'no-header', `${descriptor.headerRow}번째 줄에 머리글이 없습니다 (파일이 비었거나 짧습니다).`, `There is no header on line ${descriptor.headerRow} (the file is empty or too short).`);
      }
      if (stats.skipped > 0) {
        problems.push(warning({ file }, 'rows-skipped', `기술서의 skip 규칙에 따라 ${stats.skipped}행을 뺐습니다 (합계 행 등).`, `${stats.skipped} rows were left out by the descriptor's skip rules (totals and the like).`));
      }
      return { records, problems, stats };
    },
  };
}
