import { periodLabel } from '../dataset/period.ts';
import type { Dataset, FigureRecord } from '../dataset/types.ts';

/** One point of a reported series: the figure, and the label of its period. */
export interface SeriesPoint {
  label: string;
  figure: FigureRecord;
}

/**
 * Figures of one program and measure for one region, ordered by the end of their period (then start), as reported.
 * Several sources for the same period are all kept: conflicts are shown, not resolved.
 */
export function reportedSeries(dataset: Dataset, program: string, measure: string, identity: string): SeriesPoint[] {
  return dataset.figures
    .filter((f) => f.program === program && f.measure === measure && f.region.identity === identity)
    .sort((a, b) => cmp(a.period.end, b.period.end) || cmp(a.period.start, b.period.start) || cmp(a.id, b.id))
    .map((figure) => ({ label: periodLabel(figure.period), figure }));
}

function cmp(a: string | null, b: string | null): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}
