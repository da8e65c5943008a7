import type { RegionValue } from '../../present/map/choropleth.ts';
import { codesOf } from '../../present/map/layers.ts';
import { SIDO_CODES } from '../../present/map/parents.ts';
import type { KoreaTopology } from '../../present/map/types.ts';
import type { Region } from '../../domain/regions/types.ts';
import type { RegionEntry } from '../../site/siteData.ts';
import { routes } from '../../site/routes.ts';
import { koreanDate } from '../../publish/citation.ts';

/** The dates the geometry describes (inclusive ISO days), read from the topology's metadata. */
export interface Vintage {
  from: string;
  to: string;
}

/** Both directions between region identities and the geometry codes of one layer. */
export interface GeometryIndex {
  layer: 'sigungu' | 'gu' | 'sido';
  vintage: Vintage;
  codeByIdentity: ReadonlyMap<string, string>;
  identityByCode: ReadonlyMap<string, string>;
}

/** Why a unit has no polygon: it began after the vintage, ended before it, or the geometry simply lacks it. */
export type NoPolygonReason = 'created-later' | 'abolished-earlier' | 'not-in-geometry';

/** A unit that cannot be drawn on the map of this vintage, with the date that explains why (null if none). */
export interface NoPolygon {
  identity: string;
  name: string;
  fullName: string;
  reason: NoPolygonReason;
  date: string | null;
}

/** Kinds drawn on the 자치단체-level (sigungu) layer. */
export const SIGUNGU_KINDS: readonly string[] = ['시', '군', '자치구', '특별자치시', '행정시'];

/** The vintage of a topology (`2024-01-01..2026-06-30` in its metadata). */
export function vintageOf(topology: KoreaTopology): Vintage {
  const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(topology.metadata.vintage);
  if (!match)
    throw new Error(
      `지도 자료의 기준 기간을 읽을 수 없음 / unreadable geometry vintage "${topology.metadata.vintage}"`,
    );
  return { from: match[1]!, to: match[2]! };
}

function overlaps(row: Region, vintage: Vintage): boolean {
  return (row.validFrom ?? '0000-01-01') <= vintage.to && (row.validTo ?? '9999-12-31') >= vintage.from;
}

/**
 * The geometry code of an identity in one layer: the code of its chain that was valid during the vintage and has a
 * polygon (12130 → 46130, 51820 → 51820, 27720 → 27720); null when none does. Never matched by name.
 */
export function geometryCodeOf(
  chain: readonly Region[],
  layerCodes: ReadonlySet<string>,
  vintage: Vintage,
): string | null {
  // Latest first: a unit recoded inside the vintage (none so far) would be drawn under its newer code.
  for (const row of [...chain].reverse()) {
    if (overlaps(row, vintage) && layerCodes.has(row.code)) return row.code;
  }
  return null;
}

/** Identity ↔ geometry code for every identity that has a polygon in `layer`. */
export function geometryIndex(
  regions: readonly RegionEntry[],
  topology: KoreaTopology,
  layer: GeometryIndex['layer'],
): GeometryIndex {
  const vintage = vintageOf(topology);
  const layerCodes = new Set(codesOf(topology, layer));
  const codeByIdentity = new Map<string, string>();
  const identityByCode = new Map<string, string>();
  for (const r of regions) {
    const code = geometryCodeOf(r.history.chain, layerCodes, vintage);
    if (code === null || identityByCode.has(code)) continue;
    codeByIdentity.set(r.identity, code);
    identityByCode.set(code, r.identity);
  }
  return { layer, vintage, codeByIdentity, identityByCode };
}

/** Values keyed by identity → values keyed by geometry code, plus the identities that have no polygon (never dropped silently). */
export function toGeometryValues(
  index: GeometryIndex,
  byIdentity: ReadonlyMap<string, RegionValue>,
): { values: Map<string, RegionValue>; unmapped: string[] } {
  const values = new Map<string, RegionValue>();
  const unmapped: string[] = [];
  for (const [identity, value] of byIdentity) {
    const code = index.codeByIdentity.get(identity);
    if (code === undefined) unmapped.push(identity);
    else values.set(code, value);
  }
  return { values, unmapped: unmapped.sort() };
}

/** The 시도 geometry code of a 시도 identity for `codesInSido` (12 stays 12: the union of 29 and 46), or null. */
export function sidoGeometryCode(entry: Pick<RegionEntry, 'identity' | 'history'>): string | null {
  if (entry.identity === '12') return '12';
  return [...entry.history.chain].reverse().find((r) => SIDO_CODES.includes(r.code))?.code ?? null;
}

/** Why `entry` has no polygon in the vintage. */
export function noPolygonReason(
  entry: Pick<RegionEntry, 'history' | 'abolishedOn'>,
  vintage: Vintage,
): { reason: NoPolygonReason; date: string | null } {
  const first = entry.history.chain[0];
  if (first?.validFrom && first.validFrom > vintage.from) return { reason: 'created-later', date: first.validFrom };
  if (entry.abolishedOn && entry.abolishedOn <= vintage.from)
    return { reason: 'abolished-earlier', date: entry.abolishedOn };
  return { reason: 'not-in-geometry', date: null };
}

/**
 * 시군구 and 행정구 identities with no polygon in either drawable layer (2026 인천 구, 화성 행정구, units abolished before
 * the vintage), so pages can list them beside the map.
 */
export function unitsWithoutPolygon(regions: readonly RegionEntry[], topology: KoreaTopology): NoPolygon[] {
  const sigungu = geometryIndex(regions, topology, 'sigungu');
  const gu = geometryIndex(regions, topology, 'gu');
  return regions
    .filter(
      (r) =>
        r.kind !== '시도' &&
        r.kind !== '전국' &&
        !sigungu.codeByIdentity.has(r.identity) &&
        !gu.codeByIdentity.has(r.identity),
    )
    .map((r) => ({ identity: r.identity, name: r.name, fullName: r.fullName, ...noPolygonReason(r, sigungu.vintage) }));
}

/** One Korean sentence saying which units the map cannot show and why; '' when every unit has a polygon. */
export function noPolygonSentence(units: readonly NoPolygon[], vintage: Vintage): string {
  if (units.length === 0) return '';
  const groups = new Map<string, string[]>();
  for (const u of units) {
    const key = `${u.reason}|${u.date ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), u.fullName]);
  }
  const parts = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, names]) => {
      const [reason, date] = key.split('|') as [NoPolygonReason, string];
      const list = names.join(', ');
      if (reason === 'created-later') return `${koreanDate(date)}에 생긴 ${list}`;
      if (reason === 'abolished-earlier') return `${koreanDate(date)}에 없어진 ${list}`;
      return `지도 자료에 경계가 없는 ${list}`;
    });
  return `지도 경계는 ${koreanDate(vintage.from)}~${koreanDate(vintage.to)} 기준이어서 ${parts.join('; ')}은(는) 지도에 그리지 못했습니다.`;
}

/** A region's page path (without base). */
export function regionPath(identity: string): string {
  return routes.region(identity);
}
