import { escapeXml, stripInvisible } from '../../domain/text/escape.ts';
import { legendClasses, type ChoroplethScale } from './scales.ts';

/** The label and pattern of regions without data, shared by the legend and the regions themselves. */
export const NO_DATA_LABEL = '자료 없음';

/** Escapes caller text for SVG, removing invisible and direction-override characters first. */
export function svgText(value: string): string {
  return escapeXml(stripInvisible(value));
}

/** Rough rendered width of a label: Hangul and other wide glyphs take about 1 em, the rest about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

/** Formatted text for each legend class, lowest first ("10억 원 미만", "10억 원 ~ 20억 원", "50억 원 이상"). */
export function legendLabels(scale: ChoroplethScale, format: (n: number) => string): string[] {
  return legendClasses(scale).map(({ lower, upper }) => {
    if (lower === null && upper === null) return '전체';
    if (lower === null) return `${format(upper!)} 미만`;
    if (upper === null) return `${format(lower)} 이상`;
    return `${format(lower)} ~ ${format(upper)}`;
  });
}

const FONT = 12;
const ROW = 18;
const SWATCH = 14;

/** Size the legend will take, so the map can leave room for it. */
export function legendSize(title: string, labels: readonly string[]): { width: number; height: number } {
  const widest = Math.max(
    textWidth(title, FONT),
    ...[...labels, NO_DATA_LABEL].map((l) => SWATCH + 6 + textWidth(l, FONT)),
  );
  return { width: Math.ceil(widest) + 4, height: ROW * (labels.length + 2) + 4 };
}

/** The legend as an SVG group at (x, y): a title, one swatch per class, and the hatched no-data swatch. */
export function legendSvg(input: {
  scale: ChoroplethScale;
  title: string;
  labels: readonly string[];
  x: number;
  y: number;
  noDataFill: string;
}): string {
  const { scale, title, labels, x, y, noDataFill } = input;
  const colors = legendClasses(scale).map((c) => c.color);
  const rows = labels.map((label, i) => ({ fill: svgText(colors[i]!), label }));
  rows.push({ fill: noDataFill, label: NO_DATA_LABEL });
  const items = rows
    .map(({ fill, label }, i) => {
      const top = ROW * (i + 1) + 2;
      return `<rect x="0" y="${top}" width="${SWATCH}" height="${SWATCH}" fill="${fill}" stroke="#666" stroke-width=".5"/><text x="${SWATCH + 6}" y="${top + 11}">${svgText(label)}</text>`;
    })
    .join('');
  return `<g class="map-legend" transform="translate(${Math.round(x)},${Math.round(y)})" font-size="${FONT}"><text y="12" font-weight="bold">${svgText(title)}</text>${items}</g>`;
}

/** A swatch as a tiny inline SVG (fill attributes, no inline styles: the CSP forbids those); no data is hatched. */
function swatchSvg(fill: string | null): string {
  const hatch = `<line x1="0" y1="14" x2="14" y2="0" stroke="#8c8c8c" stroke-width="2"/><line x1="-4" y1="6" x2="6" y2="-4" stroke="#8c8c8c" stroke-width="2"/><line x1="8" y1="18" x2="18" y2="8" stroke="#8c8c8c" stroke-width="2"/>`;
  return `<svg width="${SWATCH}" height="${SWATCH}" viewBox="0 0 ${SWATCH} ${SWATCH}" aria-hidden="true" focusable="false"><rect width="${SWATCH}" height="${SWATCH}" fill="${fill === null ? '#f2f2f2' : svgText(fill)}" stroke="#666" stroke-width="1"/>${fill === null ? hatch : ''}</svg>`;
}

/**
 * The same legend as an HTML list, for narrow screens: inside a 640-wide drawing shown at 340 px its 12 px text
 * would render at 6 px; as HTML it stays at body size whatever the map's scale.
 */
export function legendHtml(input: { scale: ChoroplethScale; title: string; labels: readonly string[] }): string {
  const colors = legendClasses(input.scale).map((c) => c.color);
  const items = input.labels.map((label, i) => `<li>${swatchSvg(colors[i]!)}${svgText(label)}</li>`).join('');
  return (
    `<ul class="map-legend-html">` +
    `<li class="map-legend-title">${svgText(input.title)}</li>${items}<li>${swatchSvg(null)}${NO_DATA_LABEL}</li></ul>`
  );
}
