import type { Dataset } from '../../domain/dataset/types.ts';
import type { KoreaTopology } from '../map/types.ts';
import type { RegionEntry } from '../../site/siteData.ts';
import type { MapDecl } from '../../domain/indicators/mapList.ts';
import type { NationalIndicator } from '../../views/indicators/national.ts';

/** What every chart builder receives: the validated dataset and the region identities. */
export interface ChartContext {
  dataset: Dataset;
  regions: RegionEntry[];
  /** identity → short display name (e.g. `12130` → `여수시`). */
  regionName: Map<string, string>;
  /** Map geometry (data/geo/korea.topo.json); map builders draw nothing without it. */
  topology?: KoreaTopology;
  /** Site base path without trailing slash ('' at a domain root): links inside SVG are written with it. */
  base?: string;
  /** National indicators (data/indicators.csv) computed over the dataset. */
  national?: NationalIndicator[];
  /** Editorial maps (data/maps.csv). */
  maps?: MapDecl[];
}
