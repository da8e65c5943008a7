import * as Plot from '@observablehq/plot';
import { ticks as d3ticks } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { textWidth } from '../map/legend.ts';
import { labelBox, placeLabels, type Box, type LabelCandidate } from './labelPlacement.ts';
import { NARROW } from './widths.ts';

/** One stated value: its year, value, text as shown, series (panel) and whether another value shares its year. */
export interface PointDatum {
  year: number;
  value: number;
  display: string;
  series: string;
  /** Label placement: above the point, or beside it (higher value upper) when another value shares the year. */
  place: 'above' | 'upper' | 'lower';
}

export interface BudgetLayoutInput {
  points: readonly PointDatum[];
  /** Vertices of the line; `segment` splits it where years are missing or a year has conflicting values. */
  line: ReadonlyArray<{ year: number; value: number; series: string; segment: string }>;
  /** Panel labels in order; one panel when there is a single series. */
  panels: readonly string[];
  yLabel: string;
  tickFormat: (n: number) => string;
  color: string;
}

const FONT = 11;
const TICK_FONT = 12;
const PADDING = 0.25;

function yearTicks(first: number, last: number, most: number): number[] {
  const step = Math.max(1, Math.ceil((last - first) / most));
  const out: number[] = [];
  for (let y = first; y <= last; y += step) out.push(y);
  return out;
}

/**
 * Plot options of a budget line chart at one width. The layout is computed here, in pixels, so that value labels
 * can be thinned before drawing: a label overlapping a kept label, a tick label or a panel title is left out
 * (latest, earliest, conflicting and largest values first); every value stays in the dot's hover title and the table.
 */
