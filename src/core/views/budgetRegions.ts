import { codeUnitOrder } from '../domain/text/textOrder.ts';
import type { BudgetRecord } from '../domain/dataset/types.ts';
import type { RegionEntry } from '../site/siteData.ts';
import { NATIONAL_IDENTITY } from './budgets.ts';

/** A region that has budget figures, with how many. */
export interface BudgetRegion {
  identity: string;
  name: string;
  label: string;
  count: number;
}

/**
 * A region's name made unique among others: `북구` becomes `부산 북구`, `광주 북구` — the 시도 taken from the
 * region's oldest code, so a 2015 광주 북구 series is not labelled with the 2026 merged 시도.
 */
export function regionLabel(entry: RegionEntry, byCode: ReadonlyMap<string, RegionEntry>, ambiguous: boolean): string {
  if (!ambiguous || entry.kind === '시도') return entry.name;
  const oldest = entry.legacyCodes[0] ?? entry.identity;
  const sido = byCode.get(oldest.slice(0, 2));
  const short = sido ? (sido.history.chain.at(-1)?.aliases[0] ?? sido.name) : '';
  return short ? `${short} ${entry.name}` : entry.name;
}

/** Labels for a set of identities, disambiguated where names repeat (and always for 자치구). */
export function regionLabels(identities: Iterable<string>, regions: readonly RegionEntry[]): Map<string, string> {
  const byIdentity = new Map(regions.map((r) => [r.identity, r]));
  const byCode = new Map<string, RegionEntry>();
  for (const r of regions) for (const c of r.legacyCodes) if (!byCode.has(c)) byCode.set(c, r);
  for (const r of regions) byCode.set(r.identity, r);
  const list = [...new Set(identities)];
  const names = list.map((i) => byIdentity.get(i)?.name ?? i);
  return new Map(
    list.map((identity, i) => {
      const entry = byIdentity.get(identity);
      // 자치구 names (중구, 북구 …) repeat across cities, so they always carry their 시도.
      const ambiguous = names.filter((n) => n === names[i]).length > 1 || entry?.kind === '자치구';
      return [identity, entry ? regionLabel(entry, byCode, ambiguous) : identity];
    }),
  );
}

/** Regions (not 전국) having budget figures, in code order; labels unique among them. */
export function budgetRegions(budgets: readonly BudgetRecord[], regions: readonly RegionEntry[]): BudgetRegion[] {
  const counts = new Map<string, number>();
  for (const b of budgets)
    if (b.region.identity !== NATIONAL_IDENTITY)
      counts.set(b.region.identity, (counts.get(b.region.identity) ?? 0) + 1);
  const labels = regionLabels(counts.keys(), regions);
  const byIdentity = new Map(regions.map((r) => [r.identity, r]));
  return [...counts.entries()]
    .map(([identity, count]) => ({
      identity,
      name: byIdentity.get(identity)?.name ?? identity,
      label: labels.get(identity) ?? identity,
      count,
    }))
    .sort((a, b) => codeUnitOrder(a.identity, b.identity));
}
