/** A column of a chart's data table (and of its CSV/JSON download). */
export interface ChartColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

/**
 * One value of a chart in tidy form, for the per-chart CSV (one row per value, the same columns for every chart):
 * where, when, what, how much, on which basis, from which documents.
 */
export interface ChartDatum {
  /** The site's region identity (statistical code, text: `00` is 전국, never the number 0). */
  regionCode: string;
  regionName: string;
  /** ISO dates (YYYY-MM-DD) of the period's first and last day; null when the source gives no period. */
  periodStart: string | null;
  periodEnd: string | null;
  /** Measure id (`welfare-share`) or, for awards, `award` / `award-count`. */
  measure: string;
  /** The value in base units, or, for an award, the grade as published. */
  value: number | string;
  unit: string;
  /** Basis of the value: budget account and stage, qualifiers, the award's field … ('' when none applies). */
  basis: string;
  /** The document's own notation of the value, when it is one record's. */
  written: string | null;
  sourceIds: string[];
  /** Site path of the value's permalink (a record's anchor, or the region page for a count). */
  link: string;
}

/** One row of a chart's data: plain values for downloads, plus links for the HTML table. */
export interface ChartRow {
  /** The row as a tidy value (every chart builder sets it; the per-chart CSV is written from it). */
  datum?: ChartDatum;
  cells: Record<string, string | number | null>;
  /** Per column, where the cell links (a figure's permalink, a region page). */
  links: Record<string, string>;
  /** Per column, the text the HTML table shows when it differs from the raw value (e.g. `228억 원` for 22800000000). */
  display?: Record<string, string>;
}

/**
 * Everything about one chart or map, independent of where it is shown: the page renders it inline, the embed page
 * alone, the exporter as SVG/PNG, and the downloads as CSV/JSON — all from this one object.
 */
export interface Chart {
  /** Stable, URL-safe id: part of the embed URL and export file names. */
  id: string;
  kind: 'bar' | 'line' | 'map' | 'dots';
  title: string;
  /** Unit and period, e.g. `단위: 가구 · 2019~2023년 누적, 발표 기준`. */
  subtitle: string;
  /** Alt text: what the chart shows, in one or two sentences. */
  description: string;
  svg: string;
  /** The same chart laid out for narrow containers (phones): shown below 640 px instead of `svg`, which stays the export. */
  svgNarrow?: string;
  /** The map legend as HTML, shown instead of the in-SVG legend in narrow containers, where that one would shrink. */
  legendHtml?: string;
  columns: ChartColumn[];
  rows: ChartRow[];
  sourceIds: string[];
  /** Site path of the page where the chart lives (without base). */
  page: string;
  /** Notes shown under the chart (e.g. regions without a polygon, series breaks). */
  notes: string[];
}

/** What drawing a chart makes: its SVG, the narrow layout and the HTML legend when it has them. */
export interface ChartDrawing {
  svg: string;
  svgNarrow?: string;
  legendHtml?: string;
}

/**
 * A chart whose drawing is made the first time a page or export reads it, then kept. Builders list every chart of the
 * site up front (ids, pages, rows), but each of the build's Astro processes shows only its share of them: drawing all
 * 1,500 charts of a national build in every process cost more than the pages themselves.
 */
export function drawnOnRead(chart: Omit<Chart, keyof ChartDrawing>, draw: () => ChartDrawing): Chart {
  let drawing: ChartDrawing | undefined;
  const drawn = () => (drawing ??= draw());
  return Object.defineProperties(chart as Chart, {
    svg: { get: () => drawn().svg, enumerable: true },
    svgNarrow: { get: () => drawn().svgNarrow, enumerable: true },
    legendHtml: { get: () => drawn().legendHtml, enumerable: true },
  });
}
