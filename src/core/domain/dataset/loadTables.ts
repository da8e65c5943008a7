import { error, type Problem } from './problem.ts';
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
import type { FileStats } from './types.ts';
import { validateTable, type ValidRow } from './validateTable.ts';

/** One input file: its path relative to data/ and its text. */
export interface InputFile {
  path: string;
  text: string;
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

/** Validates every file that belongs to a table; a table may span several files (one per source, program …). */
export function loadTables(files: readonly InputFile[]): {
  problems: Problem[];
  rowsByTable: Map<string, ValidRow[]>;
  stats: Map<string, FileStats>;
} {
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
  return { problems, rowsByTable, stats };
}
