import { codeUnitOrder } from '../domain/text/textOrder.ts';
import type { RegionEntry } from '../site/siteData.ts';
import type { DistinctAward } from './awardGroups.ts';

/** Where a region is drawn on the vintage map, and how it got there. */
export interface GeometryPlace {
  code: string;
  /** 'self': its own polygon (current or legacy code); 'parent': a 행정구 drawn as its 시. */
  via: 'self' | 'parent';
}

/**
 * The polygon code in the geometry vintage for a region: its code on the award's date, its identity, or a legacy
 * code, whichever the layer has; a 행정구 (포항시 남구) falls back to its parent 시. Null for 시도-level units and
 * units without a polygon in the vintage: callers list those beside the map.
 */
export function geometryPlace(
  identity: string,
  code: string,
  byIdentity: ReadonlyMap<string, RegionEntry>,
  layer: ReadonlySet<string>,
): GeometryPlace | null {
  const entry = byIdentity.get(identity);
  const candidates = [code, identity, ...[...(entry?.legacyCodes ?? [])].reverse()];
  const own = candidates.find((c) => layer.has(c));
  if (own) return { code: own, via: 'self' };
  if (entry?.kind === '행정구' && entry.parentIdentity) {
    const parent = geometryPlace(entry.parentIdentity, entry.parentIdentity, byIdentity, layer);
    if (parent) return { code: parent.code, via: 'parent' };
  }
  return null;
}

/** Awards sorted onto the map: by polygon code, those drawn on a parent 시, and those without a polygon. */
export interface PlacedAwards {
  placed: Map<string, DistinctAward[]>;
  viaParent: DistinctAward[];
  unplaced: DistinctAward[];
}

/** Puts each award on its polygon in the layer (see geometryPlace); keys in code order. */
export function placeAwards(
  list: readonly DistinctAward[],
  regions: readonly RegionEntry[],
  layer: ReadonlySet<string>,
): PlacedAwards {
  const byIdentity = new Map(regions.map((r) => [r.identity, r]));
  const placed = new Map<string, DistinctAward[]>();
  const viaParent: DistinctAward[] = [];
  const unplaced: DistinctAward[] = [];
  for (const d of list) {
    const place = geometryPlace(d.award.region.identity, d.award.region.code, byIdentity, layer);
    if (!place) {
      unplaced.push(d);
      continue;
    }
    if (place.via === 'parent') viaParent.push(d);
    placed.set(place.code, [...(placed.get(place.code) ?? []), d]);
  }
  return { placed: new Map([...placed.entries()].sort(([a], [b]) => codeUnitOrder(a, b))), viaParent, unplaced };
}
