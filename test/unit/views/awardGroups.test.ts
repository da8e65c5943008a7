import { beforeAll, describe, expect, it } from 'vitest';
import type { AwardRecord, Dataset } from '../../../src/core/domain/dataset/types.ts';
import type { RegionEntry } from '../../../src/core/site/siteData.ts';
import { awardGroups, categoryWithWordings, distinctAwards, wordingKey } from '../../../src/core/views/awardGroups.ts';
import { awardFacets, awardRows, filterValues, matchesFilter } from '../../../src/core/views/awards.ts';
import { datasetCounts, latestAwards } from '../../../src/core/views/homeView.ts';
import { regionData } from '../../../src/core/views/region/regionData.ts';
import { programSummaries } from '../../../src/core/views/programView.ts';
import { buildRealSiteData } from '../../support/siteData.ts';

function award(id: string, over: Partial<AwardRecord> = {}): AwardRecord {
  return {
    id,
    source: `src-${id}`,
    quote: null,
    status: '확인',
    note: null,
    origin: `awards/x.csv:1`,
    evaluation: 'eval-a',
    year: 2017,
    category: '찾아가는 복지서비스 기반마련',
    grade: '우수기관',
    rank: null,
    region: {
      written: '부안군',
      code: '45800',
      identity: '52800',
      name: '부안군',
      fullName: '전라북도 부안군',
      asOf: '2017-12-31',
    },
    prize: null,
    ...over,
  };
}

describe('awardGroups (synthetic)', () => {
  it('compares wordings without spacing or punctuation, and nothing else', () => {
    expect(wordingKey('찾아가는 복지서비스 기반 마련')).toBe(wordingKey('찾아가는 복지서비스 기반마련'));
    expect(wordingKey('수립·시행결과')).toBe(wordingKey('수립 시행결과'));
    expect(wordingKey('지역사회보장계획')).not.toBe(wordingKey('지역사회보장계획 시행결과'));
  });

  it('makes one award of two reports, keeps both sources and each wording, and takes the stated prize', () => {
    const prize = { written: '2000만원', value: 20_000_000, unit: '원' as const, approx: [], display: '2천만 원' };
    const list = distinctAwards([
      award('b', { category: '찾아가는 복지서비스 기반 마련', prize }),
      award('a'),
      award('c'),
      award('d', { grade: '최우수기관' }),
    ]);
    expect(list).toHaveLength(2);
    const [one] = list;
    expect(one!.ids).toEqual(['a', 'b', 'c']);
    expect(one!.sources).toEqual(['src-a', 'src-b', 'src-c']);
    // Two of three sources write 기반마련: that is the canonical name; the third wording is kept and shown.
    expect(one!.category).toBe('찾아가는 복지서비스 기반마련');
    expect(one!.wordings.map((w) => w.category)).toEqual([
      '찾아가는 복지서비스 기반마련',
      '찾아가는 복지서비스 기반 마련',
      '찾아가는 복지서비스 기반마련',
    ]);
    expect(categoryWithWordings(one!)).toBe('찾아가는 복지서비스 기반마련 (다른 표기: 찾아가는 복지서비스 기반 마련)');
    expect(one!.prize?.written).toBe('2000만원');
  });

  it('keeps awards of different years, regions or evaluations apart, and loses no record', () => {
    const input = [
      award('a'),
      award('b', { year: 2018 }),
      award('c', { evaluation: 'eval-b' }),
      award('e', { category: null }),
    ];
    const list = distinctAwards(input);
    expect(list).toHaveLength(4);
    expect(list.flatMap((g) => g.ids).sort()).toEqual(['a', 'b', 'c', 'e']);
  });

  it('builds the groups of one awards array once', () => {
    const input = [award('a'), award('b')];
    expect(awardGroups(input)).toBe(awardGroups(input));
  });
});

