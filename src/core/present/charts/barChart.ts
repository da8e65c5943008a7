import * as Plot from '@observablehq/plot';
import { textWidth } from '../map/legend.ts';

/** One bar: a category label (e.g. a year or a 시군), its value in base units and its label as shown. */
export interface BarDatum {
  label: string;
  value: number;
  display: string;
}

export interface BarChartOptions {
  /** Axis label for values, e.g. `지원 가구 (가구)`. */
  valueLabel: string;
  /** Short formatter for axis ticks (e.g. 10만, 20만). */
  tickFormat: (n: number) => string;
  width?: number;
  /** Horizontal bars suit long category names (시군); vertical suits years. */
  orientation?: 'vertical' | 'horizontal';
  color?: string;
}

const FONT = 13;

/**
 * Bar chart of one measure across categories, each bar labelled with the figure as written in newsroom notation so
 * the chart can be read (and printed) without hovering.
 */
export function barChart(data: readonly BarDatum[], options: BarChartOptions): Plot.PlotOptions {
  const fill = options.color ?? '#1f6fb5';
  const width = options.width ?? 640;
  const widest = (texts: string[]) => Math.ceil(Math.max(0, ...texts.map((t) => textWidth(t, FONT))));
  // Vertical bars whose value labels are wider than a bar's slot would overlap: lay the bars out horizontally.
  const slot = (width - 56 - 20) / Math.max(1, data.length);
  const crowded = Math.max(widest(data.map((d) => d.display)), widest(data.map((d) => d.label))) > slot * 0.9;
  if (options.orientation === 'horizontal' || crowded) {
    return {
      width,
      height: Math.max(120, 28 * data.length + 50),
      marginLeft: Math.min(Math.round(width * 0.4), Math.max(56, widest(data.map((d) => d.label)) + 12)),
      marginRight: Math.max(40, widest(data.map((d) => d.display)) + 10),
      // The axis label gets its own line under the tick labels instead of sharing theirs.
      marginBottom: 52,
      style: { fontSize: `${FONT}px`, fontFamily: 'inherit' },
      x: {
        label: options.valueLabel,
        grid: true,
        tickFormat: options.tickFormat,
        nice: true,
        ticks: width < 480 ? 3 : 5,
      },
      y: { label: null, domain: data.map((d) => d.label) },
      marks: [
        Plot.barX(data, { x: 'value', y: 'label', fill }),
        Plot.text(data, { x: 'value', y: 'label', text: 'display', textAnchor: 'start', dx: 4, fill: 'currentColor' }),
        Plot.ruleX([0]),
      ],
    };
  }
  return {
    width,
    height: 320,
    marginTop: 30,
    marginLeft: 56,
    style: { fontSize: `${FONT}px`, fontFamily: 'inherit' },
    // The tallest bar ends below the top, so its value label stays clear of the y-axis label.
    insetTop: 22,
    x: { label: null, domain: data.map((d) => d.label), type: 'band', padding: 0.25 },
    y: { label: options.valueLabel, grid: true, tickFormat: options.tickFormat, nice: true },
    marks: [
      Plot.barY(data, { x: 'label', y: 'value', fill }),
      Plot.text(data, { x: 'label', y: 'value', text: 'display', dy: -8, fill: 'currentColor' }),
      Plot.ruleY([0]),
    ],
  };
}
