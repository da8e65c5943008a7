import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  chartPng,
  exportFontFiles,
  printDensity,
  PRINT_WIDTH_CM,
  renderPng,
} from '../../../../scripts/lib/export-images.ts';
import { encodePng } from '../../../../scripts/lib/png-encode.ts';
import { composeExportSvg, svgSize } from '../../../../src/core/present/render/exportSvg.ts';
import { REPO } from '../../../support/paths.ts';

const frame = (title: string, source: string) =>
  composeExportSvg({
    id: 'h',
    svg: '<svg viewBox="0 0 400 100"><rect x="10" y="10" width="100" height="80" fill="#1f6fb5"/></svg>',
    title,
    subtitle: '',
    description: '',
    sourceLine: source,
  }).svg;

/** Pixels that are not white (any channel below 250). */
function inked(pixels: Buffer): number {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4)
    if (pixels[i]! < 250 || pixels[i + 1]! < 250 || pixels[i + 2]! < 250) n += 1;
  return n;
}

describe('the export renderer really draws Hangul', () => {
  it('uses the bundled Noto Sans KR files', () => {
    expect(exportFontFiles().map((f) => f.split('/').pop())).toEqual(['NotoSansKR-Regular.otf', 'NotoSansKR-Bold.otf']);
  });

  it('a render with Korean text differs clearly from the same SVG with the Korean removed', () => {
    const svg = frame('여수시 노인일자리 참여자 (2016)', '출처: 여수시 보도자료');
    const stripped = svg.replace(/[\uAC00-\uD7A3]/g, '');
    expect(stripped).toContain('(2016)</text>');
    const withHangul = renderPng(svg, { mode: 'zoom', value: 1 });
    const without = renderPng(stripped, { mode: 'zoom', value: 1 });
    expect([withHangul.width, withHangul.height]).toEqual([without.width, without.height]);
    let differing = 0;
    for (let i = 0; i < withHangul.pixels.length; i += 4)
      if (withHangul.pixels[i] !== without.pixels[i]) differing += 1;
    // Twenty Hangul glyphs at 12–20 px cover well over a thousand pixels; a missing font would give zero.
    expect(differing).toBeGreaterThan(1000);
  });

  it('a Hangul-only SVG is not blank', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60" font-family="\'Noto Sans KR\'"><text x="10" y="40" font-size="28">복지 아틀라스</text></svg>';
    expect(inked(renderPng(svg, { mode: 'zoom', value: 1 }).pixels)).toBeGreaterThan(800);
  });

  it('writes an RGB PNG with the density and UTF-8 alt text after IHDR, which a decoder reads back pixel for pixel', () => {
    const svg = frame('여수시 노인일자리 참여자 (2016)', '출처: 여수시 보도자료');
    const { pixels, width, height } = renderPng(svg, { mode: 'zoom', value: 1 });
    const png = encodePng(pixels, width, height, { pixelsPerMetre: 11811, description: '여수시 차트' });
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([width, height, 8, 2]);
    expect(png.indexOf('pHYs')).toBe(37);
    expect(png.readUInt32BE(41)).toBe(11811);
    expect(png.includes(Buffer.from('여수시 차트', 'utf8'))).toBe(true);
    expect(png.subarray(png.length - 8, png.length - 4).toString('latin1')).toBe('IEND');
    // resvg decodes it (as an image inside an SVG) back to exactly the pixels encoded.
    const nested = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
    expect(renderPng(nested, { mode: 'zoom', value: 1 }).pixels.equals(pixels)).toBe(true);
  });

  it('a chart PNG is twice the SVG and prints 16 cm wide', () => {
    const svg = frame('여수시', '출처: 여수시');
    const png = chartPng(svg, exportFontFiles(), { title: '여수시', description: '차트' });
    const width = png.readUInt32BE(16);
    const size = svgSize(svg);
    expect([width, png.readUInt32BE(20)]).toEqual([size.width * 2, size.height * 2]);
    expect(PRINT_WIDTH_CM).toBe(16);
    expect(png.readUInt32BE(41)).toBe(printDensity(width));
    expect((width / png.readUInt32BE(41)) * 100).toBeCloseTo(16, 2);
  });
});

describe('public/embed.js', () => {
  it('stays at or under 1 KB gzip', () => {
    const size = gzipSync(readFileSync(join(REPO, 'public', 'embed.js')), { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(1024);
  });
});
