import { isStatistical } from '../domain/dataset/statistical.ts';
import type { BudgetRecord } from '../domain/dataset/types.ts';
import type { RegionEntry } from '../site/siteData.ts';

/** Identity of the national pseudo-region: its figures are context, never a series among regions. */
export const NATIONAL_IDENTITY = '00';

/** Measures in the order pages show them: the two the site is about first. */
export const MEASURE_ORDER: readonly string[] = [
  'welfare-budget',
  'welfare-share',
  'total-budget',
  'welfare-per-capita',
  'welfare-budget-growth',
  'social-welfare-expenditure',
];

const ACCOUNT_SLUGS: Readonly<Record<string, string>> = {
  일반회계: 'general',
  '일반+특별회계': 'general-special',
  총계: 'gross',
  순계: 'net',
};
const STAGE_SLUGS: Readonly<Record<string, string>> = {
  예산안: 'proposed',
  당초: 'original',
  추경: 'supplementary',
  최종: 'final',
  결산: 'settlement',
};
const STAGE_WORDS: Readonly<Record<string, string>> = {
  예산안: '예산안',
  당초: '당초예산',
  추경: '추경예산',
  최종: '최종예산',
  결산: '결산',
};

const ko = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** URL-safe name of a basis: `general-original`, `general`, `original`, or `basis-unstated` when neither is stated. */
export function basisSlug(account: string | null, stage: string | null): string {
  // Unknown words (the data build admits only the listed ones) still get a distinct, stable slug.
  const acc =
    account === null
      ? null
      : (ACCOUNT_SLUGS[account] ?? `account-${[...account].map((c) => c.codePointAt(0)!.toString(16)).join('')}`);
  const stg =
    stage === null
      ? null
      : (STAGE_SLUGS[stage] ?? `stage-${[...stage].map((c) => c.codePointAt(0)!.toString(16)).join('')}`);
  return [acc, stg].filter(Boolean).join('-') || 'basis-unstated';
}

/** The basis as a chart subtitle says it: `일반회계 당초예산 기준`, `당초예산 기준 · 회계 기준 미기재` … */
export function basisLabel(account: string | null, stage: string | null): string {
  const stageWord = stage === null ? null : (STAGE_WORDS[stage] ?? stage);
  if (account && stageWord) return `${account} ${stageWord} 기준`;
  if (account) return `${account} 기준 · 예산 단계 미기재`;
  if (stageWord) return `${stageWord} 기준 · 회계 기준 미기재`;
  return '회계 기준 미기재 · 예산 단계 미기재';
}

/** Figures that may share one axis: same measure, same account, same stage (null counts as its own basis). */
export interface BudgetGroup {
  measure: string;
  account: string | null;
  stage: string | null;
  slug: string;
  label: string;
  records: BudgetRecord[];
}

function measureIndex(measure: string): number {
  const i = MEASURE_ORDER.indexOf(measure);
  return i === -1 ? MEASURE_ORDER.length : i;
}

/** Dated figures with a measure, grouped by basis; measures in MEASURE_ORDER, stated bases before unstated ones. */
export function budgetGroups(budgets: readonly BudgetRecord[]): BudgetGroup[] {
  const groups = new Map<string, BudgetGroup>();
  for (const b of budgets) {
    if (b.measure === null || b.fiscalYear === null) continue;
    const key = [b.measure, b.account ?? '', b.stage ?? ''].join('\u0000');
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = {
          measure: b.measure,
          account: b.account,
          stage: b.stage,
          slug: basisSlug(b.account, b.stage),
          label: basisLabel(b.account, b.stage),
          records: [],
        }),
      );
    g.records.push(b);
  }
  return [...groups.values()].sort(
    (a, b) =>
      measureIndex(a.measure) - measureIndex(b.measure) ||
      ko(a.measure, b.measure) ||
      Number(a.account === null) - Number(b.account === null) ||
      Number(a.stage === null) - Number(b.stage === null) ||
      ko(a.slug, b.slug),
  );
}

/** One drawn point: a value stated for a year, with every record that states it. */
export interface BudgetPoint {
  year: number;
  value: number;
  display: string;
  records: BudgetRecord[];
  /** Another value was stated for the same year (on the same basis): shown side by side, never joined by a line. */
  conflicted: boolean;
}

/** One region's points in a group: years ascending; one point per distinct value in a year. */
export interface BudgetSeries {
  identity: string;
  points: BudgetPoint[];
  years: number[];
}

