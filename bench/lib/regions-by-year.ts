import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegistry, resolveRegion, type Region, type RegionRegistry } from '../../src/core/domain/regions/index.ts';

/** A 자치단체 (or 행정시/세종) valid on 31 December of a year, with the ways agencies write its name. */
export interface UnitOfYear {
  code: string;
  sidoCode: string;
  sidoName: string;
  name: string;
  /** `전라남도 여수시` (press releases, evaluations). */
  full: string;
  /** `전남 여수시` (news articles), or `full` when the short form does not resolve. */
  short: string;
  /** `전남여수시` (지방재정365-style tables), or `full` when the compact form does not resolve. */
  compact: string;
}

const MUNICIPAL = new Set(['자치구', '시', '군', '특별자치시', '행정시']);

/** Reads the real registry from a data folder's regions/. */
export function loadRegistry(dataDir: string): RegionRegistry {
  const read = (name: string) => readFileSync(join(dataDir, 'regions', name), 'utf8');
  return parseRegistry(read('regions.csv'), read('changes.csv'));
}

/**
 * Every municipal unit valid on `<year>-12-31`, sorted by code. Each written form is checked against the real resolver
 * for that date, so generated data never fails on a name the generator made up.
 */
export function unitsOfYear(registry: RegionRegistry, year: number): UnitOfYear[] {
  const date = `${year}-12-31`;
  const valid = (r: Region) =>
    (r.validFrom === null || r.validFrom <= date) && (r.validTo === null || r.validTo >= date);
  const sidos = new Map(registry.regions.filter((r) => r.kind === '시도' && valid(r)).map((r) => [r.code, r]));
  const resolvesTo = (written: string, code: string) => {
    const r = resolveRegion(registry, written, date);
    return r.ok && r.code === code;
  };
  return registry.regions
    .filter((r) => MUNICIPAL.has(r.kind) && valid(r))
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((r) => {
      const sido = sidos.get(r.sidoCode);
      const abbr = sido?.aliases.find((a) => !a.endsWith('시') && !a.endsWith('도')) ?? sido?.aliases[0] ?? '';
      const short = r.kind === '특별자치시' ? r.fullName : `${abbr} ${r.name}`;
      const compact = short.replace(/ /g, '');
      return {
        code: r.code,
        sidoCode: r.sidoCode,
        sidoName: sido?.name ?? r.fullName,
        name: r.name,
        full: r.fullName,
        short: resolvesTo(short, r.code) ? short : r.fullName,
        compact: resolvesTo(compact, r.code) ? compact : r.fullName,
      };
    })
    .filter((u) => resolvesTo(u.full, u.code));
}
