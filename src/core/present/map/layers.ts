import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { drawnOnce } from './drawCache.ts';
import { MapError } from './errors.ts';
import { SIDO_2026_MERGES, SIDO_CODES } from './parents.ts';
import type { CodeProperties, KoreaTopology, LayerName } from './types.ts';

/** A region polygon as GeoJSON, carrying only its code. */
export type RegionFeature = Feature<Polygon | MultiPolygon, CodeProperties>;

/** The features of one layer as GeoJSON, in code order (a new list; the features themselves are shared). */
export function featuresOf(topology: KoreaTopology, layer: LayerName): RegionFeature[] {
  const object = topology.objects[layer];
  if (!object) throw new MapError(`지도 레이어가 없음: ${layer}`, `Topology has no layer "${layer}"`);
  const sorted = drawnOnce(topology, `features|${layer}`, () => {
    const collection = feature(topology, object) as unknown as { features: RegionFeature[] };
    return collection.features.slice().sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
  });
  return sorted.slice();
}

/** The 시도 code of a geometry code in the 2024–2026-06 vintage (29 광주 and 46 전남 still separate). */
export function sidoOf(code: string): string {
  const sido = code.slice(0, 2);
  if (!/^\d{5}$/.test(code) || !SIDO_CODES.includes(sido)) {
    throw new MapError(
      `지도 코드 체계에 없는 시군구 코드: "${code}"`,
      `Not a 시군구 code of the geometry vintage: "${code}"`,
    );
  }
  return sido;
}

/**
 * Codes of one layer lying in a 시도, in code order. Accepts a vintage 시도 code, or 12 (전남광주, from 2026-07-01)
 * for the union of 29 and 46.
 */
export function codesInSido(topology: KoreaTopology, sidoCode: string, layer: 'sigungu' | 'gu' = 'sigungu'): string[] {
  const merged = Object.keys(SIDO_2026_MERGES).filter((old) => SIDO_2026_MERGES[old] === sidoCode);
  const wanted = merged.length > 0 ? merged : [sidoCode];
  if (!wanted.every((s) => SIDO_CODES.includes(s))) {
    throw new MapError(`알 수 없는 시도 코드: "${sidoCode}"`, `Unknown 시도 code: "${sidoCode}"`);
  }
  return topology.objects[layer].geometries
    .map((g) => (g.properties as CodeProperties).code)
    .filter((code) => wanted.includes(code.slice(0, 2)))
    .sort();
}

/** All codes of one layer, in code order, without converting to GeoJSON. */
export function codesOf(topology: KoreaTopology, layer: LayerName): string[] {
  return topology.objects[layer].geometries.map((g) => (g.properties as CodeProperties).code).sort();
}
