import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Twice the signed planar area of a closed ring in lon/lat: positive when counter-clockwise with north up. */
export function ringDoubleArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    sum += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return sum;
}

function orient(ring: Position[], clockwise: boolean): Position[] {
  const copy = ring.map((p) => [p[0]!, p[1]!]);
  const isClockwise = ringDoubleArea(copy) < 0;
  return isClockwise === clockwise ? copy : copy.reverse();
}

function rewindPolygon(rings: Position[][]): Position[][] {
  // d3-geo reads a clockwise exterior as "this area" and a counter-clockwise one as "everything but this area"
  // (RFC 7946 winding is the opposite), so exteriors are made clockwise and holes counter-clockwise.
  return rings.map((ring, i) => orient(ring, i === 0));
}

/** Returns a copy of the geometry wound the way d3-geo expects; the input is left untouched. */
export function rewindForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) } as G;
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) } as G;
}
