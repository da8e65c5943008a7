import { readCode } from './codeInput.ts';
import { rowAtVintage, territoryCheck } from './codeVintage.ts';
import { addDays, isIsoDate } from './dates.ts';
import { compactLabel } from './hangul.ts';
import { chainOf, currentUnit, identityOf, regionHistory, rowOf, unitOnDate } from './identity.ts';
import {
  ambiguousError,
  emptyError,
  notOnDateError,
  unknownError,
  type Fate,
  type ResolutionError,
} from './messages.ts';
import { findByName, findSido, keysOf, type NameMatch } from './nameIndex.ts';
import { suggest } from './suggest.ts';
import { NATIONAL, type Region, type RegionRegistry } from './types.ts';

export type { Candidate, ResolutionError, ResolutionErrorKind } from './messages.ts';

/** A successful resolution: the unit valid on the date, its stable identity and the identity's current unit. */
export interface ResolvedRegion {
  readonly ok: true;
  readonly input: string;
  readonly date: string;
  readonly code: string;
  readonly region: Region;
  readonly identity: string;
  /** The identity's open-ended unit; null when it was abolished without a 1:1 successor. */
  readonly current: Region | null;
  readonly matchedBy: 'code' | 'name' | 'alias';
}

/** Either one region, or an error saying precisely why not. */
export type Resolution = ResolvedRegion | { readonly ok: false; readonly error: ResolutionError };

/** Options for resolveRegion. */
export interface ResolveOptions {
  /** Restricts matches to one 시도 (name, short name or 2-digit code): the two-part form (강원, 고성군). */
  readonly sido?: string;
  /**
   * Date (YYYY-MM-DD) of the code list a 2-, 5- or 10-digit code input was keyed with: the code is read as valid that
   * day and its identity followed to the date (42150 as of 2022-12-31 → 51150 on 2024-01-01). Refused when the code
   * was not valid then ('not-at-vintage'), the identity ended or had not begun ('not-on-date') or its territory
   * changed in between ('territory-changed'). A 7-digit 지방재정365 code always uses its crosswalk row's as_of instead.
   */
  readonly codeVintage?: string;
}

/** ResolveOptions with the date in the same object: resolveRegion(registry, '42150', { date, codeVintage }). */
export interface ResolveAt extends ResolveOptions {
  readonly date: string;
}

const NATIONAL_KEYS = new Set(['전국', '대한민국', ...NATIONAL.aliases]);

/**
 * Resolves a region label or code as it stood on `date` (YYYY-MM-DD). Legacy codes and names follow 1:1 recodes;
 * splits, merges and renames are never followed silently but reported with their successors.
 */
export function resolveRegion(registry: RegionRegistry, input: string, at: ResolveAt): Resolution;
export function resolveRegion(
  registry: RegionRegistry,
  input: string,
  date: string,
  options?: ResolveOptions,
): Resolution;
export function resolveRegion(
  registry: RegionRegistry,
  input: string,
  dateOrAt: string | ResolveAt,
  extra: ResolveOptions = {},
): Resolution {
  const options: ResolveOptions = typeof dateOrAt === 'string' ? extra : dateOrAt;
  const date = typeof dateOrAt === 'string' ? dateOrAt : dateOrAt.date;
  for (const d of [date, options.codeVintage ?? '2000-01-01'])
    if (!isIsoDate(d)) throw new RangeError(`날짜는 YYYY-MM-DD 형식이어야 합니다 / date must be YYYY-MM-DD: "${d}"`);
  const fail = (error: ResolutionError): Resolution => ({ ok: false, error });
  const compact = compactLabel(input);
  if (compact === '') return fail(emptyError(input, date));
  if (NATIONAL_KEYS.has(compact)) return success(registry, input, date, NATIONAL, 'name');
  if (/^0{2,}$/.test(compact)) return success(registry, input, date, NATIONAL, 'code');

  let scope: ReadonlySet<string> | null = null;
  if (options.sido !== undefined) {
    scope = sidoScope(registry, options.sido);
    if (scope.size === 0) {
      return fail(
        unknownError(input, date, [], {
          ko: `시도 '${options.sido}'를 찾을 수 없습니다`,
          en: `unknown 시도 '${options.sido}' in the sido option`,
        }),
      );
    }
  }
  const inScope = (r: Region): boolean =>
    scope === null || chainOf(registry, identityOf(registry, r.code)).some((u) => scope.has(u.sidoCode));

  const reading = readCode(compact, registry.lofin);
  if (reading !== null) {
    if (!reading.ok) return fail(unknownError(input, date, [], reading));
    const rows = registry.byCode.get(reading.code);
    if (!rows || !inScope(rows[0] as Region)) {
      const where = scope === null ? '' : ` (시도 ${options.sido ?? ''})`;
      const whereEn = scope === null ? '' : ` within 시도 ${options.sido ?? ''}`;
      return fail(
        unknownError(input, date, [], {
          ko: `코드 ${reading.code}는 행정표준코드 목록(2010년 이후)에 없습니다${where}. 통계청(KOSTAT) 코드가 아닌지 확인하세요`,
          en: `code ${reading.code} is not in the 행정표준코드 registry (2010 onward)${whereEn}; check it is not a KOSTAT code`,
        }),
      );
    }
    const vintage = reading.vintage ?? options.codeVintage ?? null;
    const named =
      vintage === null
        ? (rowOf(registry, reading.code, date) as Region)
        : rowAtVintage(registry, input, date, reading.code, vintage);
    if ('candidates' in named) return fail(named);
    const result = decide(registry, input, date, [{ region: named, key: reading.code, by: 'name' }], true);
    const changed = result.ok && vintage !== null ? territoryCheck(registry, input, date, named, vintage) : null;
    return changed === null ? result : fail(changed);
  }

  for (const variant of variants(compact)) {
    const matches = findByName(registry, variant).filter((m) => inScope(m.region));
    if (matches.length > 0) return decide(registry, input, date, matches, false);
  }
  return fail(unknownError(input, date, suggest(registry, compact, date, inScope)));
}

