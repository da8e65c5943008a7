import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Blob, Face } from 'harfbuzzjs';
import { SOURCE_COLUMNS, TIDY_COLUMNS } from '../../src/core/publish/chartTidy.ts';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCharts } from '../../src/astro-adapter/charts.ts';
import { printDensity } from '../../scripts/lib/export-images.ts';
import { SITE_CARD, svgSize } from '../../src/core/present/render/exportSvg.ts';
import { DATA_OUT, DIST } from '../support/paths.ts';

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
    '%s: embed page, SVG, PNG (screen and print), CSV, sources CSV, JSON',
    (id, chart) => {
      const missing = [
        `embed/${id}/index.html`,
        ...['.svg', '.png', '.csv', '-sources.csv', '.json'].map((s) => `charts/${id}${s}`),
      ].filter((f) => !existsSync(file(f)));
      expect(missing).toEqual([]);

      const embed = readFileSync(file('embed', id, 'index.html'), 'utf8');
      // Search engines are sent to the chart on its page (rel=canonical); noindex beside it would contradict it.
      expect(embed).toMatch(new RegExp(`<link rel="canonical" href="https://[^"#]+#${id}">`));
      expect(embed).not.toContain('noindex');
      expect(embed).toContain(`data-chart-id="${id}"`);
      expect(/<svg[^>]+role="(img|group)"/.test(embed)).toBe(true);
      expect(embed).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

      const svg = readFileSync(file('charts', `${id}.svg`), 'utf8');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toContain('출처: ');
      const size = svgSize(svg);

      // One PNG serves screen and print: twice the SVG's size, and a density that places it 16 cm wide.
      const png = pngInfo(file('charts', `${id}.png`));
      expect([png.width, png.height]).toEqual([size.width * 2, size.height * 2]);
      expect(png.ppm).toBe(printDensity(png.width));
      expect((png.width / png.ppm) * 100).toBeCloseTo(16, 2);
      expect(png.texts.some((t) => t.startsWith('Description') && t.endsWith(chart.description))).toBe(true);
      expect(existsSync(file('charts', `${id}-print.png`))).toBe(false);

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

  it('the font subset the PNGs were drawn with maps every character of every chart title, Hangul included', () => {
    // The build already fails on a character its subset lacks (export-fonts.ts); this reads the subset it left behind.
    const fonts = join(process.env.BOKJI_EXPORT_CACHE ?? join(dirname(DATA_OUT), 'export-cache'), 'fonts');
    const files = readdirSync(fonts).filter((f) => f.endsWith('.otf'));
    expect(files).toHaveLength(2);
    const chars = [...new Set(charts.flatMap((c) => [...c.title].filter((ch) => /\S/.test(ch))))];
    expect(chars.filter((ch) => /[\uAC00-\uD7A3]/.test(ch)).length).toBeGreaterThan(50);
    for (const f of files) {
      const mapped = new Set(new Face(new Blob(readFileSync(join(fonts, f)))).collectUnicodes());
      expect(chars.filter((ch) => !mapped.has(ch.codePointAt(0)!))).toEqual([]);
    }
  });

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
