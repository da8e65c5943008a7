import type { GeometryCollection, Topology } from 'topojson-specification';
import { presimplify } from 'topojson-simplify';
import { drawnOnce } from './drawCache.ts';
import { PROTECTED_ISLETS } from './islets.ts';
import type { KoreaTopology } from './types.ts';

// The committed topology is detailed enough for a 시도 filling the page; a whole country 640 units wide draws many of
// its points closer together than the 1-unit grid they are snapped to, and every one of them is bytes in the HTML.
// Before drawing, points whose Visvalingam triangle covers less than MIN_AREA square units of the drawn map are left
// out. Simplifying the shared arcs (not each drawn ring) keeps neighbours' borders identical: no slivers or gaps.

/**
 * Square SVG units below which a point's triangle is dropped. A national map 640 units wide is drawn about 360 px
 * wide on a phone, where 2 square units are under a square pixel; at full desktop width the outline moves by at
 * most a unit. Zoomed-in maps (one 시도) are far from this limit and keep every point of the topology.
 */
export const MIN_AREA = 2;

type Weighted = [number, number, number];

/** Visvalingam weights in square degrees of latitude (longitude shrunk by cos φ: equal area, as the map projects). */
function weighted(topology: KoreaTopology): Weighted[][] {
  return drawnOnce(topology, 'presimplified', () => {
    const area = (t: number[][]) => {
      const [a, b, c] = t as [number[], number[], number[]];
      const k = Math.cos((b[1]! * Math.PI) / 180);
      return Math.abs((a[0]! - c[0]!) * (b[1]! - a[1]!) - (a[0]! - b[0]!) * (c[1]! - a[1]!)) * k * 0.5;
    };
    const pre = presimplify(topology as unknown as Topology<Record<string, GeometryCollection>>, area as never);
    const islet = (p: Weighted) =>
      PROTECTED_ISLETS.some(({ box: [w, s, e, n] }) => p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n);
    const arcs = pre.arcs as unknown as Weighted[][];
    // Named islets keep every point, as they do in the committed topology.
    for (const arc of arcs) if (arc.every(islet)) for (const p of arc) p[2] = Infinity;
    return arcs;
  });
}

function keep(arc: readonly Weighted[], minWeight: number): [number, number][] {
  const out = arc.filter((p) => p[2] >= minWeight);
  const first = arc[0]!;
  const last = arc[arc.length - 1]!;
  // An island drawn by one closed arc keeps at least a triangle (its two most important points); the grid then
  // decides whether it is big enough to draw, exactly as it did before simplification.
  if (first[0] === last[0] && first[1] === last[1] && out.length < 4 && arc.length >= 4) {
    const inner = arc.slice(1, -1);
    const top = [...inner].sort((a, b) => b[2] - a[2]).slice(0, 2);
    const chosen = new Set(top);
    return arc.filter((p, i) => i === 0 || i === arc.length - 1 || chosen.has(p)).map((p) => [p[0], p[1]]);
  }
  return out.map((p) => [p[0], p[1]]);
}

type Point = readonly [number, number, ...number[]];

/** Twice the signed planar area of a ring of arcs (a negative index is the arc reversed, as in TopoJSON). */
function ringArea(arcs: readonly (readonly Point[])[], ring: readonly number[]): number {
  let sum = 0;
  for (const index of ring) {
    const arc = arcs[index < 0 ? ~index : index]!;
    const n = arc.length;
    for (let j = 0; j + 1 < n; j++) {
      const [a, b] = index < 0 ? [arc[n - 1 - j]!, arc[n - 2 - j]!] : [arc[j]!, arc[j + 1]!];
      sum += a[0] * b[1] - b[0] * a[1];
    }
  }
  return sum;
}

function ringsOf(topology: KoreaTopology): number[][] {
  return drawnOnce(topology, 'rings', () =>
    Object.values(topology.objects).flatMap((o) =>
      o.geometries.flatMap((g) =>
        g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : ([] as number[][]),
      ),
    ),
  );
}

/**
 * The topology to draw at `unitsPerDegree` SVG units per degree of latitude: points below MIN_AREA square units
 * dropped, in absolute lon/lat (no transform). Scales are rounded up to a power of √2, so the few hundred map
 * sizes of a build share a handful of topologies, each simplified and converted to features once.
 */
export function simplifiedFor(topology: KoreaTopology, unitsPerDegree: number): KoreaTopology {
  if (!(unitsPerDegree > 0)) return topology;
  // Rounded up, so the area dropped is never more than MIN_AREA at the true size (between half of it and all of it).
  const step = Math.ceil(Math.log2(unitsPerDegree) * 2);
  return drawnOnce(topology, `simplified|${step}`, () => {
    const scale = 2 ** (step / 2);
    const minWeight = MIN_AREA / (scale * scale);
    const full = weighted(topology);
    const rings = ringsOf(topology);
    const before = rings.map((ring) => Math.sign(ringArea(full, ring)));
    // A ring whose arcs all lost their inner points can turn inside out (or flat), which d3-geo reads as the whole
    // sphere but that ring. Its arcs keep every point instead; repeat until no ring turns (each pass only adds points).
    const whole = new Set<number>();
    for (;;) {
      const arcs = full.map((arc, i) =>
        whole.has(i) ? arc.map((p): [number, number] => [p[0], p[1]]) : keep(arc, minWeight),
      );
      const turned = rings.filter((ring, i) => Math.sign(ringArea(arcs, ring)) !== before[i]);
      const added = turned
        .flat()
        .map((a) => (a < 0 ? ~a : a))
        .filter((a) => !whole.has(a));
      if (added.length === 0) {
        const { transform: _transform, ...rest } = topology;
        return { ...rest, arcs } as KoreaTopology;
      }
      for (const a of added) whole.add(a);
    }
  });
}