function success(
  registry: RegionRegistry,
  input: string,
  date: string,
  region: Region,
  matchedBy: ResolvedRegion['matchedBy'],
): ResolvedRegion {
  const identity = identityOf(registry, region.code);
  const current = identity === NATIONAL.code ? NATIONAL : currentUnit(registry, identity);
  return { ok: true, input, date, code: region.code, region, identity, current, matchedBy };
}

// Spellings tried in turn: as written, without a bracketed note ("미추홀구(남구)"), without an office suffix ("강동구청").
function variants(compact: string): string[] {
  const out = [compact];
  const unbracketed = compact.replace(/\([^)]*\)/g, '');
  if (unbracketed !== compact && unbracketed !== '') out.push(unbracketed);
  for (const v of [...out]) if (/[시군구도]청$/.test(v)) out.push(v.slice(0, -1));
  return out;
}

function sidoScope(registry: RegionRegistry, sido: string): ReadonlySet<string> {
  const compact = compactLabel(sido);
  const reading = readCode(compact, registry.lofin);
  if (reading !== null) {
    if (!reading.ok) return new Set();
    return new Set(registry.byCode.get(reading.code)?.[0]?.kind === '시도' ? [reading.code] : []);
  }
  return new Set(findSido(registry, compact).map((m) => m.region.code));
}

function decide(
  registry: RegionRegistry,
  input: string,
  date: string,
  matches: readonly NameMatch[],
  byCode: boolean,
): Resolution {
  const accepted = new Map<string, { region: Region; by: 'name' | 'alias' }>();
  const rejected = new Map<string, { named: Region; onDate: Region | null }>();
  for (const m of matches) {
    const identity = identityOf(registry, m.region.code);
    const onDate = unitOnDate(registry, identity, date);
    // A 시군구 name only carries over to the unit valid on the date when that unit still answers to it (인천 남구 is
    // not 미추홀구); 시도 names have no such collisions, so 강원특별자치도 also finds 강원도 before 2023-06-11.
    const carries = byCode || m.region.kind === '시도' || (onDate !== null && keysOf(registry, onDate).has(m.key));
    if (onDate !== null && carries) {
      const prior = accepted.get(identity);
      if (!prior || (prior.by === 'alias' && m.by === 'name')) accepted.set(identity, { region: onDate, by: m.by });
    } else if (!rejected.has(identity)) {
      rejected.set(identity, { named: m.region, onDate });
    }
  }
  for (const identity of accepted.keys()) rejected.delete(identity);
  // 세종 is one government with two codes; its 시군구-level code 36110 is the unit data attach to.
  for (const [identity, a] of accepted) {
    const sameTerritory = [...accepted.values()].some(
      (b) => b.region.kind === '특별자치시' && b.region.sidoCode === a.region.code,
    );
    if (a.region.kind === '시도' && sameTerritory) accepted.delete(identity);
  }
  // Feeds keep sending abolished 시도 labels (광주광역시 after 2026-07), so such a label stays a competing reading.
  const legacySido =
    accepted.size === 0 ? [] : [...rejected.values()].filter((r) => r.named.kind === '시도' && r.onDate === null);

  const only = [...accepted.values()][0];
  if (accepted.size === 1 && legacySido.length === 0 && only) {
    return success(registry, input, date, only.region, byCode ? 'code' : only.by);
  }
  if (accepted.size > 0) {
    const regions = [...[...accepted.values()].map((a) => a.region), ...legacySido.map((r) => r.named)];
    regions.sort((a, b) => a.code.localeCompare(b.code));
    return { ok: false, error: ambiguousError(input, date, regions) };
  }
  const fates = [...rejected.entries()].map(([identity, r]) => fateOf(registry, identity, r.named, r.onDate, date));
  return { ok: false, error: notOnDateError(input, date, fates) };
}

function fateOf(registry: RegionRegistry, identity: string, named: Region, onDate: Region | null, date: string): Fate {
  if (onDate !== null) return { kind: 'renamed', named, onDate };
  const chain = chainOf(registry, identity);
  const history = regionHistory(registry, identity);
  const first = chain[0] as Region;
  const last = chain.at(-1) as Region;
  if (first.validFrom !== null && date < first.validFrom) {
    const start = first.validFrom;
    const links = history.predecessors
      .filter((l) => l.date === start)
      .map((l) => ({ region: rowOf(registry, l.code, addDays(start, -1)) ?? first, type: l.type }));
    return { kind: 'not-yet', named: first, links };
  }
  const end = addDays(last.validTo ?? date, 1);
  const links = history.successors
    .filter((l) => l.date === end)
    .map((l) => ({ region: rowOf(registry, l.code, end) ?? last, type: l.type }));
  return { kind: 'ended', named: last, links };
}
