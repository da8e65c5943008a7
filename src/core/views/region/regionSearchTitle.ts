import type { RegionEntry } from '../../site/siteData.ts';

/**
 * A region page's title in search results, unique across the site: the full name (two 중구 differ by 시도), the date
 * an abolished unit ended, and "기초자치단체" where a unit has its 시도's name (세종특별자치시 is both).
 */
export function regionSearchTitle(entry: RegionEntry, regions: readonly RegionEntry[]): string {
  const base = entry.status === 'current' ? entry.fullName : `${entry.fullName} (${entry.abolishedOn}부터 없음)`;
  const parent = entry.parentIdentity ? regions.find((r) => r.identity === entry.parentIdentity) : undefined;
  return parent && parent.fullName === entry.fullName ? `${base} (기초자치단체)` : base;
}