describe('award counts over the bundled data (hand counts)', () => {
  let d: Dataset;
  let regions: RegionEntry[];
  beforeAll(async () => {
    ({ dataset: d, regions } = await buildRealSiteData());
  }, 120_000);

  const groupsOf = (fullName: string, evaluation = 'mohw-local-welfare-evaluation') =>
    awardGroups(d.awards).filter((g) => g.award.region.fullName === fullName && g.award.evaluation === evaluation);

  it('every record is in exactly one award', () => {
    const ids = awardGroups(d.awards).flatMap((g) => g.ids);
    expect(ids.sort()).toEqual(d.awards.map((a) => a.id).sort());
  });

  it('부안군 2017 (전북일보 and 부안 보도자료 report one award): 1 award, 2 sources', () => {
    const buan = groupsOf('전라북도 부안군');
    expect(buan).toHaveLength(1);
    expect(buan[0]!.award.year).toBe(2017);
    expect(buan[0]!.sources).toEqual(['jeollailbo-nd-527896-eval', 'localnews-20171219-buan-welfare']);
  });

  it('순천 2023 지역사회보장계획 최우수상 is one award with two sources; 순천 has 9 awards in all', () => {
    const suncheon = groupsOf('전라남도 순천시');
    const y2023 = suncheon.filter((g) => g.award.year === 2023);
    expect(y2023.map((g) => [g.category, g.award.grade, g.sources])).toEqual([
      ['지역사회보장계획', '최우수상', ['kpinews-20240103-eval', 'suncheon-20231227-eval']],
    ]);
    expect(suncheon).toHaveLength(9);
  });

  it('대구 달서구: 19 awards from 21 reports', () => {
    expect(
      d.awards.filter(
        (a) => a.region.fullName === '대구광역시 달서구' && a.evaluation === 'mohw-local-welfare-evaluation',
      ),
    ).toHaveLength(21);
    expect(groupsOf('대구광역시 달서구')).toHaveLength(19);
  });

  it('home: the latest year lists 화순, 진도, 해남 once each (5 복지기동대 awards, not 8 rows)', () => {
    const latest = latestAwards(d, 8);
    expect(latest.year).toBe(2025);
    const gidongdae = latest.awards.filter((g) => g.award.evaluation === 'jeonnam-gidongdae-evaluation');
    expect(gidongdae.map((g) => g.award.region.name).sort()).toEqual([
      '여수시',
      '완도군',
      '진도군',
      '해남군',
      '화순군',
    ]);
    expect(gidongdae.find((g) => g.award.region.name === '화순군')!.sources).toHaveLength(3);
    expect(datasetCounts(d).awards).toBe(awardGroups(d.awards).length);
    expect(datasetCounts(d).awardReports).toBe(d.awards.length);
  });

  it('filter 2023 + 전남 복지기동대 평가 gives 6 rows; 2023 + 시도 전남 gives 8', () => {
    const rows = awardRows(d.awards, d.evaluations, regions);
    const count = (filter: Record<string, string>) => rows.filter((r) => matchesFilter(filterValues(r), filter)).length;
    expect(count({ year: '2023', evaluation: 'jeonnam-gidongdae-evaluation' })).toBe(6);
    const jeonnam = rows.find((r) => r.award.region.name === '영광군')!.sido.identity;
    expect(count({ year: '2023', sido: jeonnam })).toBe(8);
    // The facet counts are award counts too.
    const facets = awardFacets(rows.filter((r) => r.award.year === 2023));
    expect(facets.evaluation.find((o) => o.value === 'jeonnam-gidongdae-evaluation')!.count).toBe(6);
  });

  it('region pages and program summaries count awards, not reports', () => {
    expect(regionData(d, '27290').awards).toHaveLength(19);
    const s = programSummaries(d).find((x) => x.program.id === 'jeonnam-gidongdae')!;
    const rows = d.awards.filter((a) => a.evaluation === 'jeonnam-gidongdae-evaluation');
    expect(s.awards).toBeLessThan(rows.length);
    expect(s.awards).toBe(
      awardGroups(d.awards).filter((g) => g.award.evaluation === 'jeonnam-gidongdae-evaluation').length,
    );
  });
});
