import { resolveRegion } from '../regions/index.ts';
import { unitOnDate } from '../regions/identity.ts';
import type { RegionRegistry } from '../regions/types.ts';
import type { RegionLookup } from './deps.ts';

/**
 * A code from a code list of one date (a boundary file used for every year of a panel) means the unit that bore it
 * on that date. Its identity is followed to the row's date; a unit that did not exist then is reported, not guessed.
 */
export function followVintage(registry: RegionRegistry, written: string, vintage: string, date: string): RegionLookup {
  const r = resolveRegion(registry, written, vintage);
  if (!r.ok)
    return {
      ok: false,
      kind: r.error.kind,
      ko: `${r.error.ko} (코드 기준일 ${vintage})`,
      en: `${r.error.en} (code list of ${vintage})`,
      candidates: r.error.candidates.map((c) => `${c.fullName} (${c.code})`),
    };
  const unit = unitOnDate(registry, r.identity, date);
  if (!unit)
    return {
      ok: false,
      kind: 'not-on-date',
      ko: `${vintage} 기준 코드 ${written}(${r.region.fullName})의 단위가 ${date}에는 없었습니다.`,
      en: `Code ${written} of ${vintage} (${r.region.fullName}) names a unit that did not exist on ${date}.`,
      candidates: [],
    };
  return {
    ok: true,
    ref: { code: unit.code, identity: r.identity, name: unit.name, fullName: unit.fullName, asOf: date },
  };
}
