import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { bbox as topoBbox, mergeArcs, quantize } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import { filter, presimplify, quantile, simplify } from 'topojson-simplify';
import type {
  Arc,
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { MapError } from './errors.ts';
import { joinArcs } from './joinArcs.ts';
import { PROTECTED_ISLETS, type ProtectedIslet } from './islets.ts';
import { GU_PARENTS, SIDO_CODES, sido2026Of, sigunguOf } from './parents.ts';
import { ringDoubleArea, rewindForD3 } from './rewind.ts';
import type { CodeProperties, KoreaTopology, LayerName } from './types.ts';

/** Source feature as shipped by the package: a 5-digit code and a name we deliberately drop. */
export type SourceFeature = Feature<Polygon | MultiPolygon, { sig_cd: string; sig_kor_nm?: string }>;

/** Knobs of the geometry build; the defaults are what `data/geo/korea.topo.json` is built with. */
export interface BuildOptions {
  source: string;
  vintage: string;
  /** Share of removable points kept by Visvalingam simplification (0–1). */
  retain?: number;
  /** Grid size of the final quantisation. */
  quantization?: number;
  /** Rings smaller than this (km²) are dropped unless protected. */
  minRingKm2?: number;
  /** Protected rings smaller than this (km²) are still dropped: they would collapse under quantisation. */
  minProtectedKm2?: number;
  islets?: readonly ProtectedIslet[];
  /** Grid used while finding shared borders (0: exact coordinates, which give the fewest arcs for this source). */
  prequantization?: number;
}

type Geom = TopoPolygon<CodeProperties> | TopoMultiPolygon<CodeProperties>;

// Roughly km² per square degree at 36°N; close enough to rank rings by size over Korea's 5.5° of latitude.
const KM2_PER_DEG2 = 111.32 * 111.32 * Math.cos((36 * Math.PI) / 180);
// A single 시군구 is under 2,000 km²; a wrongly wound feature covers the rest of the sphere (≈ 4π sr).
const MAX_FEATURE_SR = 1e-3;

function toFeatures(
  input: FeatureCollection | { features: readonly SourceFeature[] },
): Feature<Polygon | MultiPolygon, CodeProperties>[] {
  const seen = new Set<string>();
  const out = input.features.map((f) => {
    const code = String((f.properties as { sig_cd?: unknown } | null)?.sig_cd ?? '');
    if (!/^\d{5}$/.test(code))
      throw new MapError(`시군구 코드 형식 오류: "${code}"`, `Malformed 시군구 code: "${code}"`);
    if (seen.has(code)) throw new MapError(`중복 코드: ${code}`, `Duplicate code: ${code}`);
    seen.add(code);
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      throw new MapError(`${code}: 다각형이 아닌 도형`, `${code}: geometry is not a polygon`);
    }
    const feature: Feature<Polygon | MultiPolygon, CodeProperties> = {
      type: 'Feature',
      properties: { code },
      geometry: rewindForD3(g),
    };
    const area = geoArea(feature);
    if (!(area > 0 && area < MAX_FEATURE_SR)) {
      throw new MapError(
        `${code}: 감기 방향 보정 후에도 면적이 비정상(${area} sr)`,
        `${code}: area ${area} sr after rewinding`,
      );
    }
    return feature;
  });
  return out.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
}

function ringCoordinates(arcs: readonly Arc[], ring: readonly number[]): Position[] {
  const out: Position[] = [];
  for (const index of ring) {
    const arc = arcs[index < 0 ? ~index : index]!;
    const points = index < 0 ? arc.slice().reverse() : arc;
    points.forEach((p, i) => {
      if (i > 0 || out.length === 0) out.push([p[0]!, p[1]!]);
    });
  }
  return out;
}

function boxOf(ring: readonly Position[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    w = Math.min(w, x!);
    e = Math.max(e, x!);
    s = Math.min(s, y!);
    n = Math.max(n, y!);
  }
  return [w, s, e, n];
}

function inside(box: readonly number[], islet: ProtectedIslet): boolean {
  const [w, s, e, n] = islet.box;
  return box[0]! >= w && box[1]! >= s && box[2]! <= e && box[3]! <= n;
}

function groupMerged(
  topo: Topology<Record<string, GeometryCollection>>,
  gu: readonly Geom[],
  keyOf: (code: string) => string,
): GeometryCollection<CodeProperties> {
  const groups = new Map<string, Geom[]>();
  for (const g of gu) {
    const key = keyOf(g.properties!.code);
    groups.set(key, [...(groups.get(key) ?? []), g]);
  }
  const geometries = [...groups.keys()].sort().map((code) => {
    const members = groups.get(code)!;
    if (members.length === 1) return { ...members[0]!, properties: { code } };
    return { ...mergeArcs(topo, members as never), properties: { code } } as Geom;
  });
  return { type: 'GeometryCollection', geometries };
}

