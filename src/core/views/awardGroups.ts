import { codeUnitOrder } from '../domain/text/textOrder.ts';
import type { AwardRecord, Quantity } from '../domain/dataset/types.ts';
import { wordingKey } from '../domain/text/wordingKey.ts';
import type { ChartDatum } from '../present/charts/chartModel.ts';
import { routes } from '../site/routes.ts';

export { wordingKey } from '../domain/text/wordingKey.ts';

// One award = one record here, however many sources report it. Press releases and news stories often report the same
// award; counting reports instead of awards inflated every map, count and filter. Every view counts these groups.

/** How one source worded the award. */
export interface AwardWording {
  id: string;
  source: string;
  category: string | null;
  grade: string;
}

/** One award, with every record (and so every source) that reports it. */
export interface DistinctAward {
  /** Grouping key: evaluation, year, region identity, category and grade (compared by wordingKey). */
  key: string;
  /** The first record by id: its region, year and evaluation are the group's (they are equal across the group). */
  award: AwardRecord;
  /** Every record stating it, by id. */
  records: AwardRecord[];
  ids: string[];
  /** Distinct source ids, sorted. */
  sources: string[];
  /** The canonical category name: the wording most sources use across the awards grouped together (ties: first). */
  category: string | null;
  /** Each record's own wording, by id; `variants` says whether they differ from the canonical name. */
  wordings: AwardWording[];
  variants: boolean;
  /** The first stated prize by record id (sources that omit the prize do not contradict one that states it). */
  prize: Quantity | null;
}

/** Grouping key of an award record. */
export function awardKey(a: AwardRecord): string {
  return [a.evaluation, a.year, a.region.identity, wordingKey(a.category), wordingKey(a.grade)].join('\u0000');
}

/** Canonical name per category key: the most used wording among the records, ties to the first in code order. */
export function canonicalCategories(awards: readonly AwardRecord[]): Map<string, string> {
  const uses = new Map<string, Map<string, number>>();
  for (const a of awards) {
    if (a.category === null) continue;
    const k = wordingKey(a.category);
    const m = uses.get(k) ?? new Map<string, number>();
    m.set(a.category, (m.get(a.category) ?? 0) + 1);
    uses.set(k, m);
  }
  const out = new Map<string, string>();
  for (const [k, m] of uses) out.set(k, [...m.entries()].sort(([a, x], [b, y]) => y - x || codeUnitOrder(a, b))[0]![0]);
  return out;
}

/** Groups the records of the same award reported by several sources; every input record lands in exactly one group. */
export function distinctAwards(awards: readonly AwardRecord[]): DistinctAward[] {
  const names = canonicalCategories(awards);
  const groups = new Map<string, AwardRecord[]>();
  for (const a of [...awards].sort((x, y) => codeUnitOrder(x.id, y.id))) {
    const key = awardKey(a);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.entries()].map(([key, records]) => {
    const first = records[0]!;
    const category = first.category === null ? null : (names.get(wordingKey(first.category)) ?? first.category);
    const wordings = records.map((r) => ({ id: r.id, source: r.source, category: r.category, grade: r.grade }));
    return {
      key,
      award: first,
      records,
      ids: records.map((a) => a.id),
      sources: [...new Set(records.map((a) => a.source))].sort(),
      category,
      wordings,
      variants: wordings.some((w) => w.category !== category || w.grade !== first.grade),
      prize: records.find((r) => r.prize !== null)?.prize ?? null,
    };
  });
}

const cache = new WeakMap<readonly AwardRecord[], DistinctAward[]>();

/** distinctAwards of the whole dataset, built once per awards array and shared by every page and chart. */
export function awardGroups(awards: readonly AwardRecord[]): DistinctAward[] {
  let hit = cache.get(awards);
  if (!hit) {
    hit = distinctAwards(awards);
    cache.set(awards, hit);
  }
  return hit;
}

/** The groups of the dataset that pass a test (canonical names stay those of the whole dataset). */
export function awardGroupsWhere(awards: readonly AwardRecord[], keep: (g: DistinctAward) => boolean): DistinctAward[] {
  return awardGroups(awards).filter(keep);
}

/** The canonical category followed by the other wordings sources used, so no source's words are lost on the page. */
export function categoryWithWordings(d: DistinctAward): string {
  const others = otherCategoryWordings(d);
  const base = d.category ?? '';
  return others.length ? `${base} (다른 표기: ${others.join(' · ')})` : base;
}

/** The other ways sources wrote the award's category (spacing, punctuation), in first-seen order; empty when none. */
export function otherCategoryWordings(d: DistinctAward): string[] {
  return [...new Set(d.wordings.map((w) => w.category ?? ''))].filter((c) => c !== '' && c !== d.category);
}

/** The grades as sources wrote them, joined when they differ only in spacing or punctuation. */
export function gradeWordings(d: DistinctAward): string {
  return [...new Set(d.wordings.map((w) => w.grade))].join(' · ');
}

/** One award as a tidy value: the grade as published is the value, the canonical category its basis. */
export function awardDatum(d: DistinctAward): ChartDatum {
  const a = d.award;
  return {
    regionCode: a.region.identity,
    regionName: a.region.fullName,
    periodStart: `${a.year}-01-01`,
    periodEnd: `${a.year}-12-31`,
    measure: `award:${a.evaluation}`,
    value: gradeWordings(d),
    unit: '',
    basis: d.category ?? '',
    written: null,
    sourceIds: d.sources,
    link: routes.record(a.source, a.id),
  };
}
