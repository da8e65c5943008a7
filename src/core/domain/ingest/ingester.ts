import type { DatasetDeps } from '../dataset/deps.ts';
import { isPeriod } from '../dataset/period.ts';
import { error, type Problem } from '../dataset/problem.ts';
import type { SourceRecord } from '../dataset/types.ts';
import type { Descriptor } from './descriptor.ts';
import { descriptorColumns } from './descriptorColumns.ts';
import { joinHeader } from './header.ts';
import { makeRecord, periodCache, recordIdOf, statusOf, type IngestedRecord } from './makeRecord.ts';
import type { IngestCatalog, IngestStats, Ingester } from './ingestTypes.ts';
import { ALIAS_FAILURES, aliasNote, createRegionResolver } from './regionResolver.ts';
import { createRepeatTracker } from './repeatedRows.ts';
import { compileRowRules } from './rowRules.ts';
import { createValueReaders } from './valueReaders.ts';

export type { IngestCatalog, IngestStats, Ingester } from './ingestTypes.ts';

/** Whether every cell of a row is blank (a blank line inside the data). */
function blank(cells: string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/**
 * Maps the rows of one published file to records, one row at a time (flat memory: only the records kept grow).
 * Region, amount and period lookups are memoised and their results shared between records.
 */
export function createIngester(
  d: Descriptor,
  at: { file: string; descriptor: string },
  source: SourceRecord,
  deps: DatasetDeps,
  catalog: IngestCatalog,
  emit: (r: IngestedRecord) => void,
): Ingester {
  const { file } = at;
  const origin = `${file}:`; // + the line: a record's origin
  const problems: Problem[] = [];
  const stats: IngestStats = {
    file,
    read: 0,
    written: 0,
    rejected: 0,
    skipped: 0,
    emptyCells: 0,
    skippedRows: [],
    merged: 0,
    mergedRows: [],
  };
  const repeats = d.repeatedRows ? createRepeatTracker(d, file, problems) : null;
  const skippedBy = new Map<string, number[]>();
  const fail = (line: number | undefined, column: string, code: string, ko: string, en: string, value?: string) =>
    problems.push(error({ file, line, column }, code, ko, en, value === undefined ? {} : { value }));
  const failDescriptor = (column: string, code: string, ko: string, en: string, value?: string) =>
    problems.push(error({ file: at.descriptor, column }, code, ko, en, value === undefined ? {} : { value }));

  const readers = createValueReaders(d, deps, catalog, failDescriptor);
  const keyed = new Set(d.values.map((v) => v.key ?? v.measure)).size > 1;
  const ids = d.values.map((v, i) => recordIdOf(d, keyed ? (v.key ?? v.measure) : null, i));
  const status = statusOf(source.reliability);
  const periodOf = periodCache();
  const region = createRegionResolver(d, deps, source);
  const regionColumn = (d.region.columns ?? [d.region.column ?? '']).join('+');
  const headerLines: string[][] = [];
  let names: string[] | null = null;
  let index = (_: string) => -1;
  let rules: ReturnType<typeof compileRowRules> | null = null;
  // Column positions the descriptor names, found once per header instead of once per row and cell.
  let periodAt = -1;
  let valueAt: number[] = [];
  let goodPeriod = ''; // the last period that passed isPeriod: rows repeat it, so the test runs once per change

  function setHeader(list: string[], line: number | undefined): void {
    names = list;
    const positions = new Map(list.map((n, i) => [n, i]));
    index = (name) => positions.get(name) ?? -1;
    for (const name of descriptorColumns(d))
      if (index(name) < 0)
        fail(
          line,
          name,
          'missing-column',
          `기술서가 가리키는 열 "${name}"이(가) 머리글에 없습니다. 기술서의 열 이름이나 headerRows를 고치세요.`,
          `Column "${name}" named in the descriptor is not in the header. Fix the column name or headerRows in the descriptor.`,
          list.join(','),
        );
    rules = compileRowRules(d, index);
    periodAt = d.period && 'column' in d.period ? index(d.period.column) : -1;
    valueAt = d.values.map((v) => index(v.column));
  }

  function skip(reason: string, line: number): void {
    stats.skipped += 1;
    let lines = skippedBy.get(reason);
    if (!lines) skippedBy.set(reason, (lines = []));
    lines.push(line);
  }

  function dataRow(cells: string[], line: number): void {
    stats.read += 1;
    if (cells.length !== names!.length) {
      stats.rejected += 1;
      fail(
        line,
        '',
        'ragged-row',
        `열 개수가 맞지 않습니다: 머리글은 ${names!.length}개, 이 행은 ${cells.length}개입니다.`,
        `Wrong number of cells: the header has ${names!.length}, this row has ${cells.length}.`,
        cells.join(d.delimiter),
      );
      return;
    }
    const verdict = rules!(cells);
    if (verdict.skip !== null) return skip(verdict.skip, line);
    const basePeriod = d.period ? ('value' in d.period ? d.period.value : (cells[periodAt] ?? '').trim()) : '';
    const made: IngestedRecord[] = [];
    let ok = true;
    for (let i = 0; i < d.values.length; i++) {
      const v = d.values[i]!;
      const period = v.period ?? basePeriod;
      const byPeriod = v.columnByPeriod?.[period];
      const column = byPeriod ?? v.column;
      const cell = (cells[byPeriod === undefined ? valueAt[i]! : index(byPeriod)] ?? '').trim();
      if (d.empty.includes(cell)) {
        stats.emptyCells += 1;
        continue;
      }
      if (period !== goodPeriod && !isPeriod(period)) {
        ok = false;
        fail(
          line,
          d.period && 'column' in d.period ? d.period.column : column,
          'invalid-period',
          `기간 "${period}"을(를) 읽을 수 없습니다 (YYYY, YYYY-MM, YYYY-MM-DD; 달력에 있는 날). 기술서의 period를 확인하세요.`,
          `Cannot read period "${period}" (YYYY, YYYY-MM, YYYY-MM-DD; a day on the calendar). Check period in the descriptor.`,
          period,
        );
        continue;
      }
      goodPeriod = period;
      const entry = region(cells, period, index);
      const { written, found, alias } = entry;
      if ('ok' in found) {
        if (d.region.unresolved && !ALIAS_FAILURES.has(found.kind))
          return skip(`${d.region.unresolved.skip} — ${written} (${period}): ${found.ko}`, line);
        ok = false;
        fail(
          line,
          regionColumn,
          `region-${found.kind}`,
          ALIAS_FAILURES.has(found.kind)
            ? found.ko
            : `${found.ko} 기술서의 region(codeVintage, date, columns, aliases) 또는 region.unresolved를 확인하세요.`,
          ALIAS_FAILURES.has(found.kind)
            ? found.en
            : `${found.en} Check region (codeVintage, date, columns, aliases) or region.unresolved in the descriptor.`,
          written,
        );
        continue;
      }
      const value = readers[i]!(cell);
      if (typeof value !== 'string' && 'ok' in value) {
        ok = false;
        const code =
          value.code === 'unsafe-text' || value.code.startsWith('unit') ? value.code : `amount-${value.code}`;
        fail(line, column, code, value.ko, value.en, cell);
        continue;
      }
      const id = ids[i]!(entry, period);
      const record = makeRecord(
        d,
        v,
        { id, ref: found, period, value, origin: origin + line, residual: verdict.residual, status },
        periodOf,
      );
      if (alias && 'note' in record) record.note = aliasNote(alias, found);
      made.push(record);
    }
    // A row already published (same region and period, same values) is merged; one that contradicts it is rejected.
    const at = ok && repeats ? region(cells, basePeriod, index).found : null;
    const repeat = at && !('ok' in at) ? repeats!.row(at, basePeriod, cells, index, line, made) : 'first';
    if (repeat === 'repeat') return void (stats.merged += 1);
    if (!ok || repeat === 'differs') return void (stats.rejected += 1);
    for (const r of made) emit(r);
    stats.written += 1;
  }

  const firstData = Math.max(...d.headerRows) + 1;
  return {
    header(list) {
      setHeader(list, undefined);
    },
    row(cells, line) {
      if (names === null) {
        if (d.headerRows.includes(line)) headerLines.push(cells);
        if (line === firstData - 1) {
          const joined = joinHeader(headerLines, d.headerJoin);
          for (const r of joined.repeated)
            fail(
              line,
              r.name,
              'repeated-header',
              `머리글 "${r.name}"이(가) 여러 열(${r.columns.join(', ')}번째)에 있습니다. 어느 열인지 정할 수 없습니다: headerRows를 고치거나 기관에 확인하세요.`,
              `Header "${r.name}" names several columns (${r.columns.join(', ')}); which one is meant cannot be decided. Fix headerRows or check with the publisher.`,
              r.name,
            );
          setHeader(joined.names, line);
          if (joined.repeated.length > 0) rules = null;
        }
        return;
      }
      if (line < firstData && !d.json) return;
      if (!d.json && blank(cells)) return;
      if (rules === null) {
        stats.read += 1;
        stats.rejected += 1;
        return;
      }
      dataRow(cells, line);
    },
    finish() {
      if (names === null)
        fail(
          d.headerRows[0],
          '',
          'no-header',
          `${d.headerRows.join(', ')}번째 줄에 머리글이 없습니다 (파일이 비었거나 짧습니다). 기술서의 headerRows를 확인하세요.`,
          `There is no header on line ${d.headerRows.join(', ')} (the file is empty or too short). Check headerRows in the descriptor.`,
        );
      for (const a of region.unused())
        failDescriptor(
          'region.aliases',
          'region-alias-unused',
          `별칭 "${a.written}" → "${a.means}" (${a.from}부터)을(를) 쓴 행이 없습니다. 낡은 별칭은 지우세요 (파일이 이름을 고쳤거나 from이 틀림).`,
          `No row was read through the alias "${a.written}" → "${a.means}" (from ${a.from}). Remove the stale alias (the file fixed the name, or "from" is wrong).`,
          a.written,
        );
      stats.skippedRows = [...skippedBy].map(([reason, lines]) => ({ reason, lines }));
      if (repeats) Object.assign(stats, repeats.finish());
      return { records: [], problems, stats };
    },
  };
}
