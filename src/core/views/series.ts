import { periodLabel } from '../domain/dataset/period.ts';
import type { FigureRecord } from '../domain/dataset/types.ts';
import { wordingKey } from '../domain/text/wordingKey.ts';

/** One point of a reported series: the figure, and the label of its period. */
export interface SeriesPoint {
  label: string;
  figure: FigureRecord;
}

/** A series: one program's figures of one measure for one region, on one comparable footing. */
export interface ReportedSeries {
  program: string;
  measure: string;
  identity: string;
  /** The sub-program the metric names (`구석구석 사업`), or '' when it names none. */
  scope: string;
  /** Period kind shared by every point (year, range, month, day, unknown). */
  periodKind: string;
  /** Stage-like qualifiers shared by every point (`예산`, `계획|목표` …), '' when none. */
  stage: string;
  /** 1 for the largest series of its program, measure and region; 2, 3 … for the others (chart ids stay unique). */
  part: number;
  points: SeriesPoint[];
}

/** Qualifiers that change what a number is (a plan is not an outcome, a budget not a settlement). */
const STAGE_QUALIFIERS: ReadonlySet<string> = new Set(['예산', '결산', '계획', '목표', '잠정']);

/**
 * The sub-program a metric names in brackets: `위기가구 발굴(구석구석 사업)` → `구석구석 사업`. 274 households found by
 * one campaign and 243 by another are not a trend, so a named 사업 splits the series. Other brackets (periods, 전년)
 * do not.
 */
export function metricScope(metric: string): string {
  const named = [...metric.matchAll(/\(([^()]*사업[^()]*)\)/gu)].map((m) => wordingKey(m[1]!));
  return named.join('|');
}

/** What must be equal for two figures of one measure and region to be drawn as one series. */
export function comparabilityKey(f: FigureRecord): string {
  const stage = f.qualifiers
    .filter((q) => STAGE_QUALIFIERS.has(q))
    .sort()
    .join('|');
  return [metricScope(f.metric), f.period.kind, stage].join('\u0000');
}

/**
 * Every reported series in one pass over the figures (a scan per series would grow with series × figures), each
 * ordered by the end of its periods, then start, then id. A program's figures of one measure and region form one
 * series per comparable footing (scope named in the metric, period kind, stage qualifiers); several sources for one
 * period are all kept: conflicts are shown, not resolved. Series come out sorted by program, measure, region, part.
 */
export function reportedSeries(figures: readonly FigureRecord[]): ReportedSeries[] {
  const groups = new Map<string, ReportedSeries>();
  for (const figure of figures) {
    if (!figure.measure) continue;
    const comparable = comparabilityKey(figure);
    const key = [figure.program, figure.measure, figure.region.identity, comparable].join('\u0001');
    let series = groups.get(key);
    if (!series) {
      const [scope, periodKind, stage] = comparable.split('\u0000') as [string, string, string];
      series = {
        program: figure.program,
        measure: figure.measure,
        identity: figure.region.identity,
        scope,
        periodKind,
        stage,
        part: 1,
        points: [],
      };
      groups.set(key, series);
    }
    series.points.push({ label: periodLabel(figure.period), figure });
  }
  for (const series of groups.values()) {
    series.points.sort(
      (a, b) =>
        cmp(a.figure.period.end, b.figure.period.end) ||
        cmp(a.figure.period.start, b.figure.period.start) ||
        cmp(a.figure.id, b.figure.id),
    );
  }
  // Number the footings of one program, measure and region: the largest keeps part 1 (and so the old chart id).
  const base = (s: ReportedSeries) => [s.program, s.measure, s.identity].join('\u0000');
  const siblings = new Map<string, ReportedSeries[]>();
  for (const s of groups.values()) siblings.set(base(s), [...(siblings.get(base(s)) ?? []), s]);
  for (const list of siblings.values()) {
    list.sort(
      (a, b) =>
        b.points.length - a.points.length ||
        cmp(comparabilityKey(a.points[0]!.figure), comparabilityKey(b.points[0]!.figure)),
    );
    list.forEach((s, i) => (s.part = i + 1));
  }
  return [...groups.values()].sort((a, b) => cmp(base(a), base(b)) || a.part - b.part);
}

function cmp(a: string | null, b: string | null): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}
