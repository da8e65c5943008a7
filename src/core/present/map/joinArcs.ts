import type { Arc, Topology } from 'topojson-specification';

type Rings = number[][];

const flip = (a: number): number => ~a;
const unsigned = (a: number): number => (a < 0 ? ~a : a);

function decode(arcs: readonly Arc[], delta: boolean): number[][][] {
  return arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => (delta ? [(x += p[0]!), (y += p[1]!)] : [p[0]!, p[1]!]));
  });
}

function encode(arcs: readonly number[][][], delta: boolean): Arc[] {
  return arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([px, py]) => {
      const out = delta ? [px! - x, py! - y] : [px!, py!];
      x = px!;
      y = py!;
      return out;
    });
  });
}

function oriented(arcs: readonly number[][][], a: number): number[][] {
  const arc = arcs[unsigned(a)]!;
  return a < 0 ? arc.slice().reverse() : arc;
}

function neighbours(rings: Rings): { succ: Map<number, Set<number>>; pred: Map<number, Set<number>> } {
  const succ = new Map<number, Set<number>>();
  const pred = new Map<number, Set<number>>();
  const add = (m: Map<number, Set<number>>, k: number, v: number) => m.set(k, (m.get(k) ?? new Set()).add(v));
  for (const ring of rings) {
    ring.forEach((a, i) => {
      const b = ring[(i + 1) % ring.length]!;
      add(succ, a, b);
      add(pred, b, a);
    });
  }
  return { succ, pred };
}

function only(set: Set<number> | undefined, value: number): boolean {
  return set === undefined || (set.size === 1 && set.has(value));
}

/** One pass: joins arc pairs that always follow each other, each arc at most once. Returns the number joined. */
function joinPass(rings: Rings, arcs: number[][][]): number {
  const { succ, pred } = neighbours(rings);
  const used = new Set<number>();
  const replace = new Map<number, number>(); // signed first arc of a pair → signed joined arc
  for (const [a, next] of succ) {
    if (next.size !== 1) continue;
    const b = [...next][0]!;
    if (unsigned(a) === unsigned(b) || used.has(unsigned(a)) || used.has(unsigned(b))) continue;
    if (!only(pred.get(b), a) || !only(succ.get(flip(b)), flip(a)) || !only(pred.get(flip(a)), flip(b))) continue;
    // A point where a and b meet is used by no other ring's border here, so the two arcs can become one.
    const joined = [...oriented(arcs, a), ...oriented(arcs, b).slice(1)];
    const index = arcs.length;
    arcs.push(joined);
    used.add(unsigned(a)).add(unsigned(b));
    replace.set(a, index);
    replace.set(flip(b), flip(index));
  }
  if (replace.size === 0) return 0;
  for (const ring of rings) {
    // Start where no pair straddles the ring's seam; then each pair's second arc directly follows its first.
    const n = ring.length;
    const start = Math.max(
      0,
      ring.findIndex((_, i) => !replace.has(ring[(i - 1 + n) % n]!)),
    );
    const rotated = [...ring.slice(start), ...ring.slice(0, start)];
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const r = replace.get(rotated[i]!);
      out.push(r ?? rotated[i]!);
      if (r !== undefined) i++;
    }
    ring.splice(0, n, ...out);
  }
  return replace.size / 2;
}

interface PolygonLike {
  type: string | null;
  arcs?: unknown;
  geometries?: PolygonLike[];
}

function collectRings(o: PolygonLike, out: Rings[]): void {
  if (o.type === 'GeometryCollection') o.geometries!.forEach((g) => collectRings(g, out));
  else if (o.type === 'Polygon') out.push(o.arcs as Rings);
  else if (o.type === 'MultiPolygon') (o.arcs as Rings[]).forEach((p) => out.push(p));
}

/**
 * Joins arcs that are always used one after the other, in place. Borders in the source do not match their
 * neighbours exactly, which cuts them into many short arcs; every cut is a point simplification must keep and an
 * index every ring must list. Only polygon objects are supported; unused arcs are left for `prune`.
 */
export function joinArcs<T extends Topology>(topology: T): T {
  const rings: Rings = [];
  const polygons: Rings[] = [];
  for (const key of Object.keys(topology.objects)) collectRings(topology.objects[key] as PolygonLike, polygons);
  for (const p of polygons) rings.push(...p);
  const delta = topology.transform !== undefined;
  const arcs = decode(topology.arcs, delta);
  while (joinPass(rings, arcs) > 0) {
    // repeat until no pair is left to join
  }
  topology.arcs = encode(arcs, delta);
  return topology;
}
