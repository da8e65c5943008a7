import { escapeXml } from '../../domain/text/escape.ts';

export interface StripInput {
  id: string;
  title: string;
  description: string;
  /** Every unit's value; the highlighted one is drawn last, larger and labelled. */
  values: ReadonlyArray<{ identity: string; value: number }>;
  highlight: { identity: string; label: string } | null;
  median: number | null;
  format: (n: number) => string;
  width?: number;
}

/**
 * The distribution of all units on one axis: a dot per unit (jittered in rows so equal values stay visible), the
 * national median as a line, one unit highlighted and named. Plain SVG, a few KB, readable without JavaScript.
 */
export function stripChart(input: StripInput): string {
  const width = input.width ?? 640;
  const [left, right, top] = [12, 12, 22];
  const height = 86;
  const xs = input.values.map((v) => v.value);
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const span = max > min ? max - min : 1;
  const x = (v: number) => Math.round((left + ((v - min) / span) * (width - left - right)) * 10) / 10;
  const dots = input.values
    .filter((v) => v.identity !== input.highlight?.identity)
    .map((v, i) => `<circle cx="${x(v.value)}" cy="${top + 8 + (i % 5) * 7}" r="3"/>`)
    .join('');
  const h = input.highlight && input.values.find((v) => v.identity === input.highlight!.identity);
  const mark = h
    ? `<circle class="strip-hl" cx="${x(h.value)}" cy="${top + 22}" r="6" fill="#c2410c" stroke="#fff"/>` +
      `<text x="${x(h.value)}" y="14" text-anchor="${x(h.value) > width / 2 ? 'end' : 'start'}" font-weight="bold">${escapeXml(input.highlight!.label)}</text>`
    : '';
  const med =
    input.median === null
      ? ''
      : `<line x1="${x(input.median)}" x2="${x(input.median)}" y1="${top}" y2="${top + 44}" stroke="currentColor" stroke-dasharray="3 2"/>` +
        `<text x="${x(input.median)}" y="${top + 58}" text-anchor="middle">중앙값 ${escapeXml(input.format(input.median))}</text>`;
  const axis =
    `<text x="${left}" y="${height - 2}">${escapeXml(input.format(min))}</text>` +
    `<text x="${width - right}" y="${height - 2}" text-anchor="end">${escapeXml(input.format(max))}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${input.id}-t ${input.id}-d" font-size="12" class="strip">` +
    `<title id="${input.id}-t">${escapeXml(input.title)}</title><desc id="${input.id}-d">${escapeXml(input.description)}</desc>` +
    `<g fill="#6b7280" fill-opacity=".55">${dots}</g>${med}${mark}${axis}</svg>`
  );
}
