import { describe, expect, it } from 'vitest';
import type { AwardRecord, EvaluationRecord } from '../../../src/core/domain/dataset/types.ts';
import {
  awardFacets,
  awardRows,
  awardsByYear,
  distinctAwards,
  filterFromQuery,
  geometryPlace,
  gradeClass,
  gradeRank,
  matchesFilter,
  placeAwards,
  queryFromFilter,
  regionsByCode,
  sidoOfAward,
} from '../../../src/core/views/awards.ts';
import { loadRegionEntries } from '../../support/loadRegistry.ts';

const regions = loadRegionEntries();
const byCode = regionsByCode(regions);
const byIdentity = new Map(regions.map((r) => [r.identity, r]));

/** A synthetic award; region fields as the data build resolves them. */
function award(
  id: string,
  over: Partial<AwardRecord> & { code: string; identity: string; name: string; fullName?: string },
): AwardRecord {
  const { code, identity, name, fullName, ...rest } = over;
  return {
    id,
    source: `src-${id}`,
    quote: null,
    status: '확인',
    note: null,
    origin: `awards/x.csv:${id.length}`,
    evaluation: 'eval-a',
    year: 2023,
    category: null,
    grade: '우수상',
    rank: null,
    region: { written: name, code, identity, name, fullName: fullName ?? name, asOf: '2023-12-14' },
    prize: null,
    ...rest,
  };
}
const evaluations: EvaluationRecord[] = [
  { id: 'eval-a', name: '가 평가', organiser: '보건복지부', kind: null, description: null },
  { id: 'eval-b', name: '나 평가', organiser: '전라남도', kind: null, description: null },
];

