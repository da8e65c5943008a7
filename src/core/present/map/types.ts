import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties carried by every geometry in the project's topology: the code only, names come from the registry. */
export interface CodeProperties {
  code: string;
}

/** The layers of `data/geo/korea.topo.json`, all sharing one set of arcs. */
export type LayerName = 'gu' | 'sigungu' | 'sido' | 'sido2026';

/** Provenance recorded inside the topology itself. */
export interface GeoMetadata {
  source: string;
  vintage: string;
  simplification: string;
}

/** The project's committed topology: four layers plus provenance. */
export interface KoreaTopology extends Topology<Record<LayerName, GeometryCollection<CodeProperties>>> {
  metadata: GeoMetadata;
}
