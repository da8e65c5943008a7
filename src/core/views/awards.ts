import { codeUnitOrder } from '../domain/text/textOrder.ts';
import type { AwardRecord, EvaluationRecord } from '../domain/dataset/types.ts';
import type { RegionEntry } from '../site/siteData.ts';
import { routes } from '../site/routes.ts';
import { awardGroups, type DistinctAward } from './awardGroups.ts';

export { distinctAwards, type DistinctAward } from './awardGroups.ts';
export { geometryPlace, placeAwards, type GeometryPlace, type PlacedAwards } from './awardPlaces.ts';

/** Grade classes, best first. Grades are published in many words; the class only orders and colours them. */
export type GradeClass = '대상' | '최우수' | '우수' | '장려' | '기타';

/** Every grade class, best first. */
export const GRADE_CLASSES: readonly GradeClass[] = ['대상', '최우수', '우수', '장려', '기타'];

/** Okabe–Ito colours: they stay apart for the common colour-vision deficiencies, on light and dark pages. */
export const GRADE_COLORS: Readonly<Record<GradeClass, string>> = {
  대상: '#D55E00',
  최우수: '#E69F00',
  우수: '#0072B2',
  장려: '#009E73',
  기타: '#8C8C8C',
};

/** Plot symbols per class, so the grade reads without colour too. */
export const GRADE_SYMBOLS: Readonly<Record<GradeClass, string>> = {
  대상: 'star',
  최우수: 'diamond',
  우수: 'circle',
  장려: 'square',
  기타: 'triangle',
};

/** The class of a grade as published: 최우수상/최우수기관 → 최우수, 우수 지자체 → 우수, 특별상 → 기타. */
export function gradeClass(grade: string): GradeClass {
  const g = grade.trim();
  // Prefix order matters: 최우수 must be tested before 우수 would be (it does not start with 우수, but be explicit).
  if (g.startsWith('대상')) return '대상';
  if (g.startsWith('최우수')) return '최우수';
  if (g.startsWith('우수')) return '우수';
  if (g.startsWith('장려')) return '장려';
  return '기타';
}

/** 5 for 대상 down to 1 for 기타: higher is better. */
export function gradeRank(grade: string): number {
  return GRADE_CLASSES.length - GRADE_CLASSES.indexOf(gradeClass(grade));
}

/** code (current or legacy) → region entry; an identity's own code wins over someone's legacy code. */
export function regionsByCode(regions: readonly RegionEntry[]): Map<string, RegionEntry> {
  const map = new Map<string, RegionEntry>();
  for (const r of regions) for (const c of r.legacyCodes) if (!map.has(c)) map.set(c, r);
  for (const r of regions) map.set(r.identity, r);
  return map;
}

/** Short name of a 시도 (서울, 전남 …) from the registry's first alias, else its name. */
export function sidoShortName(entry: RegionEntry): string {
  return entry.history.chain.at(-1)?.aliases[0] ?? entry.name;
}

/** A 시도 the awards are grouped by. */
export interface SidoRef {
  identity: string;
  name: string;
  short: string;
}

/**
 * The 시도 of an award as it was when awarded: the first two digits of the code resolved for the award's date,
 * followed to their identity (전라북도 45 → 52). A 2023 영광군 award is a 전라남도 award, not a 2026 전남광주 one.
 */
export function sidoOfAward(award: Pick<AwardRecord, 'region'>, byCode: ReadonlyMap<string, RegionEntry>): SidoRef {
  const code = award.region.code.slice(0, 2);
  const entry = byCode.get(code) ?? byCode.get(byCode.get(award.region.identity)?.sidoIdentity ?? '');
  if (!entry) return { identity: code, name: code === '00' ? '전국' : code, short: code === '00' ? '전국' : code };
  return { identity: entry.identity, name: entry.name, short: sidoShortName(entry) };
}

/** One table row of the explorer: the award and what the page and the filter need to know about it. */
export interface AwardRow {
  /** The group's first record (region, year and evaluation are the group's). */
  award: AwardRecord;
  /** The award with every record and source that reports it. */
  group: DistinctAward;
  evaluationName: string;
  gradeClass: GradeClass;
  sido: SidoRef;
  /** `/regions/<identity>/`, or null when the region has no page. */
  regionPath: string | null;
}

/** Explorer order: newest year first, then evaluation, category (as published), best grade, region, id. */
export function compareAwardRows(a: AwardRow, b: AwardRow): number {
  return (
    b.award.year - a.award.year ||
    codeUnitOrder(a.evaluationName, b.evaluationName) ||
    codeUnitOrder(a.group.category ?? '\uffff', b.group.category ?? '\uffff') ||
    gradeRank(b.award.grade) - gradeRank(a.award.grade) ||
    codeUnitOrder(a.award.region.fullName, b.award.region.fullName) ||
    codeUnitOrder(a.award.id, b.award.id)
  );
}

