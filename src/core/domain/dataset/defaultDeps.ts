import { formatAmount, formatQualified, parseAmount as parseFigure } from '../amount/index.ts';
import { plainWhole } from '../amount/plainFigure.ts';
import { resolveRegion } from '../regions/index.ts';
import { addDays } from '../regions/dates.ts';
import type { RegionRegistry } from '../regions/types.ts';
import type { AmountLookup, DatasetDeps, RegionLookup, ResolveHints } from './deps.ts';
import { memoByEpoch } from './regionEpochs.ts';
import { followVintage } from './followVintage.ts';

/** The dataset builder's dependencies, backed by the region registry and the Korean amount parser. */
export function createDatasetDeps(registry: RegionRegistry, asOf: string): DatasetDeps {
  // For undated rows: today, then the last day before each change in the registry, newest first.
  const eves = [...new Set(registry.changes.map((c) => addDays(c.date, -1)))]
    .filter((d) => d < asOf)
    .sort()
    .reverse();
  function parseAmount(written: string): AmountLookup {
    const r = parseFigure(written);
    if (r.ok) return { ok: true, value: r.value, unit: r.unit, approx: [...r.qualifiers], display: formatQualified(r) };
    return { ok: false, code: r.error.code, ko: r.error.ko, en: r.error.en };
  }
  function resolve(written: string, dates: readonly string[], hints: ResolveHints = {}): RegionLookup {
    if (hints.vintage) return followVintage(registry, written, hints.vintage, dates[0] ?? asOf);
    let first: RegionLookup | undefined;
    const undated = dates.length === 0;
    for (const date of undated ? [asOf, ...eves] : dates) {
      const r = resolveRegion(registry, written, date, hints.sido ? { sido: hints.sido } : {});
      if (r.ok) {
        return {
          ok: true,
          ref: { code: r.code, identity: r.identity, name: r.region.name, fullName: r.region.fullName, asOf: date },
        };
      }
      // Names are tried on the date of writing first; only "did not exist then" is worth retrying on another date.
      first ??= {
        ok: false,
        kind: r.error.kind,
        ko: r.error.ko,
        en: r.error.en,
        candidates: r.error.candidates.map((c) => `${c.fullName} (${c.code})`),
      };
      if (r.error.kind !== 'not-on-date' && !(undated && r.error.kind === 'unknown')) break;
    }
    return (
      first ?? { ok: false, kind: 'empty', ko: '지역이 비어 있습니다.', en: 'The region is empty.', candidates: [] }
    );
  }
  return {
    resolveRegion: memoByEpoch(registry, resolve),
    cityOf(code, date) {
      const r = registry.byCode
        .get(code)
        ?.find((u) => (u.validFrom ?? '') <= date && (u.validTo === null || date <= u.validTo));
      return r?.kind === '행정구' ? r.parent : null;
    },
    parseAmount,
    parseCell(bare, unit) {
      const whole = plainWhole(bare, unit);
      if (whole === null) return parseAmount(`${bare.includes(',') ? bare.replace(/,/g, '') : bare}${unit}`);
      return {
        ok: true,
        value: whole.value,
        unit: whole.unit,
        approx: [],
        display: formatAmount(whole.value, whole.unit),
      };
    },
  };
}
