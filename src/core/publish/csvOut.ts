/**
 * CSV for downloads: RFC 4180 quoting, CRLF line ends, and a UTF-8 BOM so that Excel opens Korean text correctly.
 *
 * Formula injection: spreadsheet programs execute text cells that start with `=`, `+`, `-`, `@`, TAB or CR. Such text
 * cells are prefixed with an apostrophe (the OWASP recommendation), which spreadsheets hide and other readers can
 * strip. Numbers are never touched: number-typed cells, and text that is only a signed number (`-3.5`, `+1,200`,
 * `-2.1%`), are written as they are, so values stay machine-readable. The /data/ page documents this.
 */

/** A cell as the tables hold it: null and undefined become empty cells. */
export type CsvCell = string | number | boolean | null | undefined;

/** The byte-order mark Excel needs to detect UTF-8. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d[\d,]*)(\.\d+)?%?$/;

/** Whether a text cell would be read as a formula by a spreadsheet (and so gets the apostrophe guard). */
export function needsFormulaGuard(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** One cell, guarded and quoted when it holds a comma, quote, CR or LF (or leading/trailing space). */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`CSV cells must be finite numbers, got ${value}.`);
    return String(value);
  }
  let text = String(value);
  if (typeof value === 'string' && needsFormulaGuard(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: header row, then rows; every row must have as many cells as the header. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: { bom?: boolean } = {},
): string {
  return [...csvPieces(header, rows, options)].join('');
}

/**
 * toCsv's document in pieces, one line (with its CRLF) each: a download of hundreds of thousands of rows never has to
 * exist as one string.
 */
export function* csvPieces(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: { bom?: boolean } = {},
): Generator<string> {
  yield `${options.bom === false ? '' : BOM}${header.map(csvCell).join(',')}\r\n`;
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length)
      throw new Error(`CSV row ${i + 1} has ${row.length} cells, the header has ${header.length}.`);
    yield `${row.map(csvCell).join(',')}\r\n`;
  }
}
