import { describe, expect, it } from 'vitest';
import { locatorContext, locatorMap } from '../../../../src/core/views/region/regionLocator.ts';
import { committedTopology, registryRegions } from '../../../support/regionFixtures.ts';

const regions = registryRegions();
const byId = new Map(regions.map((r) => [r.identity, r]));
const ctx = locatorContext(committedTopology(), regions, '/base');
const map = (identity: string) => locatorMap(ctx, byId.get(identity)!);

describe('locator maps', () => {
  it('highlights a 시군구 in its 시도: one coloured region, no legend, no tab stops, small', () => {
    const m = map('12130');
    expect(m.kind).toBe('locator');
    const svg = m.svg!;
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/data-code="46130" d="[^"]+" fill="#0b5cad"/);
    expect(svg.match(/fill="#0b5cad"/g)).toHaveLength(1);
    // 전남광주 (from 2026-07-01) is shown whole: the 22 전남 시군 and the 5 광주 구.
    expect(svg.match(/class="map-region"/g)).toHaveLength(27);
    expect(svg).not.toContain('map-legend');
    expect(svg).not.toContain('tabindex');
    expect(svg).not.toContain('<a ');
    expect(Buffer.byteLength(svg)).toBeLessThanOrEqual(15_000);
  });

  it('keeps every locator of the registry within 15 KB', () => {
    for (const r of regions) {
      const m = locatorMap(ctx, r);
      if (m.kind === 'locator') expect(Buffer.byteLength(m.svg!), r.identity).toBeLessThanOrEqual(15_000);
    }
  });

  it('draws a 행정구 on the 구 layer', () => {
    expect(map('41111').svg).toMatch(/data-code="41111" d="[^"]+" fill="#0b5cad"/);
  });

  it('shows a 시도 as its 시군구, each a link to its page under the base path', () => {
    const m = map('12');
    expect(m.kind).toBe('sido');
    expect(m.svg).toContain('role="group"');
    expect(m.svg).toContain('href="/base/regions/12130/"');
    expect(m.svg).toContain('href="/base/regions/12300/"'); // 광주 북구, drawn from 29170
    expect(m.svg!.match(/class="map-link"/g)).toHaveLength(27);
  });

  it('says why a unit has no polygon instead of drawing a wrong one', () => {
    const m = map('28125');
    expect(m.svg).toBeNull();
    expect(m.note).toContain('2026-07-01에 생겨');
    expect(map('43710').note).toBe(
      '충청북도 청원군은 2014-07-01에 없어져 지도 경계 자료(2024-01-01~2026-06-30 기준)에 없습니다.',
    );
  });

  it('falls back to the parent 시 for a 행정구 without polygon, and says so', () => {
    const m = map('41591');
    expect(m.svg).toMatch(/data-code="41590" d="[^"]+" fill="#0b5cad"/);
    expect(m.note).toContain('화성시 전체를 표시');
  });
});
