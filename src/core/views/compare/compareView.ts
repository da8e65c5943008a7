import { unitAt, BASIC_KINDS, newestChange, peerGroupOf } from '../../domain/indicators/units.ts';
import { routes } from '../../site/routes.ts';
import type { RegionEntry } from '../../site/siteData.ts';
import type { NationalIndicator } from '../indicators/national.ts';
import { regionIndicators, type RegionIndicatorRow } from '../region/regionIndicators.ts';

/** One region's series as the comparison script reads them: [year, value, text, record path] per point. */
export interface CompareData {
  identity: string;
  name: string;
  indicators: Array<{
    id: string;
    name: string;
    basis: string;
    points: Array<[number, number | null, string, string]>;
  }>;
}

/** `rows` is regionIndicators(entry, …) (the site index keeps one per region). */
export function compareData(entry: RegionEntry, rows: readonly RegionIndicatorRow[]): CompareData {
  return {
    identity: entry.identity,
    name: entry.fullName,
    indicators: rows.map((r) => ({
      id: r.id,
      name: r.name,
      basis: r.basis,
      points: r.points.map((p) => [p.year, p.value, p.text, p.recordPath]),
    })),
  };
}

/**
 * The units a reader can compare, each with a comparison page: the 기초자치단체 that exist since the registry's newest
 * boundary change (by default; `date` picks another day).
 */
export function comparable(regions: readonly RegionEntry[], date = newestChange(regions)): RegionEntry[] {
  return regions.filter((r) => {
    const u = unitAt(r, date);
    return u !== null && BASIC_KINDS.includes(u.kind);
  });
}

export interface ComparePage {
  entry: RegionEntry;
  peerLabel: string;
  /** The region first, then up to `size` units of the same kind in the same 시도, closest in population. */
  members: Array<{ entry: RegionEntry; rows: Map<string, RegionIndicatorRow> }>;
  indicators: Array<{ id: string; name: string; path: string; basis: string; national: string; peer: string }>;
}

/** A region beside its peer group (same 시도, same kind: 시 / 군 / 자치구), for the no-JavaScript comparison. */
export function comparePage(
  entry: RegionEntry,
  candidates: readonly RegionEntry[],
  national: readonly NationalIndicator[],
  population: (identity: string) => number | null,
  rowsOf: (entry: RegionEntry) => readonly RegionIndicatorRow[] = (e) => regionIndicators(e, national),
  size = 4,
): ComparePage {
  const peer = peerGroupOf(entry.kind) ?? entry.kind;
  const own = population(entry.identity);
  const peers = candidates
    .filter(
      (c) => c.identity !== entry.identity && c.sidoIdentity === entry.sidoIdentity && peerGroupOf(c.kind) === peer,
    )
    .sort((a, b) => {
      const [pa, pb] = [population(a.identity), population(b.identity)];
      const d = (p: number | null) => (p === null || own === null ? Infinity : Math.abs(p - own));
      return d(pa) - d(pb) || a.identity.localeCompare(b.identity);
    })
    .slice(0, size);
  const members = [entry, ...peers].map((e) => ({
    entry: e,
    rows: new Map(rowsOf(e).map((r) => [r.id, r])),
  }));
  const first = members[0]!.rows;
  const indicators = national
    .filter((n) => first.has(n.indicator.id))
    .map((n) => {
      const row = first.get(n.indicator.id)!;
      const p = row.latest;
      return {
        id: n.indicator.id,
        name: `${n.indicator.name}${n.years.length > 1 ? ` (${p.year}년)` : ''}`,
        path: routes.indicatorYear(n.indicator.id, p.year),
        basis: n.indicator.basis,
        national: p.national === null ? '—' : row.format(p.national),
        peer: p.peer === null ? '—' : row.format(p.peer),
      };
    });
  return { entry, peerLabel: peer, members, indicators };
}
