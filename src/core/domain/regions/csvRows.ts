import Papa from 'papaparse';
import type { Message } from './types.ts';

/** One data row of a CSV file, keyed by header, with the 1-based line it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/** A malformed registry file: says which file and line, in Korean and English. */
export class RegistryError extends Error implements Message {
  readonly ko: string;
  readonly en: string;
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, ko: string, en: string) {
    const where = line === null ? file : `${file}:${line}`;
    super(`${where}: ${ko} / ${en}`);
    this.name = 'RegistryError';
    this.file = file;
    this.line = line;
    this.ko = `${where}: ${ko}`;
    this.en = `${where}: ${en}`;
  }
}

/** Parses CSV text whose header must equal `header` exactly; throws RegistryError naming the line otherwise. */
export function readCsvRows(text: string, file: string, header: readonly string[]): CsvRow[] {
  // Line numbers are counted on \n only, so normalise line endings and drop a BOM first.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const raw: Array<{ line: number; fields: string[]; error: string | null }> = [];
  let rowStart = 0;
  Papa.parse<string[]>(source, {
    delimiter: ',',
    newline: '\n',
    step(result) {
      const line = lineOf(rowStart);
      const error = result.errors[0]?.message ?? null;
      raw.push({ line, fields: result.data, error });
      rowStart = result.meta.cursor + 1;
    },
  });

  const first = raw[0];
  if (!first || first.fields.join(',') !== header.join(',')) {
    throw new RegistryError(
      file,
      1,
      `머리글이 "${header.join(',')}" 이어야 합니다 (읽은 값: "${first?.fields.join(',') ?? ''}")`,
      `header must be "${header.join(',')}" (found "${first?.fields.join(',') ?? ''}")`,
    );
  }
  const rows: CsvRow[] = [];
  for (const { line, fields, error } of raw.slice(1)) {
    if (fields.length === 1 && fields[0] === '') continue;
    if (error !== null) throw new RegistryError(file, line, `CSV 구문 오류: ${error}`, `CSV syntax error: ${error}`);
    if (fields.length !== header.length) {
      throw new RegistryError(
        file,
        line,
        `열이 ${header.length}개여야 하는데 ${fields.length}개입니다`,
        `expected ${header.length} fields, found ${fields.length}`,
      );
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => {
      values[name] = (fields[i] ?? '').trim();
    });
    rows.push({ line, values });
  }
  return rows;
}
