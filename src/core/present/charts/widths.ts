import type * as Plot from '@observablehq/plot';
import { plotToSvg, type ChartText } from '../render/plotToSvg.ts';

/** Width (viewBox px) of the chart shown in containers at least this wide: text keeps ≥ 11 px on screen there. */
export const WIDE = 640;
/**
 * Width of the variant shown in narrower containers (phones): close to a 390 px screen's content width, so its
 * 11–12 px text stays about that size on screen instead of shrinking with a 640 px drawing to 6 px.
 */
export const NARROW = 340;

/** A chart drawn twice: for wide containers and, with its own layout (fewer labels, ticks), for narrow ones. */
export interface ChartSvgs {
  svg: string;
  svgNarrow: string;
}

/** Renders the options a builder makes for each width; the narrow SVG's ids get a `-n` suffix (both share a page). */
export function plotBothWidths(build: (width: number) => Plot.PlotOptions, text: ChartText): ChartSvgs {
  return {
    svg: plotToSvg(build(WIDE), text),
    svgNarrow: plotToSvg(build(NARROW), { ...text, id: `${text.id}-n` }),
  };
}
