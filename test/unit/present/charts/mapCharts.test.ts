import { describe, expect, it } from 'vitest';
import type { AwardRecord, BudgetRecord, Dataset, FigureRecord } from '../../../../src/core/domain/dataset/types.ts';
import { mapCharts } from '../../../../src/core/present/charts/mapCharts.ts';
import type { MapDecl } from '../../../../src/core/domain/indicators/mapList.ts';
import { committedTopology, registryRegions } from '../../../support/regionFixtures.ts';

const topology = committedTopology();
const regions = registryRegions();
const name = new Map(regions.map((r) => [r.identity, r]));
const ref = (identity: string) => ({
  written: name.get(identity)!.name,
  code: identity,
  identity,
  name: name.get(identity)!.name,
  fullName: name.get(identity)!.fullName,
  asOf: '2024-01-01',
});
const q = (value: number, unit: string) => ({
  written: `${value}${unit}`,
  value,
  unit,
  approx: [],
  display: `${value}${unit}`,
});
const cited = (id: string, source = 'src-1') => ({ id, source, quote: null, status: '확인', note: null, origin: '' });

function award(id: string, identity: string, year: number): AwardRecord {
  return {
    ...cited(id),
    evaluation: 'mohw-local-welfare-evaluation',
    year,
    category: '분야',
    grade: '대상',
    rank: null,
    region: ref(identity),
    prize: null,
  };
}
function share(
  id: string,
  identity: string,
  year: number,
  value: number,
  account: string | null,
  stage: string | null,
): BudgetRecord {
  return {
    ...cited(id),
    region: ref(identity),
    fiscalYear: year,
    measure: 'welfare-share',
    metric: '비중',
    quantity: q(value, '%'),
    account,
    stage,
    conflictsWith: [],
  };
}
function figure(id: string, identity: string, measure: string, year: string, value: number): FigureRecord {
  return {
    ...cited(id),
    program: 'jeonnam-gidongdae',
    region: ref(identity),
    period: { text: year, kind: 'year', start: `${year}-01-01`, end: `${year}-12-31` },
    measure,
    metric: measure,
    quantity: q(value, '명'),
    qualifiers: [],
    conflictsWith: [],
  };
}

const dataset: Dataset = {
  categories: [],
  sources: [
    {
      id: 'src-1',
      kind: '보도자료',
      title: '출처 문서',
      issuer: '기관',
      published: '2024-01-01',
      url: null,
      locator: null,
      reliability: '원문',
      note: null,
    },
  ],
  programs: [],
  measures: [
    { id: 'members', label: '활동 인원', unit: '명', aggregation: 'stock', description: null },
    { id: 'teams', label: '조직 수', unit: '개', aggregation: 'stock', description: null },
  ],
  evaluations: [
    {
      id: 'mohw-local-welfare-evaluation',
      name: '보건복지부 지역복지사업 평가',
      organiser: '보건복지부',
      kind: null,
      description: null,
    },
  ],
  awards: [
    award('a1', '12130', 2019),
    award('a2', '12130', 2021),
    award('a3', '27290', 2020),
    award('a4', '11200', 2022),
    award('a5', '46', 2020),
    award('a6', '28125', 2026),
  ],
  budgets: [
    share('b1', '11350', 2015, 57.8, null, '결산'),
    share('b2', '11500', 2015, 53.1, null, '결산'),
    share('b3', '27290', 2013, 61.2, null, '결산'),
    share('b4', '27290', 2012, 60.0, null, '결산'),
    share('b5', '12130', 2024, 37.4, '일반회계', null),
    share('b6', '12110', 2011, 35.1, null, null),
    share('b7', '12150', 2011, 30.0, null, null),
    share('b8', '12870', 2011, 10.7, null, null),
    share('b9', '12730', 2011, 12.9, null, null),
  ],
  figures: [
    figure('f1', '12750', 'members', '2021', 92),
    figure('f2', '12750', 'members', '2022', 196),
    figure('f3', '12760', 'members', '2025', 271),
    figure('f4', '12790', 'members', '2024', 240),
    figure('f5', '12790', 'teams', '2024', 12),
    figure('f6', '11200', 'members', '2024', 5),
  ],
};
const maps: MapDecl[] = [
  { id: 'map-awards', kind: 'awards', subject: 'mohw-local-welfare-evaluation', sido: null, page: 'home' },
  { id: 'map-welfare-share', kind: 'budget-basis', subject: 'welfare-share', sido: null, page: 'budgets' },
  { id: 'map-gidongdae', kind: 'program-latest', subject: 'jeonnam-gidongdae', sido: null, page: 'home' },
  { id: 'map-jeonnam-gidongdae', kind: 'program-latest', subject: 'jeonnam-gidongdae', sido: '46', page: 'program' },
];
const charts = mapCharts({ dataset, regions, regionName: new Map(), topology, base: '', maps });
const chart = (id: string) => charts.find((c) => c.id === id)!;

