import { readCsv, type CsvRow } from '../csv/readCsv.ts';
import { INVISIBLE } from '../text/escape.ts';
import { error, type Problem } from './problem.ts';
import type { TableFormat } from './tables.ts';

export interface ValidRow {
  file: string;
  line: number;
  cells: Record<string, string>;
}

export interface ValidatedTable {
  file: string;
  rows: ValidRow[];
  read: number;
  rejected: number;
  problems: Problem[];
}

// Markup and script-ish text has no place in plain-text fields: the site escapes everything, but a value that
// looks like HTML is almost always a copy-paste accident or an attack, and a maintainer should see it.
const MARKUP = /<\s*[a-zA-Z!?/]|&#?[a-zA-Z0-9]+;|\bjavascript\s*:|\bdata\s*:\s*[a-z]+\/[a-z0-9.+-]+/i;

/**
 * Reads one of our own CSV files and checks every cell against the table format. Rows with any problem are
 * rejected (and counted); the rest are returned for cross-file checks.
 */
export function validateTable(text: string, file: string, format: TableFormat): ValidatedTable {
  const expected = Object.keys(format.columns);
  const csv = readCsv(text, file, expected);
  const problems = [...csv.problems];
  const headerOk = !csv.problems.some((p) => p.code === 'unexpected-header' || p.code === 'duplicate-column');
  const read = csv.rows.length + csv.unreadable;
  if (!headerOk) return { file, rows: [], read, rejected: read, problems };
  const rows: ValidRow[] = [];
  for (const row of csv.rows) {
    const rowProblems = checkRow(row, file, format);
    problems.push(...rowProblems);
    if (rowProblems.length === 0) rows.push({ file, line: row.line, cells: row.cells });
  }
  return { file, rows, read, rejected: read - rows.length, problems };
}

function checkRow(row: CsvRow, file: string, format: TableFormat): Problem[] {
  const problems: Problem[] = [];
  for (const [name, column] of Object.entries(format.columns)) {
    const value = row.cells[name] ?? '';
    const at = { file, line: row.line, column: name };
    if (INVISIBLE.test(value)) {
      problems.push(
        error(
          at,
          'invisible-character',
          '보이지 않는 제어 문자(방향 전환·폭 없는 문자 등)가 들어 있습니다.',
          'The value contains invisible control characters (direction overrides, zero-width characters …).',
          { value },
        ),
      );
      continue;
    }
    if (name !== 'url' && MARKUP.test(value)) {
      problems.push(
        error(
          at,
          'markup-in-text',
          'HTML·스크립트로 보이는 내용이 있습니다. 일반 글만 쓸 수 있습니다.',
          'The value looks like HTML or script; only plain text is allowed.',
          { value },
        ),
      );
      continue;
    }
    const result = column.schema.safeParse(value);
    if (!result.success) {
      const missing = value === '';
      problems.push(
        error(
          at,
          missing ? 'missing-value' : 'invalid-value',
          missing
            ? `"${name}" 값이 비어 있습니다. 기대: ${column.expected.ko}`
            : `"${name}" 값이 형식에 맞지 않습니다. 기대: ${column.expected.ko}`,
          missing
            ? `"${name}" is empty. Expected ${column.expected.en}.`
            : `"${name}" does not match the format. Expected ${column.expected.en}.`,
          { value },
        ),
      );
    }
  }
  return problems;
}
