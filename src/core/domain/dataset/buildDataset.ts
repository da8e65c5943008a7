import type { DatasetDeps } from './deps.ts';
import { sortProblems, type Problem } from './problem.ts';
import type { AwardRecord, BudgetRecord, Dataset, FigureRecord, FileStats } from './types.ts';
import { findConflicts } from './conflicts.ts';
import { toEvaluation, toMeasure, toProgram, toSource } from './records.ts';
import { loadTables, type InputFile } from './loadTables.ts';
import { RowChecks } from './rowChecks.ts';
import { toAward, toBudget, toFigure } from './citedRecords.ts';

export interface BuildResult {
  dataset: Dataset;
  problems: Problem[];
  stats: FileStats[];
}

/**
 * Turns the project's own data files into the published dataset. Every problem in every file is collected (the
 * caller stops the build if any is an error); every row read is either in the dataset or counted as rejected.
 * `asOf` (YYYY-MM-DD, Asia/Seoul) is "today" for checks of dates in the future.
 */
export function buildDataset(files: readonly InputFile[], deps: DatasetDeps, asOf: string): BuildResult {
  const { problems, rowsByTable, stats } = loadTables(files);
  const ctx = new RowChecks(deps, asOf, problems, stats);
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
    const source = ctx.source(row, sourceById);
    const folder = row.file.split('/')[0];
    const owner = (row.file.split('/')[1] ?? '').replace(/\.csv$/, '');
    if (folder === 'figures') {
      const figure = toFigure(ctx, row, source, owner, ids);
      if (!figure) continue;
      figures.push(figure);
    } else if (folder === 'awards') {
      const award = toAward(ctx, row, source, owner, ids);
      if (!award) continue;
      awards.push(award);
    } else {
      const budget = toBudget(ctx, row, source, ids);
      if (!budget) continue;
      budgets.push(budget);
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
