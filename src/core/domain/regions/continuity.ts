import { chainOf } from './identity.ts';
import { CONTINUING_TYPES, type Region, type RegionChange, type RegionRegistry } from './types.ts';

/** One stretch of an identity's life under one code (강릉: 42150 until 2023-06-10, then 51150). */
export interface CodeSegment {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly sidoCode: string;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/** What a page needs to draw one series across codes: the codes in order, and where the territory itself changed. */
export interface SeriesContinuity {
  readonly identity: string;
  /** Codes of the identity, oldest first; a series keyed by any of them belongs to this identity for that period. */
  readonly segments: readonly CodeSegment[];
  /** Events that changed the territory while the identity went on (청주 absorbing 청원 in 2014): break the line there. */
  readonly territoryChanges: readonly RegionChange[];
}

// A 시 creating or abolishing its own 행정구 (부천 2016/2024, 화성 2026) leaves the 시's territory as it was.
function isOwnDistrict(registry: RegionRegistry, codes: ReadonlySet<string>, c: RegionChange): boolean {
  const other = c.oldCode !== null && codes.has(c.oldCode) ? c.newCode : c.oldCode;
  if (other === null) return false;
  return (registry.byCode.get(other) ?? []).some(
    (r) => r.kind === '행정구' && r.parent !== null && codes.has(r.parent),
  );
}

/**
 * Events that changed the territory of `identity` on a day in (earlier, later] of the two dates, in either order, while
 * the identity went on: boundary transfers, merges into it, parts carved out. Renames, recodes and moves do not count.
 */
export function territoryChanges(
  registry: RegionRegistry,
  identity: string,
  from: string | null = null,
  to: string | null = null,
): RegionChange[] {
  const codes = new Set(chainOf(registry, identity).map((r) => r.code));
  const [lo, hi] = from !== null && to !== null && to < from ? [to, from] : [from, to];
  return registry.changes.filter((c) => {
    if (CONTINUING_TYPES.includes(c.type)) return false;
    if ((lo !== null && c.date <= lo) || (hi !== null && c.date > hi)) return false;
    if (isOwnDistrict(registry, codes, c)) return false;
    // Losing part: the unit goes on after a carve-out or a boundary transfer (merge, split, abolish end it instead).
    const loses = c.oldCode !== null && codes.has(c.oldCode) && (c.type === 'create' || c.type === 'boundary');
    // Gaining part: territory arrives in a unit that already existed the day before.
    const gains = c.newCode !== null && codes.has(c.newCode) && c.oldCode !== null && !startsHere(registry, c);
    return loses || gains;
  });
}

// An event that creates the identity's first unit (연기군 → 세종 36110) is its birth, not a change of its territory.
function startsHere(registry: RegionRegistry, c: RegionChange): boolean {
  return (registry.byCode.get(c.newCode ?? '') ?? []).some((r: Region) => r.validFrom === c.date);
}

/** The codes of one identity over time and the territory changes inside its life, for drawing one continuous series. */
export function seriesContinuity(registry: RegionRegistry, identity: string): SeriesContinuity {
  const segments: CodeSegment[] = [];
  for (const r of chainOf(registry, identity)) {
    const last = segments.at(-1);
    // Consecutive rows of one code (a rename) are one segment: the series key does not change.
    if (last && last.code === r.code)
      segments[segments.length - 1] = { ...last, validTo: r.validTo, name: r.name, fullName: r.fullName };
    else
      segments.push({
        code: r.code,
        name: r.name,
        fullName: r.fullName,
        sidoCode: r.sidoCode,
        validFrom: r.validFrom,
        validTo: r.validTo,
      });
  }
  return { identity, segments, territoryChanges: territoryChanges(registry, identity) };
}