export function budgetPlotOptions(width: number, input: BudgetLayoutInput): Plot.PlotOptions {
  const { points, line, panels, color } = input;
  const narrow = width <= NARROW;
  const faceted = panels.length > 1;
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const [first, last] = [years[0]!, years.at(-1)!];
  const facetWidth = faceted && !narrow ? Math.max(...panels.map((l) => [...l].length)) * 13 + 12 : 0;
  const panelHeight = narrow ? 120 : 96;
  const height = faceted ? 40 + panelHeight * panels.length : narrow ? 240 : 280;
  const yTickCount = faceted || narrow ? 3 : 5;
  const yMax = scaleLinear()
    .domain([0, Math.max(...points.map((p) => p.value))])
    .nice(yTickCount)
    .domain()[1]!;
  const yTicks = d3ticks(0, yMax, yTickCount);
  // The left margin fits the widest tick label (`6,000억`), so no label is cut at the edge.
  const tickWidth = Math.max(...yTicks.map((t) => textWidth(input.tickFormat(t), TICK_FONT)));
  const [mt, mb, ml] = [narrow && faceted ? 34 : 28, 32, Math.max(narrow ? 40 : 60, Math.ceil(tickWidth) + 14)];
  const mr = (narrow ? 14 : 24) + facetWidth;
  // x padding so that the first and last values' labels fit inside the plot area.
  const widest = Math.max(...points.map((p) => textWidth(p.display, FONT)));
  const inner = width - ml - mr;
  const n = last - first;
  const pad = Math.max(0.45, ((widest / 2 + 2) * Math.max(n, 1)) / Math.max(inner - widest - 4, 1));
  const [x0, x1] = [first - pad, last + pad];
  const xOf = (year: number) => ml + ((year - x0) / (x1 - x0)) * inner;
  // Panel height in pixels (a band of Plot's fy scale, same padding inside and outside).
  const total = height - mt - mb;
  const band = faceted ? total / (panels.length + PADDING) - (total / (panels.length + PADDING)) * PADDING : total;
  const yOf = (v: number) => band * (1 - v / yMax);
  const xTicks = yearTicks(first, last, narrow ? 4 : 8);

  const obstacles: Box[] = [
    ...yTicks.map((t) =>
      labelBox({
        x: ml - 9,
        y: yOf(t),
        text: input.tickFormat(t),
        fontSize: TICK_FONT,
        textAnchor: 'end',
        dx: 0,
        dy: 0,
      }),
    ),
    ...xTicks.map((t) =>
      labelBox({ x: xOf(t), y: band + 15, text: `${t}년`, fontSize: TICK_FONT, textAnchor: 'middle', dx: 0, dy: 0 }),
    ),
  ];
  if (faceted && narrow) {
    const w = Math.max(...panels.map((l) => textWidth(l, TICK_FONT)));
    obstacles.push([ml, -24, ml + w, -6]);
  }
  const maxValue = Math.max(...points.map((p) => p.value));
  const rank = (p: PointDatum) =>
    p.year === last ? 0 : p.year === first ? 1 : p.place !== 'above' ? 2 : p.value === maxValue ? 3 : 4;
  const ordered = [...points].sort((a, b) => rank(a) - rank(b) || b.year - a.year || b.value - a.value);
  const kept = new Set<PointDatum>();
  for (const panel of panels) {
    const candidates: LabelCandidate<PointDatum>[] = ordered
      .filter((p) => p.series === panel)
      .map((p) => {
        const side = p.year === last ? { textAnchor: 'end' as const, dx: -8 } : { textAnchor: 'start' as const, dx: 8 };
        const where =
          p.place === 'above'
            ? { textAnchor: 'middle' as const, dx: 0, dy: -10 }
            : { ...side, dy: p.place === 'upper' ? -8 : 10 };
        return { datum: p, x: xOf(p.year), y: yOf(p.value), text: p.display, fontSize: FONT, ...where };
      });
    for (const p of placeLabels(candidates, obstacles)) kept.add(p);
  }
  const fy = faceted ? 'series' : undefined;
  const shown = points.filter((p) => kept.has(p));
  const label = (filter: (p: PointDatum) => boolean, options: Plot.TextOptions) =>
    Plot.text(shown.filter(filter), {
      x: 'year',
      y: 'value',
      fy,
      text: 'display',
      fill: 'currentColor',
      fontSize: FONT,
      ...options,
    });
  const beside = (place: 'upper' | 'lower', dy: number) => [
    label((p) => p.place === place && p.year !== last, { dx: 8, dy, textAnchor: 'start' }),
    label((p) => p.place === place && p.year === last, { dx: -8, dy, textAnchor: 'end' }),
  ];
  const title = (p: PointDatum) => `${p.series} ${p.year}년 ${p.display}`;
  return {
    width,
    height,
    marginTop: mt,
    marginLeft: ml,
    marginRight: mr,
    marginBottom: mb,
    style: { fontSize: `${TICK_FONT}px`, fontFamily: 'inherit' },
    x: { domain: [x0, x1], ticks: xTicks, tickFormat: (d: number) => `${d}년`, label: null },
    y: {
      label: input.yLabel,
      domain: [0, yMax],
      grid: true,
      ticks: yTicks,
      tickFormat: input.tickFormat,
    },
    ...(faceted ? { fy: { label: null, padding: PADDING, ...(narrow ? { axis: null } : {}) } } : {}),
    marks: [
      Plot.ruleY([0]),
      Plot.line(line, { x: 'year', y: 'value', z: 'segment', fy, stroke: color, strokeWidth: 2 }),
      Plot.dot(
        points.filter((p) => p.place === 'above'),
        { x: 'year', y: 'value', fy, fill: color, r: 4, title },
      ),
      Plot.dot(
        points.filter((p) => p.place !== 'above'),
        { x: 'year', y: 'value', fy, fill: 'none', stroke: color, strokeWidth: 2, r: 4, title },
      ),
      label((p) => p.place === 'above', { dy: -10 }),
      ...beside('upper', -8),
      ...beside('lower', 10),
      ...(faceted && narrow
        ? [
            Plot.text(panels, {
              fy: (d: string) => d,
              text: (d: string) => d,
              frameAnchor: 'top-left',
              textAnchor: 'start',
              dy: -15,
              fontWeight: 'bold',
              fill: 'currentColor',
              fontSize: TICK_FONT,
            }),
          ]
        : []),
    ],
  };
}