describe('map charts', () => {
  it('builds nothing without geometry', () => {
    expect(mapCharts({ dataset, regions, regionName: new Map() })).toEqual([]);
  });

  it('builds the maps data/maps.csv declares, each on its declared page; none without declarations', () => {
    expect(charts.map((c) => [c.id, c.page, c.kind])).toEqual([
      ['map-awards', '/', 'map'],
      ['map-welfare-share', '/budgets/', 'map'],
      ['map-gidongdae-members', '/', 'map'],
      ['map-jeonnam-gidongdae-members', '/programs/jeonnam-gidongdae/', 'map'],
    ]);
    expect(mapCharts({ dataset, regions, regionName: new Map(), topology, base: '' })).toEqual([]);
  });

  it('counts awards per 시군구 and names what the 시군구 map cannot show', () => {
    const c = chart('map-awards');
    // Rows in identity order; 46 (a 시도) is left out of the 시군구 map, 28125 stays in the table.
    expect(c.rows.map((r) => [r.cells.region, r.cells.value])).toEqual([
      ['서울특별시 성동구', 1],
      ['전남광주통합특별시 여수시', 2],
      ['대구광역시 달서구', 1],
      ['인천광역시 제물포구', 1],
    ]);
    expect(c.rows.find((r) => r.cells.region === '전남광주통합특별시 여수시')!.links.region).toBe('/regions/12130/');
    // Titles name the 시도 too (which 중구?): the label is the full name.
    expect(c.svg).toMatch(/<a class="map-link" href="\/regions\/12130\/"><path [^>]*><title>\S+ 여수시: 2건<\/title>/);
    expect(c.svg).toContain('role="group"');
    expect(c.notes.join(' ')).toContain('시군구가 아닌 단위(전라남도)의 수상 1건');
    expect(c.notes.join(' ')).toContain('인천광역시 제물포구');
    // Regions without a value are still links (hatched), so the whole map can be reached by keyboard.
    expect(c.svg.match(/class="map-link"/g)).toHaveLength(229);
  });

  it('counts one award reported by two sources once, in the value, the label and the description', () => {
    const twice = [
      ...dataset.awards,
      { ...award('a9', '27290', 2020), source: 'src-2' },
      { ...award('a8', '27290', 2021), category: '분 야' },
      award('a7', '27290', 2022),
    ];
    const c = mapCharts({
      dataset: { ...dataset, awards: twice },
      regions,
      regionName: new Map(),
      topology,
      base: '',
      maps,
    }).find((c) => c.id === 'map-awards')!;
    const dalseo = c.rows.find((r) => r.cells.region === '대구광역시 달서구')!;
    // a3 and a9 are one 2020 award; a8 (2021) and a7 (2022) are others: 3, not 4.
    expect(dalseo.cells.value).toBe(3);
    expect(dalseo.cells.source).toBe('출처 2건');
    expect(c.description).toContain('가장 많은 곳은 대구광역시 달서구(3건)');
  });

  it('maps welfare share on one stated basis only, latest year per 시군구', () => {
    const c = chart('map-welfare-share');
    expect(c.subtitle).toContain('결산 (회계 기준 미기재)');
    expect(c.rows.map((r) => [r.cells.region, r.cells.value, r.cells.year])).toEqual([
      ['서울특별시 노원구', 57.8, 2015],
      ['서울특별시 강서구', 53.1, 2015],
      ['대구광역시 달서구', 61.2, 2013],
    ]);
    expect(c.rows[0]!.links.value).toBe('/sources/src-1/#b1');
  });

  it('maps the 복지기동대 measure reported by the most 전남 시군, latest per 시군', () => {
    const c = chart('map-jeonnam-gidongdae-members');
    expect(c.rows.map((r) => [r.cells.region, r.cells.value])).toEqual([
      ['보성군', 196],
      ['화순군', 271],
      ['해남군', 240],
    ]);
    expect(c.svg.match(/class="map-region"/g)).toHaveLength(22);
    expect(c.svg).toMatch(/<title>\S+ 장흥군: 자료 없음<\/title>/);
  });
});
