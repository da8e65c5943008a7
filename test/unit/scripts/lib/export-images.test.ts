import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportFontFiles, flattenText, renderPng, withPngMetadata } from '../../../../scripts/lib/export-images.ts';
import { composeExportSvg } from '../../../../src/core/present/render/exportSvg.ts';
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

  it('a Hangul-only SVG is not blank, in both the direct and the flattened (text as paths) render', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60" font-family="\'Noto Sans KR\'"><text x="10" y="40" font-size="28">복지 아틀라스</text></svg>';
    const direct = renderPng(svg, { mode: 'zoom', value: 1 });
    expect(inked(direct.pixels)).toBeGreaterThan(800);
    const flat = flattenText(svg);
    expect(flat).not.toContain('<text');
    const again = renderPng(flat, { mode: 'zoom', value: 1 });
    expect(inked(again.pixels)).toBe(inked(direct.pixels));
  });

  it('adds the 300 dpi density and UTF-8 alt text to a PNG without breaking it', () => {
    const { png } = renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', {
      mode: 'zoom',
      value: 1,
    });
    const out = withPngMetadata(png, { dpi: 300, description: '여수시 차트' });
    expect(out.subarray(0, 33)).toEqual(png.subarray(0, 33));
    expect(out.indexOf('pHYs')).toBe(37);
    expect(out.readUInt32BE(41)).toBe(11811);
    expect(out.includes(Buffer.from('여수시 차트', 'utf8'))).toBe(true);
    expect(out.subarray(out.length - 12)).toEqual(png.subarray(png.length - 12));
    // Still a PNG resvg (or any decoder) accepts: render it inside an SVG as an image.
    const nested = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image width="10" height="10" href="data:image/png;base64,${out.toString('base64')}"/></svg>`;
    expect(renderPng(nested, { mode: 'zoom', value: 1 }).width).toBe(10);
  });
});

describe('public/embed.js', () => {
  it('stays at or under 1 KB gzip', () => {
    const size = gzipSync(readFileSync(join(REPO, 'public', 'embed.js')), { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(1024);
  });
});
