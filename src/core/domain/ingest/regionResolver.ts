import type { DatasetDeps, RegionLookup } from '../dataset/deps.ts';
import { dateEnd } from '../dataset/period.ts';
import type { RegionRef, SourceRecord } from '../dataset/types.ts';
import type { Descriptor } from './descriptor.ts';
import type { AliasSpec } from './schema/region.ts';
import { periodMaps } from './periodMaps.ts';

type Failure = Extract<RegionLookup, { ok: false }>;

/** A row's region: resolved (with the alias it was read through, if any) or why not. Shared and frozen. */
export interface RegionFound {
  readonly written: string;
  readonly found: RegionRef | Failure;
  readonly alias: AliasSpec | null;
  /**
   * The ids of the records made with this period and written name, by value column, filled in by `recordIdOf` when
   * first needed. They live on the lookup's one shared entry so that a record costs one hash lookup, not a second
   * one in a memo keyed by the same pair (replacing the id memo by a constant took ~0.35 s off ingesting 1M
   * pre-read rows in an ablation run).
   */
  readonly ids: (string | undefined)[];
}

/** Failure kinds that are the descriptor's alias being wrong: never skipped by `region.unresolved`. */
export const ALIAS_FAILURES = new Set(['alias-target', 'alias-shadows']);

/**
 * Region lookups of one file, memoised by period and written name (a name on one date always resolves the same way
 * in one build): each result is made once, frozen, and shared between records. With
 * `repeatedRows.districts: "city"` a row naming a 일반구 is read as its 시 (the notation as written is kept).
 * `region.aliases` read a stale name as the renamed region on rows dated from the alias's `from` on; `unused()` lists
 * the aliases no row needed.
 */
export function createRegionResolver(d: Descriptor, deps: DatasetDeps, source: SourceRecord) {
  const regionsOf = periodMaps<RegionFound>();
  const sourceDay = source.published ? dateEnd(source.published) : null;
  const aliases = new Map((d.region.aliases ?? []).map((a) => [a.written, a]));
  const used = new Set<string>();

  function lookupAs(written: string, sido: string, name: string, date: string): RegionLookup & { alias?: AliasSpec } {
    const dates = d.region.date || !sourceDay || d.region.codeVintage ? [date] : [date, sourceDay];
    const lookup = deps.resolveRegion(name, dates, {
      ...(sido ? { sido } : {}),
      ...(d.region.codeVintage ? { vintage: d.region.codeVintage } : {}),
    });
    const alias = aliases.get(written);
    if (!alias || date < alias.from) return lookup;
    used.add(alias.written);
    if (lookup.ok)
      return {
        ok: false,
        kind: 'alias-shadows',
        ko: `별칭 "${alias.written}" → "${alias.means}"이(가) 실제로 찾아지는 이름을 덮어쓰게 됩니다: "${written}"은(는) ${date}에 그대로 ${lookup.ref.fullName}(${lookup.ref.code})(으)로 찾아집니다. 별칭은 실제로 찾아지는 이름을 덮어쓰지 않습니다: region.aliases에서 지우거나 from을 고치세요.`,
        en: `Alias "${alias.written}" → "${alias.means}" would override a real match: "${written}" resolves by itself on ${date} to ${lookup.ref.fullName} (${lookup.ref.code}). Remove it from region.aliases or fix its "from".`,
        candidates: [],
      };
    const target = deps.resolveRegion(alias.means, [date]);
    if (!target.ok)
      return {
        ok: false,
        kind: 'alias-target',
        ko: `별칭 "${alias.written}"이(가) 가리키는 "${alias.means}"이(가) ${date}에 찾아지지 않습니다: ${target.ko} region.aliases의 means·from을 고치세요.`,
        en: `Alias "${alias.written}" points to "${alias.means}", which does not resolve on ${date}: ${target.en} Fix means or from in region.aliases.`,
        candidates: target.candidates,
      };
    return { ...target, alias };
  }

  function resolve(written: string, sido: string, name: string, date: string): RegionFound {
    const lookup = lookupAs(written, sido, name, date);
    const alias = lookup.ok ? (lookup.alias ?? null) : null;
    const city =
      lookup.ok && d.repeatedRows?.districts === 'city' ? deps.cityOf(lookup.ref.code, lookup.ref.asOf) : null;
    // The 시 must exist on the row's own date: a 구 name found only on the source's date (창원 구 rows for 2005,
    // before the 2010 통합) must not put an older unit's figure on today's 시.
    const up = city === null ? lookup : deps.resolveRegion(city, [date]);
    const found = up.ok ? Object.freeze({ written, ...up.ref }) : up;
    return Object.freeze({ written, found, alias, ids: [] });
  }

  // The region columns' positions, found again only when the header (so `index`) changes.
  let positionsOf: ((name: string) => number) | null = null;
  let sidoAt = -1;
  let nameAt = -1;

  function region(cells: string[], period: string, index: (name: string) => number): RegionFound {
    if (index !== positionsOf) {
      positionsOf = index;
      sidoAt = d.region.columns ? index(d.region.columns[0]) : -1;
      nameAt = index(d.region.columns ? d.region.columns[1] : (d.region.column ?? ''));
    }
    const sido = d.region.columns ? (cells[sidoAt] ?? '').trim() : '';
    const name = (cells[nameAt] ?? '').trim();
    const written = sido ? `${sido} ${name}` : name;
    const regions = regionsOf(period);
    let hit = regions.get(written);
    if (!hit) regions.set(written, (hit = resolve(written, sido, name, d.region.date ?? dayOf(period))));
    return hit;
  }

  // The last day of the period, worked out again only when the period changes (a period names many regions).
  let dayPeriod: string | null = null;
  let day = '';
  function dayOf(period: string): string {
    if (period !== dayPeriod) {
      dayPeriod = period;
      day = dateEnd(period);
    }
    return day;
  }

  /** Aliases that no row was read through: stale, so the build stops and says so. */
  function unused(): AliasSpec[] {
    return (d.region.aliases ?? []).filter((a) => !used.has(a.written));
  }

  return Object.assign(region, { unused });
}

/** The note of a record whose region was read through `region.aliases`: the notation stays as written. */
export function aliasNote(a: AliasSpec, ref: RegionRef): string {
  return `지역 이름 "${a.written}"을(를) 별칭으로 읽음: ${ref.fullName}(${ref.code}), ${a.from}부터 — ${a.reason} / region name "${a.written}" read as an alias of ${ref.fullName} (${ref.code}) from ${a.from}`;
}