/** Every award (not every report of it) as an explorer row, in explorer order. */
export function awardRows(
  awards: readonly AwardRecord[],
  evaluations: readonly EvaluationRecord[],
  regions: readonly RegionEntry[],
): AwardRow[] {
  const names = new Map(evaluations.map((e) => [e.id, e.name]));
  const byCode = regionsByCode(regions);
  const known = new Set(regions.map((r) => r.identity));
  return awardGroups(awards)
    .map((group) => ({
      award: group.award,
      group,
      evaluationName: names.get(group.award.evaluation) ?? group.award.evaluation,
      gradeClass: gradeClass(group.award.grade),
      sido: sidoOfAward(group.award, byCode),
      regionPath: known.has(group.award.region.identity) ? routes.region(group.award.region.identity) : null,
    }))
    .sort(compareAwardRows);
}

/** Rows of one year, for the table of that year. */
export interface AwardYear {
  year: number;
  rows: AwardRow[];
}

/** Rows in explorer order split into one run per year (newest first), for a table per year. */
export function awardsByYear(rows: readonly AwardRow[]): AwardYear[] {
  const years: AwardYear[] = [];
  for (const row of rows) {
    const last = years.at(-1);
    if (last?.year === row.award.year) last.rows.push(row);
    else years.push({ year: row.award.year, rows: [row] });
  }
  return years;
}

/** A value of one filter dimension with how many rows carry it. */
export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** The options of every filter dimension for a set of rows (years newest first, grades best first). */
export interface AwardFacets {
  year: FilterOption[];
  evaluation: FilterOption[];
  category: FilterOption[];
  grade: FilterOption[];
  sido: FilterOption[];
}

function tally(rows: readonly AwardRow[], key: (r: AwardRow) => [string, string] | null): Map<string, FilterOption> {
  const out = new Map<string, FilterOption>();
  for (const r of rows) {
    const kv = key(r);
    if (!kv) continue;
    const hit = out.get(kv[0]);
    if (hit) hit.count += 1;
    else out.set(kv[0], { value: kv[0], label: kv[1], count: 1 });
  }
  return out;
}

/** Filter options present in the rows, each with its count, in a stable reading order. */
export function awardFacets(rows: readonly AwardRow[]): AwardFacets {
  const byLabel = (a: FilterOption, b: FilterOption) => codeUnitOrder(a.label, b.label);
  return {
    year: [...tally(rows, (r) => [String(r.award.year), `${r.award.year}년`]).values()].sort(
      (a, b) => Number(b.value) - Number(a.value),
    ),
    evaluation: [...tally(rows, (r) => [r.award.evaluation, r.evaluationName]).values()].sort(
      (a, b) => b.count - a.count || codeUnitOrder(a.value, b.value),
    ),
    category: [
      ...tally(rows, (r) => (r.group.category === null ? null : [r.group.category, r.group.category])).values(),
    ].sort(byLabel),
    grade: [...tally(rows, (r) => [r.award.grade, r.award.grade]).values()].sort(
      (a, b) => gradeRank(b.value) - gradeRank(a.value) || byLabel(a, b),
    ),
    sido: [...tally(rows, (r) => [r.sido.identity, r.sido.name]).values()].sort((a, b) =>
      codeUnitOrder(a.value, b.value),
    ),
  };
}

/** The filter dimensions, in the order the filter bar shows them; also the URL query keys. */
export const FILTER_KEYS = ['year', 'evaluation', 'category', 'grade', 'sido'] as const;

/** One filter dimension. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Chosen values per dimension; a missing or empty value means "all". */
export type AwardFilter = Partial<Record<FilterKey, string>>;

/** The row's value in each dimension, as written into its data-* attributes. */
export function filterValues(row: AwardRow): Record<FilterKey, string> {
  return {
    year: String(row.award.year),
    evaluation: row.award.evaluation,
    category: row.group.category ?? '',
    grade: row.award.grade,
    sido: row.sido.identity,
  };
}

/** Whether a row passes every chosen dimension (exact match; categories are the canonical names). */
export function matchesFilter(values: Partial<Record<FilterKey, string>>, filter: AwardFilter): boolean {
  return FILTER_KEYS.every((k) => !filter[k] || values[k] === filter[k]);
}

/** Reads a filter from a URL query string (`?year=2018&grade=대상`); unknown keys are ignored. */
export function filterFromQuery(search: string): AwardFilter {
  const params = new URLSearchParams(search);
  const out: AwardFilter = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) out[k] = v;
  }
  return out;
}

/** The query string for a filter, keys in filter-bar order, empty values left out (`''` when nothing is chosen). */
export function queryFromFilter(filter: AwardFilter): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filter[k]) params.set(k, filter[k]);
  const text = params.toString();
  return text ? `?${text}` : '';
}
