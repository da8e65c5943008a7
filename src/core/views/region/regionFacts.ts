import type { ChangeType } from '../../domain/regions/types.ts';
import type { RegionEntry } from '../../site/siteData.ts';
import { regionPath } from './regionMaps.ts';

/** Korean words for the kinds of change recorded in the registry. */
export const CHANGE_LABEL: Readonly<Record<ChangeType, string>> = {
  recode: '코드 변경',
  rename: '이름 변경',
  merge: '통합',
  split: '분할',
  move: '소속 변경',
  create: '신설',
  abolish: '폐지',
  boundary: '경계 변경',
};

/** One code of an identity with its validity, for the "코드" table. */
export interface CodeRow {
  code: string;
  fullName: string;
  kind: string;
  from: string;
  to: string;
}

/** A neighbour across a change, ready to render as a link. */
export interface LinkRow {
  name: string;
  path: string | null;
  date: string;
  change: string;
  note: string;
  sourceUrl: string | null;
}

/** What a region page says about the unit itself, whether or not any figure was collected. */
export interface RegionFacts {
  status: string;
  codes: CodeRow[];
  sido: { name: string; path: string } | null;
  parent: { name: string; path: string } | null;
  children: Array<{ name: string; path: string; status: string }>;
  predecessors: LinkRow[];
  successors: LinkRow[];
  /** Every recorded change touching the unit, oldest first (1:1 recodes included). */
  events: Array<{ date: string; change: string; from: string; to: string; note: string; sourceUrl: string | null }>;
  keywords: string[];
}

/** Only http(s) links from the registry reach an href. */
const webUrl = (url: string | undefined) => (url && /^https?:\/\//.test(url) ? url : null);

const link = (byIdentity: ReadonlyMap<string, RegionEntry>, identity: string | null) => {
  const e = identity ? byIdentity.get(identity) : undefined;
  return e ? { name: e.fullName, path: regionPath(e.identity) } : null;
};

/** Search keywords: every name and full name of the chain, registry aliases, and short forms (여수, 전남 여수시). */
export function regionKeywords(
  entry: RegionEntry,
  byIdentity: ReadonlyMap<string, RegionEntry>,
  sidoByCode: ReadonlyMap<string, RegionEntry>,
): string[] {
  const words: string[] = [];
  for (const row of entry.history.chain) {
    words.push(row.name, row.fullName, ...row.aliases);
    // 여수시 → 여수, 달서구 → 달서; one-syllable stems (중구 → 중) are too short to search for.
    const stem = row.name
      .split(' ')
      .at(-1)!
      .replace(/(특별자치시|특별자치도|특별시|광역시|시|군|구|도)$/, '');
    if (stem.length >= 2 && row.kind !== '시도') words.push(stem);
    const sido = sidoByCode.get(row.sidoCode);
    if (sido && row.kind !== '시도') {
      const sidoRow = sido.history.chain.find((r) => r.code === row.sidoCode);
      // The 시도's official name and its usual short form (전남 여수시); rarer aliases would only add noise.
      for (const short of [sido.name, ...(sidoRow?.aliases ?? []).slice(0, 1)]) words.push(`${short} ${row.name}`);
    }
  }
  const parent = entry.parentIdentity ? byIdentity.get(entry.parentIdentity) : undefined;
  if (entry.kind === '행정구' && parent) words.push(`${parent.name} ${entry.name.split(' ').at(-1)}`);
  return [...new Set(words.map((w) => w.trim()).filter((w) => w !== '' && w !== entry.name))];
}

/** The facts block of a region page: codes with dates, parents, 행정구/시군구 children, predecessors and successors. */
export function regionFacts(entry: RegionEntry, regions: readonly RegionEntry[]): RegionFacts {
  const byIdentity = new Map(regions.map((r) => [r.identity, r]));
  const sidoByCode = new Map<string, RegionEntry>();
  for (const r of regions) if (r.kind === '시도') for (const row of r.history.chain) sidoByCode.set(row.code, r);
  const eventOf = (code: string, date: string) =>
    entry.history.events.find((e) => e.date === date && (e.oldCode === code || e.newCode === code));
  const toRow = (l: RegionEntry['history']['predecessors'][number]): LinkRow => {
    const event = eventOf(l.code, l.date);
    return {
      name: l.fullName,
      path: byIdentity.has(l.identity) ? regionPath(l.identity) : null,
      date: l.date,
      change: CHANGE_LABEL[l.type],
      note: event?.note ?? '',
      sourceUrl: webUrl(event?.sourceUrl),
    };
  };
  const children = regions
    .filter((r) => r.parentIdentity === entry.identity && r.identity !== entry.identity)
    .sort(
      (a, b) => Number(a.status !== 'current') - Number(b.status !== 'current') || a.identity.localeCompare(b.identity),
    )
    .map((r) => ({
      name: r.name,
      path: regionPath(r.identity),
      status: r.status === 'current' ? '' : `${r.abolishedOn} 폐지`,
    }));
  return {
    status: entry.status === 'current' ? '현재 있는 지역' : `${entry.abolishedOn}부터 없는 지역`,
    codes: entry.history.chain.map((r) => ({
      code: r.code,
      fullName: r.fullName,
      kind: r.kind,
      from: r.validFrom ?? '이전부터',
      to: r.validTo ?? '현재',
    })),
    sido: entry.kind === '시도' ? null : link(byIdentity, entry.sidoIdentity),
    parent: entry.kind === '행정구' ? link(byIdentity, entry.parentIdentity) : null,
    children,
    predecessors: entry.history.predecessors.map(toRow),
    successors: entry.history.successors.map(toRow),
    events: [...entry.history.events]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((e) => ({
        date: e.date,
        change: CHANGE_LABEL[e.type],
        from: e.oldCode ?? '—',
        to: e.newCode ?? '—',
        note: e.note,
        sourceUrl: webUrl(e.sourceUrl),
      })),
    keywords: regionKeywords(entry, byIdentity, sidoByCode),
  };
}
