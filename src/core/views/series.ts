import { periodLabel } from '../domain/dataset/period.ts';
import type { FigureRecord } from '../domain/dataset/types.ts';

/** One point of a reported series: the figure, and the label of its period. */
export interface SeriesPoint {
  label: string;
  figure: FigureRecord;
}

/** A series: one program's figures of one measure for one region. */
export interface ReportedSeries {
  program: string;
  measure: string;
  identity: string;
  points: SeriesPoint[];
}

/**
 * Every reported series in one pass over the figures (a scan per series would grow with series × figures), each
 * ordered by the end of its periods, then start, then id. Several sources for one period are all kept: conflicts are
 * shown, not resolved. Series come out sorted by program, measure and region.
 */
export function reportedSeries(figures: readonly FigureRecord[]): ReportedSeries[] {
  const groups = new Map<string, ReportedSeries>();
  for (const figure of figures) {
    if (!figure.measure) continue;
    const key = `${figure.program}\u0000${figure.measure}\u0000${figure.region.identity}`;
    let series = groups.get(key);
    if (!series)
      groups.set(
        key,
        (series = { program: figure.program, measure: figure.measure, identity: figure.region.identity, points: [] }),
      );
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
  return [...groups.entries()].sort(([a], [b]) => cmp(a, b)).map(([, s]) => s);
}

function cmp(a: string | null, b: string | null): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}
