import { existsSync, readFileSync } from 'node:fs';
import { SOURCE_COLUMNS, TIDY_COLUMNS } from '../../src/core/publish/chartTidy.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCharts } from '../../src/astro-adapter/charts.ts';
import { PRINT_WIDTH_PX } from '../../scripts/lib/export-images.ts';
import { SITE_CARD, svgSize } from '../../src/core/present/render/exportSvg.ts';
import { DIST } from '../support/paths.ts';

// Reads the built site (BOKJI_DIST) against the charts of its data (BOKJI_DATA_DIR): `npm test` builds first.
const charts = allCharts();
const file = (...parts: string[]) => join(DIST, ...parts);

/** Width, height and the pHYs density (pixels per metre, if any) from a PNG's chunks. */
function pngInfo(path: string) {
  const png = readFileSync(path);
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const info = { width: png.readUInt32BE(16), height: png.readUInt32BE(20), ppm: 0, texts: [] as string[] };
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'pHYs') info.ppm = png.readUInt32BE(at + 8);
    if (type === 'iTXt') info.texts.push(png.toString('utf8', at + 8, at + 8 + length));
    at += 12 + length;
  }
  return info;
}

describe('every chart has its embed page and exports in the built site', () => {
  it('the site has charts', () => {
    expect(charts.length).toBeGreaterThan(0);
  });

  it.each(charts.map((c) => [c.id, c] as const))(
    '%s: embed page, SVG, PNG, print PNG, CSV, sources CSV, JSON',
    (id, chart) => {
      const missing = [
        `embed/${id}/index.html`,
        ...['.svg', '.png', '-print.png', '.csv', '-sources.csv', '.json'].map((s) => `charts/${id}${s}`),
      ].filter((f) => !existsSync(file(f)));
      expect(missing).toEqual([]);

      const embed = readFileSync(file('embed', id, 'index.html'), 'utf8');
      expect(embed).toContain('<meta name="robots" content="noindex">');
      expect(embed).toContain(`data-chart-id="${id}"`);
      expect(/<svg[^>]+role="(img|group)"/.test(embed)).toBe(true);
      expect(embed).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

      const svg = readFileSync(file('charts', `${id}.svg`), 'utf8');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toContain('출처: ');
      const size = svgSize(svg);

      const screen = pngInfo(file('charts', `${id}.png`));
      expect([screen.width, screen.height]).toEqual([size.width * 2, size.height * 2]);
      expect(screen.texts.some((t) => t.startsWith('Description') && t.endsWith(chart.description))).toBe(true);
      const print = pngInfo(file('charts', `${id}-print.png`));
      expect(print.width).toBe(1890);
      expect(print.width).toBe(PRINT_WIDTH_PX);
      expect(Math.abs(print.height - Math.round((size.height * 1890) / size.width))).toBeLessThanOrEqual(1);
      // 300 dpi = 11811 pixels per metre: word processors place the file at 16 cm.
      expect(print.ppm).toBe(11811);

      const csv = readFileSync(file('charts', `${id}.csv`), 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const lines = csv.slice(1).split('\r\n');
      // One tidy table: the header, one line per row, the final CRLF; the region code quoted as text.
      expect(lines[0]).toBe(TIDY_COLUMNS.join(','));
      expect(lines).toHaveLength(chart.rows.length + 2);
      expect(lines.at(-1)).toBe('');
      for (const line of lines.slice(1, -1)) expect(line).toMatch(/^"\d{2,10}",/);
      const sourcesCsv = readFileSync(file('charts', `${id}-sources.csv`), 'utf8');
      expect(sourcesCsv.slice(1).split('\r\n')[0]).toBe(SOURCE_COLUMNS.join(','));
      expect(sourcesCsv.slice(1).split('\r\n')).toHaveLength(chart.sourceIds.length + 2);

      const json = JSON.parse(readFileSync(file('charts', `${id}.json`), 'utf8'));
      expect(json.title).toBe(chart.title);
      expect(json.subtitle).toBe(chart.subtitle);
      expect(json.rows).toHaveLength(chart.rows.length);
      expect(json.sources.map((s: { id: string }) => s.id)).toEqual(chart.sourceIds);
      expect(json.permalink).toMatch(new RegExp(`${chart.page.replace(/[/]/g, '\\/')}#${id}$`));
    },
  );

  it('writes the default social card at 1200×630', () => {
    const card = pngInfo(file(SITE_CARD.path.slice(1)));
    expect([card.width, card.height]).toEqual([SITE_CARD.width, SITE_CARD.height]);
  });

  it('every page with a chart names its PNG as og:image only when the build has a site URL', () => {
    const home = readFileSync(file('index.html'), 'utf8');
    expect(home).toContain('<meta property="og:title"');
    expect(home).toContain('type="application/atom+xml"');
    // Absolute URLs need BOKJI_SITE: without it og:url and og:image are both left out, with it both are absolute.
    const url = /property="og:url" content="([^"]+)"/.exec(home)?.[1];
    const image = /property="og:image" content="([^"]+)"/.exec(home)?.[1];
    expect(Boolean(url)).toBe(Boolean(image));
    if (image) expect(image).toMatch(/^https?:\/\/.+\.png$/);
  });
});
