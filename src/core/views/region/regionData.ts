import type { BudgetRecord, Dataset, FigureRecord, ProgramRecord } from '../../domain/dataset/types.ts';
import { periodLabel } from '../../domain/dataset/period.ts';
import { awardGroups, type DistinctAward } from '../awardGroups.ts';
import { ACCOUNT_NOT_STATED, STAGE_NOT_STATED } from '../../site/wording.ts';

/** A program's figures for one region, newest period first. */
export interface ProgramFigures {
  program: Pick<ProgramRecord, 'id' | 'name'>;
  figures: Array<FigureRecord & { periodText: string; conflicts: string[] }>;
}

/** One award (every source that reports it) with the evaluation's name. */
export type RegionAward = DistinctAward & { evaluationName: string };

/** A budget figure with its year and basis spelled out for the table. */
export type RegionBudget = BudgetRecord & { yearText: string; basis: string };

/** Everything collected about one identity, joined across figures, awards and budgets. */
export interface RegionData {
  programs: ProgramFigures[];
  awards: RegionAward[];
  budgets: RegionBudget[];
  /** Welfare-share figures by basis, oldest year first: the table shown when no budget chart exists. */
  welfareShare: Array<{ basis: string; points: RegionBudget[] }>;
  empty: boolean;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `일반회계 · 당초`, with what the source left unstated said so (`회계 기준 미기재 · 당초`). */
export function budgetBasis(b: Pick<BudgetRecord, 'account' | 'stage'>): string {
  return `${b.account ?? ACCOUNT_NOT_STATED} · ${b.stage ?? STAGE_NOT_STATED}`;
}

/** Joins figures, awards and budgets of one identity, each list in a stable reading order. */
export function regionData(dataset: Dataset, identity: string): RegionData {
  const figures = dataset.figures.filter((f) => f.region.identity === identity);
  const programs: ProgramFigures[] = dataset.programs
    .map((program) => ({
      program: { id: program.id, name: program.name },
      figures: figures
        .filter((f) => f.program === program.id)
        .sort((a, b) => (b.period.end ?? '').localeCompare(a.period.end ?? '') || byId(a, b))
        .map((f) => ({
          ...f,
          periodText: f.period.kind === 'unknown' ? '기간 미상' : periodLabel(f.period),
          conflicts: f.conflictsWith,
        })),
    }))
    .filter((p) => p.figures.length > 0);
  const evaluations = new Map(dataset.evaluations.map((e) => [e.id, e.name]));
  const awards = awardGroups(dataset.awards)
    .filter((g) => g.award.region.identity === identity)
    .sort((a, b) => b.award.year - a.award.year || byId(a.award, b.award))
    .map((g) => ({ ...g, evaluationName: evaluations.get(g.award.evaluation) ?? g.award.evaluation }));
  const budgets = dataset.budgets
    .filter((b) => b.region.identity === identity)
    .sort((a, b) => (b.fiscalYear ?? 0) - (a.fiscalYear ?? 0) || byId(a, b))
    .map((b) => ({ ...b, yearText: b.fiscalYear === null ? '연도 미상' : `${b.fiscalYear}년`, basis: budgetBasis(b) }));
  const shares = new Map<string, RegionBudget[]>();
  for (const b of budgets) {
    if (b.measure !== 'welfare-share' || b.fiscalYear === null) continue;
    shares.set(b.basis, [...(shares.get(b.basis) ?? []), b]);
  }
  const welfareShare = [...shares.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([basis, points]) => ({
      basis,
      points: [...points].sort((a, b) => (a.fiscalYear ?? 0) - (b.fiscalYear ?? 0) || byId(a, b)),
    }));
  return {
    programs,
    awards,
    budgets,
    welfareShare,
    empty: programs.length === 0 && awards.length === 0 && budgets.length === 0,
  };
}
