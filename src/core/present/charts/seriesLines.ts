import { escapeXml } from '../../domain/text/escape.ts';

export interface SeriesLine {
  label: string;
  points: ReadonlyArray<{ year: number; value: number | null }>;
  /** The region's own line is solid and dark; medians are lighter and dashed. */
  emphasis: boolean;
}

const COLORS = ['#1d4ed8', '#6b7280', '#15803d', '#b45309'];
const DASH = ['', '4 3', '2 2', '6 2'];

/**
 * A small multi-line chart of one indicator over the years (the region, its 시도, its peer group, the country), all on
 * one axis because they share one basis. Plain SVG with a legend in text, so it reads without JavaScript and prints.
 */
export function seriesLines(
  id: string,
  title: string,
  lines: readonly SeriesLine[],
  format: (n: number) => string,
): string {
  // Narrow on purpose: the figure is drawn at most 26rem wide (indicators.css), and at 390 px a 260-unit viewBox
  // keeps 11-unit text at ≥ 11 CSS px; the legend takes two lines to fit that width.
  const [w, h, l, r, t, b] = [260, 178, 8, 8, 10, 58];
  const years = [...new Set(lines.flatMap((s) => s.points.map((p) => p.year)))].sort((a, c) => a - c);
  const vals = lines.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value])));
  if (years.length < 2 || vals.length === 0) return '';
  const [lo, hi] = [Math.min(0, ...vals), Math.max(...vals)];
  const x = (y: number) => Math.round(l + ((y - years[0]!) / (years.at(-1)! - years[0]!)) * (w - l - r));
  const y = (v: number) => Math.round(t + (1 - (v - lo) / (hi - lo || 1)) * (h - t - b));
  const paths = lines
    .map((s, i) => {
      const d = s.points
        .filter((p) => p.value !== null)
        .map((p, j) => `${j === 0 ? 'M' : 'L'}${x(p.year)},${y(p.value!)}`)
        .join('');
      return d
        ? `<path d="${d}" fill="none" stroke="${COLORS[i % 4]}" stroke-width="${s.emphasis ? 2.5 : 1.5}"${DASH[i % 4] ? ` stroke-dasharray="${DASH[i % 4]}"` : ''}/>`
        : '';
    })
    .join('');
  const item = (s: SeriesLine, i: number, first: boolean) =>
    `<tspan fill="${COLORS[i % 4]}">${first ? '' : ' · '}━ ${escapeXml(s.label)}</tspan>`;
  const half = Math.ceil(lines.length / 2);
  const legend = [lines.slice(0, half), lines.slice(half)]
    .map((part, row) => part.map((s, j) => item(s, row * half + j, j === 0)).join(''))
    .filter(Boolean)
    .map((text, row) => `<text x="${l}" y="${h - 24 + row * 19}">${text}</text>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-labelledby="${id}-t" font-size="11" class="series">` +
    `<title id="${id}-t">${escapeXml(title)}</title>` +
    `<line x1="${l}" x2="${w - r}" y1="${h - b}" y2="${h - b}" stroke="#9ca3af"/>${paths}` +
    `<text x="${l}" y="${h - b + 13}">${years[0]}</text><text x="${w - r}" y="${h - b + 13}" text-anchor="end">${years.at(-1)}</text>` +
    `<text x="${l}" y="${t + 8}">${escapeXml(format(hi))}</text>` +
    `${legend}</svg>`
  );
}
