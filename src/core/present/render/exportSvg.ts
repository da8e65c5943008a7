import { escapeXml, stripInvisible } from '../../domain/text/escape.ts';

/**
 * Font stack of exported images. Noto Sans KR comes first because it is the only font the PNG renderer loads; the
 * system Korean fonts after it are for the same .svg file opened in a browser or an office program.
 */
export const EXPORT_FONT_STACK =
  "'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', sans-serif";

const PAD = 24;
const MIN_WIDTH = 480;
const INK = '#1b1f24';
const MUTED = '#4f5661';

/** Text styles of the frame around a chart: size (px), line height (px), weight, colour. */
const STYLE = {
  title: { size: 20, line: 28, weight: 700, fill: INK },
  subtitle: { size: 14, line: 20, weight: 400, fill: MUTED },
  note: { size: 12, line: 17, weight: 400, fill: MUTED },
  source: { size: 12, line: 17, weight: 400, fill: INK },
  credit: { size: 11, line: 16, weight: 400, fill: MUTED },
} as const;
type TextStyle = (typeof STYLE)[keyof typeof STYLE];

/** What a standalone chart image shows around the chart itself. */
export interface ExportSvgInput {
  /** Prefix of the ids in the output (the chart id). */
  id: string;
  /** The chart's own SVG, with a viewBox (Plot or map output). */
  svg: string;
  title: string;
  /** Unit and period. */
  subtitle: string;
  /** Alt text: becomes the image's `<desc>`. */
  description: string;
  /** `출처: …` line. */
  sourceLine: string;
  notes?: readonly string[];
  /** Small line at the bottom, e.g. `복지 아틀라스 · https://…/programs/x/#id`. */
  credit?: string;
}

/** A composed image: the SVG text and its size in CSS pixels. */
export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