describe('grades', () => {
  it('classes published grades without changing them: 최우수상/최우수기관 → 최우수, 우수 지자체 → 우수, 특별상 → 기타', () => {
    expect(gradeClass('대상')).toBe('대상');
    expect(gradeClass('최우수상')).toBe('최우수');
    expect(gradeClass('최우수기관')).toBe('최우수');
    expect(gradeClass('최우수')).toBe('최우수');
    expect(gradeClass('우수 지자체')).toBe('우수');
    expect(gradeClass('우수기관')).toBe('우수');
    expect(gradeClass('장려상')).toBe('장려');
    for (const g of ['특별상', '발전상', '장관 기관표창', '행안부 장관상', '수상', '유공기관'])
      expect(gradeClass(g)).toBe('기타');
  });

  it('orders 대상 > 최우수 > 우수 > 장려 > others', () => {
    const ranks = ['발전상', '장려상', '우수상', '최우수상', '대상'].map(gradeRank);
    expect(ranks).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('regions of awards', () => {
  it('groups an award by its 시도 at the time: 2016 여수시 (46130) is 전라남도 (46), not the 2026 merged 12', () => {
    const a = award('a', { code: '46130', identity: '12130', name: '여수시' });
    expect(sidoOfAward(a, byCode)).toEqual({ identity: '46', name: '전라남도', short: '전남' });
  });

  it('follows a recoded 시도 to its identity: 2017 부안군 (45800) is 전북특별자치도 (52)', () => {
    const a = award('a', { code: '45800', identity: '52800', name: '부안군' });
    expect(sidoOfAward(a, byCode)).toMatchObject({ identity: '52', short: '전북' });
    expect(sidoOfAward(award('b', { code: '27', identity: '27', name: '대구광역시' }), byCode)).toMatchObject({
      identity: '27',
      short: '대구',
    });
  });

  it('finds the polygon of the geometry vintage through legacy codes and parents', () => {
    const layer = new Set(['46130', '47110', '27290']);
    // A 2026-dated 여수시 award (code 12130) still lands on the vintage polygon 46130.
    expect(geometryPlace('12130', '12130', byIdentity, layer)).toEqual({ code: '46130', via: 'self' });
    expect(geometryPlace('12130', '46130', byIdentity, layer)).toEqual({ code: '46130', via: 'self' });
    // 포항시 남구 (행정구) is drawn on 포항시.
    expect(geometryPlace('47111', '47111', byIdentity, layer)).toEqual({ code: '47110', via: 'parent' });
    // A 시도 has no 시군구 polygon.
    expect(geometryPlace('27', '27', byIdentity, layer)).toBeNull();
  });

  it('places awards on the map and lists those without a polygon', () => {
    const list = distinctAwards([
      award('a', { code: '46130', identity: '12130', name: '여수시', grade: '대상' }),
      award('b', { code: '47111', identity: '47111', name: '포항시 남구' }),
      award('c', { code: '27', identity: '27', name: '대구광역시' }),
    ]);
    const { placed, viaParent, unplaced } = placeAwards(list, regions, new Set(['46130', '47110']));
    expect([...placed.keys()]).toEqual(['46130', '47110']);
    expect(viaParent.map((d) => d.award.id)).toEqual(['b']);
    expect(unplaced.map((d) => d.award.id)).toEqual(['c']);
  });
});

describe('explorer rows and filters', () => {
  const awards = [
    award('x1', { code: '46870', identity: '12870', name: '영광군', grade: '대상', evaluation: 'eval-b' }),
    award('x2', {
      code: '46870',
      identity: '12870',
      name: '영광군',
      grade: '대상',
      evaluation: 'eval-b',
      source: 'other',
    }),
    award('x3', { code: '46880', identity: '12880', name: '장성군', grade: '최우수상', evaluation: 'eval-b' }),
    award('x4', {
      code: '27290',
      identity: '27290',
      name: '달서구',
      grade: '우수상',
      year: 2022,
      category: '희망복지지원단 운영',
    }),
    award('x5', {
      code: '27290',
      identity: '27290',
      name: '달서구',
      grade: '대상',
      year: 2022,
      category: '희망복지지원단 운영',
    }),
    award('x6', {
      code: '27',
      identity: '27',
      name: '대구광역시',
      grade: '장려상',
      year: 2022,
      category: '시·도 부문',
    }),
  ];
  const rows = awardRows(awards, evaluations, regions);

  it('orders newest year first, then evaluation, category, best grade', () => {
    expect(rows.map((r) => r.award.id)).toEqual(['x1', 'x3', 'x6', 'x5', 'x4']);
    expect(rows[0]!.group.ids).toEqual(['x1', 'x2']);
    expect(rows[0]!.regionPath).toBe('/regions/12870/');
    expect(rows[0]!.sido.identity).toBe('46');
  });

  it('splits the rows into one run per year, newest first, keeping their order (a table per year)', () => {
    expect(awardsByYear(rows).map((y) => [y.year, y.rows.map((r) => r.award.id)])).toEqual([
      [2023, ['x1', 'x3']],
      [2022, ['x6', 'x5', 'x4']],
    ]);
    expect(awardsByYear([])).toEqual([]);
  });

  it('merges one award stated by two sources, for charts and the table alike', () => {
    const merged = distinctAwards(awards);
    expect(merged).toHaveLength(5);
    expect(merged.find((d) => d.award.id === 'x1')?.ids).toEqual(['x1', 'x2']);
    expect(merged.find((d) => d.award.id === 'x1')?.sources).toEqual(['other', 'src-x1']);
  });

  it('offers each dimension with counts: years newest first, grades best first, categories as published', () => {
    const f = awardFacets(rows);
    expect(f.year.map((o) => [o.value, o.count])).toEqual([
      ['2023', 2],
      ['2022', 3],
    ]);
    expect(f.grade.map((o) => o.value)).toEqual(['대상', '최우수상', '우수상', '장려상']);
    expect(f.category.map((o) => o.value)).toEqual(['시·도 부문', '희망복지지원단 운영']);
    expect(f.sido.map((o) => [o.value, o.label])).toEqual([
      ['27', '대구광역시'],
      ['46', '전라남도'],
    ]);
    expect(f.evaluation[0]).toMatchObject({ value: 'eval-a', label: '가 평가', count: 3 });
  });

  it('matches rows exactly and round-trips the filter through the URL query', () => {
    const filter = filterFromQuery('?year=2022&grade=%EB%8C%80%EC%83%81&bogus=1');
    expect(filter).toEqual({ year: '2022', grade: '대상' });
    expect(queryFromFilter(filter)).toBe('?year=2022&grade=%EB%8C%80%EC%83%81');
    expect(filterFromQuery(queryFromFilter(filter))).toEqual(filter);
    expect(queryFromFilter({})).toBe('');
    const kept = rows.filter((r) => matchesFilter({ year: String(r.award.year), grade: r.award.grade }, filter));
    expect(kept.map((r) => r.award.id)).toEqual(['x5']);
    // 대상 does not match 대상자 or 최우수상: grades are compared as published.
    expect(matchesFilter({ grade: '최우수상' }, { grade: '최우수' })).toBe(false);
  });
});
