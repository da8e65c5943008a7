import { describe, expect, it } from 'vitest';
import {
  composeExportSvg,
  composeSiteCard,
  EXPORT_FONT_STACK,
  svgSize,
  textWidthEm,
  wrapText,
} from '../../../../src/core/present/render/exportSvg.ts';

const chartSvg =
  '<svg id="chart-x" role="img" aria-labelledby="chart-x-title chart-x-desc" xmlns="http://www.w3.org/2000/svg" style="font-size:13px;font-family:inherit" viewBox="0 0 640 320" width="640" height="320" font-family="system-ui, sans-serif" fill="currentColor">' +
  '<title id="chart-x-title">t</title><style>.a{font-family: system-ui}</style><text x="1" y="2">여수시</text></svg>';

const input = {
  id: 'x',
  svg: chartSvg,
  title: '여수시 노인일자리: 참여자',
  subtitle: '단위: 명 · 발표된 값 그대로',
  description: '2016년 1,234명.',
  sourceLine: '출처: 여수시, 「보도자료」, 2016년 3월 2일',
};

describe('svgSize', () => {
  it('reads the viewBox, else width and height, else throws', () => {
    expect(svgSize(chartSvg)).toEqual({ width: 640, height: 320 });
    expect(svgSize('<svg width="300" height="150"></svg>')).toEqual({ width: 300, height: 150 });
    expect(() => svgSize('<svg></svg>')).toThrow(/viewBox/);
    expect(() => svgSize('<div></div>')).toThrow(/SVG/);
  });
});

describe('textWidthEm and wrapText', () => {
  it('counts Hangul as about 1 em and Latin digits as about half', () => {
    expect(textWidthEm('복지')).toBe(2);
    expect(textWidthEm('2023')).toBeCloseTo(2.32, 2);
    expect(textWidthEm('')).toBe(0);
  });

  it('breaks at spaces and never exceeds the width', () => {
    const text = '전라남도 우리동네 복지기동대 누적 지원 가구 수는 발표 문서마다 집계 기간이 다릅니다';
    const lines = wrapText(text, 10);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(textWidthEm(l)).toBeLessThanOrEqual(10);
    expect(lines.join(' ')).toBe(text);
  });

  it('cuts a word that alone is too wide (a long URL) without losing characters', () => {
    const url = 'https://example.org/programs/jeonnam-gidongdae/#jeonnam-gidongdae-households-supported-46';
    const lines = wrapText(url, 12);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('')).toBe(url);
    for (const l of lines) expect(textWidthEm(l)).toBeLessThanOrEqual(12);
  });
});

describe('composeExportSvg', () => {
  it('frames the chart: white background, title, subtitle, nested chart, 출처 and credit in order', () => {
    const out = composeExportSvg({ ...input, credit: '복지 아틀라스 · /programs/x/#x' });
    expect(out.width).toBe(640 + 48);
    expect(out.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="688" height="\d+"/);
    expect(out.svg).toContain(`<rect width="688" height="${out.height}" fill="#ffffff"/>`);
    const order = [
      '여수시 노인일자리: 참여자</text>',
      '단위: 명',
      '<svg x="24"',
      '출처: 여수시',
      '복지 아틀라스 ·',
    ].map((s) => out.svg.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The chart keeps its aspect ratio at the inner width.
    expect(out.svg).toContain('<svg x="24" y="');
    expect(out.svg).toMatch(/width="640" height="320" font-family=/);
    expect(out.height).toBeGreaterThan(320 + 28 + 20 + 17);
  });

  it('rewrites every font-family of the chart to the export stack and drops the inner identity attributes', () => {
    const { svg } = composeExportSvg(input);
    const inner = svg.slice(svg.indexOf('<svg x="24"'));
    expect(inner).not.toContain('system-ui');
    expect(inner).not.toContain('inherit');
    expect(inner).toContain(`font-family: ${EXPORT_FONT_STACK}`);
    expect(inner.slice(0, inner.indexOf('>'))).not.toMatch(/\sid=|role=|aria-labelledby=/);
    // The nested chart is closed before the 출처 text, and the document closes once more at the end.
    expect(svg.indexOf('</svg>')).toBeLessThan(svg.indexOf('출처: 여수시'));
    expect(svg.match(/<svg\b/g)).toHaveLength(2);
    expect(svg.match(/<\/svg>/g)).toHaveLength(2);
    expect(svg).toContain('<desc id="x-export-desc">2016년 1,234명.</desc>');
  });

  it('escapes markup in text and removes invisible direction overrides', () => {
    const { svg } = composeExportSvg({
      ...input,
      title: '<script>alert("x")</script> & 복지',
      sourceLine: '출처: A\u202Eevil',
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 복지');
    expect(svg).not.toContain('\u202E');
    expect(svg).toContain('출처: Aevil');
  });

  it('wraps a long 출처 line into several text lines and grows the height accordingly', () => {
    const short = composeExportSvg(input);
    const long = composeExportSvg({
      ...input,
      sourceLine: `출처: ${Array.from({ length: 8 }, (_, i) => `전라남도, 「복지기동대 성과 공유 보도자료 ${i}」, 2023년 12월 14일`).join('; ')}`,
    });
    const lines = (svg: string) => (svg.match(/<text x="24"/g) ?? []).length;
    expect(lines(long.svg) - lines(short.svg)).toBeGreaterThanOrEqual(4);
    expect(long.height - short.height).toBe((lines(long.svg) - lines(short.svg)) * 17);
  });
});

describe('composeSiteCard', () => {
  it('is 1200×630 with the title and facts as text', () => {
    const card = composeSiteCard({ title: '복지 아틀라스', tagline: '출처와 함께', facts: '수치 262건' });
    expect([card.width, card.height]).toEqual([1200, 630]);
    expect(card.svg).toContain('>복지 아틀라스</text>');
    expect(card.svg).toContain('>수치 262건</text>');
  });
});
