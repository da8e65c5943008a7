import type { RegionEntry } from '../../site/siteData.ts';
import { CHANGE_LABEL } from './regionFacts.ts';
import { regionPath } from './regionMaps.ts';

/** A 시군구 in the /regions/ list, with its 행정구 nested. */
export interface IndexUnit {
  identity: string;
  name: string;
  kind: string;
  path: string;
  children: Array<{ name: string; path: string }>;
}

/** One current 시도 and its current 시군구. */
export interface IndexSido {
  identity: string;
  name: string;
  path: string;
  units: IndexUnit[];
}

/** A unit that no longer exists, or an old code: what happened, when, and where to go now. */
export interface ChangedUnit {
  name: string;
  code: string;
  path: string;
  date: string;
  change: string;
  now: Array<{ name: string; path: string }>;
}

/** The /regions/ page: current 시도 with their 시군구, then everything abolished or recoded. */
export interface RegionIndex {
  sidos: IndexSido[];
  abolished: ChangedUnit[];
  recoded: ChangedUnit[];
}

const short = (e: RegionEntry) => e.name.split(' ').at(-1) ?? e.name;

/** Groups identities for the /regions/ page; current units only in the 시도 lists, the rest in "바뀐 지역". */
export function regionIndex(regions: readonly RegionEntry[]): RegionIndex {
  const current = regions.filter((r) => r.status === 'current');
  const sidos = current
    .filter((r) => r.kind === '시도')
    .map((sido) => ({
      identity: sido.identity,
      name: sido.name,
      path: regionPath(sido.identity),
      units: current
        .filter((r) => r.sidoIdentity === sido.identity && r.kind !== '시도' && r.kind !== '행정구')
        .map((r) => ({
          identity: r.identity,
          name: r.name,
          kind: r.kind,
          path: regionPath(r.identity),
          children: current
            .filter((g) => g.kind === '행정구' && g.parentIdentity === r.identity)
            .map((g) => ({ name: short(g), path: regionPath(g.identity) })),
        })),
    }));
  const byIdentity = new Map(regions.map((r) => [r.identity, r]));
  const abolished = regions
    .filter((r) => r.status === 'abolished')
    .map((r) => {
      const successors = r.history.successors;
      return {
        name: r.fullName,
        code: r.identity,
        path: regionPath(r.identity),
        date: r.abolishedOn ?? '',
        change: [...new Set(successors.map((s) => CHANGE_LABEL[s.type]))].join('·') || '폐지',
        now: successors
          .filter((s) => byIdentity.has(s.identity))
          .map((s) => ({ name: s.fullName, path: regionPath(s.identity) })),
      };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.code.localeCompare(b.code));
  const recoded = regions
    .flatMap((r) =>
      r.legacyCodes.map((code) => {
        const old = r.history.chain.filter((c) => c.code === code).at(-1)!;
        const event = r.history.events.find((e) => e.oldCode === code);
        return {
          name: old.fullName,
          code,
          path: regionPath(code),
          date: event?.date ?? '',
          change: event ? CHANGE_LABEL[event.type] : '코드 변경',
          now: [{ name: r.fullName, path: regionPath(r.identity) }],
        };
      }),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.code.localeCompare(b.code));
  return { sidos, abolished, recoded };
}

/** Legacy codes that are not identities themselves: each gets a redirect page to its identity. */
export function redirectCodes(
  regions: readonly RegionEntry[],
): Array<{ code: string; identity: string; name: string }> {
  const identities = new Set(regions.map((r) => r.identity));
  return regions.flatMap((r) =>
    r.legacyCodes.filter((c) => !identities.has(c)).map((code) => ({ code, identity: r.identity, name: r.fullName })),
  );
}