/** The points of one region's records: equal values of a year merge, different ones stay apart as a conflict. */
export function seriesPoints(records: readonly BudgetRecord[]): BudgetPoint[] {
  const byYear = new Map<number, Map<number, BudgetRecord[]>>();
  for (const r of [...records].sort((a, b) => ko(a.id, b.id))) {
    if (r.fiscalYear === null) continue;
    const values = byYear.get(r.fiscalYear) ?? new Map<number, BudgetRecord[]>();
    values.set(r.quantity.value, [...(values.get(r.quantity.value) ?? []), r]);
    byYear.set(r.fiscalYear, values);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([year, values]) =>
      [...values.entries()]
        .sort(([a], [b]) => b - a)
        .map(([value, list]) => ({
          year,
          value,
          display: list[0]!.quantity.display,
          records: list,
          conflicted: values.size > 1,
        })),
    );
}

/** Series of a group per region (national figures left out), only where a region has at least two years. */
export function chartableSeries(group: BudgetGroup): BudgetSeries[] {
  const byRegion = new Map<string, BudgetRecord[]>();
  for (const r of group.records) {
    if (r.region.identity === NATIONAL_IDENTITY) continue;
    byRegion.set(r.region.identity, [...(byRegion.get(r.region.identity) ?? []), r]);
  }
  return [...byRegion.entries()]
    .map(([identity, records]) => {
      const points = seriesPoints(records);
      return { identity, points, years: [...new Set(points.map((p) => p.year))] };
    })
    .filter((s) => s.years.length >= 2)
    .sort((a, b) => ko(a.identity, b.identity));
}

/** Chart id for one region's series in a group; the region pages embed charts by this id. */
export function budgetChartId(identity: string, group: Pick<BudgetGroup, 'measure' | 'slug'>): string {
  return `budget-${identity}-${group.measure}-${group.slug}`;
}

/** Chart id for a group's regions side by side on /budgets/. */
export function overviewChartId(group: Pick<BudgetGroup, 'measure' | 'slug'>): string {
  return `budget-all-${group.measure}-${group.slug}`;
}

/** Ids of every record drawn in some region's chart. */
export function chartedIds(budgets: readonly BudgetRecord[]): Set<string> {
  return new Set(
    budgetGroups(budgets).flatMap((g) =>
      chartableSeries(g).flatMap((s) => s.points.flatMap((p) => p.records.map((r) => r.id))),
    ),
  );
}

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
    .sort((a, b) => ko(a.identity, b.identity));
}

/** Table order for budget figures: year (unknown last), measure, basis, value descending, id. */
export function compareBudgets(a: BudgetRecord, b: BudgetRecord): number {
  return (
    (a.fiscalYear ?? 9999) - (b.fiscalYear ?? 9999) ||
    measureIndex(a.measure ?? '\uffff') - measureIndex(b.measure ?? '\uffff') ||
    ko(a.measure ?? '\uffff', b.measure ?? '\uffff') ||
    ko(a.metric, b.metric) ||
    ko(basisSlug(a.account, a.stage), basisSlug(b.account, b.stage)) ||
    ko(a.id, b.id)
  );
}

/** Sets of figures that contradict each other (linked by conflictsWith, in either direction), each sorted. */
export function conflictSets(budgets: readonly BudgetRecord[]): BudgetRecord[][] {
  const byId = new Map(budgets.map((b) => [b.id, b]));
  const seen = new Set<string>();
  const sets: BudgetRecord[][] = [];
  const neighbours = new Map<string, Set<string>>();
  for (const b of budgets) {
    for (const other of b.conflictsWith) {
      if (!byId.has(other)) continue;
      neighbours.set(b.id, (neighbours.get(b.id) ?? new Set()).add(other));
      neighbours.set(other, (neighbours.get(other) ?? new Set()).add(b.id));
    }
  }
  for (const b of [...budgets].sort(compareBudgets)) {
    if (seen.has(b.id) || !neighbours.has(b.id)) continue;
    const stack = [b.id];
    const members: BudgetRecord[] = [];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      members.push(byId.get(id)!);
      for (const n of neighbours.get(id) ?? []) stack.push(n);
    }
    sets.push(members.sort(compareBudgets));
  }
  return sets;
}

/**
 * Budgets this project collected by hand (press releases, reports), as opposed to rows of national published files:
 * the national files are charted and ranked as indicators (/indicators/), so /budgets/ charts and lists only these.
 */
export function handCollected(budgets: readonly BudgetRecord[]): BudgetRecord[] {
  return budgets.filter((b) => !isStatistical(b));
}
