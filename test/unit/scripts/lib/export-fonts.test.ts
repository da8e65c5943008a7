import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFontSubset } from '../../../../scripts/lib/export-fonts.ts';
import { renderPng } from '../../../../scripts/lib/png-render.ts';
import { drawnCharacters } from '../../../../src/core/present/render/svgText.ts';

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="90" font-family="\'Noto Sans KR\'">' +
  '<text x="8" y="36" font-size="22">여수시 노인일자리 1,234명</text>' +
  '<text x="8" y="72" font-size="20" font-weight="700">복지 아틀라스 · 출처</text></svg>';

describe('the export font subset', () => {
  it('holds every character the images draw and renders exactly the pixels of the full fonts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'font-subset-'));
    const subset = await exportFontSubset([{ id: 'chart-a', chars: drawnCharacters(svg) }], dir);
    expect(subset.files.map((f) => f.split('/').pop())).toEqual([
      `${subset.id}-NotoSansKR-Regular.otf`,
      `${subset.id}-NotoSansKR-Bold.otf`,
    ]);
    const full = renderPng(svg, { mode: 'zoom', value: 2 });
    const cut = renderPng(svg, { mode: 'zoom', value: 2 }, subset.files);
    expect(cut.pixels.equals(full.pixels)).toBe(true);
    // Same characters, same subset: reused, not made again; a different set gets another id and replaces it.
    expect((await exportFontSubset([{ id: 'b', chars: drawnCharacters(svg) }], dir)).id).toBe(subset.id);
    const other = await exportFontSubset([{ id: 'c', chars: new Set(['가']) }], dir);
    expect(other.id).not.toBe(subset.id);
    // …yet draws each character with the same glyphs: the PNG cache keys on this, not on the whole character set.
    expect(other.glyphsId).toBe(subset.glyphsId);
    expect(readdirSync(dir).sort()).toEqual(other.files.map((f) => f.split('/').pop()).sort());
  });

  it('fails with a bilingual message naming the character and the image when the font lacks a glyph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'font-subset-'));
    const drawn = [
      { id: 'chart-ok', chars: new Set(['복', '지']) },
      { id: 'chart-emoji', chars: new Set(['복', '\u{1F600}']) },
    ];
    await expect(exportFontSubset(drawn, dir)).rejects.toThrow(
      /글꼴에 없는 글자[\s\S]*lacks[\s\S]*U\+1F600\) in chart-emoji[\s\S]*Change or remove/,
    );
  });
});
