import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/core/domain/dataset/types.ts';
import { regionData } from '../../../../src/core/views/region/regionData.ts';
import { regionFacts } from '../../../../src/core/views/region/regionFacts.ts';
import { redirectCodes, regionIndex } from '../../../../src/core/views/region/regionIndex.ts';
import { registryRegions } from '../../../support/regionFixtures.ts';

const regions = registryRegions();
const byId = new Map(regions.map((r) => [r.identity, r]));
const facts = (identity: string) => regionFacts(byId.get(identity)!, regions);

describe('region facts', () => {
  it('lists the successors of 인천 중구 with the split date', () => {
    const f = facts('28110');
    expect(f.successors.map((s) => [s.name, s.date, s.change, s.path])).toEqual([
      ['인천광역시 제물포구', '2026-07-01', '분할', '/regions/28125/'],
      ['인천광역시 영종구', '2026-07-01', '분할', '/regions/28155/'],
    ]);
    expect(f.status).toBe('2026-07-01부터 없는 지역');
  });

  it('shows every code of 여수시 with its validity, and search keywords with short forms', () => {
    const f = facts('12130');
    expect(f.codes.map((c) => [c.code, c.from, c.to])).toEqual([
      ['46130', '이전부터', '2026-06-30'],
      ['12130', '2026-07-01', '현재'],
    ]);
    expect(f.keywords).toEqual(
      expect.arrayContaining(['여수', '전라남도 여수시', '전남 여수시', '전남광주통합특별시 여수시']),
    );
    expect(f.events.map((e) => [e.date, e.change, e.from, e.to])).toEqual([
      ['2026-07-01', '코드 변경', '46130', '12130'],
    ]);
    expect(f.sido).toEqual({ name: '전남광주통합특별시', path: '/regions/12/' });
  });

  it('links a 시 to its 행정구 and a 행정구 to its 시', () => {
    expect(facts('41590').children.map((c) => c.name)).toEqual([
      '화성시 만세구',
      '화성시 효행구',
      '화성시 병점구',
      '화성시 동탄구',
    ]);
    expect(facts('41111').parent).toEqual({ name: '경기도 수원시', path: '/regions/41110/' });
    expect(facts('41190').children.map((c) => c.status !== '')).toEqual([false, false, false, true, true, true]);
  });

  it('does not make one-syllable stems into keywords', () => {
    expect(facts('28110').keywords).not.toContain('중');
  });
});

describe('/regions/ index', () => {
  const index = regionIndex(regions);
  it('groups current 시군구 under the 16 current 시도, 행정구 under their 시', () => {
    expect(index.sidos).toHaveLength(16);
    const gyeonggi = index.sidos.find((s) => s.identity === '41')!;
    expect(gyeonggi.units.find((u) => u.identity === '41110')!.children.map((c) => c.name)).toEqual([
      '장안구',
      '권선구',
      '팔달구',
      '영통구',
    ]);
    expect(index.sidos.find((s) => s.identity === '12')!.units).toHaveLength(27);
    expect(index.sidos.flatMap((s) => s.units).some((u) => u.identity === '28110')).toBe(false);
  });

  it('lists abolished units with date and successors, and recoded codes with their identity', () => {
    const junggu = index.abolished.find((u) => u.code === '28110')!;
    expect(junggu.date).toBe('2026-07-01');
    expect(junggu.now.map((n) => n.name)).toEqual(['인천광역시 제물포구', '인천광역시 영종구']);
    expect(index.recoded.find((u) => u.code === '46130')).toMatchObject({
      date: '2026-07-01',
      now: [{ name: '전남광주통합특별시 여수시', path: '/regions/12130/' }],
    });
  });

  it('makes a redirect for every legacy code that is not an identity', () => {
    const redirects = redirectCodes(regions);
    expect(redirects).toContainEqual({ code: '46130', identity: '12130', name: '전남광주통합특별시 여수시' });
    expect(redirects).toContainEqual({ code: '47720', identity: '27720', name: '대구광역시 군위군' });
    expect(redirects.some((r) => byId.has(r.code))).toBe(false);
  });
});

describe('region data', () => {
  const ref = (identity: string) => ({
    written: 'x',
    code: identity,
    identity,
    name: 'x',
    fullName: 'x',
    asOf: '2024-01-01',
  });
  const q = (value: number, unit: string) => ({
    written: `${value}${unit}`,
    value,
    unit,
    approx: [],
    display: `${value}${unit}`,
  });
  const cited = (id: string) => ({ id, source: 's', quote: null, status: '확인', note: null, origin: '' });
  const dataset: Dataset = {
    categories: [],
    sources: [],
    measures: [],
    evaluations: [{ id: 'ev', name: '평가', organiser: '', kind: null, description: null }],
    programs: [
      {
        id: 'p',
        name: '사업',
        shortName: null,
        kind: null,
        operator: null,
        started: null,
        description: null,
        aliases: [],
      },
    ],
    figures: [
      {
        ...cited('f1'),
        program: 'p',
        region: ref('12130'),
        period: { text: '2022', kind: 'year', start: '2022-01-01', end: '2022-12-31' },
        measure: null,
        metric: 'm',
        quantity: q(1, '명'),
        qualifiers: [],
        conflictsWith: [],
      },
      {
        ...cited('f2'),
        program: 'p',
        region: ref('12130'),
        period: { text: '2024', kind: 'year', start: '2024-01-01', end: '2024-12-31' },
        measure: null,
        metric: 'm',
        quantity: q(2, '명'),
        qualifiers: [],
        conflictsWith: [],
      },
    ],
    awards: [
      {
        ...cited('a1'),
        evaluation: 'ev',
        year: 2021,
        category: null,
        grade: '대상',
        rank: null,
        region: ref('12130'),
        prize: null,
      },
    ],
    budgets: [
      {
        ...cited('b1'),
        region: ref('12130'),
        fiscalYear: 2016,
        measure: 'welfare-share',
        metric: 'm',
        quantity: q(35, '%'),
        account: null,
        stage: '당초',
        conflictsWith: [],
      },
      {
        ...cited('b2'),
        region: ref('12130'),
        fiscalYear: 2014,
        measure: 'welfare-share',
        metric: 'm',
        quantity: q(29, '%'),
        account: null,
        stage: null,
        conflictsWith: [],
      },
      {
        ...cited('b3'),
        region: ref('12130'),
        fiscalYear: 2024,
        measure: 'welfare-share',
        metric: 'm',
        quantity: q(37, '%'),
        account: '일반회계',
        stage: null,
        conflictsWith: [],
      },
    ],
  };
  it('joins figures (newest first), awards and budgets, and keeps welfare-share series apart by basis', () => {
    const d = regionData(dataset, '12130');
    expect(d.empty).toBe(false);
    expect(d.programs[0]!.figures.map((f) => [f.id, f.periodText])).toEqual([
      ['f2', '2024년'],
      ['f1', '2022년'],
    ]);
    expect(d.awards.map((a) => a.evaluationName)).toEqual(['평가']);
    expect(d.welfareShare.map((s) => [s.basis, s.points.map((p) => p.id)])).toEqual([
      ['일반회계 · 예산 단계 미기재', ['b3']],
      ['회계 기준 미기재 · 당초', ['b1']],
      ['회계 기준 미기재 · 예산 단계 미기재', ['b2']],
    ]);
    expect(regionData(dataset, '28125').empty).toBe(true);
  });
});
