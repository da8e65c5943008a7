import { quantile, ticks } from 'd3-array';
import { scaleQuantize, scaleThreshold } from 'd3-scale';
import { interpolateViridis, schemeBlues, schemeGreens, schemePurples, schemeYlGnBu } from 'd3-scale-chromatic';
import { MapError } from './errors.ts';

/** Colour classes for a choropleth: equal bins over a domain, or explicit thresholds (d3's scale kinds). */
export type ChoroplethScale =
  | { kind: 'quantize'; domain: [number, number]; colors: readonly string[] }
  | { kind: 'threshold'; domain: readonly number[]; colors: readonly string[] };

/** Sequential palettes that stay ordered for the common colour-vision deficiencies (ColorBrewer single-hue, YlGnBu, viridis). */
export type PaletteName = 'blues' | 'greens' | 'purples' | 'ylgnbu' | 'viridis';

/** One legend entry: the swatch colour and the range it stands for. */
export interface LegendClass {
  color: string;
  lower: number | null;
  upper: number | null;
}

/** `classes` colours of a sequential palette, lightest (lowest value) first; 3–9 classes. */
export function sequentialPalette(name: PaletteName, classes: number): string[] {
  if (!Number.isInteger(classes) || classes < 3 || classes > 9) {
    throw new MapError(`색 단계 수는 3~9여야 함: ${classes}`, `Palette classes must be 3–9, got ${classes}`);
  }
  if (name === 'viridis') {
    // Reversed so the lowest class is the lightest, as in the ColorBrewer palettes; yellow end trimmed for contrast.
    return Array.from({ length: classes }, (_, i) => interpolateViridis(0.95 - (0.9 * i) / (classes - 1)));
  }
  const scheme = { blues: schemeBlues, greens: schemeGreens, purples: schemePurples, ylgnbu: schemeYlGnBu }[name];
  return [...scheme[classes]!];
}

/** Rounds to two significant digits, so class breaks read like "1,200" rather than "1,187.4". */
export function niceRound(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const exponent = Math.floor(Math.log10(Math.abs(value))) - 1;
  // Dividing by a power of ten (not multiplying by 0.1…) keeps 4.8 from printing as 4.800000000000001.
  return exponent < 0
    ? Math.round(value * 10 ** -exponent) / 10 ** -exponent
    : Math.round(value / 10 ** exponent) * 10 ** exponent;
}

/**
 * Class breaks (thresholds) for up to `classes` classes: quantiles rounded to two significant digits, or round
 * equal steps. Duplicates collapse, so fewer breaks may come back for skewed or tiny data sets.
 */
export function niceBreaks(
  values: readonly (number | null)[],
  classes: number,
  method: 'quantile' | 'equal' = 'quantile',
): number[] {
  const data = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (data.length === 0 || classes < 2) return [];
  const min = data[0]!;
  const max = data[data.length - 1]!;
  const raw =
    method === 'equal'
      ? ticks(min, max, classes).filter((t) => t > min && t <= max)
      : Array.from({ length: classes - 1 }, (_, i) => niceRound(quantile(data, (i + 1) / classes)!));
  const out: number[] = [];
  for (const t of raw) if (t > min && t <= max && (out.length === 0 || t > out[out.length - 1]!)) out.push(t);
  return out;
}

/** A threshold scale whose classes match the breaks computed from the data, using one palette. */
export function thresholdScaleFor(
  values: readonly (number | null)[],
  palette: PaletteName,
  classes = 5,
): ChoroplethScale {
  const domain = niceBreaks(values, classes);
  return {
    kind: 'threshold',
    domain,
    colors: sequentialPalette(palette, Math.max(3, domain.length + 1)).slice(0, domain.length + 1),
  };
}

/** Checks that colours and domain agree, so a bad scale fails at build time rather than drawing wrong colours. */
export function validateScale(scale: ChoroplethScale): void {
  const ok =
    scale.kind === 'quantize'
      ? scale.domain.length === 2 && scale.domain[0] < scale.domain[1] && scale.colors.length >= 2
      : scale.colors.length === scale.domain.length + 1 &&
        scale.domain.every((t, i) => i === 0 || t > scale.domain[i - 1]!);
  if (!ok)
    throw new MapError(
      '색 척도의 구간과 색 수가 맞지 않음',
      `Invalid ${scale.kind} scale: domain and colours disagree`,
    );
}

/** The colour for a value (null = no data, which has its own pattern elsewhere). */
export function colorOf(scale: ChoroplethScale, value: number): string {
  if (scale.kind === 'quantize') return scaleQuantize<string>().domain(scale.domain).range(scale.colors)(value);
  return scaleThreshold<number, string>()
    .domain([...scale.domain])
    .range(scale.colors)(value);
}

/** Legend classes, lowest first; open ends are null ("… 미만", "… 이상"). */
export function legendClasses(scale: ChoroplethScale): LegendClass[] {
  if (scale.kind === 'threshold') {
    return scale.colors.map((color, i) => ({
      color,
      lower: i === 0 ? null : scale.domain[i - 1]!,
      upper: scale.domain[i] ?? null,
    }));
  }
  const q = scaleQuantize<string>().domain(scale.domain).range(scale.colors);
  const cuts = [scale.domain[0], ...q.thresholds(), scale.domain[1]];
  return scale.colors.map((color, i) => ({ color, lower: cuts[i]!, upper: cuts[i + 1]! }));
}