/** Checks the parent table against the features: every listed 구 exists, and no parent 시 comes as its own polygon. */
function checkParents(codes: ReadonlySet<string>): void {
  for (const [parent, gus] of Object.entries(GU_PARENTS)) {
    const absent = gus.filter((gu) => !codes.has(gu));
    if (absent.length > 0)
      throw new MapError(`${parent}의 구가 없음: ${absent.join(', ')}`, `${parent}: 구 missing: ${absent.join(', ')}`);
  }
  for (const code of codes) {
    if (!SIDO_CODES.includes(code.slice(0, 2)))
      throw new MapError(`알 수 없는 시도: ${code}`, `Unknown 시도 in ${code}`);
    const parent = sigunguOf(code);
    if (parent !== code && codes.has(parent))
      throw new MapError(`${parent}와 그 구가 함께 있음`, `${parent} and its 구 both present`);
  }
}

/** Builds the project's four-layer topology from the package's GeoJSON; pure and deterministic. */
export function buildTopology(
  input: FeatureCollection | { features: readonly SourceFeature[] },
  options: BuildOptions,
): KoreaTopology {
  const {
    retain = 0.07,
    quantization = 1e4,
    minRingKm2 = 0.2,
    minProtectedKm2 = 0.03,
    islets = PROTECTED_ISLETS,
    prequantization = 0,
  } = options;
  const features = toFeatures(input);
  checkParents(new Set(features.map((f) => f.properties.code)));

  const collection: FeatureCollection<Polygon | MultiPolygon, CodeProperties> = { type: 'FeatureCollection', features };
  const base = toTopology({ gu: collection } as never, prequantization) as unknown as Topology<{
    gu: GeometryCollection<CodeProperties>;
  }>;
  const gu = base.objects.gu.geometries as Geom[];
  for (const g of gu) delete (g as { id?: unknown }).id;
  joinArcs(base);
  // Joining leaves the replaced arcs behind; drop them before weighting so they do not skew the quantile.
  const pruned = filter(base, () => true) as unknown as typeof base;
  const guPruned = pruned.objects.gu.geometries as Geom[];
  const layered = {
    ...pruned,
    objects: {
      gu: pruned.objects.gu,
      sigungu: groupMerged(pruned, guPruned, sigunguOf),
      sido: groupMerged(pruned, guPruned, (code) => code.slice(0, 2)),
      sido2026: groupMerged(pruned, guPruned, (code) => sido2026Of(code.slice(0, 2))),
    },
  };

  const weighted = presimplify(layered as Topology<Record<string, GeometryCollection>>);
  const protectedArcs = new Set<number>();
  weighted.arcs.forEach((arc, i) => {
    const box = boxOf(arc);
    if (islets.some((islet) => inside(box, islet))) protectedArcs.add(i);
  });
  // Keeping every point of an islet's arcs is cheap (a few dozen points) and stops it collapsing to a sliver.
  for (const i of protectedArcs) for (const p of weighted.arcs[i]!) p[2] = Infinity;

  const simplified = simplify(weighted, quantile(weighted, retain));
  const matched = new Set<string>();
  const kept = filter(simplified, ((ring: number[], interior: boolean) => {
    const coords = ringCoordinates(simplified.arcs, ring);
    const km2 = (Math.abs(ringDoubleArea(coords)) / 2) * KM2_PER_DEG2;
    // Holes below the threshold are slivers between neighbours that merging 구 into 시 and 시군구 into 시도 exposes.
    if (interior) return km2 >= minRingKm2;
    const box = boxOf(coords);
    const islet = islets.find((i) => inside(box, i));
    if (islet && km2 >= minProtectedKm2) matched.add(islet.name);
    return km2 >= minRingKm2 || (islet !== undefined && km2 >= minProtectedKm2);
  }) as never);
  const lost = islets.filter((i) => !matched.has(i.name)).map((i) => i.name);
  if (lost.length > 0)
    throw new MapError(`보호 섬이 없음: ${lost.join(', ')}`, `Protected islets not found: ${lost.join(', ')}`);

  kept.bbox = topoBbox(kept);
  const quantized = quantize(kept, quantization);
  const result: KoreaTopology = {
    type: 'Topology',
    metadata: {
      source: options.source,
      vintage: options.vintage,
      simplification: `topojson-simplify Visvalingam, retain ${retain}, rings < ${minRingKm2} km² dropped except protected islets ≥ ${minProtectedKm2} km²; quantization ${quantization}`,
    },
    bbox: quantized.bbox,
    transform: quantized.transform,
    objects: quantized.objects as KoreaTopology['objects'],
    arcs: quantized.arcs,
  };
  return result;
}

/** Serialises the topology compactly with a trailing newline; key order is fixed by construction. */
export function serializeTopology(topology: KoreaTopology): string {
  return `${JSON.stringify(topology)}\n`;
}

/** Counts geometries per layer, for build logs and checks. */
export function layerCounts(topology: KoreaTopology): Record<LayerName, number> {
  const o = topology.objects;
  return {
    gu: o.gu.geometries.length,
    sigungu: o.sigungu.geometries.length,
    sido: o.sido.geometries.length,
    sido2026: o.sido2026.geometries.length,
  };
}
