// Test helper: region entries built from the committed registry exactly as buildSiteData does, and the topology.
import { readFileSync } from 'node:fs';
import { listIdentities, regionHistory } from '../../../src/lib/regions/index.ts';
import type { KoreaTopology } from '../../../src/lib/map/types.ts';
import type { RegionEntry } from '../../../src/lib/site/buildSiteData.ts';
import { loadRegistry } from '../regions/loadRegistry.ts';

/** Every identity of the committed registry as a RegionEntry. */
export function registryRegions(): RegionEntry[] {
  const registry = loadRegistry();
  return listIdentities(registry).map((r) => ({ ...r, history: regionHistory(registry, r.identity) }));
}

/** The committed topology (data/geo/korea.topo.json). */
export function committedTopology(): KoreaTopology {
  return JSON.parse(readFileSync(new URL('../../../data/geo/korea.topo.json', import.meta.url), 'utf8')) as KoreaTopology;
}
