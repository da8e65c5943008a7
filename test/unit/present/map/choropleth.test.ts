import { XMLValidator } from 'fast-xml-parser';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderChoropleth, type RegionValue } from '../../../../src/core/present/map/choropleth.ts';
import { MapError } from '../../../../src/core/present/map/errors.ts';
import { codesInSido, codesOf } from '../../../../src/core/present/map/layers.ts';
import { mapInput, TEST_COLORS } from '../../../support/mapInput.ts';
import { topology } from '../../../support/topology.ts';

const colors = TEST_COLORS;
const input = mapInput;

function nationalValues(): Map<string, RegionValue> {
  const codes = codesOf(topology, 'sigungu');
  return new Map(
    codes.map((code, i) => [
      code,
      { value: (i * 7) % 50, label: `${(i * 7) % 50}억 원`, name: `지역${code}`, href: `/regions/${code}/` },
    ]),
  );
}

function regionTag(svg: string, code: string): string {
  const match = svg.match(new RegExp(`(<a [^>]*>)?<path class="map-region" data-code="${code}"[^>]*>`));
  if (!match) throw new Error(`no region ${code}`);
  return match[0];
}

describe('renderChoropleth', () => {
  const jeonnam = codesInSido(topology, '46');

  it('draws the 22 전남 시군 and reports requested codes without a polygon', () => {
    expect(jeonnam).toHaveLength(22);
    const values = new Map<string, RegionValue>([['46130', { value: 228, label: '228억 원', name: '여수시' }]]);
    const { svg, missing, noEntry } = renderChoropleth(input(values, { featureCodes: [...jeonnam, '12130', '99999'] }));
    expect((svg.match(/class="map-region"/g) ?? []).length).toBe(22);
    expect(missing).toEqual(['12130', '99999']);
    expect(noEntry).toHaveLength(21);
    expect(svg).toContain('<title>여수시: 228억 원</title>');
  });

  it('is an accessible, responsive, well-formed SVG with prefixed ids', () => {
    const { svg } = renderChoropleth(input(nationalValues(), { outline: 'sido' }));
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = svg.slice(0, svg.indexOf('>') + 1);
    expect(root).toContain('role="img"');
    expect(root).toContain('aria-labelledby="m1-title m1-desc"');
    expect(root).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(root).not.toMatch(/\s(width|height)=/);
    expect(svg).toContain('<title id="m1-title">시험 지도</title><desc id="m1-desc">시험용 값</desc>');
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids) expect(id.startsWith('m1')).toBe(true);
    for (const ref of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref[1]);
    // Integer coordinates by default: path data has no decimals.
    for (const d of svg.matchAll(/\sd="([^"]*)"/g)) expect(d[1]).not.toContain('.');
  });

  it('escapes hostile names and labels everywhere they appear', () => {
    const values = new Map<string, RegionValue>([
      ['46130', { value: 5, label: '5" onload="x', name: '<script>alert(1)</script>', href: '/r/?a=1&b="2"' }],
    ]);
    const { svg } = renderChoropleth(input(values, { featureCodes: jeonnam, title: 'A & <B>', description: '"q"' }));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('" onload="');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;: 5&quot; onload=&quot;x');
    expect(svg).toContain('href="/r/?a=1&amp;b=&quot;2&quot;"');
    expect(svg).toContain('<title id="m1-title">A &amp; &lt;B&gt;</title>');
  });

  it('tooltip data: data-tip and the <title> `name: value` with titles, data-name/value only without', () => {
    const values = new Map<string, RegionValue>([
      ['46130', { value: 5, label: '5건', name: '여수시', fullName: '전라남도 여수시', rank: '1위 / 2곳' }],
      ['46150', { value: 3, label: '3건', name: '순천시' }],
    ]);
    const titled = renderChoropleth(input(values, { featureCodes: jeonnam })).svg;
    expect(XMLValidator.validate(titled)).toBe(true);
    expect(regionTag(titled, '46130')).toContain('data-tip="" data-rank="1위 / 2곳"');
    expect(regionTag(titled, '46130')).not.toContain('data-name');
    expect(titled).toContain('<title>전라남도 여수시: 5건</title>');
    // Without a full name there is no tooltip to serve.
    expect(regionTag(titled, '46150')).not.toMatch(/data-(tip|name)/);
    const untitled = renderChoropleth(input(values, { featureCodes: jeonnam, titles: false })).svg;
    expect(regionTag(untitled, '46130')).toContain(
      'data-name="전라남도 여수시" data-value="5건" data-rank="1위 / 2곳"',
    );
    expect(regionTag(untitled, '46130')).not.toContain('data-tip');
  });

  it('refuses script URLs and malformed id prefixes', () => {
    const values = new Map<string, RegionValue>([
      ['46130', { value: 1, label: '1', name: '여수시', href: 'javascript:alert(1)' }],
    ]);
    expect(() => renderChoropleth(input(values, { featureCodes: jeonnam }))).toThrow(MapError);
    expect(() => renderChoropleth(input(new Map(), { featureCodes: jeonnam, idPrefix: 'a b"' }))).toThrow(MapError);
  });

  it('gives zero the lowest colour and no data a hatch labelled 자료 없음', () => {
    const values = new Map<string, RegionValue>([
      ['46110', { value: 0, label: '0원', name: '목포시' }],
      ['46130', { value: null, label: '', name: '여수시' }],
      ['46150', { value: 45, label: '45억 원', name: '순천시', href: '/r/46150/' }],
    ]);
    const { svg } = renderChoropleth(input(values, { featureCodes: jeonnam }));
    expect(regionTag(svg, '46110')).toContain(`fill="${colors[0]}"`);
    expect(regionTag(svg, '46130')).toContain('fill="url(#m1-nodata)"');
    expect(regionTag(svg, '46130')).toContain('aria-label="여수시: 자료 없음"');
    expect(regionTag(svg, '46150')).toContain(`fill="${colors[4]}"`);
    expect(svg).toContain('<pattern id="m1-nodata"');
    // Legend: one swatch per class plus the hatched no-data swatch.
    expect(svg).toMatch(/<rect [^>]*fill="url\(#m1-nodata\)"[^>]*\/><text [^>]*>자료 없음<\/text>/);
    expect(svg).toContain('>10억 원 미만<');
    expect(svg).toContain('>40억 원 이상<');
  });

  it('makes linked regions focusable through the link and the others through tabindex', () => {
    const values = new Map<string, RegionValue>([
      ['46130', { value: 5, label: '5억 원', name: '여수시' }],
      ['46150', { value: 5, label: '5억 원', name: '순천시', href: '/r/46150/' }],
    ]);
    const { svg } = renderChoropleth(input(values, { featureCodes: jeonnam }));
    expect(regionTag(svg, '46130')).toContain('tabindex="0"');
    const linked = regionTag(svg, '46150');
    expect(linked).toMatch(/^<a class="map-link" href="\/r\/46150\/">/);
    expect(linked).not.toContain('tabindex');
    // The link is named by its content: the region's hover <title>, written once.
    expect(linked).toContain('<path class="map-region" data-code="46150" d="');
    expect(linked).not.toContain('aria-label');
    expect(svg).toContain('fill="#eff3ff"><title>순천시: 5억 원</title></path></a>');
    // Every region's white border is written once, on the group around them.
    expect(svg).toContain('<g class="map-regions" stroke="#fff" stroke-width=".5" stroke-linejoin="round">');
    expect(svg).not.toMatch(/<path class="map-region"[^>]*stroke=/);
  });

  it('marks 독도 when 울릉군 is in view, and only then', () => {
    const national = renderChoropleth(input(nationalValues())).svg;
    expect(national).toMatch(/<g class="map-marker"><circle [^>]*\/><text [^>]*>독도<\/text><\/g>/);
    const gyeongbuk = renderChoropleth(input(new Map(), { featureCodes: codesInSido(topology, '47') })).svg;
    expect(gyeongbuk).toContain('>독도</text>');
    expect(renderChoropleth(input(new Map(), { featureCodes: jeonnam })).svg).not.toContain('독도');
  });

  it('draws caller markers inside the view and skips those outside', () => {
    const markers = [
      { lon: 127.6622, lat: 34.7604, label: '여수시청' },
      { lon: 129.0756, lat: 35.1796, label: '부산시청' },
    ];
    const { svg } = renderChoropleth(input(new Map(), { featureCodes: jeonnam, markers }));
    expect(svg).toContain('>여수시청</text>');
    expect(svg).not.toContain('부산시청');
  });

  it('is deterministic and fits the national map in 60 KB gzip', () => {
    const a = renderChoropleth(input(nationalValues(), { outline: 'sido' })).svg;
    const b = renderChoropleth(input(nationalValues(), { outline: 'sido' })).svg;
    expect(b).toBe(a);
    expect((a.match(/class="map-region"/g) ?? []).length).toBe(229);
    expect(gzipSync(a).length).toBeLessThanOrEqual(60 * 1024);
  });

  it('lets two maps share a page without id clashes', () => {
    const one = renderChoropleth(input(new Map(), { featureCodes: jeonnam, idPrefix: 'mapA' })).svg;
    const two = renderChoropleth(input(new Map(), { featureCodes: jeonnam, idPrefix: 'mapB' })).svg;
    const ids = (s: string) => [...s.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(one).filter((id) => ids(two).includes(id))).toEqual([]);
  });
});
