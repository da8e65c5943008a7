import { codeUnitOrder, koreanOrder } from '../domain/text/textOrder.ts';
import type { Dataset, EvaluationRecord, FigureRecord, MeasureRecord, ProgramRecord } from '../domain/dataset/types.ts';
import { periodYears, yearsLabel } from './recordLabels.ts';
import { awardGroups, type DistinctAward } from './awardGroups.ts';

/** Measures that are money a program spends or receives: listed in the program's budget section, not with outputs. */
export const PROGRAM_BUDGET_MEASURES: ReadonlySet<string> = new Set(['program-budget', 'national-subsidy']);

/** Evaluations tied to a program: same id, or an id that starts with the program id (`jeonnam-gidongdae-evaluation`). */
export function programEvaluations(dataset: Dataset, programId: string): EvaluationRecord[] {
  return dataset.evaluations.filter((e) => e.id === programId || e.id.startsWith(`${programId}-`));
}

/** One line of the programs index. */
export interface ProgramSummary {
  program: ProgramRecord;
  figures: number;
  awards: number;
  years: string;
}

/** Every program with its counts of figures and awards and the years its records cover. */
export function programSummaries(dataset: Dataset): ProgramSummary[] {
  return dataset.programs.map((program) => {
    const figures = dataset.figures.filter((f) => f.program === program.id);
    const evaluationIds = new Set(programEvaluations(dataset, program.id).map((e) => e.id));
    // Awards, not reports of them.
    const awards = awardGroups(dataset.awards)
      .filter((g) => evaluationIds.has(g.award.evaluation))
      .map((g) => g.award);
    const years = [...figures.flatMap((f) => periodYears(f.period)), ...awards.map((a) => a.year)];
    return { program, figures: figures.length, awards: awards.length, years: yearsLabel(years) };
  });
}

/** Figures of one measure (or, without a measure, of one metric wording), in one table on the program page. */
export interface FigureGroup {
  key: string;
  title: string;
  measure: MeasureRecord | null;
  cumulative: boolean;
  figures: FigureRecord[];
}

/** Figures that disagree about the same thing, shown side by side with their sources. */
export interface ConflictSet {
  figures: FigureRecord[];
}

/** Awards of one evaluation, latest year first. */
export interface EvaluationAwards {
  evaluation: EvaluationRecord;
  /** Each award once, with every source that reports it. */
  years: Array<{ year: number; awards: DistinctAward[] }>;
}

/** Everything the page of one program shows, already grouped and ordered. */
export interface ProgramDetail {
  program: ProgramRecord;
  groups: FigureGroup[];
  budgetFigures: FigureRecord[];
  conflicts: ConflictSet[];
  evaluations: EvaluationAwards[];
  hasCumulative: boolean;
  figureCount: number;
}

const cmp = (a: string | null, b: string | null) => codeUnitOrder(a ?? '', b ?? '');
const figureOrder = (a: FigureRecord, b: FigureRecord) =>
  koreanOrder(a.region.name, b.region.name) ||
  cmp(a.period.end, b.period.end) ||
  cmp(a.period.start, b.period.start) ||
  cmp(a.id, b.id);

/** Groups, conflicts, awards and budget figures of a program; null if the id is unknown. */
export function programDetail(dataset: Dataset, programId: string): ProgramDetail | null {
  const program = dataset.programs.find((p) => p.id === programId);
  if (!program) return null;
  const measures = new Map(dataset.measures.map((m) => [m.id, m]));
  const own = dataset.figures.filter((f) => f.program === programId);
  const budgetFigures = own
    .filter((f) => f.measure !== null && PROGRAM_BUDGET_MEASURES.has(f.measure))
    .sort(figureOrder);
  const groups = new Map<string, FigureGroup>();
  for (const f of own) {
    if (f.measure !== null && PROGRAM_BUDGET_MEASURES.has(f.measure)) continue;
    const measure = f.measure ? (measures.get(f.measure) ?? null) : null;
    const key = measure ? `measure:${measure.id}` : `metric:${f.metric}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        title: measure ? measure.label : f.metric,
        measure,
        cumulative: measure?.aggregation === 'cumulative',
        figures: [],
      };
      groups.set(key, group);
    }
    group.figures.push(f);
    if (f.qualifiers.includes('누적')) group.cumulative = true;
  }
  // Comparable measures first (in vocabulary order), then one-off wordings alphabetically.
  const ordered = [...groups.values()].sort((a, b) =>
    a.measure && b.measure
      ? cmp(a.measure.id, b.measure.id)
      : a.measure
        ? -1
        : b.measure
          ? 1
          : koreanOrder(a.title, b.title),
  );
  for (const g of ordered) g.figures.sort(figureOrder);

  // Only the figures a conflict names: a map of every figure of a national dataset, made for each program page, cost
  // more than the rest of the page.
  const named = new Set(own.flatMap((f) => f.conflictsWith));
  const byId = new Map(named.size === 0 ? [] : dataset.figures.filter((f) => named.has(f.id)).map((f) => [f.id, f]));
  const seen = new Set<string>();
  const conflicts: ConflictSet[] = [];
  for (const f of [...own].sort((a, b) => cmp(a.id, b.id))) {
    if (f.conflictsWith.length === 0 || seen.has(f.id)) continue;
    const members = [f, ...f.conflictsWith.map((id) => byId.get(id)).filter((x): x is FigureRecord => x !== undefined)];
    for (const m of members) seen.add(m.id);
    conflicts.push({ figures: members });
  }

  const ofEvaluations = programEvaluations(dataset, programId);
  const distinct = ofEvaluations.length > 0 ? awardGroups(dataset.awards) : [];
  const evaluations = ofEvaluations.map((evaluation) => {
    const years = new Map<number, DistinctAward[]>();
    for (const g of distinct.filter((x) => x.award.evaluation === evaluation.id))
      years.set(g.award.year, [...(years.get(g.award.year) ?? []), g]);
    return {
      evaluation,
      years: [...years.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([year, awards]) => ({
          year,
          awards: awards.sort(
            (a, b) =>
              cmp(a.category, b.category) ||
              koreanOrder(a.award.region.name, b.award.region.name) ||
              cmp(a.award.id, b.award.id),
          ),
        })),
    };
  });

  return {
    program,
    groups: ordered,
    budgetFigures,
    conflicts,
    evaluations,
    hasCumulative: ordered.some((g) => g.cumulative) || budgetFigures.some((f) => f.qualifiers.includes('누적')),
    figureCount: own.length,
  };
}
