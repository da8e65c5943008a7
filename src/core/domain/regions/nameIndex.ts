import { compactLabel } from './hangul.ts';
import type { Region, RegionRegistry } from './types.ts';

/** A registry row whose lookup keys include the (compacted) input, and whether that key is an official name. */
export interface NameMatch {
  readonly region: Region;
  readonly key: string;
  readonly by: 'name' | 'alias';
}

interface NameIndex {
  readonly all: ReadonlyMap<string, readonly NameMatch[]>;
  readonly sido: ReadonlyMap<string, readonly NameMatch[]>;
  readonly keys: ReadonlyMap<Region, ReadonlySet<string>>;
}

const cache = new WeakMap<RegionRegistry, NameIndex>();

// "여수시" → "여수", "달서구" → "달서"; one-syllable stems (중, 동, 남) would collide with everything, so they are not keys.
function stem(name: string): string | null {
  return /[시군구]$/.test(name) && name.length >= 3 ? name.slice(0, -1) : null;
}

function keysFor(region: Region, parentName: string | null): Array<{ key: string; by: 'name' | 'alias' }> {
  const out: Array<{ key: string; by: 'name' | 'alias' }> = [];
  const add = (text: string | null, by: 'name' | 'alias'): void => {
    if (text !== null && text !== '') out.push({ key: compactLabel(text), by });
  };
  add(region.name, 'name');
  add(region.fullName, 'name');
  for (const alias of region.aliases) add(alias, 'alias');
  if (region.kind === '시도') return out;
  // 행정구 names are written "수원시 장안구"; the 구's own name is the last word.
  const own = region.kind === '행정구' ? (region.name.split(' ').at(-1) ?? region.name) : region.name;
  add(own, 'name');
  add(stem(own), 'alias');
  if (region.kind === '행정구' && parentName !== null) {
    add(`${stem(parentName) ?? parentName}${own}`, 'alias');
  }
  return out;
}

function build(registry: RegionRegistry): NameIndex {
  const all = new Map<string, NameMatch[]>();
  const sido = new Map<string, NameMatch[]>();
  const keys = new Map<Region, Set<string>>();
  for (const region of registry.regions) {
    const parentName = region.parent === null ? null : (registry.byCode.get(region.parent)?.[0]?.name ?? null);
    const own = new Set<string>();
    for (const { key, by } of keysFor(region, parentName)) {
      if (own.has(key)) continue;
      own.add(key);
      const match = { region, key, by };
      all.set(key, [...(all.get(key) ?? []), match]);
      if (region.kind === '시도') sido.set(key, [...(sido.get(key) ?? []), match]);
    }
    keys.set(region, own);
  }
  return { all, sido, keys };
}

function indexOf(registry: RegionRegistry): NameIndex {
  const hit = cache.get(registry);
  if (hit) return hit;
  const index = build(registry);
  cache.set(registry, index);
  return index;
}

/** The compacted lookup keys of one registry row (names, aliases, stems, parent-prefixed 행정구 forms). */
export function keysOf(registry: RegionRegistry, region: Region): ReadonlySet<string> {
  return indexOf(registry).keys.get(region) ?? new Set();
}

/** 시도 rows (of any date) that a compacted label names, e.g. "전남" → 전라남도, "강원도" → 강원도 and 강원특별자치도. */
export function findSido(registry: RegionRegistry, compact: string): readonly NameMatch[] {
  return indexOf(registry).sido.get(compact) ?? [];
}

/**
 * Every row a compacted label can name on some date: the whole label as a key, and every split into a
 * 시도 prefix plus a key of a unit inside that 시도 ("서울종로구", "전남광주통합특별시여수시").
 */
export function findByName(registry: RegionRegistry, compact: string): NameMatch[] {
  const index = indexOf(registry);
  const found = new Map<string, NameMatch>();
  const keep = (m: NameMatch): void => {
    const id = `${m.region.code}|${m.region.validFrom ?? ''}|${m.key}`;
    const prior = found.get(id);
    if (!prior || (prior.by === 'alias' && m.by === 'name')) found.set(id, m);
  };
  for (const m of index.all.get(compact) ?? []) keep(m);
  for (let i = 2; i < compact.length; i++) {
    const prefixes = index.sido.get(compact.slice(0, i));
    if (!prefixes) continue;
    const rest = compact.slice(i);
    const sidoCodes = new Set(prefixes.map((p) => p.region.code));
    for (const m of index.all.get(rest) ?? []) {
      if (m.region.kind === '시도' || !sidoCodes.has(m.region.sidoCode)) continue;
      const prefixIsName = prefixes.some((p) => p.by === 'name' && p.region.code === m.region.sidoCode);
      keep({ region: m.region, key: rest, by: m.by === 'name' && prefixIsName ? 'name' : 'alias' });
    }
  }
  return [...found.values()];
}

/** Every (row, key) pair, for near-miss suggestions. */
export function allKeys(registry: RegionRegistry): ReadonlyMap<Region, ReadonlySet<string>> {
  return indexOf(registry).keys;
}
