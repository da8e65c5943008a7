// Test helper: region entries built from the committed registry exactly as buildSiteData does, and the topology.
import { readFileSync } from 'node:fs';
import type { KoreaTopology } from '../../src/core/present/map/types.ts';
import type { RegionEntry } from '../../src/core/site/siteData.ts';
import { loadRegionEntries, loadRegistry } from './loadRegistry.ts';

/** Every identity of the committed registry as a RegionEntry. */
export function registryRegions(): RegionEntry[] {
  return loadRegionEntries();
}

/** The committed topology (data/geo/korea.topo.json). */
export function committedTopology(): KoreaTopology {
  return JSON.parse(readFileSync(new URL('../../data/geo/korea.topo.json', import.meta.url), 'utf8')) as KoreaTopology;
}

/** The 시도 codes of the committed registry valid on `date`, in code order (the map's vintage: a day in 2024–2026-06). */
export function sidoCodesOn(date: string): string[] {
  return loadRegistry()
    .regions.filter(
      (r) =>
        r.kind === '시도' && (r.validFrom === null || r.validFrom <= date) && (r.validTo === null || date <= r.validTo),
    )
    .map((r) => r.code)
    .sort();
}
