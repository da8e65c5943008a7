import Papa from 'papaparse';
import { error, type Problem } from '../dataset/problem.ts';

/** A data row with the 1-based line in the file where it starts, keyed by header name. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
  /** Data records that could not be read (broken quoting, ragged): reported in `problems`, counted as rejected. */
  unreadable: number;
  problems: Problem[];
}

/**
 * Parses a whole CSV text (our own files are small) into rows keyed by header, keeping the line where each row
 * starts so that every problem can point at `file:line`. Ragged rows, broken quotes and duplicate headers are
 * reported, never silently repaired; such rows are not returned, so callers count them as rejected.
 */
export function readCsv(text: string, file: string, expectedHeader?: readonly string[]): CsvTable {
  const problems: Problem[] = [];
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    problems.push(error({ file, line: 1 }, 'empty-file', '파일이 비어 있습니다.', 'The file is empty.'));
    return { file, header: [], rows: [], unreadable: 0, problems };
  }
  const lineStarts = indexLineStarts(body);
  const records: { line: number; cells: string[] }[] = [];
  let unreadable = 0;
  let cursor = 0;
  Papa.parse<string[]>(body, {
    header: false,
    delimiter: ',',
    // Fixed, not detected: a stray \r inside a file must not turn into a row break. CRLF files keep working because
    // the \r left at the end of the last cell is trimmed.
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(lineStarts, cursor);
      cursor = result.meta.cursor;
      for (const e of result.errors) {
        problems.push(
          error({ file, line }, `csv-${e.code.toLowerCase()}`, csvErrorKo(e.code), `CSV syntax error: ${e.message}.`),
        );
      }
      if (result.errors.length > 0) {
        unreadable += 1;
        return;
      }
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '') return;
      records.push({ line, cells });
    },
  });
  const headerRecord = records.shift();
  if (!headerRecord) {
    problems.push(error({ file, line: 1 }, 'no-header', '머리글 행이 없습니다.', 'The header row is missing.'));
    return { file, header: [], rows: [], unreadable: 0, problems };
  }
  const header = headerRecord.cells.map((h) => h.trim());
  problems.push(...checkHeader(header, file, expectedHeader));
  const rows: CsvRow[] = [];
  for (const record of records) {
    if (record.cells.length !== header.length) {
      problems.push(
        error(
          { file, line: record.line },
          'ragged-row',
          `열 개수가 맞지 않습니다: 머리글은 ${header.length}개, 이 행은 ${record.cells.length}개입니다.`,
          `Wrong number of cells: the header has ${header.length}, this row has ${record.cells.length}.`,
          { value: record.cells.join(',') },
        ),
      );
      unreadable += 1;
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      cells[name] = (record.cells[i] ?? '').trim();
    });
    rows.push({ line: record.line, cells });
  }
  return { file, header, rows, unreadable, problems };
}

function checkHeader(header: string[], file: string, expected?: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) {
      problems.push(
        error(
          { file, line: 1, column: name },
          'duplicate-column',
          `열 이름 "${name}"이(가) 두 번 나옵니다.`,
          `Column "${name}" appears twice.`,
        ),
      );
    }
    seen.add(name);
  }
  if (expected && expected.join(',') !== header.join(',')) {
    problems.push(
      error(
        { file, line: 1 },
        'unexpected-header',
        `머리글이 형식과 다릅니다. 기대한 머리글: ${expected.join(',')}`,
        `The header does not match the format. Expected: ${expected.join(',')}`,
        { value: header.join(',') },
      ),
    );
  }
  return problems;
}

function csvErrorKo(code: string): string {
  switch (code) {
    case 'MissingQuotes':
      return 'CSV 문법 오류: 닫는 따옴표가 없습니다.';
    case 'InvalidQuotes':
      return 'CSV 문법 오류: 따옴표가 잘못 쓰였습니다.';
    case 'UndetectableDelimiter':
      return 'CSV 문법 오류: 구분자를 알 수 없습니다.';
    default:
      return 'CSV 문법 오류입니다.';
  }
}

/** Offsets at which each line starts; line n (1-based) starts at starts[n-1]. */
export function indexLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line that contains offset `at`. */
export function lineAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
