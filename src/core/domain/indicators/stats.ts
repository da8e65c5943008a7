import type { RegionEntry } from '../../site/siteData.ts';
import { basicUnitsOn, peerGroupOf, type PeerGroup } from './units.ts';
import type { IndicatorValue } from './values.ts';

/** A region's place among the 기초자치단체 of one year, highest value first; ties share the better rank. */
export interface Ranked {
  identity: string;
  value: number;
  rank: number;
  tied: boolean;
  sidoCode: string;
  peer: PeerGroup;
}

export interface YearSummary {
  year: number;
  /** The reference date the units are taken on (the latest date among the year's values). */
  date: string;
  /** 기초자치단체 that existed on `date`. */
  units: number;
  ranked: Ranked[];
  /** The same places by identity. */
  rankOf: Map<string, Ranked>;
  median: number | null;
  sidoMedian: Map<string, number>;
  peerMedian: Map<PeerGroup, number>;
}

/** Median of numbers (mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function medians<K>(items: readonly Ranked[], key: (r: Ranked) => K): Map<K, number> {
  const groups = new Map<K, number[]>();
  for (const r of items) groups.set(key(r), [...(groups.get(key(r)) ?? []), r.value]);
  return new Map([...groups].map(([k, v]) => [k, median(v)!]));
}

/**
 * Ranks and medians of one indicator-year over the 기초자치단체 that existed on its reference date. Values of
 * 행정시·행정구 and of units that did not exist then are left out of ranks and medians (their pages still show them).
 */
export function summariseYear(
  values: readonly IndicatorValue[],
  regions: readonly RegionEntry[],
  year: number,
): YearSummary {
  const ofYear = values.filter((v) => v.year === year && v.value !== null);
  const date =
    ofYear
      .map((v) => v.date)
      .sort()
      .at(-1) ?? `${year}-12-31`;
  const units = new Map(basicUnitsOn(regions, date).map((u) => [u.identity, u]));
  const kept = ofYear.filter((v) => units.has(v.identity));
  const sorted = [...kept].sort((a, b) => b.value! - a.value! || a.identity.localeCompare(b.identity));
  // `sorted` is highest first, so a value's rank is one more than the index of its first equal.
  const firstAt = new Map<number, number>();
  const count = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!firstAt.has(v.value!)) firstAt.set(v.value!, i);
    count.set(v.value!, (count.get(v.value!) ?? 0) + 1);
  });
  const ranked: Ranked[] = sorted.map((v) => {
    const u = units.get(v.identity)!;
    return {
      identity: v.identity,
      value: v.value!,
      rank: firstAt.get(v.value!)! + 1,
      tied: count.get(v.value!)! > 1,
      sidoCode: u.sidoCode,
      peer: peerGroupOf(u.kind)!,
    };
  });
  return {
    year,
    date,
    units: units.size,
    ranked,
    rankOf: new Map(ranked.map((r) => [r.identity, r])),
    median: median(ranked.map((r) => r.value)),
    sidoMedian: medians(ranked, (r) => r.sidoCode),
    peerMedian: medians(ranked, (r) => r.peer),
  };
}

/** "전국 226곳 중 12위 (2025년, 높은 순)", with 공동 for ties. */
export function rankText(r: Ranked, summary: YearSummary): string {
  return `전국 ${summary.ranked.length}곳 중 ${r.tied ? '공동 ' : ''}${r.rank}위 (${summary.year}년, 높은 순)`;
}