/** Width and height of an SVG from its viewBox (or width/height attributes); throws when it has neither. */
export function svgSize(svg: string): { width: number; height: number } {
  const open = rootOpenTag(svg);
  const attrs = new Map(parseAttributes(open.attributes));
  const box = attrs
    .get('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box && box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0)
    return { width: box[2]!, height: box[3]! };
  const width = Number(attrs.get('width'));
  const height = Number(attrs.get('height'));
  if (width > 0 && height > 0) return { width, height };
  throw new Error('SVG has neither a viewBox nor a width and height.');
}

/**
 * Width of text in em, estimated by character class: Hangul, CJK and full-width forms are about 1 em in Noto Sans KR,
 * digits and Latin letters about 0.55–0.65, spaces and narrow punctuation less. Good enough to wrap lines safely.
 */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (
      (c >= 0x1100 && c <= 0x11ff) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xff60)
    )
      em += 1;
    else if (ch === ' ') em += 0.28;
    else if (/[.,:;'"!|()[\]·‘’“”-]/.test(ch)) em += 0.35;
    else if (/[A-Z%@#&mwMW]/.test(ch)) em += 0.7;
    else em += 0.58;
  }
  return em;
}

/**
 * Splits text into lines no wider than `maxEm`, breaking at spaces (Korean is set with keep-all) and inside a word
 * only when the word alone is too wide (long URLs).
 */
export function wrapText(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidthEm(candidate) <= maxEm) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (textWidthEm(rest) > maxEm) {
      let cut = 1;
      const chars = [...rest];
      while (cut < chars.length && textWidthEm(chars.slice(0, cut + 1).join('')) <= maxEm) cut += 1;
      lines.push(chars.slice(0, cut).join(''));
      rest = chars.slice(cut).join('');
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A chart as a standalone image for press releases: white background, title, subtitle (unit, period), the chart,
 * notes, the 출처 line and a credit, all drawn as SVG text in the export font stack. Pure: same input, same bytes.
 */
export function composeExportSvg(input: ExportSvgInput): ExportedSvg {
  const chart = svgSize(input.svg);
  const width = Math.max(MIN_WIDTH, Math.ceil(chart.width + 2 * PAD));
  const chartWidth = width - 2 * PAD;
  const chartHeight = Math.round((chart.height * chartWidth) / chart.width);
  const parts: string[] = [];
  let y = PAD;
  const block = (text: string, style: TextStyle) => {
    for (const line of wrapText(clean(text), chartWidth / style.size)) {
      const baseline = y + (style.line - style.size) / 2 + style.size * 0.88;
      const weight = style.weight === 400 ? '' : ` font-weight="${style.weight}"`;
      parts.push(
        `<text x="${PAD}" y="${round(baseline)}" font-size="${style.size}"${weight} fill="${style.fill}">${escapeXml(line)}</text>`,
      );
      y += style.line;
    }
  };
  block(input.title, STYLE.title);
  y += 2;
  block(input.subtitle, STYLE.subtitle);
  y += 12;
  parts.push(nestChart(input.svg, PAD, y, chartWidth, chartHeight));
  y += chartHeight + 12;
  for (const note of input.notes ?? []) block(`※ ${note}`, STYLE.note);
  if (input.notes?.length) y += 4;
  block(input.sourceLine, STYLE.source);
  if (input.credit) {
    y += 4;
    block(input.credit, STYLE.credit);
  }
  const height = Math.ceil(y + PAD);
  const id = escapeXml(clean(input.id));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ` +
    `aria-labelledby="${id}-export-title ${id}-export-desc" font-family="${EXPORT_FONT_STACK}" color="${INK}">` +
    `<title id="${id}-export-title">${escapeXml(clean(input.title))}</title>` +
    `<desc id="${id}-export-desc">${escapeXml(clean(input.description))}</desc>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}

/** The default social card (Open Graph image) of pages without a chart: site path and pixel size. */
export const SITE_CARD = { path: '/social/site-card.png', width: 1200, height: 630 } as const;

/** Text of the default social card (Open Graph image) of pages without a chart. */
export interface SiteCardInput {
  title: string;
  tagline: string;
  /** Short facts under the tagline, e.g. `수치 262건 · 수상 198건`. */
  facts: string;
}

/** The 1200×630 social card drawn as SVG text (rendered to PNG at build time for pages without a chart). */
export function composeSiteCard(input: SiteCardInput): ExportedSvg {
  const { width, height } = SITE_CARD;
  const lines = (text: string, size: number, lineHeight: number, top: number, fill: string, weight = 400) =>
    wrapText(clean(text), (width - 160) / size).map(
      (line, i) =>
        `<text x="80" y="${top + i * lineHeight}" font-size="${size}"${weight === 400 ? '' : ` font-weight="${weight}"`} fill="${fill}">${escapeXml(line)}</text>`,
    );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${EXPORT_FONT_STACK}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/><rect width="${width}" height="16" fill="#0b5cad"/>` +
    [
      ...lines(input.title, 88, 100, 250, INK, 700),
      ...lines(input.tagline, 36, 50, 340, MUTED),
      ...lines(input.facts, 30, 42, 520, '#0b5cad'),
    ].join('') +
    `</svg>`;
  return { svg, width, height };
}

/**
 * Places the chart's own SVG as a nested `<svg>` at (x, y): its root attributes are kept except identity, size and
 * accessibility ones (the outer image carries those), and every font-family becomes the export stack, because the
 * chart asks for `inherit`/`system-ui`, which the renderer cannot resolve to a Korean font.
 */
function nestChart(svg: string, x: number, y: number, width: number, height: number): string {
  const open = rootOpenTag(svg);
  const drop = new Set([
    'id',
    'overflow',
    'role',
    'width',
    'height',
    'x',
    'y',
    'xmlns',
    'font-family',
    'aria-labelledby',
    'aria-label',
    'aria-describedby',
  ]);
  const kept = parseAttributes(open.attributes)
    .filter(([name]) => !drop.has(name))
    .map(([name, value]) => `${name}="${(name === 'style' ? fontInCss(value) : value).replace(/"/g, '&quot;')}"`);
  const body = svg
    .slice(open.end)
    .replace(/font-family="[^"]*"/g, `font-family="${EXPORT_FONT_STACK}"`)
    .replace(/font-family\s*:\s*[^;"}<]+/g, `font-family: ${EXPORT_FONT_STACK}`);
  // overflow="visible": the chart draws inside its box anyway, and a nested <svg> that clips costs resvg a mask and a
  // layer the size of the image (about a third of a map's PNG render time).
  return `<svg x="${x}" y="${round(y)}" width="${width}" height="${height}" font-family="${EXPORT_FONT_STACK}" overflow="visible" ${kept.join(' ')}>${body}`;
}

function fontInCss(css: string): string {
  return css.replace(/font-family\s*:\s*[^;]+/g, `font-family: ${EXPORT_FONT_STACK}`);
}

function rootOpenTag(svg: string): { attributes: string; end: number } {
  const match = /<svg\b((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(svg);
  if (!match) throw new Error('Not an SVG document: no <svg> element.');
  return { attributes: match[1]!.replace(/\/\s*$/, ''), end: match.index + match[0].length };
}

function parseAttributes(text: string): Array<[string, string]> {
  return [...text.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1]!, m[2] ?? m[3] ?? '']);
}

function clean(text: string): string {
  return stripInvisible(text).replace(/[\t\n\r]+/g, ' ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
