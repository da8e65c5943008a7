import type { RegionEntry } from '../../site/siteData.ts';

/** 기초자치단체 kinds: the units ranked and mapped nationally (행정시·행정구 are not 자치단체). */
export const BASIC_KINDS: readonly string[] = ['시', '군', '자치구', '특별자치시'];

/** Peer groups for medians: 세종 (특별자치시) sits with the 시. */
export type PeerGroup = '시' | '군' | '자치구';

export function peerGroupOf(kind: string): PeerGroup | null {
  if (kind === '시' || kind === '특별자치시') return '시';
  if (kind === '군' || kind === '자치구') return kind;
  return null;
}

/** What a region was on one day: its code, kind, 시도 code and parent code as the registry states for that day. */
export interface UnitAt {
  identity: string;
  code: string;
  kind: string;
  sidoCode: string;
  parent: string | null;
}

/** The identity's row valid on `date` (ISO day), or null when it did not exist then. */
export function unitAt(entry: RegionEntry, date: string): UnitAt | null {
  const row = entry.history.chain.find(
    (r) => (r.validFrom ?? '0000-01-01') <= date && (r.validTo ?? '9999-12-31') >= date,
  );
  return row
    ? { identity: entry.identity, code: row.code, kind: row.kind, sidoCode: row.sidoCode, parent: row.parent }
    : null;
}

/** Every unit that existed on `date`, by identity. */
export function unitsOn(regions: readonly RegionEntry[], date: string): Map<string, UnitAt> {
  const out = new Map<string, UnitAt>();
  for (const r of regions) {
    const u = unitAt(r, date);
    if (u) out.set(r.identity, u);
  }
  return out;
}

/** 기초자치단체 that existed on `date` (the denominator of map coverage and of ranks). */
export function basicUnitsOn(regions: readonly RegionEntry[], date: string): UnitAt[] {
  return [...unitsOn(regions, date).values()].filter((u) => BASIC_KINDS.includes(u.kind));
}

/**
 * The day of the registry's newest boundary change (the newest validFrom of any code): from then on the set of units
 * is the current one. Derived from data/regions, so a new change there moves the comparison set without a code edit.
 */
export function newestChange(regions: readonly RegionEntry[]): string {
  let newest = '0000-01-01';
  for (const r of regions)
    for (const row of r.history.chain) if (row.validFrom && row.validFrom > newest) newest = row.validFrom;
  return newest;
}
