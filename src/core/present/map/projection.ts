import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';

/** The fixed lon/lat frame of national maps: every map of the whole country is laid out identically. */
export const NATIONAL_FRAME = { west: 124.55, east: 131.95, south: 33.05, north: 38.65 } as const;

/** Pixel box a projection is fitted into: [[x0, y0], [x1, y1]]. */
export type Extent = [[number, number], [number, number]];

/** A transverse Mercator centred like EPSG:5179 (central meridian 127.5°E, latitude of origin 38°N). */
export function koreaProjection(): GeoProjection {
  // precision(0) turns off adaptive resampling: segments are a few hundred metres, far below a pixel's curvature.
  return geoTransverseMercator().rotate([-127.5, -38]).precision(0);
}

function frameOutline(): MultiPoint {
  const { west, east, south, north } = NATIONAL_FRAME;
  const points: [number, number][] = [];
  // Parallels bow under this projection, so the frame's edges are sampled, not just its corners.
  for (let i = 0; i <= 20; i++) {
    const lon = west + ((east - west) * i) / 20;
    const lat = south + ((north - south) * i) / 20;
    points.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return { type: 'MultiPoint', coordinates: points };
}

/** The Korea projection fitted to the fixed national frame inside `extent`. */
export function nationalProjection(extent: Extent): GeoProjection {
  return koreaProjection().fitExtent(extent, frameOutline());
}

/** The Korea projection fitted to some features (e.g. one 시도) inside `extent`, with `padding` pixels kept free. */
export function regionalProjection(features: readonly Feature[], extent: Extent, padding = 8): GeoProjection {
  const [[x0, y0], [x1, y1]] = extent;
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  return koreaProjection().fitExtent(
    [
      [x0 + padding, y0 + padding],
      [x1 - padding, y1 - padding],
    ],
    collection,
  );
}

/** Width/height ratio of the national frame under the Korea projection. */
export function nationalAspect(): number {
  return aspectOf(frameOutline());
}

/** Width/height ratio of some features under the Korea projection. */
export function regionalAspect(features: readonly Feature[]): number {
  return aspectOf({ type: 'FeatureCollection', features: [...features] });
}

function aspectOf(object: MultiPoint | FeatureCollection): number {
  const [[x0, y0], [x1, y1]] = geoPath(koreaProjection()).bounds(object);
  return (x1 - x0) / (y1 - y0);
}
