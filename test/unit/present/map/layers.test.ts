import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { MapError } from '../../../../src/core/present/map/errors.ts';
import { codesInSido, featuresOf, sidoOf } from '../../../../src/core/present/map/layers.ts';
import { sigunguOf } from '../../../../src/core/present/map/parents.ts';
import { NATIONAL_FRAME, nationalProjection, regionalProjection } from '../../../../src/core/present/map/projection.ts';
import { topology } from '../../../support/topology.ts';
import { sidoCodesOn } from '../../../support/regionFixtures.ts';

describe('layers', () => {
  it('reads layers as GeoJSON in code order', () => {
    const sido = featuresOf(topology, 'sido').map((f) => f.properties.code);
    // The 17 시도 of the geometry vintage, as the committed registry lists them on a day inside it.
    expect(sido).toEqual(sidoCodesOn('2025-01-01'));
    expect(sido).toHaveLength(17);
    expect(featuresOf(topology, 'sido2026').map((f) => f.properties.code)).toEqual([
      '11',
      '12',
      ...sido.filter((c) => !['11', '29', '46'].includes(c)),
    ]);
  });

  it('knows the 시도 of a vintage code and rejects codes of other vintages', () => {
    expect(sidoOf('46130')).toBe('46');
    expect(sidoOf('27720')).toBe('27'); // 군위군 under 대구 since 2023-07-01
    expect(() => sidoOf('12130')).toThrow(MapError); // 2026-07 code: not in this geometry
    expect(() => sidoOf('42110')).toThrow(MapError); // pre-2023 강원
    expect(() => sidoOf('4613')).toThrow(MapError);
  });

  it('lists the codes of a 시도, with 12 as 광주 + 전남', () => {
    expect(codesInSido(topology, '46')).toHaveLength(22);
    expect(codesInSido(topology, '29')).toEqual(['29110', '29140', '29155', '29170', '29200']);
    expect(codesInSido(topology, '12')).toHaveLength(27);
    expect(codesInSido(topology, '41')).toHaveLength(31); // 경기 31 시군 in the vintage
    expect(codesInSido(topology, '41', 'gu')).toHaveLength(44);
    expect(() => codesInSido(topology, '99')).toThrow(MapError);
  });

  it('maps 행정구 to their 시 by table, not by last digit', () => {
    expect(sigunguOf('41192')).toBe('41190');
    expect(sigunguOf('48129')).toBe('48120');
    expect(sigunguOf('11215')).toBe('11215');
    expect(sigunguOf('43745')).toBe('43745');
  });
});

describe('projection', () => {
  it('lays out national maps on the fixed frame regardless of the data drawn', () => {
    const p = nationalProjection([
      [0, 0],
      [600, 600],
    ]);
    const sw = p([NATIONAL_FRAME.west, NATIONAL_FRAME.south])!;
    const ne = p([NATIONAL_FRAME.east, NATIONAL_FRAME.north])!;
    expect(sw[0]).toBeGreaterThanOrEqual(-0.5);
    expect(ne[0]).toBeLessThanOrEqual(600.5);
    expect(ne[1]).toBeGreaterThanOrEqual(-0.5);
    expect(sw[1]).toBeLessThanOrEqual(600.5);
    // North is up and east is right around the central meridian.
    const seoul = p([126.978, 37.5665])!;
    const busan = p([129.0756, 35.1796])!;
    expect(busan[0]).toBeGreaterThan(seoul[0]);
    expect(busan[1]).toBeGreaterThan(seoul[1]);
  });

  it('fits a 시도 view to its features with padding', () => {
    const jeonnam = featuresOf(topology, 'sigungu').filter((f) => f.properties.code.startsWith('46'));
    const p = regionalProjection(
      jeonnam,
      [
        [0, 0],
        [400, 300],
      ],
      10,
    );
    const [[x0, y0], [x1, y1]] = geoPath(p).bounds({ type: 'FeatureCollection', features: jeonnam });
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(9.5);
    expect(x1).toBeLessThanOrEqual(390.5);
    expect(y1).toBeLessThanOrEqual(290.5);
    expect(Math.max(390 - x1, 290 - y1, x0 - 10, y0 - 10)).toBeGreaterThan(0); // aspect kept: one pair of sides touches
    expect(Math.min(Math.abs(x1 - 390) + Math.abs(x0 - 10), Math.abs(y1 - 290) + Math.abs(y0 - 10))).toBeLessThan(1);
  });
});
