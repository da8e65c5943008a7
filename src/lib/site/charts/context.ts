import type { Dataset } from '../../dataset/types.ts';
import type { RegionEntry } from '../buildSiteData.ts';

/** What every chart builder receives: the validated dataset and the region identities. */
export interface ChartContext {
  dataset: Dataset;
  regions: RegionEntry[];
  /** identity → short display name (e.g. `12130` → `여수시`). */
  regionName: Map<string, string>;
}
